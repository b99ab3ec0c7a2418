"""Debate headers: where each debate on a page starts, and its title, date and place.

A header is a run of lines such as a title, ``Debate between A and B`` or ``NAME
Excerpts``, a date, an age ("(2 days ago)"), a location ("Commons Chamber") and links.
Its title is the line above ``Debate between`` / ``NAME Excerpts`` / ``(Limited Text
…)``, else ``X`` of an ``X Debate`` line, else "Oral Answers to Questions" under a "…
was asked—" formula, else :data:`NO_HEADING`; every other header line is furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.records import Speech
from graph.sources.common import parse_long_date
from graph.sources.parallel_parliament.lines import (
    ASKED,
    DEBATE_BETWEEN,
    EXCERPTS,
    FULL_DEBATE,
    FURNITURE,
    HOUSE_OF_PLACE,
    LIMITED,
    LOCATION,
    RELATIVE_DATE,
    X_DEBATE,
    Line,
    is_furniture,
    is_location,
    next_text,
    parse_long_date_safe,
)
from graph.vocab.names import is_peerage

NO_HEADING = "(no heading)"
ORAL_QUESTIONS = "Oral Answers to Questions"


@dataclass(slots=True)
class Header:
    start: int  # first line of the header (its title, or its first header line)
    end: int  # the first line after it
    title: str
    day: date | None
    location: str | None
    participants: tuple[str, ...]


def _date(path: Path, line: Line) -> date | None:
    try:
        return parse_long_date(line.text)
    except ValueError:
        raise SourceError(
            path, f"not a real date: {line.text.strip()!r}", line=line.number
        ) from None


def _opens(lines: list[Line], i: int, stop: int) -> str | None:
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
    if DEBATE_BETWEEN.match(text) or LIMITED.match(text):
        return "title"
    after = next_text(lines, i, stop)
    header_next = after is None or bool(
        RELATIVE_DATE.match(after) or is_location(after) or FURNITURE.match(after)
    )
    if EXCERPTS.match(text) and (header_next or parse_long_date_safe(after)):
        return "title"
    if FULL_DEBATE.match(text):
        return "full"
    if parse_long_date_safe(text) and header_next:
        return "date"
    if RELATIVE_DATE.match(text) and (after is None or is_location(after)):
        return "age"
    return None


def find_headers(path: Path, lines: list[Line], speakers: list[bool]) -> list[Header]:
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
    headers: list[Header] = []
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
        and not is_furniture(text)
        and "Parallel Parliament" not in text
    )


def _above(lines: list[Line], i: int) -> int:
    """The last non-blank line above ``i`` (``i`` itself when there is none)."""
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return j if j >= 0 else i


def _title_above(lines: list[Line], i: int, lo: int) -> int | None:
    """The last non-blank line above ``i`` (not before ``lo``), if it is title-shaped."""
    j = i - 1
    while j >= lo and not lines[j].text.strip():
        j -= 1
    if j < lo or not _title_shaped(lines[j].text.strip().lstrip("\ufeff")):
        return None
    return j


def _x_debate(lines: list[Line], lo: int, hi: int) -> tuple[int, str] | None:
    """An ``X Debate`` line followed by ``Full Debate: …`` in ``[lo, hi)``: its line and X."""
    for j in range(lo, hi):
        m = X_DEBATE.match(lines[j].text.strip().lstrip("\ufeff"))
        if m and FULL_DEBATE.match(next_text(lines, j, hi) or ""):
            return j, m["title"]
    return None


def _read_header(
    path: Path, lines: list[Line], i: int, kind: str, top: int | None, hi: int
) -> Header:
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
            between = DEBATE_BETWEEN.match(text)
            if between:
                participants = tuple(
                    p.strip() for p in re.split(r",\s*|\s+and\s+", between["who"]) if p.strip()
                )
        elif day is None and location is None and parse_long_date_safe(text):
            day = _date(path, lines[j])
        elif location is None and (place := LOCATION.match(text)) is not None:
            location = _canonical_place(place["place"])
        elif ASKED.match(text):
            asked = True
        elif j > i and _title_shaped(text) and _opens(lines, j + 1, hi) is None:
            inner = text
        j += 1
    if title is None:
        title = inner or (ORAL_QUESTIONS if asked else NO_HEADING)
    return Header(start, j, title, day, location, participants)


def _canonical_place(place: str) -> str:
    return next(p.title() for p in HOUSE_OF_PLACE if p == place.lower())


def house_of(location: str | None, speeches: Sequence[Speech]) -> str | None:
    """The house a location belongs to; without one, the Lords when every speaker is a
    peer (only peers speak there).  No peer does not prove the Commons: the site does not
    always name a peer by the title."""
    if location is not None and HOUSE_OF_PLACE.get(location.lower()):
        return HOUSE_OF_PLACE[location.lower()]
    names = [s.speaker.name for s in speeches if s.speaker.name]
    return "House of Lords" if names and all(is_peerage(n) for n in names) else None
