"""Divisions in the graph: counts, position, and who voted which way (linked like speakers)."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from graph.pipeline import build_file
from graph.queries import bind, named_query
from graph.registry.rdf import import_files
from graph.store import Store
from graph.validate import validate
from tests.graph.link.registry_fixture import write_registry, write_sitting


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "store")
    import_files(s, [write_registry(tmp_path)])
    build_file(s, write_sitting(tmp_path))
    return s


def test_division_with_counts_and_position(store: Store) -> None:
    rows = list(
        store.query(  # type: ignore[arg-type]
            """SELECT ?n ?ayes ?noes ?after ?pos ?col ?id WHERE { ?d a dkg:Division ;
            dkg:divisionNumber ?n ; dkg:ayes ?ayes ; dkg:noes ?noes ; dkg:afterPosition ?after ;
            dkg:afterSpeech/dkg:position ?pos ; dkg:column ?col ; dcterms:identifier ?id }"""
        )
    )
    assert [tuple(t.value for t in r) for r in rows] == [  # type: ignore[union-attr]
        ("7", "2", "1", "4", "4", "3", "uk.org.publicwhip/debate/2020-01-02a.1.5")
    ]


def test_votes_link_voters_by_id_and_leave_ambiguous_names_unlinked(store: Store) -> None:
    text = named_query("division-votes").text
    rows = [
        {k: (None if r[k] is None else r[k].value) for k in ("option", "name", "listed", "teller")}  # type: ignore[union-attr]
        for r in store.query(text)  # type: ignore[union-attr]
    ]
    assert rows == [
        {"option": "aye", "name": "Pat Mover", "listed": "Mover, Pat", "teller": "false"},
        {"option": "aye", "name": "Renée Example", "listed": "Renée Example", "teller": "true"},
        {"option": "no", "name": None, "listed": "Jones, David", "teller": "false"},
    ]
    reason = store.query(
        'SELECT ?why WHERE { ?v dkg:voterName "Jones, David" ; dkg:voterReason ?why }'
    )
    assert "David Jones" in next(iter(reason))[0].value  # type: ignore[index,union-attr,call-overload]
    mine = bind(text, {"member": "Pat Mover"})
    assert len(list(store.query(mine))) == 1  # type: ignore[arg-type]


def test_division_graph_conforms(store: Store) -> None:
    report = validate(store)
    assert report.conforms, report.text[:3000]


def test_building_twice_is_byte_identical(tmp_path: Path) -> None:
    dumps = []
    for run in range(2):
        folder = tmp_path / str(run)
        folder.mkdir()
        s = Store.open(folder / "store")
        import_files(s, [write_registry(folder)])
        build_file(s, write_sitting(folder))
        out = io.BytesIO()
        s.dump_nquads(out)
        dumps.append(out.getvalue())
    assert dumps[0] == dumps[1]


@pytest.mark.corpus
def test_corpus_with_registry_validates(corpus: Path, tmp_path: Path) -> None:
    """Real divisions and speakers, linked with a real registry file, conform to the shapes.

    A subset, to stay near a minute (SHACL over the whole corpus and its registry
    takes much longer): one 2016 sitting with a division and the 2020 MP list.
    """
    twfy = corpus / "twfy_debates_2016_2021"
    registry = [twfy / "mp_lists" / "2020-06-15_mp_list.csv"]
    sittings = [twfy / "xml" / "debates2016-03-11b.xml"]
    if not all(p.is_file() for p in registry + sittings):
        pytest.skip("the 2020-06-15 MP list or the 2016-03-11 sitting is missing")
    started = time.perf_counter()
    store = Store.open(tmp_path / "store")
    import_files(store, registry)
    for path in sittings:
        build_file(store, _around_first_division(path, tmp_path / path.name))
    linked = store.query(
        "SELECT (COUNT(?s) AS ?n) WHERE { ?s dkg:speaker ?p . FILTER STRSTARTS(STR(?p), "
        '"https://w3id.org/debate-kg/id/person/twfy/") }'
    )
    assert int(next(iter(linked))[0].value) > 100  # type: ignore[index,union-attr,call-overload]
    report = validate(store)
    assert report.conforms, report.text[:3000]
    assert store.query("ASK { ?d a dkg:Division ; dkg:vote/dkg:voter ?p }")
    assert time.perf_counter() - started < 120


def _around_first_division(path: Path, out: Path, before: int = 150) -> Path:
    """The sitting cut to the ``before`` elements leading up to its first division."""
    from lxml import etree  # type: ignore[import-untyped]

    root = etree.fromstring(path.read_bytes(), etree.XMLParser(resolve_entities=False))
    children = list(root)
    at = next(i for i, e in enumerate(children) if e.tag == "division")
    for e in children[: max(0, at - before)] + children[at + 1 :]:
        root.remove(e)
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    return out
