"""A running endpoint answers from the newest build, not the snapshot it started with."""

from __future__ import annotations

from pathlib import Path

from graph.pipeline import build_file
from graph.store import Store
from tests.conftest import SEEDS
from tests.graph.serve.conftest import running
from tests.graph.serve.test_serve_endpoint import get, json_rows

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "parallel_parliament" / "backbench.txt"
DEBATES = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dkg:Debate }"


def debates(served: object) -> int:
    return int(json_rows(get(served, DEBATES))[0]["n"])  # type: ignore[arg-type]


def test_a_build_while_serving_is_seen_by_the_next_query(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with Store.open(location) as store:
        for path in sorted(SEEDS.glob("*.txt")):
            build_file(store, path)
    with running(location, "--workers", "1") as served:
        before = debates(served)
        with Store.open(location) as store:  # a writer beside the server
            build_file(store, FIXTURE)
        after = debates(served)
    assert before == 4
    assert after > before
