"""``debate-kg export``: the graph as GraphML, Turtle, N-Quads or JSON-LD."""

from __future__ import annotations

import click

from graph.cli.options import fail, open_store, store_option
from graph.errors import DebateKGError


def _formats() -> list[str]:
    from exporters import EXPORTERS

    return sorted(EXPORTERS)


@click.command()
@click.option(
    "--format", "fmt", required=True, metavar="FORMAT", help="graphml, turtle, nquads or jsonld."
)
@click.option(
    "-o", "--output", required=True, metavar="FILE", help="Where to write; '-' for standard output."
)
@store_option
def export(fmt: str, output: str, store_location: str) -> None:
    """Export the stored graph.  Files are written atomically: all or nothing."""
    from exporters import EXPORTERS

    if fmt not in EXPORTERS:
        fail(f"unknown format {fmt!r}; known: {', '.join(_formats())}")
    with open_store(store_location, read_only=True) as store:
        try:
            EXPORTERS[fmt](store.inner, output)
        except DebateKGError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"{output}: {exc.strerror or exc}")
    if output != "-":
        click.echo(f"wrote {output}", err=True)
