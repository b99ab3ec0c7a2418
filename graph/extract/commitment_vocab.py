"""The words commitment rules are made of: verbs of doing, of state and of effect, and lemmas.

Tables, not patterns: :mod:`graph.extract.commitment_rules` holds the trigger
patterns, :mod:`graph.extract.commitments` applies them.

>>> lemma("bringing"), lemma("funded"), crude_lemma("retains")
('bring', 'fund', 'retain')
"""

from __future__ import annotations

from functools import lru_cache

# Verbs of doing (base form -> normalised action).  Anything not here is not a commitment
# verb: "will know", "will mean", "will help", "will apply" describe, they do not commit.
ACTIONS = {
    "introduce": "introduce", "implement": "implement", "publish": "publish",
    "fund": "fund", "back": "fund", "invest": "fund", "reinvest": "fund", "repeal": "repeal", "allocate": "fund", "spend": "fund",
    "review": "review", "audit": "review", "examine": "review", "monitor": "review",
    "consider": "review", "assess": "review", "evaluate": "review", "inspect": "review",
    "legislate": "legislate", "consult": "consult", "extend": "extend", "expand": "extend",
    "provide": "provide", "give": "provide", "make available": "provide", "offer": "provide",
    "write": "write", "reply": "write", "respond in writing": "write", "set out": "set-out", "lay out": "set-out", "lay": "lay",
    "bring in": "legislate", "bring forward": "introduce", "take forward": "implement",
    "work": "work", "overhaul": "reform", "reform": "reform", "change": "change",
    "link": "link", "establish": "establish", "set up": "establish", "create": "establish",
    "launch": "launch", "appoint": "appoint", "announce": "announce", "look": "review", "look for": "search",
    "look across": "search",
    "include": "include", "report": "report", "commission": "commission",
    "procure": "procure", "agree": "agree", "receive": "provide", "get": "provide",
    "follow up": "follow-up", "follow": "follow-up", "take away": "follow-up",
    "talk": "meet", "meet": "meet", "continue": "continue", "deliver": "deliver",
    "require": "require", "undertake": "undertake", "strengthen": "strengthen",
    "increase": "increase", "reduce": "reduce", "halve": "reduce", "double": "increase",
    "cut": "reduce", "lower": "reduce", "scrap": "abolish",
    "recruit": "recruit", "build": "build", "support": "support", "complete": "complete",
    "come into force": "commence", "go live": "launch", "become live": "launch", "come into operation": "launch", "draw up": "draft", "develop": "develop",
    "update": "update", "make changes": "change", "make a change": "change", "make a decision": "decide",
    "bolster": "strengthen",
    "make recommendations": "recommend", "start": "begin", "begin": "begin", "commence": "begin",
    "ban": "ban", "outlaw": "ban", "abolish": "abolish", "remove": "remove", "replace": "replace",
    "automate": "automate", "pilot": "pilot", "phase in": "introduce", "put in place": "provide",
    "target": "fund", "recover": "recover", "oversee": "review", "tackle": "tackle",
    "refer": "refer", "decide": "decide", "roll out": "introduce", "raise": "increase",
    "issue": "publish", "use": "use", "make clear": "set-out", "ensure": "ensure",
    "propose": "propose", "pay": "fund", "reimburse": "fund", "compensate": "fund", "make it clear": "set-out",
    "conclude": "agree", "sign": "agree", "benefit from": "provide",
    "reflect on": "review", "take into account": "review", "table": "propose",
    "make sure": "ensure", "arrange": "meet", "pass": "follow-up",
    "represent": "attend", "attend": "attend", "visit": "visit", "come back": "report",
}  # fmt: skip

#: The categories (tests/gold/commitments/README.md, "Categories"), in the order they
#: are tried: a commitment takes the first that applies.  What each means:
#:
#: - ``undertaking``: a personal undertaking to a member or the House (write, reply,
#:   meet, look into, keep the House informed, report back);
#: - ``legislation``: Bills, clauses, amendments, regulations, orders, statutory duties;
#: - ``funding``: providing, allocating or extending money (new money, or a fund);
#: - ``target``: a measurable outcome by a time ("halve … within a decade");
#: - ``review``: reviews, consultations, inquiries, audits, evaluations, considering;
#: - ``guidance``: plans, strategies, guidance, frameworks, timetables (not law);
#: - ``operational``: anything else done (bodies, services, appointments, action).
CATEGORY_ORDER = (
    "undertaking", "legislation", "funding", "target", "review", "guidance", "operational",
)  # fmt: skip
#: Actions that are reviews whatever their object ("we will consult on…").
REVIEW_ACTIONS = frozenset(
    {"review", "consult", "commission", "evaluate", "assess", "consider", "study", "examine",
     "investigate", "explore", "reassess", "reconsider", "revisit", "research", "monitor"}
)  # fmt: skip
#: Actions that produce a policy document whatever its name ("we will set out…").
GUIDANCE_ACTIONS = frozenset({"publish", "set-out", "draft"})

