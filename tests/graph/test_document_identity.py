"""A document is its bytes: files never overwrite each other, and a changed file replaces
the document it was (issue: two files with the same stem silently overwrote each other)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graph.ingest import build_paths
from graph.sources import expand
from graph.store import Store
from tests.conftest import FIXTURES, SEED

TWFY = Path(__file__).parent / "sources" / "fixtures" / "twfy" / "debates2020-01-02a.xml"


def debates(store: Store) -> int:
    rows = list(store.query("SELECT ?d WHERE { ?d a dkg:Debate }"))  # type: ignore[arg-type]
    return len(rows)


def sources(store: Store) -> int:
    return len(store.built_sources())


def test_same_stem_in_two_folders_are_two_documents(tmp_path: Path) -> None:
    (tmp_path / "c" / "a").mkdir(parents=True)
    (tmp_path / "c" / "b").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "c" / "a" / "day.txt")
    shutil.copy(TWFY, tmp_path / "c" / "b" / "day.xml")
    with Store.memory() as alone:
        build_paths(alone, [SEED])
        build_paths(alone, [TWFY])
        expected = debates(alone)
    with Store.memory() as store:
        report = build_paths(store, sorted((tmp_path / "c").rglob("day.*")))
        assert report.built == 2 and not report.errors
        assert sources(store) == 2 and debates(store) == expected


@pytest.mark.parametrize("names", [("議事録.txt", "Засідання.txt"), ("page.txt", "page.txt")])
def test_names_that_slug_alike_do_not_collide(tmp_path: Path, names: tuple[str, str]) -> None:
    first, second = tmp_path / "one" / names[0], tmp_path / "two" / names[1]
    first.parent.mkdir()
    second.parent.mkdir()
    shutil.copy(SEED, first)
    shutil.copy(FIXTURES / "parallel_parliament" / "backbench.txt", second)
    with Store.memory() as store:
        assert build_paths(store, [first, second]).built == 2
        assert sources(store) == 2


def test_the_same_file_from_another_directory_is_the_same_document(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(SEED, folder / "day.txt")
    with Store.memory() as store:
        assert build_paths(store, [folder / "day.txt"]).built == 1
        here = os.getcwd()
        try:
            os.chdir(folder)
            again = build_paths(store, [Path("day.txt")])
        finally:
            os.chdir(here)
        assert again.unchanged == 1 and again.built == 0
        assert build_paths(store, list(expand([tmp_path]))).unchanged == 1  # a root above it
        assert sources(store) == 1


def test_a_changed_file_replaces_the_document_it_was(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    shutil.copy(SEED, page)
    with Store.memory() as store:
        build_paths(store, [page])
        before = debates(store)
        page.write_text(
            page.read_text(encoding="utf-8").replace("Border Security", "Border Safety"),
            encoding="utf-8",
        )
        assert build_paths(store, [page]).built == 1
        assert sources(store) == 1 and debates(store) == before
        titles = {r[0].value for r in store.query("SELECT ?t WHERE { ?d dcterms:title ?t }")}  # type: ignore[union-attr,index]
        assert not any("Border Security" in t for t in titles)


def test_a_copy_elsewhere_keeps_its_document_when_the_original_changes(tmp_path: Path) -> None:
    original, copy = tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"
    original.parent.mkdir()
    copy.parent.mkdir()
    shutil.copy(SEED, original)
    shutil.copy(SEED, copy)
    with Store.memory() as store:
        build_paths(store, [original, copy])
        assert sources(store) == 1  # one document, read from two paths
        original.write_text(original.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        build_paths(store, [original])
        assert sources(store) == 2  # the copy still gives the old bytes
