"""Score mention extraction + linking against human entity-linking annotations.

The gold set (``twfy_debates_2016_2021/gold_entity_linking`` in the shared
corpus, a Label Studio export by another project) marks character spans in
plain-text excerpts of Commons debates and links each to a TheyWorkForYou MP
page.  It annotates names, courtesy titles ("the hon. Lady"), offices ("the
Secretary of State") and pronouns — the speaker's "I", "my", "me", and "he",
"she", "her" for members — so the system is scored on all of them.

Each excerpt is a series of turns: the speaker's name on one line, then the
speech (one or more lines) and a blank line.  The system reads only that text,
the date in the file name and a registry built from the corpus member files
(``parlparse_members/*``, ``mp_lists/*.csv``) plus the built-in one; speakers are
resolved by name on the date, like any speaker line.

Matching rules (written down before scoring):

* a system mention counts only if it is linked to a registry person
  (``twfy/N``); gold labels ``…/mp/N/…`` and ``…/peer/N/…`` both mean ``twfy/N``;
* **exact**: same start, same end, same person;
* **overlap**: spans share at least one character and the person is the same;
  each gold mention matches at most one system mention and vice versa (greedy,
  largest overlap first, ties by position), so nested "my" / "my hon. Friend"
  pairs are kept apart by their different persons;
* **descriptions only** drops pronouns (I, me, my, myself, he, she, him, her,
  his, …) from both sides, to show how names, titles and offices do alone.

Splits: the rules were developed on the 2016 files; the 2020/2021 files and the
separate ``mock/2020-06-15`` file are held out.  ``manual/`` (a second human
pass over the same six texts), scored as if it were a system, is the human
ceiling.  ``mock/*system_output.json`` (another project's output, in token
offsets of XML speeches) is not scored: mapping its tokens to characters would
need that project's tokeniser.

Run ``python -m graph.evaluate.mentions`` for a report.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from graph.evaluate import scores
from graph.extract.mentions import find_mentions
from graph.link.mentions import LinkContext, Turn, debate_turns, link_mentions, resolve
from graph.registry import Registry, parse_office
from graph.registry.evaluate import corpus_root, evaluation_registry
from graph.vocab.office_keys import is_office

GOLD_SUBDIR = Path("twfy_debates_2016_2021") / "gold_entity_linking"
DEV_PREFIX = "2016-"
_LABEL = re.compile(r"/(?:mp|peer)/(\d+)(?:/|$)")
_PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "we",
        "us",
        "our",
    ]
)

#: One annotation: (start, end, person key).
Item = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Score:
    name: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return scores.precision(self.tp, self.fp, empty=0.0)

    @property
    def recall(self) -> float:
        return scores.recall(self.tp, self.fn, empty=0.0)

    @property
    def f1(self) -> float:
        return scores.f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int | str]:
        return {
            "name": self.name,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class FileResult:
    """One text: gold, system and second-annotator items (``manual`` empty if none)."""

    name: str
    text: str
    gold: tuple[Item, ...]
    system: tuple[Item, ...]
    manual: tuple[Item, ...] = ()
    reasons: dict[Item, str] = field(default_factory=dict, compare=False, hash=False)


def _key(label: str) -> str | None:
    m = _LABEL.search(label)
    return f"twfy/{m[1]}" if m else None


def load_annotations(path: Path) -> tuple[Item, ...]:
    """A Label Studio export's labelled spans as (start, end, twfy key)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    items: set[Item] = set()
    for task in data:
        for label in task.get("label", ()):
            for value in label.get("labels", ()):
                key = _key(value)
                if key:
                    items.add((int(label["start"]), int(label["end"]), key))
    return tuple(sorted(items))


@dataclass(frozen=True, slots=True)
class Block:
    speaker: str
    start: int  # offset of the speech text in the file
    text: str


def read_turns(text: str) -> tuple[Block, ...]:
    """Speaker-name line, then the speech, turns separated by blank lines."""
    blocks = []
    for group in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        name, newline, speech = group.group().partition("\n")
        if newline:
            blocks.append(Block(name.strip(), group.start() + len(name) + 1, speech))
    return tuple(blocks)


