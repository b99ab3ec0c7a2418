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

# One row per (subject, predicate, value): facts about subject of a class.
Facts = dict[str, dict[str, list[Value]]]


def project(store: ox.Store, *, speeches: bool = True) -> nx.MultiDiGraph:
    """Project the store onto a property graph.

    With ``speeches=False`` there are no speech nodes: people link straight to
    the debates they spoke in (``spoke_in``, weighted by the number of
    speeches) and to what they mentioned (``mentions``, weighted by count).
    """
    builder = _Builder()
    _add_people(store, builder)
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
    return builder.to_networkx()


# --- reading the store --------------------------------------------------------------


def _select(store: ox.Store, query: str) -> Iterator[dict[str, Value | None]]:
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [variable.value for variable in solutions.variables]
    for solution in solutions:
        yield {name: _value(solution[name]) for name in names}


def _value(term: object) -> Value | None:
    if term is None:
        return None
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
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _iris(terms: Iterable[URIRef]) -> str:
    return " ".join(f"<{term}>" for term in terms)


def _facts(store: ox.Store, classes: Sequence[URIRef], predicates: Sequence[URIRef]) -> Facts:
    """Every instance of ``classes`` with its values for ``predicates`` (none for some)."""
    query = f"""
        SELECT DISTINCT ?x ?p ?v WHERE {{
          VALUES ?c {{ {_iris(classes)} }}
          ?x a ?c .
          OPTIONAL {{ VALUES ?p {{ {_iris(predicates)} }} ?x ?p ?v }}
        }}"""
    facts: Facts = {}
    for row in _select(store, query):
        subject = str(row["x"])
        about = facts.setdefault(subject, {})
        if row["p"] is not None and row["v"] is not None:
            about.setdefault(str(row["p"]), []).append(row["v"])
    for about in facts.values():
        for values in about.values():
            values.sort(key=_order)
    return facts


def _first(about: Mapping[str, list[Value]], predicate: URIRef) -> Value | None:
    values = about.get(str(predicate))
    return values[0] if values else None


def _all(about: Mapping[str, list[Value]], predicate: URIRef) -> list[Value]:
    return about.get(str(predicate), [])


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

    def add_to(self, iri: str, name: str, values: Iterable[Value]) -> None:
        """Gather a many-valued attribute, written sorted and joined with ``; ``."""
        self.many.setdefault(iri, {}).setdefault(name, set()).update(str(v) for v in values)

    def edge(self, source: str, target: str, kind: str, **attrs: Value | None) -> dict[str, Value]:
        edge = self.edges.get((source, target, kind))
        if edge is None:
            edge = self.edges[(source, target, kind)] = {}
        _merge(edge, attrs)
        return edge

    def count(self, source: str, target: str, kind: str, name: str, by: int = 1) -> None:
        edge = self.edge(source, target, kind)
        edge[name] = int(edge.get(name, 0)) + by

    def to_networkx(self) -> nx.MultiDiGraph:
        for source, target, _ in self.edges:
            for end in (source, target):
                if end not in self.nodes:
                    self.node(end, "Resource")
        graph = nx.MultiDiGraph()
        for iri in sorted(self.nodes):
            attrs = dict(self.nodes[iri])
            for name, values in sorted(self.many.get(iri, {}).items()):
                attrs[name] = "; ".join(sorted(values))
            graph.add_node(iri, **_node_attrs(iri, attrs))
        for source, target, kind in sorted(self.edges):
            attrs = {"label": kind, "type": kind, "interaction": kind}
            attrs.update(sorted(self.edges[(source, target, kind)].items()))
            graph.add_edge(source, target, key=kind, **attrs)
        return graph


def _merge(into: dict[str, Value], attrs: Mapping[str, Value | None]) -> None:
    for name, value in attrs.items():
        if value is None:
            continue
        before = into.get(name)
        into[name] = value if before is None else min(before, value, key=_order)


def _node_attrs(iri: str, attrs: dict[str, Value]) -> dict[str, Value]:
    label = attrs.pop("label", None) or attrs.get("name") or _local_name(iri)
    kind = attrs.pop("type")
    ordered: dict[str, Value] = {"label": label, "name": attrs.pop("name", label), "type": kind}
    ordered["iri"] = iri
    ordered.update(sorted(attrs.items()))
    return ordered


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1].rstrip() + "…"


# --- the projection, one kind of thing at a time --------------------------------------


def _add_people(store: ox.Store, b: _Builder) -> None:
    facts = _facts(
        store,
        [DKG.Person, DKG.Member],
        [RDF.type, FOAF.name, DKG.constituency, DKG.party, ORG.holds],
    )
    for person, about in facts.items():
        name = _first(about, FOAF.name)
        member = str(DKG.Member) in _all(about, RDF.type)
        b.node(person, "Person", name=name, member=member, speeches=0)
        for constituency in _all(about, DKG.constituency):
            b.edge(person, str(constituency), "member_for")
        for party in _all(about, DKG.party):
            b.edge(person, str(party), "member_of")
        for office in _all(about, ORG.holds):
            b.edge(person, str(office), "holds")


