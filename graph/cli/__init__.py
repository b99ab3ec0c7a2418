"""The ``debate-kg`` command: thin commands over the library, one module each."""

from __future__ import annotations

import click

from graph import __version__
from graph.cli.build import build
from graph.cli.commitments import commitments
from graph.cli.evaluate import evaluate
from graph.cli.export import export
from graph.cli.members import members
from graph.cli.query import query
from graph.cli.serve import serve
from graph.cli.validate import validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="debate-kg")
def cli() -> None:
    """Parliamentary debate transcripts into a knowledge graph you can query and export.

    Build a store from transcripts, ask it questions in SPARQL, check it
    against the ontology's shapes and export it for graph tools.
    """


for command in (build, query, commitments, export, validate, evaluate, members, serve):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="debate-kg")
