"""Reader for Parallel Parliament pages saved or copied as plain text.

Every layout of the site's debate pages shares two shapes, and the reader is built on
them rather than on any one page:

* a **speaker line** ``<Name> Portrait <label>`` followed by a marker line
  (``- View Speech - Hansard - - - Excerpts``, ``- Hansard - -`` …), where ``<Name>`` is
  the site's name for the member and ``<label>`` Hansard's attribution: a name with seat
  and party, an office with the name in brackets, an office alone, a peer with a party;
* a **debate header**: lines such as a title, ``Debate between A and B`` or
  ``NAME Excerpts``, a date line, an age ("(2 days ago)"), a location ("Commons
  Chamber") and links ("Read Full debate …").  Member excerpt pages put
  ``X Debate`` / ``Full Debate: Read Full Debate`` / ``Department: …`` above it,
  ministerial-extracts pages ``(Limited Text - Ministerial Extracts only)``, listings
  an index of other debates; full debate pages start at the date and print no title.

A header opens a debate; its title is the line above ``Debate between`` /
``NAME Excerpts`` / ``(Limited Text …)``, else ``X`` of an ``X Debate`` line, else
"Oral Answers to Questions" under a "… was asked—" formula, else ``(no heading)``.
Everything else in a header (links, department lines, ages, boilerplate paragraphs,
index lists) is page furniture: it is neither title nor speech.  A speech runs from its
marker line to the next speaker line, ``--- Later in debate ---`` separator or header,
without time stamps, ``Moved by`` lines and captions left at its end.  Pages cut short
keep what they hold: a speaker line whose marker is cut off still opens a speech, and a
header cut off opens a debate without speeches.

Pages copied as text in other ways:

* "whitespace" pages print no ``Portrait``: each speaker is a ``Name (Party)`` line set
  between blank lines (after a caption copy of it), and each debate starts at its age line;
* "flattened" pages have lost their speaker lines (the location runs into the first
  speech: ``Commons ChamberMy hon. Friend…``), "Live Transcript" pages carry
  auto-captions without speaker lines, and department pages list office holders: these
  are refused, saying which, and naming any speaker the page still shows.

Every speech's text is an exact slice of the file, and its offsets are kept.  The reader
splits each label into name, office, seat and party itself, because only the page tells
that a peer's bracket is a party ("Lord Collins of Highbury (Lab)") and that a short
later line ("Mr Smith") is a name, not an office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.records import Debate, SourceDocument, Span, SpeakerRef, Speech, Transcript
from graph.sources.common import decode_head, decode_utf8, lines_with_offsets, parse_long_date
from graph.vocab.names import (
    HONORIFICS,
    PEERAGE,
    is_peerage,
    person_name_key,
    surname_key,
    trailing_groups,
)
from graph.vocab.parties import party

NAME = "parallel-parliament"
NO_HEADING = "(no heading)"
ORAL_QUESTIONS = "Oral Answers to Questions"

# Greedy ``\S(?:.*\S)?`` then ``\s*$``, not a lazy ``\S.*?\s*$``: the lazy form retries
# ``\s*$`` at every character and is quadratic on a long line of spaces.
_DEBATE_BETWEEN = re.compile(r"^Debate between (?P<who>\S(?:.*\S)?)\s*$")
_SPEAKER = re.compile(r"^(?P<name>\S.*?) Portrait (?P<attribution>\S(?:.*\S)?)\s*$")
_MARKER = re.compile(r"^-(?:\s+(?:View Speech|Hansard|Excerpts|-))+\s*-?\s*$")
_MARKER_WORDS = ("View", "Speech", "Hansard", "Excerpts", "-")
_GAP = re.compile(r"^-{3}\s*Later in debate\s*-{3}\s*$")
_RELATIVE_DATE = re.compile(r"^\((?:[^()]*\bago|today|yesterday)\)$", re.IGNORECASE)
_EXCERPTS = re.compile(r"^\S(?:.*\S)? Excerpts$")
_X_DEBATE = re.compile(r"^(?P<title>\S(?:.*\S)?) Debate$")
_FULL_DEBATE = re.compile(r"^Full Debate:")
_LIMITED = re.compile(r"^\(Limited Text\b")
_FURNITURE = re.compile(
    r"""^(?:Read\ (?:Full\ debate|Hansard\ Text|Debate) | Watch\ Debate | Department:
      | All\ \d+\ Debates\ between\  | Debates\ between\ .*\ during\  | Main\ Page:
      | Share$ | Moved\ by$
      | (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\ \d{1,2}(?:st|nd|rd|th)\ [A-Z][a-z]{2}\ \d{4}$
      | House\ of\ (?:Commons|Lords)\ \(\d+\)\ -\ )""",
    re.VERBOSE,
)
_IN_THE_CHAIR = re.compile(r"^\[[^\[\]]*\bin the Chair\]$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$")
_MOVED_BY = re.compile(r"^Moved by$")
_ASKED = re.compile(r"^\S.* was asked\s*[\u2014\u2013:-]*$")
_LIVE = re.compile(r"^\|?\s*Live Transcript\s*\|?$|cited speaker in live transcript", re.I)
_ROSTER = re.compile(r"\((?:[A-Z][\w/-]*) - [^()]+\)\s*$")

#: Places on Parallel Parliament pages, and the house each belongs to.
_HOUSE_OF_PLACE = {
    "commons chamber": "House of Commons",
    "westminster hall": "House of Commons",
    "general committees": "House of Commons",
    "public bill committees": "House of Commons",
    "lords chamber": "House of Lords",
    "grand committee": "House of Lords",
    "written statements": None,
}
_PLACES = "|".join(p.title().replace(" ", r"\ ") for p in _HOUSE_OF_PLACE)
#: A location line; on whitespace pages the first speaker's caption follows on it.
_LOCATION = re.compile(rf"^(?P<place>{_PLACES})(?:\ (?P<caption>[A-Z][^()]*\ \([^()]+\)))?$", re.X)
#: A location run into text without a space: the mark of a flattened copy.
_GLUED = re.compile(rf"^(?:{_PLACES})(?=[^\s])", re.VERBOSE)
_NAME_PARTY = re.compile(r"^(?P<label>[A-Z][^()]*?\S(?: \([^()]+\))+)$")


def sniff(head: bytes) -> bool:
    text = decode_head(head)
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        return False
    if re.search(r"^\S.* Portrait \S.*\n\s*- (?:View Speech|Hansard)\b", text, re.M):
        return True
    if re.search(r"^Debate between \S", text, re.M) and re.search(r"^\S.* Portrait \S", text, re.M):
        return True
    ages = re.search(r"^\((?:[^()\n]*\bago|today|yesterday)\)\s*$", text, re.M | re.I)
    if ages and re.search(rf"^(?:{_PLACES})", text, re.M | re.X):
        return True  # flattened and whitespace copies keep their age and location lines
    if re.search(r"Live Transcript|provided by Parallel Parliament", text):
        return True
    portraits = re.search(r"^\s*Portrait\s*$", text, re.M)
    return bool(portraits and re.search(r"\((?:Con|Lab|LD) - [^()\n]+\)\s*$", text, re.M))


@dataclass(slots=True)
class _Line:
    number: int  # 1-based
    offset: int
    text: str


@dataclass(slots=True)
class _Header:
    start: int  # first line of the header (its title, or its first header line)
    end: int  # the first line after it
    title: str
    day: date | None
    location: str | None
    participants: tuple[str, ...]


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    text = decode_utf8(path, data)
    lines = [_Line(i, off, t) for i, (off, t) in enumerate(lines_with_offsets(text), start=1)]
    speakers = _speaker_lines(lines)
    end = _cut_speaker_line(text, lines, speakers)
    if end < len(lines):
        # a speaker line the page's end cut off is no part of the page (offsets still hold)
        text, lines, speakers = text[: lines[end].offset], lines[:end], speakers[:end]
    whitespace = False
    if not any(speakers):
        found = _whitespace_speakers(lines)
        if any(found):
            speakers, whitespace = found, True
        else:
            _refuse_unreadable(path, lines)
    headers = _headers(path, lines, speakers)
    if not headers and not any(speakers):
        raise SourceError(
            path,
            "no speaker lines ('NAME Portrait …' followed by '- View Speech - Hansard …') "
            "and no debate header found",
        )
    first = next((i for i, s in enumerate(speakers) if s), len(lines))
    if not headers or headers[0].start > first:
        # speeches before any header: a debate the page gives no heading
        headers.insert(0, _Header(0, 0, NO_HEADING, None, None, ()))
    debates = []
    for ordinal, header in enumerate(headers, start=1):
        stop = headers[ordinal].start if ordinal < len(headers) else len(lines)
        speeches = _read_speeches(text, lines, speakers, header.end, stop, whitespace)
        debates.append(
            Debate(
                ordinal=ordinal,
                title=header.title,
                date=header.day,
                house=_house(header.location, speeches),
                location=header.location,
                speeches=tuple(speeches),
                participants=header.participants,
                line=lines[header.start].number if header.start < len(lines) else None,
            )
        )
    return Transcript(source=source, debates=tuple(debates))


# --- speaker lines ----------------------------------------------------------------


def _cut_marker(text: str) -> bool:
    """A marker line cut off by the end of the page: ``- View Speech - Hansard - - - Excer``."""
    words = text.split()
    return (
        len(words) > 1
        and words[0] == "-"
        and all(any(m.startswith(w) for m in _MARKER_WORDS) for w in words[1:])
    )


def _speaker_lines(lines: list[_Line]) -> list[bool]:
    """For each line, whether it is a speaker line: one that matches the speaker pattern
    and whose next non-blank line is a marker line, or that the page's end cuts off
    before its marker (nothing after it but a piece of one).

    One pass from the end: the readers ask about every line, some more than once, and
    the pattern is slow to reject a long line of text (the literal test spares it).
    """
    flags = [False] * len(lines)
    marker_next = True  # after the last line: the end of the page
    at_end = True
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        flags[i] = marker_next and " Portrait " in text and _SPEAKER.match(text) is not None
        if text.strip():
            marker_next = _MARKER.match(text) is not None or (at_end and _cut_marker(text))
            at_end = False
    return flags


def _blank(lines: list[_Line], i: int) -> bool:
    return 0 <= i < len(lines) and not lines[i].text.strip()


def _whitespace_speakers(lines: list[_Line]) -> list[bool]:
    """Speaker lines of a page copied without ``Portrait``: ``Name (Party)`` lines set
    between blank lines, on a page whose debates start at an age line."""
    if not any(_RELATIVE_DATE.match(line.text.strip()) for line in lines):
        return [False] * len(lines)
    flags = [False] * len(lines)
    for i, line in enumerate(lines):
        label = line.text.strip()
        if not _blank(lines, i - 1) or not _blank(lines, i + 1):
            continue
        m = _NAME_PARTY.match(label)
        if m and party(trailing_groups(label)[1][-1]) is not None:
            flags[i] = True
    return flags


def _same_name(printed: str, name: str) -> bool:
    """Whether ``printed`` names the person the site calls ``name``: the same name, or
    the same surname (or peer's title) with other forms of the first name or none."""
    if not printed or not name:
        return False
    if person_name_key(printed) == person_name_key(name):
        return True
    return bool(surname_key(printed)) and surname_key(printed) == surname_key(name)


def speaker_ref(name: str, label: str, *, peer: bool | None = None) -> SpeakerRef:
    """The speaker line ``name Portrait label`` as name, office, seat and party.

    >>> speaker_ref("Lord Dubs", "Lord Dubs (Lab)")
    SpeakerRef(name='Lord Dubs', attribution='Lord Dubs (Lab)', office=None, constituency=None, party='Lab', source_person_id=None)
    >>> speaker_ref("Ian Murray", "Mr Murray").office is None
    True
    >>> speaker_ref("Lindsay Hoyle", "Mr Speaker").office
    'Mr Speaker'
    >>> r = speaker_ref("Baroness Merron", "The Parliamentary Under-Secretary of State, "
    ...     "Department of Health and Social Care (Baroness Merron) (Lab)")
    >>> r.office, r.party
    ('The Parliamentary Under-Secretary of State, Department of Health and Social Care', 'Lab')
    """
    head, groups = trailing_groups(label)
    is_peer = peer if peer is not None else is_peerage(name) or is_peerage(head)
    if groups and groups[-1].casefold() == "in the chair" and _same_name(head, name):
        return SpeakerRef(name=name, attribution=label, office="Chair")  # not a seat
    tag = None
    if groups and (
        party(groups[-1]) is not None
        or (is_peer and not _same_name(groups[-1], name) and len(groups[-1].split()) <= 3)
    ):
        tag = groups.pop()
    if groups and _same_name(groups[-1], name) and not _same_name(head, name):
        # "The Minister of State, Home Office (Lord Hanson of Flint)": an office, then the name
        cut = label.rfind(f"({groups[-1]})", 0, label.rfind(f"({tag})") if tag else len(label))
        office = label[:cut].strip() or None
        return SpeakerRef(name=name, attribution=label, office=office, party=tag)
    if _same_name(head, name) or (not head and not groups):
        seat = groups[0] if groups and not is_peer else None
        return SpeakerRef(name=name, attribution=label, constituency=seat, party=tag)
    if head and not groups:
        # "Mr Speaker", "The Deputy Prime Minister": an office without the name
        return SpeakerRef(name=name, attribution=label, office=head, party=tag)
    if groups:  # an office and a name the site spells otherwise
        return SpeakerRef(name=name, attribution=label, office=head or None, party=tag)
    return SpeakerRef(name=name, attribution=label, party=tag)


#: Words a speaker label can open with: a form of address, a title or rank.
_TITLES = frozenset(HONORIFICS | PEERAGE) - {"the", "rt", "right", "hon", "hon.", "honourable"}
_ADDRESS = _TITLES | {"the", "madam"}


def _bare_speaker(text: str) -> bool:
    """A bare speaker line a flattened copy may keep: "Dr Savage", "Lord Bach of X".

    >>> _bare_speaker("Dr Savage"), _bare_speaker("Baroness Smith of Malvern"), _bare_speaker("Mr O’Brien")
    (True, True, True)
    >>> _bare_speaker("Dr Savage said so."), _bare_speaker("Savage")
    (False, False)
    """
    words = text.split()
    return (
        2 <= len(words) <= 6
        and words[0].casefold() in _TITLES
        and all(
            w == "of" or (w[0].isupper() and re.sub(r"[-'’]", "", w).isalpha()) for w in words[1:]
        )
    )


def _cut_speaker_line(text: str, lines: list[_Line], speakers: list[bool]) -> int:
    """Where the page's lines end once a speaker line cut off by its end is left out.

    A page that stops inside a speaker line (``Angela Rayn``, ``Angela Rayner Portrait
    The Deputy Pri``) shows no speaker: the cut line is dropped.  It is recognised only
    when the file ends inside that line (no line break after it) and the line is a
    piece of a fuller one: the start of another speaker line on the page, a label cut
    after its first word ("… Portrait The"), or the start of another label given to the
    same name, cut inside a word.  A complete line, even as the page's last, stays.
    """
    if not lines or text.endswith(("\n", "\r")):
        return len(lines)
    last = len(lines) - 1
    line = lines[last].text.strip()
    if not line:
        return len(lines)
    others = [lines[i].text.strip() for i in range(last) if speakers[i]]
    if speakers[last]:
        m = _SPEAKER.match(lines[last].text)
        assert m is not None
        label = m["attribution"]
        cut = label.casefold() in _ADDRESS or any(
            (o := _SPEAKER.match(other)) is not None
            and o["name"] == m["name"]
            and o["attribution"] != label
            and o["attribution"].startswith(label)
            and o["attribution"][len(label)].isalnum()
            for other in others
        )
    else:
        cut = (
            len(line) >= 4
            and last > 0
            and not lines[last - 1].text.strip()
            and any(other.startswith(line) and other != line for other in others)
        )
    return last if cut else len(lines)


# --- debate headers ---------------------------------------------------------------


def _date(path: Path, line: _Line) -> date | None:
    try:
        return parse_long_date(line.text)
    except ValueError:
        raise SourceError(
            path, f"not a real date: {line.text.strip()!r}", line=line.number
        ) from None


def _next_text(lines: list[_Line], i: int, stop: int) -> str | None:
    j = i + 1
    while j < stop and not lines[j].text.strip():
        j += 1
    return lines[j].text.strip() if j < stop else None


def _is_location(text: str) -> bool:
    return _LOCATION.match(text) is not None


def _opens(lines: list[_Line], i: int, stop: int) -> str | None:
    """What kind of header line ``lines[i]`` is, if it is one that opens a debate header.

    ``title`` lines (``Debate between``, ``NAME Excerpts``, ``(Limited Text …)``) have
    the title above them; ``full`` (``Full Debate: …``) has an ``X Debate`` line above;
    ``date`` and ``age`` lines open headers without a title.  Dates and ages count only
    where header lines follow them, so that a date in a speech does not.
    """
    if i >= stop:
        return None
    text = lines[i].text.strip().lstrip("\ufeff")
    if not text:
        return None
    if _DEBATE_BETWEEN.match(text) or _LIMITED.match(text):
        return "title"
    after = _next_text(lines, i, stop)
    header_next = after is None or bool(
        _RELATIVE_DATE.match(after) or _is_location(after) or _FURNITURE.match(after)
    )
    if _EXCERPTS.match(text) and (header_next or parse_long_date_safe(after)):
        return "title"
    if _FULL_DEBATE.match(text):
        return "full"
    if parse_long_date_safe(text) and header_next:
        return "date"
    if _RELATIVE_DATE.match(text) and (after is None or _is_location(after)):
        return "age"
    return None


def parse_long_date_safe(text: str | None) -> bool:
    """Whether ``text`` is shaped like a date line (a real day or not)."""
    if text is None:
        return False
    try:
        return parse_long_date(text) is not None
    except ValueError:
        return True


def _furniture(text: str) -> bool:
    return bool(
        _FURNITURE.match(text)
        or _MARKER.match(text)
        or _GAP.match(text)
        or _TIME.match(text)
        or _ASKED.match(text)
        or _IN_THE_CHAIR.match(text)
        or " Portrait " in text
        or _RELATIVE_DATE.match(text)
        or _is_location(text)
        or _FULL_DEBATE.match(text)
        or _LIMITED.match(text)
        or _EXCERPTS.match(text)
        or _DEBATE_BETWEEN.match(text)
        or parse_long_date_safe(text)
    )


def _headers(path: Path, lines: list[_Line], speakers: list[bool]) -> list[_Header]:
    """Every debate header, in page order.

    Headers are looked for between speeches: in each stretch of lines from one speech's
    start to the next speaker line (or the page's end), the first line that opens a
    header ends the speech's text, and the header runs to the next speaker line.
    A stretch may hold several headers (a debate cut off right after its header).
    """
    starts = [i for i, s in enumerate(speakers) if s]
    bounds = [(0, starts[0] if starts else len(lines), True)]
    for k, s in enumerate(starts):
        bounds.append((s + 1, starts[k + 1] if k + 1 < len(starts) else len(lines), False))
    headers: list[_Header] = []
    for lo, hi, top in bounds:
        i = lo
        while i < hi:
            kind = _opens(lines, i, hi)
            if kind is None:
                i += 1
                continue
            header = _read_header(path, lines, i, kind, lo if top and not headers else None, hi)
            headers.append(header)
            i = header.end
    return headers


def _title_shaped(text: str) -> bool:
    """Whether a line could be a debate title: not furniture, not a sentence, not a menu."""
    return (
        bool(text)
        and len(text) <= 200
        and (text[0].isupper() or text[0].isdigit())
        and text[-1] not in ".?!;,:\u2014\u2013-"
        and "|" not in text
        and not _furniture(text)
        and "Parallel Parliament" not in text
    )


def _above(lines: list[_Line], i: int) -> int:
    """The last non-blank line above ``i`` (``i`` itself when there is none)."""
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return j if j >= 0 else i


def _title_above(lines: list[_Line], i: int, lo: int) -> int | None:
    """The last non-blank line above ``i`` (not before ``lo``), if it is title-shaped."""
    j = i - 1
    while j >= lo and not lines[j].text.strip():
        j -= 1
    if j < lo or not _title_shaped(lines[j].text.strip().lstrip("\ufeff")):
        return None
    return j


def _x_debate(lines: list[_Line], lo: int, hi: int) -> tuple[int, str] | None:
    """An ``X Debate`` line followed by ``Full Debate: …`` in ``[lo, hi)``: its line and X."""
    for j in range(lo, hi):
        m = _X_DEBATE.match(lines[j].text.strip().lstrip("\ufeff"))
        if m and _FULL_DEBATE.match(_next_text(lines, j, hi) or ""):
            return j, m["title"]
    return None


def _read_header(
    path: Path, lines: list[_Line], i: int, kind: str, top: int | None, hi: int
) -> _Header:
    """The header opened at line ``i`` (of ``kind``, see :func:`_opens`), up to the next
    speaker line ``hi`` or the next header.  ``top`` is the page's first line when this
    is the page's first header: its title may then sit above index and department lines.
    """
    start = i
    title: str | None = None
    lo = top if top is not None else _above(lines, i)
    x_debate = _x_debate(lines, lo, i + 1) if kind == "full" or top is not None else None
    if x_debate is not None:
        start, title = x_debate
    if top is not None:
        start = top
        if title is None and kind in ("date", "age"):
            above = _title_above(lines, i, top)  # "Title" over a date-first header
            title = lines[above].text.strip().lstrip("\ufeff") if above is not None else None
    inner: str | None = None  # a title printed inside the header, above the first speech
    day: date | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    asked = opened = False
    j = i
    while j < hi:
        text = lines[j].text.strip().lstrip("\ufeff")
        opens = _opens(lines, j, hi) if text else None
        if j > i and (
            (opens in ("title", "full") and (opened or day or location))
            or (opens == "date" and (day or location))
            or (opens == "age" and location)
        ):
            break  # the next debate's header
        if opens == "title":
            opened = True
            above = _title_above(lines, j, top if top is not None else 0)
            if above is not None:
                title = lines[above].text.strip().lstrip("\ufeff").strip()
                if top is None and j == i:
                    start = above
            between = _DEBATE_BETWEEN.match(text)
            if between:
                participants = tuple(
                    p.strip() for p in re.split(r",\s*|\s+and\s+", between["who"]) if p.strip()
                )
        elif day is None and location is None and parse_long_date_safe(text):
            day = _date(path, lines[j])
        elif location is None and (place := _LOCATION.match(text)) is not None:
            location = _canonical_place(place["place"])
        elif _ASKED.match(text):
            asked = True
        elif j > i and _title_shaped(text) and _opens(lines, j + 1, hi) is None:
            inner = text
        j += 1
    if title is None:
        title = inner or (ORAL_QUESTIONS if asked else NO_HEADING)
    return _Header(start, j, title, day, location, participants)


def _canonical_place(place: str) -> str:
    return next(p.title() for p in _HOUSE_OF_PLACE if p == place.lower())


def _house(location: str | None, speeches: Sequence[Speech]) -> str | None:
    """The house a location belongs to; without one, the Lords when every speaker is a
    peer (only peers speak there).  No peer does not prove the Commons: the site does not
    always name a peer by the title."""
    if location is not None and _HOUSE_OF_PLACE.get(location.lower()):
        return _HOUSE_OF_PLACE[location.lower()]
    names = [s.speaker.name for s in speeches if s.speaker.name]
    return "House of Lords" if names and all(is_peerage(n) for n in names) else None


# --- speeches ----------------------------------------------------------------------


def _read_speeches(
    text: str, lines: list[_Line], speakers: list[bool], i: int, end: int, whitespace: bool
) -> list[Speech]:
    speeches: list[Speech] = []
    after_gap = False
    while i < end:
        line = lines[i]
        if _GAP.match(line.text):
            after_gap = True
            i += 1
            continue
        if not speakers[i]:
            i += 1  # blank lines and furniture between speeches
            continue
        if whitespace:
            label = line.text.strip()
            head, _ = trailing_groups(label)
            ref = speaker_ref(head, label)
            i += 1
        else:
            m = _SPEAKER.match(line.text)
            assert m is not None
            ref = speaker_ref(m["name"], m["attribution"])
            i += 1
            while i < end and not lines[i].text.strip():
                i += 1
            i += 1  # the marker line
        body_start = i
        while i < end and not _GAP.match(lines[i].text) and not speakers[i]:
            i += 1
        stop = _trim(lines, body_start, i, whitespace)
        span = _text_span(text, lines, body_start, stop)
        speeches.append(
            Speech(
                position=len(speeches) + 1,
                speaker=ref,
                text=text[span.start : span.end],
                span=span,
                after_gap=after_gap,
            )
        )
        after_gap = False
    return speeches


def _trim(lines: list[_Line], first: int, stop: int, whitespace: bool) -> int:
    """Where a speech's text ends: before blank lines, time stamps, ``Moved by`` lines,
    "… was asked—" formulas and (whitespace pages) the next speaker's caption at its end."""
    j = stop
    while j > first:
        text = lines[j - 1].text.strip()
        if text and not (
            _TIME.match(text)
            or _IN_THE_CHAIR.match(text)
            or _MOVED_BY.match(text)
            or _ASKED.match(text)
            or (whitespace and stop < len(lines) and text == lines[stop].text.strip())
        ):
            break
        j -= 1
    return j


def _text_span(text: str, lines: list[_Line], first: int, stop: int) -> Span:
    """The span of lines ``[first, stop)`` without surrounding blank lines or whitespace."""
    if first >= stop:
        offset = lines[first].offset if first < len(lines) else len(text)
        return Span(offset, offset)
    start = lines[first].offset
    end = lines[stop].offset if stop < len(lines) else len(text)
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if lead == len(chunk):
        return Span(start, start)
    return Span(start + lead, end - trail)


# --- refusals ----------------------------------------------------------------------


def _refuse_unreadable(path: Path, lines: list[_Line]) -> None:
    """Refuse a page without speaker lines that is one of the kinds that cannot be read
    (live captions, a flattened copy, a roster of office holders), saying which and what
    it still shows.  Other pages without speaker lines may still hold debate headers."""
    texts = [line.text.strip() for line in lines]
    if any(_LIVE.search(t) for t in texts):
        raise SourceError(
            path,
            "a 'Live Transcript' page: auto-captions without speaker lines (the page warns "
            "that its cited speaker may be wrong), so no speech can be attributed",
        )
    if sum(1 for t in texts if _ROSTER.search(t)) >= 2 or "Portrait" in texts:
        raise SourceError(
            path, "not a debate: a page listing office holders (a department or member page)"
        )
    if any(_GLUED.match(t) for t in texts) or any(_bare_speaker(t) for t in texts):
        shown = _still_shown(texts)
        also = f"; the page still shows {', '.join(shown)}" if shown else ""
        raise SourceError(
            path,
            "flattened text: the speaker lines were lost when the page was copied (no "
            f"'NAME Portrait …' lines), so its speeches cannot be attributed{also}",
        )


def _still_shown(texts: list[str]) -> list[str]:
    """Speakers a flattened page still names: bare speaker lines, and the member whose
    excerpt page it is ("Main Page: NAME (…)")."""
    shown = []
    for t in texts:
        if t.startswith("Main Page:"):
            who = t.removeprefix("Main Page:").strip()
            who = who[: who.index(")") + 1] if ")" in who else who  # text may run on after it
            shown.append(f"the member whose page it is ({who})")
        elif _bare_speaker(t):
            shown.append(f"a speaker line {t!r}")
    return shown