def _add_labelled(
    store: ox.Store, b: _Builder, cls: URIRef, kind: str, *, alt: str | None = None
) -> None:
    facts = _facts(store, [cls], [RDFS.label, SKOS.prefLabel, SKOS.altLabel, FOAF.name])
    for iri, about in facts.items():
        label = _first(about, RDFS.label) or _first(about, SKOS.prefLabel)
        b.node(iri, kind, label=label or _first(about, FOAF.name))
        if alt is not None and _all(about, SKOS.altLabel):
            b.add_to(iri, alt, _all(about, SKOS.altLabel))


def _add_debates(store: ox.Store, b: _Builder) -> None:
    facts = _facts(
        store,
        [DKG.Debate],
        [DCTERMS.title, DCTERMS.date, DKG.location, DKG.house, PROV.wasDerivedFrom],
    )
    for debate, about in facts.items():
        b.node(
            debate,
            "Debate",
            label=_first(about, DCTERMS.title),
            date=_first(about, DCTERMS.date),
            location=_first(about, DKG.location),
            source=_first(about, PROV.wasDerivedFrom),
            speeches=0,
        )
        for house in _all(about, DKG.house):
            b.edge(debate, str(house), "in_house")


@dataclass(frozen=True, slots=True)
class _Said:
    speaker: str | None
    debate: str | None


def _add_speeches(store: ox.Store, b: _Builder, *, speeches: bool) -> dict[str, _Said]:
    """Add speeches (or speaker→debate counts); return who said each speech, and where."""
    predicates = [DKG.debate, DKG.speaker]
    if speeches:
        predicates += [
            DKG.position, rdfns.SDO.text, DKG.attribution, DKG.spokenAs, DKG.afterGap,
            DKG.sourceStart, DKG.sourceEnd, DKG.column,
        ]  # fmt: skip
    said: dict[str, _Said] = {}
    for speech, about in sorted(_facts(store, [DKG.Speech], predicates).items()):
        speaker, debate = _first(about, DKG.speaker), _first(about, DKG.debate)
        said[speech] = _Said(
            None if speaker is None else str(speaker), None if debate is None else str(debate)
        )
        for node in (
            b.node(str(speaker), "Person") if speaker is not None else None,
            b.node(str(debate), "Debate") if debate is not None else None,
        ):
            if node is not None:
                node["speeches"] = int(node.get("speeches", 0)) + 1
        if speaker is not None and debate is not None:
            b.count(str(speaker), str(debate), "spoke_in", "speeches")
        if speeches:
            _add_speech(b, speech, about, said[speech])
    for edge in b.edges.values():
        if "speeches" in edge:
            edge["weight"] = edge["speeches"]
    return said


def _add_speech(b: _Builder, speech: str, about: Mapping[str, list[Value]], said: _Said) -> None:
    position = _first(about, DKG.position)
    speaker = b.nodes.get(said.speaker or "", {})
    who = speaker.get("name") or _first(about, DKG.attribution) or "speech"
    b.node(
        speech,
        "Speech",
        label=f"{who} #{position}" if position is not None else str(who),
        position=position,
        text=_first(about, rdfns.SDO.text),
        attribution=_first(about, DKG.attribution),
        after_gap=bool(_first(about, DKG.afterGap)),
        source_start=_first(about, DKG.sourceStart),
        source_end=_first(about, DKG.sourceEnd),
        column=_first(about, DKG.column),
    )
    if said.speaker is not None:
        b.edge(said.speaker, speech, "said")
    if said.debate is not None:
        b.edge(speech, said.debate, "part_of")
    for office in _all(about, DKG.spokenAs):
        b.edge(speech, str(office), "spoken_as")


