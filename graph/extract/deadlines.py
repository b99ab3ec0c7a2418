"""Deadline phrases and the last day by which they fall due, resolved against the debate date.

Conventions (the date returned is always the *last* day a phrase allows):

- a month ("by March 2023", "in November") is its last day; a year ("by 2030",
  "this year") is 31 December; a financial year ("in 2010-11") is 31 March;
- "before X" is treated like "by X": "before Easter" is Easter Sunday,
  "before Christmas" is 25 December;
- a date or month without a year is its next occurrence on or after the debate;
  so is a weekday ("on Saturday"), "next Saturday" being the one of the week after;
- seasons follow the meteorological calendar: spring March–May, summer
  June–August, autumn September–November, winter December–February (so
  winter ends on the last day of February of the following year); "late
  spring" and "early summer" end with their season, "the spring of 2027"
  is that year's;
- the middle of a year ("mid-2026", "by the middle of next year") is 30 June, its
  early part (as "early next year") 31 March, and "the turn of the year" the next
  31 January;
- durations ("within six months", "over the next two years", "in a decade")
  count from the debate date;
- "by the end of this Parliament" is vague (no date), as the guideline has it.

A phrase measured from something other than the debate ("within eight weeks
of making a claim") is returned with ``due=None``; so is anything relative
when the debate date is unknown.

>>> from datetime import date
>>> find_deadline("We will publish it before Easter.", on=date(2025, 1, 16))
Deadline(text='before Easter', span=Span(start=19, end=32), due=datetime.date(2025, 4, 20), kind='deadline', starts=None)
>>> resolve_deadline("within eight weeks of making a claim", on=date(2025, 1, 16)) is None
True
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from graph.extract.sentences import lower_for_search
from graph.records import Span


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time phrase as written, where it is, and what it resolves to.

    ``kind`` is ``deadline`` (``due`` is the last day it allows) or ``start`` ("from
    April", "starting next year": ``starts`` is the first day, never later than the
    debate, and ``due`` is None: a start is not a deadline).
    """

    text: str
    span: Span
    due: date | None
    kind: str = "deadline"
    starts: date | None = None


_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name: i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["Sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "couple of": 2,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|fortnight|month|year|decade)s?\b"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}

_FROM = (
    r"from|starting(?:\s+(?:in|from|on))?|beginning(?:\s+(?:in|from|on))?|commencing"
    r"|as\s+(?:of|from)|with\s+effect\s+from"
)
# "in the course of 2013-14", "during the course of the year": as "in", "during"
_COURSE_OF = r"(?:in|during|over)\s+the\s+course\s+of"
_BY = (
    r"(?i:by|before|until|till|no\s+later\s+than|ahead\s+of|in\s+the\s+run-up\s+to"
    # a month given roughly is still the month: "laid before Parliament in about March"
    r"|in(?:\s+(?:about|around|approximately|roughly))?|during"
    r"|over|" + _COURSE_OF + "|" + _FROM + ")"
)
_END_OF = r"(?i:(?:by\s+|before\s+|at\s+|until\s+)?the\s+end\s+of)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


class _NotADeadline(Exception):
    """Raised by a resolver when a match turns out not to be a deadline phrase."""


Resolver = Callable[["re.Match[str]", date | None], date | None]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_on_or_after(on: date, make: Callable[[int], date]) -> date:
    due = make(on.year)
    return due if due >= on else make(on.year + 1)


def _day_month(m: re.Match[str], on: date | None) -> date | None:
    month, day = _MONTHS[m["month"].rstrip(".")], int(m["day"])
    if m["year"]:
        return date(int(m["year"]), month, min(day, calendar.monthrange(int(m["year"]), month)[1]))
    if on is None:
        return None
    return _next_on_or_after(
        on, lambda y: date(y, month, min(day, calendar.monthrange(y, month)[1]))
    )


def _month_year(m: re.Match[str], on: date | None) -> date | None:
    return _month_end(int(m["year"]), _MONTHS[m["month"].rstrip(".")])


def _next_month_end(name: str, on: date | None) -> date | None:
    """The named month's next end, on or after ``on``."""
    if on is None:
        return None
    month = _MONTHS[name.rstrip(".")]
    return _next_on_or_after(on, lambda y: _month_end(y, month))


def _month_only(m: re.Match[str], on: date | None) -> date | None:
    return _next_month_end(m["month"], on)


