"""Typed records that flow between readers, extractors and the graph builder.

Readers in :mod:`graph.sources` turn a file into a :class:`Transcript`.
Extractors in :mod:`graph.extract` turn a transcript into :class:`DocumentFacts`
without a registry; :mod:`graph.link` resolves them against the member registry
into a :class:`LinkedDocument`; :mod:`graph.build` projects that into quads.  Every record is
a frozen, slotted dataclass: cheap, hashable and safe to pass between processes.

Offsets are Python ``str`` indices (code points), never bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph.vocab.kinds import (
    AmountRole,
    CommitmentCategory,
    CommitmentKind,
    CommitmentStatus,
    FollowUpStatus,
    MentionKind,
    SourceFormat,
    TargetKind,
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def shift(self, by: int) -> Span:
        return Span(self.start + by, self.end + by)


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One input file.  ``key`` is the stable, file-name-derived id used in IRIs."""

    key: str
    name: str
    sha256: str
    format: SourceFormat


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """Who a speech is attributed to, as the source states it.

    ``attribution`` is the raw text ("The Secretary of State for the Home
    Department (Yvette Cooper)"); the other fields are what a reader or the
    attribution extractor could read out of it.  ``source_person_id`` keeps an
    identifier the source itself carries (a TheyWorkForYou person id, a TEI
    ``who``), so a user can go back to the official record.
    """

    name: str | None
    attribution: str
    office: str | None = None
    constituency: str | None = None
    party: str | None = None
    source_person_id: str | None = None


@dataclass(frozen=True, slots=True)
class Speech:
    """One contribution, in order within its debate.

    ``span`` locates ``text`` in the source file when the text is an exact
    slice of it (plain-text formats); XML readers that assemble text from
    several elements leave it ``None``.  ``after_gap`` is true when the source
    says speeches were omitted just before this one ("--- Later in debate ---").
    """

    position: int
    speaker: SpeakerRef
    text: str
    span: Span | None = None
    after_gap: bool = False
    source_id: str | None = None
    url: str | None = None
    column: str | None = None
    speech_type: str | None = None  # as the source types it: "Start Answer", "chair", …


@dataclass(frozen=True, slots=True)
class Vote:
    """One member's recorded vote in a division, as the division list prints it."""

    name: str
    vote: str  # the source's word: "aye", "no", "content", "not-content", …
    source_person_id: str | None = None
    teller: bool = False


@dataclass(frozen=True, slots=True)
class Division:
    """A recorded vote.  ``after_speech`` is how many of the debate's speeches precede it."""

    after_speech: int
    votes: tuple[Vote, ...]
    number: str | None = None
    source_id: str | None = None
    url: str | None = None
    column: str | None = None
    ayes: int | None = None
    noes: int | None = None


@dataclass(frozen=True, slots=True)
class Debate:
    """One debate (a titled item of business) with its speeches in order."""

    ordinal: int
    title: str
    date: date | None
    house: str | None
    location: str | None
    speeches: tuple[Speech, ...]
    participants: tuple[str, ...] = ()
    source_id: str | None = None
    line: int | None = None
    divisions: tuple[Division, ...] = ()


@dataclass(frozen=True, slots=True)
class Transcript:
    """Everything a reader got out of one source file.

    ``language`` is the language the source declares for its text (``xml:lang``,
    ``FRBRlanguage``: "sl", "es", "eng"), ``None`` when it declares none.  The
    extractors that only know English (offices, mentions, commitments) are run
    only on English or undeclared text (:func:`graph.extract.analyse`).
    """

    source: SourceDocument
    debates: tuple[Debate, ...]
    language: str | None = None


# --- what extractors produce -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attribution:
    """The parts of a speaker line: a person's name and what was said about them."""

    name: str
    office: str | None = None
    constituency: str | None = None
    party: str | None = None


@dataclass(frozen=True, slots=True)
class OfficeName:
    """A canonical office with the aliases it is known by."""

    label: str
    aliases: tuple[str, ...] = ()
    presiding: bool = False


