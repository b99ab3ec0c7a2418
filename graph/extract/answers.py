"""A bare "Yes." to a question that asks for an act: the answer commits to that act.

In oral questions a member asks "Will the Minister meet me to discuss…?" and the
Minister answers "Yes." or "I will."; in the record the answer alone names no act, so
the sentence rules (:mod:`graph.extract.commitments`) find nothing in it.  What is
committed is in the question, the speech just before.  So a speech whose opening (its
first :data:`OPENING` sentences) holds a bare assent is read with the last question of the
speech before it:

- the question must ask the one answering (the Minister, the Secretary of State, "my
  right hon. Friend", "he" or "she"…) to do something: "Will the Minister meet…?",
  "Can she confirm that the tests will be prioritised…?", "Will he back this bid…?";
- not to agree, recognise, welcome or congratulate (a view shared, not an act), nor to
  explain, outline or tell (answered there and then); "join me in congratulating…
  and come to open…" asks for the act after "and".

The commitment's evidence is the assent; its action, time and category are the
question's.  Whether the one answering can commit is decided as for any commitment,
by the speaker's role (:func:`graph.extract.commitments.for_role`).

>>> q = "Will the Minister meet me and my constituents to discuss the bypass next month?"
>>> c = answered(q, "Yes.", on=None)
>>> c.action, c.exact, c.trigger
('meet', 'Yes.', 'answer')
>>> answered("Does the Minister agree that the bypass is vital?", "Yes.", on=None) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from graph.extract.commitment_fields import category_of, named_things, status_of
from graph.extract.commitment_rules import Trigger
from graph.extract.commitment_vocab import ACTIONS, lemma, verb_lemma
from graph.extract.deadlines import find_deadlines
from graph.extract.sentences import lower_for_search, split_sentences
from graph.records import Commitment, Span

__all__ = ["ACCEPTED", "answered", "asks_no_act", "assents"]

#: A request accepted in so many words: "I would be delighted to do so.", "Yes, of course
#: I am happy to do that."  The rules take it for an undertaking; read with the question
#: before it, it undertakes nothing when that question asked for no act
#: (:func:`asks_no_act`).
ACCEPTED = re.compile(
    r"(?:(?:Yes|Absolutely|Certainly|Of\s+course)[,!]?\s+)*(?:I|[Ww]e)\s+(?:am|are|(?:would|will"
    r"|should|shall)\s+be)\s+(?:very\s+|more\s+than\s+)?(?:happy|pleased|glad|delighted)\s+to\s+do"
    r"\s+(?:so|that|this)[.!]?"
)
# A whole first sentence of assent: "Yes.", "Yes, of course.", "I will.", "The short
# answer is yes."  Anything more ("Yes, and…") is the rules' to read.
_ASSENT = re.compile(
    r"(?:(?:Yes|Absolutely|Certainly|Of\s+course)(?:[,!]?\s+(?:indeed|absolutely|of\s+course|I\s+will"
    r"|I\s+shall|I\s+can|I\s+do|we\s+will|certainly|gladly|happily))?"
    r"|I\s+(?:certainly\s+|absolutely\s+|shall\s+|will\s+)?(?:will|shall|can)(?:\s+indeed)?"
    r"|The\s+(?:short\s+|simple\s+)?answer\s+is(?:,\s+)?\s+yes)[.!]?"
    r"|" + ACCEPTED.pattern,
    re.IGNORECASE,
)

# The one answering, as a question names them.
_ADDRESSEE = (
    r"(?:the\s+(?:right\s+hon\.\s+|hon\.\s+)?(?:Minister|Secretary\s+of\s+State|Prime\s+Minister"
    r"|Deputy\s+Prime\s+Minister|Chancellor|Government|Leader\s+of\s+the\s+House|Solicitor\s+General"
    r"|Attorney\s+General|noble\s+(?:Lord|Baroness|Earl|Viscount|Duke))(?:\s+for\s+[A-Z][\w ,&]{0,60}?)?"
    r"|my\s+(?:right\s+)?(?:hon\.|honourable|noble)\s+(?:and\s+(?:learned|gallant)\s+)?"
    r"(?:Friend|friend|Lady|Lord|Baroness)|he|she|they|you|the\s+Department|(?:his|her)\s+Department"
    r"|the\s+[A-Z][a-z]+\s+Secretary)"
)
# A question asking them for an act: "Will the Minister now meet…?"; the last one counts.
_ASKED = re.compile(
    r"\b(?:Will|Can|Could|Would|Shall)\s+"
    + _ADDRESSEE
    # "…and ministerial colleagues", "…or one of his officials"
    + r"(?:,?\s+(?:and|or)\s+(?:[\w.’']+\s+){0,4}?(?:colleagues|officials|Ministers|team))?\s+"
    r"(?:(?:\w+ly|now|therefore|please|also|today|then|at\s+least|at\s+the\s+very\s+least),?\s+)*"
    r"(?P<verb>[a-z]+)(?P<rest>[^?]*)\?"
)
# Asked for a view, a courtesy or an account now: no act to come.
_NOT_ACTS = frozenset(
    {
        "agree", "accept", "acknowledge", "recognise", "recognize", "welcome", "congratulate",
        "thank", "pay", "join", "outline", "explain", "tell", "say", "set", "share", "comment",
        "clarify", "describe", "indicate", "be", "take",
    }
)  # fmt: skip
# "confirm that … will be prioritised", "assure the House that we will…": the act follows.
_CONFIRMED = frozenset({"confirm", "assure", "guarantee", "promise", "undertake", "commit"})
_WILL_ACT = re.compile(r"\bthat\b[^?]*?\b(?:will|shall)\s+(?:\w+ly\s+)?(?:be\s+)?(?P<verb>[a-z]+)")
# "join me in congratulating them and come to Havant to open…": the act after "and".
_AND_ACT = re.compile(r"\band\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)\b(?!\s+(?:to|the)\s+\w+ing)")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the last one is wanted
        pass
    return found


#: How many sentences an answer may open with before its assent: thanks and asides ("I
#: thank the hon. Gentleman for his question. The answer is yes.").
OPENING = 3


# What an assent opens with, looked for in the answer's first characters before any
# splitting: most speeches hold none, and every speech is asked.
_ASSENT_CUE = re.compile(
    r"\b(?:[Yy]es|YES|Absolutely|Certainly|Of\s+course|[Aa]nswer\s+is)\b"
    r"|\bI\s+(?:\w+\s+)?(?:will|shall|can)(?:\s+indeed)?\s*[.!]|\bto\s+do\s+(?:so|that|this)\b"
)
_CUE_WITHIN = 1500  # three opening sentences, however long


def assents(answer: str) -> Span | None:
    """The sentence of the answer's opening that is nothing but an assent, else None."""
    if _ASSENT_CUE.search(answer, 0, _CUE_WITHIN) is None:
        return None
    for span in split_sentences(answer)[:OPENING]:
        if _ASSENT.fullmatch(answer, span.start, span.end):
            return span
    return None


