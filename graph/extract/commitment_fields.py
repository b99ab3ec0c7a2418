"""What a commitment carries besides its words: category, status, confidence, named things.

Read from the trigger and the words the action governs (:func:`category_of`), so
that "as required by the 2007 Act" does not make a consultation legislation.  The
categories follow :data:`graph.extract.commitment_vocab.CATEGORY_ORDER`; the
guideline (tests/gold/commitments/README.md) says what each means.
"""

from __future__ import annotations

import re

from graph.extract.commitment_filters import BEFORE_PARLIAMENT
from graph.extract.commitment_rules import REPLY_COPY, Trigger
from graph.extract.commitment_vocab import GUIDANCE_ACTIONS, REVIEW_ACTIONS
from graph.extract.money import MONEY_SIGN
from graph.extract.sentences import lower_for_search
from graph.records import MonetaryAmount
from graph.vocab.kinds import CommitmentCategory, CommitmentStatus

__all__ = ["category_of", "confidence_of", "named_things", "status_of"]

_HAS_ACCEPTED = re.compile(r"\bha(?:ve|s)\s+accepted\b")
_UNDER_WAY = re.compile(r"\b(?:already|under\s?way)\b")
_HEDGE = re.compile(r"\b(?:may|might|could|hope|subject\s+to|intend|aim|seek)\b", re.IGNORECASE)
_HEDGE_WORDS = ("may", "might", "could", "hope", "subject", "intend", "aim", "seek")

