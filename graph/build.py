"""Records to quads: the query contract, written down once.

Which named graph a fact goes in decides what a rebuild replaces:

* facts about one debate (the debate, its speeches, mentions, commitments,
  observations of office holdings) go in the debate's own graph, named by the
  debate's IRI, and are replaced when its source file is built again;
* facts about the source file go in the source's graph;
* facts about shared entities (people, offices, parties, constituencies,
  houses) go in one ``id/graph/entities`` graph, so that each such triple is
  stored once however many debates show it (Oxigraph's union default graph
  does not remove duplicates).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from graph import __version__, iris
from graph.extract.offices import canonical_office
from graph.records import (
    Attribution,
    DebateFacts,
    DocumentFacts,
    Mention,
    OfficeName,
    PartyName,
    SpeechFacts,
)
from ontology import DKG, OA

Quad = tuple[URIRef, URIRef, Node, URIRef]
ENTITIES = iris.ENTITIES_GRAPH


class _Quads:
    """An ordered set of quads."""

    def __init__(self) -> None:
        self._seen: dict[Quad, None] = {}

    def add(self, s: URIRef, p: URIRef, o: Node, g: URIRef) -> None:
        self._seen[(s, p, o, g)] = None

    def to_list(self) -> list[Quad]:
        return list(self._seen)


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


class _DocumentBuilder:
    def __init__(self, facts: DocumentFacts) -> None:
        self.facts = facts
        self.q = _Quads()
        self.source = iris.source(facts.source.key)
        # Seats named in this document, so "the hon. Member for X" can find its member.
        self.seat_holders: dict[str, URIRef] = {}

    # --- entities ---------------------------------------------------------

    def person(self, name: str, *, member: bool) -> URIRef:
        p = iris.person(name)
        self.q.add(p, RDF.type, DKG.Person, ENTITIES)
        self.q.add(p, FOAF.name, Literal(iris.person_name(name)), ENTITIES)
        if member:
            self.q.add(p, RDF.type, DKG.Member, ENTITIES)
        return p

    def office(self, office: OfficeName) -> URIRef:
        o = iris.office(office.label)
        self.q.add(o, RDF.type, DKG.Office, ENTITIES)
        self.q.add(o, RDFS.label, Literal(office.label), ENTITIES)
        for alias in office.aliases:
            self.q.add(o, SKOS.altLabel, Literal(alias), ENTITIES)
        return o

    def holding(self, person: URIRef, office: URIRef, speech: URIRef, facts: DebateFacts) -> None:
        h = iris.holding(person, office)
        self.q.add(person, ORG.holds, office, ENTITIES)
        self.q.add(h, RDF.type, DKG.Holding, ENTITIES)
        self.q.add(h, DKG.holder, person, ENTITIES)
        self.q.add(h, DKG.office, office, ENTITIES)
        graph = self.debate_iri(facts)
        self.q.add(h, DKG.observedIn, speech, graph)
        if facts.debate.date is not None:
            self.q.add(h, DKG.observedOn, Literal(facts.debate.date), graph)

    def party(self, person: URIRef, party: PartyName) -> None:
        p = iris.party(party.label)
        self.q.add(p, RDF.type, DKG.Party, ENTITIES)
        self.q.add(p, RDFS.label, Literal(party.label), ENTITIES)
        self.q.add(p, SKOS.altLabel, Literal(party.abbreviation), ENTITIES)
        self.q.add(person, DKG.party, p, ENTITIES)

    def constituency(self, name: str) -> URIRef:
        c = iris.constituency(name)
        self.q.add(c, RDF.type, DKG.Constituency, ENTITIES)
        self.q.add(c, RDFS.label, Literal(" ".join(name.split())), ENTITIES)
        return c

    def sits_for(self, person: URIRef, seat: str) -> None:
        c = self.constituency(seat)
        self.q.add(person, RDF.type, DKG.Member, ENTITIES)
        self.q.add(person, DKG.constituency, c, ENTITIES)
        self.seat_holders.setdefault(iris.slug(seat), person)

    # --- documents, debates, speeches ----------------------------------------

    def debate_iri(self, facts: DebateFacts) -> URIRef:
        return iris.debate(self.facts.source.key, facts.debate.ordinal)

    def build(self) -> list[Quad]:
        src, doc = self.source, self.facts.source
        self.q.add(src, RDF.type, DKG.SourceDocument, src)
        self.q.add(src, DCTERMS.identifier, Literal(doc.name), src)
        self.q.add(src, DKG.sha256, Literal(doc.sha256), src)
        self.q.add(src, DKG.sourceFormat, Literal(doc.format), src)
        self.q.add(src, DKG.extractedBy, iris.BUILDER, src)
        self.q.add(iris.BUILDER, RDF.type, DKG.Extractor, ENTITIES)
        self.q.add(iris.BUILDER, RDFS.label, Literal("debate-kg extractors"), ENTITIES)
        self.q.add(iris.BUILDER, SDO.softwareVersion, Literal(__version__), ENTITIES)
        self._learn_seats()
        for debate in self.facts.debates:
            self.debate(debate)
        return self.q.to_list()

    def _learn_seats(self) -> None:
        """Seats stated anywhere in the document, before any mention is linked."""
        for debate in self.facts.debates:
            for sf in debate.speeches:
                a = sf.attribution
                if a and a.constituency:
                    self.sits_for(self.person(a.name, member=True), a.constituency)
                for m in sf.mentions:
                    if m.kind == "member-for" and m.name and m.constituency:
                        self.sits_for(self.person(m.name, member=True), m.constituency)

    def debate(self, facts: DebateFacts) -> None:
        d, g, debate = self.debate_iri(facts), self.debate_iri(facts), facts.debate
        self.q.add(d, RDF.type, DKG.Debate, g)
        self.q.add(d, DCTERMS.title, Literal(debate.title), g)
        self.q.add(d, PROV.wasDerivedFrom, self.source, g)
        if debate.date is not None:
            self.q.add(d, DCTERMS.date, Literal(debate.date), g)
        if debate.house:
            h = iris.house(debate.house)
            self.q.add(h, RDF.type, DKG.House, ENTITIES)
            self.q.add(h, RDFS.label, Literal(debate.house), ENTITIES)
            self.q.add(d, DKG.house, h, g)
        if debate.location:
            self.q.add(d, DKG.location, Literal(debate.location), g)
        if debate.source_id:
            self.q.add(d, DCTERMS.identifier, Literal(debate.source_id), g)
        for name in debate.participants:
            self.q.add(d, DKG.participant, self.person(name, member=True), g)
        for sf in facts.speeches:
            self.speech(facts, sf)

    def speech(self, facts: DebateFacts, sf: SpeechFacts) -> None:
        d = g = self.debate_iri(facts)
        sp = sf.speech
        s = iris.speech(d, sp.position)
        self.q.add(s, RDF.type, DKG.Speech, g)
        self.q.add(s, DKG.debate, d, g)
        self.q.add(s, DKG.position, Literal(sp.position), g)
        self.q.add(s, SDO.text, Literal(sp.text), g)
        self.q.add(s, DKG.attribution, Literal(sp.speaker.attribution), g)
        if sp.after_gap:
            self.q.add(s, DKG.afterGap, Literal(True), g)
        if sp.span is not None:
            self.q.add(s, DKG.sourceStart, Literal(sp.span.start), g)
            self.q.add(s, DKG.sourceEnd, Literal(sp.span.end), g)
        if sp.source_id:
            self.q.add(s, DCTERMS.identifier, Literal(sp.source_id), g)
        if sp.url:
            self.q.add(s, SDO.url, Literal(sp.url, datatype=XSD.anyURI), g)
        if sp.column:
            self.q.add(s, DKG.column, Literal(sp.column), g)
        if sf.attribution is not None:
            self.speaker(facts, sf, s, sf.attribution)
        for m in sf.mentions:
            self.mention(facts, s, m)

    def speaker(self, facts: DebateFacts, sf: SpeechFacts, s: URIRef, a: Attribution) -> None:
        g = self.debate_iri(facts)
        member = facts.debate.house is not None or bool(a.constituency or a.party)
        p = self.person(a.name, member=member)
        self.q.add(s, DKG.speaker, p, g)
        if sf.office is not None:
            o = self.office(sf.office)
            self.q.add(s, DKG.spokenAs, o, g)
            self.holding(p, o, s, facts)
        if sf.party is not None:
            self.party(p, sf.party)

    def mention(self, facts: DebateFacts, s: URIRef, m: Mention) -> None:
        g = self.debate_iri(facts)
        target = self._mention_target(facts, s, m)
        if target is None:
            return
        body, confidence = target
        a = iris.mention(s, m.span.start, m.span.end)
        sel = iris.selector(a)
        self.q.add(a, RDF.type, DKG.Mention, g)
        self.q.add(a, OA.hasTarget, s, g)
        self.q.add(a, OA.hasBody, body, g)
        self.q.add(a, DKG.mentionKind, Literal(m.kind), g)
        self.q.add(a, DKG.confidence, _confidence(confidence), g)
        self.q.add(a, DKG.evidence, sel, g)
        self.q.add(sel, RDF.type, OA.TextPositionSelector, g)
        self.q.add(sel, RDF.type, OA.TextQuoteSelector, g)
        self.q.add(sel, OA.start, Literal(m.span.start), g)
        self.q.add(sel, OA.end, Literal(m.span.end), g)
        self.q.add(sel, OA.exact, Literal(m.exact), g)
        self.q.add(s, DKG.mentions, body, g)

    def _mention_target(
        self, facts: DebateFacts, s: URIRef, m: Mention
    ) -> tuple[URIRef, float] | None:
        if m.name:
            p = self.person(m.name, member=m.kind in {"member-for", "call"})
            if m.office:
                self.holding(p, self.office(canonical_office(m.office)), s, facts)
            return p, m.confidence
        if m.constituency:
            holder = self.seat_holders.get(iris.slug(m.constituency))
            if holder is not None:
                return holder, min(m.confidence, 0.9)
            return self.constituency(m.constituency), m.confidence
        if m.office:
            return self.office(canonical_office(m.office)), m.confidence
        return None


def document_quads(facts: DocumentFacts) -> list[Quad]:
    """Every quad for one source document, in a deterministic order."""
    return _DocumentBuilder(facts).build()


def graphs_of(quads: Iterable[Quad]) -> set[URIRef]:
    """The named graphs a document's quads write, other than the shared entity graph."""
    return {q[3] for q in quads if q[3] != ENTITIES}
