"""Build-time summaries: the whole-graph aggregates that named queries read, not compute.

Three named queries aggregate over every speech or commitment in the store:
``co-speakers`` (pairs of people by debates shared), ``commitments-by-office`` and
``money-by-actor``; ``commitments`` lists every commitment newest first with its
maker's office of the day; four list debates newest first (``debates``,
``speeches-in-order``, ``speakers-of-debate``, ``commitments-by-debate``: a page of
them is a run of the ranks :func:`debate_rows` gives); and ``status-timeline`` pages
through the commitments that something follows up (:func:`followed_rows`).  No rewrite of those queries
makes them fast on a large store: the work grows with the graph.  So :func:`refresh` does it once per
build and keeps the answer rows in one named graph, :data:`GRAPH`, each ranked in
its query's order; a query then pages by rank, a sort of a few thousand integers or
(the listing, a row per commitment) a look-up of each rank of the page
(``graph/queries/*.rq``).  A refresh costs about what the aggregates cost, once per
build instead of once per query (figures in ``benchmarks/results/design-notes.md``).

Contract:

* :func:`refresh` must run after every write that changes documents or people
  (``debate-kg build``, ``members import``, loading shards): until it runs, the
  queries above answer from the previous refresh (or, never refreshed, with no rows);
* each summary is computed by the aggregate query it replaces (:data:`SOURCES`; the
  listing by :func:`listing_rows`, from three queries joined and sorted here, and
  ``commitments-by-office`` from the same offices of the day, summed here), on
  the union of all graphs, so the summary query gives exactly the rows the aggregate
  would (the summary graph is in that union too, but its rows use only the
  ``dkg:Summary`` terms, which no aggregate reads);
* only the difference is written: each row is compared with the stored one by a
  digest of its cells (neither side is held as triples, which at 10M quads took a
  gigabyte), rows that went or changed are deleted whole, new and changed ones
  inserted, and a row that only moved gets its new rank.  On a remote endpoint and in
  memory that is one SPARQL Update (one transaction).  On disk it is not one
  transaction: the seal (a digest of all the rows) is deleted first, rows are deleted
  and bulk-loaded a chunk at a time, and a new seal is committed last, so a refresh
  killed half-way leaves no seal and the next build refreshes again (:func:`complete`);
* a row's IRI is a hash of its cells, so two refreshes of the same graph write the
  same bytes.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from itertools import chain, islice
from typing import TypeVar

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import DCTERMS

from graph import iris
from graph.store import LocalStore, OxTerm, Store
from ontology import DKG

T = TypeVar("T")

#: The named graph that holds the summaries (nothing else writes it).
GRAPH = iris.SUMMARIES_GRAPH

#: The predicates of summary rows, as the strings rows are written and compared in.
_SUMMARY_OF, _SUMMARISES, _RANK = str(DKG.summaryOf), str(DKG.summarises), str(DKG.rank)
_FIRST_LABEL, _SECOND_LABEL, _DATE = str(DKG.firstLabel), str(DKG.secondLabel), str(DCTERMS.date)
_TOTAL, _AMOUNT_LIST, _ACTOR_NAME = str(DKG.total), str(DKG.amountList), str(DKG.actorName)
_RANK_IN_CATEGORY = str(DKG.rankInCategory)
_SEAL = str(DCTERMS.identifier)


@dataclass(frozen=True, slots=True)
class Summary:
    """One summary: the aggregate query, and which predicate keeps each of its cells."""

    name: str  # the named query that reads it (and dkg:summaryOf of its rows)
    sparql: str  # the aggregate, over the union of all graphs
    columns: tuple[tuple[str, URIRef], ...]  # result variable -> predicate
    order: str  # the named query's ORDER BY: dkg:rank numbers the rows in this order

    def ranked(self) -> str:
        """The aggregate in the query's order, ties broken by every other cell.

        The tie-break makes the ranks a function of the rows (the same graph, the
        same bytes); rows that tie on every cell are the same row.
        """
        keyed = set(re.findall(r"\?(\w+)", self.order))
        rest = " ".join(f"?{name}" for name, _ in self.columns if name not in keyed)
        return f"{self.sparql}\nORDER BY {self.order} {rest}"


#: Holdings that are a place on a committee, not an office that commits (ranked last).
_COMMITTEE = r"Committee|^Member\\b|^Chair\\b"
#: Holdings that are ministerial posts (ranked first).
_MINISTERIAL = (
    "Minister|Secretary|Chancellor|Attorney|Solicitor General|Whip|Treasury|"
    "Leader of the House|Paymaster|Advocate General"
)
#: Who may be an actor in money-by-actor: a person, or a body named by an acronym ("BBC",
#: "HMRC") or by capitalised words around a body's head noun ("Department for
#: Transport", "Welsh Government").  The extractor also gives measures ("Scheme",
#: "Review"), addresses ("Friend", "Lady"), places and clause fragments as actors.
_BODY_HEADS = (
    "Government|Department|Office|Ministry|Agency|Council|Commission|Authority|Board|"
    "Service|Inspectorate|Executive|Trust|Panel|Taskforce|Regulator|Treasury|Ministers?|"
    "Secretary|Secretary of State|Mayor|Ofcom|Ofsted|Parliament|Assembly|Police|Bank of England"
)
_CAPITALISED = r"(?:of|for|and|the|[A-Z][\\w’'-]*)"
_BODY_LABEL = (
    rf"^[A-Z]{{2,}}s?$|^(?:(?:My|Our|The|Her|His|[A-Z][\\w’'-]*)\\s+)*(?:{_BODY_HEADS})"
    rf"(?:\\s+{_CAPITALISED})*$"
)
_REAL_ACTOR = f"""
      {{ ?a a dkg:Person ; foaf:name ?actor }}
      UNION
      {{ ?a rdfs:label ?actor
         FILTER NOT EXISTS {{ ?a a dkg:Person }}
         FILTER (REGEX(STR(?actor), "{_BODY_LABEL}")) }}"""

#: The new money of each commitment: its amounts whose role is "new", or that have no
#: role (an extraction older than amount roles took every amount to be new).  Existing
#: money, totals including other money, rates and ranges are context, never summed.
_NEW_MONEY = """
      ?c dkg:amount ?amt .
      ?amt schema:value ?value .
      OPTIONAL { ?amt dkg:amountRole ?role }
      FILTER (!BOUND(?role) || STR(?role) = "new")"""

#: Each speech's day, from two scans joined by hash: looked up per commitment along
#: ``dkg:debate/dcterms:date``, the days took 6-7 s of the 13 s at 9.8M quads.
_SPEECH_DAY = """
              { SELECT ?speech ?debate WHERE { ?speech dkg:debate ?debate } }
              { SELECT ?debate ?day WHERE { ?debate dcterms:date ?day } }"""

#: The one office a commitment's maker held on its date, as ``?c ?office``: the office
#: the speech was given in; else one a debate of that day shows them holding
#: (``dkg:observedOn``); else among the registry's holdings (graph registry-merged)
#: whose interval covers the date, a ministerial post before any other and a committee
#: place last, then the latest begun.  Holdings are looked up once per (maker, date),
#: the key being rank (one character), start (ten) and label.
_OFFICE_ON_DATE = f"""
  {{ SELECT ?c ?office WHERE {{
      {{ SELECT ?c ?speech ?maker ?date WHERE {{
          {{ SELECT ?c ?speech WHERE {{ ?c a dkg:Commitment ; dkg:madeIn ?speech }} }}
          OPTIONAL {{ SELECT ?c ?madeBy WHERE {{ ?c dkg:madeBy ?madeBy }} }}
          OPTIONAL {{ SELECT ?speech ?day WHERE {{ {_SPEECH_DAY} }} }}
          # Never unbound: an unbound join key would join every maker's or day's holdings.
          BIND (COALESCE(?madeBy, "nobody") AS ?maker)
          BIND (COALESCE(?day, "undated") AS ?date) }} }}
      OPTIONAL {{ SELECT ?speech ?spoken WHERE {{ ?speech dkg:spokenAs/rdfs:label ?spoken }} }}
      OPTIONAL {{ SELECT ?maker ?date (MAX(?key) AS ?heldKey) WHERE {{
          {{ SELECT DISTINCT ?maker (?day AS ?date) WHERE {{
              {{ SELECT ?made ?maker WHERE {{ ?made dkg:madeBy ?maker }} }}
              {{ SELECT ?made ?speech WHERE {{ ?made dkg:madeIn ?speech }} }}
              {_SPEECH_DAY} }} }}
          {{
            ?observed dkg:holder ?maker ; dkg:observedOn ?date ; dkg:office/rdfs:label ?heldLabel .
            BIND ("3" AS ?rank)
          }} UNION {{
            GRAPH <{iris.REGISTRY_GRAPH}> {{
              ?holding dkg:holder ?maker ; dkg:during ?interval ; dkg:office ?held }}
            ?held rdfs:label ?heldLabel .
            OPTIONAL {{ ?interval time:hasBeginning/time:inXSDDate ?heldFrom }}
            OPTIONAL {{ ?interval time:hasEnd/time:inXSDDate ?heldTo }}
            BIND (IF(REGEX(?heldLabel, "{_COMMITTEE}", "i"), "0",
                     IF(REGEX(?heldLabel, "{_MINISTERIAL}", "i"), "2", "1")) AS ?rank)
          }}
          FILTER ((!BOUND(?heldFrom) || ?heldFrom <= ?date) && (!BOUND(?heldTo) || ?date <= ?heldTo))
          BIND (CONCAT(?rank, COALESCE(STR(?heldFrom), "0000-00-00"), ?heldLabel) AS ?key)
        }} GROUP BY ?maker ?date }}
      BIND (COALESCE(?spoken, SUBSTR(?heldKey, 12)) AS ?office)
  }} }}"""

SOURCES = (
    Summary(
        "co-speakers",
        # Each debate's speakers once, from two scans hash-joined (not a look-up per
        # speech); pairs of people counted by their IRIs, and only the counted pairs named.
        """