_LEGISLATION = re.compile(
    r"\b(?:(?-i:Bill|Act(?!\s+to\b))|laws?|legislation|legislative|regulations?|offence|"
    # a court's sentence, not a sentence of a text ("include that sentence in the guidance")
    r"(?:custodial|maximum|minimum|life|longer|tougher|stronger|prison|suspended|mandatory"
    r"|community)\s+sentences?|sentences?\s+(?:for|of)\s+(?!the\b)|sentencing|"
    # statutory guidance and codes are documents that are not law: guidance
    # (and bodies under a statute are not law made: "the statutory consultees of the STRB")
    r"statutory(?!\s+(?:guidance|codes?|consultees?|bod(?:y|ies)|partners|agencies|organisations"
    r"|services)\b)|"
    r"bye?-?laws?|"
    r"amendments?|clauses?|orders?\s+(?:in\s+council|under)|take\s+powers|powers\s+to"
    # a power given ("giving councils the power to tackle…"); what comes into force is law
    r"|(?:giv\w*|grant\w*)\s+(?:\w+\s+){1,3}?(?:the\s+|new\s+)?power\s+to|(?:come|comes|came)\s+into\s+force|"
    r"duty\s+(?:of|to)|"
    # the Immigration Rules change by a statement of changes laid before Parliament
    r"immigration\s+rules|statements?\s+of\s+changes)\b",
    re.IGNORECASE,
)
# What only a Bill or an instrument waits for, wherever the sentence says it: "We will
# bring those measures forward at the first opportunity when parliamentary time allows",
# "…at the first available legislative opportunity", "subject to approval by Parliament".
_PARLIAMENTS_TIME = re.compile(
    r"\bparliamentary\s+time\s+allows\b|\blegislative\s+(?:opportunity|vehicle|slot)\b"
    r"|\bsubject\s+to\s+(?:the\s+)?(?:approval\s+(?:by|of)\s+|agreement\s+(?:by|of)\s+)?Parliament\b",
    re.IGNORECASE,
)
_FUNDING = re.compile(
    r"\b(?:funding|funds?|grant|budget|allocation|payments?|reimburse\w*|money|compensation"
    r"|furlough|Barnett|resourced|resourcing|investing|investment|pounds|£|€|\$"
    r"|finance\s+settlement|financial\s+(?:contributions?|support))",
    re.I,
)
# _X_WORDS: words (lower case) every match of _X holds.  A sentence whose lower case holds
# none cannot match (see lower_for_search); most hold none, so the regex is spared.
_LEGISLATION_WORDS = (
    "bill", "act", "law", "legislati", "regulation", "sentenc", "offence", "statutory", "duty", "amendment",
    "clause", "order", "power", "immigration", "changes",
)  # fmt: skip
_FUNDING_WORDS = (
    "fund", "grant", "budget", "allocation", "payment", "reimburse", "money", "compensation",
    "furlough", "barnett", "resourc", "invest", "pounds", "£", "€", "$", "finance settlement", "financial contribution", "financial support",
)  # fmt: skip
# The Government's answer to a review: "the Government's final response to the Law
# Commission's Report on the Sentencing Code" is the review's outcome, whatever it is about.
_TALKED_THROUGH = frozenset({"discuss", "respond", "analyse"})
_BY_DOING = re.compile(r"\bby\s+\w+ing\b")
_RESPONSE_TO_REPORT = re.compile(
    r"\s+(?:today\s+)?(?:the|our|its|their|a)\s+(?:[\w’'-]+\s+){0,3}?response\s+to\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,5}?(?:report|review|inquiry|recommendations|consultation)\b",
    re.IGNORECASE,
)
_REVIEW = re.compile(
    r"\b(?:review|reviewing|reviewed|audit|inquiry|consultation|consult|examine|monitor\w*|scrutini[sz]\w*|"
    r"investigat\w+|evaluation|report\s+(?:to|on|back|its|their)|findings"
    r"|(?:publish|produce|lay)\w*\s+(?:\w+\s+){0,3}?reports?"
    r"|invit\w+\s+(?:\w+\s+){0,2}?(?:submissions|views|comments|evidence)|calls?\s+for\s+evidence"
    # options weighed: "continues to identify a range of options to minimise the use of hotels"
    r"|(?:identif\w+|explor\w+|consider\w*|look\w*\s+at|assess\w*)\s+(?:\w+\s+){0,4}?(?:options"
    r"|opportunities)"
    # lessons drawn: "a post-event assessment … to identify where lessons can be learned"
    r"|(?:post-event\s+|impact\s+|(?:carry|carrying|conduct|conducting|undertake|undertaking)\s+(?:out\s+)?"
    r"an?\s+(?:[\w-]+\s+)?)assessments?|lessons\s+(?:can|could|might|will|should)\s+be\s+learn\w*"
    r"|learn\w*\s+(?:the\s+)?lessons)\b",
    re.IGNORECASE,
)
_REVIEW_WORDS = (
    "review", "audit", "inquiry", "consult", "examine", "monitor", "investigat", "evaluation",
    "scrutini",
    "panel", "report", "invit", "evidence", "options", "opportunities", "assessment", "lessons",
)  # fmt: skip
_GUIDANCE_WORDS = (
    "guidance", "timetable", "framework", "recommendation", "plan", "policy", "strategy",
    "arrangements", "code", "standard", "consultation", "paper", "detail", "announcement",
    "proposal",
)  # fmt: skip
_GUIDANCE = re.compile(
    r"\b(?:guidance|timetable|framework|recommendations?|plan|policy|strategy|arrangements|"
    r"code|standards?|consultation\s+response|"
    # a policy paper, or the details and proposals still to come: "when we introduce our
    # White Paper in the new year", "We will bring forward further details soon"
    r"(?:white|green)\s+paper|(?:further|more|full)\s+(?:\w+\s+)?details?|(?:further|future)\s+"
    r"announcements?|proposals)\b",
    re.IGNORECASE,
)
_MENTION = re.compile(
    r"\bthe\s+((?:[\w’'()-]+\s+){0,5}?)(Bill|law|Act(?:\s+\d{4})?|Regulations(?:\s+\d{4})?)\b"
    r"|\b((?:[A-Z][\w’'-]+\s+)+(?:Act|Regulations)\s+\d{4})"
    r"|\b((?:(?:His|Her)\s+Majesty’s\s+)?(?:[A-Z][\w’'-]*\s+){1,5}"
    r"(?:Council|Office|Agency|Commission|Network|Board|Panel|Taskforce|Service|Group|Police))\b"
    r"|\b((?:Baroness|Lord|Lady|Professor|Sir|Dame|Dr)\s+(?:[A-Z][\w’'-]+\s?){1,3})",
)


# Every match of _MENTION holds one of these words (the pattern is case-sensitive); most
# commitment sentences hold none, and the pattern is slow to rule a sentence out.
_MENTION_WORDS = (
    "Bill", "law", "Act", "Regulations", "Council", "Office", "Agency", "Commission", "Network",
    "Board", "Panel", "Taskforce", "Service", "Group", "Police", "Baroness", "Lord", "Lady",
    "Professor", "Sir", "Dame", "Dr",
)  # fmt: skip


