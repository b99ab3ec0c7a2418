"""Commitments: measures a speaker, the Government or a body acting for it undertakes.

Deterministic clause-level rules over modality, speech-act verbs and negation.
A clause commits when it has one of these *triggers*:

- a performative speech act by the speaker: "I can confirm that…", "I am
  pleased to announce…", "I am announcing today…";
- a future modal with an action verb: "We will introduce…", "the Government
  will implement…", "The panel will publish…", "will be backed by £2 million";
- an action in progress announced by the speaker or the Government: "I am
  extending…", "We are working with the Cabinet Office to draw up…", "is
  being reviewed";
- a request to a named body: "I have asked Baroness Louise Casey to…";
- acceptance: "we have accepted them in full"; a target: "mission … to halve
  …"; an undertaking to a member: "I will write to him", "I am happy to follow
  up with the hon. Lady".

Clauses are dropped when the trigger is negated ("will not"), when the
sentence is a question, a procedure or a courtesy anywhere in it ("I call…",
"With permission, I will make a statement", "I shall give way", "I am pleased
to follow…"), when the subject is someone else ("the previous Government", "the
Commission", "hon. Members"), when the verb is one of knowing or of effect
("will know", "will mean", "will help") rather than of doing, when a present
tense describes policy already running ("we are spending £80 billion…"), and
when the trigger sits in an indirect question or in a relative clause hanging
on an account of the past.

Who may commit is not decided here but by the speaker's role on the day
(:func:`for_role`, applied by the linking stage): ministers commit, an
opposition front bench pledges, backbenchers and the chair do neither.

The stages, a module each, lower ones never importing higher ones:
:mod:`~graph.extract.commitment_rules` (the trigger patterns),
:mod:`~graph.extract.commitment_acts` (the act and whether its doer is the Government's
side), :mod:`~graph.extract.commitment_clauses` (clauses and the triggers that hold in
them), :mod:`~graph.extract.commitment_filters` (what is not a commitment after all),
:mod:`~graph.extract.commitment_make` (one trigger, one commitment and its fields),
:mod:`~graph.extract.commitment_roles` (what a speaker of each role commits), and this
module: sentences, lists, continuations and the public functions.  A new trigger goes in
the rules' table; a new reason to refuse one, in the filters.

Each clause that commits an act of its own is one commitment over its part of
the sentence; a following sentence that only adds the amount or date ("It will
be worth £2 billion and open in April.") extends the commitment before it.
Amounts carry a role (:func:`graph.extract.money.amount_roles`); time phrases
are deadlines or starts (:func:`graph.extract.deadlines.find_deadlines`);
the category follows :data:`graph.extract.commitment_vocab.CATEGORY_ORDER`.

>>> from datetime import date
>>> [c.action for c in find_commitments("We will introduce a Bill. Last year we spent £1m.")]
['introduce']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from graph.extract.actors import agentive
from graph.extract.answers import ACCEPTED, answered, asks_no_act, assents
from graph.extract.commitment_acts import I_OR_WE, government_subject
from graph.extract.commitment_clauses import clauses_of, triggers_in
from graph.extract.commitment_fields import measurable_by_a_time
from graph.extract.commitment_filters import (
    CONDITIONAL,
    HOPE,
    TELLING_THE_HOUSE,
    bill_design,
    budget_period,
    hypothetical,
    in_quotes,
    procedural,
    speech_course,
    verb_index,
)
from graph.extract.commitment_make import make_commitment
from graph.extract.commitment_roles import SPEECH_ACTS, for_role
from graph.extract.commitment_rules import (
    HINT,
    TRIGGERS,
    Trigger,
    key_hits,
    rules_for,
)
from graph.extract.commitment_vocab import ACTIONS, STATIVE, STOP, VERBS, verb_lemma
from graph.extract.deadlines import Deadline, find_deadlines
from graph.extract.money import committed_amounts
from graph.extract.repeats import same_measure
from graph.extract.sentences import lower_for_search, split_sentences
from graph.records import Commitment, Span
from graph.vocab.kinds import SpeakerRole

__all__ = [
    "CATEGORIES",
    "STATUSES",
    "find_candidates",
    "find_commitments",
    "for_role",
    "same_measure",
]

CATEGORIES = (
    "legislation",
    "funding",
    "review",
    "guidance",
    "operational",
    "target",
    "undertaking",
)
STATUSES = ("announced", "future", "accepted", "under-way", "under-consideration")


_QUESTION = re.compile(r"\?\W*$")
# Thanks, then a clause of the speaker's own that may commit ("I thank my hon. Friend for
# raising this, and I will write to him", "…and absolutely give her that assurance").
_THANKS_THEN = re.compile(
    r"I\s+thank\b(?:[^.;?]|(?<=hon)\.){0,200}?,?\s+(?=(?:and|but)\s+(?:(?:I|we)\s+)?"
    r"(?:\w+ly\s+|of\s+course\s+)?(?:will|shall|can|give|assure|am|are|have)\b)"
)
# A courtesy in the form of a condition, then what is said: "If you will allow me, Mr
# Speaker, … we will allocate £5 million…", "If I may, …"
_COURTESY_IF = re.compile(
    r"If\s+(?:(?:you|the\s+(?:House|Assembly|Chamber|Committee)|Members|colleagues|noble\s+Lords)"
    r"\s+(?:will\s+|would\s+)?(?:allow|permit|indulge|bear\s+with)\s+me|I\s+may)\b[^,;]{0,40},\s*"
)
# A sentence that is a hope: "I hope that…", "Finally, I hope the House will…"
# A sentence that introduces a list of things someone will do: "…that the UK will:".
_LEAD_IN = re.compile(r"(?:\bthat\s+)?(?P<subject>[\w’' -]{1,60}?)\s+(?:will|shall)\s*:\s*$")
_LIST_VERB = re.compile(r"(?P<verb>[A-Z][a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})")


def _list_item(
    text: str, span: Span, subject: str, on: date | None, speaker: str | None, items: str = "verb"
) -> Commitment | None:
    """A list item continuing a lead-in, or None when the list has ended.

    Items open as the lead-in asks: with a verb after "…will:" ("Take powers to…"), with
    a gerund after "…will … by:" ("fulfilling the commitment to…"), with "To" and a verb
    after "…the following targets:" ("To maintain the rate at…").  Each is a line of
    its own; a line that opens otherwise ends the list."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if line_start == 0 or not _BARE_MARK.fullmatch(text, line_start, span.start):
        return None  # not a separate line (or one opened by its number): the list has ended
    start = span.start
    if items == "remit":
        numbered = line_start < span.start  # "2." opened the line, split from these words
        return _remit_item(text, span, subject, on, speaker, numbered)
    if items in ("to", "targets"):
        to = _TO_ITEM.match(text, start, span.end)
        if to is None:
            return _measure_item(text, span, subject, on, speaker) if items == "targets" else None
        start = to.end()
    pattern = {"gerund": _GERUND_ITEM, "to": _TO_VERB, "targets": _TO_VERB}.get(items, _LIST_VERB)
    match = pattern.match(text, start, span.end)
    if match is None or match.group("verb").lower() in STOP:
        return None
    verb = match.group("verb")
    if items == "gerund":
        verb = verb_lemma(verb.lower()) or ""
        if not verb:
            return None
    elif verb.endswith(("ly", "ing", "ed")):
        return None  # an adverb or participle: the list has ended
    trigger = Trigger(0, subject, verb, match.group("rest"), "list")
    made = make_commitment(text, span, trigger, on, speaker)
    targets = items == "targets" or (items == "to" and measurable_by_a_time(text[start : span.end]))
    return replace(made, category="target") if made is not None and targets else made


