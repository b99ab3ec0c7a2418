"""A speaker's role on the day decides whether they can commit the Government."""

from __future__ import annotations

from datetime import date

import pytest

from graph.link.roles import can_commit, governing, office_role, speaker_role
from graph.registry import Registry
from graph.registry.records import Membership, OfficeHolding, RegistryData, RegistryPerson


@pytest.mark.parametrize(
    ("office", "role"),
    [
        ("The Secretary of State for Health and Social Care", "minister"),
        ("The Parliamentary Under-Secretary of State, Foreign Office", "minister"),
        ("Minister of State (Home Office)", "minister"),
        ("The Prime Minister", "minister"),
        ("Leader of the House of Commons", "minister"),
        ("Lord Commissioner of HM Treasury", "minister"),
        ("Baroness in Waiting", "lords-spokesperson"),
        ("Captain of the King's Bodyguard of the Yeomen of the Guard", "lords-spokesperson"),
        ("Shadow Secretary of State for Justice", "shadow"),
        ("Leader of the Opposition", "shadow"),
        ("Madam Deputy Speaker", "chair"),
        ("Mr Speaker", "chair"),
        ("Speaker of the House of Commons", "chair"),
        ("Deputy Speaker (Second Deputy Chairman of Ways and Means)", "chair"),
        ("The Presiding Officer", "chair"),
        # devolved and other executives, by their own titles
        ("The Cabinet Secretary for Finance and Sustainable Growth", "minister"),
        ("The Counsel General for Wales", "minister"),
        ("The Trefnydd", "minister"),
        # other houses' presiding officers
        ("The Deputy Chairman of Committees", "chair"),
        ("Senior Deputy Speaker", "chair"),
        ("The HOUSE CHAIRPERSON (Mr C T Frolick)", "chair"),
        ("The TEMPORARY CHAIRPERSON (Mr J D Thibedi)", "chair"),
        ("The Convener", "chair"),
        ("An Leas-Cheann Comhairle", "chair"),
        ("The Llywydd", "chair"),
        # a committee's chair or convener speaking in the chamber presides over nothing
        ("The Chairperson of the Committee for Education", None),
        ("Convener of the Finance Committee", None),
        ("The ACTING CHIEF WHIP OF THE MAJORITY PARTY", None),
        # ParlaMint's affiliations as the registry labels them
        ("head (National Assembly of Slovenia)", "chair"),
        ("deputyHead (Parliament of Galicia)", "chair"),
        ("head (GOV)", "minister"),
        ("member (GOV)", "minister"),
        ("head (ministry.MF)", "minister"),
        ("head (committee.EU)", None),
        ("member (Parliament of Galicia)", None),
        ("Parliamentary Private Secretary to the Chancellor", None),
        ("Member (Treasury Committee)", None),
        ("Member (Speaker's Committee for IPSA)", None),
        ("", None),
    ],
)
def test_office_role(office: str, role: str | None) -> None:
    assert office_role(office) == role


def test_governing_party_by_date() -> None:
    assert governing("Labour", date(2009, 10, 29)) is True
    assert governing("Conservative", date(2009, 10, 29)) is False
    assert governing("Liberal Democrat", date(2012, 1, 1)) is True  # the coalition
    assert governing("Labour/Co-operative", date(2025, 3, 1)) is True
    assert governing("Conservative", date(2025, 3, 1)) is False
    assert governing(None, date(2025, 3, 1)) is None


def _registry() -> Registry:
    people = tuple(
        RegistryPerson(key, name)
        for key, name in (("p/min", "Ann Minister"), ("p/back", "Bob Back"),
                          ("p/stale", "Cy Stale"), ("p/shadow", "Di Shadow"),
                          ("p/chair", "Ed Chair"), ("p/seatless", "Flo Unseated"),
                          ("p/listed", "Gus Committee"))
    )  # fmt: skip
    start = date(2020, 1, 1)
    members = tuple(
        Membership(key, "commons", "Somewhere " + key, party, start, None, "t")
        for key, party in (("p/min", "Labour"), ("p/back", "Labour"), ("p/stale", "Conservative"),
                           ("p/shadow", "Conservative"), ("p/chair", "Speaker"))
    )  # fmt: skip
    holdings = (
        OfficeHolding("p/min", "Minister of State (Home Office)", "", None, start, None, "t"),
        OfficeHolding("p/back", "Chair", "", "Treasury Committee", start, None, "t"),
        # left open by a registry written before the 2024 election
        OfficeHolding(
            "p/stale",
            "Parliamentary Under-Secretary (Home Office)",
            "",
            None,
            date(2022, 9, 7),
            None,
            "t",
        ),
        OfficeHolding(
            "p/shadow",
            "Shadow Leader of the House of Commons",
            "",
            None,
            date(2024, 7, 8),
            None,
            "t",
        ),
        OfficeHolding("p/chair", "Speaker of the House of Commons", "", None, start, None, "t"),
        # no membership the registry dates, but a committee place covering the day
        OfficeHolding("p/listed", "Member", "", "Transport Committee", start, None, "t"),
        OfficeHolding(
            "p/seatless", "Member", "", "Transport Committee", start, date(2021, 1, 1), "t"
        ),
    )
    return Registry([RegistryData(people=people, memberships=members, holdings=holdings)])


@pytest.mark.parametrize(
    ("key", "printed", "role"),
    [
        ("p/min", None, "minister"),
        ("p/back", None, "backbench"),  # a committee's chair is not the chair
        ("p/stale", None, "shadow"),  # a ministry held open by the registry, party out of office
        ("p/shadow", None, "shadow"),
        ("p/chair", None, "chair"),
        ("p/back", "The Minister for Employment", "minister"),  # the printed office wins
        (None, None, None),  # nobody linked: unknown
        ("p/nobody", None, None),
        ("p/seatless", None, None),  # known, but not known to sit that day: unknown
        ("p/listed", None, "backbench"),  # a committee place on the day: the record covers it
    ],
)
def test_speaker_role_on_the_day(key: str | None, printed: str | None, role: str | None) -> None:
    assert speaker_role(_registry(), key, date(2025, 3, 1), printed) == role


def test_who_can_commit() -> None:
    assert can_commit("minister") and can_commit("lords-spokesperson") and can_commit(None)
    assert not any(can_commit(r) for r in ("shadow", "backbench", "chair", "other"))  # type: ignore[arg-type]
