"""Registry files in the store: quads out, records back, re-import replaces, builds use them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from graph.link import build_fingerprint, load_build_registry
from graph.pipeline import Outcome, build_file
from graph.registry import Registry, load_path
from graph.registry.builtin import load_builtin
from graph.registry.rdf import (
    RegistryFile,
    file_quads,
    import_files,
    merged_quads,
    registry_data_from_store,
    registry_from_store,
    stored_files,
)
from graph.store import Store
from graph.validate import validate
from graph.vocab.parties import party_label
from tests.graph.link.registry_fixture import write_registry, write_sitting

REGISTRY_FIXTURES = Path(__file__).parent / "fixtures"


def _file(path: Path) -> RegistryFile:
    return RegistryFile(path.name.replace(".", "-"), path.name, "test", "0" * 64)


def test_quads_are_deterministic(fixtures: Path) -> None:
    data = load_path(fixtures / "all-members.xml")
    file = _file(fixtures / "all-members.xml")
    assert file_quads(data, file) == file_quads(data, file)
    assert merged_quads([(file, data)]) == merged_quads([(file, data)])


def test_round_trip_answers_the_same(fixtures: Path, registry_files: tuple[str, ...]) -> None:
    store = Store.memory()
    report = import_files(store, [fixtures / name for name in registry_files])
    assert not report.errors and len(report.files) == len(registry_files)
    direct = Registry([load_builtin(), *(load_path(fixtures / name) for name in registry_files)])
    back = registry_from_store(store)  # the built-in registry is always part of it
    assert {p.key for p in back.people()} >= {p.key for p in direct.people()}
    for person in direct.people():
        assert len(back.memberships(person.key)) == len(direct.memberships(person.key))
        assert {h.canonical for h in back.holdings(person.key)} == {
            h.canonical for h in direct.holdings(person.key)
        }
        for day in (date(2010, 6, 1), date(2020, 6, 15), date(2021, 12, 1)):
            # parties come back as the graph labels them ("DUP" -> "Democratic Unionist Party")
            expected = direct.party_of(person.key, day)
            assert back.party_of(person.key, day) == (expected and party_label(expected))


def test_reimport_replaces(tmp_path: Path) -> None:
    store = Store.memory()
    path = write_registry(tmp_path)
    import_files(store, [path])
    first = store.count_quads()
    path.write_text(
        path.read_text(encoding="utf-8").replace("Pat Mover", "Patricia Mover"), encoding="utf-8"
    )
    import_files(store, [path])
    assert len(stored_files(store)) == 1
    names = {r[0].value for r in store.query("SELECT ?n WHERE { ?p foaf:name ?n }")}  # type: ignore[index,union-attr]
    assert "Patricia Mover" in names and "Pat Mover" not in names
    assert abs(store.count_quads() - first) < 5
    (data,) = (d for _, d in registry_data_from_store(store).values())
    assert {p.name for p in data.people} >= {"Patricia Mover", "Sam Minister"}


def test_a_build_resolves_with_the_imported_registry(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    sitting = write_sitting(tmp_path)
    build_file(store, sitting)
    before = store.query(
        "SELECT ?p WHERE { ?s dkg:speaker ?p ; dkg:attribution ?a FILTER CONTAINS(?a, 'Sam') }"
    )
    assert [r[0].value for r in before] == [  # type: ignore[index,union-attr]
        "https://w3id.org/debate-kg/id/person/sam-minister"
    ]
    assert import_files(store, [write_registry(tmp_path)]).registry_changed
    # No --force: the stored build was linked with another registry, so it is stale.
    assert build_file(store, sitting) is Outcome.BUILT
    assert build_file(store, sitting) is Outcome.UNCHANGED
    after = store.query(
        "SELECT ?p ?why WHERE { ?s dkg:speaker ?p ; dkg:speakerReason ?why ; "
        "dkg:attribution ?a FILTER CONTAINS(?a, 'Sam') }"
    )
    (row,) = list(after)  # type: ignore[arg-type]
    assert row[0].value == "https://w3id.org/debate-kg/id/person/twfy/90002"
    assert "Sam Minister" in row[1].value
    report = validate(store)
    assert report.conforms, report.text[:3000]


def test_ambiguous_speaker_has_no_speaker_link_but_a_reason(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    import_files(store, [write_registry(tmp_path)])
    build_file(store, write_sitting(tmp_path))
    rows = list(
        store.query(  # type: ignore[arg-type]
            """SELECT ?c ?why (COUNT(?p) AS ?n) WHERE {
            ?s dkg:attribution "David Jones" ; dkg:speakerConfidence ?c ; dkg:speakerReason ?why .
            OPTIONAL { ?s dkg:speaker ?p } } GROUP BY ?c ?why"""
        )
    )
    assert len(rows) == 1
    assert float(rows[0][0].value) == 0.0 and "David Jones" in rows[0][1].value
    assert rows[0][2].value == "0"
    candidates = store.query(
        'SELECT ?p WHERE { ?s dkg:attribution "David Jones" ; dkg:speakerCandidate ?p } ORDER BY ?p'
    )
    assert [r[0].value.rsplit("/", 1)[1] for r in candidates] == ["91001", "91002"]  # type: ignore[index,union-attr]


def test_office_only_attribution_links_the_holder(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    import_files(store, [write_registry(tmp_path)])
    build_file(store, write_sitting(tmp_path))
    rows = store.query(
        """SELECT ?p ?office WHERE {
        ?s dkg:attribution "The Financial Secretary to the Treasury" ; dkg:speaker ?p ;
        dkg:spokenAs/rdfs:label ?office }"""
    )
    got = [(r[0].value, r[1].value) for r in rows]  # type: ignore[index,union-attr]
    assert got == [
        ("https://w3id.org/debate-kg/id/person/twfy/90004", "Financial Secretary to the Treasury")
    ]


def test_registry_fingerprint_follows_the_imported_files(tmp_path: Path) -> None:
    store = Store.memory()
    builtin = build_fingerprint(store)
    assert builtin == Registry.builtin().fingerprint and len(builtin) == 64
    path = write_registry(tmp_path)
    import_files(store, [path])
    imported = build_fingerprint(store)
    assert imported != builtin and load_build_registry(store).fingerprint == imported
    again = import_files(store, [path])  # the same bytes: the same registry
    assert not again.registry_changed and build_fingerprint(store) == imported
    path.write_text(
        path.read_text(encoding="utf-8").replace("Pat Mover", "Pat Moved"), encoding="utf-8"
    )
    changed = import_files(store, [path])
    assert changed.registry_changed and build_fingerprint(store) not in (builtin, imported)


def test_a_registry_without_a_fingerprint_always_rebuilds(tmp_path: Path) -> None:
    store = Store.memory()
    sitting = write_sitting(tmp_path)
    custom = Registry([load_builtin(), load_path(write_registry(tmp_path))])
    assert custom.fingerprint is None
    assert build_file(store, sitting, registry=custom) is Outcome.BUILT
    assert build_file(store, sitting, registry=custom) is Outcome.BUILT
