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
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME

from graph import iris
from graph.errors import DebateKGError
from graph.registry import serial
from graph.registry.builtin import load_builtin
from graph.registry.load import load_with_format
from graph.registry.lookup import person_records
from graph.registry.records import (
    Membership,
    OfficeHolding,
    RegistryData,
    StoredPerson,
)
from graph.registry.registry import Registry, registry_fingerprint
from graph.vocab.names import lookup_name_key
from graph.vocab.offices import canonical_office, is_known
from graph.vocab.parties import party_label
from ontology import DKG

if TYPE_CHECKING:  # the store is a later stage: its type only
    from graph.store import Store

Quad = tuple[URIRef, URIRef, object, URIRef]
ENTITIES = iris.ENTITIES_GRAPH
MERGED = iris.REGISTRY_GRAPH
GRAPH_PREFIX = str(iris.registry_graph(""))
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')

Record = Membership | OfficeHolding
Writer = Callable[[URIRef, URIRef, Record], None]

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


def _office_iri(label: str, organisation: str | None) -> tuple[URIRef, str, bool]:
    """The office a registry holding is of: (IRI, label, whether builds speak in it)."""
    office = canonical_office(label, organisation)
    if is_known(office.label):
        return iris.office(office.label), office.label, True
    return iris.registry_office(office.label), office.label, False


def _merged_keys(canon: Registry, files: Sequence[RegistryData]) -> list[str]:
    """Every person the imported files speak of, by the merged registry's key."""
    keys: set[str] = set()
    for data in files:
        raw = {p.key for p in data.people}
        raw |= {m.person_key for m in data.memberships} | {h.person_key for h in data.holdings}
        for key in raw:
            found = canon.person(key)
            keys.add(found.key if found is not None else key)
    return sorted(keys)


def stored_people(canon: Registry, files: Sequence[RegistryData]) -> dict[str, StoredPerson]:
    """What :func:`merged_quads` states of each person, for builds not to state it again."""
    stored = {}
    for key in _merged_keys(canon, files):
        offices = frozenset(
            str(_office_iri(h.label, h.organisation)[0]) for h in canon.holdings(key)
        )
        stored[key] = StoredPerson(bool(canon.memberships(key)), offices)
    return stored


