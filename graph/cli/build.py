"""``debate-kg build``: read transcripts, extract, write to the store."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph.cli.options import fail, open_store, store_option
from graph.errors import DebateKGError
from graph.pipeline import Outcome, build_file, summarise
from graph.sources import expand


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Rebuild files the store already holds unchanged.")
@store_option
def build(paths: tuple[Path, ...], force: bool, store_location: str) -> None:
    """Build the graph from transcript files or folders (format detected).

    Each file replaces what an earlier build of it wrote; a file whose bytes
    the store already holds, built by this version, is skipped.  A file that cannot
    be read is reported and skipped; the others are still built, and the exit
    status is 1.
    """
    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or directory")
    files = list(expand(paths))
    if not files:
        fail(f"no transcript files (*.txt, *.xml) under {', '.join(map(str, paths))}")
    with open_store(store_location, read_only=False) as store:
        failed = unchanged = 0
        err = Console(stderr=True)
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            disable=not sys.stderr.isatty(),
            transient=True,
        ) as progress:
            task = progress.add_task("building", total=len(files))
            for path in files:
                progress.update(task, description=path.name)
                try:
                    if build_file(store, path, force=force) is Outcome.UNCHANGED:
                        unchanged += 1
                except DebateKGError as exc:
                    failed += 1
                    progress.console.print(
                        f"error: {exc}", markup=False, highlight=False, soft_wrap=True
                    )
                progress.advance(task)
        store.flush()
        built = len(files) - failed - unchanged
        note = f", {unchanged} unchanged" if unchanged else ""
        note += f", {failed} failed" if failed else ""
        click.echo(f"built {built} of {len(files)} file(s) into {store_location}{note}")
        for label, value in summarise(store).items():
            click.echo(f"  {label:<10} {value:>8}")
    if failed:
        sys.exit(1)
