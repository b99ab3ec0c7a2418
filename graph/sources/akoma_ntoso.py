"""Reader for Akoma Ntoso debate records (``<akomaNtoso><debate>``, AKN 2.0 and 3.0).

The root may carry an AKN namespace (3.0 and its drafts, 1.0/2.0) or none at all:
SayIt and other exporters write plain ``<akomaNtoso>``.  The ``<debateBody>``
nests sections: ``<debateSection>`` and the named kinds (``<questions>``,
``<adjournment>``, ``<noticesOfMotion>``, …), each with a ``<heading>``.
Speeches are ``<speech>``, ``<question>`` and ``<answer>`` (``speech_type``
keeps which).  Every run of speeches that sit directly in one section becomes a
debate titled by the section's latest heading before the run (or, lacking one,
the nearest enclosing section's heading).  Parent headings are not prefixed: in
the South African records the outermost heading is the sitting itself
("PROCEEDINGS OF THE NATIONAL ASSEMBLY").

A speech's speaker: ``by="#ref"`` names a ``<TLCPerson>`` whose ``showAs`` and
the speech's ``<from>`` ("Mr S G MMUSI (ANC)") give the display text; the
``<from>`` is kept as ``attribution``.  A trailing "(ANC)" is read as the
party.  A display text that names an office rather than a person ("The
SPEAKER", "The MINISTER OF …", "Mr. Speaker:") becomes ``office`` and ``name``
stays None; "The TEMPORARY CHAIRPERSON (Mr J D Thibedi)" is an office and its
holder's name; a ``<from>`` office ("The Taoiseach") beside a listed person is
that person's office, and so is a ``<from>`` that shares no word with the listed
name ("An Ceann Comhairle" for Seán Ó Fearghaíl).  Forms of address are not offices: Ireland's "Deputy
Brendan Howlin" is the TD Brendan Howlin, Chile's "El señor ORTIZ.-" (the
Spanish record's ".-" ends the speaker's part; anything after it is speech) a
person named Ortiz.  ``as="#role"`` names a ``<TLCRole>`` whose ``showAs`` is
the office; else a ``<role>`` marked inside the ``<from>`` is ("El señor ASCENCIO
(<role>Presidente</role>)").  A ``showAs`` written surname first ("Ascencio Mansilla, don
Gabriel") is put in forename–surname order; one with no capital letter
("representa cualquier persona", a placeholder) is no name, and the ``<from>``
is used instead.  ``source_person_id`` is the ``by`` reference without ``#``.

The date is the preface's ``<docDate date=…>``, else the date in the
FRBRWork URI (``/za/debaterecord/2012-09-20``), else ``FRBRWork/FRBRdate``
(in the ZA files that one is the date the markup was generated, or a 3000-01-01
placeholder, which is never used), else a date the first heading starts with
("2025-10-15 …", "14 JULAI 2020 (SELASA)").

The body (``Debate.house``) comes from the identification: the country (the
work URI's first part, ``/akn/ie/…``, else ``FRBRcountry``) and what the URI,
the debate's ``name`` and the publication say about the chamber ("dail",
"NATIONAL COUNCIL OF PROVINCES", "Cámara de Diputados").  A country with no
entry in :data:`_BODIES` gives the body its ``name`` states ("PROCEEDINGS OF
THE EXAMPLE ASSEMBLY" in ``xx``: "Example Assembly of XX"); a record that states
neither is of :data:`NO_BODY`, so that no registry of another body is applied
to it.  The language is ``FRBRlanguage`` (``Transcript.language``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.errors import SourceError
from graph.iris import person_name
from graph.records import Debate, SourceDocument, SpeakerRef, Speech, Transcript
from graph.sources.common import parse_long_date
from graph.sources.safe_xml import Element, local_name, parse, root_name, squash, text_of

NAME = "akoma-ntoso"

NO_HEADING = "(no heading)"
#: The body of a record that does not say which legislature it is from.
NO_BODY = "(legislature not stated)"

_NAMESPACES = (
    "http://docs.oasis-open.org/legaldocml/ns/akn/3.0",  # 3.0 and its drafts (…/CSD03)
    "http://www.akomantoso.org/",  # 1.0 and 2.0
)
_SPEECHES = frozenset({"speech", "question", "answer"})
_HEADINGS = frozenset({"heading"})
_NOT_TEXT = frozenset({"from", "num", "heading", "subheading"})
_LEFT_OUT = frozenset({"authorialNote", "noteRef", "recordedTime"})
_LISTS = frozenset({"ul", "ol", "blockList"})
_PLACEHOLDER_YEAR = 2900
_URI_DATE = re.compile(r"(?<=/)\d{4}-\d{2}-\d{2}(?=/|$)")
_URI_COUNTRY = re.compile(r"^/(?:akn/)?(?P<cc>[a-z]{2})(?:-[a-z0-9]+)?/")
_HEADING_DATE = re.compile(
    r"^\s*(?P<iso>\d{4}-\d{2}-\d{2})\b|^\s*(?P<long>\d{1,2}\s+\w+\s+\d{4})\b"
)
# Malay month names (the Selangor records' headings); English ones are parse_long_date's.
_MALAY_MONTHS = {
    "januari": "January", "februari": "February", "mac": "March", "mei": "May",
    "jun": "June", "julai": "July", "ogos": "August", "oktober": "October",
    "disember": "December",
}  # fmt: skip

#: Country -> (what the identification says about the chamber, the body's name);
#: the first pattern found wins, the empty pattern is the country's default.
_BODIES: dict[str, tuple[tuple[str, str], ...]] = {
    "ie": (("seanad", "Seanad Éireann"), ("", "Dáil Éireann")),
    "za": (
        ("national council of provinces|ncop", "National Council of Provinces"),
        ("joint sitting", "Parliament of South Africa"),
        ("", "National Assembly of South Africa"),
    ),
    "ke": (("senate", "Senate of Kenya"), ("", "National Assembly of Kenya")),
    "cl": (
        ("senado", "Senado de Chile"),
        ("c[aá]mara de diputados|camara", "Cámara de Diputados de Chile"),
        ("", "Congreso Nacional de Chile"),
    ),
    "ng": (("senate", "Senate of Nigeria"), ("", "House of Representatives of Nigeria")),
    "uy": (
        ("senado|senadores", "Cámara de Senadores del Uruguay"),
        ("", "Cámara de Representantes del Uruguay"),
    ),
}
#: Places inside a body that the debate's ``name`` states.
_LOCATIONS = (("extended public committee", "Extended Public Committee"),)
_PROCEEDINGS_OF = re.compile(
    r"^(?:proceedings|debates|minutes)\s+of\s+(?:the\s+)?(?P<body>.+)$", re.I
)

# The Spanish record's speaker part ends at ".-"; "El señor X", "La señora X" address X.
_SPANISH_END = re.compile(r"\.-")
_SPANISH_ADDRESS = re.compile(r"^(?:(?:el|la)\s+)?(?:señora?|señorita|sr\.|sra\.)\s+", re.I)
_ADDRESS = re.compile(r"^deputy\s+(?=\S+\s+\S)|^senator\s+(?=\S+\s+\S)", re.IGNORECASE)
# An office named by its form of address: "Mr. Speaker", "Madam Deputy Speaker", and the
# Malay "Tuan Speaker", "Tuan Timbalan Speaker" (Deputy Speaker).
_ADDRESSED_OFFICE = re.compile(
    r"^(?:(?:mr\.?|madam|madame|mister|tuan|puan)\s+)?(?:deputy\s+|timbalan\s+)?"
    r"(?:speaker|chair(?:man|person|woman)?|president)$",
    re.IGNORECASE,
)
# "The TEMPORARY CHAIRPERSON (Mr J D Thibedi)", "Acting Chairman (Deputy Alan Farrell)": an
# office, then its holder.
_OFFICE_AND_NAME = re.compile(
    r"^(?P<office>the\s[^()]+?)\s*\((?P<name>[^()]+)\)$"
    r"|^(?P<office2>[^()]+?)\s*\((?P<name2>(?:mr|mrs|ms|miss|dr|deputy|senator|hon)\.?\s[^()]+)\)$",
    re.I,
)
_TRAILING_GROUP = re.compile(r"^(?P<who>.*?\S)\s*\((?P<group>[^()]+)\)$")
# "Ascencio Mansilla, don Gabriel": surname first, then (an honorific and) the forenames.
_INVERTED = re.compile(
    r"^(?P<surname>[^,]+),\s*(?:(?:don|doña|dr\.?|mr\.?|mrs\.?|ms\.?)\s+)?(?P<forename>[^,]+?)\.?$",
    re.I,
)


def sniff(head: bytes) -> bool:
    """An ``<akomaNtoso>`` root in an AKN namespace, or in none."""
    found = root_name(head)
    if found is None or found[1] != "akomaNtoso":
        return False
    return found[0] is None or found[0].startswith(_NAMESPACES)


@dataclass(slots=True)
class _Run:
    title: str | None
    source_id: str | None
    line: int | None
    speeches: list[Speech] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _References:
    persons: dict[str, str]
    roles: dict[str, str]


def read(path: Path, source: SourceDocument, data: bytes) -> Transcript:
    root = parse(path, data)
    if local_name(root) != "akomaNtoso":
        raise SourceError(path, f"expected an <akomaNtoso> root, found <{local_name(root)}>")
    document = next((c for c in root if local_name(c)), None)
    if document is None or local_name(document) != "debate":
        found = local_name(document) if document is not None else "nothing"
        raise SourceError(path, f"an Akoma Ntoso <{found}>, not a <debate> record")
    body = next((c for c in document if local_name(c) == "debateBody"), None)
    if body is None:
        raise SourceError(path, "no <debateBody> in this Akoma Ntoso debate")
    refs = _references(document)
    runs: list[_Run] = []
    _walk(body, None, refs, runs)
    day = _date(path, document) or _heading_date(path, body)
    house, location = _body(document)
    debates = [
        Debate(
            ordinal=i,
            title=run.title or NO_HEADING,
            date=day,
            house=house,
            location=location,
            speeches=tuple(run.speeches),
            source_id=run.source_id,
            line=run.line,
        )
        for i, run in enumerate(runs, start=1)
    ]
    if not debates:
        raise SourceError(path, "no speeches found in this Akoma Ntoso debate")
    return Transcript(source=source, debates=tuple(debates), language=_language(document))


def _walk(section: Element, inherited: str | None, refs: _References, runs: list[_Run]) -> None:
    """Collect the runs of speeches directly in ``section``, then those of its subsections."""
    title = inherited
    line = section.sourceline
    run: _Run | None = None
    for child in section:
        tag = local_name(child)
        if tag in _HEADINGS:
            title, line, run = text_of(child, _LEFT_OUT) or title, child.sourceline, None
        elif tag in _SPEECHES:
            if run is None:
                # Only a section's first run carries its id, so that debate ids stay unique.
                first = not any(r.source_id == _element_id(section) for r in runs)
                run = _Run(title, _element_id(section) if first else None, line)
                runs.append(run)
            run.speeches.append(_speech(child, len(run.speeches) + 1, refs))
        elif tag and any(local_name(e) in _SPEECHES for e in child.iter()):
            run = None
            _walk(child, title, refs, runs)


def _speech(element: Element, position: int, refs: _References) -> Speech:
    by = (element.get("by") or "").strip().removeprefix("#") or None
    role = (element.get("as") or "").strip().removeprefix("#") or None
    from_ = next((c for c in element if local_name(c) == "from"), None)
    shown = text_of(from_, _LEFT_OUT) if from_ is not None else ""
    shown, spoken = _cut_spanish(shown)
    listed = refs.persons.get(by, "") if by else ""
    if listed and not _is_name(listed):
        listed = ""  # a placeholder ("representa cualquier persona"), not anyone's name
    shown_name, shown_office, shown_party = _who(shown)
    if listed:
        name, office, party = _who(listed)
        if shown_name and name and not _shares_a_word(shown_name, name):
            # "An Ceann Comhairle" printed for the listed Seán Ó Fearghaíl: not a name.
            shown_office = shown_office or shown_name
        # "The Taoiseach" printed for the listed Leo Varadkar: his office that day.
        office, party = office or shown_office, party or shown_party
    else:
        name, office, party = shown_name, shown_office, shown_party
    marked = (
        next((e for e in from_.iter() if local_name(e) == "role"), None)
        if from_ is not None
        else None
    )
    marked_role = text_of(marked) if marked is not None else None
    office = (refs.roles.get(role) if role else None) or marked_role or office
    attribution = shown or listed
    if name and not office and not party and not _same_person(attribution, name):
        # Only a form of address around the name ("Deputy Brendan Howlin", "Mr. Alfa:",
        # "El señor ORTIZ"): the name is what the line says, not an office.
        attribution = name
    paragraphs = _paragraphs(element)
    if spoken:
        paragraphs.insert(0, spoken)
    return Speech(
        position=position,
        speaker=SpeakerRef(
            name=name,
            attribution=attribution,
            office=office,
            party=party,
            source_person_id=by,
        ),
        text="\n\n".join(paragraphs),
        source_id=_element_id(element),
        speech_type=local_name(element),
    )


def _who(text: str) -> tuple[str | None, str | None, str | None]:
    """``(name, office, party)`` from a display text.

    >>> _who("Mr S G MMUSI (ANC)"), _who("The SPEAKER"), _who("Mr. Speaker:")
    (('Mr S G MMUSI', None, 'ANC'), (None, 'The SPEAKER', None), (None, 'Mr. Speaker', None))
    >>> _who("The TEMPORARY CHAIRPERSON (Mr J D Thibedi)")
    ('Mr J D Thibedi', 'The TEMPORARY CHAIRPERSON', None)
    >>> _who("Deputy Brendan Howlin"), _who("El señor ORTIZ"), _who("El señor LOYOLA(Secretario)")
    (('Brendan Howlin', None, None), ('Ortiz', None, None), ('Loyola', None, None))
    >>> _who("Ascencio Mansilla, don Gabriel")
    ('Gabriel Ascencio Mansilla', None, None)
    >>> _who("Acting Chairman (Deputy Alan Farrell)")
    ('Alan Farrell', 'Acting Chairman', None)
    """
    text = squash(text).strip(" :.,-")
    if not text:
        return None, None, None
    if m := _OFFICE_AND_NAME.match(text):
        name = _ADDRESS.sub("", _SPANISH_ADDRESS.sub("", (m["name"] or m["name2"]).strip()))
        return name, m["office"] or m["office2"], None
    party = None
    if (m := _TRAILING_GROUP.match(text)) is not None:
        group = m["group"].strip()
        if _is_party(group):
            party = group
        text = m["who"]
    if text.lower().startswith("the ") or _ADDRESSED_OFFICE.match(text):
        return None, text, party
    text = _ADDRESS.sub("", text).strip()
    if _SPANISH_ADDRESS.match(text):
        # The Spanish record prints surnames in capitals: "El señor ORTIZ" is Ortiz.
        text = " ".join(
            w.title() if w.isupper() else w for w in _SPANISH_ADDRESS.sub("", text).split()
        )
    if (m := _INVERTED.match(text)) is not None:
        text = f"{m['forename'].strip()} {m['surname'].strip()}"
    return text or None, None, party


def _shares_a_word(a: str, b: str) -> bool:
    return bool(set(re.findall(r"\w+", a.casefold())) & set(re.findall(r"\w+", b.casefold())))


def _same_person(printed: str, name: str) -> bool:
    return person_name(printed).casefold() == person_name(name).casefold()


def _is_party(group: str) -> bool:
    """A party abbreviation as the ZA records print them: short, mostly capitals."""
    capitals = sum(c.isupper() for c in group)
    return len(group) <= 12 and capitals >= 2 and capitals * 2 > sum(c.isalpha() for c in group)


def _is_name(text: str) -> bool:
    """A display text that can be a person's name: some capital letter, or a script without case."""
    return any(c.isupper() for c in text) or not any(c.islower() for c in text)


