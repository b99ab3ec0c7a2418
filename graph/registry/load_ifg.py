"""The Institute for Government's Ministers Database (``ifg-ministers-database-public``,
folder ``data/``): every minister since 1979 with their names, seats, parties and posts.

The database is a folder of CSV tables joined by UUIDs.  It is imported through its
``person.csv``; the loader reads the tables it needs from the same folder
(``appointment``, ``post``, ``organisation``, ``representation``,
``representation_characteristics``, ``constituency``), so one import is one
consistent copy of the database.  Given one of those other tables alone, the loader
says to import ``person.csv`` instead.

People are keyed by their UK Parliament member id (``mnis/<N>``, from
``person.id_parliament``) so that they join the election results, the MP lookup and,
through parlparse's official-profiles crosswalk, TheyWorkForYou's people.  The few
without one keep the database's own id (``ifg/<uuid>``).  Acting and on-leave periods
(``appointment_characteristics``) are not read: the appointment is the holding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.registry._common import csv_date, csv_header, csv_rows, mnis_id, mnis_key
from graph.registry.records import (
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.vocab.office_keys import canonical_label, office_key

PERSON_COLUMNS = ("id", "id_parliament", "name", "gender", "start_date", "end_date")
#: The tables read beside person.csv, and the columns each must have.
TABLES: dict[str, tuple[str, ...]] = {
    "appointment": ("id", "person_id", "post_id", "start_date", "end_date"),
    "post": ("id", "organisation_id", "name"),
    "organisation": ("id", "name"),
    "representation": ("id", "person_id", "house", "constituency_id", "start_date", "end_date"),
    "representation_characteristics": ("representation_id", "party", "start_date", "end_date"),
    "constituency": ("id", "name"),
}
_HOUSES = {"commons": "commons", "lords": "lords"}


def sniff_person(header: tuple[str, ...]) -> bool:
    """Whether a CSV header is the database's ``person`` table."""
    return all(c in header for c in PERSON_COLUMNS) and "normalized_name" in header


#: Every table the database publishes besides ``person``.
PUBLISHED = frozenset(
    {
        *TABLES,
        "appointment_characteristics",
        "event",
        "organisation_link",
        "post_relationship",
    }
)


def person_csv_beside(path: Path) -> Path | None:
    """The database's ``person.csv`` when ``path`` is one of its other tables, else ``None``."""
    person = path.with_name("person.csv")
    if path.suffix.lower() != ".csv" or path.stem not in PUBLISHED or not person.is_file():
        return None
    try:
        with person.open(encoding="utf-8-sig") as handle:
            header = csv_header(handle.readline())
    except (OSError, UnicodeDecodeError):
        return None
    return person if sniff_person(header) else None


@dataclass(frozen=True, slots=True)
class _Table:
    path: Path
    rows: tuple[tuple[int, dict[str, str]], ...]

    def by_id(self) -> dict[str, tuple[int, dict[str, str]]]:
        return {row["id"]: (line, row) for line, row in self.rows}


def _table(person_csv: Path, name: str) -> _Table:
    path = person_csv.with_name(f"{name}.csv")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise SourceError(
            person_csv,
            f"an IfG Ministers Database person.csv is read with the tables beside it; "
            f"{name}.csv is missing",
        ) from None
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise SourceError(path, "not UTF-8 text") from None
    return _Table(path, tuple(csv_rows(path, text, TABLES[name])))


