"""A members import killed at any write leaves every other file's registry whole, and the
next import or build finishes the merge.

Each write to the store is one transaction (an update, a load, an add), so an
import stopped between two writes is what a kill leaves; the test stops it before
the 1st, 2nd, … write in turn.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from graph.registry.rdf import (
    ensure_merged,
    import_files,
    merged_is_current,
    registry_from_store,
    stored_files,
)
from graph.store import LocalStore, Store
from graph.summaries import complete
from ontology import ID


class Killed(Exception):
    pass


def graph_dump(store: Store, graph: str) -> set[str]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return {" ".join(str(t) for t in row) for row in rows}  # type: ignore[union-attr]


@pytest.fixture
def files(fixtures: Path, tmp_path: Path) -> tuple[Path, Path]:
    people, ministers = tmp_path / "people.xml", tmp_path / "ministers.xml"
    shutil.copy(fixtures / "people.xml", people)
    shutil.copy(fixtures / "ministers.xml", ministers)
    return people, ministers


def imported(files: tuple[Path, Path]) -> LocalStore:
    store = Store.memory()
    import_files(store, list(files))
    return store


@pytest.mark.parametrize("kill_before", range(1, 7))
def test_a_killed_reimport_loses_no_other_file(
    files: tuple[Path, Path], kill_before: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ministers = files[1]
    store = imported(files)
    people_graph = str(ID["graph/registry/people-xml"])
    before = graph_dump(store, people_graph)
    clean = registry_from_store(store)

    ministers.write_bytes(ministers.read_bytes().replace(b"Minister", b"Ministre", 1))
    writes = {"n": 0}
    for name in ("update", "load_nquads", "add_quads", "add_ox_quads"):
        real = getattr(store, name)

        def dying(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            writes["n"] += 1
            if writes["n"] >= kill_before:
                raise Killed
            return _real(*args, **kwargs)

        monkeypatch.setattr(store, name, dying)
    with contextlib.suppress(Killed):
        import_files(store, [ministers])
    monkeypatch.undo()

    # Whatever was killed, people.xml is whole and both files are still known.
    assert graph_dump(store, people_graph) == before
    assert {f.name for f in stored_files(store)} == {"people.xml", "ministers.xml"}
    # The next build (or import) finishes the merge when the kill left it unsealed.
    ensure_merged(store)
    assert merged_is_current(store)
    again = registry_from_store(store)
    assert {p.key for p in again.people()} == {p.key for p in clean.people()}
    for person in clean.people():
        assert len(again.memberships(person.key)) == len(clean.memberships(person.key))


def test_summaries_a_killed_refresh_left_are_redone_by_an_unchanged_import(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from graph.cli import cli

    location = files[0].parent / "store"
    runner = CliRunner()
    assert (
        runner.invoke(
            cli, ["members", "import", *map(str, files), "--store", str(location)]
        ).exit_code
        == 0
    )
    with Store.open(location) as store:
        assert complete(store)
        store.update(
            f"DROP GRAPH <{ID['graph/summaries']}>"
        )  # what a refresh killed half-way leaves
        assert not complete(store)
    # The same files again: the registry is unchanged, but the summaries are not sealed.
    result = runner.invoke(cli, ["members", "import", *map(str, files), "--store", str(location)])
    assert result.exit_code == 0 and "rebuilt" not in result.output
    with Store.open(location, read_only=True) as store:
        assert complete(store)


def test_removing_a_file_removes_exactly_what_only_it_said(files: tuple[Path, Path]) -> None:
    from graph.registry.rdf import remove_files

    people, _ = files
    alone = Store.memory()
    import_files(alone, [people])
    store = imported(files)
    assert remove_files(store, ["ministers.xml"]) == ["ministers.xml"]
    assert {f.name for f in stored_files(store)} == {"people.xml"}
    merged = str(ID["graph/registry-merged"])
    assert graph_dump(store, merged) == graph_dump(alone, merged)
    assert merged_is_current(store)
    assert remove_files(store, ["nothing.xml"]) == []
