"""The per-split commitment evaluation as a readable report, as JSON, and its dev errors.

Errors (the sentences themselves) are listed for the development split only:
the held-out split is for reading scores, and its breakdowns by family and
speaker role say where it fails without showing which sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from graph.evaluate.commitment_agreement import evaluate as agreement
from graph.evaluate.commitment_agreement import format_agreement
from graph.evaluate.commitment_gold import GOLD_DIR, SPLITS
from graph.evaluate.commitment_scoring import SentenceResult, SplitEvaluation, Tally
from graph.evaluate.first_contact import format_first_contact, load_batches, now

_HEAD = (
    f"{'':30} {'sent':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
    f" {'pledges':>8} {'pl fp':>5} {'pl>c':>4} {'amounts':>8} {'roles':>6} {'deadlines':>9}"
    f" {'starts':>6} {'category':>8}"
)

LEGEND = """\
sent: gold sentences; tp/fp/fn, P/R/F1: sentences holding a commitment (opposition
pledges are negatives); pledges: opposition-pledge sentences found/in gold; pl fp:
sentences given a pledge the gold has none; pl>c: pledges taken for commitments;
amounts, deadlines, starts: gold values of the gold commitments found/in gold; roles:
right/given among found amounts (- when the system gives none); category: right among
true positives."""


def _of(right: int, total: int) -> str:
    return f"{right}/{total}"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _row(name: str, t: Tally) -> str:
    roles = _of(t.roles_right, t.roles_said) if t.roles_said else "-"
    return (
        f"{name:30} {t.sentences:5} {t.tp:4} {t.fp:4} {t.fn:4} {t.precision:6.3f}"
        f" {t.recall:6.3f} {t.f1:6.3f} {_of(t.pledge_tp, t.pledge_tp + t.pledge_fn):>8}"
        f" {t.pledge_fp:5} {t.pledges_as_commitments:4}"
        f" {_of(t.amounts_found, t.amounts_gold):>8} {roles:>6}"
        f" {_of(t.deadlines_found, t.deadlines_gold):>9} {_of(t.starts_found, t.starts_gold):>6}"
        f" {_ratio(t.category_accuracy):>8}"
    )


def _table(title: str, rows: Mapping[str, Tally]) -> list[str]:
    return [title, _HEAD, *(_row(name, t) for name, t in rows.items())]


def _said(split: str, t: Tally) -> str:
    roles = f"a role for {t.roles_said}" if t.roles_said else "no amount roles"
    return (
        f"{split}: on gold-positive sentences the system gave {t.amounts_said} amounts"
        f" ({t.amounts_found} of the gold's {t.amounts_gold} found), {roles},"
        f" {t.deadlines_said} deadlines ({t.deadlines_found} of {t.deadlines_gold} found)"
        f" and {t.starts_said} starts ({t.starts_found} of {t.starts_gold} found)"
    )


def format_split_report(ev: SplitEvaluation, folder: Path = GOLD_DIR) -> str:
    """Per-split figures, each split by source family and by speaker role, then each
    batch's first contact beside today's figures on it (``folder/first_contact.tsv``)."""
    splits = {s: ev.tally(s) for s in SPLITS}
    lines = _table("by split", {**splits, "all": ev.tally()})
    for split in SPLITS:
        lines += ["", *_table(f"{split} by family", ev.by_family(split))]
        lines += ["", *_table(f"{split} by speaker role", ev.by_role(split))]
    lines += ["", *format_first_contact(load_batches(folder), ev)]
    lines += ["", *format_agreement(agreement(folder))]
    lines += ["", *(_said(s, t) for s, t in splits.items())]
    lines += [f"skipped {f.name}: {reason}" for f, reason in ev.skipped]
    lines += ["", LEGEND]
    return "\n".join(lines)


def builtin_table(ev: SplitEvaluation) -> list[str]:
    """The splits scored with the built-in registry alone (no members imported)."""
    return _table(
        "by split, built-in registry only (no members imported)",
        {s: ev.tally(s) for s in SPLITS},
    )


def tally_json(t: Tally) -> dict[str, Any]:
    return {
        "sentences": t.sentences,
        "commitments": {
            "tp": t.tp,
            "fp": t.fp,
            "fn": t.fn,
            "precision": t.precision,
            "recall": t.recall,
            "f1": t.f1,
        },
        "pledges": {
            "tp": t.pledge_tp,
            "fp": t.pledge_fp,
            "fn": t.pledge_fn,
            "precision": t.pledge_precision,
            "recall": t.pledge_recall,
            "taken_as_commitments": t.pledges_as_commitments,
        },
        "amounts": {
            "gold": t.amounts_gold,
            "found": t.amounts_found,
            "said": t.amounts_said,
            "value_accuracy": t.amount_accuracy,
            "roles_said": t.roles_said,
            "roles_right": t.roles_right,
            "role_accuracy": t.role_accuracy,
        },
        "deadlines": {
            "gold": t.deadlines_gold,
            "found": t.deadlines_found,
            "said": t.deadlines_said,
            "accuracy": t.deadline_accuracy,
        },
        "starts": {
            "gold": t.starts_gold,
            "found": t.starts_found,
            "said": t.starts_said,
            "accuracy": t.start_accuracy,
        },
        "category": {"right": t.categories_right, "accuracy": t.category_accuracy},
    }


def as_json(ev: SplitEvaluation, folder: Path = GOLD_DIR) -> dict[str, Any]:
    agreed = agreement(folder)
    return {
        "agreement": None
        if agreed is None
        else {"all": agreed[0].as_json(), "unquoted": agreed[1].as_json(), "quoted": agreed[2]},
        "first_contact": [
            {
                "batch": b.name,
                "files": list(b.files),
                "scored_at": b.scored_at,
                "first": tally_json(b.first)["commitments"] | {"sentences": b.first.sentences},
                "now": tally_json(now(b, ev))["commitments"] | {"sentences": now(b, ev).sentences},
            }
            for b in load_batches(folder)
        ],
        "splits": {s: tally_json(ev.tally(s)) for s in SPLITS} | {"all": tally_json(ev.tally())},
        "families": {s: {k: tally_json(t) for k, t in ev.by_family(s).items()} for s in SPLITS},
        "roles": {s: {k: tally_json(t) for k, t in ev.by_role(s).items()} for s in SPLITS},
        "files": {
            s: sorted({r.file.name for r in ev.results if r.file.split == s}) for s in SPLITS
        },
        "skipped": [{"name": f.name, "split": f.split, "reason": r} for f, r in ev.skipped],
    }


def _where(r: SentenceResult) -> str:
    return f"[{r.file.label} | {r.role}] {r.gold.text!r}"


def dev_errors(ev: SplitEvaluation) -> dict[str, list[str]]:
    """The development split's errors, by kind, each with its file and speaker role."""
    dev = [r for r in ev.results if r.file.split == "dev"]
    out: dict[str, list[str]] = {
        "false positives": [_where(r) for r in dev if r.tally.fp],
        "false negatives": [_where(r) for r in dev if r.tally.fn],
        "pledges taken for commitments": [_where(r) for r in dev if r.tally.pledges_as_commitments],
        "missed amounts": [],
        "missed deadlines": [],
        "wrong categories": [],
    }
    for r in dev:
        t, subs = r.tally, r.gold.commitments
        if t.amounts_found < t.amounts_gold:
            want = [a.value for c in subs if c.kind == "commitment" for a in c.amounts]
            got = [a.value for h in r.hits for a in h.amounts]
            out["missed amounts"].append(f"{_where(r)}: want {want}, got {got}")
        if t.deadlines_found < t.deadlines_gold:
            want_d = [str(c.deadline) for c in subs if c.deadline and c.kind == "commitment"]
            got_d = [str(h.deadline) for h in r.hits if h.deadline]
            out["missed deadlines"].append(f"{_where(r)}: want {want_d}, got {got_d}")
        if t.tp and not t.categories_right:
            want_c = sorted({c.category for c in subs if c.kind == "commitment"})
            got_c = [h.category for h in r.hits]
            out["wrong categories"].append(f"{_where(r)}: want {want_c}, got {got_c}")
    return out


def format_dev_errors(ev: SplitEvaluation) -> str:
    lines = ["dev errors (held-out errors are not listed: read its scores, not its sentences)"]
    for title, items in dev_errors(ev).items():
        lines.append(f"\n{title} ({len(items)}):")
        lines.extend(f"  - {item}" for item in items)
    return "\n".join(lines)
