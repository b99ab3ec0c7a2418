"""Office-text normalisation: many spellings of one office become one :class:`OfficeKey`.

Hansard, the parlparse ministers files and Parallel Parliament each write offices
their own way.  The normaliser splits a text into a role head ("secretary of state",
"minister of state", …), a department key and an optional portfolio, using a small
table of department names.  It is a pure function of the text.

>>> office_key("The Secretary of State for the Home Department") == office_key("Home Secretary")
True
>>> office_key("Financial Secretary (HM Treasury) (also in the Department for Business)")
OfficeKey(role='financial secretary', department='treasury', portfolio=None)
>>> a = office_key("The Parliamentary Under-Secretary of State for the Home Department")
>>> a == office_key("Parliamentary Under-Secretary (Home Office)")
True
>>> office_key("The Minister of State, Department of Health and Social Care").department
'health'
>>> office_key("Minister for Care")
OfficeKey(role='minister', department='health', portfolio='care')
>>> office_key("Madam Deputy Speaker")
OfficeKey(role='deputy speaker', department='commons', portfolio=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.vocab.names import fold


@dataclass(frozen=True, slots=True)
class OfficeKey:
    role: str
    department: str | None = None
    portfolio: str | None = None


#: Department spellings (after :func:`_strip_department`) to one key.  Successor
#: departments with the same remit share a key (Health ≡ Health and Social Care).
_DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "home": ("home department", "home", "home affairs"),
    "treasury": ("treasury", "exchequer"),
    "health": ("health", "health and social care"),
    "foreign": (
        "foreign and commonwealth affairs",
        "foreign and commonwealth",
        "foreign affairs",
        "foreign commonwealth and development affairs",
        "foreign commonwealth and development",
        "foreign",
    ),
    "justice": ("justice", "constitutional affairs"),
    "defence": ("defence",),
    "transport": ("transport",),
    "education": ("education", "education and skills", "education and employment"),
    "work and pensions": ("work and pensions",),
    "environment food and rural affairs": ("environment food and rural affairs", "defra"),
    "communities": (
        "communities and local government",
        "housing communities and local government",
        "levelling up housing and communities",
        "communities",
    ),
    "business innovation and skills": ("business innovation and skills",),
    "business energy and industrial strategy": ("business energy and industrial strategy",),
    "energy and climate change": ("energy and climate change",),
    "international development": ("international development",),
    "culture media and sport": ("culture media and sport", "digital culture media and sport"),
    "exiting the european union": ("exiting the european union",),
    "international trade": ("international trade",),
    "cabinet office": ("cabinet", "cabinet office"),
    "northern ireland": ("northern ireland",),
    "scotland": ("scotland", "scottish"),
    "wales": ("wales", "welsh", "secretary of state for wales"),
    "equalities": ("women and equalities", "equalities", "government equalities", "women"),
    "children schools and families": ("children schools and families",),
    "household": ("household",),
    "commons": ("house of commons", "commons"),
    "lords": ("house of lords", "lords"),
}
_DEPARTMENT_ALIASES = {alias: key for key, aliases in _DEPARTMENTS.items() for alias in aliases}

#: "Minister for <portfolio>": the department a portfolio usually sits in.
PORTFOLIO_DEPARTMENTS: dict[str, str] = {
    "care": "health",
    "social care": "health",
    "health": "health",
    "public health": "health",
    "mental health": "health",
    "patient safety": "health",
    "immigration": "home",
    "borders and immigration": "home",
    "policing": "home",
    "security": "home",
    "safeguarding": "home",
    "crime and policing": "home",
    "policing and criminal justice": "home",
    "policing and the fire service": "home",
    "crime safeguarding and vulnerability": "home",
    "prisons": "justice",
    "prisons and probation": "justice",
    "courts": "justice",
    "armed forces": "defence",
    "veterans": "defence",
    "defence procurement": "defence",
    "pensions": "work and pensions",
    "employment": "work and pensions",
    "disabled people": "work and pensions",
    "welfare reform": "work and pensions",
    "schools": "education",
    "school standards": "education",
    "children and families": "education",
    "universities": "education",
    "higher education": "education",
    "further education": "education",
    "housing": "communities",
    "local government": "communities",
    "housing and planning": "communities",
    "europe": "foreign",
    "africa": "foreign",
    "middle east": "foreign",
    "asia": "foreign",
    "trade policy": "international trade",
    "exports": "international trade",
    "women and equalities": "equalities",
    "women": "equalities",
    "the cabinet office": "cabinet office",
}

#: Roles that "Minister for …" titles are given to.
JUNIOR_ROLES = frozenset(
    {"minister of state", "parliamentary under-secretary", "minister", "parliamentary secretary"}
)

# Fixed roles: pattern on the folded text -> (role, default department)
_FIXED: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple(
    (re.compile(p), role, dept)
    for p, role, dept in (
        (r"^(?:mr|madam|madame)? ?speaker$|^speaker of the house of commons", "speaker", "commons"),
        (r"^lord speaker", "speaker", "lords"),
        (r"deputy speaker.*lords|lords.*deputy speaker", "deputy speaker", "lords"),
        (
            r"deputy speaker|chairman of ways and means|chair of ways and means",
            "deputy speaker",
            "commons",
        ),
        (r"^chancellor of the exchequer", "chancellor of the exchequer", "treasury"),
        (r"^deputy prime minister", "deputy prime minister", None),
        (r"^prime minister", "prime minister", None),
        (r"^(?:chief whip|parliamentary secretary to the treasury)", "chief whip", "treasury"),
        (r"^financial secretary", "financial secretary", "treasury"),
        (r"^chief secretary", "chief secretary", "treasury"),
        (r"^economic secretary", "economic secretary", "treasury"),
        (r"^exchequer secretary", "exchequer secretary", "treasury"),
        (r"^commercial secretary", "commercial secretary", "treasury"),
        (r"^paymaster general", "paymaster general", None),
        (r"^comptroller", "comptroller of the household", "household"),
        (r"^vice chamberlain", "vice-chamberlain of the household", "household"),
        (
            r"^treasurer of (?:hm|her majesty s|his majesty s|the) household",
            "treasurer of the household",
            "household",
        ),
        (
            r"^leader of the house of commons|^leader of the house$",
            "leader of the house",
            "commons",
        ),
        (r"^leader of the house of lords", "leader of the house", "lords"),
        (r"^deputy leader of the house of commons", "deputy leader of the house", "commons"),
        (r"^lord chancellor", "lord chancellor", None),
        (r"^lord privy seal", "lord privy seal", None),
        (r"^lord president of the council", "lord president of the council", None),
        (r"^chancellor of the duchy of lancaster", "chancellor of the duchy of lancaster", None),
        (r"^attorney general", "attorney general", None),
        (r"^solicitor general", "solicitor general", None),
        (r"^advocate general", "advocate general for scotland", None),
        (r"^first secretary of state", "first secretary of state", None),
        (r"^minister without portfolio", "minister without portfolio", None),
        # Presiding officers of other bodies (Scottish Parliament, Senedd, councils).
        (r"^deputy presiding officer", "deputy presiding officer", "chair"),
        (r"^presiding officer", "presiding officer", "chair"),
        (r"^(?:deputy )?chairperson\b", "chairperson", "chair"),
    )
)
_ROLE_HEADS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^(?:parliamentary )?under secretary(?: of state)?\b"),
        "parliamentary under-secretary",
    ),
    (re.compile(r"^minister of state\b"), "minister of state"),
    (re.compile(r"^secretary of state\b"), "secretary of state"),
    (re.compile(r"^parliamentary secretary\b"), "parliamentary secretary"),
    (re.compile(r"^minister\b"), "minister"),
)
# "Home Secretary", "Foreign Secretary": department then "secretary"
_DEPT_SECRETARY = re.compile(r"^(?P<dept>.+?) secretary$")
# Heads that join two offices: "X and Lord Chancellor"
_SPLIT = re.compile(
    r" and (?=(?:lord |secretary of state|minister|leader of|first secretary|deputy prime"
    r"|chancellor|paymaster|president of))"
)


def _clean(text: str) -> str:
    text = fold(text).replace("&", " and ").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"^(?:the|rt hon|right hon)\s+", "", text)
    text = text.replace("her majesty's", "hm").replace("his majesty's", "hm")
    text = text.replace("-", " ").replace("'", " ").replace(".", " ")
    return " ".join(text.replace("  ", " ").split())


def _strip_department(text: str) -> str:
    text = re.sub(r"[,.;:()]", " ", text)
    text = " ".join(text.split())
    text = re.sub(r"^(?:also in |jointly? with |also )", "", text)
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"^(?:department|ministry|office) (?:for|of) (?:the )?", "", text)
    text = re.sub(r"^(?:hm|the) ", "", text)
    text = re.sub(r" (?:department|office)$", "", text)
    return text.strip()


def department_key(text: str | None) -> str | None:
    """The department key for a department name, or ``None`` if it is not one we know.

    >>> department_key("Department for Work and Pensions")
    'work and pensions'
    >>> department_key("HM Treasury"), department_key("the Home Office")
    ('treasury', 'home')
    """
    if not text:
        return None
    stripped = _strip_department(_clean(text))
    return _DEPARTMENT_ALIASES.get(stripped)


def _portfolio(text: str) -> str:
    text = re.sub(r"[,.;:()]", " ", text)
    text = re.sub(r"^(?:the |minister (?:for|of) )", "", " ".join(text.split()))
    return text.strip()


def _parenthesised(rest: str) -> tuple[str, list[str]]:
    groups = re.findall(r"\(([^()]*)\)", rest)
    outside = re.sub(r"\([^()]*\)", " ", rest)
    return " ".join(outside.split()), groups


def _parse_one(text: str) -> OfficeKey:
    if text.startswith("shadow "):
        inner = _parse_one(text[len("shadow ") :])
        return OfficeKey("shadow " + inner.role, inner.department, inner.portfolio)
    for pattern, role, dept in _FIXED:
        if pattern.search(text):
            if dept is None:
                m = re.search(r"\bfor (.+)$", text)
                dept = department_key(m.group(1)) if m else None
            return OfficeKey(role, dept)
    for pattern, role in _ROLE_HEADS:
        m = pattern.match(text)
        if not m:
            continue
        rest, groups = _parenthesised(text[m.end() :])
        rest = re.sub(r"^(?:of state\b)?\s*", "", rest).strip(" ,")
        department: str | None = None
        portfolios: list[str] = []
        body = re.sub(r"^(?:for|to|of|in)\s+", "", rest)
        if rest:
            department = department_key(body)
            if department is None and body:
                portfolios.append(_portfolio(body))
        for group in groups:
            dept = department_key(group)
            if dept is not None and department is None:
                department = dept
            elif dept is None and not re.match(r"\s*(?:also|joint)", group):
                portfolios.append(_portfolio(group))
        portfolio = portfolios[0] if portfolios else None
        if role == "minister" and department is None and portfolio is not None:
            department = PORTFOLIO_DEPARTMENTS.get(portfolio)
        return OfficeKey(role, department, portfolio or None)
    m = _DEPT_SECRETARY.match(text)
    if m:
        dept = department_key(m.group("dept"))
        if dept is not None:
            return OfficeKey("secretary of state", dept)
    return OfficeKey(text)


@lru_cache(maxsize=8192)  # pure; the same offices are named over and over
def parse_office(text: str, organisation: str | None = None) -> tuple[OfficeKey, ...]:
    """Every office a text names (joint offices give several), most specific first.

    ``organisation`` (a department name from the source's own field) fills in the
    department when the text does not give one.

    >>> [k.role for k in parse_office("The Secretary of State for Justice and Lord Chancellor")]
    ['secretary of state', 'lord chancellor']
    """
    cleaned = _clean(text)
    if not cleaned:
        return ()
    org = department_key(organisation)
    keys: list[OfficeKey] = []
    for part in _SPLIT.split(cleaned):
        key = _parse_one(part.strip())
        if key.department is None and org is not None:
            key = OfficeKey(key.role, org, key.portfolio)
        if key not in keys:
            keys.append(key)
    return tuple(keys)


@lru_cache(maxsize=8192)
def is_office(text: str) -> bool:
    """Whether a text names an office we recognise ("Mr Speaker" yes, "Diana R. Johnson" no).

    >>> is_office("Mr. Speaker"), is_office("Diana R. Johnson"), is_office("Lord Bach")
    (True, False, False)
    """
    cleaned = _clean(text)
    return any(
        (part := p.strip()) and _parse_one(part) != OfficeKey(part) for p in _SPLIT.split(cleaned)
    )


def office_key(text: str, organisation: str | None = None) -> OfficeKey:
    keys = parse_office(text, organisation)
    return keys[0] if keys else OfficeKey("")


def canonical_label(key: OfficeKey) -> str:
    """A stable, readable rendering of a key, e.g. ``secretary of state [home]``."""
    label = key.role
    if key.department:
        label += f" [{key.department}]"
    if key.portfolio:
        label += f" ({key.portfolio})"
    return label


def office_sex(text: str) -> str | None:
    """ "F" for "Madam Deputy Speaker", "M" for "Mr Speaker", else ``None``."""
    head = fold(text).split(" ", 1)[0].rstrip(".")
    return {"madam": "F", "madame": "F", "mr": "M"}.get(head)


def match(query: OfficeKey, held: OfficeKey) -> tuple[str, float] | None:
    """How a held office answers a query office: ``(kind, confidence)`` or ``None``."""
    if query == held:
        return ("exact", 1.0)
    if query.role == held.role and query.department == held.department:
        if query.portfolio is None or held.portfolio is None:
            return ("role", 0.95)
        return None
    if query.role == "minister" and query.portfolio is not None:
        if held.portfolio == query.portfolio and held.role in JUNIOR_ROLES:
            return ("portfolio", 0.9)
        if (
            query.department is not None
            and held.department == query.department
            and held.role in JUNIOR_ROLES
        ):
            return ("department", 0.6)
    return None
