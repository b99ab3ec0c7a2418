"""Amounts of money in running text, as exact decimals.

Only an amount with a currency is money: "£2 million", "€40m", "$1.5bn",
"2 million pounds", "£5 million to £10 million" (a range), "R31,6 billion" (rand).  A bare count
("20,000 police officers", "2 million pages") is not.  Values are kept as
decimal strings so that "£2.4 billion" is exactly ``2400000000``.

>>> [(a.value, a.maximum, a.exact) for a in find_amounts("backed by £2.4 billion, not £650")]
[('2400000000', None, '£2.4 billion'), ('650', None, '£650')]
>>> [(a.value, a.maximum) for a in find_amounts("between £5 million and £10 million")]
[('5000000', '10000000')]
>>> find_amounts("20,000 police officers")
()
>>> [(a.value, a.currency) for a in find_amounts("R5,769 billion, R702 000 and R2")]
[('5769000000', 'ZAR'), ('702000', 'ZAR')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from graph.extract.sentences import lower_for_search
from graph.records import MonetaryAmount, Span
from graph.vocab.kinds import AmountRole

_SYMBOLS = {
    "£": "GBP", "€": "EUR", "$": "USD", "us$": "USD", "gbp": "GBP", "eur": "EUR", "usd": "USD",
    "ksh": "KES", "kshs": "KES", "kes": "KES",
}  # fmt: skip
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
# the Kenyan shilling as Kenya's Hansard prints it: "KSh 3 billion", "Kshs.3,000,000"
_SYMBOL = r"(?:US\$|£|€|\$|(?:GBP|EUR|USD|KES)\s?|K[Ss]h(?:s)?\.?\s?)"
_ONE = rf"{_SYMBOL}\s?(?:{_NUMBER})(?:\s?-?{_SCALE})?"

# "£5 million to £10 million", "£5-£10 million", "between £5m and £10m", "£5 to 10 million".
_RANGE = re.compile(
    rf"(?:(?P<between>between)\s+)?(?P<low>{_ONE})\s*(?P<joint>-|–|to|and)\s*(?P<high>(?:{_SYMBOL})?\s?(?:{_NUMBER})(?:\s?{_SCALE})?)"
    rf"(?!\s?\d)"
)
_AMOUNT = re.compile(rf"(?P<one>{_ONE})")
_WORDED = re.compile(
    rf"(?<![£€$\d.,])(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE}))?\s+"
    r"(?P<word>pounds?|sterling|euros?|dollars?)\b",
    re.IGNORECASE,
)
# A count in words before a scale word: "half a billion pounds", "five million euros".
_COUNT_WORDS = {
    "half a": "0.5", "a": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "a hundred": "100", "one hundred": "100",
}  # fmt: skip
_SPELLED = re.compile(
    r"(?<![\w-])(?<!of\s)(?P<count>"
    + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
    + r")\s+(?P<scale>million|billion|trillion)\s+(?P<word>pounds?|sterling|euros?|dollars?)\b",
    re.IGNORECASE,
)
# The rand, as South African Hansard prints it: "R31,6 billion" (a decimal comma before
# a scale word), "R702 000" (thousands grouped by spaces), "R575 million".  A bare
# "R" and a number without either ("R2") is not taken for money.
_RAND = re.compile(
    r"(?<![A-Za-z\d])R(?P<num>\d+(?:,\d+)?)\s?(?P<scale>trillion|billion|million|bn|m)\b"
    r"|(?<![A-Za-z\d])R(?P<grouped>\d{1,3}(?:[ \u00a0]\d{3})+)(?![\d,])"
)
_RAND_CLUE = re.compile(r"(?<![A-Za-z\d])R\d")
#: A currency sign where an amount begins (the rand's R only before a digit), for
#: patterns that need to know money is there without reading it.
CURRENCY_SIGN = r"(?:[£€$]|(?<![A-Za-z\d])R(?=\d))"
MONEY_SIGN = re.compile(CURRENCY_SIGN + r"\s?\d")
# What each kind of amount cannot do without: a symbol (matched case-sensitively) or a
# currency word (matched in any case).  Most sentences have neither and are skipped.
_SYMBOL_CLUES = ("£", "€", "$", "GBP", "EUR", "USD", "KES", "KSh", "Ksh")
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
    key = (symbol or "£").strip().rstrip(".").lower()
    return _SYMBOLS.get(key, "GBP")


def _parts(text: str) -> tuple[str | None, str, str | None]:
    match = _PARTS.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not an amount: {text!r}")
    return match["sym"], match["num"], match["scale"]


def parse_amount(text: str) -> MonetaryAmount | None:
    """One amount ("£1.5bn", "€30m", "£5 million to £10 million"), or None if not money.

    >>> parse_amount("£1.5bn")
    MonetaryAmount(value='1500000000', currency='GBP', maximum=None, exact='£1.5bn', role=None)
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
    rand = "R" in text and _RAND_CLUE.search(text) is not None
    if not symbols and not words and not rand:
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
    for match in _SPELLED.finditer(text) if words else ():
        if not free(match.start(), match.end()):
            continue
        span = Span(match.start(), match.end())
        taken.append(span)
        count = _COUNT_WORDS[" ".join(match["count"].lower().split())]
        amount = MonetaryAmount(
            value=_plain(_value(count, match["scale"])),
            currency=_WORDS[match["word"].lower()],
            exact=match.group(0),
        )
        found.append((span, amount))
    for match in _RAND.finditer(text) if rand else ():
        if not free(match.start(), match.end()):
            continue
        span = Span(match.start(), match.end())
        taken.append(span)
        if match["grouped"]:
            value = Decimal(re.sub(r"\s", "", match["grouped"]))
        else:
            value = _value(match["num"].replace(",", "."), match["scale"])
        amount = MonetaryAmount(value=_plain(value), currency="ZAR", exact=match.group(0))
        found.append((span, amount))
    found.sort(key=lambda item: item[0].start)
    return tuple(found)


