"""Issue 15 against the real server: the guard bypass with and without worker isolation,
who may call it from a browser, HTTP parsing, admission, and unread answers."""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.serve.worker import NETNS_ENV
from tests.graph.serve.conftest import CORS_ORIGIN, Endpoint, running, serve_command
from tests.graph.serve.test_serve_endpoint import COUNT, RUNAWAY, get, json_rows, post_query

BYPASSES = [
    # rdflib sees one string; Oxigraph sees a SERVICE call between two strings.
    'SELECT * WHERE {{ BIND(CONCAT("a\\u0022, ") AS ?x) SERVICE SILENT <{url}> {{?s ?p ?o}} '
    'BIND(CONCAT(", \\u0022") AS ?y) }}',
    "SELECT * WHERE {{ SERVICESILENT<{url}>{{?s ?p ?o}} }}",
    "PREFIX : <{base}> SELECT * WHERE {{ SERVICE SILENT:x {{?s ?p ?o}} }}",
]


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A loopback TCP listener recording every connection; its base URL."""
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
    yield f"http://127.0.0.1:{server.getsockname()[1]}/", seen
    stop.set()
    thread.join()
    server.close()


def _bypass_refused(served: Endpoint, listener: tuple[str, list[bytes]]) -> None:
    base, seen = listener
    for template in BYPASSES:
        query = template.format(url=base + "x", base=base)
        reply = post_query(served, query)
        assert reply.status == 403, (query, reply.text)
        assert "SERVICE" in reply.text
    time.sleep(0.5)  # a connection, had one been made, would have been accepted by now
    assert seen == []


def test_guard_bypass_refused_with_isolation(
    endpoint: Endpoint, listener: tuple[str, list[bytes]]
) -> None:
    _bypass_refused(endpoint, listener)


@pytest.fixture
def no_netns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers behave as where the kernel refuses them a network namespace."""
    monkeypatch.setenv(NETNS_ENV, "off")


def test_guard_bypass_refused_without_isolation(
    no_netns: None, seed_store_dir: Path, listener: tuple[str, list[bytes]]
) -> None:
    with running(seed_store_dir, "--workers", "1") as served:
        assert "cannot be cut off from the network" in served.first_line
        assert "loopback only" in served.first_line
        _bypass_refused(served, listener)
        # The worker really is on the network: an honest query still works.
        assert json_rows(get(served, COUNT))


def test_without_isolation_no_listening_beyond_loopback(
    no_netns: None, seed_store_dir: Path
) -> None:
    result = subprocess.run(
        [*serve_command(), "--store", str(seed_store_dir), "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "refusing to listen on 0.0.0.0" in result.stderr
    assert "network namespace" in result.stderr


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ('SELECT ?x WHERE { BIND("caf\\u00e9cafe" AS ?x) }', "cafécafe"),
        # rdflib's parser does not know these; Oxigraph's does, so they are run.
        ("SELECT ?x { LATERAL { BIND(1 AS ?x) } }", "1"),
        ("SELECT ?x WHERE { BIND(<<( <a:s> <a:p> <a:o> )>> AS ?x) }", None),
        ("SELECT ?x WHERE " + "{ " * 40 + "BIND(2 AS ?x) " + "} " * 40, "2"),
    ],
)
def test_valid_queries_are_answered(endpoint: Endpoint, query: str, value: str | None) -> None:
    reply = post_query(endpoint, query)
    assert reply.status == 200, reply.text
    (row,) = json.loads(reply.body)["results"]["bindings"]
    if value is not None:
        assert row["x"]["value"] == value
    else:
        assert row["x"]["type"] == "triple"


def test_deep_nesting_is_a_clear_400(endpoint: Endpoint) -> None:
    """5,000 levels would crash the engine's parser; 100 are refused before it."""
    for depth in (100, 5000):
        reply = post_query(endpoint, "SELECT * WHERE " + "{ " * depth + "} " * depth)
        assert reply.status == 400
        assert "nests too deeply" in reply.text
    assert json_rows(get(endpoint, COUNT))  # no worker was lost


