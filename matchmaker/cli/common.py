"""Helpers shared by the CLI modules: the console, errors as one readable line, the graph."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from matchmaker.graph.connection import Graph
from matchmaker.graph.server import EmbeddedServer, ServerError
from matchmaker.settings import get_settings

console = Console()
err = Console(stderr=True)


def error_line(message: str) -> None:
    """One error as one line, even when stderr is not a terminal (rich would wrap at 80 columns)."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)


def fail(message: str, code: int = 1) -> NoReturn:
    error_line(message)
    raise typer.Exit(code)


def ensure_database() -> None:
    """Start the embedded server unless NEO4J_URI points elsewhere."""
    settings = get_settings()
    if settings.neo4j_uri:
        return
    try:
        with console.status("Starting Neo4j (first start fetches its jars; about a minute)..."):
            EmbeddedServer(settings).start()
    except ServerError as exc:
        fail(str(exc))


@contextmanager
def graph() -> Iterator[Graph]:
    ensure_database()
    g = Graph.connect(get_settings())
    try:
        yield g
    finally:
        g.close()


def progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=False,
    )  # fmt: skip
