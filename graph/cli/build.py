"""``debate-kg build``: read transcripts, extract, write to the store (or to N-Quads shards)."""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph.cli.options import fail, jobs_option, open_store, store_option
from graph.errors import DebateKGError, shown
from graph.executors import Executor, executor_for
from graph.extract import ENGLISH_ONLY, is_english
from graph.ingest import build_paths
from graph.pipeline import summarise
from graph.registry.rdf import import_files, stored_files
from graph.shards import FILES_PER_SHARD, write_shards
from graph.sources import Plan, declared_language, plan
from graph.store import Store

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
@jobs_option("Extract in this many processes")
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

    A ParlaMint corpus folder (or its root file) is read as published: the sittings
    its root includes, from inside its folder only, with its person and organisation
    lists imported first as the registry of its sittings (as ``members import`` would).
    Sittings in another language than English get speeches, speakers and dates; the
    build says which languages the English-only extractors skipped.
    """
    missing = []
    for path in paths:
        try:
            path.stat()
        except OSError as exc:
            missing.append(f"{shown(path)}: {(exc.strerror or str(exc)).lower()}")
    for message in missing:
        click.echo(f"error: {message}", err=True)
    found = plan(p for p in paths if p.exists())
    files = list(found.transcripts)
    for message in found.errors:
        click.echo(f"error: {message}", err=True)
    for message in found.notes:
        click.echo(f"note: {message}", err=True)
    if not files:
        if missing or found.errors:
            sys.exit(BATCH_FAILED)
        fail(f"no transcript files (*.txt, *.xml) under {', '.join(map(str, paths))}")
    _return_big_blocks()
    try:
        runner = executor_for(jobs, executor, setup=_return_big_blocks)
    except DebateKGError as exc:
        fail(str(exc))
    with runner:
        if shards is not None:
            if found.registry_files:
                names = " ".join(shown(p) for p in found.registry_files)
                click.echo(
                    f"note: corpus lists not imported (--shards writes no store); "
                    f"import them with: debate-kg members import {names}",
                    err=True,
                )
            failed = _to_shards(files, shards, runner)
        else:
            failed = _to_store(files, store_location, runner, force=force, found=found)
    _language_notice(files)
    if failed or missing or found.errors:
        sys.exit(BATCH_FAILED)


def _language_notice(files: list[Path]) -> None:
    """Say once which languages the English-only extractors were not run on."""
    languages: dict[str, int] = {}
    for path in files:
        language = declared_language(path)
        if language is not None and not is_english(language):
            languages[language] = languages.get(language, 0) + 1
    if languages:
        listed = ", ".join(f"{lang} ({n})" for lang, n in sorted(languages.items()))
        click.echo(
            f"note: {sum(languages.values())} file(s) not in English, by declared language: "
            f"{listed}; their speeches, speakers and dates are built, the English-only "
            f"extractors ({', '.join(ENGLISH_ONLY)}) were skipped for them",
            err=True,
        )


def _import_corpus_lists(store: Store, found: Plan) -> int:
    """Import the corpus lists among the files as their sittings' registry; the number
    that failed.  A list the store holds with the same name and bytes is not imported again."""
    stored = {(f.name, f.sha256) for f in stored_files(store)}
    wanted = [p for p in found.registry_files if (p.name, _sha256(p)) not in stored]
    if not wanted:
        return 0
    report = import_files(store, wanted)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    for f in report.files:
        click.echo(
            f"registry: {shown(f.path.name)}: {f.format}: {f.people} people, "
            f"{f.memberships} memberships, {f.holdings} holdings (the corpus's own registry)"
        )
    return len(report.errors)


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


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


def _to_store(
    files: list[Path], location: str, runner: Executor, *, force: bool, found: Plan
) -> int:
    with open_store(location, read_only=False) as store, _progress() as progress:
        list_errors = _import_corpus_lists(store, found) if found.registry_files else 0
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
        if report.speeches_unplaced:
            click.echo(_unplaced_note(report.speeches_unplaced), err=True)
    return failed + list_errors


def _unplaced_note(speeches: int) -> str:
    """Why importing members matters, when a build met speakers nobody could place: their
    roles, and so whose "we will…" commits the Government, rest on printed offices alone
    (the README's "How good is it?" gives both figures)."""
    return (
        f"note: {speeches} speech(es) built are by speakers the member registry could not "
        "place, so who among them may commit the Government is read from the offices the "
        "transcripts print alone; importing the members places them "
        "(debate-kg members import FILE..., see the README's 'Real sources and the member "
        "registry')"
    )


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
