"""Real input from the wild: build each file a user might bring, and check what became of it.

The inputs are the shared corpus's ``wild/`` folder (one family per sub-folder:
``twfy``, ``akn``, ``parlamint``; a file is one input, and so is a folder, such as
a ParlaMint corpus as published, built the way ``debate-kg build FOLDER`` builds
it) and its ``parallel_parliament_pages/`` (each saved page one input).  Each
input is built with the build's own pipeline (:func:`graph.sources.plan`, the
corpus lists imported first, then :func:`graph.ingest.build_paths`) into a fresh
store in memory, and the store is asked:

* whether it built, or why not (the build's own message);
* how many speeches it holds, against the source's own count, made without the
  readers (:func:`source_count`: speech elements for XML, "Portrait" speaker lines
  for Parallel Parliament pages), so a reader that drops or invents speeches shows;
* how many speeches have a speaker with a name, and how many distinct speakers;
* which people are linked to a registry entry, and which registry: an entry is
  *Westminster* when it is a built-in person or has a Commons or Lords membership,
  else it is named by the bodies its memberships are of (a ParlaMint corpus's own
  list); speakers kept by name carry the linking stage's reason ("no registry for
  BODY");
* how many speeches of a debate outside Westminster have a Westminster speaker
  (the target is none);
* what ``debate-kg validate`` says (:func:`graph.validate.integrity`, then the SHACL
  shapes on the same sample as the command).

``debate-kg evaluate --part wild`` prints it; nothing here is scored against gold.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph import iris
from graph.errors import DebateKGError
from graph.ingest import build_paths
from graph.link import load_build_registry
from graph.link.document import WESTMINSTER
from graph.registry import Registry
from graph.registry.rdf import import_files
from graph.sources import plan
from graph.store import Store
from graph.validate import SAMPLE, integrity
from graph.validate import validate as run_shacl

#: The corpus folders read, and the family each of their inputs belongs to.
WILD = "wild"
PAGES = "parallel_parliament_pages"
PAGE_FAMILY = "pp"

_WESTMINSTER_HOUSES = frozenset(h.lower() for h in WESTMINSTER) | {"commons", "lords"}

# The source's own count of speeches, per family: read from the raw text, not the readers.
_TWFY_SPEECH = re.compile(rb"<(?:speech|ques|reply)[\s>/]")
_AKN_SPEECH = re.compile(rb"<(?:\w+:)?(?:speech|question|answer)[\s>/]")
_TEI_UTTERANCE = re.compile(rb"<u[\s>/]")
#: A Parallel Parliament speaker line: "NAME Portrait NAME AS PRINTED".
_PORTRAIT = re.compile(r"\S Portrait \S")
#: Pages saved with their markup's indentation keep no "Portrait": a deeply indented
#: short line ending in a bracket ("            Baroness Stedman-Scott (Con)").
_INDENTED_SPEAKER = re.compile(r"^ {8,}\S.{0,80}\)\s*$", re.M)

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")

COUNT_METHODS = {
    "twfy": "<speech>, <ques> and <reply> elements",
    "akn": "<speech>, <question> and <answer> elements",
    "parlamint": "<u> elements of the sittings built",
    PAGE_FAMILY: "lines 'NAME Portrait …' (else deeply indented lines ending in a bracket)",
}

# The store binds the project's prefixes (dkg, foaf, rdfs, …).
_SPEECHES = """
SELECT ?s ?p ?name ?reason ?house WHERE {
  ?s a dkg:Speech ; dkg:debate ?d .
  OPTIONAL { ?s dkg:speaker ?p . OPTIONAL { ?p foaf:name ?name } }
  OPTIONAL { ?s dkg:speakerReason ?reason }
  OPTIONAL { ?d dkg:house ?h . ?h rdfs:label ?house }
}
"""

_BODIES = """
SELECT DISTINCT ?house WHERE { ?d a dkg:Debate ; dkg:house ?h . ?h rdfs:label ?house }
"""


@dataclass(frozen=True, slots=True)
class Input:
    """One thing a user would build: a file, or a folder built as one corpus."""

    name: str  # relative to the corpus root, as shown in the report
    family: str
    path: Path


@dataclass(slots=True)
class Row:
    """What building one input gave."""

    input: str
    family: str
    built: bool = False
    #: The build's errors (a refused file's reason; a corpus list that failed).
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    speeches: int = 0
    source_count: int | None = None
    #: Speeches whose speaker is a person with a name.
    named: int = 0
    #: Distinct people speaking, with a name.
    speakers: int = 0
    #: Distinct speakers linked to a registry entry, by registry ("Westminster", …).
    linked: dict[str, int] = field(default_factory=dict)
    #: Distinct speakers kept by name, by the linking stage's reason.
    name_only: dict[str, int] = field(default_factory=dict)
    #: Speeches of a debate outside Westminster whose speaker is a Westminster entry.
    westminster_outside: int = 0
    #: "pass", "fail: …", or "not run: …".
    validate: str = "not run: nothing built"
    problems: list[str] = field(default_factory=list)

    @property
    def validated(self) -> bool:
        return self.validate == "pass"


@dataclass(frozen=True, slots=True)
class Report:
    rows: tuple[Row, ...]
    skipped: tuple[tuple[str, str], ...] = ()


def inputs(root: Path) -> tuple[list[Input], list[tuple[str, str]]]:
    """The inputs under ``root`` (the corpus), and the folders skipped with the reason."""
    found: list[Input] = []
    skipped: list[tuple[str, str]] = []
    wild = root / WILD
    if wild.is_dir():
        for family in sorted(p for p in wild.iterdir() if p.is_dir()):
            for item in sorted(family.iterdir()):
                if item.is_dir() or item.suffix.lower() in {".xml", ".txt"}:
                    found.append(Input(item.relative_to(root).as_posix(), family.name, item))
    else:
        skipped.append((WILD, f"no {WILD}/ folder under {root}"))
    pages = root / PAGES
    if pages.is_dir():
        found += (
            Input(p.relative_to(root).as_posix(), PAGE_FAMILY, p)
            for p in sorted(pages.glob("*.txt"))
        )
    else:
        skipped.append((PAGES, f"no {PAGES}/ folder under {root}"))
    return found, skipped


def source_count(item: Input, transcripts: tuple[Path, ...]) -> int | None:
    """The source's own number of speeches (see :data:`COUNT_METHODS`), None if unknown."""
    if item.family == PAGE_FAMILY:
        text = item.path.read_text(encoding="utf-8", errors="replace")
        lines = sum(1 for line in text.splitlines() if _PORTRAIT.search(line))
        return lines or len(_INDENTED_SPEAKER.findall(text))
    pattern = {"twfy": _TWFY_SPEECH, "akn": _AKN_SPEECH, "parlamint": _TEI_UTTERANCE}.get(
        item.family
    )
    if pattern is None:
        return None
    return sum(len(pattern.findall(p.read_bytes())) for p in transcripts)


