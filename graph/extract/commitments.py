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
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from graph.extract.actors import (
    DEPARTMENT,
    EMBEDDED_GOVERNMENT,
    LEADING_ADVERBIAL,
    OWN_GOVERNMENT,
    agentive,
    resolve_actor,
)
from graph.extract.answers import answered
from graph.extract.commitment_fields import category_of, confidence_of, named_things, status_of
from graph.extract.commitment_model import KEEP, model_act, weigh
from graph.extract.commitment_rules import (
    BEING_STEP,
    HINT,
    SET_OFF,
    TRIGGERS,
    Rule,
    Trigger,
    key_hits,
    rules_for,
)
from graph.extract.commitment_vocab import (
    ACTIONS,
    COMING,
    DESCRIPTIVE,
    EFFECT_PRONE,
    NOMINALS,
    PARTICLES,
    STATIVE,
    STOP,
    VERBS,
    crude_lemma,
    lemma,
    verb_lemma,
)
from graph.extract.deadlines import Deadline, find_deadlines
from graph.extract.money import CURRENCY_SIGN, committed_amounts, find_amounts_with_spans
from graph.extract.repeats import same_measure
from graph.extract.sentences import lower_for_search, split_sentences
from graph.records import Commitment, MonetaryAmount, Span
from graph.vocab.kinds import SpeakerRole
from graph.vocab.office_roles import office_role
from graph.vocab.offices import canonical_office

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

# --- sentence filters ------------------------------------------------------

_SUBJECT_OTHERS = re.compile(
    r"\b(?:previous|last|former)\s+Government|\bOpposition\b|(?-i:\bCommission\b)|\bpresidency\b"
    r"|(?-i:\bCouncil\b)(?!\s+(?:of|for))|\bthe\s+(?:council|session)$|(?<!\bmy\s)(?<!\bmy\sright\s)"
    r"\bhon\.\s+(?:and\s+(?:right|learned|gallant)\s+hon\.\s+)?"
    r"(?:Friend|Member|Lady|Gentleman|Members)\b|\b(?:all|other|many|some)\s+Members\b|\bMembers\s+(?:of\s+(?:this|the)\s+House|present)\b"
    r"|\b(?:EU|ECOFIN|G20|UN|NATO|European\s+(?:Council|Commission|Parliament|Union))\b"
    r"|\bterrorists?\b|\bcountries\b"
    r"|\bpeople\b|\bbusiness(?:es)?\b|\bthey\b|\bvictims\b|\boffenders\b"
    r"|\bthose\s+(?:who|whose|facing|in|on|with|affected|living|working)\b"
    r"|\b(?:anyone|everyone|everybody|somebody|someone)\b"
    # what is left of "the hon. Gentleman" once the subject stops at "hon."
    r"|^(?-i:Gentleman|Lady|Member|Members)$",
    re.IGNORECASE,
)
_GOVERNMENT_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:" + OWN_GOVERNMENT + r"|government|Department"
    r"|Home\s+Office|Treasury|Cabinet\s+Office|(?:my\s+|our\s+)?officials|Ministers|"
    r"Ministry\b.*|Department\s+(?:for|of)\b.*|Secretary\s+of\s+State\b.*|Minister\b.*|"
    r"my\s+Department|our\s+Department|(?:cross-Government\s+)?ministerial\s+group|"
    r"UK\s+Border\s+Agency|Mayor\b.*|Prime\s+Minister|Chancellor\b.*"
    r"|my\s+(?:right\s+)?hon\.\s+(?:and\s+learned\s+)?Friend\b.*|my\s+noble\s+(?:and\s+learned\s+)?[Ff]riend\b.*)$",
    re.IGNORECASE,
)

# A minister named by the office and, as colleagues are, by courtesy: "my right honourable
# friend the Foreign Secretary (Margaret Beckett)", "the Under-Secretary of State for
# Defence".  The courtesy and a name in brackets are dropped; the office's own words
# decide (:func:`graph.vocab.office_roles.office_role`).
_COURTESY = re.compile(
    r"^(?:my\s+)?(?:(?:right|noble)\s+)?(?:hon(?:\.|ourable)\s+)?(?:and\s+(?:learned|gallant)\s+)?"
    r"(?:hon(?:\.|ourable)\s+)?friend,?\s+",
    re.IGNORECASE,
)
_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


def _government_acts(c: Commitment) -> bool:
    """Whether the rules found ``c`` with the Government, a department or a minister named
    as its doer ("My right honourable friend the Foreign Secretary will represent the UK",
    "The Government proposes to amend…"): said of the Government's side by name, not by
    "we" or "I", which the sentence model was mostly taught on and undervalues."""
    if c.found_by != "rules" or c.trigger != "modal":
        return False
    return any(_government_subject(t.subject.strip()) for t in _triggers(c.exact))


def _minister_by_office(subject: str) -> bool:
    """Whether ``subject`` names a minister by office, with or without the courtesy."""
    office = _IN_BRACKETS.sub("", _COURTESY.sub("", subject)).strip(" ,")
    if not office or len(office) > 90 or not (office[:1].isupper() or office.startswith("the ")):
        return False
    # the canonical office names it in full ("Foreign Secretary" -> "Secretary of State…")
    return office_role(canonical_office(office).label) == "minister"


def _government_subject(subject: str) -> bool:
    """Whether ``subject`` is the Government, a department or a minister of it."""
    return bool(_GOVERNMENT_SUBJECT.match(subject)) or _minister_by_office(subject)


