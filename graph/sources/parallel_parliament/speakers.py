"""Speaker lines: finding them, and reading each label into name, office, seat and party.

A speaker line is ``<Name> Portrait <label>`` followed by a marker line (``- View
Speech - Hansard - - - Excerpts``); "whitespace" copies print ``Name (Party)`` between
blank lines instead, and flattened copies may keep a bare "Dr Savage".  A page cut
short may end inside a speaker line, which is then no part of the page.
"""

from __future__ import annotations

import re

from graph.records import SpeakerRef
from graph.sources.parallel_parliament.lines import (
    MARKER,
    NAME_PARTY,
    RELATIVE_DATE,
    SPEAKER,
    Line,
    blank,
)
from graph.vocab.names import (
    HONORIFICS,
    PEERAGE,
    is_peerage,
    person_name_key,
    surname_key,
    trailing_groups,
)
from graph.vocab.parties import party

_MARKER_WORDS = ("View", "Speech", "Hansard", "Excerpts", "-")


def cut_marker(text: str) -> bool:
    """A marker line cut off by the end of the page: ``- View Speech - Hansard - - - Excer``."""
    words = text.split()
    return (
        len(words) > 1
        and words[0] == "-"
        and all(any(m.startswith(w) for m in _MARKER_WORDS) for w in words[1:])
    )


def speaker_lines(lines: list[Line]) -> list[bool]:
    """For each line, whether it is a speaker line: one that matches the speaker pattern
    and whose next non-blank line is a marker line, or that the page's end cuts off
    before its marker (nothing after it but a piece of one).

    One pass from the end: the readers ask about every line, some more than once, and
    the pattern is slow to reject a long line of text (the literal test spares it).
    """
    flags = [False] * len(lines)
    marker_next = True  # after the last line: the end of the page
    at_end = True
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        flags[i] = marker_next and " Portrait " in text and SPEAKER.match(text) is not None
        if text.strip():
            marker_next = MARKER.match(text) is not None or (at_end and cut_marker(text))
            at_end = False
    return flags


def whitespace_speakers(lines: list[Line]) -> list[bool]:
    """Speaker lines of a page copied without ``Portrait``: ``Name (Party)`` lines set
    between blank lines, on a page whose debates start at an age line."""
    if not any(RELATIVE_DATE.match(line.text.strip()) for line in lines):
        return [False] * len(lines)
    flags = [False] * len(lines)
    for i, line in enumerate(lines):
        label = line.text.strip()
        if not blank(lines, i - 1) or not blank(lines, i + 1):
            continue
        m = NAME_PARTY.match(label)
        if m and party(trailing_groups(label)[1][-1]) is not None:
            flags[i] = True
    return flags


def _same_name(printed: str, name: str) -> bool:
    """Whether ``printed`` names the person the site calls ``name``: the same name, or
    the same surname (or peer's title) with other forms of the first name or none."""
    if not printed or not name:
        return False
    if person_name_key(printed) == person_name_key(name):
        return True
    return bool(surname_key(printed)) and surname_key(printed) == surname_key(name)