def named_things(sentence: str) -> tuple[str, ...]:
    found: list[str] = []
    if not any(word in sentence for word in _MENTION_WORDS):
        return ()
    for m in _MENTION.finditer(sentence):
        if m.group(2):
            words = m.group(1).split()
            # keep only the words right before the keyword that read as its name
            name_words: list[str] = []
            for word in reversed(words):
                if word.lower() in {"will", "be", "is", "are", "to", "that", "we", "as", "part"}:
                    break
                name_words.insert(0, word)
            if not name_words:
                continue
            text = "the " + " ".join([*name_words, m.group(2)])
        else:
            text = next(g for g in m.groups()[2:] if g)
        text = text.strip()
        if text not in found:
            found.append(text)
    return tuple(found)


def _holds(pattern: re.Pattern[str], words: tuple[str, ...], sentence: str, lowered: str) -> bool:
    """``pattern.search(sentence)``, skipped when ``lowered`` holds none of ``words``."""
    return any(w in lowered for w in words) and pattern.search(sentence) is not None


_CONSIDERING = re.compile(
    r"\b(?:considering|under\s+(?:\w+\s+)?(?:consideration|review)|nearer\s+the\s+time|monitoring)\b",
    re.IGNORECASE,
)
_CONSIDERING_WORDS = ("considering", "consideration", "nearer", "monitoring", "review")
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)


# A document laid before Parliament that is no law: "I have today laid before both Houses
# a copy of the annual report of the Investigatory Powers Commissioner" (review).
_LAID_REPORT = re.compile(
    r"\b(?:report|accounts|review|evaluation|assessment|strategy|plan|response|statement)s?\b",
    re.IGNORECASE,
)
_LAID_POLICY = ("strateg", "plan", "statement")
# A paper that gives out money: the police grant report, the local government finance
# settlement; funding allocations published.
_GRANT_REPORT = re.compile(
    r"\b(?:Grant\s+Report|Finance\s+(?:Settlement|Report)|Revenue\s+Support\s+Grant)\b"
)
_MONEY_PAPER = re.compile(
    r"\s*(?:(?:the|their|its|our|final|provisional|indicative|individual|detailed)\s+){0,2}"
    r"(?:funding\s+)?allocations\b",
    re.IGNORECASE,
)
# A paper laid and named: "a report, the “…”", "the annual report “…”".
_LAID_NAMED = re.compile(
    r"\b(?:a|the|its|our|this)\s+(?:[\w-]+\s+){0,2}?(report|accounts|review|evaluation|assessment)s?,?\s+"
    r"(?:the\s+|entitled\s+|called\s+)?[“\"]",
    re.IGNORECASE,
)
# A statement to the House to come: an undertaking to the House (the business statement's
# "The Chancellor … will make her spring forecast statement").
#: What follows "make" when a statement to the House is to be made ("…make her spring
#: forecast statement"; :mod:`graph.extract.commitment_make` reads it after the verb).
MAKES_STATEMENT = re.compile(
    r"\s+(?:a|an|her|his|their|the|its|my|our)\s+(?:[\w-]+\s+){0,3}?statement\b"
)
_STATEMENT_TO_COME = re.compile(r"\bwill\s+make" + MAKES_STATEMENT.pattern)
#: Actions that change the machinery of government: operational, whatever policy moves.
_MACHINERY = frozenset({"transfer", "merge"})


