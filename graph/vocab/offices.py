"""Office names: one label per office, with the other names it goes by.

Every stage names offices here: a speaker line's "The Secretary of State for the
Home Department", a mention's "the Home Secretary" and a registry file's
"Secretary of State (Home Office)" are one office.  Offices in the table below get
their table label; any other spelling whose role and department
(:func:`graph.vocab.office_keys.office_key`) match a table office is that office;
the rest are labelled from their words, so that spellings which slug alike share
one label.

>>> canonical_office("The Secretary of State for the Home Department")
OfficeName(label='Secretary of State for the Home Department', aliases=('Home Secretary',), presiding=False)
>>> canonical_office("Madam Deputy Speaker").label
'Deputy Speaker'
>>> canonical_office("the Under-Secretary of State for the Home Department").label
'Parliamentary Under-Secretary of State for the Home Department'
>>> canonical_office("Secretary of State (Home Office)").label
'Secretary of State for the Home Department'
>>> canonical_office("Chair", "Home Affairs Committee").label
'Chair Home Affairs Committee'
>>> canonical_office("Minister of State (Department For Transport)").label
'Minister of State Department for Transport'
"""

from __future__ import annotations

import re
from functools import cache

from graph.records import OfficeName
from graph.vocab.office_keys import OfficeKey, office_key

# Canonical label -> aliases.  Canonical labels follow the form Hansard prints in
# attributions; aliases are the short names members use in debate.
_KNOWN: dict[str, tuple[str, ...]] = {
    "Prime Minister": ("First Lord of the Treasury",),
    "Chancellor of the Exchequer": ("Chancellor",),
    "Secretary of State for the Home Department": ("Home Secretary",),
    "Secretary of State for Foreign, Commonwealth and Development Affairs": ("Foreign Secretary",),
    "Secretary of State for Foreign and Commonwealth Affairs": ("Foreign Secretary",),
    "Secretary of State for Defence": ("Defence Secretary",),
    "Secretary of State for Justice": ("Justice Secretary", "Lord Chancellor"),
    "Secretary of State for Health and Social Care": ("Health Secretary",),
    "Secretary of State for Education": ("Education Secretary",),
    "Secretary of State for Work and Pensions": ("Work and Pensions Secretary",),
    "Shadow Secretary of State for the Home Department": ("Shadow Home Secretary",),
    "Shadow Chancellor of the Exchequer": ("Shadow Chancellor",),
    "Leader of the Opposition": (),
    "Leader of the House of Commons": ("Leader of the House",),
    "Speaker of the House of Commons": ("Speaker", "Mr Speaker", "Madam Speaker"),
    "Deputy Speaker": ("Madam Deputy Speaker", "Mr Deputy Speaker"),
    "Chairman of Ways and Means": ("Chair of Ways and Means",),
    "Lord Speaker": (),
}
_PRESIDING = frozenset(
    {
        "Speaker of the House of Commons",
        "Deputy Speaker",
        "Chairman of Ways and Means",
        "Lord Speaker",
    }
)
_ALIAS_TO_LABEL = {
    alias.lower(): label for label, aliases in _KNOWN.items() for alias in (label, *aliases)
}
_PUSS = re.compile(r"^(?:Parliamentary )?Under-Secretary of State\b", re.IGNORECASE)


_ARTICLE = re.compile(r"^(?:the|The)\s+")
_MADAM = re.compile(r"^(?:Madame|Madam|Mr)\s+(?=Deputy Speaker|Speaker)")


def _clean(text: str) -> str:
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,.")
    text = _ARTICLE.sub("", text)
    return _MADAM.sub("", text)


def canonical_office(text: str, organisation: str | None = None) -> OfficeName:
    """One office for an office as written (with or without "The", honorific, short name
    or the organisation it is in)."""
    cleaned = _clean(text)
    label = _ALIAS_TO_LABEL.get(cleaned.lower())
    if label is None and cleaned.lower() == "speaker":
        label = "Speaker of the House of Commons"
    if label is None and organisation is None and _PUSS.match(cleaned):
        # "Under-Secretary of State for X" and "Parliamentary Under-Secretary of State for X"
        # are the same post: Hansard prints the first in debate, the second in attributions.
        rest = _PUSS.sub("", cleaned)
        label = "Parliamentary Under-Secretary of State" + rest
        return OfficeName(label=label, aliases=("Under-Secretary of State" + rest,))
    if label is None:
        org = None if organisation in (None, "", "House of Commons") else organisation
        known = _known_by_key().get(office_key(cleaned, org))
        if known is not None:
            return known
        if org is not None and org.lower() not in cleaned.lower():
            cleaned = f"{cleaned} ({org})"
        return OfficeName(label=_plain(cleaned))
    return _known(label)


def _known(label: str) -> OfficeName:
    aliases = tuple(a for a in _KNOWN.get(label, ()) if a != label)
    return OfficeName(label=label, aliases=aliases, presiding=label in _PRESIDING)


def known_offices() -> tuple[OfficeName, ...]:
    """Every office with a label in the table above, in table order."""
    return tuple(_known(label) for label in _KNOWN)


def is_known(label: str) -> bool:
    """Whether ``label`` is the label of an office in the table above."""
    return label in _KNOWN


@cache
def _known_by_key() -> dict[OfficeKey, OfficeName]:
    return {office_key(o.label): o for o in known_offices()}


_SMALL = frozenset({"of", "for", "the", "and", "to", "in", "on", "at", "with"})


def _plain(text: str) -> str:
    """Words only, small words lower-case, others capitalised: spellings that slug alike
    get one label.

    >>> _plain("PPS (Minister without portfolio)")
    'PPS Minister Without Portfolio'
    """
    words = re.findall(r"[^\W_]+(?:'[^\W_]+)?", text)
    return " ".join(
        w.lower() if w.lower() in _SMALL and i else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )
