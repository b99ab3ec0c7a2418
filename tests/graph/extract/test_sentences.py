"""Sentence spans: abbreviations, numbers, quotations and paragraph breaks."""

from __future__ import annotations

from itertools import pairwise

import pytest

from graph.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I thank my hon. Friend. She is right.", ["I thank my hon. Friend.", "She is right."]),
        ("Mr. Speaker, I agree. We will act.", ["Mr. Speaker, I agree.", "We will act."]),
        ("He went to No. 10 today. Then he left.", ["He went to No. 10 today.", "Then he left."]),
        ("No. That is wrong.", ["No.", "That is wrong."]),
        ("It costs £2.4 billion. That is a lot.", ["It costs £2.4 billion.", "That is a lot."]),
        (
            "Cllr. Smith of St. Helens spoke. I agree.",
            ["Cllr. Smith of St. Helens spoke.", "I agree."],
        ),
        ("Do this, i.e. The Act applies. Yes.", ["Do this, i.e. The Act applies.", "Yes."]),
        ("Prof. J. K. Jones said so. Fine.", ["Prof. J. K. Jones said so.", "Fine."]),
        ("Is it? Yes! Good.", ["Is it?", "Yes!", "Good."]),
        ("He said, “It is done.” We agree.", ["He said, “It is done.”", "We agree."]),
        ("The U.K. economy grew. Good.", ["The U.K. economy grew.", "Good."]),
        ("5.6 per cent. reduction here. Next.", ["5.6 per cent. reduction here.", "Next."]),
        ("First paragraph\n\nSecond one.", ["First paragraph", "Second one."]),
        (
            "The report concluded:\n\n“Nothing was done”\n\nfrom the evidence.",
            ["The report concluded:\n\n“Nothing was done”\n\nfrom the evidence."],
        ),
        (
            "required only\n\n“so far as is practicable”.\n\nThose words matter.",
            ["required only\n\n“so far as is practicable”.", "Those words matter."],
        ),
        ("  Order.  I call the Minister.  ", ["Order.", "I call the Minister."]),
        ("", []),
        ("No final stop", ["No final stop"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_trimmed_and_ordered() -> None:
    text = "  One.\n\nTwo three.   Four?  "
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == ["One.", "Two three.", "Four?"]
    assert all(a.end <= b.start for a, b in pairwise(spans))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # two sentences glued by a missing space, as some transcripts print them
        (
            "We will open ten clinics in the districts.[Applause.] We will also build roads.",
            [
                "We will open ten clinics in the districts.",
                "[Applause.]",
                "We will also build roads.",
            ],
        ),
        (
            "It matters to our children.We will build schools.",
            ["It matters to our children.", "We will build schools."],
        ),
        # an address is not two sentences
        (
            "Details are on www.Gov.uk and walesoffice.gov.uk today.",
            ["Details are on www.Gov.uk and walesoffice.gov.uk today."],
        ),
    ],
)
def test_glued_sentences_are_split(text: str, sentences: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences
