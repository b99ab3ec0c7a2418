"""Extractors: small pure functions from text to records, run over a transcript here.

Each extractor lives in its own module and reads only the text (and date) it is
given.  :func:`analyse` is the one place that decides which extractors run.  It
knows no registry: who a name, a seat or an office means is decided after it, by
the linking stage (:func:`graph.link.link`).
"""

from __future__ import annotations

from graph.extract.attribution import parse_attribution, spoken_office
from graph.extract.commitments import find_commitments
from graph.extract.mentions import find_mentions
from graph.records import (
    Attribution,
    Debate,
    DebateFacts,
    DocumentFacts,
    Speech,
    SpeechFacts,
    Transcript,
)
from graph.vocab.offices import canonical_office
from graph.vocab.parties import party


def _attribution(speech: Speech) -> Attribution | None:
    ref = speech.speaker
    if ref.name is None:
        return None
    if ref.office or ref.constituency or ref.party:  # the reader already split it
        return Attribution(ref.name, ref.office, ref.constituency, ref.party)
    return parse_attribution(ref.name, ref.attribution)


def analyse_speech(speech: Speech, debate: Debate) -> SpeechFacts:
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
    )


def analyse_debate(debate: Debate) -> DebateFacts:
    return DebateFacts(debate, tuple(analyse_speech(s, debate) for s in debate.speeches))


def analyse(transcript: Transcript) -> DocumentFacts:
    """Run every extractor over every speech of ``transcript``."""
    return DocumentFacts(
        source=transcript.source,
        debates=tuple(analyse_debate(debate) for debate in transcript.debates),
    )
