"""A bare "Yes." to a question asking for an act commits to the act (graph/extract/answers.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import analyse_debate
from graph.extract.answers import answered
from graph.extract.commitments import find_commitments
from graph.records import Debate, SpeakerRef, Speech

ON = date(2021, 3, 10)


@pytest.mark.parametrize(
    ("question", "answer", "action"),
    [
        ("Will the Minister meet me and local farmers to discuss the flooding?", "Yes.", "meet"),
        (
            "Will my right hon. Friend and ministerial colleagues meet me?",
            "Yes, of course.",
            "meet",
        ),
        (
            "Can the Secretary of State confirm that the scheme will be extended?",
            "I can.",
            "extend",
        ),
        (
            "Will the Minister join me in congratulating the club and come to open its new pavilion?",
            "Yes.",
            "come",
        ),
        (
            "I thank the Minister. Will she publish the review before the summer?",
            "I thank my hon. Friend for her question. The short answer is yes.",
            "publish",
        ),
    ],
)
def test_a_bare_yes_commits_to_the_act_asked_for(question: str, answer: str, action: str) -> None:
    made = answered(question, answer, on=ON)
    assert made is not None
    assert (made.action, made.trigger) == (action, "answer")
    assert answer[made.span.start : made.span.end] == made.exact  # the assent is the evidence


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a view shared, a courtesy or an account now: nothing to do later
        ("Does the Minister agree that the bypass is vital?", "Yes."),
        ("Will the Minister join me in congratulating the club on its centenary?", "Yes."),
        ("Will my hon. Friend outline the steps taken to raise our concerns?", "Yes."),
        ("Can my right hon. Friend confirm that the vaccine has undergone trials?", "Yes."),
        # no question asked, or more than a bare assent
        ("The club does a great deal for the town.", "Yes."),
        ("Will the Minister meet me?", "Yes, and I will also write to the council."),
    ],
)
def test_no_act_no_commitment(question: str, answer: str) -> None:
    assert answered(question, answer, on=ON) is None


def test_the_question_gives_the_time() -> None:
    made = answered("Will the Minister publish the figures next month?", "Yes.", on=ON)
    assert made is not None and made.deadline == date(2021, 4, 30)


def speech(position: int, name: str, text: str) -> Speech:
    return Speech(position, SpeakerRef(name, name), text)


def test_extraction_reads_the_speech_before() -> None:
    debate = Debate(
        1,
        "Oral Answers",
        ON,
        "House of Commons",
        None,
        (
            speech(1, "Jane Member", "Will the Minister meet me to discuss the station?"),
            speech(2, "John Minister", "Yes."),
            speech(3, "John Minister", "Yes."),  # the same speaker: no question put to him
        ),
    )
    facts = analyse_debate(debate)
    assert [len(f.commitments) for f in facts.speeches] == [0, 1, 0]
    # whether it commits is decided by the role, as for any commitment
    question, answer = debate.speeches[0].text, "Yes."
    assert find_commitments(answer, on=ON, role="minister", asked=question)
    assert not find_commitments(answer, on=ON, role="backbench", asked=question)
