"""The property-graph view of the knowledge graph, for Gephi, Cytoscape, igraph and Neo4j.

RDF keeps every fact; graph tools want nodes with a few flat attributes and typed
edges.  :func:`project` reads the store with a handful of SPARQL SELECTs over the
union of the named graphs and returns a ``networkx.MultiDiGraph``:

========================  ====================================================
node ``type``             from
========================  ====================================================
Person                    ``dkg:Person`` / ``dkg:Member`` (``member`` true/false)
Party, Constituency,      ``dkg:Party`` (``abbreviation``), ``dkg:Constituency``,
House, Office, Actor      ``dkg:House``, ``dkg:Office`` (``aliases``), ``dkg:Actor``
Debate                    ``dkg:Debate`` (``date``, ``location``, ``source``)
Speech                    ``dkg:Speech``, only with ``speeches=True``
Commitment                ``dkg:Commitment`` (``amount_gbp``, ``deadline`` …)
StatusReport              ``dkg:StatusReport`` that follows up a commitment
                          (``status``, ``date``, ``confidence``, ``reason``)
Organisation, Legislation what a mention or an edge points to, typed from its
Place, Concept, Resource  ``rdf:type`` and named by :mod:`exporters.labels`
========================  ====================================================

Edges (the key is the edge type): ``spoke_in`` person→debate (``speeches``),
``said`` person→speech, ``part_of`` speech→debate, ``spoken_as`` speech→office,
``holds`` person→office, ``mentions`` speech→entity (or speaker→entity without
speeches; ``count``), ``member_for`` person→constituency, ``member_of``
person→party, ``voted_in`` person→debate (``votes``: division votes cast),
``participant_in`` person→debate (the source lists the person as taking part),
``in_house`` debate→house, ``made`` person→commitment,
``made_in`` commitment→speech, ``commitment_in`` commitment→debate, ``actor``
commitment→actor, ``repeats`` commitment→commitment, ``follows_up``
report→commitment (``status``, ``date``), ``reported`` person→report.  Counted edges also carry
``weight``, which Gephi uses as the edge weight.

Node keys are IRIs; every node has ``label``, ``name``, ``type`` and ``iri``,
every edge ``label``, ``type`` and ``interaction``.  Nodes and edges are added
in sorted order, so the same store always gives the same graph.

By default only the people who take part in the debates, and the seats, parties and
offices still linked to what is kept, are projected (:mod:`exporters.participation`);
``all_registry=True`` keeps every person of the member registry.

The store is read one predicate at a time, except the speeches and mentions, joined
in the store (:mod:`exporters.scans`), and the graph is kept compactly
(:mod:`exporters.builder`): a 10M-quad store's 1.3M-edge projection is written
without ever holding a dictionary per plain edge or a speech's text.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import namespace as rdfns  # SDO: not imported by name, see below
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDFS, SKOS
from rdflib.term import URIRef

from exporters.ahead import Ahead
from exporters.builder import Builder, ProjectedGraph, local_name, readable_name
from exporters.labels import name_the_rest
from exporters.participation import keep_participants
from exporters.scans import (
    Facts,
    Value,
    every,
    facts,
    first,
    instances,
    joined_facts,
    optional,
    order,
    release,
    rows,
    scan,
    smaller,
    solutions,
    text,
    value,
)
from ontology import DKG, OA

# (pytest's doctest collection warns about rdflib DefinedNamespace objects, such as SDO
# and XSD, found in a module's globals; they are reached through ``rdfns`` instead.)

_LABEL_LENGTH = 80


def project(
    store: ox.Store, *, speeches: bool = True, all_registry: bool = False
) -> nx.MultiDiGraph:
    """Project the store onto a property graph, as a networkx graph.

    With ``speeches=False`` there are no speech nodes: people link straight to
    the debates they spoke in (``spoke_in``, weighted by the number of
    speeches) and to what they mentioned (``mentions``, weighted by count).
    With ``all_registry=True`` the registry's people who take no part in the
    debates, and their seats, parties and offices, are kept too.
    """
    view = project_graph(store, speeches=speeches, all_registry=all_registry)
    try:
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(view.node_items())
        for source, target, kind, attrs in view.edge_items():
            graph.add_edge(source, target, kind, **attrs)
        return graph
    finally:
        view.close()


def project_graph(
    store: ox.Store,
    *,
    speeches: bool = True,
    all_registry: bool = False,
    snapshot: Path | None = None,
    jobs: int = 1,
) -> ProjectedGraph:
    """The same projection for :func:`exporters.graphml.write_graphml`, without networkx.

    Nodes and edges are kept compactly and their attributes are made as the writer
    reads them; speech texts wait in a temporary file, removed by ``close()``.  With
    ``jobs`` of 2 or more and the folder of the read snapshot ``store`` is
    (``snapshot``), the mentions and the commitments are read in a helper process
    meanwhile (:mod:`exporters.ahead`); the graph is the same.
    """
    builder = Builder()
    # The build makes millions of small containers and no reference cycles: the cyclic
    # collector's full passes over them only cost time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with Ahead(snapshot, (mention_rows, commitment_facts), jobs=jobs) as ahead:
            _build(store, builder, ahead, speeches=speeches, all_registry=all_registry)
    except BaseException:
        builder.spill.close()
        raise
    finally:
        if enabled:
            gc.enable()
    return ProjectedGraph(builder)


def _build(
    store: ox.Store, b: Builder, ahead: Ahead, *, speeches: bool, all_registry: bool
) -> None:
    _add_people(store, b)
    _add_memberships(store, b)
    _add_labelled(store, b, DKG.Party, "Party", alt="abbreviation")
    _add_labelled(store, b, DKG.Constituency, "Constituency")
    _add_labelled(store, b, DKG.House, "House")
    _add_labelled(store, b, DKG.Office, "Office", alt="aliases")
    _add_labelled(store, b, DKG.Actor, "Actor")
    _add_debates(store, b)
    said = _add_speeches(store, b, speeches=speeches)
    _add_mentions(ahead.take(mention_rows, store), b, said, speeches=speeches)
    _add_holdings(store, b)
    _add_commitments(store, ahead.take(commitment_facts, store), b, said, speeches=speeches)
    _add_followups(store, b)
    _add_votes(store, b)
    _add_participants(store, b)
    _annotate_people(b)
    b.close_edges()
    if not all_registry:
        keep_participants(b)
    name_the_rest(store, b)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1].rstrip() + "…"


# --- the projection, one kind of thing at a time --------------------------------------


def _add_people(store: ox.Store, b: Builder) -> None:
    fields = {
        "name": FOAF.name,
        "constituency": DKG.constituency,
        "party": DKG.party,
        "holds": ORG.holds,
    }
    # Members from their own class's index range (scanning rdf:type would read every
    # typed resource in the store).
    members = set(instances(store, DKG.Member))
    for person, about in facts(store, [DKG.Person, DKG.Member], fields).items():
        member = person in members
        b.node(person, "Person", name=first(about, "name"), member=member, speeches=0, votes=0)
        for constituency in every(about, "constituency"):
            b.link(person, constituency, "member_for")
        for party in every(about, "party"):
            b.link(person, party, "member_of")
        for office in every(about, "holds"):
            b.link(person, office, "holds")


def _add_memberships(store: ox.Store, b: Builder) -> None:
    """Seats and parties from the member registry's dated memberships (undated edges here)."""
    query = f"""
        SELECT DISTINCT ?person ?seat ?party WHERE {{
          ?m a <{DKG.Membership}> ; <{ORG.member}> ?person .
          OPTIONAL {{ ?m <{DKG.seat}> ?seat }}
          OPTIONAL {{ ?m <{DKG.withParty}> ?party }}
        }}"""
    for person, seat, party in solutions(store, query):
        who = str(value(person))
        if not b.is_node(who):
            continue
        if seat is not None:
            b.link(who, str(value(seat)), "member_for")
        if party is not None:
            b.link(who, str(value(party)), "member_of")


