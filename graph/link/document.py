"""The linking stage: one document's facts resolved against the member registry.

:func:`link` takes what the extractors found (:class:`~graph.records.DocumentFacts`,
no registry in it) and decides, with the registry and each debate's date, who
every speaker, voter, participant, seat holder, mentioned person and commitment
actor is.  Every decision is a record with a confidence and a reason, including
the decisions not to link ("no speaker printed", "collective (Hon. Members)",
"2 people named 'Mr Jones' …").  The builder only projects these records.

A registry describes the bodies its memberships are of: the built-in one and the
UK files describe the House of Commons and the House of Lords.  A debate of
another body (the Scottish Parliament, the Dáil, South Africa's National
Assembly, …) is linked with no registry: its speakers are people minted from
their printed names, with the reason "no registry for BODY", never a Westminster
member; its offices are named with their body ("Speaker (Northern Ireland
Assembly)"), and mentions that only a registry could resolve (offices, "the hon.
Lady", pronouns) are left unlinked.

Order matters in one place, as it does for a reader of the page: a seat named in
the document ("the hon. Member for Strangford (Jim Shannon)") tells later
mentions of that seat who its member is.  Seats stated by speaker lines and
"Member for" mentions are learnt first, over the whole document; seats learnt
from other mentions count from where they are met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from graph import iris
from graph.extract.attribution import spoken_office
from graph.extract.commitments import for_role
from graph.link.mentions import LinkContext, MentionLink, Turn, debate_turns, link_mention, resolve
from graph.link.roles import (
    SittingRoles,
    bystander_role,
    debate_shape,
    printed_role,
    speaker_role,
    typed_role,
    unplaced_role,
)
from graph.link.speakers import NAME_ONLY as _NAME_ONLY
from graph.link.speakers import link_name, link_speaker, link_vote
from graph.records import (
    ActorLink,
    Commitment,
    DebateFacts,
    DocumentFacts,
    KnownPerson,
    LinkedDebate,
    LinkedDivision,
    LinkedDocument,
    LinkedSpeech,
    Mention,
    MentionTarget,
    OfficeName,
    PersonLink,
    SpeechFacts,
)
from graph.registry import Registry
from graph.vocab.kinds import SpeakerRole
from graph.vocab.offices import canonical_office

#: The bodies the built-in registry and the UK registry files describe.
WESTMINSTER = frozenset({"House of Commons", "House of Lords"})
#: Mentions that name someone: linked by their name where no registry applies.
_NAMED_KINDS = frozenset({"member-for", "call", "person", "constituent"})

_PERSON_TITLE = re.compile(r"^(?:Baroness|Lord|Lady|Sir|Dame|Professor|Dr|Mr|Mrs|Ms)\s+[A-Z]")
_MEMBER_KINDS = frozenset({"member-for", "call", "member-ref"})


def _looks_like_person(label: str) -> bool:
    """An actor named like a person ("Baroness Louise Casey", "Tom Crowther KC")."""
    return bool(_PERSON_TITLE.match(label)) or label.endswith((" KC", " QC"))


@dataclass
class _Linker:
    """The state of linking one document: the people met and the seats learnt so far."""

    registry: Registry
    people: dict[str, KnownPerson] = field(default_factory=dict)
    seats: list[tuple[PersonLink, str]] = field(default_factory=list)
    seat_holders: dict[str, PersonLink] = field(default_factory=dict)
    _names: dict[tuple[str, date | None], PersonLink] = field(default_factory=dict)
    # the offices each sitting of a body no registry describes prints (by body and day)
    sittings: dict[tuple[str | None, date | None], SittingRoles] = field(default_factory=dict)
    # each debate's shape (:meth:`shape`), by the debate's ordinal
    shapes: dict[int, tuple[tuple[str | None, ...], tuple[bool, ...]]] = field(default_factory=dict)

    # --- people -----------------------------------------------------------------

    def known(self, link: PersonLink) -> PersonLink:
        """``link``, with the registry person it names recorded for the builder."""
        if link.key is not None and link.key not in self.people:
            person = self.registry.person(link.key)
            idents = tuple(sorted(set(person.identifiers))) if person else ()
            if not idents and link.key.startswith("twfy/"):
                idents = (("twfy", link.key.removeprefix("twfy/")),)
            stored = self.registry.stored.get(person.key if person else link.key)
            self.people[link.key] = (
                KnownPerson(link.key, link.name, idents)
                if stored is None
                else KnownPerson(link.key, link.name, idents, True, stored.member, stored.offices)
            )
        for key in link.candidates:
            if key not in self.people:
                self.known(self.keyed(key, key))
        return link

    def keyed(self, key: str, printed: str) -> PersonLink:
        """The registry's person ``key`` under their registry name."""
        person = self.registry.person(key)
        shown = iris.person_name(person.name if person and person.name else printed)
        return PersonLink(key, shown, 1.0, "mention")

    def named(self, name: str, on: date | None) -> PersonLink:
        """A person named in text: the registry's when the name is theirs, else name-only."""
        link = self._names.get((name, on))
        if link is None:
            link = self._names[(name, on)] = link_name(self.registry, name, on)
        if not link.linked or link.key is None:
            return PersonLink(None, iris.person_name(name), link.confidence, link.reason)
        return self.known(link)

    def person(self, key: str | None, name: str) -> PersonLink:
        """The person a mention links to: by registry key, else by name."""
        return self.known(self.keyed(key, name)) if key is not None else self.named(name, None)

    def sits_for(self, person: PersonLink, seat: str) -> None:
        self.seats.append((person, seat))
        self.seat_holders.setdefault(iris.slug(seat), person)

    # --- the document -------------------------------------------------------------

    def document(self, facts: DocumentFacts) -> LinkedDocument:
        speakers = {
            (d.debate.ordinal, sf.speech.position): self.known(self.speaker(d, sf))
            for d in facts.debates
            for sf in d.speeches
        }
        self.learn_seats(facts, speakers)
        self.learn_sittings(facts)
        debates = tuple(self.debate(d, speakers) for d in facts.debates)
        return LinkedDocument(
            source=facts.source,
            debates=debates,
            people=tuple(sorted(self.people.values(), key=lambda p: p.key)),
            seats=tuple(self.seats),
            registry_fingerprint=self.registry.fingerprint,
        )

    def knows(self, d: DebateFacts) -> bool:
        """Whether the registry describes the body the debate is of."""
        return _describes(self.registry, d.debate.house)

    def speaker(self, d: DebateFacts, sf: SpeechFacts) -> PersonLink:
        if self.knows(d):
            return link_speaker(self.registry, sf.speech, sf.attribution, d.debate)
        return self.unregistered_speaker(d, sf)

    def unregistered_speaker(self, d: DebateFacts, sf: SpeechFacts) -> PersonLink:
        """A speaker of a body no registry describes: a person by printed name, or nobody."""
        why = f"no registry for {d.debate.house}"
        a = sf.attribution
        if a is None:
            return link_speaker(self.registry, sf.speech, None, d.debate)  # says why: nobody
        office = spoken_office(a)
        name = "" if a.office is None and office else a.name
        if not name:
            return PersonLink(None, "", 0.0, f"{why}: the office's holder is unknown", False)
        return PersonLink(None, iris.person_name(name), _NAME_ONLY, f"{why}; kept as a name")

    def name_only(self, name: str, why: str) -> PersonLink:
        return PersonLink(None, iris.person_name(name), _NAME_ONLY, f"{why}; kept as a name")

    def learn_seats(
        self, facts: DocumentFacts, speakers: dict[tuple[int, int], PersonLink]
    ) -> None:
        """Seats stated anywhere in the document, before any mention is linked."""
        for d in facts.debates:
            if not self.knows(d):
                continue
            for sf in d.speeches:
                a, link = sf.attribution, speakers[(d.debate.ordinal, sf.speech.position)]
                if a and a.constituency and link.linked:
                    self.sits_for(link, a.constituency)
                for m in sf.mentions:
                    if m.kind == "member-for" and m.name and m.constituency:
                        found = resolve(self.registry, m.name, d.debate.date)
                        self.sits_for(self.person(found.person, m.name), m.constituency)

    def learn_sittings(self, facts: DocumentFacts) -> None:
        """The offices printed in each sitting (body and day), over all its debates: a
        minister printed in one debate of the day is a minister in the next, and a
        sitting prints its ministers somewhere.  For a body no registry describes this
        is all there is; for one a registry describes, it speaks for the speakers the
        registry cannot place (:meth:`commitments_for_role`)."""
        printed: dict[tuple[str | None, date | None], list[tuple[str | None, str | None]]] = {}
        for d in facts.debates:
            day = printed.setdefault((d.debate.house, d.debate.date), [])
            day.extend((_speaker_key(sf), spoken_office(sf.attribution)) for sf in d.speeches)
        self.sittings = {k: SittingRoles.of(v) for k, v in printed.items()}
        self.shapes = {}

    def debate(self, d: DebateFacts, speakers: dict[tuple[int, int], PersonLink]) -> LinkedDebate:
        debate = d.debate
        if not self.knows(d):
            return self.unregistered_debate(d, speakers)
        participants = tuple(
            self.known(link_name(self.registry, name, debate.date, house=debate.house))
            for name in debate.participants
        )
        turns = self.turns(d, speakers)
        memo: dict[tuple[object, ...], object] = {}  # one per debate: see LinkContext.memo
        linked = tuple(
            self.speech(d, i, sf, speakers[(debate.ordinal, sf.speech.position)], turns, memo)
            for i, sf in enumerate(d.speeches)
        )
        divisions = tuple(
            LinkedDivision(
                div, tuple(self.known(link_vote(self.registry, v, debate)) for v in div.votes)
            )
            for div in debate.divisions
        )
        return LinkedDebate(debate, linked, divisions, participants)

    def shape(self, d: DebateFacts) -> tuple[tuple[str | None, ...], tuple[bool, ...]]:
        """The debate's shape (:func:`_debate_shape`), read once per debate."""
        if d.debate.ordinal not in self.shapes:
            self.shapes[d.debate.ordinal] = _debate_shape(d)
        return self.shapes[d.debate.ordinal]

    def unregistered_debate(
        self, d: DebateFacts, speakers: dict[tuple[int, int], PersonLink]
    ) -> LinkedDebate:
        """A debate of a body no registry describes: names kept, nothing resolved."""
        debate, why = d.debate, f"no registry for {d.debate.house}"
        sitting = self.sittings[(debate.house, debate.date)]
        linked = []
        for index, sf in enumerate(d.speeches):
            speaker = speakers[(debate.ordinal, sf.speech.position)]
            if sf.commitments:  # who may commit, from the offices the record prints
                typed = typed_role(sf.speech.speech_type)  # the record's own: a chair's turn
                role: SpeakerRole | None = typed if typed == "chair" else None
                role = role or printed_role(
                    spoken_office(sf.attribution), _speaker_key(sf), sitting
                )
                role = role or unplaced_role(sf.speech.text) or typed
                keys, asks = self.shape(d)
                role = role or bystander_role(keys, index, asks)
                kept = for_role(sf.commitments, role, sf.speech.text, debate.date)
                sf = sf if kept == sf.commitments else replace(sf, commitments=kept)
            mentions = tuple(
                (m, t) for m in sf.mentions if (t := self.unregistered_mention(m, why)) is not None
            )
            actors = tuple(self.unregistered_actor(c, speaker, why) for c in sf.commitments)
            office = _body_office(sf, debate.house)
            linked.append(LinkedSpeech(sf, speaker, True, mentions, actors, office))
        divisions = tuple(
            LinkedDivision(div, tuple(self.name_only(v.name, why) for v in div.votes))
            for div in debate.divisions
        )
        participants = tuple(self.name_only(n, why) for n in debate.participants)
        return LinkedDebate(debate, tuple(linked), divisions, participants)

    def unregistered_mention(self, m: Mention, why: str) -> MentionTarget | None:
        if m.kind in _NAMED_KINDS and m.name:
            return MentionTarget(
                "person",
                min(m.confidence, 0.5),
                f"{why}; kept as a name",
                person=self.name_only(m.name, why),
            )
        if m.kind == "organisation" or m.kind == "legislation" or m.kind == "place":
            label = re.sub(r"^the\s+", "", m.name or m.exact)
            return MentionTarget(m.kind, m.confidence, f"a {m.kind} named in the text", label=label)
        return None  # offices, courtesy titles, pronouns: only a registry could say who

    def unregistered_actor(self, c: Commitment, speaker: PersonLink, why: str) -> ActorLink:
        if c.actor == "speaker" and speaker.linked:
            return ActorLink(c.actor, speaker, is_speaker=True)
        if _looks_like_person(c.actor):
            return ActorLink(c.actor, self.name_only(c.actor, why))
        return ActorLink(c.actor)

    def turns(
        self, d: DebateFacts, speakers: dict[tuple[int, int], PersonLink]
    ) -> tuple[tuple[Turn, ...], tuple[tuple[str, str], ...]]:
        """The debate as mention linking sees it: who spoke in turn, and the seats it names."""
        on = d.debate.date
        turns = []
        for sf in d.speeches:
            key = speakers[(d.debate.ordinal, sf.speech.position)].key
            a = sf.attribution
            if key is None and a is not None:
                key = resolve(
                    self.registry, a.name, on, constituency=a.constituency, office=a.office
                ).person
            presiding = bool(sf.office and sf.office.presiding)
            turns.append(Turn(key, sf.office.label if sf.office else None, presiding))
        seats = {
            (m.constituency, key)
            for sf in d.speeches
            for m in sf.mentions
            if m.kind == "member-for" and m.name and m.constituency
            if (key := resolve(self.registry, m.name, on).person)
        }
        return tuple(turns), tuple(sorted(seats))

    def speech(
        self,
        d: DebateFacts,
        index: int,
        sf: SpeechFacts,
        speaker: PersonLink,
        context: tuple[tuple[Turn, ...], tuple[tuple[str, str], ...]],
        memo: dict[tuple[object, ...], object],
    ) -> LinkedSpeech:
        a = sf.attribution
        member = d.debate.house is not None or bool(a and (a.constituency or a.party))
        turns, seats = context
        before, after = debate_turns(turns, index)
        ctx = LinkContext(
            self.registry,
            d.debate.date,
            turns[index].person,
            before,
            after,
            sf.speech.text,
            seats,
            memo,
        )
        mentions = []
        for m in sf.mentions:
            target = self.mention(m, ctx)
            if target is not None:
                mentions.append((m, target))
        sf = self.commitments_for_role(d, sf, speaker, index)
        actors = tuple(self.actor(c, speaker) for c in sf.commitments)
        return LinkedSpeech(sf, speaker, member, tuple(mentions), actors, sf.office)

    def commitments_for_role(
        self, d: DebateFacts, sf: SpeechFacts, speaker: PersonLink, index: int
    ) -> SpeechFacts:
        """``sf`` with the commitments its speaker's role on the day allows: a minister's
        stay, a shadow minister's become pledges, a backbencher's or the chair's go
        (:func:`graph.extract.commitments.for_role`).  Only debates of bodies the
        registry describes get here; elsewhere the printed office alone decides
        (:func:`graph.link.roles.printed_role`, in :meth:`unregistered_debate`).

        A speaker the registry cannot place (the built-in registry knows few people) is
        read as on another body's record: an office printed for them elsewhere in the
        sitting, else, in a sitting that prints its ministers' offices, a member who
        cannot commit; and one who puts questions to the Government's side is not its
        minister (:func:`graph.link.roles.unplaced_role`).  Without it, every unplaced
        backbencher's "we will…" was kept.  Last, one who speaks once in the middle of a
        debate of several is a member taking part (:func:`graph.link.roles.bystander_role`)."""
        if not sf.commitments:
            return sf
        printed = spoken_office(sf.attribution) or (sf.office.label if sf.office else None)
        key = speaker.key if speaker.linked else None
        typed = typed_role(sf.speech.speech_type)  # the record's own: a chair's turn
        role: SpeakerRole | None = (
            typed if typed == "chair" else speaker_role(self.registry, key, d.debate.date, printed)
        )
        if role is None:
            sitting = self.sittings[(d.debate.house, d.debate.date)]
            role = printed_role(printed, _speaker_key(sf), sitting)
            role = role or unplaced_role(sf.speech.text) or typed
            keys, asks = self.shape(d)
            role = role or bystander_role(keys, index, asks)
        kept = for_role(sf.commitments, role, sf.speech.text, d.debate.date)
        return sf if kept == sf.commitments else replace(sf, commitments=kept)

    # --- mentions and actors --------------------------------------------------------

    def mention(self, m: Mention, ctx: LinkContext) -> MentionTarget | None:
        """What ``m`` refers to.

        The speaker's own "I" and third-person pronouns are left out of the graph: the
        speech already has its speaker, and a pronoun repeats a mention nearby.
        """
        if m.kind in ("self", "pronoun"):
            return None
        link = link_mention(m, ctx)
        return None if link is None else self.target(m, link)

    def target(self, m: Mention, link: MentionLink) -> MentionTarget | None:
        kind, label, reason, confidence = link.target_kind, link.label, link.reason, link.confidence
        if kind == "person":
            if link.key is None and label is None:
                if m.office:  # nobody could be chosen, but the office is known
                    office = canonical_office(m.office)
                    return MentionTarget("office", min(m.confidence, 0.5), reason, office=office)
                return None
            member = m.kind in _MEMBER_KINDS or link.key is not None
            p = self.person(link.key, label or m.name or m.exact)
            holds = canonical_office(m.office) if m.kind == "member-for" and m.office else None
            seat = m.constituency if m.constituency and link.key is not None else None
            if seat is not None:
                self.sits_for(p, seat)
            return MentionTarget(
                "person", confidence, reason, person=p, member=member, holds=holds, seat=seat
            )
        if kind == "office":
            office = canonical_office(label or m.office or m.exact)
            return MentionTarget("office", confidence, reason, office=office)
        if kind == "constituency":
            holder = self.seat_holders.get(iris.slug(m.constituency or ""))
            if holder is not None:
                why = "the document names the seat's member"
                return MentionTarget("person", min(m.confidence, 0.9), why, person=holder)
            seat = label or m.constituency or ""
            return MentionTarget("constituency", confidence, reason, label=seat)
        if label is None:
            return None
        return MentionTarget(kind, confidence, reason, label=label)

    def actor(self, c: Commitment, speaker: PersonLink) -> ActorLink:
        """Who a commitment says will act: the speaker, a person, or a body."""
        if c.actor == "speaker" and speaker.linked:
            return ActorLink(c.actor, speaker, is_speaker=True)
        if _looks_like_person(c.actor):
            return ActorLink(c.actor, self.named(c.actor, None))
        return ActorLink(c.actor)


