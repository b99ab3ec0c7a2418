"""The second annotation of the held-out split, scored against the first."""

from __future__ import annotations

import pytest

from graph.evaluate.commitment_agreement import Agreement, evaluate, format_agreement


def test_kappa_is_chance_corrected() -> None:
    # 100 sentences, 20 positive for each annotator, 10 in common: chance alone gives 0.68
    a = Agreement(sentences=100, first=20, second=20, both=10, categories_same=10)
    assert (a.precision, a.recall, a.f1) == (0.5, 0.5, 0.5)
    assert a.kappa == pytest.approx((0.8 - 0.68) / (1 - 0.68))
    assert Agreement(100, 20, 20, 20, 20).kappa == pytest.approx(1.0)


def test_every_second_annotation_meets_its_held_out_sentence() -> None:
    result = evaluate()
    assert result is not None
    every, unquoted, quoted = result
    assert every.sentences == unquoted.sentences + quoted > 500
    assert 0 < every.both <= min(every.first, every.second)
    assert format_agreement(result)[1].startswith(f"  all: {every.sentences} sentences")
