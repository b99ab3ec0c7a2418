"""ParlaMint as published: corpus roots, their lists, names and bodies, on hand-written files."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from graph.errors import SourceError
from graph.records import SpeakerRef
from graph.sources import declared_language, parlamint, plan, read_path, safe_xml
from graph.sources import parlamint_corpus as corpus

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "ParlaMint-SI"
SITTING = CORPUS / "2022" / "ParlaMint-SI_2022-04-06-SDZ8-Izredna-99.xml"
GOLDEN = Path(__file__).parents[2] / "golden" / "parlamint"
TEI = "{http://www.tei-c.org/ns/1.0}"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "ParlaMint-SI"
    shutil.copytree(CORPUS, folder)
    return folder


# --- the root and what a build reads ----------------------------------------------------


def test_a_corpus_folder_is_its_sittings_and_its_lists() -> None:
    found = plan([CORPUS])
    assert found.transcripts == (SITTING,)
    assert found.registry_files == (
        CORPUS / "ParlaMint-SI-listOrg.xml",
        CORPUS / "ParlaMint-SI-listPerson.xml",
    )
    # the root includes a sitting the sample does not hold: said, not an error
    assert found.errors == ()
    (note,) = found.notes
    assert "1 file(s) it includes are not in its folder" in note
    assert "2022/ParlaMint-SI_2022-04-07-SDZ8-Redna-98.xml" in note


def test_the_root_file_alone_reads_the_same_corpus() -> None:
    found = plan([CORPUS / "ParlaMint-SI.xml"])
    assert found.transcripts == (SITTING,)
    assert len(found.registry_files) == 2


def test_a_sitting_alone_brings_the_lists_published_beside_it() -> None:
    found = plan([SITTING])
    assert found.transcripts == (SITTING,)
    assert {p.name for p in found.registry_files} == {
        "ParlaMint-SI-listOrg.xml",
        "ParlaMint-SI-listPerson.xml",
    }


def test_read_root() -> None:
    root = corpus.read_root(CORPUS / "ParlaMint-SI.xml")
    assert root.code == "SI"
    assert root.sittings == (SITTING,)
    assert [p.name for p in root.lists] == [
        "ParlaMint-SI-listOrg.xml",
        "ParlaMint-SI-listPerson.xml",
    ]
    assert [p.name for p in root.others] == ["ParlaMint-taxonomy-parla.legislature.xml"]
    assert root.missing == ("2022/ParlaMint-SI_2022-04-07-SDZ8-Redna-98.xml",)
    assert not root.inline


def test_root_with_its_lists_inside(tmp_path: Path) -> None:
    """ParlaMint 2 roots (e.g. TR) hold listOrg and listPerson in their own header."""
    folder = tmp_path / "ParlaMint-TR"
    folder.mkdir()
    (folder / "ParlaMint-TR.xml").write_text(
        '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"'
        ' xml:id="ParlaMint-TR"><teiHeader><profileDesc><particDesc>'
        '<listOrg><org xml:id="TBMM" role="parliament"><orgName full="yes" xml:lang="en">'
        "National Assembly of the Republic of Turkey</orgName></org></listOrg>"
        '<listPerson><person xml:id="Durmuş.Yılmaz"><persName><surname>Yılmaz</surname>'
        "<forename>Durmuş</forename></persName></person></listPerson>"
        "</particDesc></profileDesc></teiHeader>"
        '<xi:include href="ParlaMint-TR_T27-tbmm-2018-07-07.xml"/></teiCorpus>',
        encoding="utf-8",
    )
    (folder / "ParlaMint-TR_T27-tbmm-2018-07-07.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="ParlaMint-TR_T27-tbmm-2018-07-07"'
        ' xml:lang="tr"><teiHeader><profileDesc><settingDesc><setting>'
        '<date when="2018-07-07"/></setting></settingDesc></profileDesc></teiHeader>'
        '<text><body><div><u who="#Durmuş.Yılmaz"><seg>Birleşimi açıyorum.</seg></u></div>'
        "</body></text></TEI>",
        encoding="utf-8",
    )
    found = plan([folder])
    assert [p.name for p in found.transcripts] == ["ParlaMint-TR_T27-tbmm-2018-07-07.xml"]
    assert [p.name for p in found.registry_files] == ["ParlaMint-TR.xml"]
    (debate,) = read_path(found.transcripts[0]).debates
    assert debate.house == "Grand National Assembly of Turkey"
    assert debate.speeches[0].speaker.name == "Durmuş Yılmaz"  # from the root's own list


@pytest.mark.parametrize(
    ("href", "why"),
    [
        ("../outside.xml", "leads outside the corpus folder"),
        ("2022/../../outside.xml", "leads outside the corpus folder"),
        ("/etc/passwd", "is not a relative path"),
        ("file:///etc/passwd", "is not a relative path"),
        ("http://example.org/sitting.xml", "is not a relative path"),
        ("C:/corpus/sitting.xml", "is not a relative path"),
        ("2022\\\\sitting.xml", "is not a relative path"),
        ("sitting.xml#xpointer(/TEI)", "points into part of a file"),
        ("", "has no href"),
    ],
)
def test_includes_outside_the_folder_are_refused(tmp_path: Path, href: str, why: str) -> None:
    folder = _copy(tmp_path)
    (tmp_path / "outside.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'/>")
    root = folder / "ParlaMint-SI.xml"
    root.write_text(
        root.read_text(encoding="utf-8").replace(
            "</teiCorpus>", f'<xi:include href="{href}"/></teiCorpus>'
        ),
        encoding="utf-8",
    )
    found = plan([folder])
    (error,) = found.errors
    assert why in error and "not followed" in error
    assert all(p.is_relative_to(folder) for p in found.transcripts)
    assert [p.name for p in found.transcripts] == [SITTING.name]  # the rest is read


def test_an_include_that_asks_for_text_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    root = folder / "ParlaMint-SI.xml"
    root.write_text(
        root.read_text(encoding="utf-8").replace(
            "</teiCorpus>", '<xi:include href="ParlaMint-SI-listOrg.xml" parse="text"/></teiCorpus>'
        ),
        encoding="utf-8",
    )
    (error,) = plan([folder]).errors
    assert "asks for parse='text'" in error


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    secret = tmp_path / "secret.xml"
    secret.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><text/></TEI>")
    (folder / "2022" / "linked.xml").symlink_to(secret)
    root = folder / "ParlaMint-SI.xml"
    root.write_text(
        root.read_text(encoding="utf-8").replace(
            "</teiCorpus>", '<xi:include href="2022/linked.xml"/></teiCorpus>'
        ),
        encoding="utf-8",
    )
    found = plan([folder / "ParlaMint-SI.xml"])  # the root alone: only what it includes
    (error,) = found.errors
    assert "'2022/linked.xml' leads outside the corpus folder" in error
    assert (
        secret not in found.transcripts and folder / "2022" / "linked.xml" not in found.transcripts
    )


def test_a_root_that_is_not_well_formed_is_one_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "ParlaMint-SI.xml").write_text(
        "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>", encoding="utf-8"
    )
    found = plan([folder])
    (error,) = found.errors
    assert "not well-formed XML" in error
    assert found.transcripts == (folder / "2022" / SITTING.name,)  # the folder walk still has it


def test_taxonomies_are_no_transcripts(tmp_path: Path) -> None:
    folder = tmp_path / "loose"
    folder.mkdir()
    shutil.copy(CORPUS / "ParlaMint-taxonomy-parla.legislature.xml", folder)
    assert plan([folder]).transcripts == ()


# --- names ------------------------------------------------------------------------------


def test_names_from_the_corpus_list_in_forename_surname_order() -> None:
    speakers = [s.speaker for s in read_path(SITTING).debates[0].speeches]
    assert [s.name for s in speakers] == [
        "Branko Simonovič",  # not in the list: from the id, in the speaker note's order
        "Igor Zorčič",  # the list writes "<surname>Zorčič</surname><forename>Igor</forename>"
        "Primož Siter",
        "Igor Zorčič",
        "Tina Heferle",
    ]
    assert speakers[1] == SpeakerRef("Igor Zorčič", "Igor Zorčič", source_person_id="ZorčičIgor")


def test_a_malformed_list_leaves_names_to_the_ids(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    people = folder / "ParlaMint-SI-listPerson.xml"
    text = people.read_text(encoding="utf-8")
    people.write_text(text[: len(text) // 2], encoding="utf-8")  # cut short
    with pytest.raises(SourceError, match="not well-formed XML"):
        safe_xml.parse(people, people.read_bytes())
    assert people in plan([folder]).registry_files  # the build imports it, and says it failed
    transcript = read_path(folder / "2022" / SITTING.name)  # the sitting still reads
    assert [s.speaker.name for s in transcript.debates[0].speeches][:3] == [
        "Branko Simonovič",
        "Igor Zorčič",
        "Primož Siter",
    ]


def _pers_name(*parts: tuple[str, str]) -> etree._Element:
    element = etree.Element(f"{TEI}persName")
    for tag, text in parts:
        etree.SubElement(element, f"{TEI}{tag}").text = text
    return element


@pytest.mark.parametrize(
    ("parts", "name"),
    [
        (
            (("surname", "Rojo"), ("surname", "Noguera"), ("forename", "Pilar Milagros")),
            "Pilar Milagros Rojo Noguera",
        ),
        (
            (
                ("surname", "Parera"),
                ("nameLink", "i"),
                ("surname", "Escrichs"),
                ("forename", "Eva"),
            ),
            "Eva Parera i Escrichs",
        ),
        ((("forename", "Chris"), ("forename", "P."), ("surname", "Chairman")), "Chris P. Chairman"),
        (
            (("roleName", "Dr"), ("forename", "Ann"), ("surname", "Example"), ("genName", "Jr.")),
            "Ann Example Jr.",
        ),
    ],
)
def test_display_name(parts: tuple[tuple[str, str], ...], name: str) -> None:
    assert corpus.display_name(_pers_name(*parts)) == name


def test_the_name_in_use_on_the_day() -> None:
    names = (
        ("Ann Maiden", None, date(2019, 12, 31)),
        ("Ann Married", date(2020, 1, 1), None),
    )
    assert corpus.name_on(names, date(2019, 6, 1)) == "Ann Maiden"
    assert corpus.name_on(names, date(2021, 6, 1)) == "Ann Married"
    assert corpus.name_on(names, None) == "Ann Married"


@pytest.mark.parametrize(
    ("person_id", "printed", "name"),
    [
        ("PeterPellegrini.1975", None, "Peter Pellegrini"),
        ("Durmuş.Yılmaz", None, "Durmuş Yılmaz"),
        ("SalihaSera.KadıgilSütlü", None, "Saliha Sera Kadıgil Sütlü"),
        ("ZorčičIgor", None, "Zorčič Igor"),
        ("ZorčičIgor", "IGOR ZORČIČ (PS NP):", "Igor Zorčič"),
        ("ZorčičIgor", "PREDSEDNIK:", "Zorčič Igor"),  # the note names nobody
        ("DeJòdarJulià", "El president (Julià de Jòdar Muñoz)", "Julià de Jòdar"),
        ("StephenMcPartland", "Mr Stephen McPartland", "Stephen McPartland"),
    ],
)
def test_names_from_ids(person_id: str, printed: str | None, name: str) -> None:
    assert parlamint.name_from_id(person_id, printed) == name


def test_a_sittings_notes_say_which_way_round_its_ids_are(tmp_path: Path) -> None:
    """Where notes showed the forename last in the ids, the ids no note names follow."""
    names = [
        s.speaker.name for s in read_path(GOLDEN / "si-no-list" / SITTING.name).debates[0].speeches
    ]
    assert names[-1] == "Tina Heferle"  # "HeferleTina" has no note of its own


# --- bodies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "chamber", "org", "body"),
    [
        ("SI", "lower", None, "National Assembly of Slovenia"),
        ("SI", "upper", None, "National Council of Slovenia"),
        ("SK", None, None, "National Council of the Slovak Republic"),  # unicameral
        ("GB", "upper", None, "House of Lords"),
        (
            "XX",
            "lower",
            corpus.Org("parliament.HC", "parliament", None, None, None),
            "House of Commons",
        ),
        (
            "XX",
            None,
            corpus.Org("P", "parliament", "Parliament of Examples", None, None),
            "Parliament of Examples",
        ),
        ("CZ", None, None, None),  # bicameral, chamber unknown
        (None, None, None, None),
    ],
)
def test_body_name(
    code: str | None, chamber: str | None, org: corpus.Org | None, body: str | None
) -> None:
    assert corpus.body_name(code, chamber, org) == body


def test_sitting_house_language_and_tokens() -> None:
    transcript = read_path(GOLDEN / "ana-tokens" / "ParlaMint-ES-CT-en_2015-10-26-0101.ana.xml")
    assert transcript.language == "en"
    (debate,) = transcript.debates
    assert debate.house == "Parliament of Catalonia"
    first, second = debate.speeches
    assert first.text == "Members, good morning. Welcome to the Parliament of Catalonia."
    assert second.text == "The session is open."
    assert (first.speaker.name, second.speaker.name) == ("Antoni Bayona", "Julià De Jòdar")


def test_a_printed_who_is_a_name_and_a_role() -> None:
    speeches = (
        read_path(GOLDEN / "sk-printed-who" / "ParlaMint-SK_2016-02-12-t6m61.xml")
        .debates[0]
        .speeches
    )
    assert speeches[0].speaker == SpeakerRef(
        "Peter Pellegrini", "Peter Pellegrini", source_person_id="PeterPellegrini.1975"
    )
    assert speeches[1].speaker == SpeakerRef(
        "Ľubomír Petrák", "Petrák, Ľubomír, poslanec NR SR", office="poslanec NR SR"
    )


def test_language_declared_by_the_sitting() -> None:
    assert read_path(SITTING).language == "sl"


@pytest.mark.parametrize(
    ("path", "language"),
    [
        (SITTING, "sl"),
        (GOLDEN.parent / "akoma_ntoso" / "cl-camara" / "Sesion56.an.xml", "spa"),
        (GOLDEN.parent / "akoma_ntoso" / "no-namespace" / "HANSARD-14-JULAI-2020.xml", None),
        (GOLDEN.parent / "twfy" / "sp-sitting" / "sp2009-10-28.xml", None),
    ],
)
def test_the_language_a_file_declares_is_the_one_its_reader_reads(
    path: Path, language: str | None
) -> None:
    """The build's language notice sniffs what the reader reads in full."""
    assert declared_language(path) == language == read_path(path).language
