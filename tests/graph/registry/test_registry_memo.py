"""The registry's lookup shortcuts (seat index, memos) give exactly the answers of a full scan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import graph.registry.registry as registry_module
from graph.registry.records import Resolution
from graph.registry.registry import Registry, _covers
from graph.vocab.office_keys import parse_office


def _scan_constituency_member(registry: Registry, constituency: str, on: date) -> Resolution:
    """The seat lookup as it was before the index: every membership of every person."""
    seat = registry.seat_key(constituency)
    exact: set[str] = set()
    covering: set[str] = set()
    before: list[tuple[date, str]] = []
    after: list[tuple[date, str]] = []
    for person in registry.people():
        for m in registry.memberships(person.key):
            if m.constituency is None or registry.seat_key(m.constituency) != seat:
                continue
            if m.snapshot and m.start == on:
                exact.add(person.key)
            elif not m.snapshot and _covers(m.start, m.end, on):
                covering.add(person.key)
            elif m.snapshot and m.start is not None:
                (before if m.start < on else after).append((m.start, person.key))
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


def _seat_cases(registry: Registry) -> list[tuple[str, date]]:
    """Every seat the registry knows, on each boundary date of its memberships and around it."""
    cases: set[tuple[str, date]] = set()
    for person in registry.people():
        for m in registry.memberships(person.key):
            if m.constituency is None:
                continue
            for day in (m.start, m.end):
                if day is not None:
                    for shift in (-1, 0, 1):
                        cases.add((m.constituency, day + timedelta(days=shift)))
    return sorted(cases)


def test_seat_index_agrees_with_a_full_scan(registry: Registry) -> None:
    cases = _seat_cases(registry)
    assert len(cases) > 20
    for seat, on in cases:
        assert registry.constituency_member(seat, on) == _scan_constituency_member(
            registry, seat, on
        ), (seat, on)
    # spellings the index must fold the same way as the scan
    on = cases[0][1]
    assert registry.constituency_member("No Such Seat", on) == _scan_constituency_member(
        registry, "No Such Seat", on
    )


def _offices_scan(registry: Registry, key: str, on: date) -> list[object]:
    keys: list[object] = []
    for h in registry.holdings(key):
        if (h.start is None or h.start <= on) and (h.end is None or on <= h.end):
            org = None if h.organisation in (None, "House of Commons") else h.organisation
            keys.extend(parse_office(h.label, org))
    return keys


def test_offices_on_lists_the_holdings_covering_the_date(registry: Registry) -> None:
    checked = 0
    for person in registry.people():
        for h in registry.holdings(person.key):
            for day in (h.start, h.end):
                if day is None:
                    continue
                assert list(registry.offices_on(person.key, day)) == _offices_scan(
                    registry, person.key, day
                )
                checked += 1
    assert checked > 5


@pytest.mark.parametrize("size", [1, 3, registry_module._MEMO_SIZE])
def test_memoised_answers_equal_fresh_ones(
    registry: Registry, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """Asked twice, through a memo of any size (evicting or not), the answer is the same."""
    monkeypatch.setattr(registry_module, "_MEMO_SIZE", size)
    days = [date(2005, 6, 1), date(2010, 5, 20), date(2020, 6, 15), date(2021, 12, 1)]
    offices = ["Prime Minister", "Home Secretary", "Minister for Care", "Mr Speaker"]
    names = ["Theresa May", "Mr Bone", "Diana R. Johnson", "Lord Bach", "Nobody Atall"]
    people = [p.key for p in registry.people()][:40]
    for _ in range(2):
        for on in days:
            for office in offices:
                assert registry.holders(office, on) == registry._holders(office, on)
            for name in names:
                assert registry.resolve_name(name, on) == registry._resolve_name(
                    name, on, constituency=None, office=None, house=None
                )
                assert registry.resolve_name(
                    name, on, office="Prime Minister", house="commons"
                ) == registry._resolve_name(
                    name, on, constituency=None, office="Prime Minister", house="commons"
                )
            for key in people:
                assert registry.party_of(key, on) == registry._party_of(key, on)
                assert registry.offices_on(key, on) == registry._offices_on(key, on)
    assert len(registry._holders_memo) <= max(size, 1)


def test_pickles_without_its_memos(registry: Registry) -> None:
    import pickle

    fresh = pickle.dumps(registry)
    on = date(2020, 6, 15)
    for person in registry.people():
        registry.party_of(person.key, on)
        registry.offices_on(person.key, on)
    registry.holders("Prime Minister", on)
    assert registry._party_memo
    warm = pickle.dumps(registry)
    assert len(warm) == len(fresh)
    copy = pickle.loads(warm)
    assert not copy._party_memo
    assert copy.holders("Prime Minister", on) == registry.holders("Prime Minister", on)