SELECT ?a ?b ?debates WHERE {
  { SELECT ?pa ?pb (COUNT(?debate) AS ?debates) WHERE {
      { SELECT DISTINCT ?debate ?pa WHERE {
          { SELECT ?s ?debate WHERE { ?s dkg:debate ?debate } }
          { SELECT ?s ?pa WHERE { ?s dkg:speaker ?pa } } } }
      { SELECT DISTINCT ?debate ?pb WHERE {
          { SELECT ?s ?debate WHERE { ?s dkg:debate ?debate } }
          { SELECT ?s ?pb WHERE { ?s dkg:speaker ?pb } } } }
      FILTER (!sameTerm(?pa, ?pb))
    } GROUP BY ?pa ?pb }
  { SELECT DISTINCT ?pa ?a WHERE { ?pa foaf:name ?a } }
  { SELECT DISTINCT ?pb ?b WHERE { ?pb foaf:name ?b } }
  FILTER (?a < ?b)
}""",
        (("a", DKG.firstLabel), ("b", DKG.secondLabel), ("debates", DKG.count)),
        "DESC(?debates) ?a ?b",
    ),
    Summary(
        "commitments-by-office",
        # Each commitment once, under the one office its maker held on its date (see
        # _OFFICE_ON_DATE); a repeat of an earlier commitment (dkg:repeats) is not counted
        # again, and its money is the new money only (_NEW_MONEY).
        f"""
