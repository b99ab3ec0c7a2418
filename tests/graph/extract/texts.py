"""Real speech texts shared by the extractor tests that compare a fast path with a plain one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graph.errors import DebateKGError
from graph.sources import expand, read_path

ROOT = Path(__file__).resolve().parents[3]


def speech_texts(paths: list[Path]) -> Iterator[str]:
    """The text of every speech in ``paths`` (files a reader refuses are skipped)."""
    for path in paths:
        try:
            transcript = read_path(path)
        except DebateKGError:
            continue  # the security fixtures: refused on purpose
        for debate in transcript.debates:
            for speech in debate.speeches:
                yield speech.text


def local_texts() -> list[str]:
    """Every speech of the seeds and of the reader fixtures (no corpus needed)."""
    paths = sorted(expand([ROOT / "seeds"]))
    paths += sorted((ROOT / "tests/graph/sources/fixtures").rglob("*.xml"))
    return list(speech_texts(paths))