def _add_labelled(
    store: ox.Store, b: Builder, cls: URIRef, kind: str, *, alt: str | None = None
) -> None:
    fields = {
        "label": RDFS.label,
        "pref": SKOS.prefLabel,
        "name": FOAF.name,
        "alt": SKOS.altLabel,
    }
    for iri, about in facts(store, [cls], fields).items():
        label = first(about, "label") or first(about, "pref") or first(about, "name")
        b.node(iri, kind, label=label)
        if alt is not None and every(about, "alt"):
            b.add_to(iri, alt, every(about, "alt"))


def _add_debates(store: ox.Store, b: Builder) -> None:
    fields = {
        "title": DCTERMS.title,
        "date": DCTERMS.date,
        "location": DKG.location,
        "house": DKG.house,
        "source": PROV.wasDerivedFrom,
    }
    for debate, about in facts(store, [DKG.Debate], fields).items():
        b.node(
            debate,
            "Debate",
            label=first(about, "title"),
            date=first(about, "date"),
            location=first(about, "location"),
            source=first(about, "source"),
            speeches=0,
        )
        for house in every(about, "house"):
            b.link(debate, house, "in_house")


#: Who said each speech, and in which debate: speech IRI -> (speaker, debate).
Said = dict[str, tuple[str | None, str | None]]
_NOBODY: tuple[str | None, str | None] = (None, None)

