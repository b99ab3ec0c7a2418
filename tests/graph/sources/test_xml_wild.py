"""The XML readers on the 30 real files of ``../shared/corpus/wild`` (skipped when absent):
every file reads, every speech element is a speech, every debate names its body.

Expected counts are the files' own: ``<speech>``, ``<ques>`` and ``<reply>`` elements
(TheyWorkForYou), ``<speech>``, ``<question>`` and ``<answer>`` (Akoma Ntoso), ``<u>``
(ParlaMint), counted here from the bytes, not copied from our output.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from graph.records import Transcript
from graph.registry.load import load_with_format
from graph.sources import plan, read_path

pytestmark = pytest.mark.corpus

_ELEMENTS = {
    "twfy": re.compile(rb"<(?:speech|ques|reply)[\s>]"),
    "akn": re.compile(rb"<(?:speech|question|answer)[\s>]"),
    "parlamint": re.compile(rb"<u[\s>]"),
}


@pytest.fixture
def wild(corpus: Path) -> Path:
    folder = corpus / "wild"
    if not folder.is_dir():
        pytest.skip(f"no wild files at {folder}")
    return folder


def _speeches(transcript: Transcript) -> int:
    return sum(len(d.speeches) for d in transcript.debates)


FILES = [
    # file, body, location
    ("twfy/answers2009-10-29a.xml", "House of Commons", "Written Answers"),
    ("twfy/daylord2009-10-27a.xml", "House of Lords", "Lords Chamber"),
    ("twfy/debates2009-10-28c.xml", "House of Commons", "Commons Chamber"),
    ("twfy/lordswrans2009-10-29a.xml", "House of Lords", "Lords Written Answers"),
    ("twfy/ni2009-10-13.xml", "Northern Ireland Assembly", "Plenary"),
    ("twfy/sp2009-10-28.xml", "Scottish Parliament", "Meeting of the Parliament"),
    ("twfy/spwa2009-10-30.xml", "Scottish Parliament", "Written Answers"),
    (
        "twfy/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml",
        "House of Commons",
        "Public Bill Committee",
    ),
    ("twfy/westminster2009-10-28a.xml", "House of Commons", "Westminster Hall"),
    ("akn/cl_Sesion56_2.an.xml", "Cámara de Diputados de Chile", None),
    ("akn/ie-dail-2017-12-05.xml", "Dáil Éireann", None),
    ("akn/ke_Debate_Bungeni_2011-06-10.an.xml", "National Assembly of Kenya", None),
    ("akn/my-selangor-HANSARD-14-JULAI-2020.xml", "(legislature not stated)", None),
    ("akn/tw-audreyt-2025-10-15-japan-diet-ai-caucus.an.xml", "(legislature not stated)", None),
    ("akn/za-EPC110512.xml", "National Assembly of South Africa", "Extended Public Committee"),
    ("akn/za-NA080513.xml", "National Assembly of South Africa", None),
    ("akn/za-NA210212.xml", "National Assembly of South Africa", None),
    ("akn/za-NA290307.xml", "National Assembly of South Africa", None),
]


@pytest.mark.parametrize(("name", "body", "location"), FILES)
def test_every_file_reads_whole_and_names_its_body(
    wild: Path, name: str, body: str, location: str | None
) -> None:
    path = wild / name
    transcript = read_path(path)
    assert _speeches(transcript) == len(_ELEMENTS[name.split("/")[0]].findall(path.read_bytes()))
    assert {(d.house, d.location) for d in transcript.debates} == {(body, location)}
    assert all(d.date is not None for d in transcript.debates)


PARLAMINT = [
    # folder, body, language, names that must be there
    # names from the corpus's own person list beside the sittings
    (
        "es-ct",
        "Parliament of Catalonia",
        "ca",
        {"Carme Forcadell i Lluís", "Julià de Jòdar i Muñoz"},
    ),
    ("es-ct-en-ana", "Parliament of Catalonia", "en", {"Antoni Bayona", "Carme Forcadell"}),
    ("es-ga", "Parliament of Galicia", "gl", {"Pilar Milagros Rojo Noguera", "Yolanda Díaz Pérez"}),
    ("gb", "House of Lords", "en", {"Diana Barran"}),
    ("si", "National Assembly of Slovenia", "sl", {"Igor Zorčič", "Branko Simonovič"}),
    ("sk", "National Council of the Slovak Republic", "sk", {"Peter Pellegrini"}),
    (
        "tr",
        "Grand National Assembly of Turkey",
        "tr",
        {"Durmuş Yılmaz", "Saliha Sera Kadıgil Sütlü"},
    ),
]


@pytest.mark.parametrize(("folder", "body", "language", "names"), PARLAMINT)
def test_parlamint_folders_as_published(
    wild: Path, folder: str, body: str, language: str, names: set[str]
) -> None:
    found = plan([wild / "parlamint" / folder])
    assert found.errors == ()
    transcripts = [read_path(p) for p in found.transcripts]
    utterances = sum(len(_ELEMENTS["parlamint"].findall(p.read_bytes())) for p in found.transcripts)
    assert sum(_speeches(t) for t in transcripts) == utterances
    assert {d.house for t in transcripts for d in t.debates} == {body}
    assert {t.language for t in transcripts} == {language}
    speakers = {s.speaker.name for t in transcripts for d in t.debates for s in d.speeches}
    assert names <= speakers
    # never a list's written order, a joined name or an id's birth year
    assert not {"Rojo Noguera Pilar Milagros", "ZorčičIgor", "Peter Pellegrini.1975"} & speakers


def test_parlamint_registry_files(wild: Path) -> None:
    assert [p.name for p in plan([wild / "parlamint" / "tr"]).registry_files] == [
        "ParlaMint-TR.xml"
    ]
    es_ga = plan([wild / "parlamint" / "es-ga"]).registry_files
    assert [p.name for p in es_ga] == ["ParlaMint-ES-GA-listPerson.xml"]
    _, data = load_with_format(es_ga[0])
    assert {m.house for m in data.memberships} == {"Parliament of Galicia"}
    # the published list repeats ids ("GarrigaJoan" names two people): it still reads
    (es_ct,) = plan([wild / "parlamint" / "es-ct"]).registry_files
    _, data = load_with_format(es_ct)
    assert {m.house for m in data.memberships} == {"Parliament of Catalonia"}
    keys = [p.key for p in data.people]
    assert keys.count("parlamint/GarrigaJoan") == 2 and len(set(keys)) > 300


def test_tr_root_names_what_the_sample_lacks(wild: Path) -> None:
    (note,) = plan([wild / "parlamint" / "tr"]).notes
    assert "3 file(s) it includes are not in its folder" in note


def test_ana_tokens_join(wild: Path) -> None:
    path = wild / "parlamint" / "es-ct-en-ana" / "ParlaMint-ES-CT-en_2015-10-26-0101.ana.xml"
    text = read_path(path).debates[0].speeches[0].text
    assert text.startswith("Authorities, ladies and gentlemen, good morning")
    assert " ," not in text and " ." not in text


def test_bill_committee_date_and_title(wild: Path) -> None:
    transcript = read_path(wild / "twfy" / "standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml")
    assert {d.date for d in transcript.debates} == {date(2009, 10, 29)}
    assert all(d.title.startswith("Child Poverty Bill") for d in transcript.debates)


def test_written_answers_pair_up(wild: Path) -> None:
    transcript = read_path(wild / "twfy" / "answers2009-10-29a.xml")
    types = [s.speech_type for d in transcript.debates for s in d.speeches]
    assert (types.count("question"), types.count("answer")) == (303, 302)
    assert all(s.speaker.name for d in transcript.debates for s in d.speeches)
