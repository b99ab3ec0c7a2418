"""An annotator's file made into diagnostic labels: offsets and digests computed, never typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.evaluate import diagnostic_labels
from graph.evaluate.diagnostic import score
from graph.evaluate.diagnostic_labels import AnnotationError, convert

TEXT = "Thank you for asking. We will publish the plan in March. It was hard."


def _row(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": "a1", "url": "https://example.org/a1", "date": "2021-01-14", "speaker": "Ms Doe",
        "office": "Minister", "family": "written-answers", "text": TEXT,
        "question": "Will the Minister publish a plan?",
        "sentences": [
            {"text": "Thank you for asking.", "commitment": False},
            {"text": "We will publish the plan in March.", "commitment": True,
             "category": "guidance", "deadline": "2021-03-31"},
            {"text": "It was hard.", "commitment": False, "category": "review"},
        ],
    }  # fmt: skip
    row.update(changes)
    return row


def test_labels_hold_offsets_and_digests_and_score_against_the_text(tmp_path: Path) -> None:
    labels, texts = convert([_row()], "zz")
    record = json.loads(labels[0])
    assert record["id"] == "zz-a1" and "text" not in record
    assert [(s["start"], s["end"]) for s in record["sentences"]] == [(0, 21), (22, 56), (57, 69)]
    # labels of a sentence that does not commit are dropped, whatever the annotator left
    assert record["sentences"][2]["category"] is None
    path = tmp_path / "zz.jsonl"
    path.write_text(labels[0] + "\n", encoding="utf-8")
    line = json.loads(texts[0])
    t = score(path, {line["id"]: line["text"]}, {line["id"]: line["question"]})
    assert (t.sentences, t.tp, t.fp, t.fn) == (3, 1, 0, 0)


def test_a_sentence_not_in_its_passage_is_refused_with_the_passage_named() -> None:
    sentences = [
        {"text": "We will publish the plan in April.", "commitment": True, "category": "guidance"}
    ]
    with pytest.raises(AnnotationError, match="zz-a1: sentence not found"):
        convert([_row(sentences=sentences)], "zz")


def test_sentences_are_found_in_order_not_anywhere() -> None:
    later_first = [
        {"text": "It was hard.", "commitment": False},
        {"text": "Thank you", "commitment": False},
    ]
    with pytest.raises(AnnotationError, match="not found after offset 69"):
        convert([_row(sentences=later_first)], "zz")


def test_an_unknown_category_is_refused() -> None:
    sentences = [
        {"text": "We will publish the plan in March.", "commitment": True, "category": "plan"}
    ]
    with pytest.raises(AnnotationError, match="unknown category 'plan'"):
        convert([_row(sentences=sentences)], "zz")


def test_the_command_writes_nothing_on_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(_row(text="Other words.")) + "\n", encoding="utf-8")
    out, texts = tmp_path / "labels.jsonl", tmp_path / "texts.jsonl"
    assert diagnostic_labels.main([str(source), "zz", str(out), str(texts)]) == 2
    assert f"error: {source}: zz-a1" in capsys.readouterr().err
    assert not out.exists() and not texts.exists()


def test_roles_read_from_the_office_score_a_backbencher_as_one(tmp_path: Path) -> None:
    rows = [
        _row(id="m", office="Minister of State for Housing"),
        _row(id="b", office="", family="commons-debates"),
        _row(id="c", office="Deputy Speaker", family="commons-debates"),
    ]
    labels, texts = convert(rows, "zz", roles_from_office=True)
    assert [json.loads(x)["role"] for x in labels] == ["minister", "backbench", "chair"]
    path = tmp_path / "zz.jsonl"
    path.write_text("".join(x + "\n" for x in labels), encoding="utf-8")
    lines = [json.loads(x) for x in texts]
    t = score(path, {x["id"]: x["text"] for x in lines}, {x["id"]: x["question"] for x in lines})
    # the minister's "We will publish the plan in March." commits; the others' do not
    assert (t.tp, t.fp, t.fn) == (1, 0, 2)


def test_a_written_answer_without_an_office_is_a_ministers() -> None:
    rows = [
        _row(id="w", office="", family="written-answers"),
        _row(id="d", office="", family="commons-debates"),
    ]
    labels, _ = convert(rows, "zz", roles_from_office=True)
    assert [json.loads(x)["role"] for x in labels] == ["minister", "backbench"]


def test_without_roles_every_speaker_is_scored_as_a_minister() -> None:
    labels, _ = convert([_row(office="")], "zz")
    assert "role" not in json.loads(labels[0])


def test_an_unknown_role_is_refused() -> None:
    with pytest.raises(AnnotationError, match="zz-a1: unknown role 'mayor'"):
        convert([_row(role="mayor")], "zz")


def test_an_office_for_a_body_of_the_house_is_a_members() -> None:
    rows = [
        _row(id="c", office="Member representing the House of Commons Commission"),
        _row(id="d", office="Department for Transport", family="written-answers"),
    ]
    labels, _ = convert(rows, "zz", roles_from_office=True)
    assert [json.loads(x)["role"] for x in labels] == ["backbench", "minister"]
