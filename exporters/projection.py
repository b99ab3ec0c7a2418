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
========================  ====================================================

Edges (the key is the edge type): ``spoke_in`` person→debate (``speeches``),
``said`` person→speech, ``part_of`` speech→debate, ``spoken_as`` speech→office,
``holds`` person→office, ``mentions`` speech→entity (or speaker→entity without
speeches; ``count``), ``member_for`` person→constituency, ``member_of``
person→party, ``in_house`` debate→house, ``made`` person→commitment,
``made_in`` commitment→speech, ``commitment_in`` commitment→debate, ``actor``
commitment→actor, ``repeats`` commitment→commitment.  Counted edges also carry
``weight``, which Gephi uses as the edge weight.

Node keys are IRIs; every node has ``label``, ``name``, ``type`` and ``iri``,
every edge ``label``, ``type`` and ``interaction``.  Nodes and edges are added
in sorted order, so the same store always gives the same graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox
from rdflib import namespace as rdfns  # SDO, XSD: not imported by name, see below
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS
from rdflib.term import URIRef

from ontology import DKG, OA

# (pytest's doctest collection warns about rdflib DefinedNamespace objects, such as SDO
# and XSD, found in a module's globals; they are reached through ``rdfns`` instead.)

#: A flat attribute value, as graph tools understand them.
Value = str | int | float | bool

_INTEGER_TYPES = frozenset(
    str(rdfns.XSD[name])
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte",
    )
)  # fmt: skip
_REAL_TYPES = frozenset(str(rdfns.XSD[name]) for name in ("decimal", "double", "float"))
_BOOLEAN = str(rdfns.XSD.boolean)
_LABEL_LENGTH = 80
_RDF_TYPE = ox.NamedNode(str(RDF.type))

#: Facts about instances of a class: subject IRI -> field name -> values, sorted.
Facts = dict[str, dict[str, list[Value]]]


def project(store: ox.Store, *, speeches: bool = True) -> nx.MultiDiGraph:
    """Project the store onto a property graph, as a networkx graph.

    With ``speeches=False`` there are no speech nodes: people link straight to
    the debates they spoke in (``spoke_in``, weighted by the number of
    speeches) and to what they mentioned (``mentions``, weighted by count).
    """
    return _build(store, speeches=speeches).to_networkx()


def project_graph(store: ox.Store, *, speeches: bool = True) -> ProjectedGraph:
    """The same projection for :func:`exporters.graphml.write_graphml`, without networkx.

    Nodes and edges are kept once, in compact dictionaries, and their attributes are
    made as the writer reads them: about half the memory of a networkx graph.
    """
    return ProjectedGraph(_build(store, speeches=speeches))


def _build(store: ox.Store, *, speeches: bool) -> _Builder:
    builder = _Builder()
    _add_people(store, builder)
    _add_memberships(store, builder)
    _add_labelled(store, builder, DKG.Party, "Party", alt="abbreviation")
    _add_labelled(store, builder, DKG.Constituency, "Constituency")
    _add_labelled(store, builder, DKG.House, "House")
    _add_labelled(store, builder, DKG.Office, "Office", alt="aliases")
    _add_labelled(store, builder, DKG.Actor, "Actor")
    _add_debates(store, builder)
    said = _add_speeches(store, builder, speeches=speeches)
    _add_mentions(store, builder, said, speeches=speeches)
    _add_holdings(store, builder)
    _add_commitments(store, builder, said, speeches=speeches)
    _annotate_people(builder)
    builder.close_edges()
    return builder


# --- reading the store --------------------------------------------------------------


def _solutions(store: ox.Store, query: str) -> ox.QuerySolutions:
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return solutions


def _value(term: object) -> Value | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _REAL_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == _BOOLEAN:
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _scan(store: ox.Store, predicate: URIRef) -> Iterator[ox.Quad]:
    """Every quad with ``predicate``, in any graph: one index range scan, no join."""
    return store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None, None)


