"""parlparse ``members/official-profiles.xml``: the crosswalk from TheyWorkForYou person ids
to UK Parliament member ids (MNIS), read from each person's members.parliament.uk
profile address.

Each ``<personinfo id="uk.org.publicwhip/person/M" profile_url_uk_parl=".../member/N/career">``
becomes a nameless person ``twfy/M`` with the identifier ``("mnis", N)``: the
registry joins people that share an identifier, so files keyed by member id
(``mnis/N``: the IfG Ministers Database, election results, the MP lookup) and
TheyWorkForYou's files end up as one person, keyed ``twfy/M``.  Profiles of the
devolved bodies (``profile_url_scot_parl`` and the like) name no Westminster member
and are not read.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from graph.errors import SourceError
from graph.registry._common import identifier_for, local
from graph.registry.records import RegistryData, RegistryPerson

_PROFILE = re.compile(r"^https?://members\.parliament\.uk/member/(\d+)(?:/|$)")
ATTRIBUTE = "profile_url_uk_parl"


def load_official_profiles(path: Path, root: etree._Element) -> RegistryData:
    people = []
    for element in root:
        if local(element.tag) != "personinfo" or element.get(ATTRIBUTE) is None:
            continue
        pid, url = element.get("id", ""), element.get(ATTRIBUTE, "")
        person, profile = identifier_for(pid), _PROFILE.match(url)
        if person is None or person[0] != "twfy":
            raise SourceError(path, f"unexpected person id {pid!r}", line=element.sourceline)
        if profile is None:
            raise SourceError(
                path, f"{ATTRIBUTE} is not a member's page: {url!r}", line=element.sourceline
            )
        twfy, member = person[1], profile.group(1)
        people.append(
            RegistryPerson(
                key=f"twfy/{twfy}",
                name=None,
                identifiers=(("mnis", member), ("twfy", twfy)),
            )
        )
    if not people:
        raise SourceError(
            path,
            f"a TheyWorkForYou personinfo file without {ATTRIBUTE}= (only the member-id "
            "crosswalk, official-profiles.xml, is a registry file)",
        )
    return RegistryData(people=tuple(people), sources=(path.name,))