def category_of(
    trigger: Trigger,
    sentence: str,
    lowered: str,
    action: str,
    amounts: tuple[MonetaryAmount, ...],
) -> CommitmentCategory:
    """The category by :data:`graph.extract.commitment_vocab.CATEGORY_ORDER`: the first
    that applies, read from the action and the words it governs (the *act*: from the
    verb to the end of its clause), not from the whole sentence, so that "as required
    by the 2007 Act" does not make a consultation legislation."""
    verb_at = sentence.find(trigger.verb, trigger.start)
    act = sentence[verb_at if verb_at >= 0 else trigger.start :]
    end = _ACT_END.search(act)
    act = act[: end.start()] if end is not None else act
    # in the passive the subject is what is acted on: "consultation … will be undertaken"
    thing = trigger.subject if trigger.passive else act[len(trigger.verb) : len(trigger.verb) + 60]
    if trigger.kind == "published":
        thing = sentence[: trigger.start]  # "A report summarising the responses is now available…"
    if trigger.passive:
        act = f"{trigger.subject} {act}"
    # a Bill named only as the time or occasion of the act is not what the act does: "we
    # will reflect on the comments … as the Bill progresses through this House"
    act = _BILL_AS_OCCASION.sub("", act)
    act = _LAW_AS_IT_STANDS.sub("", act)  # "raise awareness of the current law": no new law
    act = _STATUTORY_BASIS.sub(
        "", act
    )  # "…a report, as required by paragraph 4 of schedule 3 to the Act"
    act_lowered = lower_for_search(act)
    new_money = any(a.role in (None, "new", "range", "rate", "total") for a in amounts)
    if trigger.kind == "undertaking" or _UNDERTAKING.search(sentence) or REPLY_COPY.match(sentence):
        return "undertaking"
    if action == "write" and _TO_THE_MEMBER.search(sentence, trigger.start):
        return "undertaking"  # "Ministers will correspond directly with the Member"
    if action == "report" and _STATEMENT_TO_COME.search(sentence):
        return "undertaking"  # "Tuesday 3 March—The Chancellor will make her spring statement"
    if action == "consult":
        return "review"  # "we will consult on the draft regulations": a consultation
    if action == "press":
        return "operational"  # "the UK will stress the need for reform of the … Policy": abroad
    if _RESPONSE_TO_REPORT.match(act, len(trigger.verb) if act.startswith(trigger.verb) else 0):
        return "review"  # "the Government's interim response to the Law Commission's report"
    if action == "lay" and _GRANT_REPORT.search(act):
        return "funding"  # "…has today laid before the House “The Police Grant Report …”"
    if action == "lay" and (named := _LAID_NAMED.search(act)) is not None:
        # a report laid by its name in quotes ("a report, the “European Union (Withdrawal)
        # Act and Common Frameworks…”"): what is laid, whatever the title holds
        return "guidance" if named.group(1).lower().startswith(_LAID_POLICY) else "review"
    laws = _holds(_LEGISLATION, _LEGISLATION_WORDS, act, act_lowered)
    if action in {"legislate", "commence", "repeal"} or laws or _PARLIAMENTS_TIME.search(sentence):
        return "legislation"
    if action == "introduce" and (
        BEFORE_PARLIAMENT.match(act, len(trigger.verb))
        or (trigger.verb.lower().startswith("com") and _FORWARD.match(act, len(trigger.verb)))
    ):
        return "legislation"  # "measures will be coming before the House to introduce…"
    if action == "lay":  # laying regulations, an order; a report laid is what it is
        laid = _LAID_REPORT.search(act)
        if laid is None:
            return "legislation"
        return "guidance" if laid.group(0).lower().startswith(_LAID_POLICY) else "review"
    if (
        action == "fund"
        or (new_money and action in {"provide", "extend", "increase", "allocate", "invest"})
        or (trigger.kind == "funding")
        or (action in _MONEY_KEPT and _holds(_FUNDING, _FUNDING_WORDS, act, act_lowered))
    ):
        return "funding"
    if (trigger.kind == "target" and not _no_measure_aimed(trigger, sentence)) or (
        trigger.kind in ("intent", "progressive") and _AIM_BY_A_TIME.search(sentence)
    ):
        return "target"  # "The strategy sets out our intention to halve rough sleeping by 2020"
    if action == "set" and trigger.rest.endswith("targets"):
        return "target"  # "I have set it the following performance targets for 2018-2019:"
    if action in _MACHINERY:
        return "operational"  # a body's work moved: "responsibility for X will be transferred to…"
    if _TO_A_POST.search(act):
        return "operational"  # "I have reappointed Ms X as a member of the … Review Body"
    if action in GUIDANCE_ACTIONS and _MONEY_PAPER.match(thing):
        return "funding"  # "Allocations for … will be published at a later date": money
    if action in GUIDANCE_ACTIONS and _REVIEW_DOC.search(thing):
        return "review"  # a document that reports a review: "the summary of responses"
    if action in GUIDANCE_ACTIONS and not _REVIEW_OBJECT.search(thing):
        return "guidance"  # "we will set out the timetable for … the inquiry's report"
    if action in REVIEW_ACTIONS or _holds(_REVIEW, _REVIEW_WORDS, act, act_lowered):
        # the speaker in person looking at what the member raised: "I will take a look at
        # the numbers in Wealden", "I am happy to look at the proposals made by the hon.
        # Gentleman" (an undertaking to the member, not a review)
        return (
            "undertaking"
            if _MEMBERS_MATTER.search(sentence) and _to_a_member(trigger, sentence)
            else "review"
        )
    if action in GUIDANCE_ACTIONS or _holds(_GUIDANCE, _GUIDANCE_WORDS, act, act_lowered):
        return "guidance"
    if new_money and (_holds(_FUNDING, _FUNDING_WORDS, act, act_lowered) or MONEY_SIGN.search(act)):
        return "funding"  # new money in the act itself: "…allocating R200 million to…"
    if action in _TALKED_THROUGH and not _BY_DOING.search(act):
        # "The Government will be responding in due course", "We are discussing funding
        # across Government": a view being reached (not "respond … by recruiting…")
        return "review"
    found = _by_what_follows(sentence[trigger.start :], new_money)
    if found == "operational":
        # neither the act nor what follows names one: the sentence's main clause may, before
        # the act ("Under these regulations, we will give councils…", "Our consultation has
        # closed; we are working through…"); a fronted time clause only says when ("Once the
        # Bill has passed, we will…")
        lead = _TIME_CLAUSE.match(sentence)
        found = _by_what_follows(sentence[lead.end() if lead else 0 :], new_money)
    if found == "operational" and _to_a_member(trigger, sentence):
        return "undertaking"
    return found


