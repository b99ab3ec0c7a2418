"""The follow-up gold is well formed, and the scoring counts what it says it counts."""

from __future__ import annotations

from graph.evaluate.followups import GOLD, Pair, read_gold, score

STATUSES = {"repeated", "progress", "delivered", "delayed", "dropped"}


def test_gold_is_well_formed() -> None:
    gold = read_gold(GOLD)
    assert len(gold) >= 100 and len({g.id for g in gold}) == len(gold)
    for g in gold:
        assert g.label in {"yes", "no", "unsure"}, g.id
        assert (g.status in STATUSES) if g.label == "yes" else not g.status, g.id
        assert g.source in {"pool-A", "pool-B", "pool-C", "system"}, g.id
        assert g.later_quote and g.earlier_quote and g.later_speech and g.earlier_speech, g.id
    assert sum(g.label == "yes" and g.source.startswith("pool-") for g in gold) >= 10


def test_score_counts_precision_over_judged_links_and_recall_over_the_pool() -> None:
    gold = [
        Pair("d/1/speech/2", "We have published the plan.", "d/0/speech/1", "We will publish the plan.",
             "delivered", "yes", "pool-A", "a"),
        Pair("d/1/speech/3", "The fund is on track.", "d/0/speech/1", "We will publish the plan.",
             "", "no", "pool-B", "b"),
        Pair("d/1/speech/4", "As I said, the fund grows.", "d/0/speech/5", "We will fund it.",
             "repeated", "yes", "pool-C", "c"),
        Pair("d/1/speech/6", "It has been delayed.", "d/0/speech/7", "We will build it.",
             "delayed", "yes", "system", "d"),
    ]  # fmt: skip
    links = [
        Pair("d/1/speech/2", "we have published the plan", "d/0/speech/1", "We will publish the plan by May.", "delivered"),
        Pair("d/1/speech/3", "The fund is on track.", "d/0/speech/1", "We will publish the plan.", "progress"),
        Pair("d/1/speech/6", "It has been delayed.", "d/0/speech/7", "We will build it.", "dropped"),
        Pair("d/9/speech/9", "Something else.", "d/0/speech/1", "We will publish the plan.", "progress"),
    ]  # fmt: skip
    s = score(links, gold)
    assert (s.true, s.false, len(s.unjudged), s.status_right) == (2, 1, 1, 1)
    assert s.precision == 2 / 3
    assert (s.pool_found, s.pool_positives) == (1, 2)  # "d" is the system's own: not in recall
