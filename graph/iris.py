"""The only place IRIs are minted.  Every IRI is a pure function of stable keys.

>>> str(person("Yvette Cooper"))
'https://w3id.org/debate-kg/id/person/yvette-cooper'
>>> str(slug("Birmingham, Yardley")), str(slug("Lab/Co-op"))
('birmingham-yardley', 'lab-co-op')
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

from graph import __version__
from ontology import ID

_NON_WORD = re.compile(r"[^a-z0-9]+")
_HONORIFICS = re.compile(
    r"^(?:(?:the\s+)?(?:rt\.?\s+)?hon\.?\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+|miss\s+|dr\.?\s+|"
    r"sir\s+|dame\s+|professor\s+|prof\.?\s+)+",
    re.IGNORECASE,
)
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:KC|QC|MP|MBE|OBE|CBE|DBE|KBE|PC))+$")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by ``-``; empty input gives ``"unnamed"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("-", ascii_text.lower()).strip("-") or "unnamed"


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


def speech(debate_iri: URIRef, position: int) -> URIRef:
    return URIRef(f"{debate_iri}/speech/{position}")


def mention(speech_iri: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{speech_iri}/mention/{start}-{end}")


def commitment(speech_iri: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{speech_iri}/commitment/{start}-{end}")


def selector(annotation_iri: URIRef) -> URIRef:
    return URIRef(f"{annotation_iri}/selector")


def person(name: str) -> URIRef:
    """A person known by name only (no registry id)."""
    return _id(f"person/{slug(person_name(name))}")


def person_key(key: str) -> URIRef:
    """A person with a registry key such as ``twfy/10131``."""
    return _id(f"person/{key}")


def office(label: str) -> URIRef:
    return _id(f"office/{slug(label)}")


def holding(person_iri: URIRef, office_iri: URIRef) -> URIRef:
    who = str(person_iri).rsplit("/person/", 1)[1]
    what = str(office_iri).rsplit("/office/", 1)[1]
    return _id(f"holding/{who}/{what}")


def party(label: str) -> URIRef:
    return _id(f"party/{slug(label)}")


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


#: The software agent credited with every document's extraction (PROV).
BUILDER = extractor("debate-kg", __version__)

#: Named graph for facts about entities shared by many documents (people, offices, …).
ENTITIES_GRAPH = _id("graph/entities")
