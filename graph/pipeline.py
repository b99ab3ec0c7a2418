"""One file from disk to the store: read, extract, build, write.

Extraction is a pure function of one file's bytes (:func:`extract_file`), so it
can run anywhere; only :func:`build_file` touches the store.
"""

from __future__ import annotations

import hashlib
from enum import Enum
from pathlib import Path

from rdflib import URIRef

from graph import iris
from graph.build import Quad, document_quads
from graph.extract import analyse
from graph.sources import document_key, read_path
from graph.store import Store


class Outcome(Enum):
    BUILT = "built"
    UNCHANGED = "unchanged"


def extract_file(path: Path) -> tuple[URIRef, list[Quad]]:
    """The source IRI and every quad for ``path``; raises ``SourceError`` on bad input."""
    transcript = read_path(path)
    return iris.source(transcript.source.key), document_quads(analyse(transcript))


def is_unchanged(store: Store, path: Path) -> bool:
    """True when the store already holds this file's exact bytes, built by this version."""
    source = iris.source(document_key(path))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return bool(
        store.query(f'ASK {{ <{source}> dkg:sha256 "{sha}" ; dkg:extractedBy <{iris.BUILDER}> }}')
    )


def build_file(store: Store, path: Path, *, force: bool = False) -> Outcome:
    """Build ``path`` into ``store``, replacing what an earlier build of it wrote."""
    if not force and path.is_file() and is_unchanged(store, path):
        return Outcome.UNCHANGED
    source, quads = extract_file(path)
    store.replace_document(source, quads)
    return Outcome.BUILT


_COUNTS = {
    "debates": "?x a dkg:Debate",
    "speeches": "?x a dkg:Speech",
    "people": "?x a dkg:Person",
    "offices": "?x a dkg:Office",
    "mentions": "?x a dkg:Mention",
}


def summarise(store: Store) -> dict[str, int]:
    """Counts of the main kinds of thing in the store, and of quads."""
    counts: dict[str, int] = {}
    for label, pattern in _COUNTS.items():
        rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
        counts[label] = int(next(iter(rows))[0].value)  # type: ignore[arg-type]
    counts["quads"] = store.count_quads()
    return counts
