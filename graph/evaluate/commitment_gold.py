"""The commitment gold set: its split, its sentences and the texts they cut.

``tests/gold/commitments/README.md`` is the guideline and the format; this
module only reads it.  ``split.tsv`` names every gold file with its split
(``dev`` or ``heldout``), source family and document count, and
:func:`gold_files` refuses a folder where the list and the files disagree, so
that a new file cannot be scored without a split, nor a listed one dropped.

A sentence's offsets refer to a *document text*, made again from the source
for each kind of :class:`DocRef`; :func:`document_text` returns ``None`` when
the source file is absent (the corpus is optional), so callers can report the
set as skipped rather than failed.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from graph.errors import SourceError
from graph.evaluate.paths import gold_dir, project_root
from graph.extract import question_of
from graph.records import Transcript
from graph.sources import safe_xml

GOLD_DIR = gold_dir("commitments")
SPLIT_FILE = "split.tsv"
SPLITS = ("dev", "heldout")
DOC_KINDS = ("seed", "twfy", "twfy-element", "tei", "akn", "file")
ROLES = ("minister", "lords-spokesperson", "shadow", "backbench", "chair", "other")
COMMITMENT = "commitment"
PLEDGE = "opposition-pledge"
AMOUNT_ROLES = ("new", "existing", "total", "rate", "range")


@dataclass(frozen=True, slots=True)
class DocRef:
    """Where a gold sentence's text lives (the README's ``doc`` object).

    ``seed``: a repository file read by :mod:`graph.sources`, one speech found
    by debate ordinal and speech position.  ``twfy`` and ``twfy-element``: a
    TheyWorkForYou element found by its ``id`` (its ``p`` children, white space
    collapsed, joined by blank lines).  ``tei``: any TEI element with that
    ``xml:id`` (its text, white space collapsed).  ``file``: the characters
    ``offset:stop`` of a UTF-8 text file read without newline translation.
    """

    kind: str
    path: str
    element: str | None = None
    debate: int | None = None
    speech: int | None = None
    offset: int | None = None
    stop: int | None = None


@dataclass(frozen=True, slots=True)
class GoldAmount:
    value: str
    role: str
    text: str = ""
    maximum: str | None = None
    currency: str = "GBP"


@dataclass(frozen=True, slots=True)
class GoldCommitment:
    """One sub-record of a sentence: a commitment or an opposition pledge (or part of one)."""

    id: str
    kind: str
    category: str
    status: str
    amounts: tuple[GoldAmount, ...] = ()
    deadline: date | None = None
    deadline_text: str | None = None
    start_date: date | None = None
    start_text: str | None = None
    continues: str | None = None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One annotated sentence.

    ``commitment``, ``category``, ``status``, ``amounts``, ``deadline`` and
    ``deadline_text`` are the first format's one-per-sentence fields (kept for
    the issue-3 scorer); ``commitments`` holds every sub-record.
    """

    doc: DocRef
    start: int
    end: int
    text: str
    commitment: bool
    on: date | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    office: str | None = None
    category: str | None = None
    status: str | None = None
    amounts: tuple[str, ...] = ()
    deadline: date | None = None
    deadline_text: str | None = None
    commitments: tuple[GoldCommitment, ...] = ()

    def of_kind(self, kind: str) -> tuple[GoldCommitment, ...]:
        return tuple(c for c in self.commitments if c.kind == kind)

    @property
    def pledge(self) -> bool:
        """The sentence holds an opposition pledge (or part of one)."""
        return bool(self.of_kind(PLEDGE))


@dataclass(frozen=True, slots=True)
class GoldFile:
    """One line of ``split.tsv``: a gold file, its split, source family and document count."""

    name: str  # the path relative to the gold folder, as split.tsv gives it
    split: str
    family: str
    documents: int

    @property
    def label(self) -> str:
        return self.name.removesuffix(".jsonl")


# --- reading gold ------------------------------------------------------------


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def _amount(obj: Mapping[str, Any]) -> GoldAmount:
    if obj["role"] not in AMOUNT_ROLES:
        raise ValueError(f"unknown amount role {obj['role']!r}")
    return GoldAmount(
        value=obj["value"],
        role=obj["role"],
        text=obj.get("text", ""),
        maximum=obj.get("maximum"),
        currency=obj.get("currency", "GBP"),
    )


