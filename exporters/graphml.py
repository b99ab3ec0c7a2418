"""GraphML that Gephi, Cytoscape, yEd, igraph, networkx, rustworkx, networkit and Neo4j
(APOC) open.

networkx's own writers get several things wrong for these tools (see
``shared/notes/measured-engines.md``): automatic ``d0``, ``d1`` … key ids, which
Gephi mistakes for yEd label keys; one key id shared by a node and an edge
attribute of the same name, which the GraphML schema rejects; several keys for
one name when values mix types; errors on ``None``, lists, dates and decimals.
So this module writes the document itself, streaming:

* node ids are NMTOKENs derived from the node's IRI (``person_yvette-cooper``),
  unique across the file; the IRI itself stays in the ``iri`` attribute;
* edge ids are ``e0``, ``e1`` … in the graph's edge order;
* key ids are ``<domain>_<name>`` (``node_label``, ``edge_label``), one per
  attribute name and domain, with one GraphML type each;
* every node carries ``label`` (Gephi), ``name`` (Cytoscape) and ``type``; every
  edge ``label``, ``type`` and ``interaction`` (Cytoscape), filled in from each
  other or the edge key when the graph lacks them;
* values: ``bool`` → ``boolean`` (``true``/``false``), ``int`` → ``long``,
  ``float``/``Decimal`` → ``double``, everything else a ``string``: dates in
  ISO form, lists and dicts as JSON, ``None`` left out.  A name whose values
  mix kinds is written as ``string`` throughout (``long`` with ``double`` is
  ``double``).  Characters XML 1.0 forbids are dropped from strings.
* ``long`` values stay within ±2**53: igraph reads ``int`` and ``long`` alike as a
  double (a count of 3 reads as ``3.0``, an absent value as NaN), which is exact only
  that far, so a larger integer is written as a ``string``.  Declaring ``int`` instead
  would not help igraph, and would be 32 bits in rustworkx.

>>> node_id("https://w3id.org/debate-kg/id/person/yvette-cooper")
'person_yvette-cooper'
>>> node_id("https://w3id.org/debate-kg/ontology#Speech")
'dkg_Speech'
>>> node_id("http://example.org/a b/é")
'example.org_a.20b_.c3.a9'
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import math
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import IO, Any, Final, Protocol, runtime_checkable

import networkx as nx

from exporters.atomic import Target, atomic_output
from graph.errors import ExportError
from ontology import ID, PREFIXES

GRAPHML_NS: Final = "http://graphml.graphdrawing.org/xmlns"
_XSI_NS: Final = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_LOCATION: Final = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

#: Attributes every node and every edge carries, in this order, before the others.
NODE_REQUIRED: Final = ("label", "name", "type")
EDGE_REQUIRED: Final = ("label", "type", "interaction")
_LEADING: Final = ("label", "name", "type", "interaction", "iri")

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE, U+FFFF.
_FORBIDDEN_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_TOKEN: Final = re.compile(r"[^A-Za-z0-9._-]")
_CHUNK = 1 << 16  # characters gathered before each write
_REUSED = 1 << 14  # distinct edge <data> blocks remembered while writing
# The integers a double holds exactly: igraph reads every long as one.
_LONG_MIN: Final = -(2**53)
_LONG_MAX: Final = 2**53

# Longest namespace first, so that ``id:`` is tried before a shorter prefix of it.
_ID_PREFIXES: Final = sorted(
    [(str(ID), ""), *((ns, f"{prefix}_") for prefix, ns in PREFIXES.items() if prefix != "id")],
    key=lambda pair: -len(pair[0]),
)


class PropertyGraph(Protocol):
    """What the writer reads: nodes and edges with their attributes, in a fixed order.

    Both iterables are walked twice (once to choose key types, once to write), so they
    are produced on demand and need not be held as a graph object:
    :func:`exporters.projection.project_graph` reads the store this way, without networkx.
    """

    @property
    def attributes(self) -> Mapping[str, Any]: ...

    @property
    def directed(self) -> bool: ...

    def node_items(self) -> Iterable[tuple[Hashable, Mapping[str, Any]]]: ...

    def edge_items(self) -> Iterable[tuple[Hashable, Hashable, Hashable, Mapping[str, Any]]]: ...


@dataclass(frozen=True, slots=True)
class _Networkx:
    """A networkx graph seen as a :class:`PropertyGraph`."""

    graph: nx.Graph

    @property
    def attributes(self) -> Mapping[str, Any]:
        return self.graph.graph  # type: ignore[no-any-return]

    @property
    def directed(self) -> bool:
        return bool(self.graph.is_directed())

    def node_items(self) -> Iterable[tuple[Hashable, Mapping[str, Any]]]:
        return self.graph.nodes(data=True)  # type: ignore[no-any-return]

    def edge_items(self) -> Iterator[tuple[Hashable, Hashable, Hashable, dict[str, Any]]]:
        if self.graph.is_multigraph():
            yield from self.graph.edges(keys=True, data=True)
        else:
            for u, v, attrs in self.graph.edges(data=True):
                yield u, v, None, attrs


def write_graphml(graph: nx.Graph | PropertyGraph, path: Target) -> None:
    """Write ``graph`` as GraphML to ``path`` (``"-"`` for stdout), atomically.

    ``graph`` is a networkx graph or any :class:`PropertyGraph`.  Nodes and edges are
    written in the graph's own order, so a graph built in a deterministic order gives
    byte-identical files; the text is written as it is formatted, in 64 KB pieces.
    Raises :class:`~graph.errors.ExportError` when the file cannot be written.
    """
    if isinstance(graph, nx.Graph):
        graph = _Networkx(graph)
    # Writing makes millions of short-lived containers and no reference cycles: the
    # cyclic collector's passes over a large graph only cost time (~1.4 s of 13 s at
    # 1.5M edges).
    enabled = gc.isenabled()
    gc.disable()
    try:
        plan = _plan(graph)
        with atomic_output(path) as stream:
            _write(stream, graph, plan)
    finally:
        if enabled:
            gc.enable()


def node_id(iri: str) -> str:
    """A readable NMTOKEN for an IRI: project IRIs lose their namespace, others get a prefix."""
    for namespace, prefix in _ID_PREFIXES:
        if iri.startswith(namespace):
            rest = prefix + iri[len(namespace) :]
            break
    else:
        rest = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", iri)
    rest = rest.replace("/", "_").replace("#", "_")
    return _NOT_TOKEN.sub(_escape_char, rest) or "node"


def clean_text(text: str) -> str:
    """Drop the characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _FORBIDDEN_XML.sub("", text)


