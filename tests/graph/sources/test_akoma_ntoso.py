"""The Akoma Ntoso debate reader, on small hand-written records (AKN 3.0 and 2.0)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.records import SpeakerRef, Transcript
from graph.sources import akoma_ntoso, detect, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "akoma_ntoso"
AKN3 = FIXTURES / "sitting-akn3.xml"


@pytest.fixture(scope="module")
def sitting() -> Transcript:
    return read_path(AKN3)


@pytest.mark.parametrize("name", ["sitting-akn3.xml", "sitting-akn2.xml"])
def test_detected(name: str) -> None:
    path = FIXTURES / name
    assert detect(path, path.read_bytes()) is akoma_ntoso


def test_runs_of_speeches_become_debates(sitting: Transcript) -> None:
    assert [(d.title, d.source_id, len(d.speeches)) for d in sitting.debates] == [
        ("MEMBERS' STATEMENTS", "s2", 2),
        ("REPLY", "s3", 1),
        ("MEMBERS' STATEMENTS", None, 1),  # resumes after the subsection; ids stay unique
    ]
    # docDate wins over the 3000-01-01 placeholder in FRBRdate
    assert {d.date for d in sitting.debates} == {date(2021, 3, 4)}
    # no body table for "xx": the body the record's name states, with the country
    assert {(d.house, d.location) for d in sitting.debates} == {("Example Assembly of XX", None)}


@pytest.mark.parametrize(
    ("debate", "position", "speaker"),
    [
        (
            0,
            1,
            SpeakerRef(
                "Mr A B ZULU", "Mr A B ZULU (ABC)", party="ABC", source_person_id="mr-a-b-zulu-abc-"
            ),
        ),
        (
            0,
            2,
            SpeakerRef(None, "The SPEAKER", office="The SPEAKER", source_person_id="the-speaker"),
        ),
        (
            1,
            1,
            SpeakerRef(
                "Ms C D ELOFF",
                "The MINISTER OF THINGS",
                office="Minister of Things",
                source_person_id="ms-c-d-eloff",
            ),
        ),
    ],
)
def test_speakers(sitting: Transcript, debate: int, position: int, speaker: SpeakerRef) -> None:
    assert sitting.debates[debate].speeches[position - 1].speaker == speaker


def test_text(sitting: Transcript) -> None:
    first = sitting.debates[0].speeches[0]
    assert first.text == "Madam Speaker, café owners pay R5 000 – too much.\n\nSecond paragraph."
    assert (first.source_id, first.speech_type) == ("sp1", "speech")
    answer = sitting.debates[1].speeches[0]
    assert answer.text == "We will act.\n\nfirst item\n\nsecond item"
    assert answer.speech_type == "answer"


def test_akn2_record() -> None:
    (debate,) = read_path(FIXTURES / "sitting-akn2.xml").debates
    assert (debate.title, debate.date, debate.source_id) == (
        "ADJOURNMENT",
        date(1999, 12, 31),
        "adj1",
    )
    assert debate.speeches[0].speaker == SpeakerRef(
        "Mr Smith", "Mr. Smith", source_person_id="smith"
    )


def test_other_akn_documents_are_refused() -> None:
    with pytest.raises(SourceError, match=r"an Akoma Ntoso <act>, not a <debate> record"):
        read_path(FIXTURES / "act.xml")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD03">', True),
        (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">', True),
        (b'<akomaNtoso xmlns="http://www.akomantoso.org/2.0">', True),
        (b"<akomaNtoso>", True),  # SayIt and other exporters write no namespace
        (b'<TEI xmlns="http://www.akomantoso.org/2.0">', False),
    ],
)
def test_sniff(head: bytes, expected: bool) -> None:
    assert akoma_ntoso.sniff(head) is expected


# --- records of other parliaments, on the golden cases' hand-written files ---------------

GOLDEN = Path(__file__).parents[2] / "golden" / "akoma_ntoso"


def _golden(case: str) -> Transcript:
    (path,) = (GOLDEN / case).glob("*.xml")
    return read_path(path)


def _speakers(transcript: Transcript) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (s.speaker.name, s.speaker.office, s.speaker.party)
        for d in transcript.debates
        for s in d.speeches
    ]


def test_record_without_a_namespace() -> None:
    transcript = _golden("no-namespace")
    (debate,) = transcript.debates
    assert transcript.source.format == akoma_ntoso.NAME
    # no identification: no body can be named, and none is assumed
    assert (debate.house, debate.location) == (akoma_ntoso.NO_BODY, None)
    assert debate.date == date(2020, 7, 14)  # "14 JULAI 2020 (SELASA)", the first heading
    assert transcript.language is None
    assert _speakers(transcript) == [
        (None, "TUAN SPEAKER", None),  # Malay "Mr Speaker": an office
        ("YB Tuan Ng Sze Han", None, None),  # "(Kinrara)" is a seat, not a party
        ("YB PUAN RODZIAH BINTI ISMAIL", None, None),
    ]


def test_dail_record() -> None:
    transcript = _golden("ie-dail")
    assert {d.house for d in transcript.debates} == {"Dáil Éireann"}
    assert transcript.language == "eng"
    speeches = [s.speaker for d in transcript.debates for s in d.speeches]
    # "Deputy" is how the Dáil addresses a TD: a name with a form of address, not an office
    assert (speeches[0].name, speeches[0].office, speeches[0].attribution) == (
        "Brendan Howlin",
        None,
        "Brendan Howlin",
    )
    assert (speeches[1].name, speeches[1].office) == ("Leo Varadkar", "The Taoiseach")
    assert (speeches[2].name, speeches[2].office) == ("Seán Ó Fearghaíl", "An Ceann Comhairle")
    assert (speeches[3].name, speeches[3].office, speeches[3].attribution) == (
        "Charles Flanagan",
        "Minister for Justice and Equality",
        "Minister for Justice and Equality (Deputy Charles Flanagan)",
    )
    assert speeches[3].source_person_id == "CharlesFlanagan"


def test_south_african_committee_record() -> None:
    transcript = _golden("za-committee")
    (debate,) = transcript.debates
    assert (debate.house, debate.location, debate.date) == (
        "National Assembly of South Africa",
        "Extended Public Committee",
        date(2012, 5, 11),
    )
    assert _speakers(transcript) == [
        ("Mr J D Thibedi", "The TEMPORARY CHAIRPERSON", None),
        (None, "The MINISTER OF SPORT AND RECREATION", None),
        ("Mr S G MMUSI", None, "ANC"),
        ("Dr PHILLIPS", None, None),
    ]


def test_chilean_record() -> None:
    transcript = _golden("cl-camara")
    (debate,) = transcript.debates
    assert (debate.house, debate.date) == ("Cámara de Diputados de Chile", date(2006, 6, 15))
    assert transcript.language == "spa"
    assert _speakers(transcript) == [
        ("Gabriel Ascencio Mansilla", "Presidente", None),  # listed surname first; role marked
        ("José Ortiz", None, None),  # "El señor ORTIZ.-": the person the record lists
        ("Ulloa", None, None),  # a placeholder listed: the printed "El señor ULLOA"
    ]
    # what follows the speaker's ".-" in the <from> is speech
    assert debate.speeches[2].text == (
        "Señor Presidente, la ley de Tránsito olvidó a los bomberos.\n\nPor eso votaremos a favor."
    )


def _record(uri: str, *, name: str = "", country: str = "", said: str = "") -> bytes:
    publication = f'<publication date="2000-01-01" name="{said}" showAs="{said}"/>' if said else ""
    country_tag = f'<FRBRcountry value="{country}"/>' if country else ""
    return (
        f'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        f'<debate name="{name}"><meta><identification source="#x"><FRBRWork>'
        f'<FRBRthis value="{uri}/main"/><FRBRuri value="{uri}"/>{country_tag}'
        f"</FRBRWork></identification>{publication}</meta><debateBody><debateSection>"
        f'<heading>H</heading><speech by="#a"><from>Mr A</from><p>x</p></speech>'
        f"</debateSection></debateBody></debate></akomaNtoso>"
    ).encode()


@pytest.mark.parametrize(
    ("record", "body"),
    [
        (_record("/akn/ie/debateRecord/seanad/2017-12-05/debate"), "Seanad Éireann"),
        (_record("/akn/ie/debateRecord/dail/2017-12-05/debate"), "Dáil Éireann"),
        (
            _record(
                "/za/debaterecord/2012-05-11",
                name="PROCEEDINGS OF THE NATIONAL COUNCIL OF PROVINCES",
            ),
            "National Council of Provinces",
        ),
        (
            _record("/za/debaterecord/2012-05-11", name="PROCEEDINGS OF THE NATIONAL ASSEMBLY"),
            "National Assembly of South Africa",
        ),
        (_record("/akn/ke/debaterecord/2011-06-10", country="ak"), "National Assembly of Kenya"),
        (
            _record("/akn/cl/debate/recurso/2006/1", said="Oficina de redacción del Senado"),
            "Senado de Chile",
        ),
        (
            _record("/xx/debaterecord/2021-03-04", name="PROCEEDINGS OF THE EXAMPLE ASSEMBLY"),
            "Example Assembly of XX",
        ),
        (_record("/xx/debaterecord/2021-03-04"), "Legislature of XX"),
        (_record("/debaterecord/2021-03-04"), akoma_ntoso.NO_BODY),
    ],
)
def test_body_from_the_identification(tmp_path: Path, record: bytes, body: str) -> None:
    path = tmp_path / "record.xml"
    path.write_bytes(record)
    assert {d.house for d in read_path(path).debates} == {body}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mr. Speaker:", (None, "Mr. Speaker", None)),
        ("Madam Deputy Speaker", (None, "Madam Deputy Speaker", None)),
        ("TUAN TIMBALAN SPEAKER", (None, "TUAN TIMBALAN SPEAKER", None)),
        (
            "The HOUSE CHAIRPERSON (Mr C T Frolick)",
            ("Mr C T Frolick", "The HOUSE CHAIRPERSON", None),
        ),
        ("Mr M W RABOTAPI (DA)", ("Mr M W RABOTAPI", None, "DA")),
        ("Deputy Brendan Howlin", ("Brendan Howlin", None, None)),
        ("Deputy Speaker", (None, "Deputy Speaker", None)),
        ("La señora SOTO", ("Soto", None, None)),
        ("Navarro Brain, don Alejandro.", ("Alejandro Navarro Brain", None, None)),
        ("", (None, None, None)),
    ],
)
def test_display_texts(line: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert akoma_ntoso._who(line) == expected
