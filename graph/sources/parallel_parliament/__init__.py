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

The package, read in this order: :mod:`.lines` (what each kind of line looks like),
:mod:`.speakers` (speaker lines and their labels), :mod:`.headers` (where debates start,
their titles, dates and places), :mod:`.speeches` (each speech's text),
:mod:`.refusals` (pages that cannot be read), and here :func:`sniff` and :func:`read`,
which put them together.
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.errors import SourceError
from graph.records import Debate, SourceDocument, Transcript
from graph.sources.common import decode_head, decode_utf8, lines_with_offsets
from graph.sources.parallel_parliament.headers import (
    NO_HEADING,
    ORAL_QUESTIONS,
    Header,
    find_headers,
    house_of,
)
from graph.sources.parallel_parliament.lines import PLACES, Line
from graph.sources.parallel_parliament.refusals import refuse_unreadable
from graph.sources.parallel_parliament.speakers import (
    cut_speaker_line,
    speaker_lines,
    speaker_ref,
    whitespace_speakers,
)
from graph.sources.parallel_parliament.speeches import read_speeches

__all__ = ["NAME", "NO_HEADING", "ORAL_QUESTIONS", "read", "sniff", "speaker_ref"]

NAME = "parallel-parliament"


def sniff(head: bytes) -> bool:
    text = decode_head(head)
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        return False
    if re.search(r"^\S.* Portrait \S.*\n\s*- (?:View Speech|Hansard)\b", text, re.M):
        return True
    if re.search(r"^Debate between \S", text, re.M) and re.search(r"^\S.* Portrait \S", text, re.M):
        return True
    ages = re.search(r"^\((?:[^()\n]*\bago|today|yesterday)\)\s*$", text, re.M | re.I)
    if ages and re.search(rf"^(?:{PLACES})", text, re.M | re.X):
        return True  # flattened and whitespace copies keep their age and location lines
    if re.search(r"Live Transcript|provided by Parallel Parliament", text):
        return True
    portraits = re.search(r"^\s*Portrait\s*$", text, re.M)
    return bool(portraits and re.search(r"\((?:Con|Lab|LD) - [^()\n]+\)\s*$", text, re.M))


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    text = decode_utf8(path, data)
    lines = [Line(i, off, t) for i, (off, t) in enumerate(lines_with_offsets(text), start=1)]
    speakers = speaker_lines(lines)
    end = cut_speaker_line(text, lines, speakers)
    if end < len(lines):
        # a speaker line the page's end cut off is no part of the page (offsets still hold)
        text, lines, speakers = text[: lines[end].offset], lines[:end], speakers[:end]
    whitespace = False
    if not any(speakers):
        found = whitespace_speakers(lines)
        if any(found):
            speakers, whitespace = found, True
        else:
            refuse_unreadable(path, lines)
    headers = find_headers(path, lines, speakers)
    if not headers and not any(speakers):
        raise SourceError(
            path,
            "no speaker lines ('NAME Portrait …' followed by '- View Speech - Hansard …') "
            "and no debate header found",
        )
    first = next((i for i, s in enumerate(speakers) if s), len(lines))
    if not headers or headers[0].start > first:
        # speeches before any header: a debate the page gives no heading
        headers.insert(0, Header(0, 0, NO_HEADING, None, None, ()))
    debates = []
    for ordinal, header in enumerate(headers, start=1):
        stop = headers[ordinal].start if ordinal < len(headers) else len(lines)
        speeches = read_speeches(text, lines, speakers, header.end, stop, whitespace)
        debates.append(
            Debate(
                ordinal=ordinal,
                title=header.title,
                date=header.day,
                house=house_of(header.location, speeches),
                location=header.location,
                speeches=tuple(speeches),
                participants=header.participants,
                line=lines[header.start].number if header.start < len(lines) else None,
            )
        )
    return Transcript(source=source, debates=tuple(debates))
