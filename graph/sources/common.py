"""Helpers shared by readers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from graph.errors import SourceError


def decode_utf8(path: Path, data: bytes) -> str:
    """Decode a plain-text transcript as UTF-8, naming the byte where it fails.

    No newline translation: offsets into the result are offsets into the file.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not UTF-8 text (invalid byte at offset {exc.start})") from None


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line, the line without its end-of-line characters."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        yield offset, raw.rstrip("\r\n")
        offset += len(raw)


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
