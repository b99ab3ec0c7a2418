"""Speakers linked to people: by the source's id, by name and date, by office; ambiguity says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.link.speakers import link_name, link_speaker, registry_key_for_id
from graph.records import Attribution, Debate, SpeakerRef, Speech
from graph.registry import Registry
from graph.registry.load import load_path
from graph.store import Store
from tests.graph.link.registry_fixture import write_registry

ON = date(2020, 1, 2)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    return Registry(load_path(write_registry(tmp_path_factory.mktemp("registry"))))


@pytest.mark.parametrize(
    ("name", "key", "linked"),
    [
        ("Sam Minister", "twfy/90002", True),
        ("Mr Sam Minister", "twfy/90002", True),
        ("The Financial Secretary to the Treasury", "twfy/90004", True),  # the only holder
        ("The Chancellor of the Exchequer", "twfy/90002", True),
        ("David Jones", None, False),  # two people, both sitting: no guess
        ("Hon. Members", None, False),  # collective
        ("Nobody Known", None, True),  # a name-only person
    ],
)
def test_link_name(registry: Registry, name: str, key: str | None, linked: bool) -> None:
    link = link_name(registry, name, ON, house="House of Commons")
    assert (link.key, link.linked) == (key, linked), link.reason
    assert link.reason


def test_ambiguity_lists_candidates_with_no_confidence(registry: Registry) -> None:
    link = link_name(registry, "David Jones", ON)
    assert link.candidates == ("twfy/91001", "twfy/91002")
    assert link.confidence == 0.0 and "David Jones" in link.reason


def test_seat_decides_between_namesakes(registry: Registry) -> None:
    link = link_name(registry, "David Jones", ON, constituency="Monmouth")
    assert link.key == "twfy/91002"


def test_office_with_no_holder_links_nobody(registry: Registry) -> None:
    link = link_name(registry, "The Financial Secretary to the Treasury", date(2010, 1, 1))
    assert not link.linked and link.office == "The Financial Secretary to the Treasury"


def test_source_ids() -> None:
    builtin = Registry.builtin()
    assert registry_key_for_id(builtin, "uk.org.publicwhip/person/10131") == "twfy/10131"
    assert registry_key_for_id(builtin, "uk.org.publicwhip/person/4") == "twfy/4"
    assert registry_key_for_id(builtin, "uk.org.publicwhip/member/40") is None


def test_source_id_beats_the_name(registry: Registry) -> None:
    speech = Speech(
        1,
        SpeakerRef("David Jones", "David Jones", source_person_id="uk.org.publicwhip/person/91001"),
        "text",
    )
    debate = Debate(1, "T", ON, "House of Commons", None, (speech,))
    link = link_speaker(registry, speech, Attribution("David Jones"), debate)
    assert link is not None and link.key == "twfy/91001" and link.confidence == 1.0


def test_seeds_link_to_twfy_keys_without_an_import(seed_store: Store) -> None:
    rows = seed_store.query(
        """SELECT DISTINCT ?p ?name WHERE { ?s dkg:speaker ?p ; dkg:speakerReason ?why .
        ?p foaf:name ?name } ORDER BY ?p"""
    )
    got = [(r[0].value, r[1].value) for r in rows]  # type: ignore[index,union-attr]
    assert got == [
        ("https://w3id.org/debate-kg/id/person/twfy/10131", "Yvette Cooper"),
        ("https://w3id.org/debate-kg/id/person/twfy/25393", "Judith Cummins"),
    ]
    jess = seed_store.query(
        'ASK { <https://w3id.org/debate-kg/id/person/twfy/25364> foaf:name "Jess Phillips" ; '
        'dkg:identifier/dkg:value "25364" }'
    )
    assert bool(jess)


def test_every_seed_speech_says_how_its_speaker_was_linked(seed_store: Store) -> None:
    rows = seed_store.query(
        "SELECT ?s WHERE { ?s a dkg:Speech FILTER NOT EXISTS { ?s dkg:speakerConfidence ?c } }"
    )
    assert list(rows) == []  # type: ignore[arg-type]


def test_registry_fixture_is_written(tmp_path: Path) -> None:
    assert write_registry(tmp_path).read_text(encoding="utf-8").startswith("#")
