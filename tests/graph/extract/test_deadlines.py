"""Deadlines resolve to the last day due, against the debate date."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.deadlines import find_deadline, find_deadlines, resolve_deadline

JAN_2025 = date(2025, 1, 16)
OCT_2009 = date(2009, 10, 29)


@pytest.mark.parametrize(
    ("phrase", "on", "due"),
    [
        ("by March 2023", JAN_2025, None),  # already past: a reference, not a deadline
        ("by March 2026", JAN_2025, date(2026, 3, 31)),
        ("by March 2023", date(2022, 6, 1), date(2023, 3, 31)),
        ("on 18 May", JAN_2025, date(2025, 5, 18)),
        ("on 18 May", date(2025, 6, 1), date(2026, 5, 18)),
        ("by May 5, 2026", JAN_2025, date(2026, 5, 5)),
        ("before Easter", JAN_2025, date(2025, 4, 20)),
        ("before Easter", date(2025, 5, 1), date(2026, 4, 5)),
        ("before Christmas", JAN_2025, date(2025, 12, 25)),
        ("this spring", JAN_2025, date(2025, 5, 31)),
        ("by the summer", JAN_2025, date(2025, 8, 31)),
        ("later this autumn", OCT_2009, date(2009, 11, 30)),
        ("over the autumn", OCT_2009, date(2009, 11, 30)),
        ("this winter", JAN_2025, date(2025, 2, 28)),
        ("next winter", JAN_2025, date(2026, 2, 28)),
        ("by the end of the year", JAN_2025, date(2025, 12, 31)),
        ("by the end of the month", date(2022, 7, 21), date(2022, 7, 31)),
        ("this year", JAN_2025, date(2025, 12, 31)),
        ("next year", JAN_2025, date(2026, 12, 31)),
        ("next month", OCT_2009, date(2009, 11, 30)),
        ("by 2030", JAN_2025, date(2030, 12, 31)),
        ("in 2010-11", OCT_2009, date(2011, 3, 31)),
        ("in November", OCT_2009, date(2009, 11, 30)),
        ("in September", date(2022, 7, 21), date(2022, 9, 30)),
        ("until 31 December", OCT_2009, date(2009, 12, 31)),
        ("with effect from 30 October 2009", OCT_2009, date(2009, 10, 30)),
        ("within six months", JAN_2025, date(2025, 7, 16)),
        ("over the next two years", JAN_2025, date(2027, 1, 16)),
        ("in a decade", JAN_2025, date(2035, 1, 16)),
        ("in two years' time", JAN_2025, date(2027, 1, 16)),
        ("over a six-month period", OCT_2009, date(2010, 4, 29)),
        ("by the end of this Parliament", JAN_2025, date(2029, 7, 9)),
        ("by the end of this Parliament", OCT_2009, date(2010, 4, 12)),
        ("by the end of this Parliament", None, None),
        ("before Easter", None, None),
        ("by March 2026", None, date(2026, 3, 31)),
    ],
)
def test_resolve(phrase: str, on: date | None, due: date | None) -> None:
    assert resolve_deadline(phrase, on=on) == due


def test_relative_to_something_else_keeps_the_phrase() -> None:
    found = find_deadline("paid within eight weeks of making a claim", on=JAN_2025)
    assert found is not None
    assert found.text == "within eight weeks"
    assert found.due is None


@pytest.mark.parametrize(
    "text",
    [
        "We will act.",
        "throughout the year",
        "in the 14 years that they were in power",
        "during the passage of the Bill",
        "the 2023 recommendations",
    ],
)
def test_no_deadline(text: str) -> None:
    assert find_deadlines(text, on=JAN_2025) == ()


def test_phrase_and_span_point_into_the_text() -> None:
    text = "Before Easter, the Government will lay out a clear timetable."
    found = find_deadline(text, on=JAN_2025)
    assert found is not None
    assert text[found.span.start : found.span.end] == found.text == "Before Easter"


def test_first_resolvable_phrase_wins() -> None:
    text = "introduced for the NHS in April 2010 and for others from October 2010"
    found = find_deadline(text, on=OCT_2009)
    assert found is not None and found.due == date(2010, 4, 30)