# A speech's single-valued fields, in the order of its slots while it is read.
_SPEECH_SCALARS = {
    "debate": DKG.debate,
    "speaker": DKG.speaker,
    "position": DKG.position,
    "attribution": DKG.attribution,
    "after_gap": DKG.afterGap,
    "source_start": DKG.sourceStart,
    "source_end": DKG.sourceEnd,
    "column": DKG.column,
}
_SLOT = {name: n for n, name in enumerate(_SPEECH_SCALARS)}
_TEXT_SLOT = len(_SPEECH_SCALARS)
_SPOKEN_AS_SLOT = _TEXT_SLOT + 1


def _add_speeches(store: ox.Store, b: Builder, *, speeches: bool) -> Said:
    """Add speeches (or speaker→debate counts); return who said each speech, and where.

    Every single-valued field comes in one query joined in the store, so a speech's IRI
    is turned into text once, not once per field: on a 10M-quad store a scan per field
    decoded each of 244,000 speech IRIs eight times, which was most of this step's time.
    The join's hash tables (~400 bytes a fact while the query runs) are given back before
    the mentions are read, whose own join is the larger.  Each text goes straight to the
    builder's temporary file, so no speech text is held in memory.
    """
    fields: dict[str, URIRef] = {"debate": DKG.debate, "speaker": DKG.speaker}
    if speeches:
        fields["text"] = rdfns.SDO.text
        fields.update(_SPEECH_SCALARS)
    query = (
        f"SELECT ?s {' '.join('?' + name for name in fields)} WHERE {{\n"
        f"{{ SELECT DISTINCT ?s WHERE {{ ?s a <{DKG.Speech}> }} }}\n{optional('s', fields)}\n}}"
    )
    slots: dict[str, list[object]] = {}
    for speech, *items in rows(store, query):
        slot = slots.get(str(speech))
        if slot is None:
            slot = slots[str(speech)] = [None] * (_SPOKEN_AS_SLOT + 1)
        for name, item in zip(fields, items, strict=True):
            if item is None:
                continue
            if name == "text":
                _keep_text(b, slot, item)
            else:
                n = _SLOT[name]
                slot[n] = smaller(slot[n], item)  # type: ignore[arg-type]
    release()
    if speeches:
        for speech, item in scan(store, DKG.spokenAs):
            slot = slots.get(speech)
            if slot is not None:
                if slot[_SPOKEN_AS_SLOT] is None:
                    slot[_SPOKEN_AS_SLOT] = set()
                slot[_SPOKEN_AS_SLOT].add(str(item))  # type: ignore[attr-defined]
    said: Said = {}
    while slots:
        speech, slot = slots.popitem()
        speaker, debate = slot[_SLOT["speaker"]], slot[_SLOT["debate"]]
        # The builder's own copy of each IRI: 220,000 speeches name a few thousand
        # speakers and debates, and ``said`` is kept until the commitments are read.
        where = said[speech] = (
            None if speaker is None else b.iris[b.id(str(speaker))],
            None if debate is None else b.iris[b.id(str(debate))],
        )
        if where[0] is not None:
            node = b.node(where[0], "Person")
            node["speeches"] = int(node.get("speeches", 0)) + 1
        if where[1] is not None:
            node = b.node(where[1], "Debate")
            node["speeches"] = int(node.get("speeches", 0)) + 1
        if where[0] is not None and where[1] is not None:
            b.count(where[0], where[1], "spoke_in", "speeches")
        if speeches:
            _add_speech(b, speech, slot, where)
    for _, _, edge in b.edges_of("spoke_in"):
        edge["weight"] = edge["speeches"]
    return said


