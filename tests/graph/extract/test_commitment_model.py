"""The sentence model beside the commitment rules (graph.extract.commitment_model)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from graph.evaluate.commitment_gold import load_gold, load_split
from graph.evaluate.paths import gold_dir
from graph.extract import commitment_model
from graph.extract.commitment_model import KEEP, features, probability, weigh
from graph.extract.commitment_vocab import ACTIONS
from graph.extract.commitments import find_commitments, for_role
from graph.records import Commitment, Span
from graph.vocab.kinds import SpeakerRole

ON = date(2021, 3, 12)


def _dev_sentences() -> list[str]:
    folder = gold_dir("commitments")
    return [
        s.text for f in load_split(folder) if f.split == "dev" for s in load_gold(folder / f.name)
    ]


def test_the_quick_n_grams_are_the_known_features() -> None:
    """The pruned n-gram builder gives exactly the table's n-grams of the full list."""
    model = commitment_model._model()
    for text in _dev_sentences()[::7]:
        expected = [g for g in features(text) if g in model.idf]
        assert Counter(model.grams(text)) == Counter(expected), text


def test_features_are_scikit_learns() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    vectoriser = text.TfidfVectorizer(preprocessor=commitment_model.masked, ngram_range=(1, 3))
    analyse = vectoriser.build_analyzer()
    for sentence in _dev_sentences()[::50]:
        assert features(sentence) == analyse(sentence)


def _cells(table: str) -> dict[str, list[float]]:
    """A model table's rows (the intercept among them) by n-gram, numbers parsed."""
    rows = (line.removeprefix("# ").split("\t") for line in table.splitlines())
    return {row[0]: [float(x) for x in row[1:]] for row in rows if len(row) > 1}


def test_the_table_is_what_training_gives() -> None:
    """``make model`` was run on the gold as it stands: retraining gives the same
    n-grams and the same numbers.  The solver's last digit depends on the machine's
    linear algebra library and its threads, so numbers agree to 1e-7 of the largest."""
    pytest.importorskip("sklearn")
    from graph.evaluate.commitment_model_training import table, training_sentences

    texts, labels, _ = training_sentences(gold_dir("commitments"))
    stored = commitment_model.resources.files("graph") / "data" / "commitment_model.tsv"
    trained, kept = _cells(table(texts, labels)), _cells(stored.read_text(encoding="utf-8"))
    assert trained.keys() == kept.keys()
    scale = max(abs(x) for row in kept.values() for x in row)
    worst = max(abs(a - b) for g in kept for a, b in zip(trained[g], kept[g], strict=True))
    assert worst <= 1e-7 * scale


@pytest.mark.parametrize(
    "sentence",
    [
        "We will publish the new guidance for schools before the summer recess.",
        "I will write to the hon. Lady with the figures.",
        "The Government will introduce legislation to ban the practice.",
    ],
)
def test_promises_are_likely(sentence: str) -> None:
    assert probability(sentence) >= KEEP


@pytest.mark.parametrize(
    "sentence",
    [
        "I thank the hon. Gentleman for his question.",
        "Order.",
        "Does the Minister agree that this is a scandal?",
    ],
)
def test_courtesies_and_questions_are_not(sentence: str) -> None:
    assert probability(sentence) < KEEP


def test_probabilities_are_between_nought_and_one() -> None:
    for text in _dev_sentences()[::25]:
        assert 0.0 < probability(text) < 1.0


# --- weighing the rules' commitments, and adding the model's ---------------------

SPEECH = "I thank my hon. Friend. We will publish the strategy in the spring."


def _made(text: str, start: int, end: int, p: float | None, by: str = "rules") -> Commitment:
    return Commitment(
        span=Span(start, end), exact=text[start:end], actor="Government", action="publish",
        category="guidance", status="future", confidence=0.8,
        model_probability=p, found_by=by,
    )  # fmt: skip


def test_every_commitment_of_a_minister_carries_its_sentences_probability() -> None:
    (c,) = find_commitments(SPEECH, on=ON, role="minister")
    assert c.model_probability == pytest.approx(probability(c.exact))


def test_the_model_reads_only_what_the_governments_side_may_have_said() -> None:
    # a speaker nobody could place may be a minister: weighed; the opposition's are not
    (c,) = find_commitments(SPEECH, on=ON)
    assert c.model_probability is not None
    pledge = "We will table an amendment to scrap the levy."
    (p,) = find_commitments(pledge, on=ON, role="shadow")
    assert (p.kind, p.model_probability) == ("opposition-pledge", None)


@pytest.mark.parametrize(("p", "kept"), [(KEEP / 2, False), (KEEP, True)])
def test_a_ministers_unlikely_commitment_is_dropped(
    monkeypatch: pytest.MonkeyPatch, p: float, kept: bool
) -> None:
    monkeypatch.setattr(commitment_model, "probability", lambda s: p)
    start = SPEECH.index("We")
    made = _made(SPEECH, start, len(SPEECH), None)
    found = for_role((made,), "minister", SPEECH, ON)
    assert found == ((replace(made, model_probability=p),) if kept else ())


