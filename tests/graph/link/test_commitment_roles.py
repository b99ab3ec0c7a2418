"""The linking stage applies the speaker's role on the day to what the extractor found."""

from __future__ import annotations

from datetime import date

from rdflib import RDF

from graph.build import document_quads
from graph.extract import analyse
from graph.link import link
from graph.records import Debate, SourceDocument, SpeakerRef, Speech, Transcript
from graph.registry import Registry
from graph.registry.records import Membership, OfficeHolding, RegistryData, RegistryPerson
from ontology import DKG

ON = date(2025, 3, 1)
TEXT = "We will publish the flood plan in May."


def _registry() -> Registry:
    people = (
        RegistryPerson("t/min", "Ann Minister"),
        RegistryPerson("t/back", "Bob Back"),
        RegistryPerson("t/shadow", "Di Shadow"),
    )
    start = date(2024, 7, 4)
    members = tuple(
        Membership(key, "commons", f"Seat {key}", party, start, None, "t")
        for key, party in (("t/min", "Labour"), ("t/back", "Labour"), ("t/shadow", "Conservative"))
    )
    holdings = (
        OfficeHolding("t/min", "Minister of State (Environment)", "", None, start, None, "t"),
        OfficeHolding(
            "t/shadow", "Shadow Secretary of State for the Environment", "", None, start, None, "t"
        ),
    )
    return Registry([RegistryData(people=people, memberships=members, holdings=holdings)])


def _sitting() -> Transcript:
    names = ("Ann Minister", "Bob Back", "Di Shadow", "Madam Deputy Speaker")
    speeches = tuple(Speech(i, SpeakerRef(n, n), TEXT) for i, n in enumerate(names, 1))
    source = SourceDocument("roles-0", "roles.xml", "0" * 64, "twfy")
    return Transcript(source, (Debate(1, "Floods", ON, "House of Commons", None, speeches),))


def test_each_speaker_commits_as_their_role_allows() -> None:
    doc = link(analyse(_sitting()), _registry())
    kinds = [[c.kind for c in s.facts.commitments] for s in doc.debates[0].speeches]
    assert kinds == [["commitment"], [], ["opposition-pledge"], []]
    for s in doc.debates[0].speeches:
        assert len(s.actors) == len(s.facts.commitments)


def test_pledges_are_typed_apart_in_the_graph() -> None:
    quads = document_quads(link(analyse(_sitting()), _registry()))
    types = [q[2] for q in quads if q[1] == RDF.type and str(q[0]).split("/")[-2] == "commitment"]
    assert sorted(map(str, types)) == sorted([str(DKG.Commitment), str(DKG.OppositionPledge)])


def _unplaced_sitting() -> Transcript:
    # Hansard prints a minister's office at their first speech and the bare name after;
    # nobody here is in the registry
    lines = (
        ("Cat Jones", "The Minister for Flooding (Cat Jones)"),
        ("Ed Smith", "Ed Smith (Somewhere) (Lab)"),
        ("Cat Jones", "Cat Jones"),
    )
    speeches = tuple(Speech(i, SpeakerRef(n, a), TEXT) for i, (n, a) in enumerate(lines, 1))
    source = SourceDocument("roles-1", "roles.txt", "1" * 64, "parallel-parliament")
    return Transcript(source, (Debate(1, "Floods", ON, "House of Commons", None, speeches),))


def test_a_speaker_the_registry_cannot_place_takes_the_role_the_sitting_prints() -> None:
    # the minister printed once commits in every speech; a member the sitting never prints
    # with an office, in a sitting that prints its ministers', commits nobody
    doc = link(analyse(_unplaced_sitting()), _registry())
    kinds = [[c.kind for c in s.facts.commitments] for s in doc.debates[0].speeches]
    assert kinds == [["commitment"], [], ["commitment"]]


