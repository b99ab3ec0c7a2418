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
    Division: URIRef  # division
    Extractor: URIRef  # extractor
    Holding: URIRef  # office holding
    House: URIRef  # house
    Identifier: URIRef  # identifier
    Member: URIRef  # member
    Membership: URIRef  # membership
    Mention: URIRef  # mention
    NameUse: URIRef  # name use
    Office: URIRef  # office
    OppositionPledge: URIRef  # opposition pledge
    Party: URIRef  # party
    Person: URIRef  # person
    RegistryFile: URIRef  # registry file
    SourceDocument: URIRef  # source document
    Speech: URIRef  # speech
    StatusReport: URIRef  # status report
    Summary: URIRef  # summary row
    Vote: URIRef  # vote

    # object properties
    actor: URIRef  # actor
    afterSpeech: URIRef  # after speech
    amount: URIRef  # amount
    category: URIRef  # category
    constituency: URIRef  # constituency
    debate: URIRef  # debate
    during: URIRef  # during
    evidence: URIRef  # evidence
    extractedBy: URIRef  # extracted by
    followsUp: URIRef  # follows up
    holder: URIRef  # holder
    house: URIRef  # house
    identifier: URIRef  # identifier
    inDebate: URIRef  # in debate
    madeBy: URIRef  # made by
    madeIn: URIRef  # made in
    mentions: URIRef  # mentions
    nameUse: URIRef  # name use
    observedIn: URIRef  # observed in
    office: URIRef  # office
    participant: URIRef  # participant
    party: URIRef  # party
    repeats: URIRef  # repeats
    reportedBy: URIRef  # reported by
    reportedIn: URIRef  # reported in
    reportedStatus: URIRef  # reported status
    seat: URIRef  # seat
    speaker: URIRef  # speaker
    speakerCandidate: URIRef  # speaker candidate
    spokenAs: URIRef  # spoken as
    status: URIRef  # status
    summarises: URIRef  # summarises
    vote: URIRef  # vote
    voter: URIRef  # voter
    withParty: URIRef  # with party

    # datatype properties
    action: URIRef  # action
    actorName: URIRef  # actor name
    afterGap: URIRef  # after gap
    afterPosition: URIRef  # after position
    amountList: URIRef  # amount list
    amountRole: URIRef  # amount role
    attribution: URIRef  # attribution
    ayes: URIRef  # ayes
    column: URIRef  # column
    confidence: URIRef  # confidence
    count: URIRef  # count
    deadline: URIRef  # deadline
    deadlineText: URIRef  # deadline text
    deliveredOn: URIRef  # delivered on
    divisionNumber: URIRef  # division number
    firstLabel: URIRef  # first label
    followUpConfidence: URIRef  # follow-up confidence
    followUpReason: URIRef  # follow-up reason
    linkReason: URIRef  # link reason
    location: URIRef  # location
    lookupKey: URIRef  # lookup key
    mentionKind: URIRef  # mention kind
    modelProbability: URIRef  # model probability
    noes: URIRef  # noes
    observedOn: URIRef  # observed on
    officeKey: URIRef  # office key
    officeText: URIRef  # office text
    organisationName: URIRef  # organisation name
    personRecords: URIRef  # person records
    position: URIRef  # position
    rank: URIRef  # rank
    rankInCategory: URIRef  # rank in category
    readFrom: URIRef  # read from
    records: URIRef  # records
    registryFingerprint: URIRef  # registry fingerprint
    scheme: URIRef  # scheme
    secondLabel: URIRef  # second label
    sha256: URIRef  # SHA-256
    snapshot: URIRef  # snapshot
    sourceEnd: URIRef  # source end
    sourceFormat: URIRef  # source format
    sourceStart: URIRef  # source start
    speakerConfidence: URIRef  # speaker confidence
    speakerReason: URIRef  # speaker reason
    startDate: URIRef  # start date
    startText: URIRef  # start text
    summaryOf: URIRef  # summary of
    teller: URIRef  # teller
    total: URIRef  # total
    totalCurrency: URIRef  # total currency
    value: URIRef  # value
    voteOption: URIRef  # vote option
    voterName: URIRef  # voter name
    voterReason: URIRef  # voter reason

    # concept schemes
    commitmentCategories: URIRef  # commitment categories
    commitmentStatuses: URIRef  # commitment statuses
    followUpStatuses: URIRef  # follow-up statuses
