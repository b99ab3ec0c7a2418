"""Measured steps that run in their own process, so each has its own peak memory and timeout.

``python -m benchmarks.workers STEP ARGS...`` prints one JSON object:

* ``peer DIR`` - the naive peer: the same extraction, written to rdflib's in-memory Dataset;
* ``grow BASE.nq STORE TARGET`` - a store of about TARGET quads: the base graph's
  documents replicated under new document keys (entities shared), bulk-loaded;
* ``query STORE NAME REPEATS`` - a named query on the on-disk store, every row read;
* ``rdflib-query DATA.nq NAME REPEATS`` - the same query on rdflib in memory;
* ``export STORE OUT [JOBS]`` - the GraphML exporter (``debate-kg export --jobs JOBS``).
"""

from __future__ import annotations

import calendar
import json
import re
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from graph import iris
from graph.queries import bind, named_query
from graph.sources import expand
from graph.store import Store
from graph.summaries import GRAPH as SUMMARIES


def peer(folder: str) -> dict[str, object]:
    from rdflib import Dataset

    from graph.pipeline import extract_file

    start = time.perf_counter()
    ds = Dataset()
    for path in expand([Path(folder)]):
        _, quads = extract_file(path)
        ds.addN(quads)  # type: ignore[arg-type]
    return {"seconds": time.perf_counter() - start}


def split_base(base: bytes) -> tuple[bytes, bytes]:
    """A store dump's (store-wide quads, document quads), the summaries left out.

    Store-wide graphs are ``id/graph/...``: entities, the imported registry, paths.
    The base's summaries summarise the base, not the copies (a grown store's are
    recomputed, ``benchmarks.queries --refresh``).
    """
    store_wide = f"<{iris.ENTITIES_GRAPH.rsplit('/', 1)[0]}/".encode()
    summaries = f"<{SUMMARIES}> .".encode()
    shared, docs = [], []
    for line in base.splitlines():
        if line.endswith(summaries):
            continue
        graph = line[line.rfind(b" <", 0, len(line) - 2) + 1 :]
        (shared if graph.startswith(store_wide) else docs).append(line)
    return b"\n".join(shared) + b"\n", b"\n".join(docs) + b"\n"


def copies_for(base: bytes, target: float) -> int:
    """How many copies of the base's documents make a store of about ``target`` quads."""
    shared, docs = split_base(base)
    return max(1, round((target - shared.count(b"\n")) / max(1, docs.count(b"\n"))))


_DATE = re.compile(rb'"(\d{4})-(\d\d)-(\d\d)"\^\^<http://www.w3.org/2001/XMLSchema#date>')


def years_earlier(docs: bytes, years: int) -> bytes:
    """``docs`` with every ``xsd:date`` literal moved ``years`` back (29 February to the 28th)."""
    if not years:
        return docs

    def move(m: re.Match[bytes]) -> bytes:
        year, day = int(m[1]) - years, m[3]
        if m[2] == b"02" and day == b"29" and not calendar.isleap(year):
            day = b"28"
        return b'"%04d-%s-%s"^^<http://www.w3.org/2001/XMLSchema#date>' % (year, m[2], day)

    return _DATE.sub(move, docs)


def _replicas(base: bytes, copies: int) -> Iterator[bytes]:
    """The base's document quads under new keys, ``copies`` times; the rest once.

    Copy ``k`` is dated ``k`` years before the base, as a store of many years of
    sittings is: same-day copies would give every status report as many equally good
    earlier commitments as there are copies, and every followed commitment a report
    from each copy, which no real store has.  The registry (shared) is not moved.
    """
    shared, docs = split_base(base)
    yield shared
    for k in range(copies):
        tag = f"r{k:04d}-".encode()
        yield (
            years_earlier(docs, k)
            .replace(b"/id/source/", b"/id/source/" + tag)
            .replace(b"/id/debate/", b"/id/debate/" + tag)
        )


def grow(base_path: str, location: str, target: str) -> dict[str, object]:
    base = Path(base_path).read_bytes()
    copies = copies_for(base, float(target))
    start = time.perf_counter()
    with Store.open(location) as store:
        for chunk in _replicas(base, copies):
            store.load_nquads(chunk)
        quads = store.count_quads()
    return {"seconds": time.perf_counter() - start, "quads": quads, "copies": copies}


def _consume(result: object) -> int:
    if isinstance(result, ox.QuerySolutions):
        return sum(1 for _ in result)
    return 1


def query(location: str, name: str, repeats: str, *params: str) -> dict[str, object]:
    """Time a named query (or a ``.rq`` file, such as a golden aggregate) on a store,
    with parameters given as ``name=value``: ``python -m benchmarks.workers query
    STORE commitments 3 since=2026-01-01``."""
    given = dict(p.split("=", 1) for p in params)
    if name.endswith(".rq"):
        text, declared = Path(name).read_text(encoding="utf-8"), None
    else:
        found = named_query(name)
        text, declared = found.text, found.params
    text = bind(text, given, declared=declared)  # no parameters: the text as it is
    times, rows = [], 0
    with Store.open(location, read_only=True) as store:
        for _ in range(int(repeats)):
            start = time.perf_counter()
            rows = _consume(store.query(text))
            times.append(time.perf_counter() - start)
            if sum(times) > SLOW_S:
                break  # slow queries: fewer runs, so the whole run ends in reasonable time
    return {"median_s": statistics.median(times), "runs": len(times), "rows": rows}


#: After this many seconds spent on one query, stop repeating it.
SLOW_S = 10.0


def rdflib_query(data: str, names: str, repeats: str) -> dict[str, object]:
    """Load once, then time each of the comma-separated named queries."""
    from rdflib import Dataset

    from ontology import PREFIXES

    start = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data, format="ox-nquads")
    loaded = time.perf_counter() - start
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    found: dict[str, object] = {"load_s": loaded}
    for name in names.split(","):
        times, rows = [], 0
        try:
            for _ in range(int(repeats)):
                start = time.perf_counter()
                rows = sum(1 for _ in ds.query(prologue + named_query(name).text))
                times.append(time.perf_counter() - start)
                if sum(times) > SLOW_S:
                    break
        except Exception as exc:  # rdflib's own limits are part of the result
            found[name] = {"failed": True, "error": f"{type(exc).__name__}: {exc}"[:200]}
            continue
        found[name] = {"median_s": statistics.median(times), "runs": len(times), "rows": rows}
    return found


def export(location: str, out: str, jobs: str = "1") -> dict[str, object]:
    from exporters.registry import export_graphml

    start, cpu = time.perf_counter(), time.process_time()
    with Store.open(location, read_only=True) as store:
        export_graphml(store.inner, out, snapshot=store.snapshot, jobs=int(jobs))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu  # every thread of this process (Oxigraph's), no helper
    data = Path(out).read_bytes()
    return {
        "jobs": int(jobs),
        "seconds": seconds,
        "cpu_s": round(cpu, 1),
        "bytes": len(data),
        "edges": data.count(b"<edge "),
        "nodes": data.count(b"<node "),
    }


STEPS = {
    "peer": peer,
    "grow": grow,
    "query": query,
    "rdflib-query": rdflib_query,
    "export": export,
}

if __name__ == "__main__":
    step, *args = sys.argv[1:]
    print(json.dumps(STEPS[step](*args)))
