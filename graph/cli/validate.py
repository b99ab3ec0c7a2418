"""``debate-kg validate``: referential integrity, then SHACL validation against the shapes."""

from __future__ import annotations

import sys

import click

from graph.cli.options import open_store, store_option
from graph.validate import SAMPLE, integrity
from graph.validate import validate as run_validation

_SHOWN = 60


@click.command()
@click.option("--full", is_flag=True, help="Print every problem and the whole SHACL report.")
@click.option(
    "--no-shacl",
    is_flag=True,
    help="Only the integrity checks.",
)
@click.option(
    "--sample",
    type=click.IntRange(min=0),
    default=SAMPLE,
    show_default=True,
    metavar="N",
    help="SHACL checks the first N nodes of each class a shape targets (0: every node,"
    " in memory: minutes and gigabytes at a million quads).",
)
@store_option
def validate(full: bool, no_shacl: bool, sample: int, store_location: str) -> None:
    """Check the stored graph; exit 1 if anything is wrong.

    First the integrity checks: every speech has one debate and a speaker (or an
    unresolved speaker's name and reason), every commitment and mention has
    evidence whose offsets select its exact text, every named graph belongs to a
    source document with its hash marker.  Each problem is listed with the IRI it
    concerns.  These read every node.  Then SHACL validation against
    ontology/shapes.ttl, on a sample (--sample) so that it takes seconds at any size.
    """
    with open_store(store_location, read_only=True) as store:
        broken = integrity(store)
        report = None if no_shacl else run_validation(store, sample=sample)
    shown = broken if full else broken[:_SHOWN]
    for problem in shown:
        click.echo(str(problem), err=True)
    if len(shown) < len(broken):
        click.echo(f"... {len(broken) - len(shown)} more problems (use --full)", err=True)
    if report is not None and not report.conforms:
        lines = report.text.splitlines()
        text = lines if full else lines[:_SHOWN]
        click.echo("\n".join(text), err=True)
        if len(text) < len(lines):
            click.echo(f"... {len(lines) - len(text)} more lines (use --full)", err=True)
    failed = []
    if broken:
        failed.append(f"{len(broken)} integrity problem(s)")
    if report is not None and not report.conforms:
        failed.append("the graph does not conform to the shapes")
    if failed:
        click.echo(f"error: {'; '.join(failed)} ({store_location})", err=True)
        sys.exit(1)
    if report is None:
        checked = "integrity"
    elif report.sample:
        checked = (
            f"integrity of every node; shapes on {report.focus} sampled nodes"
            f" (up to {report.sample} per class), {report.quads} triples"
        )
    else:
        checked = f"integrity and shapes, {report.quads} triples"
    click.echo(f"conforms: {checked} checked")
