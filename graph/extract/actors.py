"""Who a commitment binds: the speaker, the Government, or a person or body named in the text.

A pronoun stands for the last fitting person named before it; a measure or a thing
as subject means the Government acts; a passive may name its agent ("by the NDA").
"""

from __future__ import annotations

import re

from graph.extract.commitment_rules import FRIEND, Trigger
from graph.records import Span

LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:In\s+addition|Today|Finally|As\s+a\s+first\s+step|Equally|Of\s+course|Again|"
    r"To\s+conclude|To\s+go\s+[\w ]+|Alongside\s+[\w ]+|Before\s+\w+|And|But|So|Also|"
    r"That\s+is\s+why|This\s+is\s+why|Therefore|Obviously)\b,?\s*)+",
    re.IGNORECASE,
)


# Bodies independent of Ministers by statute: what they will do is theirs ("the Office for
# Budget Responsibility will publish its forecast"), however a minister reports it.
INDEPENDENT_BODY = (
    r"(?:Office\s+for\s+(?:Budget\s+Responsibility|National\s+Statistics)|OBR|ONS|Bank\s+of\s+England"
    r"|Monetary\s+Policy\s+Committee|National\s+Audit\s+Office"
    # the regulators: "Ofcom's 2014 Infrastructure Report is expected to be published…"
    r"|Ofcom|Ofgem|Ofwat|Ofqual|Office\s+of\s+Rail\s+and\s+Road|Electoral\s+Commission"
    # the competition and financial regulators: "The OFT continues to keep this sector under
    # review"
    r"|Office\s+of\s+Fair\s+Trading|OFT|Competition\s+and\s+Markets\s+Authority|CMA"
    r"|Competition\s+Commission|Financial\s+Conduct\s+Authority|FCA|Prudential\s+Regulation"
    r"\s+Authority|Information\s+Commissioner(?:[’']s\s+Office)?)"
)

# Other states, as the subject of what they will do ("Next, Greece will update the Council
# on its action plan"): the states of the EU and the UK's usual partners (names are facts).
# The extractor does not know the speaker's state, so the states whose parliaments this
# project reads (Ireland, South Africa, Kenya, Slovenia, Slovakia, Turkey, Spain, Chile,
# Malaysia, Taiwan) are left out: their ministers say "South Africa will…" of their own.
FOREIGN_STATE = (
    r"(?-i:(?:the\s+)?(?:Austria|Belgium|Bulgaria|Croatia|Cyprus|(?:the\s+)?Czech\s+Republic|Czechia"
    r"|Denmark|Estonia|Finland|France|Germany|Greece|Hungary|Italy|Latvia|Lithuania|Luxembourg"
    r"|Malta|(?:the\s+)?Netherlands|Poland|Portugal|Romania|Sweden|Norway|Iceland|Switzerland"
    r"|Ukraine|Russia|China|India|Japan|Canada|Australia|New\s+Zealand|(?:the\s+)?United\s+States"
    r"|America|(?:the\s+)?USA|Brazil|Mexico|Argentina|Nigeria|Egypt|Israel|Iran|Iraq|Syria|Libya"
    r"|Saudi\s+Arabia|Pakistan|Afghanistan|North\s+Korea|South\s+Korea)\b)"
)

# A government that a minister of this or a devolved legislature speaks for: "the Scottish
# Government", "the Executive", "the Welsh Assembly Government" (not "the Irish Government").
OWN_GOVERNMENT = (
    r"(?-i:(?:(?:UK|British|Scottish|Welsh|Northern\s+Ireland|Assembly|Welsh\s+Assembly)\s+)?"
    r"(?:Government|Executive|Administration))"
)

# The Government abroad: "the British embassy in Washington", "our High Commission in
# Delhi", "our posts overseas" (a foreign embassy is another state's).
GOVERNMENT_ABROAD = (
    r"(?i:(?:(?:the\s+)?(?:British|UK|UK’s|UK's)|our)\s+(?:embass(?:y|ies)|high\s+commissions?"
    r"|consulates?(?:\s+general)?|posts?(?=\s+(?:overseas|abroad|in\s+[A-Z]))"
    # the UK's representatives to a body abroad: "The UK's Deputy Permanent Representative to
    # the EU, Katrina Williams, will represent the UK…"
    r"|(?:Deputy\s+)?Permanent\s+Representatives?|Ambassadors?|High\s+Commissioners?"
    r"|Representation)\b.*)"
)

