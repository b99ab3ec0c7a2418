"""The few registry records one ``debate-kg members who`` question needs, read from the store.

Reading the whole registry back (:func:`graph.registry.rdf.registry_from_store`) reads
every registry graph; with the corpus registry imported that is some 600,000 quads and
tens of seconds, for a question about one office or one name on one day.  The functions
here read only what the :class:`~graph.registry.registry.Registry` consults for that
question, and ask a registry made of the built-in registry plus those records, so the
answer is the one the whole registry gives:

* who held an office on a day (:func:`holders_registry`): every holding that covers
  the day, from every file, and the name and sex of the people who held one that the
  office text matches;
* which party a name sat for on a day (:func:`name_registry`): every name of every
  person picks the people the name can mean (the registry's own name keys decide), then
  those people's names, memberships and holdings, and each file's as-of date (the
  latest date it states, which closes its open periods).

Person keys in the store are already those of the merged registry (an import writes
every file with them), so records of one key merge as they do in the whole registry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

import pyoxigraph as ox

from graph import iris
from graph.registry.builtin import load_builtin
from graph.registry.names import initial_key, person_name_key, surname_key
from graph.registry.offices import is_office, parse_office
from graph.registry.rdf import RegistryFile, stored_files
from graph.registry.records import (
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.registry.registry import Registry
from graph.store import Store

_HOUSES = {"House of Commons": "commons", "House of Lords": "lords"}
_SEX = {"female": "F", "male": "M"}
#: IRIs per ``VALUES`` block.
_BATCH = 400

# Dates of an interval, from the shared entities graph: each step a scan, hash-joined.
_DATES = f"""
  OPTIONAL {{ SELECT ?i ?start WHERE {{
      {{ SELECT ?i ?b WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{ ?i time:hasBeginning ?b }} }} }}
      {{ SELECT ?b ?start WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{ ?b time:inXSDDate ?start }} }} }}
  }} }}
  OPTIONAL {{ SELECT ?i ?end WHERE {{
      {{ SELECT ?i ?e WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{ ?i time:hasEnd ?e }} }} }}
      {{ SELECT ?e ?end WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{ ?e time:inXSDDate ?end }} }} }}
  }} }}"""

# The office texts of the holdings that cover a day (each text once): each property read
# once and hash-joined (looking them up holding by holding is ten times slower).
_TEXTS_ON = f"""
SELECT DISTINCT ?label ?org ?canonical WHERE {{
  {{ SELECT ?h ?i WHERE {{ ?h dkg:during ?i }} }}
  {_DATES}
  FILTER ((!BOUND(?start) || ?start <= ?day) && (!BOUND(?end) || ?day <= ?end))
  {{ SELECT ?h WHERE {{ ?h a dkg:Holding }} }}
  {{ SELECT ?h ?label WHERE {{ ?h dkg:officeText ?label }} }}
  {{ SELECT ?h ?canonical WHERE {{ ?h dkg:officeKey ?canonical }} }}
  OPTIONAL {{ SELECT ?h ?org WHERE {{ ?h dkg:organisationName ?org }} }}
}}"""

# The holdings of some offices (by canonical key) that cover a day: few, looked up.
_HOLDINGS_OF = """
SELECT ?g ?holder ?label ?canonical ?org ?sid ?start ?end WHERE {
  GRAPH ?g { VALUES_BLOCK
             ?h dkg:officeKey ?canonical ; dkg:holder ?holder ; dkg:officeText ?label ;
                dkg:during ?i .
             FILTER EXISTS { ?h a dkg:Holding }
             OPTIONAL { ?h dkg:organisationName ?org } OPTIONAL { ?h dcterms:identifier ?sid } }
  OPTIONAL { ?i time:hasBeginning ?b } OPTIONAL { ?i time:hasEnd ?e }
  BIND (COALESCE(?b, rdf:nil) AS ?bb) BIND (COALESCE(?e, rdf:nil) AS ?ee)
  OPTIONAL { ?bb time:inXSDDate ?start } OPTIONAL { ?ee time:inXSDDate ?end }
  FILTER ((!BOUND(?start) || ?start <= ?day) && (!BOUND(?end) || ?day <= ?end))
}"""

# The names people go by, each text once.
_TEXTS = """
SELECT DISTINCT ?n WHERE { { ?p foaf:name ?n } UNION { ?u a dkg:NameUse ; rdfs:label ?n } }"""

# The people who go by some names.
_PEOPLE_NAMED = """
SELECT DISTINCT ?p WHERE {
  VALUES_BLOCK
  { ?p foaf:name ?n } UNION { ?u rdfs:label ?n . ?p dkg:nameUse ?u }
}"""


def _rows(store: Store, sparql: str) -> Iterator[dict[str, str]]:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    for row in result:
        yield {n: row[i].value for i, n in enumerate(names) if row[i] is not None}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _key(iri: str) -> str:
    return iris.key_of_person(iri) or iri


def _values(keys: Iterable[str]) -> Iterator[str]:
    """``VALUES ?p { … }`` blocks for the people with these keys."""
    people = sorted({str(iris.person_key(k)) for k in keys})
    for i in range(0, len(people), _BATCH):
        yield "VALUES ?p { " + " ".join(f"<{p}>" for p in people[i : i + _BATCH]) + " }"


class _Files:
    """Records read from the store, by registry file, in the order the whole registry merges them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.files = stored_files(store)
        self.by_graph: dict[str, RegistryFile] = {str(f.graph): f for f in self.files}
        self.people: dict[str, list[RegistryPerson]] = defaultdict(list)
        self.memberships: dict[str, list[Membership]] = defaultdict(list)
        self.holdings: dict[str, list[OfficeHolding]] = defaultdict(list)
        self.as_of: dict[str, date] = {}

    def source(self, graph: str) -> str | None:
        found = self.by_graph.get(graph)
        return found.name if found else None

    def registry(self) -> Registry:
        data = [load_builtin()]
        data += [
            RegistryData(
                people=tuple(self.people[str(f.graph)]),
                memberships=tuple(self.memberships[str(f.graph)]),
                holdings=tuple(self.holdings[str(f.graph)]),
                sources=(f.name,),
            )
            for f in self.files
        ]
        registry = Registry(data)
        if self.as_of:
            # A file's as-of date is the latest date anywhere in it; only part of the
            # file was read, so the registry is told the whole file's.
            registry._as_of.update(self.as_of)
            registry._activity = {k: registry._intervals(k) for k in registry._people}
        return registry

    # --- reading --------------------------------------------------------------

    def holdings_on(self, day: date, office: str) -> None:
        """Read the holdings covering ``day`` that the registry looks at for ``office``:
        those whose text names one of the roles it asks about (and, so that the
        registry drops the same duplicates, every other holding of the same office key)."""
        when = f'"{day.isoformat()}"^^xsd:date'
        wanted = _roles(office)
        canonical = sorted(
            {
                row["canonical"]
                for row in _rows(self.store, _TEXTS_ON.replace("?day", when))
                if wanted & {k.role for k in parse_office(row["label"], _org(row.get("org")))}
            }
        )
        for i in range(0, len(canonical), _BATCH):
            block = " ".join(str(ox.Literal(c)) for c in canonical[i : i + _BATCH])
            query = _HOLDINGS_OF.replace("VALUES_BLOCK", f"VALUES ?canonical {{ {block} }}")
            for row in _rows(self.store, query.replace("?day", when)):
                source = self.source(row["g"])
                if source is not None:
                    self.holdings[row["g"]].append(_holding(_key(row["holder"]), row, source))

    def people_of(self, keys: Iterable[str], *, names: bool = False) -> None:
        """Read the person records (name, sex; with ``names`` every other name too)."""
        for values in _values(keys):
            other: dict[tuple[str, str], list[str]] = defaultdict(list)
            if names:
                sparql = f"""SELECT ?g ?p ?n WHERE {{
                    GRAPH ?g {{ {values} ?p dkg:nameUse ?u . ?u rdfs:label ?n }} }}"""
                for row in _rows(self.store, sparql):
                    other[(row["g"], row["p"])].append(row["n"])
            sparql = f"""SELECT ?g ?p ?name ?sex WHERE {{
                GRAPH ?g {{ {values} ?p a dkg:Person OPTIONAL {{ ?p foaf:name ?name }}
                            OPTIONAL {{ ?p foaf:gender ?sex }} }} }}"""
            for row in _rows(self.store, sparql):
                if self.source(row["g"]) is None:
                    continue
                texts = sorted(other.get((row["g"], row["p"]), ()))
                self.people[row["g"]].append(
                    RegistryPerson(
                        _key(row["p"]),
                        row.get("name"),
                        tuple(PersonName(t) for t in texts),
                        (),
                        _SEX.get(row.get("sex", "")),
                    )
                )

    def records_of(self, keys: Iterable[str]) -> None:
        """Read the memberships and holdings of these people."""
        members: list[dict[str, str]] = []
        held: list[dict[str, str]] = []
        for values in _values(keys):
            members += _rows(
                self.store,
                f"""SELECT ?g ?p ?i ?o ?s ?pa ?snapshot WHERE {{
                GRAPH ?g {{ {values} ?m org:member ?p ; org:memberDuring ?i ; org:organization ?o .
                            OPTIONAL {{ ?m dkg:seat ?s }} OPTIONAL {{ ?m dkg:withParty ?pa }}
                            OPTIONAL {{ ?m dkg:snapshot ?snapshot }} }} }}""",
            )
            held += _rows(
                self.store,
                f"""SELECT ?g ?holder ?i ?label ?canonical ?org ?sid WHERE {{
                GRAPH ?g {{ {values.replace("?p", "?holder")}
                            ?h dkg:holder ?holder ; dkg:during ?i ;
                               dkg:officeText ?label ; dkg:officeKey ?canonical .
                            FILTER EXISTS {{ ?h a dkg:Holding }}
                            OPTIONAL {{ ?h dkg:organisationName ?org }}
                            OPTIONAL {{ ?h dcterms:identifier ?sid }} }} }}""",
            )
        labels = _labels(self.store, {r[k] for r in members for k in ("o", "s", "pa") if k in r})
        bounds = _bounds(self.store, {r["i"] for r in members + held})
        for row in members:
            source = self.source(row["g"])
            if source is None:
                continue
            house = labels.get(row["o"], "")
            start, end = bounds.get(row["i"], (None, None))
            self.memberships[row["g"]].append(
                Membership(
                    _key(row["p"]),
                    _HOUSES.get(house, house),
                    labels.get(row["s"]) if "s" in row else None,
                    labels.get(row["pa"]) if "pa" in row else None,
                    start,
                    end,
                    source,
                    snapshot=row.get("snapshot") == "true",
                )
            )
        for row in held:
            source = self.source(row["g"])
            if source is not None:
                start, end = bounds.get(row["i"], (None, None))
                row |= {k: v.isoformat() for k, v in (("start", start), ("end", end)) if v}
                self.holdings[row["g"]].append(_holding(_key(row["holder"]), row, source))

    def as_of_dates(self) -> None:
        """Each file's as-of date: the latest start or end of its memberships and holdings."""
        sparql = f"""SELECT ?g (MAX(?d) AS ?last) WHERE {{
            {{ SELECT DISTINCT ?g ?i WHERE {{
                {{ SELECT ?g ?i WHERE {{ GRAPH ?g {{ ?m org:memberDuring ?i }} }} }}
                UNION
                {{ SELECT ?g ?i WHERE {{
                    {{ SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?h a dkg:Holding }} }} }}
                    {{ SELECT ?g ?h ?i WHERE {{ GRAPH ?g {{ ?h dkg:during ?i }} }} }} }} }} }} }}
            {{ SELECT ?i ?x WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{
                {{ ?i time:hasBeginning ?x }} UNION {{ ?i time:hasEnd ?x }} }} }} }}
            {{ SELECT ?x ?d WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{ ?x time:inXSDDate ?d }} }} }}
        }} GROUP BY ?g"""
        for row in _rows(self.store, sparql):
            source = self.source(row["g"])
            if source is not None and "last" in row:
                self.as_of[source] = date.fromisoformat(row["last"])


