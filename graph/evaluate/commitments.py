"""Score :func:`graph.extract.commitments.find_commitments` against the gold sentences.

The gold files (``tests/gold/commitments/*.jsonl``, described in the README
there) hold one JSON object per sentence: where its text comes from, its
offsets, whether it is a commitment and, if so, its amounts and deadline.
Seed texts are read with :func:`graph.sources.read_path`; corpus texts are
re-read from ``../shared/corpus`` (or ``$DEBATE_KG_CORPUS``) and a gold set
whose corpus file is missing is reported as skipped, not failed.

A sentence counts as predicted when some extracted commitment's span overlaps
it.  Amounts are right when the set of values found in the sentence equals
the gold set; deadlines when a commitment in the sentence resolves to the gold
date.  Both are scored over the gold commitments that have them, so a missed
commitment also costs amount and deadline accuracy.

Run ``python -m graph.evaluate.commitments`` for a report.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from graph.evaluate import scores
from graph.evaluate.paths import corpus_root, gold_dir, project_root
from graph.extract.commitments import find_commitments
from graph.records import Commitment, Transcript
from graph.sources import safe_xml

GOLD_DIR = gold_dir("commitments")

_TEI = "{http://www.tei-c.org/ns/1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@dataclass(frozen=True, slots=True)
class DocRef:
    """Where a gold sentence's text lives.

    ``kind`` is ``seed`` (a repository file read by :mod:`graph.sources`,
    located by debate ordinal and speech position), ``twfy`` (a TheyWorkForYou
    XML ``speech`` element: its ``p`` children, white space collapsed, joined
    by blank lines) or ``tei`` (any TEI element with an ``xml:id``: its text,
    white space collapsed).
    """

    kind: str
    path: str
    element: str | None = None
    debate: int | None = None
    speech: int | None = None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    doc: DocRef
    start: int
    end: int
    text: str
    commitment: bool
    on: date | None = None
    speaker: str | None = None
    category: str | None = None
    status: str | None = None
    amounts: tuple[str, ...] = ()
    deadline: date | None = None
    deadline_text: str | None = None


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


# --- reading gold ------------------------------------------------------------


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def parse_gold_line(line: str) -> GoldSentence:
    obj = json.loads(line)
    ref = obj["doc"]
    return GoldSentence(
        doc=DocRef(
            kind=ref["kind"],
            path=ref["path"],
            element=ref.get("element"),
            debate=ref.get("debate"),
            speech=ref.get("speech"),
        ),
        start=obj["start"],
        end=obj["end"],
        text=obj["text"],
        commitment=bool(obj["commitment"]),
        on=_date(obj.get("date")),
        speaker=obj.get("speaker"),
        category=obj.get("category"),
        status=obj.get("status"),
        amounts=tuple(obj.get("amounts", ())),
        deadline=_date(obj.get("deadline")),
        deadline_text=obj.get("deadline_text"),
    )


def load_gold(path: Path) -> tuple[GoldSentence, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(parse_gold_line(line) for line in lines if line.strip())


# --- finding the text again --------------------------------------------------


def _collapse(text: str) -> str:
    return " ".join(text.split())


@cache
def _seed_transcript(path: Path) -> Transcript:
    from graph.sources import read_path  # the reader package is only needed for seed sets

    return read_path(path)


@cache
def _xml_tree(path: Path) -> etree._Element:
    # The readers' safe parser: internal HTML-entity DTDs expand, nothing is fetched.
    return safe_xml.parse(path, path.read_bytes())


def element_text(element: etree._Element) -> str:
    """The text of a TWFY speech (paragraphs joined by blank lines) or any other element."""
    paragraphs = element.findall("p")
    if paragraphs:
        return "\n\n".join(_collapse("".join(p.itertext())) for p in paragraphs)
    return _collapse("".join(element.itertext()))


def document_text(ref: DocRef, corpus: Path) -> str | None:
    """The text a gold sentence's offsets refer to, or None when its file is absent."""
    if ref.kind == "seed":
        path = project_root() / ref.path
        if not path.exists():
            return None
        transcript = _seed_transcript(path)
        for debate in transcript.debates:
            if debate.ordinal == ref.debate:
                for speech in debate.speeches:
                    if speech.position == ref.speech:
                        return speech.text
        raise LookupError(f"{ref.path}: no debate {ref.debate} speech {ref.speech}")
    path = corpus / ref.path
    if not path.exists():
        return None
    tree = _xml_tree(path)
    if ref.kind == "twfy":
        found = tree.xpath("//*[@id=$id]", id=ref.element)
    elif ref.kind == "tei":
        found = tree.xpath("//*[@xml:id=$id]", id=ref.element)
    else:
        raise ValueError(f"unknown document kind {ref.kind!r}")
    if not isinstance(found, list) or not found or not isinstance(found[0], etree._Element):
        raise LookupError(f"{ref.path}: no element {ref.element!r}")
    return element_text(found[0])


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
    args = list(sys.argv[1:] if argv is None else argv)
    print(format_report(evaluate(), details="-v" in args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
