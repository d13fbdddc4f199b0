"""``matchmaker db``: the embedded Neo4j server's lifecycle, and schema migrations."""

from __future__ import annotations

import json

import typer

from matchmaker.cli.common import console, fail, graph
from matchmaker.graph.schema import SCHEMA_VERSION, current_version, migrate
from matchmaker.graph.server import EmbeddedServer, ServerError
from matchmaker.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Run the embedded Neo4j server and manage the schema.")


def _server() -> EmbeddedServer:
    settings = get_settings()
    if settings.neo4j_uri:
        fail(f"NEO4J_URI is set ({settings.neo4j_uri}): that server is used and nothing runs locally")
    return EmbeddedServer(settings)


@app.command()
def install() -> None:
    """Fetch the Neo4j jars from Maven Central (once) and compile the launcher."""
    try:
        with console.status("Fetching Neo4j jars with Maven..."):
            _server().install()
    except ServerError as exc:
        fail(str(exc))
    console.print(f"Neo4j {get_settings().neo4j_version} jars in {get_settings().neo4j_lib_dir}")


@app.command()
def start() -> None:
    """Start the embedded server; returns once Bolt answers."""
    server = _server()
    try:
        with console.status("Starting Neo4j..."):
            status = server.start()
    except ServerError as exc:
        fail(str(exc))
    console.print(f"Neo4j running (pid {status.pid}) on bolt://127.0.0.1:{status.port}, data in {status.data_dir}")


@app.command()
def stop() -> None:
    """Stop the embedded server cleanly (SIGTERM; the store is flushed)."""
    console.print("Neo4j stopped" if _server().stop() else "Neo4j was not running")


@app.command()
def status(as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """Report whether the server runs and answers."""
    settings = get_settings()
    if settings.neo4j_uri:
        from matchmaker.graph.connection import Graph

        g = Graph.connect(settings)
        up = g.ping()
        g.close()
        info = {"uri": settings.neo4j_uri, "external": True, "answering": up}
    else:
        s = EmbeddedServer(settings).status()
        info = {
            "uri": f"bolt://127.0.0.1:{s.port}",
            "external": False,
            "running": s.running,
            "pid": s.pid,
            "answering": s.answering,
            "data_dir": str(s.data_dir),
        }
    console.print_json(json.dumps(info)) if as_json else console.print(info)
    if not info["answering"]:
        raise typer.Exit(1)


@app.command()
def reset(yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation.")) -> None:
    """Delete the embedded database's data (restarting it if it ran)."""
    server = _server()
    if not yes:
        typer.confirm(f"Delete everything in {server.data_dir}?", abort=True)
    try:
        server.reset()
    except ServerError as exc:
        fail(str(exc))
    console.print(f"Neo4j data in {server.data_dir} deleted")


@app.command("migrate")
def migrate_cmd() -> None:
    """Apply the schema (constraints, indexes, full-text index); idempotent."""
    with graph() as g:
        before = current_version(g)
        after = migrate(g)
    console.print(f"schema version {before} -> {after} (current: {SCHEMA_VERSION})")