def _labels(store: Store, nodes: set[str]) -> dict[str, str]:
    """The labels the entities graph gives these nodes."""
    found: dict[str, str] = {}
    for i in range(0, len(nodes), _BATCH):
        values = " ".join(f"<{n}>" for n in sorted(nodes)[i : i + _BATCH])
        sparql = f"""SELECT ?x ?l WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{
            VALUES ?x {{ {values} }} ?x rdfs:label ?l }} }}"""
        found |= {row["x"]: row["l"] for row in _rows(store, sparql)}
    return found


def _bounds(store: Store, intervals: set[str]) -> dict[str, tuple[date | None, date | None]]:
    """The first and last day of these intervals (``None``: open)."""
    found: dict[str, tuple[date | None, date | None]] = {}
    for i in range(0, len(intervals), _BATCH):
        values = " ".join(f"<{n}>" for n in sorted(intervals)[i : i + _BATCH])
        sparql = f"""SELECT ?i ?start ?end WHERE {{ GRAPH <{iris.ENTITIES_GRAPH}> {{
            VALUES ?i {{ {values} }}
            OPTIONAL {{ ?i time:hasBeginning ?b }} OPTIONAL {{ ?i time:hasEnd ?e }}
            BIND (COALESCE(?b, rdf:nil) AS ?bb) BIND (COALESCE(?e, rdf:nil) AS ?ee)
            OPTIONAL {{ ?bb time:inXSDDate ?start }} OPTIONAL {{ ?ee time:inXSDDate ?end }} }} }}"""
        for row in _rows(store, sparql):
            found[row["i"]] = (_day(row.get("start")), _day(row.get("end")))
    return found


