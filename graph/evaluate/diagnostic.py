"""Score the commitment extractor on the wild diagnostic: real text whose words we may not copy.

Why: the gold of ``tests/gold/commitments/`` is all from ``../shared/corpus/``, and the
families its held-out split holds thinly (written answers, written statements,
Westminster Hall, devolved parliaments) have no unannotated corpus text left.  Round 16
annotated 1,292 sentences of those families from public parliamentary pages (Hansard,
parliament.uk, the devolved parliaments' reports) before any code read them, and then a
second batch of 669 to meet what it had built.  Those pages' words may not be copied
into this repository, so ``tests/gold/commitments-diagnostic/*.jsonl`` holds only the
labels: each passage's address, date and speaker, and each sentence's offsets, a SHA-256
prefix of its text, and what the annotator found (commitment, category, deadline,
start, amounts).  The texts themselves are supplied from outside, as JSON lines ``{"id",
"text"}``; every sentence's digest is checked before it is scored, so a changed text is
refused, not mis-scored.

The speaker of every passage of the first batches is a minister (the sets were chosen
so), so each is extracted with ``role="minister"``; a batch of every speaker's text
carries each passage's role, given the extractor in place of the linking stage.
Sentences are scored as the development gold's are
(:func:`graph.evaluate.commitment_scoring.score_sentence`).

    python -m graph.evaluate.diagnostic TEXTS.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

from graph.evaluate.commitment_gold import (
    COMMITMENT,
    DocRef,
    GoldAmount,
    GoldCommitment,
    GoldSentence,
)
from graph.evaluate.commitment_scoring import Tally, from_commitment, score_sentence
from graph.evaluate.paths import gold_dir
from graph.extract.commitments import find_commitments
from graph.vocab.kinds import SpeakerRole

#: The sets, in the order they are reported.
SETS = {
    "wh": "ministers' spoken replies",
    "wa": "written answers",
    "ws": "written statements",
    "dv": "devolved ministers",
    # the second batch, met after the first's mechanisms were made
    "wr": "2nd: answers and statements",
    "sp": "2nd: spoken, UK and devolved",
    # the third batch, met after round 19's changes: oral questions, each answer with
    # the question it answers
    "qa": "3rd: oral answers, asked",
    # the fourth, met at the end of round 19: written statements and answers
    "wt": "4th: statements and answers",
    # round 23's three: Scottish Government ministers and ministers on Parallel
    # Parliament pages (met at the round's start, their errors then read), Northern
    # Ireland and Senedd ministers (met at the round's end, errors not read)
    "sc": "5th: Scottish Parliament",
    "pg": "6th: Parallel Parliament",
    "nw": "7th: NI Assembly and Senedd",
    # round 24's: Westminster ministers 2010–2025, Commons, Lords, Westminster Hall and
    # written (met at the round's end, with the round's first and last code)
    "tw": "8th: Westminster ministers",
    # round 25's: ministers' replies in Westminster Hall, the Lords and Commons committees
    # (met at the round's end)
    "wg": "9th: Westminster Hall, Lords",
    # round 27's: a second batch of the Lords, Westminster Hall and Commons committees,
    # collected while round 27 read ``wg``'s errors (met at the round's end)
    "lw": "10th: Lords, WH, committees",
    # the end of the session of round 27: written answers (with their questions) and
    # written statements, 2012–2026 (met with that session's last code)
    "wq": "11th: written answers, statements",
    # round 28's: written answers (with their questions) and written statements 2009–2025,
    # collected while round 28 read ``wq``'s errors (met at the round's end)
    "wx": "12th: written answers, statements",
    # round 29's: every family but Westminster Hall, ministers of 2009–2025 (met at the
    # round's end)
    "gx": "13th: mixed families",
    # round 32's two: written answers and statements 2009–2019 (met at the round's start,
    # its errors then read), and ministers speaking 2012–2025 (met at the round's end)
    "hx": "14th: written answers, statements",
    "kx": "15th: ministers speaking",
    # round 33's: ministers of 2009–2017 in every family but Westminster Hall (met at the
    # round's end)
    "mx": "16th: mixed families, 2009-17",
    # round 34's: ministers of 2009–2013, written answers and statements first (met at the
    # round's end)
    "px": "17th: ministers 2009-13",
    # round 35's three, met with the code of the session's start (9343655), each passage
    # with its speaker's role: written answers and statements 2009–2024; Commons and
    # Westminster Hall debates of every speaker; Parallel Parliament pages of 2024–2026
    # and Lords debates of every speaker
    "ax": "18th: written, 2009-24",
    "bx": "19th: debates, every speaker",
    "cx": "20th: PP 2024-26, Lords",
    # met at the end of round 37 (c508920), each passage with its speaker's role: written
    # statements and answers 2010–2023; Parallel Parliament pages of 2024–2026
    "dx": "21st: written, 2010-23",
    "ex": "22nd: PP 2024-26, every speaker",
    # met at the end of round 39, each passage with its speaker's role: ministers in the
    # Commons and devolved ministers 2010–2024, with backbench passages
    "jx": "23rd: Commons and devolved",
    # the same round's end: written answers and statements 2015–2023, no EU Council reports
    "fx": "24th: written, 2015-23",
    # met at the start of round 40 with the session's first code (167caa8): Lords debates
    # and questions, and Commons oral statements with the answers after them, 2010–2024
    "nx": "25th: Lords, oral statements",
    # met at the end of round 41 (1b78c91): written answers of many departments, 2010–2023
    "lx": "26th: written answers, 2010-23",
    # met after the review of rounds 38-39 (4101d23): written statements and devolved
    # ministers 2010–2024; Westminster Hall and backbench debates, mostly backbenchers
    "rx": "27th: statements, devolved",
    "qx": "28th: debates, mostly backbench",
    # met at the end of round 44 (2056111): ministers' speeches in Commons debates and
    # answers at oral questions, 2010–2024
    "tx": "29th: Commons ministers",
    # the same code: written answers 2010–2014 and 2019
    "sx": "30th: written answers, 2010-19",
    # met at the session's end (7db64bf): a mix of ministers' words across families, 2010–2024
    "ux": "31st: mixed families, 2010-24",
    # met at the end of round 47 (dc50e97): written statements and answers 2015–2024;
    # ministers' replies in Westminster Hall and adjournment debates (a small set)
    "vx": "32nd: written, 2015-24",
    "zx": "33rd: WH and adjournment replies",
}


class TextMismatch(ValueError):
    """A supplied text is not the one the labels were made on."""


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _sentences(record: Mapping[str, object], text: str) -> Iterator[GoldSentence]:
    on = date.fromisoformat(str(record["date"])) if record.get("date") else None
    ref = DocRef(kind="diagnostic", path=str(record["id"]))
    labels = record["sentences"]
    assert isinstance(labels, list)
    for s in labels:
        sentence = text[s["start"] : s["end"]]
        if digest(sentence) != s["sha256"]:
            raise TextMismatch(
                f"{record['id']}: the text at {s['start']}-{s['end']} is not the one labelled"
            )
        subs: tuple[GoldCommitment, ...] = ()
        if s["commitment"]:
            amounts = tuple(GoldAmount(a["value"], a.get("role") or "new") for a in s["amounts"])
            due, begins = s.get("deadline"), s.get("start_date")
            subs = (
                GoldCommitment(
                    "c1", COMMITMENT, s.get("category") or "operational", "future", amounts,
                    deadline=date.fromisoformat(due) if due else None,
                    start_date=date.fromisoformat(begins) if begins else None,
                ),
            )  # fmt: skip
        yield GoldSentence(ref, s["start"], s["end"], sentence, bool(s["commitment"]), on,
                           commitments=subs)  # fmt: skip


def score(
    labels: Path, texts: Mapping[str, str], questions: Mapping[str, str] | None = None
) -> Tally:
    """The tally of one label file against the supplied texts (a passage without its
    text is left out).  A passage that answers a question (the third batch's oral
    exchanges) is extracted with the question's text beside it, as a build reads the
    speech before an answer (:mod:`graph.extract.answers`).  The speaker's role is the
    passage's ``"role"`` where its labels carry one (the batches of every speaker, from
    round 35), a minister's otherwise (the earlier batches are ministers' only)."""
    total = Tally()
    questions = questions or {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = texts.get(record["id"])
        if text is None:
            continue
        if digest(text) != record["text_sha256"]:
            raise TextMismatch(f"{record['id']}: the supplied text is not the one labelled")
        asked = questions.get(record["id"])
        if record.get("question_sha256") and (
            asked is None or digest(asked) != record["question_sha256"]
        ):
            raise TextMismatch(f"{record['id']}: the supplied question is not the one labelled")
        on = date.fromisoformat(record["date"]) if record.get("date") else None
        role: SpeakerRole = record.get("role") or "minister"
        found = [from_commitment(c) for c in find_commitments(text, on=on, role=role, asked=asked)]
        for gold in _sentences(record, text):
            hits = [p for p in found if p.start < gold.end and gold.start < p.end]
            total = total + score_sentence(gold, hits)
    return total


#: Where ``debate-kg evaluate --part commitments`` finds the texts, when they are at hand.
TEXTS_ENV = "DEBATE_KG_DIAGNOSTIC_TEXTS"


def read_texts(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The supplied texts by passage id (JSON lines ``{"id", "text"}``), and the questions
    the answers among them answer (``"question"``, when a line has one)."""
    texts, questions = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts[row["id"]] = row["text"]
        if row.get("question") is not None:
            questions[row["id"]] = row["question"]
    return texts, questions


