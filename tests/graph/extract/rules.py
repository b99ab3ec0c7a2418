"""What the commitment rules alone find: the helper the rules' own tests share.

In the product a speaker nobody could place is weighed by the sentence model as a
minister is (:func:`graph.extract.commitments.for_role`); the rules' tests want the rules'
commitments before that, so with no ``role`` this gives exactly those.
"""

from __future__ import annotations

from datetime import date

from graph.extract.commitments import find_candidates, for_role
from graph.records import Commitment
from graph.vocab.kinds import SpeakerRole


def find_commitments(
    text: str,
    *,
    on: date | None = None,
    speaker: str | None = None,
    role: SpeakerRole | None = None,
) -> tuple[Commitment, ...]:
    """The rules' commitments when no ``role`` is given, else what a speaker of ``role`` commits."""
    found = find_candidates(text, on=on, speaker=speaker)
    if role is None:
        return tuple(c for c in found if c.kind == "commitment")
    return for_role(found, role, text, on)
