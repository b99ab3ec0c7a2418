"""The foundation's acceptance: what the graph built from seeds/ answers in SPARQL."""

from __future__ import annotations

import io
from pathlib import Path

from graph.pipeline import build_file
from graph.store import Store
from graph.validate import validate
from tests.conftest import SEED


def rows(store: Store, sparql: str) -> list[tuple[str | None, ...]]:
    result = store.query(sparql)
    return [tuple(None if v is None else v.value for v in row) for row in result]  # type: ignore[union-attr]


def test_four_debates_with_titles_and_dates(seed_store: Store) -> None:
    got = rows(
        seed_store,
        """
        SELECT ?title ?date WHERE { ?d a dkg:Debate ; dcterms:title ?title ;
          prov:wasDerivedFrom ?src . OPTIONAL { ?d dcterms:date ?date } } ORDER BY ?title""",
    )
    assert got == [
        ("Border Security: Collaboration", "2024-12-11"),
        ("Child Sexual Exploitation and Abuse", "2025-01-16"),
        ("Terrorism (Protection of Premises) Bill", None),
        ("Violent Disorder", "2024-09-02"),
    ]
    dated = rows(seed_store, "SELECT (DATATYPE(?date) AS ?t) WHERE { ?d dcterms:date ?date }")
    assert {t for (t,) in dated} == {"http://www.w3.org/2001/XMLSchema#date"}


def test_sixteen_speeches_in_order_with_the_right_speakers(seed_store: Store) -> None:
    got = rows(
        seed_store,
        """
        SELECT ?title ?pos ?name WHERE { ?s a dkg:Speech ; dkg:debate ?d ; dkg:position ?pos ;
          dkg:speaker/foaf:name ?name . ?d dcterms:title ?title } ORDER BY ?title ?pos""",
    )
    assert len(got) == 16
    by_debate: dict[str, list[str]] = {}
    for title, pos, name in got:
        by_debate.setdefault(str(title), []).append(str(name))
        assert int(str(pos)) == len(by_debate[str(title)])
    yc, jc = "Yvette Cooper", "Judith Cummins"
    assert by_debate["Child Sexual Exploitation and Abuse"] == [yc, jc, yc, jc, yc, jc, jc, yc]
    assert by_debate["Violent Disorder"] == [yc, jc]


def test_offices_spoken_in_with_aliases(seed_store: Store) -> None:
    got = rows(
        seed_store,
        """
        SELECT DISTINCT ?name ?label ?alias WHERE { ?s dkg:speaker ?p ; dkg:spokenAs ?o .
          ?p foaf:name ?name . ?o a dkg:Office ; rdfs:label ?label ; skos:altLabel ?alias }
        ORDER BY ?name ?alias""",
    )
    assert ("Yvette Cooper", "Secretary of State for the Home Department", "Home Secretary") in got
    assert ("Judith Cummins", "Deputy Speaker", "Madam Deputy Speaker") in got
    holds = rows(
        seed_store,
        """
        SELECT ?label WHERE { ?p foaf:name "Yvette Cooper" ; org:holds/rdfs:label ?label }""",
    )
    assert holds == [("Secretary of State for the Home Department",)]


def test_jess_phillips_mentioned_member_for_yardley_and_office(seed_store: Store) -> None:
    got = rows(
        seed_store,
        """
        SELECT DISTINCT ?seat ?office ?exact ?start ?end WHERE {
          ?p foaf:name "Jess Phillips" ; a dkg:Member ; dkg:constituency/rdfs:label ?seat ;
             org:holds ?o .
          ?o rdfs:label|skos:altLabel ?office .
          ?speech dkg:mentions ?p .
          ?m oa:hasBody ?p ; oa:hasTarget ?speech ; dkg:evidence ?sel .
          ?sel oa:start ?start ; oa:end ?end .
          ?speech schema:text ?text .
          BIND (SUBSTR(?text, ?start + 1, ?end - ?start) AS ?exact) }""",
    )
    assert {r[0] for r in got} == {"Birmingham Yardley"}
    assert "Under-Secretary of State for the Home Department" in {r[1] for r in got}
    exact, start, end = got[0][2], int(str(got[0][3])), int(str(got[0][4]))
    assert exact is not None and exact.endswith("(Jess Phillips)")
    (text,) = rows(
        seed_store,
        """SELECT ?t WHERE { ?s dkg:mentions ?p . ?p foaf:name "Jess Phillips" .
        ?s schema:text ?t }""",
    )[0]
    assert text is not None and text[start:end] == exact


def test_jim_shannon_is_mentioned(seed_store: Store) -> None:
    got = rows(
        seed_store,
        """SELECT ?kind WHERE { ?m oa:hasBody ?p ; dkg:mentionKind ?kind .
        ?p foaf:name "Jim Shannon" }""",
    )
    assert ("call",) in got


def test_each_person_is_one_iri(seed_store: Store) -> None:
    got = rows(
        seed_store,
        """SELECT ?name (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dkg:Person ;
        foaf:name ?name } GROUP BY ?name""",
    )
    assert {name for name, _ in got} >= {
        "Yvette Cooper",
        "Judith Cummins",
        "Jess Phillips",
        "Jim Shannon",
    }
    assert all(n == "1" for _, n in got)
    names = rows(
        seed_store,
        "SELECT ?p (COUNT(?n) AS ?c) WHERE { ?p a dkg:Person ; foaf:name ?n } GROUP BY ?p",
    )
    assert all(c == "1" for _, c in names)


def test_entity_triples_are_stored_once(seed_store: Store) -> None:
    """The union default graph does not de-duplicate, so shared facts must not repeat."""
    got = rows(seed_store, 'SELECT (COUNT(*) AS ?n) WHERE { ?p foaf:name "Yvette Cooper" }')
    assert got == [("1",)]


def test_rebuilding_is_byte_identical(tmp_path: Path) -> None:
    dumps = []
    for run in range(2):
        store = Store.open(tmp_path / f"store{run}")
        build_file(store, SEED)
        build_file(store, SEED, force=True)  # a rebuild replaces, never duplicates
        out = io.BytesIO()
        store.dump_nquads(out)
        dumps.append(out.getvalue())
    assert dumps[0] == dumps[1]
    assert len(dumps[0].splitlines()) > 300


def test_validate_passes_on_the_seed(seed_store: Store) -> None:
    report = validate(seed_store)
    assert report.conforms, report.text


def test_validate_catches_a_broken_graph(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    build_file(store, SEED)
    store.inner.update("""
        DELETE { GRAPH ?g { ?d <http://purl.org/dc/terms/title> ?t } }
        WHERE { GRAPH ?g { ?d <http://purl.org/dc/terms/title> ?t } }""")
    store.inner.update("""
        DELETE { GRAPH ?g { ?s <http://www.w3.org/ns/oa#exact> ?x } }
        INSERT { GRAPH ?g { ?s <http://www.w3.org/ns/oa#exact> "tampered" } }
        WHERE { GRAPH ?g { ?s <http://www.w3.org/ns/oa#exact> ?x } }""")
    report = validate(store)
    assert not report.conforms
    assert "title" in report.text
    assert "does not match the speech text" in report.text
