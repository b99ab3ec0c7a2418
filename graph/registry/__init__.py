"""A time-aware registry of Members, seats, parties and offices.

Load member/office files with :func:`load_path` (format detected), merge them in a
:class:`Registry`, and ask who a name, seat or office meant on a date.
"""

from __future__ import annotations

from graph.registry.load import load_path, load_paths
from graph.registry.records import (
    ConstituencyRecord,
    Holder,
    Membership,
    OfficeHolding,
    PersonName,
    RegistryData,
    RegistryPerson,
    Resolution,
)
from graph.registry.registry import Registry
from graph.vocab.office_keys import OfficeKey, canonical_label, office_key, parse_office

__all__ = [
    "ConstituencyRecord",
    "Holder",
    "Membership",
    "OfficeHolding",
    "OfficeKey",
    "PersonName",
    "Registry",
    "RegistryData",
    "RegistryPerson",
    "Resolution",
    "canonical_label",
    "load_path",
    "load_paths",
    "office_key",
    "parse_office",
]
