"""The linking stage: what transcripts print (speaker lines, division lists, names,
seats, offices) resolved to people, with the member registry and the date.

:func:`link` turns one document's extracted facts into a linked document that the
builder projects to quads (:mod:`graph.link.document`).
:func:`load_build_registry` is the registry a build resolves with: the built-in
seed registry plus whatever ``debate-kg members import`` stored;
:func:`build_fingerprint` names it cheaply, so a build can tell which stored
documents were linked with another registry.
:mod:`graph.link.speakers` holds the pure linking functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.link.document import link, unplaced_speeches
from graph.registry import Registry

if TYPE_CHECKING:
    from graph.store import Store


def load_build_registry(store: Store | None) -> Registry:
    """The built-in registry plus every registry file imported into ``store``.

    Cached per set of imported files (by their hashes), so calling it once per
    built file costs one small query.  Its ``fingerprint`` is :func:`build_fingerprint`.
    """
    from graph.registry.rdf import build_registry

    return build_registry(store)


def build_fingerprint(store: Store | None) -> str:
    """The fingerprint of :func:`load_build_registry` (one small query, nothing loaded)."""
    from graph.registry.rdf import store_fingerprint

    return store_fingerprint(store)


__all__ = ["build_fingerprint", "link", "load_build_registry", "unplaced_speeches"]
