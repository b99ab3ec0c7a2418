"""``debate-kg export --format graphml`` on a registry and a sitting: who is drawn."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graph.cli import cli
from tests.exporters.graphml_checks import check_graphml, graphml_schema_dir
from tests.graph.link.registry_fixture import write_registry, write_sitting


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("registry-and-sitting")
    store = str(folder / "store")
    runner = CliRunner()
    imported = runner.invoke(
        cli, ["members", "import", str(write_registry(folder)), "--store", store]
    )
    assert imported.exit_code == 0, imported.output
    built = runner.invoke(cli, ["build", str(write_sitting(folder)), "--store", store])
    assert built.exit_code == 0, built.output
    return store


def _export(store: str, out: Path, *flags: str) -> nx.MultiDiGraph:
    result = CliRunner().invoke(
        cli, ["export", "--store", store, "--format", "graphml", *flags, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert check_graphml(out, schema_dir=graphml_schema_dir()) == []
    return nx.read_graphml(out, force_multigraph=True)


def _labels(graph: nx.MultiDiGraph, kind: str) -> set[str]:
    return {attrs["label"] for _, attrs in graph.nodes(data=True) if attrs["type"] == kind}


def test_default_draws_who_takes_part_and_all_registry_everyone(store: str, tmp_path: Path) -> None:
    default = _export(store, tmp_path / "default.graphml")
    everyone = _export(store, tmp_path / "all.graphml", "--all-registry")
    # Renée Example only votes (a teller); the two David Joneses are ambiguous, so the
    # speech and the vote link to neither, and nothing else brings them in.
    assert _labels(default, "Person") == {
        "Renée Example",
        "Sam Minister",
        "Pat Mover",
        "Fran Treasury",
    }
    assert _labels(everyone, "Person") == _labels(default, "Person") | {"David Jones"}
    assert len([n for n, a in everyone.nodes(data=True) if a["label"] == "David Jones"]) == 2
    assert _labels(default, "Constituency") == {"Exampleton", "Sampleford"}
    assert _labels(everyone, "Constituency") == {
        "Exampleton",
        "Sampleford",
        "Clwyd West",
        "Monmouth",
    }
    renee = next(a for _, a in default.nodes(data=True) if a["label"] == "Renée Example")
    assert (renee["votes"], renee["speeches"]) == (1, 0)
    assert not [n for n in default if default.degree(n) == 0]


def test_all_registry_is_for_graphml_only(store: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--store",
            store,
            "--format",
            "turtle",
            "--all-registry",
            "-o",
            str(tmp_path / "x"),
        ],
    )
    assert result.exit_code == 1
    assert "--all-registry applies to --format graphml only" in result.output


@pytest.mark.parametrize("flags", [(), ("--all-registry",), ("--no-speeches",)])
def test_each_view_is_byte_identical_twice(
    store: str, tmp_path: Path, flags: tuple[str, ...]
) -> None:
    first = _export(store, tmp_path / "1.graphml", *flags)
    second = _export(store, tmp_path / "2.graphml", *flags)
    assert (tmp_path / "1.graphml").read_bytes() == (tmp_path / "2.graphml").read_bytes()
    assert first.number_of_nodes() == second.number_of_nodes() > 5
