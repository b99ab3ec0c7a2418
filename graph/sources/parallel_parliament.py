"""Reader for the plain text of Parallel Parliament debate pages (the format of ``seeds/``).

A page holds several debates.  Each starts with a title line followed by
``Debate between A and B``, then optionally a date line, a relative date
("(1 week ago)"), the place ("Commons Chamber") and navigation noise.  A
speech starts with a speaker line ``<Name> Portrait <attribution>`` followed by
a marker line (``- View Speech - Hansard - - - Excerpts``, ``- Hansard - -`` …);
its text runs up to the next speaker line, gap marker or debate title.
``--- Later in debate ---`` says speeches were left out there.

Every speech's text is an exact slice of the file, and its offsets are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.records import Debate, SourceDocument, Span, SpeakerRef, Speech, Transcript
from graph.sources.common import decode_head, decode_utf8, lines_with_offsets, parse_long_date

NAME = "parallel-parliament"

# Greedy ``\S(?:.*\S)?`` then ``\s*$``, not a lazy ``\S.*?\s*$``: the lazy form retries
# ``\s*$`` at every character and is quadratic on a long line of spaces.
_DEBATE_BETWEEN = re.compile(r"^Debate between (?P<who>\S(?:.*\S)?)\s*$")
_SPEAKER = re.compile(r"^(?P<name>\S.*?) Portrait (?P<attribution>\S(?:.*\S)?)\s*$")
_MARKER = re.compile(r"^-(?:\s+(?:View Speech|Hansard|Excerpts|-))+\s*-?\s*$")
_GAP = re.compile(r"^-{3}\s*Later in debate\s*-{3}\s*$")
_RELATIVE_DATE = re.compile(r"^\((?:[^()]*\bago|today|yesterday)\)$", re.IGNORECASE)
_NOISE = re.compile(r"^Read (?:Full debate|Hansard Text|Debate)")

#: Places on Parallel Parliament pages, and the house each belongs to.
_HOUSE_OF_PLACE = {
    "commons chamber": "House of Commons",
    "westminster hall": "House of Commons",
    "general committees": "House of Commons",
    "public bill committees": "House of Commons",
    "lords chamber": "House of Lords",
    "grand committee": "House of Lords",
}


def sniff(head: bytes) -> bool:
    text = decode_head(head)
    return (
        re.search(r"^Debate between \S", text, re.MULTILINE) is not None
        and re.search(r"^\S.* Portrait \S", text, re.MULTILINE) is not None
    )


@dataclass(slots=True)
class _Line:
    number: int  # 1-based
    offset: int
    text: str


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    text = decode_utf8(path, data)
    lines = [_Line(i, off, t) for i, (off, t) in enumerate(lines_with_offsets(text), start=1)]
    starts = _debate_starts(path, lines)
    if not starts:
        raise SourceError(path, "no debate header ('Debate between …') found")
    speakers = _speaker_lines(lines)
    _reject_speeches_before(path, lines, speakers, starts[0])
    debates = []
    for ordinal, start in enumerate(starts, start=1):
        end = starts[ordinal] if ordinal < len(starts) else len(lines)
        debates.append(_read_debate(path, text, lines, speakers, start, end, ordinal))
    return Transcript(source=source, debates=tuple(debates))


def _debate_starts(path: Path, lines: list[_Line]) -> list[int]:
    """Indexes of the title lines: the last non-blank line before each 'Debate between'."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        if _DEBATE_BETWEEN.match(line.text):
            j = i - 1
            while j >= 0 and not lines[j].text.strip():
                j -= 1
            if j < 0 or (starts and j <= starts[-1]) or _DEBATE_BETWEEN.match(lines[j].text):
                raise SourceError(path, "'Debate between' line without a title", line=line.number)
            starts.append(j)
    return starts


def _speaker_lines(lines: list[_Line]) -> list[bool]:
    """For each line, whether it is a speaker line: one that matches the speaker pattern
    and whose next non-blank line is a marker line.

    One pass from the end: the readers ask about every line, some more than once, and
    the pattern is slow to reject a long line of text (the literal test spares it).
    """
    flags = [False] * len(lines)
    marker_next = False  # whether the next non-blank line after this one is a marker
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        flags[i] = marker_next and " Portrait " in text and _SPEAKER.match(text) is not None
        if text.strip():
            marker_next = _MARKER.match(text) is not None
    return flags


def _reject_speeches_before(
    path: Path, lines: list[_Line], speakers: list[bool], first: int
) -> None:
    for i in range(first):
        if speakers[i]:
            raise SourceError(path, "speech before the first debate header", line=lines[i].number)


def _read_debate(
    path: Path,
    text: str,
    lines: list[_Line],
    speakers: list[bool],
    start: int,
    end: int,
    ordinal: int,
) -> Debate:
    title = lines[start].text.strip().lstrip("\ufeff").strip()
    i = start + 1
    while not _DEBATE_BETWEEN.match(lines[i].text):
        i += 1
    between = _DEBATE_BETWEEN.match(lines[i].text)
    assert between is not None
    participants = tuple(
        p.strip() for p in re.split(r",\s*|\s+and\s+", between["who"]) if p.strip()
    )
    i += 1
    day: date | None = None
    location: str | None = None
    # The header: everything up to the first speaker line.
    while i < end and not speakers[i]:
        line = lines[i].text.strip()
        if line and not _RELATIVE_DATE.match(line) and not _NOISE.match(line):
            try:
                parsed = parse_long_date(line)
            except ValueError:
                raise SourceError(
                    path, f"not a real date: {line!r}", line=lines[i].number
                ) from None
            if parsed is not None and day is None:
                day = parsed
            elif parsed is None and location is None:
                location = line
            else:
                raise SourceError(
                    path, f"unexpected line in the debate header: {line!r}", line=lines[i].number
                )
        i += 1
    speeches = _read_speeches(text, lines, speakers, i, end)
    house = _HOUSE_OF_PLACE.get(location.lower()) if location else None
    return Debate(
        ordinal=ordinal,
        title=title,
        date=day,
        house=house,
        location=location,
        speeches=tuple(speeches),
        participants=participants,
        line=lines[start].number,
    )


def _read_speeches(
    text: str, lines: list[_Line], speakers: list[bool], i: int, end: int
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
            i += 1  # blank lines between speeches
            continue
        m = _SPEAKER.match(line.text)
        assert m is not None
        i += 1
        while not _MARKER.match(lines[i].text):
            i += 1
        i += 1
        body_start = i
        while i < end and not _GAP.match(lines[i].text) and not speakers[i]:
            i += 1
        span = _text_span(text, lines, body_start, i)
        speeches.append(
            Speech(
                position=len(speeches) + 1,
                speaker=SpeakerRef(name=m["name"], attribution=m["attribution"]),
                text=text[span.start : span.end],
                span=span,
                after_gap=after_gap,
            )
        )
        after_gap = False
    return speeches


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
