"""What the public endpoint refuses, decided on the parsed query, before it runs.

The endpoint answers SPARQL *queries* over the local store and nothing else:
updates (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP`` …) are refused, and so
is anything that would make the server reach another machine or choose its own
dataset: ``SERVICE`` (Oxigraph would call the remote endpoint) and ``FROM`` /
``FROM NAMED`` (the default graph is always the union of the store's graphs).

The check walks rdflib's parse tree rather than scanning text, so a variable
called ``?service`` or a prefix called ``from:`` is not mistaken for a keyword.

>>> check("SELECT ?s WHERE { ?s a dkg:Debate }")
'SELECT'
>>> check("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
graph.serve.guard.Refused: SERVICE is refused: this endpoint does not call other endpoints
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from graph.errors import QueryError

#: The longest query text accepted, in bytes (a parser is not a free service either).
MAX_QUERY_BYTES = 100_000

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]

_FORMS: dict[str, Form] = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}

# pyparsing's packrat cache is shared state: one parse at a time.
_PARSER_LOCK = threading.Lock()


class Refused(QueryError):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@lru_cache(maxsize=256)
def check(text: str) -> Form:
    """The form of a query the endpoint may run, or :class:`Refused` saying why not.

    Cached by text: rdflib's parser is slow next to the queries it guards, and clients
    repeat queries (``benchmarks/results/design-notes.md``).
    """
    if len(text.encode("utf-8")) > MAX_QUERY_BYTES:
        raise Refused(413, f"the query is longer than {MAX_QUERY_BYTES} bytes")
    with _PARSER_LOCK:
        try:
            parsed = parseQuery(text)
        except ParseException as exc:
            if _is_update(text):
                raise Refused(403, "SPARQL Update is refused: this endpoint is read-only") from None
            raise Refused(400, f"SPARQL syntax error: {exc}") from None
        except Exception as exc:  # rdflib raises a few other types on odd input
            raise Refused(400, f"SPARQL syntax error: {exc}") from None
    query = parsed[1]
    for node in _walk(parsed):
        if node.name == "ServiceGraphPattern":
            raise Refused(403, "SERVICE is refused: this endpoint does not call other endpoints")
        if "datasetClause" in node:
            raise Refused(
                403,
                "FROM and FROM NAMED are refused: the default graph is the union of "
                "the store's graphs; use GRAPH <…> { … } to pick one",
            )
    form = _FORMS.get(query.name)
    if form is None:  # pragma: no cover - the grammar has no other query forms
        raise Refused(400, f"unsupported query form {query.name}")
    return form


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:
        return False
    return True


def _walk(node: object) -> Iterator[CompValue]:
    """Every ``CompValue`` in a parse tree (sub-queries, OPTIONAL, UNION, EXISTS …)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | ParseResults):
            stack.extend(item)
