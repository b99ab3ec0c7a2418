"""The commitment gold files are well formed, split by document, and point at real text.

The guideline and the field definitions are in ``tests/gold/commitments/README.md``;
this file is their executable part.  Structure is checked on every run; the check
that each sentence is exactly ``document[start:end]`` needs the shared corpus for
the corpus-backed files and is skipped with a reason when it is absent.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from graph.sources import read_path, safe_xml
from tests.conftest import corpus_dir

REPO = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent / "commitments"
SPLIT_TSV = GOLD / "split.tsv"

#: Files reserved for evaluation by others: never annotated here (issue #13).
RESERVED = frozenset({"wild/twfy/debates2009-10-28c.xml", "wild/twfy/westminster2009-10-28a.xml"})

SPLITS = frozenset({"dev", "heldout"})
FAMILIES = frozenset(
    {
        "parallel-parliament",
        "commons-debates",
        "westminster-hall",
        "other-parliaments",
        "written-statements",
        "written-answers",
        "lords-debates",
        "devolved",
        "parlamint-gb",
    }
)
DOC_KINDS = frozenset({"seed", "twfy", "twfy-element", "tei", "akn", "file"})
ROLES = frozenset({"minister", "shadow", "backbench", "chair", "lords-spokesperson", "other"})
CAN_COMMIT = frozenset({"minister", "lords-spokesperson"})
CATEGORIES = frozenset(
    {"legislation", "funding", "review", "guidance", "operational", "target", "undertaking"}
)
STATUSES = frozenset({"announced", "future", "accepted", "under-way", "under-consideration"})
AMOUNT_ROLES = frozenset({"new", "existing", "total", "rate", "range"})
KINDS = frozenset({"commitment", "opposition-pledge"})
PLAIN_DECIMAL = re.compile(r"^(0|[1-9]\d*)(\.\d*[1-9])?$")
_SCALES = {"thousand": 3, "k": 3, "million": 6, "m": 6, "mn": 6, "billion": 9, "bn": 9, "b": 9}
_PRINTED = re.compile(
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)\s*-?\s*(thousand|million|billion|mn|bn|[kmb])?\b",
    re.IGNORECASE,
)

Record = dict[str, Any]


# --- reading ------------------------------------------------------------------


def gold_files() -> list[Path]:
    return sorted(GOLD.rglob("*.jsonl"))


def rel(path: Path) -> str:
    return path.relative_to(GOLD).as_posix()


def records(path: Path) -> list[Record]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def split_rows() -> list[dict[str, str]]:
    with SPLIT_TSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


# --- the text a sentence's offsets refer to -------------------------------------


def _collapse(text: str) -> str:
    return " ".join(text.split())


@cache
def _tree(path: Path) -> Any:
    return safe_xml.parse(path, path.read_bytes())


def _twfy_text(element: Any) -> str:
    paragraphs = element.findall("p")
    if paragraphs:
        return "\n\n".join(_collapse("".join(p.itertext())) for p in paragraphs)
    return _collapse("".join(element.itertext()))


@cache
def _seed_speech(path: Path, debate: int, speech: int) -> str:
    for d in read_path(path).debates:
        if d.ordinal == debate:
            for s in d.speeches:
                if s.position == speech:
                    return s.text
    raise LookupError(f"{path}: no debate {debate} speech {speech}")


def document_text(doc: Record, corpus: Path) -> str:
    """The document text of the README's ``doc`` kinds."""
    kind = doc["kind"]
    if kind == "seed":
        return _seed_speech(REPO / doc["path"], doc["debate"], doc["speech"])
    path: Path = corpus / str(doc["path"])
    if kind == "file":
        start: int = doc["start"]
        end: int = doc["end"]
        return path.read_bytes().decode("utf-8")[start:end]
    tree = _tree(path)
    if kind in ("twfy", "twfy-element"):
        found = tree.xpath("//*[@id=$id]", id=doc["element"])
        assert len(found) == 1, f"{doc}: {len(found)} elements with that id"
        return _twfy_text(found[0])
    if kind == "akn":
        speeches = tree.xpath("//*[local-name()='speech']")
        element = str(doc["element"])
        if element.startswith("speech:"):
            chosen = [speeches[int(element.split(":")[1]) - 1]]
        else:
            chosen = [s for s in speeches if s.get("eId") == element]
        assert len(chosen) == 1, f"{doc}: {len(chosen)} speeches so addressed"
        paragraphs = chosen[0].xpath(".//*[local-name()='p']")
        return "\n\n".join(t for p in paragraphs if (t := _collapse("".join(p.itertext()))))
    assert kind == "tei", kind
    found = tree.xpath("//*[@xml:id=$id]", id=doc["element"])
    assert len(found) == 1, f"{doc}: {len(found)} elements with that xml:id"
    return _collapse("".join(found[0].itertext()))


