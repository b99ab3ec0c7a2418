"""Reader for TheyWorkForYou / ParlParse debate XML (``<publicwhip>`` files).

One file is one sitting of one place, and every debate in it names its body
(``Debate.house``) and place (``Debate.location``):

=====================  =========================  ==============================
file (id kind)         house                      location
=====================  =========================  ==============================
``debates`` (debate)   House of Commons           Commons Chamber
``westminster``        House of Commons           Westminster Hall
``ministerial`` (wms)  House of Commons           Written Ministerial Statements
``answers`` (wrans)    House of Commons           Written Answers
``standing``           House of Commons           Public Bill Committee
``lords``, ``daylord``  House of Lords            Lords Chamber
``lordswms`` (wms)     House of Lords             Lords Written Statements
``lordswrans`` (wrans) House of Lords             Lords Written Answers
``sp`` (spor)          Scottish Parliament        Meeting of the Parliament
``spwa``               Scottish Parliament        Written Answers
``ni``                 Northern Ireland Assembly  Plenary
=====================  =========================  ==============================

The root holds a flat sequence of headings, speeches and divisions.

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
speaker (``nospeaker="true"``, name ``None``: the linking stage says why).
Written answers are a ``<ques>`` (the asker's question, ``speech_type``
"question") and its ``<reply>`` (the answering minister's, "answer"), grouped
under their heading like speeches.  The source prints no office for either: a
question is put to an office ("To ask the Secretary of State for Work and
Pensions …") but answered by whichever minister of the department answers, so
the addressee is not taken for the answerer's office.  A speaker whose id is
``unknown`` (parlparse found no match) keeps the printed name as attribution and
gets no ``name`` when it is a collective ("Hon. Members", "Noble Lords"); a
guest ("Father Paul Kelly (St Michael's …)") keeps the name.  Printed names are
split where the source runs parts together: "The Presiding Officer (Alex
Fergusson)" is an office and a name, "Mary Scanlon (Highlands and Islands)
(Con)" a name, a seat and a party (the Scottish Parliament's style).
The text is the ``<p>`` paragraphs (and table rows, cells joined by " | ")
joined by blank lines; ``span`` is None because the text is assembled.

Divisions become :class:`~graph.records.Division` records on their debate,
with one :class:`~graph.records.Vote` per ``mpname``/``lord`` entry.

The date and the place are read from the element ids
(``uk.org.publicwhip/debate/2016-03-11b.545.1``), falling back on the file name.
A public bill committee file (``standing2009-10-20_CHILDPOV_07-0_2009-10-29a``)
is dated by its last date, the sitting's (the first is the committee's start),
and names its bill (``<bill title="Child Poverty Bill">``): a major heading that
only names the committee becomes the bill's name, any other title gets the
bill's name in front, and the members the committee list marks as attending are
the debates' participants.
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

_SPEECHES = frozenset({"speech", "ques", "reply"})
_SPEECH_TYPES = {"ques": "question", "reply": "answer"}
_CONTENT = re.compile(
    r"<(?:speech|ques|reply|major-heading|minor-heading|oral-heading|division)[\s>/]"
)
_ID = re.compile(r"^uk\.org\.publicwhip/(?P<kind>[a-z]+)/(?P<rest>\S+)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FILE = re.compile(r"^(?P<kind>[a-z]*?)(?P<date>\d{4}-\d{2}-\d{2})[a-z]?$")
_STANDING_FILE = re.compile(r"^standing\d{4}-\d{2}-\d{2}_.*_(?P<date>\d{4}-\d{2}-\d{2})[a-z]?$")
_CHAIR = re.compile(r"\[[^\[\]]*\bin the Chair\]", re.IGNORECASE)
_COMMITTEE_HEADING = re.compile(r"^(?:public bill|standing) committee\b", re.IGNORECASE)
_COLLECTIVE = re.compile(
    r"^(?:several\s+|some\s+)?(?:hon\.?\s+|noble\s+)?(?:members|lords|peers)\b", re.I
)
# "The Presiding Officer (Alex Fergusson)": an office, then its holder's name.
_OFFICE_AND_NAME = re.compile(r"^(?P<office>The\s[^()]+?)\s*\((?P<name>[^()]+)\)$")
# "Mary Scanlon (Highlands and Islands) (Con)": a name, a seat and a party.
_SEAT_AND_PARTY = re.compile(
    r"^(?P<name>[^()]+?)\s*\((?P<seat>[^()]+)\)\s*\((?P<party>[^()\s]{1,8})\)$"
)
# "Father Paul Kelly (St Michael's Roman Catholic Church, Linlithgow)": a name and a note.
_NAME_AND_NOTE = re.compile(r"^(?P<name>[^()]+?)\s*\([^()]+\)$")

_COMMONS, _LORDS = "House of Commons", "House of Lords"
_SCOTLAND, _NI = "Scottish Parliament", "Northern Ireland Assembly"
_COMMONS_WMS = (_COMMONS, "Written Ministerial Statements")
_LORDS_WMS = (_LORDS, "Lords Written Statements")
_COMMONS_WRANS = (_COMMONS, "Written Answers")
_LORDS_WRANS = (_LORDS, "Lords Written Answers")
_LORDS_CHAMBER = (_LORDS, "Lords Chamber")
_STANDING = (_COMMONS, "Public Bill Committee")
_SP = (_SCOTLAND, "Meeting of the Parliament")
_SPWA = (_SCOTLAND, "Written Answers")
_NI_PLENARY = (_NI, "Plenary")
#: File-name prefix -> (house, location).
_PLACE_OF_FILE = {
    "debates": (_COMMONS, "Commons Chamber"),
    "westminster": (_COMMONS, "Westminster Hall"),
    "ministerial": _COMMONS_WMS,
    "wms": _COMMONS_WMS,
    "lordswms": _LORDS_WMS,
    "answers": _COMMONS_WRANS,
    "wrans": _COMMONS_WRANS,
    "lordswrans": _LORDS_WRANS,
    "lords": _LORDS_CHAMBER,
    "daylord": _LORDS_CHAMBER,
    "standing": _STANDING,
    "sp": _SP,
    "spwa": _SPWA,
    "ni": _NI_PLENARY,
}
#: Id kind -> (house, location); "wms" and "wrans" are shared by both Houses and
#: decided apart.
_PLACE_OF_ID = {
    "debate": _PLACE_OF_FILE["debates"],
    "westminhall": _PLACE_OF_FILE["westminster"],
    "lords": _LORDS_CHAMBER,
    "standing": _STANDING,
    "spor": _SP,
    "spwa": _SPWA,
    "ni": _NI_PLENARY,
}
_SHARED_KINDS = {"wms": (_COMMONS_WMS, _LORDS_WMS), "wrans": (_COMMONS_WRANS, _LORDS_WRANS)}
_LORDS_FILES = frozenset({"lordswms", "lordswrans"})
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
    bill = _bill(root)
    participants = _committee(root)
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
                    participants=participants,
                    source_id=current.source_id,
                    line=current.line,
                    divisions=tuple(current.divisions),
                )
            )
        current = None

    def open_debate() -> _Open:
        nonlocal current
        if current is None:
            current = _Open(
                title=_title(major, minor, bill),
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
        elif tag in _SPEECHES:
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


def _title(major: str | None, minor: str | None, bill: str | None) -> str:
    """``"Major: Minor"``; in a bill committee's file, with the bill's name.

    >>> _title("Public Bill Committee", "Clause 8", "Child Poverty Bill")
    'Child Poverty Bill: Clause 8'
    >>> _title(None, "Clause 8", "Child Poverty Bill"), _title("Treasury", None, None)
    ('Child Poverty Bill: Clause 8', 'Treasury')
    """
    if bill and major and _COMMITTEE_HEADING.match(major):
        major = bill
    title = ": ".join(t for t in (major, minor) if t)
    if bill and bill.casefold() not in title.casefold():
        title = f"{bill}: {title}" if title else bill
    return title or NO_HEADING


def _bill(root: Element) -> str | None:
    """The bill a public bill committee file is about (``<bill title="…">``)."""
    bill = next((e for e in root if local_name(e) == "bill"), None)
    if bill is None:
        return None
    return squash(bill.get("title") or "") or text_of(bill) or None


def _committee(root: Element) -> tuple[str, ...]:
    """The members a committee list marks as attending, in the list's order."""
    committee = next((e for e in root if local_name(e) == "committee"), None)
    if committee is None:
        return ()
    names: list[str] = []
    for member in committee.iter("mpname"):
        name = squash(member.get("membername") or "")
        if name and member.get("attending") != "false" and name not in names:
            names.append(name)
    return tuple(names)


