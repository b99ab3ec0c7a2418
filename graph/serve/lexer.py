"""SPARQL read token by token the way Oxigraph reads it, for the guard.

The guard must judge the query the engine will run, not a neighbour of it.  Two
readings of the same text differ in ways that matter:

* ``\\uXXXX`` escapes.  rdflib expands them across the whole text before parsing
  (as the SPARQL 1.1 text says); Oxigraph expands them only inside strings and
  IRIs, where an escaped quote is a character, not the end of the string.  So
  ``"a\\u0022, " SERVICE <…> { } ", \\u0022"`` is one string to rdflib and a
  SERVICE call to Oxigraph.
* Keywords.  Oxigraph matches a keyword without a word boundary:
  ``SERVICESILENT<…>{}``, ``FROMNAMED<…>`` and, when the empty prefix is
  declared, ``SERVICE:x {}`` are a SERVICE call and a dataset clause to it, and
  syntax errors to rdflib.

:func:`scan` follows Oxigraph's lexical rules (strings with their escapes, IRIs,
comments ending at CR or LF, prefixed names with inner dots and ``\\``-escapes,
blank node labels, variables, language tags) and reports what the guard needs:
every keyword Oxigraph could read, the deepest bracket nesting, the number of
tokens, the prefixes declared, and a *shadow* of the text for rdflib: the same
length and lines, with comments blanked and every escape inside strings, IRIs and
prefixed names replaced by ``x`` - nothing is left for rdflib to expand, so both
parsers see the same strings end at the same places.

``\\u`` escapes anywhere else are refused: Oxigraph would reject the query anyway,
and refusing them here keeps the two readings the same by construction.

>>> s = scan('SELECT * WHERE { BIND("a\\\\u0022" AS ?x) }')
>>> s.shadow
'SELECT * WHERE { BIND("axxxxxx" AS ?x) }'
>>> s.depth, sorted(s.words)
(2, ['AS', 'BIND', 'SELECT', 'WHERE'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The character classes of the SPARQL 1.1 grammar (section 19.8).
_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_HEX4 = "[0-9A-Fa-f]{4}"
_UCHAR = rf"(?:\\u{_HEX4}|\\U{_HEX4}{_HEX4})"

_PN_PREFIX = rf"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = (
    rf"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
)

# Order matters: the first alternative that matches at a position wins, as in the
# engine (long strings before short ones, IRIs before the "<" operator, prefixed
# names before bare words).
_TOKEN = re.compile(
    "|".join(
        [
            r"(?P<space>[ \t\r\n]+)",
            r"(?P<comment>#[^\r\n]*)",
            r'(?P<string>"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'
            r"|'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
            r'|"(?:[^"\\\r\n]|\\.)*"'
            r"|'(?:[^'\\\r\n]|\\.)*')",
            rf"(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)",
            rf"(?P<var>[?$][{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)",
            r"(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?)",
            rf"(?P<bnode>_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)",
            rf"(?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)",
            r"(?P<number>[0-9]+\.?[0-9]*(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)",
            r"(?P<word>[A-Za-z_][A-Za-z0-9_]*)",
            r"(?P<escape>\\[uU])",
            r"(?P<punct>\|\||&&|\^\^|<<|>>|[^ \t\r\n])",
        ]
    ),
    re.DOTALL,
)
_ESCAPE = re.compile(rf"{_UCHAR}|\\.", re.DOTALL)

_OPEN = frozenset({"{", "(", "[", "<<"})
_CLOSE = frozenset({"}", ")", "]", ">>"})


class LexicalError(ValueError):
    """Text the guard will not pass to the engine; ``position`` is a 0-based offset."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True, slots=True)
class Scan:
    """What :func:`scan` read: the parts of the query the guard decides on."""

    shadow: str
    #: Bare words (keywords, function names) and language tags as written, in order of
    #: first use.
    words: tuple[str, ...]
    #: Prefixed names as written (``ex:a``, ``:x``, ``service:``).
    pnames: tuple[str, ...]
    #: Prefix names declared with PREFIX in the query (without the colon).
    declared: frozenset[str]
    #: The deepest nesting of ``{``, ``(``, ``[`` and ``<<``.
    depth: int
    #: Every token other than white space and comments: (kind, text as written).
    tokens: tuple[tuple[str, str], ...]


