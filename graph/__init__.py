"""debate-kg: parliamentary debate transcripts into a queryable knowledge graph.

The data flows one way: :mod:`graph.sources` reads files into
:mod:`graph.records`; :mod:`graph.extract` finds attributions, offices,
mentions and commitments; :mod:`graph.build` turns them into quads under
IRIs from :mod:`graph.iris`; :mod:`graph.store` keeps them in Oxigraph.
"""

__version__ = "0.1.0"
