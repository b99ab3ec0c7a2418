"""What the public endpoint refuses, decided before the query runs.

The endpoint answers SPARQL *queries* over the local store and nothing else:
updates (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP`` …) are refused, and so
is anything that would make the server reach another machine or choose its own
dataset: ``SERVICE`` (Oxigraph would call the remote endpoint) and ``FROM`` /
``FROM NAMED`` (the default graph is always the union of the store's graphs).

The guard judges the text the engine runs, read the way the engine reads it
(:mod:`graph.serve.lexer`):

1. a lexical pass with Oxigraph's rules refuses ``\\u`` escapes outside strings and
   IRIs (the engine rejects them; rdflib would expand them and see another query),
   nesting deeper than :data:`MAX_DEPTH` (the engine's parser recurses and a deep
   enough query crashes it), more than :data:`MAX_TOKENS` tokens (its planner is
   quadratic or worse in long UNION chains, long joins and long sums), and every
   way Oxigraph could read a ``SERVICE`` or ``FROM`` keyword - it matches keywords
   without a word boundary, so ``SERVICESILENT<…>{}`` and ``ASKFROM<…>`` count;
2. rdflib then parses that text with every escape blanked (same length, same
   lines), so its parse tree has the engine's structure; the tree is walked for
   ``SERVICE`` and dataset clauses again, and for regular expressions the engine
   cannot compile (it would retry each one on every row);
3. a query rdflib cannot parse is not refused for that alone: the worker lets the
   engine's own parser decide (:attr:`Refused.engine_may_accept`), so a valid
   query never gets a 400 because the two parsers differ.

A variable called ``?service`` or a prefix called ``from:`` is not a keyword.

>>> check("SELECT ?s WHERE { ?s a dkg:Debate }")
'SELECT'
>>> check("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
graph.serve.guard.Refused: SERVICE is refused: this endpoint does not call other endpoints
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

import pyoxigraph as ox
from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from graph.errors import QueryError
from graph.serve.lexer import LexicalError, Scan, regex_arguments, scan
from ontology import PREFIXES

#: The longest query text accepted, in bytes (a parser is not a free service either).
MAX_QUERY_BYTES = 100_000
#: The deepest nesting of braces, brackets and parentheses accepted.
MAX_DEPTH = 64
#: The most tokens in one query (a 4,000-value ``VALUES`` block is ~4,000).
MAX_TOKENS = 10_000

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]

_FORMS: dict[str, Form] = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}

_SERVICE = "SERVICE is refused: this endpoint does not call other endpoints"
_FROM = (
    "FROM and FROM NAMED are refused: the default graph is the union of "
    "the store's graphs; use GRAPH <…> { … } to pick one"
)
_DEEP = (
    "the query nests too deeply: {depth} levels of braces, brackets and parentheses; "
    f"this endpoint accepts at most {MAX_DEPTH}"
)

# pyparsing's packrat cache is shared state: one parse at a time.
_PARSER_LOCK = threading.Lock()
# rdflib's parser recurses ~40 Python frames per level of parentheses.
_RECURSION_LIMIT = 40 * MAX_DEPTH + 1_000


class Refused(QueryError):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer.

    ``engine_may_accept`` is true when only rdflib's parser objected: the engine's
    parser has the last word on syntax.
    """

    def __init__(self, status: int, message: str, *, engine_may_accept: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.engine_may_accept = engine_may_accept


@lru_cache(maxsize=256)
def check(text: str) -> Form:
    """The form of a query the endpoint may run, or :class:`Refused` saying why not.

    Cached by text: rdflib's parser is slow next to the queries it guards, and clients
    repeat queries (``benchmarks/results/design-notes.md``).
    """
    if len(text.encode("utf-8")) > MAX_QUERY_BYTES:
        raise Refused(413, f"the query is longer than {MAX_QUERY_BYTES} bytes")
    scanned = lexical_check(text)
    with _PARSER_LOCK:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
        try:
            parsed = parseQuery(scanned.shadow)
        except ParseException as exc:
            if _is_update(scanned.shadow):
                raise Refused(403, "SPARQL Update is refused: this endpoint is read-only") from None
            raise Refused(400, f"SPARQL syntax error: {exc}", engine_may_accept=True) from None
        except RecursionError:
            raise Refused(400, _DEEP.format(depth=f"more than {scanned.depth}")) from None
        except Exception as exc:  # rdflib raises a few other types on odd input
            raise Refused(400, f"SPARQL syntax error: {exc}", engine_may_accept=True) from None
        finally:
            sys.setrecursionlimit(limit)
    query = parsed[1]
    for node in _walk(parsed):
        if node.name == "ServiceGraphPattern":
            raise Refused(403, _SERVICE)
        if "datasetClause" in node:
            raise Refused(403, _FROM)
    form = _FORMS.get(query.name)
    if form is None:  # pragma: no cover - the grammar has no other query forms
        raise Refused(400, f"unsupported query form {query.name}")
    return form


def lexical_check(text: str) -> Scan:
    """The checks made on the engine's reading of the text (step 1 above)."""
    try:
        scanned = scan(text)
    except LexicalError as exc:
        raise Refused(400, str(exc)) from None
    if scanned.depth > MAX_DEPTH:
        raise Refused(400, _DEEP.format(depth=scanned.depth))
    if len(scanned.tokens) > MAX_TOKENS:
        raise Refused(
            400,
            f"the query has {len(scanned.tokens):,} tokens; this endpoint accepts at most "
            f"{MAX_TOKENS:,} (the engine plans long UNION chains, joins and sums in "
            "quadratic time or worse); for a long list of values use one VALUES block",
        )
    keyword = engine_keyword(scanned)
    if keyword is not None:
        raise Refused(403, _SERVICE if keyword == "SERVICE" else _FROM)
    for pattern, flags in regex_arguments(scanned.tokens):
        if not _compiles(pattern, flags):
            raise Refused(
                400,
                f'the regular expression "{pattern}" (flags "{flags}") cannot be compiled by '
                "the engine: it is invalid or larger than its size limit (Unicode classes "
                "such as \\w or \\p{L} under large counted repeats are the usual cause)",
            )
    return scanned


def engine_keyword(scanned: Scan) -> str | None:
    """``SERVICE`` or ``FROM`` if Oxigraph could read that keyword in the text, else None.

    Oxigraph matches keywords without a word boundary, so a bare word that merely
    contains one (``SERVICESILENT``, ``ASKFROM``, ``trueSERVICE``) may be it; no bare
    word of SPARQL contains either.  A prefixed name hides one only where the rest of
    its prefix is itself a declared prefix: ``SERVICE:x { }`` calls ``:x`` when
    ``:`` is declared, while ``service:from`` with no empty prefix is a plain name.
    """
    for word in scanned.words:
        upper = word.upper()
        for keyword in ("SERVICE", "FROM"):
            if keyword in upper:
                return keyword
    declared = scanned.declared | set(PREFIXES)
    for pname in scanned.pnames:
        prefix = pname.split(":", 1)[0]
        upper = prefix.upper()
        for keyword, modifier in (("SERVICE", "SILENT"), ("FROM", "NAMED")):
            at = upper.find(keyword)
            while at >= 0:
                rest = prefix[at + len(keyword) :]
                readings = {rest}
                if rest.upper().startswith(modifier):
                    readings.add(rest[len(modifier) :])
                if readings & declared:
                    return keyword
                at = upper.find(keyword, at + 1)
    return None


@lru_cache(maxsize=64)
def _compiles(pattern: str, flags: str) -> bool:
    """Whether the engine compiles this regular expression (it answers unbound if not)."""
    values = f"({ox.Literal(pattern)} {ox.Literal(flags)})"
    solutions = ox.Store().query(
        f'SELECT (REGEX("", ?p, ?f) AS ?ok) WHERE {{ VALUES (?p ?f) {{ {values} }} }}'
    )
    assert isinstance(solutions, ox.QuerySolutions)
    row = next(iter(solutions))
    return bool(row["ok"] is not None)


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