def _cut_spanish(shown: str) -> tuple[str, str]:
    """``"El señor ULLOA.- Señor Presidente, …"`` -> ``("El señor ULLOA", "Señor Presidente, …")``."""
    m = _SPANISH_END.search(shown)
    if m is None:
        return shown, ""
    return shown[: m.start()].strip(), shown[m.end() :].strip()


def _paragraphs(speech: Element) -> list[str]:
    paragraphs: list[str] = []
    for child in speech:
        tag = local_name(child)
        if not tag or tag in _NOT_TEXT:
            continue
        if tag in _LISTS:
            items = [text_of(item, _LEFT_OUT) for item in child if local_name(item)]
        else:
            items = [text_of(child, _LEFT_OUT)]
        paragraphs.extend(item for item in items if item)
    return paragraphs


def _element_id(element: Element) -> str | None:
    return element.get("eId") or element.get("id") or None


def _references(document: Element) -> _References:
    persons: dict[str, str] = {}
    roles: dict[str, str] = {}
    meta = next((c for c in document if local_name(c) == "meta"), None)
    if meta is not None:
        for element in meta.iter():
            tag = local_name(element)
            ref_id = (_element_id(element) or "").removeprefix("#")
            shown = squash(element.get("showAs") or "")
            if ref_id and shown and tag == "TLCPerson":
                persons.setdefault(ref_id, shown)
            elif ref_id and shown and tag == "TLCRole":
                roles.setdefault(ref_id, shown)
    return _References(persons, roles)


