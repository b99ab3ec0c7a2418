from __future__ import annotations

import pytest

from graph.extract.mentions import find_mentions
from graph.records import Mention
from graph.vocab.names import is_friend, referent_sex

SEED_SENTENCE = (
    "The Safeguarding Minister, the Under-Secretary of State for the Home Department, my hon. "
    "Friend the Member for Birmingham Yardley (Jess Phillips), met this morning with survivors."
)
#: Kinds the first version of the extractor had; the older tables look only at these,
#: because the extractor now also reports pronouns, places and other things in the same text.
MEMBER_KINDS = {"member-for", "call", "call-office"}


def of_kinds(text: str, kinds: set[str]) -> list[Mention]:
    return [m for m in find_mentions(text) if m.kind in kinds]


def test_member_for_with_name_and_appositive_office() -> None:
    (m,) = of_kinds(SEED_SENTENCE, MEMBER_KINDS | {"office", "organisation"})
    assert (m.kind, m.name, m.constituency) == ("member-for", "Jess Phillips", "Birmingham Yardley")
    assert m.office == "Under-Secretary of State for the Home Department"
    assert SEED_SENTENCE[m.span.start : m.span.end] == m.exact
    assert m.exact == "my hon. Friend the Member for Birmingham Yardley (Jess Phillips)"


@pytest.mark.parametrize(
    ("text", "kind", "name", "seat", "office"),
    [
        ("For the final question, I call Jim Shannon.", "call", "Jim Shannon", None, None),
        ("I call Sir Edward Leigh.", "call", "Sir Edward Leigh", None, None),
        ("I call the shadow Home Secretary.", "call-office", None, None, "shadow Home Secretary"),
        ("Order. I call the Home Secretary.", "call-office", None, None, "Home Secretary"),
        (
            "The experience of the hon. Member for Strangford in Northern Ireland",
            "member-for",
            None,
            "Strangford",
            None,
        ),
        (
            "As my right hon. Friend the Member for Holborn and St Pancras (Keir Starmer) said",
            "member-for",
            "Keir Starmer",
            "Holborn and St Pancras",
            None,
        ),
        (
            "the hon. Member for Brighton, Kemptown (Lloyd Russell-Moyle) asked",
            "member-for",
            "Lloyd Russell-Moyle",
            "Brighton, Kemptown",
            None,
        ),
        (
            "the right hon. and learned Member for Camberwell and Peckham (Harriet Harman)",
            "member-for",
            "Harriet Harman",
            "Camberwell and Peckham",
            None,
        ),
        (
            "raised by the hon. Member for Walsall South about the roles",
            "member-for",
            None,
            "Walsall South",
            None,
        ),
        (
            "My hon. Friend the Member for Sevenoaks (Laura Trott) has done well.",
            "member-for",
            "Laura Trott",
            "Sevenoaks",
            None,
        ),
    ],
)
def test_member_patterns(
    text: str, kind: str, name: str | None, seat: str | None, office: str | None
) -> None:
    (m,) = of_kinds(text, MEMBER_KINDS)
    assert (m.kind, m.name, m.constituency, m.office) == (kind, name, seat, office)
    assert text[m.span.start : m.span.end] == m.exact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # courtesy titles
        ("I am happy to write to the hon. Lady about it.", [("member-ref", "the hon. Lady")]),
        ("The right hon. Gentleman is right.", [("member-ref", "The right hon. Gentleman")]),
        ("I thank my hon. Friend for raising this.", [("member-ref", "my hon. Friend")]),
        (
            "the right hon. and learned Gentleman knows",
            [("member-ref", "the right hon. and learned Gentleman")],
        ),
        ("I note the hon. Gentleman’s points.", [("member-ref", "the hon. Gentleman")]),
        # offices
        ("The Secretary of State knows this.", [("office", "The Secretary of State")]),
        ("The Minister for Care is here.", [("office", "The Minister for Care")]),
        ("ask the shadow Home Secretary", [("office", "the shadow Home Secretary")]),
        ("seized by the Prime Minister himself if", [("office", "the Prime Minister himself")]),
        (
            "the Secretary of State for Health and Social Care said",
            [("office", "the Secretary of State for Health and Social Care")],
        ),
        (
            "Will the Minister go back to the Chancellor?",
            [
                ("office", "the Minister"),
                ("office", "the Chancellor"),
            ],
        ),
        ("thanking you, Mr Speaker, for", [("office", "you, Mr Speaker")]),
        # people who are not (necessarily) members
        ("she and I met Professor Alexis Jay, who", [("person", "Professor Alexis Jay")]),
        ("I have asked Baroness Louise Casey to", [("person", "Baroness Louise Casey")]),
        ("Tom Crowther KC, the chair of", [("person", "Tom Crowther KC")]),
        ("Professor Jay’s strongest message", [("person", "Professor Jay")]),
        ("My constituent David is one of them.", [("constituent", "David")]),
        # organisations
        (
            "I am writing to the National Police Chiefs’ Council today",
            [
                ("organisation", "National Police Chiefs’ Council"),
            ],
        ),
        ("those led by the Home Office are", [("organisation", "Home Office")]),
        ("the Home Office-funded network", [("organisation", "Home Office")]),
        (
            "including key Department for Education guidance",
            [
                ("organisation", "Department for Education"),
            ],
        ),
        (
            "with the Department for Business, Innovation and Skills, is",
            [
                ("organisation", "Department for Business, Innovation and Skills"),
            ],
        ),
        ("The Oil and Gas Authority says", [("organisation", "Oil and Gas Authority")]),
        # legislation
        (
            "announced in the crime and policing Bill to",
            [("legislation", "crime and policing Bill")],
        ),
        ("a voluntary version of Martyn’s law was", [("legislation", "Martyn’s law")]),
        ("part of the long-awaited Hillsborough law.", [("legislation", "Hillsborough law")]),
        ("under the Modern Slavery Act 2015, for", [("legislation", "Modern Slavery Act 2015")]),
        (
            "the Terrorism (Protection of Premises) Bill passed",
            [
                ("legislation", "Terrorism (Protection of Premises) Bill"),
            ],
        ),
        # places (nations by default)
        ("fracking in Scotland for those", [("place", "Scotland")]),
    ],
)
def test_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.kind, m.exact) for m in find_mentions(text) if m.kind not in {"self", "pronoun"}]
    assert got == expected
    for m in find_mentions(text):
        assert text[m.span.start : m.span.end] == m.exact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will give way.", [("self", "I")]),
        ("I thank my hon. Friend.", [("self", "I"), ("self", "my")]),
        ("At the risk of repeating myself, I", [("self", "myself"), ("self", "I")]),
        ("Let me say", [("self", "me")]),
        ("I thank the Minister for her answer.", [("self", "I"), ("pronoun", "her")]),
        ("She said he would.", [("pronoun", "She"), ("pronoun", "he")]),
        # not pronouns of a person here
        ("His Majesty’s inspectorate of constabulary", []),
        ("after World War I ended", []),
        ("It was described as “credible, I think” by them.", []),
    ],
)
def test_pronouns(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.kind, m.exact) for m in find_mentions(text) if m.kind in {"self", "pronoun"}]
    assert got == expected


