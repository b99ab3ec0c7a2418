"""Follow-up links scored against the hand-judged pairs of ``tests/gold/followups/``.

A store's links (``dkg:followsUp``, graph.followups) are compared with the gold pairs
by place, not by IRI: the later statement's speech and the earlier commitment's speech
must be the gold pair's, and each side's text must overlap the gold quote (most of the
shorter one's words), so the score survives changes in where the extractor cuts a
commitment.  A link that no gold pair judges is counted apart ("unjudged").

Precision is over judged links.  Recall is over the positives of the independent pool
only (``source`` starting ``pool-``): pairs found by reading the system's own output
are positives for precision but would flatter recall.

Run: ``python -m graph.evaluate.followups --store DIR [--gold FILE]``.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.store import Store

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "followups" / "pairs.tsv"
_PREFIX = "https://w3id.org/debate-kg/id/debate/"


@dataclass(frozen=True, slots=True)
class Pair:
    """One statement paired with one earlier commitment: a gold judgement or a link."""

    later_speech: str
    later_quote: str
    earlier_speech: str
    earlier_quote: str
    status: str = ""
    label: str = ""  # gold: yes, no, unsure
    source: str = ""  # gold: pool-A, pool-B, pool-C, system
    id: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    links: int
    true: int
    false: int
    unsure: int
    unjudged: tuple[Pair, ...]
    status_right: int
    pool_positives: int
    pool_found: int

    @property
    def precision(self) -> float | None:
        judged = self.true + self.false
        return self.true / judged if judged else None

    @property
    def recall(self) -> float | None:
        return self.pool_found / self.pool_positives if self.pool_positives else None


def read_gold(path: Path = GOLD) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Pair(
                r["later_speech"],
                r["later_quote"],
                r["earlier_speech"],
                r["earlier_quote"],
                r["status"],
                r["label"],
                r["source"],
                r["id"],
            )
            for r in csv.DictReader(f, delimiter="\t")
        ]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def overlaps(a: str, b: str) -> bool:
    """Whether two quotes are the same words, give or take where each was cut.

    >>> overlaps("We will publish it by May.", "we will publish it by May")
    True
    >>> overlaps("We will publish it.", "The fund is on track.")
    False
    """
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def same_pair(link: Pair, gold: Pair) -> bool:
    return (
        link.later_speech == gold.later_speech
        and link.earlier_speech == gold.earlier_speech
        and overlaps(link.later_quote, gold.later_quote)
        and overlaps(link.earlier_quote, gold.earlier_quote)
    )


def score(links: Sequence[Pair], gold: Sequence[Pair]) -> Score:
    true = false = unsure = status_right = 0
    unjudged = []
    found: set[str] = set()
    for link in links:
        judged = [g for g in gold if same_pair(link, g)]
        if not judged:
            unjudged.append(link)
            continue
        g = judged[0]
        if g.label == "yes":
            true += 1
            status_right += link.status == g.status
            found.add(g.id)
        elif g.label == "no":
            false += 1
        else:
            unsure += 1
    positives = {g.id for g in gold if g.label == "yes" and g.source.startswith("pool-")}
    return Score(len(links), true, false, unsure, tuple(unjudged), status_right,
                 len(positives), len(positives & found))  # fmt: skip


_LINKS = """
SELECT DISTINCT ?later ?laterQuote ?laterSpeech ?c ?quote ?speech ?status WHERE {
  ?later dkg:followsUp ?c ; dkg:evidence/oa:exact ?laterQuote ; dkg:reportedIn|dkg:madeIn ?laterSpeech .
  ?c dkg:evidence/oa:exact ?quote ; dkg:madeIn ?speech .
  OPTIONAL { ?later dkg:reportedStatus/skos:notation ?reported }
  BIND (COALESCE(?reported, "repeated") AS ?status)
} ORDER BY ?later ?c"""


def store_links(store: Store) -> list[Pair]:
    result = store.query(_LINKS)
    assert isinstance(result, ox.QuerySolutions)
    found = []
    for row in result:
        cells = [row[v] for v in ("laterSpeech", "laterQuote", "speech", "quote", "status")]
        values = ["" if c is None else c.value.removeprefix(_PREFIX) for c in cells]
        found.append(Pair(*values))
    return found


def report(s: Score) -> str:
    def f(x: float | None) -> str:
        return "–" if x is None else f"{x:.3f}"

    lines = [
        f"links {s.links}: right {s.true}, wrong {s.false}, unsure {s.unsure}, "
        f"unjudged {len(s.unjudged)}",
        f"precision (judged links) {f(s.precision)}; status right {s.status_right}/{s.true}",
        f"recall (independent pool) {s.pool_found}/{s.pool_positives} = {f(s.recall)}",
    ]
    lines += [f"  unjudged: {p.later_speech} {p.later_quote[:80]!r} -> {p.earlier_speech} "
              f"{p.earlier_quote[:60]!r}" for p in s.unjudged]  # fmt: skip
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--store", required=True)
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args(argv)
    with Store.open(args.store, read_only=True) as store:
        print(report(score(store_links(store), read_gold(args.gold))))


if __name__ == "__main__":
    main()