def _org(organisation: str | None) -> str | None:
    """The organisation the registry parses an office text with."""
    return None if organisation in (None, "House of Commons") else organisation


def _roles(office: str) -> set[str]:
    """The roles :meth:`Registry.holders` looks through for an office text."""
    queries = parse_office(office)
    roles = {q.role for q in queries}
    if any(q.role == "minister" for q in queries):
        roles |= {"minister of state", "parliamentary under-secretary", "parliamentary secretary"}
    return roles


def _named(store: Store, name: str) -> set[str]:
    """The keys of everyone the registry may take ``name`` for: anyone with a name that
    has the same full, initial or surname key (the keys :meth:`Registry.name_candidates`
    looks people up by)."""
    full, initials, surname = person_name_key(name), initial_key(name), surname_key(name)

    def fits(text: str) -> bool:
        return (
            person_name_key(text) == full
            or (initials is not None and initial_key(text) == initials)
            or surname_key(text) == surname
        )

    texts = sorted({row["n"] for row in _rows(store, _TEXTS) if fits(row["n"])})
    found = {p.key for p in load_builtin().people if any(fits(n) for n in _names(p))}
    for i in range(0, len(texts), _BATCH):
        block = " ".join(str(ox.Literal(n)) for n in texts[i : i + _BATCH])
        query = _PEOPLE_NAMED.replace("VALUES_BLOCK", f"VALUES ?n {{ {block} }}")
        found |= {_key(row["p"]) for row in _rows(store, query)}
    return found


