"""The member registry in the store: registry files to quads, and quads back to a registry.

``debate-kg members import`` writes each file into its own named graph
(:func:`graph.iris.registry_graph`), so importing a file again replaces what it
wrote.  What a file says about people (names, identifiers, memberships, dated
office holdings, seats) is in its graph; the things several files and every
build share (offices, parties, constituencies, Houses, identifiers, dates and
intervals) are in the entities graph, once.

Person IRIs use the key the *merged* registry gives (``twfy/N`` when known), so
a seat from ``all-members.xml`` and a name from ``people.xml`` meet on one IRI:
:func:`import_files` re-writes every stored registry file after an import.

:func:`registry_from_store` reads the graphs back (one SPARQL query per kind of
record) and :func:`build_registry` adds the built-in registry and caches the
result by its fingerprint (the hashes of the built-in and imported files), which
builds record on each source document (:func:`store_fingerprint`).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, RDF, RDFS, SKOS, TIME

from graph import iris
from graph.errors import DebateKGError
from graph.registry.builtin import load_builtin
from graph.registry.load import load_with_format
from graph.registry.records import (
    ConstituencyRecord,
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.registry.registry import Registry, registry_fingerprint
from graph.vocab.offices import canonical_office, is_known
from graph.vocab.parties import party_label
from ontology import DKG

if TYPE_CHECKING:  # graph.store imports graph.build, which imports this package
    from graph.store import Store

Quad = tuple[URIRef, URIRef, object, URIRef]
ENTITIES = iris.ENTITIES_GRAPH
GRAPH_PREFIX = str(iris.registry_graph(""))

_HOUSE_LABELS = {"commons": "House of Commons", "lords": "House of Lords"}
_HOUSE_KEYS = {v: k for k, v in _HOUSE_LABELS.items()}
_SEX = {"F": "female", "M": "male"}
_SEX_BACK = {v: k for k, v in _SEX.items()}
_WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass(frozen=True, slots=True)
class RegistryFile:
    """One imported file: ``key`` names its graph, ``name`` is the file name."""

    key: str
    name: str
    format: str
    sha256: str

    @property
    def graph(self) -> URIRef:
        return iris.registry_graph(self.key)


def file_key(path: Path) -> str:
    """The graph key of a registry file: its name, slugged (``people.xml`` -> ``people-xml``)."""
    return iris.slug(path.name)


class _Writer:
    def __init__(self, file: RegistryFile, canon: Registry) -> None:
        self.file, self.canon = file, canon
        self.g = file.graph
        self.quads: dict[Quad, None] = {}
        self.people: set[URIRef] = set()

    def add(self, s: URIRef, p: URIRef, o: object, g: URIRef | None = None) -> None:
        self.quads[(s, p, o, g or self.g)] = None

    def key(self, person_key: str) -> str:
        found = self.canon.person(person_key)
        return found.key if found is not None else person_key

    def interval(self, start: date | None, end: date | None) -> URIRef:
        i = iris.interval(start, end)
        self.add(i, RDF.type, TIME.Interval, ENTITIES)
        for prop, day in ((TIME.hasBeginning, start), (TIME.hasEnd, end)):
            if day is not None:
                d = iris.day(day)
                self.add(d, RDF.type, TIME.Instant, ENTITIES)
                self.add(d, TIME.inXSDDate, Literal(day), ENTITIES)
                self.add(i, prop, d, ENTITIES)
        return i

    def labelled(self, node: URIRef, kind: URIRef, label: str, graph: URIRef = ENTITIES) -> URIRef:
        self.add(node, RDF.type, kind, graph)
        self.add(node, RDFS.label, Literal(label), graph)
        return node

    def person(self, key: str, name: str | None) -> URIRef:
        p = iris.person_key(key)
        if p not in self.people:
            self.people.add(p)
            self.add(p, RDF.type, DKG.Person)
            merged = self.canon.person(key)
            shown = name or (merged.name if merged else None) or key
            self.add(p, FOAF.name, Literal(iris.person_name(shown)))
        return p

    def seat(self, name: str) -> URIRef:
        label = iris.constituency_label(name)
        return self.labelled(iris.constituency(label), DKG.Constituency, label)

    def write(self, data: RegistryData) -> list[Quad]:
        f = self.file
        self.add(self.g, RDF.type, DKG.RegistryFile)
        self.add(self.g, DCTERMS.identifier, Literal(f.name))
        self.add(self.g, DKG.sha256, Literal(f.sha256))
        self.add(self.g, DKG.sourceFormat, Literal(f.format))
        self.write_people(data.people)
        self.write_memberships(data.memberships)
        self.write_holdings(data.holdings)
        self.write_constituencies(data.constituencies)
        return list(self.quads)

    def write_people(self, people: Iterable[RegistryPerson]) -> None:
        grouped: dict[str, list[RegistryPerson]] = defaultdict(list)
        for record in people:
            grouped[self.key(record.key)].append(record)
        for key in sorted(grouped):
            records = grouped[key]
            name = next((r.name for r in records if r.name), None)
            p = self.person(key, name)
            sex = next((r.sex for r in records if r.sex), None)
            if sex in _SEX:
                self.add(p, FOAF.gender, Literal(_SEX[sex]))
            for scheme, value in sorted({i for r in records for i in r.identifiers}):
                ident = iris.identifier(scheme, value)
                self.add(p, DKG.identifier, ident)
                self.add(ident, RDF.type, DKG.Identifier, ENTITIES)
                self.add(ident, DKG.scheme, Literal(scheme), ENTITIES)
                self.add(ident, DKG.value, Literal(value), ENTITIES)
                if scheme == "wikidata" and value.startswith("Q"):
                    self.add(p, OWL.sameAs, URIRef(_WIKIDATA + value))
                elif value.startswith(("http://", "https://")):
                    self.add(p, OWL.sameAs, URIRef(value))
            names = sorted(
                {n for r in records for n in r.other_names},
                key=lambda n: (n.text, n.start or date.min, n.end or date.max),
            )
            for i, n in enumerate(names):
                use = iris.registry_record(self.file.key, "name", key, i)
                self.add(p, DKG.nameUse, use)
                self.add(use, RDF.type, DKG.NameUse)
                self.add(use, RDFS.label, Literal(n.text))
                if n.start or n.end:
                    self.add(use, DKG.during, self.interval(n.start, n.end))

    def write_memberships(self, memberships: Iterable[Membership]) -> None:
        rows = sorted(
            {(self.key(m.person_key), m) for m in memberships},
            key=lambda r: (r[0], r[1].start or date.min, r[1].end or date.max, repr(r[1])),
        )
        counter: dict[str, int] = defaultdict(int)
        for key, m in rows:
            p = self.person(key, None)
            self.add(p, RDF.type, DKG.Member)
            node = iris.registry_record(self.file.key, "membership", key, counter[key])
            counter[key] += 1
            self.add(node, RDF.type, DKG.Membership)
            self.add(node, RDF.type, ORG.Membership)
            self.add(node, ORG.member, p)
            house = _HOUSE_LABELS.get(m.house, m.house)
            self.add(node, ORG.organization, self.labelled(iris.house(house), DKG.House, house))
            if m.constituency:
                self.add(node, DKG.seat, self.seat(m.constituency))
            if m.party:
                label = party_label(m.party)
                self.add(node, DKG.withParty, self.labelled(iris.party(label), DKG.Party, label))
            if m.snapshot:
                self.add(node, DKG.snapshot, Literal(True))
            self.add(node, ORG.memberDuring, self.interval(m.start, m.end))

    def write_holdings(self, holdings: Iterable[OfficeHolding]) -> None:
        rows = sorted(
            {(self.key(h.person_key), h) for h in holdings},
            key=lambda r: (r[0], r[1].start or date.min, r[1].end or date.max, repr(r[1])),
        )
        counter: dict[str, int] = defaultdict(int)
        for key, h in rows:
            p = self.person(key, None)
            office = canonical_office(h.label, h.organisation)
            # Offices builds speak in are shared entities; the others only this file
            # names, so they live (and are replaced) with it.
            if is_known(office.label):
                o = self.labelled(iris.office(office.label), DKG.Office, office.label)
            else:
                o = iris.registry_office(office.label)
                self.labelled(o, DKG.Office, office.label, self.g)
            for alias in office.aliases:
                self.add(o, SKOS.altLabel, Literal(alias), ENTITIES)
            self.add(p, ORG.holds, o)
            node = iris.registry_record(self.file.key, "holding", key, counter[key])
            counter[key] += 1
            self.add(node, RDF.type, DKG.Holding)
            self.add(node, DKG.holder, p)
            self.add(node, DKG.office, o)
            self.add(node, DKG.officeText, Literal(h.label))
            self.add(node, DKG.officeKey, Literal(h.canonical))
            if h.organisation:
                self.add(node, DKG.organisationName, Literal(h.organisation))
            if h.source_id:
                self.add(node, DCTERMS.identifier, Literal(h.source_id))
            self.add(node, DKG.during, self.interval(h.start, h.end))

    def write_constituencies(self, records: Iterable[ConstituencyRecord]) -> None:
        for record in sorted(records, key=lambda c: c.id):
            if not record.names:
                continue
            c = self.seat(record.names[0])
            self.add(c, DCTERMS.identifier, Literal(record.id))
            for name in sorted(set(record.names)):
                self.add(c, SKOS.altLabel, Literal(name))
            self.add(c, DKG.during, self.interval(record.start, record.end))


def registry_quads(
    data: RegistryData, file: RegistryFile, *, registry: Registry | None = None
) -> list[Quad]:
    """Every quad for one registry file, in a deterministic order.

    ``registry`` decides person keys (a merged registry joins ``parlparse-member/N``
    to ``twfy/M``); by default the file alone with the built-in registry.
    """
    canon = registry if registry is not None else Registry([load_builtin(), data])
    return _Writer(file, canon).write(data)


# --- reading back ------------------------------------------------------------------


_FILES = f"""
SELECT ?g ?name ?sha ?format WHERE {{
  GRAPH ?g {{ ?g a dkg:RegistryFile ; dcterms:identifier ?name ; dkg:sha256 ?sha ;
                 dkg:sourceFormat ?format }}
  FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))
}} ORDER BY ?g"""

Triple = tuple[str, str, str]


def _scan(store: Store, graph: str, predicate: str | None = None) -> Iterator[Triple]:
    """Every triple of one graph (with one predicate) as plain strings: a single index scan."""
    if predicate:
        result = store.query(f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s <{predicate}> ?o }} }}")
        assert isinstance(result, ox.QuerySolutions)
        for s, o in result:
            yield s.value, predicate, o.value
        return
    result = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert isinstance(result, ox.QuerySolutions)
    for s, p, o in result:
        yield s.value, p.value, o.value


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _key(iri: str) -> str:
    return iris.key_of_person(iri) or iri


class _Entities:
    """The shared facts a registry graph points at: labels, identifiers, interval bounds."""

    def __init__(self, store: Store) -> None:
        g = str(ENTITIES)

        def pairs(predicate: URIRef) -> dict[str, str]:
            return {s: o for s, _, o in _scan(store, g, str(predicate))}

        self.label = pairs(RDFS.label)
        self.scheme, self.value = pairs(DKG.scheme), pairs(DKG.value)
        days = pairs(TIME.inXSDDate)
        self.begins = {i: _day(days.get(d)) for i, d in pairs(TIME.hasBeginning).items()}
        self.ends = {i: _day(days.get(d)) for i, d in pairs(TIME.hasEnd).items()}

    def bounds(self, interval: str | None) -> tuple[date | None, date | None]:
        if interval is None:
            return None, None
        return self.begins.get(interval), self.ends.get(interval)


_NAME, _GENDER, _TYPE = str(FOAF.name), str(FOAF.gender), str(RDF.type)
_PERSON = str(DKG.Person)


def _read_graph(store: Store, file: RegistryFile, shared: _Entities) -> RegistryData:
    nodes: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in _scan(store, str(file.graph)):
        nodes[s][p].append(o)

    def one(node: dict[str, list[str]], prop: URIRef) -> str | None:
        values = node.get(str(prop))
        return values[0] if values else None

    people, memberships, holdings, seats = [], [], [], []
    for iri in sorted(nodes):
        node = nodes[iri]
        types = set(node.get(_TYPE, ()))
        if _PERSON in types:
            names = []
            for use in node.get(str(DKG.nameUse), ()):
                u = nodes.get(use, {})
                start, end = shared.bounds(one(u, DKG.during))
                names.append(PersonName(one(u, RDFS.label) or "", start, end))
            ids = [
                (shared.scheme[i], shared.value[i])
                for i in node.get(str(DKG.identifier), ())
                if i in shared.scheme and i in shared.value
            ]
            people.append(
                RegistryPerson(
                    _key(iri),
                    one(node, FOAF.name),
                    tuple(sorted(names, key=lambda n: (n.text, n.start or date.min))),
                    tuple(sorted(ids)),
                    _SEX_BACK.get(one(node, FOAF.gender) or ""),
                )
            )
        elif str(DKG.Membership) in types:
            start, end = shared.bounds(one(node, ORG.memberDuring))
            seat, party = one(node, DKG.seat), one(node, DKG.withParty)
            house = shared.label.get(one(node, ORG.organization) or "", "")
            memberships.append(
                Membership(
                    _key(one(node, ORG.member) or ""),
                    _HOUSE_KEYS.get(house, house),
                    shared.label.get(seat) if seat else None,
                    shared.label.get(party) if party else None,
                    start,
                    end,
                    file.name,
                    snapshot=one(node, DKG.snapshot) == "true",
                )
            )
        elif str(DKG.Holding) in types:
            start, end = shared.bounds(one(node, DKG.during))
            holdings.append(
                OfficeHolding(
                    _key(one(node, DKG.holder) or ""),
                    one(node, DKG.officeText) or "",
                    one(node, DKG.officeKey) or "",
                    one(node, DKG.organisationName),
                    start,
                    end,
                    file.name,
                    one(node, DCTERMS.identifier),
                )
            )
        elif str(DCTERMS.identifier) in node and str(DKG.during) in node and iri != str(file.graph):
            start, end = shared.bounds(one(node, DKG.during))
            seats.append(
                ConstituencyRecord(
                    one(node, DCTERMS.identifier) or "",
                    tuple(sorted(node.get(str(SKOS.altLabel), ()))),
                    start,
                    end,
                )
            )
    return RegistryData(
        people=tuple(people),
        memberships=tuple(memberships),
        holdings=tuple(holdings),
        constituencies=tuple(sorted(seats, key=lambda c: c.id)),
        sources=(file.name,),
    )


def stored_files(store: Store) -> list[RegistryFile]:
    """The registry files imported into ``store``, by graph."""
    result = store.query(_FILES)
    assert isinstance(result, ox.QuerySolutions)
    return [
        RegistryFile(
            key=row["g"].value[len(GRAPH_PREFIX) :],
            name=row["name"].value,
            format=row["format"].value,
            sha256=row["sha"].value,
        )
        for row in result
    ]


def registry_data_from_store(store: Store) -> dict[str, tuple[RegistryFile, RegistryData]]:
    """What each imported file's graph holds, as registry records (graph IRI -> data)."""
    files = stored_files(store)
    if not files:
        return {}
    shared = _Entities(store)
    return {str(f.graph): (f, _read_graph(store, f, shared)) for f in files}


