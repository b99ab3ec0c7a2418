"""UK Parliament election results, candidate level (electionresults.parliament.uk CSV, as
``candidate-level-results-general-election-04-07-2024.csv``): who won each seat.

Each winner (``Candidate result position`` 1) is an observation of a Commons seat and
party on the polling day, keyed by the winner's UK Parliament member id
(``mnis/<N>``).  It is a snapshot, not a term: a result says who was elected, not
until when they sat (by-elections, defections and deaths come later), and a later
dated list of MPs (the MP lookup, a TheyWorkForYou list) brackets the period with it.
"""

from __future__ import annotations

from pathlib import Path

from graph.errors import SourceError
from graph.registry._common import csv_date, csv_rows, mnis_id, mnis_key
from graph.registry.records import Membership, PersonName, RegistryData, RegistryPerson

COLUMNS = (
    "Constituency name",
    "Election polling date",
    "Candidate family name",
    "Candidate given name",
    "Candidate MNIS ID",
    "Main party name",
    "Main party abbreviation",
    "Adjunct party abbreviation",
    "Candidate is standing as Commons Speaker",
    "Candidate is standing as independent",
    "Candidate result position",
)


def sniff(header: tuple[str, ...]) -> bool:
    return all(c in header for c in ("Candidate MNIS ID", "Candidate result position"))


def _party(row: dict[str, str]) -> str | None:
    """The party as the graph's party table knows it: the abbreviation ("Lab", "RUK",
    "SDLP"), Labour and Co-operative as one, the Speaker and independents by name."""
    if row["Candidate is standing as Commons Speaker"] == "true":
        return "Speaker"
    if row["Candidate is standing as independent"] == "true":
        return "Independent"
    main = row["Main party abbreviation"] or row["Main party name"]
    if main == "Lab" and row["Adjunct party abbreviation"] == "Co-op":
        return "Lab/Co-op"
    return main or None


def load_results(path: Path, text: str) -> RegistryData:
    people, memberships = [], []
    for line, row in csv_rows(path, text, COLUMNS):
        if row["Candidate result position"] != "1":
            continue
        try:
            member = mnis_id(row["Candidate MNIS ID"])
        except ValueError as exc:
            raise SourceError(path, f"Candidate MNIS ID: {exc}", line=line) from None
        if member is None:
            raise SourceError(path, "a winner without a Candidate MNIS ID", line=line)
        on = csv_date(path, line, row, "Election polling date")
        if on is None:
            raise SourceError(path, "a result without an Election polling date", line=line)
        name = f"{row['Candidate given name']} {row['Candidate family name']}".strip()
        key = mnis_key(member)
        people.append(
            RegistryPerson(
                key=key,
                name=name,
                other_names=(PersonName(name, on, on),),
                identifiers=(("mnis", member),),
            )
        )
        memberships.append(
            Membership(
                person_key=key,
                house="commons",
                constituency=row["Constituency name"] or None,
                party=_party(row),
                start=on,
                end=on,
                source=path.name,
                snapshot=True,
            )
        )
    if not memberships:
        raise SourceError(path, "no winners (no row with Candidate result position 1)")
    return RegistryData(people=tuple(people), memberships=tuple(memberships), sources=(path.name,))
