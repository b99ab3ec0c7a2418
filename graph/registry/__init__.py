"""A time-aware registry of Members, seats, parties and offices.

Load member/office files with :func:`load_path` (format detected), merge them in a
:class:`Registry`, and ask who a name, seat or office meant on a date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from graph.registry.load import load_path, load_paths


def __getattr__(name: str) -> Any:
    """The loaders, imported when first used: they bring the readers' XML stack,
    which a registry question asked of a store never needs."""
    if name in ("load_path", "load_paths"):
        from graph.registry import load

        return getattr(load, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
