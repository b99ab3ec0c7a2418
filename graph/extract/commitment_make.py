"""One trigger, one commitment (or none): its act, money, time, category and status.

Part of the commitment extractor (:mod:`graph.extract.commitments` runs the stages).
:func:`make_commitment` takes a trigger the clause rules kept and decides what it
commits: the act (a speech act announces or accepts; a modal names its verb of doing; a
progressive is work under way), then refuses it for the reasons in
:mod:`graph.extract.commitment_filters`, and fills the record: amounts with their roles
(:mod:`graph.extract.money`), the deadline and start (:mod:`graph.extract.deadlines`;
a spending period is not a deadline), the actor, category, status and confidence
(:mod:`graph.extract.commitment_fields`).
"""

from __future__ import annotations

import re
from datetime import date

from graph.extract.actors import INDEPENDENT_BODY, agentive, resolve_actor
from graph.extract.commitment_acts import (
    ENDS_IN_PRONOUN,
    I_OR_WE,
    action_of,
    back_as_return,
    dynamic_verb,
    government_subject,
    listed_action,
)
from graph.extract.commitment_clauses import triggers_in
from graph.extract.commitment_fields import (
    MAKES_STATEMENT,
    category_of,
    confidence_of,
    named_things,
    status_of,
)
from graph.extract.commitment_filters import (
    ABLE_AS_EFFECT,
    AGENDA_ORDER,
    BEFORE_PARLIAMENT,
    GOODWILL,
    MODAL_WORD,
    always,
    budget_period,
    describes_policy,
    feared_or_claimed,
    meeting_agenda,
    names_a_time,
    past_rise,
    reported_past,
    state_by_date,
    upholds,
    verb_index,
    years_ahead,
    years_before,
)
from graph.extract.commitment_rules import BEING_STEP, REPLY_COPY, Trigger
from graph.extract.commitment_vocab import (
    ACTIONS,
    COMING,
    EFFECT_PRONE,
    NOMINALS,
    STATIVE,
    lemma,
    verb_lemma,
)
from graph.extract.deadlines import Deadline, find_deadlines
from graph.extract.money import CURRENCY_SIGN, committed_amounts, find_amounts_with_spans
from graph.extract.sentences import lower_for_search
from graph.records import Commitment, Span

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


# What something will be held to be: "will be considered to have been signed", "will be
# treated as income" (not "will be considered by the panel", "will be done as part of").
_HELD_TO_BE = re.compile(
    r"(?:considered|deemed|treated|regarded|classed|counted)\s+(?:to\s+(?:be|have)|as)\b",
    re.IGNORECASE,
)


