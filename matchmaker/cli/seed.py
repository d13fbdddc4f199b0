"""``matchmaker seed``: load the public-fact data, or generate a fictional ecosystem."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer

from matchmaker.cli.common import console, fail, graph
from matchmaker.cli.data import _read, run_import
from matchmaker.exchange.reader import RawRecord
from matchmaker.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Load the public data or generate synthetic data.")


def public_files() -> list[Path]:
    return sorted((get_settings().seed_dir / "public").glob("*.jsonl"))


@app.command()
def public() -> None:
    """Import the public-fact data in seed/public/ (each record cites its source document and line)."""
    with graph() as g:
        report = run_import(g, _read(public_files()), skip_invalid=False, dry_run=False, label="Public data")
    if report.errors:
        fail(f"{len(report.errors)} error(s) in seed/public; nothing was written")
    console.print(f"public data: {sum(report.written.values())} nodes, {report.links} link records")


@app.command()
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
    with graph() as g:
        report = run_import(g, raws, skip_invalid=False, dry_run=False, label=f"Synthetic ({orgs} orgs)")
    if report.errors:
        fail(f"{len(report.errors)} error(s) in generated data; nothing was written")
    console.print(f"synthetic data: {sum(report.written.values())} nodes, {report.links} link records")
