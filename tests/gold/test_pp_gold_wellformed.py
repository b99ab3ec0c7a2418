"""The Parallel Parliament gold is well formed and sits on the pages it annotates.

The gold (``tests/gold/parallel_parliament/``) is what readers of these pages are
scored against, so a typo in it would silently move every score: each speaker line must
be found where the gold says, every page must have one gold file, and the held-out split
must stay the one fixed by ``split.tsv`` (see the README there).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parent / "parallel_parliament"
SPLITS = ("heldout", "dev")
PAGES = "parallel_parliament_pages"
ROLES = {"minister", "shadow", "backbench", "chair", "lords-spokesperson", "other"}
HOUSES = {"House of Commons", "House of Lords", None}
HONORIFICS = {
    None,
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Baroness",
    "Earl",
    "Viscount",
    "Lord Bishop",
}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FIELDS = ("office", "constituency", "party")


def _gold_files() -> list[Path]:
    return sorted(p for split in SPLITS for p in (GOLD / split).glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _speeches(page: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for debate in page["debates"] for s in debate["speeches"]]


def _split_table() -> dict[str, str]:
    lines = (GOLD / "split.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file\tsplit"
    return dict(line.split("\t") for line in lines[1:])


GOLD_FILES = _gold_files()
IDS = [p.stem for p in GOLD_FILES]


def test_gold_is_present() -> None:
    assert len(GOLD_FILES) == len(_split_table()) == 55


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_gold_file_is_well_formed(path: Path) -> None:
    page = _load(path)
    assert page["file"] == f"{PAGES}/{path.stem}.txt"
    assert page["split"] == path.parent.name
    assert page["house"] in HOUSES
    assert isinstance(page["cut_short"], bool)
    if page["refuse"] is not None:
        assert page["refuse"].strip(), "a refusal needs a reason"
        assert page["debates"] == []
        for speaker in page["recoverable_speakers"]:
            assert speaker["role"] in ROLES
            assert speaker["honorific"] in HONORIFICS
            assert speaker["name"] in speaker["text"]
    else:
        assert "recoverable_speakers" not in page
    for debate in page["debates"]:
        assert debate["title"] is None or debate["title"].strip() == debate["title"] != ""
        assert debate["date"] is None or DATE.fullmatch(debate["date"])
        for speech in debate["speeches"]:
            line = speech["line"]
            assert line == line.strip() != ""
            assert speech["role"] in ROLES
            assert speech["honorific"] in HONORIFICS
            label = line.split(" Portrait ", 1)[-1]
            if speech["portrait_name"] is not None:
                assert line.startswith(speech["portrait_name"] + " Portrait ")
            assert speech["name"] in line
            if speech["honorific"]:
                assert speech["honorific"] in label
            if speech["office"]:
                assert speech["office"] in label
            for field in ("constituency", "party"):
                if speech[field]:
                    assert f"({speech[field]})" in label, field
            # A short line prints none of the three and takes them from an earlier line.
            assert ("resolved" in speech) == speech["refers_to_earlier"]
            if speech["refers_to_earlier"]:
                assert not any(speech[f] for f in FIELDS)
                assert any(speech["resolved"][f] for f in FIELDS)


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_short_lines_refer_to_the_latest_fuller_line_of_their_debate(path: Path) -> None:
    for debate in _load(path)["debates"]:
        fuller: dict[str, dict[str, Any]] = {}
        for speech in debate["speeches"]:
            printed = {f: speech[f] for f in FIELDS}
            if any(printed.values()):
                fuller[speech["name"]] = printed
                assert not speech["refers_to_earlier"]
            elif speech["name"] in fuller:
                assert speech["refers_to_earlier"], speech["line"]
                assert speech["resolved"] == fuller[speech["name"]]
            else:
                assert not speech["refers_to_earlier"], speech["line"]


@pytest.mark.corpus
@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_every_line_is_on_the_page_at_its_offset(corpus: Path, path: Path) -> None:
    page = _load(path)
    text = (corpus / page["file"]).read_text(encoding="utf-8")
    previous = -1
    for speech in _speeches(page):
        start, line = speech["line_start"], speech["line"]
        assert text[start : start + len(line)] == line
        line_begin = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        assert text[line_begin:line_end].strip() == line, "a speaker line is a whole line"
        assert start > previous, "speeches are in page order"
        previous = start
    for speaker in page.get("recoverable_speakers", []):
        assert text[speaker["start"] : speaker["start"] + len(speaker["text"])] == speaker["text"]


@pytest.mark.corpus
def test_every_page_has_exactly_one_gold_file(corpus: Path) -> None:
    pages = sorted(p.stem for p in (corpus / PAGES).glob("*.txt"))
    assert pages == sorted(IDS)
    assert len(set(IDS)) == len(IDS), "a page is annotated in both splits"


def test_split_is_the_fixed_one() -> None:
    table = _split_table()
    for name, split in table.items():
        digest = int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16)
        assert split == ("heldout" if digest % 5 < 2 else "dev"), name
    assert sorted(table) == sorted(f"{p.stem}.txt" for p in GOLD_FILES)
    for path in GOLD_FILES:
        assert table[f"{path.stem}.txt"] == path.parent.name
    assert sum(s == "heldout" for s in table.values()) == 22
