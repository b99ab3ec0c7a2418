"""Follow-ups: the earlier commitment each status report is about, over the whole store.

A status report ("we have now published…", "the programme is on track", "as I
announced in March…"; :mod:`graph.extract.followups`) is found in one speech, but
what it reports on was said earlier, usually in another sitting.  So the link is made
when the store is known: :func:`refresh` reads every report and commitment, picks
for each report at most one earlier commitment (:func:`match`), and keeps the links
in one named graph, :data:`GRAPH`, which every build recomputes (like
:mod:`graph.summaries`):

* ``?report dkg:followsUp ?commitment``, with ``dkg:followUpConfidence`` and
  ``dkg:followUpReason`` (what the two share);
* ``?commitment dkg:deliveredOn ?day``: the first day a report linked to it said it
  was delivered, which ``overdue-commitments`` looks up;
* a later commitment that announces an earlier one again (in another sitting, with no
  cue to say so) follows it up too, and ``dkg:repeats`` it, so that the money
  aggregates count it once; its status is "repeated".

Precision comes first: a report links only when the two share an amount of money
and a distinctive word, or the same maker and several distinctive words, or many
distinctive words whoever spoke; a date the report names ("yesterday", "in March",
"last year") must fit the commitment's.  A report that fits nothing stays unlinked.
"""

from __future__ import annotations

import math
import re
import sys
import time
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from graph import iris
from graph.extract.commitment_vocab import lemma
from graph.extract.followups import report_status
from graph.extract.money import committed_amounts, find_amounts
from graph.extract.repeats import content_words
from graph.records import MonetaryAmount
from graph.store import Store
from ontology import DKG

#: The named graph that holds the links (nothing else writes it).
GRAPH = iris.FOLLOWUPS_GRAPH

#: How far back a report may reach: a Parliament and a half; older undertakings are
#: another Government's, and sharing words with them is chance.
MAX_AGE = timedelta(days=730)

#: Categories of commitment that are measures, whose repetition in a later sitting is
#: worth a link (not operational remarks or personal undertakings, which the Chair and
#: every speaker repeat daily).
SUBSTANTIVE = frozenset({"legislation", "funding", "review", "guidance", "target"})

