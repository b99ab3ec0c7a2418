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


def _commitments_by_speaker(lines: tuple[tuple[str, str | None, str], ...]) -> dict[str, int]:
    speeches = tuple(
        Speech(i, SpeakerRef(name, office or name, office=office), text)
        for i, (name, office, text) in enumerate(lines, 1)
    )
    source = SourceDocument("test-0", "test.xml", "0" * 64, "akn")
    debate = Debate(1, "Questions", date(2017, 12, 5), "Dáil Éireann", None, speeches)
    doc = link(analyse(Transcript(source, (debate,))), Registry.builtin())
    counts: dict[str, int] = {}
    for s in doc.debates[0].speeches:
        name = s.facts.speech.speaker.name or ""
        counts[name] = counts.get(name, 0) + len(s.facts.commitments)
    return counts


def test_another_body_commits_by_the_offices_its_record_prints() -> None:
    # The record prints the Taoiseach's office (once: later speeches give the bare name);
    # a member printed with none is not the Government, so "we will" from the opposition
    # benches is nobody's commitment.
    counts = _commitments_by_speaker(
        (
            ("Leo Varadkar", "The Taoiseach", "We will publish the housing plan in January."),
            ("Micheál Martin", None, "We will table a motion of no confidence next week."),
            ("Leo Varadkar", None, "We will also publish the rental strategy in March."),
        )
    )
    assert counts == {"Leo Varadkar": 2, "Micheál Martin": 0}


def test_another_body_with_no_office_printed_keeps_what_it_finds() -> None:
    # Nothing printed says who governs: the role is unknown and the commitment is kept.
    counts = _commitments_by_speaker(
        (("Micheál Martin", None, "We will publish the plan in January."),)
    )
    assert counts == {"Micheál Martin": 1}


def test_the_offices_printed_anywhere_in_the_sitting_count_in_each_of_its_debates() -> None:
    # A later debate of the same day where only a backbencher speaks: the sitting prints
    # its ministers in the first debate, so the backbencher still commits nobody.
    def speech(i: int, name: str, office: str | None, text: str) -> Speech:
        return Speech(i, SpeakerRef(name, office or name, office=office), text)

    on = date(2017, 12, 5)
    first = Debate(1, "Questions", on, "Dáil Éireann", None, (
        speech(1, "Leo Varadkar", "The Taoiseach", "We will publish the plan in January."),
    ))  # fmt: skip
    second = Debate(2, "Statements", on, "Dáil Éireann", None, (
        speech(1, "Enda Kenny", None, "We will bring forward a motion next week."),
    ))  # fmt: skip
    source = SourceDocument("test-0", "test.xml", "0" * 64, "akn")
    doc = link(analyse(Transcript(source, (first, second))), Registry.builtin())
    counts = [len(s.facts.commitments) for d in doc.debates for s in d.speeches]
    assert counts == [1, 0]