_QUESTION = re.compile(r"\?\W*$")
# Procedure, not commitment: an opening ("I call…", "Let me…") or papers in the Library.
_PROCEDURAL_OPENING = re.compile(
    r"(?:Order[.!]?|I\s+call\b|I\s+commend\b|I\s+beg\s+to\s+move\b|I\s+thank\b|I\s+wish\b"
    r"|I\s+will\s+make\s+a\s+statement\b|Question\s+put\b|Let\s+me\b(?!\s+(?:\w+ly\s+)?(?:re)?assure)"
    # emphasis, not procedure: "Let me be very clear at the outset: we will still invest…"
    r"(?!\s+(?:be|make\s+(?:it|this|that))\s+(?:\w+\s+)?(?:clear|plain)\b[^.;?]{0,40}?:)"
    r"|Let\s+us\b|I\s+give\s+way\b)",
    re.IGNORECASE,
)
# Thanks, then a clause of the speaker's own that may commit ("I thank my hon. Friend for
# raising this, and I will write to him", "…and absolutely give her that assurance").
_THANKS_THEN = re.compile(
    r"I\s+thank\b(?:[^.;?]|(?<=hon)\.){0,200}?,?\s+(?=(?:and|but)\s+(?:(?:I|we)\s+)?"
    r"(?:\w+ly\s+|of\s+course\s+)?(?:will|shall|can|give|assure|am|are|have)\b)"
)
_PROCEDURAL_PAPERS = re.compile(
    r"\b(?:placed|deposited|available)\s+in\s+the\s+Librar(?:y|ies)\b|\bVote\s+Office\b"
    r"|\b(?:place|deposit)\b[^.;]{0,120}\bin\s+the\s+Librar(?:y|ies)\b",
    re.IGNORECASE,
)
# Procedure and courtesies anywhere in a sentence: acts on the debate itself ("With
# permission, I will make a statement", "I will come to that later in my speech", "I
# shall give way", "I will name him") and social acts ("I am pleased to follow…").
_PROCEDURE = re.compile(
    r"\b(?:I|we)\s+(?:will|shall|’ll|'ll|am\s+going\s+to|want\s+to|would\s+like\s+to|undertake\s+to)"
    + SET_OFF
    + r"\s+"
    r"(?:now\s+|briefly\s+|just\s+|also\s+|then\s+|therefore\s+|quickly\s+)*"
    r"(?:make\s+(?:a|this|the)\s+statement|make\s+(?:this|that|the|a|one|my)\s+(?:\w+\s+)?point\b|repeat\s+(?:a|the|that)\s+statement|give\s+way"
    r"|take\s+(?:no\s+lectures|(?:an?\s+|one\s+|more\s+|further\s+)?interventions?)"
    r"|make\s+(?:some\s+)?progress|come\s+(?:back\s+)?(?:on\s+)?to\s+(?:that|this|those|these)\b"
    r"|be\s+(?:coming|going|turning|returning)\s+(?:on\s+)?(?:to|into)\b|turn\s+(?:now\s+)?to\b"
    r"|say\s+(?:a\s+(?:few|little|word)|something|more)\b|name\s+(?:him|her|the)\b|call\b|cite\b"
    r"|(?:discuss|highlight|mention|touch\s+on|dwell\s+on|look\s+(?:briefly\s+)?at)\s+(?:just\s+|only\s+)?"
    r"(?:a\s+few|a\s+couple|some\s+of\s+(?:them|these|those)|(?:the|my|our)\s+(?:(?:two|three|four|five"
    r"|six|seven|main|key)\s+){1,2}(?:priorities|areas|themes|issues|points|questions|pillars))\b"
    r"|give\s+(?:an?\s+|one\s+|two\s+|some\s+|a\s+few\s+)?(?:\w+\s+)?examples?\b"
    r"|start\s+the\s+front|sum\s+up|conclude\b|finish\b|close\s+by|end\s+by|begin\s+by|start\s+by"
    r"|add\s+that\b|respond\s+(?:\w+ly\s+)?to\s+(?:the\s+|those\s+|these\s+|some\s+of\s+(?:the|those|these)\s+)?(?:debate|points?|hon)(?![^;?]{0,60}?\bin\s+writing\b)|try\s+to\s+(?:answer|respond|deal)"
    r"|respond\s+in\s+(?:general\s+)?terms|speak\s+(?:also\s+)?to\s+(?:the\s+)?(?:other\s+)?(?:[Gg]overnment\s+)?amendments?\b"
    r"|(?:start|begin|deal\s+first)\s+with\s+(?:the|his|her|their|a)\s+(?:\w+\s+)?(?:groups?\s+of\s+)?(?:question|point|issue"
    r"|amendment|contribution)s?\b"
    r"|provide\s+(?:some\s+|a\s+little\s+)?(?:context|background)\b"
    r"|deal\s+with\s+(?:that|those|these|the)\s+(?:(?:two|three|four|five|six|several|main|various"
    r"|specific)\s+)?(?:point|question|issue)s?\b"
    r"|(?:put|suspend)\s+the\s+(?:question|sitting)|now\s+(?:suspend|adjourn)"
    r"|make\s+(?:a\s+(?:number|couple)\s+of|some|a\s+few|two|three|several|one|my)\s+(?:\w+\s+)?points?\b"
    r"|refer\s+(?:him|her|them|the\s+(?:hon\.?\s+)?(?:member|gentleman|lady|deputy))\s+to\b"
    r"|take\s+(?:this|the)\s+opportunity\s+to\s+(?:\w+ly\s+)?(?:set\s+out|say|thank|remind|pay"
    r"|put\s+on\s+record|welcome|congratulate|explain|outline|clarify|mention|highlight"
    r"|reiterate|stress|emphasi[sz]e|answer|respond)"
    # going back to a point of the debate, or through what the speech will cover now
    r"|return\s+(?:briefly\s+)?to\s+(?:some\s+of\s+)?(?:the|that|this|those|these|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:points?|issues?|problems?|questions?|subjects?|themes?|matters?)\b)"
    r"|\b(?:I|we)\s+(?:will|shall)\s+(?:now|briefly|first)\s+(?:outline|set\s+out|explain|describe"
    r"|summarise|run\s+through|go\s+through)\b"
    r"|\blater\s+in\s+(?:my|this)\s+(?:speech|remarks|contribution)\b"
    r"|\bin\s+my\s+(?:closing|winding|concluding|final\s+remarks)"
    r"|\bI\s+(?:am|’m|'m)\s+(?:\w+ly\s+)?(?:pleased|delighted|glad|grateful|proud)\s+to\s+"
    r"(?:follow(?!\s+up)|welcome|see|hear|respond|have\s+(?:the|this)|open|close|take\s+part"
    r"|pay|join)\b"
    r"|\b(?:I|we)\s+(?:pay\s+tribute|congratulate|send\s+(?:our|my)|extend\s+(?:our|my))\b"
    # an amendment to be debated in a moment: "…, which we will consider shortly"
    r"|\b(?:which|that)\s+we\s+(?:will|shall)\s+(?:consider|debate|discuss|come\s+to|reach)\s+"
    r"(?:shortly|later|next|in\s+a\s+moment)\b"
    r"|\bbest\s+wishes\b|\bcondolences\b",
    re.IGNORECASE,
)
_PROCEDURE_WORDS = (
    "will", "shall", "’ll", "'ll", "going", "want", "like", "undertake", "later", "closing", "winding",
    "concluding", "final remarks",
    "pleased", "delighted", "glad", "grateful", "happy", "proud", "tribute", "congratulate",
    "send", "extend", "wishes", "condolences",
)  # fmt: skip
_CONDITIONAL = re.compile(r"(?:If|Unless|Should)\b")
# A sentence that is a hope: "I hope that…", "Finally, I hope the House will…"
_HOPE = re.compile(
    r"(?:\w+,\s+)?I\s+(?:very\s+much\s+|sincerely\s+|do\s+|also\s+)?hope\b(?!\s+to\b)"
)
# A sentence about what a part of a Bill does, in a minister's walk through it: "The clause
# will facilitate the sharing of information…", "Clause 4 is therefore required to…"
_BILL_PART = re.compile(
    r"(?:(?:Finally|Additionally|Furthermore|Moreover|Secondly|Thirdly|Similarly|Lastly|So|Also)"
    r",?\s+)?(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:new\s+)?(?:clause|schedule|subsection)\b"
    r"|(?:[Cc]lauses?|[Ss]chedules?|[Ss]ubsections?|[Pp]art)\s+\d"
    # what a whole Bill will do, not its passage: "This Bill will introduce the first major
    # reform…" (but "The Bill will be published…", "…will come into force in April")
    r"|(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:new\s+)?Bill\s+will\s+(?:also\s+)?"
    r"(?!be\b|come\b|now\b|return\b|go\b|proceed\b|complete\b|have\b|receive\b|start\b|begin\b"
    r"|take\s+effect\b|apply\b|commence\b|not\b)[a-z]+)"
)
# A Bill's commencement counted from its own passage is what its text provides, not a
# date the Government sets: "The Bill, as currently drafted, will come into force two
# months after it is passed", "…provides for the Bill to come into force on the day of
# Royal Assent" (but "The regulations will come into force on 27 November").
_ON_PASSAGE = re.compile(
    r"\bcom(?:e|es|ing)\s+into\s+(?:force|effect)\b[^.;]{0,40}?\b(?:after|on|upon|following)\s+"
    r"(?:the\s+day\s+(?:of|on\s+which)\s+)?(?:it\s+(?:is|was|has\s+been)\s+passed|its\s+passage"
    r"|(?:it\s+receives\s+)?Royal\s+Assent)",
    re.IGNORECASE,
)
# A condition that is a step of the member the minister answers: "If the hon. Gentleman has
# a case and he could let me know, …", "If my hon. Friends want to make representations…"
_MEMBERS_STEP = re.compile(
    r"If\s+(?:the\s+(?:hon\.|honourable|noble|right\s+hon\.)\s+(?:and\s+\w+\s+)?(?:Gentleman|Lady"
    r"|Member|Lord|Baroness|Friend)|(?:the|that)\s+[Mm]ember|my\s+(?:right\s+)?(?:hon\.|noble)\s+"
    r"(?:and\s+\w+\s+)?(?:Friends?|Lords?|Baroness)|hon\.\s+Members|noble\s+Lords|he|she)\s+"
    r"(?:has|have|wants?\s+to|wishes\s+to|would\s+like\s+to|could|can|will|would|writes|sends|is\s+not"
    r"|are\s+not|comes?|brings?)\b(?![^,]{0,40}\bforgive\b)"
)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't|cannot)\b", re.IGNORECASE)


# Patterns the rules below use on every clause or trigger, compiled once (``re``'s own
# cache costs a lookup per call).
_LAST_SUBJECT = re.compile(r",|\s+and\s+")
_I_OR_WE = re.compile(r"(?i:I|we)")
_I_WE_IT = re.compile(r"(?i:I|we|it)")
_CLEFT = re.compile(r"(?i:what|how|whether)\b")
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_WOULD_SUBJECT = re.compile(r"\b(?:I|we)\s+(?:would|could|should)\b")


_ENDS_IN_PRONOUN = re.compile(
    r"^.*\b(?:why|so|that|and|then|therefore|now|said|announced|confirmed|agreed|decided)\s+(I|we)$",
    re.I,
)


def _dynamic_verb(trigger: Trigger, after: str = "") -> str | None:
    """An agent's verb of doing outside the action table ("we will be asking", "will retain").

    Only the speaker, "we", the Government or a department can commit with any verb;
    a verb after "be" must be a participle (otherwise it is an adjective: "will be open").
    """
    subject = LEADING_ADVERBIAL.sub("", trigger.subject.strip()).strip(" ,")
    subject = _LAST_SUBJECT.split(subject)[-1].strip()
    subject = _ENDS_IN_PRONOUN.sub(r"\1", subject)  # "which is why we" -> "we"
    subject = EMBEDDED_GOVERNMENT.sub("", subject)  # "… to state that the Government" -> it
    subject = _THEN_ADVERB.sub("", subject)  # "We also intend to ask…" -> "We"
    acting = bool(_I_OR_WE.fullmatch(subject) or _government_subject(subject))
    if trigger.kind == "intent" and not subject:
        acting = True  # "It is my intention to engage with…": the speaker's own intention
    if trigger.passive:
        if acting or trigger.kind != "modal":
            return None  # "the Government will be guided by…": the subject is not acting
        return _measure_done(trigger)
    if not acting:
        return None
    verb = trigger.verb.split()[0].lower()
    if trigger.kind == "progressive" and not verb.endswith("ing"):
        return None
    if trigger.kind == "intent" and verb.endswith(("ing", "ed")):
        return None
    if trigger.kind == "modal" and trigger.be and not verb.endswith(("ing", "ed", "en")):
        return None
    base = verb_lemma(verb)
    if base == "do" and _DONE_AGAIN.match(trigger.rest):
        return "act"  # "we will continue to do that", "we will do the same at the polls"
    if base == "do" and (best := _DO_OUR_BEST.match(after or trigger.rest)):
        # "we will do our very best to address it": the commitment is the verb that follows
        return _action(best.group(1), "") or verb_lemma(best.group(1)) or "act"
    if base == "have" and _HAVE_DOCUMENT.match(after or trigger.rest):
        return "publish"  # "we will have a White Paper before the election"
    if (
        trigger.kind != "progressive"
        and base in {"take", "act", "make"}
        and (done := _ACTION_TAKEN.match(f"{base} {after or trigger.rest}"))
    ):
        # "we will be taking measures to strengthen the Act", "the Government intend to act",
        # "intend to make this name change"
        return "change" if done.group("change") else "review" if done.group("weigh") else "act"
    if base is None or base in STATIVE or verb in STATIVE:
        # "we will listen to, respect and engage with all parties": a verb of doing
        # coordinated after one of state is the act
        if (joined := _COORDINATED.match(after or trigger.rest)) is not None:
            later = verb_lemma(joined.group(1))
            if later is not None and later not in STATIVE:
                return later
        return None  # not a verb of doing the vocabulary knows ("will never", "are willing")
    return base


# Taking action named as such, and making a change.
_ACTION_TAKEN = re.compile(
    r"take\s+(?:\w+\s+){0,2}?(?:measures|steps|action|(?P<weigh>consideration))\b"
    r"|act\s*(?:$|[,.;]|\s+(?:on|to|now|quickly"
    r"|swiftly|immediately|as)\b)|make\s+(?:\w+\s+){0,3}?(?P<change>changes?)\b"
)
# Verbs coordinated after the first: "listen to, respect and engage with", "listen and act".
_COORDINATED = re.compile(
    r"(?:\s+(?:to|with|at|for))?(?:,\s+[a-z]+)*,?\s+and\s+(?:then\s+)?([a-z]+)\b"
    r"(?!\s+(?:the|a|an|our|their|his|her|its|this|that|these|those)\b)"
)


