"""Big hostile inputs: time and peak memory of reading and building them, each in a fresh process.

    .venv/bin/python -m benchmarks.hostile [--speeches 100000] [--big-mb 200] [--build]

Cases: a Parallel Parliament page with ``--speeches`` speeches (read; with
``--build`` also ``debate-kg build`` into a fresh store), and a ``--big-mb`` MiB
file (refused by the default size limit; then read with the limit raised).
Peak RSS is the child's ``ru_maxrss``.  Prints one JSON object per case.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.hostile.documents import parallel_parliament

_READ = (
    "import sys; from pathlib import Path; from graph.sources import read_path; "
    "from graph.errors import SourceError\n"
    "try:\n t = read_path(Path(sys.argv[1]))\n"
    " print(sum(len(d.speeches) for d in t.debates), 'speeches')\n"
    "except SourceError as e:\n print('refused:', e)\n"
)


def _run(args: list[str], env: dict[str, str] | None = None) -> dict[str, object]:
    """Run ``args`` in a fresh process: wall time, its peak RSS and its last output line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(
        args, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = (done.stdout + done.stderr).strip().splitlines()
    return {
        "seconds": round(seconds, 2),
        # ru_maxrss of children is the largest so far: only exact when it grows
        "peak_rss_mb": round(max(peak, before) / 1024, 1) if peak > before else "≤ earlier",
        "exit": done.returncode,
        "output": (lines[-1] if lines else "")[:200],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--speeches", type=int, default=100_000)
    parser.add_argument("--big-mb", type=int, default=200)
    parser.add_argument("--build", action="store_true", help="also build the big page")
    ns = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        many = folder / "many-speeches.txt"
        many.write_text(parallel_parliament(ns.speeches), encoding="utf-8")
        size = many.stat().st_size / 2**20
        result = _run([python, "-c", _READ, str(many)])
        print(json.dumps({"case": f"read {ns.speeches} speeches ({size:.1f} MiB)", **result}))
        if ns.build:
            store = folder / "store"
            cli = [
                str(Path(python).parent / "debate-kg"),
                "build",
                str(many),
                "--store",
                str(store),
            ]
            result = _run(cli)
            print(json.dumps({"case": f"build {ns.speeches} speeches", **result}))
        big = folder / "big.txt"
        unit = parallel_parliament(50).encode()
        with big.open("wb") as f:
            for _ in range(ns.big_mb * 2**20 // len(unit)):
                f.write(unit)
        size = big.stat().st_size / 2**20
        result = _run([python, "-c", _READ, str(big)])
        print(json.dumps({"case": f"read {size:.0f} MiB, default limit", **result}))
        raised = {"DEBATE_KG_MAX_FILE_MB": str(ns.big_mb + 1)}
        result = _run([python, "-c", _READ, str(big)], env=raised)
        print(json.dumps({"case": f"read {size:.0f} MiB, limit raised", **result}))


if __name__ == "__main__":
    main()
