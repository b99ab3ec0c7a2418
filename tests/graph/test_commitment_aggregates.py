"""The commitment aggregates and listing, against totals summed by hand.

Two kinds of input, both written by us:

* ``fixtures/aggregates/``: a registry of three invented members and two sittings in
  our own words, built and imported as a user would (``members import``, ``build``);
* a graph written triple by triple below, for what the extractor does not (yet) state
  on its own: amount roles, a repeat, an actor that is no actor, two offices held at
  once, an office held before the commitment's date.

Every expected number is summed by hand in the comments beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.cli.commitments import commitments as commitments_command
from graph.queries import bind, named_query
from graph.store import Store
from graph.summaries import refresh

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "aggregates"
MILLION = 1_000_000


def rows(store: Store, name: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
    result = store.query(bind(named_query(name).text, params or {}))
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: ("" if row[n] is None else row[n].value) for n in names} for row in result]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The fixture sittings built with the fixture registry, as the README's workflow does."""
    location = str(tmp_path_factory.mktemp("aggregates") / "store")
    runner = CliRunner()
    imported = runner.invoke(
        cli, ["members", "import", str(FIXTURES / "registry.tsv"), "--store", location]
    )
    assert imported.exit_code == 0, imported.output
    sittings = sorted(str(p) for p in FIXTURES.glob("*.xml"))
    done = runner.invoke(cli, ["build", *sittings, "--store", location])
    assert done.exit_code == 0, done.output
    return location


