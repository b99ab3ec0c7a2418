"""Reader for Akoma Ntoso debate records (``<akomaNtoso><debate>``, AKN 2.0 and 3.0).

The ``<debateBody>`` nests sections: ``<debateSection>`` and the named kinds
(``<questions>``, ``<adjournment>``, ``<noticesOfMotion>``, …), each with a
``<heading>``.  Speeches are ``<speech>``, ``<question>`` and ``<answer>``
(``speech_type`` keeps which).  Every run of speeches that sit directly in one
section becomes a debate titled by the section's latest heading before the run
(or, lacking one, the nearest enclosing section's heading).  Parent headings
are not prefixed: in the South African records the outermost heading is the
sitting itself ("PROCEEDINGS OF THE NATIONAL ASSEMBLY").

A speech's speaker: ``by="#ref"`` names a ``<TLCPerson>`` whose ``showAs`` and
the speech's ``<from>`` ("Mr S G MMUSI (ANC)") give the display text, kept as
``attribution``.  A trailing "(ANC)" is read as the party.  A display text that
starts with "The " ("The SPEAKER", "The MINISTER OF …") names an office, not a
person: it becomes ``office`` and ``name`` stays None.  ``as="#role"`` names a
``<TLCRole>`` whose ``showAs`` is the office.  ``source_person_id`` is the
``by`` reference without ``#``.

The date is the preface's ``<docDate date=…>``, else the date in the
FRBRWork URI (``/za/debaterecord/2012-09-20``), else ``FRBRWork/FRBRdate``
(in the ZA files that one is the date the markup was generated, or a 3000-01-01
placeholder, which is never used).  AKN has no
standard marker of the House, so ``house`` and ``location`` stay None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.records import Debate, SourceDocument, SpeakerRef, Speech, Transcript
from graph.sources.safe_xml import Element, local_name, parse, root_name, squash, text_of

NAME = "akoma-ntoso"

NO_HEADING = "(no heading)"

_NAMESPACES = (
    "http://docs.oasis-open.org/legaldocml/ns/akn/3.0",  # 3.0 and its drafts (…/CSD03)
    "http://www.akomantoso.org/",  # 1.0 and 2.0
)
_SPEECHES = frozenset({"speech", "question", "answer"})
_HEADINGS = frozenset({"heading"})
_NOT_TEXT = frozenset({"from", "num", "heading", "subheading"})
_LEFT_OUT = frozenset({"authorialNote", "noteRef"})
_LISTS = frozenset({"ul", "ol", "blockList"})
_PARTY = re.compile(r"^(?P<who>.*\S)\s*\((?P<party>[^()]+)\)$")
_PLACEHOLDER_YEAR = 2900
_URI_DATE = re.compile(r"(?<=/)\d{4}-\d{2}-\d{2}(?=/|$)")


def sniff(head: bytes) -> bool:
    found = root_name(head)
    return (
        found is not None
        and found[1] == "akomaNtoso"
        and found[0] is not None
        and found[0].startswith(_NAMESPACES)
    )


@dataclass(slots=True)
class _Run:
    title: str | None
    source_id: str | None
    line: int | None
    speeches: list[Speech] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _References:
    persons: dict[str, str]
    roles: dict[str, str]


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    root = parse(path, data)
    if local_name(root) != "akomaNtoso":
        raise SourceError(path, f"expected an <akomaNtoso> root, found <{local_name(root)}>")
    document = next((c for c in root if local_name(c)), None)
    if document is None or local_name(document) != "debate":
        found = local_name(document) if document is not None else "nothing"
        raise SourceError(path, f"an Akoma Ntoso <{found}>, not a <debate> record")
    body = next((c for c in document if local_name(c) == "debateBody"), None)
    if body is None:
        raise SourceError(path, "no <debateBody> in this Akoma Ntoso debate")
    refs = _references(document)
    runs: list[_Run] = []
    _walk(body, None, refs, runs)
    day = _date(path, document)
    debates = [
        Debate(
            ordinal=i,
            title=run.title or NO_HEADING,
            date=day,
            house=None,
            location=None,
            speeches=tuple(run.speeches),
            source_id=run.source_id,
            line=run.line,
        )
        for i, run in enumerate(runs, start=1)
    ]
    if not debates:
        raise SourceError(path, "no speeches found in this Akoma Ntoso debate")
    return Transcript(source=source, debates=tuple(debates))


def _walk(section: Element, inherited: str | None, refs: _References, runs: list[_Run]) -> None:
    """Collect the runs of speeches directly in ``section``, then those of its subsections."""
    title = inherited
    line = section.sourceline
    run: _Run | None = None
    for child in section:
        tag = local_name(child)
        if tag in _HEADINGS:
            title, line, run = text_of(child, _LEFT_OUT) or title, child.sourceline, None
        elif tag in _SPEECHES:
            if run is None:
                # Only a section's first run carries its id, so that debate ids stay unique.
                first = not any(r.source_id == _element_id(section) for r in runs)
                run = _Run(title, _element_id(section) if first else None, line)
                runs.append(run)
            run.speeches.append(_speech(child, len(run.speeches) + 1, refs))
        elif tag and any(local_name(e) in _SPEECHES for e in child.iter()):
            run = None
            _walk(child, title, refs, runs)


def _speech(element: Element, position: int, refs: _References) -> Speech:
    by = (element.get("by") or "").strip().removeprefix("#") or None
    role = (element.get("as") or "").strip().removeprefix("#") or None
    from_ = next((c for c in element if local_name(c) == "from"), None)
    shown = text_of(from_, _LEFT_OUT) if from_ is not None else ""
    listed = refs.persons.get(by, "") if by else ""
    attribution = shown or listed
    display, party = _split_party(listed or shown)
    office = refs.roles.get(role) if role else None
    name: str | None = display or None
    if display.lower().startswith("the "):
        office, name = office or display, None
    return Speech(
        position=position,
        speaker=SpeakerRef(
            name=name,
            attribution=attribution,
            office=office,
            party=party,
            source_person_id=by,
        ),
        text="\n\n".join(_paragraphs(element)),
        source_id=_element_id(element),
        speech_type=local_name(element),
    )


def _paragraphs(speech: Element) -> list[str]:
    paragraphs: list[str] = []
    for child in speech:
        tag = local_name(child)
        if not tag or tag in _NOT_TEXT:
            continue
        if tag in _LISTS:
            items = [text_of(item, _LEFT_OUT) for item in child if local_name(item)]
        else:
            items = [text_of(child, _LEFT_OUT)]
        paragraphs.extend(item for item in items if item)
    return paragraphs


def _split_party(text: str) -> tuple[str, str | None]:
    """``"Mr S G MMUSI (ANC)"`` -> ``("Mr S G MMUSI", "ANC")``."""
    m = _PARTY.match(squash(text))
    if m is None:
        return squash(text), None
    return m["who"], m["party"].strip()


def _element_id(element: Element) -> str | None:
    return element.get("eId") or element.get("id") or None


def _references(document: Element) -> _References:
    persons: dict[str, str] = {}
    roles: dict[str, str] = {}
    meta = next((c for c in document if local_name(c) == "meta"), None)
    if meta is not None:
        for element in meta.iter():
            tag = local_name(element)
            ref_id = _element_id(element)
            shown = squash(element.get("showAs") or "")
            if ref_id and shown and tag == "TLCPerson":
                persons.setdefault(ref_id, shown)
            elif ref_id and shown and tag == "TLCRole":
                roles.setdefault(ref_id, shown)
    return _References(persons, roles)


def _date(path: Path, document: Element) -> date | None:
    """The sitting's date: ``docDate``, else the FRBRWork URI's date, else FRBRWork's FRBRdate."""
    doc_dates: list[str] = []
    work: list[str] = []
    for element in document.iter():
        tag = local_name(element)
        parent = element.getparent()
        in_work = parent is not None and local_name(parent) == "FRBRWork"
        if tag == "docDate":
            doc_dates.append(element.get("date") or "")
        elif in_work and tag == "FRBRuri" and (m := _URI_DATE.search(element.get("value") or "")):
            work.insert(0, m.group())
        elif in_work and tag == "FRBRdate":
            work.append(element.get("date") or "")
    for text in (*doc_dates, *work):
        if not text:
            continue
        try:
            day = date.fromisoformat(text[:10])
        except ValueError:
            raise SourceError(path, f"not a real date: {text!r}") from None
        if day.year < _PLACEHOLDER_YEAR:
            return day
    return None
