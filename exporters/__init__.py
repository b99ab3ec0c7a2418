"""Outputs of the knowledge graph: GraphML for graph tools and RDF dumps.

Each format is one module behind the registry in :mod:`exporters.registry`:

>>> from exporters import EXPORTERS
>>> sorted(EXPORTERS)
['graphml', 'jsonld', 'nquads', 'turtle']
"""

from __future__ import annotations

from exporters.graphml import write_graphml
from exporters.projection import project
from exporters.registry import EXPORTERS, Exporter, export, get_exporter

__all__ = ["EXPORTERS", "Exporter", "export", "get_exporter", "project", "write_graphml"]
