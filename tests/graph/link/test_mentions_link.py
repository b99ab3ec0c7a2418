"""Mention linking against the built-in registry (the seed's people)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.mentions import find_mentions
from graph.link.mentions import LinkContext, MentionLink, Turn, link_mention, link_mentions
from graph.records import Mention, Span
from graph.registry import Registry
from graph.store import Store

ON = date(2025, 1, 16)
COOPER, CUMMINS, PHILLIPS, SHANNON = "twfy/10131", "twfy/25393", "twfy/25364", "twfy/13864"


def ctx(text: str = "", *, speaker: str | None = COOPER, **kw: object) -> LinkContext:
    return LinkContext(Registry.builtin(), ON, speaker, text=text, **kw)  # type: ignore[arg-type]


def first(text: str, kind: str, context: LinkContext) -> MentionLink | None:
    mentions = find_mentions(text)
    links = link_mentions(mentions, context)
    return next(link for m, link in zip(mentions, links, strict=True) if m.kind == kind)


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("The experience of the hon. Member for Strangford in", "member-for", SHANNON),
        (
            "my hon. Friend the Member for Birmingham Yardley (Jess Phillips), met",
            "member-for",
            PHILLIPS,
        ),
        ("For the final question, I call Jim Shannon.", "call", SHANNON),
        ("Order. I call the Home Secretary.", "call-office", COOPER),
        ("I have asked Baroness Louise Casey to", "person", "louise-casey"),
    ],
)
def test_named_and_seated_members(text: str, kind: str, key: str) -> None:
    link = first(text, kind, ctx(text, speaker=CUMMINS))
    assert link is not None and link.person == key, link
    assert 0 < link.confidence <= 1 and link.reason


def test_seat_without_a_registry_member_stays_a_constituency() -> None:
    link = first("the hon. Member for Nowhere Special said", "member-for", ctx())
    assert link is not None and (link.target_kind, link.label) == (
        "constituency",
        "Nowhere Special",
    )


def test_self_is_the_speaker_and_needs_one() -> None:
    (m,) = [m for m in find_mentions("I agree.") if m.kind == "self"]
    link = link_mention(m, ctx())
    assert link is not None and link.person == COOPER
    assert link_mention(m, ctx(speaker=None)) is None


def test_courtesy_title_is_the_previous_speaker() -> None:
    chair = Turn(CUMMINS, "Deputy Speaker", True)
    text = "I am happy to follow up with my hon. Friend about it."
    link = first(text, "member-ref", ctx(text, before=(chair, Turn(PHILLIPS))))
    assert link is not None and link.person == PHILLIPS  # the chair is skipped
    assert "previous speaker" in link.reason and "party" in link.reason
    text = "I am happy to write to the hon. Gentleman about it."
    link = first(text, "member-ref", ctx(text, before=(chair, Turn(SHANNON))))
    assert link is not None and link.person == SHANNON


def test_courtesy_title_of_the_wrong_party_is_not_linked() -> None:
    text = "I am happy to write to the hon. Lady about it."  # same party: "my hon. Friend"
    link = first(text, "member-ref", ctx(text, before=(Turn(PHILLIPS),)))
    assert link is not None and link.person is None


def test_courtesy_title_of_the_wrong_sex_is_not_linked() -> None:
    text = "The right hon. Gentleman is right."
    link = first(text, "member-ref", ctx(text, before=(Turn(PHILLIPS),)))
    assert link is not None and link.person is None
    assert link.candidates == (PHILLIPS,) and "no speaker" in link.reason


def test_office_prefers_a_speaker_of_the_debate() -> None:
    text = "Will the Secretary of State tell us?"
    context = ctx(
        text, speaker=PHILLIPS, after=(Turn(COOPER, "Secretary of State for the Home Department"),)
    )
    link = first(text, "office", context)
    assert link is not None and link.person == COOPER and "spoke in this debate" in link.reason


def test_office_nobody_holds_is_an_office_link_saying_so() -> None:
    link = first("The Minister for Care is here.", "office", ctx())
    assert link is not None and link.target_kind == "office" and link.person is None
    assert "holder" in link.reason


def test_pronoun_follows_its_antecedent_and_stops_at_strangers() -> None:
    text = "I thank the Minister for her answer."
    context = ctx(text, speaker=SHANNON, after=(Turn(PHILLIPS, "Minister for Safeguarding"),))
    links = link_mentions(find_mentions(text), context)
    assert [link.person if link else None for link in links] == [SHANNON, PHILLIPS, PHILLIPS]
    text = "Mr Murphy wrote to me. He is well aware."
    pronoun = first(text, "pronoun", ctx(text))
    assert pronoun is not None and pronoun.person is None and "not a known member" in pronoun.reason


def test_question_pronoun_without_antecedent_is_the_answerer() -> None:
    text = "What steps he has taken to improve safety."
    link = first(text, "pronoun", ctx(text, speaker=PHILLIPS, after=(Turn(SHANNON),)))
    assert link is not None and link.person == SHANNON and link.confidence < 0.5
    # "he" cannot be a woman who answers
    assert first(text, "pronoun", ctx(text, speaker=SHANNON, after=(Turn(COOPER),))) is None


@pytest.mark.parametrize(
    ("text", "kind", "target", "label"),
    [
        (
            "writing to the National Police Chiefs’ Council",
            "organisation",
            "organisation",
            "National Police Chiefs’ Council",
        ),
        ("a voluntary version of Martyn’s law", "legislation", "legislation", "Martyn’s law"),
        ("in Northern Ireland to", "place", "place", "Northern Ireland"),
    ],
)
def test_things_are_typed(text: str, kind: str, target: str, label: str) -> None:
    link = first(text, kind, ctx(text))
    assert link is not None and (link.target_kind, link.label) == (target, label)


def test_unknown_kind_links_nothing() -> None:
    assert link_mention(Mention(Span(0, 1), "x", "nonsense"), ctx()) is None


def _rows(store: Store, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(str(v.value) for v in row) for row in store.query(sparql)]  # type: ignore[union-attr]


def test_seed_graph_links_strangford_to_jim_shannon(seed_store: Store) -> None:
    rows = _rows(
        seed_store,
        """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX dkg: <https://w3id.org/debate-kg/ontology#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX schema: <https://schema.org/>
        SELECT ?name ?kind ?why WHERE {
          ?m a dkg:Mention ; oa:hasBody ?p ; dkg:mentionKind ?kind ; dkg:linkReason ?why ;
             oa:hasTarget/schema:text ?text ; dkg:evidence [ oa:start ?start ; oa:end ?end ] .
          FILTER (SUBSTR(?text, ?start + 1, ?end - ?start) = "the hon. Member for Strangford")
          ?p foaf:name ?name }""",
    )
    assert [r[:2] for r in rows] == [("Jim Shannon", "member-for")]
    assert "Strangford" in rows[0][2]


def test_seed_graph_types_things(seed_store: Store) -> None:
    rows = _rows(
        seed_store,
        """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?type ?label WHERE {
          ?m oa:hasBody ?t . ?t a ?type ; rdfs:label ?label }""",
    )
    got = {(t.rsplit("/", 1)[-1].rsplit("#", 1)[-1], label) for t, label in rows}
    assert ("Organization", "National Police Chiefs’ Council") in got
    assert ("Legislation", "Martyn’s law") in got
    assert ("Place", "Northern Ireland") in got
