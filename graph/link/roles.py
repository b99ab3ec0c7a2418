"""A speaker's role on a debate's date, as far as committing the Government goes.

Only some speakers can commit the Government (tests/gold/commitments/README.md,
"Who can commit"): ministers, the Prime Minister, government whips and the
Government's spokespeople in the Lords.  An opposition front-bencher's
undertakings are pledges of another kind; a backbencher or the chair commits
nobody.  The role is decided from two sources, in this order:

1. the office the source prints for the speech ("The Minister for Employment",
   "Madam Deputy Speaker"): what the House was told on the day;
2. the registry: the offices the linked person held on the debate's date,
   checked against the party in government on that date, so that a holding a
   registry left open after its holder's party went into opposition is not
   taken for a ministry.

A body the registry does not describe (the devolved parliaments, foreign ones)
has only the printed office (:func:`printed_role`): where its record prints its
ministers' offices, a speaker printed without one is not a minister.  A speaker of
a body it does describe whom it cannot place (with only the built-in registry, most
of them) is read the same way, from the sitting's record.  Where that says nothing
either, a speaker who puts questions to the Government's side is not its minister
(:func:`unplaced_role`); otherwise the role is unknown (``None``): the extractor then
weighs what it finds as it would a minister's (:func:`graph.extract.commitments.for_role`), because
dropping every commitment of an unknown speaker would lose written statements and
flattened pages whose minister nobody printed.

>>> office_role("The Parliamentary Under-Secretary of State for Justice")
'minister'
>>> office_role("Shadow Secretary of State for Health"), office_role("Madam Deputy Speaker")
('shadow', 'chair')
>>> office_role("Lords in Waiting (HM Household)"), office_role("Member (Home Affairs Committee)")
('lords-spokesperson', None)
>>> office_role("The PRESIDENT OF THE REPUBLIC")
'minister'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from graph.registry import Registry
from graph.vocab.kinds import SpeakerRole
from graph.vocab.office_roles import office_role

__all__ = [
    "GOVERNMENTS",
    "SittingRoles",
    "can_commit",
    "governing",
    "office_role",
    "printed_role",
    "speaker_role",
    "unplaced_role",
]

#: Who formed the UK Government, from which day (the next row's day ends it).  Party
#: names are matched as words of the registry's party name ("Labour/Co-operative").
GOVERNMENTS: tuple[tuple[date, frozenset[str]], ...] = (
    (date(1979, 5, 4), frozenset({"conservative"})),
    (date(1997, 5, 2), frozenset({"labour"})),
    (date(2010, 5, 11), frozenset({"conservative", "liberal democrat", "liberal democrats"})),
    (date(2015, 5, 8), frozenset({"conservative"})),
    (date(2024, 7, 5), frozenset({"labour"})),
)


@dataclass(frozen=True, slots=True)
class SittingRoles:
    """What one sitting's record prints about who holds which office.

    ``by_speaker`` maps a speaker's key (the source's person id, else the printed name)
    to the role of an office printed for them anywhere in the sitting: records print a
    minister's office at the first speech of a debate and the bare name afterwards.
    """

    prints_government: bool
    by_speaker: Mapping[str, SpeakerRole]

    @classmethod
    def of(cls, speakers: Iterable[tuple[str | None, str | None]]) -> SittingRoles:
        """From each speech's (speaker key, printed office), in order."""
        by_speaker: dict[str, SpeakerRole] = {}
        government = False
        for key, office in speakers:
            role = office_role(office) if office else None
            government = government or role in ("minister", "lords-spokesperson")
            if key and role is not None:
                by_speaker.setdefault(key, role)
        return cls(government, by_speaker)


def printed_role(
    printed_office: str | None, key: str | None, sitting: SittingRoles
) -> SpeakerRole | None:
    """The role of a speaker of a body no registry describes, from what the record prints.

    The office printed for this speech decides when it gives a role, then one printed
    for the same speaker elsewhere in the sitting.  A speaker never printed with one, in
    a sitting whose record prints its ministers' offices ("The Taoiseach", "The MINISTER
    OF FINANCE"), is taken for a member who cannot commit the Government
    (``backbench``): such records name the ministers by office.  Where nobody's
    government office is printed, nothing is known (None).

    >>> sitting = SittingRoles.of([("bn", "The MINISTER OF FINANCE"), ("bn", None), ("dm", None)])
    >>> printed_role(None, "bn", sitting), printed_role(None, "dm", sitting)
    ('minister', 'backbench')
    >>> printed_role(None, "dm", SittingRoles.of([("dm", None)])) is None
    True
    >>> printed_role(None, "dm", SittingRoles.of([(None, "The MINISTER OF HEALTH"), ("dm", None)]))
    'backbench'
    """
    role = office_role(printed_office) if printed_office else None
    if role is None and key is not None:
        role = sitting.by_speaker.get(key)
    if role is not None:
        return role
    return "backbench" if sitting.prints_government else None


