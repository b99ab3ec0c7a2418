"""Admission and scheduling: which query gets a worker, when, and for how long.

Every query starts in the *quick lane*: ``size`` worker processes (default: one per
core), taken first come, first served.  A query still running after
``long_after`` seconds moves to the *long lane*: its worker's CPU priority drops
to the lowest (nice 19), it stops counting against the quick lane, and a
replacement worker is started for the quick lane.  At most ``long_queries``
queries run in the long lane at once; a query that would be one more is stopped
there and answered 503.  So two slow queries cannot hold every worker, and while
they run the quick ones still get a process and nearly all of the CPU.

Each client (by address) has at most ``per_client`` queries waiting for or holding
a worker; its further queries wait behind them, and past ``per_client * 16``
waiting it is answered 429.  A client that sends many queries at once therefore
takes at most ``per_client`` places in the shared queue.  Behind a reverse proxy
every client has the proxy's address: set ``per_client`` accordingly.

Everything here runs on the server's event loop, except starting workers (one
long-lived supervisor thread: the kernel's parent-death signal follows the
*thread* that forked a process) and waiting on a worker's pipe (a thread each).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import sys
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from graph.errors import DebateKGError
from graph.serve.results import Answer
from graph.serve.worker import Job, Worker

#: How much further than ``per_client`` a client's queue may grow before 429.
_QUEUE_FACTOR = 16
_LOW_PRIORITY = 19


class Pool:
    """The workers, the two lanes and the per-client limits; :meth:`run` answers a job."""

    def __init__(
        self,
        location: str,
        *,
        size: int,
        timeout: float,
        max_rows: int,
        spool: str,
        max_memory: int = 0,
        long_queries: int = 1,
        long_after: float = 0.5,
        per_client: int = 4,
    ) -> None:
        self.location = location
        self.size = size
        self.timeout = timeout
        self.max_rows = max_rows
        self.spool = spool
        self.max_memory = max_memory
        self.long_queries = long_queries
        self.long_after = min(long_after, timeout)
        self.per_client = per_client
        self.isolated = False
        # Shared with the supervisor thread, under _lock.
        self._lock = threading.Lock()
        self._all: set[Worker] = set()
        self._wanted = 0  # quick-lane workers asked for and not yet being started
        self._closed = False
        self._requests: queue.Queue[bool] = queue.Queue()
        self._thread = threading.Thread(target=self._supervise, name="serve-pool", daemon=True)
        self._started = threading.Event()
        self._error: DebateKGError | None = None
        # Event-loop state.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._idle: list[Worker] = []
        self._waiting: deque[asyncio.Future[Worker]] = deque()
        self._long = 0
        self._clients: dict[str, tuple[asyncio.Semaphore, int]] = {}
        self._threads = ThreadPoolExecutor(
            max_workers=size + long_queries + 2, thread_name_prefix="serve-pipe"
        )

    # --- life cycle ---------------------------------------------------------------

    def start(self) -> None:
        """Start the quick lane's workers; :class:`StoreError` if the store cannot be opened."""
        self._thread.start()
        self._started.wait()
        if self._error is not None:
            self.close()
            raise self._error

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Run the scheduling on ``loop`` (the HTTP server's)."""
        self._loop = loop

    def close(self) -> None:
        """Stop every worker and the supervisor."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        self._requests.put(False)
        for worker in workers:
            worker.kill()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(10)
        self._threads.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._all if w.pid is not None)

    def _supervise(self) -> None:
        try:
            launched = [self._launch() for _ in range(self.size)]
            ready = [w.wait_ready() for w in launched]
            self.isolated = all(w.isolated for w in ready)
            for worker in ready:
                self._give(worker)
        except DebateKGError as exc:
            self._error = exc
        self._started.set()
        while self._requests.get() and not self._closed:
            with self._lock:
                if self._wanted == 0:  # a long-lane worker came back instead
                    continue
                self._wanted -= 1
            try:
                worker = self._launch().wait_ready()
            except DebateKGError as exc:  # the store went away: one worker fewer, said once
                print(f"error: {exc}", file=sys.stderr)
                continue
            if self._loop is not None:
                with contextlib.suppress(RuntimeError):  # the loop has closed: we are stopping
                    self._loop.call_soon_threadsafe(self._give, worker)

    def _launch(self) -> Worker:
        worker = Worker(self.location, self.max_rows, self.max_memory, self.spool)
        with self._lock:
            if self._closed:
                worker.kill()
                raise DebateKGError("the server is stopping")
            self._all.add(worker)
        return worker

    # --- the event loop's side ----------------------------------------------------

    def _give(self, worker: Worker) -> None:
        """A worker is free for the quick lane: to the first waiting query, else idle."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    def _retire(self, worker: Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def _want_one(self) -> None:
        with self._lock:
            self._wanted += 1
        self._requests.put(True)

    def _back_from_long_lane(self, worker: Worker) -> None:
        """A long query is done: its worker rejoins the quick lane if one is still owed."""
        with self._lock:
            owed = self._wanted > 0 and not self._closed
            if owed:
                self._wanted -= 1
        if owed and worker.nice(0):
            self._give(worker)
            return
        if owed:  # the priority cannot be raised again without privileges: start one after all
            self._want_one()
        self._retire(worker)

    async def run(self, job: Job, client: str) -> Answer:
        """The answer to ``job`` for ``client`` (an address), within every limit."""
        gate, count = self._clients.get(client, (asyncio.Semaphore(self.per_client), 0))
        if count >= self.per_client * _QUEUE_FACTOR:
            return Answer.error(
                429,
                f"{count} of your queries are already waiting or running; wait for their "
                "answers before sending more",
            )
        self._clients[client] = (gate, count + 1)
        try:
            async with gate:
                return await self._run(job)
        finally:
            gate, count = self._clients[client]
            if count <= 1:
                del self._clients[client]
            else:
                self._clients[client] = (gate, count - 1)

    async def _acquire(self) -> Worker | None:
        if self._idle:
            return self._idle.pop()
        assert self._loop is not None, "attach() first"
        waiter: asyncio.Future[Worker] = self._loop.create_future()
        self._waiting.append(waiter)
        done, _ = await asyncio.wait({waiter}, timeout=self.timeout)
        if done:
            return waiter.result()
        waiter.cancel()
        with contextlib.suppress(ValueError):
            self._waiting.remove(waiter)
        return None

    async def _run(self, job: Job) -> Answer:
        worker = await self._acquire()
        if worker is None:
            return Answer.error(503, f"all {self.size} query workers are busy; try again")
        loop = asyncio.get_running_loop()
        exchange = loop.run_in_executor(self._threads, worker.exchange, job)
        long = False
        try:
            done, _ = await asyncio.wait({exchange}, timeout=self.long_after)
            if not done:
                if self._long >= self.long_queries:
                    self._lose(worker, exchange, long)
                    return Answer.error(
                        503,
                        f"the query ran past {self.long_after:g} s while {self._long} long "
                        "queries were running, the most this endpoint runs at once; try "
                        "again later, or ask for less",
                    )
                long = True
                self._long += 1
                worker.nice(_LOW_PRIORITY)
                self._want_one()
                done, _ = await asyncio.wait({exchange}, timeout=self.timeout - self.long_after)
                if not done:
                    self._lose(worker, exchange, long)
                    return Answer.error(
                        503,
                        f"the query was stopped after {self.timeout:g} s, this endpoint's "
                        "time limit",
                    )
            try:
                reply = exchange.result()
            except (EOFError, OSError):
                died = worker.death()
                self._lose(worker, exchange, long)
                return Answer.error(
                    500,
                    f"the query worker died ({died}), most likely out of memory (this "
                    "endpoint's per-query memory cap) or a crash of the query engine on "
                    "this query; ask for less: fewer joins, a LIMIT, no ORDER BY",
                )
        except BaseException:  # cancelled (the server is stopping): the worker is not reused
            self._lose(worker, exchange, long)
            raise
        finally:
            if long:
                self._long -= 1
        if long:
            self._back_from_long_lane(worker)
        else:
            self._give(worker)
        return reply

    def _lose(self, worker: Worker, exchange: asyncio.Future[Answer], long: bool) -> None:
        """Kill ``worker``; a quick-lane worker is replaced (a long one was at its move)."""
        self._retire(worker)
        exchange.add_done_callback(lambda f: f.cancelled() or f.exception())
        if not long:
            self._want_one()
