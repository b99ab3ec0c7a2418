"""The closed sets of words records use: kinds, categories, statuses and formats.

They are ``Literal`` types, not enums: records stay plain strings (cheap to pickle,
written to the graph as they are), and mypy rejects a misspelt kind where a
record is made or compared.  :func:`typing.get_args` lists each set, for code and
documentation that must name every member.

>>> from typing import get_args
>>> "member-for" in get_args(MentionKind), "undertaking" in get_args(CommitmentCategory)
(True, True)
"""

from __future__ import annotations

from typing import Literal

#: Which pattern found a mention (graph.extract.mentions).
MentionKind = Literal[
    "member-for",  # "the hon. Member for Strangford (Jim Shannon)"
    "member-ref",  # "the hon. Lady", "my right hon. Friend"
    "call",  # "I call Jim Shannon"
    "call-office",  # "I call the Minister"
    "office",  # "the Home Secretary"
    "person",  # "Baroness Casey", "Mr Murphy"
    "constituent",  # "my constituent Jane Smith"
    "self",  # "I", "my"
    "pronoun",  # "she", "him"
    "organisation",
    "legislation",
    "place",
]

#: What kind of node a mention was linked to (graph.link).
TargetKind = Literal["person", "office", "constituency", "organisation", "legislation", "place"]

#: What a commitment is about (graph.extract.commitments; tests/gold/commitments/README.md).
CommitmentCategory = Literal[
    "legislation", "funding", "review", "guidance", "operational", "target", "undertaking"
]

#: How far a commitment has got when it is stated.
CommitmentStatus = Literal["announced", "future", "accepted", "under-way", "under-consideration"]

#: Who a commitment binds: the Government, or an opposition front bench (a pledge).
CommitmentKind = Literal["commitment", "opposition-pledge"]

#: What an amount is to its commitment: only ``new`` money is added up.
AmountRole = Literal["new", "existing", "total", "rate", "range"]

#: A speaker's role on the debate's date, as far as committing goes
#: (tests/gold/commitments/README.md, "Who can commit").
SpeakerRole = Literal["minister", "lords-spokesperson", "shadow", "backbench", "chair", "other"]

#: What a later statement says of an earlier undertaking (graph.extract.followups).
FollowUpStatus = Literal["repeated", "progress", "delivered", "delayed", "dropped"]

#: The transcript formats the readers in graph.sources know (each reader's ``NAME``).
SourceFormat = Literal["parallel-parliament", "twfy", "parlamint", "akoma-ntoso"]
