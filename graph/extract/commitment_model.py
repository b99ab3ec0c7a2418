"""A sentence model beside the commitment rules: how likely a sentence is to commit.

Why: every batch of unseen text met the rules at recall 0.30–0.62 (rules 7–18 of
``tests/gold/commitments/README.md``): ministers commit in more forms than any list of
patterns holds.  A model learned from the development gold is no better on its own,
but it disagrees with the rules usefully (``benchmarks/results/design-notes.md``,
"A sentence model beside the commitment rules"), so the two are combined:

- a commitment the rules found is kept only when the model gives its sentences at
  least :data:`KEEP`;
- a sentence of a speaker able to commit that the rules passed over becomes a
  commitment when the model gives it at least :data:`ADD` and it names a verb of doing
  (:data:`graph.extract.commitment_vocab.ACTIONS`), which becomes its action.

Speech acts ("I will write to…", "I can announce…") are kept whatever the model gives:
saying them is what commits.

Which of those applies depends on the speaker's role, known only after linking, so the
extractor records the probability on every commitment and :func:`graph.extract.
commitments.for_role` decides.

The model is a logistic regression over TF-IDF weights of word 1–3-grams (numbers, years
and sums of money masked), trained by :mod:`graph.evaluate.commitment_model_training`
from the development gold (``make model``) and stored as a table in
``graph/data/commitment_model.tsv``: scoring needs no library, only this module, and
gives the same number on every machine.

>>> round(probability("We will publish the strategy in the spring."), 2) > 0.7
True
>>> probability("I thank the hon. Member for her question.") < 0.3
True
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources

from graph.extract.actors import FOREIGN_STATE, INDEPENDENT_BODY, agentive
from graph.extract.commitment_acts import back_as_return
from graph.extract.commitment_fields import category_of, named_things, status_of
from graph.extract.commitment_filters import (
    ABLE_AS_EFFECT,
    GOODWILL,
    MEASURE_EFFECT,
    TELLING_THE_HOUSE,
    feared_or_claimed,
)
from graph.extract.commitment_rules import Trigger
from graph.extract.commitment_vocab import ACTIONS, EFFECT_PRONE, PARTICLES, lemma, verb_lemma
from graph.extract.deadlines import find_deadlines
from graph.extract.money import committed_amounts
from graph.extract.sentences import lower_for_search, split_sentences
from graph.records import Commitment, Span

__all__ = ["ADD", "CONTINUE", "KEEP", "MODEL_FILE", "digest", "features", "probability", "weigh"]

#: A rules' commitment whose sentences the model gives less than this is dropped.
KEEP = 0.3
#: A sentence the rules passed over becomes a commitment at this probability or more.
ADD = 0.7
#: A sentence referring back to the commitment before it extends it at this or more.
CONTINUE = 0.6
#: The table, in the package's data folder.
MODEL_FILE = "commitment_model.tsv"

_MONEY = re.compile(r"£\s?[\d.,]+\s*(?:million|billion|bn|m)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
# scikit-learn's default token pattern: words of two or more word characters
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_ORDER = 3


def masked(sentence: str) -> str:
    """The sentence as the model reads it: lower case, money, years and numbers masked.

    >>> masked("We will spend £2.5 billion by 2030 on 40 hospitals.")
    'we will spend  MONEY  by  YEAR  on  NUM  hospitals.'
    """
    if "£" not in sentence and _DIGIT.search(sentence) is None:
        return sentence.lower()  # nothing to mask: most sentences
    text = _MONEY.sub(" MONEY ", sentence.lower())
    text = _YEAR.sub(" YEAR ", text)
    return _NUMBER.sub(" NUM ", text)


def features(sentence: str) -> list[str]:
    """The sentence's word 1–3-grams, in the order scikit-learn's vectoriser makes them.

    >>> features("We will act.")
    ['we', 'will', 'act', 'we will', 'will act', 'we will act']
    """
    tokens = _TOKEN.findall(masked(sentence))
    grams = list(tokens)
    for n in range(2, _ORDER + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


class _Model:
    """The stored table: each n-gram's inverse document frequency and weight."""

    def __init__(self, text: str) -> None:
        # each n-gram's inverse document frequency, and that times its weight
        self.idf: dict[str, tuple[float, float]] = {}
        self.intercept = 0.0
        for line in text.splitlines():
            if not line or line.startswith("#"):
                if line.startswith("# intercept\t"):
                    self.intercept = float(line.split("\t")[1])
                continue
            gram, idf, weight = line.split("\t")
            self.idf[gram] = (float(idf), float(idf) * float(weight))

    def grams(self, sentence: str) -> list[str]:
        """The sentence's n-grams the table knows, as :func:`features` would give them
        and then filtered, but quicker: an n-gram every table of at-least-twice n-grams
        holds has both its (n-1)-grams there too, so no other needs building."""
        idf = self.idf
        tokens = _TOKEN.findall(masked(sentence))
        known = [t in idf for t in tokens]
        found = [t for t, k in zip(tokens, known, strict=True) if k]
        pairs: list[bool] = []
        for i in range(len(tokens) - 1):
            pair = known[i] and known[i + 1] and f"{tokens[i]} {tokens[i + 1]}" in idf
            pairs.append(pair)
            if pair:
                found.append(f"{tokens[i]} {tokens[i + 1]}")
        for i in range(len(tokens) - 2):
            if pairs[i] and pairs[i + 1]:
                gram = f"{tokens[i]} {tokens[i + 1]} {tokens[i + 2]}"
                if gram in idf:
                    found.append(gram)
        return found

    def probability(self, sentence: str) -> float:
        # TF-IDF with sublinear counts, L2-normalised, then the logistic function; the
        # n-grams counted in order of first sight, as Counter would (the same sums)
        counts: dict[str, int] = {}
        for gram in self.grams(sentence):
            counts[gram] = counts.get(gram, 0) + 1
        dot = squares = 0.0
        table = self.idf
        for gram, n in counts.items():
            idf, weighted = table[gram]
            tf = 1.0 if n == 1 else 1.0 + math.log(n)
            dot += tf * weighted
            squares += (tf * idf) ** 2
        score = self.intercept + (dot / math.sqrt(squares) if squares else 0.0)
        return 1.0 / (1.0 + math.exp(-score))


