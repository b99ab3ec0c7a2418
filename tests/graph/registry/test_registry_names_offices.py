from __future__ import annotations

import pytest

from graph.vocab.names import constituency_key, initial_key, person_name_key, surname_key
from graph.vocab.office_keys import OfficeKey, is_office, office_key, office_sex, parse_office


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mr Philip Hollobone", "philip hollobone"),
        ("Mrs. Theresa May MP", "theresa may"),
        ("Dr Liam Fox", "liam fox"),
        ("Sir Keir Starmer KC", "keir starmer"),
        ("The Rt Hon Dame Eleanor Laing", "eleanor laing"),
        ("Diana R. Johnson", "diana johnson"),
        ("Lembit Öpik", "lembit opik"),
        ("Stephen O\u2019Brien", "stephen o'brien"),
        ("Anne-Marie Trevelyan", "anne marie trevelyan"),
        ("Baroness Morgan of Drefelin", "baroness morgan of drefelin"),
        ("Tom Crowther QC", "tom crowther"),
    ],
)
def test_person_name_key(text: str, key: str) -> None:
    assert person_name_key(text) == key


@pytest.mark.parametrize(
    ("text", "surname", "initial"),
    [
        ("Mr Bone", "bone", None),
        ("Matthew Hancock", "hancock", "m hancock"),
        ("Lord Davies of Oldham", "lord davies", None),
    ],
)
def test_surname_and_initial_keys(text: str, surname: str, initial: str | None) -> None:
    assert surname_key(text) == surname
    assert initial_key(text) == initial


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Birmingham, Yardley", "Birmingham Yardley"),
        ("Batley & Spen", "Batley and Spen"),
        ("Normanton, Pontefract and Castleford", "Normanton Pontefract & Castleford"),
        ("St Ives", "St. Ives"),
        ("Aldridge - Brownhills", "Aldridge-Brownhills"),
    ],
)
def test_constituency_key(a: str, b: str) -> None:
    assert constituency_key(a) == constituency_key(b)


HOME_SEC = OfficeKey("secretary of state", "home")
HOME_PUSS = OfficeKey("parliamentary under-secretary", "home")
HEALTH_MOS = OfficeKey("minister of state", "health")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Secretary of State for the Home Department", HOME_SEC),
        ("Home Secretary", HOME_SEC),
        ("Secretary of State for the Home Department", HOME_SEC),
        ("The Parliamentary Under-Secretary of State for the Home Department", HOME_PUSS),
        ("Parliamentary Under-Secretary (Home Office)", HOME_PUSS),
        ("the Under-Secretary of State for the Home Department", HOME_PUSS),
        ("Minister of State (Department of Health and Social Care)", HEALTH_MOS),
        ("The Minister of State, Department of Health and Social Care", HEALTH_MOS),
        ("The Minister of State, Department of Health", HEALTH_MOS),
        ("The Financial Secretary to the Treasury", OfficeKey("financial secretary", "treasury")),
        (
            "Financial Secretary (HM Treasury) (also in the Department for Business, Innovation and "
            "Skills)",
            OfficeKey("financial secretary", "treasury"),
        ),
        (
            "The Comptroller of Her Majesty's Household",
            OfficeKey("comptroller of the household", "household"),
        ),
        (
            "Comptroller (HM Household) (Deputy Chief Whip, House of Commons)",
            OfficeKey("comptroller of the household", "household"),
        ),
        ("Mr Speaker", OfficeKey("speaker", "commons")),
        ("Mr. Speaker", OfficeKey("speaker", "commons")),
        ("Speaker of the House of Commons", OfficeKey("speaker", "commons")),
        ("Madam Deputy Speaker", OfficeKey("deputy speaker", "commons")),
        (
            "Deputy Speaker (Second Deputy Chairman of Ways and Means)",
            OfficeKey("deputy speaker", "commons"),
        ),
        ("The Leader of the House of Commons ", OfficeKey("leader of the house", "commons")),
        ("Minister for Care", OfficeKey("minister", "health", "care")),
        (
            "The Minister for Borders and Immigration",
            OfficeKey("minister", "home", "borders and immigration"),
        ),
        (
            "Minister of State (Department for Business, Innovation and Skills) (Higher Education and "
            "Intellectual Property)",
            OfficeKey(
                "minister of state",
                "business innovation and skills",
                "higher education and intellectual property",
            ),
        ),
        ("Shadow Home Secretary", OfficeKey("shadow secretary of state", "home")),
    ],
)
def test_office_key(text: str, key: OfficeKey) -> None:
    assert office_key(text) == key


def test_joint_office_gives_both() -> None:
    a = set(parse_office("The Secretary of State for Justice and Lord Chancellor"))
    b = set(parse_office("The Lord Chancellor and Secretary of State for Justice "))
    assert a == b == {OfficeKey("secretary of state", "justice"), OfficeKey("lord chancellor")}


def test_organisation_fills_department() -> None:
    assert office_key("Parliamentary Under-Secretary", "Department for Transport") == OfficeKey(
        "parliamentary under-secretary", "transport"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Speaker", True),
        ("Madam Deputy Speaker", True),
        ("Home Secretary", True),
        ("Lord Bach", False),
        ("Diana R. Johnson", False),
        ("Jim Shannon", False),
    ],
)
def test_is_office(text: str, expected: bool) -> None:
    assert is_office(text) is expected


@pytest.mark.parametrize(
    ("text", "sex"), [("Madam Deputy Speaker", "F"), ("Mr. Deputy Speaker", "M"), ("Speaker", None)]
)
def test_office_sex(text: str, sex: str | None) -> None:
    assert office_sex(text) == sex
