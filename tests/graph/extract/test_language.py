"""What :func:`graph.extract.analyse` runs on a transcript: the English-only extractors
(offices, mentions, commitments) only on English or undeclared text; an office a reader
found with no name is kept as an office."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import ENGLISH_ONLY, analyse, is_english
from graph.records import Attribution, Debate, SourceDocument, SpeakerRef, Speech, Transcript

TEXT = "The Chancellor of the Exchequer will publish the plan by March 2026, as Jim Shannon asked."


def sitting(language: str | None) -> Transcript:
    speeches = (
        Speech(
            1,
            SpeakerRef(
                "Anne Example",
                "The Minister for Things (Anne Example)",
                office="The Minister for Things",
            ),
            TEXT,
        ),
        Speech(2, SpeakerRef(None, "The SPEAKER", office="The SPEAKER"), "Order."),
        Speech(3, SpeakerRef(None, ""), "Division."),
    )
    source = SourceDocument("lang-0", "lang.xml", "0" * 64, "parlamint")
    debate = Debate(1, "Plans", date(2025, 1, 16), "House of Commons", None, speeches)
    return Transcript(source, (debate,), language=language)


@pytest.mark.parametrize("language", [None, "en", "en-GB", "eng", "EN_us"])
def test_english_text_gets_every_extractor(language: str | None) -> None:
    first = analyse(sitting(language)).debates[0].speeches[0]
    assert first.office is not None
    assert first.mentions and first.commitments


@pytest.mark.parametrize("language", ["sl", "es", "spa", "ca", "tr"])
def test_other_languages_keep_speakers_but_skip_the_english_only_extractors(language: str) -> None:
    facts = analyse(sitting(language)).debates[0].speeches
    assert [sf.attribution for sf in facts] == [
        Attribution("Anne Example", "The Minister for Things"),
        Attribution("", "The SPEAKER"),
        None,
    ]
    assert all(sf.office is None and not sf.mentions and not sf.commitments for sf in facts)
    assert ENGLISH_ONLY == ("offices", "mentions", "commitments")
    assert not is_english(language)


def test_an_office_without_a_name_stays_an_office() -> None:
    speaker = analyse(sitting("en")).debates[0].speeches[1]
    assert speaker.attribution == Attribution("", "The SPEAKER")  # no person's name printed
    assert speaker.office is not None and speaker.office.presiding
