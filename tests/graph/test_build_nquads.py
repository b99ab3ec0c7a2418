"""The fast path (``document_nquads``, ``extract_nquads``) writes, byte for byte, what
rdflib terms serialised by Oxigraph give (``to_nquads(document_quads(...))``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from graph import iris
from graph.build import document_nquads, document_quads
from graph.extract import analyse
from graph.link import link
from graph.pipeline import build_file, extract_file, extract_nquads
from graph.registry import Registry
from graph.sources import read_path
from graph.store import Store, to_nquads, to_ox
from graph.terms import NQuadsTerms, RdflibTerms, Terms, quoted
from ontology import DKG
from tests.conftest import SEED
from tests.graph.link.registry_fixture import write_registry, write_sitting

FIXTURES = Path(__file__).resolve().parent / "sources" / "fixtures"
DOCUMENTS = [
    SEED,
    FIXTURES / "twfy" / "debates2020-01-02a.xml",
    FIXTURES / "twfy" / "lordswms2009-10-26a.xml",
    FIXTURES / "parlamint" / "2021" / "ParlaMint-XX_2021-01-02-commons.xml",
    FIXTURES / "akoma_ntoso" / "sitting-akn2.xml",
    FIXTURES / "akoma_ntoso" / "sitting-akn3.xml",
]
#: Real files of each format, when ``../shared/corpus`` is present.
CORPUS_FILES = [
    "twfy_debates_2016_2021/xml/debates2016-03-11b.xml",
    "twfy_parldata_2009/lordswms/lordswms2009-10-26a.xml",
    "twfy_parldata_2009/westminhall/westminster2009-10-29a.xml",
    "parlamint_gb_samples/2017/ParlaMint-GB_2017-09-07-commons.xml",
    "akoma_ntoso_debates/Debate_Bungeni_1995-10-31.xml",
]

S, P, G = URIRef("https://example.org/s"), URIRef("https://example.org/p"), URIRef("urn:g")


def assert_same(path: Path, registry: Registry | None = None) -> None:
    linked = link(analyse(read_path(path)), registry)
    quads = document_quads(linked)
    fast = document_nquads(linked)
    assert fast.nquads() == "".join(fast.lines()).encode() == to_nquads(quads)
    assert fast.graphs() == {str(q[3]) for q in quads}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_fast_path_is_byte_identical(path: Path) -> None:
    assert_same(path)


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_fast_path_is_byte_identical_on_real_files(corpus: Path, name: str) -> None:
    path = corpus / name
    if not path.is_file():
        pytest.skip(f"{path} not in this corpus")
    assert_same(path)


def test_fast_path_with_an_imported_registry(tmp_path: Path) -> None:
    """Registry identifiers, owl:sameAs, divisions and votes, links as anyURI."""
    registry = Registry.from_paths([write_registry(tmp_path)])
    sitting = write_sitting(tmp_path)
    assert_same(sitting, registry)
    body = extract_nquads(str(sitting), registry=registry).body
    assert b"<http://www.wikidata.org/entity/Q4242>" in body
    assert b'"http://example.org/h#d7"^^<http://www.w3.org/2001/XMLSchema#anyURI>' in body


def test_extracted_is_the_rdflib_quads_split_at_the_marker() -> None:
    doc = extract_nquads(str(SEED))
    source, quads = extract_file(SEED)
    is_marker = [q[0] == source and q[1] == DKG.sha256 for q in quads]
    marker = [q for q, m in zip(quads, is_marker, strict=True) if m]
    rest = [q for q, m in zip(quads, is_marker, strict=True) if not m]
    assert len(marker) == 1
    assert doc.source == str(source) and doc.sha256 == str(marker[0][2])
    assert doc.body == to_nquads(rest) and doc.marker == to_nquads(marker)
    assert doc.graphs == {str(q[3]) for q in quads if q[3] != iris.ENTITIES_GRAPH}


def oxigraph_line(term: str) -> str:
    """The quad ``S P term G`` as Oxigraph serialises the rdflib term."""
    quad = ox.Quad(ox.NamedNode(S), ox.NamedNode(P), to_ox(term), ox.NamedNode(G))  # type: ignore[arg-type]
    return (ox.serialize([quad], format=ox.RdfFormat.N_QUADS) or b"").decode()


def fast_line(term: str) -> str:
    terms = NQuadsTerms()
    terms.add(S, P, term, G)
    (line,) = terms.lines()
    return line


TEXTS = [
    "",
    "plain",
    'say "no"',
    "back\\slash",
    "tab\tcr\rlf\n",
    "\x00\x08\x0b\x0c\x1f\x7f",
    "£ é ‘’ —",
]
TEXTS += ["\ufffe\uffff\ufffd", "😀 astral", "a\\nb", '"\\"']
CASES: list[tuple[str, object]] = [
    *(("text", t) for t in TEXTS),
    *(("integer", n) for n in (0, 1, -7, 10**30)),
    ("boolean", True),
    ("boolean", False),
    *(("day", d) for d in (date(2025, 1, 16), date(1, 1, 1), date(9999, 12, 31))),
    *(("decimal", d) for d in ("1.5", "2E+6", "0.10", "-0", "1e-7", "12345678901234567890.5")),
    *(("confidence", c) for c in (0.0, 1.0, 1, 0.95, 1 / 3, 0.9999, 1e-7, 2.5e-3)),
    *(("any_uri", u) for u in ("http://example.org/h#1", 'odd "uri" \\ \n')),
]


@pytest.mark.parametrize(("kind", "value"), CASES)
def test_each_literal_is_written_as_rdflib_and_oxigraph_write_it(kind: str, value: object) -> None:
    def make(terms: Terms) -> str:
        method = getattr(terms, kind)
        result: str = method(value)
        return result

    assert fast_line(make(NQuadsTerms())) == oxigraph_line(make(RdflibTerms()))


def test_iri_objects_are_written_as_iris() -> None:
    assert fast_line(URIRef("https://example.org/o")) == oxigraph_line(
        URIRef("https://example.org/o")
    )


def test_every_character_is_escaped_as_oxigraph_escapes_it() -> None:
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    texts = [chars[i : i + 500] for i in range(0, len(chars), 500)]
    literals = (ox.Literal(text) for text in texts)
    quads = (ox.Quad(ox.NamedNode(S), ox.NamedNode(P), lit, ox.NamedNode(G)) for lit in literals)
    expected = (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode().split("\n")[:-1]
    prefix, suffix = f"<{S}> <{P}> ", f" <{G}>"
    for text, line in zip(texts, expected, strict=True):
        assert f"{prefix}{quoted(text)}{suffix} ." == line, f"from U+{ord(text[0]):04X}"


def test_a_quad_added_twice_keeps_its_first_place() -> None:
    terms = NQuadsTerms()
    one, two = terms.text("one"), terms.text("two")
    for o in (one, two, one):
        terms.add(S, P, o, G)
    assert terms.lines() == [fast_line(one), fast_line(two)]
    assert terms.pop(S, P, one, G) == fast_line(one) and terms.pop(S, P, one, G) == ""
    assert terms.lines() == [fast_line(two)] and terms.graphs() == {str(G)}


def test_build_file_stores_what_the_rdflib_quads_say(tmp_path: Path) -> None:
    with Store.open(tmp_path / "fast") as fast, Store.open(tmp_path / "rdflib") as slow:
        build_file(fast, SEED, force=True)
        build_file(fast, SEED, force=True)  # a rebuild replaces the first
        source, quads = extract_file(SEED)
        slow.replace_document(source, quads)
        paths = str(iris.PATHS_GRAPH).encode()  # where build_file read it: bookkeeping
        built = [line for line in fast.dump_raw().splitlines() if paths not in line]
        assert built and sorted(built) == sorted(slow.dump_raw().splitlines())


def test_a_wikidata_id_that_makes_no_iri_is_not_linked(tmp_path: Path) -> None:
    """Registry files are input: an id with a space would make the N-Quads unloadable."""
    tsv = write_registry(tmp_path).read_text(encoding="utf-8").replace("Q4242", "Q42 42")
    (tmp_path / "odd.tsv").write_text(tsv, encoding="utf-8")
    registry = Registry.from_paths([tmp_path / "odd.tsv"])
    sitting = write_sitting(tmp_path)
    assert_same(sitting, registry)
    doc = extract_nquads(str(sitting), registry=registry)
    assert doc.error is None and b"wikidata.org" not in doc.body
    assert b'"Q42 42"' in doc.body  # still stated as the person's identifier
    assert list(ox.parse(doc.body, format=ox.RdfFormat.N_QUADS))  # loads
