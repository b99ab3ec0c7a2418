"""Score :func:`graph.extract.commitments.find_commitments` against the gold sentences.

Two views of ``tests/gold/commitments`` (the README there is the guideline):

- :func:`graph.evaluate.commitment_scoring.evaluate_splits` scores every gold
  file that ``split.tsv`` lists, per split (dev, held-out), source family and
  speaker role; this is the evaluation to read.
- :func:`evaluate` here scores the five top-level files of issue 3 in their
  first format (one commitment per sentence), so that the figures published
  for them stay reproducible.  Amounts are right when the set of values found
  in the sentence equals the gold set; deadlines when a commitment in the
  sentence resolves to the gold date.  Both are scored over the gold
  commitments that have them, so a missed commitment also costs them.

A sentence counts as predicted when some extracted commitment's span overlaps
it.  A gold set whose corpus file is missing is reported as skipped, not failed.

Run ``python -m graph.evaluate.commitments`` for both reports (``-v`` adds the
development split's errors; held-out errors are never listed).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.evaluate import scores
from graph.evaluate.commitment_gold import (
    GOLD_DIR,
    DocRef,
    GoldSentence,
    document_text,
    element_text,
    load_gold,
    parse_gold_line,
)
from graph.evaluate.paths import corpus_root
from graph.extract.commitments import find_commitments
from graph.records import Commitment

__all__ = [
    "GOLD_DIR",
    "DocRef",
    "Evaluation",
    "GoldSentence",
    "Score",
    "corpus_root",
    "document_text",
    "element_text",
    "evaluate",
    "format_report",
    "load_gold",
    "main",
    "parse_gold_line",
    "score_set",
]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and ratios for one gold set (or all of them together)."""

    name: str
    sentences: int
    tp: int
    fp: int
    fn: int
    amounts_right: int
    amounts_total: int
    deadlines_right: int
    deadlines_total: int
    categories_right: int
    false_positives: tuple[str, ...] = ()
    false_negatives: tuple[str, ...] = ()
    wrong_amounts: tuple[str, ...] = ()
    wrong_deadlines: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return scores.precision(self.tp, self.fp)

    @property
    def recall(self) -> float:
        return scores.recall(self.tp, self.fn)

    @property
    def f1(self) -> float:
        return scores.f1(self.precision, self.recall)

    @property
    def amount_accuracy(self) -> float | None:
        return self.amounts_right / self.amounts_total if self.amounts_total else None

    @property
    def deadline_accuracy(self) -> float | None:
        return self.deadlines_right / self.deadlines_total if self.deadlines_total else None

    @property
    def category_accuracy(self) -> float | None:
        return self.categories_right / self.tp if self.tp else None


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores per gold set, the sets skipped (with the reason) and the combined score."""

    scores: tuple[Score, ...]
    skipped: tuple[tuple[str, str], ...]
    total: Score


# --- scoring -----------------------------------------------------------------


def _overlaps(c: Commitment, start: int, end: int) -> bool:
    return c.span.start < end and start < c.span.end


def _group(gold: Iterable[GoldSentence]) -> dict[DocRef, list[GoldSentence]]:
    groups: dict[DocRef, list[GoldSentence]] = {}
    for sentence in gold:
        groups.setdefault(sentence.doc, []).append(sentence)
    return groups


def score_set(name: str, gold: Sequence[GoldSentence], corpus: Path) -> Score | str:
    """Score one gold set; a string (the reason) when its source text is unavailable."""
    tp = fp = fn = 0
    amounts_right = amounts_total = deadlines_right = deadlines_total = categories_right = 0
    fps: list[str] = []
    fns: list[str] = []
    bad_amounts: list[str] = []
    bad_deadlines: list[str] = []
    for ref, sentences in _group(gold).items():
        text = document_text(ref, corpus)
        if text is None:
            where = "seeds" if ref.kind == "seed" else str(corpus)
            return f"skipped: {ref.path} absent under {where}"
        first = sentences[0]
        found = find_commitments(text, on=first.on, speaker=first.speaker)
        for s in sentences:
            if text[s.start : s.end] != s.text:
                raise ValueError(f"{name}: gold offsets {s.start}-{s.end} no longer match the text")
            hits = [c for c in found if _overlaps(c, s.start, s.end)]
            if hits and s.commitment:
                tp += 1
                categories_right += any(c.category == s.category for c in hits)
            elif hits:
                fp += 1
                fps.append(s.text)
            elif s.commitment:
                fn += 1
                fns.append(s.text)
            if not s.commitment:
                continue
            if s.amounts:
                amounts_total += 1
                got = {a.value for c in hits for a in c.amounts}
                if got == set(s.amounts):
                    amounts_right += 1
                else:
                    bad_amounts.append(f"{s.text!r}: want {sorted(s.amounts)}, got {sorted(got)}")
            if s.deadline is not None:
                deadlines_total += 1
                dates = [c.deadline for c in hits if c.deadline is not None]
                if s.deadline in dates:
                    deadlines_right += 1
                else:
                    bad_deadlines.append(f"{s.text!r}: want {s.deadline}, got {dates}")
    return Score(
        name=name,
        sentences=len(gold),
        tp=tp,
        fp=fp,
        fn=fn,
        amounts_right=amounts_right,
        amounts_total=amounts_total,
        deadlines_right=deadlines_right,
        deadlines_total=deadlines_total,
        categories_right=categories_right,
        false_positives=tuple(fps),
        false_negatives=tuple(fns),
        wrong_amounts=tuple(bad_amounts),
        wrong_deadlines=tuple(bad_deadlines),
    )


def _combine(scores: Sequence[Score]) -> Score:
    return Score(
        name="all",
        sentences=sum(s.sentences for s in scores),
        tp=sum(s.tp for s in scores),
        fp=sum(s.fp for s in scores),
        fn=sum(s.fn for s in scores),
        amounts_right=sum(s.amounts_right for s in scores),
        amounts_total=sum(s.amounts_total for s in scores),
        deadlines_right=sum(s.deadlines_right for s in scores),
        deadlines_total=sum(s.deadlines_total for s in scores),
        categories_right=sum(s.categories_right for s in scores),
        false_positives=tuple(x for s in scores for x in s.false_positives),
        false_negatives=tuple(x for s in scores for x in s.false_negatives),
        wrong_amounts=tuple(x for s in scores for x in s.wrong_amounts),
        wrong_deadlines=tuple(x for s in scores for x in s.wrong_deadlines),
    )


def evaluate(gold_dir: Path = GOLD_DIR, *, corpus: Path | None = None) -> Evaluation:
    """Score every ``*.jsonl`` gold set in ``gold_dir`` (sorted by name)."""
    root = corpus if corpus is not None else corpus_root()
    scores: list[Score] = []
    skipped: list[tuple[str, str]] = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        result = score_set(path.stem, load_gold(path), root)
        if isinstance(result, str):
            skipped.append((path.stem, result))
        else:
            scores.append(result)
    return Evaluation(scores=tuple(scores), skipped=tuple(skipped), total=_combine(scores))


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(evaluation: Evaluation, *, details: bool = False) -> str:
    lines = [
        f"{'set':34} {'sent':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
        f" {'amount':>9} {'deadline':>9} {'category':>9}"
    ]
    for s in (*evaluation.scores, evaluation.total):
        lines.append(
            f"{s.name:34} {s.sentences:5} {s.tp:4} {s.fp:4} {s.fn:4} {s.precision:6.3f}"
            f" {s.recall:6.3f} {s.f1:6.3f} {_pct(s.amount_accuracy):>9}"
            f" {_pct(s.deadline_accuracy):>9} {_pct(s.category_accuracy):>9}"
        )
    lines.extend(f"{name:34} {reason}" for name, reason in evaluation.skipped)
    if details:
        total = evaluation.total
        for title, items in (
            ("false positives", total.false_positives),
            ("false negatives", total.false_negatives),
            ("wrong amounts", total.wrong_amounts),
            ("wrong deadlines", total.wrong_deadlines),
        ):
            lines.append(f"\n{title} ({len(items)}):")
            lines.extend(f"  - {item}" for item in items)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from graph.evaluate import commitment_report, commitment_scoring

    args = list(sys.argv[1:] if argv is None else argv)
    split = commitment_scoring.evaluate_splits()
    print(commitment_report.format_split_report(split))
    print("\nissue-3 sets (top-level files, first format)")
    print(format_report(evaluate()))
    if "-v" in args:
        print()
        print(commitment_report.format_dev_errors(split))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
