"""``matchmaker serve`` runs the API; ``matchmaker demo`` also starts Neo4j and loads demo data."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from matchmaker.access.keys import list_keys
from matchmaker.cli import keys, seed
from matchmaker.cli.common import console, ensure_database, graph
from matchmaker.graph.schema import migrate
from matchmaker.settings import get_settings


def serve(
    host: Annotated[str | None, typer.Option(help="Default: MATCHMAKER_API_HOST (127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Default: MATCHMAKER_API_PORT (8000).")] = None,
    workers: Annotated[int, typer.Option(min=1, max=32, help="uvicorn worker processes.")] = 1,
) -> None:
    """Run the HTTP API (starting the embedded Neo4j first unless NEO4J_URI is set)."""
    settings = get_settings()
    ensure_database()
    with graph() as g:
        migrate(g)
        if not list_keys(g):
            console.print("No API key exists yet: create one with `matchmaker keys create --role admin --name ...`.")
    host, port = host or settings.api_host, port or settings.api_port
    console.print(f"matchmaker API on http://{host}:{port} (docs: http://{host}:{port}/docs)")
    # proxy_headers off: uvicorn would believe X-Forwarded-For from 127.0.0.1 by default; the app
    # believes it only from MATCHMAKER_TRUSTED_PROXIES.
    uvicorn.run(
        "matchmaker.api.app:app_factory", factory=True, host=host, port=port, workers=workers, log_level="info",
        proxy_headers=False,
    )  # fmt: skip


def demo(
    orgs: Annotated[int, typer.Option(min=0, help="Synthetic organisations to add beside the public data.")] = 2000,
    host: Annotated[str | None, typer.Option()] = None,
    port: Annotated[int | None, typer.Option()] = None,
) -> None:
    """Start Neo4j, load the public data and a synthetic ecosystem with a partnering event
    (idempotent), and serve the API."""
    seed.public()
    if orgs:
        seed.synthetic(orgs=orgs, seed=0, out=None)
        seed.partnering(event=seed.DEMO_EVENT, participants=min(60, orgs), seed=0)
    with graph() as g:
        key = keys.ensure_admin_key(g)
    if key is not None:
        console.print(f"[bold]Admin API key[/] (shown once; paste it into the UI's key field): {key.secret}")
    serve(host=host, port=port, workers=1)
