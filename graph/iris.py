"""The only place IRIs are minted.  Every IRI is a pure function of stable keys.

>>> str(person("Yvette Cooper"))
'https://w3id.org/debate-kg/id/person/yvette-cooper'
>>> str(slug("Birmingham, Yardley")), str(slug("Lab/Co-op"))
('birmingham-yardley', 'lab-co-op')
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from rdflib import URIRef

from graph import __version__
from ontology import ID

_NON_WORD = re.compile(r"[^a-z0-9]+")
_NON_LETTER = re.compile(r"[\W_]+")
_HONORIFICS = re.compile(
    r"^(?:(?:the\s+)?(?:rt\.?\s+)?hon\.?\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+|miss\s+|dr\.?\s+|"
    r"sir\s+|dame\s+|professor\s+|prof\.?\s+)+",
    re.IGNORECASE,
)
_SEAT_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SEAT_SMALL = frozenset({"and", "of", "the", "upon", "on", "in", "under", "with"})
_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_./-]+")
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:KC|QC|MP|MBE|OBE|CBE|DBE|KBE|PC))+$")


# slug and person_name are pure and asked again and again for the same names (every
# mention of a person, office or seat): memoised, bounded.
@lru_cache(maxsize=1 << 14)
def slug(text: str) -> str:
    """Lower-case ASCII words joined by ``-``; a text with no Latin letter keeps its own
    (IRIs allow them), so that two names in Cyrillic or Chinese stay two people; empty
    input gives ``"unnamed"``.

    >>> slug("Zorčič Igor"), slug("Иван Петров"), slug("唐鳳"), slug(" ")
    ('zorcic-igor', 'иван-петров', '唐鳳', 'unnamed')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    found = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if not found:
        found = _NON_LETTER.sub("-", unicodedata.normalize("NFKC", text).lower()).strip("-")
    return found or "unnamed"


@lru_cache(maxsize=1 << 14)
def person_name(name: str) -> str:
    """A person's name without honorifics or post-nominals, whitespace collapsed.

    >>> person_name("Sir Lindsay Hoyle"), person_name("Tom Crowther KC")
    ('Lindsay Hoyle', 'Tom Crowther')
    """
    cleaned = " ".join(name.replace("\u00a0", " ").split())
    cleaned = _POST_NOMINALS.sub("", _HONORIFICS.sub("", cleaned))
    return cleaned.strip(" ,") or name.strip()


def _id(path: str) -> URIRef:
    return URIRef(str(ID) + path)


def source(key: str) -> URIRef:
    return _id(f"source/{key}")


def debate(document_key: str, ordinal: int) -> URIRef:
    return _id(f"debate/{document_key}/{ordinal}")


def debate_place(debate_iri: str) -> tuple[str, int]:
    """Where a debate IRI of :func:`debate` says it is: its document's part and its
    ordinal, as a number (so that debate 16 sorts after debate 3).

    >>> debate_place(str(debate("debates2021-03-12a", 16)))[1]
    16
    """
    document, _, ordinal = debate_iri.rpartition("/")
    return document, int(ordinal) if ordinal.isdigit() else -1


def speech(debate_iri: URIRef, position: int) -> URIRef:
    return URIRef(f"{debate_iri}/speech/{position}")


