"""ParlaMint corpora as published: the corpus root, its person and organisation lists,
and the bodies they describe.

A corpus folder (``ParlaMint-SI/``) holds a root, ``ParlaMint-SI.xml``: a
``<teiCorpus>`` whose ``xi:include``s name its sittings (``2022/ParlaMint-SI_….xml``)
and, in its header, its lists (``ParlaMint-SI-listPerson.xml``,
``ParlaMint-SI-listOrg.xml``) and taxonomies.  Older corpora (ParlaMint 2, e.g.
TR) write the lists inside the root's header instead.  :func:`read_root` follows
the includes through :func:`graph.sources.safe_xml.include_targets`, so that only
files inside the root's folder are ever named; :func:`corpus_files` finds the lists
and root that belong to one sitting by their published names.

Names are put in forename–surname order whatever order ``persName`` writes its
parts in ("Pilar Milagros Rojo Noguera"), and the name in force on the sitting's
date is chosen when a person has several.  The body a sitting or a membership is of
comes from :data:`BODIES`, by corpus and chamber, so that a sitting read with or
without its lists names one body ("National Assembly of Slovenia", never "House of
Commons"); ParlaMint-GB's own org ids name the Houses of Parliament; a corpus not in
the table is named by its ``listOrg``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from graph.errors import SourceError
from graph.sources.safe_xml import (
    XML_NS,
    Element,
    include_targets,
    local_name,
    parse,
    root_name,
    text_of,
    xml_id,
)

TEI_NS = "http://www.tei-c.org/ns/1.0"
_HEAD_BYTES = 4096

#: ParlaMint's own ids of the Houses of Parliament (ParlaMint-GB's listOrg).
WESTMINSTER_ORGS = {"parliament.HC": "House of Commons", "parliament.HL": "House of Lords"}

#: Corpus code -> chamber ("uni", "lower", "upper") -> the body's name in English.
#: One name per body, whichever files of the corpus are at hand; the country is in it.
BODIES: dict[str, dict[str, str]] = {
    "AT": {"lower": "National Council of Austria", "upper": "Federal Council of Austria"},
    "BA": {
        "lower": "House of Representatives of Bosnia and Herzegovina",
        "upper": "House of Peoples of Bosnia and Herzegovina",
    },
    "BE": {"lower": "Chamber of Representatives of Belgium", "upper": "Senate of Belgium"},
    "BG": {"uni": "National Assembly of Bulgaria"},
    "CZ": {
        "lower": "Chamber of Deputies of the Czech Republic",
        "upper": "Senate of the Czech Republic",
    },
    "DK": {"uni": "Folketing (Denmark)"},
    "EE": {"uni": "Riigikogu (Estonia)"},
    "ES": {"lower": "Congress of Deputies (Spain)", "upper": "Senate of Spain"},
    "ES-CT": {"uni": "Parliament of Catalonia"},
    "ES-GA": {"uni": "Parliament of Galicia"},
    "ES-PV": {"uni": "Basque Parliament"},
    "FI": {"uni": "Parliament of Finland"},
    "FR": {"lower": "National Assembly of France", "upper": "Senate of France"},
    "GB": {"lower": "House of Commons", "upper": "House of Lords"},
    "GR": {"uni": "Hellenic Parliament"},
    "HR": {"uni": "Croatian Parliament"},
    "HU": {"uni": "National Assembly of Hungary"},
    "IS": {"uni": "Althing (Iceland)"},
    "IT": {"lower": "Chamber of Deputies of Italy", "upper": "Senate of the Republic of Italy"},
    "LT": {"uni": "Seimas of Lithuania"},
    "LV": {"uni": "Saeima of Latvia"},
    "NL": {
        "lower": "House of Representatives of the Netherlands",
        "upper": "Senate of the Netherlands",
    },
    "NO": {"uni": "Storting (Norway)"},
    "PL": {"lower": "Sejm of Poland", "upper": "Senate of Poland"},
    "PT": {"uni": "Assembly of the Republic of Portugal"},
    "RO": {"lower": "Chamber of Deputies of Romania", "upper": "Senate of Romania"},
    "RS": {"uni": "National Assembly of Serbia"},
    "SE": {"uni": "Riksdag (Sweden)"},
    "SI": {"lower": "National Assembly of Slovenia", "upper": "National Council of Slovenia"},
    "SK": {"uni": "National Council of the Slovak Republic"},
    "TR": {"uni": "Grand National Assembly of Turkey"},
    "UA": {"uni": "Verkhovna Rada of Ukraine"},
}
_CHAMBERS = {"parla.uni": "uni", "parla.lower": "lower", "parla.upper": "upper"}
_CODE = re.compile(r"^ParlaMint-(?P<code>[A-Z]{2}(?:-[A-Z]{2})?)(?:-[a-z]{2})?(?=$|[_.-])")
_PREFIX = re.compile(r"^(?P<prefix>ParlaMint-[A-Z]{2}(?:-[A-Z]{2})?)(?P<lang>-[a-z]{2})?(?=$|[_.])")


def corpus_code(identifier: str | None) -> str | None:
    """``"ParlaMint-ES-CT-en_2015-10-26-0101.ana"`` -> ``"ES-CT"``.

    >>> corpus_code("ParlaMint-SI_2022-04-06-SDZ8-Izredna-99"), corpus_code("x.xml")
    ('SI', None)
    """
    m = _CODE.match(identifier or "")
    return m["code"] if m else None


def chamber_of(ana: str | None) -> str | None:
    """``"#parla.lower #parla.term"`` -> ``"lower"``."""
    for code in (ana or "").split():
        if (chamber := _CHAMBERS.get(code.removeprefix("#"))) is not None:
            return chamber
    return None


# --- organisations and the bodies they are --------------------------------------------


@dataclass(frozen=True, slots=True)
class Org:
    """One ``<org>`` of a ``listOrg``: its id, role, names and chamber."""

    id: str
    role: str | None
    english: str | None  # the full English name, else any full name
    initials: str | None  # full="init": "AKP"
    chamber: str | None

    @property
    def label(self) -> str:
        """The name the graph gives a party: its initials, else its name, else its id."""
        return self.initials or self.english or self.id.partition(".")[2] or self.id


def read_orgs(root: Element) -> dict[str, Org]:
    """Every ``<org>`` under ``root`` (a ``listOrg`` or a corpus root), by id."""
    orgs: dict[str, Org] = {}
    for org in root.iter(f"{{{TEI_NS}}}org"):
        org_id = xml_id(org)
        if not org_id:
            continue
        english = any_full = initials = None
        for name in org.iter(f"{{{TEI_NS}}}orgName"):
            text = text_of(name)
            if not text:
                continue
            if name.get("full") == "init":
                initials = initials or text
            elif name.get(f"{{{XML_NS}}}lang") == "en":
                english = english or text
            else:
                any_full = any_full or text
        orgs.setdefault(
            org_id,
            Org(org_id, org.get("role"), english or any_full, initials, chamber_of(org.get("ana"))),
        )
    return orgs


def body_name(code: str | None, chamber: str | None, org: Org | None = None) -> str | None:
    """The body a sitting (or a membership) is of, in English.

    >>> body_name("SI", "lower"), body_name("SK", None), body_name("XX", "lower")
    ('National Assembly of Slovenia', 'National Council of the Slovak Republic', None)
    >>> body_name("XX", None, Org("parliament.HC", "parliament", None, None, None))
    'House of Commons'
    """
    if org is not None and org.id in WESTMINSTER_ORGS:
        return WESTMINSTER_ORGS[org.id]
    chambers = BODIES.get(code or "", {})
    chamber = chamber or (org.chamber if org is not None else None)
    if chamber in chambers:
        return chambers[chamber]
    if len(chambers) == 1:
        return next(iter(chambers.values()))
    if org is not None and org.english:
        return org.english
    return None


# --- people -------------------------------------------------------------------------------

#: A person's names, each with the period it was in use (``None``: open).
Names = tuple[tuple[str, date | None, date | None], ...]


def display_name(pers_name: Element) -> str:
    """A ``persName`` in forename–surname order, whatever order its parts are written in.

    >>> from lxml import etree
    >>> t = "{http://www.tei-c.org/ns/1.0}"
    >>> p = etree.Element(t + "persName")
    >>> for tag, text in [("surname", "Rojo"), ("surname", "Noguera"), ("forename", "Pilar Milagros")]:
    ...     etree.SubElement(p, t + tag).text = text
    >>> display_name(p)
    'Pilar Milagros Rojo Noguera'
    """
    forenames: list[str] = []
    surnames: list[str] = []
    after: list[str] = []
    for part in pers_name:
        tag, text = local_name(part), text_of(part)
        if not text:
            continue
        if tag == "forename":
            forenames.append(text)
        elif tag in ("surname", "nameLink"):
            surnames.append(text)
        elif tag == "genName":
            after.append(text)  # "Jr."; roleName and addName are titles, left out
    if forenames or surnames:
        return " ".join([*forenames, *surnames, *after])
    return text_of(pers_name)


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def read_people(root: Element) -> dict[str, Names]:
    """Every ``<person>`` under ``root`` with the names it had, by id."""
    people: dict[str, Names] = {}
    for person in root.iter(f"{{{TEI_NS}}}person"):
        person_id = xml_id(person)
        if not person_id:
            continue
        names = tuple(
            (name, _date(p.get("from")), _date(p.get("to")))
            for p in person
            if local_name(p) == "persName" and (name := display_name(p))
        )
        if names:
            people.setdefault(person_id, names)
    return people


def name_on(names: Names, day: date | None) -> str:
    """The name in use on ``day``: the one whose period holds it, else the latest open one."""
    if day is not None:
        for name, start, end in names:
            if (start is None or start <= day) and (end is None or day <= end):
                return name
    open_names = [name for name, _, end in names if end is None]
    return open_names[-1] if open_names else names[-1][0]


# --- files: roots, lists and what belongs to one sitting ----------------------------------


def kind_of(head: bytes) -> str | None:
    """``"root"``, ``"list"`` or ``"taxonomy"`` for a ParlaMint file that is not a sitting."""
    found = root_name(head)
    if found is None or found[0] != TEI_NS:
        return None
    return {
        "teiCorpus": "root",
        "listPerson": "list",
        "listOrg": "list",
        "taxonomy": "taxonomy",
    }.get(found[1])


@dataclass(frozen=True, slots=True)
class Corpus:
    """A corpus root and what its includes name, inside its folder only.

    ``sittings`` and ``lists`` exist; ``missing`` are includes not in the folder
    (a sample or a partial copy); ``refused`` says why an include was not followed.
    ``inline`` is true when the root's own header holds a person list.
    """

    root: Path
    code: str | None
    sittings: tuple[Path, ...] = ()
    lists: tuple[Path, ...] = ()
    missing: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    inline: bool = False
    others: tuple[Path, ...] = field(default=())  # taxonomies and other support files


def read_root(path: Path) -> Corpus:
    """The corpus rooted at ``path``; a :class:`SourceError` when it is not XML or unsafe."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    root = parse(path, data)
    if local_name(root) != "teiCorpus":
        raise SourceError(
            path, f"expected a ParlaMint <teiCorpus> root, found <{local_name(root)}>"
        )
    targets, refused = include_targets(path, root)
    sittings: list[Path] = []
    lists: list[Path] = []
    others: list[Path] = []
    missing: list[str] = []
    for href, target in targets:
        if not target.is_file():
            missing.append(href)
            continue
        kind = _kind_of_file(target)
        if kind == "list":
            lists.append(target)
        elif kind is None:
            sittings.append(target)
        else:
            others.append(target)
    inline = next(root.iter(f"{{{TEI_NS}}}person"), None) is not None
    return Corpus(
        root=path,
        code=corpus_code(xml_id(root) or path.stem),
        sittings=tuple(sittings),
        lists=tuple(lists),
        missing=tuple(missing),
        refused=tuple(refused),
        inline=inline,
        others=tuple(others),
    )


