"""Score the Parallel Parliament reader against the hand-written page gold.

The gold (``tests/gold/parallel_parliament/``, described in the README there) says, for
each saved page in ``parallel_parliament_pages/`` of the shared corpus, whether a reader
should refuse it and otherwise which debates and speeches it holds, with each speaker
line's name, office, constituency and party as printed.  The page is read the way a build
reads it (:func:`graph.sources.read_path`, format detection included) and its speeches go
through the extractors (:func:`graph.extract.analyse`): the scores are about what the
graph records for each speech, the speaker's printed name (``dkg:attribution`` and the
person linked from it), the office spoken as (``dkg:spokenAs``), the seat and the party.
The linking stage (:func:`graph.link.link`, built-in registry) is run too, and how many
speeches it links to a registry person is reported, unscored: the gold names no person
ids, and whom the built-in registry knows is another evaluation's business.

Matching rules (fixed before the reader was changed):

* **Speeches** are matched by position in the file.  Each built speech belongs to the gold
  speaker line that is the last one starting before its text (``span.start``); the first
  built speech claiming a gold line is matched to it, any other claiming the same line
  (a speech split in two) and any built speech before the first gold line (an invented
  one) is unmatched.  Gold lines no built speech claims are missed.  Speeches without a
  span cannot be placed and are unmatched.
* **Name** is right when the built speech's name equals the gold ``name``,
  ``honorific + " " + name`` or ``portrait_name`` (white space collapsed, case ignored, a
  leading "The" dropped).  Counts: a matched speech with the right name is a true
  positive; any other built speech with a name a false positive; any gold speech
  without a right match a false negative.
* **Office, constituency, party** are scored where either side has a value: a matched
  speech where both agree (after dropping a leading "The" and a form of address, "Mr" or
  "Madam", from offices; case ignored) is a true positive; a built value the gold does not
  print or prints otherwise is a false positive (so a name read as an office, or a peer's
  party read as a seat, costs precision); a gold value not built is a false negative.
  Values of unmatched speeches count as false positives or negatives.  Later short lines
  ("Mr Smith" after "John Smith (Seat) (Lab)") are scored as printed: their own fields
  are empty in the gold.
* **Titles** are compared debate by debate in page order.  A built title is right when it
  equals the gold ``title`` or one of ``title_also_accept``; when the gold title is null,
  an empty built title (or the readers' "(no heading)") is right too.  Extra built debates and missing ones count as wrong,
  so a page scores ``right / max(gold debates, built debates)``.  A built title that is
  page furniture (``FURNITURE``: "Read Full debate", "Department: …", "NAME Excerpts",
  ages, location lines …) is counted separately: the target is none.  Dates and chambers
  are scored the same way (informative).
* **Speech text**: a built speech's text holding a whole line of page furniture
  (``SPEECH_FURNITURE``: a speaker or marker line, a header line, a location, a time stamp,
  a "Later in debate" separator …) is counted; the target is none.
* **Refusals**: a page the gold refuses is right when the reader refuses it (the reason is
  shown, and whether it names the gold's reason: flattened, live, not a debate), or when
  it builds it and every speaker it reports is one of the gold's ``recoverable_speakers``;
  any other speaker it reports is a stray speaker and a name false positive.  A page the
  gold builds and the reader refuses loses all its gold speeches.

Splits: ``dev`` is for development; ``heldout`` is scored, never tuned on (see the gold's
README).  Run ``debate-kg evaluate --part pp [--split dev]``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from graph.errors import SourceError
from graph.evaluate import scores
from graph.evaluate.paths import corpus_root, gold_dir
from graph.extract import analyse
from graph.extract.attribution import spoken_office
from graph.link import link
from graph.records import Transcript
from graph.sources import read_path
from graph.sources.parallel_parliament import NO_HEADING

PAGES_DIR = "parallel_parliament_pages"
SPLITS = ("dev", "heldout")
FIELDS = ("name", "office", "constituency", "party")

#: Page furniture: never a debate title.
FURNITURE = re.compile(
    r"""^(?:
        Full\ Debate\b | Department: | Debates?\ between\b | All\ \d+\ Debates\b
      | Read\ (?:Full\ debate|Hansard|Debate) | Watch\ Debate | Share$ | Main\ Page:
      | Moved\ by | \(Limited\ Text | -+\s*Later\ in\ debate | \(.*\bago\)$
      | (?:Commons|Lords)\ Chamber$ | Westminster\ Hall$ | Grand\ Committee$
      | General\ Committees$ | Public\ Bill\ Committees$ | Written\ Statements$
      | (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\ )?\d{1,2}(?:st|nd|rd|th)?\ [A-Z][a-z]+\ \d{4}$
      | .*\bExcerpts$ | .*\bwas\ asked\b | .*\bParallel\ Parliament\b | .*\bPortrait\b
    )""",
    re.VERBOSE | re.IGNORECASE,
)
#: A whole line of page furniture: never part of a speech's text.
SPEECH_FURNITURE = re.compile(
    r"""^(?:
        (?:Full\ Debate: | Department: | Debate\ between\s | All\ \d+\ Debates\ between\s).*
      | (?:Read\ (?:Full\ debate|Hansard\ Text|Debate) | Watch\ Debate | Main\ Page:).*
      | Share | Moved\ by | \(Limited\ Text.* | -+\s*Later\ in\ debate\s*-+ | \([^()]*\bago\)
      | (?:Commons|Lords)\ Chamber | Westminster\ Hall | Grand\ Committee | Written\ Statements
      | \S.{0,60}\ Excerpts | \S.*\ Portrait\ \S.* | -(?:\s+(?:View\ Speech|Hansard|Excerpts|-))+
      | \d{1,2}:\d{2} | .*provided\ by\ Parallel\ Parliament.*
    )$""",
    re.VERBOSE,
)
_REFUSAL_WORDS = {"flattened": "flattened", "live": "live", "not a debate": "not a debate"}


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return scores.precision(self.tp, self.fp, empty=1.0)

    @property
    def recall(self) -> float:
        return scores.recall(self.tp, self.fn, empty=1.0)

    @property
    def f1(self) -> float:
        return scores.f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Tally:
    right: int = 0
    total: int = 0

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class Built:
    """One built speech as the graph records it."""

    start: int | None  # offset of its text in the page
    furniture: tuple[str, ...]  # lines of its text that are page furniture
    name: str | None
    office: str | None
    constituency: str | None
    party: str | None
    linked: bool


@dataclass(slots=True)
class PageResult:
    name: str
    split: str
    layout: str
    gold_refuse: str | None
    refused: str | None = None  # the reader's reason, when it refused
    gold_speeches: int = 0
    speeches: int = 0
    matched: int = 0
    linked: int = 0
    gold_debates: int = 0
    debates: int = 0
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    titles: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    chambers: Tally = field(default_factory=Tally)
    furniture: list[str] = field(default_factory=list)
    text_furniture: list[str] = field(default_factory=list)  # furniture lines in speech texts
    stray: list[str] = field(default_factory=list)  # speakers on a gold-refused page
    recovered: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def refusal_right(self) -> bool:
        if self.gold_refuse is None:
            return self.refused is None
        return self.refused is not None or not self.stray

    @property
    def reason_agrees(self) -> bool | None:
        if self.gold_refuse is None or self.refused is None:
            return None
        word = next((w for k, w in _REFUSAL_WORDS.items() if k in self.gold_refuse), None)
        return word is None or word in self.refused.lower()


@dataclass(frozen=True, slots=True)
class SplitResult:
    split: str
    pages: tuple[PageResult, ...]

    def fields(self) -> dict[str, Counts]:
        total = {f: Counts() for f in FIELDS}
        for p in self.pages:
            for f in FIELDS:
                total[f].add(p.fields[f])
        return total

    def tally(self, which: str) -> Tally:
        total = Tally()
        for p in self.pages:
            total.add(getattr(p, which))
        return total

    def count(self, attr: str) -> int:
        return sum(int(getattr(p, attr)) for p in self.pages)


@dataclass(frozen=True, slots=True)
class Evaluation:
    splits: tuple[SplitResult, ...]
    skipped: tuple[tuple[str, str], ...] = ()


# --- normalising ---------------------------------------------------------------------


def _norm(value: str | None) -> str:
    text = " ".join((value or "").split()).casefold()
    return text[4:] if text.startswith("the ") else text


def _norm_office(value: str | None) -> str:
    text = _norm(value)
    for address in ("mr ", "madam "):
        if text.startswith(address):
            return text[len(address) :]
    return text


_NORMALISE = {"office": _norm_office, "constituency": _norm, "party": _norm}


def _accepted_names(gold: dict[str, Any]) -> set[str]:
    names = {gold.get("name"), gold.get("portrait_name")}
    if gold.get("honorific") and gold.get("name"):
        names.add(f"{gold['honorific']} {gold['name']}")
    return {_norm(n) for n in names if n}


# --- the system side -----------------------------------------------------------------


def built_speeches(transcript: Transcript) -> list[list[Built]]:
    """Per debate, each speech as the graph would record its speaker."""
    facts = analyse(transcript)
    linked = link(facts)
    out: list[list[Built]] = []
    for d, ld in zip(facts.debates, linked.debates, strict=True):
        row = []
        for sf, ls in zip(d.speeches, ld.speeches, strict=True):
            a = sf.attribution
            row.append(
                Built(
                    start=sf.speech.span.start if sf.speech.span is not None else None,
                    furniture=tuple(
                        line.strip()
                        for line in sf.speech.text.splitlines()
                        if SPEECH_FURNITURE.match(line.strip())
                    ),
                    name=a.name if a else None,
                    office=spoken_office(a),
                    constituency=a.constituency if a else None,
                    party=a.party if a else None,
                    linked=ls.speaker.key is not None,
                )
            )
        out.append(row)
    return out


# --- scoring one page ----------------------------------------------------------------


def _match(gold: Sequence[dict[str, Any]], built: Sequence[Built]) -> dict[int, int]:
    """Built speech index -> gold speech index (see the module docstring)."""
    starts = [g["line_start"] for g in gold]
    claimed: dict[int, int] = {}
    taken: set[int] = set()
    for b, speech in enumerate(built):
        if speech.start is None:
            continue
        owner = None
        for g, start in enumerate(starts):
            if start < speech.start:
                owner = g
        if owner is not None and owner not in taken:
            taken.add(owner)
            claimed[b] = owner
    return claimed


def _score_speeches(
    page: PageResult, gold: Sequence[dict[str, Any]], built: Sequence[Built]
) -> None:
    claimed = _match(gold, built)
    page.matched = len(claimed)
    got = {g: built[b] for b, g in claimed.items()}
    for b, speech in enumerate(built):
        if b not in claimed:
            page.problems.append(f"unmatched built speech at {speech.start}: {speech.name!r}")
            if speech.name:
                page.fields["name"].fp += 1
            for f in FIELDS[1:]:
                if getattr(speech, f):
                    page.fields[f].fp += 1
    for g, want in enumerate(gold):
        have = got.get(g)
        if have is None:
            page.problems.append(f"missed speaker line {want['line']!r}")
            page.fields["name"].fn += 1
            for f in FIELDS[1:]:
                if want.get(f):
                    page.fields[f].fn += 1
            continue
        if _norm(have.name) in _accepted_names(want):
            page.fields["name"].tp += 1
        else:
            page.fields["name"].fn += 1
            if have.name:
                page.fields["name"].fp += 1
            page.problems.append(f"name {have.name!r} for {want['line']!r}")
        for f in FIELDS[1:]:
            norm = _NORMALISE[f]
            mine, theirs = getattr(have, f), want.get(f)
            if mine and theirs and norm(mine) == norm(theirs):
                page.fields[f].tp += 1
                continue
            if mine:
                page.fields[f].fp += 1
            if theirs:
                page.fields[f].fn += 1
            if mine or theirs:
                page.problems.append(f"{f} {mine!r}, gold {theirs!r} for {want['line']!r}")


def _title_right(title: str | None, gold: dict[str, Any]) -> bool:
    if title == NO_HEADING:
        title = None
    accepted = {_norm(gold.get("title"))} | {_norm(t) for t in gold.get("title_also_accept", ())}
    return _norm(title) in accepted


def _score_debates(
    page: PageResult, gold: Sequence[dict[str, Any]], transcript: Transcript
) -> None:
    debates = transcript.debates
    page.gold_debates, page.debates = len(gold), len(debates)
    n = max(len(gold), len(debates))
    for tally in (page.titles, page.dates, page.chambers):
        tally.total += n
    for d in debates:
        if d.title and FURNITURE.match(d.title.strip()):
            page.furniture.append(d.title)
    for want, have in zip(gold, debates, strict=False):
        if _title_right(have.title, want):
            page.titles.right += 1
        else:
            page.problems.append(f"title {have.title!r}, gold {want.get('title')!r}")
        built_date = have.date.isoformat() if isinstance(have.date, date) else None
        if built_date == want.get("date"):
            page.dates.right += 1
        else:
            page.problems.append(f"date {built_date}, gold {want.get('date')}")
        if _norm(have.location) == _norm(want.get("chamber")):
            page.chambers.right += 1
        else:
            page.problems.append(f"chamber {have.location!r}, gold {want.get('chamber')!r}")
    if len(gold) != len(debates):
        page.problems.append(f"{len(debates)} debates built, gold {len(gold)}")


def score_page(path: Path, gold: dict[str, Any]) -> PageResult:
    page = PageResult(
        name=path.stem,
        split=gold["split"],
        layout=gold["layout"],
        gold_refuse=gold.get("refuse"),
    )
    gold_speeches = [s for d in gold["debates"] for s in d["speeches"]]
    page.gold_speeches = len(gold_speeches)
    try:
        transcript = read_path(path)
    except SourceError as exc:
        page.refused = exc.message
        for f in FIELDS:
            page.fields[f].fn += sum(1 for s in gold_speeches if f == "name" or s.get(f))
        page.titles.total = page.dates.total = page.chambers.total = len(gold["debates"])
        page.gold_debates = len(gold["debates"])
        return page
    built = built_speeches(transcript)
    flat = [b for row in built for b in row]
    page.speeches = len(flat)
    page.text_furniture = [line for b in flat for line in b.furniture]
    page.linked = sum(b.linked for b in flat)
    if page.gold_refuse is not None:
        recoverable = [_accepted_names(r) for r in gold.get("recoverable_speakers", ())]
        for b in flat:
            if any(_norm(b.name) in names for names in recoverable):
                page.recovered += 1
            else:
                page.stray.append(b.name or "")
                page.fields["name"].fp += 1
        page.debates = len(transcript.debates)
        return page
    _score_speeches(page, gold_speeches, flat)
    _score_debates(page, gold["debates"], transcript)
    return page


# --- the whole evaluation ------------------------------------------------------------


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def evaluate(
    corpus: Path | None = None,
    *,
    splits: Iterable[str] = SPLITS,
    gold: Path | None = None,
) -> Evaluation:
    """Score every page of the chosen splits; a split without gold or pages is skipped."""
    gold = gold if gold is not None else gold_dir("parallel_parliament")
    corpus = corpus if corpus is not None else corpus_root()
    results: list[SplitResult] = []
    skipped: list[tuple[str, str]] = []
    for split in splits:
        files = sorted((gold / split).glob("*.json"))
        if not files:
            skipped.append((split, f"no gold files in {gold / split}"))
            continue
        pages = []
        for file in files:
            g = load_gold(file)
            path = corpus / g["file"]
            if not path.is_file():
                skipped.append((split, f"page not found: {path}"))
                continue
            pages.append(score_page(path, g))
        if pages:
            results.append(SplitResult(split, tuple(pages)))
    return Evaluation(tuple(results), tuple(skipped))


# --- reporting -----------------------------------------------------------------------


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total}" + (f" ({right / total:.3f})" if total else "")


def _page_line(p: PageResult) -> str:
    status = f"refused: {p.refused}" if p.refused is not None else "built"
    gold = f"refuse ({p.gold_refuse})" if p.gold_refuse else "build"
    f = p.fields
    cells = " ".join(f"{k[:4]} {f[k].tp}/{f[k].tp + f[k].fn}" for k in FIELDS)
    mark = "" if p.refusal_right else "  !! refusal wrong"
    if p.stray:
        mark += f"  stray speakers: {', '.join(p.stray)}"
    if p.furniture:
        mark += f"  furniture titles: {p.furniture}"
    if p.text_furniture:
        mark += f"  furniture in speech text: {p.text_furniture}"
    return (
        f"  {p.name}\n    gold {gold}; {status}\n"
        f"    speeches {p.speeches}/{p.gold_speeches} matched {p.matched}; {cells}; "
        f"titles {p.titles.right}/{p.titles.total}{mark}"
    )


def format_split(s: SplitResult, *, details: bool = False) -> str:
    pages = s.pages
    refused_gold = sum(1 for p in pages if p.gold_refuse)
    refused = sum(1 for p in pages if p.refused is not None)
    agrees = sum(1 for p in pages if p.reason_agrees)
    out = [
        f"-- {s.split}: {len(pages)} pages",
        f"pages refused {refused} (gold {refused_gold}); refusals right "
        f"{_ratio(sum(p.refusal_right for p in pages), len(pages))}; "
        f"reasons naming the gold's {agrees}/{sum(1 for p in pages if p.gold_refuse and p.refused)}",
        f"speeches built {s.count('speeches')}, gold {s.count('gold_speeches')}, "
        f"matched {s.count('matched')}; linked to a registry person {s.count('linked')}",
        f"{'':13} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn",
    ]
    for name, c in s.fields().items():
        out.append(
            f"{name:13} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   {c.tp}/{c.fp}/{c.fn}"
        )
    furniture = sum(len(p.furniture) for p in pages)
    t, d, c2 = s.tally("titles"), s.tally("dates"), s.tally("chambers")
    out.append(
        f"debates built {s.count('debates')}, gold {s.count('gold_debates')}; titles right "
        f"{_ratio(t.right, t.total)}; furniture as title {furniture}; dates "
        f"{_ratio(d.right, d.total)}; chambers {_ratio(c2.right, c2.total)}"
    )
    in_text = sum(len(p.text_furniture) for p in pages)
    out.append(f"furniture lines inside speech texts {in_text}")
    stray = sum(len(p.stray) for p in pages)
    out.append(f"refused-page speakers recovered {s.count('recovered')}, stray {stray}")
    out.append("per page:")
    for p in pages:
        out.append(_page_line(p))
        if details:
            out.extend(f"      - {problem}" for problem in p.problems)
    return "\n".join(out)


def format_report(ev: Evaluation, *, details: bool = False) -> str:
    parts = [format_split(s, details=details) for s in ev.splits]
    parts.extend(f"-- {split}: skipped: {why}" for split, why in ev.skipped)
    return "\n\n".join(parts)


def as_json(ev: Evaluation) -> dict[str, Any]:
    data: dict[str, Any] = {"splits": {}, "skipped": [list(s) for s in ev.skipped]}
    for s in ev.splits:
        t, d, c = s.tally("titles"), s.tally("dates"), s.tally("chambers")
        data["splits"][s.split] = {
            "pages": len(s.pages),
            "refused": sum(1 for p in s.pages if p.refused is not None),
            "refusals_right": sum(p.refusal_right for p in s.pages),
            "speeches": s.count("speeches"),
            "gold_speeches": s.count("gold_speeches"),
            "matched": s.count("matched"),
            "linked": s.count("linked"),
            "fields": {k: v.as_dict() for k, v in s.fields().items()},
            "titles": {"right": t.right, "total": t.total, "accuracy": round(t.accuracy, 4)},
            "dates": {"right": d.right, "total": d.total, "accuracy": round(d.accuracy, 4)},
            "chambers": {"right": c.right, "total": c.total, "accuracy": round(c.accuracy, 4)},
            "furniture_titles": sum(len(p.furniture) for p in s.pages),
            "furniture_in_speech_text": sum(len(p.text_furniture) for p in s.pages),
            "stray_speakers": sum(len(p.stray) for p in s.pages),
            "pages_detail": [
                {
                    "name": p.name,
                    "layout": p.layout,
                    "gold_refuse": p.gold_refuse,
                    "refused": p.refused,
                    "refusal_right": p.refusal_right,
                    "speeches": p.speeches,
                    "gold_speeches": p.gold_speeches,
                    "matched": p.matched,
                    "fields": {k: v.as_dict() for k, v in p.fields.items()},
                    "titles": [p.titles.right, p.titles.total],
                    "furniture": p.furniture,
                    "stray": p.stray,
                }
                for p in s.pages
            ],
        }
    return data