def test_money_by_actor_on_built_sittings(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        got = {
            r["actor"]: (int(r["total"]), int(r["commitments"]))
            for r in rows(store, "money-by-actor")
        }
    # Government ("we"): £40m hubs + £15m engineers (10 March) + £60m gadget safety
    # (15 September; said twice, the second time a repeat) = £115m in 3 commitments.
    # The Treasury: £100m recovery fund, 1 commitment.  Pat Back's letter has no money.
    assert got == {"Government": (115 * MILLION, 3), "Treasury": (100 * MILLION, 1)}


def test_commitments_by_office_on_built_sittings(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        got = {
            r["office"]: (int(r["commitments"]), int(r["money"]))
            for r in rows(store, "commitments-by-office")
        }
    # On 10 March 2020 Alex Ledger was Minister of State for Widgets (from 2019-01-10 to
    # 2020-06-30) and on the Widgets Committee: the ministerial post counts, 2
    # commitments, £40m + £15m = £55m.  On 15 September she was Secretary of State for
    # Gadgets: 1 commitment (the repeat not again), £60m.  Bea Coster, Financial
    # Secretary: 1, £100m.  Pat Back, a backbencher (only the committee place), writing
    # to the Minister makes no commitment: backbenchers do not commit for the Government.
    # 4 commitments, each once (5 stated, one a repeat).
    assert got == {
        "Minister of State for Widgets Department for Widgets": (2, 55 * MILLION),
        "Secretary of State for Gadgets Department for Gadgets": (1, 60 * MILLION),
        "Financial Secretary to the Treasury HM Treasury": (1, 100 * MILLION),
    }


def test_listing_is_newest_first_with_the_office_of_the_day(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        listed = rows(store, "commitments")
        first = rows(store, "commitments", {"limit": "2"})
        later = rows(store, "commitments", {"limit": "2", "offset": "2"})
        march = rows(store, "commitments", {"until": "2020-06-30"})
        autumn = rows(store, "commitments", {"since": "2020-07-01", "member": "Alex Ledger"})
    # Pat Back, a backbencher, commits nothing: three on 10 March, Alex Ledger's and Bea Coster's.
    assert [r["date"] for r in listed] == ["2020-09-15"] * 2 + ["2020-03-10"] * 3
    # The page is cut after sorting: the first page is the newest day's.
    assert [r["date"] for r in first] == ["2020-09-15", "2020-09-15"]
    assert [r["commitment"] for r in first + later] == [r["commitment"] for r in listed[:4]]
    offices = {(r["name"], r["date"]): r["office"] for r in listed}
    assert (
        offices[("Alex Ledger", "2020-03-10")]
        == "Minister of State for Widgets Department for Widgets"
    )
    assert (
        offices[("Alex Ledger", "2020-09-15")]
        == "Secretary of State for Gadgets Department for Gadgets"
    )
    assert {r["date"] for r in march} == {"2020-03-10"} and len(march) == 3
    assert len(autumn) == 2 and {r["amount"] for r in autumn} == {str(60 * MILLION)}


def varied() -> Store:
    """30 commitments of three categories by two makers, in five debates (one undated)
    of four days, five speeches each: every filter of the listing has rows to pass."""
    lines = ['x:p1 foaf:name "Ann Able" . x:p2 foaf:name "Bob Baker" .']
    for k, cat in enumerate(("funding", "review", "target")):
        lines.append(f'x:cat{k} skos:notation "{cat}" .')
    for d in range(5):
        if d < 4:
            lines.append(f'x:d{d} dcterms:date "2021-0{d + 1}-1{d}"^^xsd:date .')
        for n in range(5):
            lines.append(f"x:s{d}{n} dkg:debate x:d{d} ; dkg:position {n} .")
    for i in range(30):
        lines.append(
            f"x:k{i:02} a dkg:Commitment ; dkg:madeIn x:s{i % 5}{(i * 7) % 5} ; "
            f"dkg:madeBy x:p{1 + i % 2} ; dkg:category x:cat{(i // 2) % 3} ; "
            f'dkg:status x:fut ; dkg:action "act" ; dkg:evidence x:k{i}sel . '
            f'x:k{i}sel oa:exact "words {i}" .'
        )
    store = Store.memory()
    store.update(
        PREFIXES + 'INSERT DATA { x:fut skos:notation "future" . ' + "\n".join(lines) + "}"
    )
    refresh(store)
    return store


def test_every_filter_and_page_is_the_full_listing_filtered() -> None:
    """The listing takes a different path for each set of filters (ranks looked up, a
    category's ranks looked up, or the passing rows sorted): each must give what
    filtering the whole listing gives, page by page."""
    with varied() as store:
        full = rows(store, "commitments", {"limit": "1000"})
        assert len(full) == 30 and [r["date"] for r in full][-6:] == [""] * 6
        assert [r["date"] for r in full[:-6]] == sorted(
            (r["date"] for r in full[:-6]), reverse=True
        )

        def listed(params: dict[str, str]) -> list[str]:
            return [r["commitment"] for r in rows(store, "commitments", params)]

        def kept(keep: Callable[[dict[str, str]], bool]) -> list[str]:
            return [r["commitment"] for r in full if keep(r)]

        def of(column: str, value: str, since: str = "") -> list[str]:
            return kept(lambda r: r[column] == value and r["date"] >= since)

        for category in sorted({r["category"] for r in full}):
            every = of("category", category)
            assert listed({"category": category}) == every
            for offset in range(len(every)):
                assert listed({"category": category, "limit": "1", "offset": str(offset)}) == [
                    every[offset]
                ]
            since = {"category": category, "since": "2021-02-11"}
            assert listed(since) == of("category", category, "2021-02-11")
        for offset in range(len(full)):
            assert listed({"limit": "1", "offset": str(offset)}) == [full[offset]["commitment"]]
        assert (
            listed({"until": "2020-06-30", "limit": "2", "offset": "1"})
            == kept(lambda r: "" < r["date"] <= "2020-06-30")[1:3]
        )
        for name in sorted({r["name"] for r in full}):
            assert listed({"member": name}) == of("name", name)


def test_an_actor_with_two_spellings_is_one_row() -> None:
    """One fact, one row: a person with two names acting in a commitment is named once."""
    with varied() as store:
        store.update(
            PREFIXES + 'INSERT DATA { x:p1 foaf:name "Ann Able-Smith" . x:k00 dkg:actor x:p1 .'
            ' x:k01 dkg:actor x:body . x:body rdfs:label "Ofsted" }'
        )
        refresh(store)
        listed = rows(store, "commitments", {"limit": "1000"})
        assert len(listed) == len({r["commitment"] for r in listed}) == 30
        actors = {r["commitment"].rsplit("/", 1)[-1]: r["actor"] for r in listed}
        assert actors["k00"] == "Ann Able" and actors["k01"] == "Ofsted"


def test_the_default_page_is_the_first_hundred_ranks() -> None:
    """The ranks the listing looks up with no filter are the page its LIMIT names."""
    text = named_query("commitments").text
    blocks = re.findall(r"VALUES \?rank \{([\d\s]*)\}\s*# page", text)
    assert blocks and all(b.split() == [str(n) for n in range(100)] for b in blocks)
    assert set(re.findall(r"LIMIT (\d+) OFFSET (\d+)", text)) == {("100", "0")}


def test_cli_options_are_the_query_parameters(built: str) -> None:
    """Each filter of ``debate-kg commitments`` is the named query's parameter of that name."""
    options = {p.name for p in commitments_command.params} - {"fmt", "store_location"}
    assert options == set(named_query("commitments").params)
    result = CliRunner().invoke(
        cli,
        ["commitments", "--store", built, "--since", "2020-09-01", "--until", "2020-12-31",
         "--format", "csv"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    dates = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    assert dates == ["2020-09-15", "2020-09-15"]


# --- a graph written by hand ------------------------------------------------------

PREFIXES = """\
PREFIX dkg: <https://w3id.org/debate-kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX x: <https://example.org/>
"""

# Two debates; the minister (x:min) holds two offices on 2021-05-05 (a committee place
# and Minister for Roads) and held Minister for Rail until 2021-01-31.  Amounts are in
# millions.  c1: new 10 + existing 50 + total 70 (new money 10).  c2: new 4 and rate
# 0.5 and range 1 (new money 4).  c3: no role 7 (counts as new).  c4: new 10, repeats
# c1 (not counted).  c5: new 20 by actor "Scheme" (no actor; the office still counts
# it).  c6: new 3 on 2021-01-10, when the office was Minister for Rail.  c7: spoken as
# Minister for Buses (the speech's office wins), new 5.  c8: in a debate without a date
# (no office of the day).  c9: no known maker (an unlinked speaker): no office either;
# neither may borrow another maker's or another day's holdings.
HAND_GRAPH = """
GRAPH <https://w3id.org/debate-kg/id/graph/registry-merged> {
  x:h1 a dkg:Holding ; dkg:holder x:min ; dkg:office x:roads ; dkg:during x:i1 .
  x:h2 a dkg:Holding ; dkg:holder x:min ; dkg:office x:committee ; dkg:during x:i2 .
  x:h3 a dkg:Holding ; dkg:holder x:min ; dkg:office x:rail ; dkg:during x:i3 .
}
GRAPH x:e {
  x:i1 time:hasBeginning x:d1 . x:d1 time:inXSDDate "2021-02-01"^^xsd:date .
  x:i2 time:hasBeginning x:d2 . x:d2 time:inXSDDate "2019-01-01"^^xsd:date .
  x:i3 time:hasBeginning x:d3 . x:d3 time:inXSDDate "2020-01-01"^^xsd:date .
  x:i3 time:hasEnd x:d1e . x:d1e time:inXSDDate "2021-01-31"^^xsd:date .
  x:roads rdfs:label "Minister for Roads" .
  x:rail rdfs:label "Minister for Rail" .
  x:buses rdfs:label "Minister for Buses" .
  x:committee rdfs:label "Member Transport Committee" .
  x:min a dkg:Person ; foaf:name "Min Ister" .
  x:gov a dkg:Actor ; rdfs:label "Government" .
  x:scheme a dkg:Actor ; rdfs:label "Scheme" .
  x:cat skos:notation "funding" .
  x:fut skos:notation "future" .
}
GRAPH x:g {
  x:may dcterms:date "2021-05-05"^^xsd:date .
  x:jan dcterms:date "2021-01-10"^^xsd:date .
  x:s1 dkg:debate x:may .
  x:s2 dkg:debate x:jan .
  x:s3 dkg:debate x:may ; dkg:spokenAs x:buses .
  x:s4 dkg:debate x:undated .
  x:c1 dkg:amount x:a1, x:a2, x:a3 .
  x:a1 schema:value 10.0 ; schema:currency "GBP" ; dkg:amountRole "new" .
  x:a2 schema:value 50.0 ; schema:currency "GBP" ; dkg:amountRole "existing" .
  x:a3 schema:value 70.0 ; schema:currency "GBP" ; dkg:amountRole "total" .
  x:c2 dkg:amount x:b1, x:b2, x:b3 .
  x:b1 schema:value 4.0 ; schema:currency "GBP" ; dkg:amountRole "new" .
  x:b2 schema:value 0.5 ; schema:currency "GBP" ; dkg:amountRole "rate" .
  x:b3 schema:value 1.0 ; schema:currency "GBP" ; dkg:amountRole "range" .
  x:c3 dkg:amount x:e1 . x:e1 schema:value 7.0 ; schema:currency "GBP" .
  x:c4 dkg:amount x:f1 ; dkg:repeats x:c1 .
  x:f1 schema:value 10.0 ; schema:currency "GBP" ; dkg:amountRole "new" .
  x:c5 dkg:amount x:g1 . x:g1 schema:value 20.0 ; schema:currency "GBP" ; dkg:amountRole "new" .
  x:c6 dkg:amount x:k1 . x:k1 schema:value 3.0 ; schema:currency "GBP" ; dkg:amountRole "new" .
  x:c7 dkg:amount x:m1 . x:m1 schema:value 5.0 ; schema:currency "GBP" ; dkg:amountRole "new" .
}
"""


def commitment_triples() -> str:
    lines = []
    for name, speech, actor in (("c1", "s1", "gov"), ("c2", "s1", "gov"), ("c3", "s1", "min"),
                                ("c4", "s1", "gov"), ("c5", "s1", "scheme"), ("c6", "s2", "gov"),
                                ("c7", "s3", "gov"), ("c8", "s4", "gov"), ("c9", "s1", "gov")):  # fmt: skip
        maker = "" if name == "c9" else "dkg:madeBy x:min ; "
        lines.append(
            f"x:{name} a dkg:Commitment ; dkg:madeIn x:{speech} ; {maker}"
            f'dkg:actor x:{actor} ; dkg:category x:cat ; dkg:status x:fut ; dkg:action "fund" ; '
            f'dkg:evidence x:{name}sel . x:{name}sel oa:exact "words of {name}" .'
        )
    return "GRAPH x:g {\n" + "\n".join(lines) + "\n}"


@pytest.fixture(scope="module")
def by_hand() -> Store:
    store = Store.memory()
    store.update(PREFIXES + "INSERT DATA {" + HAND_GRAPH + commitment_triples() + "}")
    refresh(store)
    return store


def test_money_by_actor_sums_new_money_once(by_hand: Store) -> None:
    got = {
        r["actor"]: (float(r["total"]), int(r["commitments"]))
        for r in rows(by_hand, "money-by-actor")
    }
    # Government: c1 10 + c2 4 + c6 3 + c7 5 = 22 in 4 commitments (c4 repeats c1; existing,
    # totals, rates and ranges left out).  Min Ister (a person, c3): 7, no role = new.
    # "Scheme" is not an actor: c5's 20 is in no row.
    assert got == {"Government": (22.0, 4), "Min Ister": (7.0, 1)}


def test_commitments_by_office_counts_each_once_under_the_office_of_its_date(
    by_hand: Store,
) -> None:
    got = {
        r["office"]: (int(r["commitments"]), float(r["money"]))
        for r in rows(by_hand, "commitments-by-office")
    }
    # 2021-05-05: Minister for Roads (ministerial, before the committee place): c1 10,
    # c2 4, c3 7, c5 20 = 41 in 4 (c4 a repeat).  2021-01-10: Minister for Rail: c6 3.
    # c7 spoken as Minister for Buses: 5.  c8 (undated) and c9 (no maker): no office.
    # 9 stated, 6 counted, each once.
    assert got == {
        "Minister for Roads": (4, 41.0),
        "Minister for Rail": (1, 3.0),
        "Minister for Buses": (1, 5.0),
    }


def test_listing_shows_new_money_and_every_role(by_hand: Store) -> None:
    listed = {r["commitment"].rsplit("/", 1)[-1]: r for r in rows(by_hand, "commitments")}
    assert len(listed) == 8  # one row per commitment, however many amounts (c9 has no maker)
    assert listed["c8"]["office"] == "" and listed["c8"]["date"] == ""
    assert float(listed["c1"]["amount"]) == 10.0
    assert sorted(listed["c1"]["amounts"].split("; ")) == [
        "10 new",
        "50 existing",
        "70 total",
    ]
    assert float(listed["c3"]["amount"]) == 7.0  # no role: new
    assert listed["c6"]["office"] == "Minister for Rail"
    assert listed["c7"]["office"] == "Minister for Buses"
    assert listed["c1"]["office"] == "Minister for Roads"