SELECT ?office (COUNT(?c) AS ?commitments) (SUM(COALESCE(?new, 0)) AS ?money)
WHERE {{
  {_OFFICE_ON_DATE}
  FILTER (BOUND(?office))
  MINUS {{ ?c dkg:repeats ?earlier }}
  OPTIONAL {{ SELECT ?c (SUM(?value) AS ?new) WHERE {{ {_NEW_MONEY} }} GROUP BY ?c }}
}}
GROUP BY ?office""",
        (("office", DKG.firstLabel), ("commitments", DKG.count), ("money", DKG.total)),
        "DESC(?commitments) ?office",
    ),
    Summary(
        "money-by-actor",
        # New money only (_NEW_MONEY), each amount once, never for a commitment that
        # repeats an earlier one; actors are people or named bodies (_REAL_ACTOR).
        f"""
SELECT ?actor ?currency (SUM(?value) AS ?total) (COUNT(DISTINCT ?c) AS ?commitments)
WHERE {{
  {{ SELECT DISTINCT ?actor ?c ?amt ?value ?currency WHERE {{
      {{ SELECT ?c ?amt ?value WHERE {{ {_NEW_MONEY} }} }}
      {{ SELECT ?amt ?currency WHERE {{ ?amt schema:currency ?currency }} }}
      {{ SELECT ?c ?a WHERE {{ ?c dkg:actor ?a }} }}
      {{ SELECT DISTINCT ?a ?actor WHERE {{ {_REAL_ACTOR} }} }}
      MINUS {{ ?c dkg:repeats ?earlier }}
  }} }}
}}
GROUP BY ?actor ?currency""",
        (
            ("actor", DKG.firstLabel),
            ("currency", DKG.totalCurrency),
            ("total", DKG.total),
            ("commitments", DKG.count),
        ),
        "DESC(?total) ?actor",
    ),
)


#: The named query that pages the commitments listing by rank (:func:`listing_summary_rows`).
LISTING = "commitments"
#: What orders the listing: each commitment whose maker has a name, with its maker's
#: name (the least, should there be two), its debate, the speech's place and the day.
#: Scans joined by hash, not a look-up per commitment: every field its own sub-SELECT.
#: At 9.8M quads 15.6 s and 876 MB became 6.9 s and 617 MB when the evidence's start,
#: looked up along ``dkg:evidence/oa:start`` for all 656k things with evidence, came
#: from commitments only and the category and maker's name from scans of their own.
_LISTED = """
SELECT ?c ?name ?category ?date ?debate ?position ?at WHERE {
  { SELECT ?c ?speech WHERE { ?c a dkg:Commitment ; dkg:madeIn ?speech } }
  { SELECT ?c ?category WHERE { ?c dkg:category ?category } }
  { SELECT ?c (MIN(?n) AS ?name) WHERE {
      { SELECT ?c ?maker WHERE { ?c dkg:madeBy ?maker } }
      { SELECT ?maker ?n WHERE { ?maker foaf:name ?n } } } GROUP BY ?c }
  { SELECT ?speech ?debate WHERE { ?speech dkg:debate ?debate } }
  OPTIONAL { SELECT ?speech ?position WHERE { ?speech dkg:position ?position } }
  OPTIONAL { SELECT ?c ?at WHERE {
      { SELECT ?c ?e WHERE { ?c a dkg:Commitment ; dkg:evidence ?e } }
      { SELECT ?e ?at WHERE { ?e oa:start ?at } } } }
  OPTIONAL { SELECT ?debate ?date WHERE { ?debate dcterms:date ?date } }
}"""


#: Each commitment's actor, named once: a person by the least of their names (a person
#: may carry two spellings), anything else by the least of its labels.  Names and
#: labels are scans joined by hash (3.9 -> 1.4 s at 9.8M quads, the same rows).
_ACTOR_OF = """
SELECT ?c (MIN(?named) AS ?name) (MIN(?labelled) AS ?label) WHERE {
  { SELECT ?c ?a WHERE { ?c dkg:actor ?a } }
  OPTIONAL { SELECT ?a ?named WHERE { ?a foaf:name ?named } }
  OPTIONAL { SELECT ?a ?labelled WHERE { ?a rdfs:label ?labelled } }
} GROUP BY ?c"""

#: Each commitment's money: the sum of its new money (amounts whose role is "new" or
#: absent; unbound when it has none) and every amount with its role.
_MONEY_OF = """
SELECT ?c (SUM(?newValue) AS ?newMoney) (SUM(?isNew) AS ?newCount)
       (GROUP_CONCAT(?described; separator="; ") AS ?amounts)
