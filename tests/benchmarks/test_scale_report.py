"""A saved benchmark run names the code it measured."""

from __future__ import annotations

import re
import shutil

import pytest

from benchmarks import scale


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_code_version_is_the_checked_out_commit() -> None:
    found = scale.code_version()
    if found is None:
        pytest.skip("not a git checkout (an unpacked archive)")
    assert re.fullmatch(r"[0-9a-f]{7}(?:\+changes)?", found), found


def test_the_report_names_the_commit_when_known() -> None:
    run = {
        "machine": {"cpus": 2, "ram_gb": 24.0, "python": "3.11.7"},
        "started": "2026-12-07 05:55:38",
        "seed_bytes": 23738,
        "code": "1d554ae",
        "ingest": [], "peer": [], "queries": [], "export": [],
    }  # fmt: skip
    first = scale.markdown(run).splitlines()[0]
    assert "run 2026-12-07 05:55:38 of commit 1d554ae." in first
    del run["code"]
    assert "of commit" not in scale.markdown(run).splitlines()[0]
