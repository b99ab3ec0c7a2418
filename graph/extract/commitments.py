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
sentence is a question, a procedure ("I call…", "I commend…"), when the subject
is someone else ("the previous Government", "the Commission", "hon. Members")
or when the verb is one of knowing or of effect ("will know", "will mean",
"will help") rather than of doing.

>>> from datetime import date
>>> [c.action for c in find_commitments("We will introduce a Bill. Last year we spent £1m.")]
['introduce']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from graph.extract.deadlines import find_deadlines
from graph.extract.money import find_amounts_with_spans
from graph.extract.sentences import lower_for_search, split_sentences
from graph.records import Commitment, MonetaryAmount, Span

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

# --- vocabulary --------------------------------------------------------------

# Verbs of doing (base form -> normalised action).  Anything not here is not a commitment
# verb: "will know", "will mean", "will help", "will apply" describe, they do not commit.
_ACTIONS = {
    "introduce": "introduce", "implement": "implement", "publish": "publish",
    "fund": "fund", "back": "fund", "invest": "fund", "allocate": "fund", "spend": "fund",
    "review": "review", "audit": "review", "examine": "review", "monitor": "review",
    "consider": "review", "assess": "review", "evaluate": "review", "inspect": "review",
    "legislate": "legislate", "consult": "consult", "extend": "extend", "expand": "extend",
    "provide": "provide", "give": "provide", "make available": "provide", "offer": "provide",
    "write": "write", "set out": "set-out", "lay out": "set-out", "lay": "lay",
    "bring in": "legislate", "bring forward": "introduce", "take forward": "implement",
    "work": "work", "overhaul": "reform", "reform": "reform", "change": "change",
    "link": "link", "establish": "establish", "set up": "establish", "create": "establish",
    "launch": "launch", "appoint": "appoint", "announce": "announce", "look": "review",
    "include": "include", "report": "report", "commission": "commission",
    "procure": "procure", "agree": "agree", "receive": "provide", "get": "provide",
    "follow up": "follow-up", "follow": "follow-up", "take away": "follow-up",
    "talk": "meet", "meet": "meet", "continue": "continue", "deliver": "deliver",
    "require": "require", "undertake": "undertake", "strengthen": "strengthen",
    "increase": "increase", "reduce": "reduce", "halve": "reduce", "double": "increase",
    "recruit": "recruit", "build": "build", "support": "support", "complete": "complete",
    "come into force": "commence", "draw up": "draft", "develop": "develop",
    "update": "update", "make changes": "change", "bolster": "strengthen",
    "make recommendations": "recommend", "start": "begin", "begin": "begin",
    "ban": "ban", "abolish": "abolish", "remove": "remove", "replace": "replace",
    "automate": "automate", "pilot": "pilot", "phase in": "introduce", "put in place": "provide",
    "target": "fund", "recover": "recover", "oversee": "review", "tackle": "tackle",
    "refer": "refer", "decide": "decide", "roll out": "introduce", "raise": "increase",
    "issue": "publish", "use": "use", "make clear": "set-out", "ensure": "ensure",
    "propose": "propose",
}  # fmt: skip

_IRREGULAR = {
    "made": "make", "making": "make", "given": "give", "giving": "give", "brought": "bring",
    "bringing": "bring", "set": "set", "setting": "set", "laid": "lay", "laying": "lay",
    "undertaken": "undertake", "taken": "take", "taking": "take", "got": "get",
    "getting": "get", "met": "meet", "written": "write", "writing": "write", "put": "put",
    "putting": "put", "drawn": "draw", "drawing": "draw", "built": "build", "spent": "spend",
    "done": "do", "doing": "do", "seen": "see", "being": "be", "been": "be", "doubling": "double",
}  # fmt: skip

# Verbs of state, thought or feeling: "we will know", "I am aware", "we will need".
_STATIVE = frozenset(
    {
        "be", "have", "know", "understand", "need", "want", "hope", "see", "feel", "think",
        "believe", "recognise", "recognize", "remember", "like", "wish", "expect", "mean",
        "seem", "remain", "welcome", "acknowledge", "note", "appreciate", "share", "face",
        "say", "tell", "argue", "find", "become", "get", "hear", "listen", "look", "come", "go",
        "happen", "depend", "matter", "win", "lose", "fail", "let", "put", "take", "strive",
        "try", "aim", "endeavour", "attempt",
    }
)  # fmt: skip

# Nouns of action after "committed to the …" ("the provision of free school meals").
_NOMINALS = {
    "provision": "provide", "introduction": "introduce", "implementation": "implement",
    "publication": "publish", "delivery": "deliver", "funding": "fund", "extension": "extend",
    "expansion": "expand", "establishment": "establish", "reduction": "reduce",
    "consultation": "consult", "development": "develop", "creation": "create",
}  # fmt: skip

# Particles that form phrasal verbs we normalise ("set out", "bring in", "follow up").
_PARTICLES = (
    "out", "in", "up", "forward", "away", "into force", "available", "in place", "changes", "clear",
    "recommendations",
)  # fmt: skip

# Verbs that, with a non-agent subject ("This instrument will strengthen…", "It will
# deliver more capacity"), describe an effect rather than commit anyone to anything.
_EFFECT_PRONE = frozenset(
    {"support", "strengthen", "deliver", "offer", "improve", "enable", "help", "benefit",
     "increase", "reduce", "provide", "build", "make", "give", "bolster", "ensure"}
)  # fmt: skip

