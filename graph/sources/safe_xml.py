"""Parse untrusted XML with lxml without letting the file reach outside itself.

Every XML reader parses through :func:`parse`.  Before libxml2 sees the bytes,
the prolog is scanned here and the file is refused (with a :class:`SourceError`
naming it) when its DOCTYPE

* names an external DTD or declares an external (``SYSTEM``/``PUBLIC``/``NDATA``)
  entity: such a file would read local files or the network when expanded;
* declares a parameter entity (``<!ENTITY % …>``): indirection inside the DTD
  that none of our formats needs and that hides what the entities expand to;
* declares entities that nest deeper than :data:`MAX_ENTITY_DEPTH`, refer to
  themselves, or expand to more than :data:`MAX_ENTITY_CHARS` characters each
  or :data:`MAX_TOTAL_ENTITY_CHARS` over all references in the document
  ("billion laughs", "quadratic blow-up").

What is left is a DOCTYPE of small internal entities, such as the HTML entity
table (``<!ENTITY ndash "&#8211;">``) at the top of TheyWorkForYou files; those
are expanded.  lxml is configured belt-and-braces as well: no network, no DTD
loading, ``resolve_entities="internal"``, libxml2's own amplification limits
left on (``huge_tree=False``).  The prolog scanner fails closed: a prolog it
cannot follow (an unknown encoding, a malformed DOCTYPE) is refused rather than
handed to libxml2.

XInclude is never processed by the parser.  :func:`include_targets` lists the
files a document's ``xi:include`` elements name, following only a relative path
that stays (symbolic links resolved) inside the including file's own folder, with
the default ``parse="xml"`` and no ``xpointer``; every other include is refused with
its reason, and nothing is opened here: the caller reads the files, through
:func:`parse` like any other.

>>> root = parse("x.xml", b'<!DOCTYPE a [<!ENTITY d "&#8211;">]><a>1&d;2</a>')
>>> root.text
'1–2'
>>> root_name(b'<?xml version="1.0"?><!-- c --><x:a xmlns:x="urn:n"/>')
('urn:n', 'a')
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast

from lxml import etree  # type: ignore[import-untyped]

from graph.errors import SourceError

#: Deepest allowed chain of entities referring to entities (HTML tables need 1).
MAX_ENTITY_DEPTH = 3
#: Largest allowed expansion of one entity, in characters.
MAX_ENTITY_CHARS = 10_000
#: Largest allowed sum of the expansions of every entity reference in a file.
MAX_TOTAL_ENTITY_CHARS = 4_000_000

XML_NS = "http://www.w3.org/XML/1998/namespace"
XI_NS = "http://www.w3.org/2001/XInclude"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_PREDEFINED = frozenset({"lt", "gt", "amp", "quot", "apos"})
_NAME = r"[A-Za-z_:\u0080-\uffff][-A-Za-z0-9_.:\u0080-\uffff]*"
_NAME_RE = re.compile(_NAME)
_REF_RE = re.compile(rf"&(#[0-9]+|#x[0-9A-Fa-f]+|{_NAME});|%({_NAME});")
_CHAR_REF = re.compile(r"&#(?:([0-9]+)|x([0-9A-Fa-f]+));")
_ATTR_RE = re.compile(rf"({_NAME})\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


class Element(Protocol):
    """The part of ``lxml.etree._Element`` our readers use (lxml ships no type hints)."""

    @property
    def tag(self) -> object: ...  # a str for elements; a function for comments and PIs
    @property
    def text(self) -> str | None: ...
    @property
    def tail(self) -> str | None: ...
    @property
    def sourceline(self) -> int | None: ...
    def get(self, key: str) -> str | None: ...
    def __iter__(self) -> Iterator[Element]: ...
    def iter(self, *tags: str) -> Iterator[Element]: ...
    def getparent(self) -> Element | None: ...


# --- the prolog: XML declaration, comments, PIs, DOCTYPE, root start tag -------


@dataclass(frozen=True, slots=True)
class _Entity:
    name: str
    value: str | None  # the literal of an internal entity
    external: str | None  # "SYSTEM '…'" and the like, for external ones
    parameter: bool


@dataclass(frozen=True, slots=True)
class _Prolog:
    external_dtd: str | None
    entities: tuple[_Entity, ...]
    root: str | None  # qualified name of the root element; None when not reached
    root_attrs: tuple[tuple[str, str], ...]
    end: int  # offset (in the decoded prolog text) where the root start tag begins


class _Unreadable(Exception):
    """The prolog could not be followed; the message says where."""


def head_text(data: bytes) -> str:
    """The bytes as text good enough to follow markup: positions match for 8-bit encodings."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "\ufeff" + data[3:].decode("latin-1")
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2 : len(data) - len(data) % 2].decode(codec, errors="replace")
    for start, codec in ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be")):
        if data.startswith(start):
            return data[: len(data) - len(data) % 2].decode(codec, errors="replace")
    return data.decode("latin-1")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 1 if text.startswith("\ufeff") else 0

    def at(self, token: str) -> bool:
        return self.s.startswith(token, self.i)

    def skip_ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def skip_past(self, token: str, what: str) -> None:
        j = self.s.find(token, self.i)
        if j < 0:
            raise _Unreadable(f"unterminated {what}")
        self.i = j + len(token)

    def name(self) -> str:
        m = _NAME_RE.match(self.s, self.i)
        if not m:
            raise _Unreadable(f"expected a name at character {self.i}")
        self.i = m.end()
        return m.group()

    def literal(self) -> str:
        quote = self.s[self.i : self.i + 1]
        if quote not in ('"', "'"):
            raise _Unreadable(f"expected a quoted literal at character {self.i}")
        j = self.s.find(quote, self.i + 1)
        if j < 0:
            raise _Unreadable("unterminated literal")
        value = self.s[self.i + 1 : j]
        self.i = j + 1
        return value

    def external_id(self) -> str | None:
        """``SYSTEM "uri"`` or ``PUBLIC "id" "uri"`` (as text), or None."""
        for keyword, count in (("SYSTEM", 1), ("PUBLIC", 2)):
            if self.at(keyword):
                self.i += len(keyword)
                parts = []
                for n in range(count):
                    self.skip_ws()
                    if n == 1 and self.at(">"):
                        break  # PUBLIC without a system literal (NOTATION)
                    parts.append(self.literal())
                return f"{keyword} " + " ".join(f'"{p}"' for p in parts)
        return None


