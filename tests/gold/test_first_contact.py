"""The first-contact record: every batch names gold files that exist, with their sentence
counts as recorded, and the report sets today's score beside the recorded one."""

from __future__ import annotations

from pathlib import Path

from graph.evaluate.commitment_gold import GOLD_DIR, gold_files
from graph.evaluate.commitment_scoring import SplitEvaluation
from graph.evaluate.first_contact import format_first_contact, load_batches


def test_each_batch_names_gold_files_with_the_recorded_sentence_count() -> None:
    batches = load_batches(GOLD_DIR)
    assert batches, "first_contact.tsv is missing or empty"
    files = [f.name for f in gold_files(GOLD_DIR)]
    for batch in batches:
        held = [name for name in files if batch.holds(name)]
        assert held, f"{batch.name}: no gold file matches {batch.files}"
        lines = sum(
            len((GOLD_DIR / name).read_text(encoding="utf-8").splitlines()) for name in held
        )
        assert lines == batch.first.sentences, batch.name
        assert batch.first.tp + batch.first.fn > 0


def test_the_report_flags_a_batch_whose_files_no_longer_give_its_sentences(tmp_path: Path) -> None:
    (tmp_path / "first_contact.tsv").write_text(
        "batch\tfiles\tscored_at\tsentences\ttp\tfp\tfn\nnew text\tdev/x_*.jsonl\tabc1234\t10\t3\t1\t1\n",
        encoding="utf-8",
    )
    (batch,) = load_batches(tmp_path)
    assert batch.holds("dev/x_1.jsonl") and not batch.holds("dev/y.jsonl")
    lines = format_first_contact((batch,), SplitEvaluation((), ()))
    assert "0.750   0.750" in lines[-1] and "(now 0 sentences)" in lines[-1]
