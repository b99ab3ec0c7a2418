"""Small helpers shared by the registry loaders: dates, keys, safe XML."""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from graph.errors import SourceError
from graph.sources import safe_xml

_PERSON_ID = re.compile(r"^uk\.org\.publicwhip/person/(\d+)$")
_PARLPARSE_ID = re.compile(r"^uk\.org\.publicwhip/(member|lord|moffice|royal)/(\d+)$")
_DATADOTPARL = re.compile(r"^uk\.parliament\.data/Member/(\d+)(?:/|$)")

OPEN_END = "9999-12-31"


def parse_date(text: str | None, *, end: bool = False) -> date | None:
    """ISO dates, and partial ones ("1918", "2005-05"): first day, or last day when ``end``.

    >>> parse_date("1997-05-01"), parse_date("1918"), parse_date("1918", end=True)
    (datetime.date(1997, 5, 1), datetime.date(1918, 1, 1), datetime.date(1918, 12, 31))
    >>> parse_date("9999-12-31") is None and parse_date("") is None
    True
    """
    if not text or text.strip() in ("", OPEN_END):
        return None
    parts = text.strip()[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        last = calendar.monthrange(year, month)[1] if end else 1
        day = int(parts[2]) if len(parts) > 2 else last
        return date(year, month, day)
    except (ValueError, IndexError):
        raise ValueError(f"not a date: {text!r}") from None


def person_key_for(source_id: str) -> str:
    """``twfy/<N>`` for a TheyWorkForYou person id; a slug for other ids.

    >>> person_key_for("uk.org.publicwhip/person/10131"), person_key_for("uk.org.publicwhip/member/40")
    ('twfy/10131', 'parlparse-member/40')
    """
    m = _PERSON_ID.match(source_id)
    if m:
        return f"twfy/{m.group(1)}"
    m = _PARLPARSE_ID.match(source_id)
    if m:
        return f"parlparse-{m.group(1)}/{m.group(2)}"
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", source_id).strip("-")
    return f"id/{slug}"


def identifier_for(source_id: str) -> tuple[str, str] | None:
    """The (scheme, value) a parlparse office or person id stands for."""
    m = _PERSON_ID.match(source_id)
    if m:
        return ("twfy", m.group(1))
    m = _PARLPARSE_ID.match(source_id)
    if m:
        return (f"parlparse-{m.group(1)}", source_id)
    m = _DATADOTPARL.match(source_id)
    if m:
        return ("datadotparl", m.group(1))
    return None


def parse_xml(path: Path, data: bytes) -> etree._Element:
    """Parse through :func:`graph.sources.safe_xml.parse`: no network, no external or
    parameter entities, bounded expansion; refusals are :class:`SourceError` naming the file."""
    return safe_xml.parse(path, data)


def local(tag: object) -> str:
    """An element's tag without its namespace ("" for comments and PIs)."""
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def date_attr(path: Path, element: etree._Element, name: str, *, end: bool = False) -> date | None:
    try:
        return parse_date(element.get(name), end=end)
    except ValueError as exc:
        raise SourceError(path, f"{name}: {exc}", line=element.sourceline) from None
