"""Checks that a GraphML file opens in the tools we promise, reusable by any test.

``check_graphml(path)`` returns a list of problems, empty when the file is good:

* it is well-formed XML and, when the schema folder is given, valid GraphML 1.0;
* key ids are unique, never networkx's automatic ``d0``, ``d1`` …, one key per
  (domain, attribute name), with a GraphML type;
* node and edge ids are unique NMTOKENs (we keep to ``[A-Za-z0-9._-]``), edges
  point at nodes, the graph is directed;
* every node has a non-empty ``label``, ``name`` and ``type``; every edge a
  ``label``, ``type`` and ``interaction``;
* ``boolean`` values are ``true``/``false``, ``long`` and ``double`` values parse;
* networkx, igraph, rustworkx and networkit read it back with the same node and edge
  counts (each of the last three only where it is installed: see :data:`READERS`).

The GraphML schema lives in ``../shared/schemas/graphml`` beside the repository,
or under ``$DEBATE_KG_SHARED/schemas/graphml``; :func:`graphml_schema_dir` finds it.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import networkx as nx
from lxml import etree  # type: ignore[import-untyped]  # no stubs in the venv

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_REQUIRED = ("label", "name", "type")
EDGE_REQUIRED = ("label", "type", "interaction")
_TOKEN = re.compile(r"[A-Za-z0-9._-]+")
_AUTOMATIC_KEY = re.compile(r"d\d+")
_TYPES = {"boolean", "int", "long", "float", "double", "string"}


def shared_dir() -> Path:
    """The shared folder: ``$DEBATE_KG_SHARED``, else ``../shared`` beside the repository."""
    configured = os.environ.get("DEBATE_KG_SHARED")
    return Path(configured) if configured else REPO_ROOT.parent / "shared"


def graphml_schema_dir() -> Path | None:
    """The folder holding ``graphml.xsd``, or ``None`` when it is not on this machine."""
    folder = shared_dir() / "schemas" / "graphml"
    return folder if (folder / "graphml.xsd").is_file() else None


@cache
def _schema(folder: Path) -> etree.XMLSchema:
    # A str path, so that the schema's relative schemaLocation values resolve locally.
    return etree.XMLSchema(etree.parse(str(folder / "graphml.xsd")))


def schema_errors(path: Path | str, schema_dir: Path) -> list[str]:
    """GraphML 1.0 schema errors for the file, validated offline."""
    schema = _schema(schema_dir)
    if schema.validate(etree.parse(str(path))):
        return []
    return [f"schema: line {e.line}: {e.message}" for e in schema.error_log]


def check_graphml(path: Path | str, *, schema_dir: Path | None = None) -> list[str]:
    """Every problem found in the GraphML file at ``path``; ``[]`` when it is fine."""
    try:
        root = etree.parse(str(path)).getroot()
    except etree.XMLSyntaxError as error:
        return [f"not well-formed XML: {error}"]
    problems: list[str] = []
    if schema_dir is not None:
        problems += schema_errors(path, schema_dir)
    keys, key_problems = _check_keys(root)
    problems += key_problems
    graphs = root.findall(f"{GRAPHML}graph")
    if len(graphs) != 1:
        return [*problems, f"expected one <graph>, found {len(graphs)}"]
    graph = graphs[0]
    if graph.get("edgedefault") != "directed":
        problems.append(f"edgedefault is {graph.get('edgedefault')!r}, not 'directed'")
    nodes = graph.findall(f"{GRAPHML}node")
    edges = graph.findall(f"{GRAPHML}edge")
    node_ids = [n.get("id", "") for n in nodes]
    problems += _check_ids("node", node_ids)
    problems += _check_ids("edge", [e.get("id", "") for e in edges])
    known = set(node_ids)
    for edge in edges:
        for end in ("source", "target"):
            if edge.get(end) not in known:
                problems.append(f"edge {edge.get('id')}: {end} {edge.get(end)!r} is not a node")
    problems += _check_data(nodes, "node", NODE_REQUIRED, keys)
    problems += _check_data(edges, "edge", EDGE_REQUIRED, keys)
    problems += _check_readers(path, len(nodes), len(edges))
    return problems


def _check_keys(root: etree._Element) -> tuple[dict[str, tuple[str, str, str]], list[str]]:
    problems: list[str] = []
    keys: dict[str, tuple[str, str, str]] = {}
    declared: Counter[tuple[str, str]] = Counter()
    for key in root.findall(f"{GRAPHML}key"):
        key_id, domain = key.get("id", ""), key.get("for", "all")
        name, kind = key.get("attr.name", ""), key.get("attr.type", "")
        if _AUTOMATIC_KEY.fullmatch(key_id):
            problems.append(f"key id {key_id!r} looks like networkx's automatic d<n>")
        if key_id in keys:
            problems.append(f"key id {key_id!r} is declared twice")
        if kind not in _TYPES:
            problems.append(f"key {key_id!r} has attr.type {kind!r}")
        keys[key_id] = (domain, name, kind)
        declared[(domain, name)] += 1
    for (domain, name), count in sorted(declared.items()):
        if count > 1:
            problems.append(f"{domain} attribute {name!r} has {count} keys")
    return keys, problems


def _check_ids(what: str, ids: list[str]) -> list[str]:
    problems = [f"{what} id {i!r} is not an NMTOKEN" for i in ids if not _TOKEN.fullmatch(i)]
    problems += [f"{what} id {i!r} is used {n} times" for i, n in Counter(ids).items() if n > 1]
    return problems


def _check_data(
    elements: list[etree._Element],
    domain: str,
    required: tuple[str, ...],
    keys: dict[str, tuple[str, str, str]],
) -> list[str]:
    problems: list[str] = []
    for element in elements:
        found: dict[str, str] = {}
        for data in element.findall(f"{GRAPHML}data"):
            key = keys.get(data.get("key", ""))
            if key is None or key[0] not in (domain, "all"):
                problems.append(f"{domain} {element.get('id')}: data for unknown key")
                continue
            _, name, kind = key
            found[name] = value = data.text or ""
            problem = _value_problem(kind, value)
            if problem:
                problems.append(f"{domain} {element.get('id')}: {name}: {problem}")
        problems += [
            f"{domain} {element.get('id')} has no {name}"
            for name in required
            if not found.get(name)
        ]
    return problems


def _value_problem(kind: str, value: str) -> str | None:
    if kind == "boolean" and value not in ("true", "false"):
        return f"boolean written {value!r}"
    if kind in ("int", "long") and not re.fullmatch(r"-?\d+", value):
        return f"{kind} written {value!r}"
    if kind in ("float", "double"):
        try:
            float(value)
        except ValueError:
            return f"{kind} written {value!r}"
    return None


def networkx_counts(path: str) -> tuple[int, int]:
    graph = nx.read_graphml(path, force_multigraph=True)
    return graph.number_of_nodes(), graph.number_of_edges()


def igraph_counts(path: str) -> tuple[int, int]:
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    return graph.vcount(), graph.ecount()


def rustworkx_counts(path: str) -> tuple[int, int]:
    import rustworkx

    [graph] = rustworkx.read_graphml(path)  # one <graph> in the file
    return graph.num_nodes(), graph.num_edges()


def networkit_counts(path: str) -> tuple[int, int]:
    import contextlib
    import io

    import networkit

    with contextlib.redirect_stdout(io.StringIO()):  # it prints "identified graph as directed"
        graph = networkit.graphio.GraphMLReader().read(path)
    return graph.numberOfNodes(), graph.numberOfEdges()


#: Each reader's module and how it counts a file's nodes and edges.
READERS: dict[str, tuple[str, Callable[[str], tuple[int, int]]]] = {
    "networkx": ("networkx", networkx_counts),
    "igraph": ("igraph", igraph_counts),
    "rustworkx": ("rustworkx", rustworkx_counts),
    "networkit": ("networkit", networkit_counts),
}


def _check_readers(path: Path | str, nodes: int, edges: int) -> list[str]:
    problems: list[str] = []
    for name, (module, counts_of) in READERS.items():
        if name != "networkx" and importlib.util.find_spec(module) is None:
            continue  # an optional test dependency (the test extras install it)
        try:
            counts = counts_of(str(path))
        except Exception as error:  # any failure to read is the finding
            problems.append(f"{name} cannot read it: {error!r}")
            continue
        if counts != (nodes, edges):
            problems.append(f"{name} reads {counts}, the file has {(nodes, edges)}")
    return problems
