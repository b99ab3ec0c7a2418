"""Words a pattern needs (graph/extract/scan.py ``required``) never rule out a match,
and status reports found through them are the ones a sentence-by-sentence search finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from graph.extract import followups
from graph.extract.scan import AllOf, AnyOf, Need, holds, required
from graph.extract.sentences import lower_for_search, split_sentences
from graph.records import Span, StatusReport
from graph.sources import read_path
from tests.graph.extract.texts import local_texts

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("source", "flags", "need"),
    [
        (r"abc", 0, "abc"),
        (r"ab", 0, None),  # too short to be worth looking for
        (r"\bWill\s+act\b", 0, AllOf(("will", "act"))),
        (r"(?:will|shall)\s+not", re.I, AllOf((AnyOf(("will", "shall")), "not"))),
        (r"(?:will|go)\s+now", 0, "now"),  # one option too short: the alternation says nothing
        (r"(?:now\s+)?been", 0, "been"),  # optional parts say nothing
        (r"(?:very\s+){2,}good", 0, AllOf(("very", "good"))),
        (r"[a-z]+ly|x", 0, None),
        (r"caf\u00e9s", 0, "caf"),  # a run stops at a letter outside ASCII
        (r"(?=will)\w+", 0, None),  # look-arounds are left out
    ],
)
def test_required(source: str, flags: int, need: Need | None) -> None:
    assert required(re.compile(source, flags)) == need


WORDS = [
    "We", "WE", "have", "HAS", "now", "been", "published", "PUBLİSHED", "set", "up", "laid",
    "delayed", "to", "the", "autumn", "is", "on", "track", "as", "I", "announced", "in",
    "March", "will", "not", "proceed", "go", "ahead", "decided", "came", "into", "force",
    "under", "way", "making", "progress", "reiterate", "re-confirm", "ſet", "?", ".", "If",
    "would", "we’re", "remains", "Government", "department", "\n", "\n\n",
]  # fmt: skip


PHRASES = [
    "we have now published", "the department has set up", "has been delayed to",
    "is on track", "as I announced in", "will not proceed", "came into force",
    "are making good progress", "is now under way", "has been scrapped", "I reiterate",
    "have decided not to", "will now be published in", "as previously promised",
]  # fmt: skip
#: Letters a case-insensitive pattern takes for an ASCII one ("İ" and "ı" for "i").
FOLDS = {"i": "İı", "s": "ſ", "k": "\u212a"}


def mangled(phrase: str, rng: random.Random) -> str:
    """``phrase`` with random case, spacing and folded letters."""
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(rng.choice([" ", "  ", "\n", " \n "]))
        elif ch in FOLDS and rng.random() < 0.1:
            out.append(rng.choice(FOLDS[ch]))
        else:
            out.append(ch.upper() if rng.random() < 0.3 else ch)
    return "".join(out)


def random_texts(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [
            mangled(rng.choice(PHRASES), rng) if rng.random() < 0.2 else rng.choice(WORDS)
            for _ in range(rng.randint(1, 12))
        ]
        texts.append(" ".join(words) + rng.choice(["", ".", "?"]))
    return texts


def test_required_words_never_hide_a_match() -> None:
    texts = [*local_texts(), *random_texts(20_000)]
    matched = 0
    for _, pattern in followups._PATTERNS:
        need = required(pattern)
        assert need is not None
        for text in texts:
            if pattern.search(text):
                assert holds(need, lower_for_search(text)), (pattern.pattern, text)
                matched += 1
    assert matched > 500  # the check saw matches, not only misses


def plain_reports(text: str) -> tuple[StatusReport, ...]:
    """find_reports as first written: every sentence against every pattern."""
    found = []
    for span in split_sentences(text):
        sentence = text[span.start : span.end]
        if followups._NOT_A_REPORT.search(sentence):
            continue
        for status, pattern in followups._PATTERNS:
            m = pattern.search(sentence)
            if m is not None:
                cue = " ".join(m.group(0).split())
                found.append(StatusReport(Span(span.start, span.end), sentence, status, cue))
                break
    return tuple(found)


def test_find_reports_as_sentence_by_sentence() -> None:
    rng = random.Random(5)
    texts = list(local_texts())
    short = random_texts(6_000, seed=3)
    texts += [" ".join(rng.sample(short, 4)) for _ in range(3_000)]
    reports = 0
    for text in texts:
        assert followups.find_reports(text) == plain_reports(text), text
        reports += len(plain_reports(text))
    assert reports > 300


def test_find_reports_on_the_corpus(corpus: Path) -> None:
    files = sorted((corpus / "twfy_debates_2016_2021" / "xml").glob("*.xml"))[:3]
    assert files
    reports = 0
    for path in files:
        for debate in read_path(path).debates:
            for speech in debate.speeches:
                assert followups.find_reports(speech.text) == plain_reports(speech.text)
                reports += len(plain_reports(speech.text))
    assert reports > 0
