"""A registry file's records as compact, deterministic JSON, and back.

An imported file is kept in the store as what its loader read (one literal on
the file's node), so that a later import can merge every file again without the
original files, and removing or re-importing one file changes exactly what it
said.  Dates are ISO strings; record fields are written in declaration order,
records in a sorted order, so the same file always gives the same bytes.

>>> from datetime import date
>>> from graph.registry.records import Membership, RegistryData, RegistryPerson
>>> data = RegistryData(
...     people=(RegistryPerson("twfy/1", "Ann Example", identifiers=(("twfy", "1"),)),),
...     memberships=(Membership("twfy/1", "commons", "Leeds", "Lab", date(2019, 12, 12), None, "x"),),
... )
>>> loads(dumps(data)) == data
True
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from graph.registry.records import (
    ConstituencyRecord,
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _person(p: RegistryPerson) -> list[Any]:
    names = [[n.text, _day(n.start), _day(n.end)] for n in p.other_names]
    return [p.key, p.name, names, [list(i) for i in p.identifiers], p.sex]


def _membership(m: Membership) -> list[Any]:
    return [
        m.person_key,
        m.house,
        m.constituency,
        m.party,
        _day(m.start),
        _day(m.end),
        m.source,
        m.snapshot,
    ]


def _holding(h: OfficeHolding) -> list[Any]:
    return [
        h.person_key,
        h.label,
        h.canonical,
        h.organisation,
        _day(h.start),
        _day(h.end),
        h.source,
        h.source_id,
    ]


def _constituency(c: ConstituencyRecord) -> list[Any]:
    return [c.id, list(c.names), _day(c.start), _day(c.end)]


def dumps(data: RegistryData) -> str:
    """``data`` as JSON text: the same records give the same text, whatever their order."""
    return json.dumps(to_doc(data), ensure_ascii=False, separators=(",", ":"))


def to_doc(data: RegistryData) -> dict[str, Any]:
    """``data`` as the JSON-ready document :func:`dumps` writes."""
    return {
        "people": sorted((_person(p) for p in data.people), key=json.dumps),
        "memberships": sorted((_membership(m) for m in data.memberships), key=json.dumps),
        "holdings": sorted((_holding(h) for h in data.holdings), key=json.dumps),
        "constituencies": sorted((_constituency(c) for c in data.constituencies), key=json.dumps),
        "sources": sorted(set(data.sources)),
    }


def loads(text: str) -> RegistryData:
    """The records :func:`dumps` wrote."""
    return from_doc(json.loads(text))


def from_doc(doc: dict[str, Any]) -> RegistryData:
    """The records of a document :func:`to_doc` made (already parsed from JSON)."""
    return RegistryData(
        people=tuple(
            RegistryPerson(
                key,
                name,
                tuple(PersonName(t, _date(s), _date(e)) for t, s, e in names),
                tuple((a, b) for a, b in idents),
                sex,
            )
            for key, name, names, idents, sex in doc["people"]
        ),
        memberships=tuple(
            Membership(k, house, seat, party, _date(s), _date(e), src, snap)
            for k, house, seat, party, s, e, src, snap in doc["memberships"]
        ),
        holdings=tuple(
            OfficeHolding(k, label, canon, org, _date(s), _date(e), src, sid)
            for k, label, canon, org, s, e, src, sid in doc["holdings"]
        ),
        constituencies=tuple(
            ConstituencyRecord(cid, tuple(names), _date(s), _date(e))
            for cid, names, s, e in doc["constituencies"]
        ),
        sources=tuple(doc["sources"]),
    )