def _table() -> str:
    return resources.files("graph").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")


@cache
def _model() -> _Model:
    return _Model(_table())


@cache
def digest() -> str:
    """The first 12 hex digits of the table's SHA-256: which model found a commitment
    (the graph credits it by this, so a retrained model is another agent)."""
    return hashlib.sha256(_table().encode("utf-8")).hexdigest()[:12]


def probability(sentence: str) -> float:
    """How likely the model judges ``sentence`` to hold a commitment, from 0 to 1."""
    return _model().probability(sentence)


# --- the model beside the rules -------------------------------------------------


def weigh(
    text: str,
    found: tuple[Commitment, ...],
    on: date | None,
    spans: tuple[Span, ...] | None = None,
    refused: Callable[[str], bool] = lambda sentence: False,
) -> tuple[Commitment, ...]:
    """``found`` (the rules' commitments in one speech) with the model's probability on
    each, and a commitment ``found_by="model"`` for each sentence the rules passed over
    that the model gives at least :data:`ADD`.  Nothing is dropped here: which of these
    a speaker makes depends on the role (:func:`graph.extract.commitments.for_role`).

    A sentence that refers back to the commitment just made and goes on in the future
    ("…a review of energy standards. It will seek evidence on the costs…") extends that
    commitment when the model gives it at least :data:`CONTINUE`: one commitment over
    two sentences, as the gold's ``continues`` records it, unless ``refused`` (the rules'
    procedure filter, given by the caller) refuses the sentence: "The report will also be
    available in the Vote Office" goes on with nothing but the papers.

    Only the sentences that can matter are scored: those under a rules' commitment, those
    naming someone of the Government's side (:func:`model_act` needs one), and those that
    may continue the commitment before them."""
    spans = split_sentences(text) if spans is None else spans  # the caller's, when it split
    covered = [any(_overlap(c.span, s) for c in found) for s in spans]
    held = [any(c.kind == "commitment" and _overlap(c.span, s) for c in found) for s in spans]
    probs: list[float] = []
    made: list[Commitment] = []
    continuing: list[int] = []  # sentences that extend the commitment before them
    for i, (span, under) in enumerate(zip(spans, covered, strict=True)):
        sentence = text[span.start : span.end]
        follows = (
            i > 0
            and held[i - 1]
            and not held[i]
            and not text[spans[i - 1].end : span.start].strip()
            and _REFERS_BACK.match(sentence) is not None
            and _JUDGED.match(sentence) is None
            and MEASURE_EFFECT.match(sentence) is None
            and not refused(sentence)
        )
        if not under and not follows and not _OWN_SIDE.search(sentence):
            probs.append(0.0)  # nobody of the Government's side: no act of its own
            continue
        p = probability(sentence)
        probs.append(p)
        if held[i]:
            continue
        if follows and p >= CONTINUE:
            continuing.append(i)
            held[i] = True
        elif p >= ADD and (act := model_act(sentence)) is not None:
            made.append(_from_model(text, span, p, on, act))
            held[i] = True
    weighed = [replace(c, model_probability=_highest(c.span, spans, probs)) for c in found]
    result = sorted((*weighed, *made), key=lambda c: c.span.start)
    for i in continuing:
        at = max(
            j
            for j, c in enumerate(result)
            if c.kind == "commitment" and _overlap(c.span, spans[i - 1])
        )
        result[at] = _extended(text, result[at], spans[i], on)
    return tuple(result)


