"""The merged, time-aware member registry: who is this, who held that, on a date.

Every answer is deterministic and says why.  When a name fits several people
and the date (or seat, office, House) cannot tell them apart, the registry
answers "nobody" and lists the candidates rather than guess.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TypeVar

from graph.registry.records import (
    ConstituencyRecord,
    Holder,
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
    Resolution,
    StoredPerson,
)
from graph.vocab.names import (
    constituency_key,
    first_name_forms,
    fold,
    initial_key,
    name_tokens,
    person_name_key,
    surname_key,
)
from graph.vocab.office_keys import (
    JUNIOR_ROLES,
    OfficeKey,
    is_office,
    match,
    office_sex,
    parse_office,
)
from graph.vocab.parties import party_label

_COLLECTIVE = frozenset({"hon members", "several hon members", "hon members:", "members"})
#: How far (days) a candidate's nearest record may be and still be preferred over
#: a same-named person with nothing near the date.
_MARGIN = 3 * 365
_INF = 10**9
#: Entries a lookup memo holds before it starts afresh (bounds memory over a long build).
_MEMO_SIZE = 1 << 15

#: The registry's lookup memos (attribute names): left out when it is pickled.
_MEMOS = ("_holders_memo", "_offices_memo", "_seat_memo", "_party_memo", "_name_memo")

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


def _memoised(memo: dict[_K, _V], key: _K, compute: Callable[[], _V]) -> _V:
    """``memo[key]``, computed once: lookups repeat per mention and per speech all day.

    Only pure answers of an immutable registry go in, so a memo never changes a result.
    """
    try:
        return memo[key]
    except KeyError:
        pass
    value = compute()
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


def registry_fingerprint(imported: Iterable[tuple[str, str]] = ()) -> str:
    """A stable name for what a registry was merged from: the built-in file's hash plus
    each imported file's (key, SHA-256), in sorted order.

    Builds record it on each source document, so a later import makes them stale.

    >>> registry_fingerprint() == registry_fingerprint([])
    True
    >>> registry_fingerprint([("a", "1"), ("b", "2")]) == registry_fingerprint([("b", "2"), ("a", "1")])
    True
    """
    from graph.registry.builtin import builtin_sha256

    h = hashlib.sha256(f"builtin\t{builtin_sha256()}\n".encode())
    for key, sha in sorted(set(imported)):
        h.update(f"{key}\t{sha}\n".encode())
    return h.hexdigest()


def _covers(start: date | None, end: date | None, on: date) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)


def _distance(start: date | None, end: date | None, on: date) -> int:
    if _covers(start, end, on):
        return 0
    if start is not None and on < start:
        return (start - on).days
    assert end is not None
    return (on - end).days


class Registry:
    """People, seats and offices merged from several :class:`RegistryData`.

    ``fingerprint`` (:func:`registry_fingerprint`) names what the registry was merged
    from, when the caller knows it; builds record it so they can tell a stale graph.
    """

    def __init__(
        self,
        data: RegistryData | Iterable[RegistryData],
        *,
        fingerprint: str | None = None,
        as_of: Mapping[str, date] | None = None,
    ) -> None:
        """``as_of``: sources' as-of dates known beyond ``data`` (a registry made of a
        few people of a larger one keeps that one's, see :meth:`as_of`)."""
        merged = data if isinstance(data, RegistryData) else RegistryData.concat(data)
        self.sources = merged.sources
        self.fingerprint = fingerprint
        #: What the store this registry was read from states of each person (by key),
        #: set by :func:`graph.registry.rdf.registry_from_store`; empty otherwise.
        self.stored: dict[str, StoredPerson] = {}
        self._alias, self._people = _merge_people(
            merged.people, merged.memberships, merged.holdings
        )
        self._by_identifier: dict[tuple[str, str], str] = {}
        for person in self._people.values():
            for ident in person.identifiers:
                self._by_identifier.setdefault(ident, person.key)
        canon = self._alias.get
        self._memberships: dict[str, list[Membership]] = defaultdict(list)
        rekeyed_terms = [
            _rekey_membership(m, canon(m.person_key, m.person_key)) for m in set(merged.memberships)
        ]
        for m in _close_superseded(rekeyed_terms, _seat_of):
            self._memberships[m.person_key].append(m)
        for rows in self._memberships.values():
            rows.sort(key=_membership_order)
        self._holdings: dict[str, list[OfficeHolding]] = defaultdict(list)
        self._by_role: dict[str, list[tuple[OfficeHolding, tuple[OfficeKey, ...]]]] = defaultdict(
            list
        )
        seen: set[tuple[object, ...]] = set()
        rekeyed = _close_superseded(
            [_rekey_holding(h, canon(h.person_key, h.person_key)) for h in set(merged.holdings)],
            _single_post,
        )
        for h in sorted(rekeyed, key=_holding_order):
            key = h.person_key
            dedupe = (key, h.canonical, h.start, h.end)
            if dedupe in seen:
                continue
            seen.add(dedupe)
            held = h
            self._holdings[key].append(held)
            keys = holding_keys(h)
            for k in keys:
                self._by_role[k.role].append((held, keys))
        self._constituencies = merged.constituencies
        self._houses = frozenset(m.house.lower() for m in merged.memberships)
        self._seat_aliases: dict[str, str] = {}
        for record in sorted(merged.constituencies, key=lambda c: c.id):
            ckeys = {constituency_key(n) for n in record.names}
            for ckey in sorted(ckeys):
                self._seat_aliases.setdefault(ckey, record.id)
        # who ever sat for each seat: a seat's member is looked up per mention, and
        # scanning every membership of a 10k-person registry each time dominated builds
        self._by_seat: dict[str, list[tuple[str, Membership]]] = defaultdict(list)
        for key, rows in self._memberships.items():
            for m in rows:
                if m.constituency is not None:
                    self._by_seat[self.seat_key(m.constituency)].append((key, m))
        self._as_of: dict[str, date] = {}
        spans: list[tuple[date | None, date | None, str]] = [
            (r.start, r.end, r.source) for r in merged.memberships
        ] + [(r.start, r.end, r.source) for r in merged.holdings]
        for start, end, source in spans:
            for day in (start, end):
                if day is not None and day > self._as_of.get(source, date.min):
                    self._as_of[source] = day
        for source, day in (as_of or {}).items():
            if day > self._as_of.get(source, date.min):
                self._as_of[source] = day
        self._activity = {k: self._intervals(k) for k in self._people}
        self._holders_memo: dict[tuple[str, date], tuple[Holder, ...]] = {}
        self._offices_memo: dict[tuple[str, date], tuple[OfficeKey, ...]] = {}
        self._seat_memo: dict[tuple[str, date], Resolution] = {}
        self._party_memo: dict[tuple[str, date], str | None] = {}
        self._name_memo: dict[tuple[object, ...], Resolution] = {}
        self._full: dict[str, set[str]] = defaultdict(set)
        self._initial: dict[str, set[str]] = defaultdict(set)
        self._surname: dict[str, set[str]] = defaultdict(set)
        for person in self._people.values():
            for text in _all_names(person):
                self._full[person_name_key(text)].add(person.key)
                ikey = initial_key(text)
                if ikey:
                    self._initial[ikey].add(person.key)
                self._surname[surname_key(text)].add(person.key)

    def as_of(self, source: str) -> date | None:
        """The latest date ``source`` mentions: where its open ends are cut."""
        return self._as_of.get(source)

    def lookup_keys(self, person_key: str) -> tuple[str, ...]:
        """Every key a question can find this person under (see :func:`name_lookup_keys`).

        A registry made of just the people a question's keys find answers that
        question as this one does: the store keeps these keys for that
        (:mod:`graph.registry.lookup`).
        """
        person = self._people.get(person_key)
        if person is None:
            return ()
        keys = {k for text in _all_names(person) for k in name_lookup_keys(text)}
        for h in self._holdings.get(person_key, ()):
            keys |= {f"role:{k.role}" for k in holding_keys(h)}
        return tuple(sorted(keys))

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the lookup memos: builds ship the registry to every worker."""
        state = dict(self.__dict__)
        for name in _MEMOS:
            state[name] = {}
        return state

    # --- construction -------------------------------------------------------

    @classmethod
    def from_paths(cls, paths: Iterable[Path]) -> Registry:
        from graph.registry.load import load_path

        return cls([load_path(p) for p in paths])

    @staticmethod
    @cache
    def builtin() -> Registry:
        """The registry shipped in ``graph/data`` (loaded once, on first use)."""
        from graph.registry.builtin import load_builtin

        return Registry(load_builtin(), fingerprint=registry_fingerprint())

    # --- lookups ------------------------------------------------------------

    def people(self) -> tuple[RegistryPerson, ...]:
        return tuple(self._people[k] for k in sorted(self._people))

    def person(self, key: str) -> RegistryPerson | None:
        return self._people.get(self._alias.get(key, key))

    def by_identifier(self, scheme: str, value: str) -> RegistryPerson | None:
        key = self._by_identifier.get((scheme, value))
        return self._people.get(key) if key else None

    def memberships(self, person_key: str) -> tuple[Membership, ...]:
        return tuple(self._memberships.get(self._alias.get(person_key, person_key), ()))

    def holdings(self, person_key: str) -> tuple[OfficeHolding, ...]:
        return tuple(self._holdings.get(self._alias.get(person_key, person_key), ()))

    def constituencies(self) -> tuple[ConstituencyRecord, ...]:
        return self._constituencies

    def describes(self, house: str) -> bool:
        """Whether any membership here is of ``house`` (a key such as ``commons`` or a
        body's name as documents give it, any case)."""
        return house.lower() in self._houses

    # --- time ---------------------------------------------------------------

    def _intervals(self, key: str) -> tuple[tuple[date | None, date | None], ...]:
        """Periods the person is known to have been active.

        An open end means "still running when the source was written", so it is
        cut at the latest date the source mentions (its as-of date).  Consecutive
        snapshot observations in the same House are joined into one period.
        """
        rows: list[tuple[date | None, date | None, str]] = [
            (m.start, m.end, m.source) for m in self._memberships.get(key, ()) if not m.snapshot
        ]
        rows += [(h.start, h.end, h.source) for h in self._holdings.get(key, ())]
        spans = {(s, e if e is not None else self._as_of.get(src)) for s, e, src in rows}
        for house in {m.house for m in self._memberships.get(key, ())}:
            seen = sorted(
                m.start
                for m in self._memberships.get(key, ())
                if m.snapshot and m.house == house and m.start
            )
            spans |= {(seen[0], seen[-1])} if seen else set()
        return tuple(sorted(spans, key=lambda s: (s[0] or date.min, s[1] or date.max)))

    def distance(self, person_key: str, on: date) -> int | None:
        """Days from ``on`` to the nearest record of the person (0: active), ``None``: no dates."""
        spans = self._activity.get(self._alias.get(person_key, person_key), ())
        return min((_distance(s, e, on) for s, e in spans), default=None)

    def party_of(self, person_key: str, on: date) -> str | None:
        """The party on a date: an observation on that day, else a term covering it, else
        the party seen on the nearest observations before and after, if they agree."""
        return _memoised(self._party_memo, (person_key, on), lambda: self._party_of(person_key, on))

    def _party_of(self, person_key: str, on: date) -> str | None:
        rows = [m for m in self.memberships(person_key) if m.party]
        exact = [m for m in rows if m.snapshot and m.start == on]
        if exact:
            return party_label(exact[0].party or "")
        closed = [
            m for m in rows if not m.snapshot and m.end is not None and _covers(m.start, m.end, on)
        ]
        if closed:
            return party_label(closed[-1].party or "")
        before = [m for m in rows if m.snapshot and m.start and m.start < on]
        after = [m for m in rows if m.snapshot and m.start and m.start > on]
        if (
            before
            and after
            and party_label(before[-1].party or "") == party_label(after[0].party or "")
        ):
            return party_label(before[-1].party or "")
        covering = [m for m in rows if not m.snapshot and _covers(m.start, m.end, on)]
        if covering and not after:
            return party_label(covering[-1].party or "")
        return None

    def seat_key(self, constituency: str) -> str:
        ckey = constituency_key(constituency)
        return self._seat_aliases.get(ckey, ckey)

    def constituency_member(self, constituency: str, on: date) -> Resolution:
        """Who sat for a seat on a date (names with commas, "&", "St" all match)."""
        return _memoised(
            self._seat_memo,
            (constituency, on),
            lambda: self._constituency_member(constituency, on),
        )

    def _constituency_member(self, constituency: str, on: date) -> Resolution:
        seat = self.seat_key(constituency)
        exact: set[str] = set()
        covering: set[str] = set()
        before: list[tuple[date, str]] = []
        after: list[tuple[date, str]] = []
        for key, m in self._by_seat.get(seat, ()):
            if m.snapshot and m.start == on:
                exact.add(key)
            elif not m.snapshot and _covers(m.start, m.end, on):
                covering.add(key)
            elif m.snapshot and m.start is not None:
                (before if m.start < on else after).append((m.start, key))
        for found, why, conf in (
            (exact, "listed for the seat on that date", 1.0),
            (covering, "term for the seat covers the date", 0.95),
        ):
            if len(found) == 1:
                return Resolution(found.pop(), conf, why)
            if len(found) > 1:
                return Resolution(None, 0.0, f"several people {why}", tuple(sorted(found)))
        if before and after and max(before)[1] == min(after)[1]:
            return Resolution(max(before)[1], 0.8, "same member listed before and after the date")
        return Resolution(None, 0.0, f"no member known for {constituency!r} on {on}")

    # --- offices -------------------------------------------------------------

    def holders(self, office_text: str, on: date) -> tuple[Holder, ...]:
        """Who held an office on a date, best-matching spellings only, sorted by person."""
        return _memoised(
            self._holders_memo, (office_text, on), lambda: self._holders(office_text, on)
        )

    def offices_on(self, person_key: str, on: date) -> tuple[OfficeKey, ...]:
        """The offices a person's holdings covering ``on`` name, in holding order."""
        return _memoised(
            self._offices_memo, (person_key, on), lambda: self._offices_on(person_key, on)
        )

    def _offices_on(self, person_key: str, on: date) -> tuple[OfficeKey, ...]:
        keys: list[OfficeKey] = []
        for h in self.holdings(person_key):
            if _covers(h.start, h.end, on):
                keys.extend(holding_keys(h))
        return tuple(keys)

    def _holders(self, office_text: str, on: date) -> tuple[Holder, ...]:
        queries = parse_office(office_text)
        best: dict[str, Holder] = {}
        for role in sorted(office_roles(office_text)):
            for held, keys in self._by_role.get(role, ()):
                if not _covers(held.start, held.end, on):
                    continue
                found = [r for q in queries for k in keys if (r := match(q, k))]
                if not found:
                    continue
                kind, conf = max(found, key=lambda r: r[1])
                old = best.get(held.person_key)
                if old is None or conf > old.confidence:
                    best[held.person_key] = Holder(held.person_key, held, kind, conf)
        if not best:
            return ()
        # a department-only match ("Minister for Care" -> any health minister) counts
        # only when nothing matched the role or portfolio itself
        strong = [h for h in best.values() if h.match != "department"]
        result = strong or list(best.values())
        sex = office_sex(office_text)
        if sex:
            result = [
                h
                for h in result
                if (p := self._people.get(h.person_key)) is None or p.sex in (None, sex)
            ]
        return tuple(sorted(result, key=lambda h: h.person_key))

    # --- names ---------------------------------------------------------------

    def name_candidates(self, name: str) -> tuple[tuple[str, ...], str]:
        """People a name could mean, and which key found them ("full", "initial", "surname")."""
        tokens = name_tokens(name)
        if not tokens:
            return (), "empty"
        full = self._full.get(" ".join(tokens))
        if full:
            return tuple(sorted(full)), "full name"
        ikey = initial_key(name)
        if ikey and ikey in self._initial:
            forms = first_name_forms(tokens[0])
            found = sorted(
                k
                for k in self._initial[ikey]
                if any(
                    name_tokens(n)[:1]
                    and name_tokens(n)[0] in forms
                    and name_tokens(n)[-1] == tokens[-1]
                    for n in _all_names(self._people[k])
                )
            )
            if found:
                return tuple(found), "first-name variant"
        if len(tokens) == 1 or (tokens[0] in ("lord", "baroness") and "of" not in tokens):
            found_s = self._surname.get(surname_key(name))
            if found_s:
                return tuple(sorted(found_s)), "surname"
        return (), "unknown name"

    def resolve_name(
        self,
        name: str | None,
        on: date | None,
        *,
        constituency: str | None = None,
        office: str | None = None,
        house: str | None = None,
    ) -> Resolution:
        """Who a speaker name (with optional seat, office, House) means on a date."""
        return _memoised(
            self._name_memo,
            (name, on, constituency, office, house),
            lambda: self._resolve_name(
                name, on, constituency=constituency, office=office, house=house
            ),
        )

    def _resolve_name(
        self,
        name: str | None,
        on: date | None,
        *,
        constituency: str | None,
        office: str | None,
        house: str | None,
    ) -> Resolution:
        text = (name or "").strip()
        if fold(text).replace(".", "").strip() in _COLLECTIVE:
            return Resolution(None, 1.0, "a collective attribution, not a person")
        if text and is_office(text):
            office, text = office or text, ""
        holder_keys: tuple[str, ...] = ()
        if office and on is not None:
            holder_keys = tuple(h.person_key for h in self.holders(office, on))
        if not text:
            if len(holder_keys) == 1:
                return Resolution(holder_keys[0], 0.9, f"the only holder of {office!r} on {on}")
            why = "several holders" if holder_keys else "no holder known"
            return Resolution(None, 0.0, f"{why} of {office!r} on {on}", holder_keys)
        candidates, how = self.name_candidates(text)
        if not candidates:
            if len(holder_keys) == 1:
                return Resolution(holder_keys[0], 0.6, f"name unknown; only holder of {office!r}")
            return Resolution(None, 0.0, f"no person named {text!r}")
        base = {"full name": 1.0, "first-name variant": 0.9, "surname": 0.8}.get(how, 0.7)
        if len(candidates) == 1:
            only = candidates[0]
            dist = self.distance(only, on) if on else 0
            conf = base * (
                0.8 if dist is None else 0.95 if dist == 0 else 0.9 if dist <= 2 * 365 else 0.7
            )
            return Resolution(only, round(conf, 3), f"the only person known by {how} {text!r}")
        pool = list(candidates)
        notes = []
        for label, wanted in (("house", house), ("seat", constituency), ("office", holder_keys)):
            if not wanted:
                continue
            if label == "house":
                keep = self._in_house(pool, house or "", on)
            elif label == "seat":
                keep = self._with_seat(pool, constituency or "", on)
            else:
                keep = [k for k in pool if k in holder_keys]
            if keep and len(keep) < len(pool):
                pool = keep
                notes.append(label)
        if len(pool) == 1:
            return Resolution(
                pool[0],
                round(0.95 * base, 3),
                f"{len(candidates)} people named {text!r}; {', '.join(notes)} decided",
            )
        if on is None:
            return Resolution(None, 0.0, f"{len(pool)} people named {text!r}; no date", tuple(pool))
        distances = {k: self.distance(k, on) for k in pool}
        active = [k for k in pool if distances[k] == 0]
        if len(active) == 1:
            return Resolution(
                active[0],
                round(0.9 * base, 3),
                f"{len(pool)} people named {text!r}; only one active on {on}",
            )
        if len(active) > 1:
            return Resolution(
                None, 0.0, f"{len(active)} people named {text!r} active on {on}", tuple(active)
            )
        ranked = sorted(pool, key=lambda k: (d if (d := distances[k]) is not None else _INF, k))
        first = distances[ranked[0]]
        second = distances[ranked[1]]
        first_d = _INF if first is None else first
        second_d = _INF if second is None else second
        if first is not None and second_d - first_d > _MARGIN:
            return Resolution(
                ranked[0],
                round(0.7 * base, 3),
                f"{len(pool)} people named {text!r}; nearest records to {on}",
            )
        return Resolution(
            None, 0.0, f"{len(pool)} people named {text!r}; the date does not decide", tuple(pool)
        )

    def _in_house(self, keys: Sequence[str], house: str, on: date | None) -> list[str]:
        return [k for k in keys if any(m.house == house for m in self.memberships(k))]

    def _with_seat(self, keys: Sequence[str], constituency: str, on: date | None) -> list[str]:
        seat = self.seat_key(constituency)
        return [
            k
            for k in keys
            if any(
                m.constituency
                and self.seat_key(m.constituency) == seat
                and (on is None or _distance(m.start, m.end, on) < 5 * 365)
                for m in self.memberships(k)
            )
        ]


# --- merging -----------------------------------------------------------------


def holding_keys(h: OfficeHolding) -> tuple[OfficeKey, ...]:
    """The offices a holding names (the House of Commons is no organisation of its own)."""
    org = None if h.organisation in (None, "House of Commons") else h.organisation
    return tuple(parse_office(h.label, org))


def name_lookup_keys(name: str) -> tuple[str, ...]:
    """The keys :meth:`Registry.name_candidates` may find ``name`` under."""
    keys = [f"full:{person_name_key(name)}", f"surname:{surname_key(name)}"]
    ikey = initial_key(name)
    if ikey:
        keys.append(f"initial:{ikey}")
    return tuple(keys)


def office_roles(office_text: str) -> frozenset[str]:
    """The roles whose holdings :meth:`Registry.holders` compares ``office_text`` with.

    "Minister" alone may be any junior minister's title as printed.
    """
    roles = {q.role for q in parse_office(office_text)}
    if "minister" in roles:
        roles |= {"minister of state", "parliamentary under-secretary", "parliamentary secretary"}
    return frozenset(roles)


def _all_names(person: RegistryPerson) -> list[str]:
    names = [person.name] if person.name else []
    names += [n.text for n in person.other_names if n.text]
    return sorted(set(names))


def _membership_order(m: Membership) -> tuple[object, ...]:
    return (
        m.person_key,
        m.start or date.min,
        m.end or date.max,
        m.house,
        m.source,
        m.constituency or "",
        m.party or "",
    )


_R = TypeVar("_R", Membership, OfficeHolding)
#: Roles several people hold at once: a new holder does not end an earlier one's term.
_SHARED_ROLES = JUNIOR_ROLES | {"deputy speaker", "deputy presiding officer", "chairperson"}


def _seat_of(m: Membership) -> Hashable | None:
    """A Commons seat has one member at a time (Lords terms never end one another)."""
    if m.snapshot or m.house != "commons" or not m.constituency:
        return None
    return constituency_key(m.constituency)


def _single_post(h: OfficeHolding) -> Hashable | None:
    """An office one person holds at a time (a Secretary of State, the Chancellor)."""
    keys = holding_keys(h)
    if len(keys) != 1 or keys[0].role in _SHARED_ROLES or keys[0].role.startswith("shadow"):
        return None
    key = keys[0]
    if key.role == "secretary of state" and key.department is None:
        return None  # "Secretary of State" alone names no post
    return (key.role, key.department, key.portfolio)


def _close_superseded(rows: list[_R], post: Callable[[_R], Hashable | None]) -> list[_R]:
    """Records whose end is open end where another person's record of the same single post
    starts: an older file's open end ("still in office when written") must not cover
    every later date once a newer file says who came next.

    >>> from datetime import date
    >>> a = OfficeHolding("p/1", "Home Secretary", "x", None, date(2019, 7, 24), None, "old")
    >>> b = OfficeHolding("p/2", "Home Secretary", "x", None, date(2022, 9, 6), None, "new")
    >>> [h.end for h in _close_superseded([a, b], _single_post)]
    [datetime.date(2022, 9, 5), None]
    """
    starts: dict[Hashable, list[tuple[date, str]]] = defaultdict(list)
    for r in rows:
        where = post(r)
        if where is not None and r.start is not None:
            starts[where].append((r.start, r.person_key))
    for found in starts.values():
        found.sort()
    closed = []
    for r in rows:
        where = post(r)
        if r.end is None and r.start is not None and where is not None:
            later = next((d for d, k in starts[where] if d > r.start and k != r.person_key), None)
            if later is not None:
                r = replace(r, end=later - timedelta(days=1))
        closed.append(r)
    return closed


def _holding_order(h: OfficeHolding) -> tuple[object, ...]:
    return (
        h.person_key,
        h.start or date.min,
        h.end or date.max,
        h.canonical,
        h.source,
        h.label,
        h.source_id or "",
    )


def _rekey_membership(m: Membership, key: str) -> Membership:
    if m.person_key == key:
        return m
    return Membership(key, m.house, m.constituency, m.party, m.start, m.end, m.source, m.snapshot)


def _rekey_holding(h: OfficeHolding, key: str) -> OfficeHolding:
    if h.person_key == key:
        return h
    return OfficeHolding(
        key, h.label, h.canonical, h.organisation, h.start, h.end, h.source, h.source_id
    )


def _merge_people(
    people: Sequence[RegistryPerson],
    memberships: Sequence[Membership],
    holdings: Sequence[OfficeHolding],
) -> tuple[dict[str, str], dict[str, RegistryPerson]]:
    """Union people that share a key or an identifier; never join two ``twfy/`` keys."""
    parent: dict[str, str] = {}
    twfy: dict[str, str | None] = {}

    def find(k: str) -> str:
        parent.setdefault(k, k)
        twfy.setdefault(k, k if k.startswith("twfy/") else None)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        ta, tb = twfy[ra], twfy[rb]
        if ta and tb and ta != tb:
            return
        root, child = (ra, rb) if (ta or not tb) and (ta or ra < rb) else (rb, ra)
        if ta and tb is None:
            root, child = ra, rb
        elif tb and ta is None:
            root, child = rb, ra
        parent[child] = root
        twfy[root] = ta or tb

    owner: dict[tuple[str, str], str] = {}
    for p in sorted(people, key=lambda p: (not p.key.startswith("twfy/"), p.key)):
        find(p.key)
        for ident in p.identifiers:
            if ident[0] == "twfy":
                union(p.key, f"twfy/{ident[1]}")
            if ident in owner:
                union(owner[ident], p.key)
            else:
                owner[ident] = p.key
    for key in sorted({m.person_key for m in memberships} | {h.person_key for h in holdings}):
        find(key)
    groups: dict[str, list[RegistryPerson]] = defaultdict(list)
    for p in people:
        groups[find(p.key)].append(p)
    merged: dict[str, RegistryPerson] = {}
    alias: dict[str, str] = {}
    for key in sorted(parent):
        root = find(key)
        canonical = twfy[root] or root
        alias[key] = canonical
    for root, members in groups.items():
        canonical = twfy[root] or root
        members.sort(key=lambda p: (p.key != canonical, p.key))
        name = next((p.name for p in members if p.name), None)
        names = sorted(
            {n for p in members for n in p.other_names}
            | {PersonName(p.name) for p in members if p.name},
            key=lambda n: (n.text, n.start or date.min, n.end or date.max),
        )
        identifiers = tuple(sorted({i for p in members for i in p.identifiers}))
        sex = next((p.sex for p in members if p.sex), None)
        merged[canonical] = RegistryPerson(canonical, name, tuple(names), identifiers, sex)
    for canonical in alias.values():
        if canonical not in merged:
            merged[canonical] = RegistryPerson(canonical, None)
    return alias, merged
