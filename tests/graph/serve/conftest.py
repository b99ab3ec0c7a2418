"""A store built from ``seeds/`` and ``debate-kg serve`` on it, as a user starts it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

import pytest

from graph.pipeline import build_file
from graph.store import Store
from tests.conftest import SEEDS

#: The server's time limit in these tests: long enough for a seed query on a busy machine.
TIMEOUT_S = 3
#: The row cap in these tests (the seed has 1461 quads).
MAX_ROWS = 50
#: Each worker's memory cap in these tests, MB (a worker with the seed open uses ~400).
MAX_MEMORY_MB = 900
#: The one web origin the module's endpoint lets query it cross-origin (--cors).
CORS_ORIGIN = "http://yasgui.example"


@dataclass
class Reply:
    status: int
    headers: Message  # header names are case-insensitive, as in HTTP
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class Endpoint:
    """A running ``debate-kg serve``: its base URL and process."""

    url: str
    process: subprocess.Popen[str]
    log: list[str] = field(default_factory=list)
    first_line: str = ""  # what serve printed first: "serving DIR at URL …"

    @property
    def query_url(self) -> str:
        return self.url + "query"

    def request(
        self,
        path: str = "query",
        *,
        method: str = "GET",
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers=headers or {}
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return Reply(resp.status, resp.headers, resp.read())
        except urllib.error.HTTPError as exc:
            return Reply(exc.code, exc.headers, exc.read())


def serve_command() -> list[str]:
    script = Path(sys.executable).parent / "debate-kg"
    if script.exists():
        return [str(script), "serve"]
    return [sys.executable, "-c", "from graph.cli import main; main()", "serve"]


def _as_in_a_terminal() -> None:
    """Let Ctrl-C reach the server, as it does in a terminal.

    A job started with ``&`` by a shell without job control (``make test &`` in a
    script) inherits SIGINT ignored, and so would the server: Python then never raises
    KeyboardInterrupt, and every test waited 30 s for a server that could not hear it.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextlib.contextmanager
def running(store: Path, *extra: str) -> Iterator[Endpoint]:
    """``debate-kg serve --port 0`` on ``store``; stopped with Ctrl-C (SIGINT) afterwards."""
    proc = subprocess.Popen(
        [*serve_command(), "--store", str(store), "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        preexec_fn=_as_in_a_terminal,
    )
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline()  # "serving DIR at http://127.0.0.1:PORT/"
    if " at http" not in line:
        proc.kill()
        pytest.fail(f"serve did not start: {line!r} {proc.stderr.read()!r}")
    endpoint = Endpoint(line.split(" at ", 1)[1].split()[0], proc, first_line=line)
    # Drain both pipes so the server never blocks on a full one.
    for pipe in (proc.stdout, proc.stderr):
        threading.Thread(target=lambda p=pipe: endpoint.log.extend(p), daemon=True).start()
    try:
        yield endpoint
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store directory built from ``seeds/`` and closed (the server opens it read-only)."""
    location = tmp_path_factory.mktemp("serve-store") / "store"
    with Store.open(location) as store:
        for path in sorted(SEEDS.glob("*.txt")):
            build_file(store, path)
    return location


@pytest.fixture(scope="module")
def endpoint(seed_store_dir: Path) -> Iterator[Endpoint]:
    with running(
        seed_store_dir,
        *("--timeout", str(TIMEOUT_S), "--max-rows", str(MAX_ROWS)),
        *("--max-memory", str(MAX_MEMORY_MB)),
        *("--cors", CORS_ORIGIN),
    ) as served:
        yield served
