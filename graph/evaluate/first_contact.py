"""First contact: each batch of gold text as the extractor first met it, and now.

A batch (the held-out split, each later development batch) is annotated before
the extractor reads it, scored once, and only then used (dev) or never used
(held-out) for changes.  ``first_contact.tsv`` beside the gold records that one
score: the batch, its gold files (names or shell patterns), the commit it was
scored at and its counts.  The report sets beside it the same files scored by
today's extractor, so that what tuning gained on text it was made on and on
text it was not can be read side by side.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from graph.evaluate.commitment_scoring import SplitEvaluation, Tally, total

FIRST_CONTACT_FILE = "first_contact.tsv"


@dataclass(frozen=True, slots=True)
class Batch:
    name: str
    files: tuple[str, ...]  # gold file names or patterns, relative to the gold folder
    scored_at: str
    first: Tally

    def holds(self, name: str) -> bool:
        return any(fnmatch(name, pattern) for pattern in self.files)


def load_batches(folder: Path) -> tuple[Batch, ...]:
    """The batches ``folder/first_contact.tsv`` records (none when it is absent)."""
    path = folder / FIRST_CONTACT_FILE
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return tuple(
        Batch(
            name=row["batch"],
            files=tuple(row["files"].split()),
            scored_at=row["scored_at"],
            first=Tally(
                sentences=int(row["sentences"]),
                tp=int(row["tp"]),
                fp=int(row["fp"]),
                fn=int(row["fn"]),
            ),
        )
        for row in rows
    )


def now(batch: Batch, ev: SplitEvaluation) -> Tally:
    """The batch's files as the extractor under evaluation scores them."""
    return total(r.tally for r in ev.results if batch.holds(r.file.name))


def format_first_contact(batches: tuple[Batch, ...], ev: SplitEvaluation) -> list[str]:
    """One line a batch: its first-contact P/R and today's, on the same sentences."""
    if not batches:
        return []
    head = f"{'batch':50} {'sent':>5} {'scored at':>9} {'first P':>7} {'first R':>7} {'now P':>6} {'now R':>6}"
    lines = ["first contact (each batch scored once, before any change made on it) and now", head]
    for b in batches:
        t = now(b, ev)
        drift = "" if t.sentences == b.first.sentences else f"  (now {t.sentences} sentences)"
        lines.append(
            f"{b.name[:50]:50} {b.first.sentences:5} {b.scored_at:>9} {b.first.precision:7.3f}"
            f" {b.first.recall:7.3f} {t.precision:6.3f} {t.recall:6.3f}{drift}"
        )
    return lines
