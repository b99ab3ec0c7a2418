"""Popolo JSON (parlparse ministers.json / ministers-2010.json, people.json) and constituencies.json."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from graph.errors import SourceError
from graph.registry._common import identifier_for, parse_date, person_key_for
from graph.registry.records import (
    ConstituencyRecord,
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.vocab.office_keys import canonical_label, office_key

#: Organisations that are a House rather than a department.
_HOUSES = {"house-of-commons": "commons", "house-of-lords": "lords"}


def _date(path: Path, row: Mapping[str, Any], name: str, *, end: bool = False) -> Any:
    try:
        return parse_date(row.get(name), end=end)
    except ValueError as exc:
        raise SourceError(path, f"{row.get('id', '?')}: {name}: {exc}") from None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _person(row: Mapping[str, Any]) -> RegistryPerson:
    pid = str(row["id"])
    identifiers = {
        (str(i.get("scheme")), str(i.get("identifier"))) for i in row.get("identifiers", ())
    }
    ident = identifier_for(pid)
    if ident:
        identifiers.add(ident)
    names = [
        PersonName(
            str(n.get("name")),
            parse_date(n.get("start_date")),
            parse_date(n.get("end_date"), end=True),
        )
        for n in row.get("other_names", ())
        if n.get("name")
    ]
    name = _str(row.get("name"))
    if name is None and (row.get("given_name") or row.get("family_name")):
        name = f"{row.get('given_name', '')} {row.get('family_name', '')}".strip()
    gender = _str(row.get("gender"))
    return RegistryPerson(
        key=person_key_for(pid),
        name=name,
        other_names=tuple(names),
        identifiers=tuple(sorted(identifiers)),
        sex={"female": "F", "male": "M"}.get((gender or "").lower()),
    )


def load_popolo(path: Path, doc: Mapping[str, Any]) -> RegistryData:
    """Popolo ``persons``/``memberships``/``organizations``/``posts`` as parlparse publishes them.

    A membership with a ``role`` (or of a non-House organisation) is an office
    holding; one of a House through a constituency post is a seat.  Rows whose end
    is before their start (a few in ministers-2010.json) are skipped.
    """
    orgs = {str(o.get("id")): o for o in doc.get("organizations", ()) if isinstance(o, Mapping)}
    posts = {str(p.get("id")): p for p in doc.get("posts", ()) if isinstance(p, Mapping)}
    people = [_person(p) for p in doc.get("persons", ()) if isinstance(p, Mapping) and "id" in p]
    memberships, holdings = [], []
    crosswalk: dict[str, set[tuple[str, str]]] = {}
    for row in doc.get("memberships", ()):
        if not isinstance(row, Mapping) or "person_id" not in row:
            raise SourceError(path, f"membership without person_id: {str(row)[:80]}")
        start = _date(path, row, "start_date")
        end = _date(path, row, "end_date", end=True)
        if start and end and end < start:
            continue
        key = person_key_for(str(row["person_id"]))
        # parlparse membership ids embed the data.parliament member id: a crosswalk
        ident = identifier_for(str(row.get("id", "")))
        if ident is not None and ident[0] == "datadotparl":
            crosswalk.setdefault(key, set()).add(ident)
        post = posts.get(str(row.get("post_id")), {})
        org_id = str(row.get("organization_id") or post.get("organization_id") or "")
        org = orgs.get(org_id, {})
        org_name = _str(org.get("name"))
        role = _str(row.get("role")) or _str(row.get("label")) or _str(post.get("role"))
        house = _HOUSES.get(org_id) or {"lower house": "commons", "upper house": "lords"}.get(
            str(org.get("classification", "")).lower()
        )
        if house and (role is None or role.lower() in ("member", "mp")):
            area = post.get("area", {})
            memberships.append(
                Membership(
                    person_key=key,
                    house=house,
                    constituency=_str(area.get("name")) or _str(post.get("label")),
                    party=_str(orgs.get(str(row.get("on_behalf_of_id")), {}).get("name"))
                    or _str(row.get("on_behalf_of_id")),
                    start=start,
                    end=end,
                    source=path.name,
                )
            )
            continue
        department = None if house else org_name
        label = role or (f"Member ({org_name})" if org_name else "Member")
        holdings.append(
            OfficeHolding(
                person_key=key,
                label=label.strip(),
                canonical=canonical_label(office_key(label, department)),
                organisation=org_name,
                start=start,
                end=end,
                source=path.name,
                source_id=_str(row.get("id")),
            )
        )
    people += [
        RegistryPerson(key=key, name=None, identifiers=tuple(sorted(idents)))
        for key, idents in sorted(crosswalk.items())
    ]
    return RegistryData(
        people=tuple(people),
        memberships=tuple(memberships),
        holdings=tuple(holdings),
        sources=(path.name,),
    )


def load_constituencies(path: Path, rows: Sequence[Any]) -> RegistryData:
    """constituencies.json: ``[{id, names[], start_date, end_date}]``."""
    records = []
    for row in rows:
        if not isinstance(row, Mapping) or "id" not in row or not row.get("names"):
            raise SourceError(path, f"constituency without id or names: {str(row)[:80]}")
        records.append(
            ConstituencyRecord(
                id=str(row["id"]),
                names=tuple(str(n) for n in row["names"]),
                start=_date(path, row, "start_date"),
                end=_date(path, row, "end_date", end=True),
            )
        )
    return RegistryData(constituencies=tuple(records), sources=(path.name,))
