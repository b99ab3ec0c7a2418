"""ParlaMint lists as a registry: memberships of the body the sittings name, parties and
offices from affiliations, names in forename-surname order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import SourceError
from graph.extract import analyse
from graph.link import link
from graph.registry import Registry
from graph.registry.load import load_with_format
from graph.sources import read_path
from graph.vocab.office_roles import office_role

SOURCES = Path(__file__).parents[1] / "sources" / "fixtures"
CORPUS = SOURCES / "ParlaMint-SI"
GOLDEN = Path(__file__).parents[2] / "golden" / "parlamint"


def test_memberships_are_of_the_body_the_sittings_name() -> None:
    fmt, data = load_with_format(CORPUS / "ParlaMint-SI-listPerson.xml")
    assert fmt == "parlamint-listperson"
    people = {p.key: p for p in data.people}
    assert people["parlamint/ZorčičIgor"].name == "Igor Zorčič"
    assert sorted((m.person_key, m.house, m.party, m.start, m.end) for m in data.memberships) == [
        (
            "parlamint/SiterPrimož",
            "National Assembly of Slovenia",
            "Levica",
            date(2018, 6, 22),
            None,
        ),
        (
            "parlamint/ZorčičIgor",
            "National Assembly of Slovenia",
            "GS",  # the party's initials from the corpus's listOrg beside the list
            date(2018, 6, 22),
            date(2022, 5, 12),
        ),
    ]
    # heading the Assembly is an office, not a second seat: presiding over the body its
    # memberships are of
    (holding,) = data.holdings
    assert (holding.person_key, holding.label, holding.start) == (
        "parlamint/ZorčičIgor",
        "head (National Assembly of Slovenia)",
        date(2020, 3, 5),
    )
    assert office_role(holding.label) == "chair"


def test_a_list_without_its_listorg() -> None:
    _, data = load_with_format(GOLDEN / "es-ga-list" / "ParlaMint-ES-GA-listPerson.xml")
    assert {(m.house, m.party) for m in data.memberships} == {
        ("Parliament of Galicia", "PPdeG"),
        ("Parliament of Galicia", "AGE"),
    }
    assert {p.name for p in data.people} == {"Pilar Milagros Rojo Noguera", "Yolanda Díaz Pérez"}


def test_the_list_is_the_registry_of_its_sittings_and_of_nothing_else() -> None:
    """Linked with the corpus's list, a sitting's speakers are its people by their ids; a
    body the list does not describe is still linked with no registry."""
    folder = GOLDEN / "es-ga-list"
    _, data = load_with_format(folder / "ParlaMint-ES-GA-listPerson.xml")
    registry = Registry(data)
    assert registry.describes("Parliament of Galicia")
    assert not registry.describes("House of Commons")
    transcript = read_path(folder / "ParlaMint-ES-GA_2015-01-26-DSPGDP007.xml")
    (debate,) = link(analyse(transcript), registry).debates
    assert [(s.speaker.key, s.speaker.name) for s in debate.speeches] == [
        ("parlamint/RojoPilarMilagros", "Pilar Milagros Rojo Noguera"),
        ("parlamint/DíazYolanda", "Yolanda Díaz Pérez"),
    ]


def test_a_corpus_root_with_its_own_lists(tmp_path: Path) -> None:
    root = tmp_path / "ParlaMint-TR.xml"
    root.write_text(
        '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xml:id="ParlaMint-TR"><teiHeader>'
        '<profileDesc><particDesc><listOrg><org xml:id="TBMM" role="parliament"/>'
        '<org xml:id="party.AKP" role="politicalParty"><orgName full="init">AKP</orgName></org>'
        '</listOrg><listPerson><person xml:id="Abdullah.Doğru"><persName><surname>Doğru</surname>'
        "<forename>Abdullah</forename></persName>"
        '<affiliation role="MP" ref="#TBMM" from="2018-07-07"/>'
        '<affiliation role="member" ref="#party.AKP" from="2018-07-07"/></person></listPerson>'
        "</particDesc></profileDesc></teiHeader></teiCorpus>",
        encoding="utf-8",
    )
    fmt, data = load_with_format(root)
    assert fmt == "parlamint-corpus"
    (person,) = data.people
    assert person.name == "Abdullah Doğru"
    (membership,) = data.memberships
    assert (membership.house, membership.party) == ("Grand National Assembly of Turkey", "AKP")


def test_a_root_without_people_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="without a person list of its own"):
        load_with_format(CORPUS / "ParlaMint-SI.xml")


def test_a_malformed_list_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "ParlaMint-XX-listPerson.xml"
    bad.write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0"><person xml:id="A">', encoding="utf-8"
    )
    with pytest.raises(SourceError, match="not well-formed XML") as info:
        load_with_format(bad)
    assert bad.name in str(info.value)


def test_a_repeated_id_is_one_person_as_the_sittings_read_it(tmp_path: Path) -> None:
    # ParlaMint-ES-CT's published list gives two people the id "GarrigaJoan"; the
    # sittings' who="#GarrigaJoan" cannot tell them apart, and refusing the file lost
    # every other person of the list
    twice = tmp_path / "ParlaMint-XX-listPerson.xml"
    twice.write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">'
        '<person xml:id="GarrigaJoan"><persName><forename>Joan</forename>'
        "<surname>Garriga</surname><surname>Quadres</surname></persName></person>"
        '<person xml:id="GarrigaJoan"><persName><forename>Joan</forename>'
        "<surname>Garriga</surname><surname>Doménech</surname></persName></person>"
        "</listPerson>",
        encoding="utf-8",
    )
    (person,) = Registry.from_paths([twice]).people()
    assert person.key == "parlamint/GarrigaJoan"
    assert {n.text for n in person.other_names} == {"Joan Garriga Quadres", "Joan Garriga Doménech"}