def evaluate_input(item: Input, *, shacl: bool = True, root: Path | None = None) -> Row:
    """Build ``item`` into a fresh store in memory and describe the result; messages
    name files relative to ``root`` when given (the report does not depend on where
    the corpus is)."""
    row = Row(item.name, item.family)
    try:
        _build(item, row, shacl=shacl)
    finally:
        if root is not None:
            prefix = f"{root}/"
            row.errors = [e.replace(prefix, "") for e in row.errors]
            row.notes = [n.replace(prefix, "") for n in row.notes]
    return row


def _build(item: Input, row: Row, *, shacl: bool) -> None:
    found = plan([item.path])
    row.errors += found.errors
    row.notes += found.notes
    row.source_count = source_count(item, found.transcripts)
    with Store.memory() as store:
        if found.registry_files:
            row.errors += import_files(store, found.registry_files).errors
        try:
            report = build_paths(store, found.transcripts)
        except DebateKGError as exc:
            row.errors.append(str(exc))
            return
        row.errors += report.errors
        row.built = report.built > 0
        if row.built:
            _describe(store, row)
            _validate(store, row, shacl=shacl)


def _describe(store: Store, row: Row) -> None:
    registry = load_build_registry(store)
    builtin = Registry.builtin()
    # A person IRI escapes its key (iris.person_key), so keys are found from the IRIs.
    keys = {str(iris.person_key(p.key)): p.key for p in registry.people()}
    found = store.query(_BODIES)
    assert isinstance(found, ox.QuerySolutions)
    bodies = {s["house"].value for s in found}
    named: set[str] = set()
    linked: dict[str, set[str]] = {}
    name_only: dict[str, set[str]] = {}
    solutions = store.query(_SPEECHES)
    assert isinstance(solutions, ox.QuerySolutions)
    for s in solutions:
        row.speeches += 1
        house = s["house"].value if s["house"] is not None else None
        person = s["p"]
        if person is None or s["name"] is None or not s["name"].value.strip():
            continue
        row.named += 1
        named.add(person.value)
        key = keys.get(person.value)
        entry = registry.person(key) if key is not None else None
        if entry is None:
            reason = s["reason"].value if s["reason"] is not None else "no reason given"
            name_only.setdefault(_reason_head(reason), set()).add(person.value)
            continue
        which = _registry_of(registry, builtin, entry.key)
        linked.setdefault(which, set()).add(person.value)
        if which == "Westminster" and house is not None and house not in WESTMINSTER:
            row.westminster_outside += 1
    row.bodies = sorted(bodies)
    row.speakers = len(named)
    row.linked = {k: len(v) for k, v in sorted(linked.items())}
    row.name_only = {k: len(v) for k, v in sorted(name_only.items())}