def _keep_text(b: Builder, slot: list[object], item: Value) -> None:
    """A speech's text to the temporary file: its slot holds the (offset, length)."""
    before = slot[_TEXT_SLOT]
    if before is not None:  # stated twice: keep the smaller, as for any other field
        known = b.spill.get(before) if isinstance(before, tuple) else before
        if smaller(known, item) == known:  # type: ignore[arg-type]
            return
    slot[_TEXT_SLOT] = b.spill.put(item) if isinstance(item, str) else item


def _add_speech(
    b: Builder, speech: str, slot: list[object], said: tuple[str | None, str | None]
) -> None:
    position = slot[_SLOT["position"]]
    attribution = slot[_SLOT["attribution"]]
    who = b.attrs(said[0] or "").get("name") or attribution or "speech"
    b.speech(
        speech,
        (
            f"{who} #{position}" if position is not None else str(who),
            position,
            slot[_TEXT_SLOT],
            attribution,
            bool(slot[_SLOT["after_gap"]]),
            slot[_SLOT["source_start"]],
            slot[_SLOT["source_end"]],
            slot[_SLOT["column"]],
        ),
    )
    if said[0] is not None:
        b.link(said[0], speech, "said")
    if said[1] is not None:
        b.link(speech, said[1], "part_of")
    for office in sorted(slot[_SPOKEN_AS_SLOT] or ()):  # type: ignore[call-overload]
        b.link(speech, office, "spoken_as")


#: Mentions counted per (target, body) in the store: the mention IRIs are joined on, never
#: read.  A bare ``dkg:mentions`` joins the pairs with no mention (count 0: it counts once).
#: Each kind comes back as ``=kind`` (a row without one as the empty string, which would
#: otherwise make the whole GROUP_CONCAT unbound).
_MENTIONS = f"""
SELECT ?target ?body (COUNT(DISTINCT ?mention) AS ?n)
       (GROUP_CONCAT(DISTINCT COALESCE(CONCAT("=", STR(?kind)), ""); separator="\\u001f")
        AS ?kinds) WHERE {{
  {{ {{ SELECT DISTINCT ?mention WHERE {{ ?mention a <{DKG.Mention}> }} }}
     {{ SELECT ?mention ?target WHERE {{ ?mention <{OA.hasTarget}> ?target }} }}
     {{ SELECT ?mention ?body WHERE {{ ?mention <{OA.hasBody}> ?body }} }}
     OPTIONAL {{ SELECT ?mention ?kind WHERE {{ ?mention <{DKG.mentionKind}> ?kind }} }} }}
  UNION {{ SELECT DISTINCT ?target ?body WHERE {{ ?target <{DKG.mentions}> ?body }} }}
}} GROUP BY ?target ?body"""


def mention_rows(store: ox.Store) -> list[tuple[Value | None, ...]]:
    """Every (speech, entity) pair mentioned, with its count and kinds (:data:`_MENTIONS`)."""
    found = list(rows(store, _MENTIONS))
    release()
    return found


