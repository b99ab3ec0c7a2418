"""TheyWorkForYou MP-list CSVs: who sat for which seat, in which party, on the file's date."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.registry.records import Membership, PersonName, RegistryData, RegistryPerson

HEADER = ("Person ID", "First name", "Last name", "Party", "Constituency", "URI")
_DATE = re.compile(r"(\d{4})[-_](\d{2})[-_](\d{2})")


def sniff(head: str) -> bool:
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    return all(column in first for column in HEADER[:3])


def snapshot_date(path: Path) -> date:
    """The date in the file name ("2020-06-15_mp_list.csv"): when the list was taken."""
    m = _DATE.search(path.name)
    if not m:
        raise SourceError(
            path, "an MP list's file name must carry its date, e.g. 2020-06-15_mp_list.csv"
        )
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise SourceError(path, f"bad date in file name: {m.group(0)}") from None


def load_mp_list(path: Path, text: str) -> RegistryData:
    on = snapshot_date(path)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in HEADER[:5] if c not in (reader.fieldnames or ())]
    if missing:
        raise SourceError(path, f"MP list lacks column(s): {', '.join(missing)}")
    people, memberships = [], []
    for line, row in enumerate(reader, start=2):
        pid = (row["Person ID"] or "").strip()
        if not pid.isdigit():
            raise SourceError(path, f"Person ID is not a number: {pid!r}", line=line)
        name = f"{row['First name'].strip()} {row['Last name'].strip()}".strip()
        key = f"twfy/{pid}"
        people.append(
            RegistryPerson(
                key=key,
                name=name,
                other_names=(PersonName(name, on, on),),
                identifiers=(("twfy", pid),),
            )
        )
        memberships.append(
            Membership(
                person_key=key,
                house="commons",
                constituency=row["Constituency"].strip() or None,
                party=row["Party"].strip() or None,
                start=on,
                end=on,
                source=path.name,
                snapshot=True,
            )
        )
    return RegistryData(people=tuple(people), memberships=tuple(memberships), sources=(path.name,))