# Money as the subject: "the £10 million fund announced in January will support…", "the
# £600 million package will make a real difference": what the money is for is committed.
_MONEY_SUBJECT = re.compile(
    rf"{CURRENCY_SIGN}\s?\d[\d.,]*\s*(?:million|billion|bn|[mk])?\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:fund|funding|package|grant|programme|investment|scheme|settlement)\b"
)
# The Government's own instrument as the subject: "The guidance will also make it clear
# that…", "The legislation going through this House will ensure that we deliver…" (what
# its text will do is the Government's act; "the Bill will make a real difference" names
# no act, and no verb of the action table, so it stays out).
_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:(?:[Tt]he|[Tt]his|[Oo]ur|[Mm]y|[Tt]hese|[Nn]ew|[Dd]raft|[Ss]tatutory|[Rr]evised"
    r"|[Uu]pdated|[Ff]orthcoming|[Uu]pcoming)\s+)+(?:[\w-]+\s+){0,2}?(?:guidance|code|Bill"
    r"|legislation|regulations|order|strategy|White\s+Paper|Green\s+Paper|framework|amendments?"
    r"|new\s+clause|clause|Act)\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:Opposition|hon|right))"
)
# What such an instrument's text can do ("will support fair treatment" is an effect).
_WHAT_A_TEXT_DOES = frozenset({"make", "ensure", "require", "provide", "give"})
# An adverb between the subject and "intend to", "plan to": "we also intend to…".
_THEN_ADVERB = re.compile(
    r"(?<=\S)\s+(?:also|now|therefore|then|still|further|again|already|[a-z]+ly)$"
)
_MODAL_WORD = re.compile(r"\b(?:will|shall)\b|’ll\b|'ll\b")
# "have" with a document the Government produces: "we will have a White Paper".
_HAVE_DOCUMENT = re.compile(
    r"\s+(?:a|an|the|our|new|full|further)\s+(?:\w+\s+){0,2}?(?:White\s+Paper|Green\s+Paper|Bill"
    r"|strategy|plan|review|consultation|framework|action\s+plan|statement)\b",
    re.IGNORECASE,
)
# "do our (very) best to …": an effort promised to a named end.
# ("do all we can to support residents" is left out: an effort with no act named.)
_DO_OUR_BEST = re.compile(
    r"\s+(?:our|my)\s+(?:very\s+|level\s+|utmost\s+)?(?:best|utmost)\s+to\s+([a-z]+)", re.I
)
# What "do" takes when it names the speaker's own act again: "do that", "do the same".
_DONE_AGAIN = re.compile(r"\s+(?:that|this|so|the\s+same|exactly\s+that|likewise)\b", re.I)


# Participles that report how something is received or regarded, not a step taken:
# "will be welcomed", "will be affected", "will be based on…", "will be interested".
# (Verbs of the action table never get here: "will be funded" is found as "fund".)
_REGARDED = frozenset(
    {"affect", "please", "disappoint", "concern", "interest", "delight", "surprise", "worry",
     "encourage", "reassure", "impress", "judge", "base", "determine", "involve", "expect",
     "ask", "tempt", "satisfy", "convince", "persuade", "glad", "entitle", "allow",
     "permit", "oblige", "force", "remind", "inform", "invite", "prepare", "aware", "open",
     "close", "relate", "associate", "connect", "equip", "place", "position", "set",
     "debate", "vote", "scrutinise", "scrutinize", "reward", "excite", "relieve", "mind",
     "incline", "restrict", "limit", "disrupt", "delay", "divert", "tire", "bore", "amaze",
     "shock", "horrify", "alarm", "frustrate", "embarrass", "annoy", "anger", "upset",
     "qualify", "design", "intend", "aim", "need", "describe", "call",
     "name", "know", "mean", "suppose", "say", "tell", "deem", "see",
     "regard", "view", "treat", "welcome", "remember", "miss"}
)  # fmt: skip


def _measure_done(trigger: Trigger) -> str | None:
    """The action of a measure in the future passive ("5 million homes will be upgraded",
    "the search will be focused on London", "calculations will be done as part of…").

    A minister announcing what will be done is committing the Government to it, whatever
    the verb, unless the passive names someone else as the doer ("will be decided by the
    court"), the participle reports how something is received ("will be welcomed"), or
    it is the House's business ("will be debated").
    """
    subject = trigger.subject.strip(" ,;—")
    if _BY_SOMEONE.match(trigger.rest) or not subject:
        return None  # someone else does it, or no measure is named
    if _PERSON_SUBJECT.search(subject) and not (
        _EVERYONE.search(subject) and trigger.verb.lower() in _OFFERED
    ):
        return None  # a person ("he will be…"), unless everyone is offered something
    verb = trigger.verb.split()[0].lower()
    stems = {crude_lemma(verb), verb[:-1], verb[:-2]}  # "called" -> call, "placed" -> place
    if stems & _REGARDED:
        return None
    base = verb_lemma(verb)
    if base is None and _REGULAR_PARTICIPLE.fullmatch(verb):
        base = "act"  # "finalised", "costed": a verb the table lacks (the documented fallback)
    if base is None or base in _REGARDED or (base in STATIVE and base != "do"):
        return None
    return _action(verb, trigger.rest) or base


# What something will be held to be: "will be considered to have been signed", "will be
# treated as income" (not "will be considered by the panel", "will be done as part of").
_HELD_TO_BE = re.compile(
    r"(?:considered|deemed|treated|regarded|classed|counted)\s+(?:to\s+(?:be|have)|as)\b",
    re.IGNORECASE,
)
_PERSON_SUBJECT = re.compile(
    r"\b(?:he|she|they|you|I|we|everyone|everybody|anyone|someone)\s*$", re.IGNORECASE
)
_EVERYONE = re.compile(r"\b(?:everyone|everybody)\s*$", re.IGNORECASE)
_OFFERED = frozenset({"offered", "given", "provided", "paid", "guaranteed"})
_REGULAR_PARTICIPLE = re.compile(r"[a-z]{3,}(?:is|iz|at)ed|[a-z]{4,}ed")


# A publication on the day: "is now available", "has been published", or a document named.
_JUST_PUBLISHED = re.compile(r"\w+\s+(?:been|now|today)\b")
_DOCUMENT = re.compile(
    r"\b(?:report|summary|document|response|results|findings|guidance|strategy|plan|review"
    r"|consultation|memorandum|statement|paper|evaluation)\b",
    re.IGNORECASE,
)
_EXPECT_TO = re.compile(r"\bexpect\s+to\s+(?:\w+ly\s+)?$")

# A measure's own event in the future, with whoever speaks for the Government behind it.
_EVENT = re.compile(
    r"happen\b|proceed\b|go\s+(?:ahead|on|forward)\b|take\s+(?:effect|place)\b"
    r"|come\s+into\s+(?:force|effect)\b"
    r"|open(?:\s+(?:its|their)\s+doors)?\b"
)
# Events that are a measure's only when a time is given: "both universities will open
# their doors in 2014", "construction is expected to begin in September".
_TIMED_EVENT = re.compile(r"(?:open|begin|start|commence|take(?=\s+place))\b")
_EXPECTED_TO = re.compile(r"\bexpected\s+to\s+$")
# The speaker's own work named again as the subject of "will continue".
_OWN_WORK = re.compile(
    r"(?:^|\s)(?:that|this|(?:that|this|our|my|the\s+Government['’]s)\s+(?:work|outreach"
    r"|engagement|support|programme|dialogue|investment|effort|efforts|contact|contacts)"
    # "The Green Paper consultation will continue until next month"
    r"|the\s+(?:[\w-]+\s+){0,3}?(?:consultation|review|inquiry|talks|negotiations|pilot))\s*$",
    re.IGNORECASE,
)
_WH_END = re.compile(r"\b(?:what|whatever|how|whether|which|who|if)\s*$", re.IGNORECASE)

# "will be decided by the court": someone else does it (not a date: "by the end of 2009")
_BY_SOMEONE = re.compile(
    r"\s+by\s+(?!(?:the\s+)?(?:Government|Department|Ministry|my\s|our\s|me\b|us\b|end\b|start\b"
    r"|beginning\b|middle\b|close\b|time\b|next\b|then\b|spring|summer|autumn|winter|\d"
    r"|January|February|March|April|May|June|July|August|September|October|November|December))"
)


def _listed(verb: str) -> str:
    """The action of a verb the rules took as one (a target's, a list item's): its
    normalised form, its base form from the vocabulary, or "act" when the vocabulary does
    not know it, so that no action is ever a cut-off stem."""
    head = lemma(verb.split()[0])
    return ACTIONS.get(head) or verb_lemma(head) or "act"


def _listed_verb(words: list[str]) -> str | None:
    """The action of the verb ``words`` open with ("providing universal…", "maintain the
    budget"), read as :func:`_action` reads a trigger's, or the verb's own lemma when the
    list lacks it (as :func:`_listed` gives); None when the first word is no verb the
    vocabulary knows."""
    head = verb_lemma(words[0])
    if head is None:
        return None
    return _action(head, " " + " ".join(words[1:])) or head


def _action(verb: str, rest: str) -> str | None:
    """The normalised action of a verb phrase, or None when it is not a verb of doing."""
    if verb.lower() == "committed":
        words = rest.lower().split()
        if words[:1] == ["to"] and len(words) > 1 and (done := _listed_verb(words[1:])):
            return done  # "committed to providing universal coverage": what is provided
        object_word = words[-1] if words else ""  # "committed to the provision of…"
        return ACTIONS.get(NOMINALS.get(object_word, lemma(object_word)), "commit")
    words = verb.lower().split()
    head = lemma(words[0])
    tail = " ".join(words[1:] + rest.lower().split())
    for particle in PARTICLES:
        if tail.startswith(particle) and f"{head} {particle}" in ACTIONS:
            return ACTIONS[f"{head} {particle}"]
    if head == "be" and tail.startswith("able to review"):
        return "review"
    if words == ["in"] and tail.startswith("place"):
        return "provide"  # "transitional protection will be in place": put in place
    return ACTIONS.get(head)


# --- clauses and triggers ----------------------------------------------------

# A clause ends at a semicolon, a colon, a dash, a comma before a conjunction, or a
# conjunction that opens a new clause of the speaker's own ("We have supported businesses
# throughout and we will continue to do so": the subject of "will" is "we", not the
# businesses before it).
_CLAUSE_BREAK = re.compile(
    r";\s+|:\s+|,\s+(?=(?:and|but|so|while|whereas)\s)|—|\s+(?:and|but)\s+(?=(?:I|we)\s)"
)


