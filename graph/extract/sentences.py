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
from functools import lru_cache

from graph.records import Span

# Words that are never the last word of a sentence when followed by a stop.
_ABBREVIATIONS = frozenset(
    {
        "hon", "rt", "mr", "mrs", "ms", "dr", "prof", "sir", "st", "cllr", "col", "gen",
        "lt", "capt", "sgt", "insp", "supt", "rev", "revd", "fr", "messrs", "mx",
        "i.e", "e.g", "cf", "viz", "vs", "v", "c", "ca", "approx", "ltd", "co",
        "inc", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "op", "cit", "ibid",
    }
)  # fmt: skip

# Abbreviations that only bind when a number follows: "No. 10", "Nos. 3 and 4", "Art. 50",
# "reg. 4", "Sch. 2"; before anything else they are words ending a sentence ("…questions
# on the arts. I will…").
_NUMERIC_ABBREVIATIONS = frozenset(
    {"no", "nos", "pp", "p", "s", "ss", "para", "paras", "art", "arts", "sch", "vol", "cl",
     "reg", "regs", "ch", "fig"}
)  # fmt: skip

# (not a lone "I", which starts a sentence far more often than it numbers an article)
_NUMBERED = re.compile(r"\d|(?:[IVXLC]{2,}|[VXLC])\b|\([a-z0-9]{1,4}\)")

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«£$€"

# Candidate ends: terminal punctuation plus any closing quotes or brackets.
_TERMINAL = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*\S)")
# Two sentences glued by a missing space, as some transcripts print them: a stop after a
# lower-case word, then a bracketed stage direction or a capitalised word that is not part
# of an address ("children.We will", "districts.[Applause.]"; not "www.Gov.uk", "U.K.").
_GLUED = re.compile(r"[a-z]{2}\.(?:\[[A-Z]|[A-Z][a-z]+(?![.\w]))")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _word_before(text: str, stop: int) -> str | None:
    """The run of letters and stops ending at ``stop`` (or at a newline just before it).

    It starts at a letter: "e.g" before "e.g.", "hon" before "hon.".  Walking back
    from the stop keeps this linear in the length of the word, not of the text.
    """
    end = stop - 1 if stop > 0 and text[stop - 1] == "\n" else stop
    start = end
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end] if start < end else None


def _starts_sentence(text: str, at: int) -> bool:
    if at >= len(text):
        return True
    ch = text[at]
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in "-–—•"


def _is_abbreviation(text: str, stop: int, after: int) -> bool:
    """Whether the full stop at ``stop`` belongs to an abbreviation."""
    found = _word_before(text, stop)
    if found is None:
        return False
    word = found.lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    if word in _NUMERIC_ABBREVIATIONS and word == found.lower():
        # a number, a Roman numeral or a bracketed letter follows: "No. 10", "Art. IV",
        # "para. (c)"
        return _NUMBERED.match(text, after) is not None
    # A lone capital initial, as in "J. K. Smith" (but not "I." or a closing "A.").
    return len(word) == 1 and word.isalpha() and found.isupper() and word != "i"


def _sentence_ends(text: str) -> list[int]:
    ends: list[int] = []
    for match in _TERMINAL.finditer(text):
        end = match.end()
        gap = end
        while gap < len(text) and text[gap] in " \t\xa0":
            gap += 1
        if gap == end and gap < len(text) and text[gap] != "\n":
            if _GLUED.match(text, match.start() - 2) and not _is_abbreviation(
                text, match.start(), gap
            ):
                ends.append(end)  # "…in the districts.[Applause.]", "…our children.We will"
            continue  # "2.4", "U.K.", "gov.uk": no space after the stop
        if "." in match.group(0) and _is_abbreviation(text, match.start(), gap):
            continue
        if gap < len(text) and text[gap] == "\n":
            ends.append(end)  # handled again as a paragraph break; harmless
            continue
        if _starts_sentence(text, gap):
            ends.append(end)
    for match in _PARAGRAPH.finditer(text):
        # The end of the text before the break, trailing white space dropped (found by
        # walking back, not by slicing and stripping the whole prefix at every break).
        last = match.start()
        while last > 0 and text[last - 1].isspace():
            last -= 1
        nxt = match.end()
        if last == 0:
            continue
        if nxt < len(text) and text[nxt].islower():
            continue  # the sentence runs on after a block quotation
        if text[last - 1] in ",—–":
            continue
        if text[last - 1] == ":" and nxt < len(text) and text[nxt] in _OPENERS:
            continue  # a colon introducing a block quotation
        if text[last - 1].isalnum() and nxt < len(text) and text[nxt] in _OPENERS:
            continue  # "required only\n\n“so far as is practicable”."
        ends.append(last)
    return sorted(set(ends))


# Characters that a case-insensitive regex equates with an ASCII letter but that str.lower()
# does not map to it: "İ" (to "i̇", two characters), "ı", "ſ".  ("K", the Kelvin sign, does.)
_ASCII_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def lower_for_search(text: str) -> str:
    """``text`` in lower case, for cheap keyword tests before a case-insensitive regex.

    If an ``re.IGNORECASE`` pattern matches an ASCII word in ``text``, that word in
    lower case is a substring of the result, so a missing keyword rules the pattern out.

    >>> "will" in lower_for_search("WİLL")
    True
    """
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        text = text.translate(_ASCII_FOLDS)
    return text.lower()


@lru_cache(maxsize=4)
def split_sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences in ``text``, trimmed of surrounding white space, in order.

    Several extractors split the same speech one after the other (commitments, their
    pledge candidates, status reports), so the last few answers are kept: the result
    is an immutable tuple, and a repeated call costs a hash of the text.

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
