"""Typed records of the member registry: people, seats, parties and offices over time.

Loaders in :mod:`graph.registry.load` turn one file into a :class:`RegistryData`;
:class:`graph.registry.registry.Registry` merges several and answers questions.
Dates are :class:`datetime.date`; ``None`` means open (no known start, or still
running when the source was written).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

#: (scheme, value) pairs, e.g. ``("twfy", "10131")``, ``("wikidata", "Q123")``.
Identifiers = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class PersonName:
    """One name a person was known by, with the period it applied to when known."""

    text: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class RegistryPerson:
    """A person.  ``key`` is ``twfy/<N>`` for anyone TheyWorkForYou knows, else a slug."""

    key: str
    name: str | None
    other_names: tuple[PersonName, ...] = ()
    identifiers: Identifiers = ()
    sex: str | None = None  # "F"/"M" when a source states it

    def identifier(self, scheme: str) -> str | None:
        return next((v for s, v in self.identifiers if s == scheme), None)


@dataclass(frozen=True, slots=True)
class Membership:
    """A seat in a House (with party), or a snapshot observation of one.

    A snapshot (``snapshot=True``) says only that the source saw this on ``start``
    (== ``end``): the TheyWorkForYou MP lists are such observations.
    """

    person_key: str
    house: str  # "commons" | "lords"
    constituency: str | None
    party: str | None
    start: date | None
    end: date | None
    source: str
    snapshot: bool = False


@dataclass(frozen=True, slots=True)
class OfficeHolding:
    """An office (ministerial, parliamentary, committee) held for a period."""

    person_key: str
    label: str  # as the source writes it
    canonical: str  # see graph.vocab.office_keys.canonical_label
    organisation: str | None
    start: date | None
    end: date | None
    source: str
    source_id: str | None = None


@dataclass(frozen=True, slots=True)
class ConstituencyRecord:
    id: str
    names: tuple[str, ...]
    start: date | None
    end: date | None


@dataclass(frozen=True, slots=True)
class RegistryData:
    """What one loader got out of one file (or what several merged into)."""

    people: tuple[RegistryPerson, ...] = ()
    memberships: tuple[Membership, ...] = ()
    holdings: tuple[OfficeHolding, ...] = ()
    constituencies: tuple[ConstituencyRecord, ...] = ()
    sources: tuple[str, ...] = field(default=())

    @staticmethod
    def concat(parts: Iterable[RegistryData]) -> RegistryData:
        items = tuple(parts)
        return RegistryData(
            people=tuple(p for d in items for p in d.people),
            memberships=tuple(m for d in items for m in d.memberships),
            holdings=tuple(h for d in items for h in d.holdings),
            constituencies=tuple(c for d in items for c in d.constituencies),
            sources=tuple(s for d in items for s in d.sources),
        )


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to "who is this?": a person key or ``None``, and why."""

    person: str | None
    confidence: float
    reason: str
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Holder:
    """A person holding an office on a date, and how well the office text matched."""

    person_key: str
    holding: OfficeHolding
    match: str  # "exact" | "role" | "portfolio" | "department"
    confidence: float


@dataclass(frozen=True, slots=True)
class StoredPerson:
    """What a store's merged registry graph states of one person besides their name and
    identifiers: whether they are typed a member, and the offices (IRIs) they
    ``org:holds``.  Builds that link with that registry do not state these again."""

    member: bool
    offices: frozenset[str]
