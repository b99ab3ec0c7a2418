"""Helpers shared by readers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from graph.errors import SourceError

#: Characters XML 1.0 (and so GraphML) cannot carry: C0 controls but tab, LF and CR,
#: and the non-characters U+FFFE and U+FFFF.  A text transcript holding one is refused.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Unicode's other line ends (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) are refused in
#: plain text.  Read as line breaks, one inside a speaker line splits it, and the
#: speech silently joins the previous speaker's (their commitments with it); read as
#: spaces, two lines run together.  No real page seen uses them; an editor's
#: "replace with newline" fixes a pasted one.
_OTHER_LINE_ENDS = re.compile("[\x85\u2028\u2029]")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_head(head: bytes) -> str:
    """The first bytes of a file as text for sniffing: UTF-8, or UTF-16 after its BOM."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            body = head[len(bom) :]
            if codec != "utf-8":
                body = body[: len(body) - len(body) % 2]
            return body.decode(codec, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def decode_utf8(path: Path, data: bytes) -> str:
    """Decode a plain-text transcript, naming the line where it fails.

    UTF-8, with or without a byte-order mark, or UTF-16 with one; the BOM is kept
    as the first character, so offsets into the result are character offsets into
    the file.  No newline translation.  Control characters other than tab, LF and
    CR are refused: they mean binary data, and no RDF or GraphML consumer wants them.
    So are U+0085, U+2028 and U+2029 (see ``_OTHER_LINE_ENDS``).
    """
    codec = next((c for bom, c in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if codec != "utf-8":
            raise SourceError(
                path, f"not {codec.upper()} text (invalid bytes at offset {exc.start})"
            ) from None
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1].hex()
        raise SourceError(
            path,
            f"not UTF-8 text (invalid byte 0x{byte} at offset {exc.start}); "
            "save the file as UTF-8 (it may be Windows-1252 or Latin-1)",
            line=line,
        ) from None
    other = _OTHER_LINE_ENDS.search(text)
    if other is not None:
        line = text.count("\n", 0, other.start()) + 1
        column = other.start() - (text.rfind("\n", 0, other.start()) + 1) + 1
        raise SourceError(
            path,
            f"Unicode line separator U+{ord(other.group()):04X} at column {column}: "
            "plain-text transcripts must end lines with LF or CR LF (replace it with a "
            "line break, or a space inside a speaker line)",
            line=line,
        )
    bad = _NOT_TEXT.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise SourceError(
            path,
            f"control character U+{ord(bad.group()):04X} at column {column}: "
            "binary data, not transcript text",
            line=line,
        )
    return text


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line, the line without its end-of-line characters.

    Lines end at LF, CR LF or CR only, not at the form feeds and separators
    ``str.splitlines`` also splits at (:func:`decode_utf8` refuses those).
    """
    for m in _LINE.finditer(text):
        raw = m.group()
        if not raw:
            return
        yield m.start(), raw.rstrip("\r\n")


_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_LONG_DATE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})$"
)


def parse_long_date(text: str) -> date | None:
    """``Thursday 16th January 2025`` -> ``date(2025, 1, 16)``; ``None`` if not a date line.

    >>> parse_long_date("Thursday 16th January 2025")
    datetime.date(2025, 1, 16)
    >>> parse_long_date("Commons Chamber") is None
    True

    A line shaped like a date that names no real day raises ``ValueError``.
    """
    m = _LONG_DATE.match(text.strip())
    if not m:
        return None
    month = _MONTHS.get(m["month"].lower())
    if month is None:
        return None
    return date(int(m["year"]), month, int(m["day"]))