def _facts(store: ox.Store, classes: Sequence[URIRef], fields: Mapping[str, URIRef]) -> Facts:
    """Every instance of ``classes``, with its values for each field's predicate (maybe none).

    Read with one index scan per class and per predicate, joined here by subject: looking
    each field up instance by instance (a SPARQL OPTIONAL per field) took most of an
    export's time.  A value stated in several graphs counts once.
    """
    facts: Facts = {}
    for cls in classes:
        for quad in store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(str(cls)), None):
            facts.setdefault(str(_value(quad.subject)), {})
    for name, predicate in fields.items():
        for quad in _scan(store, predicate):
            about = facts.get(str(_value(quad.subject)))
            value = _value(quad.object)
            if about is None or value is None:
                continue
            values = about.setdefault(name, [])
            if value not in values:
                values.append(value)
    for about in facts.values():
        for values in about.values():
            if len(values) > 1:
                values.sort(key=_order)
    return facts


def _first(about: Mapping[str, list[Value]], name: str) -> Value | None:
    values = about.get(name)
    return values[0] if values else None


def _text(about: Mapping[str, list[Value]], name: str) -> str | None:
    value = _first(about, name)
    return None if value is None else str(value)


def _all(about: Mapping[str, list[Value]], name: str) -> list[str]:
    return [str(value) for value in about.get(name, ())]


def _order(value: Value) -> tuple[str, str]:
    return (type(value).__name__, str(value))


# --- building ------------------------------------------------------------------------


@dataclass(slots=True)
class _Builder:
    """Nodes and edges gathered in any order, emitted sorted.

    Where two facts disagree about a single-valued attribute the smaller value
    wins, so the result does not depend on the order the store returns rows in.
    """

    nodes: dict[str, dict[str, Value]] = field(default_factory=dict)
    many: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict[str, Value]] = field(default_factory=dict)

    def node(self, iri: str, kind: str, **attrs: Value | None) -> dict[str, Value]:
        node = self.nodes.get(iri)
        if node is None:
            node = self.nodes[iri] = {"type": kind}
        _merge(node, attrs)
        return node

    def add_to(self, iri: str, name: str, values: Iterable[str]) -> None:
        """Gather a many-valued attribute, written sorted and joined with ``; ``."""
        self.many.setdefault(iri, {}).setdefault(name, set()).update(values)

    def edge(self, source: str, target: str, kind: str, **attrs: Value | None) -> dict[str, Value]:
        edge = self.edges.get((source, target, kind))
        if edge is None:
            edge = self.edges[(source, target, kind)] = {}
        _merge(edge, attrs)
        return edge

    def count(self, source: str, target: str, kind: str, name: str, by: int = 1) -> None:
        edge = self.edge(source, target, kind)
        edge[name] = int(edge.get(name, 0)) + by

    def close_edges(self) -> None:
        """Give every edge end a node: a ``Resource`` where nothing else describes it."""
        for source, target, _ in self.edges:
            for end in (source, target):
                if end not in self.nodes:
                    self.node(end, "Resource")

    def to_networkx(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        view = ProjectedGraph(self)
        graph.add_nodes_from(view.node_items())
        for source, target, kind, attrs in view.edge_items():
            graph.add_edge(source, target, kind, **attrs)
        return graph

    def _node_attrs(self, iri: str) -> dict[str, Value]:
        attrs = dict(self.nodes[iri])
        for name, values in self.many.get(iri, {}).items():
            attrs[name] = "; ".join(sorted(values))
        label = attrs.pop("label", None) or attrs.get("name") or _local_name(iri)
        ordered: dict[str, Value] = {
            "label": label,
            "name": attrs.pop("name", label),
            "type": attrs.pop("type"),
            "iri": iri,
        }
        ordered.update(sorted(attrs.items()))
        return ordered


@dataclass(slots=True)
class ProjectedGraph:
    """The projection as the GraphML writer reads it: nodes, then edges, sorted."""

    builder: _Builder
    _order: list[str] | None = None
    _edge_order: list[tuple[str, str, str]] | None = None

    @property
    def attributes(self) -> Mapping[str, Value]:
        return {}

    @property
    def directed(self) -> bool:
        return True

    def node_items(self) -> Iterator[tuple[str, dict[str, Value]]]:
        if self._order is None:
            self._order = sorted(self.builder.nodes)
        for iri in self._order:
            yield iri, self.builder._node_attrs(iri)

    def edge_items(self) -> Iterator[tuple[str, str, str, dict[str, Value]]]:
        if self._edge_order is None:
            self._edge_order = sorted(self.builder.edges)
        edges = self.builder.edges
        for source, target, kind in self._edge_order:
            yield source, target, kind, _edge_attrs(kind, edges[(source, target, kind)])


def _edge_attrs(kind: str, attrs: Mapping[str, Value]) -> dict[str, Value]:
    ordered: dict[str, Value] = {"label": kind, "type": kind, "interaction": kind}
    ordered.update(sorted(attrs.items()))
    return ordered


def _merge(into: dict[str, Value], attrs: Mapping[str, Value | None]) -> None:
    for name, value in attrs.items():
        if value is None:
            continue
        before = into.get(name)
        into[name] = value if before is None else min(before, value, key=_order)


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1].rstrip() + "…"


