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
        ("is to take place this Wednesday", JAN_2025, date(2025, 1, 22)),  # a Thursday then
        ("will be published next Monday", JAN_2025, date(2025, 1, 20)),
        ("as I made clear on 20 April", JAN_2025, None),  # when it was said, not a deadline
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
        ("with effect from 30 October 2009", OCT_2009, None),  # a start, not a deadline
        ("within six months", JAN_2025, date(2025, 7, 16)),
        ("over the next two years", JAN_2025, date(2027, 1, 16)),
        ("in a decade", JAN_2025, date(2035, 1, 16)),
        ("in two years' time", JAN_2025, date(2027, 1, 16)),
        ("over a six-month period", OCT_2009, date(2010, 4, 29)),
        # vague, as the guideline has it: a Parliament may end before its last day
        ("by the end of this Parliament", JAN_2025, None),
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


@pytest.mark.parametrize(
    ("text", "on", "starts"),
    [
        ("with effect from 30 October 2009", OCT_2009, date(2009, 10, 30)),
        ("Starting next year, the scheme pays out.", date(2020, 12, 17), date(2021, 1, 1)),
        ("the levy applies from April", JAN_2025, date(2025, 4, 1)),
        ("the levy applies from April next year", date(2025, 12, 9), date(2026, 4, 1)),
        ("from 2011-12 the grant rises", OCT_2009, date(2011, 4, 1)),
        ("we will be starting work over the autumn", OCT_2009, OCT_2009),  # already begun
        ("After March, the scheme will taper off.", JAN_2025, date(2025, 4, 1)),
    ],
)
def test_starts_are_not_deadlines(text: str, on: date, starts: date) -> None:
    found = find_deadlines(text, on=on)
    assert [(d.kind, d.starts, d.due) for d in found] == [("start", starts, None)]


@pytest.mark.parametrize(
    ("text", "on", "due"),
    [
        ("we will legislate in the first half of next year", date(2020, 12, 14), date(2021, 6, 30)),
        ("in the second half of 2026", JAN_2025, date(2026, 12, 31)),
        ("it will be published early in the new year", date(2020, 12, 17), date(2021, 3, 31)),
        ("a framework will follow early next year", date(2020, 12, 17), date(2021, 3, 31)),
        ("I will write to her tomorrow", JAN_2025, date(2025, 1, 17)),
        ("I will speak to him after Question Time", JAN_2025, JAN_2025),
        ("we will decide in the next few days", JAN_2025, date(2025, 1, 23)),
        ("guidance will follow in the coming weeks", JAN_2025, date(2025, 2, 27)),
        ("I will report to the House in December", OCT_2009, date(2009, 12, 31)),
        ("Wednesday 30 October—the Chancellor will open the Budget", OCT_2009, date(2009, 10, 30)),
        # the start of a year is its first quarter; a quarter its last day
        ("the scheme will open early in 2026", JAN_2025, date(2026, 3, 31)),
        ("we will say more at the start of next year", JAN_2025, date(2026, 3, 31)),
        ("we expect to sign it in Q3 next year", JAN_2025, date(2026, 9, 30)),
        ("by the second quarter of 2025", JAN_2025, date(2025, 6, 30)),
        ("the board will meet again in mid-February", JAN_2025, date(2025, 2, 28)),
        # soon after the sitting
        ("the panel must report within a matter of weeks", JAN_2025, date(2025, 2, 27)),
        ("Following this debate, I will write to the council", JAN_2025, JAN_2025),
        ("we will talk to them over the coming days and weeks", JAN_2025, date(2025, 2, 27)),
        ("we will set out our plans within the next fortnight", JAN_2025, date(2025, 1, 30)),
        # the middle of a year is 30 June; its early part the first quarter
        ("the register will be live by mid-2026", JAN_2025, date(2026, 6, 30)),
        ("we will legislate by the middle of next year", date(2020, 12, 17), date(2021, 6, 30)),
        ("a response will follow in the early part of next year", JAN_2025, date(2026, 3, 31)),
        ("the review will report around the turn of the year", OCT_2009, date(2010, 1, 31)),
        ("we intend to settle this side of Christmas", OCT_2009, date(2009, 12, 25)),
        # a season qualified, or of a named year
        ("the plan will be published in late spring", JAN_2025, date(2025, 5, 31)),
        ("the trials will be complete by early summer", OCT_2009, date(2010, 8, 31)),
        ("the first homes will be ready in the spring of 2027", JAN_2025, date(2027, 5, 31)),
        ("we will consult in autumn 2026", JAN_2025, date(2026, 11, 30)),
        ("announcements will be made later in the year", JAN_2025, date(2025, 12, 31)),
        ("the data will follow later in the month", JAN_2025, date(2025, 1, 31)),
        # "in the course of" as "in"; "the course of the year" is this one
        ("we will make progress during the course of the year", JAN_2025, date(2025, 12, 31)),
        ("the parties will agree in the course of 2013-14", date(2013, 5, 8), date(2014, 3, 31)),
        ("the scheme opens over the course of next year", JAN_2025, date(2026, 12, 31)),
        # a quarter without a year: the next one to end
        ("the fund opens by the end of the first quarter", date(2020, 12, 17), date(2021, 3, 31)),
    ],
)
def test_relative_times_resolve_against_the_sitting(text: str, on: date, due: date) -> None:
    found = find_deadline(text, on=on)
    assert found is not None and found.due == due


