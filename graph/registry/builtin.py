"""The built-in registry: a small hand-written TSV shipped in ``graph/data``.

Rows are tab-separated, ``#`` starts a comment, and the first column says what a row is::

    person      KEY  NAME  SEX  SCHEME=VALUE;…
    name        KEY  TEXT  START  END
    membership  KEY  HOUSE  CONSTITUENCY  PARTY  START  END
    office      KEY  LABEL  ORGANISATION  START  END

Empty cells are ``None``.  A trailing free-text column is a note (kept in the file only).
"""

from __future__ import annotations

import csv
import hashlib
import io
from functools import cache
from importlib import resources
from pathlib import Path

from graph.errors import SourceError
from graph.registry._common import parse_date
from graph.registry.records import (
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
)
from graph.vocab.office_keys import canonical_label, office_key

BUILTIN_NAME = "builtin_registry.tsv"
_WIDTH = {"person": 5, "name": 5, "membership": 7, "office": 6}


def sniff(head: str) -> bool:
    return any(
        line.split("\t", 1)[0] in _WIDTH for line in head.splitlines() if not line.startswith("#")
    )


def load_tsv(path: Path, text: str) -> RegistryData:
    people: dict[str, RegistryPerson] = {}
    names: dict[str, list[PersonName]] = {}
    memberships, holdings = [], []
    rows = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    for line, raw in enumerate(rows, start=1):
        if not raw or not raw[0].strip() or raw[0].startswith("#"):
            continue
        kind = raw[0]
        if kind not in _WIDTH or len(raw) < _WIDTH[kind]:
            raise SourceError(
                path, f"expected {_WIDTH.get(kind, '?')} columns for {kind!r}", line=line
            )
        cell = [c.strip() or None for c in raw]
        key = cell[1] or ""
        try:
            if kind == "person":
                ids = tuple(
                    sorted(tuple(p.split("=", 1)) for p in (cell[4] or "").split(";") if "=" in p)
                )
                people[key] = RegistryPerson(key, cell[2], (), ids, cell[3])  # type: ignore[arg-type]
            elif kind == "name":
                names.setdefault(key, []).append(
                    PersonName(cell[2] or "", parse_date(cell[3]), parse_date(cell[4], end=True))
                )
            elif kind == "membership":
                memberships.append(
                    Membership(
                        key,
                        cell[2] or "commons",
                        cell[3],
                        cell[4],
                        parse_date(cell[5]),
                        parse_date(cell[6], end=True),
                        path.name,
                    )
                )
            else:
                label = cell[2] or ""
                holdings.append(
                    OfficeHolding(
                        key,
                        label,
                        canonical_label(office_key(label, cell[3])),
                        cell[3],
                        parse_date(cell[4]),
                        parse_date(cell[5], end=True),
                        path.name,
                    )
                )
        except ValueError as exc:
            raise SourceError(path, str(exc), line=line) from None
    for key, extra in names.items():
        if key not in people:
            raise SourceError(path, f"name row for unknown person {key!r}")
        p = people[key]
        people[key] = RegistryPerson(p.key, p.name, tuple(extra), p.identifiers, p.sex)
    return RegistryData(
        people=tuple(people.values()),
        memberships=tuple(memberships),
        holdings=tuple(holdings),
        sources=(path.name,),
    )


def _resource() -> bytes:
    return resources.files("graph").joinpath("data", BUILTIN_NAME).read_bytes()


def load_builtin() -> RegistryData:
    return load_tsv(Path(BUILTIN_NAME), _resource().decode("utf-8"))


@cache
def builtin_sha256() -> str:
    """Hex SHA-256 of the built-in registry file as shipped."""
    return hashlib.sha256(_resource()).hexdigest()
