"""Reading the store for the projection: index range scans, and joins in the store.

Where the time goes: Oxigraph keeps every IRI and long literal once, in a string
table, and its indexes hold hashes; what costs is turning a hash back into text, one
table lookup per term returned (~15-40 µs a lookup on a freshly bulk-loaded 10M-quad
store, whose tables are many unmerged files), and seeking an index once per row
(~75 µs there).  Joining in the store by hash avoids both, at a price in memory:

* most classes are read one predicate at a time, ``SELECT ?s ?o { ?s <p> ?o }``, and
  joined in Python dictionaries: one row per fact, memory that of the rows kept;
* a speech's fields, a commitment's fields and evidence, and the mentions, are joined
  in the store from one sub-SELECT per predicate (:func:`optional`), which Oxigraph
  scans once each and joins by hash on the stored ids: a speech's or commitment's IRI
  is turned into text once for all its fields, and a mention's never (the mentions come
  back counted per pair, ``GROUP BY``).  Each joined predicate costs a hash table of
  ~400 bytes a fact while the query runs; :func:`release` gives the tables back when
  the query is done, and the mentions' join, the largest, sets the export's peak.
  Plain patterns or OPTIONALs would seek the index per row, slower than decoding.

The figures, and the stores they were measured on, are in
``benchmarks/results/design-notes.md``.

A value stated in several graphs comes back once per graph; callers keep the smallest
(:func:`order`) or a set, so the result does not depend on how often or in what order
the store returns a fact.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Iterator, Mapping, Sequence

import pyoxigraph as ox
from rdflib import namespace as rdfns  # XSD: not imported by name, see projection.py
from rdflib.namespace import RDF
from rdflib.term import URIRef

#: A flat attribute value, as graph tools understand them.
Value = str | int | float | bool

#: Facts about instances of a class: subject IRI -> field name -> values, sorted.
Facts = dict[str, dict[str, list[Value]]]

_INTEGER_TYPES = frozenset(
    str(rdfns.XSD[name])
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte",
    )
)  # fmt: skip
_REAL_TYPES = frozenset(str(rdfns.XSD[name]) for name in ("decimal", "double", "float"))
_BOOLEAN = str(rdfns.XSD.boolean)
_STRING = str(rdfns.XSD.string)
_NAMED = ox.NamedNode
_LITERAL = ox.Literal


def value(term: object) -> Value | None:
    """A term as a flat value: IRIs as text, typed literals as numbers and booleans."""
    kind = type(term)
    if kind is _NAMED:
        return term.value  # type: ignore[attr-defined, no-any-return]
    if kind is _LITERAL:
        literal: ox.Literal = term  # type: ignore[assignment]
        datatype = literal.datatype.value
        if datatype == _STRING:
            return literal.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(literal.value)
            if datatype in _REAL_TYPES:
                return float(literal.value)
        except ValueError:
            return literal.value
        if datatype == _BOOLEAN:
            return literal.value in ("true", "1")
        return literal.value
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def order(item: Value) -> tuple[str, str]:
    """How values of one field are ranked: the smallest is the one a single-valued field keeps."""
    return (type(item).__name__, str(item))


def solutions(store: ox.Store, query: str) -> ox.QuerySolutions:
    """A SELECT over the union of the named graphs."""
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return result


def scan(store: ox.Store, predicate: URIRef) -> Iterator[tuple[str, Value]]:
    """Every (subject, value) stated with ``predicate``, in any graph (repeats included)."""
    query = f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"
    for subject, obj in solutions(store, query):
        found = value(obj)
        if found is not None:
            yield str(value(subject)), found


def optional(subject: str, fields: Mapping[str, URIRef]) -> str:
    """OPTIONAL sub-SELECTs binding ``?<name>`` for each field of ``?<subject>``.

    Each is its own sub-SELECT so that Oxigraph joins it by hash (one scan of the
    predicate) instead of seeking the index for every row.
    """
    return "\n".join(
        f"OPTIONAL {{ SELECT ?{subject} ?{name} WHERE {{ ?{subject} <{predicate}> ?{name} }} }}"
        for name, predicate in fields.items()
    )


def rows(store: ox.Store, query: str) -> Iterator[tuple[Value | None, ...]]:
    """Each solution of ``query`` as flat values, in the order of its variables."""
    for solution in solutions(store, query):
        yield tuple(value(term) for term in solution)


def release() -> None:
    """Give the memory of a finished join's hash tables back to the system (glibc).

    Freed, it stays with the allocator and still counts in the process's resident size,
    and the small Python objects made next do not reuse most of it.
    """
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@functools.cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018  # glibc only
    except (OSError, AttributeError):
        return None
    return libc


def instances(store: ox.Store, cls: URIRef) -> Iterator[str]:
    """Every instance of ``cls``, from the class's own index range (repeats included)."""
    query = f"SELECT ?s WHERE {{ ?s <{RDF.type}> <{cls}> }}"
    for (subject,) in solutions(store, query):
        yield str(value(subject))


def facts(store: ox.Store, classes: Sequence[URIRef], fields: Mapping[str, URIRef]) -> Facts:
    """Every instance of ``classes``, with its values for each field's predicate (maybe none)."""
    found: Facts = {}
    for cls in classes:
        for subject in instances(store, cls):
            found.setdefault(subject, {})
    for name, predicate in fields.items():
        for subject, item in scan(store, predicate):
            about = found.get(subject)
            if about is not None:
                _keep(about, name, item)
    return _sorted(found)


def joined_facts(store: ox.Store, query: str, names: Sequence[str]) -> Facts:
    """Facts from one query joined in the store: its first variable the subject, then ``names``.

    The subject is turned into text once a row instead of once a field.  A field with
    several values multiplies the rows; each value is kept once, sorted as in :func:`facts`.
    """
    found: Facts = {}
    for subject, *items in rows(store, query):
        about = found.setdefault(str(subject), {})
        for name, item in zip(names, items, strict=True):
            if item is not None:
                _keep(about, name, item)
    return _sorted(found)


def _keep(about: dict[str, list[Value]], name: str, item: Value) -> None:
    """Add ``item`` to a subject's ``name`` values, once."""
    values = about.setdefault(name, [])
    if item not in values:
        values.append(item)


def _sorted(found: Facts) -> Facts:
    """``found`` with every field of several values sorted (deterministic output)."""
    for about in found.values():
        for values in about.values():
            if len(values) > 1:
                values.sort(key=order)
    return found


def first(about: Mapping[str, list[Value]], name: str) -> Value | None:
    values = about.get(name)
    return values[0] if values else None


def text(about: Mapping[str, list[Value]], name: str) -> str | None:
    found = first(about, name)
    return None if found is None else str(found)


def every(about: Mapping[str, list[Value]], name: str) -> list[str]:
    return [str(item) for item in about.get(name, ())]


def smaller(before: Value | None, item: Value) -> Value:
    """The value a single-valued field keeps of two."""
    return item if before is None else min(before, item, key=order)
