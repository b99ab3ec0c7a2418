"""Grown stores (``benchmarks.workers``): copies of a base store's documents."""

from __future__ import annotations

from benchmarks.workers import _replicas, years_earlier
from graph import iris

DATE = "^^<http://www.w3.org/2001/XMLSchema#date>"


def test_each_copy_is_dated_a_year_earlier_than_the_last() -> None:
    docs = (
        f'<http://x/id/debate/d1> <http://purl.org/dc/terms/date> "2024-02-29"{DATE} '
        "<http://x/id/source/s1> .\n"
    )
    registry = iris.ENTITIES_GRAPH.rsplit("/", 1)[0] + "/registry"
    shared = f'<http://x/p> <http://x/q> "2024-02-29"{DATE} <{registry}> .\n'
    copies = list(_replicas((shared + docs).encode(), 3))
    assert copies[0] == shared.encode()  # the registry is not moved
    assert [c.decode().split('"')[1] for c in copies[1:]] == [
        "2024-02-29",
        "2023-02-28",
        "2022-02-28",
    ]
    assert b"/id/debate/r0002-d1" in copies[3]


def test_only_dates_move() -> None:
    text = b'<a> <b> "2020-05-01" <g> .\n<a> <c> "1999-12-31"^^<x> <g> .\n'
    assert years_earlier(text, 4) == text