class _Merged:
    """The merged registry graph: every person, membership, holding and name use once."""

    def __init__(self, canon: Registry, files: Sequence[tuple[RegistryFile, RegistryData]]) -> None:
        self.canon, self.files = canon, files
        self.g = MERGED
        self.quads: dict[Quad, None] = {}

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

    def seat(self, name: str) -> URIRef:
        label = iris.constituency_label(name)
        return self.labelled(iris.constituency(label), DKG.Constituency, label)

    def write(self) -> list[Quad]:
        datas = [data for _, data in self.files]
        for key in _merged_keys(self.canon, datas):
            self.person(key)
        self.records("membership", lambda d: d.memberships, self.membership)
        self.records("holding", lambda d: d.holdings, self.holding)
        self.constituencies()
        return list(self.quads)

    def person(self, key: str) -> None:
        p = iris.person_key(key)
        merged = self.canon.person(key)
        name = iris.person_name((merged.name if merged else None) or key)
        self.add(p, RDF.type, DKG.Person)
        self.add(p, FOAF.name, Literal(name))
        self.add(p, DKG.lookupKey, Literal(lookup_name_key(name)))
        if self.canon.memberships(key):
            self.add(p, RDF.type, DKG.Member)
        if merged is None:
            return
        for lookup in self.canon.lookup_keys(merged.key):
            self.add(p, DKG.lookupKey, Literal(lookup))
        records = person_records(self.canon, merged.key)
        if records is not None:
            self.add(p, DKG.personRecords, Literal(records))
        if merged.sex in _SEX:
            self.add(p, FOAF.gender, Literal(_SEX[merged.sex]))
        for scheme, value in sorted(set(merged.identifiers)):
            ident = iris.identifier(scheme, value)
            self.add(p, DKG.identifier, ident)
            self.add(ident, RDF.type, DKG.Identifier, ENTITIES)
            self.add(ident, DKG.scheme, Literal(scheme), ENTITIES)
            self.add(ident, DKG.value, Literal(value), ENTITIES)
            if scheme == "wikidata" and value.startswith("Q") and not _IRI_UNSAFE.search(value):
                self.add(p, OWL.sameAs, URIRef(_WIKIDATA + value))
            elif value.startswith(("http://", "https://")) and not _IRI_UNSAFE.search(value):
                self.add(p, OWL.sameAs, URIRef(value))
        others = {iris.person_name(n.text) for n in merged.other_names} - {name}
        for other in sorted(others):
            self.add(p, SKOS.altLabel, Literal(other))
            self.add(p, DKG.lookupKey, Literal(lookup_name_key(other)))
        dated = sorted(
            {n for n in merged.other_names if n.start or n.end},
            key=lambda n: (n.text, n.start or date.min, n.end or date.max),
        )
        for i, n in enumerate(dated):
            use = iris.registry_record("merged", "name", key, i)
            self.add(p, DKG.nameUse, use)
            self.add(use, RDF.type, DKG.NameUse)
            self.add(use, RDFS.label, Literal(n.text))
            self.add(p, DKG.lookupKey, Literal(lookup_name_key(n.text)))
            self.add(use, DKG.during, self.interval(n.start, n.end))

    def records(
        self, kind: str, part: Callable[[RegistryData], Iterable[Record]], write: Writer
    ) -> None:
        """Each record once, however many files state it, with the files that do."""
        said: dict[tuple[str, Record], set[URIRef]] = defaultdict(set)
        for file, data in self.files:
            for record in part(data):
                said[(self.key(record.person_key), replace(record, source=""))].add(file.graph)
        rows = sorted(
            said, key=lambda r: (r[0], r[1].start or date.min, r[1].end or date.max, repr(r[1]))
        )
        counter: dict[str, int] = defaultdict(int)
        for key, record in rows:
            node = iris.registry_record("merged", kind, key, counter[key])
            counter[key] += 1
            write(node, iris.person_key(key), record)
            for graph in sorted(said[(key, record)]):
                self.add(node, PROV.wasDerivedFrom, graph)

    def membership(self, node: URIRef, p: URIRef, m: Record) -> None:
        assert isinstance(m, Membership)
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

    def holding(self, node: URIRef, p: URIRef, h: Record) -> None:
        assert isinstance(h, OfficeHolding)
        o, label, known = _office_iri(h.label, h.organisation)
        if known:
            self.labelled(o, DKG.Office, label)
            self.add(o, DKG.lookupKey, Literal(lookup_name_key(label)), ENTITIES)
            for alias in canonical_office(label).aliases:
                self.add(o, SKOS.altLabel, Literal(alias), ENTITIES)
                self.add(o, DKG.lookupKey, Literal(lookup_name_key(alias)), ENTITIES)
        elif (o, RDF.type, DKG.Office, self.g) not in self.quads:  # one label per office
            self.labelled(o, DKG.Office, label, self.g)
            self.add(o, DKG.lookupKey, Literal(lookup_name_key(label)))
        self.add(p, ORG.holds, o)
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

    def constituencies(self) -> None:
        records = {c for _, data in self.files for c in data.constituencies if c.names}
        for record in sorted(records, key=lambda c: (c.id, c.names, c.start or date.min)):
            c = self.seat(record.names[0])
            self.add(c, DCTERMS.identifier, Literal(record.id))
            for name in sorted(set(record.names)):
                self.add(c, SKOS.altLabel, Literal(name))
            self.add(c, DKG.during, self.interval(record.start, record.end))


def file_quads(data: RegistryData, file: RegistryFile) -> list[Quad]:
    """One registry file's own graph: what it is, and its records as read (JSON)."""
    g = file.graph
    return [
        (g, RDF.type, DKG.RegistryFile, g),
        (g, DCTERMS.identifier, Literal(file.name), g),
        (g, DKG.sha256, Literal(file.sha256), g),
        (g, DKG.sourceFormat, Literal(file.format), g),
        (g, DKG.records, Literal(serial.dumps(data)), g),
    ]


def merged_quads(
    files: Sequence[tuple[RegistryFile, RegistryData]], *, registry: Registry | None = None
) -> list[Quad]:
    """The merged registry graph (and the shared entities it points at) for ``files``.

    ``registry`` decides person keys (a merged registry joins ``parlparse-member/N``
    to ``twfy/M``); by default the files merged with the built-in registry.
    """
    canon = registry or Registry([load_builtin(), *(data for _, data in files)])
    return _Merged(canon, sorted(files, key=lambda f: f[0].key)).write()


# --- reading back ------------------------------------------------------------------


_FILES = f"""
SELECT ?g ?name ?sha ?format WHERE {{
  GRAPH ?g {{ ?g a dkg:RegistryFile ; dcterms:identifier ?name ; dkg:sha256 ?sha ;
                 dkg:sourceFormat ?format }}
  FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))
}} ORDER BY ?g"""


def _read_file(store: Store, file: RegistryFile) -> RegistryData:
    result = store.query(f"SELECT ?r WHERE {{ GRAPH <{file.graph}> {{ ?g dkg:records ?r }} }}")
    assert isinstance(result, ox.QuerySolutions)
    rows = [row[0].value for row in result]
    if len(rows) != 1:
        raise DebateKGError(
            f"registry file {file.name} in the store has no records (imported by an older"
            " version?); import it again with 'debate-kg members import'"
        )
    return serial.loads(rows[0])


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
    return {str(f.graph): (f, _read_file(store, f)) for f in files}


