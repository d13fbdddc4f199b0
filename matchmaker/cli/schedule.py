"""``matchmaker schedule INPUT.json --out OUTPUT.json``: the scheduler's file contract on the command line.

Validation errors print one per line as ``INPUT.json: requests[3].b: unknown participant 'p9'`` and
exit 1, before any solving; the solver's phases show in a status line on stderr, and the summary
is one line on stdout so scripts can keep it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import orjson
import typer

from matchmaker.cli.common import console, err, error_line, fail
from matchmaker.scheduling.model import InputError, parse_input
from matchmaker.scheduling.solver import solve


def schedule(
    input: Annotated[Path, typer.Argument(help="INPUT.json: slots, tables, participants, requests, locked.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write OUTPUT.json.")],
    time_limit: Annotated[float, typer.Option(help="Seconds the solver may use.", min=1)] = 60,
    workers: Annotated[int, typer.Option(help="CP-SAT search workers (threads).", min=1)] = 2,
) -> None:
    """Place accepted meeting requests into slots and tables, maximising their total weight."""
    try:
        data = orjson.loads(input.read_bytes())
    except OSError as exc:
        fail(f"{input}: cannot read: {exc.strerror or exc}")
    except orjson.JSONDecodeError as exc:
        fail(f"{input}: not JSON: {exc}")
    try:
        problem = parse_input(data)
    except InputError as exc:
        for line in exc.problems:
            error_line(f"{input}: {line}")
        raise typer.Exit(1) from None
    started = time.monotonic()
    with err.status("Scheduling...") as status:
        result = solve(
            problem,
            time_limit=time_limit,
            workers=workers,
            on_progress=lambda text: status.update(f"[{time.monotonic() - started:5.1f}s] {text}"),
        )
    seconds = time.monotonic() - started
    try:
        out.write_bytes(orjson.dumps(result.model_dump(mode="json"), option=orjson.OPT_INDENT_2))
    except OSError as exc:
        fail(f"{out}: cannot write: {exc.strerror or exc}")
    gap = (result.bound - result.objective) / result.bound * 100 if result.bound else 0.0
    console.print(
        f"{len(result.meetings):,} meetings, {len(result.unscheduled):,} unscheduled, "
        f"objective {result.objective:,.6g}, bound {result.bound:,.6g}, gap {gap:.2f}%, {result.status}, "
        f"{seconds:.1f} s -> {out}",
        highlight=False,
        soft_wrap=True,
    )
