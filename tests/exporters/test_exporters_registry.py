"""The exporter registry and the RDF dumps: complete, byte-identical, atomic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pyoxigraph as ox
import pytest

import exporters.rdf as rdf
from exporters import EXPORTERS, export, get_exporter
from graph.errors import ExportError
from tests.exporters.conftest import SMALL_TRIG
from tests.exporters.graphml_checks import check_graphml

REPO = Path(__file__).resolve().parents[2]


def union_triples(store: ox.Store) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    count = next(iter(result))["n"]
    assert isinstance(count, ox.Literal)
    return int(count.value)


def test_registry_names() -> None:
    assert sorted(EXPORTERS) == ["graphml", "jsonld", "nquads", "turtle"]
    with pytest.raises(ExportError, match="known: graphml, jsonld, nquads, turtle"):
        get_exporter("gexf")


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_format_is_byte_identical_twice(
    name: str, small_store: ox.Store, tmp_path: Path
) -> None:
    first, second = tmp_path / f"1.{name}", tmp_path / f"2.{name}"
    export(small_store, name, first)
    export(small_store, name, second)
    assert first.read_bytes() == second.read_bytes()
    assert "Renée £ Pound".encode() in first.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])


def test_graphml_exporter(small_store: ox.Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    EXPORTERS["graphml"](small_store, out)
    assert check_graphml(out) == []


def test_nquads_sorted_and_complete(small_store: ox.Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    EXPORTERS["nquads"](small_store, out)
    lines = out.read_bytes().splitlines(keepends=True)
    assert lines == sorted(lines)
    assert len(lines) == len(small_store)
    again = ox.Store()
    again.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    assert len(again) == len(small_store)


def test_turtle_is_the_union_once(small_store: ox.Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    EXPORTERS["turtle"](small_store, out)
    text = out.read_text(encoding="utf-8")
    assert "@prefix dkg: <https://w3id.org/debate-kg/ontology#> ." in text
    triples = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(set(triples)) == union_triples(small_store)
    assert len(triples) < len(small_store)  # facts repeated across graphs appear once


def test_jsonld_keeps_named_graphs(small_store: ox.Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonld"
    EXPORTERS["jsonld"](small_store, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"]["dkg"] == "https://w3id.org/debate-kg/ontology#"
    # Read back with a second implementation (pyoxigraph's JSON-LD parser).
    quads = set(ox.parse(path=str(out), format=ox.RdfFormat.JSON_LD))
    assert quads == set(small_store)
    assert len({q.graph_name for q in quads}) == 2


_EXPORT_ALL = """
import sys, pyoxigraph as ox
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NoReturn
from exporters import EXPORTERS
store = ox.Store()
store.load(path=sys.argv[1], format=ox.RdfFormat.TRIG)
for name, exporter in sorted(EXPORTERS.items()):
    exporter(store, Path(sys.argv[2]) / name)
"""


def test_output_does_not_depend_on_the_process(tmp_path: Path) -> None:
    """Separate processes with different hash seeds write the same bytes."""
    outputs = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        folder.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", _EXPORT_ALL, str(SMALL_TRIG), str(folder)]
        subprocess.run(command, cwd=REPO, env=env, check=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(folder.iterdir())})
    assert sorted(outputs[0]) == sorted(EXPORTERS)
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("name", ["turtle", "nquads", "jsonld"])
def test_failed_rdf_export_leaves_old_file(
    name: str, small_store: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "old.out"
    out.write_bytes(b"previous export\n")

    def broken(*args: object, **kwargs: object) -> NoReturn:
        raise RuntimeError("interrupted")

    def half_written(store: object) -> Iterator[bytes]:
        yield b"<a> <b> <c> .\n"
        broken()

    # Each fails inside atomic_output, after the temporary file exists.
    monkeypatch.setattr(rdf, "_dump_json", broken)
    monkeypatch.setattr(ox, "serialize", broken)
    monkeypatch.setattr(rdf, "sorted_nquads", half_written)
    with pytest.raises(RuntimeError, match="interrupted"):
        EXPORTERS[name](small_store, out)
    assert out.read_bytes() == b"previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["old.out"]