# A sentence that refers back to what was just committed and goes on in the future: "It
# will take advice from…", "Those offices will be equipped…", "That, too, will be…".
_REFERS_BACK = re.compile(
    r"(?:(?:And|But|So|Also|In\s+addition|Moreover|Furthermore),?\s+)?"
    r"(?:It|This|That|These|They|Those\s+[a-z]+|The\s+(?:new\s+)?[a-z]+(?:\s+[a-z]+)?|Each\s+[a-z]+)"
    r"(?:,\s+too,)?\s+(?:will|shall|(?:is|are)\s+(?:to\s+be|going\s+to))\b"
)


# What goes on judges the measure instead of doing it: "That will also be very beneficial."
_JUDGED = re.compile(
    r"[^,;:]*?\b(?:will|shall)\s+(?:also\s+|all\s+)?be\s+(?:\w+ly\s+|very\s+|so\s+|a\s+|an\s+|the\s+)*"
    r"(?:beneficial|helpful|important|welcome|welcomed|good|great|difficult|hard|key|crucial"
    r"|vital|significant|valuable|useful|right|fair|essential|positive|excellent|challenging"
    r"|step|boost|benefit|help|success|successful|popular|effective)\b",
    re.IGNORECASE,
)


def _extended(text: str, last: Commitment, span: Span, on: date | None) -> Commitment:
    """``last`` stretched over the sentence at ``span`` that goes on with it: its money
    added (an amount already named is context, not new), and the date it gives when
    ``last`` had none."""
    sentence = text[span.start : span.end]
    known = {a.value for a in last.amounts}
    amounts = tuple(
        replace(a, role="existing") if a.role == "new" and a.value in known else a
        for a in committed_amounts(sentence)
    )
    times = find_deadlines(sentence, on=on)
    due = next((t for t in times if t.kind == "deadline" and t.due is not None), None)
    begins = next((t for t in times if t.kind == "start" and t.starts is not None), None)
    whole = Span(last.span.start, span.end)
    if last.deadline is None and due is not None:
        last = replace(last, deadline=due.due, deadline_text=due.text)
    if last.start_date is None and begins is not None:
        last = replace(last, start_date=begins.starts, start_text=begins.text)
    return replace(
        last, span=whole, exact=text[whole.start : whole.end], amounts=last.amounts + amounts
    )


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _highest(span: Span, spans: tuple[Span, ...], probs: list[float]) -> float:
    """The model's probability for a commitment: its most likely sentence (a commitment
    that runs on into a second sentence is as likely as its likelier part)."""
    return max((p for s, p in zip(spans, probs, strict=True) if _overlap(s, span)), default=0.0)


