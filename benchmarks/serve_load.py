"""Quick queries against ``debate-kg serve`` while slow ones run (issue 15, "starved").

``python -m benchmarks.serve_load [--code DIR] [--label NAME]`` builds a store from
``seeds/``, starts ``debate-kg serve`` on it with its default limits (from the
checkout at ``--code``, default this one, so an older commit can be measured with
``git archive COMMIT | tar -x -C DIR`` and ``--python`` an interpreter that imports
it: see ``benchmarks/results/serve-load.md``), starts two slow queries (a four-way cross
join that never finishes, so each runs until the server's time limit), and then
50 clients, each sending quick queries in turn (a page of debate titles, a
different ``LIMIT`` per client, or with ``--unique`` per query so the guard's
parse cache never helps) with a short pause
between them, until the first slow query returns: only quick queries sent while
both slow ones ran are counted.  It prints one Markdown row: the quick queries' median, p95
and worst latency, how many were answered 200 and how many refused (any other
status, or no answer), and what the slow queries got.

Not a test: the figures depend on the machine and what else runs on it.  The
results of record are in ``benchmarks/results/serve-load.md``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUICK = "SELECT ?title WHERE {{ ?d a dkg:Debate ; dcterms:title ?title }} ORDER BY ?title LIMIT {n}"


@dataclass
class Outcome:
    status: int  # 0: no answer (connection refused, reset or timed out)
    seconds: float


def request(port: int, query: str, timeout: float) -> Outcome:
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(
            "GET",
            "/query?" + urllib.parse.urlencode({"query": query}),
            headers={"Accept": "application/sparql-results+json"},
        )
        response = conn.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    finally:
        conn.close()
    return Outcome(status, time.monotonic() - started)


def build_store(python: str, code: Path, location: Path) -> None:
    subprocess.run(
        [*_cli(python), "build", str(ROOT / "seeds"), "--store", str(location)],
        check=True,
        capture_output=True,
        env=_env(code),
        cwd=location.parent,
    )


def _cli(python: str) -> list[str]:
    # Run from outside the checkout (cwd), so that "-c" does not put it on sys.path.
    return [python, "-c", "from graph.cli import main; main()"]


def _env(code: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(code), "PYTHONUNBUFFERED": "1"}


def run(python: str, code: Path, clients: int, pause: float, unique: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="serve-load-") as work:
        store = Path(work) / "store"
        build_store(python, code, store)
        server = subprocess.Popen(
            [*_cli(python), "serve", "--store", str(store), "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=_env(code),
            cwd=work,
        )
        try:
            assert server.stdout is not None
            line = server.stdout.readline()
            port = int(line.split(" at ", 1)[1].split()[0].rstrip("/").rsplit(":", 1)[1])
            threading.Thread(target=server.stdout.read, daemon=True).start()
            return _load(port, clients, pause, unique)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(60)
            except subprocess.TimeoutExpired:
                server.kill()


def _load(port: int, clients: int, pause: float, unique: bool) -> dict[str, object]:
    slow: list[Outcome] = []
    quick: list[Outcome] = []
    lock = threading.Lock()
    slow_done = threading.Event()

    def slow_client() -> None:
        outcome = request(port, SLOW, 120)
        slow_done.set()
        with lock:
            slow.append(outcome)

    def quick_client(index: int) -> None:
        # Only queries sent while both slow ones run count: a query sent after is
        # not one that had to compete with them.
        sent = 0
        while not slow_done.is_set():
            sent += 1
            n = index * 100_000 + sent if unique else index + 1
            outcome = request(port, QUICK.format(n=n), 120)
            with lock:
                quick.append(outcome)
            time.sleep(pause)

    threads = [threading.Thread(target=slow_client) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # both slow queries are running
    started = time.monotonic()
    quick_threads = [threading.Thread(target=quick_client, args=(i,)) for i in range(clients)]
    for thread in quick_threads:
        thread.start()
    for thread in quick_threads:
        thread.join()
    elapsed = time.monotonic() - started
    for thread in threads:
        thread.join()
    latencies = sorted(o.seconds for o in quick)
    return {
        "quick": len(quick),
        "ok": sum(o.status == 200 for o in quick),
        "refused": sum(o.status != 200 for o in quick),
        "statuses": sorted({o.status for o in quick}),
        "median_s": round(statistics.median(latencies), 3),
        "p95_s": round(latencies[int(0.95 * (len(latencies) - 1))], 3),
        "max_s": round(latencies[-1], 3),
        "elapsed_s": round(elapsed, 1),
        "slow": [(o.status, round(o.seconds, 1)) for o in slow],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose serve is measured")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter to run serve with; an editable install of this checkout takes "
        "precedence over PYTHONPATH, so measure another checkout with a venv whose "
        "site-packages has no such install",
    )
    parser.add_argument("--label", default="this checkout")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument(
        "--pause", type=float, default=0.1, help="seconds between a client's queries"
    )
    parser.add_argument(
        "--unique",
        action="store_true",
        help="every query text different (no parse cache hit: the guard parses each one)",
    )
    args = parser.parse_args()
    result = run(args.python, args.code.resolve(), args.clients, args.pause, args.unique)
    print(json.dumps({"label": args.label, **result}), file=sys.stderr)
    print(
        f"| {args.label} | {result['quick']} | {result['median_s']} | {result['p95_s']} | "
        f"{result['max_s']} | {result['ok']} | {result['refused']} {result['statuses']} | "
        f"{result['slow']} |"
    )


if __name__ == "__main__":
    main()
