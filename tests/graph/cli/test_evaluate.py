from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from graph.cli import cli


def test_help() -> None:
    result = CliRunner().invoke(cli, ["evaluate", "--help"])
    assert result.exit_code == 0 and "gold" in result.output


def test_missing_corpus_skips_with_a_reason(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["evaluate", "--part", "registry", "--part", "mentions", "--corpus", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("skipped:") == 2


def test_mentions_json(corpus: Path) -> None:
    result = CliRunner().invoke(
        cli, ["evaluate", "--part", "mentions", "--corpus", str(corpus), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mentions"]["splits"]["all"]["overlap"]["f1"] >= 0.85
    assert "human_ceiling" in data["mentions"]


def test_pp_without_corpus_is_skipped(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["evaluate", "--part", "pp", "--split", "dev", "--corpus", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "skipped:" in result.output and "page not found" in result.output
