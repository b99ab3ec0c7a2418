"""Throughput of the text extractors and of each build stage, in MB/s, one core.

Each extractor runs over every speech of the inputs (by default the seeds and,
when the shared corpus is present, the TheyWorkForYou debates 2016-2021; or the
folders given with ``--input``, e.g. made by :mod:`benchmarks.corpus`); reading
and parsing the files is not timed (MB of speech text).  Then each stage of
building a file (MB of transcript file): read (parse into records), analyse
(extractors and speaker linking), link (mention linking, inside the builder),
quads (the rest of the builder, writing N-Quads lines), N-Quads (joining them
into bytes), all of :func:`graph.pipeline.extract_nquads`, and for comparison
the builder's rdflib path (``to_nquads(document_quads(...))``, the same bytes).  People are linked with the built-in
registry, or with ``--registry corpus`` the one a build over the corpus member
files uses (~10k people; linking cost grows with it).

The median of ``--repeats`` runs is reported, as Markdown tables.  The clock is
the process's CPU time by default (the reference machine is shared, and wall time
there moves with everyone else's load); ``--clock wall`` for wall time.
Run: ``python -m benchmarks.extractors [--repeats 3] [--input DIR]… [--registry corpus]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from graph.build import document_nquads, document_quads
from graph.evaluate.commitments import corpus_root
from graph.extract import analyse
from graph.extract.commitments import find_commitments
from graph.extract.deadlines import find_deadlines
from graph.extract.mentions import find_mentions
from graph.extract.money import find_amounts
from graph.extract.sentences import split_sentences
from graph.link import link
from graph.pipeline import extract_nquads
from graph.registry import Registry
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

CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


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
    """MB/s (UTF-8 bytes of text) of the median of ``repeats`` passes over ``texts``."""
    size = sum(len(text.encode("utf-8")) for text, _ in texts)
    times = []
    for _ in range(repeats):
        start = clock()
        for text, on in texts:
            run(text, on)
        times.append(clock() - start)
    middle = statistics.median(times)
    return size / 1e6 / middle if middle > 0 else float("inf")


STAGES = ("read", "analyse", "link", "quads", "N-Quads", "extract_nquads", "rdflib quads+N-Quads")


def stage_seconds(paths: Sequence[Path], registry: Registry | None = None) -> dict[str, float]:
    """Seconds each build stage takes over ``paths``, one pass."""
    spent = dict.fromkeys(STAGES, 0.0)
    for path in paths:
        t0 = clock()
        transcript = read_path(path)
        t1 = clock()
        facts = analyse(transcript)
        t2 = clock()
        linked = link(facts, registry)
        t3 = clock()
        nquads = document_nquads(linked)
        t4 = clock()
        nquads.nquads()
        t5 = clock()
        to_nquads(document_quads(linked))
        spent["rdflib quads+N-Quads"] += clock() - t5
        spent["read"] += t1 - t0
        spent["analyse"] += t2 - t1
        spent["link"] += t3 - t2
        spent["quads"] += t4 - t3
        spent["N-Quads"] += t5 - t4
    start = clock()
    for path in paths:
        extract_nquads(str(path), registry)
    spent["extract_nquads"] = clock() - start
    return spent


def stage_table(
    inputs: list[tuple[str, list[Path]]], repeats: int, registry: Registry | None = None
) -> None:
    print("| input | MB | " + " | ".join(STAGES) + " |")
    print("|---|---:|" + "---:|" * len(STAGES))
    for label, paths in inputs:
        size = sum(p.stat().st_size for p in paths) / 1e6
        runs = [stage_seconds(paths, registry) for _ in range(repeats)]
        middle = {s: statistics.median(r[s] for r in runs) for s in STAGES}
        rates = [size / middle[s] if middle[s] > 0 else float("inf") for s in STAGES]
        print(f"| {label} | {size:.2f} | " + " | ".join(f"{r:.2f} MB/s" for r in rates) + " |")


def extractor_table(inputs: list[tuple[str, list[Speech]]], repeats: int) -> None:
    print("| input | MB | " + " | ".join(EXTRACTORS) + " |")
    print("|---|---:|" + "---:|" * len(EXTRACTORS))
    for label, texts in inputs:
        size = sum(len(text.encode("utf-8")) for text, _ in texts) / 1e6
        rates = [throughput(run, texts, repeats) for run in EXTRACTORS.values()]
        print(f"| {label} | {size:.2f} | " + " | ".join(f"{r:.2f} MB/s" for r in rates) + " |")


def default_inputs() -> list[tuple[str, list[Path]]]:
    files: list[tuple[str, list[Path]]] = [("seeds", sorted(expand([SEEDS])))]
    corpus = corpus_root() / TWFY
    if corpus.is_dir():
        files.append((TWFY, sorted(corpus.glob("*.xml"))))
    else:
        print(f"({corpus} absent: corpus row skipped)\n")
    return files


def load_registry(which: str) -> Registry | None:
    if which == "builtin":
        return None
    from graph.registry.evaluate import evaluation_registry

    return evaluation_registry(corpus_root())


def main(argv: Sequence[str] | None = None) -> None:
    global clock
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--input", type=Path, action="append", help="a folder (or file) of inputs")
    parser.add_argument("--limit", type=int, help="at most this many files of each input")
    parser.add_argument("--registry", choices=("builtin", "corpus"), default="builtin")
    parser.add_argument("--clock", choices=tuple(CLOCKS), default="cpu")
    parser.add_argument("--only", choices=("extractors", "stages"))
    args = parser.parse_args(argv)
    clock = CLOCKS[args.clock]
    given = [(str(p), sorted(expand([p]))) for p in args.input or ()]
    files = given or default_inputs()
    if args.limit:
        files = [(label, paths[: args.limit]) for label, paths in files]
    print(f"clock: {args.clock}; median of {args.repeats}; registry: {args.registry}\n")
    if args.only != "stages":
        extractor_table([(label, speeches(paths)) for label, paths in files], args.repeats)
        print()
    if args.only != "extractors":
        registry = load_registry(args.registry)
        stage_table(files, args.repeats, registry)


if __name__ == "__main__":
    main()