def _sub_record(obj: Mapping[str, Any]) -> GoldCommitment:
    if obj["kind"] not in (COMMITMENT, PLEDGE):
        raise ValueError(f"unknown commitment kind {obj['kind']!r}")
    return GoldCommitment(
        id=obj["id"],
        kind=obj["kind"],
        category=obj["category"],
        status=obj["status"],
        amounts=tuple(_amount(a) for a in obj.get("amounts", ())),
        deadline=_date(obj.get("deadline")),
        deadline_text=obj.get("deadline_text"),
        start_date=_date(obj.get("start_date")),
        start_text=obj.get("start_text"),
        continues=obj.get("continues"),
    )


def _doc(obj: Mapping[str, Any]) -> DocRef:
    kind = obj["kind"]
    if kind not in DOC_KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    return DocRef(
        kind=kind,
        path=obj["path"],
        element=obj.get("element"),
        debate=obj.get("debate"),
        speech=obj.get("speech"),
        offset=obj.get("start"),
        stop=obj.get("end"),
    )


def parse_gold_line(line: str) -> GoldSentence:
    obj = json.loads(line)
    role = obj.get("speaker_role")
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown speaker role {role!r}")
    return GoldSentence(
        doc=_doc(obj["doc"]),
        start=obj["start"],
        end=obj["end"],
        text=obj["text"],
        commitment=bool(obj["commitment"]),
        on=_date(obj.get("date")),
        speaker=obj.get("speaker"),
        speaker_role=role,
        office=obj.get("office"),
        category=obj.get("category"),
        status=obj.get("status"),
        amounts=tuple(obj.get("amounts", ())),
        deadline=_date(obj.get("deadline")),
        deadline_text=obj.get("deadline_text"),
        commitments=tuple(_sub_record(c) for c in obj.get("commitments", ())),
    )


