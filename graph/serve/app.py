"""The HTTP front: SPARQL 1.1 Protocol on ``/query``, the example page on ``/``.

HTTP is uvicorn's, with the ``httptools`` parser (llhttp, Node.js's): it rejects
a request with both ``Content-Length`` and chunked encoding, or with conflicting
``Content-Length`` headers, instead of guessing where it ends (h11 reads the first
as chunked and carries on, so it was not chosen).  The application is Starlette.
This layer reads the query out of the request (GET ``?query=``, POST form or
``application/sparql-query`` body), refuses what the protocol allows but this
endpoint does not (updates, a dataset named in the request), and hands the rest
to the pool (:mod:`graph.serve.pool`), which checks, runs and serialises it
under the time limit.  Large answers are streamed from the worker's spool file
at the client's pace, with at most :data:`SEND_TIMEOUT_S` seconds for each chunk.

Who may call it from a browser:

* no cross-origin access by default: a request whose ``Origin`` is not the
  endpoint's own, or that a browser marks ``Sec-Fetch-Site: cross-site``, is
  refused (403) before it reaches a worker, so a web page the user visits cannot
  make a local endpoint run queries.  ``--cors ORIGIN`` (or ``--cors '*'``) allows
  one; its preflights are answered, including Private Network Access
  (``Access-Control-Allow-Private-Network``), which Chromium asks for before a
  public page may call a loopback address;
* on a loopback address only requests naming a loopback host (``localhost``,
  ``127.0.0.1``, ``[::1]``) are served, so a DNS-rebinding page that resolves its
  own name to 127.0.0.1 is refused (403).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from graph import __version__
from graph.errors import DebateKGError
from graph.serve.guard import MAX_QUERY_BYTES
from graph.serve.page import render_page
from graph.serve.pool import Pool
from graph.serve.results import Answer
from graph.serve.worker import Job

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_MEMORY_MB = 4096
DEFAULT_LONG_AFTER_S = 0.5
DEFAULT_PER_CLIENT = 4
#: Seconds a client may take to accept one chunk of an answer before it is dropped.
SEND_TIMEOUT_S = 60.0
#: The largest request body read: a form-encoded query may be three times its text.
MAX_BODY_BYTES = 4 * MAX_QUERY_BYTES
_CHUNK = 64 * 1024

_READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"
_DATASET = (
    "default-graph-uri and named-graph-uri are refused: the default graph is the union "
    "of the store's graphs"
)
_METHODS = "GET, HEAD, POST, OPTIONS"


class ServeError(DebateKGError):
    """The endpoint cannot be served as asked."""


def cores() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """How to serve a store: where, on which address, with which limits."""

    store: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout: float = DEFAULT_TIMEOUT_S
    max_rows: int = DEFAULT_MAX_ROWS
    workers: int = 0  # quick-lane workers; 0 = one per core
    max_memory: int = DEFAULT_MAX_MEMORY_MB  # per worker, MB; 0 = no cap
    long_queries: int = 0  # queries allowed past long_after at once; 0 = one per core
    long_after: float = DEFAULT_LONG_AFTER_S
    per_client: int = DEFAULT_PER_CLIENT
    cors: tuple[str, ...] = ()  # origins allowed cross-origin access; "*" = any


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _loopback_name(host_header: str) -> bool:
    """Whether a ``Host`` header names this machine (with or without a port)."""
    name = host_header.strip().lower()
    if name.startswith("["):
        name = name[1 : name.find("]")] if "]" in name else name
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    return name == "localhost" or name.endswith(".localhost") or is_loopback(name)


class Endpoint:
    """The Starlette application: routes and the origin policy."""

    def __init__(self, pool: Pool, *, loopback: bool, cors: Sequence[str]) -> None:
        self.pool = pool
        self.loopback = loopback
        self.cors = frozenset(cors)
        self.page = render_page().encode("utf-8")
        self.app = Starlette(
            routes=[
                Route("/", self.home, methods=["GET", "HEAD"]),
                Route("/query", self.query, methods=["GET", "HEAD", "POST", "OPTIONS"]),
                Route("/update", self.update, methods=["GET", "HEAD", "POST", "OPTIONS"]),
            ],
            exception_handlers={HTTPException: self.http_error},
        )

    # --- routes -------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        return self.respond(request, Answer(200, "text/html; charset=utf-8", self.page))

    async def update(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self.preflight(request)
        refused = self.refusal(request)
        return refused or self.respond(request, Answer.error(403, _READ_ONLY))

    async def query(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self.preflight(request)
        refused = self.refusal(request)
        if refused is not None:
            return refused
        params: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            params.setdefault(key, []).append(value)
        if request.method == "POST":
            problem = await self._read_post(request, params)
            if problem is not None:
                return self.respond(request, problem)
        if "update" in params:
            return self.respond(request, Answer.error(403, _READ_ONLY))
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return self.respond(request, Answer.error(403, _DATASET))
        if "query" not in params and request.method != "POST":
            # A browser on the endpoint URL: show it the page.
            return self.respond(request, Answer(200, "text/html; charset=utf-8", self.page))
        if len(params.get("query", [])) != 1:
            return self.respond(request, Answer.error(400, "give exactly one query parameter"))
        client = request.client.host if request.client else "unknown"
        job = Job(params["query"][0], request.headers.get("accept"))
        return self.respond(request, await self.pool.run(job, client))

    async def _read_post(self, request: Request, params: dict[str, list[str]]) -> Answer | None:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return Answer.error(403, _READ_ONLY)
        if media not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            return Answer.error(
                415,
                f"cannot read a {media or 'untyped'} body; send application/sparql-query "
                "or application/x-www-form-urlencoded",
            )
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                return Answer.error(413, f"the request is longer than {MAX_BODY_BYTES} bytes")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return Answer.error(400, "the request body is not UTF-8")
        if media == "application/sparql-query":
            params.setdefault("query", []).append(text)
        else:
            for key, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        return None

    async def http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}; the SPARQL endpoint is /query"
        else:
            message = exc.detail
        return self.respond(request, Answer.error(exc.status_code, message))

    # --- the origin policy --------------------------------------------------------

    def refusal(self, request: Request) -> Response | None:
        """A 403 for a request from a place this endpoint does not serve, else None."""
        host = request.headers.get("host", "")
        if self.loopback and not _loopback_name(host):
            return self.respond(
                request,
                Answer.error(
                    403,
                    f"this endpoint listens on a loopback address and answers only requests "
                    f"for localhost, not for {host!r} (a guard against DNS rebinding)",
                ),
            )
        origin = request.headers.get("origin")
        if origin is not None and not self._own(request, origin) and not self._allowed(origin):
            return self.respond(
                request,
                Answer.error(
                    403,
                    f"cross-origin requests from {origin} are refused; start the endpoint "
                    f"with --cors {origin} to allow them",
                ),
            )
        if (
            origin is None
            and request.headers.get("sec-fetch-site") == "cross-site"
            and "*" not in self.cors
        ):
            return self.respond(
                request,
                Answer.error(403, "cross-site requests are refused; see serve --cors"),
            )
        return None

    def _own(self, request: Request, origin: str) -> bool:
        return origin.lower() == f"{request.url.scheme}://{request.headers.get('host', '')}".lower()

    def _allowed(self, origin: str) -> bool:
        return "*" in self.cors or origin in self.cors

    def _cors_headers(self, request: Request) -> dict[str, str]:
        origin = request.headers.get("origin")
        if origin is None or not self._allowed(origin):
            return {}
        return {"Access-Control-Allow-Origin": "*" if "*" in self.cors else origin}

    def preflight(self, request: Request) -> Response:
        """A CORS preflight: allowed origins may send GET and POST with any headers."""
        origin = request.headers.get("origin")
        refused = self.refusal(request)
        if refused is not None:
            return refused
        if origin is None or not self._allowed(origin):
            return self.respond(request, Answer(204, "text/plain", b""))
        requested = request.headers.get("access-control-request-headers", "")
        extra = {
            "Access-Control-Allow-Methods": _METHODS,
            "Access-Control-Allow-Headers": requested or "Content-Type, Accept",
            "Access-Control-Max-Age": "86400",
        }
        if request.headers.get("access-control-request-private-network") == "true":
            extra["Access-Control-Allow-Private-Network"] = "true"
        return self.respond(request, Answer(204, "text/plain", b""), extra)

    # --- answers ------------------------------------------------------------------

    def respond(
        self, request: Request, answer: Answer, extra: Mapping[str, str] | None = None
    ) -> Response:
        headers = {
            "Server": f"debate-kg/{__version__}",
            "Vary": "Accept, Origin",
            "X-Content-Type-Options": "nosniff",
            **self._cors_headers(request),
            **(extra or {}),
        }
        if answer.status in (405,):
            headers["Allow"] = _METHODS
        if answer.status in (413,):
            headers["Connection"] = "close"
        if answer.spool is not None:
            return Streamed(answer, headers)
        if answer.status == 204:
            return Response(status_code=204, headers=headers)
        return Response(answer.body, answer.status, headers, media_type=answer.content_type)


class Streamed(Response):
    """An answer streamed from its spool file, a chunk at a time, at the client's pace.

    The file is unlinked as soon as it is opened, so it disappears with the last
    reference whatever happens to the connection.  Sending waits while the
    connection's buffer is full (uvicorn's flow control); a client that takes more
    than :data:`SEND_TIMEOUT_S` to accept a chunk is dropped.
    """

    def __init__(self, answer: Answer, headers: Mapping[str, str]) -> None:
        assert answer.spool is not None
        super().__init__(None, answer.status, dict(headers), media_type=answer.content_type)
        self.headers["content-length"] = str(answer.size)
        self.file = open(answer.spool, "rb")  # noqa: SIM115 - closed in __call__ or __del__
        with contextlib.suppress(OSError):
            os.unlink(answer.spool)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with self.file:
            await send(
                {
                    "type": "http.response.start",
                    "status": self.status_code,
                    "headers": self.raw_headers,
                }
            )
            if scope.get("method") == "HEAD":
                await send({"type": "http.response.body", "body": b""})
                return
            while chunk := self.file.read(_CHUNK):
                message = {"type": "http.response.body", "body": chunk, "more_body": True}
                try:
                    await asyncio.wait_for(send(message), SEND_TIMEOUT_S)
                except (TimeoutError, OSError):
                    return  # the client stopped reading: uvicorn closes the connection
            await send({"type": "http.response.body", "body": b""})


class Server:
    """A running endpoint: worker pool, HTTP server thread, and its URL.

    ``Server(config).start()`` returns once it listens; :meth:`close` stops it
    and its workers.
    """

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.spool = tempfile.mkdtemp(prefix="debate-kg-serve-")
        self.pool = Pool(
            str(config.store),
            size=config.workers or cores(),
            timeout=config.timeout,
            max_rows=config.max_rows,
            max_memory=config.max_memory,
            long_queries=config.long_queries or cores(),
            long_after=config.long_after,
            per_client=config.per_client,
            spool=self.spool,
        )
        self._socket: socket.socket | None = None
        self._uvicorn: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None

    def start(self) -> Server:
        loopback = is_loopback(self.config.host)
        try:
            self.pool.start()
            if not self.pool.isolated and not loopback:
                raise ServeError(
                    f"refusing to listen on {self.config.host}: this kernel does not give the "
                    "query workers a network namespace of their own, so nothing but the query "
                    "guard would keep a query from reaching the network; serve on 127.0.0.1 "
                    "(the default) here, or where network namespaces are allowed"
                )
            family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
            self._socket = socket.socket(family, socket.SOCK_STREAM)
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind((self.config.host, self.config.port))
            self._socket.listen(2048)
        except BaseException:
            self.close()
            raise
        endpoint = Endpoint(self.pool, loopback=loopback, cors=self.config.cors)
        self._uvicorn = uvicorn.Server(
            uvicorn.Config(
                endpoint.app,
                http="httptools",
                ws="none",
                lifespan="off",
                access_log=False,
                log_level="warning",
                server_header=False,
                timeout_keep_alive=5,
                timeout_graceful_shutdown=2,
                limit_concurrency=1024,
            )
        )
        self._thread = threading.Thread(target=self._serve, name="serve-http", daemon=True)
        self._thread.start()
        while not self._uvicorn.started and self._thread.is_alive():
            self._thread.join(0.02)
        if not self._uvicorn.started:
            self.close()
            raise ServeError(f"the HTTP server did not start: {self._failed}")
        return self

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self.pool.attach(loop)
        assert self._uvicorn is not None and self._socket is not None
        try:
            loop.run_until_complete(self._uvicorn.serve(sockets=[self._socket]))
        except BaseException as exc:  # reported by start() or close()
            self._failed = exc
        finally:
            loop.close()

    @property
    def port(self) -> int:
        assert self._socket is not None, "start() first"
        return int(self._socket.getsockname()[1])

    @property
    def url(self) -> str:
        host = self.config.host
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/"

    def close(self) -> None:
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(15)
            self._thread = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self.pool.close()
        shutil.rmtree(self.spool, ignore_errors=True)

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