# The verb after an auxiliary or "to": "we will *publish*", "we are *extending*",
# "I have *asked*", "intend to *ask*", "will be *examined*" (an adverb may come between).
_AFTER_AUXILIARY = re.compile(
    r"\b(?:will|shall|to|am|are|is|have|has|can|must)\s+(?:be\s+|been\s+|being\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>[a-z]+)(?=(?P<rest>(?:\s+[a-z’'-]+){0,3}))"
)
# A participle with its doer after it, without an auxiliary: what was done, naming a thing
# ("the training programme announced by the Prime Minister on his visit").
_DONE_BY = re.compile(r"(?<=ed)\s+(?:\w+ly\s+)?by\s+(?:the|my|our|his|her|their)\b")
_WORD = re.compile(r"\b(?P<verb>[a-z]+)(?=(?P<rest>(?:\s+[a-z’'-]+){0,3}))")
_I = re.compile(r"\b(?:I|me|my)\b")


def _act(sentence: str) -> tuple[int, str, str, str]:
    """Where the act is, its verb, the words after it, and its action from
    :data:`graph.extract.commitment_vocab.ACTIONS`: the first verb of doing after an
    auxiliary, else the first verb of doing, else ``act`` (none: the model's commitment
    is then not made).  A verb that can name an effect ("will reflect", "will help")
    is an act only with someone to do it ("we", a department, a name), as in the rules."""
    for pattern in (_AFTER_AUXILIARY, _WORD):
        for m in pattern.finditer(sentence):
            action = _listed_action(m.group("verb"), m.group("rest"))
            if action is None:
                continue
            if lemma(m.group("verb")) in EFFECT_PRONE and not agentive(sentence[: m.start()]):
                continue  # "The figures will reflect on the Department badly": an effect
            if pattern is _WORD and _DONE_BY.match(sentence, m.end("verb")):
                continue  # "the programme announced by the Prime Minister": done, named
            if m.group("verb").lower() == "back" and _BE_BEFORE.search(
                sentence, 0, m.start("verb")
            ):
                # "We will be back next week": a return, not backing (funding); "…back
                # with proposals" comes back to the House
                if (returned := back_as_return(m.group("rest"))) is None:
                    continue
                action = returned
            return m.start("verb"), m.group("verb"), m.group("rest"), action
    return 0, "", "", "act"


# A cleft on what the speaker has said before: "What I have also set out is that…".
_SAID_BEFORE = re.compile(
    r"What\s+(?:I|we)\s+(?:have|had)\s+(?:also\s+|already\s+|always\s+)?(?:said|set\s+out"
    r"|made\s+(?:it\s+)?clear|stated|explained|argued|pointed\s+out|suggested)\s+is\s+that\b"
)
# The speaker's side given a chance, not taking it: "as we leave the European Union, we
# will have the opportunity to deliver a farming policy that works for…".
_OPPORTUNITY = re.compile(
    r"\b(?:[Ww]e|I)\s+will\s+(?:then\s+|now\s+|also\s+|all\s+|\w+ly\s+){0,2}have\s+(?:the|an|a)\s+"
    r"(?:\w+\s+)?(?:opportunity|chance)\s+to\b"
)
# Looking forward to a thing, not to doing one ("…to tomorrow's Ofsted report"; not "…to
# working with him", "…to meeting her").
_FORWARD_TO_A_THING = re.compile(r"\s+forward\s+to\s+(?![\w-]+ing\b)", re.IGNORECASE)
# "be" right before a word: "will be back" is a return, not "back" (fund).
_BE_BEFORE = re.compile(r"\bbe\s+\Z")


# Someone on the Government's side named before the act: the speaker, "we", the
# Government, a department, Ministers, officials, a body by its initials.
_OWN_SIDE = re.compile(
    r"\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y)\b|\bGovernment\b|\bDepartment\b|\bMinisters?\b"
    r"|\bofficials\b|\b[A-Z]{2,}\b"
)