def governing(party: str | None, on: date) -> bool | None:
    """Whether ``party`` was in the UK Government on ``on`` (None: cannot tell)."""
    if not party:
        return None
    parties: frozenset[str] | None = None
    for since, members in GOVERNMENTS:
        if since <= on:
            parties = members
    if parties is None:
        return None
    words = re.sub(r"[^a-z ]+", " ", party.lower())
    if words.strip() in {"speaker", "crossbench", "bishop", "non affiliated"}:
        return None
    return any(re.search(rf"\b{p}\b", words) for p in parties)


def _registry_offices(registry: Registry, key: str, on: date) -> list[str]:
    labels = []
    for h in registry.holdings(key):
        if (h.start is None or h.start <= on) and (h.end is None or on <= h.end):
            if h.organisation and "committee" in h.organisation.lower():
                continue  # a committee's chair or member: no role in the chamber
            labels.append(h.label)
    return labels


def speaker_role(
    registry: Registry | None, key: str | None, on: date | None, printed_office: str | None
) -> SpeakerRole | None:
    """The speaker's role on ``on``: from the printed office, else from ``registry``.

    ``key`` is the linked person's registry key (None when nobody was linked: the
    role is then unknown unless the printed office says it).  A member the registry
    knows with no office that gives a role on the day is a backbencher.
    """
    if printed_office:
        role = office_role(printed_office)
        if role is not None:
            return role
    if registry is None or key is None or on is None:
        return None
    if registry.person(key) is None:
        return None
    roles = {r for label in _registry_offices(registry, key, on) if (r := office_role(label))}
    in_government = governing(registry.party_of(key, on), on)
    if "chair" in roles:
        return "chair"
    if in_government is not False:
        if "minister" in roles:
            return "minister"
        if "lords-spokesperson" in roles:
            return "lords-spokesperson"
    if "shadow" in roles and in_government is not True:
        return "shadow"
    if roles & {"minister", "lords-spokesperson"}:
        # a ministry the registry left open after the party left office: the person is
        # on the opposition's side now, most likely its front bench
        return "shadow"
    if not _sits(registry, key, on):
        return None  # the registry knows the person but not their seat that day: unknown
    return "backbench"


def _sits(registry: Registry, key: str, on: date) -> bool:
    """Whether the registry has the person sitting on the date: a membership covering it,
    a snapshot of one (an election result, a list) at most one Parliament (five years)
    before it, or a place it dates that covers the day (a select committee's: the same
    record that would give a ministerial post).  Only then is "no office" evidence of a
    backbencher: with the parlparse files and 2020–2021 lists alone, a 2016 member on a
    committee had no role, so the rules' commitments of backbenchers were kept."""
    for h in registry.holdings(key):
        if h.start is not None and h.start <= on and (h.end is None or on <= h.end):
            return True
    for m in registry.memberships(key):
        start = m.start or date.min
        if m.snapshot:
            if start <= on <= start + timedelta(days=5 * 366):
                return True
        elif start <= on and (m.end is None or on <= m.end):
            return True
    return False


# A question put to the Government's side, or a request or thanks addressed to it: "Will
# the Minister meet me…?", "Does the Secretary of State agree…?", "I urge the Government
# to…", "I thank the Minister for…".  A minister answers; the Government does not ask
# itself.  (On the gold's development split this matched 41 of the 200 speeches of
# unplaced backbenchers and shadows and none of 957 of unplaced ministers; none of the 368
# ministers' texts of the diagnostic sets read.)
_ASKS_THE_GOVERNMENT = re.compile(
    r"\b(?:Will|Can|Could|Would|Does|Do|Is|Has|Why|When|What|How)\s+(?:my\s+)?(?:the\s+)?"
    r"(?:(?:right\s+)?hon\.\s+(?:and\s+learned\s+)?(?:Gentleman|Lady|Friend)\s+)?(?:the\s+)?"
    r"(?:noble\s+(?:Lord|Baroness)\s+)?"
    r"(?:Minister|Secretary\s+of\s+State|Prime\s+Minister|Leader\s+of\s+the\s+House|Government)\b"
    r"[^.?!]*\?"
    r"|\bI\s+(?:(?:would\s+)?(?:ask|urge|call\s+on|implore|press|encourage|invite|beg)|thank)\s+"
    r"(?:the\s+)?(?:(?:noble\s+)?(?:Minister|Secretary\s+of\s+State|Government|Prime\s+Minister)"
    r"|my\s+(?:right\s+)?(?:hon\.|noble)\s+Friend\s+the\s+(?:Minister|Secretary))"
)


