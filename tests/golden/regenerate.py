"""Rewrite golden cases' ``expected.nq`` from what the code builds today.

    python -m tests.golden.regenerate                 # every case
    python -m tests.golden.regenerate twfy            # the cases of one reader
    python -m tests.golden.regenerate twfy/lords-wms  # one case

Run it only when a change to the graph is meant, then review ``git diff tests/golden``
line by line before committing: the diff is the change to the graph contract.
"""

from __future__ import annotations

import argparse
import sys

from tests.golden.cases import EXPECTED, build, select


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.golden.regenerate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("cases", nargs="*", metavar="CASE", help="reader or reader/case")
    args = parser.parse_args(argv)
    try:
        chosen = select(args.cases)
    except ValueError as exc:
        parser.error(str(exc))
    changed = 0
    for case in chosen:
        new = build(case)
        old = case.expected.read_bytes() if case.expected.is_file() else b""
        old_lines, new_lines = set(old.splitlines()), set(new.splitlines())
        if new == old:
            status = "unchanged"
        else:
            case.expected.write_bytes(new)
            changed += 1
            status = f"+{len(new_lines - old_lines)} -{len(old_lines - new_lines)} lines"
        print(f"{case.name}/{EXPECTED}: {len(new_lines)} quads, {status}", file=sys.stderr)
    if changed:
        print("review the change before committing: git diff tests/golden", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
