"""Registry questions and ``validate`` on the real corpus store (issue 11, item 4).

::

    python -m benchmarks.registry [--store DIR] [--work DIR] [--repeats 5] [--out DIR]

Builds the README's workflow store once (``debate-kg members import`` of the corpus
registry: the parlparse files and the TheyWorkForYou MP lists; then ``debate-kg build``
of the 2016-2021 sittings, ``--jobs 2``), or reuses ``--store``, and measures on it:

* every named query, unparameterised and with its typical parameters
  (:func:`benchmarks.queries.cases`, which adds the registry questions
  ``office-holder-on-date`` and ``party-on-date`` with both parameters), each case in
  its own process, median of ``--repeats`` runs, with its row count;
* the registry questions as a person asks them: a fresh ``debate-kg query`` and
  ``debate-kg members who`` process each (wall time, so start-up and imports count),
  and ``members who`` answered again in a warm process (median);
* ``debate-kg validate``: wall time, peak RSS and the problems it reports.

Writes ``registry.json`` and ``registry.md`` to ``--out`` (``benchmarks/results``).
Skips, saying why, when the corpus is absent.  Nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import queries
from benchmarks.scale import CLI, RESULTS, dump_base, run

CORPUS = Path(
    os.environ.get(
        "DEBATE_KG_CORPUS",
        Path(os.environ.get("DEBATE_KG_SHARED", Path(__file__).resolve().parents[2] / "shared"))
        / "corpus",
    )
)
MEMBERS = CORPUS / "parlparse_members"
SITTINGS = CORPUS / "twfy_debates_2016_2021"
REGISTRY_FILES = (
    "people.xml",
    "all-members.xml",
    "ministers.xml",
    "ministers-2010.json",
    "ministers.json",
    "peers-ucl.xml",
    "constituencies.json",
)

#: The questions timed as a person asks them (the targets: 50 ms warm, 1 s fresh).
_HOME = ["--office", "Home Secretary", "--on", "2020-12-14"]
_PRITI = ["--party-of", "Priti Patel", "--on", "2020-06-15"]
_NAMED = ["query", "--named"]
_TSV = ["--format", "tsv"]
QUESTIONS: list[tuple[str, list[str]]] = [
    (
        "query office-holder-on-date",
        [
            *_NAMED,
            "office-holder-on-date",
            "-p",
            "office=Home Secretary",
            "-p",
            "on=2020-12-14",
            *_TSV,
        ],
    ),
    (
        "query party-on-date",
        [*_NAMED, "party-on-date", "-p", "member=Priti Patel", "-p", "on=2020-06-15", *_TSV],
    ),
    ("members who --office", ["members", "who", *_HOME]),
    ("members who --party-of", ["members", "who", *_PRITI]),
]
#: The named queries measured again on the grown stores (the others are in ``benchmarks.scale``).
REGISTRY_QUERIES = {"office-holder-on-date", "party-on-date"}
TARGET_WARM_MS, TARGET_FRESH_S = 50.0, 1.0
TARGET_VALIDATE_S, TARGET_VALIDATE_MB = 60.0, 1000.0


def missing() -> str | None:
    """Why the corpus cannot be benchmarked here, or ``None``."""
    needed = [MEMBERS / f for f in REGISTRY_FILES] + [SITTINGS / "xml", SITTINGS / "mp_lists"]
    absent = [str(p) for p in needed if not p.exists()]
    return f"corpus files not found: {', '.join(absent)}" if absent else None


def build(store: Path, timeout: float) -> dict[str, Any]:
    """The README workflow: import the corpus registry, then build the sittings."""
    shutil.rmtree(store, ignore_errors=True)
    lists = sorted(str(p) for p in (SITTINGS / "mp_lists").glob("*.csv"))
    files = [str(MEMBERS / f) for f in REGISTRY_FILES] + lists
    imported = run([CLI, "members", "import", *files, "--store", str(store)], timeout)
    built = run(
        [CLI, "build", str(SITTINGS / "xml"), "--jobs", "2", "--store", str(store)], timeout
    )
    quads = re.search(r"quads\s+(\d+)", built["stdout"])
    return {
        "import_s": round(imported["seconds"], 1),
        "import_peak_rss_mb": imported["peak_rss_mb"],
        "build_s": round(built["seconds"], 1),
        "build_peak_rss_mb": built["peak_rss_mb"],
        "quads": int(quads[1]) if quads else None,
        "ok": imported["returncode"] == 0 and built["returncode"] == 0,
    }


def fresh(store: Path, args: list[str], timeout: float) -> dict[str, Any]:
    """One question as a fresh CLI process: wall seconds and the lines it printed."""
    done = run([CLI, *args, "--store", str(store)], timeout)
    lines = [line for line in done["stdout"].splitlines() if line.strip()]
    if args[0] == "query":
        lines = lines[1:]  # the TSV header
    return {
        "seconds": round(done["seconds"], 3),
        "rows": len(lines),
        "returncode": done["returncode"],
        "timed_out": done["timed_out"],
    }


def warm(store: str, repeats: int) -> dict[str, Any]:
    """``members who`` answered ``repeats`` times in one process (run in a worker)."""
    from graph.cli.members import office_holders, party_of_member
    from graph.store import Store

    asks = {
        "members who --office": lambda s: office_holders(s, "Home Secretary", date(2020, 12, 14)),
        "members who --party-of": lambda s: [party_of_member(s, "Priti Patel", date(2020, 6, 15))],
    }
    found: dict[str, Any] = {}
    with Store.open(store, read_only=True) as opened:
        for label, ask in asks.items():
            times, rows = [], 0
            for _ in range(repeats + 1):  # the first call warms the store's caches
                start = time.perf_counter()
                rows = len(ask(opened))
                times.append(time.perf_counter() - start)
            found[label] = {
                "first_s": round(times[0], 3),
                "median_s": statistics.median(times[1:]),
                "rows": rows,
            }
    return found


def validate(store: Path, timeout: float) -> dict[str, Any]:
    done = run([CLI, "validate", "--store", str(store)], timeout)
    proc_err = subprocess.run(
        [CLI, "validate", "--no-shacl", "--full", "--store", str(store)],
        capture_output=True,
        text=True,
    ).stderr
    checks: dict[str, int] = {}
    for line in proc_err.splitlines():
        check = line.split(":", 1)[0]
        if line.count(": <") and " " not in check:
            checks[check] = checks.get(check, 0) + 1
    return {
        "seconds": round(done["seconds"], 1),
        "peak_rss_mb": done["peak_rss_mb"],
        "returncode": done["returncode"],
        "timed_out": done["timed_out"],
        "summary": done["stdout"].strip().splitlines()[-1:] or [],
        "problems": checks,
    }


def grow(store: Path, work: Path, target: float, timeout: float) -> dict[str, Any]:
    """A store of about ``target`` quads: the workflow store's sittings replicated.

    The registry graphs (and entities) are kept once, as an import would leave
    them.  The summaries are not computed for the copies: neither the registry
    questions nor ``validate`` read them (``benchmarks.scale`` times the refresh).
    """
    work.mkdir(parents=True, exist_ok=True)
    base = work / "registry-base.nq"
    dump_base(store, base)
    location = work / f"registry-grown-{target:g}"
    shutil.rmtree(location, ignore_errors=True)
    cmd = [sys.executable, "-m", "benchmarks.scale", "--grow", str(base), str(location)]
    done = run([*cmd, str(target)], timeout)
    base.unlink()
    if done["returncode"] != 0 or done["timed_out"]:
        return {"failed": done["stdout"][-300:], "location": str(location)}
    grown: dict[str, Any] = json.loads(done["stdout"].strip().splitlines()[-1])
    grown.update(location=str(location), grow_s=round(done["seconds"], 1))
    return grown


def measure(
    store: Path, repeats: int, timeout: float, only: set[str] | None = None
) -> dict[str, Any]:
    """The named queries (``only`` these, if given), the questions and ``validate``."""
    named = argparse.Namespace(
        store=str(store), queries=queries.QUERIES, repeats=repeats, timeout=timeout, dump=None
    )
    cases = {}
    for name, params in queries.cases(str(store), queries.QUERIES, only):
        cases[queries.case_label(name, params)] = entry = queries._run_ours(named, name, params)
        print(f"ours    {queries.case_label(name, params)}: {entry}", file=sys.stderr, flush=True)
    asked = {label: fresh(store, args, timeout) for label, args in QUESTIONS}
    cmd = [sys.executable, "-m", "benchmarks.registry", "--worker", str(store), str(repeats)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout * 4)
    warmed = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else {}
    return {"cases": cases, "fresh": asked, "warm": warmed, "validate": validate(store, timeout)}


def markdown(r: dict[str, Any]) -> str:
    if "skipped" in r:
        return f"# Registry benchmark\n\nSkipped: {r['skipped']}\n"
    b = r.get("build") or {}
    out = [
        "# Registry benchmark: the corpus registry and the 2016-2021 sittings\n",
        f"Started {r['started']}, finished {r.get('finished', '-')} (load average "
        f"{r.get('load_average', '?')} before, {r.get('load_average_after', '?')} after, "
        f"on {os.cpu_count()} cores); "
        f"`python -m benchmarks.registry` (part of `make bench`).  Store: "
        + (
            f"{b.get('quads') or '?'} quads; registry imported in {b.get('import_s')} s, "
            f"sittings built in {b.get('build_s')} s.\n"
            if b
            else "reused.\n"
        ),
        *sections(r, "##"),
    ]
    for g in r.get("grown", []):
        out.append(f"## The same on a store grown to {g.get('quads', '?')} quads\n")
        if "failed" in g:
            out.append(f"Growing failed: {g['failed']}\n")
            continue
        out.append(
            f"The workflow store's sittings replicated {g['copies']} times beside its registry "
            f"(bulk load {g['grow_s']} s; no summaries, which these do not read); only the "
            "registry queries are timed here (every named query at size: `benchmarks.scale`).\n"
        )
        out += sections(g, "###")
    return "\n".join(out) + "\n"


def sections(r: dict[str, Any], h: str) -> list[str]:
    """The named queries, the registry questions and ``validate``, measured on one store."""
    out = [
        f"{h} Named queries (each case in its own process, median of warm runs, every row read)\n",
        "| query | parameters | rows | median ms |",
        "|---|---|---:|---:|",
    ]
    for label, entry in r["cases"].items():
        name, _, rest = label.partition(" ")
        shown = ", ".join(f"`{p}`" for p in re.split(r" (?=\w+=)", rest) if p) or "-"
        out.append(f"| {name} | {shown} | {entry.get('rows', '-')} | {queries.format_ms(entry)} |")
    out += [
        "",
        f"{h} Registry questions (targets: {TARGET_WARM_MS:.0f} ms warm, "
        f"{TARGET_FRESH_S:.0f} s as a fresh process)\n",
        "| question | rows | fresh process s | warm median ms |",
        "|---|---:|---:|---:|",
    ]
    cases = r["cases"]
    for label, args in QUESTIONS:
        got = r["fresh"].get(label, {})
        if label.startswith("query "):
            name = args[2]
            key = next((k for k in cases if k.startswith(name) and "on=" in k and " " in k), None)
            warm_ms = queries.format_ms(cases.get(key)) if key else "-"
        else:
            w = r["warm"].get(label)
            warm_ms = f"{w['median_s'] * 1000:.1f}" if w else "-"
        out.append(
            f"| `{' '.join(args)}` | {got.get('rows', '-')} | {got.get('seconds', '-')} | {warm_ms} |"
        )
    for label, w in r["warm"].items():
        out.append(f"\n`{label}`: the first call in the warm process took {w['first_s']} s.")
    v = r["validate"]
    out += [
        "",
        f"{h} validate (targets: {TARGET_VALIDATE_S:.0f} s, {TARGET_VALIDATE_MB:.0f} MB)\n",
        f"`debate-kg validate`: {v['seconds']} s, peak RSS {v['peak_rss_mb']} MB, exit "
        f"{v['returncode']}.  Integrity problems by check: "
        + (", ".join(f"{k} {n}" for k, n in sorted(v["problems"].items())) or "none")
        + ".\n",
    ]
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        print(json.dumps(warm(argv[1], int(argv[2]))))
        return {}
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="reuse this store instead of building one")
    parser.add_argument(
        "--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "debate-kg-bench"
    )
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--keep", action="store_true", help="keep the built store")
    parser.add_argument(
        "--sizes",
        default="1e7",
        help="also measure on stores grown to these sizes (quads) from the workflow store; "
        "'' for none",
    )
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    why = None if args.store else missing()
    if why:
        results["skipped"] = why
    else:
        store = args.store or args.work / "registry-store"
        if not args.store:
            results["build"] = build(store, args.timeout)
        results.update(measure(store, args.repeats, args.timeout))
        for target in (float(t) for t in args.sizes.split(",") if t):
            grown = grow(store, args.work, target, args.timeout)
            if "failed" not in grown:
                where = Path(grown["location"])
                grown.update(measure(where, args.repeats, args.timeout, REGISTRY_QUERIES))
                shutil.rmtree(where, ignore_errors=True)
            results.setdefault("grown", []).append(grown)
        results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
        results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
        if not args.store and not args.keep:
            shutil.rmtree(store, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "registry.json").write_text(json.dumps(results, indent=1) + "\n")
    text = markdown(results)
    (args.out / "registry.md").write_text(text)
    print(text)
    return results


if __name__ == "__main__":
    main()
