"""``debate-kg commitments``: who promised what, when, in which office, for how much, by when."""

from __future__ import annotations

import csv
import json
import sys
from datetime import datetime

import click
import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from graph.cli.options import fail, open_store, store_option
from graph.errors import DebateKGError
from graph.queries import bind, named_query

_COLUMNS = ("date", "name", "office", "actor", "action", "category", "status",
            "amount", "amounts", "deadline", "deadlineText", "start", "probability", "quote",
            "commitment")  # fmt: skip


def _rows(result: ox.QuerySolutions) -> list[dict[str, str]]:
    rows = []
    for solution in result:
        row = {}
        for name in _COLUMNS:
            term = solution[name]
            row[name] = "" if term is None else term.value
        rows.append(row)
    return rows


def _money(value: str) -> str:
    if not value:
        return ""
    amount = float(value)
    for size, word in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if amount >= size:
            return f"£{amount / size:g}{word}"
    return f"£{amount:g}"


@click.command()
@click.option("--member", "-m", help="Only commitments made by this person (their name).")
@click.option("--category", "-c", help="Only this category: legislation, funding, review, "
              "guidance, operational, target or undertaking.")  # fmt: skip
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Only commitments made on or after this date (YYYY-MM-DD).")  # fmt: skip
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]),
              help="Only commitments made on or before this date (YYYY-MM-DD).")  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True,
              help="Commitments per page.")  # fmt: skip
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Commitments to skip (the next page: --offset 100).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)  # fmt: skip
@store_option
def commitments(
    member: str | None,
    category: str | None,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    offset: int,
    fmt: str,
    store_location: str,
) -> None:
    """List the commitments in the store: who, office, date, what, amount, deadline, quote.

    Newest first, a page at a time (``--limit``, ``--offset``): the store's commitments
    are sorted by date before the page is cut.  The office is the one the maker held
    on the commitment's date; the amount is the new money it commits.  Each option is
    the named query ``commitments``'s parameter of the same name.

    ``probability`` is how likely the commitment sentence model judged it (0 to 1;
    ``graph.extract.commitment_model``).  On new text it sorts weakly: at 0.9 or more
    about nine in ten are commitments, but four in five of the real ones fall below it
    (the README's "How good is it?").
    """
    dates = {k: v.date().isoformat() for k, v in (("since", since), ("until", until)) if v}
    params = {k: v for k, v in (("member", member), ("category", category)) if v} | dates
    params |= {"limit": str(limit), "offset": str(offset)}
    try:
        with open_store(store_location, read_only=True) as store:
            result = store.query(bind(named_query("commitments").text, params))
            assert isinstance(result, ox.QuerySolutions)
            rows = _rows(result)
    except DebateKGError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table("date", "who", "office", "what", "amount", "deadline", "quote",
                      show_lines=True)  # fmt: skip
        for r in rows:
            what = f"{r['actor']}: {r['action']} ({r['category']}, {r['status']})"
            if r["probability"]:
                what += f"\nmodel: {r['probability']}"  # graph.extract.commitment_model
            due = f"{r['deadline']}\n({r['deadlineText']})" if r["deadline"] else r["deadlineText"]
            if r["start"]:
                due = f"{due}\nfrom {r['start']}".strip()
            table.add_row(r["date"], r["name"], r["office"], what, _money(r["amount"]), due,
                          r["quote"])  # fmt: skip
        Console(width=max(160, Console().width)).print(table)
        more = (
            f" (a full page: --offset {offset + limit} for the next)" if len(rows) == limit else ""
        )
        click.echo(f"{len(rows)} commitment(s){more}", err=True)
