"""The debate-kg vocabulary as a closed rdflib namespace.

Generated from ``debate-kg.ttl`` by ``python -m ontology.generate``; do not edit.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class DKG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/debate-kg/ontology#")
    _fail = True

    # classes
    Actor: URIRef  # actor
    Commitment: URIRef  # commitment
    Constituency: URIRef  # constituency
    Debate: URIRef  # debate
    Extractor: URIRef  # extractor
    Holding: URIRef  # office holding
    House: URIRef  # house
    Member: URIRef  # member
    Mention: URIRef  # mention
    Office: URIRef  # office
    Party: URIRef  # party
    Person: URIRef  # person
    SourceDocument: URIRef  # source document
    Speech: URIRef  # speech

    # object properties
    actor: URIRef  # actor
    amount: URIRef  # amount
    category: URIRef  # category
    constituency: URIRef  # constituency
    debate: URIRef  # debate
    evidence: URIRef  # evidence
    extractedBy: URIRef  # extracted by
    holder: URIRef  # holder
    house: URIRef  # house
    madeBy: URIRef  # made by
    madeIn: URIRef  # made in
    mentions: URIRef  # mentions
    observedIn: URIRef  # observed in
    office: URIRef  # office
    participant: URIRef  # participant
    party: URIRef  # party
    repeats: URIRef  # repeats
    speaker: URIRef  # speaker
    spokenAs: URIRef  # spoken as
    status: URIRef  # status

    # datatype properties
    action: URIRef  # action
    afterGap: URIRef  # after gap
    attribution: URIRef  # attribution
    column: URIRef  # column
    confidence: URIRef  # confidence
    deadline: URIRef  # deadline
    deadlineText: URIRef  # deadline text
    linkReason: URIRef  # link reason
    location: URIRef  # location
    mentionKind: URIRef  # mention kind
    observedOn: URIRef  # observed on
    position: URIRef  # position
    sha256: URIRef  # SHA-256
    sourceEnd: URIRef  # source end
    sourceFormat: URIRef  # source format
    sourceStart: URIRef  # source start

    # concept schemes
    commitmentCategories: URIRef  # commitment categories
    commitmentStatuses: URIRef  # commitment statuses
