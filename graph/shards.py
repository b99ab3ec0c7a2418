"""A build written as N-Quads shards instead of into a store: the path past one machine.

Each shard is a fixed run of input files (``files_per_shard``, in input order),
extracted and written by whichever worker gets it, to
``DIR/part-NNNNNN.nq``: sorted, de-duplicated N-Quads lines, written to a
temporary name and renamed, so a shard is whole or absent.  The same inputs give
the same shards byte for byte, on one core, a process pool or a Dask cluster.

Entity quads (people, offices, ...) repeat across shards; every bulk loader
keeps one copy (a quad store is a set).  See ``benchmarks/README.md`` for loading
shards into Oxigraph, QLever, Virtuoso and Fuseki.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from graph import followups
from graph.executors import Executor, SerialExecutor
from graph.paths import read_from
from graph.pipeline import extract_nquads
from graph.store import Store, sorted_nquads
from graph.summaries import refresh

FILES_PER_SHARD = 256


@dataclass(frozen=True, slots=True)
class ShardReport:
    index: int
    path: str
    files: int
    built: int
    lines: int
    errors: tuple[str, ...]


def shard_name(index: int) -> str:
    return f"part-{index:06d}.nq"


def write_shard(task: tuple[int, Sequence[str], str]) -> ShardReport:
    """Extract one run of files and write their quads as one shard (runs on a worker)."""
    index, paths, folder = task
    chunks: list[bytes] = []
    errors: list[str] = []
    for path in paths:
        doc = extract_nquads(path)
        if doc.error is not None:
            errors.append(doc.error)
        else:
            chunks.append(doc.body)
            chunks.append(doc.marker)
            chunks.append(read_from(doc.source, path))
    data = sorted_nquads(b"".join(chunks))
    target = Path(folder) / shard_name(index)
    partial = target.with_suffix(f".nq.{os.getpid()}.tmp")
    partial.write_bytes(data)
    partial.replace(target)
    return ShardReport(
        index=index,
        path=str(target),
        files=len(paths),
        built=len(paths) - len(errors),
        lines=data.count(b"\n"),
        errors=tuple(errors),
    )


def _runs(files: Iterable[Path], size: int) -> Iterator[list[Path]]:
    it = iter(files)
    while run := list(islice(it, size)):
        yield run


def write_shards(
    files: Iterable[Path],
    folder: Path,
    *,
    executor: Executor | None = None,
    files_per_shard: int = FILES_PER_SHARD,
) -> Iterator[ShardReport]:
    """Write the shards of ``files`` into ``folder``, yielding a report per shard in order."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.nq"):
        old.unlink()  # shards of an earlier, larger input would otherwise linger
    absolute = str(folder.resolve())
    tasks = (
        (i, [str(p.resolve()) for p in run], absolute)
        for i, run in enumerate(_runs(files, files_per_shard))
    )
    yield from (executor or SerialExecutor()).map(write_shard, tasks)


def load_shards(store: Store, folder: Path) -> int:
    """Bulk-load every shard in ``folder`` into ``store``, then what is computed over the
    whole store, as a build does: the follow-up links, then the summaries; the number of
    shards."""
    shards = sorted(folder.glob("part-*.nq"))
    for shard in shards:
        store.load_nquads(shard.read_bytes())
    followups.refresh(store)
    refresh(store)
    store.flush()
    return len(shards)


__all__ = ["ShardReport", "load_shards", "write_shard", "write_shards"]