def _kind_of_file(path: Path) -> str | None:
    try:
        with path.open("rb") as f:
            return kind_of(f.read(_HEAD_BYTES))
    except OSError:
        return None


def corpus_files(sitting: Path, sitting_id: str | None) -> tuple[Path, ...]:
    """The lists and root published beside a sitting: ``<corpus>-listPerson.xml``,
    ``<corpus>-listOrg.xml`` and ``<corpus>.xml``, in its folder or the one above (where
    a corpus keeps its lists when its sittings are in year folders).  A machine-translated
    corpus (``ParlaMint-ES-CT-en``) shares the source corpus's lists."""
    m = _PREFIX.match(sitting_id or "") or _PREFIX.match(sitting.name)
    if m is None:
        return ()
    prefixes = [f"{m['prefix']}{m['lang'] or ''}"] + ([m["prefix"]] if m["lang"] else [])
    found: list[Path] = []
    for folder in (sitting.parent, sitting.parent.parent):
        for prefix in prefixes:
            for suffix in ("-listPerson.xml", "-listOrg.xml", ".xml"):
                candidate = folder / f"{prefix}{suffix}"
                if candidate.is_file() and candidate not in found and candidate != sitting:
                    found.append(candidate)
        if found:
            break
    return tuple(found)


@dataclass(frozen=True, slots=True)
class CorpusLists:
    """The people and organisations a sitting's corpus lists, as far as they could be read."""

    people: dict[str, Names]
    orgs: dict[str, Org]