def _identification(document: Element) -> dict[str, list[str]]:
    """The values of the metadata the body and language are read from, by kind."""
    found: dict[str, list[str]] = {"uri": [], "country": [], "language": [], "said": []}
    meta = next((c for c in document if local_name(c) == "meta"), None)
    for element in meta.iter() if meta is not None else ():
        tag = local_name(element)
        if tag in ("FRBRuri", "FRBRthis"):
            found["uri"].append(element.get("value") or "")
        elif tag == "FRBRcountry":
            found["country"].append((element.get("value") or "").lower())
        elif tag == "FRBRlanguage":
            found["language"].append(element.get("language") or "")
        elif tag == "publication":
            found["said"] += [element.get("name") or "", element.get("showAs") or ""]
        elif tag == "FRBRauthor":
            found["said"].append(element.get("href") or "")
    return found


def _body(document: Element) -> tuple[str, str | None]:
    """The body the record is of, and the place within it when the record names one."""
    ident = _identification(document)
    country = next(
        (m["cc"] for uri in ident["uri"] if (m := _URI_COUNTRY.match(uri))),
        next((c for c in ident["country"] if len(c) == 2), None),
    )
    name = squash(document.get("name") or "")
    said = " ".join([*ident["uri"], name, *ident["said"]]).casefold()
    location = next((place for key, place in _LOCATIONS if key in said), None)
    for pattern, body in _BODIES.get(country or "", ()):
        if not pattern or re.search(pattern, said):
            return body, location
    m = _PROCEEDINGS_OF.match(name)
    if m is not None:
        stated = m["body"].split(" - ")[0].strip().title()
        return (f"{stated} of {country.upper()}" if country else stated), location
    return (f"Legislature of {country.upper()}" if country else NO_BODY), location


