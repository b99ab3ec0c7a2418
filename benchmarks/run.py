"""``make bench``: the scale benchmark of issue #5 (``benchmarks/scale.py``), end to end.

Writes ``benchmarks/results/latest.json`` and ``latest.md`` and prints the tables;
then the registry benchmark on the real corpus (``benchmarks/registry.py``: the
registry questions and ``validate``, written to ``registry.json`` and ``registry.md``;
skipped, saying why, without the corpus).
Options pass through to the scale benchmark, e.g. ``python -m benchmarks.run --scales 1,10 --sizes 1e5``.
The older seed-only timing is ``python -m benchmarks.build_seeds``.
"""

from __future__ import annotations

from benchmarks import registry, scale


def main() -> None:
    scale.main()
    registry.main([])


if __name__ == "__main__":
    main()