def model_act(sentence: str) -> tuple[int, str, str, str] | None:
    """The act of a sentence the model judged committing, or None when it has none the
    Government does: a question asks, a sentence with no verb of doing names nothing to
    be done, one with nobody of the Government's side before its act ("He will be
    happy to meet…", "Further engagement will take place") is about someone else, one
    framed by a belief or a forecast ("I am sure there will be…") foresees the act, and
    work with a partner towards nothing named is a partnership, not a deliverable, and
    an outcome the speaker would be glad to see is welcomed, not undertaken."""
    if sentence.rstrip().endswith("?"):
        return None
    if (told := TELLING_THE_HOUSE.match(sentence)) is not None:
        # "Today, I am pleased to update the House on…": the telling is the statement's
        # own; what it tells may hold an act
        act = model_act(sentence[told.end() :])
        return None if act is None else (act[0] + told.end(), *act[1:])
    if _ANY_ACT_TENSE.search(sentence) is None:
        return None  # "The 2025 Spending Review provided investment for SEND reform": told past
    at, verb, rest, action = _act(sentence)
    if action == "act" or not _OWN_SIDE.search(sentence, 0, at):
        return None
    if (effect := MEASURE_EFFECT.match(sentence)) is not None and at >= effect.start():
        return None  # "This plan will bring more co-ordination to our efforts…": an effect
    if _DONE_BEFORE.search(sentence, max(0, at - 30), at):
        return None  # "I had previously announced that…", "does not provide": no act now
    if _BELIEF.search(sentence, 0, at):
        return None  # "I am sure there will be a review…", "the ONS suggests that…": foreseen
    if feared_or_claimed(sentence, at):
        return None  # a fear or a claim reported, the guideline's "people worry that…"
    if action == "search" and GOODWILL.match(sentence, at + len(verb)):
        return None  # "we will look for your Lordships' co-operation": an appeal
    if (said := _SAID_BEFORE.match(sentence)) is not None and at < said.end():
        return None  # "What I have also set out is that, before we can…": said, not to do
    if _OPPORTUNITY.search(sentence, 0, at):
        return None  # "we will have the opportunity to deliver a farming policy": a chance
    if ABLE_AS_EFFECT.search(sentence, 0, at):
        return None  # "These changes will ensure that the Government will be able to…"
    if lemma(verb) in {"look", "looking"} and _FORWARD_TO_A_THING.match(sentence, at + len(verb)):
        return None  # "I am looking forward to tomorrow's Ofsted report": nothing to do
    if action == "work" and (
        _PARTNERSHIP.match(sentence, at) or _WITH_A_PERSON.search(sentence, 0, at + 40)
    ):
        return None  # "We are also working with Portsmouth": a partnership, nothing to deliver
    if action == "continue" and _GOES_ON_BEING.match(sentence, at):
        return None  # "we will continue to have great demand for hospital care": a state
    if _FORESEEN.search(sentence, 0, at):
        return None  # "On 15 November, we will see the biggest change to policing…": foreseen
    if _WELCOMED.search(sentence, 0, at + len(verb)):
        return None  # "We would be happy to see the back of this policy": an outcome welcomed
    if _INDEPENDENT_OPENS.match(sentence):
        return None  # "The OFT continues to keep this sector under review": its own work
    if _OTHER_BODY_DOES.search(sentence, 0, at):
        return None  # "…, and the Commission will provide an update": the EU's agenda
    return at, verb, rest, action


# Another body, or a meeting, as the act's subject: "the Commission will provide an
# update", "That session will begin with…" (an EU Council's agenda, previewed).
# A body independent of Ministers as the sentence's subject.
_INDEPENDENT_OPENS = re.compile(
    r"(?:[Tt]he\s+)?" + INDEPENDENT_BODY + r"\s+(?:will|is|are|has|have|continues|shall)\b"
)
_OTHER_BODY_DOES = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:European\s+)?(?:Commission|Council"
    r"|Presidency|presidency|Eurogroup(?:\s+President)?|session|meeting)\s+(?:will|is\s+to|shall)\s+"
    r"(?:\w+ly\s+|also\s+|then\s+|now\s+)?\Z"
    # a body independent of Ministers: "…announced that the Office for Budget Responsibility
    # will be publishing its Economic and Fiscal Outlook…"
    r"|\b" + INDEPENDENT_BODY + r"\s+(?:will|is\s+to|shall)"
    r"\s+(?:be\s+)?(?:\w+ly\s+|also\s+|then\s+)?\Z"
    # another state: "Next, Greece will update the Council on its action plan"
    r"|(?:^|[,;]\s+|\bNext,\s+)"
    + FOREIGN_STATE
    + r"(?:(?:,\s+|,?\s+and\s+)"
    + FOREIGN_STATE
    + r")*"
    r"\s+(?:will|is\s+to|are\s+to|shall)\s+"
    r"(?:\w+ly\s+|also\s+|then\s+|now\s+)?\Z"
    # a treaty's parties: "Contracting Parties to the ECT will decide whether to adopt…"
    r"|(?:^|[,;]\s+|\band\s+)(?:[Tt]he\s+)?(?:[Cc]ontracting|[Mm]ember|[Ss]ignatory)\s+(?:[Pp]arties"
    r"|[Ss]tates)(?:\s+to\s+the\s+(?:[\w-]+\s+){1,6}?)?\s*(?:will|are\s+to|shall)\s+"
    r"(?:\w+ly\s+|also\s+|then\s+)?\Z"
)


