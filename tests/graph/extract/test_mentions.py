from __future__ import annotations

import pytest

from graph.extract.mentions import find_mentions

SEED_SENTENCE = (
    "The Safeguarding Minister, the Under-Secretary of State for the Home Department, my hon. "
    "Friend the Member for Birmingham Yardley (Jess Phillips), met this morning with survivors."
)


def test_member_for_with_name_and_appositive_office() -> None:
    (m,) = find_mentions(SEED_SENTENCE)
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
    ],
)
def test_patterns(
    text: str, kind: str, name: str | None, seat: str | None, office: str | None
) -> None:
    (m,) = find_mentions(text)
    assert (m.kind, m.name, m.constituency, m.office) == (kind, name, seat, office)
    assert text[m.span.start : m.span.end] == m.exact


@pytest.mark.parametrize(
    "text",
    [
        "I call upon the Government to act.",  # not the chair calling a member
        "Members of the public wrote to me.",
        "We will call for evidence.",
    ],
)
def test_no_mention(text: str) -> None:
    assert find_mentions(text) == ()
