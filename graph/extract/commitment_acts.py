"""What a committing clause does, and whether its doer is the Government's side.

Part of the commitment extractor (:mod:`graph.extract.commitments` runs the stages):
given a trigger's verb and the words after it, :func:`action_of` names the act from
:data:`graph.extract.commitment_vocab.ACTIONS` ("will bring forward" -> introduce),
:func:`dynamic_verb` tells a verb of doing from one of state or effect ("will mean",
"will help"), and :func:`government_subject` says whether a subject is the Government,
a department or a minister named by office.  Kept apart because every later stage asks
these two questions and none of them needs the sentence.
"""

from __future__ import annotations

import re

from graph.extract.actors import (
    EMBEDDED_GOVERNMENT,
    GOVERNMENT_ABROAD,
    LEADING_ADVERBIAL,
    OWN_GOVERNMENT,
)
from graph.extract.commitment_rules import DEPARTMENT_NAMES, FRIEND, Trigger
from graph.extract.commitment_vocab import (
    ACTIONS,
    NOMINALS,
    PARTICLES,
    STATIVE,
    crude_lemma,
    lemma,
    verb_lemma,
)
from graph.vocab.office_roles import office_role
from graph.vocab.offices import canonical_office

_GOVERNMENT_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:" + OWN_GOVERNMENT + r"|government|Department"
    r"|Home\s+Office|Treasury|Cabinet\s+Office|(?:my\s+|our\s+)?officials|Ministers|"
    r"Ministry\b.*|Department\s+(?:for|of)\b.*|Secretary\s+of\s+State\b.*|Minister\b.*|"
    r"my\s+Department|our\s+Department|(?:cross-Government\s+)?ministerial\s+group|"
    r"UK\s+Border\s+Agency|Mayor\b.*|Prime\s+Minister|Chancellor\b.*"
    # the state as it acts abroad: "The UK will push for Council conclusions that…"
    r"|UK|United\s+Kingdom|" + GOVERNMENT_ABROAD + r"|my\s+" + FRIEND + r"\b.*"
    # a department by its name or initials: "HM Revenue and Customs (HMRC)", "DWP"
    r"|HM\s+Revenue\s+and\s+Customs(?:\s+\(HMRC\))?|(?:"
    + DEPARTMENT_NAMES
    + r")(?:\s+\([A-Z]+\))?)$",
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
#: A name in brackets closing a phrase: "the Foreign Secretary (Margaret Beckett)".
IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


def _minister_by_office(subject: str) -> bool:
    """Whether ``subject`` names a minister by office, with or without the courtesy."""
    office = IN_BRACKETS.sub("", _COURTESY.sub("", subject)).strip(" ,")
    if not office or len(office) > 90 or not (office[:1].isupper() or office.startswith("the ")):
        return False
    # the canonical office names it in full ("Foreign Secretary" -> "Secretary of State…");
    # an office followed by words in apposition is read alone ("The Under-Secretary of State
    # for Defence, my hon. Friend the Member for Pudsey (…), the Procurement Minister")
    if office_role(canonical_office(office).label) == "minister":
        return True
    head = IN_BRACKETS.sub("", office.split(",", 1)[0]).strip()
    return head != office and office_role(canonical_office(head).label) == "minister"


def government_subject(subject: str) -> bool:
    """Whether ``subject`` is the Government, a department or a minister of it."""
    return bool(_GOVERNMENT_SUBJECT.match(subject)) or _minister_by_office(subject)


# Patterns the rules below use on every clause or trigger, compiled once (``re``'s own
# cache costs a lookup per call).
_LAST_SUBJECT = re.compile(r",|\s+and\s+")
I_OR_WE = re.compile(r"(?i:I|we)")


# What "be back" comes back with or to: "…with proposals", "…to the House", "…before you".
_BACK_TO = re.compile(r"\s+(?:\w+ly\s+)?(?:with|to|before)\b")


def back_as_return(rest: str) -> str | None:
    """The action of "be back" followed by ``rest``: never "back" (fund).  Coming back
    with or to something ("we will be back with proposals", "…to the House") is a return
    to the House, as "come back" is; otherwise ("we will be back next week") no act."""
    return ACTIONS["come back"] if _BACK_TO.match(rest) else None


ENDS_IN_PRONOUN = re.compile(
    r"^.*\b(?:why|so|that|and|then|therefore|now|said|announced|confirmed|agreed|decided)\s+(I|we)$",
    re.I,
)


