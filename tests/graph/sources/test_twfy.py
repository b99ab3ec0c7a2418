"""The TheyWorkForYou / ParlParse reader, on small hand-written sittings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.records import Division, SourceDocument, SpeakerRef, Transcript, Vote
from graph.sources import detect, read_path, twfy

FIXTURES = Path(__file__).parent / "fixtures" / "twfy"
SITTING = FIXTURES / "debates2020-01-02a.xml"


@pytest.fixture(scope="module")
def sitting() -> Transcript:
    return read_path(SITTING)


def test_detected_as_twfy() -> None:
    assert detect(SITTING, SITTING.read_bytes()) is twfy


def test_debate_titles_follow_the_headings(sitting: Transcript) -> None:
    assert [(d.ordinal, d.title, len(d.speeches)) for d in sitting.debates] == [
        (1, "Prayers", 1),  # the chair note is dropped from the title
        (2, "Treasury", 1),
        (3, "Treasury: Café Tax", 3),
        (4, "Treasury: Topical Questions", 1),
        (5, "Widgets Bill", 3),
        (6, "Points of Order", 1),  # "Widgets Bill" was a debate itself, not a group header
    ]


def test_debate_place_date_and_ids(sitting: Transcript) -> None:
    debate = sitting.debates[2]
    assert debate.date == date(2020, 1, 2)
    assert (debate.house, debate.location) == ("House of Commons", "Commons Chamber")
    assert debate.source_id == "uk.org.publicwhip/debate/2020-01-02a.1.5"
    assert debate.line == 26  # the minor heading's line


@pytest.mark.parametrize(
    ("debate", "position", "speaker"),
    [
        (0, 1, SpeakerRef(name=None, attribution="")),
        (
            2,
            1,
            SpeakerRef(
                name="Renée Example",
                attribution="Renée Example",
                source_person_id="uk.org.publicwhip/person/90001",
            ),
        ),
        (
            2,
            2,
            SpeakerRef(
                name="Sam Minister",
                attribution="The Chancellor of the Exchequer (Sam Minister)",
                office="The Chancellor of the Exchequer",
                source_person_id="uk.org.publicwhip/person/90002",
            ),
        ),
        # parlparse found no match: a collective, not a person
        (2, 3, SpeakerRef(name=None, attribution="Hon. Members")),
    ],
)
def test_speakers(sitting: Transcript, debate: int, position: int, speaker: SpeakerRef) -> None:
    assert sitting.debates[debate].speeches[position - 1].speaker == speaker


def test_speech_text_ids_and_latin1_entities(sitting: Transcript) -> None:
    speech = sitting.debates[2].speeches[1]
    assert speech.text == (
        "We will spend £5 million no, £5 million – by 2021.\n\n"
        "Second paragraph.\n\n"
        "Year | Cost\n\n"
        "2020 | £1"
    )
    assert speech.span is None
    assert speech.source_id == "uk.org.publicwhip/debate/2020-01-02a.1.7"
    assert speech.url == "http://example.org/h#2"
    assert speech.column == "2"
    assert speech.speech_type == "Start Answer"
    assert sitting.debates[2].speeches[0].text == "1. What plans he has for the café tax?"


def test_division_is_recorded_between_speeches(sitting: Transcript) -> None:
    debate = sitting.debates[4]
    assert debate.divisions == (
        Division(
            after_speech=2,
            votes=(
                Vote("Mover, Pat", "aye", "uk.org.publicwhip/person/90003"),
                Vote("Renée Example", "aye", "uk.org.publicwhip/person/90001", teller=True),
                Vote("Minister, Sam", "no", "uk.org.publicwhip/person/90002"),
            ),
            number="7",
            source_id="uk.org.publicwhip/debate/2020-01-02a.3.3",
            column="3",
            ayes=2,
            noes=1,
        ),
    )


def test_old_style_lords_ids_and_house() -> None:
    transcript = read_path(FIXTURES / "lordswms2009-10-26a.xml")
    (debate,) = transcript.debates
    assert (debate.title, debate.date) == ("Bees: Pesticides", date(2009, 10, 26))
    assert (debate.house, debate.location) == ("House of Lords", "Lords Written Statements")
    speaker = debate.speeches[0].speaker
    assert (speaker.name, speaker.source_person_id) == (
        "Lord Example",
        "uk.org.publicwhip/lord/100001",
    )


@pytest.mark.parametrize(
    ("file_name", "house", "location"),
    [
        ("westminster2009-10-29a.xml", "House of Commons", "Westminster Hall"),
        ("ministerial2009-10-29a.xml", "House of Commons", "Written Ministerial Statements"),
        ("lordswms2009-10-29a.xml", "House of Lords", "Lords Written Statements"),
        ("lords2009-10-29a.xml", "House of Lords", "Lords Chamber"),
        ("renamed-by-a-user.xml", None, None),
    ],
)
def test_place_and_date_from_the_file_name_when_ids_say_nothing(
    tmp_path: Path, file_name: str, house: str | None, location: str | None
) -> None:
    path = tmp_path / file_name
    path.write_bytes(
        b'<publicwhip><minor-heading id="h1">T</minor-heading>'
        b'<speech id="s1" speakername="A B"><p>x</p></speech></publicwhip>'
    )
    debate = read_path(path).debates[0]
    assert (debate.house, debate.location) == (house, location)
    assert debate.date == (None if house is None else date(2009, 10, 29))


def test_ids_win_over_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "copy.xml"
    path.write_bytes(
        b'<publicwhip><speech id="uk.org.publicwhip/westminhall/2010-01-05a.1.0" '
        b'speakername="A B"><p>x</p></speech></publicwhip>'
    )
    debate = read_path(path).debates[0]
    assert (debate.title, debate.date, debate.location) == (
        "(no heading)",
        date(2010, 1, 5),
        "Westminster Hall",
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (SITTING.read_bytes()[:65536], True),
        (b'<?xml version="1.0"?>\n<publicwhip>\n<person id="p/1" latestname="X">', False),
        (b'<publicwhip><speech id="x">', True),
        (b"<TEI><speech>", False),
    ],
)
def test_sniff(head: bytes, expected: bool) -> None:
    assert twfy.sniff(head) is expected


def test_a_file_without_speeches_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "debates2020-01-01a.xml"
    data = b"<publicwhip><major-heading id='h'>Nothing</major-heading></publicwhip>"
    source = SourceDocument(key="k", name=path.name, sha256="", format=twfy.NAME)
    with pytest.raises(SourceError, match="no speeches"):
        twfy.read(path, source, data)


def test_reading_is_deterministic() -> None:
    assert read_path(SITTING) == read_path(SITTING)


# --- the wider ParlParse family, on the golden cases' hand-written files ----------------

GOLDEN = Path(__file__).parents[2] / "golden" / "twfy"


def _golden(case: str) -> Transcript:
    (path,) = (GOLDEN / case).glob("*.xml")
    return read_path(path)


@pytest.mark.parametrize(
    ("case", "house", "location", "day"),
    [
        ("wrans-commons", "House of Commons", "Written Answers", date(2009, 10, 29)),
        ("wrans-lords", "House of Lords", "Lords Written Answers", date(2009, 10, 29)),
        ("wrans-scottish", "Scottish Parliament", "Written Answers", date(2009, 10, 30)),
        ("sp-sitting", "Scottish Parliament", "Meeting of the Parliament", date(2009, 10, 28)),
        ("ni-sitting", "Northern Ireland Assembly", "Plenary", date(2009, 10, 13)),
        ("daylord", "House of Lords", "Lords Chamber", date(2009, 10, 27)),
        ("westminster-hall", "House of Commons", "Westminster Hall", date(2009, 10, 21)),
        ("standing-committee", "House of Commons", "Public Bill Committee", date(2009, 10, 29)),
    ],
)
def test_every_file_names_its_body(case: str, house: str, location: str, day: date) -> None:
    transcript = _golden(case)
    assert {(d.house, d.location, d.date) for d in transcript.debates} == {(house, location, day)}


def test_written_answers_are_a_question_and_an_answer_under_their_heading() -> None:
    transcript = _golden("wrans-commons")
    assert [(d.title, [s.speech_type for s in d.speeches]) for d in transcript.debates] == [
        ("WORK AND PENSIONS: Charities", ["question", "answer"]),
        ("WORK AND PENSIONS: Industrial Diseases: Compensation", ["question", "answer"]),
    ]
    question, answer = transcript.debates[0].speeches
    assert question.speaker == SpeakerRef(
        "Bob Spink", "Bob Spink", source_person_id="uk.org.publicwhip/member/2038"
    )
    assert question.text.startswith("To ask the Secretary of State for Work and Pensions")
    # the source prints no office for the answer: the question's addressee is not taken for it
    assert answer.speaker == SpeakerRef(
        "Jonathan R Shaw", "Jonathan R Shaw", source_person_id="uk.org.publicwhip/member/1491"
    )
    assert answer.text.endswith("Year | £000\n\n2007–08 | 2,960")


def test_lords_written_answers_without_major_headings() -> None:
    (debate,) = _golden("wrans-lords").debates
    assert debate.title == "Alpacas and Llamas"
    assert [(s.speaker.name, s.speech_type) for s in debate.speeches] == [
        ("Baroness Byford", "question"),
        ("Lord Davies of Oldham", "answer"),
    ]


def test_scottish_written_answer_splits_the_askers_seat_and_party() -> None:
    (debate,) = _golden("wrans-scottish").debates
    assert debate.title == "Scottish Executive: Bridges"
    question, answer = debate.speeches
    assert question.speaker == SpeakerRef(
        "David Stewart",
        "David Stewart (Highlands and Islands) (Lab)",
        constituency="Highlands and Islands",
        party="Lab",
        source_person_id="uk.org.publicwhip/member/80394",
    )
    assert (answer.speaker.name, answer.speech_type) == ("Stewart Stevenson", "answer")


def test_scottish_parliament_speaker_lines() -> None:
    speakers = [s.speaker for d in _golden("sp-sitting").debates for s in d.speeches]
    assert [(s.name, s.office, s.constituency, s.party) for s in speakers] == [
        (None, None, None, None),  # nospeaker: procedural
        ("Alasdair Morgan", "The Deputy Presiding Officer", None, None),
        ("Father Paul Kelly", None, None, None),  # a guest: no member id, still a person
        ("The Presiding Officer", None, None, None),  # as printed; the linker finds the office
        ("Mary Scanlon", None, "Highlands and Islands", "Con"),
        ("Alex Neil", "The Minister for Housing and Communities", None, None),
        (None, None, None, None),  # "Members": a collective
    ]
    assert speakers[1].attribution == "The Deputy Presiding Officer (Alasdair Morgan)"
    assert speakers[-1].attribution == "Members"


def test_northern_ireland_assembly_offices() -> None:
    debate = _golden("ni-sitting").debates[1]
    assert debate.title == "Ministerial Statement: Construction Industry Training Board"
    assert [(s.speaker.name, s.speaker.office) for s in debate.speeches] == [
        ("Mr Speaker", None),
        ("Reg Empey", "The Minister for Employment and Learning"),
        ("Sue Ramsey", "The Chairperson of the Committee for Employment and Learning"),
    ]


def test_lords_sitting_from_a_daylord_file() -> None:
    debate = _golden("daylord").debates[1]
    assert [s.speaker.name for s in debate.speeches] == [
        "The Countess of Mar",  # a peer's title, not an office
        "Baroness Thornton",
        None,  # "Noble Lords"
    ]


def test_bill_committee_is_dated_and_titled_with_its_bill() -> None:
    transcript = _golden("standing-committee")
    assert [d.title for d in transcript.debates] == [
        "Child Poverty Bill",
        "Child Poverty Bill: Clause 8",
    ]
    assert {d.date for d in transcript.debates} == {
        date(2009, 10, 29)
    }  # the sitting, not the first date
    # attending members of the committee, chair first; the absent ones are left out
    assert {d.participants for d in transcript.debates} == {
        ("Robert Key", "Helen Goodman", "Andrew Selous")
    }
    assert transcript.debates[0].speeches[0].speaker.name is None


def test_bill_committee_date_from_its_ids_when_renamed(tmp_path: Path) -> None:
    (source,) = (GOLDEN / "standing-committee").glob("*.xml")
    copy = tmp_path / "committee.xml"
    copy.write_bytes(source.read_bytes())
    debate = read_path(copy).debates[1]
    assert (debate.date, debate.location, debate.title) == (
        date(2009, 10, 29),
        "Public Bill Committee",
        "Child Poverty Bill: Clause 8",
    )


@pytest.mark.parametrize(
    ("file_name", "house", "location"),
    [
        ("answers2009-10-29a.xml", "House of Commons", "Written Answers"),
        ("lordswrans2009-10-29a.xml", "House of Lords", "Lords Written Answers"),
        ("spwa2009-10-29.xml", "Scottish Parliament", "Written Answers"),
        ("sp2009-10-29.xml", "Scottish Parliament", "Meeting of the Parliament"),
        ("ni2009-10-29.xml", "Northern Ireland Assembly", "Plenary"),
        ("daylord2009-10-29a.xml", "House of Lords", "Lords Chamber"),
        (
            "standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml",
            "House of Commons",
            "Public Bill Committee",
        ),
    ],
)
def test_new_places_from_the_file_name(
    tmp_path: Path, file_name: str, house: str, location: str
) -> None:
    path = tmp_path / file_name
    path.write_bytes(
        b'<publicwhip><minor-heading id="h1">T</minor-heading>'
        b'<ques id="q1" speakername="A B"><p>x</p></ques></publicwhip>'
    )
    debate = read_path(path).debates[0]
    assert (debate.house, debate.location, debate.date) == (house, location, date(2009, 10, 29))


def test_a_written_answers_file_is_sniffed() -> None:
    # a day that starts with a question, no heading before it
    assert twfy.sniff(b'<publicwhip>\n<ques id="q" speakername="A B"><p>x</p></ques>')
