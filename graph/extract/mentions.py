"""Find references to members, offices, people, bodies, laws and places in a speech.

Kinds of mention, in the order Hansard uses them most:

* ``member-for`` — "my hon. Friend the Member for Birmingham Yardley (Jess
  Phillips)": a seat and, usually, the name in brackets.  An office in
  apposition just before it ("the Under-Secretary of State for the Home
  Department, my hon. Friend the Member for …") is kept as ``office``.  A
  plural list ("the hon. Members for Swansea East (Carolyn Harris) and for
  Bradford South (Judith Cummins)") gives one mention per seat.
* ``member-ref`` — a member named by courtesy title only: "the hon. Lady",
  "my right hon. Friend", "the right hon. and learned Gentleman".
* ``office`` — "the Secretary of State", "the Minister for Care", "the shadow
  Home Secretary", "the Prime Minister himself", "Mr Speaker".
* ``call`` / ``call-office`` — the chair calling a member or an office:
  "I call Jim Shannon.", "I call the shadow Home Secretary."
* ``self`` — the speaker's own "I", "me", "my", "myself" (outside quotations);
  ``pronoun`` — "he", "her", "himself", … (to be resolved against earlier mentions).
* ``person`` — someone named with an honorific or post-nominal ("Professor
  Alexis Jay", "Baroness Louise Casey", "Tom Crowther KC", "Mr Murphy");
  ``constituent`` — someone introduced as one ("my constituent David").
* ``organisation`` — a capitalised phrase ending in an institutional head word
  ("Home Office", "National Police Chiefs’ Council") or opening with one
  ("Department for Education").
* ``legislation`` — "the Modern Slavery Act 2015", "Terrorism (Protection of
  Premises) Bill", "the crime and policing Bill", "Martyn’s law".
* ``place`` — a capitalised phrase that is exactly a name in the gazetteer
  passed in (UK nations by default).

Spans are offsets into the text given.  The extractor only reads the text;
linking a mention to a person, office or thing is :mod:`graph.link.mentions`'s job.

>>> [(m.kind, m.exact, m.name) for m in find_mentions("I call Jim Shannon.")]
[('self', 'I', None), ('call', 'Jim Shannon', 'Jim Shannon')]
>>> [(m.kind, m.exact) for m in find_mentions("I thank the Minister for her answer.")]
[('self', 'I'), ('office', 'the Minister'), ('pronoun', 'her')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from graph.extract.scan import Scan
from graph.records import Mention, Span

# After a pattern's first letter, "(?<!\w\w)" is the "\b" before it: a pattern that opens
# with a letter (not with "\b") lets ``re`` skip straight to the places it can start.
_AT_WORD = r"(?<!\w\w)"
_WORD = r"[A-Z][\w'’.-]*"
_CONNECTOR = r"(?:and|upon|of|the)"
_SEAT = rf"{_WORD}(?:(?:,\s*|\s+)(?:{_CONNECTOR}\s+)*{_WORD})*"
_PARTICLE = r"(?:de|van|von|der|la|le|du|da|di|bin|al)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})+"
_DET = r"(?:[Mm]y|[Tt]he|[Hh]er|[Hh]is|[Oo]ur|[Yy]our)"
_HON = r"(?:right\s+)?hon(?:\.|ourable)\s+(?:and\s+(?:learned|gallant|reverend)\s+)?"
_REFERRER = (
    rf"(?:{_DET}\s+{_HON}(?:Friend|Lady|Gentleman|Member)\s+"
    r"(?:the\s+(?:right\s+hon\.\s+)?Member\s+)?"
    rf"|(?:{_DET}\s+)?(?:right\s+)?(?:hon\.\s+)?Member\s+)"
)
_REFERENT = r"(?:Friend|Lady|Gentleman|Member)"
# Before its referent noun a reference holds only words, stops and spaces ("my right hon.").
_MEMBER_FOR = Scan(
    re.compile(rf"{_REFERRER}for\s+(?P<seat>{_SEAT})(?:\s+\((?P<name>{_NAME})\))?"),
    clues=("Friend", "Lady", "Gentleman", "Member"),
    anchor=re.compile(rf"{_REFERENT}\s+(?:the\s+(?:right\s+hon\.\s+)?Member\s+)?for\s+[A-Z]"),
    barrier=re.compile(r"[^A-Za-z.\s]"),
)
_MEMBERS_FOR = Scan(
    re.compile(rf"\b{_DET}\s+{_HON}Members\s+for\s+"),
    clues=("Members",),
    anchor=re.compile(r"Members\s+for\s"),
    barrier=re.compile(r"[^A-Za-z.\s]"),
)
_LIST_ITEM = re.compile(
    rf"(?:,\s*|\s+)?(?:and\s+)?(?:for\s+)?(?P<seat>{_SEAT})\s+\((?P<name>{_NAME})\)"
)
_MEMBER_REF = Scan(
    re.compile(
        rf"\b{_DET}\s+{_HON}(?P<noun>Friend|Lady|Gentleman|Member)\b(?!s)"
        r"(?!\s+(?:the\s+(?:right\s+hon\.\s+)?Member\s+)?for\s+[A-Z])"
    ),
    clues=("hon",),
    anchor=re.compile(
        rf"hon(?:\.|ourable)\s+(?:and\s+(?:learned|gallant|reverend)\s+)?{_REFERENT}"
    ),
    barrier=re.compile(r"[^A-Za-z\s]"),
)
_CALL = Scan(re.compile(rf"\bI call (?!the\b)(?P<name>{_NAME})"), clues=("I call ",))
_OFFICE_HEAD = r"(?:(?:Under-)?Secretary|Minister|Chancellor|Leader|Chair|Chairman|Whip|Attorney General|Solicitor General|Paymaster General|Speaker|President)"
_OFFICE_WORDS = (
    rf"(?:[A-Za-z][\w'’-]*\s+)*?{_OFFICE_HEAD}(?:\s+(?:of|for|to|the|and|[A-Z][\w'’-]*))*"
)
_CALL_OFFICE = Scan(
    re.compile(rf"\bI call the (?P<office>{_OFFICE_WORDS})"), clues=("I call the ",)
)
_APPOSITIVE = re.compile(
    rf"\bthe\s+(?P<office>(?:[A-Z][\w'’-]*\s+)*?(?:Parliamentary\s+)?{_OFFICE_HEAD}"
    r"(?:\s+(?:of|for|to|the|and|[A-Z][\w'’-]*))*)\s*,\s*$"
)
# Words that end a seat name but are really the start of the next clause.
_SEAT_STOP = re.compile(r"(?:,\s*|\s+)(?:and|of|the|upon)$")

# "the Secretary of State for Health and Social Care", "the shadow Home Secretary":
# capitalised modifiers, a head, then "of/for/to" phrases of capitalised words.
_CAP = r"[A-Z][\w'’-]*"
_SP = r"[^\S\n]+"  # white space within a line
_OFFICE_TAIL = rf"(?:\s+(?:of|for|to)\s+(?:the\s+)?{_CAP}(?:(?:,\s*|\s+and\s+|\s+){_CAP})*)*"
_OFFICE_KEYS = (
    "Secretary",
    "Minister",
    "Chancellor",
    "Leader",
    "Chair",
    "Whip",
    "General",
    "Speaker",
)
# Before its head word an office holds only capitalised words and spaces ("the shadow Home").
_OFFICE = Scan(
    re.compile(
        rf"[Tt]{_AT_WORD}he\s+(?P<office>(?:shadow\s+)?(?:{_CAP}\s+){{0,3}}?"
        rf"(?:(?:Under-)?Secretary|Minister|Chancellor|Leader|Chair|Chairman|Chief Whip|Attorney General|"
        rf"Solicitor General|Paymaster General|Speaker|Deputy Speaker){_OFFICE_TAIL})"
        r"(?:\s+(?:himself|herself))?(?![\w-])"
    ),
    clues=_OFFICE_KEYS,
    anchor=re.compile("|".join(_OFFICE_KEYS)),
    barrier=re.compile(r"[^\w'’\-\s]"),
)
_VOCATIVE = Scan(
    re.compile(r"(?:\byou,\s*)?\b(?:Mr|Madam)\.?\s+(?:Deputy\s+)?Speaker\b"),
    clues=("Speaker",),
    anchor=re.compile("Speaker"),
    barrier=re.compile(r"[^A-Za-z.,\s]"),
)

# The pronoun patterns open with their first letter, not "\b", so ``re`` can skip ahead to
# the letters a match can start with; "(?<!\w\w)" after that letter is the "\b" before it.
# Same matches as r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)\b(?!['’]\w)|\bI(?=['’](?:m|ve|d|ll)\b)"
# and r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b", 3-4x faster.
_SELF = re.compile(
    r"[IMm](?<!\w\w)(?:(?<=I)|(?<=[Mm])(?:e|y|yself|ine))\b(?!['’]\w)"
    r"|I(?<!\w\w)(?=['’](?:m|ve|d|ll)\b)"
)
_NOT_PRONOUN_I = re.compile(
    r"(?:Part|Schedule|War|Annex|Phase|Tier|Class|Chapter|Title|Type|Article|Volume|Book|"
    r"Stage|Category|Level|Grade|Henry|George|Elizabeth|James|Charles|William|Edward|Mary)\s+$"
)
_THIRD = re.compile(r"[HhSs](?<!\w\w)(?:(?<=[Hh])(?:e|im|is|imself|er|ers|erself)|(?<=[Ss])he)\b")
_NOT_THIRD = re.compile(r"\s+(?:Majesty|Royal\s+Highness|Excellency|Holiness)\b")
_QUOTE = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)

# r"\b(?:Professor|Prof\.|Baroness|Lord|Lady|Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss)", letter first
_HONORIFIC = (
    rf"(?:P{_AT_WORD}(?:rofessor|rof\.)|B{_AT_WORD}aroness|L{_AT_WORD}(?:ord|ady)|S{_AT_WORD}ir"
    rf"|D{_AT_WORD}(?:ame|r\.?)|M{_AT_WORD}(?:r\.?|rs\.?|s\.?|iss))"
)
_NOT_NAME = (
    r"(?:Speaker|Deputy|Chancellor|President|Justice|Chief|Advocate|Privy|Mayor|Chairman|"
    r"Chair|Lieutenant|Commissioner|Bishop|Attorney|Solicitor)\b"
)
_PERSON = Scan(
    re.compile(
        rf"{_HONORIFIC}\s+(?!{_NOT_NAME})(?P<name>{_CAP}(?:\s+(?:{_PARTICLE}\s+|of\s+)?{_CAP})*)"
    ),
    clues=("Prof", "Baroness", "Lord", "Lady", "Sir", "Dame", "Dr", "Mr", "Ms", "Miss"),
)
_POST_NOMINAL = Scan(
    re.compile(rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}}),?\s+(?:KC|QC)\b"), clues=("KC", "QC")
)
_CONSTITUENT = Scan(
    re.compile(rf"\bconstituents?,?\s+(?P<name>{_CAP}(?:\s+{_CAP})?)"), clues=("constituent",)
)

_RUN = re.compile(
    rf"{_CAP}(?:{_SP}(?:(?:of|for|on|the|and(?!{_SP}the\b)){_SP})*(?:\([^()\n]{{1,80}}\){_SP})?{_CAP})*"
)
_LIST_TAIL = re.compile(rf"(?:,{_SP}{_CAP})+(?:,?{_SP}and{_SP}{_CAP})")
_ORG_HEADS = frozenset(
    [
        "Office",
        "Council",
        "Agency",
        "Service",
        "Services",
        "Commission",
        "Committee",
        "Department",
        "Inspectorate",
        "Police",
        "Authority",
        "Board",
        "Trust",
        "Bank",
        "Treasury",
        "Executive",
        "Ministry",
        "Court",
        "Tribunal",
        "Party",
        "Union",
        "Association",
        "Institute",
        "Foundation",
        "Society",
        "Constabulary",
        "Corporation",
        "University",
        "College",
        "Parliament",
        "Assembly",
        "Government",
        "Taskforce",
        "Ombudsman",
        "Regulator",
    ]
)
_ORG_OPENERS = frozenset(
    ["Department", "Ministry", "Office", "Bank", "Committee", "Commission", "Court"]
)
_LAW_HEADS = frozenset({"Bill", "Act"})
_RUN_STOP = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "A",
        "An",
        "Our",
        "My",
        "His",
        "Her",
        "Their",
        "Its",
        "Your",
        "As",
        "In",
        "On",
        "At",
        "For",
        "If",
        "When",
        "While",
        "But",
        "And",
        "So",
        "Why",
        "What",
        "Which",
        "Who",
        "How",
        "Will",
        "Would",
        "Does",
        "Do",
        "Did",
        "Is",
        "Are",
        "Was",
        "It",
        "We",
        "I",
        "He",
        "She",
        "They",
        "There",
        "Since",
        "Although",
        "Though",
        "Every",
        "Any",
        "Some",
        "No",
        "Not",
        "Yes",
        "Let",
        "Today",
        "Yesterday",
        "Also",
        "Under",
        "Over",
        "After",
        "Before",
        "Through",
        "With",
        "Without",
        "From",
        "By",
        "To",
        "Of",
        "Can",
        "Could",
        "Should",
        "May",
        "Might",
        "Must",
        "Have",
        "Has",
        "Had",
        "Given",
        "Both",
        "Each",
        "All",
        "Many",
        "Most",
        "Last",
        "Next",
        "First",
        "Second",
        "Third",
        "Finally",
        "Indeed",
        "However",
        "Order",
        "Obviously",
        "Clearly",
    ]
)
_LOWER_BILL = Scan(
    re.compile(rf"[Tt]{_AT_WORD}he\s+(?P<mods>(?:[a-z][\w-]*\s+){{1,5}})Bill\b"), clues=("Bill",)
)
_LOWER_STOP = frozenset(
    [
        "draft",
        "new",
        "this",
        "that",
        "same",
        "whole",
        "current",
        "previous",
        "original",
        "amended",
        "present",
        "above",
        "said",
        "government",
        "private",
        "proposed",
        "forthcoming",
        "relevant",
        "entire",
    ]
)
_FUNCTION_WORDS = frozenset(
    ["of", "the", "a", "an", "on", "in", "to", "for", "by", "with", "from", "at", "that", "this"]
)
_NAMED_LAW = Scan(
    re.compile(rf"\b(?P<det>[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}})?(?P<name>{_CAP})\s+law\b"),
    clues=("law",),
)
_LAW_STOP = frozenset(
    [
        "European",
        "English",
        "Scottish",
        "Welsh",
        "British",
        "International",
        "Irish",
        "Northern",
        "EU",
        "UK",
        "Common",
        "Case",
        "Family",
        "Criminal",
        "Islamic",
        "Sharia",
        "Roman",
        "Domestic",
        "Civil",
        "Employment",
        "Planning",
        "Our",
        "The",
        "This",
        "That",
        "Any",
        "No",
        "New",
        "Current",
        "Existing",
        "Such",
    ]
)
#: Places every text may name; callers add a gazetteer (e.g. constituency towns).
NATIONS = frozenset(
    {
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Ireland",
        "Great Britain",
        "Britain",
        "United Kingdom",
        "UK",
        "Europe",
        "London",
    }
)


_EMPHATIC = re.compile(r"\s+(?:himself|herself)\b")
_YEAR = re.compile(r"\s+\d{4}\b")


_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|for|to|the|and))+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_YOU = re.compile(r"^you,\s*")


def _trim_office(office: str) -> str:
    return _TRAILING_SMALL.sub("", office.strip())


def _strip_full_stop(name: str) -> str:
    """Drop a sentence's full stop from a name, but keep an initial's ("A. N. Other")."""
    last = name.rsplit(None, 1)[-1]
    return name[:-1] if name.endswith(".") and len(last) > 2 else name


def _clean_name(name: str) -> str:
    return _strip_full_stop(_POSSESSIVE.sub("", name))


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _mention(text: str, start: int, end: int, kind: str, **fields: object) -> Mention:
    return Mention(span=Span(start, end), exact=text[start:end], kind=kind, **fields)  # type: ignore[arg-type]


# --- members -------------------------------------------------------------------


def _members_for(text: str) -> Iterator[Mention]:
    for m in _MEMBER_FOR.finditer(text):
        seat = _SEAT_STOP.sub("", m["seat"]).rstrip(",. ")
        name = m["name"]
        end = m.end() if name else m.start("seat") + len(seat)
        before = text[max(0, m.start() - 160) : m.start()]
        # the pattern ends with a comma (and spaces): most texts before a seat do not
        appositive = _APPOSITIVE.search(before) if before.rstrip().endswith(",") else None
        yield Mention(
            span=Span(m.start(), end),
            exact=text[m.start() : end],
            kind="member-for",
            name=name,
            constituency=seat,
            office=_trim_office(appositive["office"]) if appositive else None,
            confidence=1.0 if name else 0.8,
        )
    for m in _MEMBERS_FOR.finditer(text):
        # the shared "the hon. Members for" goes with the first seat of the list
        pos, first = m.end(), True
        while item := _LIST_ITEM.match(text, pos):
            seat = item["seat"]
            begin = m.start() if first else item.start("seat")
            if not first and text[item.start() : item.start("seat")].strip(", ").startswith(
                ("and for", "for")
            ):
                begin = item.start("seat") - len("for ")
            yield _mention(
                text, begin, item.end(), "member-for", name=item["name"], constituency=seat
            )
            pos, first = item.end(), False


def _member_refs(text: str) -> Iterator[Mention]:
    for m in _MEMBER_REF.finditer(text):
        end = m.end()
        tail = _EMPHATIC.match(text, end)
        if tail:
            end = tail.end()
        yield _mention(text, m.start(), end, "member-ref", confidence=0.7)


def _calls(text: str) -> Iterator[Mention]:
    for m in _CALL.finditer(text):
        name = _strip_full_stop(m["name"])
        start = m.start("name")
        yield _mention(text, start, start + len(name), "call", name=name)
    for m in _CALL_OFFICE.finditer(text):
        office = _trim_office(m["office"])
        start = m.start("office") - len("the ")
        end = m.start("office") + len(office)
        yield _mention(text, start, end, "call-office", office=office)


def _offices(text: str) -> Iterator[Mention]:
    for m in _OFFICE.finditer(text):
        office = _trim_office(m["office"])
        # an emphatic "himself" belongs to the phrase ("the Prime Minister himself")
        end = m.end() if office == m["office"] else m.start("office") + len(office)
        yield _mention(text, m.start(), end, "office", office=office, confidence=0.8)
    for m in _VOCATIVE.finditer(text):
        office = _YOU.sub("", m.group())
        yield _mention(text, m.start(), m.end(), "office", office=office, confidence=0.9)


#: Confidence of a pronoun mention, by kind.
_PRONOUN_CONFIDENCE = {"self": 0.9, "pronoun": 0.6}


def _pronouns(text: str, quoted: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each "I"/"my" (``self``) and "he"/"her" (``pronoun``).

    Spans, not mentions: most pronouns are dropped for overlapping a longer mention,
    and a speech holds hundreds, so a mention is made only for the ones kept.
    """
    for m in _SELF.finditer(text):
        start, end = m.span()
        # (search with pos/endpos: the 12 characters before, without copying them)
        if (
            text[start] == "I"
            and end - start == 1
            and _NOT_PRONOUN_I.search(text, max(0, start - 12), start)
        ):
            continue
        if not (quoted and _inside(start, end, quoted)):
            yield start, end, "self"
    for m in _THIRD.finditer(text):
        start, end = m.span()
        if _NOT_THIRD.match(text, end) or (quoted and _inside(start, end, quoted)):
            continue
        yield start, end, "pronoun"