IRREGULAR = {
    "made": "make", "making": "make", "given": "give", "giving": "give", "brought": "bring",
    "bringing": "bring", "cutting": "cut", "scrapping": "scrap", "scrapped": "scrap",
    "set": "set", "setting": "set", "laid": "lay", "laying": "lay",
    "undertaken": "undertake", "taken": "take", "taking": "take", "got": "get",
    "getting": "get", "met": "meet", "written": "write", "writing": "write", "put": "put",
    "putting": "put", "drawn": "draw", "drawing": "draw", "built": "build", "spent": "spend",
    "done": "do", "doing": "do", "seen": "see", "being": "be", "been": "be", "doubling": "double",
}  # fmt: skip

#: Verbs of doing outside :data:`ACTIONS`, in their base form: an action found by the
#: commitment rules that is neither here nor in ACTIONS is no action at all (it was an
#: adverb, a state or a cut-off stem: "will never", "will just", "are willing").  The
#: action of a commitment is always a key of ACTIONS' values or one of these words.
_VERB_LIST = """
    accelerate accept accommodate accredit achieve acquire act adapt add address adhere
    adjust administer adopt advance advertise advise advocate align allow amend analyse
    answer apply approve arrange ask assist attend audit authorise await award balance
    boost bring broaden calculate campaign cap carry centralise certify challenge
    champion channel check clarify close co-operate co-ordinate codify collaborate
    collate collect combine commemorate commit communicate compensate compile conclude conduct confirm
    connect consolidate construct contact contribute convene cooperate coordinate
    correct cover crack cut deal decentralise declare defend defer define delay
    delegate deploy deport design designate detect determine devolve digitise direct
    disburse discuss dismantle distribute double draft drive educate eliminate embark
    employ empower enable encourage end enforce engage enhance enrol enshrine enter
    equip eradicate escalate establish exempt expedite explain explore facilitate
    fast-track finalise finance finish fix focus forge formalise freeze fulfil gather
    govern grant guarantee guide halt handle harmonise hire hold host identify impose
    incentivise inform initiate insist inspect install insure integrate intensify
    intervene investigate invite issue join keep lead learn legislate license limit
    lobby lower maintain manage mandate map measure merge minimise miss mobilise model
    modernise move negotiate nominate notify obtain open operate oppose order organise
    outline overhaul partner pass pause pay plan postpone prepare present press prevent prioritise
    proceed process produce progress promote prosecute protect prove purchase pursue
    push put raise ratify reach reaffirm reassess rebuild reconsider record recruit
    redesign redirect reduce refer refine refund refurbish register regulate reimburse reinforce
    reinstate relax release relocate renew renovate reopen reorganise repair repay
    repeal replace report represent request research reserve resolve resource respond
    resettle restart restore restrict restructure resume retain return revise revisit revoke
    reward ring-fence ringfence run safeguard sanction save scale scrap search secure
    seek sell send share shift shorten shut sign simplify speak speed sponsor stabilise staff
    stop streamline strengthen study submit subsidise supply survey suspend sustain switch
    table take task tender test tighten track trade train transfer transform translate
    trial triple underwrite unlock unveil upgrade uprate urge vaccinate validate verify visit
    vote waive widen withdraw
"""
VERBS = frozenset(_VERB_LIST.split())

# Verbs of state, thought or feeling: "we will know", "I am aware", "we will need".
STATIVE = frozenset(
    {
        "be", "have", "know", "understand", "need", "want", "hope", "see", "feel", "think",
        "believe", "recognise", "recognize", "remember", "like", "wish", "expect", "mean",
        "seem", "remain", "welcome", "acknowledge", "note", "appreciate", "share", "face",
        "say", "tell", "argue", "find", "become", "get", "hear", "listen", "look", "come", "go",
        "happen", "depend", "matter", "win", "lose", "fail", "let", "put", "take", "strive",
        "try", "aim", "endeavour", "attempt", "aspire", "do", "live", "suffer", "struggle", "enjoy",
        "miss", "regret", "forget", "mourn",  # "We will miss her greatly": a feeling
    }
)  # fmt: skip

# Verbs that, in the present ("we are spending", "we continue to fund", "we are
# accommodating"), describe policy already running rather than a deliverable under way:
# the guideline's present-tense descriptions.  With these verbs a progressive commits
# only when it names new money ("we are providing an extra £5 million") or a time to
# come ("in 2010-11", "starting next year"); other verbs commit as they are ("we are
# drawing up", "I am extending", "we are consulting on").
DESCRIPTIVE = frozenset(
    {"spend", "fund", "invest", "support", "accommodate", "minimise", "minimize", "preserve",
     "protect", "help", "provide", "pay", "give", "recover", "keep", "maintain", "run", "do",
     "get", "make", "see", "live", "deliver", "use", "meet", "offer", "ensure", "put", "treat",
     "face", "focus", "lead", "progress", "proceed", "go", "drive", "encourage", "urge", "invite",
     "act", "enter"}
)  # fmt: skip