# --- planning: ids, keys and types ------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Key:
    id: str
    domain: str  # "graph", "node" or "edge"
    name: str  # the graph attribute's name
    attr_name: str  # the name written, an NMTOKEN
    kind: str  # a GraphML attr.type


@dataclass(frozen=True, slots=True)
class _Plan:
    node_ids: dict[Hashable, str]
    graph_keys: tuple[_Key, ...]
    node_keys: tuple[_Key, ...]
    edge_keys: tuple[_Key, ...]


@runtime_checkable
class PlannedGraph(PropertyGraph, Protocol):
    """A :class:`PropertyGraph` that can tell the writer what it needs before writing.

    Without these the writer walks every node and edge once more just to choose key
    types and node ids; :class:`exporters.builder.ProjectedGraph` answers from what it
    keeps (edges without attributes of their own all look alike).
    """

    def attribute_kinds(self, domain: str) -> Iterable[Mapping[str, Any]]:
        """Attribute mappings of ``domain`` (``node``/``edge``) holding every value type."""
        ...

    def node_sources(self) -> Iterable[tuple[Hashable, str]]:
        """Each node and the text its id is made from (its ``iri``), in node order."""
        ...


def _plan(graph: PropertyGraph) -> _Plan:
    nodes: Iterable[Mapping[str, Any]]
    edges: Iterable[Mapping[str, Any]]
    sources: Iterable[tuple[Hashable, str]]
    if isinstance(graph, PlannedGraph):
        nodes, edges = graph.attribute_kinds("node"), graph.attribute_kinds("edge")
        sources = graph.node_sources()
    else:
        nodes = (attrs for _, attrs in graph.node_items())
        edges = (edge[3] for edge in graph.edge_items())
        sources = ((node, str(attrs.get("iri") or node)) for node, attrs in graph.node_items())
    node_kinds: dict[str, str] = {name: "string" for name in NODE_REQUIRED}
    for attrs in nodes:
        _merge_kinds(node_kinds, attrs)
    edge_kinds: dict[str, str] = {name: "string" for name in EDGE_REQUIRED}
    for attrs in edges:
        _merge_kinds(edge_kinds, attrs)
    graph_kinds: dict[str, str] = {}
    _merge_kinds(graph_kinds, graph.attributes)
    taken: set[str] = set()
    return _Plan(
        node_ids=_node_ids(sources),
        graph_keys=_keys("graph", graph_kinds, taken),
        node_keys=_keys("node", node_kinds, taken),
        edge_keys=_keys("edge", edge_kinds, taken),
    )


