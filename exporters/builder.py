"""The projection's nodes and edges, kept compactly, emitted sorted.

A large store projects to hundreds of thousands of nodes and over a million edges;
kept as networkx would keep them (a dictionary per node and per edge, keyed by IRI
strings) that took gigabytes (``benchmarks/results/design-notes.md``).  Here:

* every node IRI is stored once, with a number in the order it was first seen;
* an edge is one 64-bit integer, (source number, target number, kind), in an
  ``array``; only edges with attributes of their own (counts, dates) have a dictionary;
* a speech's text, the bulk of the graph, goes to a temporary file as it is read and
  is read back when the node is written; the rest of a speech is one tuple.

Output order is what it always was: nodes by IRI, edges by (source IRI, target IRI,
kind), so the same store gives byte-identical files.  Edges sort as integers once each
node number is replaced by its rank among the sorted IRIs.

Where two facts disagree about a single-valued attribute the smaller value wins, so
the result does not depend on the order the store returns rows in.
"""

from __future__ import annotations

import mmap
import re
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import IO, Final

from exporters.scans import Value, order
from graph.errors import ExportError

#: Every edge kind, sorted: an edge's kind bits are its index here, so sorting the
#: integers sorts kinds by name, as sorting (source, target, kind) tuples did.
KINDS: Final = tuple(
    sorted(
        (
            "actor", "commitment_in", "follows_up", "holds", "in_house", "made", "made_in",
            "member_for", "member_of", "mentions", "part_of", "participant_in", "repeats",
            "reported", "said", "spoke_in", "spoken_as", "voted_in",
        )
    )
)  # fmt: skip
_KIND: Final = {kind: n for n, kind in enumerate(KINDS)}
_KIND_BITS: Final = 5
_NODE_BITS: Final = 29  # two node numbers and a kind in 63 bits
assert len(KINDS) <= 1 << _KIND_BITS
_NODE_MASK: Final = (1 << _NODE_BITS) - 1
_KIND_MASK: Final = (1 << _KIND_BITS) - 1

#: The attributes of a speech, in a tuple: everything but ``type`` and ``iri``.
SPEECH_FIELDS: Final = (
    "label", "position", "text", "attribution", "after_gap", "source_start", "source_end",
    "column",
)  # fmt: skip
_TEXT: Final = SPEECH_FIELDS.index("text")


class Spill:
    """Long texts in a temporary file, as (offset, length) references; deleted on close."""

    def __init__(self) -> None:
        # Closed by close(), when the graph has been written (or on garbage collection).
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="debate-kg-graphml-")  # noqa: SIM115
        self.size = 0
        self.unflushed = False  # written since the last flush (a flush costs a seek)
        self._map: mmap.mmap | None = None  # the file as read, remapped once it grows

    def put(self, text: str) -> tuple[int, int]:
        data = text.encode("utf-8", "surrogatepass")
        self.file.write(data)
        self.size += len(data)
        self.unflushed = True
        return (self.size - len(data), len(data))

    def get(self, ref: tuple[int, int]) -> str:
        """The text at ``ref``, read through a memory map: a read call per text cost ~2 s
        of a 10M-quad export (244,000 speeches)."""
        offset, length = ref
        if not length:
            return ""
        if self.unflushed:
            self.file.flush()
            self.unflushed = False
        if self._map is None or len(self._map) < offset + length:
            if self._map is not None:
                self._map.close()
            self._map = mmap.mmap(self.file.fileno(), self.size, access=mmap.ACCESS_READ)
        return self._map[offset : offset + length].decode("utf-8", "surrogatepass")

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        self.file.close()