def lists_for(sitting: Path, sitting_id: str | None) -> CorpusLists:
    """The corpus lists beside ``sitting``; a list that cannot be read is left out (the
    build reports it once, when it imports the corpus's lists as its registry)."""
    people: dict[str, Names] = {}
    orgs: dict[str, Org] = {}
    for path in lists_beside(sitting, sitting_id):
        try:
            stat = path.stat()
            found_people, found_orgs = _read_list(path.resolve(), stat.st_mtime_ns, stat.st_size)
        except (OSError, SourceError):
            continue
        for key, names in found_people:
            people.setdefault(key, names)
        for org in found_orgs:
            orgs.setdefault(org.id, org)
    return CorpusLists(people, orgs)


def lists_beside(sitting: Path, sitting_id: str | None = None) -> list[Path]:
    """The person and organisation lists published beside ``sitting``
    (:func:`corpus_files`): the lists themselves, those a root there includes (inside its
    folder only), and a root that holds its lists itself.  A root that cannot be read
    is passed over: it is an error of the root's own, not of the sitting's."""
    found: list[Path] = []
    for path in corpus_files(sitting, sitting_id):
        kind = _kind_of_file(path)
        if kind == "list":
            found.append(path)
        elif kind == "root":
            try:
                corpus = read_root(path)
            except SourceError:
                continue
            found.extend(corpus.lists)
            if corpus.inline:
                found.append(path)
    return list(dict.fromkeys(found))


@lru_cache(maxsize=8)
def _read_list(
    path: Path, mtime_ns: int, size: int
) -> tuple[tuple[tuple[str, Names], ...], tuple[Org, ...]]:
    """Cached by file identity: a corpus folder has hundreds of sittings and one list."""
    del mtime_ns, size  # part of the cache key only
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    root = parse(path, data)
    return tuple(sorted(read_people(root).items())), tuple(read_orgs(root).values())
