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

The builder is a projection: it reads a :class:`~graph.records.LinkedDocument`
(the linking stage's output, :func:`graph.link.link`) and decides nothing about
who is who.  :mod:`graph.build_people` writes people, and divisions.

The builder writes through a :class:`graph.terms.Terms`: :func:`document_nquads`
gets N-Quads text straight away (the build's hot path), :func:`document_quads`
the same quads as rdflib terms.
"""

from __future__ import annotations

import re
from functools import cache

from rdflib import URIRef
from rdflib import namespace as ns

import ontology
from graph import __version__, iris
from graph.build_people import People, division_quads, link_notes
from graph.extract import commitment_model
from graph.extract.repeats import first_repeats
from graph.records import (
    ActorLink,
    Commitment,
    LinkedDebate,
    LinkedDocument,
    LinkedSpeech,
    Mention,
    MentionTarget,
    OfficeName,
    PartyName,
    PersonLink,
    Span,
    StatusReport,
)
from graph.terms import NQuadsTerms, RdflibTerms, Terms, Vocabulary
from graph.terms import Quad as Quad  # the type of document_quads' items
from graph.vocab.names import lookup_name_key

# The vocabularies, each term made once (rdflib mints a URIRef per attribute access).
DKG, OA = Vocabulary(ontology.DKG), Vocabulary(ontology.OA)
DCTERMS, ORG, PROV = Vocabulary(ns.DCTERMS), Vocabulary(ns.ORG), Vocabulary(ns.PROV)
RDF, RDFS, SDO, SKOS = (
    Vocabulary(ns.RDF),
    Vocabulary(ns.RDFS),
    Vocabulary(ns.SDO),
    Vocabulary(ns.SKOS),
)
ENTITIES = iris.ENTITIES_GRAPH


_ACTOR_LABELS = {"government": "Government", "the government": "Government"}
_LEGISLATION = re.compile(r"\b(?:Bill|Act|law|Order|Regulations)\b")


@cache
def sentence_model() -> URIRef:
    """The agent credited with the commitments only the sentence model found (PROV)."""
    return iris.extractor("debate-kg commitment model", commitment_model.digest())


class _DocumentBuilder:
    def __init__(self, facts: LinkedDocument, terms: Terms) -> None:
        self.facts = facts
        self.t = terms
        self.people = People(terms, {p.key: p for p in facts.people})
        self.source = iris.source(facts.source.key)
        self.commitments: list[tuple[URIRef, Commitment, URIRef]] = []
        self._debate_iris: dict[int, URIRef] = {}

    # --- entities ---------------------------------------------------------

    def office(self, office: OfficeName) -> URIRef:
        o = iris.office(office.label)
        self.t.add(o, RDF.type, DKG.Office, ENTITIES)
        self.t.add(o, RDFS.label, self.t.text(office.label), ENTITIES)
        self.t.add(o, DKG.lookupKey, self.t.text(lookup_name_key(office.label)), ENTITIES)
        for alias in office.aliases:
            self.t.add(o, SKOS.altLabel, self.t.text(alias), ENTITIES)
            self.t.add(o, DKG.lookupKey, self.t.text(lookup_name_key(alias)), ENTITIES)
        return o

    def holding(self, person: URIRef, office: URIRef, speech: URIRef, facts: LinkedDebate) -> None:
        h = iris.holding(person, office)
        if not self.people.holds(person, office):
            self.t.add(person, ORG.holds, office, ENTITIES)
        self.t.add(h, RDF.type, DKG.Holding, ENTITIES)
        self.t.add(h, DKG.holder, person, ENTITIES)
        self.t.add(h, DKG.office, office, ENTITIES)
        graph = self.debate_iri(facts)
        self.t.add(h, DKG.observedIn, speech, graph)
        if facts.debate.date is not None:
            # Two debates of one day may show the same holding: the day is a shared fact.
            self.t.add(h, DKG.observedOn, self.t.day(facts.debate.date), ENTITIES)

    def party(self, person: URIRef, party: PartyName) -> None:
        p = iris.party(party.label)
        self.t.add(p, RDF.type, DKG.Party, ENTITIES)
        self.t.add(p, RDFS.label, self.t.text(party.label), ENTITIES)
        self.t.add(p, SKOS.altLabel, self.t.text(party.abbreviation), ENTITIES)
        self.t.add(person, DKG.party, p, ENTITIES)

    def constituency(self, name: str) -> URIRef:
        c = iris.constituency(name)
        self.t.add(c, RDF.type, DKG.Constituency, ENTITIES)
        self.t.add(c, RDFS.label, self.t.text(iris.constituency_label(name)), ENTITIES)
        return c

    def sits_for(self, person: PersonLink, seat: str) -> URIRef:
        """``person`` sits for ``seat``: a member (typed by the registry graph or here)."""
        p = self.people.node(person, member=True)
        self.t.add(p, DKG.constituency, self.constituency(seat), ENTITIES)
        return p

    # --- documents, debates, speeches ----------------------------------------

    def debate_iri(self, facts: LinkedDebate) -> URIRef:
        d = self._debate_iris.get(facts.debate.ordinal)
        if d is None:
            d = self._debate_iris[facts.debate.ordinal] = iris.debate(
                self.facts.source.key, facts.debate.ordinal
            )
        return d

    def build(self) -> None:
        src, doc = self.source, self.facts.source
        self.t.add(src, RDF.type, DKG.SourceDocument, src)
        self.t.add(src, DCTERMS.identifier, self.t.text(doc.name), src)
        self.t.add(src, DKG.sha256, self.t.text(doc.sha256), src)
        self.t.add(src, DKG.sourceFormat, self.t.text(doc.format), src)
        self.t.add(src, DKG.extractedBy, iris.BUILDER, src)
        if self.facts.registry_fingerprint is not None:
            fingerprint = self.t.text(self.facts.registry_fingerprint)
            self.t.add(src, DKG.registryFingerprint, fingerprint, src)
        self.t.add(iris.BUILDER, RDF.type, DKG.Extractor, ENTITIES)
        self.t.add(iris.BUILDER, RDFS.label, self.t.text("debate-kg extractors"), ENTITIES)
        self.t.add(iris.BUILDER, SDO.softwareVersion, self.t.text(__version__), ENTITIES)
        model = sentence_model()
        self.t.add(model, RDF.type, DKG.Extractor, ENTITIES)
        self.t.add(model, RDFS.label, self.t.text("debate-kg commitment sentence model"), ENTITIES)
        self.t.add(model, SDO.softwareVersion, self.t.text(commitment_model.digest()), ENTITIES)
        self._learn_seats()
        for debate in self.facts.debates:
            self.debate(debate)
        self.link_repeats()

    def _learn_seats(self) -> None:
        """Seats the document states (speaker lines, "Member for" mentions), linked."""
        for person, seat in self.facts.seats:
            self.sits_for(person, seat)

    def debate(self, facts: LinkedDebate) -> None:
        d, g, debate = self.debate_iri(facts), self.debate_iri(facts), facts.debate
        self.t.add(d, RDF.type, DKG.Debate, g)
        self.t.add(d, DCTERMS.title, self.t.text(debate.title), g)
        self.t.add(d, PROV.wasDerivedFrom, self.source, g)
        if debate.date is not None:
            self.t.add(d, DCTERMS.date, self.t.day(debate.date), g)
        if debate.house:
            h = iris.house(debate.house)
            self.t.add(h, RDF.type, DKG.House, ENTITIES)
            self.t.add(h, RDFS.label, self.t.text(debate.house), ENTITIES)
            self.t.add(d, DKG.house, h, g)
        if debate.location:
            self.t.add(d, DKG.location, self.t.text(debate.location), g)
        if debate.source_id:
            self.t.add(d, DCTERMS.identifier, self.t.text(debate.source_id), g)
        for link in facts.participants:
            if link.linked:
                self.t.add(d, DKG.participant, self.people.node(link, member=True), g)
        for linked in facts.speeches:
            self.speech(facts, linked)
        for i, division in enumerate(facts.divisions, start=1):
            division_quads(self.t, self.people, d, i, division)

    def speech(self, facts: LinkedDebate, linked: LinkedSpeech) -> None:
        d = g = self.debate_iri(facts)
        sf = linked.facts
        sp = sf.speech
        s = iris.speech(d, sp.position)
        self.t.add(s, RDF.type, DKG.Speech, g)
        self.t.add(s, DKG.debate, d, g)
        self.t.add(s, DKG.position, self.t.integer(sp.position), g)
        self.t.add(s, SDO.text, self.t.text(sp.text), g)
        self.t.add(s, DKG.attribution, self.t.text(sp.speaker.attribution), g)
        if sp.after_gap:
            self.t.add(s, DKG.afterGap, self.t.boolean(True), g)
        if sp.span is not None:
            self.t.add(s, DKG.sourceStart, self.t.integer(sp.span.start), g)
            self.t.add(s, DKG.sourceEnd, self.t.integer(sp.span.end), g)
        if sp.source_id:
            self.t.add(s, DCTERMS.identifier, self.t.text(sp.source_id), g)
        if sp.url:
            self.t.add(s, SDO.url, self.t.any_uri(sp.url), g)
        if sp.column:
            self.t.add(s, DKG.column, self.t.text(sp.column), g)
        speaker = self.speaker(facts, linked, s)
        for m, target in linked.mentions:
            self.mention(facts, s, m, target)
        for c, actor in zip(sf.commitments, linked.actors, strict=True):
            self.commitment(facts, s, speaker, c, actor)
        for report in sf.reports:
            self.status_report(facts, s, speaker, report)

    def speaker(self, facts: LinkedDebate, linked: LinkedSpeech, s: URIRef) -> URIRef | None:
        """Link the speech to its speaker (or say why not); the speaker's IRI, if any."""
        g = self.debate_iri(facts)
        sf, link = linked.facts, linked.speaker
        link_notes(self.t, s, link, g)
        p = None
        if link.linked:
            p = self.people.node(link, member=linked.member)
            self.t.add(s, DKG.speaker, p, g)
        else:
            self.people.candidates(s, link, g)
        if linked.office is not None:
            o = self.office(linked.office)
            self.t.add(s, DKG.spokenAs, o, g)
            if p is not None:
                self.holding(p, o, s, facts)
        if sf.party is not None and p is not None:
            self.party(p, sf.party)
        return p

    def mention(self, facts: LinkedDebate, s: URIRef, m: Mention, target: MentionTarget) -> None:
        body = self.target(facts, s, target)
        if body is None:
            return
        g = self.debate_iri(facts)
        confidence, reason = target.confidence, target.reason
        a = iris.mention(s, m.span.start, m.span.end)
        self.t.add(a, RDF.type, DKG.Mention, g)
        self.t.add(a, OA.hasTarget, s, g)
        self.t.add(a, OA.hasBody, body, g)
        self.t.add(a, DKG.mentionKind, self.t.text(m.kind), g)
        self.t.add(a, DKG.confidence, self.t.confidence(confidence), g)
        self.t.add(a, DKG.linkReason, self.t.text(reason), g)
        self.t.add(a, DKG.evidence, self.selector(a, m.span, None, g), g)
        self.t.add(s, DKG.mentions, body, g)

    def selector(self, annotation: URIRef, span: Span, exact: str | None, g: URIRef) -> URIRef:
        """The compact selector: offsets into the speech's text, and the quote if given.

        Untyped: ``dkg:evidence``'s range says it is an ``oa:TextPositionSelector``.  A
        mention's quote is not stored: ``SUBSTR(?text, ?start + 1, ?end - ?start)`` of
        its speech gives it, and mentions are half of all quads.  Commitments and status
        reports, whose quotes are read everywhere and are few, keep ``oa:exact``.
        """
        sel = iris.selector(annotation)
        self.t.add(sel, OA.start, self.t.integer(span.start), g)
        self.t.add(sel, OA.end, self.t.integer(span.end), g)
        if exact is not None:
            self.t.add(sel, OA.exact, self.t.text(exact), g)
        return sel

    def concept(self, scheme: URIRef, kind: str, name: str) -> URIRef:
        c = iris.concept(kind, name)
        self.t.add(c, RDF.type, SKOS.Concept, ENTITIES)
        self.t.add(c, SKOS.prefLabel, self.t.text(name.replace("-", " ")), ENTITIES)
        self.t.add(c, SKOS.inScheme, scheme, ENTITIES)
        self.t.add(c, SKOS.notation, self.t.text(name), ENTITIES)
        return c

    def actor(self, actor: ActorLink, speaker: URIRef | None) -> URIRef:
        if actor.is_speaker and speaker is not None:
            a = speaker
        elif actor.person is not None:
            a = self.people.node(actor.person, member=False)
        else:
            label = actor.label
            label = _ACTOR_LABELS.get(label.lower(), re.sub(r"^the\s+", "", label))
            a = iris.actor(label)
            self.t.add(a, RDFS.label, self.t.text(label[:1].upper() + label[1:]), ENTITIES)
        self.t.add(a, RDF.type, DKG.Actor, ENTITIES)
        return a

    def commitment(
        self,
        facts: LinkedDebate,
        s: URIRef,
        speaker: URIRef | None,
        c: Commitment,
        actor: ActorLink,
    ) -> None:
        g = self.debate_iri(facts)
        node = iris.commitment(s, c.span.start, c.span.end)
        kind = DKG.OppositionPledge if c.kind == "opposition-pledge" else DKG.Commitment
        self.t.add(node, RDF.type, kind, g)
        self.t.add(node, DKG.madeIn, s, g)
        if speaker is not None:
            self.t.add(node, DKG.madeBy, speaker, g)
        self.t.add(node, DKG.actor, self.actor(actor, speaker), g)
        self.t.add(node, DKG.action, self.t.text(c.action), g)
        self.t.add(
            node, DKG.category, self.concept(DKG.commitmentCategories, "category", c.category), g
        )
        self.t.add(node, DKG.status, self.concept(DKG.commitmentStatuses, "status", c.status), g)
        self.t.add(node, DKG.confidence, self.t.confidence(c.confidence), g)
        if c.model_probability is not None:
            p = round(c.model_probability, 3)
            self.t.add(node, DKG.modelProbability, self.t.confidence(p), g)
        found_by = sentence_model() if c.found_by == "model" else iris.BUILDER
        self.t.add(node, PROV.wasGeneratedBy, found_by, g)
        self.t.add(node, DKG.evidence, self.selector(node, c.span, c.exact, g), g)
        if c.deadline is not None:
            self.t.add(node, DKG.deadline, self.t.day(c.deadline), g)
        if c.deadline_text:
            self.t.add(node, DKG.deadlineText, self.t.text(c.deadline_text), g)
        if c.start_date is not None:
            self.t.add(node, DKG.startDate, self.t.day(c.start_date), g)
        if c.start_text:
            self.t.add(node, DKG.startText, self.t.text(c.start_text), g)
        for i, amount in enumerate(c.amounts, start=1):
            a = iris.amount(node, i)
            self.t.add(node, DKG.amount, a, g)
            self.t.add(a, RDF.type, SDO.MonetaryAmount, g)
            self.t.add(a, SDO.value, self.t.decimal(amount.value), g)
            self.t.add(a, SDO.currency, self.t.text(amount.currency), g)
            if amount.maximum is not None:
                self.t.add(a, SDO.maxValue, self.t.decimal(amount.maximum), g)
            if amount.exact:
                self.t.add(a, SDO.description, self.t.text(amount.exact), g)
            if amount.role is not None:
                self.t.add(a, DKG.amountRole, self.t.text(amount.role), g)
        for name in c.mentions:
            thing = self.named_thing(name)
            self.t.add(node, SDO.mentions, thing, g)
        self.commitments.append((node, c, g))

    def status_report(
        self, facts: LinkedDebate, s: URIRef, speaker: URIRef | None, report: StatusReport
    ) -> None:
        """A sentence on how an undertaking stands; graph.followups links it to one."""
        g = self.debate_iri(facts)
        node = iris.status_report(s, report.span.start, report.span.end)
        self.t.add(node, RDF.type, DKG.StatusReport, g)
        self.t.add(node, DKG.reportedIn, s, g)
        if speaker is not None:
            self.t.add(node, DKG.reportedBy, speaker, g)
        status = self.concept(DKG.followUpStatuses, "follow-up", report.status)
        self.t.add(node, DKG.reportedStatus, status, g)
        if facts.debate.date is not None:
            self.t.add(node, DCTERMS.date, self.t.day(facts.debate.date), g)
        self.t.add(node, PROV.wasGeneratedBy, iris.BUILDER, g)
        self.t.add(node, DKG.evidence, self.selector(node, report.span, report.exact, g), g)

    def named_thing(self, name: str) -> URIRef:
        """A bill, law or body a commitment names."""
        label = re.sub(r"^the\s+", "", name.strip())
        if _LEGISLATION.search(label):
            thing = iris.legislation(label)
            self.t.add(thing, RDF.type, SDO.Legislation, ENTITIES)
        else:
            thing = iris.organisation(label)
            self.t.add(thing, RDF.type, ORG.Organization, ENTITIES)
        self.t.add(thing, RDFS.label, self.t.text(label[:1].upper() + label[1:]), ENTITIES)
        return thing

    def link_repeats(self) -> None:
        """A commitment that announces a measure an earlier one in this document did."""
        firsts = first_repeats([c for _, c, _ in self.commitments])
        for (later, _, graph), first in zip(self.commitments, firsts, strict=True):
            if first is not None:
                earlier = self.commitments[first][0]
                self.t.add(later, DKG.repeats, earlier, graph)

    # --- mention targets ------------------------------------------------------------

    def target(self, facts: LinkedDebate, s: URIRef, target: MentionTarget) -> URIRef | None:
        """The node a linked mention points at (made as the linking stage decided)."""
        kind, label = target.kind, target.label
        if kind == "person" and target.person is not None:
            p = self.people.node(target.person, member=target.member)
            if target.holds is not None:
                self.holding(p, self.office(target.holds), s, facts)
            if target.seat is not None:
                self.sits_for(target.person, target.seat)
            return p
        if kind == "office" and target.office is not None:
            return self.office(target.office)
        if kind == "constituency" and label is not None:
            return self.constituency(label)
        if label is None:
            return None
        if kind == "organisation":
            thing = iris.organisation(label)
            self.t.add(thing, RDF.type, ORG.Organization, ENTITIES)
        elif kind == "legislation":
            thing = iris.legislation(label)
            self.t.add(thing, RDF.type, SDO.Legislation, ENTITIES)
        elif kind == "place":
            thing = iris.place(label)
            self.t.add(thing, RDF.type, SDO.Place, ENTITIES)
        else:
            return None
        self.t.add(thing, RDFS.label, self.t.text(label[:1].upper() + label[1:]), ENTITIES)
        return thing


def document_quads(facts: LinkedDocument) -> list[Quad]:
    """Every quad for one linked document as rdflib terms, in a deterministic order."""
    terms = RdflibTerms()
    _DocumentBuilder(facts, terms).build()
    return terms.quads()


def document_nquads(facts: LinkedDocument) -> NQuadsTerms:
    """:func:`document_quads` written straight as N-Quads lines, in the same order.

    The fast path (no rdflib or pyoxigraph terms): ``result.nquads()`` is
    byte for byte what ``to_nquads(document_quads(facts))`` gives.
    """
    terms = NQuadsTerms()
    _DocumentBuilder(facts, terms).build()
    return terms