def _reason_head(reason: str) -> str:
    """The part of a linking reason that says why, without the name it is about:
    "no registry for X; kept as a name" is grouped under "no registry for X", and
    "no person named 'Alec Shelbrooke'" under "no person named …"."""
    head = reason.split(";", 1)[0].split(":", 1)[0].strip()
    return _QUOTED.sub("…", head)


def _registry_of(registry: Registry, builtin: Registry, key: str) -> str:
    """Which registry a linked person is an entry of: Westminster, or the bodies its
    memberships are of."""
    houses = {m.house for m in registry.memberships(key)}
    if builtin.person(key) is not None or any(h.lower() in _WESTMINSTER_HOUSES for h in houses):
        return "Westminster"
    return ", ".join(sorted(houses)) if houses else "a registry with no memberships"


def _validate(store: Store, row: Row, *, shacl: bool) -> None:
    """The checks of ``debate-kg validate`` (``--no-shacl`` when ``shacl`` is false)."""
    broken = integrity(store)
    row.problems = [str(v) for v in broken[:5]]
    failed = [f"{len(broken)} integrity problem(s)"] if broken else []
    if shacl:
        report = run_shacl(store, sample=SAMPLE)
        if not report.conforms:
            failed.append("does not conform to the shapes")
            row.problems += report.text.splitlines()[:5]
    row.validate = f"fail: {'; '.join(failed)}" if failed else "pass"


def evaluate(root: Path, *, shacl: bool = True) -> Report:
    """Every input under ``root``; folders missing from it are listed as skipped."""
    found, skipped = inputs(root)
    rows = tuple(evaluate_input(i, shacl=shacl, root=root) for i in found)
    return Report(rows, tuple(skipped))


# --- reporting -----------------------------------------------------------------------


def _counts(counts: dict[str, int]) -> str:
    return "; ".join(f"{n} {k}" for k, n in counts.items()) or "-"


def outcome(row: Row) -> str:
    """ "built", "built (N errors)" or "refused: REASON" (the build's own words)."""
    if not row.built:
        return f"refused: {_short(row.errors[0]) if row.errors else 'nothing to build'}"
    return f"built ({len(row.errors)} error(s))" if row.errors else "built"


def _short(message: str) -> str:
    """A build error without the path it starts with (the row names the input)."""
    head, sep, tail = message.partition(": ")
    return tail if sep and ("/" in head or head.endswith((".xml", ".txt"))) else message


def summary(report: Report) -> dict[str, int]:
    rows = report.rows
    built = [r for r in rows if r.built]
    return {
        "inputs": len(rows),
        "built": len(built),
        "refused": len(rows) - len(built),
        "validated": sum(r.validated for r in built),
        "speech counts equal": sum(r.speeches == r.source_count for r in built),
        "westminster speakers outside westminster": sum(r.westminster_outside for r in rows),
    }


def format_report(report: Report) -> str:
    header = (
        "input",
        "outcome",
        "body",
        "speeches/source",
        "named",
        "speakers",
        "linked",
        "name only",
        "validate",
    )
    table = [header]
    for r in report.rows:
        table.append(
            (
                r.input,
                outcome(r),
                ", ".join(r.bodies) or "-",
                f"{r.speeches}/{r.source_count if r.source_count is not None else '?'}",
                str(r.named),
                str(r.speakers),
                _counts(r.linked),
                _counts(r.name_only),
                r.validate,
            )
        )
    lines = [f"| {' | '.join(c.replace('|', '/') for c in cells)} |" for cells in table]
    lines.insert(1, "|" + "---|" * len(header))
    lines.append("")
    lines += (f"{k}: {v}" for k, v in summary(report).items())
    lines += (f"source count ({family}): {how}" for family, how in COUNT_METHODS.items())
    for r in report.rows:
        lines += (f"{r.input}: error: {e}" for e in (r.errors if r.built else r.errors[1:]))
        lines += (f"{r.input}: note: {n}" for n in r.notes)
        lines += (f"{r.input}: problem: {p}" for p in r.problems)
    lines += (f"skipped {name}: {why}" for name, why in report.skipped)
    return "\n".join(lines)


def as_json(report: Report) -> dict[str, Any]:
    return {
        "rows": [{**asdict(r), "outcome": outcome(r)} for r in report.rows],
        "summary": summary(report),
        "source_count_methods": COUNT_METHODS,
        "skipped": [{"name": n, "reason": w} for n, w in report.skipped],
    }
