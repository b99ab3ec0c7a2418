"""The wild diagnostic's labels, and scoring them against texts supplied from outside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.evaluate import diagnostic
from graph.evaluate.diagnostic import SETS, TextMismatch, digest, score
from graph.evaluate.paths import gold_dir

TEXT = "Thank you for the question. We will publish the strategy in March. It was hard."


def _labels(tmp_path: Path, text: str = TEXT) -> Path:
    spans = [(0, 27), (28, 66), (67, 79)]
    sentences = [
        {
            "start": a, "end": b, "sha256": digest(text[a:b]), "commitment": i == 1,
            "category": "guidance" if i == 1 else None, "deadline": "2021-03-31" if i == 1 else None,
            "start_date": None, "amounts": [],
        }
        for i, (a, b) in enumerate(spans)
    ]  # fmt: skip
    record = {
        "id": "x-001",
        "date": "2021-01-14",
        "text_sha256": digest(text),
        "sentences": sentences,
    }
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_a_passage_is_scored_by_sentence(tmp_path: Path) -> None:
    t = score(_labels(tmp_path), {"x-001": TEXT})
    assert (t.sentences, t.tp, t.fp, t.fn) == (3, 1, 0, 0)
    assert (t.deadlines_found, t.deadlines_gold, t.categories_right) == (1, 1, 1)


def test_a_passage_without_its_text_is_left_out(tmp_path: Path) -> None:
    assert score(_labels(tmp_path), {}).sentences == 0


def test_a_changed_text_is_refused_not_misscored(tmp_path: Path) -> None:
    changed = TEXT.replace("March", "April")
    with pytest.raises(TextMismatch, match="x-001"):
        score(_labels(tmp_path), {"x-001": changed})


def test_the_command_names_the_file_of_a_changed_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = tmp_path / "commitments-diagnostic"
    labels.mkdir(parents=True)
    for key in SETS:
        _labels(tmp_path).replace(labels / f"{key}.jsonl")
    monkeypatch.setattr(diagnostic, "gold_dir", lambda part: tmp_path / part)
    texts = tmp_path / "texts.jsonl"
    texts.write_text(
        json.dumps({"id": "x-001", "text": TEXT + " Changed."}) + "\n", encoding="utf-8"
    )
    assert diagnostic.main([str(texts)]) == 2
    assert f"error: {texts}: x-001" in capsys.readouterr().err


@pytest.mark.parametrize("key", sorted(SETS))
def test_the_stored_labels_hold_no_text_and_are_whole(key: str) -> None:
    # the pages' words may not be copied here: offsets, digests and labels only
    records = [
        json.loads(line)
        for line in (gold_dir("commitments-diagnostic") / f"{key}.jsonl").read_text().splitlines()
    ]
    assert records and len({r["id"] for r in records}) == len(records)
    for r in records:
        assert "text" not in r and all("text" not in s for s in r["sentences"])
        ends = [(s["start"], s["end"]) for s in r["sentences"]]
        assert all(a < b for a, b in ends) and ends == sorted(ends)
        assert all(len(s["sha256"]) == 16 for s in r["sentences"])


def test_the_first_contacts_cover_every_set_and_its_sentences() -> None:
    folder = gold_dir("commitments-diagnostic")
    first = diagnostic.first_contact(folder)
    assert set(first) == set(SETS)
    for key, (sentences, _, t) in first.items():
        labels = [json.loads(line) for line in (folder / f"{key}.jsonl").read_text().splitlines()]
        assert sentences == sum(len(r["sentences"]) for r in labels)
        assert t.tp + t.fn == sum(s["commitment"] for r in labels for s in r["sentences"])


def test_the_report_gives_first_contact_and_now_only_with_the_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "commitments-diagnostic"
    folder.mkdir()
    rows = ["set\tsentences\tscored at\ttp\tfp\tfn"]
    for key in SETS:
        _labels(tmp_path).replace(folder / f"{key}.jsonl")
        rows.append(f"{key}\t3\tabc1234\t0\t1\t1")
    (folder / "first_contact.tsv").write_text("\n".join(rows) + "\n")
    monkeypatch.setattr(diagnostic, "gold_dir", lambda part: tmp_path / part)
    lines, data = diagnostic.report(None)
    assert "0.000    0.000      -      -" in lines[2] and diagnostic.TEXTS_ENV in lines[-1]
    lines, data = diagnostic.report({"x-001": TEXT})
    assert lines[2].endswith("1.000  1.000")
    assert data["wh"] == {
        "sentences": 3,
        "first_contact": {"commit": "abc1234", "tp": 0, "fp": 1, "fn": 1},
        "now": {"tp": 1, "fp": 0, "fn": 0},
    }


def test_an_answer_is_scored_with_the_question_it_answers(tmp_path: Path) -> None:
    answer, question = "Yes.", "Will the Minister meet me to discuss the bypass?"
    record = {
        "id": "q-001",
        "date": "2021-01-14",
        "text_sha256": digest(answer),
        "question_sha256": digest(question),
        "sentences": [
            {"start": 0, "end": 4, "sha256": digest(answer), "commitment": True,
             "category": "undertaking", "deadline": None, "start_date": None, "amounts": []},
        ],
    }  # fmt: skip
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    t = score(path, {"q-001": answer}, {"q-001": question})
    assert (t.tp, t.fp, t.fn) == (1, 0, 0)
    with pytest.raises(TextMismatch, match="question"):
        score(path, {"q-001": answer}, {"q-001": "Will the Minister resign?"})
