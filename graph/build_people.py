"""People, speakers and divisions as quads: the linking half of :mod:`graph.build`.

Person IRIs: a person the member registry knows is ``id/person/<registry key>``
(``id/person/twfy/10131``) with the registry's canonical name, its identifiers
(``dkg:identifier``) and ``owl:sameAs`` its Wikidata entity; a name the registry
does not know keeps the name-slug IRI ``id/person/<slug>``.  A speech says how
its speaker was linked (``dkg:speakerConfidence``, ``dkg:speakerReason``) and,
when the attribution was ambiguous, which people it could mean
(``dkg:speakerCandidate``) instead of a ``dkg:speaker``.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib import namespace as ns

import ontology
from graph import iris
from graph.records import KnownPerson, LinkedDivision, PersonLink
from graph.terms import Terms, Vocabulary

# The vocabularies, each term made once (rdflib mints a URIRef per attribute access).
DKG, DCTERMS, FOAF = Vocabulary(ontology.DKG), Vocabulary(ns.DCTERMS), Vocabulary(ns.FOAF)
OWL, RDF, SDO = Vocabulary(ns.OWL), Vocabulary(ns.RDF), Vocabulary(ns.SDO)

ENTITIES = iris.ENTITIES_GRAPH
_WIKIDATA = "http://www.wikidata.org/entity/"
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
#: Candidates listed on an ambiguous speech, at most.
MAX_CANDIDATES = 8


class People:
    """Person nodes for one document: each IRI typed and named once.

    ``known`` holds the registry people the linking stage met, by key: their names
    and identifiers are the registry's.
    """

    def __init__(self, terms: Terms, known: dict[str, KnownPerson]) -> None:
        self.t, self.known = terms, known
        self.add = terms.add
        self.named: set[URIRef] = set()
        # A document names the same people again and again (every mention, speech, vote):
        # each IRI minted once, each typed a member once (a quad added again is a no-op).
        self._iris: dict[tuple[str | None, str], URIRef] = {}
        self._members: set[URIRef] = set()
        self._keys: dict[URIRef, str] = {}  # person IRI -> registry key

    def iri(self, link: PersonLink) -> URIRef:
        key = (link.key, "") if link.key else (None, link.name)
        found = self._iris.get(key)
        if found is None:
            found = self._iris[key] = (
                iris.person_key(link.key) if link.key else iris.person(link.name)
            )
            if link.key:
                self._keys[found] = link.key
        return found

    def node(self, link: PersonLink, *, member: bool) -> URIRef:
        p = self.iri(link)
        if member and p in self._members:
            return p  # named and typed already
        known = self.known.get(link.key) if link.key else None
        if p not in self.named:
            self.named.add(p)
            if known is None or not known.stated:  # else the registry graph states them
                name = known.name if known else link.name or iris.person_name(str(link.key))
                self.add(p, RDF.type, DKG.Person, ENTITIES)
                self.add(p, FOAF.name, self.t.text(name), ENTITIES)
                if known:
                    self.identifiers(p, known)
        if member:
            if known is None or not known.member:
                self.add(p, RDF.type, DKG.Member, ENTITIES)
            self._members.add(p)
        return p

    def holds(self, p: URIRef, office: URIRef) -> bool:
        """Whether the registry graph already says that ``p`` holds ``office``."""
        key = self._keys.get(p)
        known = self.known.get(key) if key else None
        return known is not None and str(office) in known.offices

    def identifiers(self, p: URIRef, known: KnownPerson) -> None:
        for scheme, value in known.identifiers:
            ident = iris.identifier(scheme, value)
            self.add(p, DKG.identifier, ident, ENTITIES)
            self.add(ident, RDF.type, DKG.Identifier, ENTITIES)
            self.add(ident, DKG.scheme, self.t.text(scheme), ENTITIES)
            self.add(ident, DKG.value, self.t.text(value), ENTITIES)
            # The value comes from a registry file: only an id that makes an IRI is linked.
            if scheme == "wikidata" and value.startswith("Q") and not _IRI_UNSAFE.search(value):
                self.add(p, OWL.sameAs, URIRef(_WIKIDATA + value), ENTITIES)

    def candidates(self, s: URIRef, link: PersonLink, g: URIRef) -> None:
        for key in link.candidates[:MAX_CANDIDATES]:
            c = self.node(PersonLink(key, key, 0.0, ""), member=False)
            self.add(s, DKG.speakerCandidate, c, g)


def link_notes(t: Terms, s: URIRef, link: PersonLink, g: URIRef) -> None:
    """How sure the speaker link is, and why."""
    t.add(s, DKG.speakerConfidence, t.confidence(link.confidence), g)
    t.add(s, DKG.speakerReason, t.text(link.reason), g)


def division_quads(
    t: Terms,
    people: People,
    debate: URIRef,
    ordinal: int,
    facts: LinkedDivision,
) -> None:
    """One division in its debate's graph, with a ``dkg:Vote`` per division-list entry."""
    d, g, add = iris.division(debate, ordinal), debate, t.add
    division = facts.division
    add(d, RDF.type, DKG.Division, g)
    add(d, DKG.inDebate, debate, g)
    add(d, DKG.afterPosition, t.integer(division.after_speech), g)
    if division.after_speech > 0:
        add(d, DKG.afterSpeech, iris.speech(debate, division.after_speech), g)
    if division.number:
        add(d, DKG.divisionNumber, t.text(division.number), g)
    if division.ayes is not None:
        add(d, DKG.ayes, t.integer(division.ayes), g)
    if division.noes is not None:
        add(d, DKG.noes, t.integer(division.noes), g)
    if division.source_id:
        add(d, DCTERMS.identifier, t.text(division.source_id), g)
    if division.url:
        add(d, SDO.url, t.any_uri(division.url), g)
    if division.column:
        add(d, DKG.column, t.text(division.column), g)
    for i, (vote, link) in enumerate(zip(division.votes, facts.voters, strict=True), start=1):
        v = iris.vote(d, i)
        add(d, DKG.vote, v, g)
        add(v, RDF.type, DKG.Vote, g)
        add(v, DKG.voterName, t.text(vote.name), g)
        add(v, DKG.voteOption, t.text(vote.vote), g)
        if vote.teller:
            add(v, DKG.teller, t.boolean(True), g)
        if vote.source_person_id:
            add(v, DCTERMS.identifier, t.text(vote.source_person_id), g)
        add(v, DKG.confidence, t.confidence(link.confidence), g)
        add(v, DKG.voterReason, t.text(link.reason), g)
        if link.linked and (link.key or link.name):
            add(v, DKG.voter, people.node(link, member=True), g)
