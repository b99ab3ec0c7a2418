"""``debate-kg compact``: a copy of a store in about 60% of the disk."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.options import fail, store_option
from graph.errors import DebateKGError
from graph.store import is_remote


@click.command()
@click.argument("target", metavar="NEW_DIR")
@store_option
def compact(target: str, store_location: str) -> None:
    """Write a compact copy of the store to NEW_DIR (which must not exist yet).

    The copy holds the same quads and answers every query as the store does; its
    tables are compressed, which a build's store leaves undone (see the README's
    "Scale").  The store itself is only read, so builds and readers may go on; the copy
    is whole or absent.  Use it to archive or share a store; builds into the copy work,
    and what they add is stored as usual.
    """
    from graph.store.compact import compact as make_copy

    if is_remote(store_location):
        fail(f"{store_location}: compact copies an on-disk store, not an endpoint")
    try:
        done = make_copy(Path(store_location), Path(target))
    except DebateKGError as exc:
        fail(str(exc))
    mb = 1e6
    click.echo(
        f"compacted {done.quads:,} quads: {done.source_bytes / mb:,.1f} MB -> "
        f"{done.target_bytes / mb:,.1f} MB in {target} ({done.seconds:.1f} s)"
    )
