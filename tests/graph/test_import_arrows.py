"""Import arrows run one way: readers -> extract -> link -> build -> store.

Each stage is imported alone in a fresh interpreter, and none of the stages it
must not depend on may be loaded as a side effect.  A serve worker imports the
store, so a store that pulled in the extractors would load all of them in every
worker.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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