# An outcome welcomed, not someone met: "happy to see the back of…" (not "to see him").
_WELCOMED = re.compile(
    r"\b(?:happy|pleased|glad|delighted)\s+to\s+see\s+(?!(?:him|her|them|you|the\s+hon|my\s+hon"
    r"|the\s+noble|my\s+noble|Members|colleagues|any|all)\b)"
)


# Looking forward to working with a person, a courtesy: "I am very much looking forward to
# working with her, just as…" ("I will work with him on it" stays an undertaking).
_WITH_A_PERSON = re.compile(
    r"\blook(?:ing)?\s+forward\s+to\s+working\s+(?:closely\s+)?with\s+(?:her|him|them|you"
    r"|the\s+(?:noble|hon)|my\s+(?:noble|hon|right))\b"
)
# A state that goes on, not an act: "continue to have", "continue to be", "continue to see".
_GOES_ON_BEING = re.compile(
    r"continu\w*\s+to\s+(?:have|be|see|face|need|want|hear)\b", re.IGNORECASE
)
# What will be seen, before the act: a forecast ("we will see the biggest change").
_FORESEEN = re.compile(
    r"\b(?:will|shall|’ll|'ll)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:see|witness)\b(?!\s+to\s+it\b)"
)
# Work with a partner and nothing after it: "…working with Portsmouth."
_PARTNERSHIP = re.compile(r"\w+\s+(?:\w+ly\s+)?with\s+[^,;:]{1,40}?[.!]?\s*\Z")

# Right before the act, a past perfect or a condition: what was done before then, or what
# would follow if something else happened; a negation ("does not provide guidance", "We
# will not be publishing the report": a negated pledge); another's wish foreseen ("the
# Minister will want to look at that", not "we want to look at…"); an indirect question
# ("guidance on how to reduce expenditure"); or waiting for someone else's step ("is
# waiting to receive a business case").
# What any act to come or done now needs somewhere in its sentence: a modal, a present of
# work or intent, a "to" of purpose after being, or the day ("today", "now"); a sentence in
# the simple past and nothing else reports what was done.
_ANY_ACT_TENSE = re.compile(
    r"\b(?:will|shall|would|could|can|going\s+to|(?:is|are|am|be|being)\b|intends?|plans?|aims?"
    r"|proposes?|today|now|committed|commit|have|has|let\s+me|want|wish|hope|look\s+forward"
    r"|continues?|continuing|seeks?|works?|remains?)\b"
    r"|[’']ll\b|\b[Ww]e\s+[a-z]+\b(?<!ed)|\b(?:agreed|decided|undertook|pledged|promised|resolved)\s+to\b"
    # money announced or set aside, which the guideline counts restated: "the Government
    # announced the Rapid Charging Fund in March 2020, as part of a £500 million commitment…"
    r"|\b(?:announced|allocated|committed|pledged|earmarked|set\s+aside|made\s+available)\b[^.;]*[£€$]",
    re.IGNORECASE,
)
_DONE_BEFORE = re.compile(
    r"\b(?:had|if|unless)\s+(?:\w+ly\s+|been\s+)?$"
    # a commitment met, history: "my Department met its commitment to publish guidance"
    r"|\b(?:met|fulfilled|honoured|kept|delivered\s+on)\s+(?:its|our|their|the|this|that|my|his|her)\s+"
    r"(?:\w+\s+)?(?:commitment|pledge|promise)\s+to\s+$"
    # a negated pledge, not "We will not only be publishing the report but consulting…"
    r"|(?:\b(?:not|never|no\s+longer)|n[’']t)\s+(?!only\b|merely\b|simply\b|just\b)(?:\w+ly\s+)?"
    r"(?:be\s+|going\s+to\s+|want\s+to\s+)?$"
    # another's wish foreseen ("the Minister will want to look at that"), not the speaker's
    # side's own plan ("We will want to consult widely…")
    r"|(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\bGovernment\s)\bwill\s+(?:\w+ly\s+|also\s+)?want\s+to"
    r"\s+(?:\w+ly\s+)?$"
    r"|\b(?:how|whether|what|when|where)\s+to\s+$|\bwaiting\s+(?:to|for)\s+$"
    # a past passive: "compared to when the policy was first introduced"
    r"|\b(?:was|were|had\s+been)\s+(?:first\s+|originally\s+|previously\s+|already\s+)?$"
    # a hedge: "the Government … might well consider further concessions"
    r"|\bmight\s+(?:well\s+|also\s+)?$"
    # a need foreseen, not an act: "we will need to work ever more closely with our allies"
    r"|\bwill\s+(?:also\s+)?need\s+to\s+(?:\w+ly\s+)?$"
    # a paper's contents, an indirect question: "It describes how we will use the largest…"
    r"|\b(?:describes|explains|shows|outlines|details|sets\s+out)\s+(?:how|what|which|whether|why)\s+"
    r"(?:we|I|the\s+Government)\s+(?:will|shall|are\s+going\s+to)\s+(?:\w+ly\s+)?$"
)

