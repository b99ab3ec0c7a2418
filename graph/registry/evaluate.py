"""Evaluations of the registry against the real corpus (``../shared/corpus``).

(a) speaker attribution: resolve each TheyWorkForYou ``<speech>`` from its
``speakername``, ``speakeroffice`` and date alone, and compare with the
``person_id`` / ``speakerid`` the file carries (hidden from the resolver);
(b) office on a date: for each ``speakeroffice``, are the holders the registry
gives for that date the speech's person?

Run ``python -m graph.registry.evaluate`` to print the figures.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph.evaluate import paths
from graph.registry._common import local, parse_xml, person_key_for
from graph.registry.registry import Registry

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def corpus_root() -> Path | None:
    """The shared corpus (:func:`graph.evaluate.paths.corpus_root`); ``None`` when absent."""
    root = paths.corpus_root()
    return root if root.is_dir() else None


def registry_files(root: Path) -> list[Path]:
    """The corpus files a registry is built from (people, members, offices, seats)."""
    files = sorted((root / "parlparse_members").glob("*"))
    files += sorted((root / "twfy_debates_2016_2021" / "mp_lists").glob("*.csv"))
    files += sorted((root / "parlamint_gb_samples").glob("ParlaMint-GB-list*.xml"))
    return [f for f in files if f.is_file()]


def transcript_files(root: Path) -> list[Path]:
    files = sorted((root / "twfy_debates_2016_2021" / "xml").glob("*.xml"))
    files += sorted((root / "twfy_parldata_2009").rglob("*.xml"))
    return files


@dataclass(frozen=True, slots=True)
class SpeechCase:
    file: str
    speech_id: str
    on: date
    name: str | None
    office: str | None
    gold_id: str  # person_id or speakerid as the file gives it


def speech_cases(files: list[Path]) -> Iterator[SpeechCase]:
    """Speeches that carry a speaker id (the gold), read straight from the XML."""
    for path in files:
        m = _DATE.search(path.name)
        if not m:
            continue
        on = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        root = parse_xml(path, path.read_bytes())
        for element in root.iter():
            if local(element.tag) != "speech":
                continue
            gold = element.get("person_id") or element.get("speakerid")
            if not gold or gold == "unknown":
                continue
            yield SpeechCase(
                path.name,
                element.get("id", ""),
                on,
                element.get("speakername"),
                element.get("speakeroffice"),
                gold,
            )


def gold_key(registry: Registry, gold_id: str) -> str | None:
    """The registry key for a file's speaker id (old member/lord ids via people.xml)."""
    m = re.match(r"uk\.org\.publicwhip/(member|lord)/\d+$", gold_id)
    if m:
        person = registry.by_identifier(f"parlparse-{m.group(1)}", gold_id)
        return person.key if person else None
    return person_key_for(gold_id)


@dataclass(frozen=True, slots=True)
class Score:
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.accuracy:.4f} ({self.correct}/{self.total})"


@dataclass(frozen=True, slots=True)
class AttributionReport:
    overall: Score
    with_office: Score
    name_only: Score
    wrong: int  # resolved to the wrong person
    unresolved: int  # no answer (ambiguous or unknown)
    errors: tuple[tuple[SpeechCase, str | None, str | None, str], ...]


def evaluate_attribution(registry: Registry, cases: list[SpeechCase]) -> AttributionReport:
    ok = office_ok = office_n = wrong = unresolved = 0
    errors = []
    for case in cases:
        gold = gold_key(registry, case.gold_id)
        got = registry.resolve_name(case.name, case.on, office=case.office)
        hit = got.person is not None and got.person == gold
        ok += hit
        if case.office:
            office_n += 1
            office_ok += hit
        if not hit:
            wrong += got.person is not None
            unresolved += got.person is None
            errors.append((case, gold, got.person, got.reason))
    name_n = len(cases) - office_n
    return AttributionReport(
        Score(ok, len(cases)),
        Score(office_ok, office_n),
        Score(ok - office_ok, name_n),
        wrong,
        unresolved,
        tuple(errors),
    )


@dataclass(frozen=True, slots=True)
class OfficeReport:
    among_holders: Score  # the speech's person is one of the holders returned
    unique: Score  # exactly one holder returned and it is the speech's person
    mean_holders: float
    errors: tuple[tuple[SpeechCase, str | None, tuple[str, ...]], ...]


def evaluate_offices(registry: Registry, cases: list[SpeechCase]) -> OfficeReport:
    among = unique = returned = 0
    office_cases = [c for c in cases if c.office]
    errors = []
    for case in office_cases:
        assert case.office is not None
        gold = gold_key(registry, case.gold_id)
        holders = tuple(h.person_key for h in registry.holders(case.office, case.on))
        returned += len(holders)
        among += gold in holders
        unique += holders == (gold,)
        if gold not in holders:
            errors.append((case, gold, holders))
    n = len(office_cases)
    return OfficeReport(
        Score(among, n), Score(unique, n), returned / n if n else 0.0, tuple(errors)
    )


def evaluation_registry(root: Path) -> Registry:
    """The registry a build would use: the built-in one plus the corpus' registry files."""
    from graph.registry.builtin import load_builtin
    from graph.registry.load import load_path

    return Registry([load_builtin(), *(load_path(p) for p in registry_files(root))])


def main(argv: list[str] | None = None) -> int:
    import time

    root = corpus_root()
    if root is None:
        print(
            f"corpus not found at {paths.corpus_root()} (set {paths.CORPUS_ENV})", file=sys.stderr
        )
        return 2
    started = time.perf_counter()
    registry = evaluation_registry(root)
    loaded = time.perf_counter() - started
    cases = list(speech_cases(transcript_files(root)))
    attribution = evaluate_attribution(registry, cases)
    offices = evaluate_offices(registry, cases)
    print(
        f"registry: {len(registry.people())} people from {len(registry.sources)} files "
        f"in {loaded:.2f}s"
    )
    print(f"attribution overall:      {attribution.overall}")
    print(f"attribution with office:  {attribution.with_office}")
    print(f"attribution name only:    {attribution.name_only}")
    print(f"  wrong person: {attribution.wrong}; no answer: {attribution.unresolved}")
    print(f"office on date (person among holders): {offices.among_holders}")
    print(f"office on date (unique holder):        {offices.unique}")
    print(f"  mean holders returned: {offices.mean_holders:.2f}")
    if argv and "-v" in argv:
        for case, gold, got, why in attribution.errors:
            print(f"  A {case.file} {case.name!r} {case.office!r} gold={gold} got={got}: {why}")
        for case, gold, holders in offices.errors:
            print(f"  O {case.file} {case.office!r} gold={gold} holders={holders}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