def registry_from_store(store: Store) -> Registry:
    """The built-in registry plus every registry file imported into ``store``.

    Its ``stored`` says what the store's merged registry graph states of each
    person, so that builds linking with it do not state it again.
    """
    stored = registry_data_from_store(store)
    datas = [data for _, data in stored.values()]
    registry = Registry(
        [load_builtin(), *datas], fingerprint=_fingerprint(file for file, _ in stored.values())
    )
    registry.stored = stored_people(registry, datas)
    return registry


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
    The merged registry graph is then written again from every stored file, so
    people from different files share one IRI and each fact is stated once; the
    facts it states are dropped from the shared entities graph, where builds may
    have stated them before.
    """
    report = ImportReport()
    stored = registry_data_from_store(store)
    before = _fingerprint(file for file, _ in stored.values())
    changed: list[tuple[RegistryFile, RegistryData]] = []
    for path in paths:
        try:
            fmt, data = load_with_format(path)
        except DebateKGError as exc:
            report.errors.append(str(exc))
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        file = RegistryFile(file_key(path), path.name, fmt, digest)
        stored[str(file.graph)] = (file, data)
        changed.append((file, data))
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
    for file, data in changed:
        quads = file_quads(data, file)
        report.quads += len(quads)
        # One transaction per file: a kill leaves each file's graph old or new, whole,
        # and never touches another file's.
        store.update(_replace(file.graph, quads))
    report.quads += merge(store, stored)
    _CACHE.clear()
    return report


def remove_files(store: Store, names: Iterable[str]) -> list[str]:
    """Remove imported registry files (by file name) and merge the rest again; the names
    of the files removed.  What only those files said goes with them."""
    wanted = set(names)
    stored = registry_data_from_store(store)
    gone = [g for g, (file, _) in stored.items() if file.name in wanted]
    if not gone:
        return []
    store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(gone)))
    removed = sorted(stored.pop(g)[0].name for g in gone)
    merge(store, stored)
    _CACHE.clear()
    return removed


def merged_is_current(store: Store) -> bool:
    """Whether the merged registry graph was finished for the files the store holds now."""
    seal = store.query(
        f"SELECT ?f WHERE {{ GRAPH <{MERGED}> {{ <{MERGED}> dcterms:identifier ?f }} }}"
    )
    assert isinstance(seal, ox.QuerySolutions)
    found = [row[0].value for row in seal]
    return found == [_fingerprint(stored_files(store))] or (not found and not stored_files(store))


def merge(store: Store, stored: dict[str, tuple[RegistryFile, RegistryData]] | None = None) -> int:
    """Write the merged registry graph again from every stored file; quads written.

    The graph is dropped, bulk-loaded and then sealed with the files' fingerprint in
    a last small transaction: a kill before the seal leaves it unsealed, and the next
    import or build merges again (:func:`ensure_merged`).
    """
    stored = stored if stored is not None else registry_data_from_store(store)
    files = [stored[g] for g in sorted(stored)]
    store.update(f"DROP SILENT GRAPH <{MERGED}>")
    if not files:
        store.flush()
        return 0
    canon = Registry([load_builtin(), *(data for _, data in files)])
    merged = merged_quads(files, registry=canon)
    _load(store, merged)
    store.update(_DEDUPLICATE)
    seal = _fingerprint(file for file, _ in files)
    store.add_quads([(MERGED, DCTERMS.identifier, Literal(seal), MERGED)])
    store.flush()
    return len(merged) + 1


def ensure_merged(store: Store) -> bool:
    """Merge again when a kill left the merged graph unfinished; whether it did."""
    if merged_is_current(store):
        return False
    merge(store)
    _CACHE.clear()
    return True


#: Builds state a linked person's name, types, identifiers and offices in the
#: entities graph; once the merged registry graph states them, that copy goes.
_DEDUPLICATE = f"""
DELETE {{ GRAPH <{ENTITIES}> {{ ?s ?p ?o }} }}
WHERE {{ GRAPH <{MERGED}> {{ ?s ?p ?o }} GRAPH <{ENTITIES}> {{ ?s ?p ?o }} }}"""


def _replace(graph: URIRef, quads: list[Quad]) -> str:
    from graph.store import replace_update, to_ox_quads

    return replace_update([str(graph)], to_ox_quads(quads))  # type: ignore[arg-type]


def _load(store: Store, quads: list[Quad]) -> None:
    from graph.store import to_nquads

    store.load_nquads(to_nquads(quads))  # type: ignore[arg-type]


__all__ = [
    "FileReport",
    "ImportReport",
    "RegistryFile",
    "build_registry",
    "ensure_merged",
    "file_key",
    "file_quads",
    "import_files",
    "merge",
    "merged_quads",
    "registry_data_from_store",
    "registry_from_store",
    "remove_files",
    "store_fingerprint",
    "stored_files",
    "stored_people",
]