# --- the projection, one kind of thing at a time --------------------------------------


def _add_people(store: ox.Store, b: _Builder) -> None:
    fields = {
        "name": FOAF.name,
        "constituency": DKG.constituency,
        "party": DKG.party,
        "holds": ORG.holds,
    }
    # Members from their own class's index range (scanning rdf:type would read every
    # typed resource in the store).
    members = set(_facts(store, [DKG.Member], {}))
    for person, about in _facts(store, [DKG.Person, DKG.Member], fields).items():
        member = person in members
        b.node(person, "Person", name=_first(about, "name"), member=member, speeches=0)
        for constituency in _all(about, "constituency"):
            b.edge(person, constituency, "member_for")
        for party in _all(about, "party"):
            b.edge(person, party, "member_of")
        for office in _all(about, "holds"):
            b.edge(person, office, "holds")


def _add_memberships(store: ox.Store, b: _Builder) -> None:
    """Seats and parties from the member registry's dated memberships (undated edges here)."""
    query = f"""
        SELECT DISTINCT ?person ?seat ?party WHERE {{
          ?m a <{DKG.Membership}> ; <{ORG.member}> ?person .
          OPTIONAL {{ ?m <{DKG.seat}> ?seat }}
          OPTIONAL {{ ?m <{DKG.withParty}> ?party }}
        }}"""
    for person, seat, party in _solutions(store, query):
        who = str(_value(person))
        if who not in b.nodes:
            continue
        if seat is not None:
            b.edge(who, str(_value(seat)), "member_for")
        if party is not None:
            b.edge(who, str(_value(party)), "member_of")


def _add_labelled(
    store: ox.Store, b: _Builder, cls: URIRef, kind: str, *, alt: str | None = None
) -> None:
    fields = {
        "label": RDFS.label,
        "pref": SKOS.prefLabel,
        "name": FOAF.name,
        "alt": SKOS.altLabel,
    }
    for iri, about in _facts(store, [cls], fields).items():
        label = _first(about, "label") or _first(about, "pref") or _first(about, "name")
        b.node(iri, kind, label=label)
        if alt is not None and _all(about, "alt"):
            b.add_to(iri, alt, _all(about, "alt"))


def _add_debates(store: ox.Store, b: _Builder) -> None:
    fields = {
        "title": DCTERMS.title,
        "date": DCTERMS.date,
        "location": DKG.location,
        "house": DKG.house,
        "source": PROV.wasDerivedFrom,
    }
    for debate, about in _facts(store, [DKG.Debate], fields).items():
        b.node(
            debate,
            "Debate",
            label=_first(about, "title"),
            date=_first(about, "date"),
            location=_first(about, "location"),
            source=_first(about, "source"),
            speeches=0,
        )
        for house in _all(about, "house"):
            b.edge(debate, house, "in_house")


@dataclass(frozen=True, slots=True)
class _Said:
    speaker: str | None
    debate: str | None


_NOBODY = _Said(None, None)


def _add_speeches(store: ox.Store, b: _Builder, *, speeches: bool) -> dict[str, _Said]:
    """Add speeches (or speaker→debate counts); return who said each speech, and where."""
    fields = {"debate": DKG.debate, "speaker": DKG.speaker}
    if speeches:
        fields |= {
            "position": DKG.position,
            "text": rdfns.SDO.text,
            "attribution": DKG.attribution,
            "spoken_as": DKG.spokenAs,
            "after_gap": DKG.afterGap,
            "source_start": DKG.sourceStart,
            "source_end": DKG.sourceEnd,
            "column": DKG.column,
        }
    said: dict[str, _Said] = {}
    for speech, about in _facts(store, [DKG.Speech], fields).items():
        where = said[speech] = _Said(_text(about, "speaker"), _text(about, "debate"))
        if where.speaker is not None:
            node = b.node(where.speaker, "Person")
            node["speeches"] = int(node.get("speeches", 0)) + 1
        if where.debate is not None:
            node = b.node(where.debate, "Debate")
            node["speeches"] = int(node.get("speeches", 0)) + 1
        if where.speaker is not None and where.debate is not None:
            b.count(where.speaker, where.debate, "spoke_in", "speeches")
        if speeches:
            _add_speech(b, speech, about, where)
    for (_, _, kind), edge in b.edges.items():
        if kind == "spoke_in":
            edge["weight"] = edge["speeches"]
    return said


