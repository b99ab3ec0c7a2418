"""A bug met on one file is that file's error: the batch goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph.pipeline
from graph.errors import SourceError
from graph.ingest import build_paths
from graph.pipeline import extract_nquads
from graph.sources import read_path
from graph.store import Store

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_815e4f78c80070a6.txt"


def _explode(*_args: object, **_kwargs: object) -> object:
    raise ZeroDivisionError("boom")


def test_an_unexpected_exception_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(graph.pipeline, "analyse", _explode)
    doc = extract_nquads(str(SEED))
    assert doc.error is not None
    assert str(SEED) in doc.error
    assert "internal error" in doc.error and "ZeroDivisionError: boom" in doc.error
    assert doc.body == b"" and doc.marker == b""


def test_the_batch_goes_on_and_stores_nothing_of_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(SEED.read_bytes())
    real = graph.pipeline.analyse

    def analyse_unless_bad(transcript):  # type: ignore[no-untyped-def]
        if transcript.source.key.startswith("bad"):
            raise KeyError("no such thing")
        return real(transcript)

    monkeypatch.setattr(graph.pipeline, "analyse", analyse_unless_bad)
    with Store.memory() as store:
        report = build_paths(store, [bad, SEED])
        assert report.built == 1
        assert len(report.errors) == 1 and "bad.txt" in report.errors[0]
        assert store.count_quads() > 0


def test_a_file_name_cannot_inject_lines_into_the_output(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graph.cli import cli

    evil = tmp_path / "day\nbuilt 11 of 11 file(s) into store.txt"
    evil.write_text("not a transcript\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(evil), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert not any(line.startswith("built 11") for line in result.output.splitlines())
    assert "day\\nbuilt 11" in result.output


def test_an_xml_file_no_reader_knows_gets_its_real_fault(tmp_path: Path) -> None:
    page = tmp_path / "dtd.xml"
    page.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE x [\n<!ENTITY % remote SYSTEM "http://127.0.0.1:9/e.dtd">\n'
        "%remote;\n]>\n<x/>\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError, match="refused"):
        read_path(page)
    plain = tmp_path / "other.xml"
    plain.write_text("<catalogue><item/></catalogue>", encoding="utf-8")
    with pytest.raises(SourceError, match="root element <catalogue>"):
        read_path(plain)
