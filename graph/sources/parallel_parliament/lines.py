"""What each kind of line on a Parallel Parliament page looks like.

The page's vocabulary, shared by the other modules: speaker and marker lines, the lines
of a debate header (titles, dates, ages, locations, links), the furniture a speech
never holds, and the places the site names with the house each belongs to.  Only
shapes here, no decisions: :mod:`.speakers`, :mod:`.headers`, :mod:`.speeches` and
:mod:`.refusals` decide what a line is in its context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.sources.common import parse_long_date

# Greedy ``\S(?:.*\S)?`` then ``\s*$``, not a lazy ``\S.*?\s*$``: the lazy form retries
# ``\s*$`` at every character and is quadratic on a long line of spaces.
DEBATE_BETWEEN = re.compile(r"^Debate between (?P<who>\S(?:.*\S)?)\s*$")
SPEAKER = re.compile(r"^(?P<name>\S.*?) Portrait (?P<attribution>\S(?:.*\S)?)\s*$")
MARKER = re.compile(r"^-(?:\s+(?:View Speech|Hansard|Excerpts|-))+\s*-?\s*$")
GAP = re.compile(r"^-{3}\s*Later in debate\s*-{3}\s*$")
RELATIVE_DATE = re.compile(r"^\((?:[^()]*\bago|today|yesterday)\)$", re.IGNORECASE)
EXCERPTS = re.compile(r"^\S(?:.*\S)? Excerpts$")
X_DEBATE = re.compile(r"^(?P<title>\S(?:.*\S)?) Debate$")
FULL_DEBATE = re.compile(r"^Full Debate:")
LIMITED = re.compile(r"^\(Limited Text\b")
FURNITURE = re.compile(
    r"""^(?:Read\ (?:Full\ debate|Hansard\ Text|Debate) | Watch\ Debate | Department:
      | All\ \d+\ Debates\ between\  | Debates\ between\ .*\ during\  | Main\ Page:
      | Share$ | Moved\ by$
      | (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\ \d{1,2}(?:st|nd|rd|th)\ [A-Z][a-z]{2}\ \d{4}$
      | House\ of\ (?:Commons|Lords)\ \(\d+\)\ -\ )""",
    re.VERBOSE,
)
IN_THE_CHAIR = re.compile(r"^\[[^\[\]]*\bin the Chair\]$")
TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$")
MOVED_BY = re.compile(r"^Moved by$")
ASKED = re.compile(r"^\S.* was asked\s*[\u2014\u2013:-]*$")
LIVE = re.compile(r"^\|?\s*Live Transcript\s*\|?$|cited speaker in live transcript", re.I)
ROSTER = re.compile(r"\((?:[A-Z][\w/-]*) - [^()]+\)\s*$")
#: Places on Parallel Parliament pages, and the house each belongs to.
HOUSE_OF_PLACE = {
    "commons chamber": "House of Commons",
    "westminster hall": "House of Commons",
    "general committees": "House of Commons",
    "public bill committees": "House of Commons",
    "lords chamber": "House of Lords",
    "grand committee": "House of Lords",
    "written statements": None,
}
PLACES = "|".join(p.title().replace(" ", r"\ ") for p in HOUSE_OF_PLACE)
#: A location line; on whitespace pages the first speaker's caption follows on it.
LOCATION = re.compile(rf"^(?P<place>{PLACES})(?:\ (?P<caption>[A-Z][^()]*\ \([^()]+\)))?$", re.X)
#: A location run into text without a space: the mark of a flattened copy.
GLUED = re.compile(rf"^(?:{PLACES})(?=[^\s])", re.VERBOSE)
NAME_PARTY = re.compile(r"^(?P<label>[A-Z][^()]*?\S(?: \([^()]+\))+)$")


@dataclass(slots=True)
class Line:
    number: int  # 1-based
    offset: int
    text: str


def blank(lines: list[Line], i: int) -> bool:
    return 0 <= i < len(lines) and not lines[i].text.strip()


def next_text(lines: list[Line], i: int, stop: int) -> str | None:
    j = i + 1
    while j < stop and not lines[j].text.strip():
        j += 1
    return lines[j].text.strip() if j < stop else None


def is_location(text: str) -> bool:
    return LOCATION.match(text) is not None


def parse_long_date_safe(text: str | None) -> bool:
    """Whether ``text`` is shaped like a date line (a real day or not)."""
    if text is None:
        return False
    try:
        return parse_long_date(text) is not None
    except ValueError:
        return True


def is_furniture(text: str) -> bool:
    return bool(
        FURNITURE.match(text)
        or MARKER.match(text)
        or GAP.match(text)
        or TIME.match(text)
        or ASKED.match(text)
        or IN_THE_CHAIR.match(text)
        or " Portrait " in text
        or RELATIVE_DATE.match(text)
        or is_location(text)
        or FULL_DEBATE.match(text)
        or LIMITED.match(text)
        or EXCERPTS.match(text)
        or DEBATE_BETWEEN.match(text)
        or parse_long_date_safe(text)
    )
