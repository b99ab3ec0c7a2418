"""``debate-kg serve``: the store as a read-only SPARQL endpoint, with an example page."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from types import FrameType

import click

from graph.cli.options import fail, store_option
from graph.errors import DebateKGError
from graph.serve import ServeConfig, Server, is_loopback
from graph.serve.app import (
    DEFAULT_HOST,
    DEFAULT_LONG_AFTER_S,
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_MAX_ROWS,
    DEFAULT_PER_CLIENT,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT_S,
)
from graph.store import is_remote


@click.command()
@store_option
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port to listen on (0: any free port, printed).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIMEOUT_S,
    show_default=True,
    help="Seconds a query may run; then its worker is killed and the answer is a 503.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_ROWS,
    show_default=True,
    help="Most rows (solutions or triples) in one answer; more is a 422 asking for LIMIT.",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 64),
    default=0,
    help="Quick queries run at once, each in its own process  [default: one per core].",
)
@click.option(
    "--long-after",
    type=click.FloatRange(min=0.01),
    default=DEFAULT_LONG_AFTER_S,
    show_default=True,
    metavar="SECONDS",
    help="A query still running after this moves to the long lane, at the lowest CPU "
    "priority, and its worker is replaced for quick queries.",
)
@click.option(
    "--long-queries",
    type=click.IntRange(0, 64),
    default=0,
    help="Queries allowed in the long lane at once; one more is a 503  [default: one per core].",
)
@click.option(
    "--per-client",
    type=click.IntRange(1, 1024),
    default=DEFAULT_PER_CLIENT,
    show_default=True,
    help="Queries of one client address waiting for or holding a worker; more wait "
    "behind them (and past 16 times this, 429).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="Address space a worker may add past its open store; a query past it is a 500 "
    "(0: no cap).",
)
@click.option(
    "--cors",
    multiple=True,
    metavar="ORIGIN",
    help="Let web pages from ORIGIN (e.g. https://yasgui.triply.cc) query the endpoint; "
    "'*' for any page. Repeatable. Default: same origin only.",
)
def serve(
    store_location: str,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int,
    long_after: float,
    long_queries: int,
    per_client: int,
    max_memory: int,
    cors: tuple[str, ...],
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /query, with a page at /.

    GET, HEAD and POST (form or application/sparql-query); SPARQL JSON, XML, CSV,
    TSV, Turtle, N-Triples, JSON-LD by Accept header.  Updates, SERVICE and FROM
    are refused.  Other web sites may not call it unless --cors names them.
    Ctrl-C stops it.
    """
    if is_remote(store_location):
        fail(f"{store_location}: serve needs a store directory, not an endpoint URL")
    if not is_loopback(host):
        click.echo(
            f"warning: listening on {host}: anyone who can reach this machine can query the store",
            err=True,
        )
    config = ServeConfig(
        Path(store_location),
        host,
        port,
        timeout,
        max_rows,
        workers=workers,
        max_memory=max_memory,
        long_queries=long_queries,
        long_after=long_after,
        per_client=per_client,
        cors=cors,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    try:
        server = Server(config).start()
    except DebateKGError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    try:
        isolated = (
            ""
            if server.pool.isolated
            else " (query workers cannot be cut off from the network on this kernel: "
            "serving on loopback only)"
        )
        click.echo(f"serving {store_location} at {server.url}{isolated}")
        click.echo(f"SPARQL endpoint: {server.url}query   (Ctrl-C stops)", nl=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    click.echo("stopped", err=True)
