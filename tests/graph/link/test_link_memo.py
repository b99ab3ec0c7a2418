"""Contexts of one debate sharing a memo link every office mention as fresh contexts do."""

from __future__ import annotations

import itertools
import random
from datetime import date

from graph.extract.mentions import find_mentions
from graph.link.mentions import LinkContext, MentionLink, Turn, debate_turns, link_mention
from graph.registry import Registry

ON = date(2025, 1, 16)
PEOPLE = ("twfy/10131", "twfy/25364", "twfy/13864", None)
OFFICES = (
    "Secretary of State for the Home Department",
    "Minister for Safeguarding",
    "Home Secretary",
    None,
)
TEXT = "The Home Secretary and the Minister for Safeguarding met the Secretary of State."


def links(turns: tuple[Turn, ...], memo: dict[tuple[object, ...], object] | None) -> list[object]:
    offices = [m for m in find_mentions(TEXT) if m.kind == "office"]
    found: list[MentionLink | None] = []
    for i, turn in enumerate(turns):
        before, after = debate_turns(turns, i)
        fresh = {} if memo is None else memo
        context = LinkContext(Registry.builtin(), ON, turn.person, before, after, TEXT, memo=fresh)
        found += [link_mention(m, context) for m in offices for _ in range(2)]
    return found


def test_a_shared_memo_never_changes_a_link() -> None:
    rng = random.Random(31)
    kinds = [Turn(p, o) for p, o in itertools.product(PEOPLE, OFFICES)]
    people = 0
    for _ in range(60):
        turns = tuple(rng.choice(kinds) for _ in range(rng.randint(1, 9)))
        shared: dict[tuple[object, ...], object] = {}
        expected = links(turns, None)
        assert links(turns, shared) == expected, turns
        assert shared  # the memo was used
        people += sum(getattr(link, "key", None) is not None for link in expected)
    assert people > 50