# --- checks of one record -------------------------------------------------------


def _printed_value(text: str, currency: str = "GBP") -> str:
    match = _PRINTED.search(text)
    assert match, f"no number in amount {text!r}"
    number = match.group(1)
    # South African Hansard writes a decimal comma ("R31,6 billion", "R5,769 billion")
    decimal_comma = currency == "ZAR" and bool(match.group(2))
    value = Decimal(number.replace(",", "." if decimal_comma else ""))
    if match.group(2):
        value = value.scaleb(_SCALES[match.group(2).lower()])
    plain = format(value, "f")
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


def _check_date_pair(sub: Record, key: str, text_key: str, sentence: str) -> None:
    when, phrase = sub[key], sub[text_key]
    assert (when is None) == (phrase is None), f"{key} and {text_key} go together: {sub}"
    if when is not None:
        date.fromisoformat(when)
        assert phrase in sentence, f"{text_key} {phrase!r} not in {sentence!r}"


def check_sub_record(sub: Record, sentence: str, on: str | None) -> None:
    assert sub["kind"] in KINDS, sub
    assert sub["category"] in CATEGORIES, sub
    assert sub["status"] in STATUSES, sub
    for amount in sub["amounts"]:
        assert amount["role"] in AMOUNT_ROLES, amount
        assert PLAIN_DECIMAL.match(amount["value"]), amount
        assert amount["text"] in sentence, f"amount {amount['text']!r} not in {sentence!r}"
        assert _printed_value(amount["text"], amount.get("currency", "GBP")) == amount["value"], (
            amount
        )
        assert ("maximum" in amount) == (amount["role"] == "range"), amount
        assert amount.get("currency", "EUR") in ("EUR", "USD", "ZAR"), amount
    _check_date_pair(sub, "deadline", "deadline_text", sentence)
    _check_date_pair(sub, "start_date", "start_text", sentence)
    if sub["deadline"] is not None and on is not None:
        assert sub["deadline"] >= on, f"deadline before the debate: {sub}"


def check_new_record(record: Record, ids: dict[str, str]) -> None:
    """The issue-13 fields: role, sub-records, and the first-format fields derived from them."""
    assert record["speaker_role"] in ROLES, record
    assert record["office"] is None or isinstance(record["office"], str)
    subs = record["commitments"]
    for sub in subs:
        check_sub_record(sub, record["text"], record["date"])
        assert sub["id"] not in ids, f"duplicate id {sub['id']}"
        if "continues" in sub:
            assert ids.get(sub["continues"]) == sub["kind"], f"continues an unknown id: {sub}"
        ids[sub["id"]] = sub["kind"]
    government = [s for s in subs if s["kind"] == "commitment"]
    assert record["commitment"] == bool(government), record["text"]
    if government:
        assert record["speaker_role"] in CAN_COMMIT, f"{record['speaker_role']}: {record['text']}"
        dated = [s for s in government if s["deadline"] is not None]
        assert record["category"] == government[0]["category"]
        assert record["status"] == government[0]["status"]
        assert record["amounts"] == [a["value"] for s in government for a in s["amounts"]]
        assert record["deadline"] == (dated[0]["deadline"] if dated else None)
        assert record["deadline_text"] == (dated[0]["deadline_text"] if dated else None)
    if any(s["kind"] == "opposition-pledge" for s in subs):
        assert record["speaker_role"] in ("shadow", "backbench"), record["text"]