# A belief or a forecast framing what follows: the act is foreseen, not undertaken.
_BELIEF = re.compile(
    r"\b(?:I|we)\s+(?:am|are)\s+(?:\w+\s+)?sure\s+(?:that\s+)?there\s+will\b"
    # what another will do, foreseen: "I am sure that the hon. Lady, along with all Members,
    # will not only look forward to that but work with the Government…"
    r"|\b(?:I|we)\s+(?:am|are)\s+(?:\w+\s+)?sure\s+(?:that\s+)?(?:the\s+(?:hon\.|noble|right\s+hon\.)"
    r"|my\s+(?:right\s+)?hon\.|he\b|she\b|they\b|Members\b|noble\s+Lords\b|colleagues\b)"
    # a hope for what the speaker's side will do: "I hope we will gain the House's support"
    r"|\b(?:I|we)\s+(?:\w+ly\s+)?(?:hope|trust|wish)\s+(?:that\s+)?(?:we|I|the\s+Government)\b"
    r"|\b(?:suggests|predicts|forecasts|estimates)\s+that\b"
    # an expectation of what will happen: "We expect that the full results … will be published"
    r"|\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:expect|anticipate)\s+that\b"
    # a hope said by an adverb: "Hopefully, we will be in a happier place when…"
    r"|\b[Hh]opefully\b"
)


def _listed_action(verb: str, rest: str) -> str | None:
    if verb_lemma(verb) is None:
        return None
    head = lemma(verb)
    tail = rest.strip().lower()
    for particle in PARTICLES:
        if tail.startswith(particle) and f"{head} {particle}" in ACTIONS:
            return ACTIONS[f"{head} {particle}"]
    return ACTIONS.get(head)


def _from_model(
    text: str, span: Span, p: float, on: date | None, act: tuple[int, str, str, str]
) -> Commitment:
    """A sentence the model judged committing, as a commitment: its act (from
    :func:`model_act`), money and time read by the same means as the rules' (the
    speaker's when it says "I" before the act, else the Government's)."""
    sentence = text[span.start : span.end]
    at, verb, rest, action = act
    trigger = Trigger(0, sentence[:at], verb, rest, "model")
    amounts = committed_amounts(sentence)
    times = find_deadlines(sentence, on=on)
    due = next((t for t in times if t.kind == "deadline" and t.due is not None), None)
    begins = next((t for t in times if t.kind == "start" and t.starts is not None), None)
    lowered = lower_for_search(sentence)
    return Commitment(
        span=span,
        exact=sentence,
        actor="speaker" if _I.search(sentence[: at or len(sentence)]) else "Government",
        action=action,
        category=category_of(trigger, sentence, lowered, action, amounts),
        status=status_of(trigger, sentence, lowered),
        confidence=round(p, 2),
        amounts=amounts,
        deadline=due.due if due else None,
        deadline_text=due.text if due else None,
        mentions=named_things(sentence),
        start_date=begins.starts if begins else None,
        start_text=begins.text if begins else None,
        model_probability=p,
        found_by="model",
    )