_SUBJECT_OTHERS = re.compile(
    r"\b(?:previous|last|former)\s+Government|\bOpposition\b|\bCommission\b|\bpresidency\b"
    r"|\bCouncil\b(?!\s+(?:of|for))|\bhon\.\s+(?:and\s+(?:right|learned|gallant)\s+hon\.\s+)?"
    r"(?:Friend|Member|Lady|Gentleman|Members)\b|\b(?:all|other|many|some)\s+Members\b|\bMembers\s+(?:of\s+(?:this|the)\s+House|present)\b"
    r"|\b(?:EU|ECOFIN|G20|UN|NATO|European\s+(?:Council|Commission|Parliament|Union))\b"
    r"|\bterrorists?\b|\bcountries\b"
    r"|\bpeople\b|\bbusiness(?:es)?\b|\bthey\b|\bvictims\b|\boffenders\b",
    re.IGNORECASE,
)
_GOVERNMENT_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:Government|Department|Home\s+Office|Treasury|Cabinet\s+Office|"
    r"Ministry\b.*|Department\s+(?:for|of)\b.*|Secretary\s+of\s+State\b.*|Minister\b.*|"
    r"my\s+Department|our\s+Department|(?:cross-Government\s+)?ministerial\s+group|"
    r"UK\s+Border\s+Agency|Mayor\b.*|Prime\s+Minister)$",
    re.IGNORECASE,
)

