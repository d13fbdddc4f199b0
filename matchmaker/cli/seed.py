"""``matchmaker seed``: load the public-fact data, or generate a fictional ecosystem."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer

from matchmaker.cli.common import audited, console, fail, load_encoder, services
from matchmaker.cli.data import _read, run_import
from matchmaker.exchange.reader import RawRecord
from matchmaker.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Load the public data or generate synthetic data.")
# The fictional BioJapan-like event of the synthetic data, in the current year.
DEMO_EVENT = "syn-event-biopartnering-2026"


def public_files() -> list[Path]:
    return sorted((get_settings().seed_dir / "public").glob("*.jsonl"))


@app.command()
@audited("seed public")
def public() -> None:
    """Import the public-fact data in seed/public/ (each record cites its source document and line)."""
    with services() as built:
        report = run_import(built, _read(public_files()), skip_invalid=False, dry_run=False, label="Public data")
    if report.errors:
        fail(f"{len(report.errors)} error(s) in seed/public; nothing was written")
    console.print(f"public data: {sum(report.written.values())} nodes, {report.links} link records")


@app.command()
@audited("seed synthetic", when=lambda o: o.get("out") is None)
def synthetic(
    orgs: Annotated[int, typer.Option(min=1, max=1_000_000, help="Number of organisations.")] = 1000,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same data.")] = 0,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSON Lines here instead of importing.")] = None,
) -> None:
    """Generate a clearly fictional ecosystem (ids start with syn-) and import it, or write it out."""
    from matchmaker.synthetic import generate

    records = generate(orgs, seed)
    if out:
        with out.open("wb") as f:
            for rec in records:
                f.write(orjson.dumps(rec) + b"\n")
        console.print(f"wrote {out}")
        return
    raws = (RawRecord("synthetic", n, rec) for n, rec in enumerate(records, start=1))
    with services() as built:
        report = run_import(built, raws, skip_invalid=False, dry_run=False, label=f"Synthetic ({orgs} orgs)")
    if report.errors:
        fail(f"{len(report.errors)} error(s) in generated data; nothing was written")
    console.print(f"synthetic data: {sum(report.written.values())} nodes, {report.links} link records")


@app.command()
@audited("seed partnering")
def partnering(
    event: Annotated[str, typer.Option(help="The event to run a demo partnering for.")] = DEMO_EVENT,
    participants: Annotated[int, typer.Option(min=2, max=2000)] = 60,
    seed: Annotated[int, typer.Option(help="Random seed for availability and answers.")] = 0,
) -> None:
    """A demo partnering for an event: programme, participants, requests to the matcher's
    suggestions, answers and a schedule. Only fictional organisations (source synthetic) take part;
    idempotent."""
    from matchmaker.cli.common import progress
    from matchmaker.errors import DomainError
    from matchmaker.synthetic.partnering import populate

    with services() as built, progress() as bar:
        load_encoder(built)
        try:
            report = populate(built.graph, built.matcher, event, participants=participants, seed=seed, progress=bar)
        except DomainError as exc:
            fail(str(exc))
    s = report.schedule
    console.print(
        f"partnering {event}: {report.participants} participants, {report.requests} new requests "
        f"({report.accepted} accepted, {report.declined} declined, {report.pending} pending); "
        f"{s.meetings} meetings scheduled, gap to bound {s.gap:.2%}"
    )
