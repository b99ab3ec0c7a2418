"""Status reports: which sentences say how an undertaking stands, and what they say."""

from __future__ import annotations

import pytest

from graph.extract.followups import find_reports, report_status

#: (sentence, expected status or None): our own sentences, one per pattern and per trap.
CASES = [
    ("We have now published the national cycling plan.", "delivered"),
    ("The Department has today launched the flood grants portal.", "delivered"),
    ("The flood grants portal has now been launched.", "delivered"),
    ("The new code came into force in April.", "delivered"),
    ("The £2 billion programme is on track.", "progress"),
    ("We are making good progress on the new prisons.", "progress"),
    ("Work on the bypass is now well under way.", "progress"),
    ("The consultation has been delayed to the autumn.", "delayed"),
    ("Publication was postponed until January.", "delayed"),
    ("The deadline is postponed.", None),  # no new date, no perfect
    ("The report will now be published in the new year.", "delayed"),
    ("The scheme has been scrapped.", "dropped"),
    ("We will not be proceeding with the levy.", "dropped"),
    ("We have decided not to extend the pilot.", "dropped"),
    ("As I announced in March, we will fund 50 new hubs.", "repeated"),
    ("As previously announced, the review will report in May.", "repeated"),
    ("I reiterate that the hospital will be built.", "repeated"),
    # "as I said" with the earlier occasion it names points back; alone, it may be the
    # same speech a minute before
    ("As I said last night, we are weighing the length of the leave.", "repeated"),
    ("As I said in oral questions a few days ago, we intend to legislate.", "repeated"),
    ("As I said, we are weighing the length of the leave.", None),
    ("As I said in my opening remarks, we will act.", None),
    # Not reports: questions, conditions, others' money, a plain announcement.
    ("Has the Minister published the plan?", None),
    ("Why has the plan been delayed?", None),
    ("If we had published the plan, the House would know.", None),
    ("Those homes have been paid for by our taxes.", None),
    ("We will publish the plan in the spring.", None),
]


@pytest.mark.parametrize(("sentence", "status"), CASES)
def test_report_status(sentence: str, status: str | None) -> None:
    found = report_status(sentence)
    assert (found[0] if found else None) == status


def test_reports_keep_their_span_and_words() -> None:
    text = "Thank you. We have now published the cycling plan. Will he publish more?"
    (report,) = find_reports(text)
    assert text[report.span.start : report.span.end] == report.exact
    assert report.exact == "We have now published the cycling plan."
    assert (report.status, report.cue) == ("delivered", "We have now published")


def test_a_speech_without_clues_costs_nothing() -> None:
    assert find_reports("Order. Order.") == ()