_QUESTION = re.compile(r"\?\W*$")
# Procedure, not commitment: an opening ("I call…", "Let me…") or papers in the Library.
_PROCEDURAL_OPENING = re.compile(
    r"(?:Order[.!]?|I\s+call\b|I\s+commend\b|I\s+beg\s+to\s+move\b|I\s+thank\b|I\s+wish\b"
    r"|I\s+will\s+make\s+a\s+statement\b|Question\s+put\b|Let\s+me\b|Let\s+us\b|I\s+give\s+way\b)",
    re.IGNORECASE,
)
_PROCEDURAL_PAPERS = re.compile(
    r"\b(?:placed|deposited|available)\s+in\s+the\s+Librar(?:y|ies)\b|\bVote\s+Office\b"
    r"|\b(?:place|deposit)\b[^.;]{0,120}\bin\s+the\s+Librar(?:y|ies)\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"(?:If|Unless|Should)\b")
_HEDGE = re.compile(r"\b(?:may|might|could|hope|subject\s+to|intend|aim|seek)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't)\b", re.IGNORECASE)

_V = r"(?P<verb>[a-z][a-z-]*)(?P<rest>(?:\s+[a-z][a-z’'-]*){0,3})"
_ADV = r"(?:(?:also|now|then|therefore|further|shortly|swiftly|today|immediately|always|all|" \
       r"soon|not|continue\s+to|seek\s+to|[a-z]+ly)\s+)*"  # fmt: skip
_NEG_ADV = r"(?:(?:also|now|then|therefore|further|today|already|currently|all|" \
           r"so|still|not|[a-z]+ly)\s+)*"  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Rule:
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded", bool(self.pattern.flags & re.IGNORECASE))

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
        """What ``pattern.finditer(clause)`` yields (matches are never empty)."""
        if self.anchor is None:
            yield from self.pattern.finditer(clause)
            return
        pos = 0
        while (key := self.anchor.search(clause, pos)) is not None:
            start = pos
            if self.barrier is not None:
                for bad in self.barrier.finditer(clause, pos, key.start()):
                    start = bad.end()
            match = self.pattern.search(clause, start)
            if match is None:
                return
            yield match
            pos = match.end()


_BE = re.compile(r"\s(?:am|are|is)\s")
_BEFORE_BE = ("I", "We", "we", "group", "Agency")
_BEFORE_BE_ANY_CASE = ("government", "department", "office")


def _subject_be(text: str) -> Iterator[int]:
    """Where "am/are/is" follows a word the first progressive rule takes as a subject.

    Every match of that rule ("we are working…", "the Home Office is reviewing…") has one;
    finding "is" first and looking back is far cheaper than trying each subject.
    """
    for match in _BE.finditer(text):
        before = text[: match.start()].rstrip()
        if before.endswith(_BEFORE_BE) or lower_for_search(before[-10:]).endswith(
            _BEFORE_BE_ANY_CASE
        ):
            yield match.start()


@dataclass(frozen=True, slots=True)
class _Trigger:
    """Where a commitment trigger matched, inside one clause."""

    start: int
    subject: str
    verb: str
    rest: str
    kind: str  # performative, modal, progressive, request, accepted, target, undertaking, list
    passive: bool = False
    be: bool = False


_TRIGGERS: tuple[_Rule, ...] = (
    _Rule(
        "undertaking",
        re.compile(
            r"(?P<subject>\bI)\s+(?:will|shall|am\s+happy\s+to|would\s+be\s+happy\s+to|"
            r"am\s+(?:very\s+)?(?:happy|pleased|willing)\s+to|will\s+be\s+happy\s+to)\s+"
            r"(?:\w+ly\s+|for\s+sure\s+|also\s+)?"
            r"(?P<verb>write|meet|talk|follow|take|look\s+into|speak|discuss|update|be\s+doing)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(
            ("will", "shall", "happy", "pleased", "willing"),
            (
                "write",
                "meet",
                "talk",
                "follow",
                "take",
                "look",
                "speak",
                "discuss",
                "update",
                "doing",
            ),
        ),
    ),
    _Rule(
        "undertaking",
        re.compile(r"(?P<subject>)\band\s+will\s+(?P<verb>follow)(?P<rest>\s+up)", re.IGNORECASE),
        clues=(("will",), ("follow",)),
    ),
    _Rule(
        "performative",
        re.compile(
            r"(?P<subject>\bI)\s+(?:can|am\s+(?:pleased|delighted|able|happy)\s+to|want\s+to)\s+"
            r"(?:\w+\s+)?(?P<verb>confirm|announce)(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("confirm", "announce"),),
    ),
    _Rule(
        "performative",
        re.compile(
            r"(?P<subject>\b(?:I|We))\s+(?:am|are)\s+(?:today\s+)?(?P<verb>announcing)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("announcing",),),
    ),
    _Rule(
        "request",
        re.compile(
            r"(?P<subject>\bI)\s+have\s+(?:also\s+|therefore\s+|today\s+)?asked\s+"
            r"(?P<object>.{2,80}?)\s+to\s+(?:\w+ly\s+)?" + _V
        ),
        clues=(("asked",),),
    ),
    _Rule(
        "request",
        re.compile(r"(?P<subject>[A-Z][^,;]{1,60}?),?\s+has\s+agreed\s+to\s+" + _V),
        clues=(("agreed",),),
    ),
    _Rule(
        "accepted",
        re.compile(
            r"(?P<subject>\b(?:we|I|the\s+Government|[A-Z][\w ]{0,30}\s+and\s+I))\s+"
            r"(?:have|has)\s+(?:now\s+|also\s+|today\s+)?(?P<verb>accepted)(?P<rest>(?:\s+\S+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("accepted",),),
    ),
    _Rule(
        "target",
        re.compile(
            r"(?P<subject>)\b(?:mission|target|ambition|goal|pledge|intention)\b[^.;]{0,80}?"
            r"\b(?:to|is\s+that)\s+(?:[^.;]{0,80}?\bwill\s+)?"
            r"(?P<verb>halve|double|reduce|increase|end|eliminate|move|cut|recruit|build|raise|"
            r"deliver|reach)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("mission", "target", "ambition", "goal", "pledge", "intention"),),
    ),
    _Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department|my\s+Department|"
            r"the\s+Home\s+Office)|[A-Z][\w -]{0,40}(?:group|Government|Department|Office|Agency)))"
            r"\s+(?:am|are|is)\s+" + _NEG_ADV + r"(?:(?:committed|determined|continuing|going|"
            r"planning|proposing|preparing)\s+to\s+)?"
            r"(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})",
        ),
        hint=_subject_be,
    ),
    _Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:I|we))\s+(?:am|are)\s+"
            + _NEG_ADV
            + r"(?:committed|determined)\s+to\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z’'-]+){0,3})",
            re.IGNORECASE,
        ),
        clues=(("committed", "determined"),),
    ),
    _Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b[\w’' -]{1,60}?)\s+(?:is|are)\s+(?:already\s+|currently\s+|now\s+|"
            r"today\s+)?being\s+(?P<verb>reviewed|taken\s+forward|introduced|implemented|extended|"
            r"developed|updated|drawn\s+up|considered|rolled\s+out|published|laid)(?P<rest>)"
        ),
        clues=(("being",),),
        anchor=re.compile(
            r"being\s+(?:reviewed|taken\s+forward|introduced|implemented|extended|developed|"
            r"updated|drawn\s+up|considered|rolled\s+out|published|laid)"
        ),
        barrier=re.compile(r"[^\w’' \-\s]"),
    ),
    _Rule(
        "progressive",
        re.compile(r"(?P<subject>\bwork)\s+is\s+(?:already\s+)?(?P<verb>under\s?way)(?P<rest>)"),
        clues=(("under",), ("work",)),
    ),
    _Rule(
        "announced",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|[A-Z][\w’' ,-]{0,80}?))\s+"
            r"(?:has|have|am|are|is)\s+(?:also\s+)?today\s+(?:being\s+)?(?P<verb>laid|laying|"
            r"published|publishing|launched|launching|changed|changing|issued|issuing|announced)"
            r"(?P<rest>(?:\s+[a-z’'-]+){0,3})",
        ),
        clues=(("today",),),
    ),
    _Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department|my\s+Department)))\s+"
            r"(?:am|are|is|remain|remains)\s+(?:still\s+|fully\s+|firmly\s+)?"
            r"(?P<verb>committed)(?P<rest>\s+to\s+(?:the\s+)?[a-z]+)"
        ),
        clues=(("committed",),),
    ),
    _Rule(
        "progressive",
        re.compile(
            r"(?P<subject>\b(?:I|[Ww]e|(?i:the\s+Government|the\s+Department|(?:my|our)\s+Departments?)))"
            r"\s+(?:continue|continues)\s+to\s+(?:\w+ly\s+)?" + _V
        ),
        clues=(("continue",),),
    ),
    _Rule(
        "announced",
        re.compile(
            r"(?P<subject>\b(?:I|we|it|the\s+Government|the\s+UK|the\s+Department))\s+"
            r"(?:have|has|had)\s+(?:now\s+|also\s+|today\s+)?(?:taken\s+the\s+decision|decided|"
            r"committed|pledged|agreed)\s+to\s+" + _V,
            re.IGNORECASE,
        ),
        clues=(("decision", "decided", "committed", "pledged", "agreed"),),
    ),
    _Rule(
        "modal",
        re.compile(
            r"(?P<subject>\b[\w’'() -]{0,100}?)\s*\b(?:will|shall|’ll|'ll|intend\s+to|plan\s+to|"
            r"propose\s+to|expect\s+to)\s+" + _ADV + r"(?P<be>be\s+(?:able\s+to\s+)?)?" + _V
        ),
        clues=(("will", "shall", "’ll", "'ll", "intend", "plan", "propose", "expect"),),
        anchor=re.compile(
            r"\b(?:will|shall|’ll|'ll|intend\s+to|plan\s+to|propose\s+to|expect\s+to)\s+"
            + _ADV
            + r"(?:be\s+(?:able\s+to\s+)?)?[a-z]"
        ),
        barrier=re.compile(r"[^\w’'() \-\s]"),
    ),
)