def _scan_prolog(text: str) -> _Prolog:
    sc = _Scanner(text)
    external_dtd: str | None = None
    entities: tuple[_Entity, ...] = ()
    seen_doctype = False
    while True:
        sc.skip_ws()
        if sc.i >= len(text):
            return _Prolog(external_dtd, entities, None, (), sc.i)
        if sc.at("<?"):
            sc.skip_past("?>", "processing instruction")
        elif sc.at("<!--"):
            sc.skip_past("-->", "comment")
        elif sc.at("<!DOCTYPE"):
            if seen_doctype:
                raise _Unreadable("two DOCTYPE declarations")
            seen_doctype = True
            sc.i += len("<!DOCTYPE")
            external_dtd, entities = _scan_doctype(sc)
        elif sc.at("<") and _NAME_RE.match(text, sc.i + 1):
            start = sc.i
            sc.i += 1
            root = sc.name()
            close = text.find(">", sc.i)
            attrs_text = text[sc.i : close if close >= 0 else len(text)]
            attrs = tuple(
                (m[1], m[2] if m[2] is not None else m[3]) for m in _ATTR_RE.finditer(attrs_text)
            )
            return _Prolog(external_dtd, entities, root, attrs, start)
        else:
            raise _Unreadable(f"unexpected content before the root element at character {sc.i}")


def _scan_doctype(sc: _Scanner) -> tuple[str | None, tuple[_Entity, ...]]:
    sc.skip_ws()
    sc.name()
    sc.skip_ws()
    external = sc.external_id()
    sc.skip_ws()
    entities: list[_Entity] = []
    if sc.at("["):
        sc.i += 1
        while True:
            sc.skip_ws()
            if sc.i >= len(sc.s):
                raise _Unreadable("unterminated DOCTYPE internal subset")
            if sc.at("]"):
                sc.i += 1
                break
            if sc.at("<!--"):
                sc.skip_past("-->", "comment")
            elif sc.at("<?"):
                sc.skip_past("?>", "processing instruction")
            elif sc.at("<!ENTITY"):
                sc.i += len("<!ENTITY")
                entities.append(_scan_entity(sc))
            elif sc.at("<!ELEMENT") or sc.at("<!ATTLIST") or sc.at("<!NOTATION"):
                _skip_declaration(sc)
            elif sc.at("%"):
                raise _Unreadable("its DOCTYPE uses a parameter entity reference")
            else:
                raise _Unreadable(f"unexpected content in the DOCTYPE at character {sc.i}")
        sc.skip_ws()
    if not sc.at(">"):
        raise _Unreadable("malformed DOCTYPE declaration")
    sc.i += 1
    return external, tuple(entities)