_BILL_AS_OCCASION = re.compile(
    r"\b(?:as|while|when|before|after)\s+(?:the|this)\s+Bill\s+(?:progresses|passes|goes|proceeds|"
    r"completes)\b[^,;]*|\b(?:during|in)\s+(?:the\s+)?(?:passage|stages?|debates?)\s+(?:of|on)\s+"
    r"(?:the|this)\s+Bill\b"
)


# The law that requires the act, not what the act does: "I am today laying before Parliament
# a report … as required by paragraph 4 of schedule 3 to the European Union (Withdrawal) Act
# 2018", "…under section 3(1) of the Welfare Reform and Work Act 2016".
_STATUTORY_BASIS = re.compile(
    r"\b(?:as\s+required\s+(?:by|under)|in\s+accordance\s+with|pursuant\s+to)\s+(?:section"
    r"|paragraph|schedule|regulation|article|part)\s+[\w()]+[^.;]*?\bAct\b(?:\s+\d{4})?",
    re.IGNORECASE,
)
# The law as it stands, named as what something is about or under, not as what is changed.
_LAW_AS_IT_STANDS = re.compile(
    r"\b(?:of|about|under|within|on|in\s+line\s+with|awareness\s+of|explaining|setting\s+out"
    r"|clarifying)\s+the\s+(?:current|existing)\s+"
    r"(?:law|legislation|rules)\b",
    re.IGNORECASE,
)
# An aim to change a measure by a time: a target however it is introduced ("…our intention
# to halve rough sleeping by 2020", "we commit to double the number of apprenticeships by
# 2020"); building or recruiting is one only with a number ("to build 200,000 homes by 2020",
# not "to build a new prison by 2017").
_BY_A_TIME = (
    r"[^.;]*?\b(?:by|within|before)\s+(?:(?:19|20)\d\d|the\s+end\b|[A-Z][a-z]+\s+(?:19|20)\d\d"
    r"|the\s+(?:spring|summer|autumn|winter)\s+of\s+(?:19|20)\d\d)"
)
_MEASURE_BY_A_TIME = re.compile(
    r"(?:\b(?:halve|double|treble|triple|eliminate|eradicate)\b|\bby\s+(?:half|a\s+(?:third|quarter))\b)"
    + _BY_A_TIME
    + r"|\b(?:reduce|increase|cut|end|raise|build|recruit|reach|create)\b[^.;]*?\b\d"
    + _BY_A_TIME
)
_AIM_BY_A_TIME = re.compile(
    r"\b(?:intention|aim|ambition|goal|target|mission|plan|commit)\s+to\s+(?=(?:"
    + _MEASURE_BY_A_TIME.pattern
    + r"))"
    # a state to reach by a time: "the goal of achieving Officially Free bovine TB status for
    # the whole of England by 2038"
    + r"|\b(?:goal|target|ambition|aim)\s+of\s+(?:achieving|reaching|becoming|getting\s+to)\b"
    + _BY_A_TIME
)


_DIRECTIONS = frozenset(
    {"raise", "increase", "reduce", "cut", "end", "move", "deliver", "build", "recruit", "reach"}
)
_A_MEASURE = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d|\b(?:halve|double|treble|triple|half|third|quarter|all|every|zero|majority|most)\b"
)


def _no_measure_aimed(trigger: Trigger, sentence: str) -> bool:
    """An aim's direction with nothing to measure it by ("Our missions are to raise growth
    and to cut crime by 2030"): no target, whatever the aim's word."""
    return trigger.verb.lower() in _DIRECTIONS and not _A_MEASURE.search(sentence, trigger.start)


def measurable_by_a_time(text: str) -> bool:
    """Whether ``text`` names a measure to change by a time (the guideline's target)."""
    return _MEASURE_BY_A_TIME.search(text) is not None


