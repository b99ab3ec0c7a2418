"""Link mentions inside a speech to people, offices, seats, bodies, laws and places.

Pure functions of a :class:`~graph.records.Mention` and a :class:`LinkContext`
(the debate's date, who is speaking, who spoke before and after, the member
registry).  Every link carries a confidence and a reason a person can check.
The evidence used, by kind of mention:

* ``member-for`` — the name in brackets and the seat on the date; when both
  resolve and disagree the seat wins, with a lower confidence;
* ``call`` and ``person`` — the name on the date (an honorific name the
  registry cannot place stays a name-only person);
* ``office`` / ``call-office`` — first a member who spoke in this debate and
  held a matching office on the date ("the Secretary of State" answering a
  statement), then the registry's single holder on the date ("the Prime
  Minister"); several holders and nobody in the debate: no person;
* ``member-ref`` ("the hon. Lady", "my right hon. Friend") — the member being
  answered or addressed: the previous, else the next, speaker other than the
  chair and the speaker, kept only when sex (if known) and party agree with the
  courtesy title ("my hon. Friend" is of the speaker's party, "the hon.
  Gentleman" of another);
* ``self`` ("I", "my") — the speaker;
* ``pronoun`` ("she", "him") — the nearest earlier mention in the same
  paragraph that is not the speaker and fits the pronoun's sex; a person the
  registry cannot place blocks the search (no link).  In a question with no
  antecedent it is the member who answers;
* ``organisation``, ``legislation``, ``place`` — typed by their label.

When nothing decides, the link has no person and its reason says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from graph.iris import person_name
from graph.records import Mention
from graph.registry import Registry, Resolution
from graph.vocab.kinds import TargetKind
from graph.vocab.names import is_friend, referent_sex
from graph.vocab.office_keys import JUNIOR_ROLES, OfficeKey, match, parse_office
from graph.vocab.offices import canonical_office

#: Offices whose holders are ministers when a speech says just "the Minister".
_MINISTER_ROLES = JUNIOR_ROLES | {
    "financial secretary",
    "economic secretary",
    "exchequer secretary",
    "chief secretary",
    "commercial secretary",
    "paymaster general",
    "minister without portfolio",
}
_GENERIC = {"secretary of state", "minister", "minister of state", "parliamentary under-secretary"}
#: Short forms the registry's office parser does not expand by itself.
_OFFICE_ALIASES = {"chancellor": "Chancellor of the Exchequer"}
_CHAIR_ROLES = {"speaker", "deputy speaker"}
_PERSON_KINDS = {
    "member-for",
    "member-ref",
    "office",
    "call",
    "call-office",
    "person",
    "constituent",
    "pronoun",
}
_QUESTION = re.compile(
    r"(?:^|[.?!]\s+)(?:What|Which|How|When|Why|Whether|Will|Would|Does|Did|Can|Could|Is|Has|"
    r"Have|Do|If)\b[^.?!]*$"
)


@dataclass(frozen=True, slots=True)
class MentionLink:
    """What a mention refers to.

    ``target_kind`` is ``person``, ``office``, ``constituency``, ``organisation``,
    ``legislation`` or ``place``.  For a person ``key`` is a registry key
    (``twfy/25364``) when the registry placed them, and ``label`` a name; a
    person link with neither says that nobody could be chosen (``reason`` says
    why, ``candidates`` lists who fitted).
    """

    target_kind: TargetKind
    key: str | None
    label: str | None
    confidence: float
    reason: str
    candidates: tuple[str, ...] = ()
    office: str | None = None  # the office a person was referred to by, when known

    @property
    def person(self) -> str | None:
        return self.key if self.target_kind == "person" else None


@dataclass(frozen=True, slots=True)
class Turn:
    """One speech of the debate, as far as linking needs it."""

    person: str | None
    office: str | None = None
    chair: bool = False


@dataclass(frozen=True, slots=True)
class LinkContext:
    """What a mention is read against.  ``before`` and ``after`` are nearest first."""

    registry: Registry
    on: date | None
    speaker: str | None = None
    before: tuple[Turn, ...] = ()
    after: tuple[Turn, ...] = ()
    text: str = ""  # the speech's text (paragraph limits for pronouns, questions)
    seats: tuple[tuple[str, str], ...] = ()  # (seat, person key) the document itself states
    #: Answers worked out from the turns, shared by contexts of the same debate (so the
    #: same registry, date and turns): an office mention weighs every speaker of the
    #: debate, for every speech that names the office.  Never changes a link.
    memo: dict[tuple[object, ...], object] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )


def debate_turns(turns: Sequence[Turn], index: int) -> tuple[tuple[Turn, ...], tuple[Turn, ...]]:
    """The turns before (nearest first) and after ``index`` in a debate."""
    return tuple(reversed(turns[:index])), tuple(turns[index + 1 :])


def _unlinked(
    reason: str, candidates: Iterable[str] = (), office: str | None = None
) -> MentionLink:
    return MentionLink("person", None, None, 0.0, reason, tuple(sorted(set(candidates))), office)


def _name(ctx: LinkContext, key: str) -> str | None:
    person = ctx.registry.person(key)
    return person_name(person.name) if person and person.name else None


def _person(
    ctx: LinkContext, key: str, confidence: float, reason: str, **kw: object
) -> MentionLink:
    return MentionLink("person", key, _name(ctx, key), round(confidence, 3), reason, **kw)  # type: ignore[arg-type]


# --- named members and people ---------------------------------------------------------


def _member_for(m: Mention, ctx: LinkContext) -> MentionLink:
    seat = m.constituency or ""
    stated = _stated_seat(ctx, seat)
    if stated and not m.name:
        return _person(ctx, stated, 0.9, f"the document names the member for {seat}")
    by_seat = ctx.registry.constituency_member(seat, ctx.on) if ctx.on else None
    seat_key = by_seat.person if by_seat else None
    if m.name:
        named = resolve(ctx.registry, m.name, ctx.on, constituency=seat)
        if named.person and (
            seat_key is None or seat_key == named.person or _sat_for(ctx, named.person, seat)
        ):
            both = " and the seat" if seat_key else ""
            conf = 1.0 if seat_key else named.confidence
            return _person(ctx, named.person, conf, f"{named.reason}{both}", office=m.office)
        if seat_key and by_seat:
            why = f"{by_seat.reason} ({seat})"
            if named.person:
                why += f"; the name suggested {named.person}"
            return _person(ctx, seat_key, by_seat.confidence * 0.9, why, office=m.office)
        return MentionLink(
            "person",
            None,
            person_name(m.name),
            0.5,
            f"{named.reason}; kept as a name",
            office=m.office,
        )
    if seat_key and by_seat:
        return _person(ctx, seat_key, by_seat.confidence * 0.9, f"{by_seat.reason} ({seat})")
    if ctx.on is None:
        ever = _seat_members(ctx.registry, seat)
        if len(ever) == 1:
            why = f"no date; the only member the registry knows for {seat}"
            return _person(ctx, ever[0], 0.6, why)
    reason = by_seat.reason if by_seat else "no date to find the seat's member"
    return MentionLink("constituency", None, seat, m.confidence, reason)


def _seat_members(registry: Registry, seat: str) -> tuple[str, ...]:
    """Everyone the registry has ever seen sitting for ``seat`` (used only without a date)."""
    wanted = registry.seat_key(seat)
    return tuple(
        sorted(
            {
                p.key
                for p in registry.people()
                for ms in registry.memberships(p.key)
                if ms.constituency and registry.seat_key(ms.constituency) == wanted
            }
        )
    )


def _stated_seat(ctx: LinkContext, seat: str) -> str | None:
    """The person the document itself names as member for ``seat``, if only one."""
    wanted = ctx.registry.seat_key(seat)
    found = {key for name, key in ctx.seats if ctx.registry.seat_key(name) == wanted}
    return found.pop() if len(found) == 1 else None


def _sat_for(ctx: LinkContext, key: str, seat: str) -> bool:
    """Whether the registry has ``key`` sitting for ``seat`` within five years of the date."""
    wanted = ctx.registry.seat_key(seat)
    return any(
        ms.constituency is not None
        and ctx.registry.seat_key(ms.constituency) == wanted
        and (ctx.on is None or ms.end is None or abs((ctx.on - ms.end).days) < 5 * 365)
        for ms in ctx.registry.memberships(key)
    )


def resolve(registry: Registry, name: str, on: date | None, **hints: str | None) -> Resolution:
    """A printed name (honorifics and all) to a registry person on a date."""
    return registry.resolve_name(" ".join(name.split()), on, **hints)


def _named(m: Mention, ctx: LinkContext) -> MentionLink:
    if m.kind == "constituent" or len((m.name or m.exact).split()) < 2:
        # one word ("David") cannot pick a member out of thousands; a constituent is no member
        label = person_name(m.name or m.exact)
        return MentionLink("person", None, label, 0.5, f"{m.kind} named {label!r}; not looked up")
    found = resolve(ctx.registry, m.name or m.exact, ctx.on)
    if found.person:
        return _person(ctx, found.person, found.confidence * m.confidence, found.reason)
    label = person_name(m.name or m.exact)
    if found.candidates:  # several people fit: keep the name, say so
        return MentionLink("person", None, label, 0.3, found.reason, found.candidates)
    return MentionLink("person", None, label, 0.5, f"{found.reason}; kept as a name")


# --- offices --------------------------------------------------------------------------


def _held_keys(ctx: LinkContext, turn: Turn) -> tuple[OfficeKey, ...]:
    keys = parse_office(turn.office) if turn.office else ()
    if turn.person and ctx.on:
        return keys + ctx.registry.offices_on(turn.person, ctx.on)
    return keys


def _fits(query: OfficeKey, held: OfficeKey) -> bool:
    if query.role == "minister" and query.department is None and query.portfolio is None:
        return held.role in _MINISTER_ROLES
    if query.role in _GENERIC and query.department is None and query.portfolio is None:
        return held.role == query.role
    if query.role.startswith("shadow ") and query.department is None:
        return held.role == query.role or (
            query.role == "shadow minister" and held.role.startswith("shadow ")
        )
    found = match(query, held)
    return found is not None and found[0] != "department"


@lru_cache(maxsize=8192)  # pure; asked for every speaker of a debate, for every office mention
def _fits_any(queries: tuple[OfficeKey, ...], held: tuple[OfficeKey, ...]) -> bool:
    return any(_fits(q, h) for q in queries for h in held)


def _speakers_holding(
    ctx: LinkContext, text: str, queries: tuple[OfficeKey, ...]
) -> tuple[str, ...]:
    """Speakers of the debate, other than this one, holding the office ``text`` names
    (read as ``queries``), nearest first: earlier speeches, then later ones."""
    here = ("speakers", text, len(ctx.before), ctx.speaker)
    found = ctx.memo.get(here)
    if found is not None:
        return found  # type: ignore[return-value]
    seen: list[str] = []
    for turn in (*ctx.before, *ctx.after):
        who = turn.person
        if who is None or who == ctx.speaker or who in seen:
            continue
        # a debate's speakers speak many times, and many speeches name the office
        key = ("fits", text, who, turn.office)
        fits = ctx.memo.get(key)
        if fits is None:
            fits = ctx.memo[key] = _fits_any(queries, _held_keys(ctx, turn))
        if fits:
            seen.append(who)
    ctx.memo[here] = result = tuple(seen)
    return result


def _office(m: Mention, ctx: LinkContext) -> MentionLink:
    text = m.office or m.exact
    text = _OFFICE_ALIASES.get(text.lower(), text)
    label = canonical_office(text).label
    fallback = MentionLink("office", None, label, m.confidence * 0.8, "")
    queries = parse_office(text)
    if not queries or ctx.on is None:
        why = "no date to find the holder" if ctx.on is None else "an office we cannot read"
        return MentionLink("office", None, label, fallback.confidence, why)
    seen = _speakers_holding(ctx, text, queries)
    if len(seen) == 1:
        why = f"spoke in this debate and held an office matching {text!r} on {ctx.on}"
        return _person(ctx, seen[0], 0.85, why, office=label)
    if len(seen) > 1:
        why = f"{len(seen)} speakers in this debate hold {text!r}; the nearest is taken"
        return _person(ctx, seen[0], 0.5, why, office=label, candidates=tuple(sorted(seen)))
    holders = [h for h in ctx.registry.holders(text, ctx.on) if h.match != "department"]
    if len(holders) > 1:
        holders = [h for h in holders if h.person_key != ctx.speaker]
    if len(holders) == 1:
        h = holders[0]
        why = f"the only holder of {text!r} on {ctx.on} ({h.holding.label})"
        return _person(ctx, h.person_key, 0.9 * h.confidence, why, office=label)
    why = (
        f"{len(holders)} holders of {text!r} on {ctx.on}, none speaking in this debate"
        if holders
        else f"no holder of {text!r} known on {ctx.on}"
    )
    return MentionLink(
        "office", None, label, fallback.confidence, why, tuple(h.person_key for h in holders)
    )


# --- courtesy titles and pronouns ------------------------------------------------------


def _sex(ctx: LinkContext, key: str | None) -> str | None:
    person = ctx.registry.person(key) if key else None
    return person.sex if person else None


def _agrees(m: Mention, ctx: LinkContext, key: str) -> tuple[bool, list[str]]:
    """Whether a candidate fits a courtesy title, and which cues were checked."""
    cues: list[str] = []
    want = referent_sex(m.exact)
    have = _sex(ctx, key)
    if want and have:
        if want != have:
            return False, cues
        cues.append("sex")
    if ctx.on and ctx.speaker:
        mine = ctx.registry.party_of(ctx.speaker, ctx.on)
        theirs = ctx.registry.party_of(key, ctx.on)
        if mine and theirs:
            if is_friend(m.exact) != (mine == theirs):
                return False, cues
            cues.append("party")
    return True, cues


def _next_other(turns: Iterable[Turn], speaker: str | None) -> str | None:
    for turn in turns:
        if turn.person and turn.person != speaker and not turn.chair:
            return turn.person
    return None


def _member_ref(m: Mention, ctx: LinkContext) -> MentionLink:
    tried: list[str] = []
    for where, turns, base in (("previous", ctx.before, 0.75), ("next", ctx.after, 0.65)):
        key = _next_other(turns, ctx.speaker)
        if key is None:
            continue
        tried.append(key)
        ok, cues = _agrees(m, ctx, key)
        if ok:
            checked = f"; {' and '.join(cues)} agree" if cues else ""
            conf = base if cues else base - 0.1
            return _person(ctx, key, conf, f"the {where} speaker, answered or addressed{checked}")
    return _unlinked(f"no speaker before or after fits {m.exact!r}", tried)


def _same_paragraph(ctx: LinkContext, start: int, end: int) -> bool:
    return not ctx.text or "\n" not in ctx.text[start:end]


def _in_question(text: str, at: int) -> bool:
    """Whether position ``at`` is inside a question ("What steps he has taken …")."""
    rest = re.match(r"[^.?!]*([.?!]?)", text[at:])
    return bool(_QUESTION.search(text[:at])) or bool(rest and rest.group(1) == "?")


def _pronoun(
    m: Mention, ctx: LinkContext, earlier: Sequence[tuple[Mention, MentionLink | None]]
) -> MentionLink | None:
    want = referent_sex(m.exact)
    for prior, link in reversed(earlier):
        if prior.kind not in _PERSON_KINDS or prior.span.end > m.span.start:
            continue
        if not _same_paragraph(ctx, prior.span.end, m.span.start):
            break
        if link is not None and link.target_kind not in ("person", "office"):
            continue
        key = link.key if link else None
        if key is not None and key == ctx.speaker:
            continue
        have = referent_sex(prior.exact) or _sex(ctx, key)
        if want and have and want != have:
            continue
        if key is None:
            return _unlinked(f"the antecedent {prior.exact!r} is not a known member")
        return _person(
            ctx, key, 0.6 * (link.confidence if link else 1.0) + 0.2, f"antecedent {prior.exact!r}"
        )
    if _in_question(ctx.text, m.span.start):
        key = _next_other(ctx.after, ctx.speaker)
        if key is not None and (want is None or _sex(ctx, key) in (None, want)):
            return _person(ctx, key, 0.4, "no antecedent; in a question, the member who answers")
    return None


# --- entry points ----------------------------------------------------------------------


def link_mention(
    m: Mention,
    ctx: LinkContext,
    earlier: Sequence[tuple[Mention, MentionLink | None]] = (),
) -> MentionLink | None:
    """What ``m`` refers to, or ``None`` when there is nothing to link.

    ``earlier`` holds the speech's previous mentions with their links (pronouns
    look back through them); :func:`link_mentions` fills it in.
    """
    kind = m.kind
    if kind == "member-for":
        return _member_for(m, ctx)
    if kind in ("call", "person", "constituent"):
        return _named(m, ctx)
    if kind in ("office", "call-office"):
        return _office(m, ctx)
    if kind == "member-ref":
        return _member_ref(m, ctx)
    if kind == "self":
        if ctx.speaker is None:
            return None
        return _person(ctx, ctx.speaker, m.confidence, "the speaker's own first person")
    if kind == "pronoun":
        return _pronoun(m, ctx, earlier)
    if kind == "organisation" or kind == "legislation" or kind == "place":
        label = re.sub(r"^the\s+", "", m.name or m.exact)
        return MentionLink(kind, None, label, m.confidence, f"a {kind} named in the text")
    return None


def link_mentions(mentions: Sequence[Mention], ctx: LinkContext) -> tuple[MentionLink | None, ...]:
    """Every mention of one speech linked, in order (pronouns see earlier links)."""
    done: list[tuple[Mention, MentionLink | None]] = []
    for m in mentions:
        done.append((m, link_mention(m, ctx, done)))
    return tuple(link for _, link in done)
