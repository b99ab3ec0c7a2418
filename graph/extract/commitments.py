from __future__ import annotations
from datetime import date
from graph.records import Commitment
def find_commitments(text: str, *, on: date | None = None, speaker: str | None = None) -> tuple[Commitment, ...]:
    return ()