def _month_of_year_named(m: re.Match[str], on: date | None) -> date | None:
    """ "in September next year": that month of the year after ``on``'s; "this year": of its."""
    if on is None:
        return None
    year = on.year + (1 if m["which"].lower() == "next" else 0)
    return _month_end(year, _MONTHS[m["month"].rstrip(".")])


def _this_or_next_month(m: re.Match[str], on: date | None) -> date | None:
    """ "this December": the month's next end; "next January": the same, except that
    said in January it is a year on."""
    if on is None:
        return None
    month = _MONTHS[m["month"].rstrip(".")]
    if m["which"].lower() == "next" and month == on.month:
        return _month_end(on.year + 1, month)
    return _next_month_end(m["month"], on)


def _month_range(m: re.Match[str], on: date | None) -> date | None:
    """ "during August and September": the second month's next end (said in September,
    this September's)."""
    return _next_month_end(m["month2"], on)


def _after_month(m: re.Match[str], on: date | None) -> date | None:
    """ "after July": a start, the day after the month's next end (see :func:`_first_day`)."""
    return _month_only(m, on)


def _part_of_month(m: re.Match[str], on: date | None) -> date | None:
    """ "early January", "by mid-March 2026": the month's last day."""
    return _month_year(m, on) if m["year"] else _month_only(m, on)


def _easter(year: int) -> date:
    sunday: date = easter(year)  # Western Easter Sunday
    return sunday


def _feast(m: re.Match[str], on: date | None) -> date | None:
    if on is None:
        return None
    if m["feast"].lower() == "easter":
        return _next_on_or_after(on, _easter)
    return _next_on_or_after(on, lambda y: date(y, 12, 25))


def _season_end(name: str, year: int) -> date:
    """The end of the season that starts in ``year``."""
    last = _SEASONS[name][1]
    return _month_end(year + 1, 2) if name == "winter" else _month_end(year, last)


def _season(m: re.Match[str], on: date | None) -> date | None:
    if on is None:
        return None
    name = m["season"].lower()
    if m["year"]:
        return _season_end(name, int(m["year"]))
    if not (m["which"] or m["part"]):
        raise _NotADeadline  # a bare "summer": "summer schools", "a summer of sport"
    first = _SEASONS[name][0]
    which = (m["which"] or "").lower()
    # The season "this" refers to: the current one, or the next to start this year.
    start_year = on.year - 1 if name == "winter" and on.month <= 2 else on.year
    if which == "this":
        return _season_end(name, start_year)
    if which == "next":
        current = name == "winter" and (on.month == 12 or on.month <= 2)
        current = current or (name != "winter" and first <= on.month <= _SEASONS[name][1])
        return _season_end(name, start_year + 1 if current or on.month > first else start_year)
    due = _season_end(name, start_year)
    return due if due >= on else _season_end(name, start_year + 1)


def _year(m: re.Match[str], on: date | None) -> date | None:
    return date(int(m["year"]), 12, 31)


def _decade(m: re.Match[str], on: date | None) -> date | None:
    return date(int(m["decade"]) * 10 + 9, 12, 31)


def _financial_year(m: re.Match[str], on: date | None) -> date | None:
    return date(int(m["year"]) + 1, 3, 31)


def _relative(m: re.Match[str], on: date | None) -> date | None:
    said = m.group(0).lower()
    if (
        m["which"].lower() == "the"
        and "end" not in said
        and "course" not in said
        and not m["later"]
    ):
        # "throughout the year", "the month" (but "later in the year", "during the course
        # of the year": this one)
        raise _NotADeadline
    if on is None:
        return None
    shift = 1 if (m["which"] or "").lower() == "next" else 0
    unit = m["period"].lower()
    if unit == "year":
        return date(on.year + shift, 12, 31)
    if unit == "decade":
        return date(on.year // 10 * 10 + 9 + 10 * shift, 12, 31)
    if unit == "month":
        first = on.replace(day=1) + relativedelta(months=shift)
        return _month_end(first.year, first.month)
    if unit == "week":
        sunday: date = on + relativedelta(days=6 - on.weekday(), weeks=shift)
        return sunday
    # the financial year, April to March
    end_year = on.year if on.month <= 3 else on.year + 1
    return date(end_year + shift, 3, 31)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(m: re.Match[str], on: date | None) -> date | None:
    """ "on Saturday": the next such day on or after ``on``; "next Saturday": the one in
    the week after this one."""
    if on is None:
        return None
    wanted = _WEEKDAYS.index(m["weekday"].lower())
    if (m["which"] or m["bare"] or "").lower() == "next":
        monday = on + relativedelta(days=7 - on.weekday())
        nextweek: date = monday + relativedelta(days=wanted)
        return nextweek
    day: date = on + relativedelta(days=(wanted - on.weekday()) % 7)
    return day


#: How far a span with no count reaches: "in the coming days" a week, "weeks" six weeks,
#: "months" six months.
_VAGUE = {
    "day": relativedelta(days=7),
    "fortnight": relativedelta(weeks=2),  # "within the next fortnight": no count, one
    "week": relativedelta(weeks=6),
    "month": relativedelta(months=6),
}


_ONE = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
    "decade": relativedelta(years=10),
}


