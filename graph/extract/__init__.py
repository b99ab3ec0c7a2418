"""Extractors: small pure functions from text to records, run over a transcript here.

Each extractor lives in its own module and reads only the text (and date) it
is given.  :func:`analyse` is the one place that decides which extractors run;
it also links speakers, voters and participants to people with the member
registry it is given (the built-in one by default, see :mod:`graph.link`).
"""

from __future__ import annotations

from graph.extract.attribution import parse_attribution
from graph.extract.commitments import find_commitments
from graph.extract.mentions import find_mentions
from graph.link.speakers import link_name, link_speaker, link_vote, spoken_office
from graph.records import (
    Attribution,
    Debate,
    DebateFacts,
    DivisionFacts,
    DocumentFacts,
    Speech,
    SpeechFacts,
    Transcript,
)
from graph.registry import Registry
from graph.vocab.offices import canonical_office
from graph.vocab.parties import party


def _attribution(speech: Speech) -> Attribution | None:
    ref = speech.speaker
    if ref.name is None:
        return None
    if ref.office or ref.constituency or ref.party:  # the reader already split it
        return Attribution(ref.name, ref.office, ref.constituency, ref.party)
    return parse_attribution(ref.name, ref.attribution)


def analyse_speech(speech: Speech, debate: Debate, registry: Registry | None = None) -> SpeechFacts:
    attribution = _attribution(speech)
    office_text = spoken_office(attribution)
    office = canonical_office(office_text) if office_text else None
    party_name = party(attribution.party) if attribution and attribution.party else None
    return SpeechFacts(
        speech=speech,
        attribution=attribution,
        office=office,
        party=party_name,
        mentions=find_mentions(speech.text),
        commitments=find_commitments(
            speech.text, on=debate.date, speaker=attribution.name if attribution else None
        ),
        speaker=link_speaker(registry or Registry.builtin(), speech, attribution, debate),
    )


def analyse_debate(debate: Debate, registry: Registry | None = None) -> DebateFacts:
    reg = registry or Registry.builtin()
    return DebateFacts(
        debate,
        tuple(analyse_speech(s, debate, reg) for s in debate.speeches),
        divisions=tuple(
            DivisionFacts(d, tuple(link_vote(reg, v, debate) for v in d.votes))
            for d in debate.divisions
        ),
        participants=tuple(
            link_name(reg, name, debate.date, house=debate.house) for name in debate.participants
        ),
    )


def analyse(transcript: Transcript, registry: Registry | None = None) -> DocumentFacts:
    """Run every extractor over every speech of ``transcript``, linking people with ``registry``."""
    return DocumentFacts(
        source=transcript.source,
        debates=tuple(analyse_debate(debate, registry) for debate in transcript.debates),
    )
