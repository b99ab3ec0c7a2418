"""Reader for TheyWorkForYou / ParlParse debate XML (``<publicwhip>`` files).

One file is one sitting of one place: ``debates2016-03-11b.xml`` (Commons
Chamber), ``westminster…`` (Westminster Hall), ``ministerial…`` (Commons Written
Ministerial Statements), ``lordswms…`` (Lords Written Statements), ``lords…``
(Lords Chamber).  The root holds a flat sequence of headings, speeches and
divisions.

Debates: every run of speeches gets the headings that precede it.  A
``major-heading`` (or ``oral-heading``) starts a new context; a
``minor-heading`` under it gives the title ``"Major: Minor"``; speeches right
after a major heading form a debate titled by the major heading alone.  So
oral questions become "Home Department: Knife Crime", statements "TREASURY:
Corporate Taxation", and a Friday bill debate its bill's name.  A major heading
whose own speeches include more than one by a named speaker was a debate in its
own right, not a group header: the minor headings after it then stand alone (in
2016-03-11b "National Health Service Bill" follows the debate on another bill
as a minor heading; a bill's "Consideration of Lords message" with one
speech keeps its amendments under the bill's name).  Chair notes
such as "[Mr Speaker in the Chair]" are dropped from titles (unless nothing else
is left).  ``Debate.source_id`` is the id of the last heading.

Speeches: every ``<speech>`` is kept, including procedural ones without a
speaker (``nospeaker="true"``, name ``None``).  A speaker whose id is
``unknown`` (parlparse found no match; in practice "Hon. Members") keeps the
printed name as attribution but gets no ``name``, since it is not a person.
The text is the ``<p>`` paragraphs (and table rows, cells joined by " | ")
joined by blank lines; ``span`` is None because the text is assembled.

Divisions become :class:`~graph.records.Division` records on their debate,
with one :class:`~graph.records.Vote` per ``mpname``/``lord`` entry.

The date and the place are read from the element ids
(``uk.org.publicwhip/debate/2016-03-11b.545.1``), falling back on the file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.records import Debate, Division, SourceDocument, SpeakerRef, Speech, Transcript, Vote
from graph.sources.safe_xml import (
    Element,
    head_text,
    local_name,
    parse,
    root_name,
    squash,
    text_of,
)

NAME = "twfy"

NO_HEADING = "(no heading)"

_CONTENT = re.compile(r"<(?:speech|major-heading|minor-heading|oral-heading|division)[\s>/]")
_ID = re.compile(r"^uk\.org\.publicwhip/(?P<kind>[a-z]+)/(?P<date>\d{4}-\d{2}-\d{2})")
_FILE = re.compile(r"^(?P<kind>[a-z]*?)(?P<date>\d{4}-\d{2}-\d{2})[a-z]?$")
_CHAIR = re.compile(r"\[[^\[\]]*\bin the Chair\]", re.IGNORECASE)

_COMMONS, _LORDS = "House of Commons", "House of Lords"
_COMMONS_WMS = (_COMMONS, "Written Ministerial Statements")
_LORDS_WMS = (_LORDS, "Lords Written Statements")
#: File-name prefix -> (house, location).
_PLACE_OF_FILE = {
    "debates": (_COMMONS, "Commons Chamber"),
    "westminster": (_COMMONS, "Westminster Hall"),
    "ministerial": _COMMONS_WMS,
    "wms": _COMMONS_WMS,
    "lordswms": _LORDS_WMS,
    "lords": (_LORDS, "Lords Chamber"),
}
#: Id kind -> (house, location); "wms" is shared by both Houses and decided apart.
_PLACE_OF_ID = {
    "debate": _PLACE_OF_FILE["debates"],
    "westminhall": _PLACE_OF_FILE["westminster"],
    "lords": _PLACE_OF_FILE["lords"],
}
_UNKNOWN_IDS = frozenset({"", "unknown"})


def sniff(head: bytes) -> bool:
    """A ``publicwhip`` root with debate content (member lists share the root name)."""
    return root_name(head) == (None, "publicwhip") and _CONTENT.search(head_text(head)) is not None


@dataclass(slots=True)
class _Open:
    """The debate being filled."""

    title: str
    source_id: str | None
    line: int | None
    speeches: list[Speech] = field(default_factory=list)
    divisions: list[Division] = field(default_factory=list)


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    root = parse(path, data)
    if local_name(root) != "publicwhip":
        raise SourceError(path, f"expected a <publicwhip> root, found <{local_name(root)}>")
    day, house, location = _when_and_where(path, root)
    debates: list[Debate] = []
    current: _Open | None = None
    major: str | None = None
    minor: str | None = None
    heading: Element | None = None
    major_named = 0  # speeches by named speakers under the major heading itself

    def close() -> None:
        nonlocal current
        if current is not None and (current.speeches or current.divisions):
            debates.append(
                Debate(
                    ordinal=len(debates) + 1,
                    title=current.title,
                    date=day,
                    house=house,
                    location=location,
                    speeches=tuple(current.speeches),
                    source_id=current.source_id,
                    line=current.line,
                    divisions=tuple(current.divisions),
                )
            )
        current = None

    def open_debate() -> _Open:
        nonlocal current
        if current is None:
            title = ": ".join(t for t in (major, minor) if t) or NO_HEADING
            current = _Open(
                title=title,
                source_id=heading.get("id") if heading is not None else None,
                line=heading.sourceline if heading is not None else None,
            )
        return current

    for element in root:
        tag = local_name(element)
        if tag in ("major-heading", "oral-heading"):
            close()
            major, minor, heading, major_named = _heading(element), None, element, 0
        elif tag == "minor-heading":
            close()
            if major_named > 1:
                major = None
            minor, heading = _heading(element), element
        elif tag == "speech":
            debate = open_debate()
            speech = _speech(element, len(debate.speeches) + 1)
            debate.speeches.append(speech)
            if minor is None and speech.speaker.name is not None:
                major_named += 1
        elif tag == "division":
            debate = open_debate()
            debate.divisions.append(_division(path, element, len(debate.speeches)))
    close()
    if not debates:
        raise SourceError(path, "no speeches found in this <publicwhip> file")
    return Transcript(source=source, debates=tuple(debates))


def _heading(element: Element) -> str:
    raw = text_of(element)
    cleaned = squash(_CHAIR.sub(" ", raw)).strip(" -–—:")
    return cleaned or raw


def _speech(element: Element, position: int) -> Speech:
    printed = squash(element.get("speakername") or "") or None
    office = squash(element.get("speakeroffice") or "") or None
    person = (element.get("person_id") or element.get("speakerid") or "").strip()
    nobody = element.get("nospeaker") == "true" or (person in _UNKNOWN_IDS and printed is None)
    collective = person == "unknown"
    name = None if nobody or collective else printed
    # Hansard's own style: "The Chancellor of the Exchequer (Alistair Darling)".
    attribution = f"{office} ({printed})" if office and printed else office or printed or ""
    return Speech(
        position=position,
        speaker=SpeakerRef(
            name=name,
            attribution=attribution,
            office=office,
            source_person_id=None if person in _UNKNOWN_IDS else person,
        ),
        text="\n\n".join(_paragraphs(element)),
        source_id=element.get("id"),
        url=element.get("url") or None,
        column=element.get("colnum") or None,
        speech_type=element.get("type") or None,
    )


def _paragraphs(speech: Element) -> list[str]:
    paragraphs: list[str] = []
    for child in speech:
        if local_name(child) == "table":
            for row in child.iter("tr"):
                cells = [text_of(cell) for cell in row if local_name(cell) in ("td", "th")]
                line = " | ".join(c for c in cells if c)
                if line:
                    paragraphs.append(line)
        else:
            text = text_of(child)
            if text:
                paragraphs.append(text)
    return paragraphs


def _division(path: Path, element: Element, after: int) -> Division:
    votes: list[Vote] = []
    for entry in element.iter("mpname", "lord"):
        person = (entry.get("person_id") or entry.get("id") or "").strip()
        votes.append(
            Vote(
                name=text_of(entry),
                vote=(entry.get("vote") or _list_vote(entry) or "").strip(),
                source_person_id=None if person in _UNKNOWN_IDS else person,
                teller=entry.get("teller") == "yes",
            )
        )
    count = next(element.iter("divisioncount"), None)
    ayes = noes = None
    if count is not None:
        ayes = _count(path, count, "ayes", "content")
        noes = _count(path, count, "noes", "not-content")
    return Division(
        after_speech=after,
        votes=tuple(votes),
        number=element.get("divnumber") or None,
        source_id=element.get("id"),
        url=element.get("url") or None,
        column=element.get("colnum") or None,
        ayes=ayes,
        noes=noes,
    )


def _list_vote(entry: Element) -> str | None:
    parent = entry.getparent()
    return parent.get("vote") if parent is not None else None


def _count(path: Path, element: Element, *names: str) -> int | None:
    for name in names:
        value = element.get(name)
        if value is not None:
            try:
                return int(value)
            except ValueError:
                raise SourceError(
                    path,
                    f"division count {name}={value!r} is not a number",
                    line=element.sourceline,
                ) from None
    return None


def _when_and_where(path: Path, root: Element) -> tuple[date | None, str | None, str | None]:
    """The sitting's date, house and location, from the ids, else from the file name."""
    id_kind = id_date = None
    lords_speakers = False
    for element in root.iter():
        if id_kind is None and (m := _ID.match(element.get("id") or "")):
            id_kind, id_date = m["kind"], m["date"]
        if "/lord/" in (element.get("speakerid") or ""):
            lords_speakers = True
    file_match = _FILE.match(path.stem)
    file_kind = file_match["kind"] if file_match else None
    text = id_date or (file_match["date"] if file_match else None)
    day = None
    if text is not None:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise SourceError(path, f"not a real date: {text!r}") from None
    place: tuple[str, str] | None = None
    if id_kind == "wms" or (id_kind is None and file_kind in ("ministerial", "wms", "lordswms")):
        place = _LORDS_WMS if file_kind == "lordswms" or lords_speakers else _COMMONS_WMS
    elif id_kind is not None:
        place = _PLACE_OF_ID.get(id_kind)
    if place is None and file_kind:
        place = _PLACE_OF_FILE.get(file_kind)
    return day, *(place or (None, None))