def _is_chair(name: str) -> bool:
    return is_office(name) and any(
        k.role in ("speaker", "deputy speaker") for k in parse_office(name)
    )


def run_system(text: str, on: date, registry: Registry) -> tuple[tuple[Item, ...], dict[Item, str]]:
    """Extract and link every mention of an excerpt; person links as items, with reasons."""
    blocks = read_turns(text)
    turns = []
    for b in blocks:
        chair = _is_chair(b.speaker)
        who = resolve(registry, b.speaker, on)
        turns.append(Turn(who.person, b.speaker if chair else None, chair))
    found = [find_mentions(b.text) for b in blocks]
    seats = tuple(
        sorted(
            {
                (m.constituency, key)
                for ms in found
                for m in ms
                if m.kind == "member-for"
                and m.name
                and m.constituency
                and (key := resolve(registry, m.name, on).person)
            }
        )
    )
    items: dict[Item, str] = {}
    for i, (b, mentions) in enumerate(zip(blocks, found, strict=True)):
        before, after = debate_turns(turns, i)
        ctx = LinkContext(registry, on, turns[i].person, before, after, b.text, seats)
        for m, link in zip(mentions, link_mentions(mentions, ctx), strict=True):
            if link is None or link.person is None or not link.person.startswith("twfy/"):
                continue
            item = (m.span.start + b.start, m.span.end + b.start, link.person)
            items.setdefault(item, f"{m.kind}: {link.reason}")
    return tuple(sorted(items)), items


def _is_pronoun(text: str, item: Item) -> bool:
    return text[item[0] : item[1]].strip().lower() in _PRONOUNS


def score(
    name: str, gold: Iterable[Item], system: Iterable[Item], *, overlap: bool = False
) -> Score:
    """Precision/recall counts of ``system`` against ``gold`` under one matching rule."""
    gold_set, sys_set = set(gold), set(system)
    if not overlap:
        tp = len(gold_set & sys_set)
        return Score(name, tp, len(sys_set) - tp, len(gold_set) - tp)
    pairs = sorted(
        (
            -(min(ge, se) - max(gs, ss)),
            (gs, ge, gk),
            (ss, se, sk),
        )
        for gs, ge, gk in gold_set
        for ss, se, sk in sys_set
        if gk == sk and gs < se and ss < ge
    )
    used_g: set[Item] = set()
    used_s: set[Item] = set()
    for _, g, s in pairs:
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
    tp = len(used_g)
    return Score(name, tp, len(sys_set) - tp, len(gold_set) - tp)


@dataclass(frozen=True, slots=True)
class Evaluation:
    files: tuple[FileResult, ...]
    skipped: tuple[tuple[str, str], ...] = ()

    def split(self, which: str) -> tuple[FileResult, ...]:
        if which == "dev":
            return tuple(f for f in self.files if f.name.startswith(DEV_PREFIX))
        if which == "held-out":
            return tuple(f for f in self.files if not f.name.startswith(DEV_PREFIX))
        return self.files

    def scores(
        self,
        which: str = "all",
        *,
        overlap: bool = False,
        descriptions: bool = False,
        human: bool = False,
    ) -> Score:
        """Summed counts over a split; ``human``: manual against gold (six texts only)."""
        tp = fp = fn = 0
        for f in self.split(which):
            if human and not f.manual:
                continue
            gold, system = f.gold, f.manual if human else f.system
            if descriptions:
                gold = tuple(i for i in gold if not _is_pronoun(f.text, i))
                system = tuple(i for i in system if not _is_pronoun(f.text, i))
            s = score(f.name, gold, system, overlap=overlap)
            tp, fp, fn = tp + s.tp, fp + s.fp, fn + s.fn
        label = f"{which}{' human' if human else ''}{' overlap' if overlap else ' exact'}"
        return Score(label + (" descriptions" if descriptions else ""), tp, fp, fn)


@cache
def corpus_registry(root: Path) -> Registry:
    """The registry built from the corpus member files plus the built-in one (cached)."""
    return evaluation_registry(root)


def _date_of(name: str) -> date:
    y, m, d = (int(x) for x in name[:10].split("-"))
    return date(y, m, d)


