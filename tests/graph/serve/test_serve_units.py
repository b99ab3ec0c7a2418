"""The endpoint's pure parts: the guard, content negotiation, the row cap, the page, isolation."""

from __future__ import annotations

import socket
import subprocess
import sys

import pyoxigraph as ox
import pytest

from graph.serve.guard import MAX_QUERY_BYTES, Refused, check
from graph.serve.page import _query_block, render_page
from graph.serve.results import negotiate, serialise
from graph.store import Store


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT ?s WHERE { ?s a dkg:Debate }", "SELECT"),  # project prefixes need no PREFIX
        ("ASK { ?service ?from ?load }", "ASK"),  # keywords as variable names are fine
        ("PREFIX service: <https://example.org/> SELECT * WHERE { ?s service:from ?o }", "SELECT"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <https://example.org/x>", "DESCRIBE"),
        ('SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }', "SELECT"),  # in a string
        ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "SELECT"),
    ],
)
def test_guard_allows(query: str, form: str) -> None:
    assert check(query) == form


@pytest.mark.parametrize(
    ("query", "status", "says"),
    [
        ("INSERT DATA { <a:b> <a:b> <a:b> }", 403, "read-only"),
        ("DELETE WHERE { ?s ?p ?o }", 403, "read-only"),
        ("WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", 403, "read-only"),
        ("LOAD <http://example.org/x.ttl>", 403, "read-only"),
        ("CLEAR ALL", 403, "read-only"),
        ("DROP GRAPH <a:g>", 403, "read-only"),
        ("CREATE GRAPH <a:g>", 403, "read-only"),
        ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", 403, "SERVICE"),
        ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }", 403, "SERVICE"),
        ("SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <http://x/> { ?s ?p ?o } } }", 403, "SERVICE"),
        ("SELECT * WHERE { FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }", 403, "SERVICE"),
        ("SELECT * WHERE { { SELECT * WHERE { SERVICE <http://x/> {} } } }", 403, "SERVICE"),
        ("SELECT * FROM <http://x/> WHERE { ?s ?p ?o }", 403, "FROM"),
        ("SELECT * FROM NAMED <http://x/> WHERE { ?s ?p ?o }", 403, "FROM"),
        ("ASK FROM <http://x/> { ?s ?p ?o }", 403, "FROM"),
        ("DESCRIBE ?s FROM <http://x/> WHERE { ?s ?p ?o }", 403, "FROM"),
        ("SELECT ?s WHERE { ?s ?p ?o } ; INSERT DATA { <a:b> <a:b> <a:b> }", 400, "syntax"),
        ("SELEC ?s WHERE { }", 400, "syntax"),
        ("SELECT * WHERE { ?s ?p ?o } " + "#" * MAX_QUERY_BYTES, 413, "longer"),
    ],
)
def test_guard_refuses(query: str, status: int, says: str) -> None:
    with pytest.raises(Refused) as refused:
        check(query)
    assert refused.value.status == status
    assert says in refused.value.message


@pytest.mark.parametrize(
    ("form", "accept", "media"),
    [
        ("SELECT", None, "application/sparql-results+json"),
        ("SELECT", "*/*", "application/sparql-results+json"),
        ("SELECT", "text/*", "text/csv"),
        ("SELECT", "text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("SELECT", "application/sparql-results+json,*/*;q=0.9", "application/sparql-results+json"),
        ("ASK", "application/sparql-results+xml", "application/sparql-results+xml"),
        ("CONSTRUCT", "text/turtle,*/*;q=0.9", "text/turtle"),
        ("CONSTRUCT", "application/ld+json", "application/ld+json"),
        ("DESCRIBE", "application/n-triples, text/turtle", "application/n-triples"),
        ("CONSTRUCT", "application/sparql-results+json, */*;q=0.1", "text/turtle"),
    ],
)
def test_negotiate(form: str, accept: str | None, media: str) -> None:
    assert negotiate(form, accept) == media  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("form", "accept"),
    [("SELECT", "text/turtle"), ("CONSTRUCT", "text/csv"), ("SELECT", "text/csv;q=0")],
)
def test_negotiate_refuses(form: str, accept: str) -> None:
    with pytest.raises(Refused) as refused:
        negotiate(form, accept)  # type: ignore[arg-type]
    assert refused.value.status == 406


def test_serialise_json_terms_and_cap() -> None:
    store = Store.memory()
    store.update(
        'INSERT DATA { <https://example.org/a> <https://example.org/p> "x"@en , 3 , "y" , _:b }'
    )
    answer = serialise(
        store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"),
        "application/sparql-results+json",
        4,
    )
    parsed = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    values = {str(row["o"]) for row in parsed if not isinstance(row["o"], ox.BlankNode)}
    assert values == {'"x"@en', '"y"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'}
    with pytest.raises(Refused) as refused:
        serialise(store.query("SELECT ?o WHERE { ?s ?p ?o }"), "text/csv", 3)
    assert refused.value.status == 422


def test_page_escapes_query_text() -> None:
    block = _query_block(
        'x"><script>alert(1)</script>',
        "t",
        "<b>bold</b>",
        ("p<",),
        "SELECT * WHERE { ?s ?p \"</textarea><script>alert('x')</script>\" }",
    )
    assert "<script>" not in block
    assert "&lt;/textarea&gt;&lt;script&gt;" in block
    assert "&lt;b&gt;bold" in block
    page = render_page()
    assert page.count("<script>") == 1  # the page's own script and nothing else


def test_workers_can_be_cut_off_from_the_network() -> None:
    """In a process isolated like a worker, a connection to a loopback listener fails."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        code = (
            "import socket, sys\n"
            "from graph.serve.worker import isolate_network\n"
            "if not isolate_network(): sys.exit(3)\n"
            f"try: socket.create_connection(('127.0.0.1', {port}), timeout=5)\n"
            "except OSError: sys.exit(0)\n"
            "sys.exit(1)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], timeout=60)
    if result.returncode == 3:
        pytest.skip("this kernel does not let a process have its own network namespace")
    assert result.returncode == 0


def test_serve_has_help() -> None:
    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--store", "--host", "--port", "--timeout", "--max-rows", "--max-memory"):
        assert option in result.output
