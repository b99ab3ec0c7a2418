"""ParlaMint TEI ``listPerson`` (people, ids, affiliations), ``listOrg`` and corpus roots.

A person's affiliations with a parliament become memberships of that body, named as
the sittings name it (:func:`graph.sources.parlamint_corpus.body_name`), so that the
linking stage applies this registry to that body's sittings and to no other:
ParlaMint-GB's ``#parliament.HC``/``#parliament.HL`` are the Commons and the Lords,
ParlaMint-SI's ``#DZ`` the National Assembly of Slovenia.  The party of a membership
is the party affiliation in force when it began.  Other affiliations (government,
ministries, committees) are office holdings, ``"minister (Government of Galicia)"``.

Which orgs are parliaments, and their names and chambers, the corpus's ``listOrg``
says: the one in the same file (a corpus root holding both lists), else
``<corpus>-listOrg.xml`` beside the file.  Without one, a list that names
ParlaMint-GB's Houses has no other parliament, and in any other an affiliation as
``MP``, or as ``member``/``replacement`` of an org that is no party, group or
government, is taken as a parliament's.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from graph.errors import SourceError
from graph.registry._common import date_attr, local, parse_xml
from graph.registry.records import (
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.sources import parlamint_corpus as corpus
from graph.vocab.office_keys import canonical_label, office_key

_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
#: ParlaMint-GB's Houses, as the registry keys them.
_HOUSES = {"parliament.HC": "commons", "parliament.HL": "lords"}
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
_SEAT_ROLES = frozenset({"member", "MP", "replacement"})
#: ParlaMint's roles for heading an organisation (a parliament, a government, a ministry).
_HEADS = frozenset({"head", "deputyHead"})
# Parties and groups ("party.X", "pg.X"), governments ("GOV", "government.X"), ministries.
_NOT_PARLIAMENT = re.compile(
    r"^(?:party|pg|group|club|committee|ministry|min)\.|^(?:gov|government)\b", re.I
)


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


def _orgs(path: Path, root: etree._Element) -> dict[str, corpus.Org]:
    """The corpus's organisations: in this file, else in its ``listOrg`` beside it."""
    found = corpus.read_orgs(root)
    if found:
        return found
    listed = (root.get(_XML_ID) or path.stem).removesuffix("-listPerson")
    beside = path.parent / f"{listed}-listOrg.xml"
    if beside.is_file() and beside != path:
        try:
            return corpus.read_orgs(parse_xml(beside, beside.read_bytes()))
        except (OSError, SourceError):
            return {}
    return {}


def _is_parliament(ref: str, role: str, orgs: dict[str, corpus.Org], westminster: bool) -> bool:
    if role not in _SEAT_ROLES:
        return False  # "head", "deputyHead", "minister": an office, not a seat
    if ref in _HOUSES:
        return True
    org = orgs.get(ref)
    if org is not None:
        return org.role == "parliament"
    if westminster:  # ParlaMint-GB names its Houses; its other orgs are not parliaments
        return False
    return bool(ref) and (role == "MP" or not _NOT_PARLIAMENT.match(ref))


def _party(parties: list[tuple[str, date | None, date | None]], start: date | None) -> str | None:
    """The party in force on ``start``, else an undated one."""
    for ref, begun, ended in parties:
        if (
            start is not None
            and (begun is None or begun <= start)
            and (ended is None or start <= ended)
        ):
            return ref
    undated = [ref for ref, begun, ended in parties if begun is None and ended is None]
    return undated[-1] if undated else None


def _party_label(ref: str, orgs: dict[str, corpus.Org]) -> str:
    org = orgs.get(ref)
    if org is not None:
        return PARTIES.get(ref.removeprefix("party."), org.label)
    short = ref.removeprefix("party.")
    return PARTIES.get(short, short)


def load_list_person(path: Path, root: etree._Element) -> RegistryData:
    code = corpus.corpus_code(root.get(_XML_ID) or path.stem)
    orgs = _orgs(path, root)
    westminster = any(
        (a.get("ref") or "").lstrip("#") in _HOUSES for a in _find(root, "affiliation")
    )
    people, memberships, holdings = [], [], []
    for person in _find(root, "person"):
        pid = person.get(_XML_ID) or ""
        key = f"parlamint/{pid}"
        names = [
            PersonName(
                corpus.display_name(p),
                date_attr(path, p, "from"),
                date_attr(path, p, "to", end=True),
            )
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
        parties = [
            (
                (a.get("ref") or "").lstrip("#"),
                date_attr(path, a, "from"),
                date_attr(path, a, "to", end=True),
            )
            for a in affiliations
            if (a.get("ref") or "").startswith("#party.")
            or (orgs.get((a.get("ref") or "").lstrip("#")) or _NO_ORG).role == "politicalParty"
        ]
        party_refs = {ref for ref, _, _ in parties}
        for aff in affiliations:
            ref = (aff.get("ref") or "").lstrip("#")
            role = aff.get("role") or "member"
            start = date_attr(path, aff, "from")
            end = date_attr(path, aff, "to", end=True)
            if ref in party_refs:
                continue
            if _is_parliament(ref, role, orgs, westminster):
                house = _HOUSES.get(ref) or corpus.body_name(code, None, orgs.get(ref) or _org(ref))
                if house is None:
                    continue
                party = _party(parties, start)
                memberships.append(
                    Membership(
                        key,
                        house,
                        None,
                        _party_label(party, orgs) if party else None,
                        start,
                        end,
                        path.name,
                    )
                )
            else:
                org = orgs.get(ref)
                name = org.english if org and org.english else ref
                if role in _HEADS and _is_parliament(ref, "member", orgs, westminster):
                    # heading a parliament is presiding over it: named as its memberships
                    # name the body, "head (Parliament of Catalonia)", which reads as the
                    # chair (graph.vocab.office_roles) where "head (PC)" read as nothing
                    name = corpus.body_name(code, None, org or _org(ref)) or name
                label = f"{role} ({name})"
                holdings.append(
                    OfficeHolding(
                        key,
                        label,
                        canonical_label(office_key(label)),
                        ref,
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


_NO_ORG = corpus.Org("", None, None, None, None)


def _org(ref: str) -> corpus.Org:
    return corpus.Org(ref, "parliament", None, None, None)


def load_list_org(path: Path, root: etree._Element) -> RegistryData:
    """listOrg names parties and Houses but no people; it is read (and checked) only."""
    _find(root, "org")
    return RegistryData(sources=(path.name,))


def load_corpus_root(path: Path, root: etree._Element) -> RegistryData:
    """A corpus root whose header holds the lists itself (ParlaMint 2, e.g. TR)."""
    if not _find(root, "person"):
        raise SourceError(
            path,
            "a ParlaMint corpus root without a person list of its own; import the "
            "listPerson file it includes",
        )
    return load_list_person(path, root)
