"""``debate-kg export``: the graph as GraphML, Turtle, N-Quads or JSON-LD."""

from __future__ import annotations

import os
import sys

import click

from graph.cli.options import fail, jobs_option, open_store, store_option
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
@click.option(
    "--all-registry",
    is_flag=True,
    help=(
        "GraphML only: keep every person of the member registry, and their seats, parties"
        " and offices, not only the people who take part in the debates."
    ),
)
@jobs_option(
    "GraphML only, a store on disk: read it in this many processes. With 2 a helper"
    " process reads the mentions and commitments while this one reads the speeches:"
    " faster, and the helper's memory adds to this one's"
)
@store_option
def export(
    fmt: str, output: str, no_speeches: bool, all_registry: bool, jobs: int, store_location: str
) -> None:
    """Export the stored graph.  Files are written atomically: all or nothing.

    GraphML is a property-graph projection for Gephi, Cytoscape, yEd, igraph,
    rustworkx and networkit, with the people who speak, vote, are mentioned or make
    commitments (``--all-registry`` adds the rest of the registry); the RDF formats
    hold every quad (N-Quads sorted, so the same store gives the same bytes).
    """
    from exporters import EXPORTERS
    from exporters.registry import export_graphml
    from graph.executors import processes

    if fmt not in EXPORTERS:
        fail(f"unknown format {fmt!r}; known: {', '.join(sorted(EXPORTERS))}")
    for flag, given in (("--no-speeches", no_speeches), ("--all-registry", all_registry)):
        if given and fmt != "graphml":
            fail(f"{flag} applies to --format graphml only")
    with open_store(store_location, read_only=True) as store:
        try:
            if fmt == "graphml":
                export_graphml(
                    store.inner,
                    output,
                    speeches=not no_speeches,
                    all_registry=all_registry,
                    snapshot=getattr(store, "snapshot", None),
                    jobs=processes(jobs),
                )
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
