"""Registry questions answered from the few people they can mean.

``members who`` asked of a store with a large registry imported used to read
and merge every imported file first: seconds per question.  The merged registry
graph instead keeps, on each person, the keys a question can find them under
(:meth:`~graph.registry.registry.Registry.lookup_keys`: their names' full,
initial and surname keys, and the roles of the offices they held) and their
records exactly as the whole merged registry holds them.  A question computes
its own keys with the same functions, reads the people stored under them by
index, and builds a :class:`Registry` of just those people (and the built-in
one): every candidate the whole registry would weigh is among them, so it
gives the whole registry's answer.  ``tests/graph/test_one_fact_one_row.py``
checks that on the real corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

import pyoxigraph as ox

from graph import iris
from graph.registry import serial
from graph.registry.builtin import load_builtin
from graph.registry.records import RegistryData
from graph.registry.registry import Registry, name_lookup_keys, office_roles
from graph.vocab.office_keys import is_office

if TYPE_CHECKING:
    from graph.store import Store

MERGED = iris.REGISTRY_GRAPH


def person_records(registry: Registry, key: str) -> str | None:
    """One merged person's records and their sources' as-of dates, as JSON."""
    person = registry.person(key)
    if person is None:
        return None
    memberships, holdings = registry.memberships(key), registry.holdings(key)
    sources = sorted({m.source for m in memberships} | {h.source for h in holdings})
    as_of = {s: day.isoformat() for s in sources if (day := registry.as_of(s)) is not None}
    data = RegistryData(people=(person,), memberships=memberships, holdings=holdings)
    return json.dumps(
        {"records": serial.to_doc(data), "as_of": as_of},
        ensure_ascii=False,
        separators=(",", ":"),
        sort_keys=True,
    )


def question_keys(*, name: str | None = None, office: str | None = None) -> tuple[str, ...]:
    """The lookup keys of the people a question about ``name`` or ``office`` can mean."""
    keys = set(name_lookup_keys(name)) if name else set()
    for text in (office, name if name and is_office(name) else None):  # "The Home Secretary"
        if text:
            keys |= {f"role:{role}" for role in office_roles(text)}
    return tuple(sorted(keys))


def registry_for(
    store: Store, *, name: str | None = None, office: str | None = None, on: date | None = None
) -> Registry:
    """A registry that answers a question about ``name`` or ``office`` as the whole one would.

    An office question on a date (``office`` and ``on``, no ``name``) needs only the
    holdings that cover the date, so only those are read.  A store whose merged
    graph predates the lookup keys is answered from its whole registry (slow, but
    right).
    """
    found = store.query(f"ASK {{ GRAPH <{MERGED}> {{ ?p dkg:personRecords ?r }} }}")
    if not found:
        from graph.registry.rdf import build_registry

        return build_registry(store)
    values = " ".join(str(ox.Literal(k)) for k in question_keys(name=name, office=office))
    rows = store.query(
        f"SELECT DISTINCT ?p ?r WHERE {{ GRAPH <{MERGED}> {{ "
        f"VALUES ?k {{ {values} }} ?p dkg:lookupKey ?k ; dkg:personRecords ?r }} }}"
    )
    texts = (row[1].value for row in rows)  # type: ignore[union-attr]
    return from_records(texts, holdings_on=on if office and not name else None)


def from_records(texts: Iterable[str], *, holdings_on: date | None = None) -> Registry:
    """The built-in registry and the people :func:`person_records` wrote.

    ``holdings_on``: keep only the holdings covering that date, no memberships, and
    only the people left holding something (enough for :meth:`Registry.holders` on
    that date).
    """
    datas: list[RegistryData] = [load_builtin()]
    as_of: dict[str, date] = {}
    on = holdings_on.isoformat() if holdings_on else None
    for text in sorted(texts):
        doc = json.loads(text)
        records = doc["records"]
        if on is not None:
            records["memberships"] = []
            records["holdings"] = [h for h in records["holdings"] if _covers(h[4], h[5], on)]
            if not records["holdings"]:
                continue
        datas.append(serial.from_doc(records))
        for source, last in doc["as_of"].items():
            as_of[source] = max(as_of.get(source, date.min), date.fromisoformat(last))
    return Registry(datas, as_of=as_of)


def _covers(start: str | None, end: str | None, day: str) -> bool:
    """Whether ISO dates ``start``..``end`` (either open) cover ``day``."""
    return (start is None or start <= day) and (end is None or day <= end)
