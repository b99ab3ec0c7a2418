"""Golden graphs: each reader's small input, end to end, against its ``expected.nq``.

The cases live in ``tests/golden`` (see its README); a case passes when every named
graph the pipeline writes is isomorphic to the expected one and no graph is missing or
extra.  On failure the message lists, per graph, the triples only in the expected
graph and only in the built one.  After a deliberate change, regenerate with
``python -m tests.golden.regenerate`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic

from graph.sources import READERS, detect
from graph.store import sorted_nquads
from tests.golden.cases import Case, build, cases

#: Lines of each side of a graph's diff shown before the rest is counted.
DIFF_LINES = 50

CASES = cases()

# rdflib's own N-Quads parser still calls its deprecated ``default_context``.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Dataset.default_context is deprecated:DeprecationWarning"
)


def graphs_of(nquads: bytes) -> dict[URIRef, Graph]:
    """The named graphs in ``nquads``, each as its own rdflib graph."""
    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    graphs: dict[URIRef, Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        assert isinstance(g, URIRef), f"a quad outside any named graph: {s} {p} {o}"
        graphs.setdefault(g, Graph()).add((s, p, o))
    return graphs


def _lines(graph: Graph) -> list[str]:
    return sorted(" ".join(term.n3() for term in triple) + " ." for triple in graph)


def _side(label: str, graph: Graph) -> list[str]:
    lines = _lines(graph)
    if not lines:
        return []
    shown = [f"  only in {label} ({len(lines)}):", *(f"    {line}" for line in lines[:DIFF_LINES])]
    if len(lines) > DIFF_LINES:
        shown.append(f"    ... and {len(lines) - DIFF_LINES} more")
    return shown


def diff(expected: dict[URIRef, Graph], actual: dict[URIRef, Graph]) -> list[str]:
    """A readable report of how ``actual`` differs from ``expected``; empty when it does not.

    Graph names must match exactly, and each graph must be isomorphic to its expected
    counterpart (blank nodes, should any appear, match up to renaming).
    """
    report: list[str] = []
    missing, extra = (
        sorted(expected.keys() - actual.keys()),
        sorted(actual.keys() - expected.keys()),
    )
    if missing:
        report.append("graphs only in expected: " + ", ".join(g.n3() for g in missing))
    if extra:
        report.append("graphs only in actual: " + ", ".join(g.n3() for g in extra))
    for name in sorted(expected.keys() | actual.keys()):
        want, got = expected.get(name, Graph()), actual.get(name, Graph())
        if isomorphic(want, got):
            continue
        _, only_want, only_got = graph_diff(want, got)
        report.append(f"graph {name.n3()}:")
        report += _side("expected", only_want) + _side("actual", only_got)
    return report


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_graph(case: Case) -> None:
    expected = graphs_of(case.expected.read_bytes())
    actual = graphs_of(build(case))
    assert expected, f"{case.expected} holds no quads"
    report = diff(expected, actual)
    if report:
        pytest.fail(
            f"{case.name}: the graph built from {case.transcript.name} differs from "
            f"{case.expected.relative_to(case.folder.parent.parent)}\n"
            + "\n".join(report)
            + "\nIf the change is meant: python -m tests.golden.regenerate "
            + f"{case.name}, and review the diff.",
            pytrace=False,
        )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_expected_is_sorted_nquads(case: Case) -> None:
    """Kept in the form regenerate writes, so that its diffs show only real changes."""
    data = case.expected.read_bytes()
    assert data == sorted_nquads(data), f"{case.expected}: not sorted, unique N-Quads lines"


def test_every_reader_has_a_case_filed_under_it() -> None:
    """A new reader needs a golden case, and a case sits under the reader that reads it."""
    names = {reader.__name__.rpartition(".")[2] for reader in READERS}
    assert names <= {c.reader for c in CASES}, "readers without a golden case"
    for case in CASES:
        path = case.transcript
        reader = detect(path, path.read_bytes())
        assert reader.__name__.rpartition(".")[2] == case.reader, case.name


def test_the_diff_names_each_changed_triple(tmp_path: Path) -> None:
    """The comparison is not vacuous: a dropped, an edited and an extra quad all show."""
    case = next(c for c in CASES if c.name == "akoma_ntoso/akn2-adjournment")
    lines = case.expected.read_bytes().splitlines()
    dropped = next(line for line in lines if b"schema.org/text" in line)
    edited = next(line for line in lines if b"purl.org/dc/terms/title" in line)
    changed = edited.replace(b'"ADJOURNMENT"', b'"ADJOURNED"')
    extra = b"<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g> ."
    tampered = [changed if line == edited else line for line in lines if line != dropped]
    report = "\n".join(
        diff(graphs_of(b"\n".join(lines)), graphs_of(b"\n".join([*tampered, extra])))
    )
    assert "graphs only in actual: <urn:x:g>" in report
    assert '"The House stands adjourned."' in report
    assert '"ADJOURNMENT"' in report and '"ADJOURNED"' in report
    assert "only in expected (2):" in report and "only in actual (1):" in report