# A superlative or a first before "in N years" makes the span a look back: "the worst
# flooding in 50 years", "for the first time in 20 years", "the largest in a decade".
_RECORD_BEFORE = re.compile(
    r"\b(?:first|only|last|worst|best|biggest|largest|highest|lowest|greatest|fastest|slowest"
    r"|strongest|weakest|deepest|sharpest|steepest|longest|shortest|(?:most|least)\s+\w+)\b"
    # with no verb of what is to come between ("the first review will take place in two
    # years" is due then)
    r"(?:(?!\b(?:will|shall|would|to|be|is|are)\b)[^.;:,])*$",
    re.IGNORECASE,
)


def _duration(m: re.Match[str], on: date | None) -> date | None:
    if on is None:
        return None
    if m["n"] is None:  # "in the coming weeks", "over the next few months"
        # "over the coming days and weeks": the longer of the two
        unit = (m.groupdict().get("also") or m["unit"]).lower().rstrip("s")
        plural = m.string[m.end("unit") : m.end("unit") + 1].lower() == "s"
        if not m.groupdict().get("also") and not plural and unit != "fortnight":
            # one unit, not a vague many: "within the next month", "in the coming year",
            # "in the week ahead"
            one: date = on + _ONE[unit]
            return one
        if unit not in _VAGUE:
            return None
        soon: date = on + _VAGUE[unit]
        return soon
    if m.group(0)[:3].lower() == "in " and _RECORD_BEFORE.search(
        m.string, max(0, m.start() - 80), m.start()
    ):
        raise _NotADeadline  # "the worst flooding in 50 years": a record, looking back
    count_text = m["n"].lower()
    count = int(count_text) if count_text.isdigit() else _NUMBERS[count_text]
    unit = m["unit"].lower()
    delta = {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "fortnight": relativedelta(weeks=2 * count),
        "month": relativedelta(months=count),
        "year": relativedelta(years=count),
        "decade": relativedelta(years=10 * count),
    }[unit]
    due: date = on + delta
    return due


def _early_year(m: re.Match[str], on: date | None) -> date | None:
    """ "early 2021", "at the start of next year": the first quarter, so 31 March."""
    if m["year"]:
        return date(int(m["year"]), 3, 31)
    return None if on is None else date(on.year + 1, 3, 31)


_QUARTER_NAMES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


