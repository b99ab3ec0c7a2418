"""Inputs and the reference graph shared by the build tests (pipeline, remote, Dask)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from graph.pipeline import build_file
from graph.store import Store
from graph.summaries import refresh
from tests.conftest import SEED


def make_inputs(folder: Path, copies: int = 3) -> list[Path]:
    """``copies`` distinct documents with the seed's shape (each its own IRIs)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(copies):
        path = folder / f"day{i:02d}.txt"
        shutil.copyfile(SEED, path)
        made.append(path)
    return made


def dump(store: Store) -> bytes:
    out = io.BytesIO()
    store.dump_nquads(out)
    return out.getvalue()


def reference_dump(files: list[Path], location: Path) -> bytes:
    """The graph the one-file-at-a-time path builds, summaries refreshed at the end as a
    build does: what every other path must equal."""
    with Store.open(location) as store:
        for path in files:
            build_file(store, path)
        refresh(store)
        return dump(store)


def change(path: Path) -> None:
    """Edit a transcript so that its hash and one speech change."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Last Monday", "Last Tuesday", 1), encoding="utf-8")