def speaker_ref(name: str, label: str, *, peer: bool | None = None) -> SpeakerRef:
    """The speaker line ``name Portrait label`` as name, office, seat and party.

    >>> speaker_ref("Lord Dubs", "Lord Dubs (Lab)")
    SpeakerRef(name='Lord Dubs', attribution='Lord Dubs (Lab)', office=None, constituency=None, party='Lab', source_person_id=None)
    >>> speaker_ref("Ian Murray", "Mr Murray").office is None
    True
    >>> speaker_ref("Lindsay Hoyle", "Mr Speaker").office
    'Mr Speaker'
    >>> r = speaker_ref("Baroness Merron", "The Parliamentary Under-Secretary of State, "
    ...     "Department of Health and Social Care (Baroness Merron) (Lab)")
    >>> r.office, r.party
    ('The Parliamentary Under-Secretary of State, Department of Health and Social Care', 'Lab')
    """
    head, groups = trailing_groups(label)
    is_peer = peer if peer is not None else is_peerage(name) or is_peerage(head)
    if groups and groups[-1].casefold() == "in the chair" and _same_name(head, name):
        return SpeakerRef(name=name, attribution=label, office="Chair")  # not a seat
    tag = None
    if groups and (
        party(groups[-1]) is not None
        or (is_peer and not _same_name(groups[-1], name) and len(groups[-1].split()) <= 3)
    ):
        tag = groups.pop()
    if groups and _same_name(groups[-1], name) and not _same_name(head, name):
        # "The Minister of State, Home Office (Lord Hanson of Flint)": an office, then the name
        cut = label.rfind(f"({groups[-1]})", 0, label.rfind(f"({tag})") if tag else len(label))
        office = label[:cut].strip() or None
        return SpeakerRef(name=name, attribution=label, office=office, party=tag)
    if _same_name(head, name) or (not head and not groups):
        seat = groups[0] if groups and not is_peer else None
        return SpeakerRef(name=name, attribution=label, constituency=seat, party=tag)
    if head and not groups:
        # "Mr Speaker", "The Deputy Prime Minister": an office without the name
        return SpeakerRef(name=name, attribution=label, office=head, party=tag)
    if groups:  # an office and a name the site spells otherwise
        return SpeakerRef(name=name, attribution=label, office=head or None, party=tag)
    return SpeakerRef(name=name, attribution=label, party=tag)


#: Words a speaker label can open with: a form of address, a title or rank.
_TITLES = frozenset(HONORIFICS | PEERAGE) - {"the", "rt", "right", "hon", "hon.", "honourable"}
_ADDRESS = _TITLES | {"the", "madam"}


def bare_speaker(text: str) -> bool:
    """A bare speaker line a flattened copy may keep: "Dr Savage", "Lord Bach of X".

    >>> bare_speaker("Dr Savage"), bare_speaker("Baroness Smith of Malvern"), bare_speaker("Mr O’Brien")
    (True, True, True)
    >>> bare_speaker("Dr Savage said so."), bare_speaker("Savage")
    (False, False)
    """
    words = text.split()
    return (
        2 <= len(words) <= 6
        and words[0].casefold() in _TITLES
        and all(
            w == "of" or (w[0].isupper() and re.sub(r"[-'’]", "", w).isalpha()) for w in words[1:]
        )
    )


def cut_speaker_line(text: str, lines: list[Line], speakers: list[bool]) -> int:
    """Where the page's lines end once a speaker line cut off by its end is left out.

    A page that stops inside a speaker line (``Angela Rayn``, ``Angela Rayner Portrait
    The Deputy Pri``) shows no speaker: the cut line is dropped.  It is recognised only
    when the file ends inside that line (no line break after it) and the line is a
    piece of a fuller one: the start of another speaker line on the page, a label cut
    after its first word ("… Portrait The"), or the start of another label given to the
    same name, cut inside a word.  A complete line, even as the page's last, stays.
    """
    if not lines or text.endswith(("\n", "\r")):
        return len(lines)
    last = len(lines) - 1
    line = lines[last].text.strip()
    if not line:
        return len(lines)
    others = [lines[i].text.strip() for i in range(last) if speakers[i]]
    if speakers[last]:
        m = SPEAKER.match(lines[last].text)
        assert m is not None
        label = m["attribution"]
        cut = label.casefold() in _ADDRESS or any(
            (o := SPEAKER.match(other)) is not None
            and o["name"] == m["name"]
            and o["attribution"] != label
            and o["attribution"].startswith(label)
            and o["attribution"][len(label)].isalnum()
            for other in others
        )
    else:
        cut = (
            len(line) >= 4
            and last > 0
            and not lines[last - 1].text.strip()
            and any(other.startswith(line) and other != line for other in others)
        )
    return last if cut else len(lines)
