"""Fixtures: the small hand-written graph in a store, and its projection."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from exporters.projection import project

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_TRIG = FIXTURES / "small.trig"


def load_small() -> ox.Store:
    store = ox.Store()
    store.load(path=str(SMALL_TRIG), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture
def small_store() -> ox.Store:
    return load_small()


@pytest.fixture
def small_graph(small_store: ox.Store) -> nx.MultiDiGraph:
    return project(small_store)
