"""Store reads that run ahead in a helper process while this one reads the rest.

Why: the projection spends most of its time in three joins of about equal cost, the
speeches', the mentions' and the commitments', each one core of Oxigraph turning
stored ids back into text (:mod:`exporters.scans`).  On a 10M-quad store that was 35
of the export's 50 s.  Threads did not help much (the rows are turned into Python
values under the GIL) and held every join's hash tables in one process.  A helper
process (``debate-kg export --jobs 2``) runs the mentions' and the commitments' joins
while this process reads the speeches, and hands back their rows, which this process
then adds to the graph as it would have.  The figures are in
``benchmarks/results/design-notes.md``.

The helper opens the same read snapshot as this process: it is pinned for as long as
the export runs, so both read the same quads even while a build publishes a newer
one.  An in-memory store, one job, or a store without a snapshot path read here.
The graph does not depend on where a read ran: the builder keeps the smallest of
disagreeing values and sorts what it emits (:mod:`exporters.builder`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from exporters.scans import release
from graph.errors import DebateKGError, ExportError

#: A read of the store: a module-level function (so that it can be sent to the helper).
Read = Callable[[ox.Store], Any]


@functools.cache
def _opened(snapshot: str) -> ox.Store:
    return ox.Store.read_only(snapshot)


def _run(snapshot: str, read: Read) -> Any:
    """In the helper: ``read`` on the snapshot (opened once per helper)."""
    try:
        store = _opened(snapshot)
    except OSError as exc:
        raise ExportError(f"{snapshot}: the helper process cannot open the store: {exc}") from None
    try:
        return read(store)
    finally:
        release()


class Ahead:
    """The results of ``reads``, started at once in a helper process and taken in order.

    With no ``snapshot`` (an in-memory store) or fewer than two ``jobs`` nothing is
    started, and :meth:`take` runs each read here when it is asked for.
    """

    def __init__(self, snapshot: Path | None, reads: Sequence[Read], *, jobs: int) -> None:
        self._pending: list[tuple[Read, Callable[[], Any]]] = []
        self._executor: Any = None
        if snapshot is None or jobs < 2 or not reads:
            return
        from graph.executors import ProcessExecutor  # a worker pool only when asked for

        self._executor = ProcessExecutor(min(jobs - 1, len(reads)))
        run = functools.partial(_run, str(snapshot))
        self._pending = [(read, self._executor.submit(run, read)) for read in reads]

    def take(self, read: Read, store: ox.Store) -> Any:
        """The result of ``read``: the helper's (reads are taken in the order given), or
        ``read(store)`` run here."""
        if self._executor is None:
            return read(store)
        if not self._pending or self._pending[0][0] is not read:
            raise ExportError(f"internal: {read.__name__} taken out of order")
        _, result = self._pending.pop(0)
        try:
            return result()
        except DebateKGError as exc:
            if type(exc) is not DebateKGError:  # the read's own error, already clear
                raise
            raise ExportError(
                "GraphML: the helper process reading the store died (killed, or out of "
                "memory?); nothing was written; try --jobs 1"
            ) from None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()
            self._executor, self._pending = None, []

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Ahead", "Read"]
