"""Status reports: sentences that say how an undertaking stands.

"We have now published the strategy", "the £2 billion programme is on track",
"the review has been delayed to the spring", "as I announced in March, …": each is
a :class:`~graph.records.StatusReport` with a status (see
:data:`graph.vocab.kinds.FollowUpStatus`).  This module reads one speech's text and
nothing else; which earlier commitment a report is about is decided when the whole
store is known (:mod:`graph.followups`), so a report that matches nothing stays a
report and links to nothing.

The patterns are few and strict on purpose: a status word alone ("delivered",
"delay") is everywhere in debate, so each pattern needs the grammar of a report on
one's own undertaking: a perfect or a present of state after a subject, or "as I
announced".  Questions and conditionals are never reports.

>>> [(r.status, r.cue) for r in find_reports(
...     "We have now published the road map. Will she say when? The fund is on track.")]
[('delivered', 'We have now published'), ('progress', 'is on track')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.extract.scan import predicate, required
from graph.extract.sentences import lower_for_search, split_sentences
from graph.records import Span, StatusReport
from graph.vocab.kinds import FollowUpStatus

_DONE_VERBS = (
    r"published|launched|delivered|introduced|opened|completed|established|set\s+up|laid|"
    r"appointed|allocated|paid|distributed|implemented|brought\s+forward|made\s+available|"
    r"legislated|signed|rolled\s+out|awarded|met|achieved|fulfilled|honoured"
)
# A passive needs a verb that finishes something; "has been paid" or "awarded" tells of
# anyone's money or contracts, not of an undertaking done.
_DONE_PASSIVE = (
    r"published|launched|delivered|completed|opened|implemented|established|set\s+up|laid|"
    r"introduced|rolled\s+out|brought\s+forward"
)
_SUBJECT = r"(?:we|I|the\s+government|the\s+department|my\s+department|the\s+[a-z]+\s+office)"

#: Status patterns, most telling first: a sentence gets the first status that matches.
_SOURCES: tuple[tuple[FollowUpStatus, str], ...] = (
    (
        "dropped",
        r"\b(?:has|have)\s+(?:now\s+)?been\s+(?:dropped|scrapped|abandoned|shelved|cancell?ed)\b"
        r"|\b(?:will|shall)\s+not\s+(?:now\s+)?(?:be\s+)?(?:proceeding|proceed|going\s+ahead|go\s+ahead)\b"
        rf"|\b{_SUBJECT}\s+(?:have|has)\s+decided\s+not\s+to\b",
    ),
    (
        "delayed",
        r"\b(?:has|have)\s+(?:now\s+|had\s+to\s+be\s+)?been\s+(?:delayed|postponed|deferred|"
        r"put\s+back|pushed\s+back|rescheduled)\b"
        r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:delayed|postponed|deferred)\s+(?:to|until|till)\b"
        r"|\bwill\s+now\s+(?:be\s+)?(?:published|laid|introduced|launched|take\s+place|report)\s+"
        r"(?:in|by|later|next)\b",
    ),
    (
        "delivered",
        rf"\b{_SUBJECT}\s+(?:have|has)\s+(?:now\s+|also\s+|already\s+|today\s+|just\s+|recently\s+|"
        rf"successfully\s+){{0,2}}(?:{_DONE_VERBS})\b"
        rf"|\b(?:has|have)\s+(?:now\s+|already\s+){{0,2}}been\s+(?:{_DONE_PASSIVE})\b"
        r"|\b(?:came|comes|has\s+come|have\s+come)\s+into\s+force\b"
        r"|\b(?:is|are)\s+now\s+(?:in\s+force|up\s+and\s+running|operational|in\s+place)\b",
    ),
    (
        "progress",
        r"\b(?:is|are|remains?)\s+(?:still\s+|firmly\s+|well\s+){0,2}on\s+(?:track|course|"
        r"schedule|target)\b"
        r"|\b(?:we\s+are|we’re|we're)\s+making\s+(?:good\s+|significant\s+|real\s+|"
        r"excellent\s+|rapid\s+|steady\s+|great\s+)?progress\b"
        r"|\b(?:is|are)\s+(?:now\s+|already\s+|well\s+){1,2}under\s*way\b"
        rf"|\b{_SUBJECT}\s+(?:have|has)\s+(?:now\s+|already\s+){{0,2}}(?:started|begun)\b",
    ),
    (
        "repeated",
        r"\bas\s+(?:I|we|the\s+government|the\s+prime\s+minister|the\s+chancellor)\s+"
        r"(?:have\s+|has\s+|had\s+)?(?:previously\s+|already\s+)?(?:announced|set\s+out|"
        r"told\s+the\s+house|committed|promised|pledged|confirmed)\b"
        r"|\bas\s+(?:previously\s+|already\s+)(?:announced|promised|committed|pledged)\b"
        r"|\bas\s+(?:announced|promised|pledged)\s+(?:in|on|at|last|earlier)\b"
        r"|\bI\s+(?:can\s+)?(?:re-?confirm|reiterate)\b"
        # "as I said" points back only with the occasion it names: alone it is as often
        # the same speech's words a minute before
        r"|\bas\s+I\s+(?:have\s+|had\s+)?(?:said|made\s+(?:plain|clear)|explained|indicated)\s+"
        r"(?:to\s+the\s+(?:House|Committee)\s+)?(?:in\s+(?:my|oral|the\s+House)\s+(?:\w+\s+)?"
        r"(?:statement|questions|answer|letter|speech)|last\s+(?:night|week)|yesterday"
        r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)|a\s+few\s+days\s+ago)\b",
    ),
)
_PATTERNS = tuple((status, re.compile(source, re.IGNORECASE)) for status, source in _SOURCES)
# Each pattern with what its matches contain, worked out from it (see graph/extract/scan.py).
_Check = tuple[FollowUpStatus, re.Pattern[str], Callable[[str], bool]]
_CHECKS: tuple[_Check, ...] = tuple((s, p, predicate(required(p))) for s, p in _PATTERNS)

# A report is a statement of one's own: a question, a condition or another's hope is not.
_NOT_A_REPORT = re.compile(
    r"\?\s*$|^\s*(?:if|unless|whether|why|when|how|what|will|would|could|can|does|do|has|have|is)\b"
    r"|\b(?:if|unless|would|should|could|might)\s+(?:we|the\s+government|they|it)\b",
    re.IGNORECASE,
)
# The words without which no pattern can match: a speech without any is skipped at once.
_CLUES = re.compile(
    r"\b(?:have|has|will|shall|is|are|remains?|as|reconfirm|re-confirm|reiterate|came|comes)\b",
    re.IGNORECASE,
)


def report_status(sentence: str) -> tuple[FollowUpStatus, str] | None:
    """The status a sentence reports and the words that say it, or None.

    >>> report_status("The consultation has been delayed to the autumn.")
    ('delayed', 'has been delayed')
    >>> report_status("As I announced in March, we will fund 50 new hubs.")
    ('repeated', 'As I announced')
    >>> report_status("Has the Minister published the report?") is None
    True
    """
    return _status(sentence, _CHECKS, None)


def _status(
    sentence: str, checks: tuple[_Check, ...], lowered: str | None
) -> tuple[FollowUpStatus, str] | None:
    """:func:`report_status` trying only ``checks``, and (given the sentence ``lowered``,
    :func:`~graph.extract.sentences.lower_for_search`) only those whose words it holds;
    the (rarely needed) test for a question or condition comes after a status is found,
    which gives the same answer."""
    for status, pattern, need in checks:
        if lowered is not None and not need(lowered):
            continue
        found = pattern.search(sentence)
        if found is not None:
            if _NOT_A_REPORT.search(sentence):
                return None
            return status, " ".join(found.group(0).split())
    return None


def find_reports(text: str) -> tuple[StatusReport, ...]:
    """Every sentence of a speech that reports how an undertaking stands, in order.

    Each pattern comes with the words its matches need (:func:`graph.extract.scan.required`):
    a pattern runs only over sentences holding them, after the speech as a whole was
    found to hold them (usually it does not, for any pattern).
    """
    if not _CLUES.search(text):
        return ()
    lowered = lower_for_search(text)
    checks = tuple(check for check in _CHECKS if check[2](lowered))
    if not checks:
        return ()
    found = []
    for span in split_sentences(text):
        sentence = text[span.start : span.end]
        status = _status(sentence, checks, lower_for_search(sentence))
        if status is not None:
            found.append(StatusReport(Span(span.start, span.end), sentence, *status))
    return tuple(found)