# A sentence can hold a trigger only if it holds one of these: the first clue of a rule
# (in lower case), or the hint of a rule without clues.
_KEYWORDS = tuple(
    sorted({word for rule in _TRIGGERS for group in rule.clues[:1] for word in group})
)
_KEY_HINTS = tuple(rule.hint for rule in _TRIGGERS if not rule.clues and rule.hint is not None)


def _key_positions(text: str) -> list[int] | None:
    """Where trigger keywords start in ``text``, sorted (None: look everywhere).

    One pass of ``str.find`` per keyword over the whole speech is much cheaper than
    testing every sentence for every keyword.
    """
    lowered = lower_for_search(text)
    if len(lowered) != len(text):
        return None  # a character changed length in lower case: offsets would not agree
    hits: list[int] = []
    for word in _KEYWORDS:
        at = lowered.find(word)
        while at >= 0:
            hits.append(at)
            at = lowered.find(word, at + 1)
    for hint in _KEY_HINTS:
        hits.extend(hint(text))
    hits.sort()
    return hits


_STOP = frozenset(
    {
        "a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "by", "with", "from",
        "at", "as", "that", "this", "these", "those", "is", "are", "be", "will", "we", "i",
        "our", "it", "its", "their", "they", "he", "she", "which", "who", "all", "also", "new",
        "further", "any", "more",
    }
)  # fmt: skip


def _lemma(word: str) -> str:
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (
        ("ying", "y"), ("ssing", "ss"), ("ting", "te"), ("ing", ""), ("ied", "y"),
        ("ed", ""), ("es", ""), ("s", ""),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + repl
            if stem in _ACTIONS or stem.split(" ")[0] in _ACTIONS:
                return stem
            if stem + "e" in _ACTIONS:
                return stem + "e"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in _ACTIONS:
                return stem[:-1]
    return word


def _crude_lemma(word: str) -> str:
    """A base form for verbs outside the action table: "asking" → "ask", "retains" → "retain"."""
    word = _lemma(word)
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    return word


def _dynamic_verb(trigger: _Trigger) -> str | None:
    """An agent's verb of doing outside the action table ("we will be asking", "will retain").

    Only the speaker, "we", the Government or a department can commit with any verb;
    a verb after "be" must be a participle (otherwise it is an adjective: "will be open").
    """
    subject = _LEADING_ADVERBIAL.sub("", trigger.subject.strip()).strip(" ,")
    subject = re.split(r",|\s+and\s+", subject)[-1].strip()
    if not re.fullmatch(r"(?i:I|we)", subject) and not _GOVERNMENT_SUBJECT.match(subject):
        return None
    if trigger.passive:
        return None  # "the Government will be guided by…": the subject is not acting
    verb = trigger.verb.split()[0].lower()
    if trigger.kind == "progressive" and not verb.endswith("ing"):
        return None
    if trigger.kind == "modal" and trigger.be and not verb.endswith(("ing", "ed", "en")):
        return None
    base = _crude_lemma(verb)
    if base in _STATIVE or verb in _STATIVE or len(base) < 3:
        return None
    return base


def _action(verb: str, rest: str) -> str | None:
    """The normalised action of a verb phrase, or None when it is not a verb of doing."""
    if verb.lower() == "committed":
        object_word = rest.split()[-1].lower() if rest.split() else ""
        return _ACTIONS.get(_NOMINALS.get(object_word, _lemma(object_word)), "commit")
    words = verb.lower().split()
    head = _lemma(words[0])
    tail = " ".join(words[1:] + rest.lower().split())
    for particle in _PARTICLES:
        if tail.startswith(particle) and f"{head} {particle}" in _ACTIONS:
            return _ACTIONS[f"{head} {particle}"]
    if head == "be" and tail.startswith("able to review"):
        return "review"
    return _ACTIONS.get(head)


# --- clauses and triggers ----------------------------------------------------

_CLAUSE_BREAK = re.compile(r";\s+|:\s+|,\s+(?=(?:and|but|so|while|whereas)\s)|—")


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
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "our", "its", "their", "any", "all", "each"}
)
_STANCE = re.compile(
    r"\b(?:confident|sure|think|believe|hope|know|expect|clear|aware|understand|feel)\s+that\b"
    r"|\b(?:if|unless|whether|would|should|could|might)\b",
    re.IGNORECASE,
)
_AGENT = re.compile(
    r"^(?:I|(?i:we|(?:the\s+)?Government|(?:the\s+|my\s+|our\s+)?Department\b.*|"
    r"(?:the\s+)?(?:Home|Cabinet|Foreign)\s+Office|(?:the\s+)?Secretary\s+of\s+State\b.*|"
    r"(?:the\s+)?Minister\b.*|(?:the\s+)?Mayor\b.*|(?:the\s+)?(?:panel|taskforce|inspectorate|"
    r"agency|council|audit|review|commission|board|group|scheme|fund))|(?!The\b|This\b|It\b|That\b|These\b|Those\b)[A-Z][a-z]+\s+[A-Z].*)$"
)