def _skip_declaration(sc: _Scanner) -> None:
    """Skip ``<!ELEMENT …>`` and the like, honouring quoted literals (which may hold ``>``)."""
    while sc.i < len(sc.s):
        c = sc.s[sc.i]
        if c in "\"'":
            sc.literal()
            continue
        sc.i += 1
        if c == ">":
            return
    raise _Unreadable("unterminated declaration in the DOCTYPE")


def _scan_entity(sc: _Scanner) -> _Entity:
    sc.skip_ws()
    parameter = sc.at("%")
    if parameter:
        sc.i += 1
        sc.skip_ws()
    name = sc.name()
    sc.skip_ws()
    external = sc.external_id()
    value = None if external else sc.literal()
    sc.skip_ws()
    if sc.at("NDATA"):
        sc.i += len("NDATA")
        sc.skip_ws()
        sc.name()
        sc.skip_ws()
    if not sc.at(">"):
        raise _Unreadable(f"malformed declaration of entity {name!r}")
    sc.i += 1
    return _Entity(name, value, external, parameter)


# --- the entity checks ----------------------------------------------------------


def _char(m: re.Match[str]) -> str:
    digits = m[1] if m[1] is not None else m[2]
    if len(digits) > 8:  # int() refuses over 4,300 digits; no character needs 9
        return "\ufffd"
    code = int(digits) if m[1] is not None else int(digits, 16)
    return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"


def _check_entities(path: Path | str, prolog: _Prolog, body: str) -> None:
    if prolog.external_dtd:
        raise SourceError(
            path,
            f"refused: the DOCTYPE refers to an external DTD ({prolog.external_dtd}); "
            "external DTDs are never loaded",
        )
    values: dict[str, str] = {}
    for entity in prolog.entities:
        kind = "parameter entity" if entity.parameter else "entity"
        if entity.external is not None:
            raise SourceError(
                path,
                f"refused: the DOCTYPE declares an external {kind} {entity.name!r} "
                f"({entity.external}); external entities are never loaded",
            )
        if entity.parameter:
            raise SourceError(
                path, f"refused: the DOCTYPE declares a parameter entity {entity.name!r}"
            )
        assert entity.value is not None
        # XML: the first declaration wins.  Character references in a literal are
        # replaced when it is declared, so "&#38;lol;" hides a reference to &lol;.
        values.setdefault(entity.name, _CHAR_REF.sub(_char, entity.value))
    sizes: dict[str, tuple[int, int]] = {}  # name -> (expanded characters, depth)

    def measure(name: str, active: tuple[str, ...]) -> tuple[int, int]:
        if name in sizes:
            return sizes[name]
        if name in active:
            raise SourceError(path, f"refused: entity {name!r} refers to itself")
        chars, depth = 0, 1
        value = values[name]
        last = 0
        for m in _REF_RE.finditer(value):
            chars += m.start() - last
            last = m.end()
            if m[2] is not None:
                raise SourceError(path, f"refused: entity {name!r} uses a parameter entity")
            ref = m[1]
            if ref.startswith("#") or ref in _PREDEFINED or ref not in values:
                chars += 1
                continue
            sub_chars, sub_depth = measure(ref, (*active, name))
            chars += sub_chars
            depth = max(depth, sub_depth + 1)
            if depth > MAX_ENTITY_DEPTH:
                raise SourceError(
                    path,
                    f"refused: entity {name!r} nests entities more than "
                    f"{MAX_ENTITY_DEPTH} deep (possible entity-expansion attack)",
                )
            if chars > MAX_ENTITY_CHARS:
                break
        chars += len(value) - last
        if chars > MAX_ENTITY_CHARS:
            raise SourceError(
                path,
                f"refused: entity {name!r} expands to more than {MAX_ENTITY_CHARS:,} "
                "characters (possible entity-expansion attack)",
            )
        sizes[name] = (chars, depth)
        return chars, depth

    for name in values:
        measure(name, ())
    total = 0
    for m in _REF_RE.finditer(body):
        if m[1] is not None and m[1] in values:
            total += sizes[m[1]][0]
            if total > MAX_TOTAL_ENTITY_CHARS:
                raise SourceError(
                    path,
                    f"refused: entity references expand to more than "
                    f"{MAX_TOTAL_ENTITY_CHARS:,} characters (possible entity-expansion attack)",
                )


# --- public API -------------------------------------------------------------------


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities="internal",
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        # ids are not looked up through the parser, and real files repeat them (ParlaMint-
        # ES-CT's person list gives two people the id "GarrigaJoan"): libxml2 refuses a
        # repeated xml:id only when it collects them
        collect_ids=False,
    )