def _language(document: Element) -> str | None:
    return next((lang for lang in _identification(document)["language"] if lang), None)


def _date(path: Path, document: Element) -> date | None:
    """The sitting's date: ``docDate``, else the FRBRWork URI's date, else FRBRWork's FRBRdate."""
    doc_dates: list[str] = []
    work: list[str] = []
    for element in document.iter():
        tag = local_name(element)
        parent = element.getparent()
        in_work = parent is not None and local_name(parent) == "FRBRWork"
        if tag == "docDate":
            doc_dates.append(element.get("date") or "")
        elif in_work and tag == "FRBRuri" and (m := _URI_DATE.search(element.get("value") or "")):
            work.insert(0, m.group())
        elif in_work and tag == "FRBRdate":
            work.append(element.get("date") or "")
    for text in (*doc_dates, *work):
        if not text:
            continue
        try:
            day = date.fromisoformat(text[:10])
        except ValueError:
            raise SourceError(path, f"not a real date: {text!r}") from None
        if day.year < _PLACEHOLDER_YEAR:
            return day
    return None


def _heading_date(path: Path, body: Element) -> date | None:
    """A date the first heading starts with, for records with no date in their metadata.

    >>> from lxml import etree
    >>> _heading_date("x", etree.fromstring("<b><s><heading>14 JULAI 2020 (SELASA)</heading></s></b>"))
    datetime.date(2020, 7, 14)
    """
    heading = next((e for e in body.iter() if local_name(e) == "heading"), None)
    m = _HEADING_DATE.match(text_of(heading)) if heading is not None else None
    if m is None:
        return None
    try:
        if m["iso"]:
            return date.fromisoformat(m["iso"])
        day, month, year = m["long"].split()
        return parse_long_date(f"{day} {_MALAY_MONTHS.get(month.lower(), month)} {year}")
    except ValueError:
        raise SourceError(
            path, f"not a real date in the first heading: {m.group().strip()!r}"
        ) from None
