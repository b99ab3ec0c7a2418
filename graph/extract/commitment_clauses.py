"""Where a sentence commits: its clauses, and the triggers that hold in them.

Part of the commitment extractor (:mod:`graph.extract.commitments` runs the stages): a
sentence is cut into clauses at semicolons and the conjunctions that start a new one
(:func:`clauses_of`), and :func:`triggers_in` runs the trigger rules
(:mod:`graph.extract.commitment_rules`) over a clause, keeping a match only when it is
not negated, not inside an account of the past or an indirect question, and its subject
is not someone else (:func:`_subject_ok`: "the previous Government", "hon. Members").
:func:`government_acts` asks the same of a whole commitment, for the sentence model's
veto.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.extract.actors import DEPARTMENT, FOREIGN_STATE, INDEPENDENT_BODY, agentive
from graph.extract.commitment_acts import EVERYONE, I_OR_WE, IN_BRACKETS, government_subject
from graph.extract.commitment_filters import MEMBERS_DISCUSS
from graph.extract.commitment_rules import GOVERNMENT_SIDE, SCHEME, TRIGGERS, Rule, Trigger
from graph.extract.sentences import lower_for_search
from graph.records import Commitment

# Subjects that are someone else: the clause is not the speaker's side's act.
_SUBJECT_OTHERS = re.compile(
    r"\b(?:previous|last|former)\s+Government|\bOpposition\b|(?-i:\bCommission\b)|\bpresidency\b"
    r"|(?-i:\bCouncil\b)(?!\s+(?:of|for))|\b(?:the|that|this)\s+(?:council|session|meeting)$|\bEurogroup\b|(?<!\bmy\s)(?<!\bmy\sright\s)"
    r"\bhon\.\s+(?:and\s+(?:right|learned|gallant)\s+hon\.\s+)?"
    r"(?:Friend|Member|Lady|Gentleman|Members)\b|\b(?:all|other|many|some)\s+Members\b(?!\s+of\s+(?:the\s+|a\s+|its\s+)?(?!House\b|Parliament\b|Assembly\b)[\w-]+)|\bMembers\s+(?:of\s+(?:this|the)\s+House|present)\b"
    r"|\b(?:EU|ECOFIN|G20|UN|NATO|European\s+(?:Council|Commission|Parliament|Union))\b"
    r"|\bterrorists?\b|\bcountries\b|\b(?:contracting|member|signatory)\s+(?:parties|states)\b"
    r"|\bpeople\b|\bbusiness(?:es)?\b|\bthey\b|\bvictims\b|\boffenders\b"
    r"|\bthose\s+(?:who|whose|facing|in|on|with|affected|living|working)\b"
    r"|\b(?:anyone|everyone|everybody|somebody|someone)\b"
    # what is left of "the hon. Gentleman" once the subject stops at "hon."
    r"|^(?-i:Gentleman|Lady|Member|Members)$",
    re.IGNORECASE,
)


def government_acts(c: Commitment) -> bool:
    """Whether the rules found ``c`` with the Government, a department or a minister named
    as its doer ("My right honourable friend the Foreign Secretary will represent the UK",
    "The Government proposes to amend…", "The Secretary of State is currently considering
    the applications"): said of the Government's side by name, not by "we" or "I", which
    the sentence model was mostly taught on and undervalues.  So is the Government's own
    programme committing it ("Our programme for government commits to introducing…")."""
    if c.found_by == "rules" and c.trigger == "intent":
        return any(_OWN_PROGRAMME.match(t.subject) for t in triggers_in(c.exact))
    if c.found_by == "rules" and c.trigger == "funding":
        # money the Government, a department or a minister by office announced or set aside
        # ("On 5 February, the government announced a £2 million investment to…")
        return any(
            t.kind == "funding"
            and (
                government_subject(t.subject.strip())
                or (not t.subject and _SIDE_BEFORE.search(c.exact, 0, t.start) is not None)
            )
            for t in triggers_in(c.exact)
        )
    if c.found_by != "rules" or c.trigger not in ("modal", "progressive"):
        return False
    if c.trigger == "progressive" and c.action not in _WORK_ON_A_DELIVERABLE:
        return False  # "the Home Office has been supporting…": a description, for the model
    if c.trigger == "modal" and (_REPRESENTS_THE_UK.search(c.exact) or c.action == "press"):
        # "Sir Tim Barrow, … will represent the UK for Interior day", "In this debate the UK
        # will encourage…": the state's own part at a meeting
        return True
    return any(
        government_subject(_CONJUNCTION.sub("", t.subject.strip()))  # "…, and the MoD will…"
        or _published_paper(t)
        for t in triggers_in(c.exact)
    )


# The Government's side named just before a verb of money (not "we" or "I").
_SIDE_BEFORE = re.compile(
    rf"\b(?!I\b|[Ww]e\b){GOVERNMENT_SIDE}\s+(?:has\s+|have\s+)?(?:also\s+|already\s+|now\s+)?$"
)
# Bodies independent of Ministers by statute: their forecasts and reports are their own.
_INDEPENDENT = re.compile(r"(?:the\s+)?" + INDEPENDENT_BODY + r"\b(?!’s|'s)", re.IGNORECASE)
# The body acted on, not acting: "…that the Bank of England will be given new powers".
_GIVEN = re.compile(r"\s+(?:will|is\s+to|shall)\s+(?:also\s+)?be\s+[a-z]+(?:ed|en)\b")
_REPORTED_THAT = re.compile(r"\b(?:announced|said|confirmed|stated|agreed|decided)\s+that\s+")
_OWN_PROGRAMME = re.compile(
    r"(?:[Oo]ur|[Tt]he\s+Government[’']s)\s+(?:programme\s+for\s+government|manifesto"
    r"|(?:action\s+)?plan|strategy|White\s+Paper)$"
)


# What only a government does to its own papers, said in the passive with no doer: "the
# updated projections are due to be released in February", "the report will be laid".
_PUBLISHING = frozenset({"published", "released", "laid", "announced", "issued"})
_PAPER = re.compile(
    r"\b(?:reports?|projections|statistics|figures|data|guidance|strategy|plans?|results"
    r"|response|review|consultation|white\s+paper|green\s+paper|framework|estimates"
    r"|announcements?|details|findings|proposals|regulations|order|timetable)\s*$",
    re.IGNORECASE,
)


def _published_paper(t: Trigger) -> bool:
    subject = IN_BRACKETS.sub("", t.subject)
    return t.passive and t.verb.lower() in _PUBLISHING and _PAPER.search(subject) is not None


# What the Government's side is doing now that is work towards something not yet done
# ("The Secretary of State is currently considering a number of applications", "the
# Government are pursuing an expansion of prison capacity"), unlike support or a stance.
_WORK_ON_A_DELIVERABLE = frozenset(
    {"review", "consult", "develop", "draft", "pursue", "prepare", "set-out", "publish",
     "introduce", "establish", "extend", "build", "recruit"}
)  # fmt: skip

_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|n't|cannot)\b", re.IGNORECASE)
_I_WE_IT = re.compile(r"(?i:I|we|it)")
_CLEFT = re.compile(r"(?i:what|how|whether)\b")
# Another state, or several, as the whole subject: "Next, Greece", "France and Germany".
_FOREIGN_SUBJECT = re.compile(
    r"(?:(?:Next|Then|Finally),\s+)?"
    + FOREIGN_STATE
    + r"(?:(?:,\s+|,?\s+and\s+)"
    + FOREIGN_STATE
    + r")*"
)
# What is done to the thing a relative clause names, or its state: "the period over which
# it will be given" (not "a framework, within which it will allocate £50 million").
_NOT_DONE_BY_IT = re.compile(
    r"\s+will\s+(?:\w+ly\s+)?be\s+\w+(?:ed|en|wn|ne)\b|\s+(?:is|are|was|were)\b"
)
_PREPOSITION_WHICH = re.compile(
    r"\b(?:over|during|in|for|by|through|under|within|after|before|on|to|from|with)\s+which\s+"
    r"(?:it|they|this|that)$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_WOULD_SUBJECT = re.compile(r"\b(?:I|we)\s+(?:would|could|should)\b")


# A clause ends at a semicolon, a colon, a dash, a comma before a conjunction, or a
# conjunction that opens a new clause of the speaker's own ("We have supported businesses
# throughout and we will continue to do so": the subject of "will" is "we", not the
# businesses before it).
_CLAUSE_BREAK = re.compile(
    r";\s+|:\s+|,\s+(?=(?:and|but|so|while|whereas)\s)|—|\s+(?:and|but)\s+(?=(?:I|we)\s)"
)


def clauses_of(sentence: str) -> Iterator[tuple[int, str]]:
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
# A judgement of means, equated with what it takes: "the best way to cut waste is to work
# with retailers" (but "the best option will be set out in the White Paper" is an act).
_MEANS = re.compile(
    r"\b(?:best|only|right|surest|simplest|quickest|fairest|most\s+effective)\s+(?:ways?|means"
    r"|approach|solution|answer|option)\b",
    re.IGNORECASE,
)
_IS_TO = re.compile(r"\s*(?:is|are)\s+(?:(?:also|still|surely|always)\s+)?(?:to|by)\b")


# Where a subject's head ends and a post-modifier begins: "the latest information | on farm
# business income", "a decision | whether to remove…".  Who acts, or whether the clause is
# a stance or a condition, is read in the head; words inside what modifies it ("business",
# "whether") name what the measure is about.
_POST_MODIFIER = re.compile(
    r"(?<=\w)\s+(?:of|on|for|about|into|from|over|under|across|between|within|towards?"
    r"|regarding|concerning)\s"
    # "to" before a determiner follows a noun, never as an infinitive: "The UK's Permanent
    # Representative to the EU", "changes to the rules"
    r"|(?<=\w)\s+to\s(?=(?:the|a|an)\s)"
    # "whether" after a noun of deciding ("a decision whether…"), not after a verb ("asks
    # whether…": an indirect question)
    r"|\b(?:decision|question|choice|judge?ment|assessment|review)\b(?=\s+whether\s)",
    re.IGNORECASE,
)


# An indirect question the act sits in, opened in its subject with nothing finite since: a
# paper's contents ("The financial framework also sets out how the progress of families
# will be measured", "Guidance on how such events are to be reported…"), not "Details of
# how the scheme will work will be published", whose subject holds the question whole (nor
# a relative clause: "something on which the Government intend to act").
_ASKED_HOW = re.compile(
    # after a verb of telling, whatever its length: "sets out how the progress of families
    # supported"; after a preposition, only a short subject of its own ("Guidance on how such
    # events"), not a question complete in itself ("A review of how councils use their
    # powers", "Guidance on how to apply")
    r"\b(?:(?:out|details?|detailing|explains?|explaining|describes?|describing|shows?|showing"
    r"|outlines?|outlining|covers?|covering|and|or)\s+(?:how|which|what|whether|why)\b(?!\s+to\b)"
    r"(?![^.;:]*?\b(?:will|shall|would|is|are|was|were|has|have|can|could|should|must|may)\b)[^.;:]*"
    r"|(?:on|about|of)\s+(?:how|what|whether|why)\b(?!\s+to\b)(?:\s+[\w’'-]+){1,3})$",
    re.IGNORECASE,
)
# A later main verb of the clause: the question was its subject's, whole ("Details of how the
# scheme will work will be published").
_LATER_MODALS = re.compile(r"\b(?:will|shall|are\s+to|is\s+to)\b")


# A scheme the statement opens: "the Afghan citizens resettlement scheme [opens formally]".
_SCHEME_OPENING = re.compile(SCHEME, re.IGNORECASE)


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
    r"|position|advice|intent|focus|emphasis|mission|target|pledge|commitment|promise|duty)s?"
    # of something named: "The purpose of the statement is to update the Assembly on…"
    r"(?:\s+of\s+(?:the|this|my|our|today['’]s)\s+[\w-]+)?\s*$",
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
_SURE = re.compile(r"\s*(?:I|we)\s+(?:am|are)\s+(?:\w+ly\s+)?sure\b", re.IGNORECASE)
_OFFERED_TO_ALL = re.compile(
    r"\s+(?:will|shall)\s+(?:all\s+|also\s+)?be\s+(?:offered|given|provided|paid|guaranteed)\b"
)
_REPRESENTS_THE_UK = re.compile(
    r",?\s+(?:will|shall)\s+(?:also\s+|then\s+)?(?:be\s+)?represent(?:ing)?\s+(?:the\s+)?(?:UK|United"
    r"\s+Kingdom|Government|Her\s+Majesty[’']s\s+Government)\b"
)
_FACT_THAT = re.compile(r"\bthe\s+fact\s+that\s+$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^\s*(?:(?:and|but|so|yet|now|indeed|of\s+course)\b,?\s*)+", re.I)
_TOGETHER_WITH = re.compile(r",?\s*(?:together|along|jointly)\s+with\b.*$", re.IGNORECASE)


def _end_of(clause: str, subject: str, start: int) -> int:
    """Where ``subject`` ends in ``clause`` (``start`` is where its match began, which an
    opening phrase may precede)."""
    at = clause.find(subject, max(0, start - len(subject)))
    return (at if at >= 0 else start) + len(subject)


def _subject_ok(clause: str, start: int, subject: str, kind: str) -> str | None:
    """The trigger's subject as it acts (an adverbial opening dropped), or None when the
    subject is someone else's, a stance, a cleft or a relative clause."""
    if kind in {"undertaking", "performative", "target", "published", "funding"}:
        return subject
    if _HOPED.search(clause, 0, start) or _SURE.match(subject):
        return None  # "We hope we are going to get more…", "I am sure it will be…": beliefs
    if _ASKED_HOW.search(subject) and len(_LATER_MODALS.findall(clause, start + len(subject))) < 2:
        return None  # "The framework sets out how the progress … will be measured": its contents
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
    offered = EVERYONE.search(subject) and _OFFERED_TO_ALL.match(clause, start + len(subject))
    head = _head_end(subject)
    others = _SUBJECT_OTHERS.search(subject)
    stance = _STANCE.search(subject)
    if (not named and not offered and others and others.start() < head) or (
        stance and stance.start() < head
    ):
        return None
    reported = _REPORTED_THAT.split(subject)[-1]  # "the Chancellor announced that the OBR…"
    if (
        reported != subject
        and _INDEPENDENT.match(reported)
        and not _GIVEN.match(clause, start + len(subject))
    ):
        return None  # what a body independent of Ministers will do, reported by one
    means = _MEANS.search(subject)
    if means and means.start() < head and _IS_TO.match(clause, start + len(subject)):
        return None  # "the best way to cut waste is to work with retailers": a judgement
    if _FOREIGN_SUBJECT.fullmatch(subject.strip()):
        return None  # "Next, Greece will update the Council…", "France and Germany will…"
    if _PREPOSITION_WHICH.search(subject) and _NOT_DONE_BY_IT.match(
        clause, _end_of(clause, subject, start)
    ):
        return None  # "… the 10-year period over which it will be given": a relative clause
    if _CLEFT.match(subject):
        return None  # "What I will also make clear is that…": a cleft, not an undertaking
    if kind == "announced":
        subject = _TOGETHER_WITH.sub("", subject)
        if (
            not _I_WE_IT.fullmatch(subject)
            and not agentive(subject)
            and not government_subject(subject)
            and not _SCHEME_OPENING.fullmatch(subject)
        ):
            return None
    if I_OR_WE.fullmatch(subject) and not adverbial:
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

# A hope set off as an aside, just before the verb: "…and, it is hoped, will be agreed".
_HOPED_ASIDE = re.compile(r"\bit\s+is\s+(?:\w+ly\s+)?hoped\b", re.IGNORECASE)


def triggers_in(
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
            if kind == "modal" and _HOPED_ASIDE.search(
                clause, max(0, m.start("verb") - 40), m.start("verb")
            ):
                continue  # "…has been developed and, it is hoped, will be agreed": a hope
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
                and not I_OR_WE.fullmatch(subject.strip())
                and not government_subject(subject.strip())
            ):
                continue  # "During the main Council there will be a discussion on…": its agenda
            if kind == "modal" and MEMBERS_DISCUSS.match(clause, subject_at):
                continue  # "Ministers will discuss the EU's relationship with Russia": the same
            yield Trigger(m.start(), subject, verb, rest, kind, passive, be)


# What a meeting's or a House's business will take up, by nobody's undertaking: "The
# following issues will be discussed at the council", "…will be debated in due course".
_AGENDA = frozenset({"discussed", "debated", "followed"})
# A meeting of others as the setting: "at the 7 March ECOFIN", "during the main Council".
_AT_MEETING = re.compile(
    r"\b(?i:at|during|in)\s+(?i:the\s+)?(?:[\w-]+\s+){0,3}?(?:Council|ECOFIN|summit|Summit|session"
    r"|Eurogroup)\b"
)
