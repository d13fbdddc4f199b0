"""``matchmaker schedule INPUT.json --out OUTPUT.json``: the scheduler's file contract on the command line.

Validation errors print one per line as ``INPUT.json: requests[3].b: unknown participant 'p9'`` and
exit 1, before any solving; while it runs, stderr shows the phase, the best weight so far, the
proven bound and the gap between them (rich, fed by the solver's CP-SAT solution callbacks), and
the summary is one line on stdout so scripts can keep it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import orjson
import typer
from pydantic import ValidationError
from rich.progress import Progress as Bar
from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Column

from matchmaker.cli.common import console, err, error_line, fail
from matchmaker.scheduling.model import InputError, Meeting, parse_input
from matchmaker.scheduling.solver import Progress, solve
from matchmaker.settings import get_settings


def schedule(
    input: Annotated[Path, typer.Argument(help="INPUT.json: slots, tables, participants, requests, locked.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write OUTPUT.json.")],
    time_limit: Annotated[float, typer.Option(help="Seconds the solver may use.", min=1)] = 60,
    workers: Annotated[int, typer.Option(help="CP-SAT search workers (threads).", min=1)] = 2,
    relative_gap: Annotated[
        float | None,
        typer.Option(
            help="Stop once the weight is proven within this share of the bound (default: the settings', 0.001).",
            min=0,
            max=1,
        ),
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option("--previous", help="OUTPUT.json of an earlier run: keep its meetings where they were."),
    ] = None,
    replan: Annotated[
        bool, typer.Option("--replan", help="With --previous: re-plan freely, only count changes.")
    ] = False,
) -> None:
    """Place accepted meeting requests into slots and tables, maximising their total weight.

    With ``--previous``, meetings of the earlier run stay in their slot and table unless moving
    them schedules more weight; the summary counts meetings added, moved and dropped."""
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
    before = _previous(previous) if previous is not None else None
    gap_setting = get_settings().schedule_relative_gap if relative_gap is None else relative_gap
    started = time.monotonic()
    with solver_progress(time_limit) as show:
        result = solve(
            problem,
            time_limit=time_limit,
            workers=workers,
            previous=before,
            replan=replan,
            relative_gap=gap_setting,
            on_progress=show,
        )
    seconds = time.monotonic() - started
    try:
        out.write_bytes(orjson.dumps(result.model_dump(mode="json", exclude_none=True), option=orjson.OPT_INDENT_2))
    except OSError as exc:
        fail(f"{out}: cannot write: {exc.strerror or exc}")
    gap = (result.bound - result.objective) / result.bound * 100 if result.bound else 0.0
    console.print(
        f"{len(result.meetings):,} meetings, {len(result.unscheduled):,} unscheduled, "
        f"objective {result.objective:,.6g}, bound {result.bound:,.6g}, gap {gap:.2f}%, {result.status}, "
        f"{seconds:.1f} s -> {out}"
        + (
            f" (against {previous}: {result.changes.added} added, {result.changes.moved} moved, "
            f"{result.changes.dropped} dropped)"
            if result.changes
            else ""
        ),
        highlight=False,
        soft_wrap=True,
    )


@contextmanager
def solver_progress(time_limit: float) -> Iterator[Callable[[Progress], None]]:
    """A live line on stderr: the phase, its weight, the proven bound and the gap (kept from the
    last weight phase while the idle-gap phase runs), and the time used of the limit."""
    columns = (
        SpinnerColumn(),
        TimeElapsedColumn(table_column=Column(min_width=7, no_wrap=True)),
        TextColumn(f"/ {time_limit:g} s"),
        TextColumn("weight {task.fields[weight]}, bound {task.fields[bound]}, gap {task.fields[gap]}"),
        TextColumn("{task.description}", table_column=Column(no_wrap=True, overflow="ellipsis")),
    )
    with Bar(*columns, console=err, transient=False) as bar:
        task = bar.add_task("starting", total=None, weight="-", bound="-", gap="-")

        def show(p: Progress) -> None:
            fields: dict[str, str] = {}
            if p.weight is not None and p.bound is not None and p.gap is not None:
                fields = {"weight": f"{p.weight:,.0f}", "bound": f"{p.bound:,.0f}", "gap": f"{p.gap:.2%}"}
            bar.update(task, description=p.phase if p.weight is not None else str(p), **fields)

        yield show


def _previous(path: Path) -> list[Meeting]:
    """The meetings of an earlier OUTPUT.json; a malformed one is an error naming the entry."""
    try:
        data = orjson.loads(path.read_bytes())
    except OSError as exc:
        fail(f"{path}: cannot read: {exc.strerror or exc}")
    except orjson.JSONDecodeError as exc:
        fail(f"{path}: not JSON: {exc}")
    meetings = data.get("meetings") if isinstance(data, dict) else None
    if not isinstance(meetings, list):
        fail(f"{path}: meetings: expected the list of an OUTPUT.json")
    found = []
    for n, m in enumerate(meetings):
        try:
            found.append(Meeting.model_validate(m))
        except ValidationError as exc:
            fail(f"{path}: meetings[{n}]: {exc.errors()[0]['msg']}")
    return found
