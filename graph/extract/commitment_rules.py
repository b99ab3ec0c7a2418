"""Commitment triggers: the patterns a clause must match to commit someone, and their clues.

Each :class:`Rule` is a pattern with cheap tests that rule a clause out before the
pattern runs (see its docstring); :data:`TRIGGERS` lists them in the order they are
tried; :func:`key_hits` finds, once per speech, where any of them could start, and
:func:`rules_for` which rules a sentence holding those keywords may match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ahocorasick_rs import AhoCorasick

from graph.extract.money import CURRENCY_SIGN
from graph.extract.scan import anchored, last_hit
from graph.extract.sentences import lower_for_search

_V = r"(?P<verb>[a-z][a-z-]*)(?P<rest>(?:\s+[a-z][a-z’'-]*){0,3})"
#: An adverb in -ly, not a verb that ends so ("we will supply…", "the rules will apply").
LY_ADVERB = (
    r"(?!(?:supply|apply|reply|rely|comply|multiply|imply|ally|rally|tally|bully|fly)\b)[a-z]+ly"
)
_ADV = r"(?:(?:also|now|then|therefore|further|shortly|swiftly|today|immediately|always|all|" \
       r"soon|not|continue\s+to|seek\s+to|of\s+course|indeed|still|" + LY_ADVERB + r")\s+)*"  # fmt: skip
# Words set off by commas after the modal: "I will, of course, write to him", "we shall,
# in due course, publish…".
SET_OFF = r"(?:,\s*(?:of\s+course|" + LY_ADVERB + r"|indeed|too|also|again|then|now|therefore|however|though" \
         r"|in\s+turn|as\s+always|as\s+ever|in\s+due\s+course|if\s+I\s+may)\s*,)?"  # fmt: skip
_NEG_ADV = r"(?:(?:also|now|then|therefore|further|today|already|currently|all|of\s+course|" \
           r"indeed|so|still|not|" + LY_ADVERB + r")\s+)*"  # fmt: skip


# Who on the Government's side gives someone work (the request rules): the speaker, the
# Government, a senior minister by office, "my right hon. Friend the …".
_GIVER = (
    r"(?P<subject>\bI|\b[Tt]he\s+(?:Prime\s+Minister|Government|Chancellor|Secretary\s+of"
    r"\s+State|(?:Home|Foreign|Health|Defence|Justice|Transport|Education)\s+Secretary)|\b[Mm]y\s+"
    r"(?:right\s+)?hon\.\s+Friend\s+the\s+(?:[A-Z][\w-]*\s+){1,5}?)"
)


# A currency sign before an amount (:data:`graph.extract.money.CURRENCY_SIGN`; rules
# matched in any case also take "r" before a digit).
_MONEY = CURRENCY_SIGN
# The verbs of money set aside, as the funding rules' clues hold them.
_SET_ASIDE = ("allocated", "earmarked", "set aside", "ring-fenced", "ringfenced", "budgeted")
_MONEY_CLUES = ("£", "€", "$", *(f"r{d}" for d in range(10)))
# How a colleague is named, however the text spells the courtesy: "my right hon. Friend",
# "my rt hon Friend", "my right honourable friend", "my noble and learned Friend".
FRIEND = r"(?:(?:right|rt\.?)\s+)?(?:hon\.?|honourable|noble)\s+(?:and\s+(?:learned|gallant)\s+)?[Ff]riend"
# The Government's side as the doer of a past act of money: the speaker, the Government or
# a department, the Treasury, or a minister named by office ("my right honourable friend the
# Chancellor of the Exchequer (Philip Hammond)").
GOVERNMENT_SIDE = (
    r"(?:I|[Ww]e|(?i:(?:the|our|my)\s+(?:department|government|ministry))|(?:HM\s+)?Treasury"
    r"|(?:(?i:my)\s+" + FRIEND + r"\s+)?(?i:the)\s+"
    r"(?:Chancellor(?:\s+of\s+the\s+Exchequer)?|Prime\s+Minister|Secretary\s+of\s+State"
    r"(?:\s+for\s+[A-Z][\w,]*(?:\s+(?:and\s+)?[A-Z][\w,]*){0,4})?))(?:\s+\([^()]{1,60}\))?"
)


# Steps of carrying out a measure, in the passive progressive: "the codes are being
# finalised", "the plan is being costed", "new schools are being built".
_BEING_MORE = (
    r"finali[sz]ed|costed|prepared|built|constructed|upgraded|refurbished|designed|drafted"
    r"|negotiated|established|set\s+up|worked\s+on|piloted|trialled|tested|procured|fast-tracked"
    r"|provided|made\s+available|allocated|invested|paid"
)
BEING_STEP = re.compile(rf"(?:{_BEING_MORE})$")


@dataclass(frozen=True, slots=True)
class Rule:
    """A trigger pattern, with cheap tests that rule a clause out before the pattern runs.

    Every test is implied by the pattern, so using them never loses or changes a match;
    they exist because most sentences hold no trigger word, and patterns that open with
    a lazy subject of up to 100 characters are slow to rule out, position by position.

    - ``clues``: groups of words; the clause must contain a word of every group (as a
      substring; in lower case when the pattern ignores case);
    - ``hint``: where something the clause must contain occurs (none: the rule is out);
    - ``anchor``: where a match's keyword is ("will"): every match contains an anchor
      hit at or after its start, so once no anchor follows, no match can; and
    - ``barrier``: the characters a match cannot contain between its start and its
      anchor (a comma before "will"), so a search for a match may begin after the last
      barrier before the next anchor.
    """

    kind: str
    pattern: re.Pattern[str]
    clues: tuple[tuple[str, ...], ...] = ()
    hint: Callable[[str], Iterator[int]] | None = None
    anchor: re.Pattern[str] | None = None
    barrier: re.Pattern[str] | None = None
    folded: bool = field(init=False)
    last_barrier: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", bool(self.pattern.flags & re.IGNORECASE))
        last = last_hit(self.barrier) if self.barrier is not None else None
        object.__setattr__(self, "last_barrier", last)

    def possible(self, clause: str, lowered: str) -> bool:
        text = lowered if self.folded else clause
        for any_of in self.clues:
            for word in any_of:
                if word in text:
                    break
            else:
                return False
        return self.hint is None or next(self.hint(clause), None) is not None

    def finditer(self, clause: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``clause`` (never empty).

        Without an anchor, each search resumes right after the previous match's verb, not
        after the words it took as its ``rest``: "I am delighted that we are setting up…"
        holds two triggers, the second inside the first's ``rest``.  With an anchor, what
        ``pattern.finditer(clause)`` yields.
        """
        if self.anchor is not None:
            yield from anchored(self.pattern, self.anchor, self.last_barrier, clause)
            return
        pos = 0
        while (m := self.pattern.search(clause, pos)) is not None:
            yield m
            end = m.end("verb") if "verb" in m.re.groupindex else m.end()
            pos = max(end, m.start() + 1)


_BE = re.compile(r"\s(?:am|are|is)\s")
_BEFORE_BE = ("I", "We", "we", "group", "Agency", "Executive", "Service", "Secretary of State")
_BEFORE_BE_ANY_CASE = ("government", "department", "office", "officials", "ministers")
# A department named in full or by its initials: "the Department for Work and Pensions",
# "the Ministry of Justice", "DWP", "the FCDO", "HMRC".
DEPARTMENT_NAMES = (
    r"(?:Department|Ministry)\s+(?:for|of)\s+[A-Z][\w,’' -]{0,60}?"
    r"|FCDO|FCO|DfE|DWP|DHSC|DCMS|BEIS|DESNZ|DSIT|DfT|MoD|MOD|MoJ|HMRC|Defra|DEFRA"
    r"|MHCLG|DLUHC|DBT|DIT|DfID|DFID|DECC|DCLG|BIS|HM\s+Treasury|Cabinet\s+Office"
)
_DEPARTMENT_NAMED = rf"(?:the\s+)?(?:{DEPARTMENT_NAMES})"
#: A Secretary of State by department, just before "is" (:func:`_subject_be`).
_SECRETARY_BEFORE = re.compile(r"\bSecretary\s+of\s+State\s+for\s+[A-Z][\w,& ]{0,50}$")
#: The same name just before "is" (:func:`_subject_be`).
_DEPARTMENT_BEFORE = re.compile(rf"\b(?:{DEPARTMENT_NAMES})$")


def _subject_be(text: str) -> Iterator[int]:
    """Where "am/are/is" follows a word the first progressive rule takes as a subject.

    Every match of that rule ("we are working…", "the Home Office is reviewing…") has one;
    finding "is" first and looking back is far cheaper than trying each subject.
    """
    for match in _BE.finditer(text):
        # the end of ``text[: match.start()].rstrip()``, found without copying the prefix
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if (
            text.endswith(_BEFORE_BE, 0, end)
            or lower_for_search(text[max(0, end - 10) : end]).endswith(_BEFORE_BE_ANY_CASE)
            or _DEPARTMENT_BEFORE.search(text, max(0, end - 80), end) is not None
            or _SECRETARY_BEFORE.search(text, max(0, end - 80), end) is not None
        ):
            yield match.start()


@dataclass(frozen=True, slots=True)
class Trigger:
    """Where a commitment trigger matched, inside one clause."""

    start: int
    subject: str
    verb: str
    rest: str
    # performative, modal, progressive, intent, request, accepted, target, undertaking,
    # published, list, existential
    kind: str
    passive: bool = False
    be: bool = False


# A copy of a reply or letter to a member, to be placed in the Library: the guideline's
# undertaking ("I will place a copy of the letter in the Library"), not the statement's papers.
# The reply is a colleague's ("A copy of his reply…") or one to the member ("…of my letter to
# the hon. Member"); the Government's response or a letter to chief constables is the
# statement's own paper.
#: A scheme, programme or service of the Government's, named with its determiner: "the Afghan
#: citizens resettlement scheme" (what a statement may open as it is made).
SCHEME = (
    r"(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:[\w’'-]+\s+){0,5}?(?:scheme|programme|fund|service|consultation"
    r"|register|portal|helpline|route)"
)
_TO_A_MEMBER = (
    r"\s+to\s+(?:(?:the|my)\s+(?:hon\.|noble|right\s+hon\.|honourable)\s+|him\b|her\b(?!\s+Majesty)"
    r"|the\s+Member\b|(?:Lord|Baroness|Lady)\s+[A-Z]|(?:all\s+)?(?:hon\.\s+)?Members\b)"
    r"(?:[^.;]|(?<=hon)\.){0,60}?"
)
REPLY_COPY = re.compile(
    r"(?:A\s+)?[Cc]op(?:y|ies)\s+of\s+(?:(?:his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:reply|replies|letter"
    r"|response|answer)(?:"
    + _TO_A_MEMBER
    + r")?|(?:my|the|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:reply"
    r"|replies|letter|response|answer)"
    + _TO_A_MEMBER
    # the letter just promised, its recipient unnamed: "I will write to the noble Lord … A
    # copy of my letter will be placed in the Library"
    + r"|(?:my|the|this|that)\s+(?:letter|reply))\s+will\s+(?:also\s+)?be\s+"
    r"(?P<verb>placed|deposited|put)(?P<rest>\s+in\s+the\s+(?:House\s+)?Librar(?:y|ies))\b"
)