def test_a_speaker_nothing_places_who_questions_the_minister_does_not_commit() -> None:
    # no office printed anywhere and nobody in the registry: each speaker's role is
    # unknown, and weighed as a minister's, unless their own words put a question to the
    # Government's side
    texts = (
        "We will publish the flood plan in May. Will the Minister meet me to discuss it?",
        "We will publish the flood plan in May. I will write to the hon. Member.",
    )
    speeches = tuple(
        Speech(i, SpeakerRef(n, n), t)
        for i, (n, t) in enumerate(zip(("Ed Smith", "Cat Jones"), texts, strict=True), 1)
    )
    source = SourceDocument("roles-2", "roles.txt", "2" * 64, "parallel-parliament")
    transcript = Transcript(source, (Debate(1, "Floods", ON, "House of Commons", None, speeches),))
    doc = link(analyse(transcript), _registry())
    kinds = [[c.kind for c in s.facts.commitments] for s in doc.debates[0].speeches]
    assert kinds == [[], ["commitment", "commitment"]]


def test_the_records_own_typing_of_a_turn_decides_the_chair_and_the_asker() -> None:
    # ParlaMint types a presiding officer's turn "#chair"; TheyWorkForYou types a
    # member's question "Start Question": neither speaker commits the Government, though
    # nobody here is in the registry and no office is printed
    text = "We will publish the flood plan in May."
    turns = (("Ann Chair", "chair"), ("Ed Smith", "Start Question"), ("Cat Jones", "regular"))
    speeches = tuple(
        Speech(i, SpeakerRef(n, n), text, speech_type=kind) for i, (n, kind) in enumerate(turns, 1)
    )
    source = SourceDocument("roles-3", "roles.txt", "3" * 64, "parallel-parliament")
    transcript = Transcript(source, (Debate(1, "Floods", ON, "House of Commons", None, speeches),))
    doc = link(analyse(transcript), _registry())
    kinds = [[c.kind for c in s.facts.commitments] for s in doc.debates[0].speeches]
    assert kinds == [[], [], ["commitment"]]


def _debate_of(names: tuple[str, ...], texts: dict[str, str], default: str) -> list[int]:
    """How many commitments each speech keeps, nobody placed by the registry."""
    speeches = tuple(
        Speech(i, SpeakerRef(n, n), texts.get(n, default)) for i, n in enumerate(names, 1)
    )
    source = SourceDocument("roles-3", "roles.txt", "3" * 64, "parallel-parliament")
    transcript = Transcript(source, (Debate(1, "Floods", ON, "House of Commons", None, speeches),))
    doc = link(analyse(transcript), _registry())
    return [len(s.facts.commitments) for s in doc.debates[0].speeches]


def test_one_who_speaks_once_in_the_middle_of_a_debate_does_not_commit() -> None:
    # a Westminster Hall debate's shape: the mover, members, the shadow, the minister, the
    # mover again; nobody placed, so the shape decides who is taking part
    names = ("Mo Ver", "Al Pha", "Be Ta", "Ga Mma", "Sha Dow", "Min Ister", "Mo Ver")
    said = "We will publish the flood plan in May."
    kept = _debate_of(names, {}, said)
    assert kept[2:4] == [0, 0]  # members taking part, once each, in the middle
    # the first two turns are left alone (a Commons debate: the minister opens, the
    # shadow replies), and so is the minister winding up near the close
    assert (kept[1], kept[5]) == (1, 1)


def test_an_answer_to_a_question_is_not_taken_for_a_bystanders_words() -> None:
    # topical questions: several ministers answer once each, right after a question
    names = (
        "Al Pha",
        "Min Ister",
        "Be Ta",
        "Jun Ior",
        "Ga Mma",
        "Min Ister",
        "De Lta",
        "Min Ister",
    )
    asked = "Will the Minister act on flooding?"
    texts = {n: asked for n in ("Al Pha", "Be Ta", "Ga Mma", "De Lta")}
    kept = _debate_of(names, texts, "We will publish the flood plan in May.")
    assert kept[3] == 1  # the junior minister who answers once still commits