def _subject_ok(clause: str, start: int, subject: str, kind: str) -> bool:
    subject = subject.strip()
    if kind in {"undertaking", "performative", "target"}:
        return True
    if _SUBJECT_OTHERS.search(subject) or _STANCE.search(subject):
        return False
    if re.match(r"(?i:what|how|whether)\b", subject):
        return False  # "What I will also make clear is that…": a cleft, not an undertaking
    if (
        kind == "announced"
        and not re.fullmatch(r"(?i:I|we|it)", subject)
        and not _agentive(subject)
    ):
        return False
    if re.fullmatch(r"(?i:I|we)", subject):
        before = re.findall(r"[\w’'-]+|[^\w\s]", clause[:start])
        if (
            before
            and before[-1][0].islower()
            and before[-1].lower() not in _BEFORE_SUBJECT
            and _DETERMINERS & {w.lower() for w in before[-3:]}
        ):
            return False  # "the regulations we have today laid": a relative clause
    return True


def _agentive(subject: str) -> bool:
    subject = _LEADING_ADVERBIAL.sub("", subject.strip()).strip(" ,")
    subject = re.split(r",|\s+and\s+", subject)[-1].strip()
    return bool(_AGENT.match(subject))


def _negated(clause: str, trigger_start: int, verb_at: int) -> bool:
    return bool(_NEGATION.search(clause[trigger_start:verb_at]))


def _triggers(
    clause: str, rules: tuple[_Rule, ...] = (), *, checked: bool = False
) -> Iterator[_Trigger]:
    """The triggers in ``clause`` by ``rules`` (all of them by default), rule by rule.

    ``checked`` says the caller has already seen that each rule is possible here.
    """
    lowered = "" if checked else lower_for_search(clause)
    for rule in rules or _TRIGGERS:
        if not checked and not rule.possible(clause, lowered):
            continue
        kind = rule.kind
        for m in rule.finditer(clause):
            subject = m.group("subject") or ""
            if kind == "request" and "object" in m.groupdict():
                subject = m.group("object")
            verb = m.group("verb")
            rest = m.group("rest") or ""
            if _negated(clause, m.end("subject"), m.start("verb")):
                continue
            subject_at = m.start("subject") if kind != "request" else m.start()
            if not _subject_ok(clause, subject_at, subject, kind):
                continue
            if kind == "modal" and re.search(r"\b(?:I|we)\s+(?:would|could|should)\b", subject):
                continue
            passive = bool(m.groupdict().get("be")) and verb.endswith(
                ("ed", "en", "de", "ne", "id")
            )
            be = bool(m.groupdict().get("be"))
            yield _Trigger(m.start(), subject, verb, rest, kind, passive, be)


# --- filling the record --------------------------------------------------------

_LEGISLATION = re.compile(
    r"\b(?:Bill|Act|law|legislation|legislative|regulations?|sentences?|offence|statutory|"
    r"duty\s+(?:of|to))\b",
    re.IGNORECASE,
)
_FUNDING = re.compile(r"\b(?:funding|funds?|grant|budget|allocation|payments?|£|€|\$)", re.I)
_REVIEW = re.compile(
    r"\b(?:review|reviewing|reviewed|audit|inquiry|consultation|consult|examine|monitor\w*|"
    r"investigat\w+|evaluation|panel|report\s+to)\b",
    re.IGNORECASE,
)
_GUIDANCE = re.compile(
    r"\b(?:guidance|timetable|framework|recommendations?|plan|policy|strategy|arrangements|"
    r"code|standards?|consultation\s+response)\b",
    re.IGNORECASE,
)
_MENTION = re.compile(
    r"\bthe\s+((?:[\w’'()-]+\s+){0,5}?)(Bill|law|Act(?:\s+\d{4})?|Regulations(?:\s+\d{4})?)\b"
    r"|\b((?:[A-Z][\w’'-]+\s+)+(?:Act|Regulations)\s+\d{4})"
    r"|\b((?:(?:His|Her)\s+Majesty’s\s+)?(?:[A-Z][\w’'-]*\s+){1,5}"
    r"(?:Council|Office|Agency|Commission|Network|Board|Panel|Taskforce|Service|Group|Police))\b"
    r"|\b((?:Baroness|Lord|Lady|Professor|Sir|Dame|Dr)\s+(?:[A-Z][\w’'-]+\s?){1,3})",
)


def _mentions(sentence: str) -> tuple[str, ...]:
    found: list[str] = []
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


