"""The commitment extractor against the gold sentences in tests/gold/commitments.

The seed set always runs; the corpus-backed sets need ../shared/corpus (or
$DEBATE_KG_CORPUS) and are skipped with a reason when it is absent.  The
targets are checked on numbers the evaluation computes, never on constants.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate.commitments import (
    GOLD_DIR,
    Evaluation,
    Score,
    corpus_root,
    evaluate,
    format_report,
    load_gold,
    score_set,
)

SEED_SET = GOLD_DIR / "seed_000_815e4f78c80070a6.jsonl"
CORPUS_SETS = sorted(p for p in GOLD_DIR.glob("*.jsonl") if p != SEED_SET)

PRECISION, RECALL, AMOUNTS, DEADLINES = 0.9, 0.85, 0.95, 0.9


def check_targets(score: Score) -> None:
    report = format_report(Evaluation((score,), (), score), details=True)
    assert score.precision >= PRECISION, report
    assert score.recall >= RECALL, report
    if score.amount_accuracy is not None:
        assert score.amount_accuracy >= AMOUNTS, report
    if score.deadline_accuracy is not None:
        assert score.deadline_accuracy >= DEADLINES, report


def test_seed_gold_meets_targets() -> None:
    score = score_set(SEED_SET.stem, load_gold(SEED_SET), corpus_root())
    assert isinstance(score, Score)
    assert score.sentences >= 100 and score.tp + score.fn >= 30
    check_targets(score)


@pytest.mark.corpus
def test_corpus_gold_meets_targets() -> None:
    root = corpus_root()
    if not root.is_dir():
        pytest.skip(f"skipped: ../shared absent (no corpus at {root})")
    result = evaluate()
    assert not result.skipped, result.skipped
    assert {s.name for s in result.scores} == {p.stem for p in [SEED_SET, *CORPUS_SETS]}
    check_targets(result.total)


def test_corpus_sets_skip_without_the_corpus(tmp_path: Path) -> None:
    result = evaluate(corpus=tmp_path / "nowhere")
    assert [s.name for s in result.scores] == [SEED_SET.stem]
    assert {name for name, _ in result.skipped} == {p.stem for p in CORPUS_SETS}
    assert all(reason.startswith("skipped:") for _, reason in result.skipped)


@pytest.mark.parametrize("path", sorted(GOLD_DIR.glob("*.jsonl")), ids=lambda p: p.stem)
def test_gold_files_are_well_formed(path: Path) -> None:
    gold = load_gold(path)
    assert gold
    categories = {
        "legislation",
        "funding",
        "review",
        "guidance",
        "operational",
        "target",
        "undertaking",
    }
    for sentence in gold:
        assert sentence.end - sentence.start == len(sentence.text)
        if sentence.commitment:
            assert sentence.category in categories
            assert sentence.status is not None
        else:
            assert sentence.amounts == () and sentence.deadline is None
        if sentence.deadline_text is not None:
            assert sentence.deadline_text in sentence.text