def parse(path: Path | str, data: bytes) -> Element:
    """The root element of ``data``, or a :class:`SourceError` if it is unsafe or not XML."""
    text = head_text(data)
    try:
        prolog = _scan_prolog(text)
    except _Unreadable as exc:
        raise SourceError(path, f"refused: cannot check the XML prolog safely: {exc}") from None
    if prolog.root is None:
        raise SourceError(path, "no XML root element found")
    _check_entities(path, prolog, text[prolog.end :])
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise SourceError(path, f"not well-formed XML: {exc.msg}", line=exc.lineno) from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None:
        for entity in dtd.iterentities():  # defence in depth: the scan above missed nothing
            if entity.system_url is not None:
                raise SourceError(path, f"refused: external entity {entity.name!r}")
    return cast(Element, root)


def root_name(head: bytes) -> tuple[str | None, str] | None:
    """``(namespace, local name)`` of the root element, from the first bytes of a file.

    ``None`` when the head is not XML or is cut before the root start tag.
    """
    try:
        prolog = _scan_prolog(head_text(head))
    except _Unreadable:
        return None
    if prolog.root is None:
        return None
    prefix, _, local = prolog.root.rpartition(":")
    wanted = f"xmlns:{prefix}" if prefix else "xmlns"
    namespace = next((value for name, value in prolog.root_attrs if name == wanted), None)
    return namespace or None, local


def root_attribute(head: bytes, name: str) -> str | None:
    """The value of attribute ``name`` (as written, e.g. ``xml:lang``) on the root element."""
    try:
        prolog = _scan_prolog(head_text(head))
    except _Unreadable:
        return None
    return next((value for key, value in prolog.root_attrs if key == name), None)


# --- small helpers shared by the XML readers ----------------------------------------


def local_name(element: Element) -> str:
    """The tag without its namespace; ``""`` for comments and processing instructions."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


# Runs of XML whitespace other than a single space: replacing each lone space by a space
# (most matches of "[ \t\r\n]+") would copy every text for nothing.
_SPACE = re.compile(r"[\t\r\n][ \t\r\n]*| [ \t\r\n]+")


def squash(text: str) -> str:
    """Runs of XML whitespace to one space, trimmed (no-break spaces are kept)."""
    return _SPACE.sub(" ", text).strip(" ")


def text_of(element: Element, skip: frozenset[str] = frozenset()) -> str:
    """All text inside ``element``, minus the subtrees whose local names are in ``skip``."""
    parts: list[str] = []

    def walk(e: Element) -> None:
        if e.text:
            parts.append(e.text)
        for child in e:
            if local_name(child) not in skip:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return squash("".join(parts))


def xml_id(element: Element) -> str | None:
    return element.get(f"{{{XML_NS}}}id")


def include_targets(path: Path, root: Element) -> tuple[list[tuple[str, Path]], list[str]]:
    """The files ``root``'s ``xi:include`` elements name, and why any other was refused.

    ``path`` is the file ``root`` was parsed from.  A target is followed only when its
    ``href`` is a relative path that resolves, symbolic links followed, inside
    ``path``'s folder, and the include asks for nothing but a whole XML file (no
    ``parse="text"``, no ``xpointer`` or fragment).  Targets are returned as
    ``(href, path)``, the path normalised under ``path``'s folder as the caller spelled
    it; whether they exist is for the caller to check.  ``xml:base`` is ignored.
    """
    folder = path.parent
    try:
        inside = folder.resolve()
    except (OSError, RuntimeError):
        return [], [f"{path}: its folder cannot be resolved; no include followed"]
    found: list[tuple[str, Path]] = []
    refused: list[str] = []
    for element in root.iter(f"{{{XI_NS}}}include"):
        href = (element.get("href") or "").strip()
        why = None
        if not href:
            why = "has no href"
        elif _SCHEME.match(href) or href.startswith(("/", "\\")) or "\\" in href:
            why = "is not a relative path"
        elif (element.get("parse") or "xml") != "xml":
            why = f"asks for parse={element.get('parse')!r}"
        elif element.get("xpointer") is not None or "#" in href:
            why = "points into part of a file"
        else:
            target = Path(os.path.normpath(folder / href))
            try:
                resolved = target.resolve()
            except (OSError, RuntimeError):
                why = "cannot be resolved"
            else:
                if not resolved.is_relative_to(inside):
                    why = "leads outside the corpus folder"
                else:
                    found.append((href, target))
        if why is not None:
            refused.append(f"xi:include {href!r} {why}; not followed")
    return found, refused
