"""Score the commitment extractor on every gold file, per split, family and speaker role.

Each gold sentence is scored on its own into a :class:`Tally` of counts, so
that any grouping (a split, a source family, a speaker role, one file) is a
sum of tallies.  What the system says about a sentence is the commitments
whose span overlaps it, seen through :class:`Predicted`.

- **Commitments** (sentence level): a sentence is predicted positive when a
  predicted commitment of kind ``commitment`` overlaps it, and gold positive
  when it holds a gold commitment (or part of one).  A sentence holding only
  an opposition pledge is a negative here.
- **Opposition pledges** are scored the same way on their own, with
  ``pledges_as_commitments`` counting gold pledges the system took for the
  Government's commitments.
- **Amounts**, **deadlines** and **starts** are scored on the gold
  commitments' sub-records of gold-positive sentences, matched one to one
  against what the predicted commitments of that sentence carry, so a missed
  commitment costs them too.  ``*_said`` counts what the system gave on those
  sentences, so a precision can be read as well.  An amount's role is scored
  only where the system gives one.
- **Category** is right on a true positive when a predicted commitment's
  category is the category of one of the sentence's gold commitments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from pathlib import Path

from graph.errors import DebateKGError
from graph.evaluate import scores
from graph.evaluate.commitment_gold import (
    COMMITMENT,
    GOLD_DIR,
    PLEDGE,
    GoldFile,
    GoldSentence,
    document_text,
    gold_files,
    load_gold,
    question_text,
)
from graph.evaluate.paths import corpus_root, project_root
from graph.extract.commitments import find_commitments
from graph.link.roles import (
    SittingRoles,
    bystander_role,
    debate_shape,
    printed_role,
    speaker_role,
    typed_role,
    unplaced_role,
)
from graph.records import Commitment, Debate, Speech
from graph.registry import Registry
from graph.registry.evaluate import registry_files
from graph.sources import read_path
from graph.vocab.kinds import SpeakerRole
from graph.vocab.office_roles import office_role


@dataclass(frozen=True, slots=True)
class PredictedAmount:
    value: str
    maximum: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Predicted:
    """What the scorer needs of one extracted commitment; offsets are in the document text."""

    start: int
    end: int
    kind: str = COMMITMENT
    category: str | None = None
    amounts: tuple[PredictedAmount, ...] = ()
    deadline: date | None = None
    start_date: date | None = None


#: ``extract(text, date, speaker name, speaker role, question)``: the predictions for one
#: document; ``question`` is the text of the speech before it, another speaker's, or None.
Extractor = Callable[
    [str, date | None, str | None, SpeakerRole | None, str | None], Sequence[Predicted]
]
#: The speaker role the system decides for a gold document (from its first sentence).
RoleFinder = Callable[[GoldSentence], SpeakerRole | None]


def _optional(record: object, name: str) -> object:
    # Fields the issue asks the extractor for (an amount's role, a start, a
    # pledge kind): read when a record has them, so the figures follow the
    # extractor without a change here, and absent (None) until then.
    return getattr(record, name, None)


def from_commitment(c: Commitment) -> Predicted:
    kind = _optional(c, "kind")
    start = _optional(c, "start_date")
    amounts = []
    for a in c.amounts:
        role = _optional(a, "role")
        amounts.append(PredictedAmount(a.value, a.maximum, role if isinstance(role, str) else None))
    return Predicted(
        start=c.span.start,
        end=c.span.end,
        kind=kind if isinstance(kind, str) else COMMITMENT,
        category=c.category,
        amounts=tuple(amounts),
        deadline=c.deadline,
        start_date=start if isinstance(start, date) else None,
    )


def system_predictions(
    text: str,
    on: date | None,
    speaker: str | None,
    role: SpeakerRole | None = None,
    question: str | None = None,
) -> tuple[Predicted, ...]:
    """The extractor under test: :func:`graph.extract.commitments.find_commitments`."""
    found = find_commitments(text, on=on, speaker=speaker, role=role, asked=question)
    return tuple(from_commitment(c) for c in found)


# TheyWorkForYou files of bodies no registry here describes (file-name prefixes).
_OTHER_BODY = re.compile(r"^(?:sp|spwa|ni|senedd|wa)\d")


def system_roles(corpus: Path, registry: Registry | None = None) -> RoleFinder:
    """How the pipeline decides a speaker's role, for gold documents.

    The linking stage has the reader's printed office and the speaker's registry
    person; here the gold's ``office`` (the office as the source prints it, not a
    judgement) and the speaker's name resolved by the registry built from the corpus
    member files stand in for them (:func:`graph.link.roles.speaker_role`).  The
    gold's own ``speaker_role`` is never read.  Documents of other bodies, and
    speakers the registry cannot place, get the role the record prints, as in
    :mod:`graph.link.document`.  ``registry`` replaces the corpus' one (the built-in
    registry: what a user who imported no members gets).
    """
    registry = _role_registry(corpus) if registry is None else registry

    def role(s: GoldSentence) -> SpeakerRole | None:
        other_body = s.doc.kind == "akn" or (
            s.doc.kind in ("twfy", "twfy-element") and _OTHER_BODY.match(Path(s.doc.path).name)
        )
        path = project_root() / s.doc.path if s.doc.kind == "seed" else corpus / s.doc.path
        # the record's own typing of the turn (graph.link.roles.typed_role): a chair's
        # turn is the chair's whoever speaks; a question's is the asker's when nothing
        # else places the speaker
        typed = typed_role(_speech_types(path).get(s.doc.element or ""))
        if typed == "chair":
            return typed
        found = None
        if not other_body:
            key = None
            if s.speaker and s.on is not None:
                key = registry.resolve_name(s.speaker, s.on).person
            found = speaker_role(registry, key, s.on, s.office)
        if found is None:  # the printed office decides, as in graph.link.document
            sitting = _sitting_roles(path)
            found = printed_role(s.office, _sitting_key(sitting, s.speaker), sitting)
        if found is None:  # the speech's own words, as in graph.link.document
            found = unplaced_role(document_text(s.doc, corpus) or "")
        found = found or typed
        if found is None and (shape := _debate_shapes(path).get(s.doc.element or "")):
            found = bystander_role(*shape)  # the debate's shape, as in graph.link.document
        return found

    return role


@cache
def _debates(path: Path) -> tuple[Debate, ...]:
    """Every debate of a source as the product's own reader reads it (none when it
    refuses the file)."""
    try:
        return read_path(path).debates
    except (OSError, DebateKGError):
        return ()


@cache
def _speeches(path: Path) -> tuple[Speech, ...]:
    """Every speech of a source, in order."""
    return tuple(s for d in _debates(path) for s in d.speeches)


@cache
def _sitting_roles(path: Path) -> SittingRoles:
    """The offices a source's record prints, keyed by the printed name."""
    return SittingRoles.of((s.speaker.name, s.speaker.office) for s in _speeches(path))


