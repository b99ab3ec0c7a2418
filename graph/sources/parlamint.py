"""Reader for ParlaMint TEI sittings (one ``<TEI>`` file per sitting of one chamber).

A sitting's ``<body>`` holds ``<div type="debateSection">`` elements; each
``<head>`` titles the speeches (``<u who="#DavidRutley" ana="#regular">``) that
follow it, up to the next ``<head>`` or the end of the ``<div>``.  A ``<div>``
without a ``<head>`` (ParlaMint samples cut sittings with
``<gap reason="editorial">``) becomes a debate titled ``"(no heading)"`` rather
than borrowing a title that may not be its own.  A speech right after a
``<gap>`` (within its debate) has ``after_gap`` set.

A speech's text is its ``<seg>`` paragraphs joined by blank lines; ``<note>``,
``<gap>``, ``<vocal>``, ``<kinesic>`` and ``<incident>`` (transcribers'
remarks) are kept out.  In a linguistically annotated sitting (``.ana.xml``) a
paragraph is its tokens (``<w>``, ``<pc>``), a space after each but those marked
``join="right"`` ("Authorities, ladies and gentlemen").  ``source_person_id`` is
the ``who`` id without ``#``; ``speech_type`` is the ``ana`` role without ``#``
("chair", "regular", …).

Speaker names come from the corpus's person list when one is published beside the
sitting (:func:`graph.sources.parlamint_corpus.corpus_files`: the list, or the
corpus root that includes it or holds it), in forename–surname order and as they
were on the sitting's date.  Otherwise (or for a person missing from the list) the
``who`` id is made readable: a birth-year suffix is dropped ("PeterPellegrini.1975"),
the parts are split at ``.`` and at capitals in any script ("ZorčičIgor"), and put
in the order the transcriber's speaker note prints them ("IGOR ZORČIČ (PS NP):" gives
"Igor Zorčič").  A ``who`` that is a printed name rather than a reference
("Pellegrini, Peter, predseda NR SR") is read as surname, forename.

The body (``Debate.house``) is the corpus's chamber
(:func:`graph.sources.parlamint_corpus.body_name`): the corpus code in the sitting's
id and the chamber its ``<meeting>`` states, ParlaMint-GB's House ids, else the
org the meeting refers to in the corpus's ``listOrg``, else what the sitting's
English title says it is the minutes of.  ``Transcript.language`` is the root's
``xml:lang``.

Only sittings are transcripts.  The corpus root (``<teiCorpus>``), the person and
organisation lists and the taxonomies are refused with a :class:`SourceError`
that says what they are; a build of the corpus folder reads the sittings the root
includes and takes the lists as the corpus's registry
(:func:`graph.sources.plan`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.records import Debate, SourceDocument, SpeakerRef, Speech, Transcript
from graph.sources import parlamint_corpus as corpus
from graph.sources.safe_xml import (
    XML_NS,
    Element,
    local_name,
    parse,
    root_name,
    squash,
    text_of,
    xml_id,
)

NAME = "parlamint"

TEI_NS = corpus.TEI_NS
NO_HEADING = "(no heading)"

_NOT_SITTINGS = {
    "teiCorpus": "a ParlaMint corpus root (teiCorpus): build its folder, or this file, and "
    "the sittings it includes are read, with its lists as their registry",
    "listPerson": "a ParlaMint person list (listPerson), not a transcript; a build of its "
    "corpus folder imports it as the corpus's registry",
    "listOrg": "a ParlaMint organisation list (listOrg), not a transcript; a build of its "
    "corpus folder imports it as the corpus's registry",
    "taxonomy": "a ParlaMint taxonomy, not a transcript",
}
_LEFT_OUT = frozenset({"note", "gap", "vocal", "kinesic", "incident", "desc"})
_TOKENS = frozenset({"w", "pc"})
_GENERIC_PLACES = frozenset({"westminster", "london"})
_BIRTH_YEAR = re.compile(r"\.\d{4}$")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_MINUTES_OF = re.compile(
    r"^(?:minutes|proceedings|hansards?)\s+of\s+(?:the\s+)?(?P<body>[^,]+)", re.I
)


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
    # each <u> with the speaker note printed before it and whether a gap preceded it
    utterances: list[tuple[Element, str | None, bool]] = field(default_factory=list)


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    root = parse(path, data)
    kind = local_name(root)
    if kind in _NOT_SITTINGS:
        raise SourceError(path, f"this is {_NOT_SITTINGS[kind]}")
    if kind != "TEI":
        raise SourceError(path, f"expected a ParlaMint <TEI> sitting, found <{kind}>")
    day = _date(path, root)
    sitting_id = xml_id(root)
    lists = corpus.lists_for(path, sitting_id)
    house, location = _house_and_place(root, corpus.corpus_code(sitting_id or path.stem), lists)
    sections: list[_Section] = []
    body = next(root.iter(f"{{{TEI_NS}}}body"), None)
    if body is None:
        raise SourceError(path, "no <body> in this TEI file")
    after_gap = False
    printed: str | None = None  # the transcriber's speaker note for the next utterance
    for element in body.iter(
        f"{{{TEI_NS}}}div",
        f"{{{TEI_NS}}}head",
        f"{{{TEI_NS}}}u",
        f"{{{TEI_NS}}}gap",
        f"{{{TEI_NS}}}note",
    ):
        tag = local_name(element)
        if tag == "div":
            sections.append(_Section(None, xml_id(element), element.sourceline))
        elif tag == "gap":
            after_gap = True
        elif tag == "note":
            if element.get("type") == "speaker":
                printed = text_of(element)
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
            sections[-1].utterances.append((element, printed, after_gap))
            after_gap, printed = False, None
    names = _names_from_ids(
        [(u, printed) for s in sections for u, printed, _ in s.utterances], lists.people
    )
    for section in sections:
        for u, _, gap in section.utterances:
            speaker = _speaker(u, lists.people, day, names)
            section.speeches.append(_speech(u, len(section.speeches) + 1, gap, speaker))
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
    language = root.get(f"{{{XML_NS}}}lang") or None
    return Transcript(source=source, debates=tuple(debates), language=language)


def _person_id(u: Element) -> str | None:
    who = (u.get("who") or "").strip()
    if not who.startswith("#"):
        return None
    return who.split()[0].removeprefix("#") or None


def _names_from_ids(
    utterances: list[tuple[Element, str | None]], people: dict[str, corpus.Names]
) -> dict[str, str]:
    """Readable names for the speakers no person list names, by id.

    An id whose parts a speaker note prints ("IGOR ZORČIČ" for "ZorčičIgor") takes the
    note's order.  The other ids of the sitting follow what those notes showed: when
    every note that settled an order had the forename last in the id, so have they
    ("ForcadellCarme" is "Carme Forcadell" where "DeJòdarJulià" was "Julià de Jòdar").
    """
    settled: dict[str, str] = {}
    unsettled: list[str] = []
    rotated = kept = 0
    for u, printed in utterances:
        person_id = _person_id(u)
        if person_id is None or person_id in people or person_id in settled:
            continue
        parts = _id_parts(person_id)
        ordered = _in_printed_order(parts, printed) if printed and "." not in person_id else None
        if ordered is None or len(parts) < 2:
            unsettled.append(person_id)
            continue
        settled[person_id] = " ".join(ordered)
        folded = [p.casefold() for p in ordered]
        if folded == [p.casefold() for p in parts[-1:] + parts[:-1]]:
            rotated += 1
        elif folded == [p.casefold() for p in parts]:
            kept += 1
    for person_id in unsettled:
        if person_id in settled:
            continue
        parts = _id_parts(person_id)
        if rotated and not kept and "." not in _BIRTH_YEAR.sub("", person_id) and len(parts) > 1:
            parts = parts[-1:] + parts[:-1]
        settled[person_id] = " ".join(parts)
    return settled


def _speaker(
    u: Element, people: dict[str, corpus.Names], day: date | None, from_ids: dict[str, str]
) -> SpeakerRef:
    who = (u.get("who") or "").strip()
    if not who:
        return SpeakerRef(name=None, attribution="")
    if not who.startswith("#") and "," in who:
        # A printed name where a reference belongs: "Pellegrini, Peter, predseda NR SR"
        # (surname, forename, and the role printed with them).
        surname, forename, *role = (part.strip() for part in who.split(","))
        name = f"{forename} {surname}".strip()
        return SpeakerRef(name=name, attribution=who, office=", ".join(role) or None)
    person_id = who.split()[0].removeprefix("#")
    names = people.get(person_id)
    name = (
        corpus.name_on(names, day) if names else from_ids.get(person_id) or split_camel(person_id)
    )
    return SpeakerRef(name=name, attribution=name, source_person_id=person_id)


def _speech(u: Element, position: int, after_gap: bool, speaker: SpeakerRef) -> Speech:
    paragraphs = [_seg_text(seg) for seg in u.iter(f"{{{TEI_NS}}}seg")]
    role = (u.get("ana") or "").strip()
    return Speech(
        position=position,
        speaker=speaker,
        text="\n\n".join(p for p in paragraphs if p),
        after_gap=after_gap,
        source_id=xml_id(u),
        speech_type=" ".join(r.removeprefix("#") for r in role.split()) or None,
    )


def _seg_text(seg: Element) -> str:
    """A paragraph's text; of its tokens, when it is annotated, joined as ``join`` says."""
    if next(seg.iter(f"{{{TEI_NS}}}w", f"{{{TEI_NS}}}pc"), None) is None:
        return text_of(seg, _LEFT_OUT)
    parts: list[str] = []

    def walk(element: Element) -> None:
        for child in element:
            tag = local_name(child)
            if tag in _TOKENS:
                parts.append(text_of(child))
                if child.get("join") != "right":
                    parts.append(" ")
            elif tag and tag not in _LEFT_OUT:
                walk(child)

    walk(seg)
    return squash("".join(parts))


