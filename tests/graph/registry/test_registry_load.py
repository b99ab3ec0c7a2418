from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.registry.builtin import load_builtin
from graph.registry.load import load_path, load_with_format


@pytest.mark.parametrize(
    ("name", "fmt", "people", "memberships", "holdings", "constituencies"),
    [
        ("people.xml", "parlparse-people", 4, 0, 0, 0),
        ("all-members.xml", "parlparse-all-members", 4, 4, 0, 0),
        ("ministers.xml", "parlparse-ministers", 2, 0, 2, 0),
        ("peers-ucl.xml", "parlparse-peers", 1, 1, 0, 0),
        # one row has its end before its start and is skipped; 4 crosswalk stubs
        ("ministers-2010.json", "popolo-json", 4, 0, 4, 0),
        ("constituencies.json", "constituencies-json", 0, 0, 0, 3),
        ("2020-06-15_mp_list.csv", "twfy-mp-list", 4, 4, 0, 0),
        ("listPerson.xml", "parlamint-listperson", 1, 1, 1, 0),
        ("listOrg.xml", "parlamint-listorg", 0, 0, 0, 0),
    ],
)
def test_formats_are_detected_and_loaded(
    fixtures: Path,
    name: str,
    fmt: str,
    people: int,
    memberships: int,
    holdings: int,
    constituencies: int,
) -> None:
    found, data = load_with_format(fixtures / name)
    assert found == fmt
    counts = (len(data.people), len(data.memberships), len(data.holdings), len(data.constituencies))
    assert counts == (people, memberships, holdings, constituencies)
    assert data.sources == (name,)


def test_people_xml_crosswalk(fixtures: Path) -> None:
    person = load_path(fixtures / "people.xml").people[0]
    assert person.key == "twfy/10001"
    assert ("parlparse-member", "uk.org.publicwhip/member/101") in person.identifiers
    assert ("parlparse-moffice", "uk.org.publicwhip/moffice/501") in person.identifiers
    assert person.identifier("datadotparl") == "900"


def test_latin1_names_are_decoded(fixtures: Path) -> None:
    names = {p.name for p in load_path(fixtures / "people.xml").people}
    assert "Lembit Öpik" in names


def test_mp_list_is_a_snapshot_on_the_file_date(fixtures: Path) -> None:
    data = load_path(fixtures / "2020-06-15_mp_list.csv")
    m = data.memberships[0]
    assert (m.start, m.end, m.snapshot) == (date(2020, 6, 15), date(2020, 6, 15), True)


def test_all_members_open_end_is_none(fixtures: Path) -> None:
    rows = load_path(fixtures / "all-members.xml").memberships
    assert rows[1].end is None and rows[0].end == date(2001, 5, 14)


def test_parlamint_identifiers(fixtures: Path) -> None:
    person = load_path(fixtures / "listPerson.xml").people[0]
    assert person.identifier("wikidata") == "Q42"
    assert person.identifier("datadotparl") == "900"
    assert person.sex == "F"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("mp_list_undated.csv", "must carry its date"),
        ("broken.xml", "not well-formed XML"),
        ("no_people.xml", "without <person>"),
        ("unknown.txt", "not a recognised registry file"),
        ("missing.xml", "No such file"),
    ],
)
def test_errors_name_the_file(fixtures: Path, name: str, message: str) -> None:
    with pytest.raises(SourceError) as info:
        load_path(fixtures / name)
    assert name in str(info.value)
    assert message in str(info.value)


def test_external_entities_are_not_resolved(fixtures: Path) -> None:
    try:
        data = load_path(fixtures / "xxe.xml")
    except SourceError:
        return  # refusing the file is fine too
    assert all("root:" not in (p.name or "") for p in data.people)


def test_builtin_registry_loads() -> None:
    data = load_builtin()
    keys = {p.key for p in data.people}
    assert {"twfy/10131", "twfy/25393", "twfy/25364", "twfy/13864"} <= keys
    assert {"alexis-jay", "louise-casey", "tom-crowther"} <= keys