def find_amounts(text: str) -> tuple[MonetaryAmount, ...]:
    """Every amount of money in ``text``, in order of appearance."""
    return tuple(amount for _, amount in find_amounts_with_spans(text))


# --- what an amount is to the commitment that names it ------------------------------

# Right after an amount: a per-unit rate ("£4.10 a pupil", "£650 for each household").
_RATE_AFTER = re.compile(
    r"^\s*(?:a|an|per|for\s+each|for\s+every|each|every)\s+(?!year\b|month\b|week\b|further\b|"
    r"total\b|new\b|one-off\b|additional\b|extra\b)[a-z-]+",
    re.IGNORECASE,
)
# Right before an amount: an average or a per-unit figure ("an average of £150"); "up
# to" only before a figure without a scale ("up to £500 a household"): "up to £790
# million of new funding" is a programme's ceiling, new money.
_RATE_BEFORE = re.compile(
    r"(?:average\s+of|per\s+\w+\s+of"
    # each of many given the sum: "Each AI Growth Zone will also receive £5 million"
    # (not a time, "Each year the fund will receive £50 million"; "Each of the 38 areas…")
    r"|\beach\s+(?!(?:year|month|week|quarter)\b)(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){1,5}?(?:will\s+)?(?:also\s+)?"
    r"(?:receive|get|be\s+given|be\s+awarded|be\s+allocated)(?:\s+(?:up\s+to|around|about|at\s+least))?)\s*$",
    re.I,
)
_UP_TO_BEFORE = re.compile(r"up\s+to\s*$", re.I)
# A total: "£3 billion when including Barnett consequentials", "part of the wider £600
# billion", "a total of £870 million", "£870 million, £26 million more than…".
_TOTAL_AFTER = re.compile(
    r"^\s*(?:when\s+including|including|in\s+total|in\s+all|altogether|overall|all\s+told)\b",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:wider|overall|total(?:\s+of)?|combined|whole|to\s+date,?\s+at|bringing\s+(?:the|it)"
    r"(?:\s+total)?\s+to|taking\s+(?:the|it)(?:\s+total)?\s+to"
    # the level a rise arrives at: "…, and a further £4.2 billion by 2028/29, reaching £69.5
    # billion"
    r"|,\s+reaching|,\s+rising\s+to|,\s+to\s+reach)\s*"
    # a level, not a sum added: "total capital spending at £100 billion", "the budget will
    # be increased to a minimum of £3.9 billion", "raising the limit to £100,000"
    r"|\btotal\s+(?:[\w-]+\s+){1,3}?(?:at|of|is|was|stands\s+at)\s*"
    r"|\b(?:spending|budget|investment|funding)\s+(?:is\s+|stands\s+|remains\s+)?at\s*"
    r"|\b(?:increased?|increasing|raised?|raising|rises?|rising|grows?|grown|growing)\s+"
    r"(?:[^\s.;]+\s+){0,3}?to(?:\s+an?\s+(?:[\w-]+\s+){0,2}?of)?\s*)$",
    re.IGNORECASE,
)
# The figure a rise starts from: "increasing the R3,8 billion to R6 billion".
_RAISED_FROM = re.compile(r"\b(?:increas|rais|extend)\w*\s+the\s*$", re.IGNORECASE)
# A fund named for what is done with or about it, not committed: "publishing the guidance on
# the £3.6 billion towns fund" (existing); "funding from the £50 million … fund" is the pot
# drawn from (a total).
_NAMED_FUND_BEFORE = re.compile(
    r"\b(?:(?P<from>from)|on|for|under|through|in|into|about|with)\s+the\s*$", re.IGNORECASE
)
_NAMED_FUND_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:fund|scheme|programme|package|deal|settlement|grant)s?\b",
    re.IGNORECASE,
)
_MORE_THAN = re.compile(r"^\s*(?:more|higher|extra|additional)\b|^\s+(?:of\s+)?increase\b", re.I)
_PART_OF = re.compile(r"(?:made\s+up\s+of|comprising|consisting\s+of|of\s+which)\s*$", re.I)
# Money already committed, named for context: "building on our £3.6 billion towns fund",
# "on top of the existing £2 billion", "this extra £100 million" (named again).
_EXISTING_BEFORE = re.compile(
    # ("have already committed £X" is a commitment restated, new: only money already
    # committed by someone else's act, "on top of the £X already committed", is context)
    r"(?:\b(?:building\s+on|builds\s+on|in\s+addition\s+to|existing|(?<!have\s)(?<!has\s)already\s+(?:committed|"
    r"announced|allocated|provided|spent)|previously\s+(?:announced|committed)|last\s+year['’]s"
    r"|the\s+original)\b[^£€$.;]{0,60}"
    r"|^\s*(?:this|that|these|those|the\s+same)\s+(?:extra\s+|additional\s+|new\s+)?)$",
    re.IGNORECASE,
)
# Money already paid out or received, named as a past fact: "her police force has had a
# cash increase of £14 million", "having provided local councils with about £10 billion",
# "we have backed those efforts with £3.2 billion".  (Money "committed", "allocated" or
# "set aside" is a commitment restated, and new: see the gold guideline.)
_DELIVERED_BEFORE = re.compile(
    r"\b(?:ha(?:s|ve)|having)\s+(?:already\s+)?(?:had|received|provided|given|paid|spent|backed)\b"
    r"(?:(?!\b(?:will|is|are|been|be|extra|additional|further|new)\b)[^£€$.;]){0,60}$",
    re.IGNORECASE,
)
# A budget that rises from one figure to another: "increased from R79 million (in 2011-12)
# to R91 million (in 2012-13)" – the first figure is last year's money, the second the
# year's total; "amounts to R848 million" is a total; "R34 billion for 2013-14 is an
# increase of R2,7 billion": the first the total, the increase new.
# The next of a series of levels, each for its year: "…to £121 billion next year, £127
# billion in 2020-21 … and then £148 billion in 2023-24" (each level names its year).
_LEVEL_YEAR = re.compile(r"\s+(?:in\s+\S+|next\s+year|this\s+year|by\s+\S+)")
_NEXT_LEVEL = re.compile(_LEVEL_YEAR.pattern + r"\s*(?:,|,?\s+and(?:\s+then)?)\s*")
_RISEN_FROM = re.compile(
    r"\b(?:increase[sd]?|increasing|rise[sn]?|rising|rose|gr[eo]wn?|grows|growing)\b[^.;?]{0,60}?\bfrom\s*$",
    re.I,
)
_RISEN_TO = re.compile(
    rf"\bfrom\s+{CURRENCY_SIGN}\s?\d[\d.,]*\s?(?:million|billion|bn|m|k)?\b[^.;?£€$]{{0,40}}?"
    r"\bto\s*$|\bamounts?\s+to\s*$",
    re.I,
)
# A part of a whole named again: "£1.55 billion of the £3 billion" – the whole, with "the",
# was given before, so neither figure is new money (the whole was counted where given).
_OF_NAMED_WHOLE = re.compile(r"^\s*(?:of|out\s+of)\s+(?:the|this|that)\s*$", re.I)
_IS_INCREASE_OF = re.compile(r"\b(?:is|was|represents)\s+an?\s+(?:\w+\s+)?increase\s+of\s*$", re.I)
#: Amounts without a scale word below this are per-unit payments ("£326", "£1,200"),
#: never a programme's money.
_RATE_CEILING = Decimal(100000)
_SCALED = re.compile(rf"{_SCALE}", re.IGNORECASE)