def _heading(element: Element) -> str:
    raw = text_of(element)
    cleaned = squash(_CHAIR.sub(" ", raw)).strip(" -–—:")
    return cleaned or raw


def _speech(element: Element, position: int) -> Speech:
    printed = squash(element.get("speakername") or "") or None
    office = squash(element.get("speakeroffice") or "") or None
    person = (element.get("person_id") or element.get("speakerid") or "").strip()
    nobody = (element.get("nospeaker") or "").lower() == "true" or (
        person in _UNKNOWN_IDS and printed is None
    )
    collective = person == "unknown" and _COLLECTIVE.match(printed or "") is not None
    name, constituency, party = printed, None, None
    if printed and not office and (m := _OFFICE_AND_NAME.match(printed)):
        office, name = m["office"], m["name"].strip()
    elif printed and (m := _SEAT_AND_PARTY.match(printed)):
        name, constituency, party = m["name"], m["seat"].strip(), m["party"]
    elif printed and person == "unknown" and (m := _NAME_AND_NOTE.match(printed)):
        name = m["name"]
    if nobody or collective:
        name = constituency = party = None
    # Hansard's own style: "The Chancellor of the Exchequer (Alistair Darling)".
    attribution = (
        f"{office} ({printed})" if office and printed and office not in printed else printed
    )
    return Speech(
        position=position,
        speaker=SpeakerRef(
            name=name,
            attribution=attribution or office or "",
            office=office,
            constituency=constituency,
            party=party,
            source_person_id=None if person in _UNKNOWN_IDS else person,
        ),
        text="\n\n".join(_paragraphs(element)),
        source_id=element.get("id"),
        url=element.get("url") or None,
        column=element.get("colnum") or None,
        speech_type=element.get("type") or _SPEECH_TYPES.get(local_name(element)),
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
            dates = _DATE.findall(m["rest"])
            id_kind, id_date = m["kind"], dates[-1] if dates else None
        if "/lord/" in (element.get("speakerid") or ""):
            lords_speakers = True
    file_match = _FILE.match(path.stem)
    standing = _STANDING_FILE.match(path.stem)
    file_kind = file_match["kind"] if file_match else "standing" if standing else None
    file_date = file_match["date"] if file_match else standing["date"] if standing else None
    text = id_date or file_date
    day = None
    if text is not None:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise SourceError(path, f"not a real date: {text!r}") from None
    place: tuple[str, str] | None = None
    shared = _SHARED_KINDS.get(id_kind or "")
    if shared is None and id_kind is None and file_kind:
        shared = next(
            (pair for pair in _SHARED_KINDS.values() if _PLACE_OF_FILE.get(file_kind) in pair),
            None,
        )
    if shared is not None:
        place = shared[1] if file_kind in _LORDS_FILES or lords_speakers else shared[0]
    elif id_kind is not None:
        place = _PLACE_OF_ID.get(id_kind)
    if place is None and file_kind:
        place = _PLACE_OF_FILE.get(file_kind)
    return day, *(place or (None, None))
