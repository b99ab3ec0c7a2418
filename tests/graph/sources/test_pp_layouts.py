"""The Parallel Parliament reader on one small fixture per page layout.

The fixtures (``fixtures/parallel_parliament/``) follow the real layouts line for line;
names, seats, parties, offices and dates are real, the speeches are our own words.
Each case says what a user would read off the page: the debates with title, date and
location, and every speech's speaker as printed (name, office, seat, party).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.evaluate.pages import FURNITURE, SPEECH_FURNITURE
from graph.extract import analyse
from graph.extract.attribution import spoken_office
from graph.sources import read_path
from graph.sources.parallel_parliament import NO_HEADING, speaker_ref

HERE = Path(__file__).resolve().parent / "fixtures" / "parallel_parliament"

Who = tuple[str, str | None, str | None, str | None]  # name, office, seat, party
Page = list[tuple[str, date | None, str | None, str | None, list[Who]]]

CASES: dict[str, Page] = {
    "full-debate": [
        (
            "Oral Answers to Questions",  # under "The Secretary of State was asked—"
            date(2025, 3, 3),
            "Commons Chamber",
            "House of Commons",
            [
                ("Mark Pritchard", None, "The Wrekin", "Con"),
                ("Alison McGovern", "The Minister for Employment", None, None),
                ("Mark Pritchard", None, None, None),  # "Mr Pritchard": a name, not an office
                ("Judith Cummins", "Madam Deputy Speaker", None, None),
                ("Alison McGovern", None, None, None),  # its marker cut off by the page's end
            ],
        )
    ],
    "ministerial-extracts": [
        (
            "Business of the House",
            date(2025, 12, 4),
            "Commons Chamber",
            "House of Commons",
            [
                ("Jesse Norman", None, "Hereford and South Herefordshire", "Con"),
                ("Alan Campbell", "The Leader of the House of Commons", None, None),
            ],
        )
    ],
    "member-excerpt": [
        (
            "Oral Answers to Questions",
            date(2026, 1, 19),
            "Commons Chamber",
            "House of Commons",
            [
                ("Josh MacAlister", None, None, None),
                ("Lindsay Hoyle", "Mr Speaker", None, None),
                ("Edward Leigh", None, "Gainsborough", "Con"),
                ("Danny Chambers", None, "Winchester", "LD"),
            ],
        )
    ],
    "member-vs-member": [
        (
            "Oral Answers to Questions",
            date(2024, 10, 30),
            "Commons Chamber",
            "House of Commons",
            [
                ("Ian Murray", "The Secretary of State for Scotland", None, None),
                ("Lindsay Hoyle", "Mr Speaker", None, None),
                ("John Lamont", None, "Berwickshire, Roxburgh and Selkirk", "Con"),
                ("Ian Murray", None, None, None),
            ],
        ),
        ("Scotland Office: Budget", None, None, None, []),  # cut inside its header
    ],
    "lords-department-debates": [
        (
            "Data Protection Act 2018 (Qualifying Competent Authorities) Regulations 2025",
            date(2025, 9, 17),
            "Grand Committee",
            "House of Lords",
            [
                ("Lord Hanson of Flint", None, None, None),  # after "Moved by"
                ("Lord Hanson of Flint", "The Minister of State, Home Office", None, "Lab"),
                ("Lord Clement-Jones", None, None, "LD"),
            ],
        ),
        (
            "Knife Crime: Stop and Search",
            date(2025, 4, 1),
            "Lords Chamber",
            "House of Lords",
            [
                ("Lord Hannay of Chiswick", None, None, "CB"),
                (
                    "Baroness Merron",
                    "The Parliamentary Under-Secretary of State, Department of Health "
                    "and Social Care",
                    None,
                    "Lab",
                ),
                ("Lord Bishop of Chelmsford", None, None, None),
                ("Lord Leong", "Lord in Waiting/Government Whip", None, "Lab"),
                ("Lord Kennedy of Southwark", None, None, "Lab Co-op"),  # a party, not a seat
            ],
        ),
    ],
    "westminster-hall": [
        (
            "International Day of Education",
            date(2026, 1, 22),
            "Westminster Hall",
            "House of Commons",
            [
                ("Caroline Voaden", None, "South Devon", "LD"),
                ("Christopher Chope", "Chair", None, None),  # "(in the Chair)" is no seat
                (
                    "Stephen Doughty",
                    "The Minister of State, Foreign, Commonwealth and Development Office",
                    None,
                    None,
                ),
            ],
        )
    ],
    "written-statement": [
        (
            "Hospices",
            date(2024, 12, 19),
            "Written Statements",
            None,  # written statements are made in both houses; a commoner proves nothing
            [("Wes Streeting", "The Secretary of State for Health and Social Care", None, None)],
        )
    ],
    "public-bill-committee": [
        (
            "Planning and Infrastructure Bill (Third sitting)",
            date(2025, 4, 24),
            "Public Bill Committees",
            "House of Commons",
            [
                ("Clive Betts", "The Chair", None, None),
                (
                    "Matthew Pennycook",
                    "The Minister of State, Ministry of Housing, Communities and Local Government",
                    None,
                    None,
                ),
                ("Clive Betts", "The Chair", None, None),
            ],
        )
    ],
    "whitespace": [
        (
            NO_HEADING,
            None,
            "Lords Chamber",
            "House of Lords",
            [
                ("Baroness Smith of Malvern", None, None, "Lab"),
                ("Baroness Stedman-Scott", None, None, "Con"),
            ],
        ),
        (
            NO_HEADING,
            None,
            "Lords Chamber",
            "House of Lords",
            [("Baroness Smith of Malvern", None, None, "Lab")],
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_layout_reads_as_printed(name: str) -> None:
    facts = analyse(read_path(HERE / f"{name}.txt"))
    got = []
    for d in facts.debates:
        speakers = [
            (
                a.name if a else "",
                spoken_office(a),
                a.constituency if a else None,
                a.party if a else None,
            )
            for a in (sf.attribution for sf in d.speeches)
        ]
        debate = d.debate
        got.append((debate.title, debate.date, debate.location, debate.house, speakers))
    assert got == CASES[name]


@pytest.mark.parametrize("name", sorted(CASES))
def test_speech_texts_are_exact_slices_without_furniture(name: str) -> None:
    path = HERE / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    for debate in read_path(path).debates:
        assert not FURNITURE.match(debate.title)
        for s in debate.speeches:
            assert s.span is not None and text[s.span.start : s.span.end] == s.text
            furniture = [
                line for line in s.text.splitlines() if SPEECH_FURNITURE.match(line.strip())
            ]
            assert furniture == [], (s.position, furniture)


def test_time_stamps_and_chair_lines_end_a_speech() -> None:
    (debate,) = read_path(HERE / "westminster-hall.txt").debates
    first = debate.speeches[0].text
    assert first.endswith("International Day of Education.")
    assert "14:02" not in first and "in the Chair]" not in first


def test_gap_and_cut_text_are_kept() -> None:
    (debate,) = read_path(HERE / "member-excerpt.txt").debates
    assert [s.after_gap for s in debate.speeches] == [False, False, False, True]
    assert debate.speeches[-1].text.endswith("will look at")  # cut mid-sentence, kept


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("flattened", ["flattened text", "'Dr Savage'"]),
        ("live-transcript", ["Live Transcript", "auto-captions"]),
        ("department-page", ["not a debate"]),
    ],
)
def test_unreadable_pages_are_refused_saying_why(name: str, words: list[str]) -> None:
    with pytest.raises(SourceError) as info:
        read_path(HERE / f"{name}.txt")
    for word in words:
        assert word in info.value.message


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Jim Shannon", "Jim Shannon (Strangford) (DUP)", (None, "Strangford", "DUP")),
        ("Will Forster", "Mr Will Forster (Woking) (LD)", (None, "Woking", "LD")),
        ("Ian Murray", "Mr Murray", (None, None, None)),
        ("Ed Miliband", "Edward Miliband", (None, None, None)),
        (
            "Ed Miliband",
            "The Secretary of State for Energy Security and Net Zero (Edward Miliband)",
            ("The Secretary of State for Energy Security and Net Zero", None, None),
        ),
        ("Lindsay Hoyle", "Mr Speaker", ("Mr Speaker", None, None)),
        ("Oliver Dowden", "The Deputy Prime Minister", ("The Deputy Prime Minister", None, None)),
        ("Lord Collins of Highbury", "Lord Collins of Highbury (Lab)", (None, None, "Lab")),
        (
            "Lord Kennedy of Southwark",
            "Lord Kennedy of Southwark (Lab Co-op)",
            (None, None, "Lab Co-op"),
        ),
        ("Earl of Courtown", "The Earl of Courtown (Con)", (None, None, "Con")),
        ("Lord Hannay of Chiswick", "Lord Hannay of Chiswick (CB)", (None, None, "CB")),
        (
            "Lord Leong",
            "Lord in Waiting/Government Whip (Lord Leong) (Lab)",
            ("Lord in Waiting/Government Whip", None, "Lab"),
        ),
        (
            "Alan Campbell",
            "The Leader of the House of Commons (Sir Alan Campbell)",
            ("The Leader of the House of Commons", None, None),
        ),
        (
            "Judith Cummins",
            "Madam Deputy Speaker (Judith Cummins)",
            ("Madam Deputy Speaker", None, None),
        ),
    ],
)
def test_speaker_labels(name: str, label: str, expected: tuple[str | None, ...]) -> None:
    ref = speaker_ref(name, label)
    assert ref.name == name and ref.attribution == label
    assert (ref.office, ref.constituency, ref.party) == expected


FULL_DEBATE = (HERE / "full-debate.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("tail", "speeches", "last_text_end"),
    [
        ("Alison McGovern Portrait Alison McGovern", 5, "next question."),  # complete: kept
        ("Alison McGovern Portrait The", 4, "next question."),  # cut after "The"
        ("Alison McGovern Portrait The Minister for Empl", 4, "next question."),  # mid-word
        ("Alison McGov", 4, "next question."),  # inside the name
        ("Alison McGovern Portrait The Minister for Employment", 5, "next question."),
    ],
)
def test_a_speaker_line_cut_by_the_page_end(
    tmp_path: Path, tail: str, speeches: int, last_text_end: str
) -> None:
    page = FULL_DEBATE[: FULL_DEBATE.index("Alison McGovern Portrait Alison McGovern\n")]
    path = tmp_path / "cut.txt"
    path.write_text(page + tail, encoding="utf-8")
    (debate,) = read_path(path).debates
    assert len(debate.speeches) == speeches
    assert debate.speeches[3].text.endswith(last_text_end)


def test_a_flattened_member_page_names_its_member(tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text(
        "Main Page: Lindsay Hoyle (Speaker - Chorley)Other pages of this member\n"
        "(2 days ago)\nCommons ChamberOrder. I call the Leader of the House.\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError) as info:
        read_path(path)
    message = info.value.message
    assert "flattened" in message and "(Lindsay Hoyle (Speaker - Chorley))" in message
