"""Issue #5 measured in one run: ingest, queries at size, GraphML export, and two references.

``python -m benchmarks.scale`` (``make bench``) writes ``benchmarks/results/latest.json``
and ``latest.md`` and prints the Markdown.  Every timed step runs in its own
process (``benchmarks/workers.py`` or the ``debate-kg`` command), polled for the
peak resident memory of its whole process tree, with a timeout; a step that times
out is recorded as such rather than stopping the run.

References, measured in the same run on the same files:

* the floor - read the files and regex-split them into (speaker, text) speeches,
  no extraction, one core;
* the naive peer - the same extraction writing into rdflib's in-memory Dataset.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil

from benchmarks import corpus
from benchmarks.queries import format_ms, format_ratio
from graph.pipeline import file_sha256
from graph.store.compact import disk_bytes

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CLI = str(Path(sys.executable).parent / "debate-kg")

_PORTRAIT = re.compile(" Portrait ")
_TWFY_SPEECH = re.compile(rb"<speech\b[^>]*speakername=\"([^\"]*)\"[^>]*>(.*?)</speech>", re.S)
_TAG = re.compile(rb"<[^>]+>")

#: The named queries that join across speeches, debates and people: compared with rdflib.
JOINS = ("co-speakers", "speakers-of-debate", "speeches-in-order", "who-mentions-whom", "debates")

#: Issue #5 floors for a named query's median, by store size (quads): 50 ms at 10M, 200 ms at 50M.
TARGET_MS = {1e7: 50.0, 5e7: 200.0}

#: The GraphML export is timed on stores of these sizes (1e7 quads project to over 1M edges).
EXPORT_SIZES = "1e6,1e7"


def run(cmd: list[str], timeout: float) -> dict[str, Any]:
    """Run ``cmd``; its wall time, peak RSS of its process tree, stdout, and whether it timed out.

    Also the peak RSS and CPU seconds of the command's own process (``main_*``): in a
    build that is the writer, which shares the cores with the extraction workers.  CPU
    is sampled with the memory, so up to one poll (50 ms) of it may go uncounted.
    ``tree_cpu_s`` is the CPU of every process of the tree, workers included (they are
    the fork server's children, not the command's).
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = main_peak = 0
    main_cpu = 0.0
    tree_cpu: dict[int, float] = {}
    timed_out = False
    while proc.poll() is None:
        try:
            tree = [ps, *ps.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            main_peak = max(main_peak, ps.memory_info().rss)
            cpu = ps.cpu_times()
            main_cpu = cpu.user + cpu.system
            for p in tree:
                with contextlib.suppress(psutil.Error):
                    t = p.cpu_times()
                    tree_cpu[p.pid] = t.user + t.system
        except psutil.Error:
            pass
        if time.perf_counter() - start > timeout:
            for p in [*ps.children(recursive=True), ps]:
                with contextlib.suppress(psutil.Error):
                    p.kill()
            timed_out = True
            break
        time.sleep(0.05)
    out, err = proc.communicate()
    if proc.returncode not in (0, None) and not timed_out:
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return {
        "seconds": time.perf_counter() - start,
        "peak_rss_mb": round(peak / 1e6, 1),
        "main_peak_rss_mb": round(main_peak / 1e6, 1),
        "main_cpu_s": round(main_cpu, 2),
        "tree_cpu_s": round(sum(tree_cpu.values()), 2),
        "stdout": out.decode("utf-8", "replace"),
        "timed_out": timed_out,
        "returncode": proc.returncode,
    }


def du(path: Path) -> int:
    """Bytes of the files under ``path``, each hard-linked file once.

    A read snapshot is a RocksDB checkpoint: hard links to the database's table files.
    Summing every path counted those files twice (a 1000x build: 702 MB apparent, 421 MB
    on disk).
    """
    return disk_bytes(path)


def density(row: dict[str, Any]) -> dict[str, Any]:
    """How big the graph and the store are for the input: quads per MB of transcript,
    and store bytes (on disk, snapshots included) per input byte (issue 14: <= 10 at 1000x)."""
    mb, quads, store_mb = row.get("mb"), row.get("quads"), row.get("store_mb")
    compact_mb = row.get("compact_mb")
    return {
        "quads_per_mb": round(quads / mb) if quads and mb else None,
        "store_x_input": round(store_mb / mb, 1) if store_mb and mb else None,
        "bytes_per_quad": round(store_mb * 1e6 / quads) if store_mb and quads else None,
        "compact_x_input": round(compact_mb / mb, 1) if compact_mb and mb else None,
    }


def density_markdown(rows: list[dict[str, Any]]) -> list[str]:
    """The store-size table: one row per ingest row."""
    out = [
        "\n### Store size (`du` of the store folder, hard-linked snapshot files once)\n",
        "Target (issue 14): store <= 10x the input bytes at 1000x.  *Compacted*: the same\n"
        "store after `debate-kg compact STORE NEW_DIR` (a copy loaded in one call, its\n"
        "tables compressed), and how long that took.\n",
        "| format | scale | jobs | input MB | quads | quads per MB | store MB "
        "| store / input | bytes per quad | compacted MB | compacted / input | compact s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for x in rows:
        d = density(x)
        out.append(
            f"| {x['format']} | {x['scale']:g}x | {x['jobs']} | {x['mb']} | {x['quads']} | "
            f"{d['quads_per_mb']} | {x['store_mb']} | {d['store_x_input']}x | "
            f"{d['bytes_per_quad']} | {x.get('compact_mb')} | {d['compact_x_input']}x | "
            f"{x.get('compact_seconds')} |"
        )
    return out


def floor(files: list[Path], fmt: str) -> dict[str, float]:
    """Read and regex-split into speeches, nothing more: what no pipeline can beat."""
    start = time.perf_counter()
    speeches = size = 0
    for path in files:
        data = path.read_bytes()
        size += len(data)
        if fmt == "pp":
            # A speech starts at a "Name Portrait Role" line and runs to the next one.
            text = data.decode("utf-8")
            starts = [m.start() for m in _PORTRAIT.finditer(text)]
            for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
                line_start = text.rfind("\n", 0, a) + 1
                line_end = text.find("\n", a)
                name, role = text[line_start:a], text[a + 10 : line_end]
                speeches += bool((name, role, text[line_end:b].strip()))
        else:
            for m in _TWFY_SPEECH.finditer(data):
                speeches += bool((m[1], _TAG.sub(b"", m[2]).decode("utf-8").strip()))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "mb_per_s": size / 1e6 / seconds, "speeches": speeches}


def _summary(stdout: str) -> dict[str, int]:
    return {m[1]: int(m[2]) for m in re.finditer(r"^\s+(\w+)\s+(\d+)$", stdout, re.MULTILINE)}


def _fresh_build(folder: Path, store: Path, jobs: int, timeout: float) -> dict[str, Any]:
    """``debate-kg build folder`` into a new store (the old one removed), timed."""
    shutil.rmtree(store, ignore_errors=True)
    r = run([CLI, "build", str(folder), "--store", str(store), "--jobs", str(jobs)], timeout)
    if r["returncode"] != 0 and not r["timed_out"]:
        raise SystemExit(f"debate-kg build failed on {folder}")
    return r


def _compacted(store: Path, timeout: float) -> dict[str, Any]:
    """``debate-kg compact`` of a built store: its seconds and the copy's size on disk."""
    target = store.with_name(store.name + "-compact")
    shutil.rmtree(target, ignore_errors=True)
    r = run([CLI, "compact", str(target), "--store", str(store)], timeout)
    found = {
        "compact_seconds": round(r["seconds"], 2),
        "compact_mb": round(du(target) / 1e6, 1) if r["returncode"] == 0 else None,
        "compact_peak_rss_mb": r["peak_rss_mb"],
    }
    shutil.rmtree(target, ignore_errors=True)
    return found


def ingest(
    work: Path, pools: corpus.Pools, fmt: str, scale: float, jobs: int, timeout: float
) -> dict[str, Any]:
    folder = work / "corpus" / f"{fmt}-{scale:g}"
    if not folder.exists():
        corpus.generate(folder, scale, fmt, pools=pools)
    files = sorted(folder.iterdir())
    size = sum(p.stat().st_size for p in files)
    store = work / "stores" / f"{fmt}-{scale:g}-j{jobs}"
    r = _fresh_build(folder, store, jobs, timeout)
    counts = _summary(r["stdout"])
    row: dict[str, Any] = {
        "format": fmt,
        "scale": scale,
        "jobs": jobs,
        "files": len(files),
        "mb": round(size / 1e6, 2),
        "seconds": round(r["seconds"], 2),
        "timed_out": r["timed_out"],
        "peak_rss_mb": r["peak_rss_mb"],
        "main_peak_rss_mb": r["main_peak_rss_mb"],
        "main_cpu_s": r["main_cpu_s"],
        "store_mb": round(du(store) / 1e6, 1) if store.exists() else None,
        "quads": counts.get("quads"),
        "speeches": counts.get("speeches"),
        "store": str(store),
        "folder": str(folder),
    }
    if store.exists() and not r["timed_out"]:
        row.update(_compacted(store, timeout))
    row.update(density(row))
    row["mb_per_s"] = round(size / 1e6 / r["seconds"], 3)
    if row["speeches"]:
        row["speeches_per_s"] = round(row["speeches"] / r["seconds"], 1)
    fl = floor(files, fmt)
    row["floor_mb_per_s"] = round(fl["mb_per_s"], 1)
    row["x_floor"] = round(fl["mb_per_s"] / row["mb_per_s"], 1)
    return row


#: The many-small-pages case of issue #14: pages of about this many bytes (one debate
#: each, the seed's format), and how many; ``--pages 0`` leaves it out.
PAGES, PAGE_BYTES = 1500, 12_000


def small_pages(
    work: Path, pools: corpus.Pools, count: int, page_bytes: int, jobs: int, timeout: float
) -> dict[str, Any]:
    """Many small files built with one job and with ``jobs``, in the same run.

    What a user who saved one debate a page from a website has: ``count`` pages of
    ``page_bytes`` or a little more (:func:`benchmarks.corpus.generate_pages`).  Each
    build is timed as :func:`ingest` times one, with the CPU of every process (workers
    included), so CPU / wall shows how much the jobs overlap; the regex floor is timed
    on the same files.
    """
    folder = work / "corpus" / f"pages-{count}x{page_bytes}"
    if not folder.exists():
        corpus.generate_pages(folder, count, page_bytes, pools=pools)
    files = sorted(folder.iterdir())
    size = sum(p.stat().st_size for p in files)
    rows = []
    for n in sorted({1, jobs}):
        store = work / "stores" / f"pages-j{n}"
        r = _fresh_build(folder, store, n, timeout)
        counts = _summary(r["stdout"])
        rows.append(
            {
                "jobs": n,
                "seconds": round(r["seconds"], 2),
                "timed_out": r["timed_out"],
                "mb_per_s": round(size / 1e6 / r["seconds"], 3),
                "ms_per_page": round(r["seconds"] * 1000 / len(files), 1),
                "main_cpu_s": r["main_cpu_s"],
                "tree_cpu_s": r["tree_cpu_s"],
                "cpu_per_wall": round(r["tree_cpu_s"] / r["seconds"], 2),
                "peak_rss_mb": r["peak_rss_mb"],
                "quads": counts.get("quads"),
                "store_mb": round(du(store) / 1e6, 1) if store.exists() else None,
            }
        )
        shutil.rmtree(store, ignore_errors=True)
    fl = floor(files, "pp")
    found: dict[str, Any] = {
        "pages": len(files),
        "page_bytes": page_bytes,
        "mb": round(size / 1e6, 2),
        "rows": rows,
        "floor_mb_per_s": round(fl["mb_per_s"], 1),
    }
    if len(rows) == 2 and not any(r["timed_out"] for r in rows):
        found["speedup"] = round(rows[0]["seconds"] / rows[1]["seconds"], 2)
    return found


def pages_markdown(p: dict[str, Any]) -> list[str]:
    """The small-pages table, with the issue #14 targets beside it."""
    out = [
        f"\n### Many small pages: {p['pages']} pages, {p['mb']} MB "
        f"(about {p['mb'] * 1000 / p['pages']:.1f} KB each, the seed's format)\n",
        "`debate-kg build DIR --jobs N`, fresh store each; CPU of the whole process tree "
        "(writer and workers) and of the writer alone.\n",
        "| jobs | s | MB/s | ms/page | CPU s (all) | CPU / wall | writer CPU s "
        "| peak RSS MB | quads | floor MB/s | floor / ours |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in p["rows"]:
        out.append(
            f"| {r['jobs']} | {r['seconds']}{' (timeout)' if r['timed_out'] else ''} | "
            f"{r['mb_per_s']} | {r['ms_per_page']} | {r['tree_cpu_s']} | {r['cpu_per_wall']} | "
            f"{r['main_cpu_s']} | {r['peak_rss_mb']} | {r['quads']} | {p['floor_mb_per_s']} | "
            f"{p['floor_mb_per_s'] / r['mb_per_s']:.0f}x |"
        )
    if "speedup" in p:
        best = p["rows"][-1]
        out.append(
            f"\n--jobs {best['jobs']} / --jobs 1: {p['speedup']}x (target 1.7x); "
            f"{best['mb_per_s']} MB/s (target 3 MB/s)."
        )
    return out


def _worker(step: str, *args: str, timeout: float) -> dict[str, Any]:
    r = run([sys.executable, "-m", "benchmarks.workers", step, *args], timeout)
    if r["timed_out"] or r["returncode"] != 0:
        return {"timed_out": r["timed_out"], "failed": r["returncode"] != 0, **_rss(r)}
    found = json.loads(r["stdout"].strip().splitlines()[-1])
    return {**found, **_rss(r), "tree_cpu_s": r["tree_cpu_s"]}


#: The GraphML export is timed with ``--jobs 1`` and ``--jobs 2`` (a helper process).
EXPORT_JOBS = (1, 2)


def exports(location: str, out: Path, timeout: float) -> list[dict[str, Any]]:
    """The GraphML export of one store with each of :data:`EXPORT_JOBS`; the files must
    be the same bytes (``same`` on the second and later)."""
    found, first = [], None
    for jobs in EXPORT_JOBS:
        x = _worker("export", location, str(out), str(jobs), timeout=timeout)
        if out.exists():
            digest = file_sha256(out)
            x["same"] = first is None or digest == first
            first = first or digest
            out.unlink()
        found.append(x)
    return found


def _rss(r: dict[str, Any]) -> dict[str, Any]:
    return {"peak_rss_mb": r["peak_rss_mb"], "wall_s": round(r["seconds"], 2)}


def dump_base(store: Path, out: Path) -> None:
    from graph.store import Store

    with Store.open(store, read_only=True) as s, out.open("wb") as f:
        s.dump_nquads(f)


def grow(base: Path, location: Path, target: float) -> dict[str, Any]:
    """A store of about ``target`` quads: the base's documents replicated, then one bulk load.

    The copies go to one N-Quads file beside the store and pyoxigraph's bulk loader reads
    it in one call (its own threads), which is several times faster than loading a copy
    at a time.  Runs in a worker process (``python -m benchmarks.scale --grow``).
    """
    from benchmarks.workers import _replicas, copies_for
    from graph.store import Store

    data = base.read_bytes()
    copies = copies_for(data, target)
    start = time.perf_counter()
    spool = location.with_suffix(".nq")
    with spool.open("wb") as out:
        for chunk in _replicas(data, copies):
            out.write(chunk)
    written = time.perf_counter() - start
    with Store.open(location) as store:
        store.inner.bulk_load(path=str(spool), format=ox_nquads())
        store.load_nquads(b"")  # through the Store too, so it publishes its read snapshot
        quads = store.count_quads()
    spool.unlink()
    return {
        "seconds": time.perf_counter() - start,
        "write_s": round(written, 1),
        "quads": quads,
        "copies": copies,
    }


def ox_nquads() -> Any:
    import pyoxigraph as ox

    return ox.RdfFormat.N_QUADS


def measure_size(
    args: argparse.Namespace, work: Path, base: Path, target: float, *, smallest: bool
) -> dict[str, Any]:
    """Grow a store of ``target`` quads and time every named-query case on it.

    The cases (every query, and each with a typical parameter) come from
    ``benchmarks/queries.py``, each in its own process with ``--query-timeout``; at the
    smallest size the joins also run on rdflib in memory (``--peer-timeout`` a case).
    """
    location = work / "stores" / f"grown-{target:g}"
    shutil.rmtree(location, ignore_errors=True)
    location.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "benchmarks.scale", "--grow", str(base), str(location)]
    r = run([*cmd, str(target)], args.timeout)
    grown = (
        json.loads(r["stdout"].strip().splitlines()[-1])
        if r["returncode"] == 0 and not r["timed_out"]
        else {"failed": True}
    )
    grown.update(_rss(r))
    raw = work / f"queries-{target:g}.json"
    cmd = [sys.executable, "-m", "benchmarks.queries", str(location), "--json", str(raw)]
    cmd += ["--repeats", str(args.repeats), "--timeout", str(args.query_timeout)]
    cmd += ["--refresh"]  # the build-time summaries of the grown store, timed: a build pays it
    if smallest:
        data = work / f"grown-{target:g}.nq"
        dump_base(location, data)
        cmd += ["--nquads", str(data), "--peer-only", ",".join(JOINS)]
        cmd += ["--peer-timeout", str(args.peer_timeout)]
    q = run(cmd, args.timeout * 4)
    found = json.loads(raw.read_text()) if raw.exists() else {"ours": {}, "rdflib": {}}
    return {
        "target": target,
        "location": str(location),
        "grow": grown,
        "store_mb": round(du(location) / 1e6, 1),
        "queries_s": round(q["seconds"], 1),
        "cases": found,
    }


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--grow":
        print(json.dumps(grow(Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1,10,100,1000")
    parser.add_argument("--formats", default="pp,twfy")
    parser.add_argument("--sizes", default="1e6,1e7,5e7", help="store sizes for query timings")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--peer-scale", type=float, default=100)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--query-timeout", type=float, default=120)
    parser.add_argument("--peer-timeout", type=float, default=60, help="seconds per rdflib case")
    parser.add_argument(
        "--export-sizes", default=EXPORT_SIZES, help="store sizes where GraphML is timed"
    )
    parser.add_argument(
        "--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "debate-kg-bench"
    )
    parser.add_argument("--pages", type=int, default=PAGES, help="small pages (0: none)")
    parser.add_argument("--page-bytes", type=int, default=PAGE_BYTES)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--keep", action="store_true", help="keep the generated stores")
    args = parser.parse_args()

    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    pools = corpus.learn()
    scales = [float(s) for s in args.scales.split(",")]
    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "ram_gb": round(psutil.virtual_memory().total / 1e9, 1),
            "python": platform.python_version(),
        },
        "seed_bytes": corpus.seed_bytes(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "code": code_version(),
        "ingest": [],
        "peer": [],
        "queries": [],
        "export": [],
    }

    def save() -> None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "latest.json").write_text(json.dumps(results, indent=1) + "\n")
        (args.out / "latest.md").write_text(markdown(results))

    for fmt in args.formats.split(","):
        for scale in scales:
            for jobs in sorted({1, args.jobs}) if scale == args.peer_scale else [args.jobs]:
                row = ingest(work, pools, fmt, scale, jobs, args.timeout)
                results["ingest"].append(row)
                print(json.dumps(row), file=sys.stderr)
                save()
        peer_folder = work / "corpus" / f"{fmt}-{args.peer_scale:g}"
        if peer_folder.exists():
            p = _worker("peer", str(peer_folder), timeout=args.timeout)
            ours = [
                r for r in results["ingest"] if r["format"] == fmt and r["scale"] == args.peer_scale
            ]
            p.update({"format": fmt, "scale": args.peer_scale})
            if "seconds" in p:
                p["ours_x_faster"] = {
                    r["jobs"]: round(p["seconds"] / r["seconds"], 2) for r in ours
                }
            results["peer"].append(p)
            save()

    if args.pages:
        results["pages"] = small_pages(
            work, pools, args.pages, args.page_bytes, args.jobs, args.timeout
        )
        print(json.dumps(results["pages"]), file=sys.stderr)
        save()

    # Queries: the largest text build is the base; bigger stores replicate its documents.
    base_row = max((r for r in results["ingest"] if r["format"] == "pp"), key=lambda r: r["scale"])
    base = work / "base.nq"
    dump_base(Path(base_row["store"]), base)
    sizes = sorted(float(s) for s in args.sizes.split(","))
    export_sizes = {float(s) for s in args.export_sizes.split(",") if s}
    for target in sizes:
        entry = measure_size(args, work, base, target, smallest=target == sizes[0])
        entry["export"] = (
            exports(entry["location"], work / "export.graphml", args.timeout)
            if target in export_sizes or target == sizes[0]
            else None
        )
        results["queries"].append(entry)
        save()
        print(json.dumps({k: v for k, v in entry.items() if k != "cases"}), file=sys.stderr)
        if not args.keep:
            shutil.rmtree(entry["location"], ignore_errors=True)
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    save()
    print(markdown(results))


def _case(label: str) -> str:
    """``debates title=Some Title`` -> ``debates title``: the case without its value."""
    return label.split("=", 1)[0]


def queries_markdown(entries: list[dict[str, Any]]) -> list[str]:
    """One row per query case, one column per store size; rdflib and targets below."""
    sizes = [e["grow"].get("quads") or e["target"] for e in entries]
    # The typical parameter values are looked up in each store, so cases are matched
    # across sizes by query and parameter name ("debates title"), values shown per size.
    by_case = [
        {_case(label): (label, v) for label, v in e["cases"]["ours"].items()} for e in entries
    ]
    labels = list(by_case[0])
    out = [
        "\n### Named queries, median ms (every row read; on-disk store, union default graph)\n",
        "Each case in its own process; `rows` at the largest size.  rdflib: the same case on "
        "`rdflib.Dataset(default_union=True)` in memory at the smallest size.\n",
        "| query case | "
        + " | ".join(f"{q:,} quads" for q in sizes)
        + " | rows | rdflib ms | rdflib / ours |",
        "|---|" + "---:|" * (len(sizes) + 3),
    ]
    timeout = 60.0
    for case in labels:
        cells = [format_ms(found[case][1]) if case in found else "-" for found in by_case]
        label, mine = by_case[0][case]
        theirs = entries[0]["cases"].get("rdflib", {}).get(label)
        rows = by_case[-1].get(case, ("", {}))[1].get("rows", "-")
        values = sorted({found[case][0][len(case) :] for found in by_case if case in found})
        shown = case + (
            " (" + "; ".join(v.strip(" =") for v in values) + ")" if values != [""] else ""
        )
        out.append(
            f"| {shown} | " + " | ".join(cells) + f" | {rows} | {format_ms(theirs)} | "
            f"{format_ratio(mine, theirs, timeout)} |"
        )
    out.append("")
    for e in entries:
        g = e["grow"]
        line = (
            f"Store of {g.get('quads', 0):,} quads ({e['store_mb']} MB): built in "
            f"{g.get('seconds', 0):.0f} s (peak RSS {g.get('peak_rss_mb')} MB); "
            f"all cases timed in {e.get('queries_s', 0):.0f} s."
        )
        refreshed = e["cases"].get("refresh") or {}
        if "seconds" in refreshed:
            if "followups_s" in refreshed:
                line += (
                    f" Build-time follow-ups matched in {refreshed['followups_s']:.1f} s "
                    f"({refreshed['reports']:,} reports, {refreshed['links']:,} links),"
                )
            line += (
                f" build-time summaries refreshed in {refreshed['seconds']:.1f} s "
                f"(peak RSS {refreshed.get('peak_rss_mb')} MB), paid once per build."
            )
        limit = next((ms for size, ms in TARGET_MS.items() if abs(e["target"] - size) < 1), None)
        if limit is not None:
            timed = {k: v for k, v in e["cases"]["ours"].items() if "median_s" in v}
            missed = {
                k: v["median_s"] * 1000 / limit
                for k, v in timed.items()
                if v["median_s"] * 1000 > limit
            }
            line += (
                f" Target {limit:.0f} ms: {len(timed) - len(missed)} of "
                f"{len(e['cases']['ours'])} cases meet it"
            )
            if missed:
                line += "; missed by " + ", ".join(
                    f"{k} {x:.1f}x" for k, x in sorted(missed.items())
                )
            line += "."
        out.append(line)
    for e in entries:
        found = e.get("export")
        if not found:
            continue
        quads = e["grow"].get("quads", 0)
        for x in found if isinstance(found, list) else [found]:
            jobs = f" with `--jobs {x['jobs']}`" if "jobs" in x else ""
            if "seconds" in x:
                cpu = f" ({x['tree_cpu_s']:.1f} s CPU)" if "tree_cpu_s" in x else ""
                per = x["seconds"] * 1e6 / x["edges"] if x.get("edges") else 0
                same = "" if x.get("same", True) else " **not the same bytes as `--jobs 1`**"
                out.append(
                    f"\nGraphML export at {quads:,} quads{jobs}: {x['seconds']:.1f} s{cpu}, "
                    f"{x['bytes'] / 1e6:.1f} MB, {x['edges']:,} edges ({per:.1f} s per 1M), "
                    f"{x['nodes']:,} nodes, peak RSS {x['peak_rss_mb']} MB "
                    f"(target: a 1M-edge projection in 30 s){same}."
                )
            else:
                out.append(
                    f"\nGraphML export at {quads:,} quads{jobs}: "
                    f"{'timed out' if x.get('timed_out') else 'failed'}."
                )
    return out


def code_version() -> str | None:
    """The commit the benchmark runs (with ``+changes`` when the tree differs from it), so
    a saved run says which code it measured; None outside a git checkout."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short=7", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}+changes" if dirty else head


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    code = f" of commit {r['code']}" if r.get("code") else ""
    out = [
        f"Machine: {m['cpus']} CPUs, {m['ram_gb']} GB RAM, Python {m['python']}; "
        f"run {r['started']}{code}. Scale 1x = the seeds ({r['seed_bytes']:,} bytes).\n",
        "### Ingest (`debate-kg build DIR --jobs N`, fresh on-disk store, process start included)\n",
        "Peak RSS of the whole process tree (writer and workers); `writer`: the build's own "
        "process, which writes the store while the workers extract.\n",
        "| format | scale | jobs | files | MB | s | MB/s | speeches/s | peak RSS MB "
        "| writer peak MB | writer CPU s | store MB | quads | floor MB/s | floor / ours |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for x in r["ingest"]:
        out.append(
            f"| {x['format']} | {x['scale']:g}x | {x['jobs']} | {x['files']} | {x['mb']} | "
            f"{x['seconds']}{' (timeout)' if x['timed_out'] else ''} | {x['mb_per_s']} | "
            f"{x.get('speeches_per_s', '')} | {x['peak_rss_mb']} | "
            f"{x.get('main_peak_rss_mb', '-')} | {x.get('main_cpu_s', '-')} | {x['store_mb']} | "
            f"{x['quads']} | {x['floor_mb_per_s']} | {x['x_floor']}x |"
        )
    out += density_markdown(r["ingest"])
    if r["peer"]:
        out += [
            "\n### Naive peer: the same extraction into rdflib's in-memory Dataset\n",
            "| format | scale | peer s | peer peak RSS MB | ours faster by (jobs: x) |",
            "|---|---:|---:|---:|---|",
        ]
        for p in r["peer"]:
            out.append(
                f"| {p['format']} | {p['scale']:g}x | {p.get('seconds', 'n/a'):.4g} | "
                f"{p['peak_rss_mb']} | {p.get('ours_x_faster', '')} |"
            )
    if r.get("pages"):
        out += pages_markdown(r["pages"])
    if r["queries"]:
        out += queries_markdown(r["queries"])
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
