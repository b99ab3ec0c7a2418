"""Throughput of the text extractors and of each build stage, in MB/s, one core.

Each extractor runs over every speech of the seeds and, when the shared corpus
is present, of the TheyWorkForYou debates 2016-2021; reading and parsing the
files is not timed (MB of speech text).  Then each stage of building a file
(MB of transcript file): read (parse into records), analyse (extractors and
speaker linking), link (mention linking, inside the builder), quads (the rest
of the builder), N-Quads (serialising), and all of :func:`extract_nquads`.
The best of ``--repeats`` runs is reported, as Markdown tables.
Run: ``python -m benchmarks.extractors [--repeats 3]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import graph.build
from graph.build import document_quads
from graph.evaluate.commitments import corpus_root
from graph.extract import analyse
from graph.extract.commitments import find_commitments
from graph.extract.deadlines import find_deadlines
from graph.extract.mentions import find_mentions
from graph.extract.money import find_amounts
from graph.extract.sentences import split_sentences
from graph.pipeline import extract_nquads
from graph.sources import expand, read_path
from graph.store import to_nquads

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TWFY = "twfy_debates_2016_2021/xml"

Speech = tuple[str, date | None]

EXTRACTORS: dict[str, Callable[[str, date | None], object]] = {
    "split_sentences": lambda text, on: split_sentences(text),
    "find_amounts": lambda text, on: find_amounts(text),
    "find_deadlines": lambda text, on: find_deadlines(text, on=on),
    "find_commitments": lambda text, on: find_commitments(text, on=on),
    "find_mentions": lambda text, on: find_mentions(text),
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


_LINKER = "link_mention"  # the mention linker, as the builder imports it
STAGES = ("read", "analyse", "link", "quads", "N-Quads", "extract_nquads")


def stage_seconds(paths: Sequence[Path]) -> dict[str, float]:
    """Seconds each build stage takes over ``paths``, one pass."""
    spent = dict.fromkeys(STAGES, 0.0)
    linker = getattr(graph.build, _LINKER)

    def timed_link(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return linker(*args, **kwargs)
        finally:
            spent["link"] += time.perf_counter() - start

    setattr(graph.build, _LINKER, timed_link)  # timed where the builder calls it
    try:
        for path in paths:
            t0 = time.perf_counter()
            transcript = read_path(path)
            t1 = time.perf_counter()
            facts = analyse(transcript)
            t2 = time.perf_counter()
            quads = document_quads(facts)
            t3 = time.perf_counter()
            to_nquads(quads)
            t4 = time.perf_counter()
            spent["read"] += t1 - t0
            spent["analyse"] += t2 - t1
            spent["quads"] += t3 - t2
            spent["N-Quads"] += t4 - t3
    finally:
        setattr(graph.build, _LINKER, linker)
    spent["quads"] -= spent["link"]
    start = time.perf_counter()
    for path in paths:
        extract_nquads(str(path))
    spent["extract_nquads"] = time.perf_counter() - start
    return spent


def stage_table(inputs: list[tuple[str, list[Path]]], repeats: int) -> None:
    print("| input | MB | " + " | ".join(STAGES) + " |")
    print("|---|---:|" + "---:|" * len(STAGES))
    for label, paths in inputs:
        size = sum(p.stat().st_size for p in paths) / 1e6
        best = dict.fromkeys(STAGES, float("inf"))
        for _ in range(repeats):
            for stage, seconds in stage_seconds(paths).items():
                best[stage] = min(best[stage], seconds)
        rates = [size / best[s] if best[s] > 0 else float("inf") for s in STAGES]
        print(f"| {label} | {size:.2f} | " + " | ".join(f"{r:.2f} MB/s" for r in rates) + " |")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    files: list[tuple[str, list[Path]]] = [("seeds", sorted(expand([SEEDS])))]
    corpus = corpus_root() / TWFY
    if corpus.is_dir():
        files.append((TWFY, sorted(corpus.glob("*.xml"))))
    else:
        print(f"({corpus} absent: corpus row skipped)\n")
    inputs = [(label, speeches(paths)) for label, paths in files]
    print("| input | MB | " + " | ".join(EXTRACTORS) + " |")
    print("|---|---:|" + "---:|" * len(EXTRACTORS))
    for label, texts in inputs:
        size = sum(len(text.encode("utf-8")) for text, _ in texts) / 1e6
        rates = [throughput(run, texts, args.repeats) for run in EXTRACTORS.values()]
        print(f"| {label} | {size:.2f} | " + " | ".join(f"{r:.2f} MB/s" for r in rates) + " |")
    print()
    stage_table(files, args.repeats)


if __name__ == "__main__":
    main()