def first_contact(folder: Path) -> dict[str, tuple[int, str, Tally]]:
    """Each set's first contact, as recorded when it was first scored
    (``first_contact.tsv``): its sentence count, the commit scored, and the tally."""
    rows: dict[str, tuple[int, str, Tally]] = {}
    lines = (folder / "first_contact.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        key, sentences, commit, tp, fp, fn = line.split("\t")
        rows[key] = (int(sentences), commit, Tally(tp=int(tp), fp=int(fp), fn=int(fn)))
    return rows


def report(
    texts: Mapping[str, str] | None, questions: Mapping[str, str] | None = None
) -> tuple[list[str], dict[str, object]]:
    """The table ``debate-kg evaluate --part commitments`` prints: every set's first
    contact, and today's score when the texts (and the questions answered) are at hand."""
    folder = gold_dir("commitments-diagnostic")
    first = first_contact(folder)
    lines = [
        "wild diagnostic (labels without text: tests/gold/commitments-diagnostic; first contact and now)",
        f"{'set':30} {'sent':>5} {'scored at':>9} {'first P':>8} {'first R':>8} {'now P':>6} {'now R':>6}",
    ]
    data: dict[str, object] = {}
    first_all, now_all = Tally(), Tally()
    for key, name in SETS.items():
        sentences, commit, t = first[key]
        now = score(folder / f"{key}.jsonl", texts, questions) if texts is not None else None
        first_all, now_all = first_all + t, now_all + (now or Tally())
        now_cells = f"{now.precision:6.3f} {now.recall:6.3f}" if now else f"{'-':>6} {'-':>6}"
        lines.append(
            f"{name:30} {sentences:5} {commit:>9} {t.precision:8.3f} {t.recall:8.3f} {now_cells}"
        )
        data[key] = {
            "sentences": sentences,
            "first_contact": {"commit": commit, "tp": t.tp, "fp": t.fp, "fn": t.fn},
            "now": None if now is None else {"tp": now.tp, "fp": now.fp, "fn": now.fn},
        }
    total = sum(n for n, _, _ in first.values())
    cells = f"{now_all.precision:6.3f} {now_all.recall:6.3f}" if texts else f"{'-':>6} {'-':>6}"
    lines.append(
        f"{'all':30} {total:5} {'':>9} {first_all.precision:8.3f} {first_all.recall:8.3f} {cells}"
    )
    if texts is None:
        lines.append(
            f"  (now: the texts may not be copied here; set {TEXTS_ENV} to their JSON lines)"
        )
    return lines, data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="JSON lines of {id, text} (and question)")
    args = parser.parse_args(argv)
    texts, questions = read_texts(args.texts)
    folder = gold_dir("commitments-diagnostic")
    print(
        f"{'set':28} {'sent':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'dl':>6} {'cat':>6}"
    )
    whole = Tally()
    try:
        for key, name in SETS.items():
            t = score(folder / f"{key}.jsonl", texts, questions)
            whole = whole + t
            print(_row(name, t))
    except TextMismatch as e:
        print(f"error: {args.texts}: {e}", file=sys.stderr)
        return 2
    print(_row("all", whole))
    return 0


def _row(name: str, t: Tally) -> str:
    dl = f"{t.deadlines_found}/{t.deadlines_gold}"
    return (
        f"{name:28} {t.sentences:5} {t.tp:4} {t.fp:4} {t.fn:4} {t.precision:6.3f} {t.recall:6.3f}"
        f" {dl:>6} {t.category_accuracy or 0:6.3f}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