WHERE {
  ?c dkg:amount ?amt .
  ?amt schema:value ?value .
  OPTIONAL { ?amt dkg:amountRole ?role }
  BIND (COALESCE(?role, "new") AS ?amountRole)
  BIND (IF(?amountRole = "new", ?value, 0) AS ?newValue)
  BIND (IF(?amountRole = "new", 1, 0) AS ?isNew)
  BIND (CONCAT(STR(?value), " ", ?amountRole) AS ?described)
} GROUP BY ?c"""


@dataclass(frozen=True, slots=True)
class Refreshed:
    """What :func:`refresh` found and wrote, and the seconds it took."""

    rows: dict[str, int]  # per summary
    deleted: int  # quads removed from GRAPH
    inserted: int  # quads added to GRAPH
    seconds: float


def rows_of(store: Store, summary: Summary) -> list[tuple[OxTerm | None, ...]]:
    """The aggregate's rows in rank order, each a tuple of cells in ``summary.columns`` order."""
    result = store.query(summary.ranked())
    assert isinstance(result, ox.QuerySolutions)
    names = [name for name, _ in summary.columns]
    return [tuple(row[name] for name in names) for row in result]


def summary_rows(summary: Summary, rows: list[tuple[OxTerm | None, ...]]) -> Iterator[Row]:
    """Each row as a node named by its cells, with its rank (its place in ``rows``).

    A row that a refresh keeps keeps its IRI; rows equal in every cell (two people
    with one name) are numbered apart.
    """
    kind = ox.Literal(summary.name)
    predicates = [str(predicate) for _, predicate in summary.columns]
    seen: dict[str, int] = {}
    for number, row in enumerate(rows):
        key = hashlib.sha1("\t".join("" if t is None else str(t) for t in row).encode()).hexdigest()
        seen[key] = seen.get(key, 0) + 1
        cells: list[tuple[str, OxTerm]] = [(_SUMMARY_OF, kind)]
        for predicate, cell in zip(predicates, row, strict=True):
            if cell is not None:  # an unbound cell (a failed SUM) stays unbound
                cells.append((predicate, cell))
        yield Row(str(iris.summary_row(summary.name, key, seen[key])), number, tuple(cells))


@dataclass(frozen=True, slots=True)
class Listed:
    """One commitment of the listing, as its summary row keeps it."""

    commitment: ox.NamedNode
    name: OxTerm  # its maker's
    date: OxTerm | None
    office: OxTerm | None  # the maker's on that date
    money: OxTerm | None  # the sum of its new money
    amounts: OxTerm | None  # every amount with its role
    in_category: int  # its place among its category's
    actor: OxTerm | None = None  # who is to act: a person's name, else the label


