"""Import arrows run one way: readers -> extract -> link -> build -> store.

Each stage is imported alone in a fresh interpreter, and none of the stages it
must not depend on may be loaded as a side effect.  A serve worker imports the
store, so a store that pulled in the extractors would load all of them in every
worker.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import graph.store

#: module -> packages it must never load (directly or through another import).
FORBIDDEN = {
    "graph.vocab.offices": ("graph.sources", "graph.extract", "graph.registry", "graph.link"),
    "graph.vocab.parties": ("graph.sources", "graph.extract", "graph.registry", "graph.link"),
    "graph.sources": (
        "graph.extract",
        "graph.registry",
        "graph.link",
        "graph.build",
        "graph.store",
    ),
    "graph.extract": ("graph.registry", "graph.link", "graph.build", "graph.store"),
    "graph.registry.registry": ("graph.extract", "graph.link", "graph.build", "graph.store"),
    "graph.registry.rdf": ("graph.extract", "graph.link", "graph.build"),
    "graph.link": ("graph.build", "graph.store"),
    "graph.build": ("graph.store", "graph.registry.rdf"),
    "graph.store": ("graph.sources", "graph.extract", "graph.link", "graph.build"),
    "graph.serve.worker": ("graph.sources", "graph.extract", "graph.link", "graph.build"),
}


def loaded_by(module: str) -> list[str]:
    code = f"import sys, json, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return [m for m in json.loads(out) if m.startswith("graph")]


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_a_stage_loads_no_later_stage(module: str) -> None:
    loaded = loaded_by(module)
    bad = [m for m in loaded for p in FORBIDDEN[module] if m == p or m.startswith(p + ".")]
    assert not bad, f"importing {module} loads {bad}"


def _module_imports(path: Path) -> set[str]:
    """Modules a file imports at run time (imports under ``if TYPE_CHECKING:`` left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


@pytest.mark.parametrize(
    ("module", "never"),
    [
        ("base.py", ("graph.store.local", "graph.store.remote")),
        ("local.py", ("graph.store.remote",)),
        ("remote.py", ("graph.store.local",)),
    ],
)
def test_the_store_homes_do_not_import_each_other(module: str, never: tuple[str, ...]) -> None:
    imported = _module_imports(Path(graph.store.__file__).parent / module)
    assert not imported & set(never), f"graph/store/{module} imports {imported & set(never)}"