# A fronted clause of time or condition, up to its comma.
_TIME_CLAUSE = re.compile(r"(?:When|Once|After|Before|Until|If|As\s+soon\s+as|Following)\b[^,]*,")


# Someone in the chamber the speaker answers: the member asking, the House.
_ADDRESSEE = re.compile(
    r"\b(?:him|her|he|she|you|the\s+(?:hon\.|honourable|noble|right\s+hon\.)\s+(?:and\s+\w+\s+)?"
    r"(?:Gentleman|Lady|Member|Friend|friend|Lord|Baroness|Members)|my\s+(?:right\s+)?"
    r"(?:hon\.|honourable|noble|learned)\s+(?:and\s+\w+\s+)?(?:[Ff]riend|[Ll]ord|[Bb]aroness)"
    r"|the\s+House|noble\s+Lords|the\s+Deputy|Members)\b"
)
_SPEAKER_HIMSELF = re.compile(r"\bI\b")
# A letter to the member asking: "… will write to the hon. Member", "correspond … with the Member".
_TO_THE_MEMBER = re.compile(
    r"\b(?:to|with)\s+(?:the\s+(?:(?:hon\.|honourable|noble|right\s+hon\.)\s+)?(?:Member|Lady|Gentleman"
    r"|Lord|Baroness)|him|her(?!\s+Majesty)|my\s+(?:right\s+)?(?:hon\.|honourable|noble)\s+(?:[Ff]riend|[Ll]ord))\b"
)
# Acts that, done to money, commit it: "maintain the farming budget", "seek further
# funding for the next control period", "extend the grant".
_MONEY_KEPT = frozenset(
    {"provide", "extend", "continue", "maintain", "protect", "guarantee", "seek", "secure",
     "increase", "redirect", "switch", "shift"}
)  # fmt: skip
# What a member brought: their case, their constituents, their points.
_MEMBERS_MATTER = re.compile(
    r"\b(?:his|her|their|the\s+hon\.\s+\w+[’']s)\s+(?:\w+\s+)?(?:case|cases|constituents?|point|points"
    r"|proposals?|suggestions?|concerns?|request|invitation|details)\b|\b(?:raises|raised|made\s+by)\b"
)


def _to_a_member(trigger: Trigger, sentence: str) -> bool:
    """An act the speaker undertakes in person, for the member or the House they answer
    ("I will make sure he gets the meetings he needs", "I will raise the matter with my
    colleagues" said to a member): an undertaking, whatever its verb."""
    return bool(_SPEAKER_HIMSELF.search(trigger.subject)) and bool(_ADDRESSEE.search(sentence))


def _by_what_follows(rest: str, new_money: bool) -> CommitmentCategory:
    """When the act's own words name nothing, what the rest of the sentence says the act
    is for: "we will establish a Remuneration Commission, which will investigate…" is a
    review, "…will be presenting a comprehensive plan…" guidance, "in order to table an
    amendment" legislation; otherwise the act is operational."""
    lowered = lower_for_search(rest)
    if _holds(_LEGISLATION, _LEGISLATION_WORDS, rest, lowered) and not _MENTION.search(rest):
        return "legislation"
    if new_money and _holds(_FUNDING, _FUNDING_WORDS, rest, lowered):
        return "funding"
    if _holds(_REVIEW, _REVIEW_WORDS, rest, lowered) or _BODY_TO_REVIEW.search(rest):
        return "review"
    if _holds(_GUIDANCE, _GUIDANCE_WORDS, rest, lowered):
        return "guidance"
    return "operational"


# A body set up to look into something: a review by another name.
_BODY_TO_REVIEW = re.compile(
    r"\b(?:an?|new|independent)\s+(?:[\w-]+\s+){0,3}?(?:[Cc]ommission|[Tt]ask\s*[Ff]orce|[Pp]anel"
    r"|[Ss]tudy|[Ii]nquiry|committee\s+to\s+advise)\b|\blook\s+into\b"
)