# A publication on the day: "is now available", "has been published", or a document named.
_JUST_PUBLISHED = re.compile(r"\w+\s+(?:been|now|today)\b")
_DOCUMENT = re.compile(
    r"\b(?:report|summary|document|response|results|findings|guidance|strategy|plan|review"
    r"|consultation|memorandum|statement|paper|evaluation)\b",
    re.IGNORECASE,
)
# Figures promised for a time ("Information on … will be available in the spring"); the
# same said in the present ("statistics … are available on the website") is a standing fact.
_WILL_BE_AVAILABLE = re.compile(
    r"(?:will|should)\s+(?:also\s+)?(?:be\s+(?:made\s+)?|become\s+)available\b"
)
_FIGURES_TO_COME = re.compile(
    r"\b(?:information|data|figures|statistics|estimates|report|summary|document|response|results"
    r"|findings|guidance|strategy|plan|review|evaluation|details)\b(?:\s+(?:on|about|for|of)\b"
    r"(?:(?!\b(?:show|shows|suggest|suggests|indicate|indicates|that)\b)[^.;,]){0,100}?)?\s+(?:will|should)\s",
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
# "The review is expected to publish interim findings in autumn 2011": an act expected of
# a body by a time is scheduled, as "due to" is.  Without a time, or with a verb a quantity
# or an effect takes ("costs are expected to increase", "the scheme is expected to deliver
# savings"), it is a forecast.
# The UK's position put at a meeting (international action): "The UK will voice its concerns
# about…", "The UK will highlight its engagement with the bank" — the state or its
# Government only: a speaker who will "highlight" something talks of the speech.
_POSITION_VERBS = frozenset(
    {"emphasise", "emphasize", "highlight", "voice", "stress", "underline", "reiterate", "welcome",
     "endorse", "encourage", "support", "oppose"}
)  # fmt: skip
# The state as it speaks abroad: "The UK will emphasise…", "Britain will stress…"; "we" or
# "the Government" only at a meeting named ("At the Council, we will stress the need for…").
_FRONTED_MEETING = (
    r"(?:(?:In|At|During)\s+(?:the|this|that|next\s+week[’']s)\s+(?:[\w-]+\s+){0,3}?(?:debate|Council"
    r"|meeting|session|discussion|summit|negotiations),?\s+)?"  # "In this debate the UK will…"
)
_THE_STATE = re.compile(
    _FRONTED_MEETING
    + r"(?:the\s+)?(?:UK|United\s+Kingdom|Britain|(?:Her|His)\s+Majesty[’']s\s+Government"
    r"|(?:UK|British)\s+Government)",
    re.IGNORECASE,
)
_OWN_SIDE_AT = re.compile(_FRONTED_MEETING + r"(?:I|we|the\s+Government)", re.IGNORECASE)
_AT_A_MEETING = re.compile(
    # (the debate the speaker is in is none: "In this debate, I will highlight…")
    r"\b(?i:at|during|in)\s+(?!(?i:this|that)\s+debate\b)(?i:the|this|that|next\s+week[’']s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:Council"
    r"|[Ss]ummit|meeting|[Cc]onference|session|talks|negotiations|General\s+Assembly|debate)\b"
)
# What a position verb takes that is no position stated abroad: a value ("underline their
# commitment to…"), past results ("highlight the progress made since 2010").
_NO_POSITION = re.compile(
    r"\s+(?:(?:their|our|its|the\s+Government[’']s)\s+commitment\b|the\s+progress\b"
    r"|(?:our|their|its)\s+(?:record|achievements?)\b)"
)
_INVESTMENT_DECISION = re.compile(r"\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?investment\s+decisions?\b")
# A measure brought to the House: "Regulations will come before the House in the autumn",
# "measures will be coming forward to…".
_FORWARD = re.compile(r"\s+forward\b")
# Proposals others bring ("Proposals will come forward from the Law Commission", "proposals
# from local enterprise partnerships"), and a Bill's stage, which is the House's business.
_FROM_OTHERS = re.compile(r"(?:\s+forward)?\s+from\b|\bfrom\s+(?!the\s+Government\b)")
_BILL_STAGE = re.compile(
    r"\b(?:for\s+(?:its\s+|a\s+)?(?:Second|Third)\s+Reading|(?:on\s+)?Report(?:\s+stage)?\b(?=[^.;]*\bBill)"
    r"|Committee\s+stage|Second\s+Reading|Third\s+Reading)"
)
_A_MEASURE = re.compile(
    r"\b(?:measures?|Bills?|legislation|regulations|orders?|proposals|amendments?|clauses?"
    r"|instruments?)\b",
    re.IGNORECASE,
)
# The House told, in the passive: "Members will be notified when the order is laid".
_TOLD_PASSIVE = frozenset({"informed", "notified", "advised"})
_BY_A_SUM = re.compile(
    r"\s+(?:in\s+(?:cash|real)\s+terms\s+)?by\s+(?:almost\s+|nearly\s+|over\s+)?[£€$]"
)
_OWN_CLAUSE_NEXT = re.compile(r",\s+(?:and|but)\s+(?:we|I|the\s+UK|the\s+Government)\b|;")
_SPENT_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|since\s+|already\s+)?(?:closed|ended|been\s+(?:fully\s+)?(?:allocated"
    r"|spent|paid|disbursed))\b"
)
# Targets that are others' ("Labour's targets", "The EU's targets", "Many councils have set
# targets") or gone ("…were abandoned in 2010").
_OTHERS_TARGETS = re.compile(
    r"\b(?!(?:Government|Department|Ministry|UK|country|nation|NHS|Minister|Secretary|State|Chancellor"
    r"|Office|Executive)[’']s)[A-Za-z][\w-]*[’']s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:targets?|missions?|goals?|ambitions?|pledges?)\b"
    r"|\b(?:councils?|authorities|EU|Commission|Opposition|Labour|[Mm]any|[Ss]ome|[Oo]ther)\b[^.;]{0,40}?"
    r"\b(?:have|has|had)\s+(?:\w+\s+)?set\s+(?:\w+\s+)?(?:targets?|goals?)\b"
)
_TARGET_GONE = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:abandoned|dropped|scrapped"
    r"|ditched|missed|quietly\s+dropped)\b"
)
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:we|I|the\s+Government|our|this)\b")


def _clause_end(sentence: str, trigger: Trigger) -> int:
    """Where the trigger's clause ends: at the next ";" or ", and we…" after its verb."""
    m = _NEXT_CLAUSE.search(sentence, verb_index(sentence, trigger))
    return m.start() if m else len(sentence)


