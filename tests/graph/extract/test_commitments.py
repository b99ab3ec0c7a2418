"""Commitments: what fires, what must not, and what each record carries."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.commitments import CATEGORIES, STATUSES, same_measure
from tests.graph.extract.rules import find_commitments

ON = date(2025, 1, 16)


@pytest.mark.parametrize(
    ("text", "actor", "action", "category", "status"),
    [
        (
            "We will introduce stronger sentences for child grooming.",
            "Government",
            "introduce",
            "legislation",
            "future",
        ),
        (
            "Before Easter, the Government will lay out a clear timetable for the recommendations.",
            "Government",
            "set-out",
            "guidance",
            "future",
        ),
        (
            "I can confirm today that the Government will implement all the remaining "
            "recommendations.",
            "speaker",
            "implement",
            "guidance",
            "announced",
        ),
        (
            "I am extending the remit of the independent review panel to all cases.",
            "speaker",
            "extend",
            "review",
            "under-way",
        ),
        (
            "These new measures will be backed by £2 million of additional funding.",
            "Government",
            "fund",
            "funding",
            "future",
        ),
        (
            "I have asked Baroness Louise Casey to oversee a rapid audit.",
            "Baroness Louise Casey",
            "review",
            "review",
            "announced",
        ),
        (
            "I can confirm that we have accepted them in full.",
            "speaker",
            "accept",
            "operational",
            "accepted",
        ),
        (
            "We have accepted the recommendations in full.",
            "Government",
            "accept",
            "guidance",
            "accepted",
        ),
        ("I will write to him with the details.", "speaker", "write", "undertaking", "future"),
        (
            "I am happy to meet the hon. Lady to discuss this.",
            "speaker",
            "meet",
            "undertaking",
            "future",
        ),
        (
            "Our mission is to halve violence against women and girls in a decade.",
            "Government",
            "reduce",
            "target",
            "future",
        ),
        (
            "The Home Office is reviewing the guidance on stop and search.",
            "the Home Office",
            "review",
            "review",
            "under-way",
        ),
        (
            "The Department for Transport has today published its response to the consultation.",
            "the Department for Transport",
            "publish",
            "review",
            "announced",
        ),
        (
            "We intend to lay regulations before Parliament in the spring.",
            "Government",
            "lay",
            "legislation",
            "future",
        ),
        (
            "The Government remain committed to the provision of free school meals.",
            "Government",
            "provide",
            "operational",
            "future",
        ),
        (
            "The panel will publish an annual report.",
            "the panel",
            "publish",
            "review",
            "future",
        ),
    ],
)
def test_fires(text: str, actor: str, action: str, category: str, status: str) -> None:
    (found,) = find_commitments(text, on=ON)
    assert (found.actor, found.action, found.category, found.status) == (
        actor,
        action,
        category,
        status,
    )
    assert found.category in CATEGORIES
    assert found.status in STATUSES
    assert 0 < found.confidence < 1


@pytest.mark.parametrize(
    "text",
    [
        "Last year we spent £40 million on the programme.",
        "The previous Government promised to build 40 hospitals.",
        "Will the Minister commit to publishing the report before Easter?",
        "The Government should introduce a ban on fireworks.",
        "I will make a statement on this matter tomorrow.",
        "I commend this statement to the House.",
        "I call the shadow Home Secretary.",
        "If we were to do that, we would introduce a new offence.",
        "If the review finds problems, we will act.",
        "My hon. Friend will know that the scheme is popular.",
        "We will not be lifting visa requirements for these states.",
        "We have raised the threshold from 100 to 200 individuals.",
        "The Commission will present its proposal in December.",
        "This instrument will strengthen the network's ability to share information.",
        "The new approach will mean that patients have the same assurance.",
        "We need to strengthen the law in this area.",
        "We hope to make the week a success.",
        "Copies will be placed in the Libraries of both Houses.",
        "I am confident that this guide will make it clearer.",
        "The Government stated that they would report to Parliament by October.",
        "She will know that some of the recommendations raise complex issues.",
        "There will be some questions about how this work links in.",
        "The regulations we have today laid set out the scope of registration.",
    ],
)
def test_does_not_fire(text: str) -> None:
    assert find_commitments(text, on=ON) == ()


def test_span_is_exact_and_relative_to_the_text() -> None:
    text = "Thank you. Last week we met. We will publish the plan by March 2026. Order."
    (found,) = find_commitments(text, on=ON)
    assert text[found.span.start : found.span.end] == found.exact
    assert found.exact == "We will publish the plan by March 2026."
    assert found.deadline == date(2026, 3, 31)
    assert found.deadline_text == "by March 2026"


def test_amounts_and_mentions() -> None:
    text = (
        "This new package will be backed by £5 million of additional funding, and further "
        "measures will be announced in the crime and policing Bill."
    )
    # two acts in one sentence: two commitments, each with its own part and money
    funding, bill = find_commitments(text, on=ON)
    assert [(a.value, a.currency) for a in funding.amounts] == [("5000000", "GBP")]
    assert funding.category == "funding" and bill.amounts == ()
    assert "the crime and policing Bill" in bill.mentions
    assert funding.span.end <= bill.span.start


def test_counts_are_not_amounts() -> None:
    (found,) = find_commitments("We will recruit 20,000 police officers by 2030.", on=ON)
    assert found.amounts == ()
    assert found.deadline == date(2030, 12, 31)


def test_lists_after_a_lead_in() -> None:
    text = (
        "The strategy states that the UK will:\n\nTake powers to allow orphan works to be used."
        "\n\nAct to monitor collecting societies.\n\nInevitably there will be questions."
    )
    found = find_commitments(text, on=ON)
    assert [c.exact for c in found] == [
        "Take powers to allow orphan works to be used.",
        "Act to monitor collecting societies.",
    ]


def test_deterministic() -> None:
    text = "We will introduce a Bill. I have asked the inspectorate to review progress this year."
    assert find_commitments(text, on=ON) == find_commitments(text, on=ON)


@pytest.mark.parametrize(
    ("text", "on", "due"),
    [
        # a time that opens the sentence dates the act, as one after its verb does
        (
            "By 2003, the maximum wait for a first appointment will be five months; by 2004, "
            "four months.",
            date(2002, 3, 21),
            date(2003, 12, 31),
        ),
        # one in the subject dates the subject
        (
            "The expenditure in 2008-09 will be published in July.",
            date(2009, 1, 16),
            date(2009, 7, 31),
        ),
    ],
)
def test_which_time_dates_the_act(text: str, on: date, due: date) -> None:
    (found,) = find_commitments(text, on=on, role="minister")
    assert found.deadline == due


def test_without_a_date_relative_deadlines_stay_unresolved() -> None:
    (found,) = find_commitments("I have asked the inspectorate to review progress this year.")
    assert found.deadline is None
    assert found.deadline_text == "this year"


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "Before Easter, the Government will lay out a clear timetable for taking forward "
            "the recommendations of the final IICSA report.",
            "We will set out before Easter the timetable for taking forward the work around "
            "all the recommendations.",
            True,
        ),
        (
            "This package will be backed by £5 million of additional funding.",
            "So we are providing the additional £5 million.",
            True,
        ),
        (
            "We will introduce stronger sentences for child grooming.",
            "The Mayor will establish an independent advisory panel.",
            False,
        ),
    ],
)
def test_same_measure(first: str, second: str, same: bool) -> None:
    (a,) = find_commitments(first, on=ON)
    (b,) = find_commitments(second, on=ON)
    assert same_measure(a, b) is same
    assert same_measure(b, a) is same


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # named people and bodies are kept, "The" lower-cased
        ("The Environment Agency will publish its plan by March 2026.", "the Environment Agency"),
        ("The inspectorate will review every force.", "the inspectorate"),
        ("The audit will look at further evidence.", "the audit"),
        ("The Department for Transport will publish the guidance.", "the Department for Transport"),
        # a pronoun stands for the last person named, with a title that fits
        (
            "Baroness Louise Casey wrote the report, and I have asked her to oversee the audit.",
            "Baroness Louise Casey",
        ),
        (
            "Tom Crowther KC, the chair of the inquiry, has agreed to lead it. "
            "As a first step, he will work with Oldham council.",
            "Tom Crowther KC",
        ),
        ("Lord Smith chairs the board. She will publish a report.", "Government"),
        ("I have asked her to report by the summer.", "Government"),
        ("It will publish a report by the summer.", "Government"),
        # the name given in full earlier, and the person, not the inquiry they chair
        (
            "Tom Crowther KC, the chair of the Telford inquiry, has agreed to work with us.",
            "Tom Crowther KC",
        ),
        # measures, money and things as subjects: the Government acts
        ("These new measures will be backed by £2 million.", "Government"),
        ("Further measures will be announced in the crime and policing Bill.", "Government"),
        (
            "This new package of national support for local inquiries will be backed by "
            "£5 million of additional funding.",
            "Government",
        ),
        (
            "There are recommendations we can take forward, and those covered and led by the "
            "Home Office are being taken forward swiftly.",
            "Government",
        ),
        ("The work is already under way.", "Government"),
        # a passive that names its agent
        ("Proceeds from the sale will be used by the NDA to offset costs.", "the NDA"),
        # the subject of an embedded clause, not the stance around it
        ("The strategy states that the UK will publish a plan.", "the UK"),
        ("I know the Minister will publish the review.", "the Minister"),
    ],
)
def test_actor(text: str, actor: str) -> None:
    found = find_commitments(text, on=ON)
    assert found, text
    assert found[-1].actor == actor