def _quarter(m: re.Match[str], on: date | None) -> date | None:
    """ "in Q1 next year", "by the third quarter of 2026": the quarter's last day."""
    if m["end"]:
        last = 3 * _QUARTER_NAMES[m["ord2"].lower()]
        return None if on is None else _next_on_or_after(on, lambda y: _month_end(y, last))
    quarter = int(m["q"]) if m["q"] else _QUARTER_NAMES[m["ord"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif on is None:
        return None
    else:
        year = on.year + (1 if (m["which"] or "").lower() == "next" else 0)
    return _month_end(year, 3 * quarter)


def _half(m: re.Match[str], on: date | None) -> date | None:
    if m["year"]:
        year = int(m["year"])
    elif on is None:
        return None
    else:
        year = on.year + (1 if m["which"].lower() == "next" else 0)
    return date(year, 6, 30) if m["half"].lower() == "first" else date(year, 12, 31)


def _mid_year(m: re.Match[str], on: date | None) -> date | None:
    """ "by mid-2026", "the middle of next year": 30 June."""
    if m["year"]:
        return date(int(m["year"]), 6, 30)
    if on is None:
        return None
    return date(on.year + (1 if m["which"].lower() == "next" else 0), 6, 30)


def _turn_of_year(m: re.Match[str], on: date | None) -> date | None:
    """ "around the turn of the year": the next 31 January."""
    return None if on is None else _next_on_or_after(on, lambda y: date(y, 1, 31))


def _new_year(m: re.Match[str], on: date | None) -> date | None:
    text = m.group(0).lower()
    if "early" not in text and "new" not in text:
        raise _NotADeadline  # plain "next year": the relative pattern's
    if on is None:
        return None
    return date(on.year + 1, 3, 31)


def _soon(m: re.Match[str], on: date | None) -> date | None:
    if on is None:
        return None
    text = m.group(0).lower()
    if "tomorrow" in text:
        tomorrow: date = on + relativedelta(days=1)
        return tomorrow
    if "weekend" in text:  # this weekend: by its Sunday
        sunday: date = on + relativedelta(days=(6 - on.weekday()))
        return sunday
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"]
    if unit is None:
        return on  # later today, this evening, after Question Time
    due: date = on + _VAGUE[unit.lower().rstrip("s")]
    return due


def _parliament(m: re.Match[str], on: date | None) -> date | None:
    """ "by the end of this Parliament": vague, as the guideline has it (a Parliament may be
    dissolved before its last day, so the day is not one the commitment is held to); the
    phrase is kept, with no date, so that a firmer date in the sentence ("…by the end of
    this Parliament, including 3,000 officers by the end of March 2026") is the deadline."""
    return None


# Each pattern comes with its clues: things a text must contain for the pattern to match
# ("digit", "month" or lower-case keywords, any one of which will do).  They are tested
# once per text, so the many patterns run only over the few texts that could hold them.
_DIGIT = ("digit",)
_MONTH_NAME = ("month-name",)
_UNITS = ("day", "week", "fortnight", "month", "year", "decade")

_PATTERNS: tuple[tuple[re.Pattern[str], Resolver, tuple[tuple[str, ...], ...]], ...] = (
    (
        re.compile(
            rf"(?:{_BY}|(?i:on)|{_END_OF}|{_WEEKDAY})\s+(?:the\s+)?"
            rf"(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?"
        ),
        _day_month,
        (_DIGIT, _MONTH_NAME),
    ),
    (
        re.compile(
            rf"(?:{_BY}|(?i:on))\s+{_MONTH}\s+"
            rf"(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
        ),
        _day_month,
        (_DIGIT, _MONTH_NAME),
    ),
    (
        re.compile(rf"(?:{_END_OF}|{_BY})\s+{_MONTH}\s+(?P<year>\d{{4}})"),
        _month_year,
        (_DIGIT, _MONTH_NAME),
    ),
    # "during August and September", "between June and September": due when the second ends
    (
        re.compile(
            rf"(?i:during|between|over|in|by)\s+{_MONTH}\s+(?i:and|to|or)\s+{_MONTH2}(?![\s,]+\d)"
        ),
        _month_range,
        (_MONTH_NAME,),
    ),
    # "By September next year", "in March this year": the month in the year named
    (
        re.compile(rf"(?:{_END_OF}|{_BY})\s+{_MONTH}\s+(?P<which>(?i:this|next))\s+(?i:year)\b"),
        _month_of_year_named,
        (_MONTH_NAME, ("this year", "next year")),
    ),
    (re.compile(rf"(?:{_END_OF}|{_BY})\s+{_MONTH}(?!\s+\d)"), _month_only, (_MONTH_NAME,)),
    # "next January", "by this December": the month named, the current one excluded by "next"
    (
        re.compile(rf"(?:{_BY}\s+)?(?P<which>(?i:this|next))\s+{_MONTH}(?![\s,]+\d)"),
        _this_or_next_month,
        (_MONTH_NAME,),
    ),
    # "After July, we will introduce…": what follows starts when the month is over
    (re.compile(rf"(?i:after)\s+{_MONTH}(?![\s,]+\d)"), _after_month, (_MONTH_NAME,)),
    (
        # "into tier 2 on Saturday", "from one minute past midnight on Saturday morning",
        # "is to take place this Wednesday" (a weekday that opens the sentence, "On Monday,
        # the Minister announced…", is left out: it is far more often the day of something
        # said or done)
        re.compile(
            r"(?<!^)(?:(?i:from|as\s+of|with\s+effect\s+from)\s+(?:[\w-]+\s+){0,5}?)?"
            r"(?:(?i:on|by|before|until|from)\s+(?:(?P<which>this|next|coming)\s+)?"
            r"|(?P<bare>this|next|coming)\s+)"
            rf"(?P<weekday>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\b(?![\s,]+\d|['’]s)"
        ),
        _weekday,
        (_WEEKDAYS,),
    ),
    (
        re.compile(
            r"(?i:(?:by|before|until|ahead\s+of|in\s+time\s+for|this\s+side\s+of)\s+(?:the\s+)?"
            r"(?:this\s+|next\s+)?(?P<feast>easter|christmas)(?:\s+recess)?)"
        ),
        _feast,
        (("easter", "christmas"),),
    ),
    (
        re.compile(
            r"(?i:(?:(?:by|in|during|over|before|until|later|ahead\s+of|" + _FROM + r")\s+)?"
            r"(?:(?P<which>the|this|next)\s+)?(?:(?P<part>early|late|mid)[\s-]+(?:in\s+the\s+)?)?"
            r"(?P<season>spring|summer|autumn|winter)"
            r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b(?![-–/]\d))?)\b"
            # the House's recesses have no fixed dates: "before the summer recess" is vague
            r"(?!\s+(?i:recess))"
        ),
        _season,
        (tuple(_SEASONS),),
    ),
    (
        re.compile(
            r"(?i:(?:(?:by|before|until|within|in|during|(?P<later>later(?:\s+in)?)|"
            + _COURSE_OF
            + "|"
            + _FROM
            + r")\s+)?"
            r"(?:(?:the\s+)?end\s+of\s+)?(?:(?P<which>this|next|the)\s+)"
            r"(?:current\s+|calendar\s+)?(?P<period>year|month|week|decade|financial\s+year)\b)"
        ),
        _relative,
        (("year", "month", "week", "decade"),),
    ),
    (
        re.compile(
            rf"(?:{_END_OF}|{_BY}|(?i:for))\s+(?:the\s+)?(?:financial\s+year\s+)?"
            # (not a title's year: "in the 2008-09 Statistics on International Development")
            rf"(?P<year>\d{{4}})[-–/](?:\d{{2}}|\d{{4}})\b(?!\s+(?!Budget\b|Spending\b)[A-Z][a-z])"
        ),
        _financial_year,
        (_DIGIT,),
    ),
    (
        re.compile(rf"(?:{_END_OF}|{_BY})\s+(?P<year>(?:19|20|21)\d\d)\b(?![-–/]\d)"),
        _year,
        (_DIGIT,),
    ),
    # "by the end of the 2020s": the decade's last day
    (
        re.compile(rf"(?:{_END_OF}|{_BY})\s+the\s+(?P<decade>(?:19|20|21)\d)0['’]?s\b"),
        _decade,
        (_DIGIT,),
    ),
    *(
        (re.compile(rf"(?i:{duration})"), _duration, (_UNITS,))
        for duration in (
            rf"(?:within|in|over|during)\s+(?:the\s+)?(?:next|coming|following)\s+"
            rf"(?:{_COUNT}\s+)?{_UNIT}(?:\s+(?:and|or)\s+(?P<also>weeks|months))?",
            rf"within\s+(?:a\s+)?{_COUNT}\s+{_UNIT}",
            rf"in\s+{_COUNT}\s+{_UNIT}(?:\s*'?\s*time)?",
            rf"over\s+(?:a|the)\s+{_COUNT}-{_UNIT}\s+period",
            rf"{_COUNT}\s+{_UNIT}\s+from\s+(?:now|today)",
            rf"(?:in|over|during)\s+the\s+(?:{_COUNT}\s+)?{_UNIT}\s+ahead",
        )
    ),
    (
        re.compile(
            r"(?i:(?:in\s+|by\s+|during\s+|over\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+"
            r"(?:(?P<which>this|next)\s+year|(?P<year>\d{4})))"
        ),
        _half,
        (("half",),),
    ),
    (
        re.compile(
            r"(?i:(?:(?:in|by|for)\s+)?(?:early\s+(?:in\s+)?|(?:at\s+|in\s+)?the\s+(?:start|beginning|early\s+part)\s+of\s+)"
            r"(?:(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)|(?:the\s+)?next\s+year))"
        ),
        _early_year,
        (("early", "start", "beginning"),),
    ),
    (
        re.compile(
            r"(?:(?i:in|by|during|before|for)\s+)?(?:Q(?P<q>[1-4])|(?i:the\s+(?P<ord>first|second|"
            r"third|fourth|last)\s+quarter))\s+(?i:of\s+)?(?:(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)"
            r"|(?i:(?P<which>this|next)\s+year))"
            # "by the end of the first quarter": the next such quarter to end
            r"|(?P<end>(?i:(?:by|before|at)\s+the\s+end\s+of\s+the\s+)(?P<ord2>first|second|third"
            r"|fourth|last)\s+quarter)\b(?!\s+of\b)"
        ),
        _quarter,
        (("q1", "q2", "q3", "q4", "quarter"),),
    ),
    (
        re.compile(
            rf"(?:(?i:in|by|for|during|until|before)\s+)?(?i:early|mid|late)[\s-]+"
            rf"{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d)\b)?(?![\s,]+\d{{1,2}}\b)"
        ),
        _part_of_month,
        (_MONTH_NAME, ("early", "mid", "late")),
    ),
    (
        re.compile(
            r"(?i:(?:(?:in|by|before|until|during|around)\s+)?(?:mid-?\s*|the\s+middle\s+of\s+)"
            r"(?:(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)|(?P<which>this|next)\s+year))"
        ),
        _mid_year,
        (("mid",),),
    ),
    (
        re.compile(r"(?i:(?:(?:by|at|around|before)\s+)?the\s+turn\s+of\s+the\s+year)"),
        _turn_of_year,
        (("turn",),),
    ),
    (
        re.compile(
            r"(?i:(?:(?:in|by)\s+)?(?:early\s+(?:in\s+)?(?:the\s+)?(?:new|next)\s+year"
            r"|the\s+new\s+year))"
        ),
        _new_year,
        (("new year", "early"),),
    ),
    (
        re.compile(
            r"(?i:\btomorrow\b|\blater\s+today\b|\bthis\s+(?:evening|afternoon|weekend)\b|\bat\s+the\s+weekend\b"
            r"|\b(?:after|following|at\s+the\s+end\s+of)\s+(?:Question\s+Time|questions|"
            r"(?:this|the)\s+debate|(?:these|today[’']s)\s+proceedings)\b"
            r"|\b(?:with)?in\s+a\s+matter\s+of\s+(?P<unit4>days|weeks|months)\b"
            r"|\b(?:in|over|within)\s+the\s+(?:next|coming)\s+(?P<few>few|couple\s+of)\s+"
            r"(?P<unit>days|weeks|months)\b|\bin\s+the\s+coming\s+(?P<unit2>days|weeks|months)\b"
            r"|\bin\s+a\s+(?:few|couple\s+of)\s+(?P<unit3>days|weeks|months)(?:['’]\s*time)?"
            # "within days": as "in the coming days" ("within weeks of the election" is not)
            r"|\bwithin\s+(?P<unit5>days|weeks|months)\b(?!\s+of\b))"
        ),
        _soon,
        (
            (
                "tomorrow",
                "today",
                "evening",
                "weekend",
                "afternoon",
                "question",
                "debate",
                "few",
                "coming",
                "couple",
                "following",
                "matter",
                "proceedings",
                "within",
            ),
        ),
    ),
    (
        re.compile(
            r"(?i:(?:by\s+|before\s+)?(?:the\s+end\s+of|within|during|in|over)\s+"
            r"(?:this|the)\s+(?:current\s+)?Parliament)\b"
        ),
        _parliament,
        (("parliament",),),
    ),
)