# Words that break an amount already given into its parts: "R470 million, which has been
# allocated as follows: R211 million to…", "€330 million, including €205 million under…",
# "R6,3 billion over the period, beginning with R1,98 billion in 2013 and culminating in
# R2,2 billion in 2015".
_BREAKDOWN = re.compile(
    r"\b(?:as\s+follows|of\s+which|includ(?:ing|es)|beginning\s+with|starting\s+with|culminating\s+in"
    r"|comprising|made\s+up\s+of|broken\s+down|split\s+(?:between|into|across))\b",
    re.IGNORECASE,
)


def _named_fund(before: str, after: str) -> AmountRole | None:
    """ "the £X … fund" after a preposition: a fund named, the pot drawn from ("from the") a
    total, else existing; None when the amount is not so named."""
    m = _NAMED_FUND_BEFORE.search(before)
    if m is None or not _NAMED_FUND_AFTER.match(after):
        return None
    return "total" if m["from"] else "existing"


def _of_named_whole(text: str, found: tuple[tuple[Span, MonetaryAmount], ...], i: int) -> bool:
    """Whether amount ``i`` is the part or the whole in "£X of the £Y"."""
    gaps = []
    if i:
        gaps.append(text[found[i - 1][0].end : found[i][0].start])
    if i + 1 < len(found):
        gaps.append(text[found[i][0].end : found[i + 1][0].start])
    return any(_OF_NAMED_WHOLE.match(gap) for gap in gaps)