def _node_ids(nodes: Iterable[tuple[Hashable, str]]) -> dict[Hashable, str]:
    """Map each node to a unique NMTOKEN; clashing readable ids get a hash suffix."""
    sources = dict(nodes)
    readable = {node: node_id(source) for node, source in sources.items()}
    counts: dict[str, int] = {}
    for token in readable.values():
        counts[token] = counts.get(token, 0) + 1
    ids: dict[Hashable, str] = {}
    for node, token in readable.items():
        if counts[token] > 1:
            digest = hashlib.sha256(f"{sources[node]}\x00{node!r}".encode()).hexdigest()
            token = f"{token}-{digest[:10]}"
        ids[node] = token
    if len(set(ids.values())) != len(ids):
        raise ExportError("GraphML: could not give every node a distinct id")
    return ids


def _keys(domain: str, kinds: Mapping[str, str], taken: set[str]) -> tuple[_Key, ...]:
    names = sorted(kinds, key=lambda n: (_LEADING.index(n) if n in _LEADING else len(_LEADING), n))
    keys = []
    used_names: set[str] = set()
    for name in names:
        attr_name = _unique(_NOT_TOKEN.sub("_", name) or "attr", used_names)
        key_id = _unique(f"{domain}_{attr_name}", taken)
        keys.append(_Key(key_id, domain, name, attr_name, kinds[name]))
    return tuple(keys)


def _unique(token: str, taken: set[str]) -> str:
    candidate, n = token, 1
    while candidate in taken:
        n += 1
        candidate = f"{token}_{n}"
    taken.add(candidate)
    return candidate


def _merge_kinds(kinds: dict[str, str], attrs: Mapping[str, Any]) -> None:
    for name, value in attrs.items():
        kind = _kind(value)
        if kind is None:
            continue
        before = kinds.get(name)
        if before is None or before == kind:
            kinds[name] = kind
        elif {before, kind} == {"long", "double"}:
            kinds[name] = "double"
        else:
            kinds[name] = "string"


def _kind(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) and not isinstance(value, Enum):
        return "long" if _LONG_MIN <= value <= _LONG_MAX else "string"
    if isinstance(value, float | Decimal):
        return "double"
    return "string"


# --- formatting values -------------------------------------------------------------


def _format(value: object, kind: str) -> str:
    # The plan chose ``kind`` from the values themselves, so the checks below hold;
    # anything unexpected is still written, as text.
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "long" and isinstance(value, int):
        return str(int(value))
    if kind == "double" and isinstance(value, int | float | Decimal):
        return _format_float(float(value))
    return clean_text(_as_text(value))


def _format_float(number: float) -> str:
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "INF" if number > 0 else "-INF"
    return repr(number)


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | Decimal):
        return _format_float(float(value))
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Enum):
        return _as_text(value.value)
    if isinstance(value, Mapping | list | tuple | set | frozenset):
        return json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True)
    return str(value)


