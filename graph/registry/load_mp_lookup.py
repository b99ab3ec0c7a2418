"""The DfE MP lookup (``dfe-analytical-services/mp-lookup``, ``mp_lookup.csv``): the sitting
MP of every constituency with their UK Parliament member id, as of the day it was taken.

The file is regenerated daily and does not say its date, so the file name must
carry it (``2026-06-27_mp_lookup.csv``), as for TheyWorkForYou's MP lists.  Each row
is a snapshot observation of a Commons seat and party on that day, keyed by the
member id (``mnis/<N>``).
"""

from __future__ import annotations

from pathlib import Path

from graph.errors import SourceError
from graph.registry._common import csv_rows, date_in_name, mnis_id, mnis_key
from graph.registry.records import Membership, PersonName, RegistryData, RegistryPerson

COLUMNS = ("pcon_name", "member_id", "display_as", "party_text")


def sniff(header: tuple[str, ...]) -> bool:
    return all(c in header for c in COLUMNS)


def load_mp_lookup(path: Path, text: str) -> RegistryData:
    on = date_in_name(path, "2026-06-27_mp_lookup.csv")
    people, memberships = [], []
    for line, row in csv_rows(path, text, COLUMNS):
        try:
            member = mnis_id(row["member_id"])
        except ValueError as exc:
            raise SourceError(path, f"member_id: {exc}", line=line) from None
        if member is None:
            continue  # a vacant seat
        name = row["display_as"]
        key = mnis_key(member)
        people.append(
            RegistryPerson(
                key=key,
                name=name or None,
                other_names=(PersonName(name, on, on),) if name else (),
                identifiers=(("mnis", member),),
            )
        )
        memberships.append(
            Membership(
                person_key=key,
                house="commons",
                constituency=row["pcon_name"] or None,
                party=row["party_text"] or None,
                start=on,
                end=on,
                source=path.name,
                snapshot=True,
            )
        )
    return RegistryData(people=tuple(people), memberships=tuple(memberships), sources=(path.name,))