def _add_mentions(
    store: ox.Store, b: _Builder, said: Mapping[str, _Said], *, speeches: bool
) -> None:
    """Count mentions per (speech, entity); a bare ``dkg:mentions`` counts once."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    annotations = _facts(store, [DKG.Mention], [OA.hasTarget, OA.hasBody, DKG.mentionKind])
    for mention, about in annotations.items():
        for speech in _all(about, OA.hasTarget):
            for entity in _all(about, OA.hasBody):
                pair = (str(speech), str(entity))
                found[pair].add(mention)
                kinds[pair].update(str(k) for k in _all(about, DKG.mentionKind))
    shortcut = f"SELECT DISTINCT ?s ?e WHERE {{ ?s <{DKG.mentions}> ?e }}"
    for row in _select(store, shortcut):
        pair = (str(row["s"]), str(row["e"]))
        if not found[pair]:
            found[pair].add("")
    edge_kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (speech, entity), mentions in sorted(found.items()):
        source = speech if speeches else said.get(speech, _Said(None, None)).speaker
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
    facts = _facts(store, [DKG.Holding], [DKG.holder, DKG.office, DKG.observedOn])
    observed: dict[tuple[str, str], set[str]] = defaultdict(set)
    for about in facts.values():
        for holder in _all(about, DKG.holder):
            for office in _all(about, DKG.office):
                b.edge(str(holder), str(office), "holds")
                observed[(str(holder), str(office))].update(
                    str(d) for d in _all(about, DKG.observedOn)
                )
    for (holder, office), dates in observed.items():
        if dates:
            edge = b.edge(holder, office, "holds")
            edge["observed_on"] = ";".join(sorted(dates))
            edge["first_observed"] = min(dates)
            edge["last_observed"] = max(dates)


_COMMITMENT_LINKS = (DKG.amount, DKG.category, DKG.status, DKG.evidence)
_NESTED = (
    rdfns.SDO.value,
    rdfns.SDO.currency,
    SKOS.prefLabel,
    RDFS.label,
    OA.exact,
    OA.start,
    OA.end,
)


def _add_commitments(
    store: ox.Store, b: _Builder, said: Mapping[str, _Said], *, speeches: bool
) -> None:
    facts = _facts(
        store,
        [DKG.Commitment],
        [
            DKG.madeIn, DKG.madeBy, DKG.actor, DKG.action, DKG.deadline, DKG.deadlineText,
            DKG.confidence, DKG.repeats, *_COMMITMENT_LINKS,
        ],
    )  # fmt: skip
    nested = _nested(store)
    for commitment, about in sorted(facts.items()):
        inner = nested.get(commitment, {})
        amount, currency = _amount(about, inner.get(str(DKG.amount), {}))
        evidence = inner.get(str(DKG.evidence), {})
        exact = _first(evidence, OA.exact)
        action = _first(about, DKG.action)
        b.node(
            commitment,
            "Commitment",
            label=_short(str(exact)) if exact else action,
            action=action,
            category=_concept(inner.get(str(DKG.category), {}), _first(about, DKG.category)),
            status=_concept(inner.get(str(DKG.status), {}), _first(about, DKG.status)),
            amount=amount,
            currency=currency,
            amount_gbp=amount if currency == "GBP" else None,
            deadline=_first(about, DKG.deadline),
            deadline_text=_first(about, DKG.deadlineText),
            confidence=_first(about, DKG.confidence),
            text=exact,
            evidence_start=_first(evidence, OA.start),
            evidence_end=_first(evidence, OA.end),
        )
        speeches_in = [str(s) for s in _all(about, DKG.madeIn)]
        makers = [str(p) for p in _all(about, DKG.madeBy)] or [
            s.speaker for s in map(said.get, speeches_in) if s and s.speaker
        ]
        for maker in makers:
            b.edge(maker, commitment, "made")
        for speech in speeches_in:
            if speeches:
                b.edge(commitment, speech, "made_in")
            where = said.get(speech)
            if where is not None and where.debate is not None:
                b.edge(commitment, where.debate, "commitment_in")
        for actor in _all(about, DKG.actor):
            b.edge(commitment, str(actor), "actor")
        for earlier in _all(about, DKG.repeats):
            b.edge(commitment, str(earlier), "repeats")


def _nested(store: ox.Store) -> dict[str, dict[str, dict[str, list[Value]]]]:
    """Facts of the things a commitment points to: its amount, concepts and evidence."""
    query = f"""
        SELECT DISTINCT ?c ?link ?p ?v WHERE {{
          ?c a <{DKG.Commitment}> .
          VALUES ?link {{ {_iris(_COMMITMENT_LINKS)} }}
          ?c ?link ?o .
          VALUES ?p {{ {_iris(_NESTED)} }}
          ?o ?p ?v .
        }}"""
    nested: dict[str, dict[str, dict[str, list[Value]]]] = {}
    for row in _select(store, query):
        if row["v"] is None:
            continue
        about = nested.setdefault(str(row["c"]), {}).setdefault(str(row["link"]), {})
        about.setdefault(str(row["p"]), []).append(row["v"])
    for links in nested.values():
        for about in links.values():
            for values in about.values():
                values.sort(key=_order)
    return nested


def _amount(
    about: Mapping[str, list[Value]], inner: Mapping[str, list[Value]]
) -> tuple[float | None, str | None]:
    value = _first(inner, rdfns.SDO.value)
    if value is None:
        value = _first(about, DKG.amount)  # a bare literal amount
    currency = _first(inner, rdfns.SDO.currency)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, None if currency is None else str(currency)
    return float(value), None if currency is None else str(currency)


def _concept(inner: Mapping[str, list[Value]], iri: Value | None) -> Value | None:
    label = _first(inner, SKOS.prefLabel) or _first(inner, RDFS.label)
    if label is not None:
        return label
    return None if iri is None else _local_name(str(iri))


def _annotate_people(b: _Builder) -> None:
    """Copy party and constituency onto people, for colouring and filtering in Gephi."""
    for (person, target, kind), _ in sorted(b.edges.items()):
        if kind not in ("member_of", "member_for") or target not in b.nodes:
            continue
        other = b.nodes[target]
        if kind == "member_of":
            value = other.get("label") or _local_name(target)
            abbreviation = b.many.get(target, {}).get("abbreviation")
            b.node(person, "Person", party=min(abbreviation) if abbreviation else value)
        else:
            b.node(person, "Person", constituency=other.get("label") or _local_name(target))


__all__ = ["Value", "project"]
