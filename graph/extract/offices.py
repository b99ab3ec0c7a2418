"""Office names: one canonical label per office, with the other names it goes by.

>>> canonical_office("The Secretary of State for the Home Department")
OfficeName(label='Secretary of State for the Home Department', aliases=('Home Secretary',), presiding=False)
>>> canonical_office("Madam Deputy Speaker").label
'Deputy Speaker'
>>> canonical_office("the Under-Secretary of State for the Home Department").label
'Parliamentary Under-Secretary of State for the Home Department'
"""

from __future__ import annotations

import re

from graph.records import OfficeName

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


def canonical_office(text: str) -> OfficeName:
    """Map an office as written (with or without "The", honorific or short name) to one office."""
    cleaned = _clean(text)
    label = _ALIAS_TO_LABEL.get(cleaned.lower())
    if label is None and cleaned.lower() == "speaker":
        label = "Speaker of the House of Commons"
    if label is None and _PUSS.match(cleaned):
        # "Under-Secretary of State for X" and "Parliamentary Under-Secretary of State for X"
        # are the same post: Hansard prints the first in debate, the second in attributions.
        rest = _PUSS.sub("", cleaned)
        label = "Parliamentary Under-Secretary of State" + rest
        return OfficeName(label=label, aliases=("Under-Secretary of State" + rest,))
    if label is None:
        return OfficeName(label=cleaned[:1].upper() + cleaned[1:])
    aliases = tuple(a for a in _KNOWN.get(label, ()) if a != label)
    return OfficeName(label=label, aliases=aliases, presiding=label in _PRESIDING)


def known_offices() -> tuple[OfficeName, ...]:
    """Every office with a canonical label in the table above, in table order."""
    return tuple(canonical_office(label) for label in _KNOWN)
