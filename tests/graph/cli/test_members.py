"""``debate-kg members``: import registry files into a store, report, fail clearly, answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.queries import bind, named_query
from graph.store import Store
from tests.conftest import SEED
from tests.graph.link.registry_fixture import write_registry, write_sitting

REGISTRY_FIXTURES = Path(__file__).parents[1] / "registry" / "fixtures"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_members_has_help(runner: CliRunner) -> None:
    for args in (["members", "--help"], ["members", "import", "--help"], ["members", "who", "-h"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0 and len(result.output.splitlines()) > 4


def test_import_reports_each_file(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    files = [str(REGISTRY_FIXTURES / n) for n in ("people.xml", "all-members.xml")]
    result = runner.invoke(cli, ["members", "import", *files, "--store", store])
    assert result.exit_code == 0, result.output
    assert "people.xml: parlparse-people:" in result.output
    assert "all-members.xml: parlparse-all-members:" in result.output
    assert "imported 2 of 2 file(s)" in result.output


def test_a_bad_file_is_one_clear_line_and_the_others_import(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = str(tmp_path / "store")
    bad, good = REGISTRY_FIXTURES / "broken.xml", write_registry(tmp_path)
    result = runner.invoke(cli, ["members", "import", str(bad), str(good), "--store", store])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}")
    assert "imported 1 of 2 file(s)" in result.output


def test_a_build_after_an_import_relinks_without_force(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    sources = [str(SEED.parent), str(write_sitting(tmp_path))]
    sam = "SELECT ?p WHERE { ?s dkg:speaker ?p ; dkg:attribution ?a FILTER CONTAINS(?a, 'Sam') }"

    def sam_is() -> list[str]:
        with Store.open(store, read_only=True) as opened:
            return [r[0].value for r in opened.query(sam)]  # type: ignore[index,union-attr]

    first = runner.invoke(cli, ["build", *sources, "--store", store])
    assert first.exit_code == 0 and "built 2 of 2 file(s)" in first.output, first.output
    assert sam_is() == ["https://w3id.org/debate-kg/id/person/sam-minister"]

    imported = runner.invoke(
        cli, ["members", "import", str(write_registry(tmp_path)), "--store", store]
    )
    assert imported.exit_code == 0, imported.output
    assert "rebuilt by the next 'debate-kg build'" in imported.output

    second = runner.invoke(cli, ["build", *sources, "--store", store])
    assert second.exit_code == 0, second.output
    assert "built 2 of 2 file(s)" in second.output and "unchanged" not in second.output
    assert sam_is() == ["https://w3id.org/debate-kg/id/person/twfy/90002"]

    third = runner.invoke(cli, ["build", *sources, "--store", store])
    assert "built 0 of 2 file(s)" in third.output and "2 unchanged" in third.output

    same = runner.invoke(
        cli, ["members", "import", str(tmp_path / "test-registry.tsv"), "--store", store]
    )
    assert same.exit_code == 0 and "rebuilt" not in same.output  # the same registry


def test_who(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    runner.invoke(cli, ["members", "import", str(write_registry(tmp_path)), "--store", store])
    office = runner.invoke(
        cli,
        [
            "members",
            "who",
            "--office",
            "Chancellor of the Exchequer",
            "--on",
            "2020-01-02",
            "--store",
            store,
        ],
    )
    assert office.exit_code == 0 and office.output.startswith("Sam Minister\ttwfy/90002")
    party = runner.invoke(
        cli,
        ["members", "who", "--party-of", "Renée Example", "--on", "2020-01-02", "--store", store],
    )
    assert party.exit_code == 0 and party.output.startswith("Labour\ttwfy/90001")


@pytest.mark.corpus
def test_home_secretary_on_2020_12_14_in_sparql(corpus: Path, tmp_path: Path) -> None:
    members = corpus / "parlparse_members"
    if not (members / "ministers-2010.json").is_file():
        pytest.skip("parlparse_members/ministers-2010.json not in the corpus")
    result = CliRunner().invoke(
        cli,
        [
            "members",
            "import",
            str(members / "ministers-2010.json"),
            str(members / "people.xml"),
            "--store",
            str(tmp_path / "store"),
        ],
    )
    assert result.exit_code == 0, result.output
    with Store.open(tmp_path / "store", read_only=True) as store:
        # any name the office goes by, in any case, is found by its lookup key
        for office in (
            "Home Secretary",
            "home secretary",
            "SECRETARY OF STATE FOR THE HOME DEPARTMENT",
        ):
            text = bind(
                named_query("office-holder-on-date").text, {"office": office, "on": "2020-12-14"}
            )
            rows = list(store.query(text))  # type: ignore[arg-type]
            names = {r["name"].value for r in rows}  # type: ignore[index,union-attr]
            assert names == {"Priti Patel"}, office


@pytest.mark.corpus
def test_party_of_jeremy_corbyn_on_2021_12_01(corpus: Path, tmp_path: Path) -> None:
    members, lists = corpus / "parlparse_members", corpus / "twfy_debates_2016_2021" / "mp_lists"
    files = [members / "people.xml", members / "all-members.xml", lists / "2021-12-01_mp_list.csv"]
    if not all(f.is_file() for f in files):
        pytest.skip("people.xml, all-members.xml or the 2021-12-01 MP list missing")
    store = Store.memory()
    from graph.registry.rdf import import_files

    import_files(store, files)
    text = bind(named_query("party-on-date").text, {"member": "Jeremy Corbyn", "on": "2021-12-01"})
    rows = list(store.query(text))  # type: ignore[arg-type]
    first = rows[0]
    assert first["party"].value == "Independent" and first["snapshot"].value == "true"  # type: ignore[index,union-attr]


def test_build_summary_counts_people_in_debates_apart_from_the_registry(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The registry knows six people; four of them speak, vote or are mentioned."""
    store = str(tmp_path / "store")
    imported = runner.invoke(
        cli, ["members", "import", str(write_registry(tmp_path)), "--store", store]
    )
    assert imported.exit_code == 0, imported.output
    built = runner.invoke(cli, ["build", str(write_sitting(tmp_path)), "--store", store])
    assert built.exit_code == 0, built.output
    counts = {}
    for line in built.output.splitlines():
        if line.startswith("  "):
            label, _, value = line.strip().rpartition(" ")
            counts[label.strip()] = int(value)
    # Sam Minister, Fran Treasury and Pat Mover speak; Pat Mover and Renée Example vote;
    # the two David Joneses are ambiguous, so neither is linked.
    assert counts["people in debates"] == 4
    assert counts["people, all"] == 6