# Nouns of action after "committed to the …" ("the provision of free school meals").
NOMINALS = {
    "provision": "provide", "introduction": "introduce", "implementation": "implement",
    "publication": "publish", "delivery": "deliver", "funding": "fund", "extension": "extend",
    "expansion": "expand", "establishment": "establish", "reduction": "reduce",
    "consultation": "consult", "development": "develop", "creation": "create",
}  # fmt: skip

# What "there will be …" names, as the act it promises ("There will be a consultation"
# commits to consult; "an opportunity … to bring forward projects" to provide one).
COMING = {
    "consultation": "consult", "review": "review", "statement": "set-out", "update": "update",
    "announcement": "announce", "opportunity": "provide", "discussion": "consult",
    "white paper": "publish", "green paper": "publish", "bill": "legislate",
    "legislation": "legislate", "inquiry": "review", "evaluation": "review", "pilot": "pilot",
    "call for evidence": "consult", "strategy": "publish", "action plan": "publish",
    "guidance": "publish",
}  # fmt: skip

# Particles that form phrasal verbs we normalise ("set out", "bring in", "follow up").
PARTICLES = (
    "out", "in", "up", "forward", "away", "into force", "available", "in place", "changes", "clear",
    "for", "across", "it clear", "from", "on", "into account", "sure",
    "recommendations", "live", "a change", "a decision",
)  # fmt: skip

# Verbs that, with a non-agent subject ("This instrument will strengthen…", "It will
# deliver more capacity"), describe an effect rather than commit anyone to anything.
EFFECT_PRONE = frozenset(
    {"support", "strengthen", "deliver", "offer", "improve", "enable", "help", "benefit",
     "increase", "reduce", "provide", "build", "make", "give", "bolster", "ensure", "continue",
     "receive", "get", "require", "reflect"}
)  # fmt: skip

STOP = frozenset(
    {
        "a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "by", "with", "from",
        "at", "as", "that", "this", "these", "those", "is", "are", "be", "will", "we", "i",
        "our", "it", "its", "their", "they", "he", "she", "which", "who", "all", "also", "new",
        "further", "any", "more",
    }
)  # fmt: skip


# The first words of the actions that are phrases ("reflect on", "bring forward"): a verb
# form of one ("reflecting") is lemmatised to it, for the phrase to be found after it.
_PHRASE_HEADS = frozenset(key.split()[0] for key in ACTIONS if " " in key)


@lru_cache(maxsize=16384)  # pure, and speeches repeat their words
def lemma(word: str) -> str:
    word = word.lower()
    if "iz" in word:  # American spelling of a British "-ise" verb: "prioritize", "finalized"
        british = verb_lemma(word.replace("iz", "is"))
        if british is not None:
            return british
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix, repl in (
        ("ying", "y"), ("ssing", "ss"), ("ting", "te"), ("ing", ""), ("ied", "y"),
        ("ed", ""), ("es", ""), ("s", ""),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + repl
            if stem in ACTIONS or stem.split(" ")[0] in ACTIONS or stem in _PHRASE_HEADS:
                return stem
            if stem + "e" in ACTIONS:
                return stem + "e"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in ACTIONS:
                return stem[:-1]
    return word


def crude_lemma(word: str) -> str:
    """A base form for verbs outside the action table: "asking" → "ask", "retains" →
    "retain", "proceeded" → "proceed"; a word whose base form is in no list is returned
    lower-cased and whole (never a cut-off stem such as "proce" or "mis")."""
    found = verb_lemma(word)
    return found if found is not None else word.lower()


@lru_cache(maxsize=16384)
def verb_lemma(word: str) -> str | None:
    """The base form of ``word`` when it is a verb of :data:`ACTIONS`, :data:`VERBS`,
    :data:`STATIVE` or :data:`DESCRIPTIVE`, else None.

    >>> verb_lemma("proceeding"), verb_lemma("misses"), verb_lemma("willing"), verb_lemma("tried")
    ('proceed', 'miss', None, 'try')
    """
    word = word.lower()
    if "iz" in word:  # American spelling of a British "-ise" verb: "prioritize", "finalized"
        british = verb_lemma(word.replace("iz", "is"))
        if british is not None:
            return british
    if word in IRREGULAR:
        return IRREGULAR[word]
    known = _known_verbs()
    if word in known:
        return word
    candidates: list[str] = []
    for suffix, repl in (("ying", "ie"), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""),
                         ("es", ""), ("s", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + repl
            candidates += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])
    return next((c for c in candidates if c in known), None)


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    heads = {phrase.split()[0] for phrase in ACTIONS}
    return frozenset(heads | VERBS | STATIVE | DESCRIPTIVE)
