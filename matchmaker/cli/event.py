"""``matchmaker event``: an event's partnering from the command line, for organisers: set the
programme, see participants and requests, schedule, and write agendas in every export format.
The same service as ``/v1/events/{id}/...``; errors print as one line naming the field."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
import yaml
from pydantic import ValidationError
from rich.table import Table

from matchmaker.cli.common import audited, console, error_line, fail, graph
from matchmaker.cli.schedule import solver_progress
from matchmaker.errors import DomainError
from matchmaker.partnering import exports
from matchmaker.partnering.models import EventSetup, RequestStatus, ScheduleRun
from matchmaker.partnering.service import Partnering
from matchmaker.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Partnering events: programme, requests, schedule, agendas.")
Format = Literal["json", "csv", "ics", "html", "xlsx"]


def _fail(exc: DomainError) -> None:
    fail(f"{exc.field}: {exc}" if exc.field else str(exc))


@app.command()
@audited("event programme", when=lambda o: o.get("file") is not None)
def programme(
    event: Annotated[str, typer.Argument(help="Event id.")],
    file: Annotated[Path | None, typer.Argument(help="YAML or JSON: sessions or slots, tables, rules.")] = None,
) -> None:
    """Show an event's partnering programme, or set it from FILE."""
    with graph() as g:
        service = Partnering(g, event)
        try:
            if file is not None:
                try:
                    setup = EventSetup.model_validate(yaml.safe_load(file.read_text(encoding="utf-8")))
                except (OSError, yaml.YAMLError) as exc:
                    fail(f"{file}: cannot read: {exc}")
                except ValidationError as exc:
                    for e in exc.errors():
                        where = ".".join(str(p) for p in e["loc"]) or "(document)"
                        error_line(f"{file}: {where}: {e['msg'].removeprefix('Value error, ')}")
                    raise typer.Exit(1) from None
                result = service.set_programme(setup)
            else:
                result = service.programme()
        except DomainError as exc:
            _fail(exc)
    days = sorted({s.start.date() for s in result.slots})
    console.print(
        f"{event}: {len(result.slots)} slots over {len(days)} day(s) ({result.timezone}), "
        f"{len(result.tables)} tables, up to {result.default_max_meetings} meetings each by default"
        + (f", {result.max_requests} open requests each" if result.max_requests else "")
        + (f", requests close {result.request_deadline:%Y-%m-%d %H:%M %Z}" if result.request_deadline else "")
    )


@app.command()
def requests(
    event: Annotated[str, typer.Argument(help="Event id.")],
    participant: Annotated[str | None, typer.Option(help="Only those this organisation sent or received.")] = None,
    status: Annotated[str | None, typer.Option(help="pending, accepted, declined, expired or withdrawn.")] = None,
) -> None:
    """List meeting requests (pending ones past their deadline show as expired)."""
    if status not in (None, *RequestStatus.__args__):  # type: ignore[attr-defined]
        fail(f"--status: {status!r} is not one of {', '.join(RequestStatus.__args__)}")  # type: ignore[attr-defined]
    with graph() as g:
        try:
            rows = Partnering(g, event).requests(participant=participant, status=status)  # type: ignore[arg-type]
        except DomainError as exc:
            _fail(exc)
    table = Table("id", "from", "to", "priority", "status", "reason / message")
    for r in rows:
        table.add_row(r.id, r.sender, r.to, str(r.priority), r.status, r.reason or r.message)
    console.print(table)
    console.print(f"{len(rows)} request(s)")


@app.command()
@audited("event schedule")
def schedule(
    event: Annotated[str, typer.Argument(help="Event id.")],
    time_limit: Annotated[float, typer.Option(help="Seconds the solver may use.", min=1)] = 30,
    workers: Annotated[int, typer.Option(help="CP-SAT search workers.", min=1)] = 2,
    relative_gap: Annotated[
        float | None,
        typer.Option(
            help="Stop once proven within this share of the bound (default: the settings', 0.001).", min=0, max=1
        ),
    ] = None,
    replan: Annotated[
        bool, typer.Option("--replan", help="Re-plan freely instead of keeping meetings in place.")
    ] = False,
) -> None:
    """Schedule the accepted requests of an event; locked meetings stay where they are, and the
    others stay unless moving them schedules more (``--replan``: a free re-plan)."""
    with graph() as g, solver_progress(time_limit) as show:  # phase, weight, bound and gap, live
        try:
            settings = get_settings()
            gap = settings.schedule_relative_gap if relative_gap is None else relative_gap
            run = ScheduleRun(time_limit=time_limit, workers=workers, replan=replan, relative_gap=gap)
            partnering = Partnering(g, event, reminder_hours=settings.notify_reminder_hours)
            summary = partnering.schedule(run, on_progress=show)
        except DomainError as exc:
            _fail(exc)
    console.print(
        f"{summary.status}: {summary.meetings} meetings ({summary.locked} locked), weight {summary.objective:g} "
        f"of at most {summary.bound:g} (gap {summary.gap:.2%}), {len(summary.unscheduled)} left out, "
        f"{summary.seconds:.1f} s; {summary.changes.added} added, {summary.changes.moved} moved, "
        f"{summary.changes.dropped} dropped"
    )
    for u in summary.unscheduled[:20]:
        console.print(f"  left out {u['a']} × {u['b']}: {u['reason']}")


@app.command()
def agenda(
    event: Annotated[str, typer.Argument(help="Event id.")],
    org: Annotated[str | None, typer.Option("--for", help="A participant; omitted means every meeting.")] = None,
    format: Annotated[Format, typer.Option(help="json, csv, ics (agendas), html or xlsx.")] = "csv",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write; stdout for text formats.")] = None,
) -> None:
    """Write a participant's agenda (--for) or the organiser's overview, in the event's time zone."""
    if org is None and format == "ics":
        fail("--format ics needs --for PARTICIPANT")
    with graph() as g:
        try:
            data = Partnering(g, event).agenda(org, cancelled=format == "ics")  # cancellations for calendars
        except DomainError as exc:
            _fail(exc)
    render = {
        "json": lambda: data.model_dump_json(indent=2),
        "csv": lambda: exports.agenda_csv(data) if org else exports.overview_csv(data),
        "ics": lambda: exports.agenda_ics(data),
        "html": lambda: exports.agenda_html(data),
        "xlsx": lambda: exports.agenda_xlsx(data) if org else exports.overview_xlsx(data),
    }
    content = render[format]()
    if out is None:
        if isinstance(content, bytes) and format == "xlsx":
            fail("--format xlsx is binary: give --out FILE")
        console.out(content.decode() if isinstance(content, bytes) else content, end="", highlight=False)
        return
    out.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    console.print(f"wrote {out} ({len(data.meetings)} meetings)")
