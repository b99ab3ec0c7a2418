"""Follow-ups: later statements linked to the earlier commitments they report on.

``fixtures/followups/`` holds two sittings in our own words, five months apart, with
the registry of ``fixtures/aggregates/``: in January a minister commits to publish a
strategy, fund a scheme and consult; in June she reports the strategy published and
a colleague reports the scheme on track, she announces the scheme's money again (a
later commitment that repeats the earlier one), and she reports guidance that nobody
committed to earlier (which must stay unlinked).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.cli import cli
from graph.extract.commitment_vocab import lemma
from graph.extract.followups import report_status
from graph.extract.repeats import content_words
from graph.followups import (
    MAX_AGE,
    SUBSTANTIVE,
    Link,
    Statement,
    _distinctive,
    _idf,
    _qualifies,
    match,
    named_window,
    triples_of,
)
from graph.queries import bind, named_query
from graph.store import Store
from ontology import DKG

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN_AGGREGATES = Path(__file__).resolve().parent / "golden" / "aggregates"


def rows(store: Store, sparql: str) -> list[dict[str, str]]:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: ("" if row[n] is None else row[n].value) for n in names} for row in result]


def named(store: Store, name: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
    return rows(store, bind(named_query(name).text, params or {}))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("followups") / "store")
    runner = CliRunner()
    registry = str(FIXTURES / "aggregates" / "registry.tsv")
    assert runner.invoke(cli, ["members", "import", registry, "--store", location]).exit_code == 0
    sittings = sorted(str(p) for p in (FIXTURES / "followups").glob("*.xml"))
    done = runner.invoke(cli, ["build", *sittings, "--store", location])
    assert done.exit_code == 0, done.output
    return location


def test_reports_link_to_the_commitments_they_report_on(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        links = rows(
            store,
            """SELECT ?report ?status ?commitment WHERE {
                 ?r dkg:followsUp ?c ; dkg:evidence/oa:exact ?report ;
                    dkg:reportedStatus/skos:notation ?status .
                 ?c dkg:evidence/oa:exact ?commitment }""",
        )
        unlinked = rows(
            store,
            """SELECT ?report WHERE { ?r a dkg:StatusReport ; dkg:evidence/oa:exact ?report
                 FILTER NOT EXISTS { ?r dkg:followsUp ?c } }""",
        )
    assert sorted((r["report"], r["status"], r["commitment"]) for r in links) == [
        (
            "The £30 million widget recycling scheme is on track.",
            "progress",
            "We will provide £30 million for the widget recycling scheme.",
        ),
        (
            "We have now published the widget safety strategy.",
            "delivered",
            "We will publish the widget safety strategy by the end of March.",
        ),
    ]
    assert [r["report"] for r in unlinked] == [
        "We have also published new guidance on gadget chargers."
    ]


def test_status_timeline_is_one_query(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        every = named(store, "status-timeline")
        strategy = next(r["of"] for r in every if "strategy" in r["quote"])
        one = named(store, "status-timeline", {"commitment": strategy})
    assert [(r["date"], r["status"], r["name"]) for r in one] == [
        ("2021-01-12", "made", "Alex Ledger"),
        ("2021-06-08", "delivered", "Alex Ledger"),
    ]
    # The strategy: made, delivered.  The scheme: made, on track, announced again.
    assert [(r["date"], r["status"]) for r in every if "scheme" in r["quote"]] == [
        ("2021-01-12", "made"),
        ("2021-06-08", "progress"),
        ("2021-06-08", "repeated"),
    ]
    assert len(every) == 5


def test_status_timeline_pages_as_the_sorting_query_did(built: str) -> None:
    """Pages are the build's ranks of the followed-up commitments: the same rows as the
    query that sorted every follow-up link (``golden/aggregates/status-timeline.rq``)."""
    before = (GOLDEN_AGGREGATES / "status-timeline.rq").read_text(encoding="utf-8")
    with Store.open(built, read_only=True) as store:
        first = named(store, "status-timeline")
        strategy = next(r["of"] for r in first if "strategy" in r["quote"])
        for params in ({}, {"limit": "1"}, {"limit": "1", "offset": "1"}, {"offset": "2"},
                       {"commitment": strategy}):  # fmt: skip
            want = rows(store, bind(before, params, declared=(*params,)))
            assert named(store, "status-timeline", params) == want, params
    assert len({r["of"] for r in first}) == 2


def test_a_repeat_in_a_later_sitting_is_money_counted_once(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        repeats = rows(
            store,
            """SELECT ?later ?earlier WHERE { ?l dkg:repeats ?e ; dkg:evidence/oa:exact ?later .
                 ?e dkg:evidence/oa:exact ?earlier }""",
        )
        money = named(store, "money-by-actor")
    assert [(r["later"], r["earlier"]) for r in repeats] == [
        (
            "We will provide £30 million for the widget recycling scheme this year.",
            "We will provide £30 million for the widget recycling scheme.",
        )
    ]
    # £30 million said twice, in two sittings: counted once, in one commitment.
    assert [(r["actor"], r["total"], r["commitments"]) for r in money] == [
        ("Government", "30000000", "1")
    ]


def test_overdue_commitments_leave_out_delivered_ones(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        july = named(store, "overdue-commitments", {"asOf": "2021-07-01"})
        may = named(store, "overdue-commitments", {"asOf": "2021-05-01"})
    # The strategy was due by 31 March and reported published on 8 June: overdue in
    # May, not in July.  The consultation (due 28 February) was never reported on.
    assert [r["action"] for r in july] == ["consult"]
    assert [r["action"] for r in may] == ["consult", "publish"]


def test_the_day_a_commitment_was_reported_delivered_is_written_once(built: str) -> None:
    with Store.open(built, read_only=True) as store:
        delivered = rows(
            store,
            """SELECT ?quote ?day WHERE {
                 ?c dkg:deliveredOn ?day ; dkg:evidence/oa:exact ?quote }""",
        )
    assert delivered == [
        {
            "quote": "We will publish the widget safety strategy by the end of March.",
            "day": "2021-06-08",
        }
    ]


def test_follow_ups_are_graphml_edges(built: str, tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    done = CliRunner().invoke(
        cli, ["export", "--store", built, "--format", "graphml", "-o", str(out)]
    )
    assert done.exit_code == 0, done.output
    graph = nx.read_graphml(out)
    edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d.get("type") == "follows_up"]
    assert sorted(d["status"] for _, _, d in edges) == ["delivered", "progress", "repeated"]
    for later, commitment, d in edges:
        kind = "Commitment" if d["status"] == "repeated" else "StatusReport"
        assert graph.nodes[later]["type"] == kind
        assert graph.nodes[commitment]["type"] == "Commitment"
    reported = [d for _, _, d in graph.edges(data=True) if d.get("type") == "reported"]
    assert len(reported) == 2


def test_store_with_follow_ups_validates(built: str) -> None:
    result = CliRunner().invoke(cli, ["validate", "--store", built])
    assert result.exit_code == 0, result.output


# --- the matcher alone -------------------------------------------------------------

MAR = date(2021, 3, 10)
JUN = date(2021, 6, 8)


def said(
    iri: str, day: date, maker: str, text: str, category: str = "", action: str = ""
) -> Statement:
    return Statement(iri, day, maker, text, category, action)


FUND = said(
    "c:fund",
    MAR,
    "p:a",
    "We will provide £30 million for the widget recycling scheme.",
    "funding",
    "provide",
)
STRATEGY = said(
    "c:strategy", MAR, "p:a", "We will publish the widget safety strategy.", "guidance", "publish"
)
OTHERS = [
    said(
        f"c:other{i}",
        MAR,
        "p:z",
        f"We will review the {w} rules for ferries and canals.",
        "review",
        "review",
    )
    for i, w in enumerate(("harbour", "lock", "towpath", "mooring", "bridge"))
]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            said("r:1", JUN, "p:a", "We have now published the widget safety strategy."),
            "c:strategy",
        ),
        # Another minister, no amount: shared words alone are not enough.
        (said("r:2", JUN, "p:b", "We have now published the widget safety strategy."), None),
        # Another minister with the amount: linked.
        (said("r:3", JUN, "p:b", "The £30 million widget recycling scheme is on track."), "c:fund"),
        # A date named that does not fit (the commitment was made in March).
        (
            said(
                "r:4",
                JUN,
                "p:a",
                "As I announced in January, the widget safety strategy is on track.",
            ),
            None,
        ),
        (
            said(
                "r:5",
                JUN,
                "p:a",
                "As I announced in March, the widget safety strategy is on track.",
            ),
            "c:strategy",
        ),
        # Too long after: another Parliament's undertaking.
        (
            said(
                "r:6", date(2024, 6, 1), "p:a", "We have now published the widget safety strategy."
            ),
            None,
        ),
        # Not after: the same day is not a follow-up.
        (said("r:7", MAR, "p:a", "We have now published the widget safety strategy."), None),
    ],
)
def test_match(later: Statement, expected: str | None) -> None:
    links = match([later], [FUND, STRATEGY, *OTHERS])
    assert [link.commitment for link in links if link.later == later.iri] == (
        [expected] if expected else []
    )


def test_a_later_commitment_repeats_only_with_no_money_of_its_own() -> None:
    again = said(
        "c:again",
        JUN,
        "p:b",
        "We will provide £30 million for the widget recycling scheme this year.",
        "funding",
        "provide",
    )
    more = said(
        "c:more",
        JUN,
        "p:b",
        "We will add £10 million to the £30 million widget recycling scheme.",
        "funding",
        "provide",
    )
    links = {link.later: link for link in match([], [FUND, STRATEGY, *OTHERS, again, more])}
    assert set(links) == {"c:again"}
    assert links["c:again"].commitment == "c:fund" and links["c:again"].repeats


def test_named_window() -> None:
    assert named_window("as I said last week", date(2021, 6, 8)) == (
        date(2021, 5, 25),
        date(2021, 6, 7),
    )
    assert named_window("as I announced in December", date(2021, 6, 8)) == (
        date(2020, 12, 1),
        date(2020, 12, 31),
    )
    assert named_window("as I said last night", date(2021, 6, 8)) == (
        date(2021, 6, 4),
        date(2021, 6, 7),
    )
    assert named_window("as I said a few days ago", date(2021, 6, 8)) == (
        date(2021, 5, 29),
        date(2021, 6, 7),
    )
    assert named_window("we have published it", date(2021, 6, 8)) is None


def every_pair(reports: list[Statement], commitments: list[Statement]) -> list[Link]:
    """:func:`match` as its docstring states it, over every pair (no index): the
    reference the indexed matcher must agree with, link for link."""
    idf = _idf(c.words for c in commitments)
    n = len(commitments)
    earlier = [c for c in sorted(commitments, key=lambda c: c.iri) if '"' not in c.text]
    found = []
    statements = [(r, False) for r in sorted(reports, key=lambda r: r.iri)]
    statements += [(c, True) for c in sorted(commitments, key=lambda c: c.iri)]
    for later, is_commitment in statements:
        window = named_window(later.text, later.day)
        said = None if is_commitment else report_status(later.text)
        verb = lemma(said[1].split()[-1]) if said is not None else ""
        best = None
        for c in earlier:
            if not later.day - MAX_AGE <= c.day < later.day:
                continue
            if window and not window[0] <= c.day <= window[1]:
                continue
            shared = _distinctive(later.words & c.words, idf, n)
            if not shared or not later.words:
                continue
            money = later.amounts & c.amounts
            if is_commitment and later.amounts - c.amounts:
                money = frozenset()
            same = later.maker is not None and later.maker == c.maker
            cover = len(shared) / min(len(later.words), len(c.words))
            back = bool(window) or (said is not None and said[0] == "repeated")
            if not _qualifies(
                commitment=is_commitment, money=bool(money), same=same, shared=len(shared),
                cover=cover, window=bool(window),
                points_back=back or verb in content_words(c.text),
                substantive=later.category in SUBSTANTIVE and c.category in SUBSTANTIVE
                and later.action == c.action,
            ):  # fmt: skip
                continue
            score = sum(idf[w] for w in shared) + 3 * bool(money) + 2 * same + 2 * bool(window)
            if best is None or (score, c.day) > best[:2]:
                best = (score, c.day, c.iri)
        if best is not None:
            found.append((later.iri, best[2], is_commitment))
    return found


_WORDS = ("widget", "ferry", "canal", "harbour", "lock", "towpath", "bridge", "mooring")
_OPENINGS = (
    "We will provide {amount} for the {a} and {b} {c} scheme.",
    "We will publish the {a} {b} strategy and the {c} review.",
    "We have now published the {a} {b} {c} strategy.",
    "As I announced in March, the {a} {b} {c} scheme is on track.",
    "As I said yesterday, the {amount} {a} {b} fund is on track.",
    'She said "we will fund the {a} {b} {c}".',
)


@st.composite
def _statement(draw: st.DrawFn, prefix: str, number: int) -> Statement:
    a, b, c = draw(st.permutations(_WORDS))[:3]
    text = draw(st.sampled_from(_OPENINGS)).format(
        amount=draw(st.sampled_from(("£30 million", "£5 million"))), a=a, b=b, c=c
    )
    return Statement(
        f"{prefix}:{number:03d}",
        date(2020, 1, 1) + timedelta(days=draw(st.integers(0, 1100))),
        draw(st.sampled_from(("p:a", "p:b", "p:c", None))),
        text,
        draw(st.sampled_from(("funding", "guidance", "undertaking"))),
        draw(st.sampled_from(("provide", "publish"))),
    )


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_the_index_finds_what_every_pair_would(data: st.DataObject) -> None:
    commitments = [data.draw(_statement("c", i)) for i in range(data.draw(st.integers(1, 40)))]
    reports = [data.draw(_statement("r", i)) for i in range(data.draw(st.integers(0, 15)))]
    links = match(reports, commitments)
    assert [(x.later, x.commitment, x.repeats) for x in links] == every_pair(reports, commitments)


def test_a_sentence_both_report_and_commitment_follows_up_once() -> None:
    """A sentence such as "We have already started to…" is a progress report and a
    commitment of its own: the timeline shows it once, by the report, and the
    commitment still repeats the earlier one."""
    earlier = said(
        "c:consult", MAR, "p:a", "We will consult the widget makers and the ferry operators.",
        "review", "consult",
    )  # fmt: skip
    text = "We have already started to consult the widget makers and the ferry operators."
    report = said("r:started", JUN, "p:a", text)
    again = said("c:started", JUN, "p:a", text, "review", "consult")
    links = {link.later: link for link in match([report], [earlier, *OTHERS, again])}
    assert links["r:started"].commitment == links["c:started"].commitment == "c:consult"
    assert links["r:started"].follows and not links["c:started"].follows
    triples = {(t.subject.value, t.predicate.value) for t in triples_of(links.values())}
    assert ("c:started", str(DKG.repeats)) in triples
    assert ("c:started", str(DKG.followsUp)) not in triples
    assert ("r:started", str(DKG.followsUp)) in triples


def test_money_stated_as_part_of_a_total_is_no_money_of_its_own() -> None:
    """The words "£2 million of the £5 million" restate the £2 million: the £5 million is the
    whole it belongs to, not new money that would make the sentence another measure;
    and "un-ring-fenced" and "unring-fenced" are one word."""
    grant = said(
        "c:grant", MAR, "p:a",
        "I am announcing £2 million of additional, unring-fenced grant funding for widget depots.",
        "funding", "announce",
    )  # fmt: skip
    part = said(
        "c:part", JUN, "p:b",
        "Some £2 million of the £5 million is being provided as un-ring-fenced grant funding "
        "for widget depots.",
        "funding", "provide",
    )  # fmt: skip
    links = {link.later: link for link in match([], [grant, *OTHERS, part])}
    assert links["c:part"].commitment == "c:grant" and links["c:part"].repeats
    assert "unringfenced" in links["c:part"].reason


def test_a_named_day_and_the_same_maker_need_four_words_however_long_the_sentences() -> None:
    """Two long sentences of the same minister sharing six rare words, the later naming
    the days ("as I said a few days ago") the earlier was said in, are one undertaking
    even when those words are a quarter of each; without the date, or with three words,
    the third of the smaller set is still asked for."""
    long_ = {"commitment": False, "money": False, "same": True, "cover": 0.26}
    assert _qualifies(**long_, shared=4, window=True, points_back=True)
    assert not _qualifies(**long_, shared=3, window=True, points_back=True)
    assert not _qualifies(**long_, shared=6, window=False, points_back=True)
    assert not _qualifies(**{**long_, "same": False}, shared=6, window=True, points_back=True)