_HAVE_BEEN = re.compile(r"\b(?:have|has)\s+been\s+(?:\w+ly\s+)?$")
_OVER_THE_PAST = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:last|past|previous)\b|\bsince\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# What is assured or confirmed is that nothing will be done.
_NOTHING_TO_COME = re.compile(
    r"(?:\s+[\w’'.-]+){0,4}?\s+that\s+[^,;.]{0,80}?\b(?:will\s+not|won[’']t|shall\s+not"
    r"|(?:there\s+)?(?:is|are|has|have)\s+no\s+(?:plans?|intention|proposals?))\b(?![^.;]*\bbut\b)"
)
_LEADS = frozenset({"lead", "head", "chair", "conduct", "carry", "undertake", "run"})
_WE_ABLE = re.compile(r"\b(?:we|the\s+Government)\s+will\s+be\s+able\s+to\b")
_EXPECTED_ACT = re.compile(r"\bexpected\s+to\s+(?:be\s+)?$")
# What the Government's side schedules: a review and its report, a project, works, a
# document, a measure ("the review is expected to publish…", "the work is expected to be
# completed by December", "the new hospital is expected to open in 2012").
_SCHEDULED_WORK = re.compile(
    r"\b(?:review|inquiry|consultation|report|study|survey|trial|audit|assessment|analysis|census"
    r"|evaluation|research|project|programme|pilot"
    r"|work|works|construction|refurbishment|refit|upgrade|repairs|renovation|redevelopment"
    r"|roll-?out|building|contract|strategy|plan|framework|guidance"
    r"|White\s+Paper|Green\s+Paper|Bill|legislation|regulations|order|hospital|school|road|bridge"
    r"|station|line|bypass|centre|facility|prison|panel|commission|taskforce|scheme|service)s?\b",
    re.IGNORECASE,
)
_OTHERS_WORK = re.compile(r"\b" + INDEPENDENT_BODY + r"\b")
# Work carried out by a named body other than the Government's own.
_BY_ANOTHER = re.compile(
    r"\bcarried\s+out\s+by\s+(?:the\s+)?(?!(?:Government|Department|Ministers?|my|our|officials)\b)[A-Z]"
)
_STARTS_DOING = re.compile(r"\s+(?:to\s|[a-z]+ing\b)")
_FORECAST_PRONE = EFFECT_PRONE | {
    "raise", "cut", "lower", "halve", "double", "save", "cost", "fund", "spend", "invest",
    "reach", "exceed", "remain", "grow", "rise", "fall", "return", "pay", "take", "use",
}  # fmt: skip
# The speaker's own work named again as the subject of "will continue".
_OWN_WORK = re.compile(
    r"(?:^|\s)(?:that|this|(?:that|this|our|my|the\s+Government['’]s)\s+(?:work|outreach"
    r"|engagement|support|programme|dialogue|investment|effort|efforts|contact|contacts)"
    # "The Green Paper consultation will continue until next month"
    r"|the\s+(?:[\w-]+\s+){0,3}?(?:consultation|review|inquiry|talks|negotiations|pilot))\s*$",
    re.IGNORECASE,
)
_WH_END = re.compile(r"\b(?:what|whatever|how|whether|which|who|if)\s*$", re.IGNORECASE)
# Words before "there will be…" that make it a belief or a forecast.
_FORESEEN = re.compile(
    r"\b(?:sure|hope|hoped|expect|expected|think|believe|suspect|imagine|doubt|fear|likely"
    r"|inevitabl[ey]|perhaps|may|might|if|unless|whether|predict\w*|assume|whereby|want)\b",
    re.IGNORECASE,
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
_RECEIVING = frozenset({"receive", "get"})
_NEW_PROVISION = re.compile(
    r"\s+(?:an?\s+)?(?:additional|extra|new|further|more)\s+(?:[\w-]+\s+)?(?:training|support"
    r"|help|funding|resources|staff|places|payments?|grants?|protection|guidance|advice)\b"
)
_BUDGET_RISE = re.compile(r"(?i:increase|amounts|received|is\s)")
_RISEN_SINCE = re.compile(
    r"\b(?:since|so\s+far|to\s+date)\b|\b(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\w+\s+)?"
    r"(?:years|decade|parliament)\b",
    re.IGNORECASE,
)


# A clause that opens with its subject and a verb in the past tense ("The Government referred
# the subject…", "we launched the scheme…").
_PAST_CLAUSE = re.compile(
    r"(?:^|[,;]\s+|\s+and\s+)(?:(?:[Tt]he|[Oo]ur|[Mm]y)\s+)?(?:[A-Z][\w’'-]*|we|I)(?:\s+[A-Z][\w’'-]*)*"
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|made|set|took|gave|wrote|met|sent|held)\b"
    r"(?:(?![,;]|\s+and\s|\bthat\b).)*$"  # (a "that" opens what was said: "I confirmed that…")
)


def _in_past_clause(sentence: str, d: Deadline) -> bool:
    return _PAST_CLAUSE.search(sentence, 0, d.span.start) is not None