def dynamic_verb(trigger: Trigger, after: str = "") -> str | None:
    """An agent's verb of doing outside the action table ("we will be asking", "will retain").

    Only the speaker, "we", the Government or a department can commit with any verb;
    a verb after "be" must be a participle (otherwise it is an adjective: "will be open").
    """
    subject = LEADING_ADVERBIAL.sub("", trigger.subject.strip()).strip(" ,")
    subject = _LAST_SUBJECT.split(subject)[-1].strip()
    subject = ENDS_IN_PRONOUN.sub(r"\1", subject)  # "which is why we" -> "we"
    subject = EMBEDDED_GOVERNMENT.sub("", subject)  # "… to state that the Government" -> it
    subject = _THEN_ADVERB.sub("", subject)  # "We also intend to ask…" -> "We"
    if (done := _DONE_AND.match(subject)) is not None:
        subject = done.group(1)  # "We have already strengthened cattle controls and" -> "We"
    acting = bool(I_OR_WE.fullmatch(subject) or government_subject(subject))
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
        wished = action_of(best.group(1), "") or verb_lemma(best.group(1)) or "act"
        return None if wished in STATIVE else wished  # "…do my best to aspire to…": a wish
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
# An adverb between the subject and "intend to", "plan to": "we also intend to…".
_THEN_ADVERB = re.compile(
    r"(?<=\S)\s+(?:also|now|therefore|then|still|further|again|already|[a-z]+ly)$"
)
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
        EVERYONE.search(subject) and trigger.verb.lower() in _OFFERED
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
    if base in {"make", "take"} and (made := _MADE_SUBJECT.search(subject)):
        # "A decision will be made shortly", "an announcement will be made": the noun's act
        return "decide" if made.group(1).lower().startswith("decision") else "announce"
    return action_of(verb, trigger.rest) or base


_MADE_SUBJECT = re.compile(r"\b(decisions?|announcements?)$", re.IGNORECASE)


_PERSON_SUBJECT = re.compile(
    r"\b(?:he|she|they|you|I|we|everyone|everybody|anyone|someone)\s*$", re.IGNORECASE
)
EVERYONE = re.compile(r"\b(?:everyone|everybody)\s*$", re.IGNORECASE)
_OFFERED = frozenset({"offered", "given", "provided", "paid", "guaranteed"})
_REGULAR_PARTICIPLE = re.compile(r"[a-z]{3,}(?:is|iz|at)ed|[a-z]{4,}ed")

# "will be decided by the court": someone else does it (not a date: "by the end of 2009")
_BY_SOMEONE = re.compile(
    r"\s+by\s+(?!(?:the\s+)?(?:Government|Department|Ministry|my\s|our\s|me\b|us\b|end\b|start\b"
    r"|beginning\b|middle\b|close\b|time\b|next\b|then\b|spring|summer|autumn|winter|\d"
    r"|January|February|March|April|May|June|July|August|September|October|November|December))"
)


def listed_action(verb: str) -> str:
    """The action of a verb the rules took as one (a target's, a list item's): its
    normalised form, its base form from the vocabulary, or "act" when the vocabulary does
    not know it, so that no action is ever a cut-off stem."""
    head = lemma(verb.split()[0])
    return ACTIONS.get(head) or verb_lemma(head) or "act"


def _listed_verb(words: list[str]) -> str | None:
    """The action of the verb ``words`` open with ("providing universal…", "maintain the
    budget"), read as :func:`action_of` reads a trigger's, or the verb's own lemma when the
    list lacks it (as :func:`listed_action` gives); None when the first word is no verb the
    vocabulary knows."""
    head = verb_lemma(words[0])
    if head is None:
        return None
    return action_of(head, " " + " ".join(words[1:])) or head


_INVESTMENT = re.compile(
    r"(?:an?\s+)?(?:[a-z-]+\s+){0,2}?investments?\b"
    r"(?!\s+(?:decisions?|case|plans?|strateg\w*|zones?|funds?|vehicles?))"
)
_ATTENTION = re.compile(r"(?:(?:close|careful|particular|special|great)\s+)?(?:attention|heed)\b")
_WITH_SOMEONE = re.compile(r"(?:\w+ly\s+)?with\b")
# A subject with a clause of its own before the act's: "We have already strengthened cattle
# controls and [will continue to do so]".
_DONE_AND = re.compile(
    r"^(I|[Ww]e|(?:[Tt]he|[Tt]his)\s+Government)\s+(?:have|has|had)\s+(?:already\s+|now\s+|also\s+)?"
    r"[a-z]+ed\b[^,;]*\band$"
)
_RUNS = frozenset({"lead", "head"})
_A_REVIEW = re.compile(
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:review|consultation|inquiry|study|evaluation|audit"
    r"|assessment|investigation)\b"
)
_VIEWS = re.compile(r"for\s+(?:the\s+)?(?:views|evidence|comments)\b")


def action_of(verb: str, rest: str) -> str | None:
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
    if head == "make" and _INVESTMENT.match(tail):
        return "fund"  # "will continue to make significant investment in apprenticeships"
    if (verb_lemma(words[0]) or head) == "ask" and _VIEWS.match(tail):
        return "consult"  # "we are asking for the views of everyone involved"
    if head == "correspond" and _WITH_SOMEONE.match(tail):
        return "write"  # "Ministers will correspond directly with the Member" ("correspond to": a state)
    if (verb_lemma(words[0]) or head) in _RUNS and _A_REVIEW.match(tail):
        return "review"  # "The Scottish Government is leading a review of…"
    if head == "pay" and _ATTENTION.match(tail):
        return "review"  # "we will be paying close attention to that": watching, not paying
    return ACTIONS.get(head)
