"""``debate-kg build`` on a ParlaMint corpus folder as published, and on sittings in
other languages: the corpus's lists become its registry, a bad list is one error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures"
CORPUS = FIXTURES / "ParlaMint-SI"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _rows(runner: CliRunner, store: str, sparql: str) -> list[dict[str, str]]:
    result = runner.invoke(cli, ["query", "--store", store, "--format", "json", sparql])
    assert result.exit_code == 0, result.output
    return [
        {k: v["value"] for k, v in row.items()}
        for row in json.loads(result.output)["results"]["bindings"]
    ]


SPEAKERS = """SELECT ?name ?person ?house WHERE {
  ?d dkg:house ?h . ?h rdfs:label ?house . ?s dkg:debate ?d ; dkg:speaker ?person .
  ?person foaf:name ?name } ORDER BY ?s"""


def test_a_corpus_folder_builds_with_its_lists_as_its_registry(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = str(tmp_path / "store")
    result = runner.invoke(cli, ["build", str(CORPUS), "--store", store])
    assert result.exit_code == 0, result.output
    assert "registry: ParlaMint-SI-listPerson.xml: parlamint-listperson: 2 people" in result.output
    assert "built 1 of 1 file(s)" in result.output
    # what the root includes but the folder lacks is said, once
    assert result.output.count("1 file(s) it includes are not in its folder") == 1
    # the language notice, once
    assert result.output.count("not in English") == 1
    assert "sl (1)" in result.output and "offices, mentions, commitments" in result.output
    rows = _rows(runner, store, SPEAKERS)
    assert {r["house"] for r in rows} == {"National Assembly of Slovenia"}
    linked = {r["name"]: r["person"] for r in rows}
    # linked by the source's ids to the people of the corpus's own list
    assert "/person/parlamint/" in linked["Igor Zorčič"]
    assert "/person/parlamint/" in linked["Primož Siter"]
    assert "/person/parlamint/" not in linked["Branko Simonovič"]  # not in the list: by name
    assert result.output.count("registry:") == 2  # both lists, each once

    again = runner.invoke(cli, ["build", str(CORPUS), "--store", store])
    assert again.exit_code == 0, again.output
    assert "registry:" not in again.output  # the same lists are not imported again
    assert "1 unchanged" in again.output


def test_a_malformed_list_is_one_error_and_the_sittings_still_build(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "ParlaMint-SI"
    shutil.copytree(CORPUS, folder)
    people = folder / "ParlaMint-SI-listPerson.xml"
    text = people.read_text(encoding="utf-8")
    people.write_text(text[: len(text) // 2], encoding="utf-8")  # cut short
    store = str(tmp_path / "store")
    result = runner.invoke(cli, ["build", str(folder), "--store", store])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "not well-formed XML" in errors[0] and people.name in errors[0]
    assert "built 1 of 1 file(s)" in result.output
    names = {r["name"] for r in _rows(runner, store, SPEAKERS)}
    assert {"Igor Zorčič", "Primož Siter", "Branko Simonovič"} <= names


def test_a_hostile_include_is_refused_and_the_rest_built(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "ParlaMint-SI"
    shutil.copytree(CORPUS, folder)
    root = folder / "ParlaMint-SI.xml"
    root.write_text(
        root.read_text(encoding="utf-8").replace(
            "</teiCorpus>", '<xi:include href="../../etc/passwd"/></teiCorpus>'
        ),
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["build", str(root), "--store", str(tmp_path / "store")])
    assert result.exit_code == 2, result.output
    assert "'../../etc/passwd' leads outside the corpus folder; not followed" in result.output
    assert "built 1 of 1 file(s)" in result.output


def test_shards_say_the_lists_were_not_imported(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(CORPUS), "--shards", str(tmp_path / "shards")])
    assert result.exit_code == 0, result.output
    assert "corpus lists not imported (--shards writes no store)" in result.output
    assert "debate-kg members import" in result.output


def test_english_sittings_get_no_language_notice(runner: CliRunner, tmp_path: Path) -> None:
    sitting = FIXTURES / "parlamint" / "2021" / "ParlaMint-XX_2021-01-02-commons.xml"
    result = runner.invoke(cli, ["build", str(sitting), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "not in English" not in result.output


def test_a_build_says_how_many_speakers_the_registry_could_not_place(
    runner: CliRunner, tmp_path: Path
) -> None:
    # nobody on this page is in the built-in registry: their roles rest on printed offices
    page = Path(__file__).parents[2] / "golden" / "parallel_parliament" / "member-excerpt"
    result = runner.invoke(cli, ["build", str(page), "--store", str(tmp_path / "page")])
    assert result.exit_code == 0, result.output
    assert "the member registry could not place" in result.output
    assert "debate-kg members import" in result.output
    # the seed's speakers are all in it: nothing to say
    seeds = Path(__file__).parents[3] / "seeds"
    result = runner.invoke(cli, ["build", str(seeds), "--store", str(tmp_path / "seeds")])
    assert result.exit_code == 0, result.output
    assert "could not place" not in result.output
