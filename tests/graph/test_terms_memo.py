"""The N-Quads writer's per-document memos give exactly what writing afresh gives."""

from __future__ import annotations

import pytest

from graph.terms import NQuadsTerms, decimal_text, quoted


def fresh_confidence(value: float) -> str:
    return NQuadsTerms().decimal(decimal_text(value))


@pytest.mark.parametrize("values", [(1, 1.0), (1.0, 1), (0.0, -0.0), (-0.0, 0.0), (0.5, 0.5)])
def test_scores_equal_as_keys_are_still_written_apart(values: tuple[float, float]) -> None:
    terms = NQuadsTerms()
    for value in values:
        assert terms.confidence(value) == fresh_confidence(value)
    assert fresh_confidence(1) != fresh_confidence(1.0)  # why the memo keys by type


def test_texts_short_and_long() -> None:
    terms = NQuadsTerms()
    for value in ["office", 'a "b"\n', "office", "x" * 5000, "x" * 5000, "é\x01"]:
        assert terms.text(value) == quoted(value)
