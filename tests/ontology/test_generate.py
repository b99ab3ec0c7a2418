"""``ontology/_terms.py`` is what ``python -m ontology.generate`` makes of the Turtle file."""

from __future__ import annotations

import difflib
from pathlib import Path

from ontology import generate

REGENERATE = ".venv/bin/python -m ontology.generate"


def test_terms_module_matches_the_ontology() -> None:
    expected = generate.render(generate.HERE / "debate-kg.ttl")
    committed = (generate.HERE / "_terms.py").read_text(encoding="utf-8")
    if committed != expected:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                expected.splitlines(keepends=True),
                "ontology/_terms.py (committed)",
                "ontology/_terms.py (from ontology/debate-kg.ttl)",
            )
        )
        raise AssertionError(
            "ontology/_terms.py is out of date with ontology/debate-kg.ttl; "
            f"regenerate it with `{REGENERATE}` and commit both.\n{diff}"
        )


def test_render_follows_the_turtle(tmp_path: Path) -> None:
    """A term added to the Turtle file shows up in the rendering, so the test above can fail."""
    turtle = tmp_path / "debate-kg.ttl"
    extra = '\ndkg:Petition a owl:Class ;\n    rdfs:label "petition"@en .\n'
    source = (generate.HERE / "debate-kg.ttl").read_text(encoding="utf-8")
    turtle.write_text(source + extra, encoding="utf-8")
    rendered = generate.render(turtle)
    assert "    Petition: URIRef  # petition\n" in rendered
    assert rendered != (generate.HERE / "_terms.py").read_text(encoding="utf-8")
