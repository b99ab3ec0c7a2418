"""Every named query returns the rows recorded in ``golden/queries/`` on the seed build.

The golden files were written before the queries were rewritten for speed, so a
rewrite must keep what a query returns: the same multiset of rows and, for the
``ORDER BY`` keys, the same sequence (rows that tie on every key may come in any
order).  Cells are terms in N-Triples form, an empty cell is unbound.

Regenerate (only when the seed graph itself changes, and check the diff)::

    .venv/bin/python -m tests.graph.test_named_queries
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.pipeline import build_file
from graph.queries import bind, named_queries, named_query
from graph.store import Store
from graph.summaries import refresh
from tests.conftest import SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden" / "queries"

#: (query, parameters): every query unparameterised, and each parameter once.
CASES: list[tuple[str, dict[str, str]]] = [
    ("co-speakers", {}),
    ("commitments", {}),
    ("commitments", {"member": "Yvette Cooper"}),
    ("commitments", {"category": "funding"}),
    ("commitments-by-debate", {}),
    ("commitments-by-debate", {"title": "Child Sexual Exploitation and Abuse"}),
    ("commitments-by-office", {}),
    ("deadline-timeline", {}),
    ("deadline-timeline", {"from": "2025-06-01"}),
    ("deadline-timeline", {"to": "2025-12-31"}),
    ("debates", {}),
    ("members", {}),
    ("money-by-actor", {}),
    ("offices-held", {}),
    ("offices-held", {"name": "Jess Phillips"}),
    ("overdue-commitments", {"asOf": "2026-01-01"}),
    ("status-timeline", {}),
    ("speakers-of-debate", {}),
    ("speakers-of-debate", {"title": "Child Sexual Exploitation and Abuse"}),
    ("speeches-in-order", {}),
    ("speeches-in-order", {"title": "Border Security: Collaboration"}),
    ("who-mentions-whom", {}),
    ("who-mentions-whom", {"title": "Child Sexual Exploitation and Abuse"}),
    ("who-mentions-whom", {"speaker": "Judith Cummins"}),
]


def case_id(name: str, params: dict[str, str]) -> str:
    tail = "".join(f"--{k}-{v}" for k, v in params.items())
    return re.sub(r"[^a-z0-9-]+", "-", (name + tail).lower()).strip("-")


@pytest.fixture(scope="module")
def summarised_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The seeds built as ``debate-kg build`` builds them: documents, then the summaries."""
    store = Store.open(tmp_path_factory.mktemp("summarised") / "store")
    for path in sorted(SEEDS.glob("*.txt")):
        build_file(store, path)
    refresh(store)
    return store


def run(store: Store, name: str, params: dict[str, str]) -> list[list[str]]:
    """The header and the rows, each cell a term in N-Triples form ("" when unbound)."""
    result = store.query(bind(named_query(name).text, params))
    header = [v.value for v in result.variables]
    return [header] + [["" if t is None else str(t) for t in row] for row in result]


def order_keys(name: str) -> list[str]:
    """The variables of the query's last ``ORDER BY`` (a page's sub-select has its own), in order."""
    found = re.findall(r"ORDER\s+BY\s+([^\n}]*)", named_query(name).text, re.IGNORECASE)
    return re.findall(r"\?(\w+)", re.split(r"LIMIT|OFFSET", found[-1])[0]) if found else []


def to_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def from_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(("name", "params"), CASES, ids=[case_id(*c) for c in CASES])
def test_named_query_matches_golden(
    summarised_store: Store, name: str, params: dict[str, str]
) -> None:
    golden = from_csv((GOLDEN / f"{case_id(name, params)}.csv").read_text(encoding="utf-8"))
    got = run(summarised_store, name, params)
    assert got[0] == golden[0], "projected variables"
    assert sorted(got[1:]) == sorted(golden[1:]), to_csv(got)
    keys = [got[0].index(k) for k in order_keys(name) if k in got[0]]
    assert [[r[i] for i in keys] for r in got[1:]] == [[r[i] for i in keys] for r in golden[1:]]


def test_every_query_has_a_case() -> None:
    colleagues = {"office-holder-on-date", "party-on-date", "division-votes"}
    assert set(named_queries()) - colleagues <= {name for name, _ in CASES}


def test_parameters_are_declared() -> None:
    for name, params in CASES:
        assert set(params) <= set(named_query(name).params), (name, params)


def first_where_group(text: str) -> str:
    """The first ``WHERE { ... }`` group, where ``bind()`` puts the parameters, with the
    ``SELECT`` clause before it (a sub-select that passes a parameter on projects it)."""
    start = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    assert start is not None
    depth, i = 1, start.end()
    while depth:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    select = text.rfind("SELECT", 0, start.start())
    return text[select : start.start()] + text[start.end() : i]


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_parameters_are_bound_where_they_restrict(name: str) -> None:
    """A page's sub-select comes first, so a parameter must restrict it, not the page's rows."""
    query = named_query(name)
    group = first_where_group(query.text)
    for param in query.params:
        if param in ("limit", "offset"):
            continue
        # the parameter, or its flag (bind's ?NAME_given) guarding the group
        assert re.search(rf"\?{param}(?:_given)?\b", group), (
            f"{name}: ?{param} is not in the first WHERE group"
        )


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_paged_queries_say_how(name: str) -> None:
    query = named_query(name)
    if "limit" in query.params:
        assert "offset" in query.params
        by_clause = re.search(r"LIMIT \d+ OFFSET \d+", query.text)
        by_ranks = re.search(r"VALUES \?\w+ \{[\d\s]+\}\s*# page", query.text)
        assert by_clause or by_ranks, name


def _regenerate() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    try:
        store = Store.open(folder / "store")
        for path in sorted(SEEDS.glob("*.txt")):
            build_file(store, path)
        refresh(store)
        for name, params in CASES:
            (GOLDEN / f"{case_id(name, params)}.csv").write_text(
                to_csv(run(store, name, params)), encoding="utf-8"
            )
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    _regenerate()


def test_a_given_parameter_binds_its_flag_only_where_the_query_asks() -> None:
    """``?NAME_given`` is bound when NAME is given and the query mentions it: a branch
    guarded by it is ruled out, unmatched, when the parameter is absent."""
    guarded = "SELECT ?x WHERE { FILTER (BOUND(?a_given)) ?x ?p ?a }"
    assert 'VALUES (?a ?a_given) { ("v" true) }' in bind(guarded, {"a": "v"})
    assert bind(guarded, {}) == guarded
    plain = "SELECT ?x WHERE { ?x ?p ?a }"
    assert "_given" not in bind(plain, {"a": "v"})
    store = Store.memory()
    store.update('INSERT DATA { <urn:x> <urn:p> "v" }')
    assert len(list(store.query(bind(guarded, {"a": "v"})))) == 1
    assert list(store.query(guarded)) == []


def test_a_parameter_that_names_a_resource_is_bound_as_an_iri_too() -> None:
    """``# iri: NAME`` binds ``?NAMEIri``, so the query looks the resource up; a value
    that is not an IRI is refused with the parameter's name."""
    text = "# iri: c\nSELECT ?x WHERE { ?cIri ?p ?x }"
    assert '("urn:a" <urn:a>)' in bind(text, {"c": "urn:a"}, declared=("c",))
    with pytest.raises(QueryError, match="parameter 'c' is not an IRI"):
        bind(text, {"c": "not an iri"}, declared=("c",))
    store = Store.memory()
    store.update('INSERT DATA { <urn:a> <urn:p> "v" }')
    assert len(list(store.query(bind(text, {"c": "urn:a"}, declared=("c",))))) == 1
