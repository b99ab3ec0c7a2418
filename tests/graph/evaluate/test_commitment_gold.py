"""Reading the commitment gold: split.tsv, every field, and the text of each document kind.

The document kinds are checked on small files written here; the real gold is
read through the loader and, with the corpus, its offsets are checked to cut
the annotated sentences from the texts this loader makes.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph.evaluate.commitment_gold import (
    COMMITMENT,
    GOLD_DIR,
    PLEDGE,
    SPLITS,
    DocRef,
    document_text,
    gold_files,
    load_gold,
    load_split,
    parse_gold_line,
)

TWFY = """<?xml version="1.0" encoding="ISO-8859-1"?>
<publicwhip>
<speech id="uk.org.publicwhip/debate/2020-01-01a.1.0" speakername="A Minister">
<p pid="a">We will publish
   the strategy in March.</p>
<p pid="b">Thank you.</p>
</speech>
<ques id="uk.org.publicwhip/wrans/2009-10-29a.1.q.0"><p>To ask what plans he has.</p></ques>
<reply id="uk.org.publicwhip/wrans/2009-10-29a.1.r.0" speakername="A Minister">
<p>I will write to the hon. Member.</p>
<table><tr><td>2010-11</td><td>&#163;5 million</td></tr></table>
<p>Figures are in the table.</p>
</reply>
</publicwhip>
"""

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
<u xml:id="u1"><seg xml:id="u1.s1">We will
   legislate   next year</seg></u>
</body></text></TEI>
"""

AKN = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate><debateBody>
<speech by="#speaker"><from>The SPEAKER:</from><p>Order.</p></speech>
<speech by="#minister" eId="spk_2"><from>The MINISTER:</from><p>We will
   publish it.</p><p><i>Next</i> year.</p></speech>
