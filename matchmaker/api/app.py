"""The FastAPI application: ``create_app()`` wires settings, the graph and the routers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import neo4j.exceptions
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from matchmaker import __version__, compose
from matchmaker.api import errors, pages
from matchmaker.api.middleware import Audit, BodyLimit, SecurityHeaders
from matchmaker.api.routes import (
    access,
    certification,
    collections,
    exchange,
    health,
    links,
    matches,
    metrics,
    notifications,
    organizations,
    partnering,
    profiles,
)
from matchmaker.api.security import Gate, document_access, identify, operation_id
from matchmaker.graph.connection import Graph
from matchmaker.graph.schema import migrate
from matchmaker.settings import Settings, get_settings

log = logging.getLogger(__name__)
DESCRIPTION = """
matchmaker finds partners in a bio-industry ecosystem: drug ventures and CDMOs, VCs,
parts makers and pharma buyers, universities and companies. The graph lives in Neo4j.
Errors are JSON: `{"message": "...", "errors": [{"field", "message", "line"}]}`.
"""


def create_app(settings: Settings | None = None, graph: Graph | None = None) -> FastAPI:
    """The app for ``settings`` (read from the environment when not given), on ``graph`` when
    given (tests share one) or on a connection of its own, closed at shutdown."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = compose.build(settings, graph, vector_cache=True)
        app.state.services = services
        app.state.gate = Gate(settings)
        try:
            migrate(services.graph)
            if services.vectors is not None:  # warm it while the first requests use the vector index
                services.vectors.load_in_background(services.graph)
            if services.rows is not None:  # and the candidates' rows, read from Neo4j until then
                services.rows.load_in_background(services.graph)
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError) as exc:
            # Start anyway: /readyz reports the schema and requests answer 503 until Neo4j is back.
            log.warning("schema migration failed at start-up: %s", exc)
        worker = services.start_delivery()  # None unless MATCHMAKER_SMTP_HOST is set
        yield
        if worker is not None:
            worker.stop()
        if graph is None:
            services.close()

    app = FastAPI(
        title="matchmaker", version=__version__, description=DESCRIPTION, lifespan=lifespan,
        responses=errors.COMMON_RESPONSES, dependencies=[Depends(identify)], generate_unique_id_function=operation_id,
    )  # fmt: skip
    errors.install(app)
    # Outermost last: limits first, then headers on every answer (errors too), then the audit.
    app.add_middleware(Audit)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origin_list, allow_methods=["*"],
            allow_headers=["authorization", "content-type"], max_age=600,
        )  # fmt: skip
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, settings=settings)
    if settings.trusted_proxies:
        # uvicorn's own proxy-header handling is turned off (`matchmaker serve`); the app decides
        # whose forwarded header to believe, so a client cannot pick its address by rotating it.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    app.include_router(health.router)
    app.include_router(matches.router)
    app.include_router(organizations.router)
    app.include_router(collections.communities)
    app.include_router(collections.hubs)
    app.include_router(collections.events)
    app.include_router(collections.seeds)
    app.include_router(links.router)
    app.include_router(exchange.router)
    app.include_router(metrics.router)
    app.include_router(partnering.router)
    app.include_router(notifications.router)
    app.include_router(profiles.router)
    app.include_router(access.router)
    app.include_router(certification.router)
    pages.install(app)  # the browser UI: pages and /static
    document_access(app)
    return app


def app_factory() -> FastAPI:
    """Entry point for ``uvicorn --factory matchmaker.api.app:app_factory`` (one app per worker)."""
    return create_app()
