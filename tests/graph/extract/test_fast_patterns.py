"""Patterns rewritten for speed match exactly where the plain patterns they replace match.

Each rewritten pattern is checked against the straightforward one on every speech of
the seeds and the source fixtures, on the real corpus when present, and on many short
random strings over the characters that matter to it (word boundaries, apostrophes,
capitals, accented and dotted letters).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import graph.extract.mentions as mentions
from graph.extract.commitment_rules import _subject_be
from tests.graph.extract.texts import local_texts, speech_texts

ROOT = Path(__file__).resolve().parents[3]

#: The patterns as first written: what the fast ones must agree with.
PLAIN: dict[str, re.Pattern[str]] = {
    "_SELF": re.compile(
        r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)\b(?!['’]\w)|\bI(?=['’](?:m|ve|d|ll)\b)"
    ),
    "_THIRD": re.compile(
        r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"
    ),
}
_DET = r"(?:[Mm]y|[Tt]he|[Hh]er|[Hh]is|[Oo]ur|[Yy]our)"
_HON = r"(?:right\s+)?hon(?:\.|ourable)\s+(?:and\s+(?:learned|gallant|reverend)\s+)?"
#: Scans (pattern plus shortcuts) against the plain pattern, run over the whole text.
PLAIN_SCANS: dict[str, re.Pattern[str]] = {
    "_MEMBERS_FOR": re.compile(rf"\b{_DET}\s+{_HON}Members\s+for\s+"),
    "_VOCATIVE": re.compile(r"(?:\byou,\s*)?\b(?:Mr|Madam)\.?\s+(?:Deputy\s+)?Speaker\b"),
    "_LOWER_BILL": re.compile(r"\b[Tt]he\s+(?P<mods>(?:[a-z][\w-]*\s+){1,5})Bill\b"),
    "_PERSON": re.compile(
        r"\b(?:Professor|Prof\.|Baroness|Lord|Lady|Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss)\s+"
        + mentions._PERSON.pattern.pattern.split(r"\s+", 1)[1]
    ),
    "_OFFICE": re.compile(r"\b[Tt]he\s+" + mentions._OFFICE.pattern.pattern.split(r"he\s+", 1)[1]),
    # unchanged patterns whose scans now find the last barrier by backtracking
    "_MEMBER_FOR": mentions._MEMBER_FOR.pattern,
    "_MEMBER_REF": mentions._MEMBER_REF.pattern,
}
#: Characters the random strings are made of, per pattern.
ALPHABETS = {
    "_SELF": "IiMmeyslfn’'_ .\n1éİ",
    "_THIRD": "HhSsemirsfl’'_ .\n1éK",
}


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def random_texts(alphabet: str, count: int, seed: int = 5) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_pattern_matches_like_the_plain_one(name: str) -> None:
    fast, plain = getattr(mentions, name), PLAIN[name]
    texts = local_texts()
    assert len(texts) > 20
    found = 0
    for text in [*texts, *random_texts(ALPHABETS[name], 30_000)]:
        assert spans(fast, text) == spans(plain, text), text
        found += bool(spans(plain, text))
    assert found > 100  # the check saw matches, not only misses


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_pattern_on_the_corpus(corpus: Path, name: str) -> None:
    fast, plain = getattr(mentions, name), PLAIN[name]
    files = sorted((corpus / "twfy_debates_2016_2021" / "xml").glob("*.xml"))[:4]
    gold = corpus / "twfy_debates_2016_2021" / "gold_entity_linking"
    texts = [*speech_texts(files), *(p.read_text() for p in sorted(gold.rglob("*.txt")))]
    for text in texts:
        assert spans(fast, text) == spans(plain, text)


SCAN_WORDS = [
    "my",
    "the",
    "The",
    "her",
    "his",
    "our",
    "your",
    "Your",
    "right",
    "hon.",
    "honourable",
    "and",
    "learned",
    "Members",
    "Member",
    "Friend",
    "Lady",
    "Gentleman",
    "for",
    "Birmingham",
    "Yardley",
    "(Jess",
    "Phillips)",
    "you,",
    "Mr",
    "Madam",
    "Deputy",
    "Speaker",
    "Mr.",
    "Dr",
    "Dr.",
    "Professor",
    "Prof.",
    "Baroness",
    "Lord",
    "Sir",
    "Dame",
    "Ms",
    "Mrs",
    "Miss",
    "Alexis",
    "Jay",
    "of",
    "Home",
    "Secretary",
    "Minister",
    "Chancellor",
    "shadow",
    "State",
    "Bill",
    "crime",
    "policing",
    "himself",
    ",",
    ";",
    ".",
    "(",
    ")",
    "—",
    "Sirius",
    "Mrsmith",
    "the-Minister",
    "x9",
    "é",
    "the hon. Members for",
    "my right hon. Friend the Member for",
    "the right hon. and learned Members for",
    "you, Mr Speaker",
    "the crime and policing Bill",
    "the shadow Home Secretary",
    "Dr. Jones",
]


def random_phrases(count: int, seed: int = 11) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        n = rng.randint(1, 12)
        yield "".join(
            rng.choice(SCAN_WORDS) + rng.choice([" ", " ", "  ", "\n", ""]) for _ in range(n)
        )


@pytest.mark.parametrize("name", sorted(PLAIN_SCANS))
def test_scan_finds_what_the_plain_pattern_finds(name: str) -> None:
    scan, plain = getattr(mentions, name), PLAIN_SCANS[name]
    found = 0
    for text in [*local_texts(), *random_phrases(20_000)]:
        expected = spans(plain, text)
        assert [m.span() for m in scan.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 5  # the check saw matches, not only misses


@pytest.mark.parametrize("name", sorted(PLAIN_SCANS))
def test_scan_on_the_corpus(corpus: Path, name: str) -> None:
    scan, plain = getattr(mentions, name), PLAIN_SCANS[name]
    files = sorted((corpus / "twfy_debates_2016_2021" / "xml").glob("*.xml"))[:4]
    gold = corpus / "twfy_debates_2016_2021" / "gold_entity_linking"
    for text in [*speech_texts(files), *(p.read_text() for p in sorted(gold.rglob("*.txt")))]:
        assert [m.span() for m in scan.finditer(text)] == spans(plain, text)


def _plain_subject_be(text: str) -> Iterator[int]:
    from graph.extract.commitment_rules import _BE, _BEFORE_BE, _BEFORE_BE_ANY_CASE
    from graph.extract.sentences import lower_for_search

    for match in _BE.finditer(text):
        before = text[: match.start()].rstrip()
        if before.endswith(_BEFORE_BE) or lower_for_search(before[-10:]).endswith(
            _BEFORE_BE_ANY_CASE
        ):
            yield match.start()


@pytest.mark.parametrize(
    ("fast", "plain", "alphabet"),
    [(_subject_be, _plain_subject_be, "WwIe GOVERNMENT office Agency group is am are \n\t\xa0.")],
)
def test_fast_function_agrees(
    fast: Callable[[str], Iterator[int]], plain: Callable[[str], Iterator[int]], alphabet: str
) -> None:
    words = alphabet.split(" ")
    rng = random.Random(7)
    texts = local_texts()
    texts += [
        "".join(rng.choice([" ", "  ", "\n", ""]) + rng.choice(words) for _ in range(8))
        for _ in range(20_000)
    ]
    for text in texts:
        assert list(fast(text)) == list(plain(text)), text


BE_WORDS = [
    "will", "WILL", "we’ll", "İntend", "is", "am", "are", "we", "We", "I", "Agency", "group",
    "GOVERNMENT", "Department", "office", "reviewing", "—", ";", "\n", "is\n", " is ",
]  # fmt: skip


def test_rules_for_never_drops_a_possible_rule() -> None:
    """Sentences skipped or rules left out by the keyword shortcut could not have matched."""
    from bisect import bisect_left

    from graph.extract.commitment_rules import HINT, TRIGGERS, key_hits, rules_for
    from graph.extract.sentences import lower_for_search, split_sentences

    rng = random.Random(3)
    extra = ["We will act. I am pleased to confirm it", "the Home Office is reviewing it"]
    extra += [
        " ".join(rng.choice([*SCAN_WORDS, *BE_WORDS])
                 for _ in range(10))
        for _ in range(3000)
    ]  # fmt: skip
    checked = 0
    for text in [*local_texts(), *extra]:
        hits = key_hits(text)
        if hits is None:
            continue
        for span in split_sentences(text):
            sentence = text[span.start : span.end]
            lowered = lower_for_search(sentence)
            possible = [r for r in TRIGGERS if r.possible(sentence, lowered)]
            first = bisect_left(hits, (span.start, HINT))
            last = bisect_left(hits, (span.end, HINT), first)
            if first == last:
                assert possible == [], sentence
                continue
            candidates = rules_for(frozenset(k for _, k in hits[first:last]))
            assert [r for r in candidates if r.possible(sentence, lowered)] == possible
            checked += bool(possible)
    assert checked > 100


def test_word_cues_never_hide_a_match() -> None:
    """A commitment pattern skipped for want of its words would not have matched."""
    import graph.extract.commitment_fields as commitments
    from graph.extract.sentences import lower_for_search, split_sentences

    cues = [
        (getattr(commitments, name), getattr(commitments, name + "_WORDS"))
        for name in ("_LEGISLATION", "_FUNDING", "_REVIEW", "_GUIDANCE", "_HEDGE", "_CONSIDERING")
    ]
    rng = random.Random(13)
    words = [
        "BİLL", "Act", "ACTS", "ſentences", "duty  to", "funds", "£5", "€", "$", "Review",
        "MONITORING", "investigated", "report to", "plans", "Consultation response", "May",
        "subject to", "AİM", "seek", "under consideration", "nearer the time", "Kodes",
        "standardS", "the", "will", ",", ".",
    ]  # fmt: skip
    sentences = [
        local[span.start : span.end] for local in local_texts() for span in split_sentences(local)
    ]
    sentences += [" ".join(rng.choice(words) for _ in range(6)) for _ in range(5000)]
    hits = 0
    for sentence in sentences:
        lowered = lower_for_search(sentence)
        for pattern, cue in cues:
            found = pattern.search(sentence) is not None
            assert commitments._holds(pattern, cue, sentence, lowered) == found, sentence
            hits += found
    assert hits > 100