def where(text: str, position: int) -> str:
    """``line L, column C`` (both 1-based) of a character offset."""
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return f"line {line}, column {column}"


def scan(text: str) -> Scan:
    """Read ``text`` as Oxigraph does; :class:`LexicalError` for ``\\u`` outside strings/IRIs."""
    shadow: list[str] = []
    words: dict[str, None] = {}
    pnames: dict[str, None] = {}
    declared: set[str] = set()
    depth = deepest = 0
    tokens: list[tuple[str, str]] = []
    after_prefix = False
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        assert match is not None  # the last alternative matches any character
        kind = str(match.lastgroup)
        value = match.group()
        pos = match.end()
        if kind == "space":
            shadow.append(value)
            continue
        if kind == "comment":
            shadow.append(" " * len(value))
            continue
        if kind == "escape":
            raise LexicalError(
                f"a \\{value[1]} escape outside a string or IRI at {where(text, match.start())}: "
                "this endpoint's engine reads \\u and \\U escapes only inside strings and "
                "IRIs; write the character itself",
                match.start(),
            )
        tokens.append((kind, value))
        if kind in ("string", "iri", "pname"):
            shadow.append(_ESCAPE.sub(lambda m: "x" * len(m.group()), value))
        else:
            shadow.append(value)
        if kind in ("word", "langtag"):
            words.setdefault(value)
        elif kind == "pname":
            pnames.setdefault(value)
            if after_prefix:
                declared.add(value[:-1] if value.endswith(":") else value.split(":", 1)[0])
            # "PREFIXex:" is PREFIX and "ex:" to the engine: count that reading as well.
            if value[:6].upper() == "PREFIX" and value.endswith(":"):
                declared.add(value[6:-1])
        elif kind == "punct":
            if value in _OPEN:
                depth += 1
                deepest = max(deepest, depth)
            elif value in _CLOSE:
                depth = max(depth - 1, 0)
        after_prefix = kind == "word" and value.upper() == "PREFIX"
    return Scan(
        shadow="".join(shadow),
        words=tuple(words),
        pnames=tuple(pnames),
        declared=frozenset(declared),
        depth=deepest,
        tokens=tuple(tokens),
    )


_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def string_value(token: str) -> str:
    """The value of a string token, its escapes read as the engine reads them."""
    quote = 3 if token[:3] in ('"""', "'''") else 1
    body = token[quote:-quote]

    def unescape(match: re.Match[str]) -> str:
        escape = match.group()
        if escape[1] in "uU":
            return chr(int(escape[2:], 16))
        return _ECHAR.get(escape[1], escape)

    return _ESCAPE.sub(unescape, body)


def regex_arguments(tokens: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(pattern, flags) of every ``REGEX`` and ``REPLACE`` call whose pattern is a string.

    Patterns computed at run time (a variable, ``CONCAT`` …) are not listed.
    """
    found: list[tuple[str, str]] = []
    for index, (kind, value) in enumerate(tokens):
        name = value.upper() if kind == "word" else ""
        if name not in ("REGEX", "REPLACE") or tokens[index + 1 : index + 2] != (("punct", "("),):
            continue
        args = _arguments(tokens, index + 2)
        pattern_at, flags_at = (1, 2) if name == "REGEX" else (1, 3)
        pattern = _lone_string(args, pattern_at)
        if pattern is not None:
            found.append((pattern, _lone_string(args, flags_at) or ""))
    return found


def _arguments(tokens: tuple[tuple[str, str], ...], start: int) -> list[list[tuple[str, str]]]:
    """The comma-separated arguments of a call whose "(" is just before ``start``."""
    args: list[list[tuple[str, str]]] = [[]]
    depth = 0
    for kind, value in tokens[start:]:
        if kind == "punct" and value in _OPEN:
            depth += 1
        elif kind == "punct" and value in _CLOSE:
            if depth == 0:
                break
            depth -= 1
        elif kind == "punct" and value == "," and depth == 0:
            args.append([])
            continue
        args[-1].append((kind, value))
    return args


def _lone_string(args: list[list[tuple[str, str]]], at: int) -> str | None:
    if at < len(args) and len(args[at]) == 1 and args[at][0][0] == "string":
        return string_value(args[at][0][1])
    return None
