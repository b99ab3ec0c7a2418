"""``debate-kg members``: import member/office registry files into the store, ask who held what."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from graph.cli.options import fail, open_store, store_option

if TYPE_CHECKING:
    from graph.registry.registry import Registry
    from graph.store import Store


@click.group()
def members() -> None:
    """The member registry: people, seats, parties and offices over time."""


@members.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
def import_(files: tuple[Path, ...], store_location: str) -> None:
    """Import registry FILES (format detected) into the store.

    Reads parlparse people.xml, all-members.xml, ministers.xml, peers-ucl.xml,
    Popolo JSON (ministers.json, ministers-2010.json), constituencies.json,
    TheyWorkForYou MP-list CSVs and ParlaMint listPerson/listOrg.  Each file
    replaces what an earlier import of a file with the same name wrote.  A file
    that cannot be read is reported and skipped; the exit status is then 1.
    When the registry changes, transcripts built before the import are rebuilt
    with it by the next ``debate-kg build`` (no ``--force`` needed).
    """
    from graph.registry.rdf import import_files  # the loaders: only for an import
    from graph.summaries import complete, refresh

    started = time.perf_counter()
    with open_store(store_location, read_only=False) as store:
        report = import_files(store, files)
        # Names in the summaries may have changed with the people; and a refresh killed
        # half-way (no seal) is redone whatever this import changed.
        if report.registry_changed or not complete(store):
            refresh(store)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    for f in report.files:
        click.echo(
            f"{f.path.name}: {f.format}: {f.people} people, {f.memberships} memberships, "
            f"{f.holdings} holdings, {f.constituencies} constituencies"
        )
    elapsed = time.perf_counter() - started
    click.echo(
        f"imported {len(report.files)} of {len(files)} file(s) into {store_location} "
        f"({report.quads} registry quads, {elapsed:.1f}s)"
    )
    if report.registry_changed:
        click.echo("files built before this import will be rebuilt by the next 'debate-kg build'")
    if report.errors:
        sys.exit(1)


@members.command()
@click.argument("names", nargs=-1, required=True)
@store_option
def remove(names: tuple[str, ...], store_location: str) -> None:
    """Remove imported registry files by file NAME (``people.xml``) from the store.

    What only they said (people, memberships, holdings) goes; the other files are
    merged again.  Transcripts built before are rebuilt by the next ``debate-kg build``.
    """
    from graph.registry.rdf import remove_files
    from graph.summaries import refresh

    with open_store(store_location, read_only=False) as store:
        removed = remove_files(store, names)
        if removed:
            refresh(store)
    missing = sorted(set(names) - set(removed))
    for name in missing:
        click.echo(f"error: no imported registry file named {name!r}", err=True)
    click.echo(f"removed {len(removed)} of {len(names)} file(s) from {store_location}")
    if removed:
        click.echo("files built before will be rebuilt by the next 'debate-kg build'")
    if missing:
        sys.exit(1)


@members.command()
@click.option("--office", help="Who held this office (any spelling: 'Home Secretary').")
@click.option("--party-of", "party_of", metavar="NAME", help="Which party NAME was in.")
@click.option("--on", "on", required=True, metavar="YYYY-MM-DD", help="The date.")
@store_option
def who(office: str | None, party_of: str | None, on: str, store_location: str) -> None:
    """Answer from the registry (built-in plus imported) for a date.

    Only the people the question can mean are read from the store (by the lookup
    keys of :mod:`graph.registry.lookup`), and the answer is the one the whole
    registry gives.
    """
    try:
        day = date.fromisoformat(on)
    except ValueError:
        fail(f"--on: not a date: {on!r} (expected YYYY-MM-DD)")
    if (office is None) == (party_of is None):
        fail("give one of --office or --party-of")
    with open_store(store_location, read_only=True) as store:
        try:
            if office is not None:
                lines = office_holders(store, office, day)
            else:
                assert party_of is not None
                lines = [party_of_member(store, party_of, day)]
        except LookupError as exc:
            fail(str(exc))
    for line in lines:
        click.echo(line)


def office_holders(store: Store, office: str, day: date) -> list[str]:
    """``members who --office``: one line per holder (name, key, office, how it matched).

    Raises :class:`LookupError` when nobody is known to hold it on ``day``.
    """
    from graph.registry.lookup import registry_for

    return office_lines(registry_for(store, office=office, on=day), office, day)


def office_lines(registry: Registry, office: str, day: date) -> list[str]:
    """What ``members who --office`` prints, from ``registry``."""
    holders = registry.holders(office, day)
    if not holders:
        raise LookupError(f"no holder of {office!r} known on {day}")
    lines = []
    for h in holders:
        person = registry.person(h.person_key)
        name = person.name if person and person.name else h.person_key
        lines.append(f"{name}\t{h.person_key}\t{h.holding.label}\t{h.match}")
    return lines


def party_of_member(store: Store, name: str, day: date) -> str:
    """``members who --party-of``: the party, the person's key and how the name resolved.

    Raises :class:`LookupError` when the name resolves to nobody on ``day``.
    """
    from graph.registry.lookup import registry_for

    return party_line(registry_for(store, name=name), name, day)


def party_line(registry: Registry, name: str, day: date) -> str:
    """What ``members who --party-of`` prints, from ``registry``."""
    found = registry.resolve_name(name, day)
    if found.person is None:
        raise LookupError(f"{name!r}: {found.reason}")
    party = registry.party_of(found.person, day)
    return f"{party or 'unknown'}\t{found.person}\t{found.reason}"
