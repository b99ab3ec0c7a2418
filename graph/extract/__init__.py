"""Extractors: small pure functions from text to records, run over a transcript here.

Each extractor lives in its own module and reads only the text (and date) it is
given.  :func:`analyse` is the one place that decides which extractors run.  It
knows no registry: who a name, a seat or an office means is decided after it, by
the linking stage (:func:`graph.link.link`).

The office, mention and commitment extractors know English only: on a transcript
that declares another language (:attr:`graph.records.Transcript.language`) they
are not run, so a Slovene "predsednik" or a Spanish "El señor" is never matched
against English patterns; speakers, dates and text are kept.
"""

from __future__ import annotations

from graph.extract.attribution import parse_attribution, spoken_office
from graph.extract.commitments import find_candidates
from graph.extract.followups import find_reports
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

#: What :func:`analyse` leaves out of a transcript in another language than English.
ENGLISH_ONLY = ("offices", "mentions", "commitments")


def is_english(language: str | None) -> bool:
    """Whether text declared in ``language`` is English (undeclared text is taken to be).

    >>> is_english(None), is_english("en-GB"), is_english("eng"), is_english("sl")
    (True, True, True, False)
    """
    if not language:
        return True
    return language.strip().lower().replace("_", "-").split("-")[0] in ("en", "eng")


def _attribution(speech: Speech) -> Attribution | None:
    ref = speech.speaker
    if ref.name is None:
        # A reader that found only an office ("The SPEAKER"): an office, no name printed.
        return Attribution("", ref.office) if ref.office else None
    if ref.office or ref.constituency or ref.party:  # the reader already split it
        return Attribution(ref.name, ref.office, ref.constituency, ref.party)
    return parse_attribution(ref.name, ref.attribution)


def question_of(speech: Speech, before: Speech | None) -> str | None:
    """The text of the speech before ``speech`` when another speaker made it (a question
    a bare "Yes." may answer: :mod:`graph.extract.answers`), else None."""
    if before is None or (before.speaker.name and before.speaker.name == speech.speaker.name):
        return None
    return before.text


def analyse_speech(
    speech: Speech, debate: Debate, *, english: bool = True, before: Speech | None = None
) -> SpeechFacts:
    attribution = _attribution(speech)
    party_name = party(attribution.party) if attribution and attribution.party else None
    if not english:
        return SpeechFacts(speech=speech, attribution=attribution, office=None, party=party_name)
    office_text = spoken_office(attribution)
    office = canonical_office(office_text) if office_text else None
    return SpeechFacts(
        speech=speech,
        attribution=attribution,
        office=office,
        party=party_name,
        mentions=find_mentions(speech.text),
        commitments=find_candidates(
            speech.text,
            on=debate.date,
            speaker=attribution.name if attribution else None,
            asked=question_of(speech, before),
        ),
        reports=find_reports(speech.text),
    )


def analyse_debate(debate: Debate, *, english: bool = True) -> DebateFacts:
    speeches = debate.speeches
    return DebateFacts(
        debate,
        tuple(
            analyse_speech(s, debate, english=english, before=speeches[i - 1] if i else None)
            for i, s in enumerate(speeches)
        ),
    )


def analyse(transcript: Transcript) -> DocumentFacts:
    """Run the extractors over every speech of ``transcript``: all of them on English
    (or undeclared) text, none of :data:`ENGLISH_ONLY` on text in another language."""
    english = is_english(transcript.language)
    return DocumentFacts(
        source=transcript.source,
        debates=tuple(analyse_debate(debate, english=english) for debate in transcript.debates),
    )