_ANY_DIGIT = re.compile(r"\d")
#: Every keyword clue of :data:`_PATTERNS` (the others are "digit" and "month-name").
_CLUE_WORDS = tuple(
    sorted(
        {w for _, _, clues in _PATTERNS for group in clues for w in group} - {"digit", "month-name"}
    )
)
# Every month name and abbreviation starts with one of these (case-sensitive, like _MONTH).
_ANY_MONTH = re.compile("|".join(sorted({name[:3] for name in _MONTHS})))


def _clues(text: str) -> frozenset[str]:
    """The clues present in ``text``, for :data:`_PATTERNS`."""
    low = lower_for_search(text)
    found = {word for word in _CLUE_WORDS if word in low}
    if _ANY_DIGIT.search(text):
        found.add("digit")
    if _ANY_MONTH.search(text):
        found.add("month-name")
    return frozenset(found)


# A duration measured from an event other than the debate: "within eight weeks of a claim".
_ANCHORED_ELSEWHERE = re.compile(
    r"\s+(?:of|after|from|following)\s+(?!now\b|today\b|this\s+statement\b)", re.IGNORECASE
)
# A duration the day after it pins down: "in a matter of days, on 14 December".
_DAY_NEXT = re.compile(
    r",?\s+(?:on|by|before)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r"|"
    + _MONTH2
    + r"\s+\d{1,2}\b)"
)


