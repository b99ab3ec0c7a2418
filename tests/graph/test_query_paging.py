"""``limit`` and ``offset`` set a paged named query's page; pages add up to the listing."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import QueryError
from graph.queries import bind, named_queries, named_query
from graph.store import Store
from tests.conftest import SEEDS

PAGED = sorted(n for n, q in named_queries().items() if "limit" in q.params)


def rows(store: Store, name: str, **params: str) -> list[tuple[str, ...]]:
    query = named_query(name)
    result = store.query(bind(query.text, params, declared=query.params))
    return [tuple("" if t is None else t.value for t in solution) for solution in result]


def test_every_paged_query_declares_both_and_has_one_page_clause() -> None:
    """Each paged query's page is a ``LIMIT n OFFSET m`` clause, or its ranks (a
    ``VALUES ?rank { … }  # page`` block), or both; limit and offset set them all."""
    assert len(PAGED) >= 8
    for name in PAGED:
        query = named_query(name)
        assert "offset" in query.params, name
        paged = bind(query.text, {"limit": "7", "offset": "3"})
        by_clause = "LIMIT 7 OFFSET 3" in paged
        by_ranks = re.search(r"VALUES \?\w+ \{ 3 4 5 6 7 8 9 \}\s*# page", paged) is not None
        assert by_clause or by_ranks, name
        assert "OFFSET 0" not in paged and "{ 0 1 2" not in paged, name


@pytest.mark.parametrize("name", ["debates", "speeches-in-order", "speakers-of-debate"])
def test_pages_of_one_add_up_to_the_listing(seed_store: Store, name: str) -> None:
    whole = rows(seed_store, name)
    assert whole
    debates = len(rows(seed_store, "debates"))
    paged = [
        row for i in range(debates + 1) for row in rows(seed_store, name, limit="1", offset=str(i))
    ]
    assert sorted(paged) == sorted(whole)


def test_page_with_other_parameters(seed_store: Store) -> None:
    title = "Violent Disorder"
    assert rows(seed_store, "debates", title=title, limit="5") == rows(
        seed_store, "debates", title=title
    )
    assert rows(seed_store, "debates", title=title, offset="1") == []


@pytest.mark.parametrize("value", ["x", "-1", "1.5", "1e3", "", " 2", "٣"])
def test_a_page_number_is_a_whole_number(value: str) -> None:
    query = named_query("debates")
    with pytest.raises(QueryError, match="whole number"):
        bind(query.text, {"limit": value}, declared=query.params)


def test_limit_zero_and_unpaged_queries_are_errors() -> None:
    query = named_query("debates")
    with pytest.raises(QueryError, match="at least 1"):
        bind(query.text, {"limit": "0"}, declared=query.params)
    with pytest.raises(QueryError, match="paged query"):
        bind("SELECT * WHERE { ?s ?p ?o }", {"limit": "3"}, declared=["limit"])


def test_commitments_command_pages(tmp_path: Path) -> None:
    location = str(tmp_path / "store")
    built = CliRunner().invoke(cli, ["build", str(SEEDS), "--store", location])
    assert built.exit_code == 0, built.output

    def page(*args: str) -> list[dict[str, str]]:
        out = CliRunner().invoke(
            cli, ["commitments", "--store", location, "--format", "csv", *args]
        )
        assert out.exit_code == 0, out.output
        return list(csv.DictReader(io.StringIO(out.stdout)))

    everything = page("--limit", "1000")
    assert len(everything) > 6
    first, second = page("--limit", "3"), page("--limit", "3", "--offset", "3")
    assert len(first) == len(second) == 3
    ids = {r["commitment"] for r in first} | {r["commitment"] for r in second}
    assert len(ids) == 6 and ids <= {r["commitment"] for r in everything}