def _jsonable(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((_jsonable(v) for v in value), key=repr)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return _as_text(value)


def _escape_char(match: re.Match[str]) -> str:
    return "".join(f".{byte:02x}" for byte in match.group().encode())


# --- writing -------------------------------------------------------------------------


def _node_values(node: Hashable, attrs: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(attrs)
    label = values.get("label") or values.get("name") or str(node)
    values["label"] = label
    values["name"] = values.get("name") or label
    values["type"] = values.get("type") or "node"
    return values


def _edge_values(key: Hashable, attrs: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(attrs)
    kind = values.get("type") or values.get("interaction") or values.get("label")
    if not kind:
        kind = key if isinstance(key, str) and key else "edge"
    values["type"] = kind
    values["label"] = values.get("label") or kind
    values["interaction"] = values.get("interaction") or kind
    return values


def _data(keys: Iterable[_Key], values: Mapping[str, Any]) -> str:
    return "".join(
        f'  <data key="{key.id}">{_escape(_format(value, key.kind))}</data>\n'
        for key in keys
        if (value := values.get(key.name)) is not None
    )


def _escape(text: str) -> str:
    # Text content only: ids and key names are NMTOKENs and need no escaping.  A raw CR
    # would be read back as LF, so it is written as a character reference.
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


class _Chunks:
    """Collect text and write it as UTF-8 in large pieces."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.size, self.parts, self.length = stream, _CHUNK, list[str](), 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        if self.length >= self.size:
            self.flush()

    def flush(self) -> None:
        self.stream.write("".join(self.parts).encode("utf-8"))
        self.parts, self.length = [], 0


def _write(stream: IO[bytes], graph: PropertyGraph, plan: _Plan) -> None:
    # Written as text rather than through an XML library: the ids are NMTOKENs by
    # construction and every text value goes through clean_text and _escape, and this
    # is several times faster than building an element per node and edge.
    out = _Chunks(stream)
    out.add('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.add(
        f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{_XSI_NS}" '
        f'xsi:schemaLocation="{_SCHEMA_LOCATION}">\n'
    )
    for key in (*plan.graph_keys, *plan.node_keys, *plan.edge_keys):
        out.add(
            f'<key id="{key.id}" for="{key.domain}" '
            f'attr.name="{key.attr_name}" attr.type="{key.kind}"/>\n'
        )
    edgedefault = "directed" if graph.directed else "undirected"
    out.add(f'<graph id="G" edgedefault="{edgedefault}">\n')
    out.add(_data(plan.graph_keys, graph.attributes))
    node_keys, edge_keys, ids = plan.node_keys, plan.edge_keys, plan.node_ids
    for node, attrs in graph.node_items():
        out.add(f'<node id="{ids[node]}">\n{_data(node_keys, _node_values(node, attrs))}</node>\n')
    # Most edges carry the same few values (a kind, a count of 1): their <data> lines
    # are made once and reused.  A graph that gives many edges one read-only mapping
    # (not a dict) is answered by identity, without looking at the values.
    blocks: dict[tuple[tuple[str, Any], ...], str] = {}
    shared: dict[tuple[int, Hashable], tuple[Mapping[str, Any], str]] = {}
    for n, (u, v, edge_key, attrs) in enumerate(graph.edge_items()):
        if not isinstance(attrs, dict):
            hit = shared.get((id(attrs), edge_key))
            if hit is not None and hit[0] is attrs:
                out.add(f'<edge id="e{n}" source="{ids[u]}" target="{ids[v]}">\n{hit[1]}</edge>\n')
                continue
        values = _edge_values(edge_key, attrs)
        try:
            signature = tuple(values.items())
            block = blocks.get(signature)
        except TypeError:  # an unhashable value (a list): no reuse
            signature, block = (), None
        if block is None:
            block = _data(edge_keys, values)
            if signature and len(blocks) < _REUSED:
                blocks[signature] = block
        if not isinstance(attrs, dict) and len(shared) < _REUSED:
            shared[(id(attrs), edge_key)] = (attrs, block)  # held, so the id stays its own
        out.add(f'<edge id="e{n}" source="{ids[u]}" target="{ids[v]}">\n{block}</edge>\n')
    out.add("</graph>\n</graphml>\n")
    out.flush()


__all__ = [
    "EDGE_REQUIRED",
    "GRAPHML_NS",
    "NODE_REQUIRED",
    "PropertyGraph",
    "clean_text",
    "node_id",
    "write_graphml",
]