@pytest.mark.parametrize(
    "text",
    [
        "the consultation closed on 7 October",  # a past event, not a deadline a year on
        "the exercise conducted over the summer",
        "those who will be working over Christmas",  # an idiom
        "the fund will run for the next 25 years",  # a duration with no end anchor
        "the tax was introduced on 6 April",
    ],
)
def test_history_idioms_and_durations_are_not_deadlines(text: str) -> None:
    assert find_deadline(text, on=OCT_2009) is None


def test_a_phrase_is_never_read_from_inside_a_word() -> None:
    # "begin next year" holds the letters "in next year": the phrase is "next year"
    (found,) = find_deadlines("Building will begin next year.", on=date(2013, 2, 14))
    assert (found.text, found.kind, found.starts) == ("next year", "start", date(2014, 1, 1))


@pytest.mark.parametrize("phrase", ["in the coming year", "In the year ahead"])
def test_the_coming_year_is_a_year_from_the_debate(phrase: str) -> None:
    (found,) = find_deadlines(f"{phrase}, we will open two colleges.", on=date(2013, 2, 14))
    assert found.due == date(2014, 2, 14)


@pytest.mark.parametrize(
    ("text", "on", "due"),
    [
        # this weekend: by its Sunday (a Wednesday then)
        (
            "The Secretary of State will be going to Salisbury this weekend.",
            date(2019, 6, 26),
            date(2019, 6, 30),
        ),
        # a time set before what was done then dates that act, not what is to come
        (
            "At the end of April, we launched a consultation on the strategy, which will come into force in 2010.",
            date(2009, 6, 4),
            date(2010, 12, 31),
        ),
        ("By the end of April, we will publish the plan.", date(2009, 3, 4), date(2009, 4, 30)),
        ("In April we need to publish the plan.", date(2009, 3, 4), date(2009, 4, 30)),
        # two months named: due when the second ends (said in September, this September)
        (
            "We are publishing technical notices during August and September.",
            date(2018, 9, 13),
            date(2018, 9, 30),
        ),
        ("We will consult between June and September.", date(2018, 5, 1), date(2018, 9, 30)),
        # the run-up to a day ends on it; after today's proceedings is today
        (
            "We will keep doing so in the run-up to 5 November.",
            date(2009, 10, 29),
            date(2009, 11, 5),
        ),
        (
            "I will pass this on immediately after these proceedings.",
            date(2020, 12, 17),
            date(2020, 12, 17),
        ),
    ],
)
def test_round_16s_times(text: str, on: date, due: date) -> None:
    assert [d.due for d in find_deadlines(text, on=on) if d.kind == "deadline"] == [due]


DEC_2020 = date(2020, 12, 17)  # a Thursday


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # one unit with no count is one unit, not a vague many
        ("We will publish it within the next month.", date(2021, 1, 17)),
        ("We will decide in the coming week.", date(2020, 12, 24)),
        # a month named with "this" or "next" (said in December)
        ("We will publish it next January.", date(2021, 1, 31)),
        ("We will publish it this December.", date(2020, 12, 31)),
        ("We will publish it next December.", date(2021, 12, 31)),
        # "within days (weeks)" as "in the coming days (weeks)"
        ("The guidance will follow within days.", date(2020, 12, 24)),
        ("We will meet within weeks.", date(2021, 1, 28)),
        ("We will publish it in the next calendar year.", date(2021, 12, 31)),
        ("We will end coal power by the end of the 2020s.", date(2029, 12, 31)),
        # a superlative with a verb of what is to come before the span does not look back
        ("The first review will take place in two years.", date(2022, 12, 17)),
        # a date set before what a named doer did then dates that act, not this one
        (
            "On 10 April, the Prime Minister and Home Secretary outlined plans to act by July.",
            date(2021, 7, 31),
        ),
    ],
)
def test_named_and_single_spans(text: str, due: date) -> None:
    assert [d.due for d in find_deadlines(text, on=DEC_2020) if d.kind == "deadline"] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "We will legislate before the summer recess.",  # a recess has no fixed date
        "The cuts will be felt in the years ahead.",  # many years: no end anchor
        "We will act within weeks of the election.",  # anchored to something else
        # a record, looking back
        "This was the worst flooding in 50 years.",
        "For the first time in 20 years, waiting times have fallen.",
        "Unemployment is at its lowest level in 40 years.",
    ],
)
def test_vague_spans_are_not_deadlines(text: str) -> None:
    assert [d.due for d in find_deadlines(text, on=DEC_2020) if d.due is not None] == []


def test_a_firmer_date_beside_the_end_of_the_parliament_is_the_deadline() -> None:
    text = (
        "We will deliver 13,000 more officers by the end of this Parliament, including 3,000 "
        "by the end of March 2021."
    )
    found = find_deadlines(text, on=DEC_2020)
    assert [(d.text, d.due) for d in found] == [
        ("by the end of this Parliament", None),
        ("by the end of March 2021", date(2021, 3, 31)),
    ]