# --- browsers ---------------------------------------------------------------------


def test_other_origins_are_refused_by_default(seed_store_dir: Path) -> None:
    query = "query?" + urllib.parse.urlencode({"query": COUNT})
    with running(seed_store_dir, "--workers", "1") as served:
        own = served.url.rstrip("/")
        assert served.request(query, headers={"Origin": own}).status == 200
        for headers in (
            {"Origin": "https://evil.example"},
            {"Origin": "null"},
            {"Sec-Fetch-Site": "cross-site"},
        ):
            reply = served.request(query, headers=headers)
            assert reply.status == 403, headers
            assert reply.headers["Access-Control-Allow-Origin"] is None
        preflight = served.request(
            "query",
            method="OPTIONS",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert preflight.status == 403
        assert preflight.headers["Access-Control-Allow-Origin"] is None


def test_an_allowed_origin_gets_private_network_access(endpoint: Endpoint) -> None:
    preflight = endpoint.request(
        "query",
        method="OPTIONS",
        headers={
            "Origin": CORS_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Private-Network": "true",
        },
    )
    assert preflight.status == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == CORS_ORIGIN
    assert preflight.headers["Access-Control-Allow-Private-Network"] == "true"


def test_dns_rebinding_host_is_refused(endpoint: Endpoint) -> None:
    query = "query?" + urllib.parse.urlencode({"query": COUNT})
    assert endpoint.request(query, headers={"Host": "attacker.example"}).status == 403
    port = endpoint.url.rsplit(":", 1)[1].rstrip("/")
    assert endpoint.request(query, headers={"Host": f"localhost:{port}"}).status == 200


# --- HTTP -------------------------------------------------------------------------


def test_head_and_update_parameter(endpoint: Endpoint) -> None:
    for path in ("", "query?" + urllib.parse.urlencode({"query": COUNT})):
        head = endpoint.request(path, method="HEAD")
        got = endpoint.request(path)
        assert head.status == got.status == 200
        assert head.body == b""
        assert head.headers["Content-Type"] == got.headers["Content-Type"]
    update = "query?" + urllib.parse.urlencode({"update": "CLEAR ALL"})
    reply = endpoint.request(update)
    assert reply.status == 403
    assert "read-only" in reply.text


def _raw(endpoint: Endpoint, data: bytes) -> tuple[bytes, bool]:
    """What the server sends back for raw ``data``, and whether it then closed."""
    host, port = endpoint.url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(data)
        received = b""
        try:
            while chunk := conn.recv(65536):
                received += chunk
        except TimeoutError:
            return received, False
    return received, True


@pytest.mark.parametrize(
    "framing",
    [
        b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
        b"Content-Length: 5\r\nContent-Length: 200\r\n",
        b"Content-Length: 5, 200\r\n",
    ],
)
def test_ambiguous_request_framing_is_rejected(endpoint: Endpoint, framing: bytes) -> None:
    """Read one way the body is ``0\\r\\n\\r\\n`` and a second request follows; read the
    other way the second request is part of the body.  No guessing: one 400, the
    connection closed, nothing smuggled through."""
    smuggled = b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    request = (
        b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/sparql-query\r\n" + framing + b"\r\n0\r\n\r\n" + smuggled
    )
    received, closed = _raw(endpoint, request)
    assert received.startswith(b"HTTP/1.1 400 ")
    assert received.count(b"HTTP/1.1 ") == 1
    assert closed


# --- admission ----------------------------------------------------------------------


def _query_from(served: Endpoint, query: str, source: str) -> int:
    """The status of ``query`` sent from the loopback address ``source``."""
    host, port = served.url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=120, source_address=(source, 0))
    try:
        conn.request("GET", "/query?" + urllib.parse.urlencode({"query": query}))
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def test_quick_queries_are_answered_while_slow_ones_run(seed_store_dir: Path) -> None:
    """Two runaway queries hold both workers past their move to the long lane; quick
    queries sent meanwhile are all answered before either runaway is stopped."""
    with running(seed_store_dir, "--workers", "2", "--timeout", "8") as served:
        slow: list[int] = []
        threads = [
            threading.Thread(target=lambda: slow.append(post_query(served, RUNAWAY).status))
            for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        time.sleep(2)  # both are running, past --long-after
        quick = [get(served, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {n}") for n in range(1, 11)]
        assert all(r.status == 200 for r in quick), [r.text for r in quick]
        assert slow == []  # ordering, not timing: the runaways are still running
        for thread in threads:
            thread.join()
    assert slow == [503, 503]


def test_the_long_lane_is_bounded(seed_store_dir: Path) -> None:
    with running(seed_store_dir, "--long-queries", "1", "--timeout", "8") as served:
        first: list[int] = []
        thread = threading.Thread(target=lambda: first.append(post_query(served, RUNAWAY).status))
        thread.start()
        time.sleep(2)
        second = post_query(served, RUNAWAY)
        assert second.status == 503
        assert "long queries were running" in second.text
        assert first == []
        assert json_rows(get(served, COUNT))  # quick queries still answered
        thread.join()


def test_per_client_limit(seed_store_dir: Path) -> None:
    """With one query per client, a client's second query waits for its first; another
    client's does not."""
    with running(seed_store_dir, "--per-client", "1", "--timeout", "6") as served:
        order: list[str] = []

        def send(name: str, query: str, source: str) -> None:
            status = _query_from(served, query, source)
            order.append(f"{name} {status}")

        slow = threading.Thread(target=send, args=("slow", RUNAWAY, "127.0.0.1"))
        slow.start()
        time.sleep(1)
        same = threading.Thread(target=send, args=("same-client", COUNT, "127.0.0.1"))
        same.start()
        time.sleep(0.5)  # were it not held back, it would be answered by now
        send("other-client", COUNT, "127.0.0.2")
        seen_then = list(order)
        slow.join()
        same.join()
    assert seen_then == ["other-client 200"]
    assert sorted(order) == ["other-client 200", "same-client 200", "slow 503"]


# --- memory -------------------------------------------------------------------------


def _tree_cpu(process: object) -> float:
    import psutil

    assert isinstance(process, psutil.Process)
    total = 0.0
    for proc in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += sum(proc.cpu_times()[:2])
    return total


def test_unread_large_answers_do_not_pile_up_in_the_server(seed_store_dir: Path) -> None:
    """Eight clients ask for a 24 MiB answer each and never read it: the server's memory
    stays within a bound far below the 192 MiB it would hold if it buffered them."""
    psutil = pytest.importorskip("psutil")
    # 24 rows of a 1 MiB string each, built by doubling a 16-character one.
    doublings = " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(16))
    big = f'SELECT ?a16 WHERE {{ ?s ?p ?o BIND("0123456789abcdef" AS ?a0) {doublings} }} LIMIT 24'
    options = ("--max-memory", "0", "--per-client", "8")
    with running(seed_store_dir, *options, "--long-after", "60", "--timeout", "120") as served:
        size = len(get(served, big).body)
        assert size > 20 << 20
        server = psutil.Process(served.process.pid)
        before = server.memory_info().rss
        host, port = served.url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
        request = (
            f"GET /query?{urllib.parse.urlencode({'query': big})} HTTP/1.1\r\nHost: {host}\r\n\r\n"
        ).encode()
        clients = []
        for _ in range(8):
            conn = socket.create_connection((host, int(port)))
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            conn.sendall(request)
            clients.append(conn)
        # Wait until every answer has been computed and handed over: the tree goes quiet.
        spent = _tree_cpu(server)
        for _ in range(240):
            time.sleep(1)
            now = _tree_cpu(server)
            if now - spent < 0.05:
                break
            spent = now
        peak = server.memory_info().rss
        assert json_rows(get(served, COUNT))  # and it still answers
        for conn in clients:
            conn.close()
    grown = (peak - before) >> 20
    assert grown < 64, (
        f"the server grew by {grown} MiB holding 8 unread answers of {size >> 20} MiB"
    )
