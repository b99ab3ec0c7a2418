"""Content negotiation and result serialisation, with the result-size cap.

A ``SELECT`` or ``ASK`` answers in SPARQL JSON, XML, CSV or TSV; a ``CONSTRUCT`` or
``DESCRIBE`` in Turtle, N-Triples, JSON-LD or RDF/XML - whichever the ``Accept``
header prefers (JSON and Turtle when it states no preference).

The cap is on rows (solutions or triples): a result with more than ``max_rows``
is refused with HTTP 422 and a message asking for a ``LIMIT``, rather than cut
short - a silently truncated table is a wrong answer that looks right.

>>> negotiate("SELECT", "text/csv;q=0.5, application/sparql-results+xml")
'application/sparql-results+xml'
>>> negotiate("CONSTRUCT", "*/*")
'text/turtle'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import RDF, XSD

from graph.serve.guard import Form, Refused
from ontology import PREFIXES

#: Media types a SELECT or ASK result can be written in, preferred first.
RESULT_TYPES: Mapping[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}

#: Media types a CONSTRUCT or DESCRIBE result can be written in, preferred first.
GRAPH_TYPES: Mapping[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/json": ox.RdfFormat.JSON_LD,
}

_PLAIN = frozenset({str(XSD.string), str(RDF.langString)})  # no "datatype" key in SPARQL JSON


@dataclass(frozen=True, slots=True)
class Answer:
    """What the endpoint sends back: an HTTP status, a media type and the body.

    A large body travels from the worker to the server as a file (``spool``, ``size``
    bytes, ``body`` empty) that the server streams to the client and deletes, so
    the server holds a few chunks of an answer in memory, never the whole of it.
    """

    status: int
    content_type: str
    body: bytes
    spool: str | None = None
    size: int = 0

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def negotiate(form: Form, accept: str | None) -> str:
    """The media type to answer ``form`` in, from an ``Accept`` header (406 if none fits)."""
    offered = list(RESULT_TYPES if form in ("SELECT", "ASK") else GRAPH_TYPES)
    best: tuple[float, int, str] | None = None
    for position, item in enumerate((accept or "*/*").split(",")):
        media, _, params = item.strip().partition(";")
        media = media.strip().lower()
        quality = _quality(params)
        if quality <= 0 or not media:
            continue
        # The first of ours that the item matches; then higher q wins, then the
        # client's order.
        candidate = next((c for c in offered if _matches(media, c)), None)
        if candidate is not None:
            key = (-quality, position, candidate)
            if best is None or key < best:
                best = key
    if best is None:
        raise Refused(
            406, f"cannot answer a {form} query in {accept!r}; offered: {', '.join(offered)}"
        )
    return best[2]


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 0.0
    return 1.0


def _matches(pattern: str, media: str) -> bool:
    if pattern == "*/*":
        return True
    if pattern.endswith("/*"):
        return media.startswith(pattern[:-1])
    return pattern == media


def serialise(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, media: str, max_rows: int
) -> Answer:
    """``result`` written as ``media``; :class:`Refused` (422) past ``max_rows`` rows."""
    content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
    if isinstance(result, ox.QueryBoolean):
        return Answer(200, content_type, result.serialize(format=RESULT_TYPES[media]) or b"")
    rows: list[Any] = list(islice(result, max_rows + 1))
    if len(rows) > max_rows:
        raise Refused(
            422,
            f"the result has more than {max_rows} rows, the most this endpoint returns; "
            "ask for fewer with LIMIT (and OFFSET to page)",
        )
    if isinstance(result, ox.QueryTriples):
        body = ox.serialize(rows, format=GRAPH_TYPES[media], prefixes=_prefixes(media))
        return Answer(200, content_type, body or b"")
    names = [v.value for v in result.variables]
    data = json.dumps(
        {
            "head": {"vars": names},
            "results": {
                "bindings": [
                    {n: _term(row[n]) for n in names if row[n] is not None} for row in rows
                ]
            },
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    fmt = RESULT_TYPES[media]
    if fmt != ox.QueryResultsFormat.JSON:
        # Oxigraph's own writers, so XML, CSV and TSV follow the W3C notes exactly.
        parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        data = parsed.serialize(format=fmt) or b""
    return Answer(200, content_type, data)


def _prefixes(media: str) -> dict[str, str] | None:
    return {k: str(v) for k, v in PREFIXES.items()} if media != "application/n-triples" else None


def _term(term: Any) -> dict[str, Any]:
    """One RDF term in SPARQL 1.1 JSON results form (RDF 1.2 triple terms included)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in _PLAIN:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _term(term.subject),
                "predicate": _term(term.predicate),
                "object": _term(term.object),
            },
        }
    raise TypeError(f"unexpected term {term!r}")
