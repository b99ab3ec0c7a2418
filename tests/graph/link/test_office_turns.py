"""An office mention looks at each speaker of the debate once per printed office."""

from __future__ import annotations

from datetime import date

from graph.extract.mentions import find_mentions
from graph.link.mentions import LinkContext, Turn, link_mention
from graph.registry import Registry

ON = date(2025, 1, 16)
COOPER, PHILLIPS, SHANNON = "twfy/10131", "twfy/25364", "twfy/13864"
HOME = "Secretary of State for the Home Department"
TEXT = "Will the Secretary of State tell us?"


def office_link(speaker: str, before: tuple[Turn, ...], after: tuple[Turn, ...] = ()) -> object:
    (m,) = [m for m in find_mentions(TEXT) if m.kind == "office"]
    ctx = LinkContext(Registry.builtin(), ON, speaker, before, after, TEXT)
    return link_mention(m, ctx)


def test_repeated_turns_link_as_the_distinct_ones() -> None:
    turns = (Turn(PHILLIPS, "Minister for Safeguarding"), Turn(COOPER, HOME), Turn(SHANNON))
    once = office_link(SHANNON, turns)
    many = office_link(SHANNON, turns * 4, turns[::-1] * 3)
    assert many == office_link(SHANNON, turns, turns[::-1])
    assert once == office_link(SHANNON, turns * 5)
    assert getattr(once, "person", None) == COOPER


def test_a_speaker_seen_first_without_the_office_still_fits_when_it_is_printed() -> None:
    """The same member speaks bare, then with the office: the second turn decides."""
    link = office_link(PHILLIPS, (Turn(SHANNON), Turn(SHANNON, HOME)))
    assert getattr(link, "person", None) == SHANNON
    assert "spoke in this debate" in getattr(link, "reason", "")
