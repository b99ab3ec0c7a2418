"""How the builder writes what it finds: as rdflib terms, or straight as N-Quads text.

:mod:`graph.build` says *which* quads a document gives, once; a :class:`Terms`
says how its literals are written and where its quads go.

* :class:`RdflibTerms` - rdflib ``Literal`` objects and quads of rdflib terms
  (:func:`graph.build.document_quads`, for code that wants an rdflib graph);
* :class:`NQuadsTerms` - each literal escaped once into its N-Quads form and each
  quad one line of text (:func:`graph.build.document_nquads`, the build's hot
  path), with no rdflib or pyoxigraph term made on the way.

Both give the same graph, byte for byte once serialised: the literal forms below
are rdflib's lexical forms (``Literal(date)``, ``Literal(Decimal)``, ...) and
the escapes are the ones Oxigraph's N-Quads serialiser writes, so ``document_nquads``
equals ``to_nquads(document_quads(...))``; ``tests/graph/test_build_nquads.py``
checks it on real documents and on every character.

IRIs are ``URIRef`` in both (minted by :mod:`graph.iris`, which only mints valid
IRIs), so an object term is an IRI or a literal in the form the ``Terms`` writes.

>>> t = NQuadsTerms()
>>> t.text('He said "no".\\n'), t.integer(3), t.boolean(True)
('"He said \\\\"no\\\\".\\\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', \
'"true"^^<http://www.w3.org/2001/XMLSchema#boolean>')
"""

from __future__ import annotations

import io
import re
from abc import ABC, abstractmethod
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from rdflib import Literal, URIRef
from rdflib import namespace as ns
from rdflib.term import Node

if TYPE_CHECKING:
    from rdflib.namespace import DefinedNamespace

Quad = tuple[URIRef, URIRef, Node, URIRef]


