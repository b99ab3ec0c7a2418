"""``debate-kg serve``: a read-only SPARQL 1.1 endpoint over a store directory.

* :mod:`graph.serve.lexer` - the query read token by token as Oxigraph reads it;
* :mod:`graph.serve.guard` - what is refused (updates, SERVICE, FROM, costly shapes);
* :mod:`graph.serve.results` - content negotiation, serialisation, the row cap;
* :mod:`graph.serve.worker` - queries in worker processes, isolated, killed at the time limit;
* :mod:`graph.serve.pool` - admission: quick and long lanes, per-client limits;
* :mod:`graph.serve.app` - the HTTP front (uvicorn, Starlette; origins) and :class:`Server`;
* :mod:`graph.serve.page` - the HTML page with the named queries.
"""

from __future__ import annotations

from graph.serve.app import ServeConfig, Server, is_loopback

__all__ = ["ServeConfig", "Server", "is_loopback"]
