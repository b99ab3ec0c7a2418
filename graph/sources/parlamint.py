"""Reader for ParlaMint TEI sittings (one ``<TEI>`` file per sitting of one House).

A sitting's ``<body>`` holds ``<div type="debateSection">`` elements; each
``<head>`` titles the speeches (``<u who="#DavidRutley" ana="#regular">``) that
follow it, up to the next ``<head>`` or the end of the ``<div>``.  A ``<div>``
without a ``<head>`` (ParlaMint samples cut sittings with
``<gap reason="editorial">``) becomes a debate titled ``"(no heading)"`` rather
than borrowing a title that may not be its own.  A speech right after a
``<gap>`` (within its debate) has ``after_gap`` set.

A speech's text is its ``<seg>`` paragraphs joined by blank lines; ``<note>``,
``<gap>``, ``<vocal>``, ``<kinesic>`` and ``<incident>`` (transcribers'
remarks) are kept out.  ``source_person_id`` is the ``who`` id without ``#``;
``speech_type`` is the ``ana`` role without ``#`` ("chair", "regular", …).

Speaker names come from the corpus's person list when it can be found beside
the sitting: ``<corpus>-listPerson.xml`` (e.g. ``ParlaMint-GB-listPerson.xml``)
in the sitting's folder or the one above it, as the corpus root includes it.
Otherwise (or for a person missing from the list) the ``who`` id is split at
its capitals: ``#DavidRutley`` → "David Rutley".

Only sittings are transcripts.  The corpus root (``<teiCorpus>``) just
XIncludes the sittings, which a folder walk reads anyway, so it is refused with
a :class:`SourceError` that says so; so are the person and organisation lists
(``<listPerson>``, ``<listOrg>``), which are registry inputs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from graph.errors import SourceError
from graph.records import Debate, SourceDocument, SpeakerRef, Speech, Transcript
from graph.sources.safe_xml import Element, local_name, parse, root_name, text_of, xml_id

NAME = "parlamint"

TEI_NS = "http://www.tei-c.org/ns/1.0"
NO_HEADING = "(no heading)"

_NOT_SITTINGS = {
    "teiCorpus": "a ParlaMint corpus root (teiCorpus) that only includes other files; "
    "read its sitting files instead",
    "listPerson": "a ParlaMint person list (listPerson), not a transcript",
    "listOrg": "a ParlaMint organisation list (listOrg), not a transcript",
}
_LEFT_OUT = frozenset({"note", "gap", "vocal", "kinesic", "incident", "desc"})
#: ``ana`` codes of ``<meeting>`` -> house.
_HOUSES = {"parla.lower": "House of Commons", "parla.upper": "House of Lords"}
_GENERIC_PLACES = frozenset({"westminster", "london"})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_MAC = re.compile(r"\b(Ma?c) (?=[A-Z])")


def sniff(head: bytes) -> bool:
    """Any TEI root ParlaMint uses, so that non-sittings get a clear refusal from :func:`read`."""
    found = root_name(head)
    return found is not None and found[0] == TEI_NS and found[1] in {"TEI", *_NOT_SITTINGS}


@dataclass(slots=True)
class _Section:
    title: str | None
    source_id: str | None
    line: int | None
    speeches: list[Speech] = field(default_factory=list)


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    root = parse(path, data)
    kind = local_name(root)
    if kind in _NOT_SITTINGS:
        raise SourceError(path, f"this is {_NOT_SITTINGS[kind]}")
    if kind != "TEI":
        raise SourceError(path, f"expected a ParlaMint <TEI> sitting, found <{kind}>")
    day = _date(path, root)
    house, location = _house_and_place(root)
    names = _person_names(path, xml_id(root))
    sections: list[_Section] = []
    body = next(root.iter(f"{{{TEI_NS}}}body"), None)
    if body is None:
        raise SourceError(path, "no <body> in this TEI file")
    after_gap = False
    for element in body.iter(
        f"{{{TEI_NS}}}div", f"{{{TEI_NS}}}head", f"{{{TEI_NS}}}u", f"{{{TEI_NS}}}gap"
    ):
        tag = local_name(element)
        if tag == "div":
            sections.append(_Section(None, xml_id(element), element.sourceline))
        elif tag == "gap":
            after_gap = True
        elif tag == "head":
            if not sections or sections[-1].speeches or sections[-1].title is not None:
                sections.append(_Section(None, None, None))
            section = sections[-1]
            section.title = text_of(element) or None
            section.source_id = xml_id(element) or section.source_id
            section.line = element.sourceline
            after_gap = False  # a gap before a heading belongs to the previous debate
        elif tag == "u":
            if not sections:
                sections.append(_Section(None, None, element.sourceline))
            speeches = sections[-1].speeches
            speeches.append(_speech(element, len(speeches) + 1, after_gap, names))
            after_gap = False
    debates = [
        Debate(
            ordinal=i,
            title=s.title or NO_HEADING,
            date=day,
            house=house,
            location=location,
            speeches=tuple(s.speeches),
            source_id=s.source_id,
            line=s.line,
        )
        for i, s in enumerate((s for s in sections if s.speeches), start=1)
    ]
    if not debates:
        raise SourceError(path, "no utterances (<u>) found in this TEI sitting")
    return Transcript(source=source, debates=tuple(debates))


def _speech(u: Element, position: int, after_gap: bool, names: dict[str, str]) -> Speech:
    who = (u.get("who") or "").strip().removeprefix("#") or None
    name = (names.get(who) or split_camel(who)) if who else None
    paragraphs = [text_of(seg, _LEFT_OUT) for seg in u.iter(f"{{{TEI_NS}}}seg")]
    role = (u.get("ana") or "").strip()
    return Speech(
        position=position,
        speaker=SpeakerRef(name=name, attribution=name or "", source_person_id=who),
        text="\n\n".join(p for p in paragraphs if p),
        after_gap=after_gap,
        source_id=xml_id(u),
        speech_type=" ".join(r.removeprefix("#") for r in role.split()) or None,
    )


def split_camel(person_id: str) -> str:
    """A display name from a ParlaMint person id, when no person list gives one.

    >>> split_camel("DavidRutley")
    'David Rutley'
    >>> split_camel("JacobRees-Mogg")
    'Jacob Rees-Mogg'
    >>> split_camel("StephenMcPartland")
    'Stephen McPartland'
    """
    return _MAC.sub(r"\1", _CAMEL.sub(" ", person_id))


def _date(path: Path, root: Element) -> date | None:
    setting = next(root.iter(f"{{{TEI_NS}}}setting"), None)
    when = None
    if setting is not None:
        for element in setting.iter(f"{{{TEI_NS}}}date"):
            when = element.get("when")
            if when:
                break
    if not when:
        return None
    try:
        return date.fromisoformat(when[:10])
    except ValueError:
        raise SourceError(path, f"not a real date in the TEI header: {when!r}") from None


def _house_and_place(root: Element) -> tuple[str | None, str | None]:
    house = None
    for meeting in root.iter(f"{{{TEI_NS}}}meeting"):
        for code in (meeting.get("ana") or "").split():
            house = house or _HOUSES.get(code.removeprefix("#"))
    place = None
    setting = next(root.iter(f"{{{TEI_NS}}}setting"), None)
    if setting is not None:
        for name in setting.iter(f"{{{TEI_NS}}}name"):
            text = text_of(name)
            if name.get("type") == "place" and text.lower() not in _GENERIC_PLACES:
                place = text
    return house, place


# --- speaker names from the corpus's person list ------------------------------------


def _person_names(path: Path, sitting_id: str | None) -> dict[str, str]:
    """``{person id: "Forename Surname"}`` from ``<corpus>-listPerson.xml`` near the sitting."""
    corpus = (sitting_id or path.stem).partition("_")[0]
    if not corpus:
        return {}
    for folder in (path.parent, path.parent.parent):
        candidate = folder / f"{corpus}-listPerson.xml"
        if candidate.is_file():
            stat = candidate.stat()
            return dict(_read_person_list(candidate.resolve(), stat.st_mtime_ns, stat.st_size))
    return {}


@lru_cache(maxsize=4)
def _read_person_list(path: Path, mtime_ns: int, size: int) -> tuple[tuple[str, str], ...]:
    """Cached by file identity: a corpus folder has hundreds of sittings and one list."""
    del mtime_ns, size  # part of the cache key only
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    root = parse(path, data)
    names: list[tuple[str, str]] = []
    for person in root.iter(f"{{{TEI_NS}}}person"):
        person_id = xml_id(person)
        pers_name = next(person.iter(f"{{{TEI_NS}}}persName"), None)
        if not person_id or pers_name is None:
            continue
        parts = [
            text_of(part)
            for part in pers_name.iter(f"{{{TEI_NS}}}forename", f"{{{TEI_NS}}}surname")
        ]
        name = " ".join(p for p in parts if p) or text_of(pers_name)
        if name:
            names.append((person_id, name))
    return tuple(names)