def offices_of_day(store: Store) -> dict[OxTerm, OxTerm | None]:
    """Each commitment's office of the day (:data:`_OFFICE_ON_DATE`), found once for
    both the listing and ``commitments-by-office`` (at 9.7M quads it costs ~10 s)."""
    office_of = f"SELECT ?c ?office WHERE {{ {_OFFICE_ON_DATE} }}"
    return {row["c"]: row["office"] for row in _solutions(store, office_of)}


def money_of(store: Store) -> dict[OxTerm, tuple[OxTerm | None, OxTerm]]:
    """Each commitment with amounts: its new money (None when it has none) and the list
    of its amounts with their roles (:data:`_MONEY_OF`)."""
    money: dict[OxTerm, tuple[OxTerm | None, OxTerm]] = {}
    for row in _solutions(store, _MONEY_OF):
        new = row["newMoney"] if int(row["newCount"].value) > 0 else None
        described = "; ".join(sorted(row["amounts"].value.split("; ")))
        money[row["c"]] = (new, ox.Literal(described))
    return money


def by_office_rows(
    store: Store,
    offices: dict[OxTerm, OxTerm | None],
    money: dict[OxTerm, tuple[OxTerm | None, OxTerm]],
) -> list[tuple[OxTerm | None, ...]]:
    """The rows of ``commitments-by-office``, as its aggregate (in :data:`SOURCES`)
    gives them, from the offices and money the listing reads too: each commitment that
    repeats none once, under its office of the day, with the sum of its new money."""
    repeats = {row["c"] for row in _solutions(store, "SELECT ?c WHERE { ?c dkg:repeats ?e }")}
    count: Counter[OxTerm] = Counter()
    total: dict[OxTerm, list[OxTerm]] = {}
    for c, office in offices.items():
        if office is None or c in repeats:
            continue
        count[office] += 1
        new = money.get(c, (None, None))[0]
        total.setdefault(office, []).extend([new] if new is not None else [])
    ranked = sorted(count, key=lambda office: (-count[office], office.value))
    return [(office, ox.Literal(count[office]), _sum(total[office])) for office in ranked]


_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


def _sum(values: list[OxTerm]) -> ox.Literal:
    """SPARQL's ``SUM`` of integers and decimals, in its canonical form: an integer
    unless a decimal is among them ("0" when there are none)."""
    added = sum((Decimal(v.value) for v in values), Decimal(0))
    if not any(getattr(v, "datatype", None) == _DECIMAL for v in values):
        return ox.Literal(int(added))
    return ox.Literal(format(added.normalize(), "f"), datatype=_DECIMAL)


def listing_rows(
    store: Store,
    offices: dict[OxTerm, OxTerm | None] | None = None,
    money: dict[OxTerm, tuple[OxTerm | None, OxTerm]] | None = None,
) -> list[Listed]:
    """Every listed commitment, newest first.

    The order of the ``commitments`` query: by date, newest first and undated last; in
    a day in the order they were said: by document, then by the debate's place in it,
    then by the speech's (``dkg:position``), then by where the commitment starts in the
    speech (its selector's ``oa:start``; a place unknown sorts first), the IRI last.
    Ordinals and offsets are compared as numbers: in IRI order debate 16 came before
    debate 3 and a commitment at character 985 after one at 6119.  The office is the
    one of the day (:func:`offices_of_day`), the money as :data:`_MONEY_OF` sums it.  Each part is one query over the whole graph, joined and
    sorted here, so that one pass serves every page.
    """
    offices = offices_of_day(store) if offices is None else offices
    money = money_of(store) if money is None else money
    actors = {
        row["c"]: row["name"] if row["name"] is not None else row["label"]
        for row in _solutions(store, _ACTOR_OF)
    }
    keyed = []
    for row in _solutions(store, _LISTED):
        debate, position, at = row["debate"].value, _number(row["position"]), _number(row["at"])
        place = (*iris.debate_place(debate), position, at)
        keyed.append((row["c"], row["name"], row["date"], place, row["category"]))
    keyed.sort(key=lambda r: (r[3], r[0].value))
    keyed.sort(key=lambda r: r[2].value if r[2] is not None else "", reverse=True)
    seen: Counter[OxTerm] = Counter()
    listed = []
    for c, name, day, _, category in keyed:
        new, amounts = money.get(c, (None, None))
        listed.append(
            Listed(c, name, day, offices.get(c), new, amounts, seen[category], actors.get(c))
        )
        seen[category] += 1
    return listed


#: The summary of debates in their listing order: ``debates``, ``speeches-in-order``,
#: ``speakers-of-debate`` and ``commitments-by-debate`` page through it.
DEBATES = "debates"

_DEBATED = """
SELECT ?debate ?title ?date WHERE {
  ?debate dcterms:title ?title .
  OPTIONAL { SELECT ?debate ?date WHERE { ?debate dcterms:date ?date } }
}"""


