"""How long ``debate-kg build`` takes on the seeds, and on 100x the seeds.

The 100x input is the seed files copied 100 times under new names, so every
copy is a distinct document (its own IRIs and graphs) with the same shape.
Run: ``python -m benchmarks.build_seeds [--copies 100]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from graph.pipeline import build_file
from graph.sources import expand
from graph.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def make_copies(target: Path, copies: int) -> list[Path]:
    seeds = sorted(expand([SEEDS]))
    made = []
    for i in range(copies):
        for seed in seeds:
            path = target / f"{seed.stem}_copy{i:04d}{seed.suffix}"
            shutil.copyfile(seed, path)
            made.append(path)
    return made


def time_build(files: list[Path], workdir: Path) -> tuple[float, int]:
    """Seconds to build ``files`` into a new on-disk store, and the quads it holds."""
    location = workdir / f"store-{time.monotonic_ns()}"
    start = time.perf_counter()
    with Store.open(location) as store:
        for path in files:
            build_file(store, path)
        quads = store.count_quads()
    elapsed = time.perf_counter() - start
    shutil.rmtree(location)
    return elapsed, quads


def run(copies: int = 100, repeats: int = 3) -> list[dict[str, object]]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeds = sorted(expand([SEEDS]))
        big = work / "copies"
        big.mkdir()
        copied = make_copies(big, copies)
        for label, files in (("seeds (1x)", seeds), (f"seeds x{copies}", copied)):
            size = sum(p.stat().st_size for p in files)
            times, quads = [], 0
            for _ in range(repeats):
                elapsed, quads = time_build(files, work)
                times.append(elapsed)
            median = statistics.median(times)
            results.append(
                {
                    "input": label,
                    "files": len(files),
                    "bytes": size,
                    "quads": quads,
                    "seconds": round(median, 3),
                    "mb_per_s": round(size / 1e6 / median, 2),
                }
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print("| input | files | MB | quads | build, s (median) | MB/s |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in run(args.copies, args.repeats):
        print(
            f"| {r['input']} | {r['files']} | {int(r['bytes']) / 1e6:.2f} | {r['quads']} "
            f"| {r['seconds']} | {r['mb_per_s']} |"
        )


if __name__ == "__main__":
    main()