def _part_of_earlier(
    text: str, found: tuple[tuple[Span, MonetaryAmount], ...], i: int, roles: list[AmountRole]
) -> bool:
    """Whether amount ``i`` is a part of a larger one given before it in the same sentence,
    with words of a breakdown between them: the money is counted once, in the whole."""
    value = Decimal(found[i][1].value)
    return any(
        roles[j] in ("new", "total")
        and Decimal(found[j][1].value) > value
        and _BREAKDOWN.search(text, found[j][0].end, found[i][0].start) is not None
        for j in range(i)
    )


# Money saved is not money committed: "save consumers up to £6 billion by 2050", "£40
# million of savings".  The commitment is the act; the saving is its hoped-for effect.
_SAVED_BEFORE = re.compile(
    r"\bsav(?:e|es|ed|ing|ings)\b(?:\s+(?!(?:of|and|but|to|which|while|whilst|then)\b)[\w’'-]+){0,4}?"
    r"\s+(?:of\s+)?"
    r"(?:up\s+to|around|about|over|more\s+than|nearly|almost|some)?\s*$",
    re.IGNORECASE,
)
_SAVED_AFTER = re.compile(r"\s*(?:a\s+year\s+)?(?:in|of)\s+savings\b", re.IGNORECASE)


def committed_amounts(sentence: str) -> tuple[MonetaryAmount, ...]:
    """The amounts of ``sentence`` a commitment carries, with their roles
    (:func:`amount_roles`): every amount but the money it would save.

    >>> [a.value for a in committed_amounts("We will invest £2 million to save £6 billion by 2050.")]
    ['2000000']
    """
    found = find_amounts_with_spans(sentence)
    kept = tuple(
        (span, amount)
        for span, amount in found
        if not _SAVED_BEFORE.search(sentence[max(0, span.start - 60) : span.start])
        and not _SAVED_AFTER.match(sentence, span.end)
    )
    return amount_roles(sentence, kept)


