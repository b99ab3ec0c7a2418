"""Who the default GraphML keeps: the people and places that take part in the debates.

A member registry names every person who ever sat in Parliament, and most of them
never appear in the transcripts a store holds.  Drawn, they are a cloud of nodes with
no edge, or with only an edge to a seat or a party, which hides the debates.  So by
default the projection keeps:

* every debate, speech and commitment, and whatever they point to;
* a **person** who takes part in the debates, that is who is at one end of an edge
  other than the registry's own ``member_for``, ``member_of`` and ``holds``: who said a
  speech (``said``, ``spoke_in``), is mentioned (``mentions``), voted in a division
  (``voted_in``), is listed by the source as a participant (``participant_in``), made
  a commitment (``made``) or is named as the one to act on it (``actor``);
* any other node (a constituency, party, office, house, organisation …) only while an
  edge links it to a node that is kept: a constituency stays when a kept person sits
  for it or a speech mentions it.

Everything else is dropped with its edges.  ``all_registry=True`` (``--all-registry``)
keeps the whole registry, as the projection did before.
"""

from __future__ import annotations

from typing import Final

from exporters.builder import Builder

#: Edge kinds that only say what the registry knows about a person.
REGISTRY_KINDS: Final = frozenset({"member_for", "member_of", "holds"})
#: Node types that are the debates themselves: kept even without an edge.
DEBATE_TYPES: Final = frozenset({"Debate", "Speech", "Commitment"})


def keep_participants(b: Builder) -> None:
    """Drop the people who take no part in the debates, then whatever is left unlinked."""
    engaged: set[int] = set()
    for source, target, kind in b.ends():
        if kind not in REGISTRY_KINDS:
            engaged.add(source)
            engaged.add(target)
    dropped = {
        number
        for number, attrs in b.nodes.items()
        if attrs.get("type") == "Person" and number not in engaged
    }
    # Registry nodes link only to people, speeches and commitments, never to each other:
    # one pass finds every node the dropped people leave without an edge.
    linked: set[int] = set()
    for source, target, _ in b.ends():
        if source not in dropped and target not in dropped:
            linked.add(source)
            linked.add(target)
    dropped.update(
        number
        for number, attrs in b.nodes.items()
        if number not in linked and attrs.get("type") not in DEBATE_TYPES
    )
    b.drop(dropped)


__all__ = ["DEBATE_TYPES", "REGISTRY_KINDS", "keep_participants"]