def debate_rows(store: Store) -> list[ox.NamedNode]:
    """Every debate with a title in the order the debate listings show them: newest
    first (undated last), then by title, then by IRI.  A page is then a run of ranks,
    looked up, where the listings sorted every debate by date to cut one (~200 ms at
    50M quads), and two debates of one day fall on the same side of a page's edge in
    every store.  A debate with two titles (two sources disagreeing) is listed under
    its least."""
    first: dict[ox.NamedNode, tuple[str, str]] = {}
    for row in _solutions(store, _DEBATED):
        debate, date = row["debate"], row["date"]
        key = (date.value if date is not None else "", row["title"].value)
        if debate not in first or key[1] < first[debate][1]:
            first[debate] = key
    ordered = sorted(first, key=lambda d: (first[d][1], d.value))
    ordered.sort(key=lambda d: first[d][0], reverse=True)
    return ordered


#: The summary of the commitments that a status report or a later commitment follows
#: up (``dkg:followsUp``), in IRI order: ``status-timeline``'s default pages.
FOLLOWED = "status-timeline"

_FOLLOWED = "SELECT DISTINCT ?of WHERE { ?statement dkg:followsUp ?of }"


def followed_rows(store: Store) -> list[ox.NamedNode]:
    """Every commitment something follows up, in IRI order (``status-timeline``'s
    ``ORDER BY ?of``): a page is then a run of ranks, looked up, where the query sorted
    every follow-up link to cut one (~30 ms at 10M quads, twice)."""
    return sorted((row["of"] for row in _solutions(store, _FOLLOWED)), key=lambda term: term.value)


def ranked_rows(kind: str, things: list[ox.NamedNode]) -> Iterator[Row]:
    """Each thing's place in a listing of ``kind``: a summary row with its rank and the
    thing it stands for (the row named by a hash of the thing's IRI)."""
    name = ox.Literal(kind)
    for number, thing in enumerate(things):
        key = hashlib.sha1(thing.value.encode()).hexdigest()
        node = str(iris.summary_row(kind, key, 1))
        yield Row(node, number, ((_SUMMARY_OF, name), (_SUMMARISES, thing)))


def _number(term: OxTerm | None) -> int:
    """An integer literal's value; -1 when there is none (sorts first)."""
    return int(term.value) if isinstance(term, ox.Literal) else -1


def listing_summary_rows(rows: list[Listed]) -> Iterator[Row]:
    """Each listed commitment as a summary row: its rank, the commitment
    (``dkg:summarises``), its maker's name (``dkg:secondLabel``), its date, its office
    of the day (``dkg:firstLabel``), its new money (``dkg:total``), its amounts
    (``dkg:amountList``) and its place in its category (``dkg:rankInCategory``)."""
    kind = ox.Literal(LISTING)
    for number, row in enumerate(rows):
        key = hashlib.sha1(row.commitment.value.encode()).hexdigest()
        cells = (
            (_SUMMARY_OF, kind),
            (_SUMMARISES, row.commitment),
            (_SECOND_LABEL, row.name),
            (_DATE, row.date),
            (_FIRST_LABEL, row.office),
            (_TOTAL, row.money),
            (_AMOUNT_LIST, row.amounts),
            (_RANK_IN_CATEGORY, ox.Literal(row.in_category)),
            (_ACTOR_NAME, row.actor),
        )
        node = str(iris.summary_row(LISTING, key, 1))
        yield Row(node, number, tuple((p, cell) for p, cell in cells if cell is not None))


def _solutions(store: Store, sparql: str) -> ox.QuerySolutions:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    return result


# --- writing: only the rows that changed -----------------------------------------

#: Rows (or ranks) deleted per update, and N-Quads lines per bulk load: what a refresh
#: holds at once of what it writes.  The bulk loader's memory grows with its input: at
#: pp 1000x the build's peak was 251 MB with loads of 20,000 lines, 330 MB with loads
#: of 100,000, and 305 MB with one load streamed from a file object (50 s and 1.5 GB at
#: 9.8M quads, against 35 s and 0.9 GB).  Each load makes table files of its own, which
#: leaves a pp 1000x store 1-3% larger.
_CHUNK = _LOAD = 20_000


def _cell_hash(predicate: str, value: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"{predicate} {value}".encode(), digest_size=16).digest())


def _digest(cells: Iterable[tuple[str, str]]) -> int:
    """A digest of a row's cells in any order (a sum of each cell's hash), so that the
    stored row, read back cell by cell in the store's order, is compared without
    holding its cells."""
    return sum(_cell_hash(p, v) for p, v in cells) % (1 << 128)