@dataclass(slots=True)
class Builder:
    """Nodes and edges gathered in any order, emitted sorted."""

    iris: list[str] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)
    nodes: dict[int, dict[str, Value]] = field(default_factory=dict)
    speeches: dict[int, tuple[object, ...]] = field(default_factory=dict)
    many: dict[int, dict[str, set[str]]] = field(default_factory=dict)
    edge_keys: array[int] = field(default_factory=lambda: array("Q"))
    edge_attrs: dict[int, dict[str, Value]] = field(default_factory=dict)
    spill: Spill = field(default_factory=Spill)
    dropped: set[int] = field(default_factory=set)

    def id(self, iri: str) -> int:
        number = self.ids.get(iri)
        if number is None:
            number = self.ids[iri] = len(self.iris)
            if number > _NODE_MASK:
                raise ExportError(f"GraphML: more than {_NODE_MASK:,} nodes")
            self.iris.append(iri)
        return number

    def is_node(self, iri: str) -> bool:
        number = self.ids.get(iri)
        return number is not None and (number in self.nodes or number in self.speeches)

    def attrs(self, iri: str) -> Mapping[str, Value]:
        """The attributes a node has so far (empty for none)."""
        number = self.ids.get(iri)
        if number is None:
            return {}
        if number in self.speeches:
            return self._materialise(number)
        return self.nodes.get(number, {})

    def node(self, iri: str, kind: str, **attrs: Value | None) -> dict[str, Value]:
        number = self.id(iri)
        node = self.nodes.get(number)
        if node is None:
            node = self._materialise(number) if number in self.speeches else {"type": kind}
            self.nodes[number] = node
        merge(node, attrs)
        return node

    def speech(self, iri: str, values: tuple[object, ...]) -> None:
        """A speech node, its attributes in :data:`SPEECH_FIELDS` order (text maybe spilled)."""
        number = self.id(iri)
        if number in self.nodes or number in self.speeches:
            # Already described some other way (not in our own data): merge as a dictionary.
            attrs = dict(zip(SPEECH_FIELDS, self._values(values), strict=True))
            self.node(iri, "Speech", **attrs)
        else:
            self.speeches[number] = values

    def _values(self, values: tuple[object, ...]) -> tuple[Value | None, ...]:
        text = values[_TEXT]
        if isinstance(text, tuple):
            values = (*values[:_TEXT], self.spill.get(text), *values[_TEXT + 1 :])
        return values  # type: ignore[return-value]

    def _materialise(self, number: int) -> dict[str, Value]:
        values = self._values(self.speeches.pop(number))
        node: dict[str, Value] = {"type": "Speech"}
        merge(node, dict(zip(SPEECH_FIELDS, values, strict=True)))
        self.nodes[number] = node
        return node

    def add_to(self, iri: str, name: str, values: Iterable[str]) -> None:
        """Gather a many-valued attribute, written sorted and joined with ``; ``."""
        self.many.setdefault(self.id(iri), {}).setdefault(name, set()).update(values)

    def link(self, source: str, target: str, kind: str) -> int:
        """Add an edge without attributes of its own (repeats are dropped when sorting)."""
        key = ((self.id(source) << _NODE_BITS | self.id(target)) << _KIND_BITS) | _KIND[kind]
        self.edge_keys.append(key)
        return key

    def edge(self, source: str, target: str, kind: str, **attrs: Value | None) -> dict[str, Value]:
        key = self.link(source, target, kind)
        edge = self.edge_attrs.get(key)
        if edge is None:
            edge = self.edge_attrs[key] = {}
        merge(edge, attrs)
        return edge

    def count(self, source: str, target: str, kind: str, name: str, by: int = 1) -> None:
        edge = self.edge(source, target, kind)
        edge[name] = int(edge.get(name, 0)) + by

    def edges_of(self, kind: str) -> Iterator[tuple[str, str, dict[str, Value]]]:
        """The edges of one kind that have attributes: (source, target, attributes)."""
        wanted = _KIND[kind]
        for key, attrs in self.edge_attrs.items():
            if key & _KIND_MASK == wanted:
                yield self.iris[key >> (_KIND_BITS + _NODE_BITS)], self._target(key), attrs

    def links_of(self, kind: str) -> Iterator[tuple[str, str]]:
        """Every edge of one kind, as (source, target), repeats included."""
        wanted = _KIND[kind]
        for key in self.edge_keys:
            if key & _KIND_MASK == wanted:
                yield self.iris[key >> (_KIND_BITS + _NODE_BITS)], self._target(key)

    def _target(self, key: int) -> str:
        return self.iris[(key >> _KIND_BITS) & _NODE_MASK]

    def ends(self) -> Iterator[tuple[int, int, str]]:
        """Every edge as (source number, target number, kind), repeats included."""
        shift = _KIND_BITS + _NODE_BITS
        for key in self.edge_keys:
            yield key >> shift, (key >> _KIND_BITS) & _NODE_MASK, KINDS[key & _KIND_MASK]

    def close_edges(self) -> None:
        """Give every edge end a node: a ``Resource`` where nothing else describes it."""
        for number, iri in enumerate(self.iris):
            described = number in self.nodes or number in self.speeches
            if not described and number not in self.dropped:
                self.node(iri, "Resource")

    def drop(self, numbers: Set[int]) -> None:
        """Leave these nodes, and every edge that touches one of them, out of the output."""
        if not numbers:
            return
        shift = _KIND_BITS + _NODE_BITS

        def kept(key: int) -> bool:
            return key >> shift not in numbers and (key >> _KIND_BITS) & _NODE_MASK not in numbers

        self.edge_keys = array("Q", filter(kept, self.edge_keys))
        for key in [key for key in self.edge_attrs if not kept(key)]:
            del self.edge_attrs[key]
        for number in numbers:
            self.nodes.pop(number, None)
            self.speeches.pop(number, None)
            self.many.pop(number, None)
        self.dropped.update(numbers)


