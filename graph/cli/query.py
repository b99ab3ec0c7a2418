"""``debate-kg query``: SPARQL over the store, with the project prefixes bound."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from graph.cli.options import fail, open_store, store_option
from graph.errors import DebateKGError
from graph.queries import bind, named_queries, named_query
from ontology import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")


def _compact(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and prefix != "id":
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    return term.value


def _table(result: ox.QuerySolutions) -> None:
    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    for row in result:
        table.add_row(*(_compact(row[i]) for i in range(len(names))))
    Console(soft_wrap=False, width=max(160, Console().width)).print(table)


@click.command()
@click.argument("sparql", required=False)
@click.option(
    "--file",
    "-f",
    "query_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the query from a .rq file.",
)
@click.option("--named", "-n", help="Run a named query (see --list).")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Fix a variable of the query to a string value.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@store_option
def query(
    sparql: str | None,
    query_file: Path | None,
    named: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_queries: bool,
    store_location: str,
) -> None:
    """Run a SPARQL query (QUERY, --file or --named) against the store.

    The prefixes dkg, schema, foaf, org, dcterms, prov, oa, skos, rdfs, xsd
    and id are bound; the default graph is the union of all graphs.
    """
    if list_queries:
        for q in named_queries().values():
            extra = f" [params: {', '.join(q.params)}]" if q.params else ""
            click.echo(f"{q.name:<22} {q.description}{extra}")
        return
    given = [x for x in (sparql, query_file, named) if x]
    if len(given) != 1:
        fail("give exactly one of QUERY, --file or --named")
    bindings = _bindings(params)
    try:
        declared = None
        if named:
            found = named_query(named)
            text, declared = found.text, found.params
        elif query_file:
            text = query_file.read_text(encoding="utf-8")
        else:
            text = sparql or ""
        bound = bind(text, bindings, declared=declared)
        with open_store(store_location, read_only=True) as store:
            _print(store.query(bound), fmt)
    except OSError as exc:
        fail(f"{query_file}: {exc.strerror}")
    except UnicodeDecodeError as exc:
        fail(f"{query_file}: not UTF-8 text (invalid byte at offset {exc.start})")
    except DebateKGError as exc:
        fail(str(exc))


def _bindings(params: tuple[str, ...]) -> dict[str, str]:
    """``--param NAME=VALUE`` options as a dict; the value is everything after the first ``=``."""
    bindings: dict[str, str] = {}
    for given in params:
        name, eq, value = given.partition("=")
        if not eq:
            fail(f"--param takes NAME=VALUE, got {given!r}")
        if name in bindings:
            fail(f"--param {name} given twice")
        bindings[name] = value
    return bindings


def _print(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str) -> None:
    out = sys.stdout.buffer
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            click.echo(json.dumps({"head": {}, "boolean": bool(result)}))
        else:
            click.echo("true" if result else "false")
    elif isinstance(result, ox.QueryTriples):
        out.write(result.serialize(format=ox.RdfFormat.N_TRIPLES) or b"")
    elif fmt == "table":
        _table(result)
    else:
        formats = {
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON,
        }
        out.write(result.serialize(format=formats[fmt]) or b"")
        out.flush()