def _debate_shape(d: DebateFacts) -> tuple[tuple[str | None, ...], tuple[bool, ...]]:
    """The debate as :func:`graph.link.roles.bystander_role` reads it: each speech's
    speaker key in order (None for the chair's turns), and which speeches put a question."""
    return debate_shape(
        (
            _speaker_key(sf),
            typed_role(sf.speech.speech_type) == "chair" or bool(sf.office and sf.office.presiding),
            sf.speech.text,
        )
        for sf in d.speeches
    )


def _speaker_key(sf: SpeechFacts) -> str | None:
    """The same speaker across a sitting: the source's person id, else the printed name."""
    ref = sf.speech.speaker
    return ref.source_person_id or ref.name


def _body_office(sf: SpeechFacts, house: str | None) -> OfficeName | None:
    """The office a speaker of another body spoke in, named with the body: its "Speaker" is
    not the Commons' Speaker, nor its "Chancellor" the Chancellor of the Exchequer.

    >>> from graph.records import Attribution, Speech, SpeakerRef
    >>> ref = SpeakerRef(None, "The Presiding Officer")
    >>> sf = SpeechFacts(Speech(1, ref, ""), Attribution("The Presiding Officer"), None, None)
    >>> _body_office(sf, "Scottish Parliament").label
    'Presiding Officer (Scottish Parliament)'
    """
    printed = spoken_office(sf.attribution)
    if not printed:
        return None
    words = re.sub(r"\([^)]*\)", " ", printed)  # "(Alex Neil)": the name, not the office
    words = " ".join(re.sub(r"^(?:the|mr|madam|madame)\s+", "", words.strip(), flags=re.I).split())
    return OfficeName(f"{words[:1].upper()}{words[1:]} ({house})") if words else None


def _describes(registry: Registry, house: str | None) -> bool:
    """Whether ``registry`` describes the body ``house`` (unknown: assume so)."""
    return house is None or house in WESTMINSTER or registry.describes(house)


def unplaced_speeches(doc: LinkedDocument, registry: Registry | None = None) -> int:
    """How many speeches of ``doc`` the registry should have placed and did not: in a
    debate of a body it describes, a speaker kept by name alone, or by a source's id the
    registry does not hold (a TheyWorkForYou person id with no member file imported).
    Their roles (who may commit the Government) then come only from the offices the
    record prints, so a build says how many there were and that importing the members
    would place them."""
    registry = registry if registry is not None else Registry.builtin()
    count = 0
    for d in doc.debates:
        if _describes(registry, d.debate.house):
            count += sum(
                1
                for s in d.speeches
                if s.speaker.linked
                and (s.speaker.key is None or registry.person(s.speaker.key) is None)
            )
    return count


def link(facts: DocumentFacts, registry: Registry | None = None) -> LinkedDocument:
    """Resolve every person, seat and mention in ``facts`` with ``registry`` (the
    built-in one by default)."""
    return _Linker(registry if registry is not None else Registry.builtin()).document(facts)
