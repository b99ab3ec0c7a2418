"""Linking what transcripts print (speaker lines, division lists, names) to people.

:func:`load_build_registry` is the registry a build resolves with: the built-in
seed registry plus whatever ``debate-kg members import`` stored.
:mod:`graph.link.speakers` holds the pure linking functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.registry import Registry

if TYPE_CHECKING:
    from graph.store import Store


def load_build_registry(store: Store | None) -> Registry:
    """The built-in registry plus every registry file imported into ``store``.

    Cached per set of imported files (by their hashes), so calling it once per
    built file costs one small query.
    """
    from graph.registry.rdf import build_registry

    return build_registry(store)


__all__ = ["load_build_registry"]