@cache
def _speech_types(path: Path) -> dict[str, str]:
    """How the record types each speech, by the speech's id in the source."""
    return {s.source_id: s.speech_type for s in _speeches(path) if s.source_id and s.speech_type}


@cache
def _debate_shapes(
    path: Path,
) -> dict[str, tuple[tuple[str | None, ...], int, tuple[bool, ...]]]:
    """Each speech's debate as :func:`graph.link.roles.bystander_role` reads it (its
    speakers in order, the chair's turns as None), the speech's place in it, and which
    turns put a question, by the speech's id in the source."""
    shapes: dict[str, tuple[tuple[str | None, ...], int, tuple[bool, ...]]] = {}
    for d in _debates(path):
        keys, asks = debate_shape(
            (
                s.speaker.source_person_id or s.speaker.name,
                typed_role(s.speech_type) == "chair"
                or office_role(s.speaker.office or "") == "chair",
                s.text,
            )
            for s in d.speeches
        )
        for i, s in enumerate(d.speeches):
            if s.source_id:
                shapes[s.source_id] = (keys, i, asks)
    return shapes


def _sitting_key(sitting: SittingRoles, speaker: str | None) -> str | None:
    # the gold's speaker is the name as the source gives it, sometimes with the office
    # around it ("The Minister for Housing (Alex Neil)"): the reader's name inside it
    if not speaker:
        return None
    return next((k for k in sitting.by_speaker if k and k in speaker), speaker)