def _people(path: Path, text: str) -> tuple[list[RegistryPerson], dict[str, str]]:
    """People (one per database id, all their names) and each database id's key."""
    rows: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
    for line, row in csv_rows(path, text, PERSON_COLUMNS):
        if not row["id"]:
            raise SourceError(path, "person row without an id", line=line)
        rows[row["id"]].append((line, row))
    people, keys = [], {}
    for uuid, group in rows.items():
        members: set[str] = set()
        names: set[PersonName] = set()
        for line, row in group:
            try:
                member = mnis_id(row["id_parliament"])
            except ValueError as exc:
                raise SourceError(path, f"id_parliament: {exc}", line=line) from None
            if member:
                members.add(member)
            start = csv_date(path, line, row, "start_date")
            end = csv_date(path, line, row, "end_date")
            for column in ("name", "display_name"):
                if row.get(column):
                    names.add(PersonName(row[column], start, end))
        if len(members) > 1:
            raise SourceError(path, f"person {uuid} has several id_parliament: {sorted(members)}")
        member = next(iter(members), None)
        key = mnis_key(member) if member else f"ifg/{uuid}"
        keys[uuid] = key
        # the name still in use (no end), else the latest one
        latest = max(group, key=lambda g: (not g[1]["end_date"], g[1]["start_date"]))[1]
        identifiers = {("ifg", uuid)} | ({("mnis", member)} if member else set())
        sex = {row["gender"] for _, row in group} & {"F", "M"}
        people.append(
            RegistryPerson(
                key=key,
                name=latest["name"] or None,
                other_names=tuple(
                    sorted(names, key=lambda n: (n.text, n.start or date.min, n.end or date.max))
                ),
                identifiers=tuple(sorted(identifiers)),
                sex=sex.pop() if len(sex) == 1 else None,
            )
        )
    return sorted(people, key=lambda p: p.key), keys


def _person_key(table: _Table, line: int, keys: dict[str, str], uuid: str) -> str:
    try:
        return keys[uuid]
    except KeyError:
        raise SourceError(table.path, f"unknown person_id {uuid!r}", line=line) from None


def _holdings(
    person_csv: Path, keys: dict[str, str], tables: dict[str, _Table]
) -> Iterator[OfficeHolding]:
    appointments, posts = tables["appointment"], tables["post"].by_id()
    organisations = tables["organisation"].by_id()
    for line, row in appointments.rows:
        if row["post_id"] not in posts:
            raise SourceError(appointments.path, f"unknown post_id {row['post_id']!r}", line=line)
        _, post = posts[row["post_id"]]
        org = organisations.get(post["organisation_id"])
        organisation = org[1]["name"] if org else None
        label = post["name"]
        yield OfficeHolding(
            person_key=_person_key(appointments, line, keys, row["person_id"]),
            label=label,
            canonical=canonical_label(office_key(label, organisation)),
            organisation=organisation,
            start=csv_date(appointments.path, line, row, "start_date"),
            end=csv_date(appointments.path, line, row, "end_date"),
            source=person_csv.name,
            source_id=row["id"],
        )


def _memberships(
    person_csv: Path, keys: dict[str, str], tables: dict[str, _Table]
) -> Iterator[Membership]:
    """One membership per period of a seat with one party (representation_characteristics);
    a representation without characteristics is one membership without a party."""
    representations, seats = tables["representation"], tables["constituency"].by_id()
    parties: dict[str, list[tuple[int, dict[str, str]]]] = defaultdict(list)
    characteristics = tables["representation_characteristics"]
    for line, row in characteristics.rows:
        parties[row["representation_id"]].append((line, row))
    for line, row in representations.rows:
        house = _HOUSES.get(row["house"].lower())
        if house is None:
            raise SourceError(representations.path, f"unknown house {row['house']!r}", line=line)
        seat = seats.get(row["constituency_id"])
        constituency = seat[1]["name"] if seat else None
        start = csv_date(representations.path, line, row, "start_date")
        end = csv_date(representations.path, line, row, "end_date")
        periods = [
            (
                party["party"] or None,
                csv_date(characteristics.path, pline, party, "start_date") or start,
                csv_date(characteristics.path, pline, party, "end_date") or end,
            )
            for pline, party in parties.get(row["id"], ())
        ] or [(None, start, end)]
        key = _person_key(representations, line, keys, row["person_id"])
        for party_name, from_, to in periods:
            yield Membership(key, house, constituency, party_name, from_, to, person_csv.name)


def load_ifg(path: Path, text: str) -> RegistryData:
    """The database whose ``person.csv`` is ``path`` (text ``text``), with its other tables."""
    people, keys = _people(path, text)
    tables = {name: _table(path, name) for name in TABLES}
    return RegistryData(
        people=tuple(people),
        memberships=tuple(_memberships(path, keys, tables)),
        holdings=tuple(_holdings(path, keys, tables)),
        sources=(path.name,),
    )


__all__ = ["load_ifg", "person_csv_beside", "sniff_person"]