TRIGGERS: tuple[Rule, ...] = (
    Rule(
        "undertaking",
        # a copy of a reply to the member placed in the Library (the subject may hold "hon."):
        # "A copy of my reply to the hon. Gentleman will be placed in the Library"
        re.compile(r"(?P<subject>)" + REPLY_COPY.pattern),
        clues=(("cop",), ("Librar",)),
    ),
    Rule(
        "undertaking",
        # a letter promised at the end of a list of the speaker's acts: "I will read Hansard,
        # go back over my noble friend's question and write to her"
        re.compile(
            r"(?P<subject>\bI)\s+(?:will|shall)\s+[^.;?]{1,100}?,?\s+and\s+(?:then\s+)?(?P<verb>write"
            r"|reply)(?P<rest>\s+to\s+(?:him|her|them|the\s+(?:noble|hon|right)|my\s+(?:noble|hon|right))\b)"
            r"(?![^.;]{0,60}?\b(?:points|remarks|questions|contributions|in\s+turn)\b)"
        ),
        clues=(("write", "reply"),),
    ),
    Rule(
        "undertaking",
        re.compile(
            r"(?P<subject>\bI)\s+(?:(?:will|shall)"
            + SET_OFF
            # "I will have to come back to the noble Baroness on that"
            + r"(?:\s+(?:want|have|need)\s+to)?|am\s+happy\s+to|"
            r"am\s+(?:very\s+|more\s+than\s+)?(?:happy|pleased|willing|delighted|glad)\s+to"
            r"|(?:will|would|should|shall)\s+be\s+(?:very\s+|more\s+than\s+)?"
            r"(?:happy|pleased|glad|delighted)\s+to"
            r"|(?:can\s+)?undertake\s+to)\s+"
            r"(?:\w+ly\s+|for\s+sure\s+|also\s+|indeed\s+|be\s+sure\s+to\s+|of\s+course\s+|nevertheless\s+"
            r"|nonetheless\s+|still\s+|then\s+)?(?:undertake\s+to\s+)?"
            # a first step before it: "I shall find it and write to…", "I will check and reply"
            r"(?:(?:find|check|look\s+at|look\s+into|consider|investigate|examine)\s+"
            r"(?:(?:it|that|this|them|those|out)\s+)?and\s+)?"
            r"(?P<verb>write|reply|respond\s+in\s+writing|respond(?=(?:[^.;?]|(?<=hon)\.){0,60}?\bin\s+writing\b)"
            r"|send|meet|talk|follow"
            r"|take(?=(?:\s+[\w’'.-]+){0,4}?\s+(?:away|back|up|forward|into\s+account)\b)|look\s+into|speak"
            r"|get\s+on(?:\s+|\s*to\s+|\s+with\s+)(?:it|that|this)\b"
            r"|look\s+(?:again\s+)?at(?=\s+(?:it|that|this|the\s+(?:case|details|matter|issue|point)"
            r"|(?:his|her|their)\s+(?:case|point|suggestion|proposal))\b)"
            r"|discuss|update|be\s+doing|share|find\s+out|revert|get\s+back|come\s+back"
            # information for the member: "provide … the figures", "give him the details"
            r"|(?:provide|give)(?=(?:\s+[\w’'.-]+){0,6}?\s+(?:information|details|figures|data"
            r"|a\s+breakdown|an\s+update|a\s+note|answers?)\b)|report\s+(?:back\s+)?to"
            r"|(?:have|arrange|hold)\s+(?:a|the)\s+meeting"
            # the meeting just offered: "I am happy to arrange it as soon as possible"
            r"|arrange(?=\s+(?:it|that|this|one|them|for)\b)"
            # a member's message taken to whoever acts: "I will pass that on to the Chancellor",
            # "I will convey those congratulations", "I shall draw it to Ofgem's attention"
            r"|pass(?=\s+(?:it|that|this|those|these|them|his|her|their)\s+(?:\w+\s+)?on\b)"
            r"|convey|relay"
            r"|draw(?=\s+(?:it|that|this|those|these|them|his|her|their)\b[^.;?]{0,60}?\battention\b)"
            r"|ensure(?=\s+that\s+(?:it|this|that|they|these|those|his|her|their)\b[^.;?]{0,60}?"
            r"\bpassed\s+on\b)"
            # "I would be delighted to ensure that we write to her", "I shall be happy to do
            # the same for any other Members"
            r"|ensure(?=\s+that\s+(?:we|I|officials)\s+(?:write|reply|meet|respond|follow|look))"
            r"|do\s+the\s+same\b"
            # an undertaking given in so many words undertakes whatever it names: "I
            # undertake to bring to the attention of Ministers the points made"
            r"|(?<=undertake\sto\s)[a-z]+)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(
            ("will", "shall", "happy", "pleased", "glad", "willing", "undertake", "delighted"),
            (
                "share",
                "find",
                "revert",
                "back",
                "meeting",
                "write",
                "reply",
                "respond",
                "send",
                "meet",
                "talk",
                "follow",
                "take",
                "look",
                "speak",
                "discuss",
                "update",
                "doing",
                "provide",
                "give",
                "report",
                "get on",
                "ensure",
                "same",
                "arrange",
                "pass",
                "convey",
                "relay",
                "draw",
            ),
        ),
    ),
    Rule(
        "undertaking",
        # the House told it will hear more: "Parliament will receive an update next week",
        # "Members will be given a full report", "the House will be kept updated",
        # "Parliament will be informed of the amending text at the appropriate time"
        re.compile(
            r"(?P<subject>)\b(?:(?<!European\s)Parliament|[Tt]he\s+(?:House|Chamber|Assembly|Committee)|[Mm]embers"
            r"|noble\s+Lords)\s+will\s+(?:also\s+|then\s+)?(?:(?:receive|get|be\s+given|be\s+sent"
            r"|be\s+provided\s+with)\s+(?:an?\s+|the\s+)?(?:further\s+|full\s+|written\s+|regular\s+)?"
            r"|be\s+(?:kept\s+)?)(?P<verb>updated|update|report|informed|notified|advised)s?\b(?!\s+to\b)"
            # (not by another: "… will be advised by a panel", "… by the usual channels"; nor
            # a duty a Bill sets: "… of each designation under the powers in clause 3")
            r"(?![^.;]{0,60}?\bby\s+(?:an?\s+|the\s+usual\s+channels|the\s+(?:[\w-]+\s+){0,2}?(?:panel"
            r"|committee|board|commission|experts?|agency|council|authority)\b)"
            r"|[^.;]{0,80}?\b(?:under\s+(?:the\s+)?powers|clause\s+\d|section\s+\d))"
            r"(?P<rest>(?:\s+[\w’'-]+){0,3})"
        ),
        clues=(("update", "report", "informed", "notified", "advised"),),
    ),
    Rule(
        "undertaking",
        # an offer made for the Government: "we would be delighted to make sure that the
        # criteria are shared with the hon. Lady", "we would be happy to meet him"
        re.compile(
            r"(?P<subject>\b[Ww]e)\s+(?:(?:would|should|will)\s+be|are)\s+(?:very\s+|more\s+than\s+)?(?:happy"
            r"|pleased|glad|delighted)\s+to\s+(?:\w+ly\s+)?(?P<verb>write|meet|talk|discuss|share"
            r"|make\s+sure|look\s+(?:at|into)|arrange|provide|update"
            r"|have(?=\s+(?:that|this|the|a|further)\s+(?:discussion|conversation|meeting)s?\b))\b"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("happy", "pleased", "glad", "delighted"),),
    ),
    Rule(
        "undertaking",
        # an offer of a meeting: "I would like to offer noble Lords who have spoken a meeting
        # with Ministers before Third Reading", "I should be very happy to offer … a meeting"
        re.compile(
            r"(?P<subject>\bI)\s+(?:would\s+like\s+to|am\s+(?:very\s+)?happy\s+to|(?:should|would)\s+be"
            r"\s+(?:very\s+)?(?:happy|pleased|glad|delighted)\s+to|will|can)\s+(?:\w+ly\s+)?"
            r"(?P<verb>offer)(?P<rest>(?:[^.;?]|(?<=hon)\.|(?<=[A-Z])\.){0,240}?\b(?:meeting|discussion"
            r"|briefing)s?\b)"
        ),
        clues=(("offer",),),
    ),
    Rule(
        "undertaking",
        # an offer already made, by the speaker or a colleague: "the education Minister has
        # offered to meet you to discuss this further", "I have offered to write to him"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|[Tt]he\s+(?:[\w-]+\s+){0,4}?(?:Minister|Secretary(?:\s+of\s+State)?)"
            r"|[Mm]y\s+(?:right\s+)?(?:hon\.|noble)\s+(?:and\s+\w+\s+)?Friend))(?:\s+[^.;?]{0,80}?)?\s+"
            # or said she is willing: "…has expressed her willingness to meet the Inquiry team"
            r"ha(?:s|ve)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:offered|(?:expressed|indicated|confirmed)\s+"
            r"(?:my|our|her|his|their)\s+willingness)\s+to\s+(?P<verb>meet|write|discuss|visit"
            r"|talk|arrange)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("offered to", "willingness to"),),
    ),
    Rule(
        "undertaking",
        # "I commit to returning at Third Reading with a new amendment", "I will certainly
        # commit to contacting all relevant agencies" ("I am not going to commit to…" and
        # "Will the Minister commit to…?" are not)
        re.compile(
            r"(?P<subject>\bI)\s+(?:can\s+|will\s+|do\s+)?(?:\w+ly\s+)?commit\s+(?:myself\s+)?to\s+"
            r"(?P<verb>[a-z]+ing)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("commit",),),
    ),
    Rule(
        "undertaking",
        # an invitation to the member or the House: "I invite all colleagues who would like to
        # come in to see the work of our Windrush team"
        re.compile(
            r"(?P<subject>\bI)\s+(?:would\s+)?(?:also\s+)?(?P<verb>invite)(?P<rest>\s+(?:all\s+|any\s+)?"
            r"(?:colleagues|him|her|them|the\s+hon|my\s+hon|my\s+noble|the\s+noble|noble\s+Lords"
            r"|hon\.\s+Members|Members)\b)"
        ),
        clues=(("invite",),),
    ),
    Rule(
        "undertaking",
        # the same said of the member: "He is welcome to come to the Department to learn more"
        re.compile(
            r"(?P<subject>)\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]on\.\s+Members|[Tt]he\s+(?:hon\.|noble)\s+"
            r"(?:Gentleman|Lady|Lord|Baroness|Member))\s+(?:is|are)\s+(?:very\s+|most\s+|always\s+)*"
            r"(?P<verb>welcome)(?P<rest>\s+to\s+(?:come|visit|meet|see|join))\b"
        ),
        clues=(("welcome",),),
    ),
    Rule(
        "undertaking",
        # "when I come to Sheffield on 23 May, it will be a pleasure to meet him"
        re.compile(
            r"(?P<subject>)\bit\s+will\s+be\s+(?:a|my)\s+(?:great\s+|real\s+)?pleasure\s+to\s+"
            r"(?P<verb>meet|visit|welcome|host|see)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("pleasure",),),
    ),
    Rule(
        "undertaking",
        # "I look forward to meeting her", "I look forward to visiting Harlow next year", "I
        # look forward to continuing to work with him on this"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e))\s+(?:very\s+much\s+|really\s+|also\s+)?look\s+forward\s+to\s+"
            r"(?:continuing\s+to\s+)?(?P<verb>meeting|discussing|visiting|working\s+with|work\s+with)\b"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("forward",),),
    ),
    Rule(
        "undertaking",
        # an undertaking given as the answer to a request: "Yes, I can.", "Yes, I am happy to
        # do that.", or the acceptance alone, "I will be very happy to do that." (a bare
        # "Yes." may agree with anything, and is not one)
        re.compile(
            r"^(?:(?:(?:Yes|Absolutely|Certainly|Of\s+course|Indeed)[,.!]?\s+)+|(?=\w+\s+(?:am|are"
            r"|(?:would|will|should|shall)\s+be)\s+(?:very\s+|more\s+than\s+)?(?:happy|pleased|glad"
            r"|delighted)\s+to\s+do\s+(?:that|so|this)\s*[.!]?$))(?P<subject>I|[Ww]e)\s+"
            r"(?P<verb>can|will|shall|(?:am|are|(?:would|will|should|shall)\s+be)\s+(?:very\s+"
            r"|more\s+than\s+)?(?:happy|pleased|glad|delighted)\s+to(?:\s+do)?)"
            r"(?P<rest>(?:\s+(?:indeed|certainly|that|so|this))?)\s*[.!]?$",
            re.IGNORECASE,
        ),
        clues=(
            (
                "yes",
                "absolutely",
                "certainly",
                "of course",
                "indeed",
                "happy",
                "pleased",
                "glad",
                "delighted",
            ),
        ),
    ),
    Rule(
        "undertaking",
        re.compile(r"(?P<subject>)\band\s+will\s+(?P<verb>follow)(?P<rest>\s+up)", re.IGNORECASE),
        clues=(("will",), ("follow",)),
    ),
    Rule(
        "modal",
        # the Government's word given and reported by the one who gave it: "I confirmed that
        # the UK would consider what further support could be offered", "The Prime Minister
        # made clear that we would continue to fund the mission" (a word given on a day named,
        # or "they would…" of a government before, is history: commitment_filters.reported_past)
        re.compile(
            # the one who gave it: the speaker, a minister ("He" in a report of a meeting
            # the minister attended), not the Commission or a campaign
            r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]he\s+Prime\s+Minister|[Tt]he\s+Minister"
            r"|[Tt]he\s+(?:[\w-]+\s+)?Secretary(?:\s+of\s+State)?|[Mm]y\s+(?:right\s+)?(?:hon\.|noble)\s+"
            r"Friend[^,;]{0,60}?)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|again\s+)?"
            r"(?:confirmed|undertook|agreed|pledged|promised|made\s+(?:it\s+)?clear|assured\s+"
            r"(?:[A-Z][\w’'-]*\s+){0,3}?(?:him|her|them|[\w’'-]+(?:\s+[\w’'-]+)?))\s+that\s+"
            r"(?P<subject>the\s+UK|[Ww]e|the\s+(?:UK\s+)?Government|Britain)\s+would\s+"
            # (a conditional is a hypothetical: "… would respond robustly if Russia…")
            r"(?![^.;]*\b(?:if|unless)\b)"
            r"(?:also\s+|now\s+|then\s+)?(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(
            ("would",),
            ("confirmed", "undertook", "agreed", "pledged", "promised", "clear", "assured"),
        ),
    ),
    Rule(
        "performative",
        re.compile(
            r"(?P<subject>\bI)\s+(?:(?:can|am\s+(?:\w+ly\s+)?(?:pleased|delighted|able|happy)\s+to"
            r"|want\s+to)\s+(?:\w+\s+)?"
            # or plainly, as it is done: "I announce to members that…", "I hereby announce the…"
            r"|hereby\s+(?=announce)|(?=announce\s+to\s+(?:members|the\s+(?:House|Assembly|Chamber"
            r"|Senedd)|Parliament)\b)|(?<=\bthat\sI\s)(?=announce\s+(?:the|a|an|our|my)\b)"
            # "I confirm that the scheme will receive support of up to 80 per cent…"
            r"|(?:also\s+|now\s+|today\s+)?(?=confirm\s+that\b))"
            r"(?P<verb>confirm|announce)(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("confirm", "announce"),),
    ),
    Rule(
        "performative",
        # "I am pleased to say that we have now appointed…", "we are delighted to report that
        # the grant has been extended": news the speaker gives (a measure only if one follows)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e))\s+(?:am|are)\s+(?:\w+ly\s+|also\s+)?"
            r"(?:pleased|delighted|happy|glad|proud)\s+to\s+(?P<verb>say|report|inform|tell)\b"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("pleased", "delighted", "happy", "glad", "proud"),),
    ),
    Rule(
        "performative",
        # "I can assure him that it will be for all parts of the country", "Let me reassure
        # her that the transition will be handled carefully": an assurance about what will
        # be done (one about the present, "I assure you we take this seriously", is not)
        re.compile(
            r"(?P<subject>\b(?:I|[Ll]et\s+me))\s+(?:can\s+|will\s+|want\s+to\s+|"
            r"am\s+(?:happy|pleased|able)\s+to\s+)?(?:\w+ly\s+)?(?P<verb>assure|reassure)\b"
            r"(?P<rest>(?:[^.;?]|(?<=hon)\.){0,120}?\bthat\b[^.;?]{0,200}?\b(?:will|shall)\b)"
        ),
        clues=(("assure",),),
    ),
    Rule(
        "performative",
        # "I absolutely give her that assurance", "We of course make a commitment that the
        # funds … will be paid", "they can rest assured that they will receive…"
        re.compile(
            # ("I am very happy to give that commitment" too)
            r"(?P<subject>\b(?:I|[Ww]e|(?<!that\s)(?i:the\s+(?:UK\s+)?Government))|(?<=\band\s))\s*(?:(?:\w+ly|of\s+course|can|will|do|have|has|am|are|already|also"
            r"|very|more\s+than|(?:happy|pleased|glad|delighted|willing)\s+to)\s+)*"
            r"(?P<verb>give|make|(?:(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bam\s)|(?<=\bare\s)|(?<=ly\s)"
            r"|(?<=\balready\s)|(?<=\balso\s))(?:given|made))\s+(?!good\s+on\b)(?:[\w.]+\s+){0,4}?(?:that|an?|the|this|my|our)\s+"
            r"(?:(?:clear|firm|categorical|absolute|cast-iron|solemn|personal|full)\s+)?"
            r"(?:assurance|undertaking|commitment|pledge|promise|guarantee)s?\b(?P<rest>)"
        ),
        clues=(("assurance", "undertaking", "commitment", "pledge", "promise", "guarantee"),),
    ),
    Rule(
        "performative",
        # assurances given before, stood by now: "we stand by every assurance we gave
        # the devolved Governments" (a restated commitment; "we stand by our commitment to
        # the NHS" is a stance)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+(?:UK\s+)?Government)))\s+(?:\w+ly\s+|still\s+)?"
            r"(?P<verb>stands?)\s+by\s+(?:the|our|my|that|this|those|these|all|every)\s+(?:\w+\s+)?"
            r"(?:assurance|undertaking|commitment|pledge|promise|guarantee)s?\b(?P<rest>)"
            r"(?=\s+(?:that\s+|which\s+)?(?:I|[Ww]e|they|the\s+Government|Ministers)\s+(?:have\s+|has\s+)?"
            r"(?:gave|given|made|set\s+out)\b)"
        ),
        clues=(("stand",),),
    ),
    Rule(
        "performative",
        re.compile(
            r"(?P<subject>)\b(?:can|may)\s+(?:rest|be)\s+(?P<verb>assured)"
            r"(?P<rest>\s+that\b[^.;?]{0,200}?\b(?:will|shall)\b)"
        ),
        clues=(("assured",),),
    ),
    Rule(
        "performative",
        re.compile(
            r"(?P<subject>\b(?:I|We))\s+(?:am|are)\s+(?:today\s+)?(?P<verb>announcing)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("announcing",),),
    ),
    Rule(
        "request",
        # a body or person given the work by the speaker's side: "I have asked the
        # inspectorate to review progress", "The Prime Minister has tasked Baroness Casey to
        # lead a national commission" ("…has asked me to reply" is the House's custom)
        re.compile(
            _GIVER + r"\s*(?:have|has)\s+"
            r"(?:also\s+|therefore\s+|today\s+|now\s+)?(?:asked|tasked|invited)\s+"
            r"(?!(?:me|us)\b)(?P<object>.{2,80}?)\s+to\s+(?:\w+ly\s+)?" + _V
        ),
        clues=(("asked", "tasked", "invited"),),
    ),
    Rule(
        "request",
        # a body doing the work at the Government's request, said the other way round: "At
        # our encouragement, the Competition and Markets Authority is now looking into…", "At
        # the Home Secretary's request, the inspectorate will review…"
        re.compile(
            r"\b(?i:at)\s+(?P<subject>our|my|the\s+Government[’']s|the\s+(?:[A-Z][\w-]*\s+){1,3}?"
            r"(?:Secretary|Minister)[’']s)\s+(?:[\w-]+\s+)?(?:request|encouragement|invitation"
            # (at work now or to come, not done: "At my request, officials have met the company")
            r"|instigation|behest|suggestion)\s*,\s*(?P<object>[^,;]{2,80}?)\s+(?:(?:is|are)\s+(?:now\s+|also\s+)?"
            r"(?=[a-z]+ing\b)|will\s+(?:now\s+|also\s+)?(?:be\s+)?)(?:\w+ly\s+)?" + _V
        ),
        clues=(("request", "encouragement", "invitation", "instigation", "behest", "suggestion"),),
    ),
    Rule(
        "request",
        # the same, the work a review or commission someone is to lead: "The Prime Minister
        # has tasked Baroness Casey to lead a national commission"
        re.compile(
            _GIVER + r"\s*(?:have|has)\s+"
            r"(?:also\s+|therefore\s+|today\s+|now\s+)?(?:asked|tasked|invited|appointed)\s+"
            r"(?!(?:me|us)\b)(?P<object>.{2,80}?)\s+to\s+(?:lead|chair|head|conduct|carry\s+out)\s+"
            r"(?:an?\s+|the\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?P<verb>review|commission)\b(?P<rest>)"
        ),
        clues=(("asked", "tasked", "invited", "appointed"), ("review", "commission")),
    ),
    Rule(
        "progressive",
        # work on a named review set going by the Government: "The Prime Minister has
        # commissioned a comprehensive review of the 2 metre guidance", "We have also
        # commissioned research into…" (under way; habits are not: "From time to time, we
        # have commissioned studies…")
        re.compile(
            r"(?<!time,\s)(?P<subject>\b(?:I|[Ww]e|[Tt]he\s+(?:Prime\s+Minister|Government|Department"
            r"|Secretary\s+of\s+State|Chancellor)"
            # a minister by office: "the Minister for health has already commissioned work…"
            r"|[Tt]he\s+(?:[\w-]+\s+){0,3}?Minister(?:\s+(?:for|of)\s+[\w,& -]{1,50}?)?"
            r"|[Mm]y\s+(?:right\s+)?hon\.\s+Friend\s+the\s+"
            r"(?:[A-Z][\w-]*\s+){1,5}?))\s*(?:has|have)\s+(?:now\s+|also\s+|today\s+|recently\s+"
            r"|already\s+)?(?P<verb>commissioned)(?P<rest>\s+(?:an?\s+|the\s+|some\s+|further\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:review|research|study|studies|report|inquiry|evaluation"
            r"|assessment|analysis|audit|work(?=\s+(?:to|in\s+order\s+to|on)\s))s?)\b"
        ),
        clues=(("commissioned",),),
    ),
    Rule(
        "request",
        re.compile(r"(?P<subject>[A-Z][^,;]{1,60}?),?\s+has\s+agreed\s+to\s+" + _V),
        clues=(("agreed",),),
    ),
    Rule(
        "accepted",
        # "We agree with the commission's shortlist of three options", "The Government agree
        # with the Committee's recommendation": a proposal taken on, as accepted (not a
        # finding or a conclusion agreed with, which judges; nor agreement "in principle" or
        # one followed by what is not done: "…, but we cannot accept them at this stage")
        re.compile(
            r"(?P<subject>\b(?:[Ww]e|I|[Tt]he\s+Government))\s+(?:fully\s+|also\s+|therefore\s+|broadly\s+)?"
            r"(?P<verb>agrees?)\s+with\s+(?:the|its|their|this|that)\s+(?:[\w’'-]+\s+){0,4}?"
            r"(?P<rest>recommendations?|shortlist|proposals?)\b"
            r"(?![^.;]*?\bin\s+principle\b)(?![^.;]*?,\s+but\b[^.;]*?\b(?:not|cannot|can't|too)\b)"
        ),
        clues=(("agree",), ("recommendation", "shortlist", "proposal")),
    ),
    Rule(
        "accepted",
        re.compile(
            r"(?P<subject>\b(?:we|I|the\s+Government|[A-Z][\w ]{0,30}\s+and\s+I))\s+"
            # (a number accepted is a tally of cases, not a proposal taken on: "we have
            # accepted more than 30 transfer requests since February")
            r"(?:have|has)\s+(?:now\s+|also\s+|today\s+)?(?P<verb>accepted(?!\s+(?:more\s+than\s+|over\s+"
            r"|around\s+|about\s+|nearly\s+|almost\s+|some\s+)?\d)|adopted(?=\s+(?:\S+\s+){0,3}?"
            r"(?:recommendations?|proposals?|amendments?)\b))(?P<rest>(?:\s+\S+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("accepted", "adopted"),),
    ),
    Rule(
        "accepted",
        # "I hope to allay those concerns by accepting the amendments in principle"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e))\b[^.;?]{0,120}?\bby\s+(?P<verb>accepting)(?P<rest>\s+(?:the|this"
            r"|that|these|those|his|her|their|all|both)\s+(?:\w+\s+)?(?:amendments?|recommendations?"
            r"|proposals?))\b"
        ),
        clues=(("accepting",),),
    ),
    Rule(
        "accepted",
        # "I … am content to make the change to the Bill that they propose", "we are content
        # to accept the amendment", "I am content that the powers should also be made subject
        # to a pilot"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e))(?:\s+[^.;?]{0,120}?\s+and\s+so)?\s+(?:am|are)\s+"
            r"(?:\w+ly\s+|therefore\s+|now\s+|also\s+)?content\s+to\s+(?P<verb>make|accept|agree"
            r"|support|table|add|bring)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("content",),),
    ),
    Rule(
        "accepted",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e))\s+(?:am|are)\s+(?:\w+ly\s+|therefore\s+|now\s+|also\s+)?"
            r"content\s+that\b(?P<rest>[^.;?]{0,120}?)\b(?P<verb>should)\b"
        ),
        clues=(("content",), ("should",)),
    ),
    Rule(
        "accepted",
        # accepting now: "I accept the amendment", "we are happy to accept these recommendations"
        re.compile(
            r"(?P<subject>\b(?:we|I|the\s+(?:[A-Z]\w+\s+)?Government))\s+(?:(?:am|are|is)\s+(?:happy"
            r"|pleased|content)\s+to\s+|can\s+|will\s+|also\s+|now\s+|fully\s+)?(?P<verb>accepts?)"
            r"(?P<rest>\s+(?:all\s+of\s+)?(?:the|this|that|these|those|his|her|their|its|all)\s+"
            r"(?:[\w’']+\s+){0,2}?(?:amendments?|recommendations?|proposals?|core\s+principles|findings"
            r"|conclusions))\b",
            re.IGNORECASE,
        ),
        clues=(("accept",),),
    ),
    Rule(
        "target",
        re.compile(
            # (what the aim has been is a stance looking back: "our goal has been to raise…";
            # what is needed to meet it is advice: "to hit the target, we need to cut…")
            # ("designed to target subsidy" is a verb, "hard to reach" no aim's)
            r"(?P<subject>)(?<!\bto\s)\b(?:missions?|targets?|ambitions?|goals?|pledges?|intentions?)\b"
            r"(?:(?!\b(?:(?:has|have|had)\s+been|needs?)\s+to\b|\bmust\b)[^.;]){0,80}?"
            r"\b(?:to|is\s+that)\s+(?:[^.;]{0,80}?\bwill\s+)?"
            r"(?P<verb>halve|double|reduce|increase|end|eliminate|move|cut|recruit|build|raise|"
            r"deliver|reach)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("mission", "target", "ambition", "goal", "pledge", "intention"),),
    ),
    Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department|(?:my|our)\s+Department|"
            r"the\s+Home\s+Office|(?:my\s+|our\s+)?officials|Ministers)"
            r"|[A-Z][\w -]{0,40}(?:group|Government|Department|Office|Agency|Executive|Service)"
            # a minister named by office: "The Secretary of State is currently considering…"
            r"|(?i:the\s+)?Secretary\s+of\s+State(?:\s+for\s+[A-Z][\w,& ]{0,50}?)?|"
            + _DEPARTMENT_NAMED
            + r"))\s+(?:am|are|is)\s+"
            + _NEG_ADV
            + r"(?:(?:continuing|trying|seeking|aiming|looking)\s+to\s+(?:\w+ly\s+)?)?"
            r"(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})",
        ),
        hint=_subject_be,
    ),
    Rule(
        "intent",
        re.compile(
            r"(?P<subject>\b(?:I|we|the\s+Government))\s+(?:am|are|is|remain|remains)\s+"
            + _NEG_ADV
            + r"(?:(?:committed|determined|resolved|going|planning|proposing|preparing|intending)"
            r"\s+to|intent\s+on(?=\s+[a-z]+ing\b))\s+"
            r"(?!(?:the|a|an|this|that|these|those|our|its|their|my|his|her|all|any)\b)"
            r"(?P<verb>[a-z]+)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(
            (
                "committed",
                "determined",
                "resolved",
                "going",
                "planning",
                "proposing",
                "preparing",
                "intending",
                "intent",
            ),
        ),
    ),
    Rule(
        "intent",
        # a commitment made in the present tense: "the UK Government commit to consulting
        # the devolved Administrations before…", "Our programme for government commits to
        # introducing a bus Bill in this Senedd term" (the speaker's own is an undertaking)
        re.compile(
            r"(?P<subject>\b(?:[Ww]e|(?i:the\s+(?:UK\s+)?Government)|(?:[Oo]ur|[Tt]he\s+Government[’']s)\s+"
            r"(?:programme\s+for\s+government|manifesto|(?:action\s+)?plan|strategy|White\s+Paper)))"
            r"\s+(?:also\s+|now\s+|hereby\s+)?commits?\s+(?:us\s+)?to\s+(?P<verb>[a-z]+ing|(?:deliver|provide"
            r"|introduce|publish|legislate|invest|build|create|establish|review|consult|fund|maintain"
            r"|increase|reduce|extend|implement|protect|raise|recruit|set\s+out|report|double|halve"
            r"|bring\s+forward)(?=\s+(?!to\b)))\b"
            # a value, not an act: "We commit to deliver on our promises", "…to delivering for
            # the British people"
            r"(?!\s+(?:on\s+(?:our|my|the|its|their)\s+(?:promises?|pledges?|commitments?|manifesto)\b"
            r"(?!\s+to\s+(?!(?:the|a|an|our|all|every|those|people)\b)[a-z])|for\s+(?:the\s+)?(?:British\s+)?"
            r"(?:people|public|country|nation)\b))"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("commit",),),
    ),
    Rule(
        "modal",
        # "Resurfacing works are planned to start in March 2011": a measure scheduled; "the
        # review is expected to publish interim findings in autumn 2011" too, only with a
        # time and an act that is not a quantity's (see commitment_make._EXPECTED_ACT)
        re.compile(
            r"(?P<subject>\b[A-Za-z][\w’'() -]{0,60}?)\s+(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?"
            r"(?:planned|scheduled|due|set|expected)\s+to\s+(?P<be>be\s+)?(?P<verb>[a-z][a-z-]*)"
            r"(?P<rest>(?:\s+[a-z][a-z’'-]*){0,3})"
        ),
        clues=(("planned to", "scheduled to", "due to", "set to", "expected to"),),
        anchor=re.compile(r"\b(?:planned|scheduled|due|set|expected)\s+to\s+[a-z]"),
        barrier=re.compile(r"[^\w’'() \-\s]"),
    ),
    Rule(
        "modal",
        # a measure's start as scheduled: "construction is expected to begin in September"
        # (only verbs of starting, of nothing else: "the levy is expected to increase" and
        # "prices are expected to start rising" are forecasts; a time is required, see
        # ``_commitment``)
        re.compile(
            r"(?P<subject>\b[A-Za-z][\w’'() -]{0,60}?)\s+(?:is|are)\s+(?:now\s+|also\s+)?"
            r"expected\s+to\s+(?P<verb>begin|start|commence|open)\b(?!\s+(?:to\s|[a-z]+ing\b))"
            r"(?P<rest>(?:\s+[a-z][a-z’'-]*){0,3})"
        ),
        clues=(("expected to",),),
        anchor=re.compile(r"\bexpected\s+to\s+[a-z]"),
        barrier=re.compile(r"[^\w’'() \-\s]"),
    ),
    Rule(
        "modal",
        # "the hospice sector is to receive £100 million": an arrangement to come
        re.compile(
            r"(?P<subject>\b[A-Za-z][\w’'() -]{0,60}?)\s+(?:is|are)\s+(?:also\s+|now\s+)?to\s+"
            r"(?P<be>be\s+)?(?P<verb>[a-z][a-z-]*)(?P<rest>(?:\s+[a-z][a-z’'-]*){0,3})"
        ),
        clues=((" is to ", " are to ", " is also to ", " are also to ", " is now to "),),
        anchor=re.compile(r"\b(?:is|are)\s+(?:also\s+|now\s+)?to\s+[a-z]"),
        barrier=re.compile(r"[^\w’'() \-\s]"),
    ),
    Rule(
        "progressive",
        # "the Home Office has been working with industry on…": work under way
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department|my\s+Department|"
            r"the\s+Home\s+Office)|[A-Z][\w -]{0,40}(?:Government|Department|Office|Agency)|"
            + _DEPARTMENT_NAMED
            + r"))\s+(?:have|has)\s+been\s+(?P<verb>[a-z]+ing)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("been",),),
    ),
    Rule(
        "funding",
        # new money given now: "providing an extra £4 million", "I am making £670 million of
        # new grant funding available", "makes an extra £2.2 billion available"
        re.compile(
            r"(?P<subject>)\b(?P<verb>provid(?:e|es|ing)|mak(?:e|es|ing)|giv(?:e|es|ing)"
            r"|allocat(?:e|es|ing)|invest(?:s|ing)?|deliver(?:s|ing)?)\b"
            r"(?P<rest>[^.;£€$]{0,40}?(?:(?:extra|additional|further|new)\s+(?:[\w-]+\s+){0,2}?"
            rf"{_MONEY}[\d.,]+|{_MONEY}[\d.,]+\s*(?:[mk]|bn|million|billion)?\s+(?:of\s+)?"
            r"(?:new|extra|additional)\b))",
            re.IGNORECASE,
        ),
        clues=(("extra", "additional", "further", "new"), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # money made available: "we have made £1.6 billion available to remediate…", "the
        # Chancellor has made available in this financial year £1 billion to…"
        re.compile(
            r"(?P<subject>)\b(?:ha(?:s|ve)\s+(?:now\s+|also\s+|already\s+)?|(?:am|are|is)\s+)"
            r"(?P<verb>made|making)(?P<rest>\s+(?:available\s+[^.;]{0,50}?"
            rf"{_MONEY}[\d.,]+|[^.;]{{0,30}}?{_MONEY}[\d.,]+\s*(?:[mk]|bn|million|billion)?\s+"
            r"(?:of\s+[\w -]{1,30}?\s+)?available))",
            re.IGNORECASE,
        ),
        clues=(("available",), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # money said to be there for what is to come: "the £1.25 billion committed in the
        # 2015 Budget will be available during the course of this Parliament", "£50 million
        # will be made available to councils"
        re.compile(
            rf"(?P<subject>){_MONEY}[\d.,]+\s*(?:[mk]|bn|million|billion)?\b[^.;?]{{0,80}}?"
            r"\bwill\s+(?:also\s+|now\s+|still\s+|then\s+)?be\s+(?:made\s+)?(?P<verb>available)\b"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("available",), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # money set aside for what is to come: "we have allocated R17,4 billion to…", "I
        # have set aside £6 million over the spending review period", "the Government have
        # already committed over £400 million towards new fusion programmes"
        re.compile(
            r"(?P<subject>)\b(?:ha(?:s|ve)\s+(?:now\s+|also\s+|already\s+)?)(?P<verb>allocated|earmarked|"
            r"set\s+aside|ring-?fenced|budgeted|committed)(?P<rest>\s+(?:[\w-]+\s+){0,3}?"
            rf"{_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?)",
            re.IGNORECASE,
        ),
        clues=((*_SET_ASIDE, "committed"),),
    ),
    Rule(
        "funding",
        # the same in the past tense, by the speaker's side: "For the 2012-13 financial year,
        # the department allocated R470 million to…", "In July, we committed £246 million to
        # the Faraday Battery Challenge", "we made £54.5 million available to kick-start a
        # four-year programme" (money for a year gone by is not)
        re.compile(
            rf"(?P<subject>\b{GOVERNMENT_SIDE})\s+"
            r"(?:also\s+)?(?P<verb>allocated|earmarked|set\s+aside|budgeted|committed|pledged"
            r"|made(?=\s+(?:[\w-]+\s+){0,3}?" + _MONEY + r"[^;]{0,40}?\bavailable\b))"
            r"(?P<rest>\s+(?:[\w-]+\s+){0,3}?"
            rf"{_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?)",
        ),
        clues=(
            ("allocated", "earmarked", "set aside", "budgeted", "committed", "pledged", "made"),
        ),
    ),
    Rule(
        "funding",
        # money set to rise, to a year to come: "School funding is increasing by £3.7 billion
        # in the 2025/26 financial year, and a further £4.2 billion by 2028/29"
        re.compile(
            r"(?P<subject>\b(?:[\w-]+\s+){0,2}?(?:funding|budgets?|spending|investment|grants?"
            r"|allocations?))\s+(?:is|are)\s+(?:set\s+to\s+|due\s+to\s+)?(?P<verb>increasing|rising"
            r"|increase|rise)(?P<rest>\s+by\s+" + _MONEY + r")"
        ),
        clues=(("increasing", "rising", "increase", "rise"), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # the same without a sum: "Additional resources will go into policing next year"
        re.compile(
            r"(?P<subject>)\b(?:[Aa]dditional|[Ee]xtra|[Ff]urther)\s+(?:resources|funding|money)\s+will\s+"
            r"(?:also\s+|now\s+)?(?P<verb>go)(?P<rest>\s+(?:\w+ly\s+)?(?:towards"
            r"|to|into)\b)"
        ),
        clues=(("will go", "will also go", "will now go"),),
    ),
    Rule(
        "funding",
        # money sent where it will be used: "This financial year £9 million of additional
        # funding will go directly towards boosting trade opportunities"
        re.compile(
            rf"(?P<subject>){_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?\s+of\s+(?:additional|new|extra"
            r"|further)\s+(?:funding|money|investment)\s+will\s+(?:also\s+|now\s+)?(?P<verb>go)(?P<rest>\s+"
            r"(?:\w+ly\s+)?(?:towards|to|into)\b)",
            re.IGNORECASE,
        ),
        clues=(("will go", "will also go", "will now go"), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # money sought from Parliament (a written statement's formula): "Parliamentary
        # approval for additional resources of £42,700,000 … will be sought in a
        # Supplementary Estimate"
        re.compile(
            r"(?P<subject>)\b(?P<verb>[Aa]pproval)(?P<rest>\s+for\s+(?=[^.;]{0,120}?(?:resources|£|expenditure"
            r"|Estimate))[^.;]{0,120}?\bwill\s+(?:also\s+)?be\s+sought)"
        ),
        clues=(("sought",),),
    ),
    Rule(
        "funding",
        # money advanced meanwhile: "the agencies are seeking an advance from the
        # Contingencies Fund", "a repayable cash advance will be sought from the Contingencies
        # Fund"
        re.compile(
            r"(?P<subject>)\b(?P<verb>seek|seeking|sought|request|requested|make|made)(?P<rest>\s+"
            r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?advances?\b[^.;]{0,80}?\bContingencies\s+Fund)"
        ),
        clues=(("ontingencies",),),
    ),
    Rule(
        "funding",
        re.compile(
            r"(?P<subject>)\b(?P<verb>advances?)(?P<rest>\b[^.;]{0,80}?\bwill\s+(?:also\s+)?be\s+(?:sought"
            r"|made|drawn)\s+(?:from\s+)?(?:the\s+)?Contingencies\s+Fund)"
        ),
        clues=(("ontingencies",),),
    ),
    Rule(
        "funding",
        # money announced by the Government's side, named without its sum: "the Chancellor
        # announced funding to electrify the line", "…announced that additional funding would
        # be made available to the Department"
        re.compile(
            rf"(?P<subject>\b{GOVERNMENT_SIDE})\s+(?:has\s+|have\s+)?(?:also\s+|already\s+)?"
            r"(?P<verb>announced|confirmed|committed|pledged)(?P<rest>\s+(?:that\s+)?"
            r"(?:(?:significant|substantial|additional|new|extra|further|more)\s+)?(?:funding|investment)"
            # what it is for, or that it will come: not "we announced further funding last
            # month" (history, when nothing more is said)
            r"\s+(?:to|for|of|towards|would|will)\b)"
        ),
        clues=(("funding", "investment"),),
    ),
    Rule(
        "funding",
        # new money broken down: "The new funding measures include £50 million for the
        # ambulance service", "the additional investment includes £20 million for…"
        re.compile(
            r"(?P<subject>)\b(?:[Nn]ew|[Aa]dditional|[Ee]xtra)\s+(?:funding|investment|money)\s+"
            r"(?:[\w-]+\s+){0,2}?(?P<verb>include|includes|comprises?)\s+(?:an?\s+)?(?:extra\s+"
            rf"|additional\s+|further\s+)?(?P<rest>{_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?)"
        ),
        clues=(("include", "comprise"), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # money named as a commitment of the speaker's side: "we have made a £3 billion
        # commitment to deliver 50,000 homes", "with a £3 billion commitment to 50,000
        # affordable homes over five years", "our £500 million commitment to the sector"
        re.compile(
            r"(?P<subject>)\b(?:(?:we|I|the\s+Government)\s+(?:have\s+|has\s+)?(?:made|given)\s+an?"
            r"|with\s+an?|our|(?:this|the)\s+Government['’]s)\s+(?P<sum>(?:[\w-]+\s+){0,2}?"
            rf"{_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?\s+(?:[\w-]+\s+)?)?(?P<verb>commitment"
            # an investment, when it runs ahead: "our record £5.2 billion investment to
            # better protect 336,000 properties over the next six years"
            r"|(?(sum)investment(?=[^.;?]{0,120}?\b(?:over|during|in)\s+the\s+(?:next|coming)\s+"
            r"(?:\w+\s+)?(?:years?|months|decade|Parliament|spending\s+review)\b)|(?!)))"
            # or the sum after the noun: "with a commitment of over £3 billion to deliver…"
            r"(?(sum)|\s+of\s+(?:over\s+|more\s+than\s+|up\s+to\s+|almost\s+)?"
            rf"{_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?)"
            r"(?P<rest>\s+(?:to|for)\s+[\w£€$-]+(?:\s+[\w’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("commitment", "investment"), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # money set aside, its amount not given: "funds have been set aside", "funding has
        # now been allocated to the scheme"
        re.compile(
            r"(?P<subject>)\b(?:[Ff]unds|[Ff]unding|[Mm]oney)\s+ha(?:s|ve)\s+(?:now\s+|also\s+)?been\s+"
            r"(?P<verb>allocated|earmarked|set\s+aside|ring-?fenced|budgeted)\b(?P<rest>)"
        ),
        clues=(_SET_ASIDE,),
    ),
    Rule(
        "funding",
        # the money named, then the speaker's side setting it aside: "on top of the £600
        # million that we have made available for ACM-clad buildings", "the R2,5 billion
        # that we have set aside for capacity building"
        re.compile(
            rf"(?P<subject>){_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?\s+(?:[-–—]\s+)?"
            r"(?:that|which)\s+(?:we|I|the\s+Government)\s+ha(?:ve|s)\s+(?:now\s+|also\s+)?"
            r"(?P<verb>made\s+available|allocated|earmarked|set\s+aside|set\s+out|ring-?fenced|committed)"
            r"\b(?P<rest>)",
            re.IGNORECASE,
        ),
        clues=(("that", "which"), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # the same, the money first: "R2,1 billion has been earmarked for…", "An amount of
        # £575 million has been allocated to all universities", "over the next two years, £5
        # billion has been committed to the farming budget", "£110 million was allocated … to
        # take forward the project from next year onwards" (money for a year gone by is not)
        re.compile(
            rf"(?P<subject>){_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?\s+(?:[\w-]+\s+){{0,4}}?"
            r"(?:ha(?:s|ve)\s+(?:now\s+|also\s+|already\s+)?been|is|are|will\s+be|was|were)\s+"
            r"(?P<verb>allocated|earmarked|set\s+aside|ring-?fenced|budgeted|committed|made\s+available)"
            r"\b(?P<rest>)",
            re.IGNORECASE,
        ),
        clues=((*_SET_ASIDE, "committed", "made available"),),
    ),
    Rule(
        "funding",
        # the same as a phrase: "…, with a further £23 million committed for the 2024/25
        # academic year to support this work"
        re.compile(
            rf"(?P<subject>)\b(?:further|additional|extra|new)\s+{_MONEY}\d[\d.,]*\s*(?:million|billion"
            r"|bn|[mk])?\s+(?P<verb>allocated|earmarked|set\s+aside|ring-?fenced|committed|made\s+available)"
            r"(?P<rest>\s+(?:for|to|towards|over)\b)",
            re.IGNORECASE,
        ),
        clues=((*_SET_ASIDE, "committed", "made available"), _MONEY_CLUES),
    ),
    Rule(
        "funding",
        # a budget vote's money for the year: "the department's budget allocation for
        # 2012-13 amounts to R848 million", "the budget increased from R79 million in 2011-12
        # to R91 million in 2012-13", "the programme received an increase of R25 million"
        # (a forecast, "is expected to increase", and a past year's rise are not)
        re.compile(
            r"(?P<subject>)\b(?:budget|allocation|programme|amount|funding|grant)\b[^.;?]{0,80}?"
            # ("including increased funding to tackle…": an adjective, no budget's rise)
            r"(?<!expected\sto\s)(?<!will\s)\b(?P<verb>increase[sd](?!\s+(?:funding|investment|spending"
            r"|support|resources|budgets?|allocations?|grants?|money|pay|capacity)\b)|amounts\s+to"
            r"|(?:received|is)\s+an?\s+(?:\w+\s+)?increase"
            # a planned rise to a year's level: "funding … will rise from £41 billion in
            # 2017-18 to £42.4 billion in 2018-19", "…is increasing from £66 million…"
            r"|(?:will\s+(?:rise|increase|grow)|is\s+(?:rising|increasing|growing))"
            r"(?=(?:\s+in\s+(?:cash|real)\s+terms)?\s+(?:(?:from\s+|by\s+)?(?:almost\s+|nearly\s+|over\s+|around\s+)?"
            + _MONEY
            # or by a share, the sum after it, perhaps in a clause of its own: "is rising by
            # 4.2 per cent in 2009-10—an extra £3 billion"
            + r"|by\s+\d[\d.]*\s*(?:per\s*cent|%))))\b"
            # (a decimal point, and the point of the older Hansard's "per cent.", end nothing)
            rf"(?P<rest>(?:[^.;?]|\.(?=\d)|(?<=\bcent)\.){{0,80}}?(?:{_MONEY}\d|per\s*cent\b|%))",
            re.IGNORECASE,
        ),
        clues=(
            ("increase", "increasing", "amounts to", "rise", "rising", "grow"),
            (*_MONEY_CLUES, "per cent", "percent", "%"),
        ),
    ),
    Rule(
        "intent",
        # "The Government have a clear commitment to recruit 20,000 police officers"
        re.compile(
            r"(?P<subject>\b(?:I|we|the\s+Government|the\s+Department))\s+(?:have|has)\s+(?:a|an)\s+"
            r"(?:\w+\s+)?(?:commitment|pledge|plan|manifesto\s+commitment)\s+to\s+"
            r"(?!(?:the|a|an|this|that|these|those|our|its|their|my|his|her|all|any)\b)"
            r"(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("commitment", "pledge", "plan"),),
    ),
    Rule(
        "intent",
        # a commitment the speaker's side confirms or takes on: "we have also confirmed our
        # full commitment to reopening the station", "we are committing ourselves to a
        # four-year funding drive"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|[Tt]he\s+Government))\s+(?:(?:have|has)\s+(?:also\s+|now\s+|today\s+)?"
            r"(?:confirmed|reaffirmed|restated|renewed)\s+(?:our|my|its|their)\s+(?:\w+\s+)?commitment\s+to"
            r"|(?:am|are|is)\s+(?:also\s+|now\s+)?committing\s+(?:ourselves|myself|itself|themselves)\s+to)"
            r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?P<verb>[a-z]+ing)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("commitment", "committing"),),
    ),
    Rule(
        "progressive",
        # "we are in the process of launching our support scheme"
        re.compile(
            r"(?P<subject>\b(?:I|we|the\s+Government|the\s+Department))\s+(?:am|are|is)\s+"
            r"(?:now\s+|currently\s+|already\s+)?in\s+the\s+process\s+of\s+(?P<verb>[a-z]+ing)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("process of",),),
    ),
    Rule(
        "progressive",
        # a document put out for consultation: "I have published for public comment the
        # report of the task team", "we have gazetted for comment a draft policy" (a
        # consultation under way; "last week we published a Bill for comment" is history)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the|my|our)\s+(?i:department|government|ministry)))\s+"
            r"ha(?:ve|s)\s+(?:now\s+|also\s+|recently\s+|just\s+)?(?P<verb>published|gazetted"
            r"|released|issued)(?P<rest>[^.;?]{0,120}?\bfor\s+(?:public\s+)?(?:comment|consultation)\b)"
        ),
        clues=(("comment", "consultation"),),
    ),
    Rule(
        "published",
        # "A report summarising the responses is now available on the website"
        re.compile(
            r"(?P<subject>)\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|today\s+)?"
            r"(?P<verb>available|published)\s+on\s+(?:the\s+)?(?:[\w’'-]+\s+){0,8}?"
            r"(?:website|GOV\.UK)(?P<rest>)",
            re.IGNORECASE,
        ),
        clues=(("website", "gov.uk"),),
    ),
    Rule(
        "published",
        # a paper or figures promised for a time: "Information on the number of claims will be
        # available in the spring", "the report will be made available later this year" (what
        # is available is a paper: see commitment_make), "Details of spend … will become
        # available following the completion of the audited accounts"
        re.compile(
            r"(?P<subject>)\b(?:will|should)\s+(?:also\s+)?(?:be\s+(?:made\s+)?|become\s+)"
            r"(?P<verb>available)(?P<rest>\s+(?:(?:in|by|from|before|during|later|early|next|shortly"
            r"|at\s+the\s+end|following|after|once|when)\b))"
        ),
        clues=(("available",),),
    ),
    Rule(
        "published",
        # put out today, in the passive: "Further details have today been published…",
        # "a statement of changes is today being laid", "the order was today laid"
        re.compile(
            r"(?P<subject>)\b(?:(?:has|have)\s+(?:also\s+)?today\s+been|(?:is|are)\s+(?:also\s+)?today"
            r"\s+being|(?:was|were)\s+(?:also\s+)?today)\s+(?P<verb>published|laid|launched|issued)"
            r"(?P<rest>)"
        ),
        clues=(("today",),),
    ),
    Rule(
        "published",
        # "The report has been laid before Parliament today", "…was published today"
        re.compile(
            r"(?P<subject>)\b(?:(?:has|have)\s+(?:also\s+)?been|was|were)\s+(?P<verb>published|laid"
            r"|launched|issued)(?P<rest>(?:\s+(?:before\s+(?:Parliament|the\s+House)|in\s+the\s+Librar(?:y|ies)"
            r"|on\s+(?:GOV\.UK|the\s+(?:[\w-]+\s+)?website)))?)\s+today\b"
        ),
        clues=(("today",),),
    ),
    Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b[\w’' -]{1,60}?)"
            # an aside set off by commas: "Ferry fares policy, including RET, is being reviewed"
            r"(?:,\s+(?:including|such\s+as|in\s+particular|notably)\b[^,;]{1,60},)?"
            r"\s+(?:is|are)\s+(?:(?:already|currently|now|also|still|"
            r"today)\s+)*(?:in\s+the\s+process\s+of\s+)?being\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?"
            r"(?P<verb>reviewed|taken\s+forward|introduced|implemented|extended|"
            rf"developed|updated|drawn\s+up|considered|rolled\s+out|published|laid|assessed|examined"
            rf"|{_BEING_MORE})(?P<rest>)"
        ),
        clues=(("being",),),
        anchor=re.compile(
            r"being\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?(?:reviewed|taken\s+forward|introduced|implemented|extended|developed|"
            rf"updated|drawn\s+up|considered|rolled\s+out|published|laid|assessed|examined|{_BEING_MORE})"
        ),
        barrier=re.compile(r"[^\w’' \-\s,]"),
    ),
    Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:(?:[Ii]nitial|[Pp]reparatory|[Cc]onstruction|[Bb]uilding|[Ff]urther)\s+)?"
            r"(?:[Ww]ork|[Tt]rials?|[Pp]reparations|[Nn]egotiations|[Pp]ilots?"
            r"|[Cc]onsultations?|[Dd]iscussions|[Cc]onversations|[Tt]alks|[Pp]lanning|[Dd]esign|[Cc]onstruction"
            r"|[Rr]ecruitment|[Pp]rocurement|[Ii]mplementation|[Ee]ngagement|[Uu]pgrading|[Rr]efurbishment"
            r"|[Ee]xpansion|[Ii]nstallation|[Rr]oll-?out|[Ss]tud(?:y|ies)|[Pp]lans|[Rr]eviews?|[Ee]valuations?"
            r"|[Aa]ssessments?|[Ii]nvestigations?)(?:\s+(?:on|with|to|for|of)"
            r"\s+[\w’' -]{1,100}?)?)"
            r"\s+(?:(?:is|are)\s+(?:already\s+|now\s+|well\s+|currently\s+|also\s+)?|(?:has|have)\s+"
            r"(?:already\s+|now\s+|also\s+)?)(?P<verb>under\s?way|taking\s+place|progressing|ongoing"
            r"|commenced|begun|started|in\s+progress|in\s+hand)"
            r"(?P<rest>)"
        ),
        clues=(
            (
                "in hand",
                "under",
                "taking place",
                "progressing",
                "ongoing",
                "commenced",
                "begun",
                "started",
                "in progress",
            ),
        ),
    ),
    Rule(
        "progressive",
        # an act the Government has begun: "we have already started to consult relevant
        # non-governmental organisations", "I have begun to look at…" (under way)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department)))\s+(?:have|has)\s+"
            r"(?:already\s+|now\s+|also\s+|recently\s+|just\s+)?(?:started|begun|commenced)\s+to\s+"
            r"(?:\w+ly\s+)?" + _V
        ),
        clues=(("started", "begun", "commenced"),),
    ),
    Rule(
        "progressive",
        # the same with the work named: "We have started discussions with local government",
        # "we have begun work with European partners"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department)))\s+(?:have|has)\s+"
            r"(?:already\s+|now\s+|also\s+|recently\s+|just\s+)?(?P<verb>started|begun|commenced)"
            r"(?P<rest>\s+(?:(?:initial|formal|early|preliminary|detailed|urgent|the|a)\s+)?(?:discussions"
            r"|talks|conversations|negotiations|work|consultations?|engagement|preparations|process"
            r"|dialogue|review|programme)\b)"
        ),
        clues=(("started", "begun", "commenced"),),
    ),
    Rule(
        "announced",
        # "this Government today concluded…", "we have just agreed…", "I have today set for
        # the first time a timetable for…": done today
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:this|the)\s+Government))\s+(?:have\s+|has\s+)?"
            r"(?:today|just|this\s+morning|this\s+week)\s+(?P<verb>agreed|concluded|signed|launched|"
            r"published|laid|announced|appointed|decided|opened|issued|set\s+up|set(?!\s+the\s+record)|approved"
            # the machinery of government: "I have today created four new Departments"
            r"|created|established|abolished|merged|introduced|extended|awarded|commissioned)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
        ),
        clues=(("today", "just", "morning", "week"),),
    ),
    Rule(
        "announced",
        # a scheme opening as the statement says so: "Today, I am pleased to inform the House
        # that the Afghan citizens resettlement scheme opens formally"
        re.compile(
            r"(?P<subject>\b" + SCHEME + r")\s+(?P<verb>opens|launches|begins|starts|goes\s+live)"
            r"(?P<rest>\s+(?:formally|today|officially|now))\b"
        ),
        clues=(("formally", "today", "officially", "now"),),
    ),
    Rule(
        "announced",
        # proposals put before the House in the Library: "I have today placed in the Library
        # my proposals for the aggregate amount of grant to local policing bodies…, for the
        # approval of the House" (the proposals are the statement's decision, not its papers)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e))\s+(?:have|has)\s+(?:also\s+)?today\s+(?P<verb>placed|deposited)"
            r"(?P<rest>\s+in\s+the\s+(?:House\s+)?Librar(?:y|ies)(?:\s+of\s+[\w ]+?)?\s+(?:my|our)\s+proposals)\b"
        ),
        clues=(("proposals",), ("today",)),
    ),
    Rule(
        "announced",
        # targets set by the statement, listed after it: "I have set it the following
        # performance targets for 2018-2019:" (the items, :mod:`commitments`' list items)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the)\s+Government))\s+(?:have|has)\s+(?:also\s+|today\s+"
            r"|now\s+)?(?P<verb>set)(?P<rest>\s+(?:[\w’'-]+\s+){0,6}?the\s+following\s+(?:[\w-]+\s+){0,2}?"
            r"targets)\b(?=[^.:;?]{0,80}:\s*$)"
        ),
        clues=(("following",),),
    ),
    Rule(
        "announced",
        # a change made by the statement, with its effect to come: "I have made a change to
        # the Immigration Rules which will reduce costs for…", "We have also made changes to
        # the rules which will align…" (not "we have made changes to the rules": history)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the)\s+Government))\s+(?:have|has)\s+(?:also\s+|today\s+"
            r"|now\s+)?(?P<verb>made)(?P<rest>\s+(?:a\s+|further\s+|some\s+)*(?:[\w-]+\s+)?changes?"
            r"\s+(?:to|in)\b)(?=[^.;]{0,80}?\bwhich\s+will\b)"
        ),
        clues=(("change",),),
    ),
    Rule(
        "announced",
        # a body given the work: "Public Health Scotland have been commissioned to conduct an
        # independent evaluation" (someone "asked to" is not: "I have been asked to reply")
        re.compile(
            r"(?P<subject>\b[A-Z][\w’'() -]{0,80}?)\s+(?:has|have)\s+(?:now\s+|also\s+|today\s+)?been\s+"
            r"(?P<verb>commissioned|tasked)\s+(?:to|with)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("commissioned", "tasked"),),
    ),
    Rule(
        "announced",
        # "our border strategy, which we published today", "I have laid today the order…"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|the\s+Government))(?:’ve|'ve)?\s+(?:have\s+|has\s+)?"
            r"(?P<verb>published|laid|launched|announced|issued)(?P<rest>(?:\s+[\w’'-]+){0,8}?)"
            r"\s+today\b"
        ),
        clues=(("today",),),
    ),
    Rule(
        "announced",
        # "Today we have published the energy White Paper", "today I have laid the order"
        re.compile(
            r"\b[Tt]oday,?\s+(?P<subject>I|we|the\s+Government|(?:my|the)\s+(?:Department|Ministry))"
            r"\s+(?:have|has)\s+(?:also\s+)?"
            r"(?P<verb>agreed|concluded|signed|launched|published|laid|announced|appointed|decided"
            r"|opened|issued|set\s+up|responded)(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("oday",),),
    ),
    Rule(
        "announced",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|[A-Z][\w’' ,.()-]{0,120}?)),?\s+"
            r"(?:has|have|am|are|is)\s+(?:also\s+)?today\s+(?:being\s+)?(?P<verb>laid|laying|"
            r"published|publishing|launched|launching|changed|changing|issued|issuing|announced)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
        ),
        clues=(("today",),),
    ),
    Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department|my\s+Department)))\s+"
            r"(?:am|are|is|remain|remains)\s+(?:still\s+|fully\s+|firmly\s+)?"
            r"(?P<verb>committed)(?P<rest>\s+to\s+(?:the\s+)?[a-z]+)"
        ),
        clues=(("committed",),),
    ),
    Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department|(?:my|our)\s+Departments?)))"
            r"\s+(?:continue|continues)\s+to\s+(?:\w+ly\s+)?" + _V
        ),
        clues=(("continue",),),
    ),
    Rule(
        "announced",
        re.compile(
            r"(?P<subject>\b(?:I|we|it|the\s+Government|the\s+UK|the\s+Department|the\s+Cabinet"
            r"|the\s+Executive|Ministers))\s+"
            r"(?:have|has|had)\s+(?:now\s+|also\s+|today\s+)?(?:taken\s+the\s+decision|decided|"
            r"committed|pledged|agreed|undertaken)\s+to\s+" + _V,
            re.IGNORECASE,
        ),
        clues=(("decision", "decided", "committed", "pledged", "agreed", "undertaken"),),
    ),
    Rule(
        "announced",
        # a decision stated as the speaker's own, with its content after "that": "we have
        # taken a decision that accounting officers who fail … should face consequences",
        # "I have directed that the first priority should be teachers"; decisions named and
        # taken ("we have now taken our statutory decisions on the proposals"); not a
        # decision against acting ("I have decided that it is not appropriate to reallocate
        # funding", as "decided not to")
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|[Tt]he\s+Government|[Tt]he\s+Cabinet))\s+(?:have|has)\s+"
            r"(?:now\s+|also\s+|today\s+|therefore\s+)?(?P<verb>(?:decided|directed|instructed"
            r"|taken\s+(?:a|the)\s+decision)(?=\s+that\b(?!\s+(?:it\s+(?:is|was|would\s+be)\s+not"
            r"|there\s+(?:is|was|will\s+be|should\s+be)\s+no|no\b|(?:we|I)\s+(?:will|should|shall"
            r"|would)\s+not)))"
            r"|taken\s+(?:our|my|its|their|the)\s+(?:final\s+|statutory\s+|formal\s+)?"
            r"decisions?(?=\s+(?:on|about|under|in\s+respect\s+of)\b)(?![^.;]*\band\s+will\b))(?P<rest>)"
        ),
        clues=(("decided", "directed", "instructed", "decision"),),
    ),
    Rule(
        "progressive",
        # a matter the Government keeps open: "all potential listings are under review", "the
        # case for a ferry remains under active consideration" (the subject opens the clause,
        # and is not a generality: "many policies are under review anyway")
        re.compile(
            r"(?P<subject>(?:^|(?<=\bthat\s)|(?<=,\s))(?!(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal)\b)"
            r"[\w’' -]{1,60}?)\s+(?:is|are|remains?)"
            r"\s+(?:(?:already|currently|now|also"
            r"|still|being\s+kept|kept|very\s+much|constantly|continually|regularly|closely)\s+)*under"
            r"\s+(?:active\s+|constant\s+|close\s+"
            r"|careful\s+|urgent\s+|regular\s+)?(?P<verb>review|consideration)\b(?P<rest>)"
            # by another body, its own work: "…constantly under review by the Electoral
            # Commission", "…by the Health and Safety Executive" (only by the Government's own:
            # the Department, Ministers, a Secretary of State, officials, a department's Office)
            r"(?!\s+by\s+(?!(?:the\s+|my\s+|our\s+)?(?:Government|Department|Ministry|Secretary\s+of\s+State"
            r"|Ministers?\b|officials|me\b|us\b|(?:HM\s+)?Treasury|(?:Home|Cabinet|Foreign|Scotland|Wales"
            r"|Northern\s+Ireland)\s+Office|Chancellor|Prime\s+Minister|(?:Home|Foreign|Health|Defence"
            r"|Justice|Culture|Transport|Education|Business|Environment)\s+Secretary|"
            + DEPARTMENT_NAMES
            + r")))"
        ),
        clues=(("under",), ("review", "consideration")),
        anchor=re.compile(r"\bunder\s+(?:[a-z]+\s+)?(?:review|consideration)\b"),
        barrier=re.compile(r"[^\w’' \-\s]"),
    ),
    Rule(
        "intent",
        # commitments our own paper sets out: "our response sets out clear commitments to take
        # action", "The Government's response sets out…", "Our White Paper also sets out…"
        # (not "The council's strategy sets out clear commitments…")
        re.compile(
            r"(?P<subject>)\b(?:[Oo]ur|[Tt]he\s+Government[’']s|[Mm]y\s+Department[’']s)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:response|strategy|plan|(?:White|Green)\s+Paper|paper|framework|programme|document)\s+"
            r"(?:also\s+|now\s+)?sets\s+out\s+(?:clear|firm|new|specific)\s+commitments?\s+to\s+(?:\w+ly\s+)?"
            r"(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("commitment",), ("sets out",)),
    ),
    Rule(
        "intent",
        # the same said the other way round: "Our intention is to create a Maternity and
        # Early Years Allowance", "The Government's intention is to legislate…"
        re.compile(
            r"(?P<subject>)\b(?:[Oo]ur|[Mm]y|[Tt]he\s+Government[’']s)\s+(?:\w+\s+)?intention\s+is\s+to\s+"
            # (not the speech's course or a stance: "…to keep my remarks brief", "…to focus on
            # the issues raised", "…to make sure that the system is fair")
            r"(?:\w+ly\s+)?(?!(?:the|a|an|this|that|these|those|be|keep|focus|speak|respond|answer"
            r"|ensure|make\s+sure|give\s+way)\b)(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("intention is",),),
    ),
    Rule(
        "intent",
        # "It is my intention to engage with…", "it is our plan to bring forward…"
        re.compile(
            r"(?P<subject>)\b(?:[Ii]t\s+(?:is|remains)|(?:[Ii]t|[Tt]his|(?:[Tt]he|[Oo]ur)\s+[\w’']+(?:\s+\w+)?)\s+(?:also\s+)?"
            r"(?:confirms|sets\s+out|restates))\s+(?:also\s+|still\s+|now\s+)?(?:(?:my|our|the\s+Government[’']s)"
            r"\s+(?:\w+\s+)?(?:intention|plan|aim|ambition|objective|commitments?)"
            r")"
            # a clause set off before the act: "It is our intention, as we go into next
            # year…, to get hotel numbers back down again"
            r"(?:\s*,[^,.;?]{1,100},)?\s+to\s+(?:\w+ly\s+)?"
            r"(?!(?:the|a|an|this|that|these|those|our|its|their|my|his|her|all|any|be)\b)"
            r"(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(
            ("intention", "plan", "aim", "ambition", "objective", "commitment"),
            (" is ", "remains", "confirms", "sets out", "restates"),
        ),
    ),
    Rule(
        "intent",
        # a pseudo-cleft naming the act: "One of the things that we are trying to do now is
        # roll out testing", "What we will do is publish the figures" (what we need, want or
        # have to do is a need, not an act)
        re.compile(
            r"(?P<subject>)\b(?:[Oo]ne\s+of\s+the\s+things|[Ww]hat|[Tt]he\s+(?:first\s+|next\s+)?thing"
            r"|[Oo]ne\s+thing)\s+(?:that\s+)?(?:we|I|the\s+Government)\s+(?:are\s+(?:trying|seeking"
            r"|going|planning)\s+to|am\s+(?:going|planning)\s+to|intend\s+to|will|shall|plan\s+to)\s+do"
            r"\b[^.;?]{0,40}?\s+is\s+(?:to\s+)?(?!(?:the|a|an|that|this|not)\b)(?P<verb>[a-z]+)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=((" do ",),),
    ),
    Rule(
        "target",
        # a target stated as a number: "our target is 3 million apprentices in this Parliament"
        re.compile(
            r"(?P<subject>\b(?:[Oo]ur|[Mm]y|[Tt]he\s+Government[’']s))\s+(?:\w+\s+)?"
            r"(?P<verb>target|ambition|goal|aim)\s+is\s+(?:to\s+(?:have|see|reach|get|hit)\s+)?"
            r"(?:over\s+|more\s+than\s+|at\s+least\s+|some\s+)?(?P<rest>\d[\d.,]*(?:\s*(?:million"
            r"|billion|%|per\s+cent))?)"
        ),
        clues=(("target", "ambition", "goal", "aim"),),
    ),
    Rule(
        "target",
        # a number aimed at by a time: "By 2023, we aim to have at least six high powered
        # chargepoints at motorway service areas", "we aim to see 300,000 homes a year by 2025"
        re.compile(
            r"(?P<fronted>(?<=By\s\d{4},\s))?"
            # (an aim, not a plan: "We plan to have three more meetings…" is a schedule; a year
            # is no number aimed at: "We aim to have 2014-15 data published…")
            r"(?P<subject>\b(?:[Ww]e|I|(?i:the\s+Government))(?:\s+also|\s+now)?)\s+(?P<verb>aims?)\s+to\s+"
            r"(?:have|see|reach|achieve|get)\s+(?:over\s+|more\s+than\s+|at\s+least\s+|some\s+|around\s+"
            r"|up\s+to\s+)?(?P<rest>(?!(?:19|20)\d\d\b)(?:\d[\d.,]*|one|two|three|four|five|six|seven"
            r"|eight|nine|ten|a\s+million)\b(?:\s*(?:million|billion|%|per\s+cent))?)"
            r"(?(fronted)|(?=[^.;?]{0,120}?\b(?:by|within|before)\s+(?:\d|the\s+end|the\s+next)))"
        ),
        clues=(("aim",),),
    ),
    Rule(
        "target",
        # an aim with a time to meet it: "the plan is to achieve full broadband coverage by
        # 2020", "the target for new homes is set at 2 million by 2030", "this Government's
        # aim of halving knife crime within ten years", "This Government have set out an
        # ambitious goal of turning around the lives of 120,000 families by the end of this
        # Parliament" (an aim with no time is not a target)
        re.compile(
            r"(?P<subject>)\b(?:[Tt]he|[Oo]ur|[Mm]y|(?:[Tt]his\s+|[Tt]he\s+)?Government[’']s"
            r"|(?:\b(?:I|[Ww]e|(?:[Tt]his|[Tt]he)\s+Government)\s+(?:have\s+|has\s+)?(?:now\s+|already"
            r"\s+|also\s+)?(?:set|set\s+out|adopted|established)\s+(?:(?:ourselves|itself|themselves)"
            r"\s+)?an?))\s+"
            r"(?:\w+\s+){0,2}?(?P<verb>target|aim|goal|plan|ambition|objective)\s+(?:for\s+[\w ]{1,40}?\s+)?"
            r"(?:is\s+(?:set\s+at|to\s+[a-z]+)|of\s+[a-z]+ing)\b"
            r"(?P<rest>[^.;?]{0,100}?\b(?:by|within|before)\s+(?:\d|the\s+end|(?:the\s+(?:next\s+)?)?"
            r"(?:[a-z]+|\d+)\s+(?:years|months)))"
        ),
        clues=(
            ("target", "aim", "goal", "plan", "ambition", "objective"),
            ("by", "within", "before"),
        ),
    ),
    Rule(
        "existential",
        # a deliverable announced as coming: "There will be a consultation on these proposals
        # in the spring", "there will be an opportunity, through the CFD 4 process, to come
        # forward with projects", "There will be more discussion in the new year about the
        # frameworks" (what there will be must be something the Government does: "there will
        # be a cost", "there will be fewer cases" are forecasts)
        re.compile(
            r"(?P<subject>)\b[Tt]here\s+(?:will|shall)\s+(?:also\s+|now\s+|then\s+|of\s+course\s+)?be"
            r"\s+(?:an?\s+|the\s+|further\s+|more\s+|another\s+|some\s+)?(?:(?:full|formal|public"
            r"|independent|new|further|wider|detailed|proper|statutory|targeted|separate|annual"
            r"|fundamental|comprehensive|thorough|national|major|\w+-week)\s+)*(?P<verb>consultations?|reviews?|statements?|updates?|announcements?"
            r"|opportunit(?:y|ies)(?=[^.;?]{0,100}?\bto\s+(?:come|bring|put|apply|bid|submit|make|take"
            r"|raise|discuss)\b)|discussions?|(?:White|Green)\s+Paper|Bill|legislation|inquiry"
            r"|evaluation|pilots?|call\s+for\s+evidence|strategy|action\s+plan|guidance)\b(?P<rest>)"
        ),
        clues=(("here will", "here shall"),),
    ),
    Rule(
        "modal",
        # a proposal the Government makes, what it proposes in a that-clause: "The Government
        # proposes that, subject to Parliamentary approval, the next census of population
        # should be taken on 21 March 2021", "We propose that the new duty will apply from…"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+(?:UK\s+)?Government|the\s+Department|my\s+Department)))"
            r"\s+(?:also\s+|now\s+|therefore\s+)?propos(?:e|es)\s+that\b"
            # (not the House's business: "I propose that we should now move on to the next group")
            r"(?!\s+(?:we|the\s+(?:House|Committee))\s+(?:should|shall|do|now)\b)[^.;?]{0,160}?\b(?:should|will|shall)"
            r"\s+" + _ADV + r"(?P<be>be\s+)?" + _V
        ),
        clues=(("propose",),),
    ),
    Rule(
        "modal",
        # an intention in the third person singular, of the Government or one of its own:
        # "The Government intends to publish…", "The Department plans to review…", "The
        # Secretary of State proposes to amend…" (the plural and the first person are the
        # generic modal rule's "intend to")
        re.compile(
            r"(?P<subject>\b(?:(?i:the\s+(?:UK\s+)?Government|the\s+Department|my\s+Department)"
            r"|(?i:the\s+)?Secretary\s+of\s+State(?:\s+for\s+[A-Z][\w,& ]{0,50}?)?"
            r"|(?i:the\s+)?(?:Prime\s+)?Minister(?:\s+for\s+[A-Z][\w,& ]{0,50}?)?|"
            # a colleague by office: "My right hon. Friend the Chancellor of the Exchequer
            # plans to make a statement on the comprehensive spending review"
            r"(?i:my)\s+"
            + FRIEND
            + r"\s+the\s+(?:Chancellor|(?:[A-Z][a-z]+\s+)?Secretary|Minister|Prime\s+Minister|Leader|Paymaster"
            r"|Attorney|Solicitor)[\w ,’'-]{0,60}?|"
            + _DEPARTMENT_NAMED
            + r"))\s+(?:also\s+|now\s+|still\s+|therefore\s+)?(?:intends|plans|proposes|expects|aims)\s+to\s+"
            + _ADV
            + r"(?P<be>be\s+)?"
            + _V
        ),
        clues=(("intends to", "plans to", "proposes to", "expects to", "aims to"),),
    ),
    Rule(
        "modal",
        # an update promised: "We will have more to say about Medway in due course", "we will
        # have a little more to say about it tomorrow" (the Government's act is to update)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government)))\s+(?:will|shall)\s+(?:\w+ly\s+)?"
            r"(?P<verb>have)(?P<rest>\s+(?:a\s+little\s+|a\s+bit\s+|much\s+|something\s+|rather\s+)?"
            r"more\s+to\s+say)\b"
        ),
        clues=(("more to say",),),
    ),
    Rule(
        "existential",
        # a deliverable said to be on its way: "legislation is coming", "we have a White
        # Paper coming up", "the strategy is coming forward shortly"
        re.compile(
            r"(?P<subject>)\b(?:(?:the|a|an|our|my|new|further)\s+)?(?:new\s+)?"
            r"(?P<verb>[Ll]egislation|Bill|(?:White|Green)\s+Paper|strategy|consultation|review"
            r"|action\s+plan|statement|guidance|announcements?)\b"
            r"(?=\s+(?:is|are|will\s+be)\s+(?:now\s+|also\s+)?coming\b|\s+coming\s+(?:up|forward)\b)"
            r"(?P<rest>)"
        ),
        clues=(("coming",),),
    ),
    Rule(
        "existential",
        # the same of any act named by a noun of doing (the action comes from the noun, or
        # there is none): "That extension will be coming forward shortly", "We have
        # co-commissioning coming up"
        re.compile(
            r"(?P<subject>)\b(?:[Tt]hat|[Tt]his|[Tt]he|[Oo]ur)\s+(?P<verb>[a-z][a-z-]+)"
            r"(?=\s+(?:is|will\s+be)\s+(?:now\s+|also\s+)?coming\s+forward\b)(?P<rest>)"
        ),
        clues=(("coming",),),
    ),
    Rule(
        "existential",
        re.compile(
            r"(?P<subject>)\b[Ww]e\s+have\s+(?:an?\s+|some\s+|further\s+)?(?P<verb>[a-z][a-z-]+)"
            r"(?=\s+coming\s+up\b)(?P<rest>)"
        ),
        clues=(("coming",),),
    ),
    Rule(
        "funding",
        # money announced, by the speaker or a colleague: "On Monday, the rough sleeping
        # Minister … announced £23 million of funding", "the Chancellor announced a £1 billion
        # package" (a restated commitment; one long past is not, see ``_commitment``)
        re.compile(
            r"(?P<subject>)\b(?:ha(?:s|ve)\s+)?(?:recently\s+|also\s+|just\s+|now\s+)?(?P<verb>announced"
            r"|confirmed)"
            r"(?P<rest>\s+(?:a\s+|an\s+|the\s+)?(?:new\s+|further\s+|extra\s+|additional\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?{_MONEY}\d[\d.,]*\s*(?:million|billion|bn|[mk])?)",
            re.IGNORECASE,
        ),
        clues=(("announced", "confirmed"), _MONEY_CLUES),
    ),
    Rule(
        "announced",
        # an amendment or instrument the Government has put before the House: "We have also
        # proposed an amendment that would place an additional duty on officers", "we have
        # tabled amendments to clause 3"
        re.compile(
            r"(?P<subject>\b(?:[Ww]e|[Tt]he\s+Government))\s+ha(?:ve|s)\s+(?:now\s+|also\s+|already"
            r"\s+|today\s+|therefore\s+)?(?P<verb>tabled|proposed|brought\s+forward|laid)"
            r"(?P<rest>\s+(?:(?:an?|the|our|these|those|further|new|two|three|four|several|some)\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:amendments?|new\s+clauses?|regulations|orders?|a\s+motion))\b"
        ),
        clues=(("tabled", "proposed", "brought forward", "laid"),),
    ),
    Rule(
        "progressive",
        # a matter kept open by its owner: "the Secretary of State keeps the restrictions under
        # constant consideration", "we keep this under review", "we monitor the position"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Secretary\s+of\s+State|(?:the|my|our)"
            r"\s+Department)|Ministers))\s+(?:continue\s+to\s+|always\s+|also\s+|constantly\s+)?"
            r"(?P<verb>keeps?(?=[^.;?]{1,80}?\bunder\s+(?:\w+\s+)?(?:review|consideration)\b)"
            r"|monitors?(?=\s+(?:the|this|that|these|those|it|them|progress)\b))\b"
            r"(?P<rest>[^.;?]{0,80}?\bunder\s+(?:\w+\s+)?(?:review|consideration)\b|(?:\s+[a-z’'-]+){0,3})"
        ),
        clues=(("keep", "monitor"),),
    ),
    Rule(
        "performative",
        # news of the Government's own decision: "this week we announced that carers … will
        # be called this week" (what follows must be to come)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|[Tt]he\s+Government))\s+(?:have\s+|has\s+)?(?:also\s+|recently"
            r"\s+|today\s+|just\s+|now\s+)?(?P<verb>announced)\s+that\b"
            r"(?P<rest>[^.;?]{0,200}?\b(?:will|shall)\b)"
        ),
        clues=(("announced",), ("will", "shall")),
    ),
    Rule(
        "modal",
        # a promise of the Government's own, restated: "I have already said that we will give
        # local authorities…", "last week the Prime Minister said that we would work with…",
        # "I said that I would reflect on the comments" (someone else's words are not)
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+(?:Prime\s+Minister|Government|Chancellor|Secretary"
            r"\s+of\s+State)))\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|also\s+|previously\s+"
            r"|consistently\s+|always\s+|repeatedly\s+)?(?:said|made\s+(?:it\s+)?clear|indicated"
            r"|promised|pledged|stated)\s+(?:(?:last|this|in)\s+[^,.;?]{1,40}?\s+)?that\s+(?:we|I))"
            r"\s+(?:would|will|shall)\s+" + _ADV + r"(?P<be>be\s+)?" + _V
        ),
        clues=(
            ("said", "clear", "indicated", "promised", "pledged", "stated"),
            ("would", "will", "shall"),
        ),
    ),
    Rule(
        "existential",
        # an act expected or intended, named by its noun: "I anticipate publication of the
        # proposed Animal Welfare Bill within the next two to three months", "The Government
        # also envisage simultaneous publication of the plan and the strategy"
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+(?:Government|Department))))\s+(?:also\s+|now\s+)?"
            r"(?:anticipate|envisage|expect|intend|plan|propose)s?\s+(?:the\s+)?(?:[a-z]+\s+)?"
            r"(?P<verb>publication|introduction|implementation|establishment|extension|expansion"
            r"|creation|provision|delivery)(?P<rest>\s+of\b)"
        ),
        clues=(("anticipate", "envisage", "expect", "intend", "plan", "propose"),),
    ),
    Rule(
        "modal",
        # a minister named by office with words set off by commas, which the rule below cannot
        # span: "My hon. friend, the Parliamentary Under Secretary of State for Environment,
        # Food and Rural Affairs (George Eustice), will represent the UK", "The Under-Secretary
        # of State for Defence, my hon. Friend the Member for Pudsey (…), the Procurement
        # Minister, will be visiting Wales"
        re.compile(
            r"^(?P<subject>(?:[Mm]y\s+(?:right\s+)?(?:hon(?:\.|ourable)|noble)\s+(?:and\s+learned\s+)?"
            r"[Ff]riend,?\s+)?[Tt]he\s+(?:\w+[\s-]+){0,3}?(?:Secretary|Minister|Chancellor"
            r"|Solicitor|Attorney|Advocate)\b(?:[^;:.?]|(?<=hon)\.){0,200}?),\s+(?:will|shall)\s+"
            + _ADV
            + r"(?P<be>be\s+)?"
            + _V
        ),
        clues=(
            ("will", "shall"),
            ("Secretary", "Minister", "Chancellor", "Solicitor", "Attorney", "Advocate"),
            (",",),
        ),
    ),
    Rule(
        "modal",
        re.compile(
            r"(?P<subject>\b[\w’'() -]{0,100}?)\s*\b(?:will|shall|’ll|'ll|intend\s+to|plan\s+to|"
            r"propose\s+to|expect\s+to|aim\s+to|(?:am|are)\s+about\s+to)"
            + SET_OFF
            + r"\s+"
            + _ADV
            + r"(?P<be>be\s+(?:able\s+to\s+)?)?"
            + _V
        ),
        clues=(
            (
                "will",
                "shall",
                "’ll",
                "'ll",
                "intend",
                "plan",
                "propose",
                "expect",
                "aim to",
                "about to",
            ),
        ),
        anchor=re.compile(
            r"\b(?:will|shall|’ll|'ll|intend\s+to|plan\s+to|propose\s+to|expect\s+to|aim\s+to"
            r"|(?:am|are)\s+about\s+to)"
            + SET_OFF
            + r"\s+"
            + _ADV
            + r"(?:be\s+(?:able\s+to\s+)?)?[a-z]"
        ),
        barrier=re.compile(r"[^\w’'() \-\s]"),
    ),
)