def registry_from_store(store: Store) -> Registry:
    """The built-in registry plus every registry file imported into ``store``."""
    stored = registry_data_from_store(store)
    return Registry(
        [load_builtin(), *(data for _, data in stored.values())],
        fingerprint=_fingerprint(file for file, _ in stored.values()),
    )


def _fingerprint(files: Iterable[RegistryFile]) -> str:
    return registry_fingerprint((f.key, f.sha256) for f in files)


def store_fingerprint(store: Store | None) -> str:
    """The fingerprint of :func:`build_registry` for ``store``, without reading the registry."""
    return _fingerprint(stored_files(store) if store is not None else ())


_CACHE: dict[str, Registry] = {}


def build_registry(store: Store | None) -> Registry:
    """:func:`registry_from_store` with its fingerprint, cached by it (for builds)."""
    files = stored_files(store) if store is not None else []
    if store is None or not files:
        return Registry.builtin()
    fingerprint = _fingerprint(files)
    if fingerprint not in _CACHE:
        _CACHE.clear()  # one store's registry at a time is plenty
        _CACHE[fingerprint] = registry_from_store(store)
    return _CACHE[fingerprint]


# --- importing ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileReport:
    path: Path
    format: str
    people: int
    memberships: int
    holdings: int
    constituencies: int