@pytest.fixture
def sure(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model sure of every sentence but thanks, whatever the table says."""
    monkeypatch.setattr(
        commitment_model, "probability", lambda s: 0.05 if s.startswith("Thank") else 0.9
    )


@pytest.mark.usefixtures("sure")
def test_the_models_own_commitments_are_a_ministers_only() -> None:
    # ... or of a speaker nobody could place, who may be one
    text = "Thank you. We are making it an expectation that we fund £40 million in bursaries."
    for role in ("minister", "lords-spokesperson", None):
        assert [c.found_by for c in for_role((), role, text, ON)] == ["model"]
    for role in ("shadow", "backbench", "chair"):
        assert for_role((), role, text, ON) == ()


@pytest.mark.usefixtures("sure")
def test_a_sentence_the_rules_pass_over_can_be_the_models() -> None:
    text = (
        "Thank you. We are making it an expectation that we fund £40 million in"
        " bursaries for parents."
    )
    assert [c.found_by for c in find_commitments(text, on=ON, role="minister")] == ["model"]
    (c,) = weigh(text, (), ON)
    assert (c.span, c.found_by, c.model_probability) == (Span(11, len(text)), "model", 0.9)
    assert (c.actor, c.action, c.category, c.confidence) == (
        "Government",
        "fund",
        "funding",
        0.9,
    )
    assert [(a.value, a.role) for a in c.amounts] == [("40000000", "new")]
    assert c.start_date is None and c.deadline is None


@pytest.mark.usefixtures("sure")
def test_the_models_act_is_a_listed_action() -> None:
    text = "Thank you. My officials say the changes will be examined this week."
    (c,) = [c for c in weigh(text, (), ON) if c.found_by == "model"]
    assert (c.actor, c.action) == ("Government", ACTIONS["examine"])
    assert c.deadline == date(2021, 3, 14)


@pytest.mark.usefixtures("sure")
def test_the_rules_commitment_is_not_doubled() -> None:
    found = find_commitments(SPEECH, on=ON)
    assert [c.found_by for c in found] == ["rules"]


@pytest.mark.usefixtures("sure")
def test_a_question_is_never_the_models() -> None:
    text = "Will the Government publish the strategy in the spring?"
    assert all(c.found_by != "model" for c in weigh(text, (), ON))


@pytest.mark.parametrize(
    "sentence",
    [
        "He will be happy to meet the right hon. Gentleman to discuss it.",  # someone else
        "Further engagement will take place as the details are announced.",  # nobody named
        "The figures will reflect on the Department badly.",  # an effect, not an act
        "Will the Government publish the strategy?",  # a question
        "We are clear about that.",  # no verb of doing
    ],
)
def test_the_model_makes_no_commitment_without_the_governments_act(sentence: str) -> None:
    assert commitment_model.model_act(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("I am always very happy to meet the hon. Gentleman.", "meet"),
        ("HMRC will also be asking its staff to change their area of expertise.", "change"),
        ("My officials will examine the case.", "review"),
    ],
)
def test_the_models_act_is_the_governments(sentence: str, action: str) -> None:
    found = commitment_model.model_act(sentence)
    assert found is not None and found[3] == action


@pytest.mark.usefixtures("sure")
@pytest.mark.parametrize("role", ["minister", None])
def test_the_models_own_obey_the_rules_test_for_quoted_words(role: SpeakerRole | None) -> None:
    # the act is inside words the speaker quotes from someone else: theirs, not the
    # Government's, however sure the model is
    for text in (
        "The head of the trade body has said: “Our members will invest £2 billion next year.”",
        'As the charity put it, "we will keep campaigning until the law changes".',
    ):
        assert find_commitments(text, on=ON, role=role) == ()
    # the same words as the speaker's own are the model's to add
    own = "We will keep campaigning until the law changes."
    assert [c.found_by for c in find_commitments(own, on=ON, role=role)] != []


# --- a sentence that goes on with the commitment before it -------------------------

_REVIEW = (
    "We will publish a plan for the energy standards of new homes."
    " It will seek evidence on the costs of energy measures by the end of June."
)


@pytest.mark.usefixtures("sure")
def test_a_sentence_referring_back_extends_the_commitment() -> None:
    # one commitment over two sentences, its date from the second, as the gold's
    # ``continues`` records it; not a second commitment
    (c,) = find_commitments(_REVIEW, on=ON, role="minister")
    assert (c.span, c.found_by) == (Span(0, len(_REVIEW)), "rules")
    assert c.deadline == date(2021, 6, 30)


def test_a_continuation_the_model_doubts_is_not_one(monkeypatch: pytest.MonkeyPatch) -> None:
    second = _REVIEW.index("It will")
    doubted = commitment_model.CONTINUE - 0.01
    monkeypatch.setattr(
        commitment_model, "probability", lambda s: doubted if s.startswith("It") else 0.9
    )
    (c,) = find_commitments(_REVIEW, on=ON, role="minister")
    assert c.span.end <= second


@pytest.mark.usefixtures("sure")
@pytest.mark.parametrize(
    "after",
    [
        "That will also be very beneficial.",  # judges the measure, does nothing
        "The hon. Gentleman will know the figures.",  # not about the measure
        "We thank the committee for its work.",  # no reference back, no future
        "The report will also be available in the Vote Office.",  # the papers, procedure
    ],
)
def test_what_only_follows_a_commitment_does_not_extend_it(after: str) -> None:
    text = "We will publish a plan for the energy standards of new homes. "
    found = find_commitments(text + after, on=ON, role="minister")
    assert all(c.span.end <= len(text) for c in found if c.found_by == "rules")


@pytest.mark.usefixtures("sure")
def test_a_continuation_is_a_ministers_only() -> None:
    # nobody else's sentences are weighed, so nobody else's commitments run on
    (p,) = find_commitments(_REVIEW, on=ON, role="shadow")
    assert (p.kind, p.span.end) == ("opposition-pledge", _REVIEW.index(" It will seek"))
