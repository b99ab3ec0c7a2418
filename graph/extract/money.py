"""Amounts of money in running text, as exact decimals.

Only an amount with a currency is money: "£2 million", "€40m", "$1.5bn",
"2 million pounds", "£5 million to £10 million" (a range).  A bare count
("20,000 police officers", "2 million pages") is not.  Values are kept as
decimal strings so that "£2.4 billion" is exactly ``2400000000``.

>>> [(a.value, a.maximum, a.exact) for a in find_amounts("backed by £2.4 billion, not £650")]
[('2400000000', None, '£2.4 billion'), ('650', None, '£650')]
>>> [(a.value, a.maximum) for a in find_amounts("between £5 million and £10 million")]
[('5000000', '10000000')]
>>> find_amounts("20,000 police officers")
()
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph.extract.sentences import lower_for_search
from graph.records import MonetaryAmount, Span

_SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "us$": "USD", "gbp": "GBP", "eur": "EUR"}
_WORDS = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD",
}  # fmt: skip
_SCALES = {
    "thousand": 3, "k": 3, "million": 6, "millions": 6, "m": 6, "mn": 6, "mill": 6,
    "billion": 9, "billions": 9, "bn": 9, "b": 9, "trillion": 12, "tn": 12,
}  # fmt: skip

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:thousand|millions?|billions?|trillion|mill|mn|bn|tn|[kmb])\b"
_SYMBOL = r"(?:US\$|£|€|\$|GBP\s?|EUR\s?)"
_ONE = rf"{_SYMBOL}\s?(?:{_NUMBER})(?:\s?-?{_SCALE})?"

# "£5 million to £10 million", "£5-£10 million", "between £5m and £10m", "£5 to 10 million".
_RANGE = re.compile(
    rf"(?:(?P<between>between)\s+)?(?P<low>{_ONE})\s*(?P<joint>-|–|—|to|and)\s*(?P<high>(?:{_SYMBOL})?\s?(?:{_NUMBER})(?:\s?{_SCALE})?)"
    rf"(?!\s?\d)"
)
_AMOUNT = re.compile(rf"(?P<one>{_ONE})")
_WORDED = re.compile(
    rf"(?<![£€$\d.,])(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE}))?\s+"
    r"(?P<word>pounds?|sterling|euros?|dollars?)\b",
    re.IGNORECASE,
)
# What each kind of amount cannot do without: a symbol (matched case-sensitively) or a
# currency word (matched in any case).  Most sentences have neither and are skipped.
_SYMBOL_CLUES = ("£", "€", "$", "GBP", "EUR")
_WORD_CLUES = ("pound", "sterling", "euro", "dollar")
_PARTS = re.compile(rf"(?P<sym>{_SYMBOL})?\s?(?P<num>{_NUMBER})(?:\s?-?(?P<scale>{_SCALE}))?")


def _plain(value: Decimal) -> str:
    """A decimal as plain text without exponent or trailing zeros: 2400000000, 1.5."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _value(number: str, scale: str | None) -> Decimal:
    value = Decimal(number.replace(",", ""))
    if scale:
        value = value.scaleb(_SCALES[scale.lower()])
    return value


def _currency(symbol: str | None) -> str:
    key = (symbol or "£").strip().lower()
    return _SYMBOLS.get(key, "GBP")


def _parts(text: str) -> tuple[str | None, str, str | None]:
    match = _PARTS.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not an amount: {text!r}")
    return match["sym"], match["num"], match["scale"]


def parse_amount(text: str) -> MonetaryAmount | None:
    """One amount ("£1.5bn", "€30m", "£5 million to £10 million"), or None if not money.

    >>> parse_amount("£1.5bn")
    MonetaryAmount(value='1500000000', currency='GBP', maximum=None, exact='£1.5bn')
    >>> parse_amount("20,000 officers") is None
    True
    """
    found = find_amounts(text)
    return found[0] if len(found) == 1 else None


def find_amounts_with_spans(text: str) -> tuple[tuple[Span, MonetaryAmount], ...]:
    """Every amount in ``text`` with where it is, in order."""
    found: list[tuple[Span, MonetaryAmount]] = []
    taken: list[Span] = []
    symbols = any(clue in text for clue in _SYMBOL_CLUES)
    lowered = lower_for_search(text)
    words = any(clue in lowered for clue in _WORD_CLUES)
    if not symbols and not words:
        return ()

    def free(start: int, end: int) -> bool:
        return all(end <= s.start or start >= s.end for s in taken)

    for match in _RANGE.finditer(text) if symbols else ():
        if match["joint"] == "and" and not match["between"]:
            continue  # "£5m and £10m" are two amounts; "between £5m and £10m" is a range
        sym, low_num, low_scale = _parts(match["low"])
        high_sym, high_num, high_scale = _parts(match["high"])
        if high_sym is not None and high_sym.strip() != (sym or "").strip():
            continue
        if high_scale is None and low_scale is not None:
            continue  # "£5 million and 20" is not a range
        low = _value(low_num, low_scale or high_scale)
        high = _value(high_num, high_scale)
        if high <= low:
            continue
        span = Span(match.start("low"), match.end())
        taken.append(span)
        found.append(
            (
                span,
                MonetaryAmount(
                    value=_plain(low),
                    currency=_currency(sym),
                    maximum=_plain(high),
                    exact=text[span.start : span.end],
                ),
            )
        )
    for match in _AMOUNT.finditer(text) if symbols else ():
        if not free(match.start(), match.end()):
            continue
        sym, num, scale = _parts(match["one"])
        span = Span(match.start(), match.end())
        taken.append(span)
        amount = MonetaryAmount(
            value=_plain(_value(num, scale)), currency=_currency(sym), exact=match.group(0)
        )
        found.append((span, amount))
    for match in _WORDED.finditer(text) if words else ():
        if not free(match.start(), match.end()):
            continue
        span = Span(match.start(), match.end())
        taken.append(span)
        amount = MonetaryAmount(
            value=_plain(_value(match["num"], match["scale"])),
            currency=_WORDS[match["word"].lower()],
            exact=match.group(0),
        )
        found.append((span, amount))
    found.sort(key=lambda item: item[0].start)
    return tuple(found)


def find_amounts(text: str) -> tuple[MonetaryAmount, ...]:
    """Every amount of money in ``text``, in order of appearance."""
    return tuple(amount for _, amount in find_amounts_with_spans(text))