def unplaced_role(text: str) -> SpeakerRole | None:
    """The role of a speaker neither the registry nor the record placed, from the speech:
    one who asks the Minister a question, or asks, urges or thanks the Government's side,
    is not its minister (``backbench``: a member who cannot commit; their side is
    unknown, so no pledge is read either).  Otherwise still unknown (None).

    >>> unplaced_role("Will the Minister meet me to discuss the bypass?")
    'backbench'
    >>> unplaced_role("I will meet the hon. Member to discuss the bypass.") is None
    True
    """
    return "backbench" if _ASKS_THE_GOVERNMENT.search(text) else None


def asks_a_question(text: str) -> bool:
    """Whether a speech puts a question: it ends with one, or asks the Government's side.

    >>> asks_a_question("Will the Minister meet me?"), asks_a_question("I will meet her.")
    (True, False)
    """
    return "?" in text[-300:] or _ASKS_THE_GOVERNMENT.search(text) is not None


def debate_shape(
    turns: Iterable[tuple[str | None, bool, str]],
) -> tuple[tuple[str | None, ...], tuple[bool, ...]]:
    """A debate as :func:`bystander_role` reads it, from each turn's (speaker key, whether
    it is the chair's, text): the speakers in order, the chair's turns as None, and which
    turns put a question.

    >>> debate_shape([("a", False, "Will the Minister act?"), ("s", True, "Order.")])
    (('a', None), (True, False))
    """
    turns = tuple(turns)
    keys = tuple(None if chair else key for key, chair, _ in turns)
    return keys, tuple(asks_a_question(text) for _, _, text in turns)


def bystander_role(
    keys: Sequence[str | None], index: int, asks: Sequence[bool] = ()
) -> SpeakerRole | None:
    """The role of an unplaced speaker from the debate's shape: one who speaks once, in a
    debate of four or more speakers, away from its opening and its close, and not in
    answer to a question, is a member taking part, not the Government's side
    (``backbench``).  The Government's side opens and winds up a debate and answers the
    questions put to it (in topical questions several ministers answer once each); a
    Westminster Hall debate ends with the minister and then the mover, so the last three
    turns are left alone.

    ``keys`` are the debate's speakers in order (None for the chair's turns and unnamed
    ones); ``asks`` says which turns put a question; ``index`` is the speech asked about.

    >>> keys = ["mover", "a", "b", "c", "shadow", "minister", "mover"]
    >>> bystander_role(keys, 2), bystander_role(keys, 5), bystander_role(keys, 0)
    ('backbench', None, None)
    >>> topical = ["a", "minister", "b", "junior", "c", "minister", "d", "minister"]
    >>> asks = [True, False, True, False, True, False, True, False]
    >>> bystander_role(topical, 3, asks), bystander_role(topical, 2, asks)
    (None, 'backbench')
    """
    key = keys[index]
    named = [i for i, k in enumerate(keys) if k is not None]
    if key is None or len({keys[i] for i in named}) < 4:
        return None
    position = named.index(index)
    if position < 2 or position >= len(named) - 3:
        return None
    if asks and asks[named[position - 1]]:
        return None  # an answer to the question just put
    return "backbench" if sum(1 for i in named if keys[i] == key) == 1 else None


# How sources type a turn: ParlaMint's ``ana="#chair"``; TheyWorkForYou's "Start
# Question" and "Start SupplementaryQuestion", a written question (``<ques>``) and an
# Akoma Ntoso ``<question>`` are a member's questions.
_QUESTION_TYPES = frozenset({"start question", "start supplementaryquestion", "question"})


def typed_role(speech_type: str | None) -> SpeakerRole | None:
    """The role the source's own typing of a speech gives its speaker in that speech.

    A turn the record types as the chair's is the presiding officer's, whoever holds the
    chair that day ("we shall now proceed to the vote" commits nobody): ``chair``.  A
    turn typed as a question is the asker's, not the minister answering it:
    ``backbench`` (a member who cannot commit; their side is unknown, so it is used only
    when nothing else places the speaker).  Otherwise None.

    >>> typed_role("chair"), typed_role("Start SupplementaryQuestion"), typed_role("regular")
    ('chair', 'backbench', None)
    """
    typed = (speech_type or "").lower()
    if "chair" in typed.split():  # the reader joins ParlaMint's types: "chair regular"
        return "chair"
    return "backbench" if typed in _QUESTION_TYPES else None


def can_commit(role: SpeakerRole | None) -> bool:
    """Whether a speaker of ``role`` commits the Government (unknown: assumed so)."""
    return role in (None, "minister", "lords-spokesperson")
