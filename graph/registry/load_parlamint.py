"""ParlaMint TEI ``listPerson`` (people, ids, affiliations) and ``listOrg``."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from graph.registry._common import date_attr, local
from graph.registry.records import (
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.vocab.office_keys import canonical_label, office_key

_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_HOUSES = {"#parliament.HC": "commons", "#parliament.HL": "lords"}
#: ParlaMint-GB party ids to the names the other sources use.
PARTIES = {
    "CON": "Conservative",
    "LAB": "Labour",
    "LD": "Liberal Democrat",
    "SNP": "Scottish National Party",
    "DUP": "DUP",
    "PC": "Plaid Cymru",
    "SF": "Sinn Féin",
    "CB": "Crossbench",
    "GREEN": "Green",
    "UUP": "UUP",
    "SDLP": "SDLP",
    "ALBA": "Alba",
    "PAUB": "Alba",
    "IND": "Independent",
}


def _find(element: etree._Element, tag: str) -> list[etree._Element]:
    return [e for e in element.iter() if local(e.tag) == tag]


def _identifier(idno: etree._Element) -> tuple[str, str] | None:
    text = (idno.text or "").strip()
    m = re.search(r"wikidata\.org/(?:wiki|entity)/(Q\d+)", text)
    if m:
        return ("wikidata", m.group(1))
    m = re.search(r"members\.parliament\.uk/member/(\d+)", text)
    if m:
        return ("datadotparl", m.group(1))
    subtype = idno.get("subtype") or idno.get("type")
    return (subtype, text) if subtype and text else None


def _name(pers: etree._Element) -> str:
    parts = [
        (e.text or "").strip()
        for e in pers
        if local(e.tag) in ("forename", "surname", "roleName", "nameLink")
        and (e.text or "").strip()
    ]
    forenames = [p for e, p in zip(pers, parts, strict=False) if local(e.tag) == "forename"]
    surnames = [(e.text or "").strip() for e in pers if local(e.tag) == "surname"]
    if surnames and forenames:
        return f"{forenames[0]} {' '.join(surnames)}"
    return " ".join(parts) or " ".join((pers.text or "").split())


def load_list_person(path: Path, root: etree._Element) -> RegistryData:
    people, memberships, holdings = [], [], []
    for person in _find(root, "person"):
        pid = person.get(_XML_ID) or ""
        key = f"parlamint/{pid}"
        names = [
            PersonName(_name(p), date_attr(path, p, "from"), date_attr(path, p, "to", end=True))
            for p in person
            if local(p.tag) == "persName"
        ]
        identifiers = {("parlamint", pid)}
        identifiers.update(i for i in map(_identifier, _find(person, "idno")) if i)
        sex = next((s.get("value") for s in person if local(s.tag) == "sex"), None)
        people.append(
            RegistryPerson(
                key=key,
                name=names[0].text if names else pid,
                other_names=tuple(names),
                identifiers=tuple(sorted(identifiers)),
                sex=sex if sex in ("F", "M") else None,
            )
        )
        affiliations = [a for a in person if local(a.tag) == "affiliation"]
        parties = [a for a in affiliations if (a.get("ref") or "").startswith("#party.")]
        for aff in affiliations:
            ref = aff.get("ref") or ""
            start = date_attr(path, aff, "from")
            end = date_attr(path, aff, "to", end=True)
            if ref in _HOUSES:
                party = next(
                    (p.get("ref", "")[7:] for p in parties if p.get("from") == aff.get("from")),
                    None,
                )
                memberships.append(
                    Membership(
                        key,
                        _HOUSES[ref],
                        None,
                        PARTIES.get(party or "", party),
                        start,
                        end,
                        path.name,
                    )
                )
            elif not ref.startswith("#party."):
                label = f"{aff.get('role', 'member')} ({ref.lstrip('#')})"
                holdings.append(
                    OfficeHolding(
                        key,
                        label,
                        canonical_label(office_key(label)),
                        ref.lstrip("#"),
                        start,
                        end,
                        path.name,
                    )
                )
    return RegistryData(
        people=tuple(people),
        memberships=tuple(memberships),
        holdings=tuple(holdings),
        sources=(path.name,),
    )


def load_list_org(path: Path, root: etree._Element) -> RegistryData:
    """listOrg names parties and Houses but no people; it is read (and checked) only."""
    _find(root, "org")
    return RegistryData(sources=(path.name,))