def _clauses(sentence: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        yield start, sentence[start : match.start()]
        start = match.end()
    yield start, sentence[start:]


# Words that may stand right before a clause's subject; any other lower-case word there
# means the "subject" opens a relative clause ("the regulations we have today laid").
_BEFORE_SUBJECT = frozenset(
    {
        "and", "but", "so", "that", "which", "who", "as", "because", "since", "while", "when",
        "now", "today", "then", "therefore", "also", "why", "how", "where",
    }
)  # fmt: skip
_EMBEDDED_QUESTION = frozenset({"how", "whether", "what", "if"})
_PREPOSITIONS = frozenset(
    {"to", "of", "in", "on", "for", "with", "by", "at", "from", "about", "under"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "our", "its", "their", "any", "all", "each"}
)
_STANCE = re.compile(
    r"\b(?:confident|sure|think|believe|hope|know|expect|clear|aware|understand|feel|important"
    r"|essential|vital|crucial|imperative|anticipated|expected|envisaged|estimated|predicted"
    r"|forecast|likely|the\s+fact)\s+that\b"
    r"|\b(?:if|unless|whether|would|should|could|might)\b",
    re.IGNORECASE,
)


# Where a subject's head ends and a post-modifier begins: "the latest information | on farm
# business income", "a decision | whether to remove…".  Who acts, or whether the clause is
# a stance or a condition, is read in the head; words inside what modifies it ("business",
# "whether") name what the measure is about.
_POST_MODIFIER = re.compile(
    r"(?<=\w)\s+(?:of|on|for|about|into|from|over|under|across|between|within|towards?"
    r"|regarding|concerning)\s"
    # "whether" after a noun of deciding ("a decision whether…"), not after a verb ("asks
    # whether…": an indirect question)
    r"|\b(?:decision|question|choice|judge?ment|assessment|review)\b(?=\s+whether\s)",
    re.IGNORECASE,
)


def _head_end(subject: str) -> int:
    """Where ``subject``'s head noun phrase ends (its length when nothing modifies it)."""
    m = _POST_MODIFIER.search(subject)
    if m is None:
        return len(subject)
    return m.end() if m.group().isalpha() else m.start()  # a noun of deciding stays in


_RELATIVE = re.compile(r"\b(?:where|which|whereby|whose)\b")
_PAST_MAIN = re.compile(r"\b(?:was|were|had|has\s+been|have\s+been)\b|^\s*Following\b")
_SPEAKER_NEXT = re.compile(r"\s+(?:I|we)\b")


def _in_history(clause: str, m: re.Match[str]) -> bool:
    """A trigger inside a relative clause that hangs on an account of the past ("This was
    a consultation … where legislation will be used", "Following the 2006 report, which
    sets out the Government's intention to…"), not on the speaker's own act ("…, which we
    intend to lay this autumn")."""
    rel = _RELATIVE.search(clause, max(0, m.start() - 60), m.start("verb"))
    if rel is None or _SPEAKER_NEXT.match(clause, rel.end()):
        return False
    return _PAST_MAIN.search(clause, 0, rel.start()) is not None


_IS_TO = re.compile(r"\s+(?:is|are)\s+(?:also\s+|now\s+)?to\s")
_PURPOSE_NOUN = re.compile(
    r"\b(?:aim|ambition|approach|goal|intention|objective|purpose|task|idea|question|point"
    r"|answer|priority|challenge|job|role|way|thing|step|option|solution|policy|plan|hope|view"
    r"|position|advice|intent|focus|emphasis|mission|target|pledge|commitment|promise|duty)s?\s*$",
    re.IGNORECASE,
)


_LAST_PRONOUN = re.compile(r"\b(I|we)\s*$")
# A subject that opens with an adverbial phrase before its pronoun ("As with all
# negotiations … we", "In the light of that, we"), not a relative clause ("the rules we").
_ADVERBIAL_OPENING = re.compile(
    r"^\s*(?:As|In|On|At|After|Before|Following|With|Without|Through|Under|For|By|Once|Over"
    r"|Given|Despite|Alongside|Beyond|Within|Across|During|Between|From|Until|Since|Throughout"
    r"|Ahead|Towards|Upon|Having|Subject|Pending|Later|Earlier|Next|This|Starting|Beginning"
    r"|If|When|Whenever|Unless|While|Whilst|Although|Though|Because|Just\s+as|Now\s+that)\b",
    re.IGNORECASE,
)
# A hope or a guess the speaker puts before the clause: "We hope we are going to…", "I
# suspect that we will…".
_HOPED = re.compile(
    r"\b(?:I|we)\s+(?:\w+ly\s+|all\s+)?(?:hope|wish|suspect|imagine|guess|trust|dream)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# Words before "there will be…" that make it a belief or a forecast.
_FORESEEN = re.compile(
    r"\b(?:sure|hope|hoped|expect|expected|think|believe|suspect|imagine|doubt|fear|likely"
    r"|inevitabl[ey]|perhaps|may|might|if|unless|whether|predict\w*|assume|whereby|want)\b",
    re.IGNORECASE,
)
_SURE = re.compile(r"\s*(?:I|we)\s+(?:am|are)\s+(?:\w+ly\s+)?sure\b", re.IGNORECASE)
_OFFERED_TO_ALL = re.compile(
    r"\s+(?:will|shall)\s+(?:all\s+|also\s+)?be\s+(?:offered|given|provided|paid|guaranteed)\b"
)
_FACT_THAT = re.compile(r"\bthe\s+fact\s+that\s+$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^\s*(?:(?:and|but|so|yet|now|indeed|of\s+course)\b,?\s*)+", re.I)
_TOGETHER_WITH = re.compile(r",?\s*(?:together|along|jointly)\s+with\b.*$", re.IGNORECASE)


def _subject_ok(clause: str, start: int, subject: str, kind: str) -> str | None:
    """The trigger's subject as it acts (an adverbial opening dropped), or None when the
    subject is someone else's, a stance, a cleft or a relative clause."""
    if kind in {"undertaking", "performative", "target", "published", "funding"}:
        return subject
    if _HOPED.search(clause, 0, start) or _SURE.match(subject):
        return None  # "We hope we are going to get more…", "I am sure it will be…": beliefs
    pronoun = _LAST_PRONOUN.search(subject)
    opening = _CONJUNCTION.sub("", subject)  # "and in dealing with this I will…"
    adverbial = pronoun is not None and bool(_ADVERBIAL_OPENING.match(opening))
    if pronoun is not None and adverbial:
        # "As with all negotiations with third countries we will…", "Once this is
        # completed we will consult…": the subject is "we", not a relative clause
        start, subject = start + pronoun.start(1), pronoun.group(1)
    subject = subject.strip()
    named = DEPARTMENT.match(_TOGETHER_WITH.sub("", subject))  # "Department for Business, …"
    # "everybody will be offered help": what all are given is the Government's act
    offered = _EVERYONE.search(subject) and _OFFERED_TO_ALL.match(clause, start + len(subject))
    head = _head_end(subject)
    others = _SUBJECT_OTHERS.search(subject)
    stance = _STANCE.search(subject)
    if (not named and not offered and others and others.start() < head) or (
        stance and stance.start() < head
    ):
        return None
    if _CLEFT.match(subject):
        return None  # "What I will also make clear is that…": a cleft, not an undertaking
    if kind == "announced":
        subject = _TOGETHER_WITH.sub("", subject)
        if (
            not _I_WE_IT.fullmatch(subject)
            and not agentive(subject)
            and not _government_subject(subject)
        ):
            return None
    if _I_OR_WE.fullmatch(subject) and not adverbial:
        before = _TOKEN.findall(clause[:start])
        # "From this year we are committing…": an opening phrase, not a relative clause
        opened = bool(_ADVERBIAL_OPENING.match(_CONJUNCTION.sub("", clause[:start])))
        if before and before[-1].lower() in _EMBEDDED_QUESTION:
            return None  # "ask me how we are getting on…": an indirect question
        if _FACT_THAT.search(clause, 0, start):
            return None  # "struggled with the fact that we are implementing…": a fact named
        if (
            len(before) > 1
            and before[-1].lower() in {"which", "whom"}
            and before[-2].lower() in _PREPOSITIONS
        ):
            return None  # "the problem to which we are addressing ourselves": a relative clause
        if (
            before
            and not opened
            and before[-1][0].islower()
            and before[-1].lower() not in _BEFORE_SUBJECT
            and _DETERMINERS & {w.lower() for w in before[-3:]}
        ):
            return None  # "the regulations we have today laid": a relative clause
    return subject


# Adverbs a pattern may take for the verb: "will later be transferred", "has agreed to
# formally ratify", "will in time be absorbed".
_TIME_ADVERBS = frozenset({"later", "soon", "again", "then", "first", "next", "eventually"})
_IN_TIME = re.compile(r"^\s*time\b")


def _past_adverbs(verb: str, rest: str) -> tuple[str, str, bool]:
    """The verb and the words after it, adverbs before the verb skipped, and whether a
    "be" was skipped with them (the verb is then a participle or a gerund)."""
    words, be = rest.split(), False
    while words and (
        (verb.endswith("ly") and verb not in ("apply", "supply", "rely", "fly", "multiply"))
        or verb in _TIME_ADVERBS
        or (verb == "in" and _IN_TIME.match(" ".join(words)))
    ):
        if verb == "in":
            words = words[1:]
            if not words:
                break
        verb, words = words[0], words[1:]
        if verb == "be" and words:  # "will later be transferred": the participle is the verb
            verb, words, be = words[0], words[1:], True
    return verb, "".join(" " + w for w in words), be


# A commitment refused before the clause that would hold it: "I cannot give a commitment to
# the House tonight that this will happen", "we are not saying that we will…".
_DENIED = re.compile(r"\b(?:cannot|can't|not|never)\b[^,;]*\bthat\b", re.IGNORECASE)
# A subject followed by words set off by commas, right before the modal: a partner
# ("together with…") or an apposition ("my right hon. Friend").
_ASIDE = re.compile(
    r"(?P<np>\b[\w’'() -]{1,80}?),\s*(?:(?:together|along|jointly)\s+with\s+"
    r"|(?:my|our|the)\s+(?:right\s+)?(?:hon\.|honourable|noble)\s+)[^,;]{1,100},\s*$"
)


def _negated(clause: str, trigger_start: int, verb_at: int) -> bool:
    """Whether the trigger is negated, between its subject and verb or at the subject's
    end ("we do not intend to ban…", where "do not" falls inside the subject)."""
    return bool(
        _NEGATION.search(clause[trigger_start:verb_at])
        or _NEGATED_TAIL.search(clause, max(0, trigger_start - 24), trigger_start)
    )


_PARTICIPLE = re.compile(r"\s+([a-z][a-z-]*(?:ed|en|wn|ne|lt|ilt))\b")
_NEGATED_TAIL = re.compile(r"\b(?:not|never|n't|no\s+longer|cannot)\s*$", re.IGNORECASE)


# What matters, said of the speaker's side: "it is vital that we…", "it is right that we
# examine…", "it is crucial that we deliver…" (the gold takes none of these as a commitment).
_IT_MATTERS = re.compile(
    r"\b(?:it\s+is|it’s|it's|it\s+remains)\s+(?:\w+\s+)?(?:vital|important|essential|crucial"
    r"|right|imperative|critical)\s+that\s+$",
    re.IGNORECASE,
)

# A time clause's conjunction right before the subject: when something will be, not what.
_WHEN_BEFORE = re.compile(r"\b(?:when|once|until|whenever)\s+$", re.IGNORECASE)
_WHEN_OPENS = re.compile(r"(?:when|once|until|whenever)\s", re.IGNORECASE)
# A forecast framing the subject and its verb: "it is estimated that £2.8 billion will be
# spent", "the Agency forecasts the number of properties … will reduce".
_FORECAST = re.compile(
    r"\b(?:estimated|forecast|predicted|projected)\s+that\b"
    r"|\b(?:forecasts|predicts|estimates)\s+(?:that\s+)?(?:the|a|an|this|these|there)\b",
    re.IGNORECASE,
)


def _triggers(
    clause: str, rules: tuple[Rule, ...] = (), *, checked: bool = False
) -> Iterator[Trigger]:
    """The triggers in ``clause`` by ``rules`` (all of them by default), rule by rule.

    ``checked`` says the caller has already seen that each rule is possible here.
    """
    lowered = "" if checked else lower_for_search(clause)
    for rule in rules or TRIGGERS:
        if not checked and not rule.possible(clause, lowered):
            continue
        kind = rule.kind
        for m in rule.finditer(clause):
            subject = m.group("subject") or ""
            if kind == "request" and "object" in m.groupdict():
                subject = m.group("object")
            verb, rest, be_skipped = _past_adverbs(m.group("verb"), m.group("rest") or "")
            if _negated(clause, m.end("subject"), m.start("verb")):
                continue
            subject_at = m.start("subject") if kind != "request" else m.start()
            if kind == "modal" and not subject.strip():
                # "our department, together with the Treasury, will…", "The Chancellor, my
                # right hon. Friend, will…": the subject before the words set off by commas
                aside = _ASIDE.search(clause, 0, m.start("subject"))
                if aside is not None:
                    subject, subject_at = aside.group("np"), aside.start("np")
            if _IT_MATTERS.search(clause, max(0, subject_at - 60), subject_at):
                continue  # "it is vital that we continue to work…": what matters, not an act
            if kind == "modal" and _FORECAST.search(
                clause, max(0, subject_at - 60), m.start("verb")
            ):
                continue  # "it is estimated that £2.8 billion will be spent": a forecast
            acting = _subject_ok(clause, subject_at, subject, kind)
            if acting is None:
                continue
            subject = acting
            if kind == "modal" and (_WOULD_SUBJECT.search(subject) or _DENIED.search(subject)):
                continue  # "I cannot give a commitment … that this will happen"
            if kind == "modal" and (
                _WHEN_BEFORE.search(clause, max(0, subject_at - 12), subject_at)
                or _WHEN_OPENS.match(subject)
            ):
                continue  # "…by July next year, when full import controls will be in place"
            if kind not in {"undertaking", "performative"} and _in_history(clause, m):
                continue  # "This was a consultation … where legislation will be used"
            if _IS_TO.match(clause, m.end("subject")) and _PURPOSE_NOUN.search(subject):
                continue  # "its ambition is to…", "Defra's approach is to…": aims described
            be = bool(m.groupdict().get("be")) or be_skipped
            if kind == "request" and verb == "be" and (done := _PARTICIPLE.match(rest)):
                # "I have asked for the work to be fast-tracked": the step asked for
                verb, rest, be = done.group(1), rest[done.end() :], True
            passive = be and verb.endswith(("ed", "en", "de", "ne", "id"))
            if passive and kind == "modal" and verb.lower() in _AGENDA:
                continue  # "The following issues will be discussed at the council": business
            if (
                kind in {"modal", "existential"}
                and _AT_MEETING.search(clause)
                and not _I_OR_WE.fullmatch(subject.strip())
                and not _government_subject(subject.strip())
            ):
                continue  # "During the main Council there will be a discussion on…": its agenda
            yield Trigger(m.start(), subject, verb, rest, kind, passive, be)


# What a meeting's or a House's business will take up, by nobody's undertaking: "The
# following issues will be discussed at the council", "…will be debated in due course".
_AGENDA = frozenset({"discussed", "debated", "followed"})
# A meeting of others as the setting: "at the 7 March ECOFIN", "during the main Council".
_AT_MEETING = re.compile(
    r"\b(?i:at|during|in)\s+(?i:the\s+)?(?:[\w-]+\s+){0,3}?(?:Council|ECOFIN|summit|Summit|session"
    r"|Eurogroup)\b"
)


# --- filling the record --------------------------------------------------------

_NEW_MONEY = re.compile(
    r"\b(?:new|extra|additional|further|increased)\s+(?:[\w-]+\s+){0,3}?[£€$]"
    r"|[£€$][\d.,]+\s*(?:[mk]|bn|million|billion)?\s+(?:of\s+)?(?:new|extra|additional)\b",
    re.IGNORECASE,
)


_DUE_BY = re.compile(
    r"(?i:by|before|until|till|no\s+later|ahead|within|the\s+end|at\s+the\s+end|on\b|in\s+the\s+(?:first|second))"
)


_ALLOCATED = re.compile(r"(?i:allocated|earmarked|set\s+aside|ring-?fenced|budgeted)$")
_LOOKING_BACK = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:last|past|previous)\b|\bsince\b|\bso\s+far\b"
    r"|\bto\s+date\b|\balready\b|\blast\s+year\b",
    re.IGNORECASE,
)
# A budget's money for the year, as a budget vote states it ("the budget increased from
# R79 million in 2011-12 to R91 million in 2012-13"), and the words that make a rise history
# ("since 2010", "over the past five years"; "in the last year" names the year before).
_BUDGET_RISE = re.compile(r"(?i:increase|amounts|received|is\s)")
_RISEN_SINCE = re.compile(
    r"\b(?:since|so\s+far|to\s+date)\b|\b(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?"
    r"(?:years|decade|parliament)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)(\d\d)(?:[-–/](\d\d(?:\d\d)?))?\b")


