"""Party abbreviations as Parallel Parliament and Hansard print them.

>>> party("DUP")
PartyName(label='Democratic Unionist Party', abbreviation='DUP')
>>> party("Strangford") is None
True
"""

from __future__ import annotations

from graph.records import PartyName

# abbreviation -> full name (UK parties and Lords groupings)
_PARTIES: dict[str, str] = {
    "Lab": "Labour",
    "Lab/Co-op": "Labour (Co-op)",
    "Con": "Conservative",
    "LD": "Liberal Democrat",
    "Lib Dem": "Liberal Democrat",
    "SNP": "Scottish National Party",
    "DUP": "Democratic Unionist Party",
    "PC": "Plaid Cymru",
    "SDLP": "Social Democratic and Labour Party",
    "SF": "Sinn Féin",
    "UUP": "Ulster Unionist Party",
    "APNI": "Alliance",
    "Alliance": "Alliance",
    "TUV": "Traditional Unionist Voice",
    "Green": "Green Party",
    "GP": "Green Party",
    "Reform": "Reform UK",
    "RUK": "Reform UK",
    "Alba": "Alba Party",
    "Ind": "Independent",
    "CB": "Crossbench",
    "XB": "Crossbench",
    "Bshp": "Bishops",
    "Non-Afl": "Non-affiliated",
    "Spk": "Speaker",
}
_BY_LOWER = {k.lower(): k for k in _PARTIES}
_BY_NAME = {v.lower(): k for k, v in _PARTIES.items()}


def party(text: str) -> PartyName | None:
    """The party an abbreviation (or full name) stands for, or ``None``."""
    key = text.strip()
    abbreviation = _BY_LOWER.get(key.lower()) or _BY_NAME.get(key.lower())
    if abbreviation is None:
        return None
    return PartyName(label=_PARTIES[abbreviation], abbreviation=abbreviation)