def _names(person: RegistryPerson) -> list[str]:
    return [n for n in (person.name, *(o.text for o in person.other_names)) if n]


def _holding(key: str, row: dict[str, str], source: str) -> OfficeHolding:
    return OfficeHolding(
        key,
        row["label"],
        row["canonical"],
        row.get("org"),
        _day(row.get("start")),
        _day(row.get("end")),
        source,
        row.get("sid"),
    )


def holders_registry(store: Store, office: str, day: date) -> Registry:
    """A registry that answers ``holders(office, day)`` and names the holders as the whole one does."""
    files = _Files(store)
    if not files.files:
        return Registry([load_builtin()])
    files.holdings_on(day, office)
    candidates = {h.person_key for h in files.registry().holders(office, day)}
    files.people_of(candidates)  # their names, and their sex (which some offices check)
    return files.registry()


def name_registry(store: Store, name: str, day: date) -> Registry:
    """A registry that answers ``resolve_name(name, day)`` and ``party_of`` its answer
    as the whole one does."""
    files = _Files(store)
    if not files.files:
        return Registry([load_builtin()])
    text = name.strip()
    if is_office(text):
        # "The Home Secretary": the registry looks the office's holders up instead.
        files.holdings_on(day, text)
        candidates = {h.person_key for h in files.registry().holders(text, day)}
    else:
        candidates = _named(store, text)
    files.people_of(candidates, names=True)
    files.records_of(candidates)
    files.as_of_dates()
    return files.registry()


__all__ = ["holders_registry", "name_registry"]