def _years_before(sentence: str, on: date | None) -> bool:
    """Whether every year the sentence names ended before ``on``'s year ("in 2009",
    "2010-11" said in 2016); a sentence naming none says nothing."""
    if on is None:
        return False
    ends = []
    for m in _YEAR.finditer(sentence):
        first = 1900 + int(m.group(1)) if m.group(0).startswith("19") else 2000 + int(m.group(1))
        ends.append(first + (1 if m.group(2) else 0))
    return bool(ends) and max(ends) < on.year


_MONEY_ACTIONS = frozenset({"fund", "provide", "invest", "spend", "allocate", "increase", "extend"})
_YEARLY = re.compile(r"(?i:year|\d{4}[-–/]\d{2})")


def _budget_period(
    deadline: Deadline, amounts: tuple[MonetaryAmount, ...], action: str = "fund"
) -> bool:
    """Money to be spent in or over a period is not due by its end ("£125 million next
    year", "£5 billion over the next two years", "for 2010-11"): with an amount, only a
    phrase saying "by", "before", "within" or a day is a deadline."""
    if deadline.text.lower().startswith("for "):
        return True  # "contracts for 2010-11": the period, never a due day
    yearly = _YEARLY.search(deadline.text) is not None
    spending = action in _MONEY_ACTIONS
    return bool(amounts) and spending and yearly and not _DUE_BY.match(deadline.text)


def _verb_at(sentence: str, trigger: Trigger) -> int:
    at = sentence.find(trigger.verb, trigger.start)
    return at if at >= 0 else len(sentence)


def _timed(sentence: str, on: date | None) -> bool:
    """Whether the sentence names a day the measure is due by or starts on."""
    return any(d.due is not None or d.starts is not None for d in find_deadlines(sentence, on=on))


# A subject that counts things rather than naming one: "various projects", "many of these".
_SOME_OF_MANY = re.compile(
    r"\b(?i:many|most|some|several|various)\s+(?:of\s+(?:these|them|those|the)\s*)?[\w’' -]{0,40}$"
)
_BEING = re.compile(r"\s+(?:is|are)\s+(?:\w+\s+)*?being\s")
# Participles coordinated with a progressive's verb: "are funding X, rolling out Y and…"
# ("the continuation and restarting of day services" coordinates nouns: no act there)
_AND_PARTICIPLE = re.compile(r"(?:,\s+|\s+and\s+)([a-z]+ing)\s+(?!that\b|to\b|of\b)")
# A commitment the speaker's side confirms or takes on, before the act it names.
_COMMITMENT_TO = re.compile(r"\b(?:commitment|committing\s+\w+)\s+to\b")
_CLOSELY_WITH = re.compile(
    r"\s+(?:very\s+)?(?:closely|intensively|constructively)\s+with\b"
    r"|\s+(?:very\s+)?closely\s+on\s+(?:this|that|it|these|those)\b",  # nothing named
    re.IGNORECASE,
)
_SPEAKING = frozenset({"talk", "speak", "say", "argue", "think"})
_WITH_SOMEONE = re.compile(
    r"\s+(?:(?:\w+ly|right|also)\s+)?(?:across\s+\w+\s+)?with\b", re.IGNORECASE
)
# What work with someone is for: "working with Treasury colleagues to deliver that".
_PURPOSE = re.compile(r"\b(?:to|so\s+that|in\s+order\s+to)\s+(?!the\b|a\b|an\b)[a-z]+\b")


