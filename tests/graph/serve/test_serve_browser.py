"""The page in a real headless browser: it loads, runs a named query with fetch(), shows rows."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.graph.serve.conftest import Endpoint

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(f"no headless browser found (looked for {', '.join(BROWSERS)})")


class Sections(HTMLParser):
    """Each query section's state and the text of its result table's body cells, by row."""

    def __init__(self) -> None:
        super().__init__()
        self.state: dict[str, str] = {}
        self.rows: dict[str, list[list[str]]] = {}
        self._section: str | None = None
        self._in_body = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section" and a.get("data-name"):
            self._section = a["data-name"]
            self.state[self._section] = a.get("data-state") or ""
            self.rows[self._section] = []
        elif self._section and tag == "tbody":
            self._in_body = True
        elif self._section and self._in_body and tag == "tr":
            self.rows[self._section].append([])
        elif self._section and self._in_body and tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None and self._section:
            self.rows[self._section][-1].append("".join(self._cell))
            self._cell = None
        elif tag == "tbody":
            self._in_body = False
        elif tag == "section":
            self._section = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_page_runs_a_named_query_in_a_browser(endpoint: Endpoint, tmp_path: Path) -> None:
    dom = subprocess.run(
        [
            browser(),
            "--headless",
            "--no-sandbox",  # tests may run as root
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=15000",
            "--dump-dom",
            endpoint.url + "?run=debates",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    page = Sections()
    page.feed(dom)
    assert page.state["debates"] == "done", dom[-2000:]
    rows = page.rows["debates"]
    assert len(rows) == 4
    titles = {row[1] for row in rows}
    assert "Child Sexual Exploitation and Abuse" in titles
    assert all(row[0].startswith("https://w3id.org/debate-kg/id/debate/") for row in rows)
    # Only the query asked for ran.
    assert {name for name, state in page.state.items() if state} == {"debates"}