@dataclass(frozen=True, slots=True)
class Row:
    """One summary row as written: its node, its rank, and its other cells."""

    node: str  # IRI
    rank: int
    cells: tuple[tuple[str, OxTerm], ...]  # (predicate IRI, value), the rank apart

    def digest(self) -> int:
        return _digest((p, str(v)) for p, v in self.cells)

    def lines(self, graph: str = "") -> Iterator[str]:
        """The row's triples as N-Triples lines, or N-Quads ones in ``graph``."""
        end = f" <{graph}> .\n" if graph else " .\n"
        yield f"<{self.node}> <{_RANK}> {ox.Literal(self.rank)}{end}"
        for p, v in self.cells:
            yield f"<{self.node}> <{p}> {v}{end}"


@dataclass(slots=True)
class _Stored:
    """A row as the summary graph holds it: a digest of its cells, its ranks, its quads."""

    digest: int = 0
    ranks: tuple[int, ...] = ()
    quads: int = 0


def _stored(store: Store) -> tuple[dict[str, _Stored], str | None]:
    """Every row :data:`GRAPH` holds, as a digest (not its cells), and the seal's digest."""
    held: dict[str, _Stored] = {}
    seal = None
    result = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
    assert isinstance(result, ox.QuerySolutions)
    for s, p, o in result:
        node, predicate = s.value, p.value
        if node == str(GRAPH) and predicate == _SEAL:
            seal = o.value
            continue
        row = held.get(node)
        if row is None:
            row = held[node] = _Stored()
        row.quads += 1
        if predicate == _RANK:
            row.ranks = (*row.ranks, int(o.value))
        else:
            row.digest = (row.digest + _cell_hash(predicate, str(o))) % (1 << 128)
    return held, seal


#: Where the rows come from: each call gives one summary's rows afresh, so that they
#: are made once to be compared and again, only those that changed, to be written.
Rows = Callable[[], Iterator[Row]]


@dataclass(slots=True)
class _Plan:
    """What a refresh writes: rows to delete whole, ranks to move, rows to insert."""

    gone: list[str] = field(default_factory=list)  # nodes deleted whole (changed, or gone)
    moved: list[tuple[str, tuple[int, ...], int]] = field(default_factory=list)  # old, new
    new: set[str] = field(default_factory=set)  # nodes inserted whole
    seal: str = ""  # a digest of every row, in any order
    deleted: int = 0  # quads
    inserted: int = 0  # quads

    def changes(self) -> bool:
        return bool(self.gone or self.moved or self.new)

    def rows(self, wanted: Sequence[Rows]) -> Iterator[Row]:
        """The rows to insert, made again from their sources."""
        return (row for rows in wanted for row in rows() if row.node in self.new)


def _plan(held: dict[str, _Stored], wanted: Sequence[Rows]) -> _Plan:
    """Compare each wanted row with the stored one by digest, and seal the new rows."""
    plan = _Plan()
    kept: set[str] = set()
    seal = 0
    for rows in wanted:
        for row in rows():
            digest = row.digest()
            seal = (seal + _cell_hash(row.node, f"{row.rank} {digest:032x}")) % (1 << 128)
            kept.add(row.node)
            was = held.get(row.node)
            if was is None or was.digest != digest:
                if was is not None:
                    plan.gone.append(row.node)
                    plan.deleted += was.quads
                plan.new.add(row.node)
                plan.inserted += 1 + len(row.cells)
            elif was.ranks != (row.rank,):
                plan.moved.append((row.node, was.ranks, row.rank))
                plan.deleted += len(was.ranks)
                plan.inserted += 1
    for node, was in held.items():
        if node not in kept:
            plan.gone.append(node)
            plan.deleted += was.quads
    plan.seal = f"{seal:032x}"
    return plan


def _seal_triple(digest: str) -> str:
    """The graph's own ``dcterms:identifier``: a digest of its rows, written last."""
    return f"<{GRAPH}> <{_SEAL}> {ox.Literal(digest)}"


def _delete_rows(nodes: list[str]) -> str:
    values = " ".join(f"<{n}>" for n in nodes)
    return (
        f"DELETE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} "
        f"WHERE {{ GRAPH <{GRAPH}> {{ VALUES ?s {{ {values} }} ?s ?p ?o }} }}"
    )


def _delete_ranks(moved: list[tuple[str, tuple[int, ...], int]]) -> str:
    lines = [f"<{n}> <{_RANK}> {ox.Literal(r)} ." for n, ranks, _ in moved for r in ranks]
    return f"DELETE DATA {{ GRAPH <{GRAPH}> {{\n" + "\n".join(lines) + "\n} }"


def _rank_lines(moved: list[tuple[str, tuple[int, ...], int]], graph: str = "") -> list[str]:
    end = f" <{graph}> .\n" if graph else " .\n"
    return [f"<{n}> <{_RANK}> {ox.Literal(rank)}{end}" for n, _, rank in moved]


