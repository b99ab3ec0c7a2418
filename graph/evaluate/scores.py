"""Precision, recall and F1 from counts, shared by every evaluation.

``empty`` is the score when there is nothing to score (no predictions for
precision, no gold items for recall): 1.0 where "nothing to find, nothing found"
is right (commitments in a set without any), 0.0 where it should read as a failure.

>>> precision(3, 1), recall(3, 0), round(f1(0.75, 1.0), 3)
(0.75, 1.0, 0.857)
>>> precision(0, 0), precision(0, 0, empty=0.0)
(1.0, 0.0)
"""

from __future__ import annotations


def precision(tp: int, fp: int, *, empty: float = 1.0) -> float:
    return tp / (tp + fp) if tp + fp else empty


def recall(tp: int, fn: int, *, empty: float = 1.0) -> float:
    return tp / (tp + fn) if tp + fn else empty


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