def _add_mentions(
    found: list[tuple[Value | None, ...]], b: Builder, said: Said, *, speeches: bool
) -> None:
    """Count mentions per (speech, entity); a bare ``dkg:mentions`` counts once."""
    kinds: dict[int, Several] = {}
    for target, body, count, names in found:
        speech, entity = str(target), str(body)
        source = speech if speeches else said.get(speech, _NOBODY)[0]
        if source is None:
            continue
        key = b.link(source, entity, "mentions")
        edge = b.edge_attrs.setdefault(key, {})
        edge["count"] = int(edge.get("count", 0)) + (int(count or 0) or 1)
        if names:
            several = kinds.get(key)
            for name in str(names).split("\x1f"):
                if name:
                    several = _with(several, name[1:])
            if several is not None:
                kinds[key] = several
    for _, _, edge in b.edges_of("mentions"):
        edge["weight"] = edge["count"]
    for key, several in kinds.items():
        b.edge_attrs[key]["kinds"] = ",".join(_each(several))


#: One text, or several (sorted, distinct): a mention's kinds are nearly always one.
Several = str | tuple[str, ...]


def _with(have: Several | None, item: str) -> Several:
    if have is None or have == item:
        return item
    if isinstance(have, str):
        return tuple(sorted((have, item)))
    return have if item in have else tuple(sorted((*have, item)))


def _each(have: Several | None) -> tuple[str, ...]:
    if have is None:
        return ()
    return (have,) if isinstance(have, str) else have


def _add_votes(store: ox.Store, b: Builder) -> None:
    """Who voted in each debate's divisions: a ``voted_in`` edge counting the votes.

    Votes whose voter was not linked to a person (``dkg:voterName`` only) are left out.
    """
    voters: dict[str, Value] = {}
    for vote, voter in scan(store, DKG.voter):
        voters[vote] = smaller(voters.get(vote), voter)
    debates: dict[str, Value] = {}
    for division, where in scan(store, DKG.inDebate):
        debates[division] = smaller(debates.get(division), where)
    counted: set[str] = set()  # a vote stated in several graphs counts once
    for division, item in scan(store, DKG.vote):
        vote = str(item)
        person, debate = voters.get(vote), debates.get(division)
        if person is None or debate is None or vote in counted:
            continue
        counted.add(vote)
        node = b.node(str(person), "Person")
        node["votes"] = int(node.get("votes", 0)) + 1
        b.node(str(debate), "Debate")
        b.count(str(person), str(debate), "voted_in", "votes")
    for _, _, edge in b.edges_of("voted_in"):
        edge["weight"] = edge["votes"]


def _add_participants(store: ox.Store, b: Builder) -> None:
    for debate, person in scan(store, DKG.participant):
        b.node(str(person), "Person")
        b.link(str(person), debate, "participant_in")


def _add_holdings(store: ox.Store, b: Builder) -> None:
    fields = {"holder": DKG.holder, "office": DKG.office, "on": DKG.observedOn}
    observed: dict[tuple[str, str], set[str]] = defaultdict(set)
    for about in facts(store, [DKG.Holding], fields).values():
        for holder in every(about, "holder"):
            for office in every(about, "office"):
                b.link(holder, office, "holds")
                observed[(holder, office)].update(every(about, "on"))
    for (holder, office), dates in observed.items():
        if dates:
            edge = b.edge(holder, office, "holds")
            edge["observed_on"] = ";".join(sorted(dates))
            edge["first_observed"] = min(dates)
            edge["last_observed"] = max(dates)


#: What a commitment points to whose own facts become its attributes: link -> predicate.
_LINKS = {"amount": DKG.amount, "category": DKG.category, "status": DKG.status}
#: Those facts: field -> predicate (amounts have a value and currency, concepts labels).
_LINKED = {
    "value": rdfns.SDO.value,
    "currency": rdfns.SDO.currency,
    "pref": SKOS.prefLabel,
    "label": RDFS.label,
}
#: A commitment's evidence: its selector's quote and offsets.
_EVIDENCE = {"exact": OA.exact, "start": OA.start, "end": OA.end}


