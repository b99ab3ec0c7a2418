"""first_repeats gives what trying every earlier commitment in turn with same_measure gives."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.commitments import find_commitments
from graph.extract.repeats import first_repeats, same_measure
from graph.records import Commitment

ON = date(2025, 1, 16)

SPEECH = (
    "We will publish the timetable for the review. "
    "We will provide £20 million for youth services. "
    "The Government will introduce the Victims Bill this year. "
    "I will write to the hon. Lady about the timetable. "
    "We will set out before Easter the timetable for the review. "
    "We will fund £20 million of new places. "
    "We will amend the Victims Bill to widen its scope. "
    "We will introduce the Victims Bill in the spring."
)


def _pairwise(commitments: list[Commitment], threshold: float) -> list[int | None]:
    return [
        next((i for i in range(j) if same_measure(commitments[i], c, threshold=threshold)), None)
        for j, c in enumerate(commitments)
    ]


@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.5, 0.8, 1.0])
def test_first_repeats_matches_pairwise(threshold: float) -> None:
    found = list(find_commitments(SPEECH, on=ON))
    assert len(found) >= 6
    assert first_repeats(found, threshold=threshold) == _pairwise(found, threshold)


def test_first_repeats_links_to_the_first_earlier_match() -> None:
    found = list(find_commitments(SPEECH, on=ON))
    links = first_repeats(found)
    assert links[0] is None
    assert any(link is not None for link in links)
    assert all(link is None or link < j for j, link in enumerate(links))


def test_first_repeats_of_nothing() -> None:
    assert first_repeats([]) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two words in common are not one measure, however short the sentences
        ("We will fund schools.", "We will fund schools in Kent."),
        # the same words under another action are another measure
        (
            "We will review the rail timetable for Kent.",
            "We will publish the rail timetable for Kent.",
        ),
        # an existing sum named again for context is not the same new money
        (
            "We will provide £5 million of new funding for libraries.",
            "We will provide bus grants in rural Wales, on top of the existing £5 million.",
        ),
    ],
)
def test_different_measures_are_not_repeats(first: str, second: str) -> None:
    a, b = find_commitments(f"{first} {second}", on=ON)
    assert not same_measure(a, b)
    assert first_repeats([a, b]) == [None, None]
