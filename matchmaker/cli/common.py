"""Helpers shared by the CLI modules: the console, errors as one readable line, the graph."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from matchmaker import compose
from matchmaker.access import audit
from matchmaker.compose import Services
from matchmaker.embeddings.base import Encoder
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
def services() -> Iterator[Services]:
    """The composition root's services for this command, from the environment's settings."""
    ensure_database()
    built = compose.build(get_settings())
    try:
        yield built
    finally:
        built.close()


@contextmanager
def graph() -> Iterator[Graph]:
    """The graph alone, for commands that need nothing else."""
    with services() as built:
        yield built.graph


def load_encoder(built: Services) -> Encoder:
    """The configured encoder, loaded (seconds) behind a status line."""
    with console.status(f"Loading the encoder ({built.settings.encoder})..."):
        return built.encoder


def progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=False,
    )  # fmt: skip


F = TypeVar("F", bound=Callable[..., Any])


def audited(action: str, when: Callable[[dict[str, Any]], bool] = lambda _: True) -> Callable[[F], F]:
    """Record a command that changes data in the audit trail (as ``cli:<user>``, with its
    options) once it has succeeded; ``when`` tells, from the options, whether this run writes."""

    def wrap(command: F) -> F:
        @functools.wraps(command)
        def run(*args: Any, **options: Any) -> Any:
            result = command(*args, **options)
            if when(options):
                shown = " ".join(f"{k}={v}" for k, v in options.items() if v not in (None, False, [], ""))
                with graph() as g:
                    audit.record(g, audit.cli_actor(), action, detail=shown[:500] or None)
            return result

        return run  # type: ignore[return-value]

    return wrap
