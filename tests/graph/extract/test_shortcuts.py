"""Shortcuts taken for speed give what the plain computation gives.

Checked on every sentence of the seeds and source fixtures and on random phrases
made of the words that matter.
"""

from __future__ import annotations

import random

import graph.extract.commitment_fields as commitments
import graph.extract.deadlines as deadlines
from graph.extract.sentences import split_sentences
from tests.graph.extract.test_fast_patterns import local_texts

MENTION_WORDS = [
    "the", "The", "Bill", "bill", "law", "Law", "Act", "Act 2015", "Regulations 2024",
    "Home", "Office", "Council", "Agency", "Commission", "Network", "Board", "Panel",
    "Taskforce", "Service", "Group", "Police", "His", "Majesty’s", "Baroness", "Lord", "Lady",
    "Professor", "Sir", "Dame", "Dr", "Louise", "Casey", "will", "be", "(", ")", "’", "'", ",",
    ".", "Modern", "Slavery", "Acts", "Dr.", "OFFICE",
]  # fmt: skip


def sentences() -> list[str]:
    found = [text[s.start : s.end] for text in local_texts() for s in split_sentences(text)]
    rng = random.Random(23)
    found += [" ".join(rng.choice(MENTION_WORDS) for _ in range(7)) for _ in range(20_000)]
    return found


def test_named_things_prefilter_never_hides_a_match() -> None:
    hits = 0
    for sentence in sentences():
        matched = commitments._MENTION.search(sentence) is not None
        if matched:
            assert any(word in sentence for word in commitments._MENTION_WORDS), sentence
        hits += matched
    assert hits > 1000


def test_deadline_patterns_chosen_by_clues_as_before() -> None:
    seen = set()
    for sentence in sentences():
        present = deadlines._clues(sentence)
        expected = tuple(
            (pattern, resolve)
            for pattern, resolve, clues in deadlines._PATTERNS
            if all(present.intersection(any_of) for any_of in clues)
        )
        assert deadlines._possible(present) == expected
        seen.add(present)
    assert len(seen) > 10