@dataclass(slots=True)
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    quads: int = 0
    #: Whether the registry builds link with changed (its fingerprint did), so that
    #: files built before the import are rebuilt by the next build.
    registry_changed: bool = False


def import_files(store: Store, paths: Iterable[Path]) -> ImportReport:
    """Load each file (format detected) into its own graph, replacing an earlier import.

    A file that cannot be read is reported in ``errors``; the others are imported.
    Every stored registry graph is then written again with person keys from the
    registry of all of them, so people from different files share IRIs.
    """
    report = ImportReport()
    stored = registry_data_from_store(store)
    before = _fingerprint(file for file, _ in stored.values())
    for path in paths:
        try:
            fmt, data = load_with_format(path)
        except DebateKGError as exc:
            report.errors.append(str(exc))
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        file = RegistryFile(file_key(path), path.name, fmt, digest)
        stored[str(file.graph)] = (file, data)
        report.files.append(
            FileReport(
                path,
                fmt,
                len({p.key for p in data.people}),
                len(data.memberships),
                len(data.holdings),
                len(data.constituencies),
            )
        )
    if not report.files:
        return report
    report.registry_changed = _fingerprint(file for file, _ in stored.values()) != before
    canon = Registry([load_builtin(), *(data for _, data in stored.values())])
    for graph, (file, data) in sorted(stored.items()):
        quads = registry_quads(data, file, registry=canon)
        report.quads += len(quads)
        store.update(f"DROP SILENT GRAPH <{graph}>")
        _load(store, quads)
    store.flush()
    _CACHE.clear()
    return report


def _load(store: Store, quads: list[Quad]) -> None:
    from graph.store import to_nquads

    store.load_nquads(to_nquads(quads))  # type: ignore[arg-type]


__all__ = [
    "FileReport",
    "ImportReport",
    "RegistryFile",
    "build_registry",
    "file_key",
    "import_files",
    "registry_data_from_store",
    "registry_from_store",
    "registry_quads",
    "store_fingerprint",
    "stored_files",
]