def mention(speech_iri: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{speech_iri}/mention/{start}-{end}")


def commitment(speech_iri: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{speech_iri}/commitment/{start}-{end}")


def status_report(speech_iri: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{speech_iri}/report/{start}-{end}")


def amount(commitment_iri: URIRef, index: int) -> URIRef:
    """The ``index``-th amount of money (from 1) a commitment states."""
    return URIRef(f"{commitment_iri}/amount/{index}")


def summary_row(summary: str, digest: str, repeat: int) -> URIRef:
    """One row of a build-time summary, named by its content (``repeat`` counts equal rows)."""
    return _id(f"summary/{summary}/{digest}-{repeat}")


def selector(annotation_iri: URIRef) -> URIRef:
    return URIRef(f"{annotation_iri}/selector")


def person(name: str) -> URIRef:
    """A person known by name only (no registry id)."""
    return _id(f"person/{slug(person_name(name))}")


def person_key(key: str) -> URIRef:
    """A person with a registry key such as ``twfy/10131``.

    >>> str(person_key("twfy/10131"))
    'https://w3id.org/debate-kg/id/person/twfy/10131'
    """
    return _id(f"person/{_KEY_UNSAFE.sub('-', key)}")


def key_of_person(iri: str) -> str | None:
    """The registry key (or name slug) a person IRI was minted from."""
    prefix = str(ID) + "person/"
    return iri[len(prefix) :] if iri.startswith(prefix) else None


def office(label: str) -> URIRef:
    return _id(f"office/{slug(label)}")


def registry_office(label: str) -> URIRef:
    """An office only a registry file names (builds do not speak in it by that name)."""
    return _id(f"office/registry/{slug(label)}")


def holding(person_iri: URIRef, office_iri: URIRef) -> URIRef:
    who = str(person_iri).rsplit("/person/", 1)[1]
    what = str(office_iri).rsplit("/office/", 1)[1]
    return _id(f"holding/{who}/{what}")


def party(label: str) -> URIRef:
    return _id(f"party/{slug(label)}")


def constituency_label(name: str) -> str:
    """A seat's name as labels write it: words only, "&" as "and".

    Spellings that differ only in punctuation ("Mid-Ulster", "Mid Ulster";
    "Holborn & St. Pancras", "Holborn and St Pancras") get one label and one IRI.

    >>> constituency_label("Birmingham, Yardley"), constituency_label("Holborn & St. Pancras")
    ('Birmingham Yardley', 'Holborn and St Pancras')
    >>> constituency_label("Berwick Upon Tweed"), constituency_label("Stoke-on-Trent Central")
    ('Berwick upon Tweed', 'Stoke on Trent Central')
    """
    words = _SEAT_WORD.findall(name.replace("&", " and "))
    return (
        " ".join(
            w.lower() if i and w.lower() in _SEAT_SMALL else w[:1].upper() + w[1:]
            for i, w in enumerate(words)
        )
        or name.strip()
    )


def constituency(name: str) -> URIRef:
    return _id(f"constituency/{slug(name)}")


def house(label: str) -> URIRef:
    return _id(f"house/{slug(label)}")


def actor(label: str) -> URIRef:
    return _id(f"actor/{slug(label)}")


def legislation(label: str) -> URIRef:
    return _id(f"legislation/{slug(label)}")


def organisation(label: str) -> URIRef:
    return _id(f"organisation/{slug(label)}")


def place(label: str) -> URIRef:
    """A place named in a debate ("Northern Ireland", "Walsall")."""
    return _id(f"place/{slug(label)}")


def concept(scheme: str, name: str) -> URIRef:
    return _id(f"concept/{scheme}/{slug(name)}")


def extractor(name: str, version: str) -> URIRef:
    return _id(f"extractor/{slug(name)}/{version}")


def registry_graph(file_key: str) -> URIRef:
    """The named graph one imported registry file writes (re-importing replaces it)."""
    return _id(f"graph/registry/{file_key}")


def registry_record(file_key: str, kind: str, person_key: str, index: int) -> URIRef:
    """A membership, holding or name record of one registry file, numbered per person."""
    return _id(f"registry/{file_key}/{kind}/{_KEY_UNSAFE.sub('-', person_key)}/{index}")


def identifier(scheme: str, value: str) -> URIRef:
    """An identifier some source gives a person (scheme ``twfy``, value ``10131``)."""
    return _id(f"identifier/{slug(scheme)}/{slug(value)}")


def day(on: date) -> URIRef:
    return _id(f"date/{on.isoformat()}")


def interval(start: date | None, end: date | None) -> URIRef:
    """A period of days; an unknown (or open) bound is ``open``."""
    a = start.isoformat() if start else "open"
    b = end.isoformat() if end else "open"
    return _id(f"interval/{a}/{b}")


def division(debate_iri: URIRef, ordinal: int) -> URIRef:
    return URIRef(f"{debate_iri}/division/{ordinal}")


def vote(division_iri: URIRef, ordinal: int) -> URIRef:
    return URIRef(f"{division_iri}/vote/{ordinal}")


#: The software agent credited with every document's extraction (PROV).
BUILDER = extractor("debate-kg", __version__)

#: Named graph for facts about entities shared by many documents (people, offices, …).
ENTITIES_GRAPH = _id("graph/entities")
#: The member registry merged from every imported file: each person and record once.
REGISTRY_GRAPH = _id("graph/registry-merged")
#: Where each source document was last read from (graph.ingest): build bookkeeping.
PATHS_GRAPH = _id("graph/paths")
#: Whole-graph aggregates a build keeps up to date (graph.summaries).
SUMMARIES_GRAPH = _id("graph/summaries")
#: Which earlier commitment each status report follows up, found over the whole store
#: by every build (graph.followups).
FOLLOWUPS_GRAPH = _id("graph/followups")
