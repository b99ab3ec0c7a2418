"""Where each document was read from, so that a file whose bytes changed replaces the
document it was.

A document's identity is its bytes (:func:`graph.sources.document_key`): the same
file is one document wherever it is built from, and two files never share one.  So
when the file at a path changes, its new bytes are a new document; the store's
``id/graph/paths`` graph remembers which document each path last gave
(``<source> dkg:readFrom "/abs/path"``), and a build that reads a path drops the
document the path gave before, unless another path still gives it (a copy).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from graph import iris
from graph.store import Store
from ontology import DKG

GRAPH = ox.NamedNode(str(iris.PATHS_GRAPH))
_READ_FROM = ox.NamedNode(str(DKG.readFrom))


class Paths:
    """The store's path records, read once per build and kept in step with its writes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sources: dict[str, set[str]] = defaultdict(set)  # path -> sources
        rows = store.query(f"SELECT ?s ?p WHERE {{ GRAPH {GRAPH} {{ ?s {_READ_FROM} ?p }} }}")
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            self.sources[row["p"].value].add(row["s"].value)

    @staticmethod
    def key(path: Path | str) -> str:
        return str(Path(path).resolve())

    def gives(self, path: Path | str, source: str) -> bool:
        """Whether the store records ``path`` as giving ``source`` (and nothing else)."""
        return self.sources.get(self.key(path)) == {source}

    def record(self, pairs: list[tuple[str, str]]) -> None:
        """Record that each ``(path, source)`` was just built; drop what the paths gave before.

        One update: the old records out, the documents no path gives any more dropped
        (their graphs), the new records in.  Nothing when the records are already so.
        """
        drop_records, orphans, add = [], set(), []
        for path, source in pairs:
            real = self.key(path)
            if self.sources.get(real) == {source}:
                continue
            for old in self.sources.get(real, set()) - {source}:
                drop_records.append(self._triple(old, real))
                if not any(old in s for p, s in self.sources.items() if p != real):
                    orphans.add(old)
            self.sources[real] = {source}
            add.append(self._triple(source, real))
        if not add:
            return
        graphs = sorted({g for o in sorted(orphans) for g in self.store.graphs_from(URIRef(o))})
        parts = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
        if drop_records:
            parts.append(f"DELETE DATA {{ GRAPH {GRAPH} {{ {' '.join(drop_records)} }} }}")
        parts.append(f"INSERT DATA {{ GRAPH {GRAPH} {{ {' '.join(add)} }} }}")
        self.store.update(" ;\n".join(parts))

    @staticmethod
    def _triple(source: str, path: str) -> str:
        return f"{ox.NamedNode(source)} {_READ_FROM} {ox.Literal(path)} ."


def read_from(source: str, path: str) -> bytes:
    """The N-Quads line recording that ``path`` gave ``source`` (for shards)."""
    quad = ox.Quad(ox.NamedNode(source), _READ_FROM, ox.Literal(Paths.key(path)), GRAPH)
    return f"{quad} .\n".encode()