_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:In\s+addition|Today|Finally|As\s+a\s+first\s+step|Equally|Of\s+course|Again|"
    r"To\s+conclude|To\s+go\s+[\w ]+|Alongside\s+[\w ]+|Before\s+\w+|And|But|So|Also|"
    r"That\s+is\s+why|This\s+is\s+why|Therefore|Obviously)\b,?\s*)+",
    re.IGNORECASE,
)


# --- actors ------------------------------------------------------------------

# What a subject may be prefixed with before its own subject starts: a stance ("I hope
# the Minister will…", "I am sure she will…") or a complement ("Friend that the
# Government will…", "the strategy states that the UK will…").
_EMBEDDING = re.compile(
    r"^.*\b(?:that|which|who|whom|what|because|once|when|where|if|than|although|though|whether)\s+"
    r"|^(?:I|we)\s+(?:(?:also\s+)?(?:hope|think|believe|expect|trust|know|intend)|am\s+sure|are\s+sure)\s+",
    re.IGNORECASE,
)
_GOVERNMENT_WORDS = frozenset(
    {"we", "government", "the government", "this government", "our government",
     "uk government", "the uk government", "her majesty’s government", "his majesty’s government"}
)  # fmt: skip
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "its", "their", "his", "her"})
_PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
_OTHER_PRONOUNS = frozenset({"they", "them", "it", "which", "this", "that", "these", "those"})
# Common nouns that name a body able to act: "the panel will publish…".
_BODIES = (
    "panel", "taskforce", "task force", "inspectorate", "agency", "council", "audit", "review",
    "commission", "board", "group", "committee", "inquiry", "authority", "regulator",
    "department", "ministry", "office", "service", "team", "unit", "tribunal", "court",
)  # fmt: skip
_TITLE = r"(?:Baroness|Lord|Lady|Dame|Sir|Professor|Prof\.|Dr|Mr|Mrs|Ms|Miss)"
_FEMALE_TITLES = frozenset({"Baroness", "Lady", "Dame", "Mrs", "Ms", "Miss"})
_MALE_TITLES = frozenset({"Lord", "Sir", "Mr"})
_NAME = r"[A-Z][\w’'-]+"
_PERSON = re.compile(
    rf"\b(?P<title>{_TITLE})\s+(?P<names>{_NAME}(?:\s+{_NAME}){{0,2}})(?:\s+(?:KC|QC))?\b"
    rf"|\b(?P<plain>{_NAME}\s+{_NAME})\s+(?:KC|QC)\b"
)
_BY_AGENT = re.compile(rf"^\s*by\s+(?P<agent>(?:the\s+)?{_NAME}(?:\s+(?:of\s+|for\s+)?{_NAME})*)")
# "Tom Crowther KC, the chair of the Telford inquiry, has agreed…": the name, not the inquiry.
_APPOSITION = re.compile(
    rf"(?P<name>{_NAME}(?:\s+{_NAME})+(?:\s+(?:KC|QC))?)\s*,\s+(?:the|a|an)\s+[^,;]{{1,60}}?\s+"
    r"(?:of|for|at)\s+(?:the\s+)?$"
)


# How far back (in characters) a pronoun may reach for the person it stands for.
_PRONOUN_REACH = 600


def _recent_person(before: str, gender: str) -> str | None:
    """The last person named in ``before`` (titled, or with "KC") whose title fits ``gender``."""
    found: str | None = None
    for match in _PERSON.finditer(before, max(0, len(before) - _PRONOUN_REACH)):
        if match.group(0).endswith("Speaker"):
            continue  # "Mr Speaker", "Mr Deputy Speaker": the Chair, addressed
        title = match["title"]
        if title and (
            (gender == "m" and title in _FEMALE_TITLES) or (gender == "f" and title in _MALE_TITLES)
        ):
            continue
        found = match.group(0)
    return found


def _fuller_name(name: str, before: str) -> str:
    """A name as first given in full earlier: "Tom Crowther" → "Tom Crowther KC"."""
    for match in _PERSON.finditer(before):
        if match.group(0) != name and name in match.group(0):
            return match.group(0)
    return name


def _is_body(subject: str) -> bool:
    """Whether a subject names a person or body that can act, not a thing or a measure."""
    words = subject.split()
    if not words:
        return False
    if words[0].lower() in _DEMONSTRATIVES:
        return False  # "This Christmas", "those led by the Home Office": a time or a thing
    head = words[-1].lower()
    if head in _BODIES or " ".join(words[-2:]).lower() in _BODIES:
        return True
    if _AGENT.match(subject):
        return True
    rest = words[1:] if words[0].lower() in {"the", "a", "an", "our", "my"} else words
    # A proper name: an acronym ("the BBC"), or capitals after the first word ("the Environment
    # Agency", "Baroness Louise Casey"); a lone capitalised first word may just open the sentence.
    if any(w.isupper() and len(w) > 1 for w in rest):
        return True
    if len(rest) >= 1 and all(w[:1].isupper() for w in rest if w not in {"of", "for", "and"}):
        return len(rest) > 1 or words[0].lower() == "the" or not rest[0].endswith("s")
    return False


