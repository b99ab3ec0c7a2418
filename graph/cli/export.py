"""``debate-kg export``: the graph as GraphML, Turtle, N-Quads or JSON-LD."""

from __future__ import annotations

import os
import sys

import click

from graph.cli.options import fail, open_store, store_option
from graph.errors import DebateKGError


@click.command()
@click.option(
    "--format", "fmt", required=True, metavar="FORMAT", help="graphml, turtle, nquads or jsonld."
)
@click.option(
    "-o", "--output", required=True, metavar="FILE", help="Where to write; '-' for standard output."
)
@click.option(
    "--no-speeches",
    is_flag=True,
    help="GraphML only: leave speech nodes out; people link to debates with a speech count.",
)
@store_option
def export(fmt: str, output: str, no_speeches: bool, store_location: str) -> None:
    """Export the stored graph.  Files are written atomically: all or nothing.

    GraphML is a property-graph projection for Gephi, Cytoscape, yEd and igraph;
    the RDF formats hold every quad (N-Quads sorted, so the same store gives the
    same bytes).
    """
    from exporters import EXPORTERS, write_graphml
    from exporters.projection import project_graph

    if fmt not in EXPORTERS:
        fail(f"unknown format {fmt!r}; known: {', '.join(sorted(EXPORTERS))}")
    if no_speeches and fmt != "graphml":
        fail("--no-speeches applies to --format graphml only")
    with open_store(store_location, read_only=True) as store:
        try:
            if no_speeches:
                view = project_graph(store.inner, speeches=False)
                try:
                    write_graphml(view, output)
                finally:
                    view.close()
            else:
                EXPORTERS[fmt](store.inner, output)
        except BrokenPipeError:
            # The reader (`| head`) went away: not an error, but stop writing quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except DebateKGError as exc:
            if "Broken pipe" in str(exc):
                sys.exit(0)
            fail(str(exc))
        except OSError as exc:
            fail(f"{output}: {exc.strerror or exc}")
    if output != "-":
        click.echo(f"wrote {output}", err=True)