# What a stance is committed to ("The Government are committed to protecting and
# promoting the strengths of our Union"): a verb of upholding, with no deliverable.
_UPHOLDING = frozenset(
    {"protect", "promote", "uphold", "defend", "strengthen", "support", "maintain", "ensure",
     "tackle", "improve", "champion", "safeguard", "respect", "value", "preserve", "keep",
     "help", "encourage", "eradicate", "eliminate", "get"}
)  # fmt: skip
_COMMITTED_TO = re.compile(r"\bcommitted\s+to\s+([a-z]+ing)\b")
# What "committed to the …" names, up to the clause's end, and the nouns that make it a
# measure rather than a value ("committed to a national funding formula review").
_COMMITTED_TO_NOTHING = re.compile(r"\s+to(?:\s+(?:that|this|it|them))?\s*(?:[.;,?!—]|$)")
_COMMITTED_TO_A_VALUE = re.compile(r"\s+to\s+(?:the|a|an|our|this|its)\s+[^,.;:?]{1,80}")
_DELIVERABLE_NOUN = re.compile(
    r"\b(?:review|consultation|reform|programme|scheme|plan|strategy|Bill|legislation|target|fund"
    r"|funding|investment|delivery|provision|introduction|implementation|publication|extension"
    r"|expansion|establishment|creation|development|roll-?out|pilot|project|package|deal"
    r"|agreement|timetable|date|deadline)s?\b",
    re.IGNORECASE,
)
_VALUE_NOUN = re.compile(
    r"\b(?:independence|principles?|values?|rights|freedoms?|Union|integrity|rule\s+of\s+law"
    r"|sovereignty|democracy|equality|interests|well-?being|ideals?|spirit)\b",
    re.IGNORECASE,
)
_DETERMINED_EFFORT = re.compile(
    r"\bdetermined\s+to\s+(?:tackle|make\s+sure|sort|do\s+(?:something|all|everything|what)"
    # an outcome sought, not an act: "to keep moving forward", "to get this right", "to
    # make that route unviable"
    r"|keep\s+(?:moving|going|pushing)|get\s+(?:this|it|that|things)\s+right|make\s+(?:[\w-]+\s+){1,3}?"
    r"(?:unviable|impossible|harder|easier|safer|better|fairer|stronger|work))\b"
    r"|\bcommitted\s+to\s+doing\s+(?:all|everything|whatever|what)\s+(?:we|it|they|I)\s+can\b"
    # a way to be, not an act: "committed to being transparent about the budget"
    r"|\bcommitted\s+to\s+being\b"
)


def _upholds(trigger: Trigger, sentence: str, on: date | None) -> bool:
    """ "We are committed to protecting…", "to ensuring a strong police presence": a
    commitment to a stance, not to a measure, unless money or a time comes with it."""
    if _DETERMINED_EFFORT.search(sentence, trigger.start, _verb_at(sentence, trigger) + 40):
        # "we are determined to tackle the harm…", "to make sure that…": an effort, no act
        return not _NEW_MONEY.search(sentence) and not _timed(sentence, on)
    if trigger.verb == "committed" and _COMMITTED_TO_NOTHING.match(
        sentence, _verb_at(sentence, trigger) + len(trigger.verb)
    ):
        # "We are absolutely committed to that.", "…something the Government are committed
        # to.": agreement with a stance named elsewhere, no measure of its own
        return not _NEW_MONEY.search(sentence) and not _timed(sentence, on)
    value = (
        _COMMITTED_TO_A_VALUE.match(sentence, _verb_at(sentence, trigger) + len(trigger.verb))
        if trigger.verb == "committed"
        else None
    )
    if (
        value is not None
        and _VALUE_NOUN.search(value.group(0))
        and not _DELIVERABLE_NOUN.search(value.group(0))
    ):
        # "I am committed to the editorial independence of the BBC": a value, not a measure
        return not _NEW_MONEY.search(sentence) and not _timed(sentence, on)
    m = _COMMITTED_TO.search(sentence, trigger.start, _verb_at(sentence, trigger) + 40)
    if m is None:
        return False
    word = m.group(1)
    # the verb's base form, even for a verb of no deed the vocabulary lists ("improving")
    bases = {verb_lemma(word), word[:-3], word[:-3] + "e", word[:-4]}
    if not bases & _UPHOLDING or _NEW_MONEY.search(sentence):
        return False
    return not _timed(sentence, on)


def _deliverable(sentence: str, start: int) -> bool:
    """Whether a purpose after ``start`` (the verb's end) names something to do ("…to
    review the rules"), not a stance to keep ("…to ensure they have the powers")."""
    for m in _PURPOSE.finditer(sentence, start):
        verb = m.group(0).split()[-1]
        if verb_lemma(verb) is not None and lemma(verb) not in _UPHOLDING:
            return True
    return False


def _describes(trigger: Trigger, sentence: str, on: date | None) -> bool:
    """A present-tense description ("we are spending £80 billion", "we are working hard
    to…"), not work under way on a deliverable: a descriptive verb with neither new
    money nor a time to come."""
    if trigger.rest.lstrip().startswith(("hard ", "tirelessly ", "constantly ", "forward to")):
        return True  # "working hard to…", "we are looking forward to…": effort and stance
    # "we are working…" and, in the present, "we continue to work…" describe the same work
    working = trigger.verb.lower() in ("working", "work")
    if (
        working
        and _CLOSELY_WITH.match(trigger.rest)
        and not _timed(sentence, on)
        and (
            trigger.verb.lower() == "working"
            or not _deliverable(sentence, _verb_at(sentence, trigger) + len(trigger.verb))
        )
    ):
        # "we are working closely with the police to press down on…", "we continue to work
        # closely with councils…": a partnership described, not a deliverable ("we continue
        # to work closely with the coroners to review the rules" names one)
        return True
    if (
        working
        and _WITH_SOMEONE.match(trigger.rest)
        and not _PURPOSE.search(sentence, trigger.start)
        and not _timed(sentence, on)
    ):
        return True  # "we are also working with Portsmouth": a partnership, no deliverable
    if crude_lemma(trigger.verb.split()[0]) in _SPEAKING and trigger.rest.lstrip().startswith(
        ("about ", "as ", "of ", "here ")
    ):
        return True  # "we are talking about centralisation", "we are speaking as the party…"
    if crude_lemma(trigger.verb.split()[0]) not in DESCRIPTIVE:
        return False
    if re.search(r"\bunder\s+(?:\w+\s+)?(?:review|consideration)\b", trigger.rest):
        return False  # "we keep this under review": a matter kept open, not a description
    if _NEW_MONEY.search(sentence):
        return False
    verb_at = sentence.find(trigger.verb, trigger.start)
    for m in _AND_PARTICIPLE.finditer(sentence, max(verb_at, 0)):
        base = verb_lemma(m.group(1))
        if base is not None and base not in DESCRIPTIVE and base not in STATIVE:
            # "are funding free meals, rolling out breakfast clubs and making…": one of
            # the acts the auxiliary governs is one of doing
            return False
    return not _timed(sentence, on)


# What a confirmation must go on to say to confirm a measure: something to come, a
# decision taken, work under way, money or the day's act.
# A decision taken, as a confirmation or news reports it: "we have agreed", "has set aside".
_DECIDED = (
    r"accepted|agreed|decided|committed|approved|allocated|launched|published|laid|appointed"
    r"|extended|established|secured|set\s+aside|earmarked"
)
_MEASURE_AHEAD = re.compile(
    rf"\b(?:will|shall|going\s+to|(?:is|are)\s+to|ha(?:ve|s)\s+(?:now\s+)?(?:{_DECIDED}|asked)"
    r"|(?:am|are|is)\s+(?:now\s+)?\w+ing"
    rf"|being|under\s?way|today|intend|plan)\b|{CURRENCY_SIGN}\s?\d",
    re.IGNORECASE,
)


_FOR_COMMENT = re.compile(r"\bfor\s+(?:public\s+)?(?:comment|consultation)\b")
# What a target stated as a number is called ("our target is 3 million apprentices").
_TARGET_NOUNS = frozenset({"target", "ambition", "goal", "aim", "plan", "objective"})
# How work on a measure is said to be going on ("work is taking place", "has commenced").
_UNDER_WAY = frozenset({"under", "underway", "commenced", "begun", "started", "ongoing"})
_STUDY = re.compile(r"\s*(?:\w+\s+)?(?:stud(?:y|ies)|consultations?)\b", re.IGNORECASE)
# The same said of work, not of the speaker: "work is taking place", "plans are progressing"
# ("we are taking action", "we are progressing well with…" are descriptions).
_GOING_ON = frozenset({"taking place", "progressing"})
# Talks between others: "talks are taking place between NHS employers and the BMA".
_BETWEEN_OTHERS = re.compile(
    r"\s*(?:now\s+)?between\b(?![^.;]{0,80}\b(?:the\s+Government|(?:the|my|our)\s+Department|us|me"
    r"|(?:my|our)\s+officials)\b)"
)
_COMPLETED = re.compile(r"\b(?:or|and)\s+(?:has\s+|have\s+)?(?:been\s+)?(?:completed|finished)\b")
# News commits only to a decision or money that follows ("is rising" is not one).
_NEWS_AHEAD = re.compile(
    rf"\b(?:will|shall|going\s+to|ha(?:ve|s)\s+(?:now\s+|also\s+)?(?:{_DECIDED}))\b"
    rf"|{CURRENCY_SIGN}\s?\d",
    re.IGNORECASE,
)
# Verbs of an assurance or an undertaking given ("I can assure him…", "I give her that
# assurance", "we have made the commitment that…").
_ASSURING = frozenset({"assure", "reassure", "assured", "give", "make", "given", "made"})
# Verbs of telling: a confirmation or news commits only to a measure that follows.
_NEWS_VERBS = frozenset({"confirm", "say", "report", "inform", "tell"})
_ARTICLES = frozenset({"a", "an", "the"})


# A state the modal promises rather than an act: "will be recyclable", "will be six
# months", "will reach 11%" (a participle after "be" is an act in the passive).
_STATE = re.compile(
    r"\s*(?:\w+ly\s+)?(?:be\s+(?!able\b|\w+(?:ed|en|ing)\b)|reach\b|fall\s+to\b|rise\s+to\b)"
)
# What frames it as foreseen or as someone's words, or names what no government sets: a
# forecast or a report, not a target.
_FORESEEN_STATE = re.compile(
    r"\b(?:expect\w*|forecast\w*|project(?:ed|ion|ions|s)|estimat\w*|predict\w*|likely|anticipat\w*"
    r"|hope\w*|think|believe|sure|confident|if|unless|when|said|says|told|stated)\b"
    r"|\b(?:inflation|growth|unemployment|borrowing|debt|deficit|GDP|economy|prices?|weather"
    r"|temperatures?|population|demand|rates?)\b",
    re.IGNORECASE,
)


def _state_by_date(sentence: str, trigger: Trigger, on: date | None) -> bool:
    """Whether the modal ``trigger`` promises a state by a dated deadline: "All packaging
    will be recyclable by 2025", "the maximum wait will be five months by 2003", "it will
    reach 11% by June" (a target), and nothing frames it as a forecast."""
    if trigger.kind != "modal" or trigger.passive or "by " not in sentence.lower():
        return False
    modal = _MODAL_WORD.search(sentence, trigger.start)
    if modal is None or not _STATE.match(sentence, modal.end()):
        return False
    if _FORESEEN_STATE.search(sentence, 0, modal.start()) or _I_OR_WE.fullmatch(
        trigger.subject.strip()
    ):
        return False
    return any(
        d.kind == "deadline" and d.due is not None and d.text.lower().startswith("by ")
        for d in find_deadlines(sentence, on=on)
    )