_START_CUE = re.compile(rf"(?i:{_FROM})\b")
_START_VERB_BEFORE = re.compile(
    r"(?i:\b(?:start|starts|starting|begin|begins|beginning|commence|commences|commencing"
    r"|embark|embarking)\b(?:\s+[\w-]+){0,2}\s*$)"
)
_START_VERB_AFTER = re.compile(
    r"(?i:^,?\s+(?:[\w-]+\s+){0,2}(?:will\s+|shall\s+|are\s+|is\s+)?"
    r"(?:embark|begin|start|commence)\w*\b)"
)
_PAST_VERB = re.compile(
    r"(?i:(?:\b(?P<aux>[\w’']+)\s+)?\b(?:[\w-]+ed|held|met|took|made|began|came|went|"
    r"ran|was|were|did|said|told|gave|wrote|spoke|sent)(?:\s+(?:it\s+)?(?:clear|out|plain|known"
    r"|public))?\s*$)"
)
_NOT_PAST_AUX = frozenset(
    {"be", "will", "to", "shall", "would", "must", "can", "being", "is", "are", "am", "get",
     "gets", "should", "may", "might", "could"}
)  # fmt: skip


def _starts(text: str, match: re.Match[str]) -> bool:
    """Whether a time phrase is a start: "from April", "starting next year", "it will
    begin in early 2010", "in 2010 we will embark on…", "starting work over the autumn"."""
    if _START_CUE.match(match.group(0)):
        return True
    before = text[max(0, match.start() - 40) : match.start()]
    if _START_VERB_BEFORE.search(before):
        return True
    return bool(_START_VERB_AFTER.match(text[match.end() : match.end() + 40]))