def _add_speech(b: _Builder, speech: str, about: Mapping[str, list[Value]], said: _Said) -> None:
    position = _first(about, "position")
    speaker = b.nodes.get(said.speaker or "", {})
    who = speaker.get("name") or _first(about, "attribution") or "speech"
    b.node(
        speech,
        "Speech",
        label=f"{who} #{position}" if position is not None else str(who),
        position=position,
        text=_first(about, "text"),
        attribution=_first(about, "attribution"),
        after_gap=bool(_first(about, "after_gap")),
        source_start=_first(about, "source_start"),
        source_end=_first(about, "source_end"),
        column=_first(about, "column"),
    )
    if said.speaker is not None:
        b.edge(said.speaker, speech, "said")
    if said.debate is not None:
        b.edge(speech, said.debate, "part_of")
    for office in _all(about, "spoken_as"):
        b.edge(speech, office, "spoken_as")


def _add_mentions(
    store: ox.Store, b: _Builder, said: Mapping[str, _Said], *, speeches: bool
) -> None:
    """Count mentions per (speech, entity); a bare ``dkg:mentions`` counts once."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    fields = {"target": OA.hasTarget, "body": OA.hasBody, "kind": DKG.mentionKind}
    for mention, about in _facts(store, [DKG.Mention], fields).items():
        for speech in _all(about, "target"):
            for entity in _all(about, "body"):
                found[(speech, entity)].add(mention)
                kinds[(speech, entity)].update(_all(about, "kind"))
    for quad in _scan(store, DKG.mentions):
        pair = (str(_value(quad.subject)), str(_value(quad.object)))
        if not found[pair]:
            found[pair].add("")
    edge_kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (speech, entity), mentions in found.items():
        source = speech if speeches else said.get(speech, _NOBODY).speaker
        if source is None:
            continue
        b.count(source, entity, "mentions", "count", len(mentions))
        edge_kinds[(source, entity)] |= kinds[(speech, entity)]
    for (source, entity), names in edge_kinds.items():
        edge = b.edge(source, entity, "mentions")
        edge["weight"] = edge["count"]
        if names:
            edge["kinds"] = ",".join(sorted(names))


def _add_holdings(store: ox.Store, b: _Builder) -> None:
    fields = {"holder": DKG.holder, "office": DKG.office, "on": DKG.observedOn}
    observed: dict[tuple[str, str], set[str]] = defaultdict(set)
    for about in _facts(store, [DKG.Holding], fields).values():
        for holder in _all(about, "holder"):
            for office in _all(about, "office"):
                b.edge(holder, office, "holds")
                observed[(holder, office)].update(_all(about, "on"))
    for (holder, office), dates in observed.items():
        if dates:
            edge = b.edge(holder, office, "holds")
            edge["observed_on"] = ";".join(sorted(dates))
            edge["first_observed"] = min(dates)
            edge["last_observed"] = max(dates)


# What a commitment points to whose own facts become commitment attributes.
_COMMITMENT_LINKS = {
    "amount": DKG.amount,
    "category": DKG.category,
    "status": DKG.status,
    "evidence": DKG.evidence,
}
_NESTED = {
    "value": rdfns.SDO.value,
    "currency": rdfns.SDO.currency,
    "pref": SKOS.prefLabel,
    "label": RDFS.label,
    "exact": OA.exact,
    "start": OA.start,
    "end": OA.end,
}


def _add_commitments(
    store: ox.Store, b: _Builder, said: Mapping[str, _Said], *, speeches: bool
) -> None:
    fields = {
        "made_in": DKG.madeIn,
        "made_by": DKG.madeBy,
        "actor": DKG.actor,
        "action": DKG.action,
        "deadline": DKG.deadline,
        "deadline_text": DKG.deadlineText,
        "confidence": DKG.confidence,
        "repeats": DKG.repeats,
        **_COMMITMENT_LINKS,
    }
    nested = _nested(store)
    for commitment, about in _facts(store, [DKG.Commitment], fields).items():
        inner = nested.get(commitment, {})
        amount, currency = _amount(about, inner.get("amount", {}))
        evidence = inner.get("evidence", {})
        exact = _text(evidence, "exact")
        action = _first(about, "action")
        b.node(
            commitment,
            "Commitment",
            label=_short(exact) if exact else action,
            action=action,
            category=_concept(inner.get("category", {}), _text(about, "category")),
            status=_concept(inner.get("status", {}), _text(about, "status")),
            amount=amount,
            currency=currency,
            amount_gbp=amount if currency == "GBP" else None,
            deadline=_first(about, "deadline"),
            deadline_text=_first(about, "deadline_text"),
            confidence=_first(about, "confidence"),
            text=exact,
            evidence_start=_first(evidence, "start"),
            evidence_end=_first(evidence, "end"),
        )
        made_in = _all(about, "made_in")
        makers = _all(about, "made_by") or [
            speaker for s in made_in if (speaker := said.get(s, _NOBODY).speaker)
        ]
        for maker in makers:
            b.edge(maker, commitment, "made")
        for speech in made_in:
            if speeches:
                b.edge(commitment, speech, "made_in")
            debate = said.get(speech, _NOBODY).debate
            if debate is not None:
                b.edge(commitment, debate, "commitment_in")
        for actor in _all(about, "actor"):
            b.edge(commitment, actor, "actor")
        for earlier in _all(about, "repeats"):
            b.edge(commitment, earlier, "repeats")


def _nested(store: ox.Store) -> dict[str, Facts]:
    """Facts of what each commitment points to: commitment -> link -> field -> values."""
    commitments = {
        str(_value(quad.subject))
        for quad in store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(str(DKG.Commitment)))
    }
    # What each linked object is linked from: object -> {(commitment, link name)}, in
    # order (a dict as an ordered set: a category concept is linked from thousands).
    linked: dict[str, dict[tuple[str, str], None]] = defaultdict(dict)
    for link, predicate in _COMMITMENT_LINKS.items():
        for quad in _scan(store, predicate):
            commitment = str(_value(quad.subject))
            if commitment in commitments and not isinstance(quad.object, ox.Literal):
                linked[str(_value(quad.object))][(commitment, link)] = None
    # Each linked object read once, subject first (an amount, a concept, a selector: a
    # handful of quads each); scanning the nested predicates would read every selector of
    # every mention too.
    field_of = {str(predicate): name for name, predicate in _NESTED.items()}
    nested: dict[str, Facts] = {}
    for target in sorted(linked):
        subject = ox.BlankNode(target[2:]) if target.startswith("_:") else ox.NamedNode(target)
        for quad in store.quads_for_pattern(subject, None, None, None):
            name = field_of.get(quad.predicate.value)
            value = _value(quad.object)
            if name is None or value is None:
                continue
            for commitment, link in linked[target]:
                about = nested.setdefault(commitment, {}).setdefault(link, {})
                values = about.setdefault(name, [])
                if value not in values:
                    values.append(value)
    for links in nested.values():
        for about in links.values():
            for values in about.values():
                values.sort(key=_order)
    return nested


def _amount(
    about: Mapping[str, list[Value]], inner: Mapping[str, list[Value]]
) -> tuple[float | None, str | None]:
    value = _first(inner, "value")
    if value is None:
        value = _first(about, "amount")  # a bare literal amount
    currency = _text(inner, "currency")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, currency
    return float(value), currency


def _concept(inner: Mapping[str, list[Value]], iri: str | None) -> Value | None:
    label = _first(inner, "pref") or _first(inner, "label")
    if label is not None:
        return label
    return None if iri is None else _local_name(iri)


def _annotate_people(b: _Builder) -> None:
    """Copy party and constituency onto people, for colouring and filtering in Gephi."""
    for person, target, kind in list(b.edges):
        if kind == "member_of":
            abbreviation = b.many.get(target, {}).get("abbreviation")
            party = min(abbreviation) if abbreviation else _label_of(b, target)
            b.node(person, "Person", party=party)
        elif kind == "member_for":
            b.node(person, "Person", constituency=_label_of(b, target))


def _label_of(b: _Builder, iri: str) -> Value:
    return b.nodes.get(iri, {}).get("label") or _local_name(iri)


__all__ = ["ProjectedGraph", "Value", "project", "project_graph"]
