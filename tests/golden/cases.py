"""Golden graph cases: one small transcript per folder, and the quads it must become.

A case is a folder ``tests/golden/<reader>/<case>/`` named after the reader module
(:mod:`graph.sources`) that reads it.  It holds one transcript, any file that reader
looks for beside it (:data:`SUPPORT`), and ``expected.nq``: the sorted N-Quads that
:func:`graph.pipeline.extract_file` gives for the transcript with the built-in
registry, so the expected graph does not depend on any store or corpus.

Two values in the output change for reasons that are no part of one file's graph: the
package version (in the extractor's IRI and its ``softwareVersion``) and the built-in
registry's fingerprint (a hash of its whole file).  Both are written as placeholders
(:func:`normalise`), so a release or an unrelated registry row does not rewrite
every case.  The fingerprint is replaced only when it is the built-in registry's, so
a wrong one still shows in the diff.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal

from graph import __version__, iris
from graph.pipeline import extract_file
from graph.registry import Registry
from graph.sources import SUFFIXES
from graph.store import sorted_nquads, to_nquads
from graph.terms import Quad
from ontology import DKG

GOLDEN = Path(__file__).resolve().parent
EXPECTED = "expected.nq"

#: Name endings of files a reader reads beside the transcript, not as one
#: (ParlaMint's person list, found by :mod:`graph.sources.parlamint`).
SUPPORT = ("-listPerson.xml",)

#: What the version-dependent and registry-dependent values are written as.
BUILDER = iris.extractor("debate-kg", "VERSION")
VERSION = Literal("VERSION")
FINGERPRINT = Literal("BUILTIN-REGISTRY")


@dataclass(frozen=True, slots=True)
class Case:
    folder: Path

    @property
    def name(self) -> str:
        """``<reader>/<case>``, as the test ids and the regenerate command spell it."""
        return self.folder.relative_to(GOLDEN).as_posix()

    @property
    def reader(self) -> str:
        return self.folder.parent.name

    @property
    def expected(self) -> Path:
        return self.folder / EXPECTED

    @property
    def transcript(self) -> Path:
        """The one transcript in the folder; anything else there must be :data:`SUPPORT`."""
        found = [
            p
            for p in sorted(self.folder.iterdir())
            if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.endswith(SUPPORT)
        ]
        if len(found) != 1:
            names = ", ".join(p.name for p in found) or "none"
            raise ValueError(f"golden case {self.name}: expected one transcript, found {names}")
        return found[0]


def cases() -> list[Case]:
    """Every case folder, sorted by name."""
    return sorted(
        (Case(d) for d in GOLDEN.glob("*/*") if d.is_dir() and not d.name.startswith(("_", "."))),
        key=lambda c: c.name,
    )


def select(names: Iterable[str]) -> list[Case]:
    """The cases named ``reader/case`` or under a ``reader``; all of them when none are named."""
    wanted = [n.strip("/") for n in names]
    every = cases()
    if not wanted:
        return every
    chosen = [c for c in every if any(c.name == w or c.reader == w for w in wanted)]
    unknown = [w for w in wanted if not any(c.name == w or c.reader == w for c in every)]
    if unknown:
        known = ", ".join(c.name for c in every)
        raise ValueError(f"no golden case {', '.join(unknown)} (known: {known})")
    return chosen


def normalise(quads: Iterable[Quad], fingerprint: str) -> Iterator[Quad]:
    """``quads`` with the version and the built-in registry's fingerprint as placeholders."""
    real_version = Literal(__version__)
    real_fingerprint = Literal(fingerprint)
    for s, p, o, g in quads:
        if s == iris.BUILDER:
            s = BUILDER
            o = VERSION if o == real_version else o
        if o == iris.BUILDER:
            o = BUILDER
        elif p == DKG.registryFingerprint and o == real_fingerprint:
            o = FINGERPRINT
        yield s, p, o, g


def build(case: Case) -> bytes:
    """The case's graph as sorted N-Quads, the form ``expected.nq`` is written in."""
    registry = Registry.builtin()
    assert registry.fingerprint is not None  # the built-in registry always has one
    _, quads = extract_file(case.transcript, registry=registry)
    return sorted_nquads(to_nquads(normalise(quads, registry.fingerprint)))