def _after_past_verb(text: str, at: int) -> bool:
    """A phrase right after a past verb ("closed on 7 October", "conducted over the
    summer", "as I made clear on 20 April"), which dates an event already over, unless the verb is a participle of
    something to come ("will be published next month")."""
    m = _PAST_VERB.search(text[max(0, at - 40) : at])
    return m is not None and (m["aux"] or "").lower() not in _NOT_PAST_AUX


# A time phrase set before what was done then: "At the end of April, we launched…".
_THEN_DONE = re.compile(
    r",?\s+(?:we|I|they|he|she|it|the\s+Government|the\s+Department"
    # a named doer: "On 10 April, the Prime Minister and Home Secretary outlined…"
    r"|(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|and|of|the)){0,6})\s+(?:also\s+|then\s+)?"
    r"(?P<verb>[a-z]+ed|held|met|took|made|began|set\s+out|went|sent|gave|wrote|spoke)\b"
)
_NOT_PAST = frozenset({"need", "feed", "proceed", "succeed", "exceed", "seed", "heed", "bleed"})


def _before_past_verb(text: str, end: int) -> bool:
    """A phrase right before what was done then ("At the end of April, we launched a
    consultation"), which dates that act, not the commitment after it."""
    m = _THEN_DONE.match(text, end)
    return m is not None and m["verb"] not in _NOT_PAST