def _chunks(items: list[T], size: int = _CHUNK) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _write_on_disk(
    store: LocalStore, plan: _Plan, wanted: Sequence[Rows], old_seal: str | None
) -> None:
    """The seal goes first and comes back last: a refresh killed in between leaves none,
    and the next build refreshes again.  Rows are deleted, and the new ones (and moved
    ranks) bulk-loaded, a chunk at a time."""
    if old_seal is not None:
        store.update(f"DELETE DATA {{ GRAPH <{GRAPH}> {{ {_seal_triple(old_seal)} . }} }}")
    for nodes in _chunks(plan.gone):
        store.update(_delete_rows(nodes))
    for moved in _chunks(plan.moved):
        store.update(_delete_ranks(moved))
    graph = str(GRAPH)
    lines = chain(
        _rank_lines(plan.moved, graph),
        (line for row in plan.rows(wanted) for line in row.lines(graph)),
    )
    while chunk := list(islice(lines, _LOAD)):
        store.load_nquads("".join(sorted(chunk)).encode())  # the bulk loader
    seal = f"{_seal_triple(plan.seal)} <{GRAPH}> .\n"
    store.add_nquads(seal.encode())  # one small transaction


def _write_in_one(store: Store, plan: _Plan, wanted: Sequence[Rows], old_seal: str | None) -> None:
    """In memory or on an endpoint: everything in one update (one transaction)."""
    removed = [f"{_seal_triple(old_seal)} ."] if old_seal is not None else []
    removed += [f"<{n}> <{_RANK}> {ox.Literal(r)} ." for n, ranks, _ in plan.moved for r in ranks]
    parts = [_delete_rows(nodes) for nodes in _chunks(plan.gone)]
    if removed:
        parts.append(f"DELETE DATA {{ GRAPH <{GRAPH}> {{\n" + "\n".join(removed) + "\n} }")
    added = [f"{_seal_triple(plan.seal)} .\n", *_rank_lines(plan.moved)]
    added += [line for row in plan.rows(wanted) for line in row.lines()]
    parts.append(f"INSERT DATA {{ GRAPH <{GRAPH}> {{\n" + "".join(sorted(added)) + "} }")
    store.update(" ;\n".join(parts))


def complete(store: Store) -> bool:
    """Whether the last refresh finished (its seal is there): if not, the next build refreshes."""
    result = store.query(f"ASK {{ GRAPH <{GRAPH}> {{ <{GRAPH}> <{_SEAL}> ?d }} }}")
    return bool(result)


def refresh(store: Store) -> Refreshed:
    """Recompute every summary from ``store`` and make :data:`GRAPH` hold exactly them.

    The aggregates are read first (queries); each row is then compared with the stored
    one by a digest of its cells, so that only the rows that changed are rewritten and
    only the ranks that moved are moved (the first refresh writes all), and neither
    side's rows are ever held as triples.  On a remote endpoint, and in memory, the
    writing is one update (one transaction).  On disk, one transaction holding a big
    first refresh's rows took more memory and time than the bulk loader, so the seal (a
    digest of the rows) is deleted first, the rows that went are deleted and the new
    ones bulk-loaded a chunk at a time, and a new seal committed last; readers see only
    published snapshots, and a refresh killed half-way leaves no seal, so the next build
    refreshes again (:func:`complete`).
    """
    start = time.perf_counter()
    counts: dict[str, int] = {}
    offices, money = offices_of_day(store), money_of(store)
    tables = []
    for summary in SOURCES:
        if summary.name == "commitments-by-office":
            rows = by_office_rows(store, offices, money)  # the offices found once
        else:
            rows = rows_of(store, summary)
        counts[summary.name] = len(rows)
        tables.append((summary, rows))
    listed = listing_rows(store, offices, money)
    counts[LISTING] = len(listed)
    ranked = [(DEBATES, debate_rows(store)), (FOLLOWED, followed_rows(store))]
    for kind, things in ranked:
        counts[kind] = len(things)
    held, old_seal = _stored(store)
    wanted: list[Rows] = [
        *(partial(summary_rows, summary, rows) for summary, rows in tables),
        partial(listing_summary_rows, listed),
        *(partial(ranked_rows, kind, things) for kind, things in ranked),
    ]
    plan = _plan(held, wanted)
    del held
    if not plan.changes() and old_seal == plan.seal:
        return Refreshed(counts, 0, 0, time.perf_counter() - start)
    plan.deleted += old_seal is not None
    plan.inserted += 1
    if isinstance(store, LocalStore) and store.location is not None:
        _write_on_disk(store, plan, wanted, old_seal)
    else:
        _write_in_one(store, plan, wanted, old_seal)
    return Refreshed(counts, plan.deleted, plan.inserted, time.perf_counter() - start)
