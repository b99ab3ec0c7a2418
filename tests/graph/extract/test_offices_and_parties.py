from __future__ import annotations

import pytest

from graph.vocab.offices import canonical_office
from graph.vocab.parties import party


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        (
            "The Secretary of State for the Home Department",
            "Secretary of State for the Home Department",
            "Home Secretary",
        ),
        ("Home Secretary", "Secretary of State for the Home Department", "Home Secretary"),
        (
            "the shadow Home Secretary",
            "Shadow Secretary of State for the Home Department",
            "Shadow Home Secretary",
        ),
        ("Madam Deputy Speaker", "Deputy Speaker", "Mr Deputy Speaker"),
        ("Mr Deputy Speaker", "Deputy Speaker", "Madam Deputy Speaker"),
        ("Mr Speaker", "Speaker of the House of Commons", "Speaker"),
        (
            "The Parliamentary Under-Secretary of State for the Home Department",
            "Parliamentary Under-Secretary of State for the Home Department",
            "Under-Secretary of State for the Home Department",
        ),
        (
            "the Under-Secretary of State for the Home Department",
            "Parliamentary Under-Secretary of State for the Home Department",
            "Under-Secretary of State for the Home Department",
        ),
        ("The Minister for Security", "Minister for Security", None),
    ],
)
def test_canonical_office(text: str, label: str, alias: str | None) -> None:
    office = canonical_office(text)
    assert office.label == label
    if alias is not None:
        assert alias in office.aliases
    assert office.label not in office.aliases


def test_presiding_offices() -> None:
    assert canonical_office("Madam Deputy Speaker").presiding
    assert not canonical_office("Home Secretary").presiding


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("DUP", "Democratic Unionist Party"),
        ("Lab", "Labour"),
        ("lab/co-op", "Labour (Co-op)"),
        ("Labour", "Labour"),
        ("SNP", "Scottish National Party"),
    ],
)
def test_party(text: str, label: str) -> None:
    found = party(text)
    assert found is not None and found.label == label


@pytest.mark.parametrize("text", ["Strangford", "Yorks", ""])
def test_not_a_party(text: str) -> None:
    assert party(text) is None
