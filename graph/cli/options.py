"""Options and helpers shared by commands."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from graph.errors import DebateKGError
from graph.store import DEFAULT_LOCATION, Store

F = TypeVar("F", bound=Callable[..., Any])


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "store_location",
        default=str(DEFAULT_LOCATION),
        show_default=True,
        metavar="DIR|URL",
        help="The store: a directory holding an Oxigraph database, or a SPARQL "
        "endpoint (http://host:7878 for an Oxigraph server).",
    )(func)


def jobs_option(what: str) -> Callable[[F], F]:
    """``--jobs/-j N``: ``what`` is done in N processes (0: one per CPU)."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=0),
        default=1,
        show_default=True,
        help=f"{what} (0: one per CPU).",
    )


def open_store(location: str, *, read_only: bool) -> Store:
    try:
        return Store.open(location, read_only=read_only)
    except DebateKGError as exc:
        fail(str(exc))


def fail(message: str) -> NoReturn:
    """Print one line to stderr and exit 1."""
    click.echo(f"error: {message}", err=True)
    sys.exit(1)
