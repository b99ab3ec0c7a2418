"""Worker processes that run the queries: isolated, capped, killed at the time limit.

Each query runs in a worker process holding the store open read-only.  When a
query passes the time limit its worker is killed (SIGKILL), so evaluation really
stops, and a fresh worker takes its place.  Oxigraph's own ``--timeout-s`` was
measured not to do this: a ``COUNT(*)`` over a cross join kept a core busy long
after the limit (see the ``serve`` tests and the report in the commit log).

Workers are cut off from the network where the kernel allows it (a network
namespace of their own), so a ``SERVICE`` call that slipped past the guard would
still reach nothing.  Where the kernel refuses (many containers), the worker says
so and the server refuses to listen beyond loopback (:mod:`graph.serve.app`);
``DEBATE_KG_SERVE_NETNS=off`` simulates that refusal for tests.  Their address
space may grow only so far past what the open store takes (a query that would
eat the machine's memory kills its worker instead, answered as a 500), and they die with the server (``PR_SET_PDEATHSIG``).

An answer larger than :data:`INLINE_BYTES` is written to a file in the pool's
spool directory rather than sent through the pipe: the server streams it from
there at the pace the client reads, so its memory never holds a whole answer.
The scheduling of workers (two lanes, per-client limits) is :mod:`graph.serve.pool`.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import multiprocessing
import os
import resource
import signal
import sys
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

import pyoxigraph as ox

from graph.errors import DebateKGError, StoreError
from graph.serve.guard import Form, Refused, check
from graph.serve.results import Answer, negotiate, serialise
from graph.store import LocalStore, Store

_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000
_PR_SET_PDEATHSIG = 1
_M_ARENA_MAX = -8
_START_TIMEOUT_S = 120.0

#: Answers up to this size go through the pipe; larger ones through a spool file.
INLINE_BYTES = 256 * 1024
#: Set to ``off`` to make workers behave as where the kernel refuses a network namespace.
NETNS_ENV = "DEBATE_KG_SERVE_NETNS"


@dataclass(frozen=True, slots=True)
class Job:
    """One query for a worker: the text and the ``Accept`` header it came with."""

    query: str
    accept: str | None


def answer(store: Store, job: Job, max_rows: int) -> Answer:
    """Check, run and serialise one query (in a worker, under the pool's time limit)."""
    try:
        form: Form | None
        try:
            form = check(job.query)
        except Refused as exc:
            if not exc.engine_may_accept:
                raise
            form, parser_said = None, exc  # only rdflib objected: the engine decides
        media = negotiate(form, job.accept) if form is not None else None
        try:
            result = store.query(job.query)
        except (SyntaxError, DebateKGError) as exc:  # the engine's parser refused it
            if form is None:
                raise parser_said from None
            raise Refused(400, str(exc)) from None
        if media is None:
            media = negotiate(_form_of(result), job.accept)
        return serialise(result, media, max_rows)
    except Refused as exc:
        return Answer.error(exc.status, exc.message)
    except DebateKGError as exc:
        return Answer.error(400, str(exc))
    except OSError as exc:
        return Answer.error(500, f"the store could not be read: {exc}")
    except (RuntimeError, ValueError, TypeError) as exc:  # an evaluation error in the engine
        return Answer.error(500, f"the query failed in the engine: {exc}")


def _form_of(result: Any) -> Form:
    if isinstance(result, ox.QueryBoolean):
        return "ASK"
    return "CONSTRUCT" if isinstance(result, ox.QueryTriples) else "SELECT"


@functools.cache  # one handle for the worker's start-up calls
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - no C library to call
        return None


def isolate_network() -> bool:
    """Move this process into an empty network namespace; whether that worked."""
    libc = _libc()
    if libc is None or os.environ.get(NETNS_ENV, "").lower() == "off":
        return False
    # As root a network namespace alone; otherwise inside a user namespace.
    return any(
        libc.unshare(flags) == 0 for flags in (_CLONE_NEWNET, _CLONE_NEWNET | _CLONE_NEWUSER)
    )


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when the thread that started it ends."""
    libc = _libc()
    if libc is not None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def limit_arenas(count: int = 2) -> None:
    """Keep glibc to ``count`` malloc arenas (call while single-threaded).

    Each thread that allocates otherwise reserves an arena of its own (64 MiB of
    address space): a store opened read-only starts three threads and grew a worker
    from 70 MB to 537 MB of address space, 209 MB with two arenas.
    """
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, count)


def address_space() -> int:
    """This process's address space in bytes (0 where ``/proc`` does not say)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) << 10
    except (OSError, ValueError, IndexError):
        pass
    return 0


def limit_memory(megabytes: int) -> None:
    """Let this process's address space grow by ``megabytes`` more (0: no cap).

    Called once the store is open, so the cap is what a query may take, not a
    share of what the engine reserved at start (threads' stacks and arenas, which
    vary from run to run): a fixed cap from the start once left so little that
    the engine's own threads could not start (``Resource temporarily
    unavailable``).
    """
    if megabytes > 0:
        limit = address_space() + (megabytes << 20)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def spill(reply: Answer, spool: str, serial: int) -> Answer:
    """``reply`` itself if small, else the same answer with its body in a spool file."""
    if len(reply.body) <= INLINE_BYTES:
        return reply
    path = os.path.join(spool, f"{os.getpid()}-{serial}.answer")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(reply.body)
    return replace(reply, body=b"", spool=path, size=len(reply.body))


def worker_main(
    conn: Connection, location: str, max_rows: int, max_memory: int, parent: int, spool: str
) -> None:
    """A worker's life: isolate, open the store read-only, answer jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    die_with_parent(parent)
    isolated = isolate_network()  # first: unshare needs a single-threaded process
    limit_arenas()
    try:
        store = Store.open(location, read_only=True)
    except DebateKGError as exc:
        conn.send(("error", str(exc)))
        return
    limit_memory(max_memory)
    conn.send(("ready", isolated))
    serial = 0
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if isinstance(store, LocalStore) and store.stale:
            # A build has published a newer snapshot: answer from it (and unpin the old).
            try:
                fresh = Store.open(location, read_only=True)
            except DebateKGError:
                pass  # keep answering from the snapshot already open
            else:
                store.close()
                store = fresh
        serial += 1
        try:
            reply = spill(answer(store, job, max_rows), spool, serial)
        except OSError as exc:
            reply = Answer.error(500, f"the answer could not be written: {exc}")
        conn.send(reply)


class Worker:
    """One worker process and the parent's end of its pipe.

    :meth:`launch` starts the process; :meth:`wait_ready` waits until its store is
    open, so several can start at once.
    """

    def __init__(self, location: str, max_rows: int, max_memory: int, spool: str) -> None:
        self.location = location
        ctx = multiprocessing.get_context("spawn")  # the server is threaded: no fork
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=worker_main,
            args=(child, location, max_rows, max_memory, os.getpid(), spool),
            name="debate-kg-serve-worker",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.isolated = False

    def wait_ready(self) -> Worker:
        """This worker once its store is open; :class:`StoreError` if it fails to start."""
        if not self.conn.poll(_START_TIMEOUT_S):
            self.kill()
            raise StoreError(f"{self.location}: a query worker did not start")
        try:
            status, detail = self.conn.recv()
        except EOFError:
            self.kill()
            raise StoreError(f"{self.location}: a query worker died while starting") from None
        if status != "ready":
            self.kill()
            raise StoreError(str(detail))
        self.isolated = bool(detail)
        return self

    def exchange(self, job: Job) -> Answer:
        """Send ``job`` and wait for the answer (EOFError if the worker dies first)."""
        self.conn.send(job)
        reply = self.conn.recv()
        assert isinstance(reply, Answer)
        return reply

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def death(self) -> str:
        """How the process ended, for a message ("signal 9", "exit status 1")."""
        self.process.join(5)
        code = self.process.exitcode
        if code is None:
            return "still running"
        return f"signal {-code}" if code < 0 else f"exit status {code}"

    def nice(self, value: int) -> bool:
        """Set the CPU priority of every thread of the worker; whether that was allowed."""
        try:
            threads = [int(t) for t in os.listdir(f"/proc/{self.pid}/task")]
        except OSError:
            threads = [self.pid] if self.pid is not None else []
        try:
            for thread in threads:
                os.setpriority(os.PRIO_PROCESS, thread, value)
        except OSError:  # lowering the value back needs privileges; a thread may have ended
            return False
        return True

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
            self.process.join(10)
        self.conn.close()
