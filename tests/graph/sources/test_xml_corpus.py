"""The XML readers on the real files in ``../shared/corpus`` (skipped when it is absent).

Expected figures come from ``corpus/SOURCES.md``.  Every ``<speech>`` is kept
(procedural ones with no speaker too), so speech counts equal the element
counts there.  Distinct speakers count ``person_id``/``speakerid`` values; the
one difference from SOURCES.md is debates2016-03-11b (32 there, 31 here):
SOURCES counts the placeholder ``person_id="unknown"``, which we drop.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.records import Transcript
from graph.sources import read_path

pytestmark = pytest.mark.corpus


def _read(corpus: Path, relative: str) -> Transcript:
    return read_path(corpus / relative)


def _speeches(transcript: Transcript) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker.name, s.speaker.source_person_id, s.text)
        for d in transcript.debates
        for s in d.speeches
    ]


TWFY_2016_2021 = [
    # file, speeches, distinct person ids, divisions
    ("debates2016-03-11b.xml", 376, 31, 1),
    ("debates2016-05-09b.xml", 548, 171, 5),
    ("debates2016-05-10a.xml", 334, 113, 0),
    ("debates2016-05-11b.xml", 303, 109, 1),
    ("debates2016-05-12a.xml", 313, 98, 0),
    ("debates2020-06-15a.xml", 448, 139, 0),
    ("debates2020-12-14b.xml", 403, 156, 0),
    ("debates2020-12-15a.xml", 389, 124, 2),
    ("debates2020-12-16b.xml", 380, 123, 0),
    ("debates2020-12-17b.xml", 439, 150, 0),
    ("debates2021-03-12a.xml", 116, 27, 0),
]


@pytest.mark.parametrize(("name", "speeches", "speakers", "divisions"), TWFY_2016_2021)
def test_twfy_2016_2021(
    corpus: Path, name: str, speeches: int, speakers: int, divisions: int
) -> None:
    transcript = _read(corpus, f"twfy_debates_2016_2021/xml/{name}")
    assert transcript.source.format == "twfy"
    found = _speeches(transcript)
    assert len(found) == speeches
    assert len({pid for _, pid, _ in found if pid}) == speakers
    assert sum(len(d.divisions) for d in transcript.debates) == divisions
    day = date.fromisoformat(name[7:17])
    for debate in transcript.debates:
        assert (debate.date, debate.house, debate.location) == (
            day,
            "House of Commons",
            "Commons Chamber",
        )
        assert [s.position for s in debate.speeches] == list(range(1, len(debate.speeches) + 1))
    ids = [s.source_id for d in transcript.debates for s in d.speeches]
    assert all(i and i.startswith(f"uk.org.publicwhip/debate/{name[7:18]}.") for i in ids)
    assert len(set(ids)) == len(ids)


def test_twfy_2016_03_11_details(corpus: Path) -> None:
    transcript = _read(corpus, "twfy_debates_2016_2021/xml/debates2016-03-11b.xml")
    offices = [s.speaker for d in transcript.debates for s in d.speeches if s.speaker.office]
    assert len(offices) == 7
    assert offices[0].office == "The Parliamentary Under-Secretary of State for the Home Department"
    assert offices[0].attribution == f"{offices[0].office} (Karen Bradley)"
    (division,) = [v for d in transcript.debates for v in d.divisions]
    assert (division.number, division.ayes, division.noes, len(division.votes)) == (
        "213",
        5,
        25,
        34,
    )
    assert sum(v.teller for v in division.votes) == 4
    assert division.votes[4].name == "Tomlinson, Michael"
    coffey = next(
        v for v in division.votes if v.source_person_id == "uk.org.publicwhip/person/24771"
    )
    assert coffey.name == "Coffey, Dr Thérèse"


def test_twfy_priti_patel_answer(corpus: Path) -> None:
    transcript = _read(corpus, "twfy_debates_2016_2021/xml/debates2020-12-14b.xml")
    speech = next(
        s
        for d in transcript.debates
        for s in d.speeches
        if s.speaker.source_person_id == "uk.org.publicwhip/person/24778"
    )
    assert speech.speaker.name == "Priti Patel"
    assert speech.speech_type == "Start Answer"
    assert "recruit 20,000 police officers by March 2023" in speech.text


TWFY_2009 = [
    # file, speeches, distinct speaker ids, house, location
    ("debates/debates2009-10-29a.xml", 480, 100, "House of Commons", "Commons Chamber"),
    ("westminhall/westminster2009-10-29a.xml", 52, 7, "House of Commons", "Westminster Hall"),
    ("wms/ministerial2009-10-26c.xml", 8, 6, "House of Commons", "Written Ministerial Statements"),
    ("wms/ministerial2009-10-27a.xml", 5, 3, "House of Commons", "Written Ministerial Statements"),
    (
        "wms/ministerial2009-10-28a.xml",
        10,
        10,
        "House of Commons",
        "Written Ministerial Statements",
    ),
    (
        "wms/ministerial2009-10-29a.xml",
        12,
        11,
        "House of Commons",
        "Written Ministerial Statements",
    ),
    ("lordswms/lordswms2009-10-26a.xml", 7, 6, "House of Lords", "Lords Written Statements"),
    ("lordswms/lordswms2009-10-27a.xml", 5, 2, "House of Lords", "Lords Written Statements"),
    ("lordswms/lordswms2009-10-28a.xml", 9, 8, "House of Lords", "Lords Written Statements"),
    ("lordswms/lordswms2009-10-29a.xml", 12, 9, "House of Lords", "Lords Written Statements"),
]


@pytest.mark.parametrize(("name", "speeches", "speakers", "house", "location"), TWFY_2009)
def test_twfy_2009(
    corpus: Path, name: str, speeches: int, speakers: int, house: str, location: str
) -> None:
    transcript = _read(corpus, f"twfy_parldata_2009/{name}")
    found = _speeches(transcript)
    assert len(found) == speeches
    assert len({pid for _, pid, _ in found if pid}) == speakers
    day = date.fromisoformat(Path(name).stem[-11:-1])
    assert {(d.date, d.house, d.location) for d in transcript.debates} == {(day, house, location)}


def test_twfy_2009_totals_and_latin1(corpus: Path) -> None:
    folder = corpus / "twfy_parldata_2009"
    transcripts = [read_path(p) for p in sorted(folder.rglob("*.xml"))]
    speeches = [s for t in transcripts for d in t.debates for s in d.speeches]
    assert len(transcripts) == 10
    assert len(speeches) == 600
    assert len({s.speaker.source_person_id for s in speeches if s.speaker.source_person_id}) == 138
    text = "\n".join(s.text for s in speeches)
    assert "£9.7 million" in text  # &pound; from the internal DTD
    assert "€" in text and "—" in text
    assert "\ufffd" not in text and "&pound;" not in text


def test_twfy_wms_stephen_timms(corpus: Path) -> None:
    transcript = _read(corpus, "twfy_parldata_2009/wms/ministerial2009-10-29a.xml")
    debate = transcript.debates[0]
    assert debate.title == "TREASURY: Corporate Taxation"
    speaker = debate.speeches[0].speaker
    assert speaker.name == "Stephen Timms"
    assert speaker.office == "The Financial Secretary to the Treasury"
    assert speaker.source_person_id is not None and "/member/" in speaker.source_person_id
    assert debate.speeches[0].column == "21WS"


PARLAMINT = [
    # file, date, [(title, who ids)]
    (
        "2017/ParlaMint-GB_2017-09-07-commons.xml",
        date(2017, 9, 7),
        [
            ("Membership of the European Economic Area", ["StephenKinnock", "DavidDavis"]),
            ("(no heading)", ["RobertBlackman", "MarcusJones"]),
        ],
    ),
    (
        "2022/ParlaMint-GB_2022-07-21-commons.xml",
        date(2022, 7, 21),
        [
            ("Speaker's Statement", ["LindsayHoyle"]),
            ("Free Trade Agreement: India", ["RobertBlackman"]),
            ("(no heading)", ["DavidRutley", "EleanorLaing"]),
        ],
    ),
]


@pytest.mark.parametrize(("name", "day", "debates"), PARLAMINT)
def test_parlamint_sittings(
    corpus: Path, name: str, day: date, debates: list[tuple[str, list[str]]]
) -> None:
    transcript = _read(corpus, f"parlamint_gb_samples/{name}")
    assert transcript.source.format == "parlamint"
    assert [
        (d.title, [s.speaker.source_person_id for s in d.speeches]) for d in transcript.debates
    ] == debates
    assert {(d.date, d.house, d.location) for d in transcript.debates} == {
        (day, "House of Commons", "Commons Chamber")
    }


def test_parlamint_rutley(corpus: Path) -> None:
    transcript = _read(corpus, "parlamint_gb_samples/2022/ParlaMint-GB_2022-07-21-commons.xml")
    speech = transcript.debates[2].speeches[0]
    assert speech.speaker.name == "David Rutley"  # the sample has no full person list
    assert speech.source_id == "ParlaMint-GB_2022-07-21-commons.u405"
    assert speech.after_gap
    assert len(speech.text.split("\n\n")) == 16  # seg859..seg874
    assert "£650 well before Christmas" in speech.text
    assert transcript.debates[0].speeches[0].speech_type == "chair"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("ParlaMint-GB.xml", "corpus root"),
        ("ParlaMint-GB-listPerson.EXCERPT-first21.xml", "person list"),
        ("ParlaMint-GB-listOrg.EXCERPT-first6orgs.xml", "organisation list"),
    ],
)
def test_parlamint_registry_files_are_not_transcripts(
    corpus: Path, name: str, message: str
) -> None:
    with pytest.raises(SourceError, match=message):
        _read(corpus, f"parlamint_gb_samples/{name}")


AKOMA_NTOSO = [
    # file, date, debates, speeches, distinct speaker refs
    ("NA200912.xml", date(2012, 9, 20), 39, 86, 54),
    ("502914_1.xml", date(2013, 2, 14), 3, 4, 3),
    ("Debate_Bungeni_1995-10-31.xml", date(1995, 10, 31), 3, 5, 5),
]


@pytest.mark.parametrize(("name", "day", "debates", "speeches", "speakers"), AKOMA_NTOSO)
def test_akoma_ntoso(
    corpus: Path, name: str, day: date, debates: int, speeches: int, speakers: int
) -> None:
    transcript = _read(corpus, f"akoma_ntoso_debates/{name}")
    assert transcript.source.format == "akoma-ntoso"
    assert len(transcript.debates) == debates
    found = _speeches(transcript)
    assert len(found) == speeches
    assert len({pid for _, pid, _ in found if pid}) == speakers
    assert {d.date for d in transcript.debates} == {day}
    assert all(text for _, _, text in found)


def test_akoma_ntoso_mmusi(corpus: Path) -> None:
    transcript = _read(corpus, "akoma_ntoso_debates/NA200912.xml")
    debate = next(d for d in transcript.debates if d.source_id == "dbs9")
    assert debate.title == "ANNIVERSARY OF STEVE BIKOS DEATH (Members Statement)"
    speaker = debate.speeches[0].speaker
    assert (speaker.name, speaker.party, speaker.attribution) == (
        "Mr S G MMUSI",
        "ANC",
        "Mr S G MMUSI (ANC)",
    )


def test_every_corpus_transcript_reads(corpus: Path) -> None:
    """Each XML transcript in the corpus reads without error; member lists are not sniffed as transcripts."""
    for folder in ("twfy_debates_2016_2021", "twfy_parldata_2009", "akoma_ntoso_debates"):
        for path in sorted((corpus / folder).rglob("*.xml")):
            assert read_path(path).debates, path
    for path in sorted((corpus / "parlparse_members").glob("*.xml")):
        with pytest.raises(SourceError, match="not a recognised transcript format"):
            read_path(path)
