"""The role an office's name gives its holder: minister, shadow, chair, a spokesperson.

Vocabulary, read from the office's own words, with no registry and no date: the linking
stage uses it for offices printed beside speeches and held in registries
(:mod:`graph.link.roles`), and the commitment extractor for a minister named as the
doer of a sentence ("the Foreign Secretary will represent the UK").

>>> office_role("The Parliamentary Under-Secretary of State for Justice")
'minister'
>>> office_role("Shadow Secretary of State for Health"), office_role("Madam Deputy Speaker")
('shadow', 'chair')
"""

from __future__ import annotations

import re

from graph.vocab.kinds import SpeakerRole

__all__ = ["office_role"]

# Presiding offices by what each house calls them: the Lords' Chairman of Committees,
# South Africa's House and Temporary Chairpersons, a Scottish committee's Convener (in its
# own meeting), the Dáil's Ceann Comhairle, the Seanad's Cathaoirleach, the Senedd's
# Llywydd.
_CHAIR = re.compile(
    r"^(?:the\s+|mr\.?\s+|madam\s+|madame\s+|an\s+|y\s+)?"
    r"(?:(?:first|second|principal|senior|house|temporary|acting)\s+)?(?:deputy\s+)?"
    r"(?:speaker|lord\s+speaker|presiding\s+officer|chairman\s+of\s+ways\s+and\s+means"
    r"|(?:deputy\s+)?chairman\s+of\s+committees|deputy\s+chairman|chair(?:man|person)?"
    r"|convener|(?:leas-)?ch?eann\s+comhairle|(?:leas-)?chathaoirleach|cathaoirleach|llywydd)"
    r"\b(?!['’]s)"
    r"(?:\s+of\s+the\s+(?:house|assembly|ncop)\b[^(]*)?(?:\s*\(.*\))?$"
    r"|\bin\s+the\s+chair\b",
    re.IGNORECASE,
)
# A committee's chair speaking in the chamber is a member, not its presiding officer
# ("The Chairperson of the Committee for Education"); "Chairman of Committees" presides.
_COMMITTEE = re.compile(r"\bcommittee\b", re.IGNORECASE)
# ParlaMint's affiliations as the registry labels them: heading a parliament is presiding
# over it ("head (National Assembly of Slovenia)"); heading a government or a ministry, or
# being a member of a government, is governing ("head (Government of Slovenia)",
# "deputyHead (GOV)", "head (ministry.MF)", "member (GOV)").
_HEADS_PARLIAMENT = re.compile(
    r"^(?:deputy\s*)?head\s*\((?![^)]*\bcommittee\b)[^)]*\b(?:parliament|assembly|senate"
    r"|congress|chamber|house|diet|national\s+council)\b",
    re.IGNORECASE,
)
_HEADS_GOVERNMENT = re.compile(
    r"^(?:deputy\s*)?head\s*\((?:gov\b|government\b|ministry\b|min\.|[^)]*\b(?:government"
    r"|ministry)\b)"
    # a member of the government is one of its ministers ("member (GOV)", ParlaMint-ES-GA)
    r"|^member\s*\((?:gov\b|government\b|[^)]*\bgovernment\b)(?![^)]*\bcommittee\b)",
    re.IGNORECASE,
)
_SHADOW = re.compile(
    r"\bshadow\b|\bopposition\b|\b(?:liberal\s+democrat|snp|plaid\s+cymru|dup|green)\s+spokes",
    re.IGNORECASE,
)
_NOT_MINISTER = re.compile(
    r"\bparliamentary\s+private\s+secretary\b|\bcommittee\b|\bmember\s*\(|\bpps\b|\bcommissioner\b"
    r"(?!\s+of\s+h\.?m\.?\s+treasury)|\bspecial\s+envoy\b|\btrade\s+envoy\b|\bchampion\b"
    # a party's whip in a parliament whose government whips are not ministers (South Africa)
    r"|\bwhip\s+of\s+the\s+majority\s+party\b",
    re.IGNORECASE,
)
_LORDS_SPOKESPERSON = re.compile(
    r"\b(?:lords?|baroness(?:es)?)[\s-]+in[\s-]+waiting\b|\bcaptain\s+of\s+(?:the\s+)?"
    r"(?:honourable\s+corps|queen|king|yeomen)|\bchief\s+whip\s*\(\s*house\s+of\s+lords"
    r"|\bgovernment\s+spokes",
    re.IGNORECASE,
)
_MINISTER = re.compile(
    r"\bminister\b|\bsecretary\s+of\s+state\b|\bunder[\s-]secretary\b|\bchancellor\b"
    r"|\b(?:attorney|solicitor|advocate|paymaster|postmaster)[\s-]+general\b"
    r"|\bleader\s+of\s+the\s+house\b|\blord\s+privy\s+seal\b|\blord\s+president\b"
    r"|\b(?:financial|exchequer|economic|chief|first|parliamentary)\s+secretary\b"
    r"|\bwhip\b|\btreasurer\s+of\s+(?:hm|her\s+majesty|his\s+majesty|the)|\bcomptroller\s+of\b"
    r"|\bvice[\s-]chamberlain\b|\blord\s+commissioner\s+of\b|\bcommissioner\s+of\s+h\.?m\.?\s+treasury"
    r"|\blord\s+advocate\b|\bsecretary\s+to\s+the\s+treasury\b"
    # the devolved and other executives' titles: the Scottish (and 2016-2021 Welsh)
    # Government's Cabinet Secretaries, the Welsh law officer, the Senedd's business
    # minister (Trefnydd)
    r"|\bcabinet\s+secretary\b|\bcounsel\s+general\b|\btrefnydd\b"
    r"|\btaoiseach\b|\bt[áa]naiste\b|\bpremier\b"
    # a presidential system's head of government ("The PRESIDENT OF THE REPUBLIC" of South
    # Africa): the executive, able to commit, where a parliament's own President presides
    r"|\bpresident\s+of\s+the\s+republic\b",
    re.IGNORECASE,
)


def office_role(office: str) -> SpeakerRole | None:
    """The role an office's name gives its holder, or None when it gives none.

    A committee's "Chair" held in a registry is not a presiding office; call this
    on such labels only after dropping them (``Member (…)``, "… Committee").
    """
    text = " ".join(office.split())
    if not text:
        return None
    if (_CHAIR.search(text) or _HEADS_PARLIAMENT.search(text)) and not _COMMITTEE.search(text):
        return "chair"
    if _HEADS_GOVERNMENT.search(text):
        return "minister"
    if _SHADOW.search(text):
        return "shadow"
    if _NOT_MINISTER.search(text):
        return None
    if _LORDS_SPOKESPERSON.search(text):
        return "lords-spokesperson"
    if _MINISTER.search(text):
        return "minister"
    return None
