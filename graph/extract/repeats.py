"""Repeats: whether two commitments announce the same measure.

:func:`first_repeats` links each commitment of a document to the first earlier one
it repeats, through an index on content words, amounts and named things, so a
document costs time in proportion to its commitments, not to their pairs.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby

from graph.extract.commitment_vocab import STOP, lemma
from graph.records import Commitment


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The lemmas of the words of ``text`` that carry content (no stop words, none under 3 letters)."""
    words = re.findall(r"[a-z][a-z’'-]+", text.lower())
    return frozenset(lemma(w.replace("-", "")) for w in words if w not in STOP and len(w) > 2)


def same_measure(a: Commitment, b: Commitment, *, threshold: float = 0.5) -> bool:
    """Whether two commitments announce the same measure (for a ``repeats`` link).

    True when their normalised content words overlap by at least ``threshold``
    of the smaller set (the overlap coefficient), or when both fund the same
    amount, or both name the same bill or law and take the same action.

    >>> from graph.extract.commitments import find_commitments
    >>> x = find_commitments("Before Easter, we will set out the timetable for the recommendations.")
    >>> y = find_commitments("We will set out before Easter the timetable for all the recommendations.")
    >>> same_measure(x[0], y[0])
    True
    """
    if a.category == "funding" == b.category and _new_money(a) & _new_money(b):
        return True
    if a.action != b.action:
        return False
    if set(a.mentions) & set(b.mentions):
        return True
    wa, wb = content_words(a.exact), content_words(b.exact)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    return shared >= MIN_SHARED and shared / min(len(wa), len(wb)) >= threshold


#: Content words two commitments must share at least, whatever their length: two short
#: sentences sharing "will", "fund" and "school" are not one measure.
MIN_SHARED = 3


def _new_money(c: Commitment) -> set[str]:
    """The values of the new money a commitment names (not context, totals or rates)."""
    return {m.value for m in c.amounts if m.role in (None, "new")}


def first_repeats(commitments: Sequence[Commitment], *, threshold: float = 0.5) -> list[int | None]:
    """For each commitment, the index of the first earlier one it repeats (by :func:`same_measure`).

    The same as trying every earlier commitment in turn, but only those sharing a
    content word, a funded amount or a named thing (with the action) can match, so
    an index on those finds them without looking at the rest.

    >>> from graph.extract.commitments import find_commitments
    >>> cs = find_commitments(
    ...     "We will publish the school uniform timetable. We will fund schools. "
    ...     "We will publish the timetable for school uniform soon."
    ... )
    >>> first_repeats(cs)
    [None, None, 0]
    """
    if threshold <= 0:  # every pair of non-empty word sets matches: no index can help
        return [
            next(
                (i for i in range(j) if same_measure(commitments[i], c, threshold=threshold)), None
            )
            for j, c in enumerate(commitments)
        ]
    by_word: defaultdict[str, list[int]] = defaultdict(list)
    by_amount: defaultdict[str, list[int]] = defaultdict(list)
    by_named: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    sizes: list[int] = []
    found: list[int | None] = []
    for j, c in enumerate(commitments):
        words = content_words(c.exact)
        funding = c.category == "funding"
        amounts = _new_money(c) if funding else set()
        named = {(c.action, m) for m in c.mentions}
        # Index lists grow in document order, so each one's first entry is its earliest.
        firsts = [by_amount[v][0] for v in amounts if v in by_amount]
        firsts += [by_named[k][0] for k in named if k in by_named]
        best = min(firsts, default=None)
        # Earlier commitments sharing words, in document order with how many they share:
        # the first that shares enough (and comes before ``best``) is the answer, so a
        # debate that says the same thing a thousand times costs no more than one that doesn't.
        postings = [by_word[w] for w in words if w in by_word]
        for i, group in groupby(heapq.merge(*postings)):
            if best is not None and i >= best:
                break
            shared = sum(1 for _ in group)
            if (
                shared >= MIN_SHARED
                and shared / min(sizes[i], len(words)) >= threshold
                and commitments[i].action == c.action
            ):
                best = i
                break
        found.append(best)
        for word in words:
            by_word[word].append(j)
        for value in amounts:
            by_amount[value].append(j)
        for key in named:
            by_named[key].append(j)
        sizes.append(len(words))
    return found
