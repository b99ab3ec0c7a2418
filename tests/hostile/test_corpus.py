"""The hostile corpus: each file alone, then all of them in one ``debate-kg build``.

Decided outcomes (see :mod:`tests.hostile.corpus`): a file either builds with the
speeches it holds, or is refused with one line naming it and the problem; the
batch exits 2, every other file is built, and nothing of a refused file is stored.
Attacks never read the secret file and never connect to the listener.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import SourceError
from graph.pipeline import source_of
from graph.sources import read_path
from graph.store import Store
from tests.hostile.conftest import Listener
from tests.hostile.corpus import SECRET_TOKEN, Case, write_corpus


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory, secret: Path, listener: Listener
) -> tuple[Path, list[Case]]:
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    return folder, write_corpus(folder, secret=secret, url=listener.url)


def _outcome(path: Path) -> str:
    try:
        transcript = read_path(path)
    except SourceError as exc:
        return f"error {exc}"
    return f"built {sum(len(d.speeches) for d in transcript.debates)}"


def test_the_corpus_covers_the_issue(corpus: tuple[Path, list[Case]]) -> None:
    _, cases = corpus
    assert len(cases) >= 60
    assert sum(c.built for c in cases) >= 15 and sum(not c.built for c in cases) >= 40


def test_each_file_alone_builds_or_fails_as_decided(
    corpus: tuple[Path, list[Case]], listener: Listener
) -> None:
    folder, cases = corpus
    wrong = []
    for case in cases:
        path = folder / case.name
        got = _outcome(path)
        if case.built:
            ok = got == f"built {case.speeches}"
        else:
            ok = got.startswith(f"error {path}") and str(case.error) in got
        if not ok or SECRET_TOKEN in got:
            wrong.append(f"{case.name} ({case.what}): {got[:300]}")
    assert not wrong, "\n".join(wrong)
    assert listener.connections == []


def _speeches_per_source(store: Store) -> dict[str, int]:
    result = store.query(
        "SELECT ?src (COUNT(DISTINCT ?s) AS ?n) WHERE "
        "{ ?s a dkg:Speech ; dkg:debate ?d . ?d prov:wasDerivedFrom ?src } GROUP BY ?src"
    )
    assert isinstance(result, ox.QuerySolutions)
    return {row["src"].value: int(row["n"].value) for row in result}  # type: ignore[union-attr]


def test_one_batch_of_everything(
    corpus: tuple[Path, list[Case]], listener: Listener, tmp_path: Path
) -> None:
    folder, cases = corpus
    named = [folder / c.name for c in cases if not c.in_walk]
    absent = folder / "no-such-file.txt"
    location = tmp_path / "store"
    result = CliRunner().invoke(
        cli, ["build", str(folder), *map(str, named), str(absent), "--store", str(location)]
    )
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    failed = [c for c in cases if not c.built]
    for case in failed:
        mine = [e for e in errors if e.startswith(f"error: {folder / case.name}:")]
        assert len(mine) == 1 and str(case.error) in mine[0], (case.name, mine)
    assert f"error: {absent}: no such file or directory" in errors
    assert len(errors) == len(failed) + 1
    built = [c for c in cases if c.built]
    files = len(cases)  # the missing path is reported apart
    assert f"built {len(built)} of {files} file(s)" in result.output, result.output[-400:]
    with Store.open(location, read_only=True) as store:
        counts = _speeches_per_source(store)
        assert counts == {source_of(folder / c.name): c.speeches for c in built}
        for case in failed:
            assert not store.contains_graph(source_of(folder / case.name)), case.name
        out = io.BytesIO()
        store.dump_nquads(out)
    assert SECRET_TOKEN.encode() not in out.getvalue()
    assert SECRET_TOKEN not in result.output
    assert listener.connections == []