@dataclass(frozen=True, slots=True)
class PartyName:
    label: str
    abbreviation: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference, inside one speech's text, to a person (or other entity).

    ``span`` is relative to the speech's text.  ``name`` is the referent's name
    when the text gives it; ``constituency`` when it gives the seat.
    ``kind`` says which pattern found it (for explanations and evaluation).
    """

    span: Span
    exact: str
    kind: MentionKind
    name: str | None = None
    constituency: str | None = None
    office: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class MonetaryAmount:
    """An amount of money in a currency; ``maximum`` is set for ranges.

    ``role`` says what the amount is to the commitment that carries it (see
    :data:`graph.vocab.kinds.AmountRole`): only ``new`` money is summed.
    """

    value: str  # decimal, as text, so that it survives without float rounding
    currency: str = "GBP"
    maximum: str | None = None
    exact: str = ""
    role: AmountRole | None = None


@dataclass(frozen=True, slots=True)
class Commitment:
    """A measure a speaker announces or commits to, with its evidence span.

    Filled by :mod:`graph.extract.commitments`; ``span`` is relative to the
    speech's text and ``exact`` is ``text[span.start:span.end]``.
    """

    span: Span
    exact: str
    actor: str
    action: str
    category: CommitmentCategory
    status: CommitmentStatus
    confidence: float
    amounts: tuple[MonetaryAmount, ...] = ()
    deadline: date | None = None
    deadline_text: str | None = None
    mentions: tuple[str, ...] = field(default=())
    kind: CommitmentKind = "commitment"  # or "opposition-pledge": made by the opposition
    start_date: date | None = None  # the day it starts or applies from ("from April")
    start_text: str | None = None
    # what the sentence model (graph.extract.commitment_model) gives its sentences, and
    # whether the rules or only the model found it; for_role decides with them
    model_probability: float | None = None
    found_by: str = "rules"  # or "model"
    trigger: str | None = None  # the kind of rule that found it (graph.extract.commitment_rules)


@dataclass(frozen=True, slots=True)
class PersonLink:
    """Who a name (a speaker, a voter, a participant) was linked to, and why.

    ``key`` is a registry key (``twfy/10131``) when the member registry knows the
    person, else ``None``.  ``name`` is the name the graph gives the person: the
    registry's canonical name, or the cleaned printed name.  ``confidence`` and
    ``reason`` come from the registry's resolution (or say that the source's own
    id decided).  ``linked`` is false when the name must not become a person:
    ambiguous ("2 people named 'Mr Jones' active on …"), collective ("Hon.
    Members") or an office nobody is known to hold; ``candidates`` then lists the
    registry keys that fitted.
    """

    key: str | None
    name: str
    confidence: float
    reason: str
    linked: bool = True
    candidates: tuple[str, ...] = ()
    office: str | None = None  # the office the person spoke in, as written, when known


# --- a transcript with everything extracted from it ------------------------------


@dataclass(frozen=True, slots=True)
class StatusReport:
    """A sentence saying how an undertaking stands: delivered, on track, delayed, dropped,
    or announced again (graph.extract.followups).  Which earlier commitment it reports
    on is decided at build time, over the whole store (graph.followups)."""

    span: Span
    exact: str
    status: FollowUpStatus
    cue: str  # the words that say the status ("has been delayed", "as I announced")


@dataclass(frozen=True, slots=True)
class SpeechFacts:
    """One speech with what the extractors found in it."""

    speech: Speech
    attribution: Attribution | None
    office: OfficeName | None
    party: PartyName | None
    mentions: tuple[Mention, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    reports: tuple[StatusReport, ...] = ()


@dataclass(frozen=True, slots=True)
class DebateFacts:
    debate: Debate
    speeches: tuple[SpeechFacts, ...]


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the extractors found in one transcript: the input of :func:`graph.link.link`."""

    source: SourceDocument
    debates: tuple[DebateFacts, ...]


# --- facts resolved against the registry: the linking stage's output ---------------------


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person the registry knows, as the graph shows them: name and identifiers.

    ``stated`` is true when the store's merged registry graph already states the
    person's types, name and identifiers; ``member`` when it types them a member;
    ``offices`` the offices (IRIs) it says they hold.  Builds do not state those again.
    """

    key: str
    name: str
    identifiers: tuple[tuple[str, str], ...] = ()  # (scheme, value), sorted
    stated: bool = False
    member: bool = False
    offices: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class MentionTarget:
    """What a mention was linked to, how sure the link is and why.

    ``kind`` is the kind of node: ``person`` (``person`` set), ``office``
    (``office`` set), ``constituency`` (``label`` the seat), ``organisation``,
    ``legislation`` or ``place`` (``label`` the name).  A person mention may also
    say that the person held ``holds`` (an office printed beside the name) or
    sits for ``seat``.
    """

    kind: TargetKind
    confidence: float
    reason: str
    person: PersonLink | None = None
    member: bool = False
    office: OfficeName | None = None
    label: str | None = None
    holds: OfficeName | None = None
    seat: str | None = None


@dataclass(frozen=True, slots=True)
class ActorLink:
    """Who a commitment's actor is: the speaker, a person the registry may know, or a body."""

    label: str
    person: PersonLink | None = None
    is_speaker: bool = False


@dataclass(frozen=True, slots=True)
class LinkedSpeech:
    """A speech's facts with its speaker, mentions and commitment actors resolved.

    ``speaker`` is ``None`` only for a link nobody asked for; a speech with no
    speaker printed has a link that says so (``linked=False`` and its reason).
    ``mentions[i]`` is for the i-th linked mention; mentions that link to nothing
    (pronouns, the speaker's own "I", names nobody could place) are left out.
    ``actors[i]`` is for ``facts.commitments[i]``.  ``office`` is ``facts.office``,
    except in a body no registry describes, where it is named with the body.
    """

    facts: SpeechFacts
    speaker: PersonLink
    member: bool = False
    mentions: tuple[tuple[Mention, MentionTarget], ...] = ()
    actors: tuple[ActorLink, ...] = ()
    office: OfficeName | None = None  # the office spoken in, named for the debate's body


@dataclass(frozen=True, slots=True)
class LinkedDivision:
    """A division with each vote's voter linked; ``voters[i]`` is for ``division.votes[i]``."""

    division: Division
    voters: tuple[PersonLink, ...]


@dataclass(frozen=True, slots=True)
class LinkedDebate:
    debate: Debate
    speeches: tuple[LinkedSpeech, ...]
    divisions: tuple[LinkedDivision, ...] = ()
    participants: tuple[PersonLink, ...] = ()  # debate.participants, linked, same order


@dataclass(frozen=True, slots=True)
class LinkedDocument:
    """One document resolved against a registry: the input of :func:`graph.build.document_quads`.

    ``people`` holds every registry person the document refers to, by key;
    ``seats`` the (person, seat) pairs the document states, in the order found;
    ``registry_fingerprint`` names the registry used (``None``: one made in code).
    """

    source: SourceDocument
    debates: tuple[LinkedDebate, ...]
    people: tuple[KnownPerson, ...] = ()
    seats: tuple[tuple[PersonLink, str], ...] = ()
    registry_fingerprint: str | None = None