# Where an act's words end: the next clause ("…, so that…", "; and", " which …").
_ACT_END = re.compile(
    r";|—|,\s+(?:so|and|but|which|while|because|as|to\s+ensure|followed\s+by)\b|\s+so\s+that\b"
)
# A personal undertaking to a member or the House, however it is triggered.
_REVIEW_OBJECT = re.compile(
    r"\b(?:reports?|review|consultation|findings|evaluation|responses?|audit|inquiry)\b", re.I
)
# A document that reports a review: "the summary of responses", "a report summarising…"
_REVIEW_DOC = re.compile(
    r"\b(?:summary\s+of\s+(?:the\s+)?responses|report\s+summarising|results?\s+(?:of|from)\s+(?:the\s+|a\s+)?"
    r"(?:consultation|review|evaluation)|(?:consultation|review|evaluation)\s+(?:response|report|findings)"
    # what a review, a count or a survey yields, published: "the next progress report",
    # "the results of this exercise", "those data", "the Government's response", "a Green
    # Paper", "the Count of … Caravans"
    r"|(?:annual|progress|interim|final|first)\s+report|results|data|statistics|survey|analysis"
    r"|assessment|response|findings|Green\s+Paper|consultations?|count|figures|estimates"
    r"|information\s+(?:on|about))\b",
    re.IGNORECASE,
)
# The member or the House told ("let the hon. Gentleman know", "let her know").
_TOLD = (
    r"\s+(?:him|her|them|the\s+hon|my\s+hon|the\s+House|noble\s+Lords|members)\b[^;:]{0,20}?\s+know"
)
_FORWARD = re.compile(r"\s+forward\b")  # "measures will come forward": to the House
# A person appointed to a post: an appointment, whatever the body's name says ("… as a
# member of the Armed Forces' Pay Review Body"), not the body's work.
_TO_A_POST = re.compile(
    r"\b(?:re)?appoint(?:ed|ing|s)?\b[^.;]{1,120}?\b(?:as|to\s+be|to\s+the\s+post\s+of)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:new\s+|interim\s+|independent\s+|deputy\s+)?"
    r"(?:member|chair(?:man|woman|person)?|chief\s+executive|commissioner|director|head|president"
    r"|trustee|non-executive)\b",
    re.IGNORECASE,
)