#: A commitment's own fields, each a predicate of the commitment.
_COMMITMENT_FIELDS = {
    "made_in": DKG.madeIn,
    "made_by": DKG.madeBy,
    "actor": DKG.actor,
    "action": DKG.action,
    "deadline": DKG.deadline,
    "deadline_text": DKG.deadlineText,
    "confidence": DKG.confidence,
    "repeats": DKG.repeats,
    **_LINKS,
}
_COMMITMENTS_OF = f"{{ SELECT DISTINCT ?c WHERE {{ ?c a <{DKG.Commitment}> }} }}"
#: Every commitment with its fields and its evidence (quote and offsets from every selector
#: it points to), joined by hash in the store: one row per commitment (more where a field
#: has several values), so a commitment's IRI is turned into text once, not once per field
#: as in a scan per predicate.  The evidence is joined to the commitments inside its own
#: sub-SELECT, so the far more numerous mention selectors never reach the outer join.
_COMMITMENTS = (
    f"SELECT ?c {' '.join('?' + name for name in (*_COMMITMENT_FIELDS, *_EVIDENCE))} WHERE {{\n"
    f"{_COMMITMENTS_OF}\n{optional('c', _COMMITMENT_FIELDS)}\n"
    f"OPTIONAL {{ SELECT ?c {' '.join('?' + name for name in _EVIDENCE)} WHERE {{\n"
    f"  {_COMMITMENTS_OF}\n"
    f"  {{ SELECT ?c ?o WHERE {{ ?c <{DKG.evidence}> ?o FILTER(!isLiteral(?o)) }} }}\n"
    f"  {optional('o', _EVIDENCE)}\n}} }}\n}}"
)


def commitment_facts(store: ox.Store) -> Facts:
    """Every commitment with its fields and evidence (:data:`_COMMITMENTS`)."""
    found = joined_facts(store, _COMMITMENTS, [*_COMMITMENT_FIELDS, *_EVIDENCE])
    release()
    return found


def _add_commitments(
    store: ox.Store, commitments: Facts, b: Builder, said: Said, *, speeches: bool
) -> None:
    linked = _linked(store, commitments)
    while commitments:
        commitment, about = commitments.popitem()
        amount, currency = _amount(about, _joined(linked, about, "amount"))
        exact = text(about, "exact")
        action = first(about, "action")
        b.node(
            commitment,
            "Commitment",
            label=_short(exact) if exact else action,
            action=action,
            category=_concept(_joined(linked, about, "category"), text(about, "category")),
            status=_concept(_joined(linked, about, "status"), text(about, "status")),
            amount=amount,
            currency=currency,
            amount_gbp=amount if currency == "GBP" else None,
            deadline=first(about, "deadline"),
            deadline_text=first(about, "deadline_text"),
            confidence=first(about, "confidence"),
            text=exact,
            evidence_start=first(about, "start"),
            evidence_end=first(about, "end"),
        )
        made_in = every(about, "made_in")
        makers = every(about, "made_by") or [
            speaker for s in made_in if (speaker := said.get(s, _NOBODY)[0])
        ]
        for maker in makers:
            b.link(maker, commitment, "made")
        for speech in made_in:
            if speeches:
                b.link(commitment, speech, "made_in")
            debate = said.get(speech, _NOBODY)[1]
            if debate is not None:
                b.link(commitment, debate, "commitment_in")
        for actor in every(about, "actor"):
            b.link(commitment, actor, "actor")
        for earlier in every(about, "repeats"):
            b.link(commitment, earlier, "repeats")