def test_plural_members_list_gives_one_mention_per_seat() -> None:
    text = (
        "the hon. Members for Swansea East (Carolyn Harris) and for Bradford South "
        "(Judith Cummins), and others"
    )
    got = [(m.name, m.constituency, m.exact) for m in of_kinds(text, {"member-for"})]
    assert got == [
        ("Carolyn Harris", "Swansea East", "the hon. Members for Swansea East (Carolyn Harris)"),
        ("Judith Cummins", "Bradford South", "for Bradford South (Judith Cummins)"),
    ]


def test_gazetteer_places_are_whole_phrases() -> None:
    text = "in Manchester, after the Manchester Arena attack"
    got = [(m.kind, m.exact) for m in find_mentions(text, places={"Manchester"})]
    assert got == [("place", "Manchester")]


@pytest.mark.parametrize(
    "text",
    [
        "I call upon the Government to act.",  # not the chair calling a member
        "Members of the public wrote to me.",
        "We will call for evidence.",
        "The Government will lay out a timetable.",  # "the Government" alone is no body
        "We commend the Bill to the House.",  # "the Bill" names no law
        "That is the law in England and Wales.",  # a body of law, not a named law
        "the draft Bill was scrutinised",
        "Hon. Members of all parties agree.",
        "a Minister would say so",  # indefinite: nobody in particular
    ],
)
def test_no_member_office_or_thing(text: str) -> None:
    kinds = MEMBER_KINDS | {"office", "member-ref", "person", "organisation", "legislation"}
    assert of_kinds(text, kinds) == []


@pytest.mark.parametrize(
    ("exact", "sex", "friend"),
    [
        ("the hon. Lady", "F", False),
        ("The right hon. Gentleman", "M", False),
        ("my hon. Friend", None, True),
        ("herself", "F", False),
    ],
)
def test_referent_cues(exact: str, sex: str | None, friend: bool) -> None:
    assert referent_sex(exact) == sex
    assert is_friend(exact) == friend
