"""``debate-kg evaluate``: every evaluation against gold data, in one report.

Runs what exists: commitments (``graph.evaluate.commitment_scoring`` per split,
source family and speaker role, and ``graph.evaluate.commitments`` for the
issue-3 sets), the member
registry's speaker attribution and office-on-date checks
(``graph.registry.evaluate``), mention linking (``graph.evaluate.mentions``) and
the Parallel Parliament pages (``graph.evaluate.pages``: speakers, offices, seats,
parties, titles and refusals, per split), and real input from the wild
(``graph.evaluate.wild``: every file of ``wild/`` and every saved page, built and
validated one by one; described, not scored).
A part whose corpus is absent is reported as skipped, with the reason.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import click

from graph.evaluate import commitment_report, commitment_scoring, diagnostic
from graph.evaluate import commitments as commitments_eval
from graph.evaluate import mentions as mentions_eval
from graph.evaluate import pages as pages_eval
from graph.evaluate import wild as wild_eval
from graph.evaluate.commitment_gold import SPLITS
from graph.evaluate.paths import corpus_root
from graph.registry import Registry
from graph.registry import evaluate as registry_eval

PARTS = ("commitments", "registry", "mentions", "pp", "wild")


def _commitments(root: Path | None) -> tuple[str, dict[str, Any]]:
    split = commitment_scoring.evaluate_splits(corpus=root)
    # what a user who imported no members gets: roles from the built-in registry and the
    # offices the record prints, nothing else
    alone = commitment_scoring.evaluate_splits(
        corpus=root,
        roles=commitment_scoring.system_roles(
            root if root is not None else corpus_root(), Registry.builtin()
        ),
    )
    ev = commitments_eval.evaluate(corpus=root)
    data = commitment_report.as_json(split)
    data["builtin_registry"] = {s: commitment_report.tally_json(alone.tally(s)) for s in SPLITS}
    data["issue3"] = {
        "sets": [
            {
                "name": s.name,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
            }
            for s in (*ev.scores, ev.total)
        ],
        "skipped": [{"name": n, "reason": r} for n, r in ev.skipped],
    }
    text = commitment_report.format_split_report(split)
    text += "\n\n" + "\n".join(commitment_report.builtin_table(alone))
    supplied = os.environ.get(diagnostic.TEXTS_ENV)
    texts, questions = diagnostic.read_texts(Path(supplied)) if supplied else (None, None)
    lines, data["diagnostic"] = diagnostic.report(texts, questions)
    text += "\n\n" + "\n".join(lines)
    text += "\n\nissue-3 sets (top-level files, first format)\n"
    return text + commitments_eval.format_report(ev), data


def _registry(root: Path | None) -> tuple[str, dict[str, Any]]:
    if root is None:
        raise LookupError("corpus not found (set DEBATE_KG_CORPUS)")
    files = registry_eval.registry_files(root)
    if not files:
        raise LookupError(f"no member registry files under {root}")
    registry = registry_eval.evaluation_registry(root)
    cases = list(registry_eval.speech_cases(registry_eval.transcript_files(root)))
    a = registry_eval.evaluate_attribution(registry, cases)
    o = registry_eval.evaluate_offices(registry, cases)
    rows = {
        "attribution overall": a.overall,
        "attribution with office": a.with_office,
        "attribution name only": a.name_only,
        "office on date (among holders)": o.among_holders,
        "office on date (unique holder)": o.unique,
    }
    text = "\n".join(f"{k:34} {v}" for k, v in rows.items())
    text += f"\n{'wrong person / no answer':34} {a.wrong} / {a.unresolved}"
    data: dict[str, Any] = {
        k: {"correct": v.correct, "total": v.total, "accuracy": v.accuracy} for k, v in rows.items()
    }
    data["wrong"], data["unresolved"] = a.wrong, a.unresolved
    return text, data


def _mentions(root: Path | None) -> tuple[str, dict[str, Any]]:
    ev = mentions_eval.evaluate(root)
    if not ev.files:
        raise LookupError(ev.skipped[0][1] if ev.skipped else "no gold files")
    return mentions_eval.format_report(ev), mentions_eval.as_json(ev)


def _pages(
    root: Path | None, *, splits: tuple[str, ...] = pages_eval.SPLITS, details: bool = False
) -> tuple[str, dict[str, Any]]:
    if root is None:
        raise LookupError("corpus not found (set DEBATE_KG_CORPUS)")
    try:
        ev = pages_eval.evaluate(root, splits=splits)
    except LookupError as exc:  # an IndexError or KeyError is a bug, not a missing corpus
        raise RuntimeError(f"evaluating the pages failed: {exc!r}") from exc
    if not ev.splits:
        raise LookupError(ev.skipped[0][1] if ev.skipped else "no gold files")
    return pages_eval.format_report(ev, details=details), pages_eval.as_json(ev)


def _wild(root: Path | None, *, shacl: bool = True) -> tuple[str, dict[str, Any]]:
    if root is None:
        raise LookupError("corpus not found (set DEBATE_KG_CORPUS)")
    report = wild_eval.evaluate(root, shacl=shacl)
    if not report.rows:
        raise LookupError("; ".join(why for _, why in report.skipped) or "no inputs")
    return wild_eval.format_report(report), wild_eval.as_json(report)


RUNNERS: dict[str, Callable[[Path | None], tuple[str, dict[str, Any]]]] = {
    "commitments": _commitments,
    "registry": _registry,
    "mentions": _mentions,
    "pp": _pages,
    "wild": _wild,
}


@click.command()
@click.option(
    "--part",
    "parts",
    multiple=True,
    type=click.Choice(PARTS),
    help="Run only these evaluations (repeatable); default: all.",
)
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The shared corpus folder (default: $DEBATE_KG_CORPUS or ../shared/corpus).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A readable report, or one JSON object.",
)
@click.option(
    "--split",
    "split",
    type=click.Choice(["all", *pages_eval.SPLITS]),
    default="all",
    show_default=True,
    help="Parallel Parliament pages (pp): score only the development or held-out split.",
)
@click.option(
    "--details",
    is_flag=True,
    help="Parallel Parliament pages (pp): list every mismatch under its page.",
)
@click.option(
    "--no-shacl",
    is_flag=True,
    help="Real input from the wild (wild): validate each store with the integrity checks"
    " only, as `validate --no-shacl` does.",
)
def evaluate(
    parts: tuple[str, ...],
    corpus: Path | None,
    fmt: str,
    split: str,
    details: bool,
    no_shacl: bool,
) -> None:
    """Score the extractors and linkers against the gold annotations.

    Commitments (tests/gold/commitments: per split, dev and held-out, then by
    source family and speaker role), speaker attribution and offices on a
    date (the TheyWorkForYou XML's own person ids), mention linking (the
    human entity-linking set) and the Parallel Parliament pages (pp:
    tests/gold/parallel_parliament, per split).  Then real input from the wild
    (wild): each file of the corpus's wild/ folder and each saved Parallel
    Parliament page built into a fresh store in memory, with its speeches against
    the source's own count, its named and linked speakers (and to which registry)
    and validate's result.  Parts whose corpus is missing are skipped.
    """
    root = corpus if corpus is not None else registry_eval.corpus_root()
    if root is not None and not root.is_dir():
        root = None
    runners = dict(RUNNERS)
    splits = pages_eval.SPLITS if split == "all" else (split,)
    runners["pp"] = partial(_pages, splits=splits, details=details)
    runners["wild"] = partial(_wild, shacl=not no_shacl)
    results: dict[str, Any] = {}
    sections: list[str] = []
    for part in parts or PARTS:
        try:
            text, data = runners[part](root)
        except LookupError as exc:
            results[part] = {"skipped": str(exc)}
            sections.append(f"== {part}\nskipped: {exc}")
            continue
        results[part] = data
        sections.append(f"== {part}\n{text}")
    if fmt == "json":
        click.echo(json.dumps(results, indent=2, sort_keys=True, default=str))
    else:
        click.echo("\n\n".join(sections))
