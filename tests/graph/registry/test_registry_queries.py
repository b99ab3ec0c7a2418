from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.registry.registry import Registry


def test_ids_join_through_people_xml(registry: Registry) -> None:
    # all-members member/101, ministers.xml matchid, ParlaMint datadotparl id: one person
    assert registry.person("parlparse-member/101") is registry.person("twfy/10001")
    by_lord = registry.by_identifier("parlparse-lord", "uk.org.publicwhip/lord/100030")
    assert by_lord is not None and by_lord.key == "twfy/10003"
    wiki = registry.by_identifier("wikidata", "Q42")
    assert wiki is not None and wiki.key == "twfy/10001"
    assert registry.person("parlamint/AnnExample") is registry.person("twfy/10001")


def test_memberships_are_merged_and_sorted(registry: Registry) -> None:
    rows = registry.memberships("twfy/10001")
    assert [m.start for m in rows] == sorted(m.start or date.min for m in rows)
    assert {m.source for m in rows} >= {"all-members.xml", "2020-06-15_mp_list.csv"}


@pytest.mark.parametrize(
    ("name", "on", "kwargs", "expected"),
    [
        ("Mike Wood", date(2003, 1, 1), {}, "twfy/10002"),
        ("Mike Wood", date(2020, 12, 14), {}, "twfy/25362"),
        ("Mr Mike Wood MP", date(2021, 1, 1), {}, "twfy/25362"),
        ("Michael Wood", date(2020, 12, 14), {}, "twfy/25362"),  # first-name variant
        ("Lembit Opik", date(2005, 1, 1), {}, "twfy/10004"),
        ("Lord Bach", date(2009, 10, 26), {}, "twfy/10003"),
        ("Jim Shannon", date(2020, 6, 15), {}, "twfy/13864"),
        ("Mr Speaker", date(2016, 3, 11), {}, "twfy/10040"),
        ("Madam Deputy Speaker", date(2016, 3, 11), {}, "twfy/10348"),
        ("Ann Example", date(2020, 1, 1), {"office": "Home Secretary"}, "twfy/10001"),
        ("Mike Wood", None, {"constituency": "Dudley South"}, "twfy/25362"),
        ("Mike Wood", None, {"constituency": "Batley and Spen"}, "twfy/10002"),
    ],
)
def test_resolve_name(
    registry: Registry, name: str, on: date | None, kwargs: dict[str, str], expected: str
) -> None:
    got = registry.resolve_name(name, on, **kwargs)
    assert got.person == expected, got.reason
    assert 0 < got.confidence <= 1


@pytest.mark.parametrize(
    ("name", "on", "why"),
    [
        ("Mike Wood", None, "no date"),
        ("Nobody Atall", date(2020, 1, 1), "no person named"),
        ("Hon. Members", date(2020, 1, 1), "collective"),
        ("Mr Speaker", date(2024, 1, 1), "no holder"),
    ],
)
def test_unresolved_says_why(registry: Registry, name: str, on: date | None, why: str) -> None:
    got = registry.resolve_name(name, on)
    assert got.person is None
    assert why in got.reason


def test_ambiguous_lists_candidates(registry: Registry) -> None:
    got = registry.resolve_name("Mike Wood", None)
    assert got.candidates == ("twfy/10002", "twfy/25362")


@pytest.mark.parametrize(
    ("office", "on", "expected"),
    [
        ("Home Secretary", date(2020, 12, 14), ["twfy/10001"]),
        ("The Secretary of State for the Home Department", date(2020, 12, 14), ["twfy/10001"]),
        ("Home Secretary", date(2019, 1, 1), []),
        (
            "The Minister of State, Department of Health and Social Care",
            date(2020, 12, 14),
            ["twfy/25398"],
        ),
        ("Minister for Care", date(2020, 12, 14), ["twfy/25398"]),
        ("The Minister of State, Home Department", date(2004, 1, 1), ["twfy/10001"]),
        ("The Financial Secretary to the Treasury", date(2004, 1, 1), ["twfy/10002"]),
        ("Mr Speaker", date(2016, 3, 11), ["twfy/10040"]),
    ],
)
def test_holders(registry: Registry, office: str, on: date, expected: list[str]) -> None:
    assert [h.person_key for h in registry.holders(office, on)] == expected


def test_holder_explains_match(registry: Registry) -> None:
    (holder,) = registry.holders("Minister for Care", date(2020, 12, 14))
    assert holder.match == "department" and holder.confidence < 1
    assert holder.holding.source == "ministers-2010.json"


@pytest.mark.parametrize(
    ("seat", "on", "expected"),
    [
        ("Strangford", date(2020, 6, 15), "twfy/13864"),
        ("Birmingham Yardley", date(2020, 6, 15), "twfy/10001"),
        ("Birmingham, Yardley", date(1999, 1, 1), "twfy/10001"),
        ("Batley & Spen", date(2000, 1, 1), "twfy/10002"),
        ("Strangford", date(2021, 1, 1), "twfy/13864"),  # listed before and after
    ],
)
def test_constituency_member(registry: Registry, seat: str, on: date, expected: str) -> None:
    assert registry.constituency_member(seat, on).person == expected


def test_constituency_member_unknown(registry: Registry) -> None:
    got = registry.constituency_member("Nowhere", date(2020, 6, 15))
    assert got.person is None and "no member" in got.reason


@pytest.mark.parametrize(
    ("key", "on", "party"),
    [
        ("twfy/10133", date(2020, 6, 15), "Labour"),
        ("twfy/10133", date(2021, 12, 1), "Independent"),
        ("twfy/10133", date(2021, 1, 1), None),  # changed between the two lists
        ("twfy/10001", date(1999, 1, 1), "Labour"),  # "Lab" spelled out
        ("twfy/10004", date(2000, 1, 1), "Liberal Democrat"),
    ],
)
def test_party_of(registry: Registry, key: str, on: date, party: str | None) -> None:
    assert registry.party_of(key, on) == party


def test_builds_are_deterministic(fixtures: Path, registry_files: tuple[str, ...]) -> None:
    def dump(names: tuple[str, ...]) -> str:
        reg = Registry.from_paths(fixtures / n for n in names)
        return repr([(p, reg.memberships(p.key), reg.holdings(p.key)) for p in reg.people()])

    assert dump(registry_files) == dump(tuple(reversed(registry_files)))
