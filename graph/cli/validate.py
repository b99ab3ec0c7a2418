"""``debate-kg validate``: SHACL validation of the store against the ontology's shapes."""

from __future__ import annotations

import sys

import click

from graph.cli.options import open_store, store_option
from graph.validate import validate as run_validation

_SHOWN = 60


@click.command()
@click.option("--full", is_flag=True, help="Print the whole SHACL report, not its first lines.")
@store_option
def validate(full: bool, store_location: str) -> None:
    """Check the stored graph against ontology/shapes.ttl; exit 1 if it does not conform."""
    with open_store(store_location, read_only=True) as store:
        report = run_validation(store)
    if report.conforms:
        click.echo(f"conforms: {report.quads} triples checked against the shapes")
        return
    lines = report.text.splitlines()
    shown = lines if full else lines[:_SHOWN]
    click.echo("\n".join(shown), err=True)
    if len(shown) < len(lines):
        click.echo(f"... {len(lines) - len(shown)} more lines (use --full)", err=True)
    click.echo(f"error: the graph does not conform to the shapes ({store_location})", err=True)
    sys.exit(1)
