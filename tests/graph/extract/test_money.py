"""Money: exact decimal values, currencies, ranges; counts are not money."""

from __future__ import annotations

import pytest

from graph.extract.money import find_amounts, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£2 million", [("2000000", "GBP", None)]),
        ("£2.4 billion.", [("2400000000", "GBP", None)]),
        ("£650", [("650", "GBP", None)]),
        ("£1.5bn", [("1500000000", "GBP", None)]),
        ("£30m", [("30000000", "GBP", None)]),
        ("£4,000 for training", [("4000", "GBP", None)]),
        ("£1,200, which", [("1200", "GBP", None)]),
        ("£0.5 million", [("500000", "GBP", None)]),
        ("£5 million to £10 million", [("5000000", "GBP", "10000000")]),
        ("£5-£10 million", [("5000000", "GBP", "10000000")]),
        ("£5 to £10 million", [("5000000", "GBP", "10000000")]),
        ("between £5m and £6m", [("5000000", "GBP", "6000000")]),
        ("£5m and £10m", [("5000000", "GBP", None), ("10000000", "GBP", None)]),
        ("€40m", [("40000000", "EUR", None)]),
        ("$3.2 billion", [("3200000000", "USD", None)]),
        ("2 million pounds", [("2000000", "GBP", None)]),
        ("£870 million, £26 million more", [("870000000", "GBP", None), ("26000000", "GBP", None)]),
        # a count in words, a currency in letters
        ("half a billion pounds", [("500000000", "GBP", None)]),
        ("five million euros", [("5000000", "EUR", None)]),
        ("USD 5 million", [("5000000", "USD", None)]),
        ("KSh 3 billion", [("3000000000", "KES", None)]),
        ("Kshs.3 billion to Kshs.5 billion", [("3000000000", "KES", "5000000000")]),
    ],
)
def test_amounts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(a.value, a.currency, a.maximum) for a in find_amounts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "20,000 police officers",
        "2 million pages of evidence",
        "7,000 personal testimonies",
        "a 5.6 per cent. reduction",
        "in 2009-10",
        "from 100 to 200 individuals",
        "£ signs alone",
        "millions of pounds",  # no count
        "two thirds of a million pounds",  # a fraction this does not read
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == ()


def test_exact_text_is_kept() -> None:
    (amount,) = find_amounts("backed by £2 million of additional funding")
    assert amount.exact == "£2 million"


def test_parse_amount_needs_exactly_one() -> None:
    assert parse_amount("£30m") is not None
    assert parse_amount("£5m and £10m") is None
    assert parse_amount("20,000 officers") is None
