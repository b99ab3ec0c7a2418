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
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_MAX_ROWS,
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
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Queries run at once, each in its own process.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="Address-space cap of each worker; a query past it is a 500 (0: no cap).",
)
def serve(
    store_location: str,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int,
    max_memory: int,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /query, with a page at /.

    GET and POST (form or application/sparql-query); SPARQL JSON, XML, CSV, TSV,
    Turtle, N-Triples, JSON-LD by Accept header; CORS open, so YASGUI in a browser
    can query it.  Updates, SERVICE and FROM are refused.  Ctrl-C stops it.
    """
    if is_remote(store_location):
        fail(f"{store_location}: serve needs a store directory, not an endpoint URL")
    if not is_loopback(host):
        click.echo(
            f"warning: listening on {host}: anyone who can reach this machine can query the store",
            err=True,
        )
    config = ServeConfig(Path(store_location), host, port, timeout, max_rows, workers, max_memory)
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
        isolated = "" if server.pool.isolated else " (workers not network-isolated here)"
        click.echo(f"serving {store_location} at {server.url}{isolated}")
        click.echo(f"SPARQL endpoint: {server.url}query   (Ctrl-C stops)", nl=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    click.echo("stopped", err=True)
