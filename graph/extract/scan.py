"""Exact shortcuts for regular expressions run over whole speeches.

Most speeches hold no match for most patterns, and Python's ``re`` tries a pattern
that opens with ``\\b`` or a class at every position.  A :class:`Scan` first asks
cheaper questions whose answers the pattern implies, so it never loses or changes
a match:

- ``clues``: every match contains one of these strings, so a text without any has none;
- ``anchor``: every match contains a hit of this (cheap) pattern at or after its
  start, so once no anchor follows, no match can; and
- ``barrier``: characters a match cannot contain between its start and its anchor,
  so the search for the next match may begin after the last barrier before the
  next anchor.

>>> scan = Scan(re.compile(r"\\b[A-Z]\\w+ will"), clues=("will",), anchor=re.compile("will"),
...             barrier=re.compile(r"[^\\w ]"))
>>> [m.group() for m in scan.finditer("So, Alice will; and Bob will.")]
['Alice will', 'Bob will']
>>> list(scan.finditer("Nobody shall."))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field


def last_hit(barrier: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern whose ``match(text, pos, endpos)`` ends where the last ``barrier`` hit in
    ``text[pos:endpos]`` ends (``re`` backtracks from ``endpos``: cheap when it is near).

    Only for single-character barriers (a class), which never look beyond their character.
    """
    return re.compile(r"(?s:.*)(?:" + barrier.pattern + ")", barrier.flags)


def anchored(
    pattern: re.Pattern[str],
    anchor: re.Pattern[str],
    last_barrier: re.Pattern[str] | None,
    text: str,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` by way of ``anchor`` and the barrier's :func:`last_hit`."""
    pos = 0
    while (key := anchor.search(text, pos)) is not None:
        start = pos
        if last_barrier is not None and (bad := last_barrier.match(text, pos, key.start())):
            start = bad.end()
        match = pattern.search(text, start)
        if match is None:
            return
        yield match
        pos = match.end()


@dataclass(frozen=True, slots=True)
class Scan:
    pattern: re.Pattern[str]
    clues: tuple[str, ...] = ()
    anchor: re.Pattern[str] | None = None
    barrier: re.Pattern[str] | None = None
    last_barrier: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        last = last_hit(self.barrier) if self.barrier is not None else None
        object.__setattr__(self, "last_barrier", last)

    def possible(self, text: str) -> bool:
        """False when ``text`` holds no clue (so no match); True when it may match."""
        return not self.clues or any(clue in text for clue in self.clues)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` yields, for patterns that never match empty."""
        if not self.possible(text):
            return
        if self.anchor is None:
            yield from self.pattern.finditer(text)
            return
        yield from anchored(self.pattern, self.anchor, self.last_barrier, text)
