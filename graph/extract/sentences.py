"""Sentence segmentation for Hansard prose, returning character spans.

Parliamentary text is full of full stops that do not end a sentence: "my hon.
Friend", "Mr. Speaker", "No. 10", "St. Helens", "i.e. the Bill", "£2.4
billion".  A stop ends a sentence only when it is followed by white space and
then something that can start one (a capital, a digit, an opening quote or
bracket), and the word before it is not a known abbreviation.  A paragraph
break always ends a sentence, unless the text runs on (the next paragraph
starts in lower case, or the previous one ends with a colon introducing a
quotation).

>>> text = "I thank my hon. Friend. We will act by No. 10's deadline."
>>> [text[s.start:s.end] for s in split_sentences(text)]
['I thank my hon. Friend.', "We will act by No. 10's deadline."]
"""

from __future__ import annotations

import re

from graph.records import Span

# Words that are never the last word of a sentence when followed by a stop.
_ABBREVIATIONS = frozenset(
    {
        "hon", "rt", "mr", "mrs", "ms", "dr", "prof", "sir", "st", "cllr", "col", "gen",
        "lt", "capt", "sgt", "insp", "supt", "rev", "revd", "fr", "messrs", "mx",
        "i.e", "e.g", "cf", "viz", "vs", "v", "c", "ca", "approx", "para", "paras",
        "art", "arts", "sch", "vol", "cl", "reg", "regs", "ch", "fig", "ltd", "co",
        "inc", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "op", "cit", "ibid",
    }
)  # fmt: skip

# Abbreviations that only bind when a number follows: "No. 10", "Nos. 3 and 4".
_NUMERIC_ABBREVIATIONS = frozenset({"no", "nos", "pp", "p", "s", "ss"})

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«£$€"

# Candidate ends: terminal punctuation plus any closing quotes or brackets.
_TERMINAL = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*\S)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _starts_sentence(text: str, at: int) -> bool:
    if at >= len(text):
        return True
    ch = text[at]
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in "-–—•"


def _is_abbreviation(text: str, stop: int, after: int) -> bool:
    """Whether the full stop at ``stop`` belongs to an abbreviation."""
    match = _WORD_BEFORE.search(text, 0, stop)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    if word in _NUMERIC_ABBREVIATIONS and word == match.group(1).lower():
        return after < len(text) and text[after].isdigit()
    # A lone capital initial, as in "J. K. Smith" (but not "I." or a closing "A.").
    return len(word) == 1 and word.isalpha() and match.group(1).isupper() and word != "i"


def _sentence_ends(text: str) -> list[int]:
    ends: list[int] = []
    for match in _TERMINAL.finditer(text):
        end = match.end()
        gap = end
        while gap < len(text) and text[gap] in " \t\xa0":
            gap += 1
        if gap == end and gap < len(text) and text[gap] != "\n":
            continue  # "2.4", "U.K.": no space after the stop
        if "." in match.group(0) and _is_abbreviation(text, match.start(), gap):
            continue
        if gap < len(text) and text[gap] == "\n":
            ends.append(end)  # handled again as a paragraph break; harmless
            continue
        if _starts_sentence(text, gap):
            ends.append(end)
    for match in _PARAGRAPH.finditer(text):
        before = text[: match.start()].rstrip()
        nxt = match.end()
        if not before:
            continue
        if nxt < len(text) and text[nxt].islower():
            continue  # the sentence runs on after a block quotation
        if before.endswith((",", "—", "–")):
            continue
        if before.endswith(":") and nxt < len(text) and text[nxt] in _OPENERS:
            continue  # a colon introducing a block quotation
        if before[-1].isalnum() and nxt < len(text) and text[nxt] in _OPENERS:
            continue  # "required only\n\n“so far as is practicable”."
        ends.append(len(before))
    return sorted(set(ends))


def split_sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences in ``text``, trimmed of surrounding white space, in order.

    >>> [s for s in split_sentences("  Order.  I call the Minister.  ")]
    [Span(start=2, end=8), Span(start=10, end=30)]
    """
    spans: list[Span] = []
    start = 0
    for end in [*_sentence_ends(text), len(text)]:
        if end <= start:
            continue
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.append(Span(start + lead, start + trail))
        start = end
    return tuple(spans)
