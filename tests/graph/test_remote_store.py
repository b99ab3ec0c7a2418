"""The store behind an Oxigraph server on loopback: same commands, same graph."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import QueryError, StoreError
from graph.ingest import build_paths
from graph.pipeline import build_file, summarise
from graph.store import Store
from graph.store.remote import Endpoints, RemoteStore
from graph.summaries import refresh
from graph.validate import validate
from tests.graph.build_helpers import change, dump, make_inputs, reference_dump


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server on 127.0.0.1 and a random free port; its base URL."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the oxigraph server did not start")
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_open_picks_remote_by_scheme(server: str) -> None:
    with Store.open(server) as store:
        assert isinstance(store, RemoteStore)
        assert store.count_quads() == 0
        assert not store.query("ASK { ?s ?p ?o }")


def test_build_query_and_dump_equal_the_local_store(server: str, tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=2)
    expected = reference_dump(files, tmp_path / "local")
    with Store.open(server) as store:
        report = build_paths(store, files)
        assert report.built == 2
        assert dump(store) == expected
        rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a dkg:Speech }")
        assert isinstance(rows, ox.QuerySolutions)
        assert next(iter(rows))[0] == ox.Literal("32", datatype=ox.NamedNode(str(_XSD_INT)))
        with Store.open(tmp_path / "local", read_only=True) as local:
            assert summarise(store) == summarise(local)
            assert store.count_quads() == local.count_quads()


_XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"


def test_incremental_rebuild_on_the_server(server: str, tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=2)
    with Store.open(server) as store:
        build_paths(store, files)
        change(files[0])
        report = build_paths(store, files)
        assert (report.built, report.unchanged) == (1, 1)
        got = dump(store)
    assert got == reference_dump(files, tmp_path / "fresh")


def test_replace_document_and_validate(server: str, tmp_path: Path) -> None:
    (path,) = make_inputs(tmp_path / "in", copies=1)
    with Store.open(server) as store:
        build_file(store, path)
        build_file(store, path, force=True)
        refresh(store)  # as a build does at its end
        assert dump(store) == reference_dump([path], tmp_path / "local")
        report = validate(store)
        assert report.conforms, report.text


def test_cli_commands_against_the_server(server: str, tmp_path: Path) -> None:
    files = make_inputs(tmp_path / "in", copies=1)
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(files[0]), "--store", server])
    assert built.exit_code == 0, built.output
    assert "  speeches                16\n" in built.output
    again = runner.invoke(cli, ["build", str(files[0]), "--store", server])
    assert "1 unchanged" in again.output
    got = runner.invoke(cli, ["query", "--store", server, "--named", "debates", "--format", "csv"])
    assert got.exit_code == 0, got.output
    assert "Child Sexual Exploitation and Abuse" in got.output
    assert runner.invoke(cli, ["validate", "--store", server]).exit_code == 0
    bad = runner.invoke(cli, ["query", "--store", server, "SELECT WHERE {"])
    assert bad.exit_code == 1 and bad.output.startswith("error:")


def test_errors_are_clear(server: str) -> None:
    with Store.open(server) as store, pytest.raises(QueryError):
        store.query("SELECT WHERE {")
    with Store.open(server, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.update("CLEAR ALL")
    port = _free_port()  # nothing listens here
    with Store.open(f"http://127.0.0.1:{port}") as store, pytest.raises(StoreError, match="reach"):
        store.count_quads()


def test_endpoints_for_other_servers() -> None:
    e = Endpoints.parse("http://h:3030/ds#query=/ds/sparql&update=/ds/update&data=/ds/data")
    assert (e.query, e.update, e.data) == (
        "http://h:3030/ds/sparql",
        "http://h:3030/ds/update",
        "http://h:3030/ds/data",
    )
    with pytest.raises(StoreError, match="unknown endpoint"):
        Endpoints.parse("http://h/#graph=x")
