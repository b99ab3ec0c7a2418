"""Named SPARQL queries: one ``.rq`` file each, the project prefixes pre-bound.

The first comment lines of a file describe it; ``# param: NAME - text`` lines
name the variables a caller may fix with ``--param NAME=VALUE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

from graph.errors import QueryError


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    text: str


def _parse(name: str, text: str) -> NamedQuery:
    description: list[str] = []
    params: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*param:\s*(\w+)", line)
        if m:
            params.append(m[1])
        else:
            description.append(line.lstrip("# ").strip())
    return NamedQuery(name, " ".join(description), tuple(params), text)


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


def bind(text: str, params: dict[str, str]) -> str:
    """Fix variables to string values: a ``VALUES`` block opens the ``WHERE`` group.

    Filters in the group see the values; a parameter not given stays unbound.

    >>> print(bind("SELECT ?x WHERE { ?x ?p ?name }", {"name": 'A "B"'}))
    SELECT ?x WHERE { VALUES (?name) { ("A \\"B\\"") } ?x ?p ?name }
    """
    if not params:
        return text
    for key in params:
        if not re.fullmatch(r"[A-Za-z_]\w*", key):
            raise QueryError(f"bad parameter name {key!r}")
    where = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if where is None:
        raise QueryError("parameters need a query with a WHERE { … } group")
    names = " ".join(f"?{k}" for k in params)
    values = " ".join(_string_literal(v) for v in params.values())
    block = f" VALUES ({names}) {{ ({values}) }}"
    return text[: where.end()] + block + text[where.end() :]


def _string_literal(value: str) -> str:
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'