# A sentence can hold a trigger only if it holds one of these: the first clue of a rule
# (in lower case), or the hint of a rule without clues.
_KEYWORDS = tuple(sorted({word for rule in TRIGGERS for group in rule.clues[:1] for word in group}))
_KEY_HINTS = tuple(rule.hint for rule in TRIGGERS if not rule.clues and rule.hint is not None)


#: Every keyword at once (Aho-Corasick): its matches give each keyword's number.
_KEYWORD_SEARCH = AhoCorasick(_KEYWORDS)

#: For each keyword, the rules (by number in TRIGGERS) whose first clue group holds it.
_RULES_OF_KEYWORD = tuple(
    frozenset(i for i, rule in enumerate(TRIGGERS) if rule.clues and word in rule.clues[0])
    for word in _KEYWORDS
)
#: Rules without clues or hint: possible anywhere.
_UNCLUED = frozenset(i for i, rule in enumerate(TRIGGERS) if not rule.clues and not rule.hint)
#: Rules without clues but with a hint: possible only where a hint position is.
_HINTED = frozenset(i for i, rule in enumerate(TRIGGERS) if not rule.clues and rule.hint)
#: The keyword number that stands for a hint's position.
HINT = -1


def key_hits(text: str) -> list[tuple[int, int]] | None:
    """(position, keyword number) of every trigger keyword in ``text``, sorted, with the
    positions hints give as keyword :data:`HINT` (None: look everywhere).

    One pass over the whole speech for all the keywords at once, overlapping matches
    included ("increase" inside "increased"), is much cheaper than testing every sentence
    for every keyword; it gives what one ``str.find`` loop per keyword gave, at a third of
    the CPU (``benchmarks/results/design-notes.md``, "Keywords in one pass").
    """
    lowered = lower_for_search(text)
    if len(lowered) != len(text):
        return None  # a character changed length in lower case: offsets would not agree
    hits = [
        (at, number)
        for number, at, _ in _KEYWORD_SEARCH.find_matches_as_indexes(lowered, overlapping=True)
    ]
    for hint in _KEY_HINTS:
        hits.extend((at, HINT) for at in hint(text))
    hits.sort()
    return hits


def rules_for(keywords: frozenset[int]) -> tuple[Rule, ...]:
    """The rules a sentence holding ``keywords`` (numbers, from :func:`key_hits`) may match,
    in trying order: those whose first clue is one of them, those without clues whose hint
    found a position in it (:data:`HINT`), and those with neither clue nor hint.

    A superset of the rules whose :meth:`Rule.possible` holds: a sentence holds a keyword
    exactly where its lower case does, and a hint position in a sentence is one in the
    speech (sentences start and end at white space, so they never cut the words a hint
    reads); callers still ask each rule.
    """
    return _rules_for(keywords)


@lru_cache(maxsize=4096)
def _rules_for(keywords: frozenset[int]) -> tuple[Rule, ...]:
    numbers = set(_UNCLUED)
    for k in keywords:
        numbers |= _HINTED if k == HINT else _RULES_OF_KEYWORD[k]
    return tuple(TRIGGERS[i] for i in sorted(numbers))
