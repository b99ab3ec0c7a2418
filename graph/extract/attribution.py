"""Read a speaker line's attribution into name, office, constituency and party.

Parallel Parliament writes ``<Name> Portrait <attribution>``; the attribution is
one of: the name alone; an office with the name in brackets ("The Secretary of
State for the Home Department (Yvette Cooper)"); a presiding office
("Madam Deputy Speaker (Judith Cummins)"), possibly without the name ("Mr
Speaker"); the backbench form with seat and party ("Jim Shannon (Strangford)
(DUP)"); a peer with party ("Lord Hanson of Flint (Lab)").

>>> parse_attribution("Jim Shannon", "Jim Shannon (Strangford) (DUP)")
Attribution(name='Jim Shannon', office=None, constituency='Strangford', party='DUP')
>>> parse_attribution("Yvette Cooper", "The Secretary of State for the Home Department (Yvette Cooper)")
Attribution(name='Yvette Cooper', office='The Secretary of State for the Home Department', constituency=None, party=None)
>>> line = "The Minister for Housing and Communities (Alex Neil)"
>>> parse_attribution(line, line)
Attribution(name='Alex Neil', office='The Minister for Housing and Communities', constituency=None, party=None)

A later, shorter line for the same person ("Mr Murray", "Edward Miliband") is a name,
never an office:

>>> parse_attribution("Ian Murray", "Mr Murray")
Attribution(name='Ian Murray', office=None, constituency=None, party=None)
"""

from __future__ import annotations

from graph.iris import person_name
from graph.records import Attribution
from graph.vocab.names import surname_key, trailing_groups
from graph.vocab.office_keys import is_office
from graph.vocab.parties import party


def _same_person(a: str, b: str) -> bool:
    return person_name(a).casefold() == person_name(b).casefold()


def parse_attribution(name: str, attribution: str) -> Attribution:
    """The parts of ``attribution``, given the speaker's ``name`` from the same line."""
    head, groups = trailing_groups(attribution)
    party_abbreviation = None
    if groups and party(groups[-1]) is not None:
        party_abbreviation = groups.pop()
    if not head and not groups:
        return Attribution(name=name, party=party_abbreviation)
    if _same_person(head, name):
        constituency = groups[0] if len(groups) == 1 else None
        return Attribution(name=name, constituency=constituency, party=party_abbreviation)
    if groups and _same_person(groups[-1], name):
        return Attribution(name=name, office=head or None, party=party_abbreviation)
    if head and not groups and surname_key(head) != surname_key(name):
        # "Mr Speaker", "The Prime Minister": an office without the name.
        return Attribution(name=name, office=head, party=party_abbreviation)
    if len(groups) == 1 and is_office(head) and not is_office(groups[0]):
        # A source that prints only "The Minister for Housing and Communities (Alex Neil)":
        # the office, and the holder's name in brackets.
        return Attribution(name=groups[0], office=head, party=party_abbreviation)
    return Attribution(name=name, party=party_abbreviation)


def spoken_office(attribution: Attribution | None) -> str | None:
    """The office an attribution names, including an office printed as the name."""
    if attribution is None:
        return None
    if attribution.office:
        return attribution.office
    return attribution.name if is_office(attribution.name) else None
