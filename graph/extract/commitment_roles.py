"""Who may commit: what a speaker of each role makes of the candidates found.

Part of the commitment extractor (:mod:`graph.extract.commitments` runs the stages).
Extraction runs before anyone knows who spoke; the linking stage knows the speaker's
role on the day and applies :func:`for_role`: ministers and the Government's
spokespeople commit (the sentence model, :mod:`graph.extract.commitment_model`, weighs
what the rules found and adds what they missed), an opposition front bench pledges, a
backbencher pledges only for their party, the chair and everyone else make none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from graph.extract.commitment_clauses import government_acts
from graph.extract.commitment_filters import (
    DETERMINED_EFFORT,
    NEW_MONEY,
    OFFERED,
    bill_design,
    hypothetical,
    in_quotes,
    meeting_agenda,
    procedural,
    reported_past,
    speech_course,
)
from graph.extract.commitment_model import KEEP, model_act, weigh
from graph.extract.sentences import lower_for_search
from graph.records import Commitment
from graph.vocab.kinds import SpeakerRole

# An opposition front bench's undertakings that are policy or a parliamentary act: "a
# Labour Government would…", "we will vote…", "we will table an amendment".  Promises to
# scrutinise ("we will look closely at…") are not pledges.
_PLEDGE_SUBJECT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he\s+next|[Oo]ur)\s+(?:[A-Z][\w-]+\s+){1,3}Government\s+(?:will|would|shall)\b"
)
# Promises to scrutinise are not pledges ("we will look closely at what he proposes").
_NOT_PLEDGE_ACTS = frozenset({"review", "consider", "examine", "monitor", "follow-up", "meet"})
_SCRUTINY = re.compile(r"\b(?:look|examine|scrutini[sz]e|study|consider|monitor|watch)\b", re.I)
# A pledge says what the speaker's side will or would do: the rules' future and intent
# kinds, not a description of what is being done ("the concept that is being developed")
# or was done ("We have tabled amendment 30").
_PLEDGE_KINDS = frozenset({"modal", "intent", "undertaking", "performative", "funding"})
# ...said by the speaker's side in the first person ("we will vote", "I will press"), not
# of something else ("In Newcastle, it will raise £1.7 million")...
_OWN_FUTURE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:\w+\s+){0,2}?(?:will|shall|would|’ll|'ll|(?:are|am)\s+going\s+to"
    r"|intend|propose|plan|are\s+determined)\b"
)
# ...and about the Government or the House, not about the speech itself ("I shall move on
# because there are many amendments", "I shall explain why…").
_ABOUT_THE_SPEECH = re.compile(
    r"\b(?:will|shall|am\s+going\s+to)\s+(?:now\s+|briefly\s+|just\s+|certainly\s+|also\s+)?"
    r"(?:move\s+on|explain|turn\s+(?:now\s+)?to|come\s+(?:on\s+|back\s+)?to|carry\s+on|discuss"
    r"|conclude|finish|be\s+brief|say\s+(?:a\s+few\s+words|a\s+word|more|something)"
    r"|give\s+(?:way|(?:him|her|them|the\s+(?:right\s+)?hon\.?\s+\w+)\s+(?:a\s+chance|way|\d+)))\b"
    # pressing the minister is scrutiny, not a pledge ("I want to push the Minister a bit more")
    r"|\b(?:push|press|ask|challenge)\s+(?:the\s+|this\s+)?(?:Minister|Secretary|Leader|Government)\b",
    re.IGNORECASE,
)


#: Rules whose commitment is a speech act of the speaker's ("I undertake to…", "I can
#: announce…", "we accept…", or "Yes." to "Will the Minister meet…?", see
#: :mod:`graph.extract.answers`): saying it commits, whatever the sentence model thinks.
_INTENTION_STATED = re.compile(
    r"\b[Ii]t\s+(?:is|remains)\s+(?:also\s+|still\s+)?(?:our|my|the\s+Government[’']s)\s+(?:\w+\s+)?intention\s+to\b"
    r"|\b(?:[Oo]ur|[Mm]y|[Tt]he\s+Government[’']s)\s+(?:\w+\s+)?intention\s+is\s+to\b"
)
# What an intention declared may be about that is no deliverable: the speech's own course
# ("It is my intention to speak briefly", "…to respond to the points made", "…to give way")
# or a stance ("…to ensure that every child…", "…to keep taxes low").
_NO_DELIVERABLE = frozenset(
    {"speak", "keep", "focus", "provide", "answer", "respond", "ensure", "support", "maintain",
     "continue", "conclude", "make", "write"}
)  # fmt: skip
SPEECH_ACTS = frozenset({"undertaking", "performative", "accepted", "announced", "answer"})


def for_role(
    commitments: tuple[Commitment, ...],
    role: SpeakerRole | None,
    text: str,
    on: date | None = None,
) -> tuple[Commitment, ...]:
    """What a speaker of ``role`` commits in ``text``, the speech ``commitments`` (from
    :func:`find_candidates`) were found in (see :mod:`graph.link.roles`).

    Ministers and the Government's spokespeople commit; an opposition front bench
    (``shadow``) makes pledges, kept with ``kind="opposition-pledge"`` when they are
    the speaker's side's own acts ("we will vote against", "a Labour Government
    would…") and not promises to scrutinise; backbenchers pledge only on their party's
    behalf ("a Labour Government will…"); the chair and anyone else make none.  "We
    would…" candidates are dropped for everyone else.  For a minister or spokesperson the
    sentence model (:mod:`graph.extract.commitment_model`) weighs the rules' commitments
    and adds its own.  An unknown role (``None``: a speaker nobody could place, as most
    are when no members were imported) is weighed the same way, since such a speaker may
    be a minister: it left fewer commitments to members who cannot commit, and more to
    ministers, than keeping the rules' unweighed did
    (``benchmarks/results/commitments-round15.md``).  The model reads no one else: it
    learnt what ministers commit, and nobody else's sentences are worth its time.
    """
    if role is None or role in ("minister", "lords-spokesperson"):
        # "we would…" candidates are pledges only in an opposition's mouth; the model
        # weighs the rules' commitments (not a speech act, which commits by being said),
        # and adds its own
        return tuple(
            c
            for c in weigh(text, commitments, on, refused=_refused)
            if c.kind == "commitment"
            and (
                c.model_probability is None
                or c.model_probability >= KEEP
                or c.trigger in SPEECH_ACTS
                or _put_out_today(c)
                # a reply asked of an agency for the member: "I have asked the Chief
                # Executive to reply" (the minister's undertaking, given by saying so)
                or c.trigger == "request"
                or c.trigger == "list"  # the lead-in committed to each item
                or (c.trigger == "target" and c.deadline is not None)  # a number by a day
                # an intention declared in so many words: "It is our intention to develop an
                # aviation policy framework…" (said, it commits)
                or (
                    c.trigger == "intent"
                    and _INTENTION_STATED.search(c.exact) is not None
                    and c.action not in _NO_DELIVERABLE
                )
                or government_acts(c)
            )
            # the model's own obey the rules' procedure filter ("…her amendment, which we
            # will consider shortly" is the House's business, however sure the model is)
            # and their test for quoted words ("As the charity put it, 'we will keep
            # campaigning…'" is the charity's)
            and not (c.found_by == "model" and _not_the_models(text, c))
        )
    if role not in ("shadow", "backbench"):
        return ()
    pledges = []
    for c in commitments:
        on_behalf = _PLEDGE_SUBJECT.search(c.exact) is not None
        if role == "backbench" and not on_behalf:
            continue  # a backbencher pledges only for their party ("a Labour Government will…")
        if c.actor not in {"speaker", "Government"} and not on_behalf:
            continue
        if c.action in _NOT_PLEDGE_ACTS or _SCRUTINY.search(c.exact[:80]):
            continue
        if c.trigger not in _PLEDGE_KINDS or _ABOUT_THE_SPEECH.search(c.exact):
            continue
        own = _OWN_FUTURE.search(c.exact)
        if not on_behalf and (own is None or in_quotes(text, c.span.start + own.start())):
            continue  # not the speaker's side, or its words quoted by the speaker
        pledges.append(replace(c, kind="opposition-pledge"))
    return tuple(pledges)


def _put_out_today(c: Commitment) -> bool:
    """Whether ``c`` is a paper of the Government's put out today ("Further details have
    today been published", "the order was laid today"): announced by the statement that
    says so, as "I am today publishing" is.  Another body's report laid by the minister
    ("The annual report of the Chief Electoral Officer … has been laid before Parliament
    today") is that body's, and the model weighs it."""
    if c.trigger != "published" or _TODAY.search(c.exact) is None:
        return False
    return _OTHERS_REPORT.search(c.exact) is None and _RELATIVE_PAPER.search(c.exact) is None


_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
# A paper named in a relative clause, the sentence being about something else: "The ONS
# figures that were published today show…", "The Committee's report, which was published
# today, makes…".
_RELATIVE_PAPER = re.compile(
    r"\b(?:that|which)\s+(?:was|were|has\s+been|have\s+been)\s+(?:published|laid|launched|issued)\b"
    r"|[’']s\s+(?:[\w-]+\s+)?(?:report|review|figures|statistics)\b"
)
_OTHERS_REPORT = re.compile(
    r"\b(?:report|accounts|review)\s+(?:and\s+accounts\s+)?(?:of|by|from)\s+(?:the\s+)?[A-Z]"
)


def _refused(sentence: str) -> bool:
    """Whether the rules' procedure filter refuses ``sentence`` (a continuation's), or it
    only gives a meeting's agenda ("The following items will be discussed.")."""
    return (
        procedural(sentence, lower_for_search(sentence))
        or speech_course(sentence)
        or _AGENDA_AHEAD.search(sentence) is not None
    )


# What a meeting will take up: "…will be discussed", "…are to be debated".
_AGENDA_AHEAD = re.compile(
    r"\b(?:will|shall|are\s+to|is\s+to)\s+(?:also\s+)?be\s+(?:discussed|debated)\b"
)


def _not_the_models(text: str, c: Commitment) -> bool:
    """Whether the rules' procedure filter, their test for an effort or a stance, or their
    test for quoted words refuses the sentence model's commitment ``c`` in ``text``."""
    if procedural(c.exact, lower_for_search(c.exact)) or speech_course(c.exact):
        return True
    if bill_design(c.exact):
        return True  # "The draft order we are considering will keep the Act in force…"
    if hypothetical(c.exact) and not OFFERED.search(c.exact):
        return True  # "If the economy worsens, we will cut spending": a hypothetical
    if DETERMINED_EFFORT.search(c.exact) and not NEW_MONEY.search(c.exact):
        return True  # "We are committed to being transparent about how it is spent": a stance
    if meeting_agenda(c.exact):
        return True  # "During the main Council there will be a discussion on…"
    act = model_act(c.exact)
    if act is not None and reported_past(c.exact, act[0]):
        return True  # "In 2015 the Government set the target to recruit…": history
    return act is not None and in_quotes(text, c.span.start + act[0])
