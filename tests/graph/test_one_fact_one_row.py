"""One fact, one row, one person: the README workflow's store, checked as a user queries it.

The corpus registry (all nine files) is imported, then every real transcript of
the corpus is built: a plain SPARQL query must return each fact once, without
DISTINCT, and a person must have one IRI and one display name.  Skipped without
the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.extract import analyse
from graph.link import link
from graph.registry import Registry
from graph.registry.builtin import load_builtin
from graph.registry.load import load_path
from graph.sources import read_path
from graph.store import Store
from tests.conftest import corpus_dir

pytestmark = pytest.mark.corpus

TRANSCRIPTS = (
    "twfy_debates_2016_2021/xml",
    "twfy_parldata_2009",
    "parlamint_gb_samples/2017",
    "parlamint_gb_samples/2022",
    "akoma_ntoso_debates",
)


def registry_files(corpus: Path) -> list[Path]:
    return sorted((corpus / "parlparse_members").iterdir()) + sorted(
        (corpus / "twfy_debates_2016_2021" / "mp_lists").iterdir()
    )


def run(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, (args, result.output)


@pytest.fixture(scope="module")
def corpus_root() -> Path:
    path = corpus_dir()
    if not path.is_dir():
        pytest.skip(f"real-data corpus not found at {path} (set DEBATE_KG_CORPUS)")
    return path


@pytest.fixture(scope="module")
def store(corpus_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    corpus = corpus_root
    location = tmp_path_factory.mktemp("workflow") / "store"
    run("members", "import", *map(str, registry_files(corpus)), "--store", str(location))
    paths = [str(corpus / t) for t in TRANSCRIPTS]
    run("build", *paths, "--store", str(location), "--jobs", "2")
    with Store.open(location, read_only=True) as opened:
        yield opened


def rows(store: Store, query: str) -> list[tuple[str, ...]]:
    return [tuple(t.value if t else "" for t in row) for row in store.query(query)]  # type: ignore[union-attr]


def test_no_triple_stands_in_two_graphs(store: Store) -> None:
    repeated = rows(
        store,
        """SELECT ?s ?p ?o (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }
           GROUP BY ?s ?p ?o HAVING (COUNT(?g) > 1) LIMIT 20""",
    )
    assert repeated == []


def test_a_person_query_needs_no_distinct(store: Store) -> None:
    found = rows(
        store,
        """SELECT ?n ?c WHERE { ?p foaf:name "Priti Patel" ; foaf:name ?n .
           OPTIONAL { ?p dkg:constituency/rdfs:label ?c } }""",
    )
    assert len(found) == 1 and found[0][0] == "Priti Patel", found


def test_every_person_has_one_display_name(store: Store) -> None:
    assert (
        rows(
            store,
            """SELECT ?p (COUNT(?n) AS ?names) WHERE { ?p a dkg:Person ; foaf:name ?n }
           GROUP BY ?p HAVING (COUNT(?n) > 1) LIMIT 10""",
        )
        == []
    )


def test_name_variants_are_one_person(store: Store) -> None:
    # people.xml knows Sir William Cash as "Bill Cash" too: one IRI, the other name an altLabel
    cash = rows(
        store,
        """SELECT ?p ?n WHERE { ?p foaf:name ?n ; dkg:identifier/dkg:value "10095" }""",
    )
    assert len(cash) == 1
    labels = {r[0] for r in rows(store, f"SELECT ?a WHERE {{ <{cash[0][0]}> skos:altLabel ?a }}")}
    assert {cash[0][1], *labels} >= {"Bill Cash", "William Cash"}


def test_co_speakers_have_no_pair_under_two_names(store: Store) -> None:
    pairs = rows(
        store,
        """SELECT ?a ?b WHERE { ?s1 dkg:speaker ?a ; dkg:debate ?d . ?s2 dkg:speaker ?b ; dkg:debate ?d .
           FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b""",
    )
    names = rows(store, "SELECT ?p ?n WHERE { ?s dkg:speaker ?p . ?p foaf:name ?n }")
    by_person: dict[str, set[str]] = {}
    for person, name in names:
        by_person.setdefault(person, set()).add(name)
    assert pairs and all(len(by_person[a]) == 1 and len(by_person[b]) == 1 for a, b in pairs)


STRANGFORD = ("debates2020-06-15a.xml", "debates2020-12-15a.xml", "debates2020-12-17b.xml")


@pytest.mark.parametrize("sitting", STRANGFORD)
def test_more_registry_files_never_lose_the_member_for_strangford(
    corpus: Path, sitting: str
) -> None:
    facts = analyse(read_path(corpus / "twfy_debates_2016_2021" / "xml" / sitting))
    mp_lists = sorted((corpus / "twfy_debates_2016_2021" / "mp_lists").iterdir())
    for files in (mp_lists, registry_files(corpus)):
        registry = Registry([load_builtin(), *(load_path(f) for f in files)])
        targets = [
            t
            for d in link(facts, registry).debates
            for s in d.speeches
            for m, t in s.mentions
            if "Member for Strangford" in m.exact
        ]
        assert targets, sitting
        assert all(t.person is not None and t.person.key == "twfy/13864" for t in targets), [
            (len(files), t) for t in targets
        ]
