"""The HTTP front: SPARQL 1.1 Protocol on ``/query``, the example page on ``/``, CORS.

A thin layer: it reads the query out of the request (GET ``?query=``, POST form
or ``application/sparql-query`` body), refuses what the protocol allows but this
endpoint does not (updates, a dataset named in the request), and hands the rest
to the worker pool, which checks, runs and serialises it under the time limit.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from graph import __version__
from graph.serve.guard import MAX_QUERY_BYTES
from graph.serve.page import render_page
from graph.serve.results import Answer
from graph.serve.worker import Job, Pool

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_MEMORY_MB = 4096

_READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"
_DATASET = (
    "default-graph-uri and named-graph-uri are refused: the default graph is the union "
    "of the store's graphs"
)
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Max-Age": "86400",
}


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """How to serve a store: where, on which address, with which limits."""

    store: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: float = DEFAULT_TIMEOUT_S
    max_rows: int = DEFAULT_MAX_ROWS
    workers: int = 2
    max_memory: int = DEFAULT_MAX_MEMORY_MB  # per worker, MB; 0 = no cap


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    pool: Pool
    page: bytes


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    server_version = f"debate-kg/{__version__}"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 60  # a client that stops sending does not hold a thread for ever

    # --- routes -------------------------------------------------------------------

    def do_OPTIONS(self) -> None:
        """A CORS preflight: any origin may send GET and POST with any headers."""
        requested = self.headers.get("Access-Control-Request-Headers", "")
        extra = {"Access-Control-Allow-Headers": requested or "Content-Type, Accept"}
        self._send(Answer(204, "text/plain", b""), extra)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(Answer(200, "text/html; charset=utf-8", self.server.page))
        elif url.path == "/query":
            params = parse_qs(url.query, keep_blank_values=True)
            if "query" not in params:
                # A browser on the endpoint URL: show it the page.
                self._send(Answer(200, "text/html; charset=utf-8", self.server.page))
            else:
                self._query(params)
        elif url.path == "/update":
            self._send(Answer.error(403, _READ_ONLY))
        else:
            self._send(Answer.error(404, f"nothing at {url.path}; the SPARQL endpoint is /query"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        body = self._body()
        if body is None:
            return
        if url.path == "/update":
            self._send(Answer.error(403, _READ_ONLY))
            return
        if url.path != "/query":
            self._send(Answer.error(404, f"nothing at {url.path}; the SPARQL endpoint is /query"))
            return
        params = parse_qs(url.query, keep_blank_values=True)
        media = self.headers.get_content_type()
        if media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                self._send(Answer.error(400, "the form is not UTF-8"))
                return
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            try:
                params.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                self._send(Answer.error(400, "the query is not UTF-8"))
                return
        elif media == "application/sparql-update":
            self._send(Answer.error(403, _READ_ONLY))
            return
        else:
            self._send(
                Answer.error(
                    415,
                    f"cannot read a {media} body; send application/sparql-query or "
                    "application/x-www-form-urlencoded",
                )
            )
            return
        self._query(params)

    # --- helpers ------------------------------------------------------------------

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._send(Answer.error(403, _READ_ONLY))
        elif "default-graph-uri" in params or "named-graph-uri" in params:
            self._send(Answer.error(403, _DATASET))
        elif len(params.get("query", [])) != 1:
            self._send(Answer.error(400, "give exactly one query parameter"))
        else:
            job = Job(params["query"][0], self.headers.get("Accept"))
            self._send(self.server.pool.run(job))

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._send(Answer.error(411, "a POST needs a Content-Length"))
            return None
        if int(length) > MAX_QUERY_BYTES:
            self.close_connection = True
            self._send(Answer.error(413, f"the request is longer than {MAX_QUERY_BYTES} bytes"))
            return None
        return self.rfile.read(int(length))

    def _send(self, answer: Answer, extra: dict[str, str] | None = None) -> None:
        self.send_response(answer.status)
        headers = {**_CORS, **(extra or {})}
        if answer.status != 204:
            headers["Content-Type"] = answer.content_type
            headers["Content-Length"] = str(len(answer.body))
        headers["Vary"] = "Accept, Origin"
        headers["X-Content-Type-Options"] = "nosniff"
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and answer.status != 204:
            self.wfile.write(answer.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Errors the stdlib raises itself (bad request line, unsupported method) in our
        # plain-text shape, CORS headers included.
        text = message or HTTPStatus(code).phrase
        self.close_connection = True
        self._send(Answer.error(code, text))


class Server:
    """A running endpoint: worker pool, HTTP server thread, and its URL.

    ``Server(config).start()`` returns once it listens; :meth:`close` stops it
    and its workers.
    """

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.pool = Pool(
            str(config.store),
            size=config.workers,
            timeout=config.timeout,
            max_rows=config.max_rows,
            max_memory=config.max_memory,
        )
        self._http: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Server:
        self.pool.start()
        try:
            family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
            http_server = type("_Bound", (_HTTPServer,), {"address_family": family})
            self._http = http_server((self.config.host, self.config.port), _Handler)
        except BaseException:
            self.pool.close()
            raise
        self._http.pool = self.pool
        self._http.page = render_page().encode("utf-8")
        self._thread = threading.Thread(
            target=self._http.serve_forever, name="serve-http", daemon=True
        )
        self._thread.start()
        return self

    @property
    def port(self) -> int:
        assert self._http is not None, "start() first"
        return int(self._http.server_address[1])

    @property
    def url(self) -> str:
        host = self.config.host
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/"

    def close(self) -> None:
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None
        self.pool.close()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
