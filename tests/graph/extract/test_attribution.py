from __future__ import annotations

import pytest

from graph.extract.attribution import parse_attribution
from graph.records import Attribution


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Yvette Cooper", "Yvette Cooper", Attribution("Yvette Cooper")),
        (
            "Yvette Cooper",
            "The Secretary of State for the Home Department (Yvette Cooper)",
            Attribution("Yvette Cooper", office="The Secretary of State for the Home Department"),
        ),
        (
            "Judith Cummins",
            "Madam Deputy Speaker (Judith Cummins)",
            Attribution("Judith Cummins", office="Madam Deputy Speaker"),
        ),
        ("Lindsay Hoyle", "Mr Speaker", Attribution("Lindsay Hoyle", office="Mr Speaker")),
        (
            "Jim Shannon",
            "Jim Shannon (Strangford) (DUP)",
            Attribution("Jim Shannon", constituency="Strangford", party="DUP"),
        ),
        (
            "Stella Creasy",
            "Stella Creasy (Walthamstow) (Lab/Co-op)",
            Attribution("Stella Creasy", constituency="Walthamstow", party="Lab/Co-op"),
        ),
        (
            "Lord Hanson of Flint",
            "Lord Hanson of Flint (Lab)",
            Attribution("Lord Hanson of Flint", party="Lab"),
        ),
        (
            "Baroness Smith of Basildon",
            "The Lord Privy Seal (Baroness Smith of Basildon) (Lab)",
            Attribution("Baroness Smith of Basildon", office="The Lord Privy Seal", party="Lab"),
        ),
        (
            "Edward Leigh",
            "Sir Edward Leigh (Gainsborough) (Con)",
            Attribution("Edward Leigh", constituency="Gainsborough", party="Con"),
        ),
        (
            "Jacob Rees-Mogg",
            "Mr Jacob Rees-Mogg (North East Somerset) (Con)",
            Attribution("Jacob Rees-Mogg", constituency="North East Somerset", party="Con"),
        ),
        (
            "Jo Bloggs",
            "Jo Bloggs (Richmond (Yorks)) (Con)",
            Attribution("Jo Bloggs", constituency="Richmond (Yorks)", party="Con"),
        ),
    ],
)
def test_parse_attribution(name: str, text: str, expected: Attribution) -> None:
    assert parse_attribution(name, text) == expected