# "Would the Minister like to meet…?", "Would the noble Lord care to explain…?": the act
# is the verb after "to".
_WISHED = frozenset({"like", "care"})


def _request(question: str) -> tuple[re.Match[str], str, str] | None:
    """The question's last request to the one answering, with the verb it asks for and
    the words after it ("confirm that … will be prioritised" asks for "prioritised"), or
    None when it asks for nothing ("Does the Minister agree…?")."""
    asked = _last(_ASKED.finditer(question))
    if asked is None:
        return None
    verb, rest = asked.group("verb"), asked.group("rest")
    if verb in _WISHED and rest.startswith(" to "):
        verb, _, rest = rest.removeprefix(" to ").partition(" ")
        rest = f" {rest}"
    if verb.endswith("ing"):
        return asked, "be", rest  # "Will she be visiting…" reads "be": no act asked for
    if verb in _CONFIRMED:
        act = _WILL_ACT.search(rest)
        if act is None:
            return asked, "confirm", rest  # "confirm that the vaccine has undergone trials"
        verb, rest = act.group("verb"), rest[act.end() :]
    elif verb == "join":
        act = _AND_ACT.search(rest)
        if act is None:
            return asked, "join", rest  # "join me in congratulating…": a courtesy
        verb, rest = act.group("verb"), rest[act.end() :]
    return asked, verb, rest


def asks_no_act(question: str) -> bool:
    """Whether ``question``'s last request asks for no act to come: a view, a courtesy, or
    words said there and then ("Would he like to explain what the term means?"), so that
    an acceptance of it ("I would be very happy to do so.") undertakes nothing.  A speech
    that asks nothing recognisable ("I urge the Minister to meet the families.") is not
    one: its acceptance stays an undertaking."""
    request = _request(question)
    if request is None:
        return False
    _, verb, rest = request
    if verb in {"set", "share", "take"}:
        # "set up a taskforce", "share the findings when it reports", "take action": acts;
        # "set out now why…" is words
        return verb == "set" and _SET_OUT_NOW.match(rest) is not None
    return verb in _NOT_ACTS or verb in {"be", "confirm", "join"} or verb_lemma(verb) is None


# "set out" what is said there and then: "…set out why the scheme was closed?" (not "set
# out in a written statement before the summer how the fund will be allocated").
_SET_OUT_NOW = re.compile(
    r"\s+out\s+(?:(?:now|today|for\s+the\s+House|to\s+the\s+House)\s+)?(?:why|how|what|whether)\b"
)


def answered(question: str, answer: str, on: date | None) -> Commitment | None:
    """The commitment ``answer`` makes by assenting to ``question`` (the speech before
    it), or None when it does not open with a bare assent or the question asks for no
    act (see the module docstring)."""
    span = assents(answer)
    if span is None:
        return None
    request = _request(question)
    if request is None:
        return None
    asked, verb, rest = request
    if verb in {"be", "confirm", "join"}:
        return None
    if verb in _NOT_ACTS:
        return None
    base = verb_lemma(verb)
    if base is None:
        return None
    action = ACTIONS.get(lemma(base)) or ACTIONS.get(base) or base
    clause = question[asked.start() : asked.end()]
    lowered = lower_for_search(clause)
    trigger = Trigger(0, "I", verb, rest[:60], "answer")
    due = next(
        (d for d in find_deadlines(clause, on=on) if d.kind == "deadline" and d.due is not None),
        None,
    )
    exact = answer[span.start : span.end]
    return Commitment(
        span=span,
        exact=exact,
        actor="speaker",
        action=action,
        category=category_of(trigger, clause, lowered, action, ()),
        status=status_of(trigger, clause, lowered),
        confidence=0.7,
        deadline=due.due if due else None,
        deadline_text=due.text if due else None,
        mentions=named_things(clause),
        trigger="answer",
    )
