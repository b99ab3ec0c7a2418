"""``debate-kg validate``: SHACL validation of the store against the ontology's shapes."""

from __future__ import annotations

import sys

import click

from graph.cli.options import open_store, store_option
from graph.validate import validate as run_validation


@click.command()
@store_option
def validate(store_location: str) -> None:
    """Check the stored graph against ontology/shapes.ttl; exit 1 if it does not conform."""
    with open_store(store_location, read_only=True) as store:
        report = run_validation(store)
    if report.conforms:
        click.echo(f"conforms: {report.quads} triples checked against the shapes")
        return
    click.echo(report.text, err=True)
    sys.exit(1)