def _actor(text: str, span: Span, trigger: _Trigger) -> str:
    """Who commits: "speaker", "Government", or a named person or body.

    A pronoun stands for the last person (or body) named before it in the speech,
    when there is one, else for the Government; a measure or thing as subject ("Further
    measures will be announced", "The additional funding will be targeted…") means the
    Government acts, unless a passive names its agent ("will be used by the NDA").
    """
    if trigger.kind in {"undertaking", "performative"}:
        return "speaker"
    subject = _LEADING_ADVERBIAL.sub("", trigger.subject.strip()).strip(" ,")
    subject = subject.split(",")[-1].strip() if "," in subject else subject
    subject = _EMBEDDING.sub("", subject).strip()
    low = subject.lower()
    before = text[: span.start + trigger.start]
    if low == "i":
        return "speaker"
    if low in _GOVERNMENT_WORDS or not low:
        return "Government"
    if low in _PERSON_PRONOUNS:
        person = _recent_person(before, _PERSON_PRONOUNS[low])
        return person if person is not None else "Government"
    if low in _OTHER_PRONOUNS:
        return "Government"
    if trigger.kind == "request" and (apposition := _APPOSITION.search(before)) is not None:
        return apposition["name"]
    if trigger.passive:
        after = text[span.start + trigger.start : span.end]
        verb_at = after.find(trigger.verb)
        agent = _BY_AGENT.match(after[verb_at + len(trigger.verb) :]) if verb_at >= 0 else None
        if agent is not None:
            return re.sub(r"^The\s+", "the ", agent["agent"])
    if not _is_body(subject):
        return "Government"
    subject = re.sub(r"^(?:The|the)\s+", "the ", subject)
    return _fuller_name(subject, before)


def _category(trigger: _Trigger, sentence: str, action: str, has_money: bool) -> str:
    if trigger.kind == "undertaking":
        return "undertaking"
    if trigger.kind == "target":
        return "target"
    if has_money or action == "fund" or (_FUNDING.search(sentence) and action == "provide"):
        return "funding"
    if action == "legislate" or _LEGISLATION.search(sentence):
        return "legislation"
    if action in {"review", "consult", "commission"} or _REVIEW.search(sentence):
        return "review"
    if action in {"publish", "set-out", "draft"} or _GUIDANCE.search(sentence):
        return "guidance"
    return "operational"


def _status(trigger: _Trigger, sentence: str) -> str:
    if trigger.kind == "accepted" or re.search(r"\bha(?:ve|s)\s+accepted\b", sentence):
        return "accepted"
    if trigger.verb == "committed":
        return "future"
    if re.search(r"\b(?:considering|under\s+consideration|nearer\s+the\s+time|monitoring)\b",
                 sentence, re.IGNORECASE):  # fmt: skip
        return "under-consideration"
    if trigger.kind in {"performative", "request", "announced"} or re.search(
        r"\btoday\b", sentence, re.IGNORECASE
    ):
        return "announced"
    if trigger.kind == "progressive" or re.search(r"\b(?:already|under\s?way)\b", sentence):
        return "under-way"
    return "future"


_CONFIDENCE = {
    "performative": 0.9, "accepted": 0.9, "request": 0.85, "undertaking": 0.85,
    "announced": 0.85, "modal": 0.75, "progressive": 0.7, "target": 0.7, "list": 0.6,
}  # fmt: skip


def _confidence(trigger: _Trigger, actor: str, sentence: str) -> float:
    score = _CONFIDENCE[trigger.kind]
    if actor in {"speaker", "Government"}:
        score += 0.05
    if _HEDGE.search(sentence):
        score -= 0.1
    return round(max(0.1, min(score, 0.99)), 2)


def _commitment(
    text: str, span: Span, trigger: _Trigger, on: date | None, speaker: str | None
) -> Commitment | None:
    sentence = text[span.start : span.end]
    if trigger.kind in {"performative", "accepted"}:
        action = "announce" if trigger.kind == "performative" else "accept"
        inner = [t for t in _triggers(sentence[trigger.start + 1 :]) if t.kind != "performative"]
        if inner and inner[0].kind == "accepted":
            action = "accept"
        elif inner:
            action = _action(inner[0].verb, inner[0].rest) or action
    elif trigger.kind == "progressive" and trigger.verb.lower().startswith("under"):
        action = "implement"
    else:
        found = _action(trigger.verb, trigger.rest)
        if (
            found is None
            and _lemma(trigger.verb.split()[0]) == "take"
            and re.search(r"\bdecisions?\b[^.;]*\btaken\b", sentence, re.IGNORECASE)
        ):
            found = "decide"  # "a decision … will be taken"
        if _lemma(trigger.verb.split()[0]) == "take" and "opportunity" in trigger.rest:
            # "take the opportunity (…) to lay the regulations": the real verb follows
            later = re.search(r"\bto\s+([a-z]+)\s+(\S+)", sentence[trigger.start :])
            found = _action(later.group(1), " " + later.group(2)) if later else None
        if found is None and trigger.kind in {"modal", "progressive"}:
            found = _dynamic_verb(trigger)
        if found is None and trigger.kind in {"undertaking", "target", "list"}:
            found = "follow-up" if trigger.kind == "undertaking" else _lemma(trigger.verb)
        if trigger.kind == "list":
            found = _ACTIONS.get(_lemma(trigger.verb), _lemma(trigger.verb))
        if found is None:
            return None
        head = _lemma(trigger.verb.split()[0])
        if (
            trigger.kind == "modal"
            and not trigger.passive
            and head in _EFFECT_PRONE
            and not _agentive(trigger.subject)
            and not (found in {"provide", "fund"} and find_amounts_with_spans(sentence))
        ):
            return None
        action = found
    amounts: tuple[MonetaryAmount, ...] = tuple(a for _, a in find_amounts_with_spans(sentence))
    deadlines = [d for d in find_deadlines(sentence, on=on)]
    due = next((d for d in deadlines if d.due is not None), deadlines[0] if deadlines else None)
    actor = _actor(text, span, trigger)
    return Commitment(
        span=span,
        exact=sentence,
        actor=actor,
        action=action,
        category=_category(trigger, sentence, action, bool(amounts)),
        status=_status(trigger, sentence),
        confidence=_confidence(trigger, actor, sentence),
        amounts=amounts,
        deadline=due.due if due else None,
        deadline_text=due.text if due else None,
        mentions=_mentions(sentence),
    )