AGENT = re.compile(
    r"^(?:I|(?:[Tt]he\s+)?"
    + OWN_GOVERNMENT
    + r"|(?i:we|(?:the\s+|this\s+|our\s+|the\s+UK\s+)?Government|(?:my\s+|our\s+)?officials|Ministers|(?:the\s+|my\s+|our\s+)?Department\b.*|"
    r"(?:the\s+)?(?:Home|Cabinet|Foreign)\s+Office|(?:the\s+)?Cabinet|(?:the\s+)?Secretary\s+of\s+State\b.*|"
    r"(?:the\s+)?Minister\b.*|(?:the\s+)?Mayor\b.*|"
    # a minister by office, or as a colleague ("my right hon. Friend the Chancellor of the
    # Exchequer", "The Home Secretary", "the Leader of the House"): a short list, not the
    # office vocabulary that commitment_acts.government_subject reads, which would take
    # "To ask the Secretary of State for Justice if he will make a statement" for an act
    r"(?:(?:my\s+)?" + FRIEND + r"|Friend)\s+the\s+(?!Member\b)(?-i:[A-Z]).*|"
    r"(?:the\s+)?(?:Prime\s+Minister|Chancellor|Attorney\s+General|Solicitor\s+General|Leader\s+of"
    r"\s+the\s+House|Paymaster\s+General|(?-i:[A-Z])[a-z]+\s+Secretary)\b.*|"
    + GOVERNMENT_ABROAD
    + r"|"
    r"(?:the\s+)?(?:panel|taskforce|inspectorate|"
    r"agency|council|audit|review|commission|board|group|scheme|fund))|(?!The\b|This\b|It\b|That\b|These\b|Those\b)[A-Z][a-z]+\s+[A-Z].*)$"
)


_LAST_SUBJECT = re.compile(r",|\s+and\s+")


def agentive(subject: str) -> bool:
    """Whether the last subject of a clause names someone who can act (we, a department, a name)."""
    subject = LEADING_ADVERBIAL.sub("", subject.strip()).strip(" ,")
    if DEPARTMENT.match(subject):
        return True  # "The Department for Business, Innovation and Skills": commas in a name
    subject = _LAST_SUBJECT.split(subject)[-1].strip()
    subject = EMBEDDED_GOVERNMENT.sub("", subject)  # "… to state that the Government"
    return bool(AGENT.match(subject))


# A clause that ends in the Government as the subject of what follows: "I am happy to state
# that the Government…", "something on which the Government…".
EMBEDDED_GOVERNMENT = re.compile(
    r"^.*\b(?:that|which)\s+(?=(?:the|this|our)\s+(?:UK\s+)?Government$)", re.IGNORECASE
)