</debateBody></debate></akomaNtoso>
"""

PAGE = "Speaker Portrait\r\nThe Minister\r\n\r\nWe will act.\r\n\r\nIt costs £2 million.\r\nEnd"


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    (tmp_path / "akn.xml").write_text(AKN, encoding="utf-8")
    (tmp_path / "twfy").mkdir()
    (tmp_path / "twfy" / "debates.xml").write_text(TWFY, encoding="iso-8859-1")
    (tmp_path / "tei.xml").write_text(TEI, encoding="utf-8")
    (tmp_path / "page.txt").write_bytes(PAGE.encode("utf-8"))
    return tmp_path


def test_twfy_speech_is_its_paragraphs_collapsed(small_corpus: Path) -> None:
    ref = DocRef("twfy", "twfy/debates.xml", element="uk.org.publicwhip/debate/2020-01-01a.1.0")
    assert (
        document_text(ref, small_corpus) == "We will publish the strategy in March.\n\nThank you."
    )


def test_twfy_element_is_any_element_by_id_without_its_tables(small_corpus: Path) -> None:
    reply = DocRef("twfy-element", "twfy/debates.xml", "uk.org.publicwhip/wrans/2009-10-29a.1.r.0")
    assert document_text(reply, small_corpus) == (
        "I will write to the hon. Member.\n\nFigures are in the table."
    )
    question = DocRef(
        "twfy-element", "twfy/debates.xml", "uk.org.publicwhip/wrans/2009-10-29a.1.q.0"
    )
    assert document_text(question, small_corpus) == "To ask what plans he has."


def test_tei_element_is_its_text_collapsed(small_corpus: Path) -> None:
    ref = DocRef("tei", "tei.xml", element="u1.s1")
    assert document_text(ref, small_corpus) == "We will legislate next year"


def test_akn_speech_by_eid_or_ordinal_is_its_paragraphs_without_the_speaker_line(
    small_corpus: Path,
) -> None:
    by_eid = document_text(DocRef("akn", "akn.xml", element="spk_2"), small_corpus)
    assert by_eid == "We will publish it.\n\nNext year."
    assert document_text(DocRef("akn", "akn.xml", element="speech:2"), small_corpus) == by_eid
    assert document_text(DocRef("akn", "akn.xml", element="speech:1"), small_corpus) == "Order."
    with pytest.raises(LookupError):
        document_text(DocRef("akn", "akn.xml", element="speech:3"), small_corpus)


def test_file_slice_keeps_its_line_breaks(small_corpus: Path) -> None:
    start = PAGE.index("We will")
    end = PAGE.index(" million.") + len(" million.")
    ref = DocRef("file", "page.txt", offset=start, stop=end)
    assert document_text(ref, small_corpus) == "We will act.\r\n\r\nIt costs £2 million."


def test_file_slice_out_of_range_is_an_error(small_corpus: Path) -> None:
    with pytest.raises(LookupError):
        document_text(DocRef("file", "page.txt", offset=10, stop=10_000), small_corpus)


def test_seed_speech_is_read_by_the_seed_reader(tmp_path: Path) -> None:
    ref = DocRef("seed", "seeds/000_815e4f78c80070a6.txt", debate=1, speech=1)
    text = document_text(ref, tmp_path)  # seeds are in the repository, not the corpus
    assert text is not None and text.startswith("Last Monday, I set out")


def test_absent_files_give_none_and_missing_elements_raise(small_corpus: Path) -> None:
    assert document_text(DocRef("twfy", "nowhere.xml", element="x"), small_corpus) is None
    assert document_text(DocRef("file", "nowhere.txt", offset=0, stop=1), small_corpus) is None
    with pytest.raises(LookupError):
        document_text(DocRef("twfy-element", "twfy/debates.xml", element="nope"), small_corpus)


def test_a_line_reads_every_field() -> None:
    line = {
        "doc": {"kind": "file", "path": "page.txt", "start": 5, "end": 90},
        "date": "2025-03-26",
        "speaker": "A Minister",
        "speaker_role": "minister",
        "office": "The Chancellor",
        "start": 0,
        "end": 60,
        "text": "We will spend £2.5 billion – £3 billion with Barnett – from April.",
        "commitment": True,
        "category": "funding",
        "status": "future",
        "amounts": ["2500000000", "3000000000"],
        "deadline": None,
        "deadline_text": None,
        "commitments": [
            {
                "id": "c1",
                "kind": "commitment",
                "category": "funding",
                "status": "future",
                "amounts": [
                    {"value": "2500000000", "role": "new", "text": "£2.5 billion"},
                    {"value": "3000000000", "role": "total", "text": "£3 billion"},
                ],
                "deadline": None,
                "deadline_text": None,
                "start_date": "2025-04-01",
                "start_text": "from April",
            },
            {
                "id": "c2",
                "kind": "opposition-pledge",
                "category": "review",
                "status": "future",
                "amounts": [],
                "deadline": "2025-12-31",
                "deadline_text": "this year",
                "start_date": None,
                "start_text": None,
                "continues": "c0",
            },
        ],
    }
    s = parse_gold_line(json.dumps(line))
    assert s.doc == DocRef("file", "page.txt", offset=5, stop=90)
    assert (s.speaker_role, s.office, s.on) == ("minister", "The Chancellor", date(2025, 3, 26))
    c1, c2 = s.commitments
    assert [(a.value, a.role) for a in c1.amounts] == [
        ("2500000000", "new"),
        ("3000000000", "total"),
    ]
    assert c1.start_date == date(2025, 4, 1) and c1.start_text == "from April"
    assert (c2.kind, c2.deadline, c2.continues) == (PLEDGE, date(2025, 12, 31), "c0")
    assert s.commitment and s.pledge and s.of_kind(COMMITMENT) == (c1,)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("doc", "kind"), "pdf"),
        (("speaker_role",), "minister-ish"),
        (("commitments", 0, "kind"), "promise"),
        (("commitments", 0, "amounts", 0, "role"), "extra"),
    ],
)
def test_unknown_names_are_refused(path: tuple[str | int, ...], value: str) -> None:
    line: dict[str, object] = {
        "doc": {"kind": "seed", "path": "x", "debate": 1, "speech": 1},
        "speaker_role": "minister",
        "start": 0,
        "end": 1,
        "text": "x",
        "commitment": True,
        "commitments": [
            {
                "id": "c1",
                "kind": "commitment",
                "category": "funding",
                "status": "future",
                "amounts": [{"value": "1", "role": "new"}],
            }
        ],
    }
    target: object = line
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    with pytest.raises(ValueError):
        parse_gold_line(json.dumps(line))


def _gold_folder(tmp_path: Path, rows: list[str], files: list[str]) -> Path:
    (tmp_path / "split.tsv").write_text(
        "file\tsplit\tfamily\tdocuments\n" + "".join(f"{r}\n" for r in rows), encoding="utf-8"
    )
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    return tmp_path


def test_split_lists_every_file_sorted(tmp_path: Path) -> None:
    folder = _gold_folder(
        tmp_path,
        ["top.jsonl\tdev\tparlamint-gb\t1", "heldout/b.jsonl\theldout\tdevolved\t2"],
        ["top.jsonl", "heldout/b.jsonl"],
    )
    files = gold_files(folder)
    assert [(f.name, f.split, f.family, f.documents) for f in files] == [
        ("heldout/b.jsonl", "heldout", "devolved", 2),
        ("top.jsonl", "dev", "parlamint-gb", 1),
    ]
    assert files[0].label == "heldout/b"


@pytest.mark.parametrize(
    ("rows", "files"),
    [
        (["a.jsonl\tdev\tx\t1"], ["a.jsonl", "dev/b.jsonl"]),  # b unlisted
        (["a.jsonl\tdev\tx\t1", "dev/b.jsonl\tdev\tx\t1"], ["a.jsonl"]),  # b absent
        (["a.jsonl\ttrain\tx\t1"], ["a.jsonl"]),  # no such split
    ],
)
def test_split_and_files_must_agree(tmp_path: Path, rows: list[str], files: list[str]) -> None:
    with pytest.raises(ValueError):
        gold_files(_gold_folder(tmp_path, rows, files))


# --- the real gold, through this loader ---------------------------------------
# The gold's own form (ids, categories, phrases, the split by document) is
# checked by tests/gold/test_commitment_gold_wellformed.py; here, what the
# scorer relies on when it reads the gold.


def test_every_gold_file_has_a_split() -> None:
    files = gold_files()
    assert {f.split for f in files} == set(SPLITS)
    assert all(f.name.startswith(f"{f.split}/") for f in files if "/" in f.name)
    assert len(load_split()) == len(files)


@pytest.mark.parametrize("name", [f.name for f in gold_files()])
def test_gold_file_reads_consistently(name: str) -> None:
    gold = load_gold(GOLD_DIR / name)
    assert gold
    for s in gold:
        assert s.speaker_role is not None
        assert s.commitment == bool(s.of_kind(COMMITMENT))
        if s.commitment:  # the first format's fields agree with the sub-records
            assert s.category == s.of_kind(COMMITMENT)[0].category
            assert list(s.amounts) == [a.value for c in s.of_kind(COMMITMENT) for a in c.amounts]


@pytest.mark.corpus
def test_gold_offsets_cut_the_sentences_from_the_corpus(corpus: Path) -> None:
    for f in gold_files():
        for s in load_gold(GOLD_DIR / f.name):
            text = document_text(s.doc, corpus)
            assert text is not None, f"{f.name}: {s.doc.path} absent"
            assert text[s.start : s.end] == s.text, f"{f.name}: {s.start}-{s.end}"
