"""The build's writer thread: writes in order, a failed write stops the rest and is raised."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

import pytest

from graph.errors import StoreError
from graph.ingest import _Writer, build_paths
from graph.store import Store
from graph.store.local import LocalStore

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_815e4f78c80070a6.txt"


def test_writes_run_in_order_on_one_other_thread() -> None:
    done: list[tuple[int, str]] = []
    writer = _Writer()

    def note(i: int) -> None:
        done.append((i, threading.current_thread().name))

    for i in range(20):
        writer.submit(partial(note, i))
    writer.close()
    assert [i for i, _ in done] == list(range(20))
    assert {name for _, name in done} == {"debate-kg-writer"}


def test_a_failed_write_stops_the_rest_and_is_raised() -> None:
    done: list[int] = []
    writer = _Writer()

    def fail() -> None:
        raise StoreError("disk full")

    writer.submit(lambda: done.append(1))
    writer.submit(fail)
    with pytest.raises(StoreError, match="disk full"):
        for i in range(2, 50):  # raised by a later submit, or else by close
            writer.submit(partial(done.append, i))
        writer.close()
    writer.abandon()
    assert done == [1]


def test_abandon_waits_for_the_write_in_progress_and_skips_the_queued() -> None:
    started, release = threading.Event(), threading.Event()
    done: list[str] = []

    def slow() -> None:
        started.set()
        release.wait(10)
        done.append("slow")

    writer = _Writer()
    writer.submit(slow)
    started.wait(10)
    writer.submit(lambda: done.append("queued"))
    threading.Timer(0.2, release.set).start()
    writer.abandon()
    assert done == ["slow"]


def test_a_build_whose_write_fails_raises_and_writes_nothing_more(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    files = []
    for i in range(4):  # four documents, one batch each
        path = tmp_path / "in" / f"{i}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(SEED.read_text(encoding="utf-8") + f"\nPage {i}.\n", encoding="utf-8")
        files.append(path)
    calls: list[int] = []
    real = LocalStore.add_documents

    def second_fails(self: LocalStore, *args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise StoreError("disk full")
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(LocalStore, "add_documents", second_fails)
    with Store.open(tmp_path / "store") as store:
        with pytest.raises(StoreError, match="disk full"):
            build_paths(store, files, batch_bytes=1)
        assert len(calls) == 2  # the batches after the failed one were never written
        assert len(store.built_sources()) == 1


def test_unthreaded_writes_run_at_once_in_the_callers_thread() -> None:
    done: list[str] = []
    writer = _Writer(threaded=False)
    writer.submit(lambda: done.append(threading.current_thread().name))
    assert done == [threading.current_thread().name]
    with pytest.raises(StoreError, match="disk full"):
        writer.submit(partial(_fail, "disk full"))
    writer.close()


def _fail(message: str) -> None:
    raise StoreError(message)