DEPARTMENT = re.compile(r"(?:[Tt]he\s+)?(?:Department|Ministry)\s+(?:for|of)\s+[A-Z][\w ,’'-]*$")


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
     "uk government", "the uk government", "her majesty’s government", "his majesty’s government",
     "officials", "my officials", "our officials", "ministers"}
)  # fmt: skip
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "its", "their", "his", "her"})
_PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
_OTHER_PRONOUNS = frozenset(
    {"they", "them", "it", "which", "this", "that", "these", "those", "everyone", "everybody"}
)  # "everybody will be offered help": those given something are not the actor
# Common nouns that name a body able to act: "the panel will publish…".
_BODIES = (
    "panel", "taskforce", "task force", "inspectorate", "agency", "council", "audit", "review",
    "commission", "board", "group", "committee", "inquiry", "authority", "regulator",
    "department", "ministry", "office", "service", "team", "unit", "tribunal", "court",
)  # fmt: skip
# Measures named as a clause's subject ("the scheme will pay…"): the Government acts.
_MEASURES = frozenset(
    {"scheme", "schemes", "fund", "funds", "programme", "programmes", "plan", "plans", "grant",
     "grants", "strategy", "package", "settlement", "budget", "policy", "measures", "measure"}
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
    if head in _MEASURES:
        return (
            False  # "the scheme", "the levelling-up fund": what the Government runs, not who acts
        )
    if head in _BODIES or " ".join(words[-2:]).lower() in _BODIES:
        return True
    if AGENT.match(subject):
        return True
    rest = words[1:] if words[0].lower() in {"the", "a", "an", "our", "my"} else words
    # A proper name: an acronym ("the BBC"), or capitals after the first word ("the Environment
    # Agency", "Baroness Louise Casey"); a lone capitalised first word may just open the sentence.
    if any(w.isupper() and len(w) > 1 for w in rest):
        return True
    if len(rest) >= 1 and all(w[:1].isupper() for w in rest if w not in {"of", "for", "and"}):
        return len(rest) > 1 or words[0].lower() == "the" or not rest[0].endswith("s")
    return False


_THE_GOVERNMENT = re.compile(r"(?i:the\s+(?:UK\s+)?Government)")


def resolve_actor(text: str, span: Span, trigger: Trigger) -> str:
    """Who commits: "speaker", "Government", or a named person or body.

    A pronoun stands for the last person (or body) named before it in the speech,
    when there is one, else for the Government; a measure or thing as subject ("Further
    measures will be announced", "The additional funding will be targeted…") means the
    Government acts, unless a passive names its agent ("will be used by the NDA"); the
    subject of a passive is what is acted on, so without an agent the Government acts.
    """
    if trigger.kind in {"undertaking", "performative"}:
        # "The Government have made a commitment to…" is the Government's
        return "Government" if _THE_GOVERNMENT.fullmatch(trigger.subject.strip()) else "speaker"
    if trigger.verb.split()[0].lower() in _RECEIVING:
        return "Government"  # "Rutland and Melton will receive £2 million": the recipients
    subject = LEADING_ADVERBIAL.sub("", trigger.subject.strip()).strip(" ,")
    subject = subject.split(",")[-1].strip() if "," in subject else subject
    if subject.endswith(" and") and (first := _FINITE.split(subject)[0].strip()):
        subject = first  # "We are well aware of that and will let…": the first verb's subject
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
        # the subject of a passive is acted on, not acting: "the BCF will be increased to
        # £3.9 billion", "the BBC will be required to…": with no agent named, the Government
        return "Government"
    subject = _SUBORDINATOR.sub("", _FINITE.split(subject)[-1]).strip()
    subject = _NAME_IN_BRACKETS.sub("", subject)  # "the Chancellor (Philip Hammond)": the office
    colleague = _COLLEAGUE.match(subject)
    if colleague is not None:
        # "my right hon. Friend the Chancellor of the Exchequer": the office acts; a
        # colleague not named by office is the Government
        subject = colleague["office"] or ""
        return "the " + subject if subject else "Government"
    if not _is_body(subject) or _NOT_AN_ACTOR.search(subject):
        return "Government"
    subject = re.sub(r"^(?:The|the)\s+", "the ", subject)
    return _fuller_name(subject, before)


_RECEIVING = frozenset({"receive", "receives", "get", "gets", "benefit", "benefits", "gain"})
# What cannot be a subject's own start: the verb of an outer clause ("the Department for
# Education has announced it will…": "it" acts) and a subordinator or quantifier ("While
# the unitary board…", "Both Rutland and Melton…").
_FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|says?|said|announced|confirmed)\s+")
_SUBORDINATOR = re.compile(r"^(?:While|Whilst|Although|Because|Since|When|Where|Once|As|Both)\s+")
_NAME_IN_BRACKETS = re.compile(r"\s+\([^()]{1,60}\)$")
_COLLEAGUE = re.compile(
    r"^(?:[Mm]y|[Oo]ur)\s+" + FRIEND + r"s?"
    r"(?:\s+the\s+(?P<office>(?:Prime\s+Minister|Chancellor|Secretary|Minister|Leader|Attorney|"
    r"Solicitor|Paymaster|Chief\s+Secretary)[\w ’'-]*))?\s*$"
)
# Subjects that are members, the House, a Bill or a number: never who acts.
_NOT_AN_ACTOR = re.compile(
    r"^(?:\d|(?:the\s+)?(?:Bill|House|Lords|Commons|Chair|There|Friend|Lady|Gentleman|Member|"
    r"Members|Arrangements|Aim|Work(?!\s+and\s+Pensions))\b|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|"
    r"Thirty|Forty|Fifty|Hundred|Thousand)\b)|\b(?:hon\.|who|which|that)\b",
    re.IGNORECASE,
)