def check_record(record: Record, ids: dict[str, str]) -> None:
    doc = record["doc"]
    assert doc["kind"] in DOC_KINDS, doc
    assert doc["path"] not in RESERVED, f"reserved file annotated: {doc['path']}"
    if doc["kind"] == "file":
        assert 0 <= doc["start"] < doc["end"], doc
    if record["date"] is not None:
        date.fromisoformat(record["date"])
    start, end, text = record["start"], record["end"], record["text"]
    assert 0 <= start < end and end - start == len(text), record
    assert text == text.strip(), f"untrimmed sentence {text!r}"
    assert isinstance(record["commitment"], bool)
    if record["commitment"]:
        assert record["category"] in CATEGORIES and record["status"] in STATUSES, record
    else:
        assert not record.get("amounts") and record.get("deadline") is None, record
    check_new_record(record, ids)


# --- tests ----------------------------------------------------------------------


@pytest.mark.parametrize("path", gold_files(), ids=rel)
def test_gold_file_is_well_formed(path: Path) -> None:
    rows = records(path)
    assert rows, f"{rel(path)} is empty"
    ids: dict[str, str] = {}
    for record in rows:
        check_record(record, ids)
    # sentences of one document come in text order and do not overlap
    last_end: dict[str, int] = {}
    for record in rows:
        key = json.dumps(record["doc"], sort_keys=True)
        assert record["start"] >= last_end.get(key, 0), f"out of order: {record['text']!r}"
        last_end[key] = record["end"]


def test_split_lists_every_gold_file_once() -> None:
    rows = split_rows()
    listed = [row["file"] for row in rows]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert set(listed) == {rel(p) for p in gold_files()}
    for row in rows:
        assert row["split"] in SPLITS and row["family"] in FAMILIES, row
        folder = row["file"].split("/")[0] if "/" in row["file"] else None
        assert row["split"] == ("heldout" if folder == "heldout" else "dev"), row
        paths = {r["doc"]["path"] for r in records(GOLD / row["file"])}
        assert int(row["documents"]) == len(paths), row


def test_no_document_is_in_both_splits() -> None:
    split_of = {row["file"]: row["split"] for row in split_rows()}
    seen: dict[str, set[str]] = {}
    for path in gold_files():
        for record in records(path):
            seen.setdefault(record["doc"]["path"], set()).add(split_of[rel(path)])
    shared = sorted(doc for doc, splits in seen.items() if len(splits) > 1)
    assert not shared, f"documents in both splits: {shared}"


def test_gold_reaches_the_size_issue_13_asks_for() -> None:
    split_of = {row["file"]: row for row in split_rows()}
    sentences = {"dev": 0, "heldout": 0}
    documents: dict[str, set[str]] = {"dev": set(), "heldout": set()}
    families: set[str] = set()
    for path in gold_files():
        row = split_of[rel(path)]
        rows = records(path)
        sentences[row["split"]] += len(rows)
        documents[row["split"]] |= {r["doc"]["path"] for r in rows}
        families.add(row["family"])
    assert sum(sentences.values()) >= 1500 and sentences["heldout"] >= 700, sentences
    assert len(documents["dev"] | documents["heldout"]) >= 60
    assert len(documents["heldout"]) >= 25
    assert len(families) >= 4


@pytest.mark.corpus
@pytest.mark.parametrize("path", gold_files(), ids=rel)
def test_sentences_are_the_document_text(path: Path) -> None:
    corpus = corpus_dir()
    rows = records(path)
    needs_corpus = any(r["doc"]["kind"] != "seed" for r in rows)
    if needs_corpus and not corpus.is_dir():
        pytest.skip(f"skipped: no corpus at {corpus} (set DEBATE_KG_CORPUS)")
    for record in rows:
        text = document_text(record["doc"], corpus)
        got = text[record["start"] : record["end"]]
        assert got == record["text"], f"{record['doc']} {record['start']}-{record['end']}: {got!r}"
