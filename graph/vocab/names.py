"""Name normalisation: the keys people and seats are looked up by.

>>> person_name_key("The Rt Hon. Sir Keir Starmer KC MP")
'keir starmer'
>>> person_name_key("Diana R. Johnson")
'diana johnson'
>>> person_name_key("Lembit Öpik")
'lembit opik'
>>> person_name_key("Lord Davies of Abersoch")
'lord davies of abersoch'
>>> surname_key("Mr Bone")
'bone'
>>> constituency_key("Birmingham, Yardley") == constituency_key("Birmingham Yardley")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Courtesy titles and honorifics dropped before matching.
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "doctor",
        "prof",
        "professor",
        "sir",
        "dame",
        "rt",
        "right",
        "hon",
        "honourable",
        "the",
        "rev",
        "reverend",
        "canon",
        "hon.",
    }
)
#: Peerage titles: kept, because "Lord Bach" is a name, "Bach" is not.
PEERAGE = frozenset(
    {
        "lord",
        "baroness",
        "lady",
        "viscount",
        "viscountess",
        "earl",
        "countess",
        "marquess",
        "marchioness",
        "duke",
        "duchess",
        "bishop",
        "archbishop",
    }
)
#: Post-nominal letters dropped at the end.
POSTNOMINALS = frozenset(
    {
        "mp",
        "kc",
        "qc",
        "obe",
        "mbe",
        "cbe",
        "kbe",
        "dbe",
        "pc",
        "msp",
        "ms",
        "mla",
        "frs",
        "jp",
        "dl",
        "mep",
    }
)

#: Short and long forms of common first names (both directions are tried).
_NICKNAMES = {
    "matt": "matthew",
    "ed": "edward",
    "chris": "christopher",
    "nick": "nicholas",
    "mike": "michael",
    "tom": "thomas",
    "jim": "james",
    "jamie": "james",
    "dave": "david",
    "rob": "robert",
    "bob": "robert",
    "bill": "william",
    "liz": "elizabeth",
    "andy": "andrew",
    "tony": "anthony",
    "steve": "stephen",
    "ben": "benjamin",
    "dan": "daniel",
    "sam": "samuel",
    "alex": "alexander",
    "greg": "gregory",
    "phil": "philip",
    "pat": "patrick",
    "jo": "joanna",
    "kate": "catherine",
    "vicky": "victoria",
    "nadhim": "nadhim",
    "tim": "timothy",
    "pete": "peter",
    "jeff": "jeffrey",
    "ken": "kenneth",
    "ian": "iain",
    "jon": "jonathan",
}


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def lookup_name_key(text: str) -> str:
    """The ``dkg:lookupKey`` a SPARQL query finds a name or label by.

    A named query's ``# lookup: NAME`` parameter is bound with this key too
    (:func:`graph.queries.bind`), so it looks a person or an office up by index,
    whatever case the user typed, instead of lower-casing every label in the store.
    """
    return "name:" + text.lower()


def _tokens(name: str) -> list[str]:
    text = fold(name)
    text = re.sub(r"\([^)]*\)", " ", text)  # "(Yardley)" style trailers
    text = text.replace("-", " ").replace(".", " ").replace(",", " ")
    return [t for t in text.split() if t]


@lru_cache(maxsize=1 << 16)  # pure; every speech line and mention asks again for the same few names
def name_tokens(name: str) -> tuple[str, ...]:
    """Tokens of a personal name with honorifics, post-nominals and initials removed."""
    tokens = _tokens(name)
    while tokens and tokens[0] in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in POSTNOMINALS:
        tokens.pop()
    if tokens and tokens[0] in PEERAGE:
        return tuple(tokens)
    # drop middle initials ("Diana R. Johnson"), keep a lone initial first name
    kept = [t for i, t in enumerate(tokens) if len(t) > 1 or i == 0 or i == len(tokens) - 1]
    return tuple(kept)


def person_name_key(name: str) -> str:
    return " ".join(name_tokens(name))


def is_peerage(name: str) -> bool:
    tokens = name_tokens(name)
    return bool(tokens) and tokens[0] in PEERAGE


def surname_key(name: str) -> str:
    """The last word of a commoner's name; for peers, the title up to "of"."""
    tokens = name_tokens(name)
    if not tokens:
        return ""
    if tokens[0] in PEERAGE:
        cut = tokens.index("of") if "of" in tokens else len(tokens)
        return " ".join(tokens[:cut])
    return tokens[-1]


def first_name_forms(first: str) -> frozenset[str]:
    """A first name and its common short/long forms."""
    forms = {first}
    if first in _NICKNAMES:
        forms.add(_NICKNAMES[first])
    forms.update(k for k, v in _NICKNAMES.items() if v == first)
    return frozenset(forms)


def initial_key(name: str) -> str | None:
    """``"m hancock"`` for "Matthew Hancock": a fallback key tolerant of short forms."""
    tokens = name_tokens(name)
    if len(tokens) < 2 or tokens[0] in PEERAGE:
        return None
    return f"{tokens[0][0]} {tokens[-1]}"


@lru_cache(maxsize=1 << 16)  # pure; seats are keyed for every membership and every mention
def constituency_key(name: str) -> str:
    text = fold(name).replace("&", " and ")
    text = re.sub(r"[,.'\-()]", " ", text)
    text = re.sub(r"\bst\b", "saint", text)
    return " ".join(text.split())


# --- courtesy titles: what "the hon. Lady" or "my right hon. Friend" says of a member ---

_LETTERS = re.compile(r"[a-z]+")
_FRIEND = re.compile(r"\bFriend\b")


def referent_sex(exact: str) -> str | None:
    """ "F" for "the hon. Lady", "she", "herself"; "M" for "the right hon. Gentleman", "him".

    >>> referent_sex("The hon. Lady"), referent_sex("his"), referent_sex("my hon. Friend")
    ('F', 'M', None)
    """
    words = set(_LETTERS.findall(exact.lower()))
    if words & {"lady", "she", "her", "hers", "herself", "madam"}:
        return "F"
    if words & {"gentleman", "he", "him", "his", "himself", "mr"}:
        return "M"
    return None


def is_friend(exact: str) -> bool:
    """Whether a courtesy title says "my Friend" (in Hansard: the same party)."""
    return bool(_FRIEND.search(exact))


def trailing_groups(text: str) -> tuple[str, list[str]]:
    """Split ``"head (a) (b)"`` into ``("head", ["a", "b"])``, respecting nested brackets."""
    groups: list[str] = []
    head = text.strip()
    while head.endswith(")"):
        depth = 0
        for i in range(len(head) - 1, -1, -1):
            if head[i] == ")":
                depth += 1
            elif head[i] == "(":
                depth -= 1
                if depth == 0:
                    groups.insert(0, head[i + 1 : -1].strip())
                    head = head[:i].rstrip()
                    break
        else:  # unbalanced: leave the rest as it is
            break
    return head, groups