_UNDERTAKING = re.compile(
    r"\b(?:I|we)\s+(?:will|shall|’ll|'ll|am\s+happy\s+to|would\s+be\s+happy\s+to|"
    # an offer of the department's help: "I would be happy for my Department to provide advice"
    r"(?:am|would\s+be)\s+(?:\w+ly\s+)?happy\s+for\s+(?:my|our)\s+(?:Department|officials|team)\s+to|"
    r"will\s+be\s+happy\s+to|can\s+undertake\s+to|undertake\s+to)\s+"
    r"(?:\w+ly\s+|also\s+|be\s+sure\s+to\s+|continue\s+to\s+|of\s+course\s+)*"
    r"(?:write|reply|respond\s+in\s+writing|meet|follow\s+(?:it\s+|that\s+|this\s+)?up|look\s+into"
    r"|discuss\s+(?:it|that|this|the\s+case|the\s+matter)|(?:speak|talk)\s+to\s+(?:officials|my|the\s+Minister)"
    r"|send\s+(?:her|him|them|the\s+hon|a\s+note|a\s+letter|(?:it|that|this|a\s+copy)\s+to)"
    r"|inform|update\s+(?:the\s+House|him|her|members)"
    r"|report\s+(?:back|(?:on\s+[^.;]{1,80}?\s+)?to\s+(?:the\s+House|Parliament))|keep\s+(?:the\s+House|him|her|them|members|noble\s+Lords|hon\.)[^.;]{0,30}?"
    r"(?:informed|updated|posted)|make\s+sure\s+that\s+(?:that|this|it)\s+is\s+raised|raise\s+(?:that|this|it)"
    r"|contact|commit\s+to\s+contacting|come\s+back\s+to\s+(?:the\s+House|him|her|the\s+hon)"
    r"|(?:certainly\s+)?make\s+reference|pass\s+(?:that|this|those)|place\s+a\s+copy|take\s+(?:that|this|it)\s+(?:up|away|back)"
    r"|ask\s+my\s+(?:[\w.]+\s+){0,3}?(?:colleague|friend)s?|let" + _TOLD + r")\b"
    r"|\b(?:I|we)\s+look\s+forward\s+to\s+meeting\b"
    # what the member asked for, given them: "My officials are working to provide the
    # information requested", "The information requested will be provided by the Minister"
    r"|\bthe\s+information\s+(?:(?:he|she|they|the\s+hon\.\s+\w+)\s+)?(?:requested|has\s+requested|asked\s+for"
    r"|sought)\b"
    # a letter going now to a committee's chair or a member: "I am also writing to the Chair
    # of the Select Committee to provide a formal report on progress"
    r"|\b(?:I\s+am|we\s+are)\s+(?:also\s+)?writing\s+to\s+(?:the\s+(?:Chairs?\s+of\s+the\s+(?:[\w-]+\s+){0,6}?"
    r"Committee|hon\.|right\s+hon\.|noble)|him\b"
    r"|her\b(?!\s+Majesty)|my\s+(?:right\s+)?(?:hon\.|noble))"
    # a colleague's meeting offered: "the relevant Minister will be happy to meet her"
    r"|\b(?:the\s+(?:relevant\s+|responsible\s+)?Minister|my\s+(?:right\s+)?(?:hon\.|noble)\s+Friend"
    r"(?:\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})?)\s+(?:will|would)\s+be\s+(?:very\s+|more\s+than\s+)?"
    r"(?:happy|pleased|glad|delighted)\s+to\s+meet\b"
    r"|\b(?:I|we)\s+(?:will|shall)\s+(?:\w+\s+){0,3}?(?:and\s+)?(?:inform|update)\s+my\s+"
    r"|\band\s+will\s+(?:\w+ly\s+)?(?:follow\s+(?:it\s+|that\s+)?up|let" + _TOLD + r")\b"
    # a statement to the House to come, as a business statement lists it: "My right hon.
    # Friend the Chancellor … plans to make a statement on…", "…will deliver her Budget
    # statement"
    r"|\b(?:will|plans?\s+to|intends?\s+to)\s+(?:make|deliver)\s+(?:a|an|her|his|their|the|its|my"
    r"|our)\s+(?:[\w-]+\s+){0,3}?statement\b"
    # a reply asked of an agency: "I have asked the Chief Executive to reply."
    r"|\basked\s+(?:the\s+(?:[\w-]+\s+){1,6}?|(?-i:[A-Z])[^.;]{0,80}?\s+)to\s+(?:write|reply)(?:\s+to\s+(?:the\s+(?:hon|noble"
    r"|right|rt)\b|my\s+(?:hon|noble|right)\b|him\b|her\b(?!\s+Majesty)|you\b)|\s*[.,;])"
    # a letter to the member by whoever writes it: "I have asked the Chief Executive of the
    # Highways Agency to write to the hon. Member", "…, who will reply to him directly"
    r"|\b(?:write|reply)\s+(?:directly\s+)?to\s+(?:the\s+(?:hon|noble|right|rt)\b|my\s+(?:hon|noble"
    r"|right)\b|him\b|her\b(?!\s+Majesty))"
    # a reply owed to a member: "a response will be sent shortly", "An answer is being
    # prepared and will be provided as soon as it is available"
    r"|\b(?:an?\s+|my\s+)(?:full\s+|substantive\s+|written\s+)?(?:response|reply|answer)\s+(?:is\s+being"
    r"\s+prepared\s+and\s+)?will\s+(?:\w+ly\s+)?be\s+(?:sent|provided|given|issued)\b"
    r"(?![^.;]{0,30}?\bconsultation\b)",
    re.IGNORECASE,
)


_TO_COME = re.compile(r"(?:will|should)\s")


def status_of(trigger: Trigger, sentence: str, lowered: str) -> CommitmentStatus:
    if trigger.kind == "accepted" or _HAS_ACCEPTED.search(sentence):
        return "accepted"
    if trigger.verb == "committed":
        return "future"
    if _holds(_CONSIDERING, _CONSIDERING_WORDS, sentence, lowered):
        return "under-consideration"
    if trigger.kind == "published" and _TO_COME.match(sentence, trigger.start):
        return "future"  # "Information on … will be available in the spring"
    if trigger.kind in {"performative", "request", "announced", "published"} or _holds(
        _TODAY, ("today",), sentence, lowered
    ):
        return "announced"
    if trigger.kind == "progressive" or _UNDER_WAY.search(sentence):
        return "under-way"
    return "future"


_CONFIDENCE = {
    "performative": 0.9, "accepted": 0.9, "request": 0.85, "undertaking": 0.85,
    "announced": 0.85, "modal": 0.75, "progressive": 0.7, "target": 0.7, "list": 0.6,
    "intent": 0.75, "published": 0.85, "funding": 0.75, "existential": 0.7,
}  # fmt: skip


def confidence_of(trigger: Trigger, actor: str, sentence: str, lowered: str) -> float:
    score = _CONFIDENCE[trigger.kind]
    if actor in {"speaker", "Government"}:
        score += 0.05
    if _holds(_HEDGE, _HEDGE_WORDS, sentence, lowered):
        score -= 0.1
    return round(max(0.1, min(score, 0.99)), 2)