def evaluate(root: Path | None = None, *, registry: Registry | None = None) -> Evaluation:
    """Run the system over every gold text; a missing corpus is reported as skipped."""
    root = root if root is not None else corpus_root()
    base = root / GOLD_SUBDIR if root else None
    if base is None or not base.is_dir():
        where = base or "$DEBATE_KG_CORPUS or ../shared/corpus (neither is there)"
        return Evaluation((), (("mentions", f"gold entity-linking set not found at {where}"),))
    reg = registry if registry is not None else corpus_registry(root)
    texts = [
        (p, base / "gold" / p.name.replace("_to_annotate.txt", "_annotated.json"))
        for p in sorted((base / "text_for_humans").glob("*_to_annotate.txt"))
    ]
    texts += [
        (p, p.with_name(p.name.replace("_to_annotate.txt", "_annotated.json")))
        for p in sorted((base / "mock").glob("*_to_annotate.txt"))
    ]
    files, skipped = [], []
    for text_path, gold_path in texts:
        name = text_path.name[:10] + ("-mock" if text_path.parent.name == "mock" else "")
        if not gold_path.is_file():
            skipped.append((name, f"no gold file {gold_path.name}"))
            continue
        text = text_path.read_text(encoding="utf-8")
        system, reasons = run_system(text, _date_of(text_path.name), reg)
        manual_path = base / "manual" / gold_path.name
        manual = (
            load_annotations(manual_path)
            if text_path.parent.name != "mock" and manual_path.is_file()
            else ()
        )
        files.append(FileResult(name, text, load_annotations(gold_path), system, manual, reasons))
    return Evaluation(tuple(files), tuple(skipped))


def _row(s: Score) -> str:
    return f"{s.name:40} {s.tp:4} {s.fp:4} {s.fn:4} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"


def format_report(ev: Evaluation, *, details: bool = False) -> str:
    head = f"{'mention linking':40} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
    lines = [head]
    for f in ev.files:
        for overlap in (False, True):
            s = score(f.name, f.gold, f.system, overlap=overlap)
            lines.append(
                _row(Score(f"{f.name} {'overlap' if overlap else 'exact'}", s.tp, s.fp, s.fn))
            )
    for which in ("dev", "held-out", "all"):
        for overlap in (False, True):
            lines.append(_row(ev.scores(which, overlap=overlap)))
    for overlap in (False, True):
        lines.append(_row(ev.scores("all", overlap=overlap, descriptions=True)))
    for overlap in (False, True):
        lines.append(_row(ev.scores("all", overlap=overlap, human=True)))
    lines.extend(f"{name:40} skipped: {why}" for name, why in ev.skipped)
    if details:
        for f in ev.files:
            gold, system = set(f.gold), set(f.system)
            for item in sorted(system - gold):
                lines.append(
                    f"  FP {f.name} {f.text[item[0] : item[1]]!r}@{item[0]} -> {item[2]}"
                    f" ({f.reasons.get(item, '')})"
                )
            for item in sorted(gold - system):
                lines.append(f"  FN {f.name} {f.text[item[0] : item[1]]!r}@{item[0]} -> {item[2]}")
    return "\n".join(lines)


def as_json(ev: Evaluation) -> dict[str, object]:
    return {
        "files": [
            {
                "name": f.name,
                "gold": len(f.gold),
                "system": len(f.system),
                "exact": score(f.name, f.gold, f.system).as_dict(),
                "overlap": score(f.name, f.gold, f.system, overlap=True).as_dict(),
            }
            for f in ev.files
        ],
        "splits": {
            which: {
                "exact": ev.scores(which).as_dict(),
                "overlap": ev.scores(which, overlap=True).as_dict(),
            }
            for which in ("dev", "held-out", "all")
        },
        "descriptions_only": {
            "exact": ev.scores(descriptions=True).as_dict(),
            "overlap": ev.scores(overlap=True, descriptions=True).as_dict(),
        },
        "human_ceiling": {
            "exact": ev.scores(human=True).as_dict(),
            "overlap": ev.scores(overlap=True, human=True).as_dict(),
        },
        "skipped": [{"name": n, "reason": r} for n, r in ev.skipped],
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    print(format_report(evaluate(), details="-v" in args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
