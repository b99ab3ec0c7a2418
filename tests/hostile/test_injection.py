"""SPARQL injection: parameter values are data, whatever characters they hold.

Each named query with parameters is run against the seed store with every
payload in each parameter; the rows must be exactly those of an honest value
that matches nothing.  Then through the CLI (``query --param``, ``commitments
--member``).  :func:`graph.queries.bind` serialises values with pyoxigraph and
accepts only declared parameter names.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import QueryError
from graph.queries import MAX_PARAM_CHARS, bind, named_queries, named_query
from graph.store import Store

PAYLOADS = [
    '"',
    "\\",
    "'",
    "}",
    '"} UNION { ?s ?p ?o }',
    "} UNION { ?s ?p ?o }",
    '") } UNION { ?s ?p ?o } VALUES (?x) { ("',
    '"} ; DROP ALL #',
    '\\"} ; DROP ALL #',
    "'''} UNION { ?s ?p ?o } #'''",
    'Yvette Cooper"\n} UNION { ?s ?p ?o } #',
    "Yvette Cooper\n",
    "\r\n",
    "\u0000",
    "Yvette\u0000Cooper",
    "\U0001f600 \U00010348",
    "x" * (MAX_PARAM_CHARS - 1),
    "?member",
    "<https://w3id.org/debate-kg/id/person/twfy/10131>",
    "# comment",
]
HONEST = "zzz no such value"
HONEST_IRI = "urn:zzz:no-such-value"
PAGING = ("limit", "offset")
PARAMETRISED = [(q.name, p) for q in named_queries().values() for p in q.params if p not in PAGING]
PAGED = [(q.name, p) for q in named_queries().values() for p in q.params if p in PAGING]


def _rows(store: Store, text: str) -> list[tuple[str, ...]]:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    return sorted(tuple("" if t is None else str(t) for t in row) for row in result)


def _count(store: Store) -> int:
    return store.count_quads()


@pytest.mark.parametrize(("name", "param"), PARAMETRISED)
def test_payloads_match_what_an_honest_miss_matches(
    seed_store: Store, name: str, param: str
) -> None:
    query = named_query(name)
    before = _count(seed_store)
    # a parameter that names a resource (# iri:) takes an IRI and refuses anything else
    names_resource = param in query.iris
    honest = _rows(seed_store, bind(query.text, {param: HONEST_IRI if names_resource else HONEST}))
    everything = _rows(seed_store, query.text)
    for payload in PAYLOADS:
        try:
            got = _rows(seed_store, bind(query.text, {param: payload}))
        except QueryError as refused:
            assert names_resource and "is not an IRI" in str(refused), (name, param, payload[:40])
            continue
        assert got == honest, (name, param, payload[:40])
    assert _count(seed_store) == before
    assert everything or not honest  # the query does return rows when unfiltered


@pytest.mark.parametrize(("name", "param"), PAGED)
def test_page_numbers_take_digits_only(name: str, param: str) -> None:
    """limit and offset become numbers in the query text: anything but digits is refused."""
    query = named_query(name)
    for payload in PAYLOADS:
        with pytest.raises(QueryError, match="whole number"):
            bind(query.text, {param: payload}, declared=query.params)


def test_an_honest_value_still_matches(seed_store: Store) -> None:
    rows = _rows(seed_store, bind(named_query("commitments").text, {"member": "Yvette Cooper"}))
    assert rows and len(rows) < len(_rows(seed_store, named_query("commitments").text)) + 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"member}": "x"}, "bad parameter name"),
        ({"member ?s": "x"}, "bad parameter name"),
        ({"": "x"}, "bad parameter name"),
        ({"s": "x"}, "unknown parameter 's'"),
        ({"member": "x" * (MAX_PARAM_CHARS + 1)}, "at most 10,000"),
        ({"member": "\udcff"}, "not valid Unicode text"),
        ({"member": 3}, "must be text"),
    ],
)
def test_bad_parameters_are_clean_errors(params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        bind(named_query("commitments").text, params)


def test_values_are_serialised_by_the_rdf_library() -> None:
    text = bind("SELECT ?x WHERE { ?x ?p ?v }", {"v": '"} UNION { ?s ?p ?o } #\n\u0000'})
    assert text == (
        'SELECT ?x WHERE { VALUES (?v) { ("\\"} UNION { ?s ?p ?o } #\\n\\u0000") } ?x ?p ?v }'
    )


def test_the_block_skips_where_in_comments_strings_and_iris() -> None:
    text = (
        "# param: v - where { is mentioned here\n"
        "SELECT ?x (\"WHERE {\" AS ?w) ('where {' AS ?y) WHERE { ?x ?p ?v }"
    )
    bound = bind(text, {"v": "a"})
    assert bound.endswith('WHERE { VALUES (?v) { ("a") } ?x ?p ?v }')


def test_ad_hoc_queries_take_only_their_own_variables() -> None:
    assert "VALUES (?v)" in bind("SELECT * WHERE { ?s ?p ?v }", {"v": "1"})
    with pytest.raises(QueryError, match="the query has no \\?w"):
        bind("SELECT * WHERE { ?s ?p ?v }", {"w": "1"})


@pytest.mark.parametrize("payload", [*PAYLOADS[:-4], "-x", "a=b=c"])
def test_cli_payloads_find_nothing(seed_location: str, payload: str) -> None:
    runner = CliRunner()
    by_query = runner.invoke(
        cli,
        ["query", "--store", seed_location, "--named", "commitments", "--param",
         f"member={payload}", "--format", "json"],
    )  # fmt: skip
    assert by_query.exit_code == 0, by_query.output
    assert json.loads(by_query.stdout)["results"]["bindings"] == []
    by_command = runner.invoke(
        cli, ["commitments", "--store", seed_location, "--member", payload, "--format", "json"]
    )
    assert by_command.exit_code == 0, by_command.output
    assert json.loads(by_command.stdout) == []


def test_cli_refuses_bad_parameters_cleanly(seed_location: str) -> None:
    runner = CliRunner()
    cases = [
        (["--param", "s=1"], "unknown parameter 's'"),
        (["--param", "member}=1"], "bad parameter name"),
        (["--param", "member"], "--param takes NAME=VALUE"),
        (["--param", "member=a", "--param", "member=b"], "--param member given twice"),
        (["--param", "member=\udcff"], "not valid Unicode text"),
    ]
    for extra, message in cases:
        result = runner.invoke(
            cli, ["query", "--store", seed_location, "--named", "commitments", *extra]
        )
        assert result.exit_code == 1 and message in result.output, (extra, result.output)
        assert "Traceback" not in result.output
