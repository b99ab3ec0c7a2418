"""The guard judges the query Oxigraph runs (issue 15: escapes, keywords, nesting, cost)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.queries import named_queries
from graph.serve.guard import MAX_DEPTH, Refused, check
from graph.serve.lexer import regex_arguments, scan, string_value

#: Each of these is a SERVICE call or a dataset clause *to Oxigraph*.
ENGINE_SERVICE = [
    # rdflib expands \u0022 to a quote before parsing and sees one long string.
    'SELECT * WHERE { BIND(CONCAT("a\\u0022, ") AS ?x) SERVICE SILENT '
    '<http://127.0.0.1:18999/x> {?s ?p ?o} BIND(CONCAT(", \\u0022") AS ?y) }',
    "SELECT * WHERE { BIND('a\\u0027' AS ?x) SERVICE <http://x/> {} BIND('\\u0027' AS ?y) }",
    'SELECT * WHERE { BIND("""a\\u0022""" AS ?x) SERVICE <http://x/> {} }',
    # Oxigraph matches keywords without a word boundary.
    "SELECT * WHERE { SERVICESILENT<http://127.0.0.1:9/>{} }",
    "SELECT * WHERE { ?s ?p true SERVICE<http://x/>{} }",
    "PREFIX : <http://127.0.0.1:9/> SELECT * WHERE { SERVICE:x {} }",
    "PREFIX : <http://127.0.0.1:9/> SELECT * WHERE { SERVICE SILENT:x {} }",
    "PREFIX ex: <http://127.0.0.1:9/> SELECT * WHERE { SERVICESILENTex:x {} }",
    # Oxigraph ends a comment at CR as well as LF.
    "SELECT * WHERE { ?s ?p ?o # a comment\r SERVICE <http://x/> {} }",
    "SELECT * WHERE { ?s ?p 1.SERVICE SILENT <http://x/> {} }",
    "SELECT * WHERE { ?s ?p ?o.SERVICE SILENT <http://x/> {} }",
]
ENGINE_FROM = [
    'SELECT * FROM NAMED <http://x/> WHERE { BIND("a\\u0022" AS ?x) }',
    'SELECT * WHERE { BIND("a\\u0022 } FROM NAMED <http://x/> { \\u0022" AS ?y) }'.replace(
        "WHERE", "FROM NAMED <http://x/> WHERE"
    ),
    "ASKFROM<http://a/>{}",
    "SELECT * FROMNAMED<http://a/g> {?s ?p ?o}",
    "PREFIX : <http://a/> SELECT * FROM:g {?s ?p ?o}",
]


@pytest.mark.parametrize("query", ENGINE_SERVICE)
def test_every_engine_service_is_refused(query: str) -> None:
    with pytest.raises(Refused) as refused:
        check(query)
    assert refused.value.status == 403
    assert "SERVICE" in refused.value.message


@pytest.mark.parametrize("query", ENGINE_FROM)
def test_every_engine_dataset_clause_is_refused(query: str) -> None:
    with pytest.raises(Refused) as refused:
        check(query)
    assert refused.value.status == 403
    assert "FROM" in refused.value.message


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { BIND("caf\\u00e9cafe" AS ?x) }',  # rdflib read \u00e9cafe as \U
        'SELECT * WHERE { BIND("a\\u0022b" AS ?x) }',
        'SELECT * WHERE { BIND("\\\\u0041" AS ?x) }',  # a backslash, then "u0041"
        "SELECT * WHERE { ?s ?p <http://example.org/\\u0070> }",
        "PREFIX service: <https://example.org/> SELECT * WHERE { ?s service:from ?o }",
        "PREFIX ex: <https://example.org/> SELECT * WHERE { ?s ?p ex:a.SERVICE }",
        "PREFIX ex: <https://example.org/> SELECT * WHERE { ?s ex:a\\#b ?o }",
        "SELECT * WHERE " + "{ " * 40 + "?s ?p ?o " + "} " * 40,
        # MAX_DEPTH levels: the braces, FILTER's parentheses and MAX_DEPTH - 2 more.
        "SELECT * WHERE { FILTER(" + "(" * (MAX_DEPTH - 2) + "1" + ")" * (MAX_DEPTH - 2) + ") }",
        'SELECT * WHERE { ?s ?p ?o FILTER(REGEX(?o, "^a.*b$", "i")) }',
    ],
)
def test_valid_queries_pass(query: str) -> None:
    """Queries Oxigraph runs as written: none of them may be refused."""
    ox.Store().query(query)  # the engine accepts it
    assert check(query) in ("SELECT", "ASK")


def test_escapes_outside_strings_are_refused_clearly() -> None:
    """rdflib would read ``\\u007D`` as a closing brace; Oxigraph rejects it."""
    with pytest.raises(Refused) as refused:
        check("SELECT * WHERE { ?s ?p ?o \\u007D")
    assert refused.value.status == 400
    assert "escape outside a string or IRI" in refused.value.message
    assert "line 1, column 27" in refused.value.message


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{ " * 65 + "?s ?p ?o " + "} " * 65,
        "SELECT * WHERE { FILTER(" + "(" * 400 + "1" + ")" * 400 + ") }",
        "SELECT * WHERE " + "{ " * 5000 + "} " * 5000,  # crashes Oxigraph's parser
    ],
)
def test_deep_nesting_is_a_clear_400(query: str) -> None:
    with pytest.raises(Refused) as refused:
        check(query)
    assert refused.value.status == 400
    assert "nests too deeply" in refused.value.message
    assert f"at most {MAX_DEPTH}" in refused.value.message


def test_a_5000_way_union_is_refused_before_parsing() -> None:
    """95 KB: 13.6 s for the engine to plan, 11 s for rdflib to parse; refused at once."""
    query = "SELECT*{" + " UNION ".join(f"{{?s ?p {i}}}" for i in range(5000)) + "}"
    assert 90_000 < len(query) < 100_000
    with pytest.raises(Refused) as refused:
        check(query)
    assert refused.value.status == 400
    assert "tokens" in refused.value.message and "VALUES" in refused.value.message


@pytest.mark.parametrize("pattern", ["\\\\p{L}{1,1000}{1,1000}", "\\\\w{1,50}", "("])
def test_regexes_the_engine_cannot_compile_are_refused(pattern: str) -> None:
    """Oxigraph answers such a REGEX unbound, recompiling it on every row (22 s)."""
    query = f'SELECT * WHERE {{ ?s ?p ?o FILTER(REGEX(STR(?o), "{pattern}")) }}'
    with pytest.raises(Refused) as refused:
        check(query)
    assert refused.value.status == 400
    assert "cannot be compiled" in refused.value.message


def test_every_named_query_passes() -> None:
    for query in named_queries().values():
        assert check(query.text) in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def test_shadow_keeps_length_and_lines() -> None:
    text = 'SELECT * # note\nWHERE { BIND("a\\u0022\\n" AS ?x) ?s <http://a/\\u0070> ?o }'
    shadow = scan(text).shadow
    assert len(shadow) == len(text)
    assert shadow.split("\n")[0] == "SELECT *       "
    assert '"axxxxxxxx"' in shadow and "<http://a/xxxxxx>" in shadow


def test_string_values_and_regex_arguments() -> None:
    assert string_value('"a\\u0022\\\\u0041\\tb"') == 'a"\\u0041\tb'
    assert string_value("'''x''y'''") == "x''y"
    tokens = scan(
        'SELECT * { ?s ?p ?o FILTER(REGEX(CONCAT(?o, ","), "a,b", "i") '
        '&& REGEX(?o, ?pattern)) BIND(REPLACE(?o, "x+", "y", "q") AS ?z) }'
    ).tokens
    assert regex_arguments(tokens) == [("a,b", "i"), ("x+", "q")]