def load_gold(path: Path) -> tuple[GoldSentence, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        return tuple(parse_gold_line(line) for line in lines if line.strip())
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from exc


def load_split(folder: Path = GOLD_DIR) -> tuple[GoldFile, ...]:
    """The rows of ``split.tsv``, in its order; a bad split name or count is an error."""
    path = folder / SPLIT_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    files: list[GoldFile] = []
    for row in rows:
        if row["split"] not in SPLITS:
            raise ValueError(f"{path}: {row['file']}: unknown split {row['split']!r}")
        files.append(
            GoldFile(
                name=row["file"],
                split=row["split"],
                family=row["family"],
                documents=int(row["documents"]),
            )
        )
    return tuple(files)


def gold_files(folder: Path = GOLD_DIR) -> tuple[GoldFile, ...]:
    """Every gold file of ``folder`` with its split, sorted by name.

    Raises :class:`ValueError` when ``split.tsv`` lists a file that is not
    there or a ``*.jsonl`` file is not listed.
    """
    listed = {f.name: f for f in load_split(folder)}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*.jsonl")}
    missing = sorted(set(listed) - on_disk)
    unlisted = sorted(on_disk - set(listed))
    if missing or unlisted:
        raise ValueError(
            f"{folder / SPLIT_FILE} and the gold files disagree:"
            f" listed but absent {missing}, present but unlisted {unlisted}"
        )
    return tuple(listed[name] for name in sorted(listed))


# --- finding the text again --------------------------------------------------


def _collapse(text: str) -> str:
    return " ".join(text.split())


@cache
def _transcript(path: Path) -> Transcript:
    from graph.sources import read_path  # the reader package is only needed for seeds and pages

    return read_path(path)


@cache
def _xml_tree(path: Path) -> etree._Element:
    # The readers' safe parser: internal HTML-entity DTDs expand, nothing is fetched.
    return safe_xml.parse(path, path.read_bytes())


@cache
def _plain_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def element_text(element: etree._Element) -> str:
    """The text of a TWFY element (direct ``p`` children joined by blank lines) or any other."""
    paragraphs = element.findall("p")
    if paragraphs:
        return "\n\n".join(_collapse("".join(p.itertext())) for p in paragraphs)
    return _collapse("".join(element.itertext()))


def _akn_speech_text(tree: etree._ElementTree, ref: DocRef) -> str:
    # Akoma Ntoso speeches often have no eId (the South African files), so a speech is
    # addressed by its eId when it has one, else as "speech:N" (1-based, document order).
    speeches = tree.xpath("//*[local-name()='speech']")
    assert isinstance(speeches, list)
    chosen = None
    ordinal = (
        ref.element[len("speech:") :] if ref.element and ref.element.startswith("speech:") else None
    )
    if ordinal is not None and ordinal.isdigit() and 0 < int(ordinal) <= len(speeches):
        chosen = speeches[int(ordinal) - 1]
    elif ordinal is None:
        chosen = next((s for s in speeches if s.get("eId") == ref.element), None)
    if not isinstance(chosen, etree._Element):
        raise LookupError(f"{ref.path}: no speech {ref.element!r}")
    paragraphs = chosen.xpath(".//*[local-name()='p']")
    assert isinstance(paragraphs, list)
    texts = [_collapse("".join(p.itertext())) for p in paragraphs]
    return "\n\n".join(t for t in texts if t)


def _seed_text(ref: DocRef) -> str | None:
    path = project_root() / ref.path
    if not path.exists():
        return None
    for debate in _transcript(path).debates:
        if debate.ordinal == ref.debate:
            for speech in debate.speeches:
                if speech.position == ref.speech:
                    return speech.text
    raise LookupError(f"{ref.path}: no debate {ref.debate} speech {ref.speech}")


def document_text(ref: DocRef, corpus: Path) -> str | None:
    """The text a gold sentence's offsets refer to, or None when its file is absent."""
    if ref.kind == "seed":
        return _seed_text(ref)
    path = corpus / ref.path
    if not path.exists():
        return None
    if ref.kind == "file":
        if ref.offset is None or ref.stop is None:
            raise ValueError(f"{ref.path}: a file document needs start and end")
        text = _plain_text(path)
        if not 0 <= ref.offset <= ref.stop <= len(text):
            raise LookupError(f"{ref.path}: no characters {ref.offset}-{ref.stop}")
        return text[ref.offset : ref.stop]
    tree = _xml_tree(path)
    if ref.kind in ("twfy", "twfy-element"):
        found = tree.xpath("//*[@id=$id]", id=ref.element)
    elif ref.kind == "tei":
        found = tree.xpath("//*[@xml:id=$id]", id=ref.element)
    elif ref.kind == "akn":
        return _akn_speech_text(tree, ref)
    else:
        raise ValueError(f"unknown document kind {ref.kind!r}")
    if not isinstance(found, list) or not found or not isinstance(found[0], etree._Element):
        raise LookupError(f"{ref.path}: no element {ref.element!r}")
    return element_text(found[0])


# The elements a speech is, by format: what the speech before a gold document is.
_TURNS: dict[str, tuple[str, ...]] = {
    "twfy": ("speech", "ques", "reply"),
    "twfy-element": ("speech", "ques", "reply"),
    "tei": ("u",),
}


def question_text(ref: DocRef, corpus: Path) -> str | None:
    """The text of the speech just before a gold sentence's document, as the extractor
    reads it (a bare "Yes." answers its question: :mod:`graph.extract.answers`), or None:
    the first speech, a speech by the same speaker, a page no reader takes (``file``:
    the page is read as a build reads it, to find the speech before the range), an
    Akoma Ntoso file (speeches addressed by order, not read back here), or a file that
    is absent."""
    if ref.kind == "seed":
        path = project_root() / ref.path
        if not path.exists():
            return None
        for debate in _transcript(path).debates:
            if debate.ordinal == ref.debate:
                speeches = debate.speeches
                at = next(i for i, s in enumerate(speeches) if s.position == ref.speech)
                return question_of(speeches[at], speeches[at - 1] if at else None)
        return None
    path = corpus / ref.path
    if ref.kind == "file" and path.exists():
        return _page_question(path, ref)
    if ref.kind not in ("twfy", "twfy-element", "tei") or not path.exists():
        return None
    tree = _xml_tree(path)
    if ref.kind == "tei":
        found = tree.xpath("//*[@xml:id=$id]", id=ref.element)
    else:
        found = tree.xpath("//*[@id=$id]", id=ref.element)
    names = _TURNS[ref.kind]
    if not found or not isinstance(found[0], etree._Element):
        return None
    element = found[0]
    before = element.getprevious()
    while before is not None and etree.QName(before).localname not in names:
        before = before.getprevious()
    if before is None or _who(before) == _who(element):
        return None
    return element_text(before)


def _page_question(path: Path, ref: DocRef) -> str | None:
    """The speech before the one holding characters ``offset:stop`` of a page, read as the
    pipeline reads the page (None when the page cannot be read, or the range is in no
    speech or in the first)."""
    try:
        transcript = _transcript(path)  # read once for all the page's ranges
    except SourceError:
        return None
    for debate in transcript.debates:
        speeches = debate.speeches
        for i, speech in enumerate(speeches):
            span = speech.span
            if span is not None and span.start <= (ref.offset or 0) < span.end:
                return question_of(speech, speeches[i - 1] if i else None)
    return None


def _who(element: etree._Element) -> str | None:
    """Who spoke a TWFY or TEI speech (its person id, else the printed name)."""
    who = element.get("person_id") or element.get("who") or element.get("speakername")
    return str(who) if who is not None else None
