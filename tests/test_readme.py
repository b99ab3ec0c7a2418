"""The README says what the code does: its list of named queries is ``query --list``'s."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from graph.cli import cli
from graph.queries import named_queries
from graph.sources import read_path
from tests.conftest import REPO

#: Where the README's list of named queries starts and ends.
START = "Named queries (`debate-kg query --list`"
END = "\n\nParameters are filters"
#: A named query's name in backticks (parameters and commands have spaces or "=").
NAME = re.compile(r"`([a-z]+(?:-[a-z]+)*)`")


def readme_query_names() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(START)
    return NAME.findall(text[start : text.index(END, start)])


def listed_query_names() -> list[str]:
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0, result.output
    return [line.split()[0] for line in result.output.splitlines() if line.strip()]


def test_readme_lists_every_named_query_once() -> None:
    readme = readme_query_names()
    listed = listed_query_names()
    assert sorted(listed) == sorted(named_queries())
    assert len(readme) == len(set(readme)), f"named twice in the README: {readme}"
    missing, unknown = set(listed) - set(readme), set(readme) - set(listed)
    assert not missing and not unknown, (
        f"README.md's named queries differ from `debate-kg query --list`: "
        f"missing {sorted(missing)}, not a named query {sorted(unknown)}"
    )


def test_the_parallel_parliament_example_reads_as_the_readme_says(tmp_path: Path) -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index("Monday 3rd March 2025\n\n(9 months ago)")
    page = tmp_path / "page.txt"
    page.write_text(text[start : text.index("```", start)], encoding="utf-8")
    (debate,) = read_path(page).debates
    assert (debate.title, debate.house) == ("Oral Answers to Questions", "House of Commons")
    assert [
        (s.speaker.name, s.speaker.office, s.speaker.constituency, s.speaker.party)
        for s in debate.speeches
    ] == [
        ("Mark Pritchard", None, "The Wrekin", "Con"),
        ("Alison McGovern", "The Minister for Employment", None, None),
        ("Mark Pritchard", None, None, None),
    ]
