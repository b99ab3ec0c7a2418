"""mySociety parlparse member files: people.xml, all-members.xml, ministers.xml, peers-ucl.xml.

Each loader reports what its file says, keyed by the file's own ids; joining
member/lord/moffice ids to people is the :class:`~graph.registry.registry.Registry`'s job.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from graph.errors import SourceError
from graph.registry._common import date_attr, identifier_for, local, person_key_for
from graph.registry.records import (
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.vocab.office_keys import canonical_label, office_key


def _children(root: etree._Element, tag: str) -> list[etree._Element]:
    return [e for e in root if local(e.tag) == tag]


def _require(path: Path, element: etree._Element, *names: str) -> list[str]:
    values = []
    for name in names:
        value = element.get(name)
        if value is None:
            raise SourceError(
                path, f"<{local(element.tag)}> has no {name}=", line=element.sourceline
            )
        values.append(value)
    return values


def load_people(path: Path, root: etree._Element) -> RegistryData:
    """people.xml: the crosswalk from person ids to member/lord/moffice/datadotparl ids."""
    people = []
    for element in _children(root, "person"):
        (pid,) = _require(path, element, "id")
        ident = identifier_for(pid)
        if ident is None:
            raise SourceError(path, f"unexpected person id {pid!r}", line=element.sourceline)
        identifiers = {ident, ("parlparse-person", pid)}
        for office in _children(element, "office"):
            office_ident = identifier_for(office.get("id", ""))
            if office_ident is not None:
                identifiers.add(office_ident)
        people.append(
            RegistryPerson(
                key=person_key_for(pid),
                name=element.get("latestname"),
                identifiers=tuple(sorted(identifiers)),
            )
        )
    return RegistryData(people=tuple(people), sources=(path.name,))


def load_all_members(path: Path, root: etree._Element) -> RegistryData:
    """all-members.xml: one <member> per MP per term per party."""
    people, memberships = [], []
    for element in _children(root, "member"):
        mid, first, last = _require(path, element, "id", "firstname", "lastname")
        start = date_attr(path, element, "fromdate")
        end = date_attr(path, element, "todate", end=True)
        name = " ".join(p for p in (element.get("title", ""), first, last) if p)
        key = person_key_for(mid)
        ident = identifier_for(mid)
        people.append(
            RegistryPerson(
                key=key,
                name=name,
                other_names=(PersonName(name, start, end),),
                identifiers=(ident,) if ident else (),
            )
        )
        memberships.append(
            Membership(
                person_key=key,
                house=element.get("house", "commons"),
                constituency=element.get("constituency"),
                party=element.get("party"),
                start=start,
                end=end,
                source=path.name,
            )
        )
    return RegistryData(people=tuple(people), memberships=tuple(memberships), sources=(path.name,))


def load_ministers_xml(path: Path, root: etree._Element) -> RegistryData:
    """ministers.xml: <moffice> rows (government posts, committees) keyed by member id."""
    people, holdings = [], []
    for element in _children(root, "moffice"):
        oid, matchid, dept = _require(path, element, "id", "matchid", "dept")
        position = element.get("position", "")
        label = f"{position} ({dept})" if position else f"Member ({dept})"
        key = person_key_for(matchid)
        idents = [i for i in (identifier_for(matchid), identifier_for(oid)) if i]
        name = element.get("name")
        people.append(
            RegistryPerson(
                key=key,
                name=name,
                other_names=(PersonName(name),) if name else (),
                identifiers=tuple(sorted(idents)),
            )
        )
        holdings.append(
            OfficeHolding(
                person_key=key,
                label=label,
                canonical=canonical_label(office_key(label, dept)),
                organisation=dept,
                start=date_attr(path, element, "fromdate"),
                end=date_attr(path, element, "todate", end=True),
                source=path.name,
                source_id=oid,
            )
        )
    return RegistryData(people=tuple(people), holdings=tuple(holdings), sources=(path.name,))


def load_peers(path: Path, root: etree._Element) -> RegistryData:
    """peers-ucl.xml: one <lord> per peerage, with affiliation and dates."""
    people, memberships = [], []
    for element in _children(root, "lord"):
        lid, title, lordname = _require(path, element, "id", "title", "lordname")
        of = element.get("lordofname", "")
        name = f"{title} {lordname}" + (f" of {of}" if of else "")
        start = date_attr(path, element, "fromdate")
        end = date_attr(path, element, "todate", end=True)
        names = [PersonName(name, start, end)]
        surname, forenames = element.get("surname"), element.get("forenames")
        if forenames and (surname or not of):
            names.append(PersonName(f"{forenames} {surname or lordname}"))
        key = person_key_for(lid)
        ident = identifier_for(lid)
        people.append(
            RegistryPerson(
                key=key, name=name, other_names=tuple(names), identifiers=(ident,) if ident else ()
            )
        )
        memberships.append(
            Membership(
                person_key=key,
                house="lords",
                constituency=None,
                party=element.get("affiliation"),
                start=start,
                end=end,
                source=path.name,
            )
        )
    return RegistryData(people=tuple(people), memberships=tuple(memberships), sources=(path.name,))


#: The child element that tells the parlparse files apart.
LOADERS = {
    "person": load_people,
    "member": load_all_members,
    "moffice": load_ministers_xml,
    "lord": load_peers,
}