def split_camel(person_id: str) -> str:
    """A display name from a ParlaMint person id, split at its capitals (any script).

    >>> split_camel("DavidRutley"), split_camel("JacobRees-Mogg"), split_camel("ZorčičIgor")
    ('David Rutley', 'Jacob Rees-Mogg', 'Zorčič Igor')
    >>> split_camel("StephenMcPartland")
    'Stephen McPartland'
    """
    return " ".join(_camel_parts(person_id))


def _camel_parts(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for i in range(1, len(text)):
        here, before = text[i], text[i - 1]
        after = text[i + 1] if i + 1 < len(text) else ""
        if here.isupper() and (before.islower() or (before.isupper() and after.islower())):
            parts.append(text[start:i])
            start = i
    parts.append(text[start:])
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1] in ("Mc", "Mac"):
            joined[-1] += part  # "Mc" + "Partland"
        else:
            joined.append(part)
    return [p for p in joined if p]


def name_from_id(person_id: str, printed: str | None = None) -> str:
    """A readable name from a person id, in the order ``printed`` (a speaker note) shows.

    >>> name_from_id("PeterPellegrini.1975"), name_from_id("SalihaSera.KadıgilSütlü")
    ('Peter Pellegrini', 'Saliha Sera Kadıgil Sütlü')
    >>> name_from_id("ZorčičIgor", "IGOR ZORČIČ (PS NP):")
    'Igor Zorčič'
    >>> name_from_id("DeJòdarJulià", "El president de la Mesa d'Edat (Julià de Jòdar Muñoz)")
    'Julià de Jòdar'
    """
    parts = _id_parts(person_id)
    return " ".join((_in_printed_order(parts, printed) if printed else None) or parts)


