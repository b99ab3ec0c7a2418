"""Named-query latency on one store: ours (Oxigraph on disk) against rdflib in memory.

::

    python -m benchmarks.queries STORE [--nquads DATA.nq] [--repeats 5] [--timeout 60]
                                       [--queries DIR] [--only NAME,...] [--dump DIR]
                                       [--refresh]

Every named query runs unparameterised and, where it takes parameters, with a
typical value of each (a speaker, a debate title, a date: found in the store by
cheap ``LIMIT 1`` look-ups, or fixed).  Each case runs in its own process (so a
runaway query is cut off at ``--timeout`` seconds) against the on-disk store
through ``Store.query`` (union default graph, project prefixes), every row read;
the figure is the median of up to ``--repeats`` runs (fewer once a case has used
10 s).  With ``--nquads`` (the same store dumped as N-Quads) the same cases run
on an ``rdflib.Dataset(default_union=True)`` loaded once in one process, with the
same timeout per case.  ``--queries DIR`` times the ``.rq`` files of another
folder (e.g. an older version of ``graph/queries``); ``--dump DIR`` writes each
case's rows (cells in N-Triples form, tab-separated) for comparing versions.
``--refresh`` first recomputes what a build recomputes over the whole store after its
documents are in: the follow-up links (``graph.followups.refresh``), then the
summaries (``graph.summaries.refresh``; a store grown by bulk loading has none), in
a process of its own, and reports what each cost.

Prints a Markdown table: rows, ours ms, rdflib ms and rdflib / ours.
Nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from graph.queries import bind

HERE = Path(__file__).resolve().parent
QUERIES = HERE.parent / "graph" / "queries"

#: Stop repeating a case after this many seconds spent on it.
SLOW_S = 10.0

Case = tuple[str, dict[str, str]]

#: Look-ups that find a typical value for a parameter in the store at hand.
_FIND = {
    "speaker": "SELECT ?v WHERE { ?s dkg:speaker/foaf:name ?v } LIMIT 1",
    "maker": "SELECT ?v WHERE { ?c dkg:madeBy/foaf:name ?v } LIMIT 1",
    "title": "SELECT ?v WHERE { ?d a dkg:Debate ; dcterms:title ?v } LIMIT 1",
    "holder": "SELECT ?v WHERE { ?p org:holds ?o ; foaf:name ?v } LIMIT 1",
}

#: query -> [(parameter, a _FIND key or a fixed value)], one case each.
TYPICAL: dict[str, list[tuple[str, str]]] = {
    "commitments": [("member", "@maker"), ("category", "funding")],
    "commitments-by-debate": [("title", "@title")],
    "debates": [("title", "@title")],
    "deadline-timeline": [("from", "2025-06-01")],
    "offices-held": [("name", "@holder")],
    "overdue-commitments": [("asOf", "2025-06-01")],
    "speakers-of-debate": [("title", "@title")],
    "speeches-in-order": [("title", "@title")],
    "who-mentions-whom": [("title", "@title"), ("speaker", "@speaker")],
}


#: query -> parameter sets run together, one case each (a date alone or a name alone
#: asks a different question than the two together, which is the usual one).
TOGETHER: dict[str, list[dict[str, str]]] = {
    "office-holder-on-date": [{"office": "Home Secretary", "on": "2020-12-14"}],
    "party-on-date": [{"member": "@speaker", "on": "2020-06-15"}],
}


def case_label(name: str, params: dict[str, str]) -> str:
    return name + "".join(f" {k}={v}" for k, v in params.items())


def case_file(name: str, params: dict[str, str]) -> str:
    return re.sub(r"[^A-Za-z0-9.=@-]+", "_", name + "".join(f"@{k}={v}" for k, v in params.items()))


def query_text(folder: Path, name: str, params: dict[str, str]) -> str:
    return bind((folder / f"{name}.rq").read_text(encoding="utf-8"), params)


def cases(location: str, folder: Path, only: set[str] | None) -> list[Case]:
    """Every query unparameterised, then once per typical parameter it declares."""
    from graph.queries import _parse
    from graph.store import Store

    names = sorted(p.stem for p in folder.glob("*.rq") if not only or p.stem in only)
    found: dict[str, str] = {}
    with Store.open(location, read_only=True) as store:
        for key, sparql in _FIND.items():
            rows = list(store.query(sparql))  # type: ignore[arg-type]
            if rows and rows[0][0] is not None:
                found[key] = rows[0][0].value
    out: list[Case] = []
    for name in names:
        out.append((name, {}))
        declared = _parse(name, (folder / f"{name}.rq").read_text(encoding="utf-8")).params
        for param, value in TYPICAL.get(name, []):
            value = found.get(value[1:], "") if value.startswith("@") else value
            if param in declared and value:
                out.append((name, {param: value}))
        for together in TOGETHER.get(name, []):
            params = {
                k: found.get(v[1:], "") if v.startswith("@") else v for k, v in together.items()
            }
            if set(params) <= set(declared) and all(params.values()):
                out.append((name, params))
    return out


def _cells(row: Any, n: int) -> str:
    return "\t".join("" if row[i] is None else str(row[i]) for i in range(n))


def ours(location: str, text: str, repeats: int, dump: str | None) -> dict[str, Any]:
    """One case on the on-disk store: median seconds, runs, rows (run in a worker process)."""
    from graph.store import Store

    times: list[float] = []
    lines: list[str] = []
    with Store.open(location, read_only=True) as store:
        for _ in range(repeats):
            start = time.perf_counter()
            result = store.query(text)
            n = len(result.variables)  # type: ignore[union-attr]
            lines = [_cells(row, n) for row in result]  # type: ignore[union-attr]
            times.append(time.perf_counter() - start)
            if sum(times) > SLOW_S:
                break
        if dump:
            header = "\t".join(v.value for v in result.variables)  # type: ignore[union-attr]
            Path(dump).write_text(header + "\n" + "".join(f"{line}\n" for line in lines))
    return {"median_s": statistics.median(times), "runs": len(times), "rows": len(lines)}


def refresh(location: str) -> dict[str, Any]:
    """Recompute the store's follow-ups, then its summaries, as a build does (run in a
    worker process): seconds of each, rows, quads written."""
    import resource

    from graph import followups
    from graph.store import Store
    from graph.summaries import refresh as refresh_summaries

    with Store.open(location) as store:
        linked = followups.refresh(store)
        done = refresh_summaries(store)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "followups_s": round(linked.seconds, 2),
        "reports": linked.reports,
        "links": linked.links,
        "seconds": done.seconds,
        "rows": done.rows,
        "deleted": done.deleted,
        "inserted": done.inserted,
        "peak_rss_mb": round(peak, 1),
    }


def _run_refresh(args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.queries", "--worker", "refresh", args.store]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def peer(data: str, plan: list[dict[str, Any]], repeats: int, timeout: float) -> None:
    """Load ``data`` into rdflib once, then time each case; one JSON line per case."""
    from rdflib import Dataset

    from ontology import sparql_prefixes

    start = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data, format="ox-nquads")
    print(json.dumps({"load_s": time.perf_counter() - start}), flush=True)
    signal.signal(signal.SIGALRM, _alarm)
    for item in plan:
        times: list[float] = []
        rows = 0
        entry: dict[str, Any] = {"case": item["case"]}
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            for _ in range(repeats):
                start = time.perf_counter()
                rows = sum(1 for _ in ds.query(sparql_prefixes() + item["text"]))
                times.append(time.perf_counter() - start)
                if sum(times) > SLOW_S:
                    break
            entry.update(median_s=statistics.median(times), runs=len(times), rows=rows)
        except _Timeout:
            entry.update(timed_out=True)
        except Exception as exc:  # rdflib's own limits are part of the result
            entry.update(failed=f"{type(exc).__name__}: {exc}"[:200])
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        print(json.dumps(entry), flush=True)


def _run_ours(args: argparse.Namespace, name: str, params: dict[str, str]) -> dict[str, Any]:
    text = query_text(args.queries, name, params)
    dump = str(args.dump / f"{case_file(name, params)}.tsv") if args.dump else ""
    cmd = [sys.executable, "-m", "benchmarks.queries", "--worker", "ours", args.store, text]
    cmd += [str(args.repeats), dump]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return {"timed_out": True}
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _run_peer(args: argparse.Namespace, plan: list[Case]) -> dict[str, dict[str, Any]]:
    items = [{"case": case_label(n, p), "text": query_text(args.queries, n, p)} for n, p in plan]
    cmd = [sys.executable, "-m", "benchmarks.queries", "--worker", "peer", str(args.nquads)]
    cmd += [json.dumps(items), str(args.repeats), str(args.peer_timeout or args.timeout)]
    found: dict[str, dict[str, Any]] = {}
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            entry = json.loads(line)
            if "load_s" in entry:
                print(f"rdflib loaded {args.nquads} in {entry['load_s']:.1f} s", file=sys.stderr)
                found["_load"] = entry
            else:
                found[entry["case"]] = entry
                print(f"rdflib  {entry}", file=sys.stderr)
    return found


def format_ms(entry: dict[str, Any] | None) -> str:
    """A timing cell: median milliseconds, or why there is none."""
    if entry is None:
        return "-"
    if entry.get("timed_out"):
        return "timeout"
    if entry.get("failed") or "median_s" not in entry:
        return "failed"
    ms = entry["median_s"] * 1000
    return f"{ms:,.0f}" if ms >= 10 else f"{ms:.1f}"


def format_ratio(a: dict[str, Any], b: dict[str, Any] | None, timeout: float) -> str:
    """How many times slower ``b`` (the reference) was than ``a`` (ours)."""
    if not b or "median_s" not in a:
        return "-"
    if b.get("timed_out"):
        return f"> {timeout / a['median_s']:,.0f}x"
    if "median_s" not in b:
        return "-"
    return f"{b['median_s'] / a['median_s']:,.1f}x"


def markdown(plan: list[Case], mine: dict[str, Any], theirs: dict[str, Any], timeout: float) -> str:
    head = "| query | parameters | rows | ours ms | rdflib ms | rdflib / ours |\n"
    head += "|---|---|---:|---:|---:|---:|\n"
    lines = []
    for name, params in plan:
        label = case_label(name, params)
        a, b = mine[label], theirs.get(label)
        rows = a.get("rows", "-")
        if b and "rows" in b and b["rows"] != rows:
            rows = f"{rows} (rdflib {b['rows']})"
        shown = ", ".join(f"`{k}={v}`" for k, v in params.items()) or "-"
        lines.append(
            f"| {name} | {shown} | {rows} | {format_ms(a)} | {format_ms(b)} | {format_ratio(a, b, timeout)} |"
        )
    return head + "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        if sys.argv[2] == "refresh":
            print(json.dumps(refresh(sys.argv[3])))
        elif sys.argv[2] == "ours":
            store, text, repeats, dump = sys.argv[3:7]
            print(json.dumps(ours(store, text, int(repeats), dump or None)))
        else:
            data, items, repeats, timeout = sys.argv[3:7]
            peer(data, json.loads(items), int(repeats), float(timeout))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", help="an on-disk store directory")
    parser.add_argument("--nquads", type=Path, help="the same data as N-Quads, for rdflib")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="folder of .rq files")
    parser.add_argument("--only", help="comma-separated query names")
    parser.add_argument("--no-params", action="store_true", help="unparameterised cases only")
    parser.add_argument("--dump", type=Path, help="write each case's rows here (TSV)")
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    parser.add_argument("--peer-only", help="comma-separated query names to time on rdflib")
    parser.add_argument("--peer-timeout", type=float, help="seconds per rdflib case")
    parser.add_argument(
        "--refresh", action="store_true", help="recompute the build-time summaries first"
    )
    args = parser.parse_args()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    refreshed = _run_refresh(args) if args.refresh else None
    if refreshed is not None:
        print(f"refresh {refreshed}", file=sys.stderr, flush=True)
    only = set(args.only.split(",")) if args.only else None
    plan = cases(args.store, args.queries, only)
    if args.no_params:
        plan = [(n, p) for n, p in plan if not p]
    mine: dict[str, Any] = {}
    for name, params in plan:
        mine[case_label(name, params)] = entry = _run_ours(args, name, params)
        print(f"ours    {case_label(name, params)}: {entry}", file=sys.stderr, flush=True)
    peer_plan = plan
    if args.peer_only:
        wanted = set(args.peer_only.split(","))
        peer_plan = [(n, p) for n, p in plan if n in wanted]
    theirs = _run_peer(args, peer_plan) if args.nquads else {}
    if args.json:
        found = {"ours": mine, "rdflib": theirs, "refresh": refreshed}
        args.json.write_text(json.dumps(found, indent=1) + "\n")
    if refreshed is not None and "seconds" in refreshed:
        print(
            f"Summaries refreshed in {refreshed['seconds']:.1f} s ({refreshed['inserted']:,} quads"
            f" inserted, {refreshed['deleted']:,} deleted, peak RSS {refreshed['peak_rss_mb']} MB)\n"
        )
    print(markdown(plan, mine, theirs, args.peer_timeout or args.timeout))


if __name__ == "__main__":
    main()
