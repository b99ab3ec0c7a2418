"""Throughput of the text extractors, in MB/s of speech text, one core.

Each extractor runs over every speech of the seeds and, when the shared corpus
is present, of the TheyWorkForYou debates 2016-2021; reading and parsing the
files is not timed.  The best of ``--repeats`` runs is reported, as a Markdown
table.  Run: ``python -m benchmarks.extractors [--repeats 3]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from graph.evaluate.commitments import corpus_root
from graph.extract.commitments import find_commitments
from graph.extract.deadlines import find_deadlines
from graph.extract.money import find_amounts
from graph.extract.sentences import split_sentences
from graph.sources import expand, read_path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TWFY = "twfy_debates_2016_2021/xml"

Speech = tuple[str, date | None]

EXTRACTORS: dict[str, Callable[[str, date | None], object]] = {
    "split_sentences": lambda text, on: split_sentences(text),
    "find_amounts": lambda text, on: find_amounts(text),
    "find_deadlines": lambda text, on: find_deadlines(text, on=on),
    "find_commitments": lambda text, on: find_commitments(text, on=on),
}


def speeches(paths: Sequence[Path]) -> list[Speech]:
    """(text, debate date) for every speech in ``paths``."""
    found: list[Speech] = []
    for path in paths:
        for debate in read_path(path).debates:
            found.extend((speech.text, debate.date) for speech in debate.speeches)
    return found


def throughput(
    run: Callable[[str, date | None], object], texts: list[Speech], repeats: int
) -> float:
    """MB/s (UTF-8 bytes of text) of the best of ``repeats`` passes over ``texts``."""
    size = sum(len(text.encode("utf-8")) for text, _ in texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text, on in texts:
            run(text, on)
        best = min(best, time.perf_counter() - start)
    return size / 1e6 / best if best > 0 else float("inf")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    inputs: list[tuple[str, list[Speech]]] = [("seeds", speeches(sorted(expand([SEEDS]))))]
    corpus = corpus_root() / TWFY
    if corpus.is_dir():
        inputs.append((TWFY, speeches(sorted(corpus.glob("*.xml")))))
    else:
        print(f"({corpus} absent: corpus row skipped)\n")
    print("| input | MB | " + " | ".join(EXTRACTORS) + " |")
    print("|---|---:|" + "---:|" * len(EXTRACTORS))
    for label, texts in inputs:
        size = sum(len(text.encode("utf-8")) for text, _ in texts) / 1e6
        rates = [throughput(run, texts, args.repeats) for run in EXTRACTORS.values()]
        print(f"| {label} | {size:.2f} | " + " | ".join(f"{r:.2f} MB/s" for r in rates) + " |")


if __name__ == "__main__":
    main()
