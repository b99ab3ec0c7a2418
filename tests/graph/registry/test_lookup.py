"""``members who`` reads only what a question needs: it must answer as the whole registry does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from graph.cli.members import office_holders, office_lines, party_line, party_of_member
from graph.registry.rdf import import_files, registry_from_store
from graph.registry.registry import Registry
from graph.store import Store

DAYS = [date(1999, 1, 1), date(2004, 1, 1), date(2009, 10, 26), date(2016, 3, 11)]
DAYS += [date(2019, 7, 24), date(2020, 1, 1), date(2020, 6, 15), date(2020, 12, 14)]
DAYS += [date(2021, 12, 1), date(2024, 1, 1)]
OFFICES = [
    "Home Secretary",
    "The Secretary of State for the Home Department",
    "Prime Minister",
    "Chancellor of the Exchequer",
    "The Minister of State, Department of Health and Social Care",
    "Minister for Care",
    "The Minister of State, Home Department",
    "The Financial Secretary to the Treasury",
    "Mr Speaker",
    "Madam Deputy Speaker",
    "Minister for Women",
]


def answer(ask: Callable[..., object], *args: object) -> object:
    try:
        return ask(*args)
    except LookupError as exc:
        return f"error: {exc}"


def names_in(registry: Registry, limit: int) -> list[str]:
    """Names people go by (every other name too), a spread of them, plus office texts."""
    names = sorted(
        {n for p in registry.people() for n in (p.name, *(o.text for o in p.other_names)) if n}
    )
    step = max(1, len(names) // limit)
    return [*names[::step], "Mike Wood", "Michael Wood", "Hon. Members", "The Home Secretary"]


def check(store: Store, offices: list[str], names: list[str], days: list[date]) -> None:
    whole = registry_from_store(store)
    for day in days:
        for office in offices:
            mine = answer(office_holders, store, office, day)
            assert mine == answer(office_lines, whole, office, day), (office, day)
        for name in names:
            mine = answer(party_of_member, store, name, day)
            assert mine == answer(party_line, whole, name, day), (name, day)


def test_answers_as_the_whole_registry_on_the_fixtures(
    fixtures: Path, registry_files: tuple[str, ...]
) -> None:
    store = Store.memory()
    import_files(store, [fixtures / name for name in registry_files])
    whole = registry_from_store(store)
    offices = OFFICES + sorted({h.label for p in whole.people() for h in whole.holdings(p.key)})
    check(store, offices, names_in(whole, 30), [*DAYS[::2], date(2020, 12, 14)])


@pytest.mark.corpus
def test_answers_as_the_whole_registry_on_the_corpus(corpus: Path, tmp_path: Path) -> None:
    members, lists = corpus / "parlparse_members", corpus / "twfy_debates_2016_2021" / "mp_lists"
    files = [members / n for n in ("people.xml", "all-members.xml", "ministers-2010.json")]
    files += sorted(lists.glob("*.csv"))
    if not all(f.is_file() for f in files):
        pytest.skip("people.xml, all-members.xml, ministers-2010.json or the MP lists missing")
    with Store.open(tmp_path / "store") as store:
        import_files(store, files)
    with Store.open(tmp_path / "store", read_only=True) as store:
        whole = registry_from_store(store)
        check(store, OFFICES, names_in(whole, 6), [date(2020, 12, 14)])
