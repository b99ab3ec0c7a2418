"""How far two annotators agree on the held-out commitments: the ceiling the targets sit under.

The held-out split's sentences of speakers able to commit were annotated a second time,
by annotators who saw the guideline (``tests/gold/commitments/README.md``) and the
development gold but neither the first annotation nor any output of the extractor
(``tests/gold/commitment_agreement/``, issue 13).  Scoring the second annotation
against the first as if it were a system says what precision and recall people reach on
these sentences, and so whether the issue's targets (P 0.90, R 0.85) ask for more than
the task allows.

The guideline quotes a few held-out sentences as examples (it was written while the
held-out split was being annotated); the figures are also given without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.evaluate.commitment_gold import COMMITMENT, GOLD_DIR, GoldSentence, load_gold, load_split
from graph.evaluate.paths import gold_dir

AGREEMENT_DIR = gold_dir("commitment_agreement")


@dataclass(frozen=True, slots=True)
class Agreement:
    sentences: int
    first: int  # positive in the first annotation
    second: int  # positive in the second
    both: int
    categories_same: int  # of the sentences both call positive, those sharing a category

    @property
    def precision(self) -> float:
        return self.both / self.second if self.second else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.first if self.first else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.both / (self.first + self.second) if self.first + self.second else 1.0

    @property
    def kappa(self) -> float:
        """Cohen's kappa: agreement beyond what the two positive rates give by chance."""
        n = self.sentences
        observed = (n - self.first - self.second + 2 * self.both) / n
        chance = (self.first * self.second + (n - self.first) * (n - self.second)) / (n * n)
        return (observed - chance) / (1 - chance) if chance < 1 else 1.0

    def as_json(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "first_positive": self.first,
            "second_positive": self.second,
            "both_positive": self.both,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "kappa": self.kappa,
            "categories_same": self.categories_same,
        }


def _key(s: GoldSentence) -> tuple[object, ...]:
    return (s.doc.path, s.doc.element, s.doc.offset, s.start, s.end)


def _categories(s: GoldSentence) -> set[str]:
    return {c.category for c in s.commitments if c.kind == COMMITMENT}


def agreement(pairs: Iterable[tuple[GoldSentence, GoldSentence]]) -> Agreement:
    n = first = second = both = same = 0
    for a, b in pairs:
        n += 1
        first += a.commitment
        second += b.commitment
        if a.commitment and b.commitment:
            both += 1
            same += bool(_categories(a) & _categories(b))
    return Agreement(n, first, second, both, same)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _quoted(text: str, guideline: str) -> bool:
    """Whether the guideline quotes six or more consecutive words of ``text``."""
    words = _words(text).split()
    return any(
        len(window := " ".join(words[i : i + 6])) >= 30 and window in guideline
        for i in range(max(1, len(words) - 5))
    )


def evaluate(
    gold: Path = GOLD_DIR, second: Path = AGREEMENT_DIR
) -> tuple[Agreement, Agreement, int] | None:
    """The agreement on every doubly annotated sentence, on those the guideline does not
    quote, and how many it quotes; None when there is no second annotation."""
    files = sorted(second.glob("*.jsonl")) if second.is_dir() else []
    if not files:
        return None
    first = {
        _key(s): s
        for f in load_split(gold)
        if f.split == "heldout"
        for s in load_gold(gold / f.name)
    }
    pairs = []
    for f in files:
        for s in load_gold(f):
            if _key(s) not in first or first[_key(s)].text != s.text:
                raise ValueError(f"{f}: no held-out sentence at {s.doc.path} {s.start}-{s.end}")
            pairs.append((first[_key(s)], s))
    guideline = _words((gold / "README.md").read_text(encoding="utf-8"))
    unquoted = [(a, b) for a, b in pairs if not _quoted(a.text, guideline)]
    return agreement(pairs), agreement(unquoted), len(pairs) - len(unquoted)


def format_agreement(result: tuple[Agreement, Agreement, int] | None) -> list[str]:
    if result is None:
        return ["annotator agreement: no second annotation"]
    every, unquoted, quoted = result
    lines = ["annotator agreement (held-out, speakers able to commit; second against first)"]
    for label, a in (("all", every), (f"not quoted by the guideline ({quoted} are)", unquoted)):
        lines.append(
            f"  {label}: {a.sentences} sentences, positive {a.first} / {a.second}, both"
            f" {a.both}; P {a.precision:.3f} R {a.recall:.3f} F1 {a.f1:.3f} kappa"
            f" {a.kappa:.3f}; same category on {a.categories_same} of {a.both}"
        )
    return lines
