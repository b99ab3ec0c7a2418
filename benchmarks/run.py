"""``make bench``: every benchmark, one after another, printed as Markdown tables."""

from __future__ import annotations

from benchmarks import build_seeds


def main() -> None:
    print("## build on the seeds\n")
    build_seeds.main()


if __name__ == "__main__":
    main()
