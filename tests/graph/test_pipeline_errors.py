"""A bug met on one file is that file's error: the batch goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph.pipeline
from graph.ingest import build_paths
from graph.pipeline import extract_nquads
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
