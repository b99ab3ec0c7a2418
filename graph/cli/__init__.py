"""The ``debate-kg`` command: thin commands over the library, one module each.

Each command's module is imported only when that command runs, so a question
asked from the shell (``query``, ``members who``) does not pay for loading the
readers, extractors and web server it never uses.
"""

from __future__ import annotations

import importlib

import click

from graph import __version__

#: Command name -> "module:attribute" of its click command, in the order ``--help`` lists them.
COMMANDS: dict[str, str] = {
    "build": "graph.cli.build:build",
    "query": "graph.cli.query:query",
    "commitments": "graph.cli.commitments:commitments",
    "export": "graph.cli.export:export",
    "compact": "graph.cli.compact:compact",
    "validate": "graph.cli.validate:validate",
    "evaluate": "graph.cli.evaluate:evaluate",
    "members": "graph.cli.members:members",
    "serve": "graph.cli.serve:serve",
}


class LazyGroup(click.Group):
    """A group whose commands are imported by name when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command), target
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="debate-kg")
def cli() -> None:
    """Parliamentary debate transcripts into a knowledge graph you can query and export.

    Build a store from transcripts, ask it questions in SPARQL, check it
    against the ontology's shapes and export it for graph tools.
    """


def main() -> None:
    cli(prog_name="debate-kg")
