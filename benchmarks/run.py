"""``make bench``: the scale benchmark of issue #5 (``benchmarks/scale.py``), end to end.

Writes ``benchmarks/results/latest.json`` and ``latest.md`` and prints the tables.
Options pass through, e.g. ``python -m benchmarks.run --scales 1,10 --sizes 1e5``.
The older seed-only timing is ``python -m benchmarks.build_seeds``.
"""

from __future__ import annotations

from benchmarks import scale


def main() -> None:
    scale.main()


if __name__ == "__main__":
    main()