def _id_parts(person_id: str) -> list[str]:
    """The words of a person id: no birth year, split at ``.`` and at capitals."""
    return [p for group in _BIRTH_YEAR.sub("", person_id).split(".") for p in _camel_parts(group)]


def _in_printed_order(parts: list[str], printed: str) -> list[str] | None:
    """``parts`` as the run of words in ``printed`` that holds exactly them, else ``None``.

    A word is taken as printed unless the note is in capitals ("de", not "De").
    """
    words = _WORD.findall(printed)
    wanted = sorted(p.casefold() for p in parts)
    for start in range(len(words) - len(parts) + 1):
        window = words[start : start + len(parts)]
        if sorted(w.casefold() for w in window) == wanted:
            by_fold = {p.casefold(): p for p in parts}
            return [w if not w.isupper() else by_fold[w.casefold()] for w in window]
    return None


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


def _house_and_place(
    root: Element, code: str | None, lists: corpus.CorpusLists
) -> tuple[str | None, str | None]:
    chamber = org = None
    for meeting in root.iter(f"{{{TEI_NS}}}meeting"):
        chamber = chamber or corpus.chamber_of(meeting.get("ana"))
        ref = (meeting.get("corresp") or "").removeprefix("#")
        if ref and org is None:
            org = lists.orgs.get(ref) or (
                corpus.Org(ref, "parliament", None, None, None)
                if ref in corpus.WESTMINSTER_ORGS
                else None
            )
    house = corpus.body_name(code, chamber, org) or _minutes_of(root)
    place = None
    setting = next(root.iter(f"{{{TEI_NS}}}setting"), None)
    if setting is not None:
        for name in setting.iter(f"{{{TEI_NS}}}name"):
            text = text_of(name)
            if name.get("type") == "place" and text.lower() not in _GENERIC_PLACES:
                place = text
    return house, place


def _minutes_of(root: Element) -> str | None:
    """What the sitting's English title says it is the minutes of, for corpora we do not know."""
    for title in root.iter(f"{{{TEI_NS}}}title"):
        if title.get(f"{{{XML_NS}}}lang") in (None, "en") and (
            m := _MINUTES_OF.match(text_of(title))
        ):
            return m["body"].strip()
    return None
