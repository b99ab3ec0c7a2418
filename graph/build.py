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

People are linked with the member registry (built-in, plus what ``debate-kg
members import`` stored); :mod:`graph.build_people` writes them, and divisions.

The builder writes through a :class:`graph.terms.Terms`: :func:`document_nquads`
gets N-Quads text straight away (the build's hot path), :func:`document_quads`
the same quads as rdflib terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from rdflib import URIRef
from rdflib import namespace as ns

import ontology
from graph import __version__, iris
from graph.build_people import People, division_quads, link_notes
from graph.extract.repeats import first_repeats
from graph.link.mentions import LinkContext, MentionLink, Turn, debate_turns, link_mention, resolve
from graph.link.speakers import link_name
from graph.records import (
    Commitment,
    DebateFacts,
    DocumentFacts,
    Mention,
    OfficeName,
    PartyName,
    PersonLink,
    Span,
    SpeechFacts,
)
from graph.registry import Registry
from graph.terms import NQuadsTerms, RdflibTerms, Terms, Vocabulary
from graph.terms import Quad as Quad  # the type of document_quads' items
from graph.vocab.offices import canonical_office

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
_HONORIFIC = re.compile(r"^(?:Baroness|Lord|Lady|Sir|Dame|Professor|Dr|Mr|Mrs|Ms)\s+[A-Z]")
_LEGISLATION = re.compile(r"\b(?:Bill|Act|law|Order|Regulations)\b")


def _looks_like_person(label: str) -> bool:
    """An actor named like a person ("Baroness Louise Casey", "Tom Crowther KC")."""
    return bool(_HONORIFIC.match(label)) or label.endswith((" KC", " QC"))


class _DocumentBuilder:
    def __init__(self, facts: DocumentFacts, terms: Terms, registry: Registry | None) -> None:
        self.facts = facts
        self.t = terms
        self.registry = registry if registry is not None else Registry.builtin()
        self.people = People(terms, self.registry)
        self._links: dict[tuple[str, date | None], PersonLink] = {}
        self.source = iris.source(facts.source.key)
        # Seats named in this document, so "the hon. Member for X" can find its member.
        self.seat_holders: dict[str, URIRef] = {}
        self.commitments: list[tuple[URIRef, Commitment]] = []
        self._debate_iris: dict[int, URIRef] = {}

    # --- entities ---------------------------------------------------------

    def person(self, name: str, *, member: bool, on: date | None = None) -> URIRef:
        """A person named in text: the registry's when the name is theirs, else name-only."""
        link = self._links.get((name, on))
        if link is None:
            link = self._links[(name, on)] = link_name(self.registry, name, on)
        if not link.linked or link.key is None:
            link = PersonLink(None, iris.person_name(name), link.confidence, link.reason)
        return self.people.node(link, member=member)

    def office(self, office: OfficeName) -> URIRef:
        o = iris.office(office.label)
        self.t.add(o, RDF.type, DKG.Office, ENTITIES)
        self.t.add(o, RDFS.label, self.t.text(office.label), ENTITIES)
        for alias in office.aliases:
            self.t.add(o, SKOS.altLabel, self.t.text(alias), ENTITIES)
        return o

    def holding(self, person: URIRef, office: URIRef, speech: URIRef, facts: DebateFacts) -> None:
        h = iris.holding(person, office)
        self.t.add(person, ORG.holds, office, ENTITIES)
        self.t.add(h, RDF.type, DKG.Holding, ENTITIES)
        self.t.add(h, DKG.holder, person, ENTITIES)
        self.t.add(h, DKG.office, office, ENTITIES)
        graph = self.debate_iri(facts)
        self.t.add(h, DKG.observedIn, speech, graph)
        if facts.debate.date is not None:
            self.t.add(h, DKG.observedOn, self.t.day(facts.debate.date), graph)

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

    def sits_for(self, person: URIRef, seat: str) -> None:
        c = self.constituency(seat)
        self.t.add(person, RDF.type, DKG.Member, ENTITIES)
        self.t.add(person, DKG.constituency, c, ENTITIES)
        self.seat_holders.setdefault(iris.slug(seat), person)

    # --- documents, debates, speeches ----------------------------------------

    def debate_iri(self, facts: DebateFacts) -> URIRef:
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
        if self.registry.fingerprint is not None:
            fingerprint = self.t.text(self.registry.fingerprint)
            self.t.add(src, DKG.registryFingerprint, fingerprint, src)
        self.t.add(iris.BUILDER, RDF.type, DKG.Extractor, ENTITIES)
        self.t.add(iris.BUILDER, RDFS.label, self.t.text("debate-kg extractors"), ENTITIES)
        self.t.add(iris.BUILDER, SDO.softwareVersion, self.t.text(__version__), ENTITIES)
        self._learn_seats()
        for debate in self.facts.debates:
            self.debate(debate)
        self.link_repeats()

    def _learn_seats(self) -> None:
        """Seats stated anywhere in the document, before any mention is linked."""
        for debate in self.facts.debates:
            for sf in debate.speeches:
                a, link = sf.attribution, sf.speaker
                if a and a.constituency and link is not None and link.linked:
                    self.sits_for(self.people.node(link, member=True), a.constituency)
                for m in sf.mentions:
                    if m.kind == "member-for" and m.name and m.constituency:
                        found = resolve(self._link_registry(), m.name, debate.debate.date)
                        p = self.linked_person(found.person, m.name, member=True)
                        self.sits_for(p, m.constituency)

    def debate(self, facts: DebateFacts) -> None:
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
        if facts.participants:
            for link in facts.participants:
                if link.linked:
                    self.t.add(d, DKG.participant, self.people.node(link, member=True), g)
        else:
            for name in debate.participants:
                self.t.add(d, DKG.participant, self.person(name, member=True, on=debate.date), g)
        for sf in facts.speeches:
            self.speech(facts, sf)
        for i, division in enumerate(facts.divisions, start=1):
            division_quads(self.t, self.people, d, i, division)

    def speech(self, facts: DebateFacts, sf: SpeechFacts) -> None:
        d = g = self.debate_iri(facts)
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
        speaker = self.speaker(facts, sf, s)
        for m in sf.mentions:
            self.mention(facts, s, m)
        for c in sf.commitments:
            self.commitment(facts, s, speaker, c)

    def speaker(self, facts: DebateFacts, sf: SpeechFacts, s: URIRef) -> URIRef | None:
        """Link the speech to its speaker (or say why not); the speaker's IRI, if any."""
        g = self.debate_iri(facts)
        a, link = sf.attribution, sf.speaker
        if link is None and a is not None:  # facts made without linking
            link = link_name(self.registry, a.name, facts.debate.date, constituency=a.constituency)
        if link is None:
            return None
        link_notes(self.t, s, link, g)
        p = None
        if link.linked:
            member = facts.debate.house is not None or bool(a and (a.constituency or a.party))
            p = self.people.node(link, member=member)
            self.t.add(s, DKG.speaker, p, g)
        else:
            self.people.candidates(s, link, g)
        if sf.office is not None:
            o = self.office(sf.office)
            self.t.add(s, DKG.spokenAs, o, g)
            if p is not None:
                self.holding(p, o, s, facts)
        if sf.party is not None and p is not None:
            self.party(p, sf.party)
        return p

    def mention(self, facts: DebateFacts, s: URIRef, m: Mention) -> None:
        target = self._mention_target(facts, s, m)
        if target is None:
            return
        g = self.debate_iri(facts)
        body, confidence, reason = target
        a = iris.mention(s, m.span.start, m.span.end)
        self.t.add(a, RDF.type, DKG.Mention, g)
        self.t.add(a, OA.hasTarget, s, g)
        self.t.add(a, OA.hasBody, body, g)
        self.t.add(a, DKG.mentionKind, self.t.text(m.kind), g)
        self.t.add(a, DKG.confidence, self.t.confidence(confidence), g)
        self.t.add(a, DKG.linkReason, self.t.text(reason), g)
        self.t.add(a, DKG.evidence, self.selector(a, m.span, m.exact, g), g)
        self.t.add(s, DKG.mentions, body, g)

    def selector(self, annotation: URIRef, span: Span, exact: str, g: URIRef) -> URIRef:
        sel = iris.selector(annotation)
        self.t.add(sel, RDF.type, OA.TextPositionSelector, g)
        self.t.add(sel, RDF.type, OA.TextQuoteSelector, g)
        self.t.add(sel, OA.start, self.t.integer(span.start), g)
        self.t.add(sel, OA.end, self.t.integer(span.end), g)
        self.t.add(sel, OA.exact, self.t.text(exact), g)
        return sel

    def concept(self, scheme: URIRef, kind: str, name: str) -> URIRef:
        c = iris.concept(kind, name)
        self.t.add(c, RDF.type, SKOS.Concept, ENTITIES)
        self.t.add(c, SKOS.prefLabel, self.t.text(name.replace("-", " ")), ENTITIES)
        self.t.add(c, SKOS.inScheme, scheme, ENTITIES)
        self.t.add(c, SKOS.notation, self.t.text(name), ENTITIES)
        return c

    def actor(self, label: str, speaker: URIRef | None) -> URIRef:
        if label == "speaker" and speaker is not None:
            a = speaker
        elif _looks_like_person(label):
            a = self.person(label, member=False)
        else:
            label = _ACTOR_LABELS.get(label.lower(), re.sub(r"^the\s+", "", label))
            a = iris.actor(label)
            self.t.add(a, RDFS.label, self.t.text(label[:1].upper() + label[1:]), ENTITIES)
        self.t.add(a, RDF.type, DKG.Actor, ENTITIES)
        return a

    def commitment(
        self, facts: DebateFacts, s: URIRef, speaker: URIRef | None, c: Commitment
    ) -> None:
        g = self.debate_iri(facts)
        node = iris.commitment(s, c.span.start, c.span.end)
        self.t.add(node, RDF.type, DKG.Commitment, g)
        self.t.add(node, DKG.madeIn, s, g)
        if speaker is not None:
            self.t.add(node, DKG.madeBy, speaker, g)
        self.t.add(node, DKG.actor, self.actor(c.actor, speaker), g)
        self.t.add(node, DKG.action, self.t.text(c.action), g)
        self.t.add(
            node, DKG.category, self.concept(DKG.commitmentCategories, "category", c.category), g
        )
        self.t.add(node, DKG.status, self.concept(DKG.commitmentStatuses, "status", c.status), g)
        self.t.add(node, DKG.confidence, self.t.confidence(c.confidence), g)
        self.t.add(node, PROV.wasGeneratedBy, iris.BUILDER, g)
        self.t.add(node, DKG.evidence, self.selector(node, c.span, c.exact, g), g)
        if c.deadline is not None:
            self.t.add(node, DKG.deadline, self.t.day(c.deadline), g)
        if c.deadline_text:
            self.t.add(node, DKG.deadlineText, self.t.text(c.deadline_text), g)
        for i, amount in enumerate(c.amounts, start=1):
            a = URIRef(f"{node}/amount/{i}")
            self.t.add(node, DKG.amount, a, g)
            self.t.add(a, RDF.type, SDO.MonetaryAmount, g)
            self.t.add(a, SDO.value, self.t.decimal(amount.value), g)
            self.t.add(a, SDO.currency, self.t.text(amount.currency), g)
            if amount.maximum is not None:
                self.t.add(a, SDO.maxValue, self.t.decimal(amount.maximum), g)
            if amount.exact:
                self.t.add(a, SDO.description, self.t.text(amount.exact), g)
        for name in c.mentions:
            thing = self.named_thing(name)
            self.t.add(node, SDO.mentions, thing, g)
        self.commitments.append((node, c))

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
        firsts = first_repeats([c for _, c in self.commitments])
        for (later, _), first in zip(self.commitments, firsts, strict=True):
            if first is not None:
                earlier = self.commitments[first][0]
                self.t.add(later, DKG.repeats, earlier, URIRef(later.rsplit("/speech/", 1)[0]))

    # --- mention linking (graph.link.mentions) ------------------------------------

    #: Whether people with a registry key get ``person/<key>`` IRIs.  Speakers do
    #: (graph.link.speakers), so mentions must too: one person, one IRI.
    keyed_people = True

    def _link_registry(self) -> Registry:
        registry = getattr(self, "registry", None)
        return registry if isinstance(registry, Registry) else Registry.builtin()

    def linked_person(self, key: str | None, name: str, *, member: bool) -> URIRef:
        """The person a mention links to: by registry key when people are keyed, else by name."""
        if key is not None and self.keyed_people:
            known = self.registry.person(key)
            shown = iris.person_name(known.name if known and known.name else name)
            return self.people.node(PersonLink(key, shown, 1.0, "mention"), member=member)
        return self.person(name, member=member)

    def _debate_links(
        self, facts: DebateFacts
    ) -> tuple[tuple[Turn, ...], tuple[tuple[str, str], ...], dict[URIRef, int]]:
        """The debate as the linker sees it: its turns, the seats it names, speech indexes."""
        cache: dict[int, tuple[tuple[Turn, ...], tuple[tuple[str, str], ...], dict[URIRef, int]]]
        cache = self.__dict__.setdefault("_link_cache", {})
        if facts.debate.ordinal in cache:
            return cache[facts.debate.ordinal]
        registry, on, d = self._link_registry(), facts.debate.date, self.debate_iri(facts)
        turns = []
        for sf in facts.speeches:
            a = sf.attribution
            key = getattr(getattr(sf, "speaker", None), "key", None)  # when the builder linked it
            if key is None and a is not None:
                hints = {"constituency": a.constituency, "office": a.office}
                key = resolve(registry, a.name, on, **hints).person
            presiding = bool(sf.office and sf.office.presiding)
            turns.append(Turn(key, sf.office.label if sf.office else None, presiding))
        seats = {
            (m.constituency, key)
            for sf in facts.speeches
            for m in sf.mentions
            if m.kind == "member-for" and m.name and m.constituency
            if (key := resolve(registry, m.name, on).person)
        }
        index = {iris.speech(d, sf.speech.position): i for i, sf in enumerate(facts.speeches)}
        cache[facts.debate.ordinal] = (tuple(turns), tuple(sorted(seats)), index)
        return cache[facts.debate.ordinal]

    def _link_context(self, facts: DebateFacts, s: URIRef) -> LinkContext:
        # One context per speech, not per mention: the turns before and after are
        # copied from the debate's (linear in its length, per call).
        contexts: dict[URIRef, LinkContext] = self.__dict__.setdefault("_contexts", {})
        if (found := contexts.get(s)) is not None:
            return found
        turns, seats, index = self._debate_links(facts)
        i = index[s]
        before, after = debate_turns(turns, i)
        text = facts.speeches[i].speech.text
        memos: dict[int, dict[tuple[object, ...], object]]
        memos = self.__dict__.setdefault("_link_memos", {})
        memo = memos.setdefault(facts.debate.ordinal, {})  # one per debate: see LinkContext
        contexts[s] = LinkContext(
            self._link_registry(),
            facts.debate.date,
            turns[i].person,
            before,
            after,
            text,
            seats,
            memo,
        )
        return contexts[s]

    def _mention_target(
        self, facts: DebateFacts, s: URIRef, m: Mention
    ) -> tuple[URIRef, float, str] | None:
        """The body of a mention, how sure the link is and why.

        The speaker's own "I" and third-person pronouns are left out of the graph:
        the speech already has its speaker, and a pronoun repeats a mention nearby.
        """
        if m.kind in ("self", "pronoun"):
            return None
        link = link_mention(m, self._link_context(facts, s))
        if link is None:
            return None
        return self._link_body(facts, s, m, link)

    def _link_body(
        self, facts: DebateFacts, s: URIRef, m: Mention, link: MentionLink
    ) -> tuple[URIRef, float, str] | None:
        kind, label, reason = link.target_kind, link.label, link.reason
        confidence = link.confidence
        if kind == "person":
            if link.key is None and label is None:
                if m.office:  # nobody could be chosen, but the office is known
                    office = self.office(canonical_office(m.office))
                    return office, min(m.confidence, 0.5), reason
                return None
            member = m.kind in {"member-for", "call", "member-ref"} or link.key is not None
            p = self.linked_person(link.key, label or m.name or m.exact, member=member)
            if m.kind == "member-for" and m.office:
                self.holding(p, self.office(canonical_office(m.office)), s, facts)
            if m.constituency and link.key is not None:
                self.sits_for(p, m.constituency)
            return p, confidence, reason
        if kind == "office":
            return self.office(canonical_office(label or m.office or m.exact)), confidence, reason
        if kind == "constituency":
            holder = self.seat_holders.get(iris.slug(m.constituency or ""))
            if holder is not None:
                return holder, min(m.confidence, 0.9), "the document names the seat's member"
            return self.constituency(label or m.constituency or ""), confidence, reason
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
        return thing, confidence, reason


def document_quads(facts: DocumentFacts, *, registry: Registry | None = None) -> list[Quad]:
    """Every quad for one source document as rdflib terms, in a deterministic order.

    ``registry`` links names in the text (mentions, actors) to people; the
    built-in registry by default.  Speakers were linked by :func:`graph.extract.analyse`.
    """
    terms = RdflibTerms()
    _DocumentBuilder(facts, terms, registry).build()
    return terms.quads()


def document_nquads(facts: DocumentFacts, *, registry: Registry | None = None) -> NQuadsTerms:
    """:func:`document_quads` written straight as N-Quads lines, in the same order.

    The fast path (no rdflib or pyoxigraph terms): ``result.nquads()`` is
    byte for byte what ``to_nquads(document_quads(facts))`` gives.
    """
    terms = NQuadsTerms()
    _DocumentBuilder(facts, terms, registry).build()
    return terms


def graphs_of(quads: Iterable[Quad]) -> set[URIRef]:
    """The named graphs a document's quads write, other than the shared entity graph."""
    return {q[3] for q in quads if q[3] != ENTITIES}
