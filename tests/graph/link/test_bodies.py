"""Linking knows where it is: a debate of a body no registry describes links nobody to a
Westminster member (issue: a South African "Dr Phillips" became Jess Phillips, the NI
Assembly's "Mr Speaker" John Bercow)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.build import document_quads
from graph.extract import analyse
from graph.link import link
from graph.records import Debate, SourceDocument, SpeakerRef, Speech, Transcript
from graph.registry import Registry

LINES = (
    ("Dr Phillips", "I thank the Minister for the statement on housing."),
    ("Mr Speaker", "Order. I call Jess Phillips."),
    ("Jess Phillips", "The hon. Lady is right; the Chancellor will answer."),
    ("The Minister for Housing and Communities (Alex Neil)", "We will publish the plan."),
)


def sitting(house: str | None, on: date = date(2025, 1, 16)) -> Transcript:
    speeches = tuple(
        Speech(i, SpeakerRef(name, name), text) for i, (name, text) in enumerate(LINES, 1)
    )
    source = SourceDocument("test-0", "test.xml", "0" * 64, "twfy")
    return Transcript(source, (Debate(1, "Housing", on, house, None, speeches),))


@pytest.mark.parametrize(
    "house", ["Northern Ireland Assembly", "National Assembly of South Africa"]
)
def test_another_body_links_no_westminster_member(house: str) -> None:
    doc = link(analyse(sitting(house)), Registry.builtin())
    (debate,) = doc.debates
    assert doc.people == ()  # nobody from the registry
    speakers = [s.speaker for s in debate.speeches]
    assert all(s.key is None for s in speakers)
    assert [s.name for s in speakers if s.linked] == ["Phillips", "Jess Phillips", "Alex Neil"]
    assert all(f"no registry for {house}" in s.reason for s in speakers)
    chair = debate.speeches[1]
    assert not chair.speaker.linked and chair.office is not None
    assert chair.office.label == f"Speaker ({house})"
    for s in debate.speeches:
        for _, target in s.mentions:
            assert target.kind != "office"  # "the Chancellor" is not the Exchequer's here
            assert target.person is None or target.person.key is None
    quads = document_quads(doc)
    assert not any("/person/twfy/" in str(q[0]) or "/person/twfy/" in str(q[2]) for q in quads)


def test_westminster_still_links_through_the_registry() -> None:
    doc = link(analyse(sitting("House of Commons")), Registry.builtin())
    keys = {s.speaker.key for s in doc.debates[0].speeches}
    assert "twfy/25288" in keys or any(k and k.startswith("twfy/") for k in keys)
