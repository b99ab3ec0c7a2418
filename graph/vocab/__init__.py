"""Shared tables: offices, parties, names and honorifics, and the closed word sets.

One copy of each, used by every stage (readers, extractors, registry, linker,
builder).  Modules here import nothing from the stages, only :mod:`graph.records`.
"""