def amount_roles(
    text: str, found: tuple[tuple[Span, MonetaryAmount], ...]
) -> tuple[MonetaryAmount, ...]:
    """The amounts of ``found`` (from :func:`find_amounts_with_spans` on ``text``) with
    their role: ``range``, ``rate``, ``total``, ``existing`` or, when nothing says
    otherwise, ``new``.  Only ``new`` money is summed by aggregates.

    >>> text = "a new £4 billion fund, building on our £3.6 billion towns fund"
    >>> [(a.value, a.role) for a in amount_roles(text, find_amounts_with_spans(text))]
    [('4000000000', 'new'), ('3600000000', 'existing')]
    >>> text = "Some £1.55 billion of the £3 billion is paid as grants"
    >>> [(a.value, a.role) for a in amount_roles(text, find_amounts_with_spans(text))]
    [('1550000000', 'existing'), ('3000000000', 'existing')]
    """
    roles: list[AmountRole] = []
    for i, (span, amount) in enumerate(found):
        before, after = text[max(0, span.start - 80) : span.start], text[span.end : span.end + 40]
        fund = _named_fund(before, after)
        role: AmountRole = "new"
        if amount.maximum is not None:
            role = "range"
        elif (
            _RATE_AFTER.match(after)
            or _RATE_BEFORE.search(before)
            or (_UP_TO_BEFORE.search(before) and not _SCALED.search(amount.exact))
            or (
                not _SCALED.search(amount.exact.lstrip("£€$"))
                and Decimal(amount.value) < _RATE_CEILING
            )
        ):
            role = "rate"
        elif (
            _TOTAL_AFTER.match(after)
            or _TOTAL_BEFORE.search(before)
            or _RISEN_TO.search(before)
            or fund == "total"
            or (
                i
                and roles[-1] == "total"
                and _NEXT_LEVEL.fullmatch(text, found[i - 1][0].end, span.start)
                and _LEVEL_YEAR.match(text, span.end)
            )
        ):
            role = "total"
        elif (
            _EXISTING_BEFORE.search(before if i else text[: span.start])
            or _RAISED_FROM.search(before)
            or fund == "existing"
            or _RISEN_FROM.search(before)
            or _DELIVERED_BEFORE.search(before)
            or _part_of_earlier(text, found, i, roles)
            or _of_named_whole(text, found, i)
        ):
            role = "existing"
        elif i + 1 < len(found):
            # "£870 million, £26 million more than…": the first a total, the next new
            gap = text[span.end : found[i + 1][0].start]
            tail = text[found[i + 1][0].end : found[i + 1][0].end + 30]
            if (
                (len(gap.strip(" ,—–-")) == 0 and _MORE_THAN.match(tail))
                or _PART_OF.search(gap)
                or _IS_INCREASE_OF.search(gap)
            ):
                role = "total"
        roles.append(role)
    return tuple(replace(a, role=r) for (_, a), r in zip(found, roles, strict=True))