#: Each status report that follows up a commitment, with what the graph says of it.
_FOLLOWUPS = f"""
SELECT ?r ?c ?status ?date ?exact ?by ?confidence ?reason ?repeats WHERE {{
  ?r <{DKG.followsUp}> ?c ; <{DKG.evidence}>/<{OA.exact}> ?exact .
  OPTIONAL {{ ?r <{DKG.reportedStatus}>/<{SKOS.notation}> ?reported }}
  OPTIONAL {{ ?r <{DKG.repeats}> ?c . BIND (true AS ?repeats) }}
  BIND (COALESCE(?reported, "repeated") AS ?status)
  OPTIONAL {{ ?r <{DCTERMS.date}> ?date }}
  OPTIONAL {{ ?r <{DKG.reportedBy}> ?by }}
  OPTIONAL {{ ?r <{DKG.followUpConfidence}> ?confidence }}
  OPTIONAL {{ ?r <{DKG.followUpReason}> ?reason }}
}}"""


def _add_followups(store: ox.Store, b: Builder) -> None:
    """Status reports that follow up a commitment: a node each, and the ``follows_up`` edge.

    A later commitment that repeats an earlier one is already a node: it gets the edge.
    """
    for row in sorted(
        (tuple(value(term) for term in solution) for solution in solutions(store, _FOLLOWUPS)),
        key=lambda cells: tuple(str(c) for c in cells),
    ):
        report, commitment, status, day, exact, by, confidence, reason, repeats = row
        assert isinstance(report, str) and isinstance(commitment, str)
        if repeats:
            b.edge(report, commitment, "follows_up", status=status)
            continue
        quote = str(exact or "")
        b.node(
            report,
            "StatusReport",
            label=_short(quote) if quote else str(status),
            status=status,
            date=day,
            text=quote,
            confidence=confidence,
            reason=reason,
        )
        b.edge(report, commitment, "follows_up", status=status, date=day)
        if isinstance(by, str):
            b.link(by, report, "reported")


def _linked(store: ox.Store, commitments: Facts) -> Facts:
    """The facts of every amount and concept a commitment points to, by its IRI.

    There are few of them (a concept is shared by thousands of commitments), so each
    field is one scan kept to the objects wanted.
    """
    wanted: Facts = {
        target: {}
        for about in commitments.values()
        for link in _LINKS
        for target in every(about, link)
    }
    for name, predicate in _LINKED.items():
        for subject, item in scan(store, predicate):
            about = wanted.get(subject)
            if about is not None:
                values = about.setdefault(name, [])
                if item not in values:
                    values.append(item)
    return wanted


def _joined(linked: Facts, about: Mapping[str, list[Value]], link: str) -> dict[str, list[Value]]:
    """The facts of everything ``about`` points to with ``link``, together, sorted."""
    joined: dict[str, list[Value]] = {}
    for target in every(about, link):
        for name, values in linked.get(target, {}).items():
            into = joined.setdefault(name, [])
            into.extend(v for v in values if v not in into)
    for values in joined.values():
        values.sort(key=order)
    return joined


def _amount(
    about: Mapping[str, list[Value]], inner: Mapping[str, list[Value]]
) -> tuple[float | None, str | None]:
    found = first(inner, "value")
    if found is None:
        found = first(about, "amount")  # a bare literal amount
    currency = text(inner, "currency")
    if isinstance(found, bool) or not isinstance(found, int | float):
        return None, currency
    return float(found), currency


def _concept(inner: Mapping[str, list[Value]], iri: str | None) -> Value | None:
    label = first(inner, "pref") or first(inner, "label")
    if label is not None:
        return label
    return None if iri is None else local_name(iri)


def _annotate_people(b: Builder) -> None:
    """Copy party and constituency onto people, for colouring and filtering in Gephi."""
    for person, target in list(b.links_of("member_of")):
        abbreviation = b.many.get(b.ids[target], {}).get("abbreviation")
        party = min(abbreviation) if abbreviation else _label_of(b, target)
        b.node(person, "Person", party=party)
    for person, target in list(b.links_of("member_for")):
        b.node(person, "Person", constituency=_label_of(b, target))


def _label_of(b: Builder, iri: str) -> Value:
    attrs = b.attrs(iri)
    return attrs.get("label") or readable_name(iri, str(attrs.get("type", "")))


__all__ = ["ProjectedGraph", "Value", "project", "project_graph"]
