"""The page at ``/``: the endpoint's URL and the named queries, each runnable in place.

Every text from the queries is HTML-escaped here; the page's script only ever
puts results into the document as text (``textContent``), never as markup.

>>> page = render_page()
>>> "speeches-in-order" in page and "<script>" in page
True
"""

from __future__ import annotations

from html import escape
from importlib.resources import files
from string import Template

from graph import __version__
from graph.queries import NamedQuery, named_queries
from ontology import PREFIXES

_FREE_QUERY = """SELECT ?debate ?title ?date
WHERE { ?debate a dkg:Debate ; dcterms:title ?title . OPTIONAL { ?debate dcterms:date ?date } }
ORDER BY ?date
LIMIT 20"""


def render_page() -> str:
    """The HTML page, with every named query of :func:`graph.queries.named_queries`."""
    template = Template(files(__package__).joinpath("page.html").read_text(encoding="utf-8"))
    prefixes = " ".join(f"{escape(p)}:" for p in sorted(PREFIXES))
    sections = "\n".join(_section(q) for q in named_queries().values())
    return template.substitute(
        version=escape(__version__),
        prefixes=prefixes,
        free=_query_block("your-query", "Your query", "", (), _FREE_QUERY),
        queries=sections,
    )


def _section(query: NamedQuery) -> str:
    return _query_block(query.name, query.name, query.description, query.params, query.text)


def _query_block(
    ident: str, title: str, description: str, params: tuple[str, ...], text: str
) -> str:
    """One query: title, description, a parameter box per parameter, the text, run."""
    name = escape(ident)
    inputs = "".join(
        f'<label>{escape(p)} <input name="{escape(p)}" placeholder="any"></label> ' for p in params
    )
    hint = (
        '<p class="hint">Parameters fix a variable to a string (a <code>VALUES</code> '
        "block opens the <code>WHERE</code> group); leave one empty to leave it unbound.</p>"
        if params
        else ""
    )
    rows = min(max(text.count("\n") + 2, 4), 24)
    return f"""<section class="query" id="q-{name}" data-name="{name}">
<h2>{escape(title)}</h2>
<p>{escape(description)}</p>
{hint}<form>{inputs}
<textarea rows="{rows}" spellcheck="false">{escape(text)}</textarea>
<button type="submit">run</button> <span class="status"></span>
</form>
<div class="result"></div>
</section>"""
