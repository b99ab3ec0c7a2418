"""Small helpers shared by the registry loaders: dates, keys, CSV, safe XML."""

from __future__ import annotations

import calendar
import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import SourceError

if TYPE_CHECKING:  # the XML stack loads when a file is parsed, not for registry questions
    from lxml import etree  # type: ignore[import-untyped]

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
    from graph.sources import safe_xml

    return safe_xml.parse(path, data)


def local(tag: object) -> str:
    """An element's tag without its namespace ("" for comments and PIs)."""
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def date_attr(path: Path, element: etree._Element, name: str, *, end: bool = False) -> date | None:
    try:
        return parse_date(element.get(name), end=end)
    except ValueError as exc:
        raise SourceError(path, f"{name}: {exc}", line=element.sourceline) from None


_NAME_DATE = re.compile(r"(\d{4})[-_](\d{2})[-_](\d{2})")


def date_in_name(path: Path, example: str) -> date:
    """The date a file's name carries ("2026-06-27_mp_lookup.csv"): the day a list was
    taken, for lists that do not say it themselves.  ``example`` is shown when absent."""
    m = _NAME_DATE.search(path.name)
    if not m:
        raise SourceError(path, f"the file name must carry the list's date, e.g. {example}")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise SourceError(path, f"bad date in file name: {m.group(0)}") from None


def csv_header(text: str) -> tuple[str, ...]:
    """The cells of a CSV text's first row (a byte-order mark dropped).

    >>> csv_header('\\ufeff"pcon_name","member_id"\\n"Aldershot","5173"\\n')
    ('pcon_name', 'member_id')
    """
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    return tuple(cell.strip() for cell in next(csv.reader([first]), []))


def csv_rows(
    path: Path, text: str, required: Iterable[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) for each data row; a missing column is one error naming them all."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in required if c not in (reader.fieldnames or ())]
    if missing:
        raise SourceError(path, f"lacks column(s): {', '.join(missing)}")
    for row in reader:
        yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k is not None}


def csv_date(path: Path, line: int, row: dict[str, str], column: str) -> date | None:
    try:
        return parse_date(row.get(column))
    except ValueError as exc:
        raise SourceError(path, f"{column}: {exc}", line=line) from None


def mnis_id(text: str) -> str | None:
    """A UK Parliament (MNIS) member id as digits: some sources write it as a float.

    >>> mnis_id("500.0"), mnis_id("4370"), mnis_id("")
    ('500', '4370', None)
    """
    text = text.strip()
    if not text:
        return None
    whole, _, fraction = text.partition(".")
    if not whole.isdigit() or fraction.strip("0"):
        raise ValueError(f"not a member id: {text!r}")
    return str(int(whole))


def mnis_key(member_id: str) -> str:
    """The key of a person known by their UK Parliament member id (``mnis/<N>``); a
    crosswalk with a ``twfy/`` person makes that key the one kept."""
    return f"mnis/{member_id}"