def _measure_item(
    text: str, span: Span, subject: str, on: date | None, speaker: str | None
) -> Commitment | None:
    """A target set as the measure to meet, numbered on a line of its own after "…the
    following performance targets for 2018-19:" ("1. A return on capital employed of at
    least 3.5%", "2. An in-year surplus"); None when the line is no numbered noun phrase
    (the list has ended)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line = text[span.start : span.end]
    head = _ITEM_MARK.match(line)
    if head is None and line_start == span.start:
        return None  # unnumbered: a sentence after the list, not an item of it
    at = head.end() if head else 0
    if not line[at : at + 1].isupper() or _OWN_CLAUSE.search(line):
        return None
    made = make_commitment(text, span, Trigger(0, subject, "achieve", "", "list"), on, speaker)
    if made is None:
        return None
    if made.deadline_text and made.deadline_text.lower().startswith("within"):
        # "Processing 95% of applications within 15 days": the measure's standard, no date
        made = replace(made, deadline=None, deadline_text=None)
    return replace(made, category="target")


def _remit_item(
    text: str, span: Span, subject: str, on: date | None, speaker: str | None, numbered: bool
) -> Commitment | None:
    """An item of a review's terms of reference: what the review is to do, a review
    commitment ("1. To consider fuel poverty from first principles…", "2. As appropriate,
    … to develop possible formulations…", and a nested item "measuring the
    cost-effectiveness of …"); None when the line is not one (the list has ended)."""
    line = text[span.start : span.end]
    head = _ITEM_MARK.match(line)
    at = head.end() if head else 0
    numbered = numbered or head is not None
    if _OWN_CLAUSE.search(line):
        return None  # "To help the review, I will write to…": the speaker's own act, not a term
    found = (_REMIT_TO if numbered else _TO_FIRST).match(line, at) or _GERUND_ITEM.match(line, at)
    if found is None:
        return None
    verb = found.group("verb").lower()
    verb = verb_lemma(verb) if verb.endswith("ing") else verb
    if not verb or verb in STOP or verb in STATIVE:
        return None
    trigger = Trigger(found.start("verb"), subject, verb, found.group("rest"), "list")
    made = make_commitment(text, span, trigger, on, speaker)
    return replace(made, category="review") if made is not None else None


# A list item's number, "1.", "(ii)", "(a)" or "a.", alone (split from its words) or, with
# a bullet, opening the item's line.
_NUMBER = r"\(?(?:[a-z]|[ivx]+|\d+)\)|[a-z]\.|\d+[.)]"
_ITEM_NUMBER = re.compile(_NUMBER)
_ITEM_MARK = re.compile(rf"\s*(?:{_NUMBER}|[•·*–-])\s+")
# What may open an item's line before its words: nothing, or its mark ("1. To consider").
_BARE_MARK = re.compile(rf"(?:{_ITEM_MARK.pattern})?")
_OWN_CLAUSE = re.compile(r"\b(?:I|we)\s+(?:will|shall|am|are)\b")
# A remit's item: "To consider…", or, numbered, "As appropriate, and subject to the findings
# under (1), to develop…" (the verb within the line's first words).
_TO_WORDS = r"[Tt]o\s+(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
_TO_FIRST = re.compile(_TO_WORDS)
_REMIT_TO = re.compile(r"(?:[^.;:]{0,100}?,\s+)?" + _TO_WORDS)
# A remit that is not the Government's review's, or one of the past: "The Select
# Committee's terms of reference are:", "… of the 2010 review, which reported in 2012, were:".
_OTHERS_REMIT = re.compile(
    r"\b(?:were|was|had\s+been)\b|\b(?:Commission|Committee|Council|Parliament)(?:[’']s)?\b"
)
# A review's terms of reference or remit leading into its items.
_LEAD_IN_REMIT = re.compile(r"\b(?:terms\s+of\s+reference|remit)\b[^:;?]{0,80}:\s*$", re.IGNORECASE)

# The items' openings: "To maintain…" (after targets), "fulfilling…" (after "… by:").
_TO_ITEM = re.compile(r"(?:\(?\w\)|\d+[.)]|[•·*-])?\s*To\s+")
_TO_VERB = re.compile(r"(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})")
_GERUND_ITEM = re.compile(r"(?P<verb>[A-Za-z][a-z]+ing)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})")

# Lead-ins whose items are the commitments: "…the Government will seize the opportunity
# … by:" (items in the gerund), "…has been set the following key targets for 2003–04:"
# (items "To…"), "Our priorities for the year are:" (items with a verb).
_LEAD_IN_BY = re.compile(r"\b(?:will|shall)\b[^:;?]{0,240}\bby\s*:\s*$")
_LEAD_IN_LISTED = re.compile(
    r"\b(?:the\s+following|these|our|its|their|new|(?:the\s+)?(?:Government|UK)[’']s)\s+"
    r"(?:(?:key|main|new|specific|principal|performance|financial|operational|annual|stretching"
    r"|\w+-\w+)\s+)*"
    r"(?P<what>targets|commitments|objectives|priorities|steps|measures|actions|aims)\b"
    # not the aims of the past (but "…, which were agreed with…, are:", "as they were set out")
    r"(?:(?!(?<!\bwhich\s)(?<!\bthat\s)(?<!\bthey\s)(?<!\bit\s)\b(?:were|was|had\s+been)\b)[^:;?]){0,80}"
    r":\s*$",
    re.IGNORECASE,
)


def _reviewed(made: list[Commitment], found: list[Commitment], previous_end: int) -> bool:
    """Whether a review was just committed to, in this sentence (``made``) or the one before
    (the last of ``found``, ending where the last committing sentence ended): its terms of
    reference may follow."""
    return any(c.category == "review" for c in made) or (
        bool(found) and found[-1].span.end == previous_end and found[-1].category == "review"
    )


def _list_lead(
    sentence: str, made: list[Commitment], reviewed: bool = False
) -> tuple[str, str] | None:
    """The subject and the items' opening of a list ``sentence`` leads into, when its
    items are commitments: it commits to doing them (``made`` holds its commitment, and it
    ends "… by:"), or it names them as targets or commitments set ("…the following key
    targets:"); None otherwise (a quotation, a motion, a list of facts)."""
    if made and _LEAD_IN_BY.search(sentence):
        return made[-1].actor, "gerund"
    if reviewed and _LEAD_IN_REMIT.search(sentence) and not _OTHERS_REMIT.search(sentence):
        return "Government", "remit"  # a review just committed to, and its terms
    if (listed := _LEAD_IN_LISTED.search(sentence)) is not None:
        what = listed.group("what").lower()
        # a target's items are targets; an aim's or objective's are what they name
        return "Government", "targets" if what == "targets" else (
            "to" if what in ("objectives", "aims") else "verb"
        )
    return None


# A copy of a document placed in the Library by the minister answering: in an answer the
# member asked for it, the guideline's undertaking ("I will place a copy of the letter in the
# Library"), where in a statement it would be the statement's own papers (procedure).
_COPY_FOR_THE_MEMBER = re.compile(
    r"\bI\s+(?:will|shall|am\s+happy\s+to|would\s+be\s+happy\s+to)\s+(?:also\s+)?(?:place|deposit"
    r"|arrange\s+for)\s+(?:a\s+|the\s+)?(?:cop(?:y|ies)|details|a\s+list|a\s+table|tables)\b[^.;?]{0,160}?"
    r"\bLibrar(?:y|ies)\b",
    re.IGNORECASE,
)


# A member's question, written ("To ask the Secretary of State…") or asked ("…?").
_A_QUESTION = re.compile(r"^\s*To\s+ask\b|\?\s*$")


def _papers_for_the_member(
    text: str, found: tuple[Commitment, ...], on: date | None, speaker: str | None
) -> tuple[Commitment, ...]:
    """``found`` with an undertaking for each copy placed for the member who asked (see
    ``_COPY_FOR_THE_MEMBER``) that the rules, reading no question, took as procedure."""
    if _COPY_FOR_THE_MEMBER.search(text) is None:
        return found  # the common case: no copy placed, no sentence to read again
    added: list[Commitment] = []
    for span in split_sentences(text):
        placed = _COPY_FOR_THE_MEMBER.search(text, span.start, span.end)
        if placed is None or any(
            c.span.start < span.end and span.start < c.span.end for c in found
        ):
            continue
        trigger = Trigger(placed.start() - span.start, "I", "provide", "", "undertaking")
        made = make_commitment(text, span, trigger, on, speaker)
        if made is not None:
            added.append(made)
    if not added:
        return found
    return tuple(sorted((*found, *added), key=lambda c: (c.span.start, c.span.end)))


def find_candidates(
    text: str, *, on: date | None = None, speaker: str | None = None, asked: str | None = None
) -> tuple[Commitment, ...]:
    """Every commitment and pledge candidate in one speech, before anyone knows who spoke:
    what the extraction stage keeps, for the linking stage to apply :func:`for_role` once
    it knows the speaker's role on the day (the sentence model weighs a minister's there,
    and the opposition's "we would…" are decided there, not here).

    ``asked`` is the speech before, another speaker's: a speech opening with a bare
    "Yes." commits to what its question asked for (:mod:`graph.extract.answers`)."""
    found = _find(text, on=on, speaker=speaker)
    if asked is None:
        return found
    if _A_QUESTION.search(asked):
        found = _papers_for_the_member(text, found, on, speaker)
    assent = assents(text)
    if assent is None:
        return found  # no assent: nothing the question could commit to
    if ACCEPTED.fullmatch(text, assent.start, assent.end) and asks_no_act(asked):
        # a request accepted in so many words undertakes nothing when the question asked
        # for no act ("Would he like to explain…?" "I would be very happy to do so.")
        return tuple(c for c in found if c.span.end <= assent.start or assent.end <= c.span.start)
    made = answered(asked, text, on)
    if made is None:
        return found
    if found and found[0].span == made.span and found[0].trigger == "undertaking":
        # the rules' undertaking on the assent itself ("I would be delighted to do so.")
        # names no act: the question's act and time are what is undertaken
        first = replace(
            found[0],
            action=made.action,
            deadline=made.deadline,
            deadline_text=made.deadline_text,
            mentions=made.mentions,
        )
        return (first, *found[1:])
    if any(c.span.start < made.span.end for c in found[:1]):
        return found
    return (made, *found)


def find_commitments(
    text: str,
    *,
    on: date | None = None,
    speaker: str | None = None,
    role: SpeakerRole | None = None,
    asked: str | None = None,
) -> tuple[Commitment, ...]:
    """The commitments in one speech, in text order.

    ``on`` is the debate date (deadlines resolve against it); ``speaker`` is kept
    for callers that want to name the actor "speaker" after a person; ``role`` is
    the speaker's role on that date (:func:`for_role` says what it changes; the
    linking stage applies it when the extractor ran without one); ``asked`` is the
    speech before it (:func:`find_candidates`).
    """
    return for_role(find_candidates(text, on=on, speaker=speaker, asked=asked), role, text, on)


# "We would model the new committee on…", "a Labour Government would scrap…": what an
# opposition says it would do in government (pledge candidates; see _with_would).
_WOULD = re.compile(
    r"(?:^|[.;:]\s+|\b(?:and|so|then)\s+)(?P<subject>We|we|(?:[Aa]n?|[Tt]he\s+next|[Oo]ur)\s+"
    r"(?:[A-Z][\w-]+\s+){1,3}Government)\s+would\s+(?:also\s+|then\s+|immediately\s+)?"
    r"(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z’'-]+){0,3})"
)


def _with_would(
    text: str, found: tuple[Commitment, ...], on: date | None, spans: tuple[Span, ...]
) -> tuple[Commitment, ...]:
    """``found`` with the sentences saying what "we" or "a … Government" would do, as
    pledge candidates (kind ``opposition-pledge``): :func:`for_role` keeps them only for
    the opposition, and drops them for a minister, whose "we would" is a hypothetical."""
    extra: list[Commitment] = []
    for span in spans:
        if any(c.span.start < span.end and span.start < c.span.end for c in found):
            continue
        sentence = text[span.start : span.end]
        if "would" not in sentence or _QUESTION.search(sentence):
            continue
        m = _WOULD.search(sentence)
        if m is None or CONDITIONAL.match(sentence):
            continue
        base = verb_lemma(m.group("verb"))
        if base is None or base in STATIVE:
            continue
        # "a Labour Government" acts as a government would: read it as one
        who = "we" if m.group("subject").lower() == "we" else "the Government"
        trigger = Trigger(m.start("subject"), who, m.group("verb"), m.group("rest"), "modal")
        c = make_commitment(text, span, trigger, on, None)
        if c is not None:
            actor = "speaker" if m.group("subject").lower() == "we" else "Government"
            extra.append(replace(c, actor=actor, kind="opposition-pledge"))
    return tuple(sorted((*found, *extra), key=lambda c: c.span.start))


def _find(text: str, *, on: date | None, speaker: str | None) -> tuple[Commitment, ...]:
    found: list[Commitment] = []
    lead_in: str | None = None  # the subject of "The strategy states that the UK will:"
    items = "verb"  # how the list's items open (see _list_item)
    lead_due: Deadline | None = None  # the period a list of targets is set for
    hits = key_hits(text)
    previous_end = -1  # where the last sentence that committed ended
    spans = split_sentences(text)
    for span in spans:
        sentence = text[span.start : span.end]
        if lead_in is not None and _ITEM_NUMBER.fullmatch(sentence):
            continue  # "1." split from its item's words: the item follows
        if lead_in is not None:
            item = _list_item(text, span, lead_in, on, speaker, items)
            if item is not None:
                if item.deadline is None and lead_due is not None:
                    item = replace(item, deadline=lead_due.due, deadline_text=lead_due.text)
                found.append(item)
                previous_end = span.end
                continue
            lead_in = None
        opener = _LEAD_IN.search(sentence) if sentence.endswith(":") else None
        if opener is not None:
            lead_in, items = opener.group("subject"), "verb"
            continue
        made = _sentence_commitments(text, span, hits, on, speaker)
        if (
            sentence.endswith(":")
            and (listing := _list_lead(sentence, made, _reviewed(made, found, previous_end)))
            is not None
        ):
            lead_in, items = listing
            # targets set for a period are due at its end ("…the following key targets for
            # 2012-13:"): the lead-in's and each item's deadline, unless it names its own
            lead_due = _period_due(sentence, on) if items == "targets" else None
            if lead_due is not None:
                made = [
                    replace(c, deadline=lead_due.due, deadline_text=lead_due.text)
                    if c.deadline is None and c.category == "target"
                    else c
                    for c in made
                ]
        if made:
            found.extend(made)
            previous_end = span.end
            continue
        if (
            found
            and found[-1].span.end == previous_end
            and _between_is_space(text, previous_end, span.start)
        ):
            joined = _continuation(text, span, found[-1], on)
            if joined is not None:
                found[-1] = joined
                previous_end = span.end
    return _with_would(text, tuple(found), on, spans)


def _period_due(sentence: str, on: date | None) -> Deadline | None:
    """The first deadline a lead-in names (its period's end), or None."""
    return next(
        (d for d in find_deadlines(sentence, on=on) if d.kind == "deadline" and d.due), None
    )


def _between_is_space(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


# A sentence that only adds the amount, date or scope of the commitment before it: "We
# will set up a new fund. It will be worth £2 billion and open in April."
_CONTINUES = re.compile(
    r"^(?:It|This|These|They|The\s+(?:new\s+)?(?:fund|scheme|programme|money|funding|grant|package"
    r"|review|panel|strategy|plan|consultation|pilot))\s+(?:will|would|is|are)\s+(?:also\s+)?"
    r"(?:be\s+)?(?:worth|cost|open|start|begin|run|last|available|backed|funded|launched|in\s+place"
    r"|paid|delivered|published|finish|close|report|up\s+to)\b",
)


# "This includes R3,6 billion for loans…", "It will also cover the appointment of…": the
# parts of the measure just committed.
_INCLUDES = re.compile(
    r"^(?:This|That|It|These|They)\s+(?:will\s+)?(?:also\s+)?(?:includes?|comprises?|covers?)\b"
)


def _continuation(text: str, span: Span, last: Commitment, on: date | None) -> Commitment | None:
    """``last`` extended over the next sentence when that sentence only adds its amount,
    date or start ("It will be worth £2 billion and open in April."): one commitment
    spanning two sentences, its money counted once."""
    sentence = text[span.start : span.end]
    listing = _INCLUDES.match(sentence) is not None  # what the measure before it holds
    if not listing and not _CONTINUES.match(sentence):
        return None
    amounts = committed_amounts(sentence)
    known = {a.value for a in last.amounts}
    amounts = tuple(
        replace(a, role="existing")
        if a.role == "new" and (a.value in known or listing)  # named again, or a part of it
        else a
        for a in amounts
    )
    times = find_deadlines(sentence, on=on)
    due = next(
        (d for d in times if d.kind == "deadline" and d.due and not budget_period(d, amounts)),
        None,
    )
    begins = next((d for d in times if d.kind == "start" and d.starts is not None), None)
    if not amounts and due is None and begins is None and not listing:
        return None
    whole = Span(last.span.start, span.end)
    return replace(
        last,
        span=whole,
        exact=text[whole.start : whole.end],
        amounts=last.amounts + amounts,
        deadline=last.deadline if last.deadline is not None else (due.due if due else None),
        deadline_text=last.deadline_text
        if last.deadline is not None
        else (due.text if due else None),
        start_date=last.start_date
        if last.start_date is not None
        else (begins.starts if begins else None),
        start_text=last.start_text
        if last.start_date is not None
        else (begins.text if begins else None),
    )


def _sentence_commitments(
    text: str,
    span: Span,
    hits: list[tuple[int, int]] | None,
    on: date | None,
    speaker: str | None,
) -> list[Commitment]:
    """The commitments of one sentence: one per clause that commits, each over its own
    part of the sentence when there are several ("we will publish the plan in May; and the
    panel will report in June"), so that each has its own money and date."""
    sentence = text[span.start : span.end]
    candidates = TRIGGERS
    if hits is not None:
        first = bisect_left(hits, (span.start, HINT))
        last = bisect_left(hits, (span.end, HINT), first)
        if first == last:
            return []  # no trigger word: the common case, and cheap to see
        candidates = rules_for(frozenset(k for _, k in hits[first:last]))
    lowered = lower_for_search(sentence)
    rules = tuple(rule for rule in candidates if rule.possible(sentence, lowered))
    if not rules:
        return []
    if (thanks := _THANKS_THEN.match(sentence)) is not None and not _QUESTION.search(sentence):
        # "I thank her for her question, and I will write to her": the thanks is procedure,
        # the undertaking after it is not
        part = Span(span.start + thanks.end(), span.end)
        return _sentence_commitments(text, part, hits, on, speaker)
    if (courtesy := _COURTESY_IF.match(sentence)) is not None:
        part = Span(span.start + courtesy.end(), span.end)
        return _sentence_commitments(text, part, hits, on, speaker)
    if (telling := TELLING_THE_HOUSE.match(sentence)) is not None:
        part = Span(span.start + telling.end(), span.end)
        return _sentence_commitments(text, part, hits, on, speaker)
    if _QUESTION.search(sentence) or procedural(sentence, lowered):
        return []
    if bill_design(sentence):
        return []  # "Clause 6 sets out … when it will come into force": a Bill's design
    if HOPE.match(sentence):
        # "I hope that will provide further assurance that the data … will be handled
        # appropriately": what the speaker hopes, not what the Government undertakes; an
        # act the speaker names as the Government's own still counts ("I hope that I can
        # allay … by accepting the amendments")
        rules = tuple(rule for rule in rules if rule.kind in {"accepted", "undertaking"})
        if not rules:
            return []
    if hypothetical(sentence):
        # "If he writes to me, I will look into it": an undertaking on the member's
        # own step still counts, and so does what the Government will do once the member
        # has taken it ("If the hon. Gentleman … could let me know, we will sort that out");
        # any other conditional is a hypothetical
        rules = tuple(rule for rule in rules if rule.kind == "undertaking")
        if not rules:
            return []
    clauses = list(clauses_of(sentence))
    chosen: list[Trigger] = []
    whole: Commitment | None = None  # the first trigger's commitment over the whole sentence
    for offset, clause in clauses:
        triggers = triggers_in(clause, rules, checked=len(clauses) == 1)
        if triggers and speech_course(clause):
            continue  # "…, and I will explain why we chose that date": the speech's course
        # where two rules read the same words, the act done by saying them wins: "I am
        # today launching a call for evidence" is the launch, not work under way
        # a paper in the making that goes on to be put out ("The regulations are in the
        # process of being drafted and will be laid before the House in the autumn") is read
        # by that act ("We are consulting on the code and will publish…" stays two acts)
        for trigger in sorted(
            triggers,
            key=lambda t: (
                t.kind == "progressive"
                and "being" in clause[t.start : clause.find(t.verb, t.start)]
                and _AND_WILL.search(clause, t.start) is not None,
                t.start,
                t.kind not in SPEECH_ACTS,
            ),
        ):
            shifted = replace(trigger, start=offset + trigger.start)
            if in_quotes(text, span.start + shifted.start):
                continue  # "…, the CBI has said: “Business stands ready to deliver…”"
            if chosen and not _own_act(shifted):
                continue  # a later clause that describes rather than commits anew
            got = make_commitment(text, span, shifted, on, speaker)
            if got is not None:
                whole = whole or got
                chosen.append(shifted)
                break
    if len(chosen) <= 1:
        one = whole
        if one is not None and (second := _second_act(sentence, chosen[0])) is not None:
            # "We will model the recommendations and develop a framework by March": two acts
            at, trigger = second
            head = _trimmed(text, Span(span.start, span.start + at))
            tail = _trimmed(text, Span(span.start + at, span.end))
            shifted = replace(trigger, start=trigger.start - (tail.start - span.start))
            parts = (
                make_commitment(text, head, chosen[0], on, speaker),
                make_commitment(text, tail, shifted, on, speaker),
            )
            if all(parts):
                # a time phrase of the sentence dates both acts ("… and develop a framework
                # before the end of this financial year")
                return [
                    replace(
                        p,
                        deadline=p.deadline or one.deadline,
                        deadline_text=p.deadline_text if p.deadline else one.deadline_text,
                        start_date=p.start_date or one.start_date,
                        start_text=p.start_text if p.start_date else one.start_text,
                    )
                    for p in parts
                    if p is not None
                ]
        return [one] if one is not None else []
    made: list[Commitment] = []
    for i, trigger in enumerate(chosen):
        lo = 0 if i == 0 else _clause_start(clauses, trigger.start)
        hi = _clause_start(clauses, chosen[i + 1].start) if i + 1 < len(chosen) else len(sentence)
        part = Span(span.start + lo, span.start + hi)
        part = _trimmed(text, part)
        c = make_commitment(text, part, replace(trigger, start=trigger.start - lo), on, speaker)
        if c is not None:
            made.append(c)
    return made


_AND_WILL = re.compile(
    r"\band\s+(?:(?:it|they)\s+)?(?:will|shall)\s+(?:then\s+|also\s+)?(?:be\s+)?[a-z]+"
)
# A second verb of doing that shares the first's modal and subject: "we will model the
# recommendations and develop a revised framework", "I will publish it and invite comments".
_AND_VERB = re.compile(r"\s+and\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)\b")
# After the second verb: not a preposition (a noun then: "the plan and review of…"), nor a
# question ("review the position and decide whether…" is one act and its outcome).
_NOT_AFTER_VERB = frozenset(
    {"of", "for", "in", "on", "to", "with", "by", "at", "from", "and", "or", "is", "are",
     "whether", "if", "how", "what", "which"}
)  # fmt: skip


def _second_act(sentence: str, trigger: Trigger) -> tuple[int, Trigger] | None:
    """Where a second act joined by "and" begins, and its trigger, for a modal whose subject
    is the speaker or the Government ("we will publish the plan and consult on it")."""
    if trigger.kind != "modal" or trigger.passive or trigger.be:
        return None
    if not (
        I_OR_WE.fullmatch(trigger.subject.strip()) or government_subject(trigger.subject.strip())
    ):
        return None
    verb_at = verb_index(sentence, trigger)
    end = _ACT_BOUNDARY.search(sentence, verb_at)
    limit = end.start() if end is not None else len(sentence)
    for m in _AND_VERB.finditer(sentence, verb_at + len(trigger.verb), limit):
        word = m.group("verb")
        base = verb_lemma(word)
        if base != word or base in STATIVE or m.group("next") in _NOT_AFTER_VERB:
            continue
        if base not in VERBS and base not in ACTIONS:
            continue
        if not sentence[verb_at + len(trigger.verb) : m.start()].strip():
            continue  # "will accelerate and intensify progress": two verbs, one act
        rest = " " + m.group("next")
        return m.start(), Trigger(m.start("verb"), trigger.subject, word, rest, "modal")
    return None


# Where the words a modal governs end: the next clause or a subordinate one.
_ACT_BOUNDARY = re.compile(r"[;:—]|,\s|\s(?:which|who|that|so|because|while|when|if)\s")
_OWN_ACT_KINDS = frozenset(
    {"modal", "intent", "funding", "announced", "undertaking", "performative", "request"}
)


def _own_act(trigger: Trigger) -> bool:
    """Whether a later clause's trigger is an act of its own ("…, and we will legislate
    next year"), not more about the first ("…, and that group will be supported by…",
    "…, and work is already under way")."""
    if trigger.kind not in _OWN_ACT_KINDS:
        return False
    if trigger.passive:
        # "…, and further measures will be announced in the Bill": the Government's act,
        # unless the passive names someone else acting ("will be supported by the panel")
        return not trigger.rest.lstrip().startswith("by ")
    return trigger.kind in {"undertaking", "performative", "request"} or agentive(trigger.subject)


def _clause_start(clauses: list[tuple[int, str]], at: int) -> int:
    """Where the clause holding offset ``at`` starts."""
    return max(offset for offset, _ in clauses if offset <= at)


def _trimmed(text: str, span: Span) -> Span:
    """``span`` without the white space and joining punctuation at its ends."""
    start, end = span.start, span.end
    while end > start and text[end - 1] in " \n\t;,:—":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)
