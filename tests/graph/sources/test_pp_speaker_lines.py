"""The one-pass speaker-line finder agrees with the definition it replaces: a line matching
the speaker pattern whose next non-blank line is a marker line, or (a page cut short) whose
only non-blank line after it is a marker line cut off, or that has no non-blank line after it."""

from __future__ import annotations

import random
from pathlib import Path

from graph.sources.common import lines_with_offsets
from graph.sources.parallel_parliament.lines import MARKER, SPEAKER, Line
from graph.sources.parallel_parliament.speakers import cut_marker, speaker_lines

ROOT = Path(__file__).resolve().parents[3]


def plain(lines: list[Line]) -> list[bool]:
    def is_speaker(i: int) -> bool:
        if not SPEAKER.match(lines[i].text):
            return False
        after = [line.text for line in lines[i + 1 :] if line.text.strip()]
        if not after:
            return True
        if MARKER.match(after[0]) is not None:
            return True
        return len(after) == 1 and cut_marker(after[0])

    return [is_speaker(i) for i in range(len(lines))]


def as_lines(text: str) -> list[Line]:
    return [Line(i, off, t) for i, (off, t) in enumerate(lines_with_offsets(text), start=1)]


PIECES = [
    "Jess Phillips Portrait Jess Phillips (Birmingham Yardley) (Lab)",
    "The Minister Portrait The Minister",
    "Portrait Portrait x",
    " Portrait x",
    "- View Speech - Hansard - - - Excerpts",
    "- Hansard - -",
    "-",
    "",
    "   ",
    "\t",
    "We will act. Portrait of a nation.",
    "--- Later in debate ---",
    "- View Speech - Hans",
    "- Hansard - - - Excer",
]


def test_agrees_on_the_seeds_and_random_pages() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(17)
    texts += ["\n".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    speakers = 0
    for text in texts:
        lines = as_lines(text)
        expected = plain(lines)
        assert speaker_lines(lines) == expected, text
        speakers += sum(expected)
    assert speakers > 1000  # the check saw speaker lines, not only other lines