@cache
def _role_registry(corpus: Path) -> Registry:
    files = registry_files(corpus) if corpus.is_dir() else []
    extra = (
        corpus / "registry_2024" / "ifg_ministers_database" / "person.csv",
        corpus / "registry_2024" / "parlparse" / "official-profiles.xml",
        corpus
        / "registry_2024"
        / "dfe_mp_lookup"
        / "candidate-level-results-general-election-04-07-2024.csv",
    )
    files += [f for f in extra if f.is_file()]
    return Registry.from_paths(files) if files else Registry.builtin()


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts for any group of sentences; ``+`` adds two groups."""

    sentences: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pledge_tp: int = 0
    pledge_fp: int = 0
    pledge_fn: int = 0
    pledges_as_commitments: int = 0
    amounts_gold: int = 0
    amounts_found: int = 0  # gold amounts whose value the system gave
    amounts_said: int = 0  # amounts the system gave on gold-positive sentences
    roles_said: int = 0  # found amounts the system gave a role
    roles_right: int = 0
    deadlines_gold: int = 0
    deadlines_found: int = 0
    deadlines_said: int = 0
    starts_gold: int = 0
    starts_found: int = 0
    starts_said: int = 0
    categories_right: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Tally)))

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
    def pledge_precision(self) -> float:
        return scores.precision(self.pledge_tp, self.pledge_fp)

    @property
    def pledge_recall(self) -> float:
        return scores.recall(self.pledge_tp, self.pledge_fn)

    @staticmethod
    def ratio(right: int, total: int) -> float | None:
        return right / total if total else None

    @property
    def amount_accuracy(self) -> float | None:
        return self.ratio(self.amounts_found, self.amounts_gold)

    @property
    def role_accuracy(self) -> float | None:
        """Right roles among the found amounts the system gave a role (None: it gave none)."""
        return self.ratio(self.roles_right, self.roles_said)

    @property
    def deadline_accuracy(self) -> float | None:
        return self.ratio(self.deadlines_found, self.deadlines_gold)

    @property
    def start_accuracy(self) -> float | None:
        return self.ratio(self.starts_found, self.starts_gold)

    @property
    def category_accuracy(self) -> float | None:
        return self.ratio(self.categories_right, self.tp)


def total(tallies: Iterable[Tally]) -> Tally:
    return sum(tallies, Tally())


def _matched(gold: Sequence[object], said: Sequence[object]) -> int:
    """How many gold items the system gave, each said item used once."""
    left = Counter(said)
    found = 0
    for item in gold:
        if left[item] > 0:
            left[item] -= 1
            found += 1
    return found


def _amounts(gold: GoldSentence, said: Sequence[PredictedAmount]) -> dict[str, int]:
    left = list(said)
    found = roles_said = roles_right = 0
    for c in gold.of_kind(COMMITMENT):
        for a in c.amounts:
            match = next(
                (
                    p
                    for p in left
                    if p.value == a.value and (a.maximum is None or p.maximum == a.maximum)
                ),
                None,
            )
            if match is None:
                continue
            left.remove(match)
            found += 1
            if match.role is not None:
                roles_said += 1
                roles_right += match.role == a.role
    gold_total = sum(len(c.amounts) for c in gold.of_kind(COMMITMENT))
    return {
        "amounts_gold": gold_total,
        "amounts_found": found,
        "amounts_said": len(said),
        "roles_said": roles_said,
        "roles_right": roles_right,
    }


def score_sentence(gold: GoldSentence, hits: Sequence[Predicted]) -> Tally:
    """The counts of one gold sentence, given the predictions overlapping it."""
    commits = [h for h in hits if h.kind == COMMITMENT]
    said_commit, said_pledge = bool(commits), any(h.kind == PLEDGE for h in hits)
    counts = {
        "sentences": 1,
        "tp": int(said_commit and gold.commitment),
        "fp": int(said_commit and not gold.commitment),
        "fn": int(gold.commitment and not said_commit),
        "pledge_tp": int(said_pledge and gold.pledge),
        "pledge_fp": int(said_pledge and not gold.pledge),
        "pledge_fn": int(gold.pledge and not said_pledge),
        "pledges_as_commitments": int(gold.pledge and said_commit and not gold.commitment),
    }
    if gold.commitment:
        subs = gold.of_kind(COMMITMENT)
        counts |= _amounts(gold, [a for h in commits for a in h.amounts])
        deadlines = [c.deadline for c in subs if c.deadline is not None]
        said_deadlines = [h.deadline for h in commits if h.deadline is not None]
        starts = [c.start_date for c in subs if c.start_date is not None]
        said_starts = [h.start_date for h in commits if h.start_date is not None]
        counts |= {
            "deadlines_gold": len(deadlines),
            "deadlines_found": _matched(deadlines, said_deadlines),
            "deadlines_said": len(said_deadlines),
            "starts_gold": len(starts),
            "starts_found": _matched(starts, said_starts),
            "starts_said": len(said_starts),
        }
        categories = {c.category for c in subs}
        counts["categories_right"] = int(any(h.category in categories for h in commits))
    return Tally(**counts)


@dataclass(frozen=True, slots=True)
class SentenceResult:
    file: GoldFile
    gold: GoldSentence
    hits: tuple[Predicted, ...]
    tally: Tally

    @property
    def role(self) -> str:
        return self.gold.speaker_role or "unknown"


@dataclass(frozen=True, slots=True)
class SplitEvaluation:
    """Every scored sentence, and the gold files skipped (with the reason)."""

    results: tuple[SentenceResult, ...]
    skipped: tuple[tuple[GoldFile, str], ...]

    def tally(self, split: str | None = None) -> Tally:
        return total(r.tally for r in self.results if split in (None, r.file.split))

    def breakdown(self, key: Callable[[SentenceResult], str], split: str) -> dict[str, Tally]:
        """Tallies of one split grouped by ``key`` (a family, a role), sorted by group."""
        groups: dict[str, Tally] = {}
        for r in self.results:
            if r.file.split == split:
                groups[key(r)] = groups.get(key(r), Tally()) + r.tally
        return dict(sorted(groups.items()))

    def by_family(self, split: str) -> dict[str, Tally]:
        return self.breakdown(lambda r: r.file.family, split)

    def by_role(self, split: str) -> dict[str, Tally]:
        return self.breakdown(lambda r: r.role, split)


def _overlaps(p: Predicted, gold: GoldSentence) -> bool:
    return p.start < gold.end and gold.start < p.end


def score_file(
    file: GoldFile,
    gold: Sequence[GoldSentence],
    corpus: Path,
    extract: Extractor = system_predictions,
    roles: RoleFinder | None = None,
) -> tuple[SentenceResult, ...] | str:
    """Score one gold file; a string (the reason) when a source text is unavailable."""
    by_doc: dict[object, list[GoldSentence]] = {}
    for sentence in gold:
        by_doc.setdefault(sentence.doc, []).append(sentence)
    results: list[SentenceResult] = []
    for ref, sentences in by_doc.items():
        text = document_text(sentences[0].doc, corpus)
        if text is None:
            where = "seeds" if sentences[0].doc.kind == "seed" else str(corpus)
            return f"skipped: {sentences[0].doc.path} absent under {where}"
        first = sentences[0]
        role = roles(first) if roles is not None else None
        asked = question_text(first.doc, corpus)
        found = tuple(extract(text, first.on, first.speaker, role, asked))
        for s in sentences:
            if text[s.start : s.end] != s.text:
                raise ValueError(f"{file.name}: gold offsets {s.start}-{s.end} do not match {ref}")
            hits = tuple(p for p in found if _overlaps(p, s))
            results.append(SentenceResult(file, s, hits, score_sentence(s, hits)))
    return tuple(results)


def evaluate_splits(
    folder: Path = GOLD_DIR,
    *,
    corpus: Path | None = None,
    extract: Extractor = system_predictions,
    roles: RoleFinder | None = None,
) -> SplitEvaluation:
    """Score every gold file that ``split.tsv`` lists (all splits, all document kinds).

    ``roles`` decides each document's speaker role; by default the system's own way
    (:func:`system_roles`) when scoring the system, none for a stand-in extractor.
    """
    root = corpus if corpus is not None else corpus_root()
    if roles is None and extract is system_predictions:
        roles = system_roles(root)
    results: list[SentenceResult] = []
    skipped: list[tuple[GoldFile, str]] = []
    for file in gold_files(folder):
        scored = score_file(file, load_gold(folder / file.name), root, extract, roles)
        if isinstance(scored, str):
            skipped.append((file, scored))
        else:
            results.extend(scored)
    return SplitEvaluation(tuple(results), tuple(skipped))
