"""The Akoma Ntoso debate reader, on small hand-written records (AKN 3.0 and 2.0)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.records import SpeakerRef, Transcript
from graph.sources import akoma_ntoso, detect, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "akoma_ntoso"
AKN3 = FIXTURES / "sitting-akn3.xml"


@pytest.fixture(scope="module")
def sitting() -> Transcript:
    return read_path(AKN3)


@pytest.mark.parametrize("name", ["sitting-akn3.xml", "sitting-akn2.xml"])
def test_detected(name: str) -> None:
    path = FIXTURES / name
    assert detect(path, path.read_bytes()) is akoma_ntoso


def test_runs_of_speeches_become_debates(sitting: Transcript) -> None:
    assert [(d.title, d.source_id, len(d.speeches)) for d in sitting.debates] == [
        ("MEMBERS' STATEMENTS", "s2", 2),
        ("REPLY", "s3", 1),
        ("MEMBERS' STATEMENTS", None, 1),  # resumes after the subsection; ids stay unique
    ]
    # docDate wins over the 3000-01-01 placeholder in FRBRdate
    assert {d.date for d in sitting.debates} == {date(2021, 3, 4)}
    # no body table for "xx": the body the record's name states, with the country
    assert {(d.house, d.location) for d in sitting.debates} == {("Example Assembly of XX", None)}


@pytest.mark.parametrize(
    ("debate", "position", "speaker"),
    [
        (
            0,
            1,
            SpeakerRef(
                "Mr A B ZULU", "Mr A B ZULU (ABC)", party="ABC", source_person_id="mr-a-b-zulu-abc-"
            ),
        ),
        (
            0,
            2,
            SpeakerRef(None, "The SPEAKER", office="The SPEAKER", source_person_id="the-speaker"),
        ),
        (
            1,
            1,
            SpeakerRef(
                "Ms C D ELOFF",
                "The MINISTER OF THINGS",
                office="Minister of Things",
                source_person_id="ms-c-d-eloff",
            ),
        ),
    ],
)
def test_speakers(sitting: Transcript, debate: int, position: int, speaker: SpeakerRef) -> None:
    assert sitting.debates[debate].speeches[position - 1].speaker == speaker


def test_text(sitting: Transcript) -> None:
    first = sitting.debates[0].speeches[0]
    assert first.text == "Madam Speaker, café owners pay R5 000 – too much.\n\nSecond paragraph."
    assert (first.source_id, first.speech_type) == ("sp1", "speech")
    answer = sitting.debates[1].speeches[0]
    assert answer.text == "We will act.\n\nfirst item\n\nsecond item"
    assert answer.speech_type == "answer"


def test_akn2_record() -> None:
    (debate,) = read_path(FIXTURES / "sitting-akn2.xml").debates
    assert (debate.title, debate.date, debate.source_id) == (
        "ADJOURNMENT",
        date(1999, 12, 31),
        "adj1",
    )
    assert debate.speeches[0].speaker == SpeakerRef(
        "Mr Smith", "Mr. Smith", source_person_id="smith"
    )


def test_other_akn_documents_are_refused() -> None:
    with pytest.raises(SourceError, match=r"an Akoma Ntoso <act>, not a <debate> record"):
        read_path(FIXTURES / "act.xml")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD03">', True),
        (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">', True),
        (b'<akomaNtoso xmlns="http://www.akomantoso.org/2.0">', True),
        (b"<akomaNtoso>", True),  # SayIt and other exporters write no namespace
        (b'<TEI xmlns="http://www.akomantoso.org/2.0">', False),
    ],
)
def test_sniff(head: bytes, expected: bool) -> None:
    assert akoma_ntoso.sniff(head) is expected
