from __future__ import annotations

from pathlib import Path

import pytest

from graph.registry.registry import Registry

FIXTURES = Path(__file__).parent / "fixtures"
REGISTRY_FILES = (
    "people.xml",
    "all-members.xml",
    "ministers.xml",
    "peers-ucl.xml",
    "ministers-2010.json",
    "constituencies.json",
    "2020-06-15_mp_list.csv",
    "2021-12-01_mp_list.csv",
    "listPerson.xml",
    "listOrg.xml",
)


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def registry_files() -> tuple[str, ...]:
    return REGISTRY_FILES


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.from_paths(FIXTURES / name for name in REGISTRY_FILES)
