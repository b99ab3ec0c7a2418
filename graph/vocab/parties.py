"""Parties and Lords groupings: one table for every stage that names a party.

Speaker lines print abbreviations ("Lab Co-op", "LD", "CB"), parlparse files print
their own ("lab/co-op", "LDem", "CWM"), MP lists print full names
("Labour/Co-operative").  All of them resolve here to one :class:`PartyName`, so a
party read from a page and the same party read from a registry file are one node.

>>> party("DUP")
PartyName(label='Democratic Unionist Party', abbreviation='DUP')
>>> party("Labour/Co-operative") == party("Lab Co-op") == party("lab/co-op")
True
>>> party("LDem").label
'Liberal Democrat'
>>> party("Strangford") is None
True
>>> party_label("Lab/Co-op"), party_label("Pirate Party")
('Labour (Co-op)', 'Pirate Party')
"""

from __future__ import annotations

import re

from graph.records import PartyName

#: Preferred abbreviation -> (label, other spellings).  The label is the name the
#: graph gives the party; the other spellings are what sources print.
_PARTIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Lab": ("Labour", ("Labour Party",)),
    "Lab/Co-op": (
        "Labour (Co-op)",
        ("Lab Co-op", "Labour/Co-operative", "Labour Co-operative", "Labour and Co-operative"),
    ),
    "Con": ("Conservative", ("Conservative Party", "Conservative and Unionist")),
    "LD": ("Liberal Democrat", ("LDem", "Lib Dem", "Liberal Democrats")),
    "SNP": ("Scottish National Party", ()),
    "DUP": ("Democratic Unionist Party", ()),
    "PC": ("Plaid Cymru", ()),
    "SDLP": ("Social Democratic and Labour Party", ()),
    "SF": ("Sinn Féin", ("Sinn Fein",)),
    "UUP": ("Ulster Unionist Party", ("UU",)),
    "APNI": ("Alliance", ("Alliance Party",)),
    "TUV": ("Traditional Unionist Voice", ()),
    "Green": ("Green Party", ("GP", "Grn")),
    "Reform": ("Reform UK", ("RUK",)),
    "Alba": ("Alba Party", ()),
    "Ind": ("Independent", ()),
    "Ind Con": ("Independent Conservative", ()),
    "Ind Lab": ("Independent Labour", ()),
    "Ind UU": ("Independent Ulster Unionist", ()),
    "CB": ("Crossbench", ("XB", "Crossbencher")),
    "Bshp": ("Bishops", ("Bp", "Bishop")),
    "Non-Afl": ("Non-affiliated", ("Non-affiliated", "NA")),
    # Not parties, but printed where a party goes (parlparse, the Speaker's line).
    "Spk": ("Speaker", ()),
    "CWM": ("Deputy Speaker", ("DCWM",)),
}


def _fold(text: str) -> str:
    return re.sub(r"[\s/()&-]+", " ", text.lower().replace("é", "e")).strip()


_BY_SPELLING: dict[str, str] = {}
for _abbreviation, (_label, _others) in _PARTIES.items():
    for _spelling in (_abbreviation, _label, *_others):
        _BY_SPELLING.setdefault(_fold(_spelling), _abbreviation)


def party(text: str) -> PartyName | None:
    """The party an abbreviation or name stands for, or ``None`` when it is not one."""
    abbreviation = _BY_SPELLING.get(_fold(text))
    if abbreviation is None:
        return None
    return PartyName(label=_PARTIES[abbreviation][0], abbreviation=abbreviation)


def party_label(text: str) -> str:
    """The graph's label for a party as any source prints it; an unknown party as printed."""
    known = party(text)
    return known.label if known is not None else " ".join(text.split())
