"""The 2024 Parliament's registry formats: the IfG Ministers Database, election results,
the MP lookup and parlparse's official-profiles crosswalk (small fixtures in the real
column layouts; the people, seats, ids and dates are real)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.registry.load import load_path, load_with_format
from graph.registry.rdf import import_files, registry_from_store
from graph.registry.records import Membership
from graph.registry.registry import Registry
from graph.store import Store

IFG = "ifg/person.csv"
RESULTS = "candidate-level-results-general-election-04-07-2024.csv"
LOOKUP = "2026-06-27_mp_lookup.csv"
PROFILES = "official-profiles.xml"
ALL_2024 = (IFG, RESULTS, LOOKUP, PROFILES)
JAN_2025, NOV_2025 = date(2025, 1, 16), date(2025, 11, 25)


@pytest.fixture(scope="module")
def registry_2024(fixtures: Path) -> Registry:
    return Registry.from_paths(fixtures / name for name in (*ALL_2024, "2019-06-01_mp_list.csv"))


@pytest.mark.parametrize(
    ("name", "fmt", "people", "memberships", "holdings"),
    [
        # 8 people rows for 7 people (Mandelson's two names); Lee's seat in two parties
        (IFG, "ifg-ministers-database", 7, 8, 8),
        # winners only: 6 of 8 rows
        (RESULTS, "election-results-csv", 6, 6, 0),
        (LOOKUP, "mp-lookup-csv", 6, 6, 0),
        # a profile of the Scottish Parliament only is not read
        (PROFILES, "parlparse-official-profiles", 7, 0, 0),
    ],
)
def test_formats_are_detected(
    fixtures: Path, name: str, fmt: str, people: int, memberships: int, holdings: int
) -> None:
    found, data = load_with_format(fixtures / name)
    assert found == fmt
    assert (len(data.people), len(data.memberships), len(data.holdings)) == (
        people,
        memberships,
        holdings,
    )
    assert data.sources == (Path(name).name,)


# --- IfG Ministers Database ------------------------------------------------------------


def test_ifg_people_are_keyed_by_member_id(fixtures: Path) -> None:
    people = {p.key: p for p in load_path(fixtures / IFG).people}
    cooper = people["mnis/420"]
    assert cooper.name == "Yvette Cooper" and cooper.sex == "F"
    assert cooper.identifiers == (
        ("ifg", "24a7d738-61eb-4cef-afc4-981d97fd2d98"),
        ("mnis", "420"),
    )
    # no id_parliament: the database's own id
    assert people["ifg/865387c9-deed-4fa0-9693-7a6af5dc3554"].identifier("mnis") is None


def test_ifg_names_keep_their_dates(fixtures: Path) -> None:
    mandelson = next(p for p in load_path(fixtures / IFG).people if p.key == "mnis/500")
    assert mandelson.name == "Lord Mandelson"  # the name in use (no end date)
    spans = {(n.text, n.start, n.end) for n in mandelson.other_names}
    assert spans == {
        ("Lord Mandelson", date(2008, 10, 3), None),
        ("Peter Mandelson", None, date(2008, 10, 3)),
    }


def test_ifg_appointments_are_holdings_with_post_and_organisation(fixtures: Path) -> None:
    holdings = [h for h in load_path(fixtures / IFG).holdings if h.person_key == "mnis/3914"]
    assert [(h.label, h.organisation, h.start, h.end) for h in holdings] == [
        (
            "Secretary of State for Justice and Lord Chancellor",
            "Ministry of Justice",
            date(2024, 7, 5),
            date(2025, 9, 5),
        ),
        (
            "Secretary of State for the Home Department",
            "Home Office",
            date(2025, 9, 5),
            None,
        ),
    ]
    assert holdings[1].canonical == "secretary of state [home]"
    assert holdings[1].source_id == "98a8a640-7a10-4b5a-b268-01117e4ffd45"


def test_ifg_representation_is_a_seat_per_party_period(fixtures: Path) -> None:
    data = load_path(fixtures / IFG)
    lee = sorted((m for m in data.memberships if m.person_key == "mnis/3921"), key=str)
    assert [(m.constituency, m.party, m.start, m.end) for m in lee] == [
        ("Bracknell", "Conservative", date(2017, 6, 8), date(2019, 9, 3)),
        ("Bracknell", "Liberal Democrat", date(2019, 9, 3), date(2019, 12, 12)),
    ]
    (lords,) = [m for m in data.memberships if m.person_key == "mnis/500"]
    assert (lords.house, lords.constituency, lords.party, lords.end) == (
        "lords",
        None,
        "Labour",
        None,
    )


def test_ifg_gives_cooper_then_mahmood_as_home_secretary(fixtures: Path) -> None:
    registry = Registry([load_path(fixtures / IFG)])
    on = {
        d: [h.person_key for h in registry.holders("Home Secretary", d)]
        for d in (
            JAN_2025,
            NOV_2025,
        )
    }
    assert on == {JAN_2025: ["mnis/420"], NOV_2025: ["mnis/3914"]}
    assert [h.person_key for h in registry.holders("Chancellor of the Exchequer", NOV_2025)] == [
        "mnis/4031"
    ]


def test_ifg_is_read_with_the_tables_beside_it(fixtures: Path, tmp_path: Path) -> None:
    shutil.copy(fixtures / IFG, tmp_path / "person.csv")
    with pytest.raises(SourceError, match=r"appointment\.csv is missing"):
        load_path(tmp_path / "person.csv")


def test_another_ifg_table_points_to_person_csv(fixtures: Path) -> None:
    with pytest.raises(SourceError, match=r"import person\.csv beside it"):
        load_path(fixtures / "ifg" / "appointment.csv")


def test_ifg_unknown_reference_names_the_table_and_line(fixtures: Path, tmp_path: Path) -> None:
    for table in (fixtures / "ifg").iterdir():
        shutil.copy(table, tmp_path / table.name)
    with (tmp_path / "appointment.csv").open("a") as handle:
        handle.write("x,24a7d738-61eb-4cef-afc4-981d97fd2d98,no-such-post,2024-07-05,\n")
    with pytest.raises(SourceError, match=r"appointment.csv:10: unknown post_id 'no-such-post'"):
        load_path(tmp_path / "person.csv")


# --- election results and the MP lookup ------------------------------------------------


def test_results_are_winners_observed_on_polling_day(fixtures: Path) -> None:
    data = load_path(fixtures / RESULTS)
    seats = {m.constituency: m for m in data.memberships}
    assert "Victoria Prentis" not in {p.name for p in data.people}  # second in Banbury
    yardley = seats["Birmingham Yardley"]
    assert yardley == Membership(
        "mnis/4370", "commons", "Birmingham Yardley", "Lab", date(2024, 7, 4), date(2024, 7, 4),
        RESULTS, snapshot=True,
    )  # fmt: skip
    assert seats["Chorley"].party == "Speaker"
    assert seats["Islington North"].party == "Independent"
    assert seats["Birmingham Edgbaston"].party == "Lab/Co-op"


def test_mp_lookup_is_a_snapshot_on_the_file_date(fixtures: Path) -> None:
    data = load_path(fixtures / LOOKUP)
    runcorn = next(m for m in data.memberships if m.constituency == "Runcorn and Helsby")
    assert (runcorn.person_key, runcorn.party, runcorn.start, runcorn.end, runcorn.snapshot) == (
        "mnis/5403",
        "Reform UK",
        date(2026, 6, 27),
        date(2026, 6, 27),
        True,
    )


def test_mp_lookup_needs_its_date_in_the_name(fixtures: Path, tmp_path: Path) -> None:
    shutil.copy(fixtures / LOOKUP, tmp_path / "mp_lookup.csv")
    with pytest.raises(SourceError, match="must carry the list's date"):
        load_path(tmp_path / "mp_lookup.csv")


# --- the crosswalk and the merged registry ---------------------------------------------


def test_profiles_give_member_ids_to_twfy_people(fixtures: Path) -> None:
    people = {p.key: p for p in load_path(fixtures / PROFILES).people}
    assert people["twfy/25364"].identifiers == (("mnis", "4370"), ("twfy", "25364"))
    assert "twfy/10581" not in people  # a Scottish Parliament profile only


def test_profiles_without_westminster_ids_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "social-media-commons.xml"
    path.write_text('<twfy><personinfo id="uk.org.publicwhip/person/10001" twitter="x"/></twfy>')
    with pytest.raises(SourceError, match="without profile_url_uk_parl"):
        load_path(path)


def test_sources_join_into_one_twfy_person(registry_2024: Registry) -> None:
    person = registry_2024.by_identifier("mnis", "4370")
    assert person is not None and person.key == "twfy/25364"
    assert registry_2024.person("mnis/4370") == person
    sources = {m.source for m in registry_2024.memberships("twfy/25364")}
    assert sources == {IFG.split("/")[1], RESULTS, LOOKUP}
    # known to MNIS only (a by-election winner after the crosswalk): keeps its member-id key
    pochin = registry_2024.person("mnis/5403")
    assert pochin is not None and pochin.key == "mnis/5403"


def test_party_and_seat_between_the_election_and_the_lookup(registry_2024: Registry) -> None:
    found = registry_2024.resolve_name("Jess Phillips", JAN_2025)
    assert found.person == "twfy/25364"
    assert registry_2024.party_of("twfy/25364", JAN_2025) == "Labour"
    assert registry_2024.constituency_member("Banbury", JAN_2025).person == "twfy/26552"
    # the seat changed hands (a by-election): the two observations disagree, so nobody
    assert registry_2024.constituency_member("Runcorn and Helsby", JAN_2025).person is None
    assert registry_2024.party_of("twfy/10133", JAN_2025) is None  # Independent, then Your Party


def test_a_2019_leaver_does_not_take_a_2024_members_surname(registry_2024: Registry) -> None:
    # John Woodcock left the Commons in 2019; Sean Woodcock was elected in 2024
    assert registry_2024.name_candidates("Mr Woodcock")[0] == ("twfy/24837", "twfy/26552")
    for on in (JAN_2025, NOV_2025):
        found = registry_2024.resolve_name("Mr Woodcock", on)
        assert found.person == "twfy/26552", found
    assert registry_2024.resolve_name("Mr Woodcock", date(2019, 6, 1)).person == "twfy/24837"


def test_members_import_reads_the_2024_formats(fixtures: Path) -> None:
    store = Store.memory()
    report = import_files(store, [fixtures / name for name in ALL_2024])
    assert report.errors == []
    assert [f.format for f in report.files] == [
        "ifg-ministers-database",
        "election-results-csv",
        "mp-lookup-csv",
        "parlparse-official-profiles",
    ]
    registry = registry_from_store(store)
    # (on later dates the built-in registry's open-ended Home Secretary adds Cooper)
    assert [h.person_key for h in registry.holders("Home Secretary", JAN_2025)] == ["twfy/10131"]
    assert [h.person_key for h in registry.holders("Chancellor of the Exchequer", NOV_2025)] == [
        "twfy/24851"
    ]
    person = registry.person("mnis/4031")
    assert person is not None and person.key == "twfy/24851" and person.name == "Rachel Reeves"
