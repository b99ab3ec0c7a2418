"""Pages without speaker lines that cannot be read: refused, saying which kind and why.

Live-transcript pages (auto-captions), flattened copies (the speaker lines are gone and
the location runs into the text) and pages listing office holders.  A refusal names any
speaker the page still shows.
"""

from __future__ import annotations

from pathlib import Path

from graph.errors import SourceError
from graph.sources.parallel_parliament.lines import GLUED, LIVE, ROSTER, Line
from graph.sources.parallel_parliament.speakers import bare_speaker


def refuse_unreadable(path: Path, lines: list[Line]) -> None:
    """Refuse a page without speaker lines that is one of the kinds that cannot be read
    (live captions, a flattened copy, a roster of office holders), saying which and what
    it still shows.  Other pages without speaker lines may still hold debate headers."""
    texts = [line.text.strip() for line in lines]
    if any(LIVE.search(t) for t in texts):
        raise SourceError(
            path,
            "a 'Live Transcript' page: auto-captions without speaker lines (the page warns "
            "that its cited speaker may be wrong), so no speech can be attributed",
        )
    if sum(1 for t in texts if ROSTER.search(t)) >= 2 or "Portrait" in texts:
        raise SourceError(
            path, "not a debate: a page listing office holders (a department or member page)"
        )
    if any(GLUED.match(t) for t in texts) or any(bare_speaker(t) for t in texts):
        shown = _still_shown(texts)
        also = f"; the page still shows {', '.join(shown)}" if shown else ""
        raise SourceError(
            path,
            "flattened text: the speaker lines were lost when the page was copied (no "
            f"'NAME Portrait …' lines), so its speeches cannot be attributed{also}",
        )


def _still_shown(texts: list[str]) -> list[str]:
    """Speakers a flattened page still names: bare speaker lines, and the member whose
    excerpt page it is ("Main Page: NAME (…)")."""
    shown = []
    for t in texts:
        if t.startswith("Main Page:"):
            who = t.removeprefix("Main Page:").strip()
            who = who[: who.index(")") + 1] if ")" in who else who  # text may run on after it
            shown.append(f"the member whose page it is ({who})")
        elif bare_speaker(t):
            shown.append(f"a speaker line {t!r}")
    return shown
