"""``debate-kg build``: read transcripts, extract, write to the store (or to N-Quads shards)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph.cli.options import fail, open_store, store_option
from graph.errors import DebateKGError, shown
from graph.executors import Executor, executor_for
from graph.ingest import build_paths
from graph.pipeline import summarise
from graph.shards import FILES_PER_SHARD, write_shards
from graph.sources import expand

#: glibc's ``mallopt`` parameter number for the mmap threshold (``M_MMAP_THRESHOLD``).
_M_MMAP_THRESHOLD = -3
#: Blocks from this size up are mmapped and handed back to the system when freed.
MMAP_THRESHOLD = 128 * 1024


def _return_big_blocks() -> None:
    """Keep glibc from holding on to the build's big buffers (no-op elsewhere).

    glibc raises its mmap threshold to the size of each mmapped block freed, up to
    32 MB, so after the first batch (:data:`graph.ingest.BATCH_BYTES`) every
    document's N-Quads and every batch come from the heap, which fragments and is
    not given back: the writer's peak RSS creeps up through a build.  A fixed
    threshold (which also stops the raising) keeps them mmapped, which lowered the
    peak RSS of builds at no measurable CPU cost (figures in
    ``benchmarks/results/design-notes.md``).  Local workers run it as they start
    (they are not forked from here).
    """
    name = ctypes.util.find_library("c")
    if not sys.platform.startswith("linux") or name is None:
        return
    mallopt = getattr(ctypes.CDLL(name), "mallopt", None)
    if mallopt is not None:  # musl has none
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


#: Exit status of a build in which some files failed (the rest were built).
BATCH_FAILED = 2


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--force",
    is_flag=True,
    help="Rebuild files even when the store holds them built from the same bytes and registry.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Extract in this many processes (0: one per CPU).",
)
@click.option(
    "--executor",
    metavar="dask://HOST:PORT",
    help="Extract on the workers of a Dask cluster instead of local processes.",
)
@click.option(
    "--shards",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write N-Quads shards to this folder for a bulk loader, instead of to the store.",
)
@store_option
def build(
    paths: tuple[Path, ...],
    force: bool,
    jobs: int,
    executor: str | None,
    shards: Path | None,
    store_location: str,
) -> None:
    """Build the graph from transcript files or folders (format detected).

    Each file replaces what an earlier build of it wrote; a file whose bytes
    the store already holds, built by this version with the current member registry,
    is skipped (so files are rebuilt after a ``members import``).  A file that cannot
    be read (or a PATH that does not exist) is reported on one line and nothing of
    it is written; the others are still built, and the exit status is 2.
    """
    missing = []
    for path in paths:
        try:
            path.stat()
        except OSError as exc:
            missing.append(f"{shown(path)}: {(exc.strerror or str(exc)).lower()}")
    for message in missing:
        click.echo(f"error: {message}", err=True)
    files = list(expand(p for p in paths if p.exists()))
    if not files:
        if missing:
            sys.exit(BATCH_FAILED)
        fail(f"no transcript files (*.txt, *.xml) under {', '.join(map(str, paths))}")
    _return_big_blocks()
    try:
        runner = executor_for(jobs, executor, setup=_return_big_blocks)
    except DebateKGError as exc:
        fail(str(exc))
    with runner:
        if shards is not None:
            failed = _to_shards(files, shards, runner)
        else:
            failed = _to_store(files, store_location, runner, force=force)
    if failed or missing:
        sys.exit(BATCH_FAILED)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        disable=not sys.stderr.isatty(),
        transient=True,
    )


def _error(progress: Progress, message: str) -> None:
    progress.console.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)


def _to_store(files: list[Path], location: str, runner: Executor, *, force: bool) -> int:
    with open_store(location, read_only=False) as store, _progress() as progress:
        task = progress.add_task("building", total=len(files))

        def advance(path: Path, error: str | None) -> None:
            if error is not None:
                _error(progress, error)
            progress.update(task, description=path.name, advance=1)

        try:
            report = build_paths(store, files, executor=runner, force=force, progress=advance)
        except DebateKGError as exc:
            fail(str(exc))
        progress.stop()
        failed, unchanged = len(report.errors), report.unchanged
        note = f", {unchanged} unchanged" if unchanged else ""
        note += f", {failed} failed" if failed else ""
        click.echo(f"built {report.built} of {len(files)} file(s) into {location}{note}")
        counts = summarise(store)
        width = max(map(len, counts))
        for label, value in counts.items():
            click.echo(f"  {label:<{width}} {value:>8}")
    return failed


def _to_shards(files: list[Path], folder: Path, runner: Executor) -> int:
    built = failed = lines = count = 0
    with _progress() as progress:
        task = progress.add_task("sharding", total=len(files))
        for shard in write_shards(files, folder, executor=runner, files_per_shard=FILES_PER_SHARD):
            for message in shard.errors:
                _error(progress, message)
            built, failed = built + shard.built, failed + len(shard.errors)
            lines, count = lines + shard.lines, count + 1
            progress.update(task, advance=shard.files)
    note = f", {failed} failed" if failed else ""
    click.echo(
        f"built {built} of {len(files)} file(s) into {count} shard(s) in {folder}{note}: "
        f"{lines} N-Quads lines"
    )
    return failed
