"""The ParlaMint TEI reader, on a small hand-written corpus folder."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.records import SpeakerRef, Transcript
from graph.sources import detect, parlamint, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "parlamint"
SITTING = FIXTURES / "2021" / "ParlaMint-XX_2021-01-02-commons.xml"


@pytest.fixture(scope="module")
def sitting() -> Transcript:
    return read_path(SITTING)


def test_detected_as_parlamint() -> None:
    assert detect(SITTING, SITTING.read_bytes()) is parlamint


def test_debates_follow_heads(sitting: Transcript) -> None:
    assert [(d.title, d.source_id, len(d.speeches)) for d in sitting.debates] == [
        ("Café Licences", "s.head1", 2),
        ("Fish", "s.head2", 2),
        ("(no heading)", None, 1),
    ]
    for debate in sitting.debates:
        assert debate.date == date(2021, 1, 2)
        assert (debate.house, debate.location) == ("House of Commons", "Commons Chamber")


def test_text_leaves_notes_out(sitting: Transcript) -> None:
    speech = sitting.debates[0].speeches[1]
    assert speech.text == "We will spend £5 million – by June.\n\nSecond paragraph."
    assert (speech.source_id, speech.speech_type, speech.span) == ("s.u2", "regular", None)


@pytest.mark.parametrize(
    ("debate", "position", "speaker"),
    [
        # from the person list beside the corpus root
        (
            0,
            1,
            SpeakerRef("Chris P. Chairman", "Chris P. Chairman", source_person_id="ChairPerson"),
        ),
        (
            0,
            2,
            SpeakerRef(
                "Anne-Marie Example", "Anne-Marie Example", source_person_id="AnneMarieExample"
            ),
        ),
        # not in the list: the id split at its capitals
        (
            1,
            1,
            SpeakerRef(
                "John McDonald Smith", "John McDonald Smith", source_person_id="JohnMcDonaldSmith"
            ),
        ),
        # no who at all
        (2, 1, SpeakerRef(None, "")),
    ],
)
def test_speakers(sitting: Transcript, debate: int, position: int, speaker: SpeakerRef) -> None:
    assert sitting.debates[debate].speeches[position - 1].speaker == speaker


def test_gaps(sitting: Transcript) -> None:
    flags = [[s.after_gap for s in d.speeches] for d in sitting.debates]
    # the gap ending the first section belongs to it, not to "Fish"
    assert flags == [[False, False], [False, True], [False]]


def test_names_are_split_when_no_person_list_is_found(tmp_path: Path) -> None:
    copy = tmp_path / SITTING.name
    shutil.copy(SITTING, copy)
    speeches = read_path(copy).debates[0].speeches
    assert [s.speaker.name for s in speeches] == ["Chair Person", "Anne Marie Example"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("ParlaMint-XX.xml", "corpus root (teiCorpus)"),
        ("ParlaMint-XX-listPerson.xml", "person list (listPerson), not a transcript"),
    ],
)
def test_corpus_files_that_are_not_sittings_are_refused(name: str, message: str) -> None:
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_path(FIXTURES / name)


@pytest.mark.parametrize(
    ("person_id", "name"),
    [
        ("DavidRutley", "David Rutley"),
        ("JacobRees-Mogg", "Jacob Rees-Mogg"),
        ("IainDuncanSmith", "Iain Duncan Smith"),
        ("AngusMacNeil", "Angus MacNeil"),
        ("Stephen", "Stephen"),
    ],
)
def test_split_camel(person_id: str, name: str) -> None:
    assert parlamint.split_camel(person_id) == name