def _first_day(
    match: re.Match[str], resolve: Resolver, due: date | None, on: date | None
) -> date | None:
    """The first day of the period a start phrase names, not before the debate (a
    period already begun starts on the day it is announced)."""
    if due is None:
        return None
    if resolve is _after_month:
        first = due + timedelta(days=1)
    elif resolve in (_day_month, _weekday):
        first = due
    elif resolve in (_month_year, _month_only, _month_of_year_named):
        first = due.replace(day=1)
    elif resolve is _year:
        first = date(due.year, 1, 1)
    elif resolve is _financial_year:
        first = date(due.year - 1, 4, 1)
    elif resolve is _season:
        name = match["season"].lower()
        first = (
            date(due.year - 1, 12, 1) if name == "winter" else date(due.year, _SEASONS[name][0], 1)
        )
    elif resolve is _relative:
        unit = match["period"].lower()
        if unit == "year":
            first = date(due.year, 1, 1)
        elif unit == "month":
            first = due.replace(day=1)
        elif unit == "week":
            first = due - relativedelta(days=6)
        elif unit == "decade":
            first = date(due.year - 9, 1, 1)
        else:
            first = date(due.year - 1, 4, 1)
    elif resolve in (_new_year, _turn_of_year):
        first = date(due.year, 1, 1)
    elif resolve is _mid_year:
        first = date(due.year, 6, 1)  # "from mid-2026": the year's middle months
    else:
        first = on if on is not None else due
    return max(first, on) if on is not None else first


@lru_cache(maxsize=1024)  # a few dozen clue sets occur: each decided once
def _possible(present: frozenset[str]) -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    """The patterns of :data:`_PATTERNS` whose clues ``present`` holds, in order."""
    return tuple(
        (pattern, resolve)
        for pattern, resolve, clues in _PATTERNS
        if all(present.intersection(any_of) for any_of in clues)
    )


def _whole_words(pattern: re.Pattern[str], match: re.Match[str], text: str) -> re.Match[str] | None:
    """``match``, or where the pattern matches from the next word when ``match`` begins
    inside one ("begin next year" holds "in next year": the phrase is "next year")."""
    if match.start() == 0 or not text[match.start() - 1].isalnum():
        return match
    space = text.find(" ", match.start(), match.end())
    return None if space < 0 else pattern.match(text, space + 1)


def find_deadlines(text: str, *, on: date | None = None) -> tuple[Deadline, ...]:
    """Every deadline phrase in ``text``, earliest first, overlapping matches merged."""
    candidates: list[Deadline] = []
    for pattern, resolve in _possible(_clues(text)):
        for found in pattern.finditer(text):
            match = _whole_words(pattern, found, text)
            if match is None:
                continue
            try:
                due = resolve(match, on)
            except _NotADeadline:
                continue
            except (ValueError, OverflowError):
                # No such day ("by 0 March"), or one past date.max ("within 999 decades"
                # of 9990): not a date anyone can be held to.
                continue
            if _after_past_verb(text, match.start()) or _before_past_verb(text, match.end()):
                continue  # "the consultation that closed on 7 October": history
            starts = resolve is _after_month or _starts(text, match)
            if (resolve is _duration and _ANCHORED_ELSEWHERE.match(text, match.end())) or (
                resolve in (_duration, _soon) and _DAY_NEXT.match(text, match.end())
            ):
                due = None
            elif due is not None and on is not None and due < on and not starts:
                continue  # a past date ("in February 2022") is a reference, not a deadline
            span = Span(match.start(), match.end())
            if starts:
                first = _first_day(match, resolve, due, on)
                candidates.append(Deadline(match.group(0), span, None, "start", first))
            else:
                candidates.append(Deadline(match.group(0), span, due))
    candidates.sort(key=lambda d: (d.span.start, -(d.span.end - d.span.start)))
    chosen: list[Deadline] = []
    for candidate in candidates:
        if chosen and candidate.span.start < chosen[-1].span.end:
            continue
        if (
            chosen
            and chosen[-1].kind == "start"
            and not text[chosen[-1].span.end : candidate.span.start].strip()
        ):
            continue  # "from April next year": the year belongs to the start
        chosen.append(candidate)
    return tuple(chosen)


def find_deadline(text: str, *, on: date | None = None) -> Deadline | None:
    """The first deadline phrase in ``text`` (preferring one that resolves), or None;
    starts are not deadlines."""
    found = tuple(d for d in find_deadlines(text, on=on) if d.kind == "deadline")
    for deadline in found:
        if deadline.due is not None:
            return deadline
    return found[0] if found else None


def resolve_deadline(phrase: str, *, on: date | None = None) -> date | None:
    """The date a single phrase resolves to ("by March 2023" → 2023-03-31), or None."""
    deadline = find_deadline(phrase, on=on)
    return deadline.due if deadline is not None else None