#: An edge without attributes of its own: one read-only mapping per kind, shared, so the
#: writer formats its ``<data>`` lines once (see :func:`exporters.graphml.write_graphml`).
_PLAIN: Final = {
    kind: MappingProxyType({"label": kind, "type": kind, "interaction": kind}) for kind in KINDS
}


def _sample(samples: dict[tuple[str, type, bool], Value], name: str, found: Value) -> None:
    if name in ("label", "name", "type"):
        return
    big = isinstance(found, int) and not -(2**53) <= found <= 2**53
    samples.setdefault((name, type(found), big), found)


def merge(into: dict[str, Value], attrs: Mapping[str, Value | None]) -> None:
    for name, found in attrs.items():
        if found is None:
            continue
        before = into.get(name)
        into[name] = found if before is None else min(before, found, key=order)


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


_WORD_BREAK: Final = re.compile(r"[-_\s]+")
_SMALL_WORDS: Final = frozenset(
    ("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to")
)


def readable_name(iri: str, kind: str = "") -> str:
    """A label for a node the graph names nowhere, made from the last segment of its IRI.

    Only a fallback: the projection first looks for ``rdfs:label``, ``skos:prefLabel``,
    ``foaf:name`` and ``dcterms:title``.  A segment without letters (a number) is
    prefixed with the node's type, so that no label is a bare identifier.

    >>> readable_name("https://w3id.org/debate-kg/id/organisation/home-office")
    'Home Office'
    >>> readable_name("https://w3id.org/debate-kg/id/place/uk")
    'UK'
    >>> readable_name("https://w3id.org/debate-kg/id/legislation/crime-and-policing-bill")
    'Crime and Policing Bill'
    >>> readable_name("https://w3id.org/debate-kg/id/person/twfy/10131", "Person")
    'Person 10131'
    """
    local = local_name(iri)
    words = [word for word in _WORD_BREAK.split(local) if word]
    if not any(char.isalpha() for char in local):
        return f"{kind} {local}".strip() if kind else local
    if len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha():
        return words[0].upper()  # an acronym, most likely: uk, eu, nhs
    return " ".join(
        word if n and word in _SMALL_WORDS else word[:1].upper() + word[1:]
        for n, word in enumerate(words)
    )


