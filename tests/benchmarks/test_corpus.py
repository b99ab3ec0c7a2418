"""The benchmark corpus generator: deterministic, the right size, readable by our readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import corpus
from graph.sources import read_path


@pytest.fixture(scope="module")
def pools() -> corpus.Pools:
    return corpus.learn()


@pytest.mark.parametrize("fmt", ["pp", "twfy"])
def test_generated_files_read_back(fmt: str, pools: corpus.Pools, tmp_path: Path) -> None:
    files = corpus.generate(tmp_path, 3, fmt, pools=pools)
    size = sum(p.stat().st_size for p in files)
    assert 3 * corpus.seed_bytes() <= size < 3 * corpus.seed_bytes() + 500_000
    transcript = read_path(files[0])
    assert transcript.source.format == {"pp": "parallel-parliament", "twfy": "twfy"}[fmt]
    assert transcript.debates and all(d.date is not None for d in transcript.debates)
    speeches = [s for d in transcript.debates for s in d.speeches]
    assert speeches and all(s.speaker.name for s in speeches)


@pytest.mark.parametrize("fmt", ["pp", "twfy"])
def test_same_seed_same_bytes(fmt: str, pools: corpus.Pools, tmp_path: Path) -> None:
    a = corpus.generate(tmp_path / "a", 2, fmt, pools=pools)
    b = corpus.generate(tmp_path / "b", 2, fmt, pools=pools)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = corpus.generate(tmp_path / "c", 2, fmt, pools=pools, seed=6)
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_pools_use_the_seeds_without_the_shared_corpus(tmp_path: Path) -> None:
    pools = corpus.learn(twfy=tmp_path / "absent")
    assert "Yvette Cooper" in {s.name for s in pools.speakers}
    assert pools.sizes and pools.titles


def test_floor_splits_speeches(pools: corpus.Pools, tmp_path: Path) -> None:
    from benchmarks.scale import floor

    files = corpus.generate(tmp_path, 2, "pp", pools=pools)
    found = floor(files, "pp")["speeches"]
    read = sum(len(d.speeches) for f in files for d in read_path(f).debates)
    assert found == read


def test_pages_are_small_one_debate_each_and_deterministic(
    pools: corpus.Pools, tmp_path: Path
) -> None:
    a = corpus.generate_pages(tmp_path / "a", 9, 6000, pools=pools)
    b = corpus.generate_pages(tmp_path / "b", 9, 6000, pools=pools)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert len({p.name for p in a}) == 9
    for path in a:
        assert 6000 <= path.stat().st_size < 6000 + 60_000  # at most one long speech over
        transcript = read_path(path)
        assert transcript.source.format == "parallel-parliament"
        (debate,) = transcript.debates
        assert debate.date is not None and debate.speeches


def test_small_pages_builds_with_one_job_and_more(pools: corpus.Pools, tmp_path: Path) -> None:
    from benchmarks.scale import pages_markdown, small_pages

    found = small_pages(tmp_path, pools, 6, 4000, 2, timeout=300)
    assert [r["jobs"] for r in found["rows"]] == [1, 2]
    assert found["pages"] == 6 and found["floor_mb_per_s"] > 0
    # Both builds write the same graph; each row counts the CPU of the whole tree.
    assert found["rows"][0]["quads"] == found["rows"][1]["quads"] > 0
    assert all(r["tree_cpu_s"] >= r["main_cpu_s"] > 0 for r in found["rows"])
    assert "speedup" in found
    table = "\n".join(pages_markdown(found))
    assert "| 2 |" in table and "target 1.7x" in table
