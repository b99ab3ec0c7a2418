"""Where the evaluations find their data: gold annotations, seeds and the real corpus.

None of it ships in the package.  Each place is an environment variable when set
(``DEBATE_KG_GOLD``, ``DEBATE_KG_CORPUS``), else the project checkout: the one
this code runs from when installed in place (``pip install -e``, as ``make``
does), else the current directory.  An installed wheel run elsewhere finds no
gold and reports every set as skipped, with where it looked.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLD_ENV = "DEBATE_KG_GOLD"
CORPUS_ENV = "DEBATE_KG_CORPUS"


def project_root() -> Path:
    """The checkout holding ``tests/gold`` and ``seeds``: this code's own, else the cwd."""
    here = Path(__file__).resolve().parents[2]
    if (here / "pyproject.toml").is_file() and (here / "tests" / "gold").is_dir():
        return here
    return Path.cwd()


def gold_dir(part: str) -> Path:
    """The gold annotations of one evaluation (``commitments``, ``parallel_parliament``)."""
    override = os.environ.get(GOLD_ENV)
    return (Path(override) if override else project_root() / "tests" / "gold") / part


def corpus_root() -> Path:
    """The shared real-data corpus: ``$DEBATE_KG_CORPUS``, else ``../shared/corpus``."""
    override = os.environ.get(CORPUS_ENV)
    return Path(override) if override else project_root().parent / "shared" / "corpus"