def _commitment(
    text: str, span: Span, trigger: Trigger, on: date | None, speaker: str | None
) -> Commitment | None:
    sentence = text[span.start : span.end]
    state = False  # a state promised by a date: a target
    if trigger.kind in {"performative", "accepted"}:
        verb = trigger.verb.lower()
        ahead = _MEASURE_AHEAD if verb == "confirm" else _NEWS_AHEAD
        if verb in _NEWS_VERBS and not ahead.search(sentence, trigger.start):
            return None  # "I can confirm that when I grew out of it, it remained…": a fact
        action = "announce" if trigger.kind == "performative" else "accept"
        if trigger.kind == "performative" and trigger.verb.lower() in _ASSURING:
            action = "undertake"
        inner = [t for t in _triggers(sentence[trigger.start + 1 :]) if t.kind != "performative"]
        if inner and inner[0].kind == "accepted":
            action = "accept"
        elif inner:
            action = _action(inner[0].verb, inner[0].rest) or action
    elif trigger.kind == "progressive" and (
        trigger.verb.lower().split()[0] in _UNDER_WAY
        or (
            " ".join(trigger.verb.lower().split()) in _GOING_ON
            and not _I_OR_WE.fullmatch(trigger.subject.strip())
            and not _government_subject(trigger.subject.strip())
        )
    ):
        if _COMPLETED.search(sentence):
            return None  # "work has begun or been completed on 95% of…": progress reported
        verb_at = sentence.find(trigger.verb, trigger.start)
        if _BETWEEN_OTHERS.match(sentence, verb_at + len(trigger.verb)):
            return None  # "talks are taking place between the employers and the union"
        action = "implement"  # "work is under way", "construction has commenced"
        if _STUDY.match(trigger.subject):
            action = "review"  # "a study on the river is also taking place": a review
    else:
        found = _action(trigger.verb, trigger.rest)
        if trigger.verb == "have" and trigger.rest.endswith("more to say"):
            found = "set-out"  # "we will have more to say about Medway in due course"
        if trigger.kind == "funding" and trigger.verb == "available":
            found = "provide"  # "the £1.25 billion … will be available during this Parliament"
        if trigger.kind == "target" and trigger.verb.lower() in _TARGET_NOUNS:
            found = "reach"  # "our target is 3 million apprentices": a number to reach
        elif trigger.kind == "undertaking" and trigger.verb.lower().startswith("get on"):
            found = "follow-up"  # "I will get on to it right away"
        elif trigger.kind == "progressive" and trigger.verb.lower().startswith(("keep", "monitor")):
            found = "review"  # "the Secretary of State keeps the restrictions under review"
        elif trigger.kind == "undertaking" and "into account" in sentence[trigger.start :]:
            found = "review"  # "I will take his representations into account"
        elif trigger.kind == "undertaking" and trigger.verb.lower().startswith("respond"):
            found = "write"  # "I will respond to her in writing"
        if (
            found is None
            and lemma(trigger.verb.split()[0]) == "take"
            and re.search(r"\bdecisions?\b[^.;]*\btaken\b", sentence, re.IGNORECASE)
        ):
            found = "decide"  # "a decision … will be taken"
        if lemma(trigger.verb.split()[0]) == "take" and "opportunity" in trigger.rest:
            # "take the opportunity (…) to lay the regulations": the real verb follows
            later = re.search(r"\bto\s+([a-z]+)\s+(\S+)", sentence[trigger.start :])
            found = _action(later.group(1), " " + later.group(2)) if later else None
        if (
            found is None
            and trigger.kind == "intent"
            and trigger.verb.endswith("ing")
            and _COMMITMENT_TO.search(sentence, trigger.start, _verb_at(sentence, trigger))
        ):
            found = verb_lemma(trigger.verb)  # "confirmed our commitment to reopening…"
        if found is None and trigger.kind in {"modal", "progressive", "intent"}:
            verb_at = sentence.find(trigger.verb, trigger.start)
            modal = _MODAL_WORD.search(sentence, trigger.start)
            verb_after = sentence.find(trigger.verb, modal.end()) if modal else verb_at
            after = sentence[verb_after + len(trigger.verb) :] if verb_after >= 0 else ""
            found = _dynamic_verb(trigger, after)
            if found is not None and _EXPECT_TO.search(sentence, trigger.start, max(verb_at, 0)):
                found = None  # "we expect to save £1 billion": a forecast, not an act
        if (
            found is None
            and trigger.kind == "modal"
            and _EVENT.match(trigger.verb + trigger.rest)
            and not _WH_END.search(trigger.subject)
        ):
            found = "implement"  # "removals will happen very soon", "that work will go on"
        if (
            trigger.kind == "modal"
            and _TIMED_EVENT.match(trigger.verb + trigger.rest)
            and (
                found == "implement"
                or _EXPECTED_TO.search(sentence, 0, _verb_at(sentence, trigger))
            )
            and not _timed(sentence, on)
        ):
            return None  # "the doors will open", "is expected to start": no time, no schedule
        if (
            found is None
            and trigger.kind == "modal"
            and trigger.verb.lower() == "continue"
            and _OWN_WORK.search(trigger.subject)
        ):
            found = "continue"  # "that will continue", "our outreach will continue"
        if trigger.kind == "funding":
            if (_ALLOCATED.match(trigger.verb) or trigger.verb.lower() == "announced") and (
                _LOOKING_BACK.search(sentence) or _years_before(sentence, on)
            ):
                return None  # "have allocated £40 million over the last five years": spent
            if _BUDGET_RISE.match(trigger.verb) and (
                _RISEN_SINCE.search(sentence) or _years_before(sentence, on)
            ):
                return None  # "the budget has increased by £4 billion since 2010": history
            found = found if found in {"provide", "fund", "invest"} else "fund"
        if found is None and trigger.kind == "published":
            if not _JUST_PUBLISHED.match(sentence, trigger.start) and not _DOCUMENT.search(
                sentence, 0, trigger.start
            ):
                return None  # "All answers … are available on the website": a standing fact
            found = "publish"  # "A report … is now available on the website"
        if trigger.kind == "progressive" and _FOR_COMMENT.search(trigger.rest):
            found = "consult"  # "I have gazetted for comment a draft policy": out for comment
        if found is None and trigger.kind == "request" and trigger.passive:
            found = verb_lemma(trigger.verb)  # "…asked for work to be fast-tracked"
        if found is None and trigger.kind == "progressive" and BEING_STEP.match(trigger.verb):
            found = _listed(trigger.verb)  # "the codes are being finalised"
        if found is None and trigger.kind == "announced":
            # "we have also agreed to a partnership with…"; a decision to do anything
            found = "agree" if trigger.verb.lower() in _ARTICLES else _listed(trigger.verb)
            if "decision" in trigger.verb:
                found = "decide"  # "we have taken a decision that…"
        if trigger.kind == "existential":
            if _FORESEEN.search(sentence, 0, trigger.start):
                return None  # "I am sure there will be a review…": a belief, not a promise
            noun = " ".join(trigger.verb.lower().split())
            found = (
                COMING.get(noun)
                or COMING.get(noun.rstrip("s"))
                or COMING.get(noun[:-3] + "y")
                or ACTIONS.get(NOMINALS.get(noun, ""))  # "That extension will be coming forward"
                or (ACTIONS.get(lemma(noun.rsplit("-", 1)[-1])) if noun.endswith("ing") else None)
            )  # "co-commissioning coming up": commission
        if found is None and _state_by_date(sentence, trigger, on):
            found, state = "achieve", True  # "All packaging will be recyclable by 2025"
        if found is None and trigger.kind in {"undertaking", "target", "list"}:
            found = "follow-up" if trigger.kind == "undertaking" else _listed(trigger.verb)
        if trigger.kind == "list":
            found = _listed(trigger.verb)
        if found is None:
            return None
        head = lemma(trigger.verb.split()[0])
        if trigger.passive and _HELD_TO_BE.match(trigger.verb + trigger.rest):
            return None  # "the entry will be considered to have been signed": how it is held
        if head == "benefit" and not find_amounts_with_spans(sentence):
            return None  # "councils will benefit from £1.7 billion", not "from the changes"
        if (
            trigger.kind == "progressive"
            and _BEING.match(sentence, trigger.start + len(trigger.subject))
            and _SOME_OF_MANY.search(sentence, 0, trigger.start + len(trigger.subject))
        ):
            return None  # "various projects are being implemented": no measure named
        if trigger.kind in {"progressive", "intent"} and _upholds(trigger, sentence, on):
            return None  # "we are committed to protecting the Union": a stance
        if trigger.kind == "progressive" and _describes(trigger, sentence, on):
            return None  # "we are spending…", "we continue to fund…": a description
        if (
            trigger.kind == "modal"
            and not trigger.passive
            and head in EFFECT_PRONE
            # "I have already said that we will give…": the one who acts is "we"
            and not agentive(_ENDS_IN_PRONOUN.sub(r"\1", trigger.subject.strip()))
            and not (found in {"provide", "fund", "continue"} and find_amounts_with_spans(sentence))
            and not (head in _WHAT_A_TEXT_DOES and _DOCUMENT_SUBJECT.match(trigger.subject))
            and not _MONEY_SUBJECT.search(
                sentence, max(0, trigger.start - 4), _verb_at(sentence, trigger)
            )
            and not (found == "continue" and _OWN_WORK.search(trigger.subject))
        ):
            return None
        action = found
    amounts = committed_amounts(sentence)
    times = find_deadlines(sentence, on=on)
    deadlines = [
        d for d in times if d.kind == "deadline" and not _budget_period(d, amounts, action)
    ]
    # a time in the subject dates the subject ("DFID's expenditure in 2008-09 … will be
    # published in July"): one after the act's verb, when there is one, dates the act
    verb_at = _verb_at(sentence, trigger)
    dated = [d for d in deadlines if d.due is not None]
    due = next(
        (d for d in dated if d.span.start > verb_at and trigger.start < verb_at),
        dated[0] if dated else (deadlines[0] if deadlines else None),
    )
    begins = next((d for d in times if d.kind == "start" and d.starts is not None), None)
    actor = resolve_actor(text, span, trigger)
    lowered = lower_for_search(sentence)
    return Commitment(
        span=span,
        exact=sentence,
        actor=actor,
        action=action,
        category="target" if state else category_of(trigger, sentence, lowered, action, amounts),
        status=status_of(trigger, sentence, lowered),
        confidence=confidence_of(trigger, actor, sentence, lowered),
        amounts=amounts,
        deadline=due.due if due else None,
        deadline_text=due.text if due else None,
        mentions=named_things(sentence),
        start_date=begins.starts if begins else None,
        start_text=begins.text if begins else None,
        trigger=trigger.kind,
    )


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
    if text[span.start - 1 : span.start] != "\n":
        return None  # not a separate line: the list has ended
    start = span.start
    if items == "to":
        to = _TO_ITEM.match(text, start, span.end)
        if to is None:
            return None
        start = to.end()
    pattern = {"gerund": _GERUND_ITEM, "to": _TO_VERB}.get(items, _LIST_VERB)
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
    made = _commitment(text, span, trigger, on, speaker)
    return replace(made, category="target") if made is not None and items == "to" else made


