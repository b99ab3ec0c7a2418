"""The 2024 Parliament and the 2024– government from the real files in
``../shared/corpus/registry_2024`` (skipped when absent): who held which office, seat and
party on dates in 2025, and that a 2025 name never goes to someone who left in 2019."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from graph.registry.builtin import load_builtin
from graph.registry.evaluate import corpus_root, registry_files
from graph.registry.load import load_with_format
from graph.registry.records import RegistryData
from graph.registry.registry import Registry

ROOT = corpus_root()
FOLDER = ROOT / "registry_2024" if ROOT is not None else None
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        FOLDER is None or not FOLDER.is_dir(),
        reason="real corpus with registry_2024/ not found (../shared/corpus or $DEBATE_KG_CORPUS)",
    ),
]
JAN_2025, NOV_2025 = date(2025, 1, 16), date(2025, 11, 25)
#: The day the MP lookup in the corpus was taken (SOURCES.md, section 9).
LOOKUP_DAY = "2026-06-27"
RESULTS = "dfe_mp_lookup/candidate-level-results-general-election-04-07-2024.csv"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    assert FOLDER is not None
    # the lookup does not carry its date; the loader takes it from the file name
    lookup = tmp_path_factory.mktemp("lookup") / f"{LOOKUP_DAY}_mp_lookup.csv"
    shutil.copy(FOLDER / "dfe_mp_lookup" / "mp_lookup.csv", lookup)
    return {
        "ifg": FOLDER / "ifg_ministers_database" / "person.csv",
        "results": FOLDER / RESULTS,
        "lookup": lookup,
        "profiles": FOLDER / "parlparse" / "official-profiles.xml",
    }


@pytest.fixture(scope="module")
def loaded(files: dict[str, Path]) -> dict[str, tuple[str, RegistryData]]:
    return {name: load_with_format(path) for name, path in files.items()}


@pytest.fixture(scope="module")
def ifg(loaded: dict[str, tuple[str, RegistryData]]) -> Registry:
    """The IfG Ministers Database alone."""
    return Registry([loaded["ifg"][1]])


@pytest.fixture(scope="module")
def current(loaded: dict[str, tuple[str, RegistryData]]) -> Registry:
    """The built-in registry and the four 2024 files."""
    return Registry([load_builtin(), *(data for _, data in loaded.values())])


@pytest.fixture(scope="module")
def full(loaded: dict[str, tuple[str, RegistryData]]) -> Registry:
    """What a build uses with everything imported: built-in, the corpus's parlparse and
    TheyWorkForYou files, and the 2024 files."""
    assert ROOT is not None
    older = [load_with_format(p)[1] for p in registry_files(ROOT)]
    return Registry([load_builtin(), *older, *(data for _, data in loaded.values())])


@pytest.fixture(scope="module")
def winners() -> list[dict[str, str]]:
    assert FOLDER is not None
    with (FOLDER / RESULTS).open(encoding="utf-8-sig") as handle:
        return [r for r in csv.DictReader(handle) if r["Candidate result position"] == "1"]


def test_every_file_is_read(loaded: dict[str, tuple[str, RegistryData]]) -> None:
    summary = {
        name: (fmt, len({p.key for p in data.people}), len(data.memberships), len(data.holdings))
        for name, (fmt, data) in loaded.items()
    }
    assert summary == {
        # 4,497 representations; those whose party changed are split per party
        "ifg": ("ifg-ministers-database", 1149, 4685, 3667),
        "results": ("election-results-csv", 650, 650, 0),
        "lookup": ("mp-lookup-csv", 650, 650, 0),
        "profiles": ("parlparse-official-profiles", 2898, 0, 0),
    }


def test_members_join_their_twfy_person(
    current: Registry, loaded: dict[str, tuple[str, RegistryData]], winners: list[dict[str, str]]
) -> None:
    elected = {current.person(f"mnis/{w['Candidate MNIS ID']}") for w in winners}
    assert len(elected) == 650 and all(p and p.key.startswith("twfy/") for p in elected)
    sitting = {current.person(m.person_key) for m in loaded["lookup"][1].memberships}
    # by-election winners after the crosswalk's last update keep their member-id key
    unjoined = sorted(p.key for p in sitting if p and not p.key.startswith("twfy/"))
    assert unjoined == ["mnis/5403", "mnis/5447", "mnis/5449", "mnis/5450"]


@pytest.mark.parametrize(
    ("office", "on", "holder"),
    [
        ("Home Secretary", JAN_2025, "Yvette Cooper"),
        ("Home Secretary", NOV_2025, "Shabana Mahmood"),
        ("Chancellor of the Exchequer", JAN_2025, "Rachel Reeves"),
        ("Chancellor of the Exchequer", NOV_2025, "Rachel Reeves"),
        ("Prime Minister", NOV_2025, "Keir Starmer"),
        ("The Minister of State, Home Department", NOV_2025, "Lord Hanson of Flint"),
    ],
)
def test_the_ifg_data_gives_the_holder(ifg: Registry, office: str, on: date, holder: str) -> None:
    people = [ifg.person(h.person_key) for h in ifg.holders(office, on)]
    names = [p.name for p in people if p is not None]
    assert holder in names
    if office != "The Minister of State, Home Department":  # several ministers of state
        assert names == [holder]


def test_jess_phillips_on_a_2025_date(full: Registry) -> None:
    found = full.resolve_name("Jess Phillips", JAN_2025)
    assert found.person == "twfy/25364"
    assert full.party_of("twfy/25364", JAN_2025) == "Labour"
    seats = {
        m.constituency
        for m in full.memberships("twfy/25364")
        if not m.snapshot and (m.start is None or m.start <= JAN_2025)
        and (m.end is None or m.end >= JAN_2025)
    }  # fmt: skip
    assert seats == {"Birmingham Yardley", "Birmingham, Yardley"}  # built-in and IfG spellings


def test_older_files_open_ends_do_not_cover_2025(full: Registry) -> None:
    """An open end in an older file (ministers-2010.json: Priti Patel, Rishi Sunak; the
    built-in Home Secretary row; all-members.xml: John Hemming) ends where a newer file
    says who came next."""
    home = [h.person_key for h in full.holders("Home Secretary", NOV_2025)]
    chancellor = [h.person_key for h in full.holders("Chancellor of the Exchequer", JAN_2025)]
    seat = full.constituency_member("Birmingham Yardley", JAN_2025).person
    assert (home, chancellor, seat) == (["twfy/24788"], ["twfy/24851"], "twfy/25364")


@pytest.mark.parametrize(
    ("surname", "member", "leaver"),
    [
        ("Woodcock", "Sean Woodcock", "twfy/24837"),  # John Woodcock left in 2019
        ("Barron", "Lee Barron", "twfy/10027"),  # Kevin Barron
        ("Pearce", "Jon Pearce", "twfy/24956"),  # Teresa Pearce
        ("Moon", "Perran Moon", "twfy/11450"),  # Madeleine Moon
        ("Griffiths", "Alison Griffiths", "twfy/24826"),  # Andrew Griffiths
        ("Twigg", "Derek Twigg", "twfy/10611"),  # Stephen Twigg
        ("Vaz", "Valerie Vaz", "twfy/10614"),  # Keith Vaz
    ],
)
def test_a_surname_goes_to_the_2024_member_not_the_2019_leaver(
    full: Registry, surname: str, member: str, leaver: str
) -> None:
    assert leaver in full.name_candidates(surname)[0]
    for on in (JAN_2025, NOV_2025):
        found = full.resolve_name(f"Mr {surname}", on)
        person = full.person(found.person or "")
        assert person is not None and person.name == member, found


def test_no_2024_members_surname_goes_to_a_member_gone_before_2020(
    full: Registry, winners: list[dict[str, str]]
) -> None:
    gone = (JAN_2025 - date(2020, 1, 1)).days
    wrong = []
    for w in winners:
        found = full.resolve_name(f"Mr {w['Candidate family name']}", JAN_2025)
        distance = full.distance(found.person, JAN_2025) if found.person else None
        if distance is not None and distance > gone:
            wrong.append((w["Candidate family name"], found.person, found.reason))
    assert wrong == []
