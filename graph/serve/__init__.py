"""``debate-kg serve``: a read-only SPARQL 1.1 endpoint over a store directory.

* :mod:`graph.serve.guard` - what is refused (updates, SERVICE, FROM), on the parse tree;
* :mod:`graph.serve.results` - content negotiation, serialisation, the row cap;
* :mod:`graph.serve.worker` - queries in worker processes, killed at the time limit;
* :mod:`graph.serve.app` - the HTTP front (SPARQL Protocol, CORS) and :class:`Server`;
* :mod:`graph.serve.page` - the HTML page with the named queries.
"""

from __future__ import annotations

from graph.serve.app import ServeConfig, Server, is_loopback

__all__ = ["ServeConfig", "Server", "is_loopback"]
