"""Named SPARQL queries: one ``.rq`` file each, the project prefixes pre-bound.

The first comment lines of a file describe it; ``# param: NAME - text`` lines
name the variables a caller may fix with ``--param NAME=VALUE``.  A
``# lookup: NAME`` line also binds ``?NAMEKey`` to the value's lookup key
(:func:`graph.vocab.names.lookup_name_key`), so the query finds what the value
names through the store's index on ``dkg:lookupKey``, in any case: a key the
query computed itself (``BIND(CONCAT(…, LCASE(?name)))``) is joined by scanning
every key instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files

import pyoxigraph as ox

from graph.errors import QueryError
from graph.vocab.names import lookup_name_key

#: Longest parameter value accepted, in characters (a name or a date is far shorter).
MAX_PARAM_CHARS = 10_000

_PARAM_LINE = re.compile(r"#\s*param:\s*(\w+)")
_LOOKUP_LINE = re.compile(r"#\s*lookup:\s*(\w+)")
_IRI_LINE = re.compile(r"#\s*iri:\s*(\w+)")
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# The tokens that can hide the text "WHERE {": strings, IRIs and comments, matched
# first so that a WHERE inside them is skipped.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n\r]*"
    r"|(?P<where>\bWHERE\s*\{)",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    text: str
    #: Parameters whose lookup key is bound too, as ``?NAMEKey``.
    lookups: tuple[str, ...] = ()
    #: Parameters that name a resource, bound as an IRI too, as ``?NAMEIri``.
    iris: tuple[str, ...] = ()


def _parse(name: str, text: str) -> NamedQuery:
    description: list[str] = []
    params: list[str] = []
    lookups: list[str] = []
    iris: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _PARAM_LINE.match(line):
            params.append(m[1])
        elif m := _LOOKUP_LINE.match(line):
            lookups.append(m[1])
        elif m := _IRI_LINE.match(line):
            iris.append(m[1])
        else:
            description.append(line.lstrip("# ").strip())
    return NamedQuery(name, " ".join(description), tuple(params), text, tuple(lookups), tuple(iris))


def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name, sorted."""
    found = {}
    for entry in sorted(files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return found


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; known: {', '.join(queries)}")
    return queries[name]


def bind(text: str, params: Mapping[str, str], *, declared: Iterable[str] | None = None) -> str:
    """Fix variables to string values: a ``VALUES`` block opens the ``WHERE`` group.

    Filters in the group see the values; a parameter not given stays unbound.

    >>> print(bind("SELECT ?x WHERE { ?x ?p ?name }", {"name": 'A "B"'}))
    SELECT ?x WHERE { VALUES (?name) { ("A \\"B\\"") } ?x ?p ?name }
    >>> marked = "{ SELECT ?y WHERE {  # parameters\\n ?y ?q ?n } }"
    >>> bind("SELECT * { { SELECT ?x WHERE { ?x ?p ?n } } UNION " + marked + " }", {"n": "1"})
    'SELECT * { { SELECT ?x WHERE { VALUES (?n) { ("1") } ?x ?p ?n } } UNION { SELECT ?y WHERE { VALUES (?n) { ("1") }  # parameters\\n ?y ?q ?n } } }'

    Why a ``VALUES`` block and not the engine's own bindings: pyoxigraph's
    ``Store.query(substitutions=…)`` only binds variables of the ``SELECT``
    projection (SEP-0007), and our parameters are optional filter inputs
    (``FILTER(!BOUND(?member) || …)``) that are not projected; a remote endpoint
    has no bindings API at all.  So this does what rdflib does for ``initBindings``
    on a remote store, and nothing more:

    * every value becomes one RDF literal serialised by the RDF library
      (``str(pyoxigraph.Literal(value))``), never by escaping of our own, so a
      value cannot end its literal: quotes, ``}``, ``UNION``, ``#``, newlines, NUL
      and non-BMP characters all stay inside the string;
    * every name must be a declared parameter: the ``declared`` names, else the
      query's ``# param:`` lines, else (an ad hoc query without them) a variable
      the query mentions.  A name is a plain SPARQL variable name, nothing else;
    * the block goes after the first ``WHERE {`` that is not inside a string,
      an IRI or a comment, and again after every later ``WHERE {`` that the
      comment ``# parameters`` follows on its line.  A sub-select sees only the
      variables it binds itself, so a query that needs a parameter in two
      sub-selects (one plan when it is given, another when it is not) marks the
      second one.

    A ``# iri: NAME`` line binds ``?NAMEIri`` to the value as an IRI (an error if it
    is not one): a pattern on it is a look-up, where ``BIND(IRI(?NAME) AS ?x)`` makes
    a value the engine joins by scanning.

    A query that mentions ``?NAME_given`` has it bound (to ``true``) when NAME is
    given: a flag no pattern can bind, so a branch guarded by ``FILTER(BOUND(…))`` is
    ruled out before it matches anything when the parameter is absent (a guard on the
    parameter itself would not be, where a pattern binds the parameter's variable).

    Anything else (an unknown name, a value that is not text, over
    :data:`MAX_PARAM_CHARS`) is a :class:`QueryError`.
    """
    if not params:
        return text
    parsed = _parse("", text)
    allowed = set(declared) if declared is not None else set(parsed.params)
    lookups = set(parsed.lookups)
    for key, value in params.items():
        if not isinstance(key, str) or not _VARNAME.fullmatch(key):
            raise QueryError(f"bad parameter name {key!r}: use letters, digits and _")
        if allowed and key not in allowed:
            known = ", ".join(sorted(allowed))
            raise QueryError(f"unknown parameter {key!r}; this query takes: {known}")
        if not allowed and not re.search(rf"[?$]{key}\b", text):
            raise QueryError(f"unknown parameter {key!r}: the query has no ?{key}")
        if not isinstance(value, str):
            raise QueryError(f"parameter {key!r} must be text, not {type(value).__name__}")
        if len(value) > MAX_PARAM_CHARS:
            raise QueryError(
                f"parameter {key!r} is {len(value):,} characters long (at most {MAX_PARAM_CHARS:,})"
            )
    paging = {k: v for k, v in params.items() if k in _PAGING}
    if paging:
        text = _page(text, paging)
        params = {k: v for k, v in params.items() if k not in _PAGING}
        if not params:
            return text
    groups = [m for m in _TOKENS.finditer(text) if m["where"]]
    if not groups:
        raise QueryError("parameters need a query with a WHERE { … } group")
    places = [groups[0]] + [m for m in groups[1:] if _MARK.match(text, m.end())]
    keyed = {f"{k}Key": lookup_name_key(v) for k, v in params.items() if k in lookups}
    iris = {f"{k}Iri": _iri(k, v) for k, v in params.items() if k in parsed.iris}
    given = [f"{k}_given" for k in params if re.search(rf"[?$]{k}_given\b", text)]
    names = " ".join(f"?{k}" for k in [*params, *keyed, *iris, *given])
    values = " ".join(
        [
            *(_literal(k, v) for k, v in [*params.items(), *keyed.items()]),
            *iris.values(),
            *("true" for _ in given),
        ]
    )
    block = f" VALUES ({names}) {{ ({values}) }}"
    for where in reversed(places):
        text = text[: where.end()] + block + text[where.end() :]
    return text


#: The comment that marks a further ``WHERE {`` group for the parameters.
_MARK = re.compile(r"[ \t]*#[ \t]*parameters\b")


#: Parameters that set a paged query's page rather than bind a variable.
_PAGING = ("limit", "offset")
#: A paged query's one page clause (numbers only, so prose in comments never matches).
_PAGE = re.compile(r"\bLIMIT\s+(?P<limit>\d+)\s+OFFSET\s+(?P<offset>\d+)\b")


#: A page given as its ranks: ``VALUES ?rank { 0 1 … 99 }  # page`` (the default page,
#: the same rows as the query's ``LIMIT 100 OFFSET 0``).
_RANKS = re.compile(r"(?P<head>\bVALUES\s+\?\w+\s*)\{[\d\s]*\}(?=[ \t]*#[ \t]*page\b)")


def _page(text: str, paging: Mapping[str, str]) -> str:
    """Set the numbers of a paged query's ``LIMIT n OFFSET m`` clause, and of its
    ``VALUES ?rank { … }  # page`` block if it has one (a page of a ranked summary,
    looked up rank by rank rather than cut from a sort).

    >>> print(_page("SELECT * { ?s ?p ?o } LIMIT 100 OFFSET 0", {"offset": "200"}))
    SELECT * { ?s ?p ?o } LIMIT 100 OFFSET 200
    >>> ranked = "SELECT * { VALUES ?r { 0 1 }  # page\\n?x :rank ?r } LIMIT 2 OFFSET 0"
    >>> print(_page(ranked, {"offset": "4", "limit": "3"}))
    SELECT * { VALUES ?r { 4 5 6 }  # page
    ?x :rank ?r } LIMIT 3 OFFSET 4

    A query paged by its ranks alone takes its default page from them:

    >>> print(_page("SELECT * { VALUES ?r { 0 1 2 }  # page\\n?x :rank ?r }", {"offset": "3"}))
    SELECT * { VALUES ?r { 3 4 5 }  # page
    ?x :rank ?r }
    """
    default = _default_page(text)
    if default is None:
        raise QueryError("limit and offset need a paged query (one 'LIMIT n OFFSET m' clause)")
    numbers = {}
    for key, value in paging.items():
        if not value.isascii() or not value.isdigit():
            raise QueryError(f"parameter {key!r} must be a whole number, not {value!r}")
        numbers[key] = int(value)
    if numbers.get("limit") == 0:
        raise QueryError("parameter 'limit' must be at least 1")
    # A query may cut the same page in two places (a sub-select that needs the page's
    # rows again): every copy of the clause gets the same numbers.
    limit = numbers.get("limit", default[0])
    offset = numbers.get("offset", default[1])
    text = _PAGE.sub(f"LIMIT {limit} OFFSET {offset}", text)
    # A page looked up by rank: the ranks themselves, offset to offset + limit - 1.
    ranks = " ".join(str(n) for n in range(offset, offset + limit))
    return _RANKS.sub(lambda m: f"{m['head']}{{ {ranks} }}", text)


def _default_page(text: str) -> tuple[int, int] | None:
    """A paged query's default (limit, offset): its one ``LIMIT n OFFSET m`` clause
    (every copy alike), else its ``VALUES ?rank { … }  # page`` block's count and first
    rank; None when it is not paged."""
    clauses = list(_PAGE.finditer(text))
    if clauses:
        if len({(c["limit"], c["offset"]) for c in clauses}) != 1:
            return None
        return int(clauses[0]["limit"]), int(clauses[0]["offset"])
    block = _RANKS.search(text)
    ranks = [int(n) for n in re.findall(r"\d+", block.group().partition("{")[2])] if block else []
    return (len(ranks), ranks[0]) if ranks else None


def _iri(key: str, value: str) -> str:
    """``value`` as a SPARQL IRI, serialised by pyoxigraph (a parameter that names a
    resource, so that the query looks it up rather than computing ``IRI(?value)``)."""
    try:
        return str(ox.NamedNode(value))
    except (ValueError, TypeError):
        raise QueryError(f"parameter {key!r} is not an IRI: {value[:80]!r}") from None


def _literal(key: str, value: str) -> str:
    """``value`` as a SPARQL string literal, serialised by pyoxigraph."""
    try:
        return str(ox.Literal(value))
    except (ValueError, TypeError):
        # A lone surrogate: what Python makes of bytes that are not UTF-8 in argv.
        raise QueryError(f"parameter {key!r} is not valid Unicode text") from None