# Where details or information always are, said in the present: a pointer, not a paper put out.
_WHERE_DETAILS_ARE = re.compile(
    r"(?:(?:Full|Further|More|Detailed)\s+)?(?:details|information|guidance\s+and\s+advice)\b[^.;]*?"
    r"\b(?:is|are)\s+(?:published|available)\s+on\b"
)
_NOW_OR_TODAY = re.compile(r"\b(?:today|now)\b", re.IGNORECASE)
# Agreement taken back in the same breath: "…, but we cannot accept them at this stage".
_IN_PRINCIPLE_BUT = re.compile(
    r"\bin\s+principle\b|,\s+but\b[^.;]*?\b(?:not|cannot|can[’']t|too)\b"
    # (a limit on when or how much is none on whether: "…, but it will not be possible to
    # implement them all before April 2016", "but not all of them can be delivered this
    # year", "but it is not a small task")
    r"(?!\s+(?:a|an|only|just)\b)(?![^.;]*\b(?:before|until|this\s+year|yet|immediately|straight\s+away"
    r"|all\s+of\s+them|them\s+all|at\s+once)\b)"
)
# Current spending, the guideline's "we are funding 110,000 sitting days this year".
_SPENDING_NOW = frozenset({"invest", "spend", "fund", "provide", "pay"})
_THIS_YEAR = re.compile(r"\bthis\s+(?:financial\s+|calendar\s+|academic\s+)?year\b", re.IGNORECASE)
_IN_THE_ACCOUNTS = re.compile(
    r"(?:reflected|shown|recorded|captured|accounted\s+for)\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?"
    r"(?:accounts|figures|statistics|estimates|returns)\b"
)


# A subject that counts things rather than naming one: "various projects", "many of these".
_SOME_OF_MANY = re.compile(
    r"\b(?i:many|most|some|several|various)\s+(?:of\s+(?:these|them|those|the)\s*)?[\w’' -]{0,40}$"
)
_BEING = re.compile(r"\s+(?:is|are)\s+(?:\w+\s+)*?being\s")
# A commitment the speaker's side confirms or takes on, before the act it names.
_COMMITMENT_TO = re.compile(r"\b(?:commitment|committing\s+\w+)\s+to\b")


