"""The Parallel Parliament text reader, on the seed, on a backbench fixture and on bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.sources import read_path
from tests.conftest import FIXTURES, SEED

BACKBENCH = FIXTURES / "parallel_parliament" / "backbench.txt"


def test_seed_debates_titles_and_dates() -> None:
    t = read_path(SEED)
    assert [(d.title, d.date) for d in t.debates] == [
        ("Child Sexual Exploitation and Abuse", date(2025, 1, 16)),
        ("Border Security: Collaboration", date(2024, 12, 11)),
        ("Terrorism (Protection of Premises) Bill", None),  # no date line: none invented
        ("Violent Disorder", date(2024, 9, 2)),
    ]
    assert [d.location for d in t.debates] == [
        "Commons Chamber",
        "Commons Chamber",
        None,
        "Commons Chamber",
    ]
    assert t.debates[0].participants == ("Judith Cummins", "Yvette Cooper")


def test_seed_speeches_in_order_with_gaps() -> None:
    t = read_path(SEED)
    order = [[s.speaker.name for s in d.speeches] for d in t.debates]
    yc, jc = "Yvette Cooper", "Judith Cummins"
    assert order == [[yc, jc, yc, jc, yc, jc, jc, yc], [yc, jc, yc, jc], [yc, jc], [yc, jc]]
    gaps = [s.position for s in t.debates[0].speeches if s.after_gap]
    assert gaps == [3, 5, 7]
    assert sum(len(d.speeches) for d in t.debates) == 16


def test_every_speech_is_an_exact_slice_of_the_file() -> None:
    text = SEED.read_bytes().decode("utf-8")
    for debate in read_path(SEED).debates:
        for s in debate.speeches:
            assert s.span is not None
            assert text[s.span.start : s.span.end] == s.text
            assert s.text == s.text.strip() and s.text
            assert "Portrait" not in s.text.splitlines()[0]
            assert "Later in debate" not in s.text


def test_speech_text_keeps_paragraphs_and_ends_before_next_title() -> None:
    t = read_path(SEED)
    first = t.debates[0].speeches[0].text
    assert first.startswith("Last Monday, I set out")
    assert first.endswith("I commend this statement to the House.")
    assert "\n\n" in first
    last_of_first_debate = t.debates[0].speeches[-1].text
    assert last_of_first_debate.endswith("to make sure there is accountability.")
    assert "Border Security" not in last_of_first_debate


def test_backbench_form_and_other_markers() -> None:
    t = read_path(BACKBENCH)
    (debate,) = t.debates
    assert debate.house == "House of Commons" and debate.location == "Westminster Hall"
    assert [s.speaker.attribution for s in debate.speeches] == [
        "Jim Shannon (Strangford) (DUP)",
        "Mr Speaker",
        "Carla Lockhart (Upper Bann) (DUP)",
        "Lord Hanson of Flint (Lab)",
    ]
    assert [s.after_gap for s in debate.speeches] == [False, False, True, False]


def test_crlf_offsets_are_offsets_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(BACKBENCH.read_bytes().replace(b"\n", b"\r\n"))
    text = path.read_bytes().decode("utf-8")
    for s in read_path(path).debates[0].speeches:
        assert s.span is not None and text[s.span.start : s.span.end] == s.text
        assert "\r" not in s.text.splitlines()[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"just some words\n", "not a recognised transcript format"),
        (
            b"Title\n\nDebate between A and B\nA Portrait A\n- Hansard - -\n\n\xff\xfe\n",
            "not UTF-8",
        ),
        (
            b"Title\n\nDebate between A and B\nMonday 31st February 2025\n\nA Portrait A\n- Hansard - -\n\nx\n",
            "not a real date",
        ),
    ],
)
def test_bad_input_is_refused_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError) as info:
        read_path(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(
        b"Title\n\nDebate between A and B\nMonday 31st February 2025\n\nA Portrait A\n- Hansard -\n"
    )
    with pytest.raises(SourceError) as info:
        read_path(path)
    assert info.value.line == 4 and f"{path}:4:" in str(info.value)


def test_speeches_before_any_header_form_a_debate_without_a_heading(tmp_path: Path) -> None:
    """A page copied from below its header still holds speeches: they are kept, in a
    debate with no heading, rather than the page being refused."""
    path = tmp_path / "cut.txt"
    path.write_bytes(
        b"A Portrait A\n- Hansard - -\n\nEarly.\n\nTitle\n\nDebate between A and B\n"
        b"B Portrait B\n- Hansard - -\n\nLater.\n"
    )
    first, second = read_path(path).debates
    assert (first.title, [s.text for s in first.speeches]) == ("(no heading)", ["Early."])
    assert (second.title, [s.text for s in second.speeches]) == ("Title", ["Later."])


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="No such file"):
        read_path(tmp_path / "absent.txt")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_are_refused_not_misread(tmp_path: Path, separator: str) -> None:
    """A U+2028 inside a speaker line used to split it: the speech silently joined the
    previous speaker's, with its commitments.  Now the file is refused, naming the place."""
    text = SEED.read_text(encoding="utf-8")
    line = "Yvette Cooper Portrait Yvette Cooper"
    at = text.index(line)
    changed = tmp_path / "separated.txt"
    changed.write_text(
        text[:at] + line.replace(" Portrait ", f" Portrait{separator}") + text[at + len(line) :],
        encoding="utf-8",
    )
    with pytest.raises(SourceError) as raised:
        read_path(changed)
    number = text.count("\n", 0, at) + 1
    assert f"separated.txt:{number}:" in str(raised.value)
    assert f"U+{ord(separator):04X}" in str(raised.value)
