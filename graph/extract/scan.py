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

For case-insensitive patterns, :func:`required` works the clues out from the pattern
itself, as words in lower case to look for in :func:`~graph.extract.sentences.lower_for_search`
text (so a pattern edited later keeps clues that are right for it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]


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
        if not self.clues:
            return True
        # a loop, not any() over a generator: asked for every speech and pattern
        for clue in self.clues:  # noqa: SIM110 - see above
            if clue in text:
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` yields, for patterns that never match empty."""
        if not self.possible(text):
            return
        if self.anchor is None:
            yield from self.pattern.finditer(text)
            return
        yield from anchored(self.pattern, self.anchor, self.last_barrier, text)


@dataclass(frozen=True, slots=True)
class AllOf:
    """Every part is needed."""

    parts: tuple[Need, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """One of the options is needed."""

    options: tuple[Need, ...]


#: Words (lower case) that a match needs, combined with :class:`AllOf` and :class:`AnyOf`.
Need = str | AllOf | AnyOf

#: Shorter words are left out of a :class:`Need`: nearly every speech holds them, so
#: looking for them costs a little and rules out nothing.
MIN_WORD = 3

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required(pattern: re.Pattern[str]) -> Need | None:
    """What every match of ``pattern`` contains, in lower case; None when nothing is known.

    Worked out from the parsed pattern: runs of ASCII literals of at least
    :data:`MIN_WORD` characters, all of a sequence's, one of an alternation's, and
    those of a group or of a part repeated at least once.  Anything else (classes,
    look-arounds, optional parts) is left out, which only makes the test weaker.
    Whatever the case flags, a match's words in lower case are in
    :func:`~graph.extract.sentences.lower_for_search` of the text searched, so
    :func:`holds` is False only when the pattern cannot match.

    >>> need = required(re.compile(r"\\b(?:has|have)\\s+been\\s+(?:dropped|put\\s+back)", re.I))
    >>> need
    AllOf(parts=('been', AnyOf(options=('dropped', AllOf(parts=('put', 'back'))))))
    >>> holds(need, "it has been put back"), holds(need, "it has been delayed")
    (True, False)
    """
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)


def _sequence(items: list[tuple[object, object]]) -> Need | None:
    parts: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= MIN_WORD:
            parts.append("".join(run).lower())
        run.clear()

    for op, av in items:
        if op is sre.LITERAL and isinstance(av, int) and av < 128:
            run.append(chr(av))
            continue
        close()
        found = _item(op, av)
        if found is not None:
            parts.append(found)
    close()
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _item(op: object, av: object) -> Need | None:
    if op is sre.SUBPATTERN:
        return _sequence(av[3])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op in _REPEATS and av[0] >= 1:  # type: ignore[index]
        return _sequence(av[2])  # type: ignore[index]
    if op is sre.BRANCH:
        options = [_sequence(branch) for branch in av[1]]  # type: ignore[index]
        if any(option is None for option in options):
            return None
        return AnyOf(tuple(o for o in options if o is not None))
    return None


def predicate(need: Need | None) -> Callable[[str], bool]:
    """:func:`holds` for one ``need``, made once: a function of the lowered text that
    asks the same ``in`` questions in the same order.

    Why: :func:`holds` walks the need's tree for every sentence, a Python call per node
    (eight per test on average, over half a million per MB of transcript in the status
    reports); compiled, the whole test is one expression.  The expression is built from
    the need's words, each quoted by ``repr``, and nothing else, so it cannot do anything
    but look for them.

    >>> has = predicate(required(re.compile(r"been\\s+(?:dropped|put\\s+back)", re.I)))
    >>> has("it has been put back"), has("it has been delayed")
    (True, False)
    """
    if need is None:
        return _anything
    found = eval(f"lambda lowered: {_expression(need)}", {"__builtins__": {}})
    return found  # type: ignore[no-any-return]


def _anything(lowered: str) -> bool:
    return True


def _expression(need: Need) -> str:
    if isinstance(need, str):
        return f"{need!r} in lowered"
    joiner, items = (" and ", need.parts) if isinstance(need, AllOf) else (" or ", need.options)
    return "(" + joiner.join(_expression(item) for item in items) + ")"


def holds(need: Need | None, lowered: str) -> bool:
    """Whether ``lowered`` (:func:`~graph.extract.sentences.lower_for_search` text) has
    what ``need`` asks for; always True for None."""
    return need is None or _holds(need, lowered)


def _holds(need: Need, lowered: str) -> bool:
    # loops, not any()/all() over generators: this runs for every speech and pattern
    if isinstance(need, str):
        return need in lowered
    if isinstance(need, AllOf):
        for part in need.parts:
            if not (part in lowered if isinstance(part, str) else _holds(part, lowered)):
                return False
        return True
    for option in need.options:
        if option in lowered if isinstance(option, str) else _holds(option, lowered):
            return True
    return False
