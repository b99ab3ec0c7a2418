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
from graph.queries import named_queries

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CLI = str(Path(sys.executable).parent / "debate-kg")

_PORTRAIT = re.compile(" Portrait ")
_TWFY_SPEECH = re.compile(rb"<speech\b[^>]*speakername=\"([^\"]*)\"[^>]*>(.*?)</speech>", re.S)
_TAG = re.compile(rb"<[^>]+>")

#: The named queries that join across speeches, debates and people: compared with rdflib.
JOINS = ("co-speakers", "speakers-of-debate", "speeches-in-order", "who-mentions-whom", "debates")


def run(cmd: list[str], timeout: float) -> dict[str, Any]:
    """Run ``cmd``; its wall time, peak RSS of its process tree, stdout, and whether it timed out."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = 0
    timed_out = False
    while proc.poll() is None:
        try:
            tree = [ps, *ps.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
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
        "stdout": out.decode("utf-8", "replace"),
        "timed_out": timed_out,
        "returncode": proc.returncode,
    }


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


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


def ingest(
    work: Path, pools: corpus.Pools, fmt: str, scale: float, jobs: int, timeout: float
) -> dict[str, Any]:
    folder = work / "corpus" / f"{fmt}-{scale:g}"
    if not folder.exists():
        corpus.generate(folder, scale, fmt, pools=pools)
    files = sorted(folder.iterdir())
    size = sum(p.stat().st_size for p in files)
    store = work / "stores" / f"{fmt}-{scale:g}-j{jobs}"
    shutil.rmtree(store, ignore_errors=True)
    r = run([CLI, "build", str(folder), "--store", str(store), "--jobs", str(jobs)], timeout)
    if r["returncode"] != 0 and not r["timed_out"]:
        raise SystemExit(f"debate-kg build failed on {folder}")
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
        "store_mb": round(du(store) / 1e6, 1) if store.exists() else None,
        "quads": counts.get("quads"),
        "speeches": counts.get("speeches"),
        "store": str(store),
        "folder": str(folder),
    }
    row["mb_per_s"] = round(size / 1e6 / r["seconds"], 3)
    if row["speeches"]:
        row["speeches_per_s"] = round(row["speeches"] / r["seconds"], 1)
    fl = floor(files, fmt)
    row["floor_mb_per_s"] = round(fl["mb_per_s"], 1)
    row["x_floor"] = round(fl["mb_per_s"] / row["mb_per_s"], 1)
    return row


def _worker(step: str, *args: str, timeout: float) -> dict[str, Any]:
    r = run([sys.executable, "-m", "benchmarks.workers", step, *args], timeout)
    if r["timed_out"] or r["returncode"] != 0:
        return {"timed_out": r["timed_out"], "failed": r["returncode"] != 0, **_rss(r)}
    return {**json.loads(r["stdout"].strip().splitlines()[-1]), **_rss(r)}


def _rss(r: dict[str, Any]) -> dict[str, Any]:
    return {"peak_rss_mb": r["peak_rss_mb"], "wall_s": round(r["seconds"], 2)}


def dump_base(store: Path, out: Path) -> None:
    from graph.store import Store

    with Store.open(store, read_only=True) as s, out.open("wb") as f:
        s.dump_nquads(f)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1,10,100,1000")
    parser.add_argument("--formats", default="pp,twfy")
    parser.add_argument("--sizes", default="1e6,1e7,5e7", help="store sizes for query timings")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--peer-scale", type=float, default=100)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--query-timeout", type=float, default=120)
    parser.add_argument(
        "--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "debate-kg-bench"
    )
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

    # Queries: the largest text build is the base; bigger stores replicate its documents.
    base_row = max((r for r in results["ingest"] if r["format"] == "pp"), key=lambda r: r["scale"])
    base = work / "base.nq"
    dump_base(Path(base_row["store"]), base)
    names = sorted(named_queries())
    for target in (float(s) for s in args.sizes.split(",")):
        location = work / "stores" / f"grown-{target:g}"
        shutil.rmtree(location, ignore_errors=True)
        grown = _worker("grow", str(base), str(location), str(target), timeout=args.timeout)
        entry: dict[str, Any] = {
            "target": target,
            "grow": grown,
            "store_mb": round(du(location) / 1e6, 1),
        }
        entry["queries"] = {
            name: _worker(
                "query", str(location), name, str(args.repeats), timeout=args.query_timeout
            )
            for name in names
        }
        if target == min(float(s) for s in args.sizes.split(",")):
            data = work / f"grown-{target:g}.nq"
            dump_base(location, data)
            joins = [n for n in JOINS if n in names]
            peer = _worker("rdflib-query", str(data), ",".join(joins), "3", timeout=args.timeout)
            entry["rdflib"] = {n: peer.get(n, peer) for n in joins}
            entry["rdflib_load_s"] = peer.get("load_s")
            entry["export"] = _worker(
                "export", str(location), str(work / "export.graphml"), timeout=args.timeout
            )
        results["queries"].append(entry)
        save()
        print(json.dumps(entry), file=sys.stderr)
        if not args.keep:
            shutil.rmtree(location, ignore_errors=True)
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    save()
    print(markdown(results))


def _ms(q: dict[str, Any]) -> str:
    if q.get("timed_out"):
        return "timeout"
    if q.get("failed") or "median_s" not in q:
        return "failed"
    return f"{q['median_s'] * 1000:,.0f}"


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    out = [
        f"Machine: {m['cpus']} CPUs, {m['ram_gb']} GB RAM, Python {m['python']}; "
        f"run {r['started']}. Scale 1x = the seeds ({r['seed_bytes']:,} bytes).\n",
        "### Ingest (`debate-kg build DIR --jobs N`, fresh on-disk store, process start included)\n",
        "| format | scale | jobs | files | MB | s | MB/s | speeches/s | peak RSS MB | store MB | quads | floor MB/s | floor / ours |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for x in r["ingest"]:
        out.append(
            f"| {x['format']} | {x['scale']:g}x | {x['jobs']} | {x['files']} | {x['mb']} | "
            f"{x['seconds']}{' (timeout)' if x['timed_out'] else ''} | {x['mb_per_s']} | "
            f"{x.get('speeches_per_s', '')} | {x['peak_rss_mb']} | {x['store_mb']} | "
            f"{x['quads']} | {x['floor_mb_per_s']} | {x['x_floor']}x |"
        )
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
    if r["queries"]:
        names = sorted(r["queries"][0]["queries"])
        out += [
            "\n### Named queries, median ms (every row read; on-disk store, union default graph)\n",
            "| quads | store MB | load s | " + " | ".join(names) + " |",
            "|---|---:|---:|" + "---:|" * len(names),
        ]
        for e in r["queries"]:
            g = e["grow"]
            out.append(
                f"| {g.get('quads', '?'):,} | {e['store_mb']} | {g.get('seconds', 0):.1f} | "
                + " | ".join(_ms(e["queries"][n]) for n in names)
                + " |"
            )
            if "rdflib" in e:
                load = e.get("rdflib_load_s") or 0
                out.append(
                    f"| rdflib in memory, same {g.get('quads', '?'):,} | | {load:.1f} | "
                    + " | ".join(_ms(e["rdflib"][n]) if n in e["rdflib"] else "-" for n in names)
                    + " |"
                )
        for e in r["queries"]:
            if "export" in e:
                x = e["export"]
                if "seconds" in x:
                    out.append(
                        f"\nGraphML export at {e['grow'].get('quads', 0):,} quads: {x['seconds']:.1f} s, "
                        f"{x['bytes'] / 1e6:.1f} MB, {x['edges']:,} edges, {x['nodes']:,} nodes, "
                        f"peak RSS {x['peak_rss_mb']} MB."
                    )
                else:
                    out.append(
                        f"\nGraphML export: {'timed out' if x.get('timed_out') else 'failed'}."
                    )
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
