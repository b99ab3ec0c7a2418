"""Real input from the wild, evaluated: a small corpus made of our own fixtures, then the
real one (skipped when absent)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.evaluate import wild
from tests.golden.cases import GOLDEN

#: Our golden transcripts, laid out as the shared corpus lays out the real files.
_WILD = {
    "twfy": [GOLDEN / "twfy" / "wrans-lords" / "lordswrans2009-10-29a.xml"],
    "akn": [GOLDEN / "akoma_ntoso" / "za-committee" / "EPC110512.xml"],
}
_PARLAMINT = GOLDEN / "parlamint" / "es-ga-list"
_PAGES = [
    GOLDEN / "parallel_parliament" / "member-vs-member" / "member-vs-member.txt",
    GOLDEN / "parallel_parliament" / "whitespace" / "whitespace.txt",
]
#: A page copied so that its speaker lines ran into the text: no "Portrait" line left.
_FLATTENED = (
    "Farming: Northern Ireland\n\n"
    "Tuesday 4th March 2025\n\n(9 months ago)\n\n"
    "Westminster HallI thank the Minister for meeting farmers from my constituency last "
    "month. I was glad to do so, and I will write to him about the grant scheme.\n"
)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for family, files in _WILD.items():
        folder = root / wild.WILD / family
        folder.mkdir(parents=True)
        for f in files:
            shutil.copy(f, folder / f.name)
    folder = root / wild.WILD / "parlamint" / "es-ga"
    folder.mkdir(parents=True)
    for f in _PARLAMINT.glob("*.xml"):
        shutil.copy(f, folder / f.name)
    (root / wild.WILD / "akn" / "minutes.txt").write_text("Minutes of a parish meeting.\n")
    pages = root / wild.PAGES
    pages.mkdir()
    for f in _PAGES:
        shutil.copy(f, pages / f.name)
    (pages / "flattened.txt").write_text(_FLATTENED)
    return root


@pytest.fixture(scope="module")
def report(small_corpus: Path) -> wild.Report:
    return wild.evaluate(small_corpus)


def _row(report: wild.Report, name: str) -> wild.Row:
    (row,) = [r for r in report.rows if r.input.endswith(name)]
    return row


def test_every_input_has_one_row(report: wild.Report) -> None:
    assert [r.input for r in report.rows] == [
        "wild/akn/EPC110512.xml",
        "wild/akn/minutes.txt",
        "wild/parlamint/es-ga",
        "wild/twfy/lordswrans2009-10-29a.xml",
        "parallel_parliament_pages/flattened.txt",
        "parallel_parliament_pages/member-vs-member.txt",
        "parallel_parliament_pages/whitespace.txt",
    ]
    assert report.skipped == ()


def test_built_files_count_their_speeches_against_the_source_and_validate(
    report: wild.Report,
) -> None:
    built = [r for r in report.rows if r.built]
    assert len(built) == 5
    for row in built:
        assert row.source_count and row.speeches == row.source_count, row
        assert row.validate == "pass", row.problems
        assert row.errors == []


def test_a_body_without_a_registry_keeps_names_and_says_why(report: wild.Report) -> None:
    row = _row(report, "EPC110512.xml")
    assert row.bodies == ["National Assembly of South Africa"]
    assert row.linked == {} and row.westminster_outside == 0
    assert list(row.name_only) == ["no registry for National Assembly of South Africa"]
    assert row.name_only["no registry for National Assembly of South Africa"] == row.speakers


def test_a_parlamint_folder_links_to_its_own_list(report: wild.Report) -> None:
    row = _row(report, "es-ga")
    assert row.bodies == ["Parliament of Galicia"]
    assert row.linked == {"Parliament of Galicia": row.speakers} and row.speakers > 0


def test_westminster_speakers_are_named_and_may_be_unknown(report: wild.Report) -> None:
    row = _row(report, "lordswrans2009-10-29a.xml")
    assert row.bodies == ["House of Lords"]
    assert row.named == row.speeches and sum(row.name_only.values()) == row.speakers


def test_refusals_carry_the_readers_reason(report: wild.Report) -> None:
    assert wild.outcome(_row(report, "minutes.txt")).startswith(
        "refused: not a recognised transcript format"
    )
    flattened = _row(report, "flattened.txt")
    assert wild.outcome(flattened).startswith("refused: flattened text")
    assert flattened.validate.startswith("not run") and flattened.source_count == 0


def test_the_page_count_does_not_use_the_reader() -> None:
    item = wild.Input("p.txt", wild.PAGE_FAMILY, _PAGES[1])
    assert wild.source_count(item, ()) == 3  # the whitespace layout: indented lines
    item = wild.Input("p.txt", wild.PAGE_FAMILY, _PAGES[0])
    text = _PAGES[0].read_text()
    assert wild.source_count(item, ()) == text.count(" Portrait ")


def test_report_text_and_json(report: wild.Report) -> None:
    text = wild.format_report(report)
    assert "| wild/akn/EPC110512.xml | built | National Assembly of South Africa |" in text
    assert "westminster speakers outside westminster: 0" in text
    data = json.loads(json.dumps(wild.as_json(report)))
    assert data["summary"] == {
        "inputs": 7,
        "built": 5,
        "refused": 2,
        "validated": 5,
        "speech counts equal": 5,
        "westminster speakers outside westminster": 0,
    }


def test_cli(small_corpus: Path, tmp_path: Path) -> None:
    args = ["evaluate", "--part", "wild", "--no-shacl", "--format", "json"]
    result = CliRunner().invoke(cli, [*args, "--corpus", str(small_corpus)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["wild"]["summary"]["built"] == 5
    result = CliRunner().invoke(cli, [*args, "--corpus", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "no wild/ folder" in json.loads(result.output)["wild"]["skipped"]


def test_the_real_corpus(corpus: Path) -> None:
    """Every real file builds or is refused with a reason; every store validates
    (integrity here, and the shapes too on one input per family: all of them take
    minutes, benchmarks/results/wild.md); nobody outside Westminster is linked to a
    Westminster entry."""
    if not (corpus / wild.WILD).is_dir() or not (corpus / wild.PAGES).is_dir():
        pytest.skip(f"no {wild.WILD}/ or {wild.PAGES}/ under {corpus}")
    found = wild.evaluate(corpus, shacl=False)
    for row in found.rows:
        if row.built:
            assert row.validate == "pass", (row.input, row.problems)
            assert row.speeches == row.source_count, row
        else:
            assert row.errors, row.input  # a reason, not silence
            assert row.family == wild.PAGE_FAMILY, row  # every real XML file builds
        assert row.westminster_outside == 0, row
        # A build error on a built input is the one published malformed list.
        assert all("listPerson" in e for e in row.errors) or not row.built, row
    assert sum(r.built for r in found.rows) >= 0.9 * len(found.rows)
    items, _ = wild.inputs(corpus)
    built = {r.input for r in found.rows if r.built}
    first = {i.family: i for i in reversed(items) if i.name in built}
    for item in first.values():
        assert wild.evaluate_input(item, shacl=True).validate == "pass", item