# --- people, bodies, laws, places ------------------------------------------------------


def _people(text: str) -> Iterator[Mention]:
    for m in _PERSON.finditer(text):
        end = m.start("name") + len(_clean_name(m["name"]))
        yield _mention(text, m.start(), end, "person", name=text[m.start() : end], confidence=0.9)
    for m in _POST_NOMINAL.finditer(text):
        if m["name"].split()[0] in _RUN_STOP:
            continue
        yield _mention(text, m.start(), m.end(), "person", name=m.group(), confidence=0.9)
    for m in _CONSTITUENT.finditer(text):
        if m["name"].split()[0] in _RUN_STOP:
            continue
        yield _mention(text, m.start("name"), m.end("name"), "constituent", name=m["name"])


def _runs(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """Maximal capitalised phrases, without a leading function word ("The", "This")."""
    for m in _RUN.finditer(text):
        start, words = m.start(), m.group().split()
        while words and words[0] in _RUN_STOP:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if words:
            yield start, m.end(), words


def _things(text: str, places: frozenset[str]) -> Iterator[Mention]:
    for start, end, words in _runs(text):
        last = words[-1]
        head, _, rest = last.partition("-")  # "Home Office-funded"
        if rest and head in _ORG_HEADS:
            end -= len(rest) + 1
            last = head
        phrase = text[start:end]
        if last in _LAW_HEADS and len(words) > 1:
            year = _YEAR.match(text, end)
            end = year.end() if year else end
            yield _mention(text, start, end, "legislation", name=text[start:end])
            continue
        if words[0] in _ORG_OPENERS and (more := _LIST_TAIL.match(text, end)):
            end = more.end()  # "Department for Business, Innovation and Skills"
            phrase = text[start:end]
        if len(words) > 1 and (last in _ORG_HEADS or words[0] in _ORG_OPENERS):
            if last == "Government" and len(words) != 2:
                continue
            yield _mention(text, start, end, "organisation", name=phrase, confidence=0.8)
        elif phrase in places or phrase in NATIONS:
            yield _mention(text, start, end, "place", name=phrase, confidence=0.8)
    for m in _LOWER_BILL.finditer(text):
        mods = m["mods"].split()
        if any(w in _LOWER_STOP or w in _FUNCTION_WORDS for w in mods):
            continue
        yield _mention(
            text, m.start("mods"), m.end(), "legislation", name=text[m.start("mods") : m.end()]
        )
    for m in _NAMED_LAW.finditer(text):
        word = m["name"]
        if word in _LAW_STOP or word in _RUN_STOP:
            continue
        if not (word.endswith(("’s", "'s")) or m["det"]):
            continue
        yield _mention(
            text, m.start("name"), m.end(), "legislation", name=text[m.start("name") : m.end()]
        )


# --- putting it together ----------------------------------------------------------

#: Which kind wins when two mentions overlap (earlier wins).
_PRIORITY = (
    "member-for",
    "call",
    "call-office",
    "office",
    "member-ref",
    "person",
    "constituent",
    "legislation",
    "organisation",
    "place",
)


_RANK = {k: i for i, k in enumerate(_PRIORITY)}
_COMMA = re.compile(r"\s*,\s*")
_BRACKET = re.compile(r"\s*\(")


def _appositives(found: list[Mention], text: str) -> set[tuple[int, int]]:
    """Offices in apposition to a named member: part of that mention, not another one."""
    anchors = {m.span.start for m in found if m.kind == "member-for"}
    spans: set[tuple[int, int]] = set()
    for m in sorted(found, key=lambda x: -x.span.start):
        if m.kind != "office":
            continue
        # (matched in place: a slice would copy the rest of the speech for every office)
        comma = _COMMA.match(text, m.span.end)
        if (comma and comma.end() in anchors) or _BRACKET.match(text, m.span.end):
            anchors.add(m.span.start)
            spans.add((m.span.start, m.span.end))
    return spans


def find_mentions(text: str, *, places: Iterable[str] = ()) -> tuple[Mention, ...]:
    """Every mention in ``text``, sorted by position.

    ``places`` is a gazetteer: a capitalised phrase that is exactly one of them is a place.
    """
    quoted = _quoted(text)
    candidates = [
        *_members_for(text),
        *_calls(text),
        *_offices(text),
        *_member_refs(text),
        *_people(text),
        *_things(text, frozenset(places)),
    ]
    appositives = _appositives(candidates, text)
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = sorted(appositives)
    ordered = sorted(
        candidates, key=lambda m: (_RANK[m.kind], m.span.start, -(m.span.end - m.span.start))
    )
    for m in ordered:
        if (m.span.start, m.span.end) in appositives:
            continue
        if m.span.end <= m.span.start or _overlaps(m.span.start, m.span.end, taken):
            continue
        chosen.append(m)
        taken.append((m.span.start, m.span.end))
    starts = {m.span.start for m in chosen}
    for start, end, kind in _pronouns(text, quoted):
        # a possessive that opens a reference ("my hon. Friend") is its own mention
        nested_ok = kind == "self" and start in starts
        if nested_ok or not _overlaps(start, end, taken):
            chosen.append(_mention(text, start, end, kind, confidence=_PRONOUN_CONFIDENCE[kind]))
    return tuple(sorted(chosen, key=lambda x: (x.span.start, x.span.end, x.kind)))
