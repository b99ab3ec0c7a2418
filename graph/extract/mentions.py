"""Find references to members, and to offices, inside a speech's text.

Patterns, in the order Hansard uses them most:

* ``member-for`` — "my hon. Friend the Member for Birmingham Yardley (Jess
  Phillips)": a seat and, usually, the name in brackets.  An office in
  apposition just before it ("the Under-Secretary of State for the Home
  Department, my hon. Friend the Member for …") is kept as ``office``.
* ``call`` — the chair calling a member by name: "I call Jim Shannon."
* ``call-office`` — the chair calling an office: "I call the shadow Home Secretary."

Spans are offsets into the text given.  The extractor only reads the text;
linking a seat with no name to a person is the builder's job.

>>> [(m.kind, m.name, m.constituency) for m in find_mentions("I call Jim Shannon.")]
[('call', 'Jim Shannon', None)]
"""

from __future__ import annotations

import re

from graph.records import Mention, Span

_WORD = r"[A-Z][\w'’.-]*"
_CONNECTOR = r"(?:and|upon|of|the)"
_SEAT = rf"{_WORD}(?:(?:,\s*|\s+)(?:{_CONNECTOR}\s+)*{_WORD})*"
_PARTICLE = r"(?:de|van|von|der|la|le|du|da|di|bin|al)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})+"
_REFERRER = (
    r"(?:(?:my|the|her|his|our|your)\s+(?:right\s+)?hon(?:\.|ourable)\s+"
    r"(?:and\s+(?:learned|gallant|reverend)\s+)?(?:Friend|Lady|Gentleman|Member)\s+"
    r"(?:the\s+(?:right\s+hon\.\s+)?Member\s+)?"
    r"|(?:the\s+)?(?:right\s+)?(?:hon\.\s+)?Member\s+)"
)
_MEMBER_FOR = re.compile(rf"{_REFERRER}for\s+(?P<seat>{_SEAT})(?:\s+\((?P<name>{_NAME})\))?")
_CALL = re.compile(rf"\bI call (?!the\b)(?P<name>{_NAME})")
_OFFICE_HEAD = r"(?:(?:Under-)?Secretary|Minister|Chancellor|Leader|Chair|Chairman|Whip|Attorney General|Solicitor General|Paymaster General|Speaker|President)"
_OFFICE_WORDS = (
    rf"(?:[A-Za-z][\w'’-]*\s+)*?{_OFFICE_HEAD}(?:\s+(?:of|for|to|the|and|[A-Z][\w'’-]*))*"
)
_CALL_OFFICE = re.compile(rf"\bI call the (?P<office>{_OFFICE_WORDS})")
_APPOSITIVE = re.compile(
    rf"\bthe\s+(?P<office>(?:[A-Z][\w'’-]*\s+)*?(?:Parliamentary\s+)?{_OFFICE_HEAD}"
    r"(?:\s+(?:of|for|to|the|and|[A-Z][\w'’-]*))*)\s*,\s*$"
)
# Words that end a seat name but are really the start of the next clause.
_SEAT_STOP = re.compile(r"(?:,\s*|\s+)(?:and|of|the|upon)$")


def _trim_office(office: str) -> str:
    return re.sub(r"(?:\s+(?:of|for|to|the|and))+$", "", office.strip())


def _strip_full_stop(name: str) -> str:
    """Drop a sentence's full stop from a name, but keep an initial's ("A. N. Other")."""
    last = name.rsplit(None, 1)[-1]
    return name[:-1] if name.endswith(".") and len(last) > 2 else name


def find_mentions(text: str) -> tuple[Mention, ...]:
    """Every mention in ``text``, sorted by position."""
    found: list[Mention] = []
    for m in _MEMBER_FOR.finditer(text):
        seat = _SEAT_STOP.sub("", m["seat"]).rstrip(",. ")
        name = m["name"]
        end = m.end() if name else m.start("seat") + len(seat)
        before = text[max(0, m.start() - 160) : m.start()]
        appositive = _APPOSITIVE.search(before)
        found.append(
            Mention(
                span=Span(m.start(), end),
                exact=text[m.start() : end],
                kind="member-for",
                name=name,
                constituency=seat,
                office=_trim_office(appositive["office"]) if appositive else None,
                confidence=1.0 if name else 0.8,
            )
        )
    for m in _CALL.finditer(text):
        name = _strip_full_stop(m["name"])
        start = m.start("name")
        found.append(
            Mention(
                span=Span(start, start + len(name)),
                exact=name,
                kind="call",
                name=name,
            )
        )
    for m in _CALL_OFFICE.finditer(text):
        office = _trim_office(m["office"])
        start = m.start("office") - len("the ")
        end = m.start("office") + len(office)
        found.append(
            Mention(
                span=Span(start, end),
                exact=text[start:end],
                kind="call-office",
                office=office,
            )
        )
    return tuple(sorted(found, key=lambda x: (x.span.start, x.span.end, x.kind)))
