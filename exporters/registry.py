"""Every output format, by name: the one place the CLI looks exporters up.

>>> sorted(EXPORTERS)
['graphml', 'jsonld', 'nquads', 'turtle']
>>> get_exporter("gexf")
Traceback (most recent call last):
...
graph.errors.ExportError: unknown export format 'gexf'; known: graphml, jsonld, nquads, turtle
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from exporters.atomic import Target
from exporters.graphml import write_graphml
from exporters.projection import project_graph
from exporters.rdf import export_jsonld, export_nquads, export_turtle
from graph.errors import ExportError

#: An exporter writes the whole store to a path, or to stdout for ``"-"``, atomically.
Exporter = Callable[[ox.Store, Target], None]


def export_graphml(
    store: ox.Store,
    out: Target,
    *,
    speeches: bool = True,
    all_registry: bool = False,
    snapshot: Path | None = None,
    jobs: int = 1,
) -> None:
    """The property-graph projection as GraphML: by default with speech nodes, and with
    only the people who take part in the debates (see :mod:`exporters.participation`).
    ``snapshot`` and ``jobs``: see :func:`exporters.projection.project_graph`."""
    graph = project_graph(
        store, speeches=speeches, all_registry=all_registry, snapshot=snapshot, jobs=jobs
    )
    try:
        write_graphml(graph, out)
    finally:
        graph.close()


EXPORTERS: dict[str, Exporter] = {
    "graphml": export_graphml,
    "turtle": export_turtle,
    "nquads": export_nquads,
    "jsonld": export_jsonld,
}


def get_exporter(name: str) -> Exporter:
    """The exporter for a format name, or an :class:`ExportError` listing the known ones."""
    try:
        return EXPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise ExportError(f"unknown export format {name!r}; known: {known}") from None


def export(store: ox.Store, name: str, out: Target) -> None:
    """Write ``store`` in format ``name`` to ``out``."""
    get_exporter(name)(store, out)


__all__ = ["EXPORTERS", "Exporter", "export", "export_graphml", "get_exporter"]