class Vocabulary:
    """A vocabulary's terms, each made once: ``Vocabulary(RDF).type is Vocabulary(RDF).type``.

    rdflib's ``DefinedNamespace`` mints a new ``URIRef`` on every attribute access,
    and a build makes many per line of transcript (``benchmarks/results/design-notes.md``);
    this keeps the first.  A name the vocabulary does not define still fails.

    >>> from rdflib.namespace import RDF
    >>> Vocabulary(RDF).type == RDF.type
    True
    """

    def __init__(self, namespace: type[DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):  # probes by copy, pickle, mock, doctest: not terms
            raise AttributeError(name)
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


def decimal_text(value: float) -> str:
    """A confidence or score as a decimal with at most three places (``0.95``, ``1.0``)."""
    return str(round(value, 3))


class Terms(ABC):
    """Literal constructors and the ordered set of quads one document's build writes.

    An object ``o`` is a ``URIRef`` or a value one of the constructors returned.
    """

    @abstractmethod
    def add(self, s: URIRef, p: URIRef, o: str, g: URIRef) -> None:
        """Add the quad (once: a quad added again keeps its first place)."""

    @abstractmethod
    def text(self, value: str) -> str:
        """A plain string literal."""

    @abstractmethod
    def integer(self, value: int) -> str: ...

    @abstractmethod
    def boolean(self, value: bool) -> str: ...

    @abstractmethod
    def day(self, value: date) -> str:
        """An ``xsd:date``."""

    @abstractmethod
    def decimal(self, value: str) -> str:
        """An ``xsd:decimal`` from decimal text (``"1.5"``, ``"2E+6"``)."""

    @abstractmethod
    def any_uri(self, value: str) -> str:
        """An ``xsd:anyURI`` literal (a link the source gives, not checked)."""

    def confidence(self, value: float) -> str:
        """An ``xsd:decimal`` score rounded to three places."""
        return self.decimal(decimal_text(value))


class RdflibTerms(Terms):
    """rdflib literals; quads kept as tuples of rdflib terms."""

    def __init__(self) -> None:
        self._seen: dict[Quad, None] = {}

    def add(self, s: URIRef, p: URIRef, o: str, g: URIRef) -> None:
        self._seen[(s, p, cast(Node, o), g)] = None

    def quads(self) -> list[Quad]:
        return list(self._seen)

    def text(self, value: str) -> str:
        return Literal(value)

    def integer(self, value: int) -> str:
        return Literal(value)

    def boolean(self, value: bool) -> str:
        return Literal(value)

    def day(self, value: date) -> str:
        return Literal(value)

    def decimal(self, value: str) -> str:
        return Literal(Decimal(value), datatype=ns.XSD.decimal)

    def any_uri(self, value: str) -> str:
        return Literal(value, datatype=ns.XSD.anyURI)


# What Oxigraph's N-Quads serialiser escapes in a literal (measured over every code
# point): backslash, quote, the named control escapes, other C0 controls, DEL and
# U+FFFE/U+FFFF as \uXXXX.
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_RARE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_RARE_ESCAPES = {chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_RARE_ESCAPES.update({"\b": "\\b", "\f": "\\f"})


def quoted(text: str) -> str:
    """``text`` as an N-Quads string, quoted and escaped the way Oxigraph writes it.

    >>> print(quoted('a "b" \\\\ c\\n\\x01'))
    "a \\"b\\" \\\\ c\\n\\u0001"
    """
    if _NEEDS_ESCAPE.search(text) is None:
        return f'"{text}"'
    # str.replace runs in C: twenty times faster than str.translate on speech texts.
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if _RARE.search(text) is not None:
        text = _RARE.sub(lambda m: _RARE_ESCAPES[m.group()], text)
    return f'"{text}"'


def _typed(datatype: URIRef) -> str:
    return f"^^<{datatype}>"


_LINES_PER_WRITE = 2048
_SHORT = 200  # characters: a literal this long or shorter may be written again
_INTEGER, _BOOLEAN, _DATE = _typed(ns.XSD.integer), _typed(ns.XSD.boolean), _typed(ns.XSD.date)
_DECIMAL, _ANY_URI = _typed(ns.XSD.decimal), _typed(ns.XSD.anyURI)


class NQuadsTerms(Terms):
    """Literals in N-Quads form; quads kept as N-Quads lines, in the order first added.

    An object starting with ``"`` is a literal (no IRI contains ``"``); anything
    else is an IRI.
    """

    def __init__(self) -> None:
        self._lines: dict[str, None] = {}
        self._graphs: set[str] = set()
        self._last_graph: URIRef | None = None
        # Literals a document writes again and again (kinds, reasons, labels, scores),
        # each escaped and formatted once per document.
        self._texts: dict[str, str] = {}
        self._scores: dict[float, str] = {}

    def add(self, s: URIRef, p: URIRef, o: str, g: URIRef) -> None:
        # join, not an f-string: formatting a str subclass (URIRef) copies it first.
        if o[0] == '"':
            line = "".join(("<", s, "> <", p, "> ", o, " <", g, "> .\n"))
        else:
            line = "".join(("<", s, "> <", p, "> <", o, "> <", g, "> .\n"))
        self._lines[line] = None
        if g is not self._last_graph:  # a build adds runs of quads to one graph
            self._last_graph = g
            self._graphs.add(str(g))

    def pop(self, s: URIRef, p: URIRef, o: str, g: URIRef) -> str:
        """Remove that quad; its line, or ``""`` when it was not there."""
        probe = NQuadsTerms()
        probe.add(s, p, o, g)
        (line,) = probe._lines
        if line not in self._lines:
            return ""
        del self._lines[line]
        return line

    def lines(self) -> list[str]:
        return list(self._lines)

    def nquads(self) -> bytes:
        """The lines as UTF-8 N-Quads, in order.

        Encoded a few thousand lines at a time: one whole-document ``str`` would be
        up to four bytes a character (a single non-Latin-1 character widens it all).
        """
        out, lines = io.BytesIO(), list(self._lines)
        for i in range(0, len(lines), _LINES_PER_WRITE):
            out.write("".join(lines[i : i + _LINES_PER_WRITE]).encode())
        return out.getvalue()

    def graphs(self) -> set[str]:
        """Every named graph a quad was added to."""
        return set(self._graphs)

    def text(self, value: str) -> str:
        if len(value) > _SHORT:  # a speech: met once
            return quoted(value)
        found = self._texts.get(value)
        if found is None:
            found = self._texts[value] = quoted(value)
        return found

    def confidence(self, value: float) -> str:
        # Only non-zero floats are kept: 1 and 1.0, or 0.0 and -0.0, are one key but
        # are written differently.
        if type(value) is not float or not value:
            return super().confidence(value)
        found = self._scores.get(value)
        if found is None:
            found = self._scores[value] = super().confidence(value)
        return found

    def integer(self, value: int) -> str:
        return f'"{value}"{_INTEGER}'

    def boolean(self, value: bool) -> str:
        return f'"{"true" if value else "false"}"{_BOOLEAN}'

    def day(self, value: date) -> str:
        return f'"{value.isoformat()}"{_DATE}'

    def decimal(self, value: str) -> str:
        return f'"{Decimal(value):f}"{_DECIMAL}'

    def any_uri(self, value: str) -> str:
        return f"{quoted(value)}{_ANY_URI}"