#: Words every undertaking uses: sharing them says nothing about which one is meant.
GENERIC = frozenset(
    {
        "government", "minister", "secretary", "state", "department", "house", "hon", "friend",
        "gentleman", "lady", "noble", "lord", "lords", "colleague", "colleagues",
        "right", "member", "people", "year", "years", "month", "week", "today", "time",
        "million", "billion", "pound", "work", "working", "support", "ensure", "make", "made",
        "provide", "provided", "announce", "announced", "publish", "published", "deliver",
        "delivered", "launch", "launched", "set", "out", "have", "has", "been", "now", "already",
        "said", "say", "committed", "commit", "continue", "country", "national", "local",
        "public", "place", "track", "course", "progress", "delay", "delayed", "including",
        "would", "can", "should", "not", "but", "there", "what", "over", "into", "about",
        "through", "want", "take", "taking", "one", "two", "three", "first", "last", "next",
        "earlier", "previously", "very", "much", "many", "well", "good", "important", "clear",
        # the verbs and furniture of any announcement or procedure
        "bring", "brought", "forward", "put", "lay", "laid", "draft", "regulation", "regulations",
        "parliament", "before", "after", "bill", "act", "legislation", "motion", "order",
        "tomorrow", "yesterday", "plan", "plans", "new", "further", "additional", "extra",
        "number", "way", "ways", "part", "all", "every", "help", "give", "get", "use",
        "improvement", "improvements", "reform", "reforms", "measure", "measures", "change",
        "basis", "case", "case-by-case", "each", "look", "looking", "carefully", "closely",
    }
)  # fmt: skip

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
_NAMED_TIME = re.compile(
    r"\b(?P<yesterday>yesterday|last\s+night)\b|\b(?P<lastweek>last\s+week)\b"
    r"|\b(?P<fewdays>a\s+few\s+days\s+ago)\b"
    r"|\b(?P<thisweek>earlier\s+this\s+week)\b|\b(?P<lastyear>last\s+year)\b"
    r"|\b(?P<thisyear>earlier\s+this\s+year)\b"
    r"|\b(?:in|on|since|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>January|February|March|"
    r"April|June|July|August|September|October|November|December)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """A commitment or a report as the matcher sees it: who, when and what it says."""

    iri: str
    day: date
    maker: str | None
    text: str
    category: str = ""  # a commitment's (dkg:category's notation)
    action: str = ""  # a commitment's (dkg:action)
    status: str = ""  # a report's (dkg:reportedStatus's notation)

    @property
    def words(self) -> frozenset[str]:
        return frozenset(w for w in content_words(self.text) if w not in GENERIC)

    @property
    def amounts(self) -> frozenset[Decimal]:
        return _values(find_amounts(self.text))

    @property
    def new_amounts(self) -> frozenset[Decimal]:
        """The amounts it states as new money: not context such as "of the £3 billion"
        or "on top of the £1 billion announced in 2019" (:func:`committed_amounts`)."""
        return _values(
            a for a in committed_amounts(self.text) if a.role is None or a.role in _NEW_ROLES
        )


#: Roles of money a statement commits afresh (:data:`graph.vocab.kinds.AmountRole`).
_NEW_ROLES = frozenset({"new", "range", "rate"})


def _values(amounts: Iterable[MonetaryAmount]) -> frozenset[Decimal]:
    """The amounts' values as numbers (a value that is no number is left out)."""
    found = set()
    for amount in amounts:
        try:
            found.add(Decimal(amount.value))
        except InvalidOperation:
            continue
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Link:
    """``later`` (a status report, or a commitment) follows up the earlier ``commitment``."""

    later: str
    commitment: str
    confidence: float
    reason: str
    repeats: bool = False  # ``later`` is itself a commitment: it repeats the earlier one
    #: False when a report of the same sentence follows the commitment up already: the
    #: later commitment still repeats it (the money counts once), but the timeline shows
    #: the sentence once, with the report's status.
    follows: bool = True


def named_window(text: str, on: date) -> tuple[date, date] | None:
    """The days a report's own words say the earlier statement was made in, if any.

    >>> named_window("As I set out to the House yesterday, …", date(2020, 12, 16))
    (datetime.date(2020, 12, 12), datetime.date(2020, 12, 15))
    >>> named_window("As I announced in March, …", date(2020, 12, 16))
    (datetime.date(2020, 3, 1), datetime.date(2020, 3, 31))
    """
    m = _NAMED_TIME.search(text)
    if m is None:
        return None
    if m["yesterday"]:  # a sitting day: over a weekend, "yesterday" may be days back
        return on - timedelta(days=4), on - timedelta(days=1)
    if m["fewdays"]:
        return on - timedelta(days=10), on - timedelta(days=1)
    if m["lastweek"]:
        return on - timedelta(days=14), on - timedelta(days=1)
    if m["thisweek"]:
        return on - timedelta(days=6), on - timedelta(days=1)
    if m["lastyear"]:
        return date(on.year - 1, 1, 1), date(on.year - 1, 12, 31)
    if m["thisyear"]:
        return date(on.year, 1, 1), on - timedelta(days=1)
    month = _MONTHS[m["month"].lower()]
    year = on.year if month <= on.month else on.year - 1
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date(year, month, 1), end


def _idf(words_of: Iterable[Iterable[str]]) -> dict[str, float]:
    """Each word's inverse document frequency over the commitments (their words given)."""
    df: Counter[str] = Counter()
    n = 0
    for words in words_of:
        df.update(words)
        n += 1
    return {w: math.log((n + 1) / (k + 0.5)) for w, k in df.items()}


def _distinctive(words: Iterable[str], idf: dict[str, float], n: int) -> set[str]:
    """Words rare among the commitments: in at most 3 of them, or 5% in a large store."""
    limit = math.log((n + 1) / (max(3, 0.05 * n) + 0.5))
    return {w for w in words if idf.get(w, 0.0) >= limit}


def _qualifies(
    *, commitment: bool, money: bool, same: bool, shared: int, cover: float,
    window: bool, points_back: bool, substantive: bool = True,
) -> bool:  # fmt: skip
    """Whether a later statement and an earlier commitment share enough to be linked.

    A report: an amount and two distinctive words; or the same maker, two distinctive
    words (a third of the smaller set) and a sign that it points back (a date it names,
    "as I announced", the commitment's own verb) or four words; or the same maker, a
    date that fits and four words, however long the two sentences are; or, whoever
    spoke, a date that fits and three words (half the smaller set).  A later commitment
    repeating an earlier one (no cue says so) needs more: every amount it states and two
    words, or the same maker, the same action and three words, half the smaller set,
    both commitments of substance (:data:`SUBSTANTIVE`: not the Chair's or a speaker's own undertakings).
    """
    if money and shared >= 2:
        return True
    if commitment:
        return substantive and same and shared >= 3 and cover >= 0.5
    return (
        (same and shared >= 2 and cover >= 1 / 3 and (points_back or shared >= 4))
        or (same and window and shared >= 4)
        or (window and shared >= 3 and cover >= 0.5)
    )


@dataclass(slots=True)
class _Candidate:
    """An earlier commitment as the matcher weighs it, its words found once.

    Only what matching reads is kept, as small as it reads it: how many content words
    (for the share of them in common), the distinctive ones as a tuple, interned (a
    tuple is a fifth of a frozenset's size, and the sets a statement is matched with
    are its own); at 104,830 commitments the sets took ~200 MB."""

    statement: Statement
    words: int
    distinctive: tuple[str, ...]
    amounts: frozenset[Decimal]
    said: frozenset[str] | None = None  # every content word, verbs included (on demand)

    def says(self, word: str) -> bool:
        if self.said is None:
            self.said = frozenset(content_words(self.statement.text))
        return word in self.said


class _Index:
    """Which candidates hold each distinctive word, in order of day, and the same by maker.

    A statement looks up its own distinctive words and counts, per candidate, how many
    it shares; only the candidates of the days it may reach (:data:`MAX_AGE`, and the
    date it names) are counted, found by bisection, and only its own maker's when
    nothing but the same maker could qualify it (:func:`_qualifies`).  So a store costs
    time in proportion to its statements and their neighbours, not to all pairs.
    """

    def __init__(self, candidates: Sequence[_Candidate]) -> None:
        # One run of two flat arrays of machine integers per (maker, word), found by its
        # [start, end) in ``runs``: ~27 entries a commitment, which as lists of Python
        # ints, one list a key, took 25 MB at 9,530 commitments (1000x) and grow with
        # the store.  Counted first, then filled in order of day.
        by_day = sorted(range(len(candidates)), key=lambda i: candidates[i].statement.day)
        counts: Counter[tuple[str | None, str]] = Counter(
            key for c in candidates for key in self._keys(c)
        )
        self.runs: dict[tuple[str | None, str], int] = {}  # the key's run: its number
        self.starts, self.ends = array("i"), array("i")  # each run's [start, end)
        at = 0
        for key, n in counts.items():
            self.runs[key] = len(self.starts)
            self.starts.append(at)
            self.ends.append(at)  # moves as the run fills
            at += n
        del counts
        self.days, self.members = array("i", bytes(4 * at)), array("i", bytes(4 * at))
        for i in by_day:
            c = candidates[i]
            day = c.statement.day.toordinal()
            for key in self._keys(c):
                run = self.runs[key]
                end = self.ends[run]
                self.days[end], self.members[end] = day, i
                self.ends[run] = end + 1

    @staticmethod
    def _keys(c: _Candidate) -> Iterator[tuple[str | None, str]]:
        makers = (None, c.statement.maker) if c.statement.maker else (None,)
        for word in c.distinctive:
            for maker in makers:
                yield maker, word

    def sharing(
        self, words: Iterable[str], first: date, last: date, least: int, maker: str | None
    ) -> list[tuple[int, int]]:
        """The candidates made from ``first`` to ``last`` (by ``maker`` if given) sharing
        at least ``least`` of ``words``, in index order, each with how many it shares."""
        low, high = first.toordinal(), last.toordinal()
        hits: Counter[int] = Counter()
        for word in words:
            run = self.runs.get((maker, word))
            if run is not None:
                a = bisect_left(self.days, low, self.starts[run], self.ends[run])
                b = bisect_right(self.days, high, a, self.ends[run])
                hits.update(self.members[a:b])
        return sorted((i, k) for i, k in hits.items() if k >= least)


def match(reports: Sequence[Statement], commitments: Sequence[Statement]) -> list[Link]:
    """For each report, and each commitment, the one earlier commitment it follows up.

    Candidates were made on an earlier day (so in another sitting), at most
    :data:`MAX_AGE` before, within any date the statement names, and do not quote
    someone else; they qualify by :func:`_qualifies`.  The best scores highest (rarer
    shared words, an amount, the same maker, a named date), ties going to the latest
    commitment.  A commitment that follows up an earlier one repeats it.
    """
    n = len(commitments)
    ordered = sorted(commitments, key=lambda c: c.iri)
    # found once, both sides use them: each commitment's words, interned, and its amounts
    said_of = {c.iri: (tuple(sorted(map(sys.intern, c.words))), c.amounts) for c in ordered}
    idf = _idf(words for words, _ in said_of.values())
    candidates = []
    for c in ordered:
        if "“" not in c.text and '"' not in c.text:  # not quoting someone else
            words, amounts = said_of[c.iri]
            distinctive = _distinctive(words, idf, n)
            rare = tuple(w for w in words if w in distinctive)
            candidates.append(_Candidate(c, len(words), rare, amounts))
    index = _Index(candidates)
    statements = [(r, False) for r in sorted(reports, key=lambda r: r.iri)]
    statements += [(c, True) for c in ordered]
    links = []
    for later, is_commitment in statements:
        words, amounts = (
            said_of[later.iri] if is_commitment else (tuple(sorted(later.words)), later.amounts)
        )
        if not words:
            continue
        # A later commitment with no money can only repeat one of substance by its maker
        # (:func:`_qualifies`), sharing three words.
        substantive = later.category in SUBSTANTIVE and later.maker is not None
        if is_commitment and not amounts and not substantive:
            continue
        window = named_window(later.text, later.day)
        first, last = later.day - MAX_AGE, later.day - timedelta(days=1)
        if window:
            first, last = max(first, window[0]), min(last, window[1])
        distinctive = _distinctive(words, idf, n)
        least = 3 if is_commitment and not amounts else 2
        said = None if is_commitment else report_status(later.text)
        verb = lemma(said[1].split()[-1]) if said is not None else ""
        best: tuple[float, date, str, str] | None = None
        new_money: frozenset[Decimal] | None = None  # read when first needed
        # Unless money or a named date can qualify a candidate, only the maker's own can.
        anyone = bool(amounts) or (window is not None and not is_commitment)
        maker = None if anyone else later.maker
        if not anyone and maker is None:
            continue
        for i, k in index.sharing(distinctive, first, last, least, maker):
            candidate = candidates[i]
            c = candidate.statement
            money = amounts & candidate.amounts
            if is_commitment and amounts - candidate.amounts:
                if new_money is None:
                    new_money = later.new_amounts
                if new_money - candidate.amounts:
                    money = frozenset()  # new money of its own besides: not a repeat of this one
            same = later.maker is not None and later.maker == c.maker
            if not money and not same and not (window and k >= 3):
                continue  # nothing left that could qualify it: saves the sets below
            shared = distinctive.intersection(candidate.distinctive)
            cover = len(shared) / min(len(words), candidate.words)
            points_back = bool(window) or (said is not None and said[0] == "repeated")
            if not _qualifies(
                commitment=is_commitment, money=bool(money), same=same, shared=len(shared),
                cover=cover, window=bool(window), points_back=points_back or candidate.says(verb),
                substantive=substantive and c.category in SUBSTANTIVE and later.action == c.action,
            ):  # fmt: skip
                continue
            score = sum(idf[w] for w in shared) + 3 * bool(money) + 2 * same + 2 * bool(window)
            why = [
                *(["the same maker"] if same else []),
                *([f"amount {min(money)}"] if money else []),
                *(["the date it names"] if window else []),
                "words: " + ", ".join(sorted(shared)),
            ]
            key = (score, c.day, c.iri, "; ".join(why))
            if best is None or key[:2] > best[:2]:
                best = key
        if best is not None:
            confidence = round(min(0.95, 0.5 + best[0] / 40), 2)
            links.append(Link(later.iri, best[2], confidence, best[3], is_commitment))
    return _once_per_sentence(links, {s.iri: s for s in (*reports, *commitments)})


def _once_per_sentence(links: list[Link], said: dict[str, Statement]) -> list[Link]:
    """``links``, where a sentence that is both a report and a commitment ("We have
    already started to consult…") follows an earlier commitment up once: by the report,
    whose status says more than a repeat's.  The same sentence is the same maker on the
    same day, one's words holding the other's (a commitment may run on into a second)."""
    reported: dict[tuple[str, date, str | None], list[str]] = {}
    for link in links:
        if not link.repeats:
            r = said[link.later]
            reported.setdefault((link.commitment, r.day, r.maker), []).append(r.text)
    kept = []
    for link in links:
        if link.repeats:
            c = said[link.later]
            texts = reported.get((link.commitment, c.day, c.maker), ())
            if any(t in c.text or c.text in t for t in texts):
                link = replace(link, follows=False)
        kept.append(link)
    return kept


# Every report and every commitment of the store, read back after each build.  Each
# field is its own sub-SELECT, so Oxigraph joins them by hash on the stored ids instead
# of seeking the index once per row (as plain patterns and property paths do): the same
# rows, at 9.8M quads 21 s instead of 49-54 s for the commitments (for ~120 MB more
# while the joins run), 0.7 s instead of 1.4 s at 1M (``benchmarks/results/design-notes.md``).
# The commitments' texts are every selector's words (only commitments and reports have
# them) joined to what they are evidence of; the first sub-SELECT keeps the commitments:
# 4.9 s instead of 6.2 s at 9.8M, the same rows, without the type looked up a second time.
_REPORTS = """
SELECT ?s ?day ?maker ?text ?status WHERE {
  { SELECT ?s ?day WHERE { ?s a dkg:StatusReport ; dcterms:date ?day } }
  { SELECT ?s ?text WHERE { ?s a dkg:StatusReport ; dkg:evidence ?e . ?e oa:exact ?text } }
  OPTIONAL { SELECT ?s ?maker WHERE { ?s dkg:reportedBy ?maker } }
  OPTIONAL { SELECT ?s ?status WHERE { ?s dkg:reportedStatus/skos:notation ?status } }
}"""
_COMMITMENTS = """
SELECT ?s ?day ?maker ?text ?category ?action WHERE {
  { SELECT ?s ?speech WHERE { ?s a dkg:Commitment ; dkg:madeIn ?speech } }
  { SELECT ?speech ?debate WHERE { ?speech dkg:debate ?debate } }
  { SELECT ?debate ?day WHERE { ?debate dcterms:date ?day } }
  { SELECT ?s ?text WHERE { ?e oa:exact ?text . ?s dkg:evidence ?e } }
  OPTIONAL { SELECT ?s ?maker WHERE { ?s dkg:madeBy ?maker } }
  OPTIONAL { SELECT ?s ?category WHERE { ?s dkg:category/skos:notation ?category } }
  OPTIONAL { SELECT ?s ?action WHERE { ?s dkg:action ?action } }
}"""


def _statements(store: Store, sparql: str) -> list[Statement]:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    found = {}
    for row in result:
        iri, day, maker, text = row["s"], row["day"], row["maker"], row["text"]
        assert iri is not None and day is not None and text is not None
        try:
            when = date.fromisoformat(day.value)
        except ValueError:
            continue
        more = [row[v] if f"?{v}" in sparql else None for v in ("category", "action", "status")]
        found[iri.value] = Statement(
            iri.value, when, maker.value if maker else None, text.value,
            *(term.value if term is not None else "" for term in more),
        )  # fmt: skip
    return list(found.values())


def triples_of(links: Iterable[Link]) -> set[ox.Triple]:
    """The links as triples; a later commitment also ``dkg:repeats`` the earlier one, so
    that the money aggregates count it once (and only that, when a report of the same
    sentence follows the commitment up: :func:`_once_per_sentence`)."""
    found = set()
    for link in links:
        r = ox.NamedNode(link.later)
        if link.repeats:
            found.add(ox.Triple(r, ox.NamedNode(str(DKG.repeats)), ox.NamedNode(link.commitment)))
        if not link.follows:
            continue
        found.add(ox.Triple(r, ox.NamedNode(str(DKG.followsUp)), ox.NamedNode(link.commitment)))
        confidence = ox.Literal(f"{link.confidence:.2f}", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#decimal"))  # fmt: skip
        found.add(ox.Triple(r, ox.NamedNode(str(DKG.followUpConfidence)), confidence))
        found.add(ox.Triple(r, ox.NamedNode(str(DKG.followUpReason)), ox.Literal(link.reason)))
    return found


_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def delivered_triples(links: Iterable[Link], reports: Iterable[Statement]) -> set[ox.Triple]:
    """Each commitment that a report saying "delivered" follows up, with the first day
    such a report was made (every report matched has a day)."""
    day = {r.iri: r.day for r in reports if r.status == "delivered"}
    first: dict[str, date] = {}
    for link in links:
        on = day.get(link.later)
        if on is not None:
            first[link.commitment] = min(on, first.get(link.commitment, on))
    predicate = ox.NamedNode(str(DKG.deliveredOn))
    return {
        ox.Triple(ox.NamedNode(c), predicate, ox.Literal(on.isoformat(), datatype=_DATE))
        for c, on in first.items()
    }


def _data(triples: set[ox.Triple]) -> str:
    return f"{{ GRAPH <{GRAPH}> {{\n" + "\n".join(sorted(f"{t} ." for t in triples)) + "\n} }"


@dataclass(frozen=True, slots=True)
class Linked:
    """What :func:`refresh` found: reports read, links kept, and the seconds it took."""

    reports: int
    links: int
    seconds: float


def refresh(store: Store) -> Linked:
    """Match every report in ``store`` and make :data:`GRAPH` hold exactly those links.

    Only the difference is written, in one update (one transaction), so a refresh of an
    unchanged store writes nothing.
    """
    start = time.perf_counter()
    reports = _statements(store, _REPORTS)
    links = match(reports, _statements(store, _COMMITMENTS)) if reports else []
    wanted = triples_of(links) | delivered_triples(links, reports)
    result = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
    assert isinstance(result, ox.QuerySolutions)
    have = {ox.Triple(row["s"], row["p"], row["o"]) for row in result}
    gone, new = have - wanted, wanted - have
    parts = [f"DELETE DATA {_data(gone)}"] if gone else []
    parts += [f"INSERT DATA {_data(new)}"] if new else []
    if parts:
        store.update(" ;\n".join(parts))
    return Linked(len(reports), sum(link.follows for link in links), time.perf_counter() - start)
