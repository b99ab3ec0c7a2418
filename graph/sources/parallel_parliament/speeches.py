"""Speeches: the text from each speaker line's marker to the next speaker line.

A speech runs to the next speaker line, ``--- Later in debate ---`` separator or header,
without the time stamps, ``Moved by`` lines and captions left at its end; its text is
an exact slice of the file, and its offsets are kept.
"""

from __future__ import annotations

from graph.records import Span, Speech
from graph.sources.parallel_parliament.lines import (
    ASKED,
    GAP,
    IN_THE_CHAIR,
    MOVED_BY,
    SPEAKER,
    TIME,
    Line,
)
from graph.sources.parallel_parliament.speakers import speaker_ref
from graph.vocab.names import trailing_groups


def read_speeches(
    text: str, lines: list[Line], speakers: list[bool], i: int, end: int, whitespace: bool
) -> list[Speech]:
    speeches: list[Speech] = []
    after_gap = False
    while i < end:
        line = lines[i]
        if GAP.match(line.text):
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
            m = SPEAKER.match(line.text)
            assert m is not None
            ref = speaker_ref(m["name"], m["attribution"])
            i += 1
            while i < end and not lines[i].text.strip():
                i += 1
            i += 1  # the marker line
        body_start = i
        while i < end and not GAP.match(lines[i].text) and not speakers[i]:
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


def _trim(lines: list[Line], first: int, stop: int, whitespace: bool) -> int:
    """Where a speech's text ends: before blank lines, time stamps, ``Moved by`` lines,
    "… was asked—" formulas and (whitespace pages) the next speaker's caption at its end."""
    j = stop
    while j > first:
        text = lines[j - 1].text.strip()
        if text and not (
            TIME.match(text)
            or IN_THE_CHAIR.match(text)
            or MOVED_BY.match(text)
            or ASKED.match(text)
            or (whitespace and stop < len(lines) and text == lines[stop].text.strip())
        ):
            break
        j -= 1
    return j


def _text_span(text: str, lines: list[Line], first: int, stop: int) -> Span:
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
