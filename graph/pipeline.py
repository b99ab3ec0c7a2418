"""One file from disk to the store: read, extract, build, write.

Extraction is a pure function of one file's bytes (:func:`extract_nquads`), so it
can run anywhere; only :func:`build_file` touches the store.  For many files at
once, in parallel or on a cluster, see :mod:`graph.ingest`, which ships
:func:`extract_nquads` to the workers.  Both write N-Quads text straight from the
records (:func:`graph.build.document_nquads`); :func:`extract_file` gives the same
quads as rdflib terms, for code that wants them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from graph import iris
from graph.build import Quad, document_nquads, document_quads
from graph.errors import DebateKGError, shown
from graph.extract import analyse
from graph.link import build_fingerprint, link, load_build_registry, unplaced_speeches
from graph.paths import Paths
from graph.registry import Registry
from graph.sources import document_key, read_path
from graph.store import Store
from ontology import DKG


class Outcome(Enum):
    BUILT = "built"
    UNCHANGED = "unchanged"


def extract_file(path: Path, *, registry: Registry | None = None) -> tuple[URIRef, list[Quad]]:
    """The source IRI and every quad for ``path``; raises ``SourceError`` on bad input.

    People are linked with ``registry`` (the built-in one by default).
    """
    transcript = read_path(path)
    linked = link(analyse(transcript), registry)
    return iris.source(transcript.source.key), document_quads(linked)


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document's quads as N-Quads: small to pickle, ready for any bulk loader.

    ``marker`` is the quad recording the file's hash.  Loaders write it after
    ``body``, so a build cut short leaves documents that a re-run rebuilds.
    """

    path: str
    source: str
    sha256: str
    graphs: frozenset[str]
    body: bytes = b""
    marker: bytes = b""
    error: str | None = None
    #: speeches whose speaker the registry should have placed and did not
    #: (:func:`graph.link.unplaced_speeches`)
    unplaced: int = 0


def source_of(path: Path, sha256: str | None = None) -> str:
    """The IRI of the source document ``path`` becomes (its bytes decide: hashed unless
    ``sha256`` is given; a file that cannot be read gets a placeholder)."""
    if sha256 is None:
        try:
            sha256 = file_sha256(path)
        except OSError:
            sha256 = "0" * 64
    return str(iris.source(document_key(path, sha256)))


def extract_nquads(path: str, registry: Registry | None = None) -> Extracted:
    """:func:`extract_file` as N-Quads; a bad file gives an ``Extracted`` with ``error`` set.

    Byte for byte ``to_nquads`` of :func:`extract_file`'s quads (split at the
    marker), but written straight as text (:func:`graph.build.document_nquads`).
    """
    try:
        return _extract(path, registry)
    except DebateKGError as exc:
        return Extracted(path, source_of(Path(path)), "", frozenset(), error=str(exc))
    except Exception as exc:  # a bug met on one file must not end the batch
        # Fuzzing finds none today; should one appear, the batch still goes on and the
        # file is named, with what to report.
        error = f"{shown(path)}: internal error while extracting ({type(exc).__name__}: {exc}); please report it"
        return Extracted(path, source_of(Path(path)), "", frozenset(), error=error)


def _extract(path: str, registry: Registry | None) -> Extracted:
    """:func:`extract_nquads`, raising ``SourceError`` on bad input."""
    transcript = read_path(Path(path))
    linked = link(analyse(transcript), registry)
    nquads = document_nquads(linked)
    source, sha = iris.source(transcript.source.key), transcript.source.sha256
    marker = nquads.pop(source, DKG.sha256, nquads.text(sha), source)
    return Extracted(
        path=path,
        source=str(source),
        sha256=sha if marker else "",
        graphs=frozenset(nquads.graphs() - {str(iris.ENTITIES_GRAPH)}),
        body=nquads.nquads(),
        marker=marker.encode(),
        unplaced=unplaced_speeches(linked, registry),
    )


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def is_unchanged(store: Store, path: Path, *, registry: str | None = None) -> bool:
    """True when the store already holds this file's exact bytes, built by this version
    and linked with the registry fingerprinted ``registry`` (by default the store's own,
    :func:`graph.link.build_fingerprint`)."""
    fingerprint = build_fingerprint(store) if registry is None else registry
    return store.is_built(source_of(path), file_sha256(path), fingerprint)


def build_file(
    store: Store, path: Path, *, force: bool = False, registry: Registry | None = None
) -> Outcome:
    """Build ``path`` into ``store``, replacing what an earlier build of it wrote.

    People are linked with ``registry``; by default the built-in registry plus the
    registry files imported into ``store`` (:func:`graph.link.load_build_registry`).
    The file is skipped when the store holds it built from the same bytes, by this
    version, with the same registry; a registry without a fingerprint always rebuilds.
    """
    fingerprint = build_fingerprint(store) if registry is None else registry.fingerprint
    if (
        not force
        and fingerprint is not None
        and path.is_file()
        and is_unchanged(store, path, registry=fingerprint)
    ):
        Paths(store).record([(str(path), source_of(path))])
        return Outcome.UNCHANGED
    if registry is None:
        registry = load_build_registry(store)
    doc = _extract(str(path), registry)
    quads = ox.parse(doc.body + doc.marker, format=ox.RdfFormat.N_QUADS)
    store.replace_graphs(URIRef(doc.source), set(doc.graphs), quads)
    Paths(store).record([(str(path), doc.source)])
    return Outcome.BUILT


_COUNTS = {
    "debates": "?x a dkg:Debate",
    "speeches": "?x a dkg:Speech",
    # The people the debates are about: they spoke, are listed as taking part, voted
    # in a division, or were mentioned (resolved to a person).  The union is made
    # distinct before the type is joined: joined first, Oxigraph looks each person
    # up once per row (seconds instead of milliseconds with the corpus registry).
    "people in debates": (
        "{ SELECT DISTINCT ?x WHERE { { ?s dkg:speaker ?x } UNION { ?d dkg:participant ?x }"
        " UNION { ?v dkg:voter ?x } UNION { ?s dkg:mentions ?x } } } ?x a dkg:Person"
    ),
    # Every person the store knows, the imported member registry's included.
    "people, all": "?x a dkg:Person",
    "offices": "?x a dkg:Office",
    "mentions": "?x a dkg:Mention",
}


def summarise(store: Store) -> dict[str, int]:
    """Counts of the main kinds of thing in the store, and of quads.

    People are counted twice: those who take part in the debates, and every person
    the store knows, which with an imported member registry is mostly people who
    never speak in the debates built.
    """
    counts: dict[str, int] = {}
    for label, pattern in _COUNTS.items():
        rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
        counts[label] = int(next(iter(rows))[0].value)  # type: ignore[arg-type]
    counts["quads"] = store.count_quads()
    return counts
