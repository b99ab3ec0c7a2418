"""Link speakers, voters and participants to people, using the member registry and the date.

Pure functions over a :class:`~graph.registry.Registry` and the records of one
debate.  The order of evidence, strongest first:

1. an id the source itself carries: a TheyWorkForYou ``person_id``
   (``uk.org.publicwhip/person/N`` is registry key ``twfy/N`` whether or not the
   registry has loaded that person), an old parlparse ``member``/``lord`` id
   (through the people.xml crosswalk, when it is loaded), a ParlaMint ``who``;
2. the printed name with what the attribution says (office, seat, party) and
   the House, on the debate's date (:meth:`Registry.resolve_name`);
3. an office alone ("Mr Speaker", "The Financial Secretary to the Treasury"):
   its holder on that date, when the registry knows exactly one.

When the registry finds several people and nothing tells them apart, or an
office with no single holder, the link says so (``linked=False``) instead of
guessing; a name the registry does not know at all stays a name-only person.

>>> from datetime import date
>>> from graph.registry import Registry
>>> link = link_name(Registry.builtin(), "Yvette Cooper", date(2025, 1, 16))
>>> link.key, link.name, link.linked
('twfy/10131', 'Yvette Cooper', True)
>>> link_name(Registry.builtin(), "Hon. Members", None).linked
False
"""

from __future__ import annotations

import re
from datetime import date

from graph.extract.attribution import spoken_office
from graph.iris import person_name
from graph.records import Attribution, Debate, PersonLink, Speech, Vote
from graph.registry import Registry, Resolution
from graph.vocab.office_keys import is_office

#: Debate.house as readers write it -> the registry's House key.
HOUSES = {"House of Commons": "commons", "House of Lords": "lords"}

_TWFY_PERSON = re.compile(r"^uk\.org\.publicwhip/person/(\d+)$")
_PARLPARSE = re.compile(r"^uk\.org\.publicwhip/(member|lord)/\d+$")
#: How sure a link made by the source's own id is.
_BY_ID = 1.0
#: How sure a link to a name-only person is (the registry does not know the name).
NAME_ONLY = 0.5


def registry_key_for_id(registry: Registry, source_id: str) -> str | None:
    """The registry key a source's person id stands for, or ``None``.

    >>> registry_key_for_id(Registry.builtin(), "uk.org.publicwhip/person/99999")
    'twfy/99999'
    >>> registry_key_for_id(Registry.builtin(), "uk.org.publicwhip/member/1") is None
    True
    """
    ident = source_id.strip()
    m = _TWFY_PERSON.match(ident)
    if m:
        person = registry.person(f"twfy/{m[1]}")
        return person.key if person else f"twfy/{m[1]}"
    m = _PARLPARSE.match(ident)
    if m:
        found = registry.by_identifier(f"parlparse-{m[1]}", ident)
        return found.key if found else None
    if ident.startswith("#") or re.fullmatch(r"[A-Za-z][\w.-]*", ident):
        found = registry.by_identifier("parlamint", ident.lstrip("#"))
        return found.key if found else None
    return None


def _name_of(registry: Registry, key: str, printed: str | None) -> str:
    person = registry.person(key)
    if person is not None and person.name:
        return person_name(person.name)
    return person_name(printed) if printed else key


def _from_resolution(
    registry: Registry, printed: str, found: Resolution, *, office: str | None
) -> PersonLink:
    if found.person is not None:
        return PersonLink(
            found.person,
            _name_of(registry, found.person, printed),
            found.confidence,
            found.reason,
            office=office,
        )
    if found.candidates or found.confidence == 1.0 or (office is not None and not printed):
        # ambiguous, a collective ("Hon. Members"), or an office with no single holder
        return PersonLink(
            None,
            person_name(printed) if printed else "",
            0.0,
            found.reason,
            linked=False,
            candidates=found.candidates,
            office=office,
        )
    return PersonLink(
        None,
        person_name(printed),
        NAME_ONLY,
        f"{found.reason}; kept as a name",
        office=office,
    )


def link_name(
    registry: Registry,
    name: str,
    on: date | None,
    *,
    constituency: str | None = None,
    office: str | None = None,
    house: str | None = None,
) -> PersonLink:
    """A printed name (with titles, initials, honorifics) to a person on a date."""
    text = " ".join(name.split())
    if office is None and is_office(text):
        office, text = text, ""
    found = registry.resolve_name(
        text, on, constituency=constituency, office=office, house=HOUSES.get(house or "", house)
    )
    return _from_resolution(registry, text, found, office=office)


def link_speaker(
    registry: Registry, speech: Speech, attribution: Attribution | None, debate: Debate
) -> PersonLink:
    """Who gave ``speech``, or why nobody: no speaker printed (procedural text), a
    collective ("Hon. Members"), a line with no person's name in it."""
    ref = speech.speaker
    office = spoken_office(attribution)
    if ref.source_person_id:
        key = registry_key_for_id(registry, ref.source_person_id)
        if key is not None:
            printed = attribution.name if attribution else ref.name
            if printed and is_office(printed):
                printed = None
            return PersonLink(
                key,
                _name_of(registry, key, printed or ref.attribution),
                _BY_ID,
                f"the source's person id {ref.source_person_id}",
                office=office,
            )
    if attribution is None:
        return PersonLink(None, "", 0.0, _nobody(ref.attribution), linked=False)
    name = "" if attribution.office is None and office else attribution.name
    return _from_resolution(
        registry,
        name,
        registry.resolve_name(
            name,
            debate.date,
            constituency=attribution.constituency,
            office=office,
            house=HOUSES.get(debate.house or ""),
        ),
        office=office,
    )


_COLLECTIVE = re.compile(
    r"^(?:several\s+|some\s+)?(?:hon\.?\s+)?(?:members|lords|noble lords)\b", re.I
)


def _nobody(printed: str) -> str:
    """Why a speech with no person in its speaker line has no speaker.

    >>> _nobody(""), _nobody("Hon. Members"), _nobody("Noble Lords: Hear, hear!")
    ('no speaker printed', 'collective (Hon. Members)', 'collective (Noble Lords)')
    """
    text = " ".join(printed.split()).strip(" :")
    if not text:
        return "no speaker printed"
    found = _COLLECTIVE.match(text)
    if found:
        return f"collective ({found.group(0).rstrip('.')})"
    return f"no person's name in the speaker line {text[:80]!r}"


def link_vote(registry: Registry, vote: Vote, debate: Debate) -> PersonLink:
    """Who cast ``vote``: by the division list's id, else by name in the debate's House."""
    if vote.source_person_id:
        key = registry_key_for_id(registry, vote.source_person_id)
        if key is not None:
            return PersonLink(
                key,
                _name_of(registry, key, vote.name),
                _BY_ID,
                f"the source's person id {vote.source_person_id}",
            )
    return link_name(registry, _voter_name(vote.name), debate.date, house=debate.house)


def _voter_name(listed: str) -> str:
    """Division lists print "Abbott, Diane" or "Diane Abbott (Hackney North)"."""
    text = re.sub(r"\s*\([^)]*\)\s*$", "", listed.strip())
    if text.count(",") == 1:
        surname, given = (t.strip() for t in text.split(","))
        text = f"{given} {surname}"
    return text
