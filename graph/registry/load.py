"""Load any supported member/office file, detecting its format from its name and content.

>>> sorted(FORMATS)  # doctest: +NORMALIZE_WHITESPACE
['builtin-tsv', 'constituencies-json', 'election-results-csv', 'ifg-ministers-database',
 'mp-lookup-csv', 'parlamint-corpus', 'parlamint-listorg', 'parlamint-listperson',
 'parlparse-all-members', 'parlparse-ministers', 'parlparse-official-profiles', 'parlparse-peers',
 'parlparse-people', 'popolo-json', 'twfy-mp-list']
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from graph.errors import SourceError
from graph.registry import (
    builtin,
    load_election,
    load_ifg,
    load_mp_lookup,
    load_parlamint,
    load_parlparse,
    load_popolo,
    load_profiles,
    load_twfy,
)
from graph.registry._common import csv_header, local, parse_xml
from graph.registry.records import RegistryData

FORMATS = frozenset(
    {
        "builtin-tsv",
        "constituencies-json",
        "election-results-csv",
        "ifg-ministers-database",
        "mp-lookup-csv",
        "parlamint-corpus",
        "parlamint-listorg",
        "parlamint-listperson",
        "parlparse-all-members",
        "parlparse-ministers",
        "parlparse-official-profiles",
        "parlparse-people",
        "parlparse-peers",
        "popolo-json",
        "twfy-mp-list",
    }
)
_PARLPARSE_NAMES = {
    "person": "parlparse-people",
    "member": "parlparse-all-members",
    "moffice": "parlparse-ministers",
    "lord": "parlparse-peers",
}


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(path, "not UTF-8 text") from None


def _load_xml(path: Path, data: bytes) -> tuple[str, RegistryData]:
    root = parse_xml(path, data)
    tag = local(root.tag)
    if tag == "listPerson":
        return "parlamint-listperson", load_parlamint.load_list_person(path, root)
    if tag == "listOrg":
        return "parlamint-listorg", load_parlamint.load_list_org(path, root)
    if tag == "teiCorpus":
        return "parlamint-corpus", load_parlamint.load_corpus_root(path, root)
    if tag == "publicwhip":
        kinds = {local(e.tag) for e in root} & set(load_parlparse.LOADERS)
        if len(kinds) == 1:
            kind = kinds.pop()
            return _PARLPARSE_NAMES[kind], load_parlparse.LOADERS[kind](path, root)
        if not kinds:
            raise SourceError(
                path, "parlparse file without <person>, <member>, <moffice> or <lord>"
            )
        raise SourceError(path, f"parlparse file mixes {sorted(kinds)}")
    if tag == "twfy":
        return "parlparse-official-profiles", load_profiles.load_official_profiles(path, root)
    raise SourceError(
        path,
        f"unknown registry XML root <{tag}> (expected publicwhip, twfy, listPerson, listOrg, teiCorpus)",
    )


def _load_json(path: Path, data: bytes) -> tuple[str, RegistryData]:
    try:
        doc = json.loads(_decode(path, data))
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"bad JSON: {exc.msg}", line=exc.lineno) from None
    if isinstance(doc, dict) and ({"memberships", "persons"} & doc.keys()):
        return "popolo-json", load_popolo.load_popolo(path, doc)
    if isinstance(doc, list) and doc and isinstance(doc[0], dict) and "names" in doc[0]:
        return "constituencies-json", load_popolo.load_constituencies(path, doc)
    raise SourceError(path, "JSON is neither Popolo (persons/memberships) nor constituencies.json")


def load_with_format(path: Path) -> tuple[str, RegistryData]:
    """The detected format name and the data of one file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    if not data.strip():
        raise SourceError(path, "file is empty")
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    suffix = path.suffix.lower()
    if head.startswith(b"<"):
        return _load_xml(path, data)
    if head[:1] in (b"{", b"[") or suffix == ".json":
        return _load_json(path, data)
    text = _decode(path, data)
    if load_twfy.sniff(text[:4096]):
        return "twfy-mp-list", load_twfy.load_mp_list(path, text)
    if suffix == ".tsv" and builtin.sniff(text[:4096]):
        return "builtin-tsv", builtin.load_tsv(path, text)
    found = _load_csv(path, text)
    if found is not None:
        return found
    raise SourceError(
        path,
        "not a recognised registry file (parlparse XML, official-profiles.xml, Popolo JSON, "
        "constituencies.json, TWFY MP-list CSV, IfG Ministers Database person.csv, "
        "election-results CSV, MP lookup CSV, ParlaMint listPerson, registry TSV)",
    )


def _load_csv(path: Path, text: str) -> tuple[str, RegistryData] | None:
    """The CSV formats told apart by their header row."""
    header = csv_header(text[:4096])
    if load_ifg.sniff_person(header):
        return "ifg-ministers-database", load_ifg.load_ifg(path, text)
    if load_election.sniff(header):
        return "election-results-csv", load_election.load_results(path, text)
    if load_mp_lookup.sniff(header):
        return "mp-lookup-csv", load_mp_lookup.load_mp_lookup(path, text)
    person = load_ifg.person_csv_beside(path)
    if person is not None:
        raise SourceError(
            path,
            f"a table of the IfG Ministers Database: import {person.name} beside it, "
            "which reads the tables it needs",
        )
    return None


def load_path(path: Path) -> RegistryData:
    return load_with_format(path)[1]


def load_paths(paths: Iterable[Path]) -> RegistryData:
    return RegistryData.concat(load_path(p) for p in paths)