# What a confirmation must go on to say to confirm a measure: something to come, a
# decision taken, work under way, money or the day's act.
# A decision taken, as a confirmation or news reports it: "we have agreed", "has set aside".
_DECIDED = (
    r"accepted|agreed|decided|committed|approved|allocated|launched|published|laid|appointed"
    r"|extended|established|secured|set\s+aside|earmarked"
)
# A target met, missed or passed is a result reported, not one set.
_TARGET_MET = re.compile(
    r"\b(?:exceeded|met|achieved|hit|surpassed|beat|beaten|reached|missed)\s+(?:(?:our|the|its|their"
    r"|this|that|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:target|goal|pledge|ambition)s?\b",
    re.IGNORECASE,
)
# A passive whose doer is the House's own (a committee, the Speaker, the clerks): the
# House's work, not the Government's.
_BY_THE_HOUSE = re.compile(
    r"\s+by\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|and|of|the|on)\s+){0,5}?(?:Committee|Speaker|Clerks?"
    r"|House\s+of\s+(?:Commons|Lords)|Commission|Commissioner|Ombudsman)\b"
    # the EU's presidency and Council of Ministers (not the UK's presidency, nor the National
    # Security Council or a funding council)
    r"|\s+by\s+the\s+(?:(?!UK\b|British\b)[A-Z][\w-]*\s+)?[Pp]residency\b"
    r"|\s+by\s+the\s+(?:European\s+|EU\s+|(?:Foreign|General)\s+Affairs\s+|ECOFIN\s+)?Council\b"
    r"(?!\s+(?:for|of)\b)"
    # a local council, and the Council of Europe: others
    r"|\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:City|County|Borough|District|Town|Parish"
    r"|Metropolitan|Unitary)\s+Council\b|\s+by\s+the\s+(?:local\s+|county\s+|city\s+|district\s+"
    r"|borough\s+|parish\s+|town\s+)?council\b|\s+by\s+the\s+Council\s+of\s+Europe\b"
    # a council by its place's name ("by Cornwall Council", "by Leeds City Council")
    r"|\s+by\s+(?!the\b)(?:[A-Z][\w-]*\s+){1,3}Council\b"
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
_UNDER_WAY = frozenset(
    {"under", "underway", "commenced", "begun", "started", "ongoing", "in progress", "in hand"}
)
_STUDY = re.compile(
    r"\s*(?:\w+\s+)?(?:stud(?:y|ies)|consultations?|reviews?|evaluations?|assessments?"
    r"|investigations?)\b",
    re.IGNORECASE,
)
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
# A count announced: "I can announce that 244,000 young people have moved into jobs".
_FIGURES_THAT = re.compile(
    r"\bthat\s+(?:more\s+than\s+|over\s+|some\s+|almost\s+|nearly\s+|around\s+)?\d"
)
# Verbs of an assurance or an undertaking given ("I can assure him…", "I give her that
# assurance", "we have made the commitment that…").
_ASSURING = frozenset(
    {"assure", "reassure", "assured", "give", "make", "given", "made", "stand", "stands"}
)
# What a pledge given in so many words is to do: "we have made a commitment to ban the practice".
_PLEDGED_TO = re.compile(
    r"\b(?:commitment|pledge|promise|undertaking)s?\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
)
# Verbs of telling: a confirmation or news commits only to a measure that follows.
_NEWS_VERBS = frozenset({"confirm", "say", "report", "inform", "tell"})
_ARTICLES = frozenset({"a", "an", "the"})


# Someone told: "let the hon. Gentleman know", "let the House know".
_LET_KNOW = re.compile(r"(?:\s+[\w.’']+){1,4}?\s+know\b")


# What may come before a time phrase that opens the sentence, set off by a comma.
_SET_OFF_OPENING = re.compile(r"\s*(?:(?:And|But|So|Then|Also|Now),?\s*)?$")


# A body's work moved between departments: "… will move from the Cabinet Office into…",
# "… will be sponsored by the Department for…".
_MOVED = frozenset({"move", "transfer", "sponsor"})
_TO_A_DEPARTMENT = re.compile(
    r"\s+(?:formally\s+|now\s+|also\s+)?(?:from|to|into|by)\s+(?:the\s+)?(?:new\s+)?"
    r"(?:Department|Ministry|Cabinet\s+Office|Treasury|Home\s+Office|Foreign|Scotland\s+Office"
    r"|Wales\s+Office|Northern\s+Ireland\s+Office|(?-i:[A-Z]{3,})\b)"
)


def _set_off_opening(sentence: str, time: Deadline) -> bool:
    """Whether ``time`` opens ``sentence``, set off by a comma ("By 2003, the wait…")."""
    return bool(_SET_OFF_OPENING.match(sentence, 0, time.span.start)) and sentence.startswith(
        ",", time.span.end
    )


def make_commitment(
    text: str, span: Span, trigger: Trigger, on: date | None, speaker: str | None
) -> Commitment | None:
    sentence = text[span.start : span.end]
    if reported_past(sentence, verb_index(sentence, trigger)):
        return None  # "In 2015 the Government set the target to…": what was done then
    if past_rise(sentence, trigger, on):
        return None  # "funding increased to £13.3 billion in 2019-20": a past year's result
    if trigger.kind == "target" and (
        _OTHERS_TARGETS.search(sentence, 0, verb_index(sentence, trigger))
        or _TARGET_GONE.search(sentence, trigger.start, _clause_end(sentence, trigger))
    ):
        return None  # "Labour's targets … were abandoned", "Many councils have set targets…"
    if trigger.kind == "target" and _TARGET_MET.search(sentence):
        return None  # "we exceeded our target to deliver 30,000 affordable homes": a result
    if trigger.passive and _BY_THE_HOUSE.match(
        sentence, verb_index(sentence, trigger) + len(trigger.verb)
    ):
        return None  # "This year's data will be published by the Procedure Committee"
    if feared_or_claimed(sentence, verb_index(sentence, trigger)):
        return None  # "People worry that the Government will cut…", "Some claim that we will…"
    if (
        trigger.kind == "modal"
        and ABLE_AS_EFFECT.search(sentence, 0, verb_index(sentence, trigger))
        and not (_WE_ABLE.search(sentence) and names_a_time(sentence, on))
    ):
        # "These changes will ensure that the Government will be able to…" (but "That means
        # that by 15 April we will be able to offer a first dose to everyone over 50" is
        # our own act, with its time)
        return None
    if trigger.kind == "modal" and _EXPECTED_ACT.search(sentence, 0, verb_index(sentence, trigger)):
        head = lemma(trigger.verb.split()[0])
        if head in _FORECAST_PRONE or not names_a_time(sentence, on):
            return None
        subject = trigger.subject.strip()
        if subject.lower() in {"", "and", "but", "and then"}:
            # "This survey is being funded …, and is expected to report next summer": the
            # sentence's subject, shared ("However, the review is…": after an opening word),
            # and the clause that names who does the work ("The study is being carried out
            # by the Law Commission, and…")
            before = sentence[: verb_index(sentence, trigger)]
            parts = [p.strip() for p in before.split(",")]
            subject = next((p for p in parts if " " in p), parts[0])
            if _OTHERS_WORK.search(before) or _BY_ANOTHER.search(before):
                return None
        if _OTHERS_WORK.search(subject):
            return None  # "Ofcom's 2014 report is expected to be published in December"
        if not (agentive(subject) and not trigger.passive) and not _SCHEDULED_WORK.search(subject):
            # "Local authorities are expected to publish their plans by March" (others'
            # duty), "The deficit is expected to be eliminated by 2019-20" (an outcome)
            return None
        if head in {"start", "begin"} and _STARTS_DOING.match(trigger.rest):
            return None  # "prices are expected to start rising again in 2021"
    if (
        trigger.kind == "progressive"
        and lemma(trigger.verb.split()[0].lower()) in _SPENDING_NOW
        and _THIS_YEAR.search(sentence)
        and not years_ahead(sentence, on)
    ):
        return None  # "We are investing over £40 million … in this financial year": spending now
    if trigger.passive and _IN_THE_ACCOUNTS.match(sentence, verb_index(sentence, trigger)):
        return None  # "This will be reflected in the Department's accounts": how it is booked
    state = False  # a state promised by a date: a target
    words = " ".join(trigger.verb.lower().split())  # the verb's words, spaced once
    if (
        trigger.kind == "accepted"
        and trigger.verb.lower().startswith("agree")
        and (_IN_PRINCIPLE_BUT.search(sentence, trigger.start) is not None)
    ):
        # "We broadly agree with their proposals, but we will not support the amendment"
        return None
    if (
        trigger.kind == "progressive"
        and _HAVE_BEEN.search(sentence, 0, verb_index(sentence, trigger))
        and _OVER_THE_PAST.search(sentence)
    ):
        return None  # "…the overhaul that we have been undertaking over the past four years"
    if trigger.kind == "performative" and _NOTHING_TO_COME.match(
        sentence, verb_index(sentence, trigger) + len(trigger.verb)
    ):
        # "I can assure colleagues that claimants will not lose money…", "I can confirm that
        # there is no plan to slash…": what is assured will not happen (a negated pledge)
        return None
    if trigger.kind in {"performative", "accepted"}:
        verb = trigger.verb.lower()
        ahead = _MEASURE_AHEAD if verb == "confirm" else _NEWS_AHEAD
        if verb in _NEWS_VERBS and not ahead.search(sentence, trigger.start):
            return None  # "I can confirm that when I grew out of it, it remained…": a fact
        figures = (
            _FIGURES_THAT.search(sentence, trigger.start) if verb.startswith("announc") else None
        )
        if figures is not None and not _MEASURE_AHEAD.search(sentence, figures.end()):
            return None  # "I can announce today that 244,000 young people have moved…": figures
        action = "announce" if trigger.kind == "performative" else "accept"
        if trigger.kind == "performative" and trigger.verb.lower() in _ASSURING:
            action = "undertake"
        inner = [t for t in triggers_in(sentence[trigger.start + 1 :]) if t.kind != "performative"]
        if inner and inner[0].kind == "accepted":
            action = "accept"
        elif inner:
            action = action_of(inner[0].verb, inner[0].rest) or action
        elif action == "undertake" and (pledged := _PLEDGED_TO.search(sentence, trigger.start)):
            action = action_of(pledged.group("verb"), pledged.group("rest")) or action
    elif trigger.kind == "progressive" and (
        words.split()[0] in _UNDER_WAY
        or words in _UNDER_WAY
        or (
            words in _GOING_ON
            and not I_OR_WE.fullmatch(trigger.subject.strip())
            and not government_subject(trigger.subject.strip())
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
        found = action_of(trigger.verb, trigger.rest)
        if trigger.be and trigger.verb.lower() == "back":
            # "we will be back next week": a return, not backing (funding); "we will be
            # back with proposals" comes back to the House, as "come back" does
            found = back_as_return(trigger.rest)
        if trigger.verb.lower() == "let" and _LET_KNOW.match(
            sentence, verb_index(sentence, trigger) + len(trigger.verb)
        ):
            found = "report"  # "we will let the hon. Gentleman know in due course"
        if trigger.verb == "have" and trigger.rest.endswith("more to say"):
            found = "set-out"  # "we will have more to say about Medway in due course"
        if (
            found is None
            and trigger.kind == "modal"
            and verb_lemma(trigger.verb.split()[0]) in _MOVED
            and _TO_A_DEPARTMENT.match(sentence, verb_index(sentence, trigger) + len(trigger.verb))
        ):
            # the machinery of government: "sponsorship of HM Land Registry will move from
            # the Department for Business and Trade to DLUHC", "the Authority will be
            # sponsored by the Department for Energy Security and Net Zero"
            found = "transfer"
        if (
            found is None
            and trigger.verb.lower() == "make"
            and MAKES_STATEMENT.match(sentence, verb_index(sentence, trigger) + len(trigger.verb))
        ):
            # a statement to the House to be made; the speaker's own, opening a statement,
            # is procedure (graph.extract.commitment_filters)
            found = "report"  # "Tuesday 3 March—The Chancellor will make her spring statement"
        if found == "search" and GOODWILL.match(
            sentence, verb_index(sentence, trigger) + len(trigger.verb)
        ):
            return None  # "we will look for your Lordships' co-operation": an appeal
        if (
            found is None
            and trigger.kind == "modal"
            and lemma(trigger.verb.split()[0].lower()) in _POSITION_VERBS
            and (
                _THE_STATE.fullmatch(trigger.subject.strip())
                or (
                    _OWN_SIDE_AT.fullmatch(trigger.subject.strip())
                    and _AT_A_MEETING.search(sentence) is not None
                )
            )
            and not _NO_POSITION.match(sentence, verb_index(sentence, trigger) + len(trigger.verb))
        ):
            found = "press"  # "The UK will emphasise the importance of…": its position at a meeting
        if found == "fund" and _INVESTMENT_DECISION.match(
            sentence, verb_index(sentence, trigger) + len(trigger.verb)
        ):
            found = "decide"  # "we will make a final investment decision on the project"
        if (
            found is None
            and verb_lemma(trigger.verb.split()[0].lower()) == "come"
            and (
                _FORWARD.match(
                    sentence, past_verb := verb_index(sentence, trigger) + len(trigger.verb)
                )
                or BEFORE_PARLIAMENT.match(sentence, past_verb)
            )
            and _A_MEASURE.search(trigger.subject)
            and not _FROM_OTHERS.search(trigger.subject)
            and not _FROM_OTHERS.match(sentence, verb_index(sentence, trigger) + len(trigger.verb))
            and not _BILL_STAGE.search(sentence)
        ):
            found = "introduce"  # "measures will be coming before the House to introduce…"
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
        elif trigger.kind == "undertaking" and trigger.verb.lower() in _TOLD_PASSIVE:
            found = "report"  # "Parliament will be informed of the amending text"
        elif trigger.kind == "undertaking" and trigger.verb.lower().startswith("respond"):
            found = "write"  # "I will respond to her in writing"
        elif (trigger.passive or trigger.kind == "undertaking") and REPLY_COPY.match(sentence):
            found = "write"  # "A copy of his reply will be placed in the House Libraries"
        if (
            found is None
            and lemma(trigger.verb.split()[0]) == "take"
            and re.search(r"\bdecisions?\b[^.;]*\btaken\b", sentence, re.IGNORECASE)
        ):
            found = "decide"  # "a decision … will be taken"
        if lemma(trigger.verb.split()[0]) == "take" and "opportunity" in trigger.rest:
            # "take the opportunity (…) to lay the regulations": the real verb follows
            later = re.search(r"\bto\s+([a-z]+)\s+(\S+)", sentence[trigger.start :])
            found = action_of(later.group(1), " " + later.group(2)) if later else None
        if (
            found is None
            and trigger.kind == "intent"
            and trigger.verb.endswith("ing")
            and _COMMITMENT_TO.search(sentence, trigger.start, verb_index(sentence, trigger))
        ):
            found = verb_lemma(trigger.verb)  # "confirmed our commitment to reopening…"
        if found is None and trigger.kind in {"modal", "progressive", "intent"}:
            verb_at = sentence.find(trigger.verb, trigger.start)
            modal = MODAL_WORD.search(sentence, trigger.start)
            verb_after = sentence.find(trigger.verb, modal.end()) if modal else verb_at
            after = sentence[verb_after + len(trigger.verb) :] if verb_after >= 0 else ""
            found = dynamic_verb(trigger, after)
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
                or _EXPECTED_TO.search(sentence, 0, verb_index(sentence, trigger))
            )
            and not names_a_time(sentence, on)
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
                _LOOKING_BACK.search(sentence) or years_before(sentence, on)
            ):
                return None  # "have allocated £40 million over the last five years": spent
            if trigger.verb.lower() in {"committed", "pledged"} and (
                _RISEN_SINCE.search(sentence)
                # "In 2013 the Government committed £50 million to the pilot scheme, which has
                # now closed": money of a scheme since closed or given out ("In July 2014 we
                # committed £246 million to the battery challenge" still restates it)
                or _SPENT_SINCE.search(sentence, trigger.start, _clause_end(sentence, trigger))
            ):
                # "The Government has committed over £2 billion since 2011 to…": money
                # counted up since then, history ("have already committed £400 million
                # towards new programmes" still restates money for what is to come)
                return None
            if _BUDGET_RISE.match(trigger.verb) and (
                _RISEN_SINCE.search(sentence) or years_before(sentence, on)
            ):
                return None  # "the budget has increased by £4 billion since 2010": history
            if (
                trigger.verb.lower() in {"increasing", "rising", "increase", "rise"}
                # "Funding is increasing by £2 billion this year" (a share, "is rising by 4.2
                # per cent in 2020-21", names the year's level)
                or (trigger.verb.lower().startswith("is ") and _BY_A_SUM.match(trigger.rest))
            ) and not years_ahead(sentence, on):
                return None  # "Funding is increasing by £2 billion this year": spending now
            found = found if found in {"provide", "fund", "invest"} else "fund"
        if (
            trigger.kind == "published"
            and _WHERE_DETAILS_ARE.match(sentence)
            and not _NOW_OR_TODAY.search(sentence)
        ):
            return None  # "Full details of available support are published on GOV.UK": where
        if found is None and trigger.kind == "published":
            if _WILL_BE_AVAILABLE.match(sentence, trigger.start):
                # a paper or figures promised for a time, as the subject of "will be
                # available" ("more childcare places will be available" is not one)
                if not _FIGURES_TO_COME.search(sentence, 0, trigger.start + 7):
                    return None
            elif not _JUST_PUBLISHED.match(sentence, trigger.start) and not _DOCUMENT.search(
                sentence, 0, trigger.start
            ):
                return None  # "All answers … are available on the website": a standing fact
            found = "publish"  # "A report … is now available on the website"
        if trigger.kind == "progressive" and _FOR_COMMENT.search(trigger.rest):
            found = "consult"  # "I have gazetted for comment a draft policy": out for comment
        if found is None and trigger.kind == "request" and trigger.passive:
            found = verb_lemma(trigger.verb)  # "…asked for work to be fast-tracked"
        if found is None and trigger.kind == "progressive" and BEING_STEP.match(trigger.verb):
            found = listed_action(trigger.verb)  # "the codes are being finalised"
        agenda = AGENDA_ORDER.search(
            sentence, 0, verb_index(sentence, trigger) + len(trigger.verb) + 60
        )
        if (
            agenda is not None
            # (unless the speaker's own clause follows: "The summit will end with a
            # declaration, and the UK will contribute £20 million to the new fund")
            and not _OWN_CLAUSE_NEXT.search(
                sentence, agenda.end(), max(agenda.end(), verb_index(sentence, trigger))
            )
        ) or (trigger.subject.strip().lower() == "there" and meeting_agenda(sentence)):
            # "Justice Day on 6 June will begin with a progress report on…", "Under Any
            # Other Business, there will also be reports on:": the meeting's business
            return None
        if found is None and trigger.kind == "announced":
            # "we have also agreed to a partnership with…"; a decision to do anything
            found = "agree" if trigger.verb.lower() in _ARTICLES else listed_action(trigger.verb)
            if "decision" in trigger.verb:
                found = "decide"  # "we have taken a decision that…"
        if trigger.kind == "existential":
            if _FORESEEN.search(sentence, 0, trigger.start):
                return None  # "I am sure there will be a review…": a belief, not a promise
            noun = " ".join(trigger.verb.lower().split())
            if meeting_agenda(sentence):
                return None  # "During the main Council there will be a discussion on…"
            found = (
                COMING.get(noun)
                or COMING.get(noun.rstrip("s"))
                or COMING.get(noun[:-3] + "y")
                or ACTIONS.get(NOMINALS.get(noun, ""))  # "That extension will be coming forward"
                or (ACTIONS.get(lemma(noun.rsplit("-", 1)[-1])) if noun.endswith("ing") else None)
            )  # "co-commissioning coming up": commission
        if found is None and state_by_date(sentence, trigger, on):
            found, state = "achieve", True  # "All packaging will be recyclable by 2025"
        if found is None and trigger.kind in {"undertaking", "target", "list"}:
            found = "follow-up" if trigger.kind == "undertaking" else listed_action(trigger.verb)
        if trigger.kind == "list":
            found = listed_action(trigger.verb)
        asked = verb_lemma(trigger.verb) if trigger.kind == "request" else None
        if found is None and asked is not None and asked not in STATIVE | _LEADS:
            # any verb of doing asked of a body: "I have asked the Building Research
            # Establishment to investigate the fire" (not "asked him to be patient"; "to lead
            # a national commission" is read by what is led)
            found = asked
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
        if trigger.kind in {"progressive", "intent"} and upholds(trigger, sentence, on):
            return None  # "we are committed to protecting the Union": a stance
        if trigger.kind == "modal" and always(trigger, sentence, on):
            return None  # "We will always ensure that the police have the powers…"
        if trigger.kind == "progressive" and describes_policy(trigger, sentence, on):
            return None  # "we are spending…", "we continue to fund…": a description
        if (
            trigger.kind == "modal"
            and not trigger.passive
            and head in EFFECT_PRONE
            # "I have already said that we will give…": the one who acts is "we"
            and not agentive(ENDS_IN_PRONOUN.sub(r"\1", trigger.subject.strip()))
            and not (found in {"provide", "fund", "continue"} and find_amounts_with_spans(sentence))
            and not (head in _WHAT_A_TEXT_DOES and _DOCUMENT_SUBJECT.match(trigger.subject))
            and not _MONEY_SUBJECT.search(
                sentence, max(0, trigger.start - 4), verb_index(sentence, trigger)
            )
            and not (found == "continue" and _OWN_WORK.search(trigger.subject))
            # "teachers will receive additional training": a new provision, given to them
            and not (head in _RECEIVING and _NEW_PROVISION.match(trigger.rest))
        ):
            return None
        action = found
    amounts = committed_amounts(sentence)
    times = find_deadlines(sentence, on=on)
    deadlines = [d for d in times if d.kind == "deadline" and not budget_period(d, amounts, action)]
    # a time in the subject dates the subject ("DFID's expenditure in 2008-09 … will be
    # published in July"): one set off at the sentence's opening ("By 2003, the wait will
    # be five months; by 2004, four") or else one after the act's verb dates the act
    verb_at = verb_index(sentence, trigger)
    dated = [d for d in deadlines if d.due is not None]
    if any(d.span.start > verb_at for d in dated):
        # a time inside an earlier clause told in the past is that clause's ("The Government
        # referred the subject to the Law Commission in the summer and we will study…")
        dated = [d for d in dated if d.span.start > verb_at or not _in_past_clause(sentence, d)]
    elif dated and all(_in_past_clause(sentence, d) for d in dated):
        dated, deadlines = [], [d for d in deadlines if d.due is None]
    due = next(
        (
            d
            for d in dated
            if trigger.start < verb_at and (d.span.start > verb_at or _set_off_opening(sentence, d))
        ),
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