# The items' openings: "To maintain…" (after targets), "fulfilling…" (after "… by:").
_TO_ITEM = re.compile(r"(?:\(?\w\)|\d+[.)]|[•·*-])?\s*To\s+")
_TO_VERB = re.compile(r"(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})")
_GERUND_ITEM = re.compile(r"(?P<verb>[A-Za-z][a-z]+ing)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})")

# Lead-ins whose items are the commitments: "…the Government will seize the opportunity
# … by:" (items in the gerund), "…has been set the following key targets for 2003–04:"
# (items "To…"), "Our priorities for the year are:" (items with a verb).
_LEAD_IN_BY = re.compile(r"\b(?:will|shall)\b[^:;?]{0,240}\bby\s*:\s*$")
_LEAD_IN_LISTED = re.compile(
    r"\b(?:the\s+following|these|our|its|their|new)\s+(?:(?:key|main|new|specific|\w+-\w+)\s+)*"
    r"(?P<what>targets|commitments|objectives|priorities|steps|measures|actions|aims)\b"
    r"[^:;?]{0,80}:\s*$",
    re.IGNORECASE,
)


def _list_lead(sentence: str, made: list[Commitment]) -> tuple[str, str] | None:
    """The subject and the items' opening of a list ``sentence`` leads into, when its
    items are commitments: it commits to doing them (``made`` holds its commitment, and it
    ends "… by:"), or it names them as targets or commitments set ("…the following key
    targets:"); None otherwise (a quotation, a motion, a list of facts)."""
    if made and _LEAD_IN_BY.search(sentence):
        return made[-1].actor, "gerund"
    if (listed := _LEAD_IN_LISTED.search(sentence)) is not None:
        return "Government", "to" if listed.group("what").lower() in (
            "targets",
            "objectives",
            "aims",
        ) else "verb"
    return None


def _procedural(sentence: str, lowered: str) -> bool:
    if _PROCEDURAL_OPENING.match(sentence):
        return True
    if any(w in lowered for w in _PROCEDURE_WORDS) and _PROCEDURE.search(sentence):
        return True
    if not ("librar" in lowered or "vote" in lowered):
        return False
    # "I am today publishing the response, copies of which will be deposited in the
    # Libraries": the papers are the act's, the act is the sentence's
    own = _COPIES_OF_WHICH.search(sentence)
    return bool(_PROCEDURAL_PAPERS.search(sentence, 0, own.start() if own else len(sentence)))


# The statement's papers named after its act: ", copies of which are available in…".
_COPIES_OF_WHICH = re.compile(r",\s+(?:and\s+)?(?:copies|a\s+copy)\s+of\s+which\b")


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
                or c.trigger == "list"  # the lead-in committed to each item
                or _government_acts(c)
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
        if not on_behalf and (own is None or _quoted(text, c.span.start + own.start())):
            continue  # not the speaker's side, or its words quoted by the speaker
        pledges.append(replace(c, kind="opposition-pledge"))
    return tuple(pledges)


def _refused(sentence: str) -> bool:
    """Whether the rules' procedure filter refuses ``sentence`` (a continuation's), or it
    only gives a meeting's agenda ("The following items will be discussed.")."""
    return (
        _procedural(sentence, lower_for_search(sentence))
        or _AGENDA_AHEAD.search(sentence) is not None
    )


# What a meeting will take up: "…will be discussed", "…are to be debated".
_AGENDA_AHEAD = re.compile(
    r"\b(?:will|shall|are\s+to|is\s+to)\s+(?:also\s+)?be\s+(?:discussed|debated)\b"
)


def _not_the_models(text: str, c: Commitment) -> bool:
    """Whether the rules' procedure filter, their test for an effort or a stance, or their
    test for quoted words refuses the sentence model's commitment ``c`` in ``text``."""
    if _procedural(c.exact, lower_for_search(c.exact)):
        return True
    if _DETERMINED_EFFORT.search(c.exact) and not _NEW_MONEY.search(c.exact):
        return True  # "We are committed to being transparent about how it is spent": a stance
    act = model_act(c.exact)
    return act is not None and _quoted(text, c.span.start + act[0])


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
    made = answered(asked, text, on)
    if made is None or any(c.span.start < made.span.end for c in found[:1]):
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
        if m is None or _CONDITIONAL.match(sentence):
            continue
        base = verb_lemma(m.group("verb"))
        if base is None or base in STATIVE:
            continue
        # "a Labour Government" acts as a government would: read it as one
        who = "we" if m.group("subject").lower() == "we" else "the Government"
        trigger = Trigger(m.start("subject"), who, m.group("verb"), m.group("rest"), "modal")
        c = _commitment(text, span, trigger, on, None)
        if c is not None:
            actor = "speaker" if m.group("subject").lower() == "we" else "Government"
            extra.append(replace(c, actor=actor, kind="opposition-pledge"))
    return tuple(sorted((*found, *extra), key=lambda c: c.span.start))


def _find(text: str, *, on: date | None, speaker: str | None) -> tuple[Commitment, ...]:
    found: list[Commitment] = []
    lead_in: str | None = None  # the subject of "The strategy states that the UK will:"
    items = "verb"  # how the list's items open (see _list_item)
    hits = key_hits(text)
    previous_end = -1  # where the last sentence that committed ended
    spans = split_sentences(text)
    for span in spans:
        sentence = text[span.start : span.end]
        if lead_in is not None:
            item = _list_item(text, span, lead_in, on, speaker, items)
            if item is not None:
                found.append(item)
                previous_end = span.end
                continue
            lead_in = None
        opener = _LEAD_IN.search(sentence) if sentence.endswith(":") else None
        if opener is not None:
            lead_in, items = opener.group("subject"), "verb"
            continue
        made = _sentence_commitments(text, span, hits, on, speaker)
        if sentence.endswith(":") and (listing := _list_lead(sentence, made)) is not None:
            lead_in, items = listing
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
        (d for d in times if d.kind == "deadline" and d.due and not _budget_period(d, amounts)),
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
    if _QUESTION.search(sentence) or _procedural(sentence, lowered):
        return []
    if _BILL_PART.match(sentence) or _ON_PASSAGE.search(sentence):
        return []  # "Clause 6 sets out … when it will come into force": a Bill's design
    if _HOPE.match(sentence):
        # "I hope that will provide further assurance that the data … will be handled
        # appropriately": what the speaker hopes, not what the Government undertakes; an
        # act the speaker names as the Government's own still counts ("I hope that I can
        # allay … by accepting the amendments")
        rules = tuple(rule for rule in rules if rule.kind in {"accepted", "undertaking"})
        if not rules:
            return []
    if _CONDITIONAL.match(sentence) and not _MEMBERS_STEP.match(sentence):
        # "If he writes to me, I will look into it": an undertaking on the member's
        # own step still counts, and so does what the Government will do once the member
        # has taken it ("If the hon. Gentleman … could let me know, we will sort that out");
        # any other conditional is a hypothetical
        rules = tuple(rule for rule in rules if rule.kind == "undertaking")
        if not rules:
            return []
    clauses = list(_clauses(sentence))
    chosen: list[Trigger] = []
    whole: Commitment | None = None  # the first trigger's commitment over the whole sentence
    for offset, clause in clauses:
        triggers = _triggers(clause, rules, checked=len(clauses) == 1)
        for trigger in sorted(triggers, key=lambda t: t.start):
            shifted = replace(trigger, start=offset + trigger.start)
            if _quoted(text, span.start + shifted.start):
                continue  # "…, the CBI has said: “Business stands ready to deliver…”"
            if chosen and not _own_act(shifted):
                continue  # a later clause that describes rather than commits anew
            got = _commitment(text, span, shifted, on, speaker)
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
                _commitment(text, head, chosen[0], on, speaker),
                _commitment(text, tail, shifted, on, speaker),
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
        c = _commitment(text, part, replace(trigger, start=trigger.start - lo), on, speaker)
        if c is not None:
            made.append(c)
    return made


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
        _I_OR_WE.fullmatch(trigger.subject.strip()) or _government_subject(trigger.subject.strip())
    ):
        return None
    verb_at = _verb_at(sentence, trigger)
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


# Someone else's words, quoted: "The chief economist of the CBI has said: “… Business
# stands ready to deliver …”" (a repeated Statement, "The Statement is as follows: “…",
# is the Government's own and stays in).
_QUOTE_MARK = re.compile(r"[“”\"]")
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|stated|states|told\s+(?:\w+\s+){0,4}?\w+|wrote|writes|put\s+it|quote"
    r"|quoted|warned|warns|added|adds|reminded\s+us|commented|declared|remarked|saying)"
    r"(?:\s+\w+ly)?(?:\s+that)?\s*[:,]?\s*$"
    r"|\bquote\b[^.;“\"]{0,100}:\s*$",
    re.IGNORECASE,
)
#: Paragraphs looked back through for a quotation's opening (a long quotation opens each
#: of its paragraphs with "“" and closes only at its end).
_QUOTE_REACH = 20


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation of someone else's words (see
    :data:`_ATTRIBUTED`): a quotation open at ``at`` in its paragraph, attributed just
    before its opening mark; one that opens the paragraph is looked for in the
    paragraph before."""
    end = at
    for _ in range(_QUOTE_REACH):
        start = text.rfind("\n\n", 0, end)
        start = 0 if start < 0 else start + 2
        opened: list[int] = []
        for mark in _QUOTE_MARK.finditer(text, start, end):
            char = mark.group()
            if char == "“" or (char == '"' and not opened):
                opened.append(mark.start())
            elif opened:
                opened.pop()
        if not opened:
            return False
        if opened[0] != start or start == 0:
            return _ATTRIBUTED.search(text, max(start, opened[-1] - 120), opened[-1]) is not None
        end = start - 2  # the paragraph opens with the quotation: "… said:" just before?
        if _ATTRIBUTED.search(text, max(0, end - 120), end) is not None:
            return True
    return False


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