@dataclass(slots=True)
class ProjectedGraph:
    """The projection as the GraphML writer reads it: nodes, then edges, sorted.

    Both walks can be repeated (the writer walks twice); :meth:`attribute_kinds` and
    :meth:`node_sources` let the writer plan without a first walk over every edge.
    """

    builder: Builder
    _order: list[int] | None = None
    _edges: array[int] | None = None

    @property
    def attributes(self) -> Mapping[str, Value]:
        return {}

    @property
    def directed(self) -> bool:
        return True

    def _node_order(self) -> list[int]:
        if self._order is None:
            iris, dropped = self.builder.iris, self.builder.dropped
            numbers = (n for n in range(len(iris)) if n not in dropped)
            self._order = sorted(numbers, key=iris.__getitem__)
        return self._order

    def node_sources(self) -> Iterator[tuple[str, str]]:
        """Each node key and the text its GraphML id is made from (its IRI), in order."""
        iris = self.builder.iris
        for number in self._node_order():
            yield iris[number], iris[number]

    def node_items(self) -> Iterator[tuple[str, dict[str, Value]]]:
        iris = self.builder.iris
        for number in self._node_order():
            yield iris[number], self._node_attrs(number)

    def _node_attrs(self, number: int, *, texts: bool = True) -> dict[str, Value]:
        b, iri = self.builder, self.builder.iris[number]
        speech = b.speeches.get(number)
        if speech is None:
            attrs = dict(b.nodes[number])
        else:
            values = b._values(speech) if texts else speech
            attrs = {
                name: v  # type: ignore[misc]  # a Value, or a spilled text's reference
                for name, v in zip(SPEECH_FIELDS, values, strict=True)
                if v is not None
            }
            attrs["type"] = "Speech"
            if not texts and isinstance(attrs.get("text"), tuple):
                attrs["text"] = ""  # a spilled text: only its type matters here
        for name, many in b.many.get(number, {}).items():
            attrs[name] = "; ".join(sorted(many))
        label = (
            attrs.pop("label", None) or attrs.get("name") or readable_name(iri, str(attrs["type"]))
        )
        ordered: dict[str, Value] = {
            "label": label,
            "name": attrs.pop("name", label),
            "type": attrs.pop("type"),
            "iri": iri,
        }
        ordered.update(sorted(attrs.items()))
        return ordered

    def _sorted_edges(self) -> array[int]:
        """Edge keys with node numbers replaced by ranks, sorted, repeats dropped."""
        if self._edges is None:
            rank = array("Q", bytes(8 * len(self.builder.iris)))
            for position, number in enumerate(self._node_order()):
                rank[number] = position
            shift = _KIND_BITS + _NODE_BITS
            keys = sorted(
                (rank[key >> shift] << _NODE_BITS | rank[(key >> _KIND_BITS) & _NODE_MASK])
                << _KIND_BITS
                | key & _KIND_MASK
                for key in self.builder.edge_keys
            )
            unique = array("Q")
            last = -1
            for key in keys:
                if key != last:
                    unique.append(key)
                    last = key
            self._edges = unique
        return self._edges

    def edge_items(self) -> Iterator[tuple[str, str, str, Mapping[str, Value]]]:
        b, order_ = self.builder, self._node_order()
        iris, attrs_of = b.iris, b.edge_attrs
        shift = _KIND_BITS + _NODE_BITS
        for key in self._sorted_edges():
            source, target = order_[key >> shift], order_[(key >> _KIND_BITS) & _NODE_MASK]
            kind = KINDS[key & _KIND_MASK]
            own = attrs_of.get((source << _NODE_BITS | target) << _KIND_BITS | key & _KIND_MASK)
            if own:
                ordered: dict[str, Value] = {"label": kind, "type": kind, "interaction": kind}
                ordered.update(sorted(own.items()))
                yield iris[source], iris[target], kind, ordered
            else:
                yield iris[source], iris[target], kind, _PLAIN[kind]

    def attribute_kinds(self, domain: str) -> Iterator[Mapping[str, Value]]:
        """Attribute mappings of ``domain`` holding every kind of value the graph has.

        A GraphML key's type depends only on each value's Python type (and, for an
        integer, whether it fits in a double), so one sample of each (name, kind) stands
        for all: nodes are not materialised for this.  ``label``, ``name`` and ``type``
        are always strings to the writer, and ``iri`` is one.  For edges, the edges
        with attributes of their own and one plain edge per kind.
        """
        if domain == "node":
            b = self.builder
            if b.iris and len(b.dropped) < len(b.iris):
                yield {"label": "", "name": "", "type": "", "iri": ""}
            samples: dict[tuple[str, type, bool], Value] = {}
            for attrs in b.nodes.values():
                for name, found in attrs.items():
                    _sample(samples, name, found)
            for values in b.speeches.values():
                for name, field in zip(SPEECH_FIELDS, values, strict=True):
                    if field is not None:  # a spilled text is a (offset, length) pair
                        _sample(samples, name, "" if isinstance(field, tuple) else field)  # type: ignore[arg-type]
            for many in b.many.values():
                for name in many:
                    _sample(samples, name, "")
            for (name, _, _), found in samples.items():
                yield {name: found}
            return
        for kind in KINDS:
            yield _PLAIN[kind]
        yield from self.builder.edge_attrs.values()

    def close(self) -> None:
        self.builder.spill.close()


__all__ = [
    "KINDS",
    "SPEECH_FIELDS",
    "Builder",
    "ProjectedGraph",
    "Spill",
    "local_name",
    "merge",
    "readable_name",
]