# A sentence that introduces a list of things someone will do: "…that the UK will:".
_LEAD_IN = re.compile(r"(?:\bthat\s+)?(?P<subject>[\w’' -]{1,60}?)\s+(?:will|shall)\s*:\s*$")
_LIST_VERB = re.compile(r"(?P<verb>[A-Z][a-z]+)\b(?P<rest>(?:\s+[a-z’'-]+){0,3})")


def _list_item(
    text: str, span: Span, subject: str, on: date | None, speaker: str | None
) -> Commitment | None:
    """A list item continuing a lead-in ("Take powers to…"), or None when the list has ended."""
    match = _LIST_VERB.match(text, span.start, span.end)
    if match is None or match.group("verb").lower() in _STOP:
        return None
    if (
        match.group("verb").endswith(("ly", "ing", "ed"))
        or text[span.start - 1 : span.start] != "\n"
    ):
        return None  # an adverb or participle, or not a separate line: the list has ended
    trigger = _Trigger(0, subject, match.group("verb"), match.group("rest"), "list")
    return _commitment(text, span, trigger, on, speaker)


def _procedural(sentence: str, lowered: str) -> bool:
    if _PROCEDURAL_OPENING.match(sentence):
        return True
    return ("librar" in lowered or "vote" in lowered) and bool(_PROCEDURAL_PAPERS.search(sentence))


def find_commitments(
    text: str, *, on: date | None = None, speaker: str | None = None
) -> tuple[Commitment, ...]:
    """The commitments in one speech, at most one per sentence, in text order.

    ``on`` is the debate date (deadlines resolve against it); ``speaker`` is kept
    for callers that want to name the actor "speaker" after a person.
    """
    found: list[Commitment] = []
    lead_in: str | None = None  # the subject of "The strategy states that the UK will:"
    keys = _key_positions(text)
    for span in split_sentences(text):
        sentence = text[span.start : span.end]
        if lead_in is not None:
            item = _list_item(text, span, lead_in, on, speaker)
            if item is not None:
                found.append(item)
                continue
            lead_in = None
        opener = _LEAD_IN.search(sentence) if sentence.endswith(":") else None
        if opener is not None:
            lead_in = opener.group("subject")
            continue
        if keys is not None:
            at = bisect_left(keys, span.start)
            if at == len(keys) or keys[at] >= span.end:
                continue  # no trigger word: the common case, and cheap to see
        lowered = lower_for_search(sentence)
        rules = tuple(rule for rule in _TRIGGERS if rule.possible(sentence, lowered))
        if not rules:
            continue
        if _QUESTION.search(sentence) or _procedural(sentence, lowered):
            continue
        if _CONDITIONAL.match(sentence):
            continue
        clauses = list(_clauses(sentence))
        for offset, clause in clauses:
            best: Commitment | None = None
            triggers = _triggers(clause, rules, checked=len(clauses) == 1)
            for trigger in sorted(triggers, key=lambda t: t.start):
                shifted = _Trigger(
                    offset + trigger.start,
                    trigger.subject,
                    trigger.verb,
                    trigger.rest,
                    trigger.kind,
                    trigger.passive,
                    trigger.be,
                )
                best = _commitment(text, span, shifted, on, speaker)
                if best is not None:
                    break
            if best is not None:
                found.append(best)
                break
    return tuple(found)


# --- repeats -----------------------------------------------------------------


def _content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z’'-]+", text.lower())
    return frozenset(_lemma(w) for w in words if w not in _STOP and len(w) > 2)


def same_measure(a: Commitment, b: Commitment, *, threshold: float = 0.5) -> bool:
    """Whether two commitments announce the same measure (for a ``repeats`` link).

    True when their normalised content words overlap by at least ``threshold``
    of the smaller set (the overlap coefficient), or when both fund the same
    amount, or both name the same bill or law and take the same action.

    >>> x = find_commitments("Before Easter, we will set out the timetable for the recommendations.")
    >>> y = find_commitments("We will set out before Easter the timetable for all the recommendations.")
    >>> same_measure(x[0], y[0])
    True
    """
    if a.category == "funding" and b.category == "funding":
        shared = {m.value for m in a.amounts} & {m.value for m in b.amounts}
        if shared:
            return True
    if a.action == b.action and set(a.mentions) & set(b.mentions):
        return True
    wa, wb = _content_words(a.exact), _content_words(b.exact)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= threshold
