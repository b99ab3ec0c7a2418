"""``debate-kg serve`` over real HTTP on 127.0.0.1: protocol, formats, CORS, refusals, limits."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.cli import cli
from graph.store import Store
from tests.graph.serve.conftest import MAX_MEMORY_MB, MAX_ROWS, TIMEOUT_S, Endpoint, Reply, running

TITLES = "SELECT ?title WHERE { ?d a dkg:Debate ; dcterms:title ?title } ORDER BY ?title"
CONSTRUCT = "CONSTRUCT { ?d dcterms:title ?title } WHERE { ?d a dkg:Debate ; dcterms:title ?title }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
#: Four unrelated patterns over every quad: 1461^4 solutions to count, never finishes.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def get(endpoint: Endpoint, query: str, accept: str | None = None) -> Reply:
    headers = {"Accept": accept} if accept else {}
    return endpoint.request("query?" + urllib.parse.urlencode({"query": query}), headers=headers)


def post_form(endpoint: Endpoint, fields: dict[str, str], path: str = "query") -> Reply:
    return endpoint.request(
        path,
        method="POST",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def post_query(endpoint: Endpoint, query: str, accept: str | None = None) -> Reply:
    headers = {"Content-Type": "application/sparql-query"}
    if accept:
        headers["Accept"] = accept
    return endpoint.request("query", method="POST", data=query.encode(), headers=headers)


def json_rows(reply: Reply) -> list[dict[str, str]]:
    assert reply.status == 200, reply.text
    data = json.loads(reply.body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@pytest.fixture(scope="module")
def titles(seed_store_dir: Path) -> list[str]:
    """The debate titles, asked of the store directly (the server has it open read-only)."""
    with Store.open(seed_store_dir, read_only=True) as store:
        rows = store.query(TITLES)
        assert isinstance(rows, ox.QuerySolutions)
        return [row["title"].value for row in rows]


def test_get_and_both_posts_agree(endpoint: Endpoint, titles: list[str]) -> None:
    assert len(titles) == 4
    for reply in (
        get(endpoint, TITLES),
        post_form(endpoint, {"query": TITLES}),
        post_query(endpoint, TITLES),
    ):
        assert reply.headers["Content-Type"] == "application/sparql-results+json"
        assert [r["title"] for r in json_rows(reply)] == titles


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+xml", "text/csv", "text/tab-separated-values"]
)
def test_select_formats_parse_back(endpoint: Endpoint, titles: list[str], accept: str) -> None:
    reply = post_query(endpoint, TITLES, accept)
    assert reply.status == 200, reply.text
    assert reply.headers["Content-Type"].split(";")[0] == accept
    if accept == "text/csv":
        rows = list(csv.DictReader(io.StringIO(reply.text)))
        assert [r["title"] for r in rows] == titles
    else:
        fmt = ox.QueryResultsFormat.XML if "xml" in accept else ox.QueryResultsFormat.TSV
        parsed = ox.parse_query_results(reply.body, format=fmt)
        assert isinstance(parsed, ox.QuerySolutions)
        assert [row["title"].value for row in parsed] == titles


def test_ask_and_typed_literals(endpoint: Endpoint) -> None:
    assert json.loads(get(endpoint, "ASK { ?d a dkg:Debate }").body)["boolean"] is True
    reply = get(endpoint, COUNT, "application/sparql-results+json")
    (binding,) = json.loads(reply.body)["results"]["bindings"]
    assert binding["n"]["datatype"].endswith("#integer")
    assert int(binding["n"]["value"]) > 1000


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_construct_formats_parse_back(
    endpoint: Endpoint, seed_store_dir: Path, accept: str, rdflib_format: str
) -> None:
    reply = get(endpoint, CONSTRUCT, accept)
    assert reply.status == 200, reply.text
    assert reply.headers["Content-Type"].split(";")[0] == accept
    served = Graph().parse(data=reply.body, format=rdflib_format)
    with Store.open(seed_store_dir, read_only=True) as store:
        expected = Graph().parse(
            data=store.query(CONSTRUCT).serialize(format=ox.RdfFormat.N_TRIPLES), format="nt"
        )
    assert len(served) == 4
    assert isomorphic(served, expected)


def test_unacceptable_accept_is_406(endpoint: Endpoint) -> None:
    reply = get(endpoint, TITLES, "image/png")
    assert reply.status == 406
    assert "text/csv" in reply.text


def test_cors_preflight_and_cross_origin_get(endpoint: Endpoint) -> None:
    preflight = endpoint.request(
        "query",
        method="OPTIONS",
        headers={
            "Origin": "http://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status in (200, 204)
    assert preflight.headers["Access-Control-Allow-Origin"] in ("*", "http://yasgui.example")
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    reply = endpoint.request(
        "query?" + urllib.parse.urlencode({"query": COUNT}),
        headers={"Origin": "http://yasgui.example"},
    )
    assert reply.status == 200
    assert reply.headers["Access-Control-Allow-Origin"] in ("*", "http://yasgui.example")


UPDATES = [
    "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "CLEAR ALL",
    "DROP DEFAULT",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_refused_and_data_unchanged(endpoint: Endpoint, update: str) -> None:
    before = json_rows(get(endpoint, COUNT))
    replies = [
        get(endpoint, update),
        post_query(endpoint, update),
        post_form(endpoint, {"query": update}),
        post_form(endpoint, {"update": update}),
        post_form(endpoint, {"update": update}, path="update"),
        endpoint.request(
            "update",
            method="POST",
            data=update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        ),
        endpoint.request(
            "query",
            method="POST",
            data=update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        ),
    ]
    for reply in replies:
        assert reply.status == 403, reply.text
        assert "read-only" in reply.text
    assert json_rows(get(endpoint, COUNT)) == before


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP listener on loopback that records every connection it receives."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    seen.append(conn.recv(1000) or b"(connected)")
                except OSError:
                    seen.append(b"(connected)")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1]), seen
    stop.set()
    thread.join()
    server.close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s a dkg:Debate OPTIONAL {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
        "ASK {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    ],
)
def test_service_refused_and_never_contacted(
    endpoint: Endpoint, listener: tuple[int, list[bytes]], template: str
) -> None:
    port, seen = listener
    query = template.format(url=f"http://127.0.0.1:{port}/sparql")
    for reply in (get(endpoint, query), post_query(endpoint, query)):
        assert reply.status == 403
        assert "SERVICE" in reply.text
    time.sleep(0.5)  # a connection, had one been made, would have been accepted by now
    assert seen == []


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM <http://127.0.0.1:9/graph> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/graph> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "CONSTRUCT WHERE { ?s ?p ?o }".replace("WHERE", "FROM <http://example.org/> WHERE"),
    ],
)
def test_from_refused(endpoint: Endpoint, query: str) -> None:
    reply = post_query(endpoint, query)
    assert reply.status == 403
    assert "FROM" in reply.text


def test_dataset_parameters_refused(endpoint: Endpoint) -> None:
    url = "query?" + urllib.parse.urlencode(
        {"query": COUNT, "default-graph-uri": "http://127.0.0.1:9/graph"}
    )
    assert endpoint.request(url).status == 403


def test_result_cap(endpoint: Endpoint) -> None:
    over = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert over.status == 422
    assert f"more than {MAX_ROWS} rows" in over.text and "LIMIT" in over.text
    at = get(endpoint, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}")
    assert len(json_rows(at)) == MAX_ROWS
    assert get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle").status == 422


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELEC ?s WHERE { ?s ?p ?o }", "Expected"),
        ("SELECT ?s WHERE { ?s ?p ?o ", "syntax error"),
    ],
)
def test_malformed_query_is_400_with_the_parser_message(
    endpoint: Endpoint, query: str, expected: str
) -> None:
    reply = post_query(endpoint, query)
    assert reply.status == 400
    assert expected in reply.text
    assert "line:1" in reply.text  # rdflib's parser says where


def test_other_requests(endpoint: Endpoint) -> None:
    assert endpoint.request("nowhere").status == 404
    assert endpoint.request("query", method="GET").status == 200  # a browser: the page
    reply = endpoint.request(
        "query", method="POST", data=b"{}", headers={"Content-Type": "application/json"}
    )
    assert reply.status == 415
    two = "query?" + urllib.parse.urlencode([("query", COUNT), ("query", COUNT)])
    assert endpoint.request(two).status == 400


def test_page_lists_the_named_queries(endpoint: Endpoint) -> None:
    from graph.queries import named_queries

    reply = endpoint.request("")
    assert reply.status == 200
    assert reply.headers["Content-Type"].startswith("text/html")
    for name in named_queries():
        assert f'data-name="{name}"' in reply.text
    assert "/query" in reply.text


def test_default_bind_is_loopback(endpoint: Endpoint) -> None:
    assert endpoint.url.startswith("http://127.0.0.1:")
    psutil = pytest.importorskip("psutil")
    listening = {
        c.laddr.ip
        for c in psutil.Process(endpoint.process.pid).net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    }
    assert listening == {"127.0.0.1"}


def test_non_loopback_host_warns(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--store", str(tmp_path / "none"), "--host", "0.0.0.0", "--port", "0"]
    )
    assert "warning: listening on 0.0.0.0" in result.output
    assert "no store here" in result.output  # and a missing store is one clear line
    assert result.exit_code == 1


def test_runaway_query_is_stopped(endpoint: Endpoint) -> None:
    """The answer is a timeout error, and the process that ran the query is gone."""
    psutil = pytest.importorskip("psutil")
    server = psutil.Process(endpoint.process.pid)

    def workers() -> set[int]:
        return {p.pid for p in server.children() if "spawn_main" in " ".join(p.cmdline())}

    for _ in range(600):  # an earlier test may have had a worker replaced
        if len(workers()) == 2:
            break
        time.sleep(0.1)
    before = workers()
    assert len(before) == 2
    started = time.monotonic()
    reply = post_query(endpoint, RUNAWAY)
    assert reply.status == 503
    assert f"stopped after {TIMEOUT_S} s" in reply.text
    assert time.monotonic() - started < 60  # a sanity bound, not a speed claim
    killed = before - workers()
    assert len(killed) == 1
    assert not any(psutil.pid_exists(pid) for pid in killed)
    # A replacement takes the killed worker's place and the endpoint still answers.
    for _ in range(600):
        if len(workers()) == 2:
            break
        time.sleep(0.1)
    assert len(workers()) == 2
    assert json_rows(get(endpoint, COUNT))
    # Nothing in the server's process tree is still burning a core.
    tree = [server, *server.children(recursive=True)]
    spent = sum(sum(p.cpu_times()[:2]) for p in tree)
    time.sleep(1.5)
    spent_after = sum(sum(p.cpu_times()[:2]) for p in tree if p.is_running())
    assert spent_after - spent < 1.0


def test_memory_hungry_query_kills_only_its_worker(seed_store_dir: Path) -> None:
    """Sorting a 3-way cross join needs gigabytes: the worker dies, the endpoint goes on.

    Its own server with a generous time limit, so a busy machine cannot turn the
    memory cap into a timeout.
    """
    hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g LIMIT 1"
    with running(seed_store_dir, "--timeout", "300", "--max-memory", str(MAX_MEMORY_MB)) as served:
        reply = post_query(served, hungry)
        assert reply.status == 500, reply.text
        assert "memory" in reply.text
        for _ in range(600):  # the replacement may still be starting: the other worker answers
            if get(served, COUNT).status == 200:
                break
            time.sleep(0.1)
        assert json_rows(get(served, COUNT))


def test_a_small_memory_cap_still_lets_workers_start(seed_store_dir: Path) -> None:
    """The cap counts from the open store: the engine's own start-up is not charged to it.

    Counted from zero, a cap this size left the engine's threads no room to start
    ("Resource temporarily unavailable", a worker died while starting).
    """
    with running(seed_store_dir, "--workers", "2", "--max-memory", "64") as served:
        assert json_rows(get(served, COUNT))


def test_ctrl_c_leaves_no_process_behind(seed_store_dir: Path) -> None:
    psutil = pytest.importorskip("psutil")
    with running(seed_store_dir, "--workers", "1") as served:
        assert json_rows(get(served, COUNT))
        children = psutil.Process(served.process.pid).children(recursive=True)
        assert children  # the worker (and multiprocessing's resource tracker)
    # -9: it did not stop within 30 s of Ctrl-C and was killed; what it printed says how
    # far its shutdown got
    assert served.process.returncode == 0, "".join(served.log)[-3000:]
    _gone, alive = psutil.wait_procs(children, timeout=10)
    assert alive == []
