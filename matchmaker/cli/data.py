"""``matchmaker import``, ``export`` and ``schema``: the exchange format on the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import orjson
import typer

from matchmaker.cli.common import audited, console, err, fail, graph, load_encoder, progress, services
from matchmaker.compose import Services
from matchmaker.exchange.exporter import export_records, organizations_csv, organizations_xlsx
from matchmaker.exchange.importer import ImportFailed, ImportReport
from matchmaker.exchange.reader import Problem, RawRecord, read_bytes
from matchmaker.graph.schema import migrate
from matchmaker.model.records import json_schema

MAX_ERRORS_SHOWN = 50


def _read(paths: list[Path]) -> Iterator[RawRecord | Problem]:
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Problem(file=str(path), line=0, message=f"cannot read: {exc}")
            continue
        yield from read_bytes(data, str(path))


def run_import(
    built: Services,
    raws: Iterator[RawRecord | Problem],
    *,
    skip_invalid: bool,
    dry_run: bool,
    embed: bool = True,
    label: str = "Importing",
) -> ImportReport:
    """Validate, write and embed with progress bars; prints errors as file:line: field: message."""
    migrate(built.graph)
    embed = embed and not dry_run
    if embed:
        load_encoder(built)
    with progress() as bar:
        task = bar.add_task(label, total=None)
        embedding = bar.add_task("Embedding profiles", total=None, visible=False)
        try:
            report = built.import_records(
                raws, embed=embed, skip_invalid=skip_invalid, dry_run=dry_run,
                progress=lambda n: bar.advance(task, n), on_validated=lambda total: bar.update(task, total=total),
                embed_progress=lambda n: bar.update(embedding, advance=n, visible=True),
            )  # fmt: skip
        except ImportFailed as exc:
            report = exc.report
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {warning}", soft_wrap=True)
    for problem in report.errors[:MAX_ERRORS_SHOWN]:
        err.print(str(problem), highlight=False, markup=False, soft_wrap=True)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        err.print(f"... and {len(report.errors) - MAX_ERRORS_SHOWN} more")
    return report


@audited("import", when=lambda o: not o.get("dry_run"))
def import_files(
    files: Annotated[list[Path], typer.Argument(help="JSON Lines, CSV (UTF-8 or Shift-JIS) or Excel (.xlsx).")],
    skip_invalid: Annotated[bool, typer.Option(help="Write the valid records and report the rest.")] = False,
    dry_run: Annotated[bool, typer.Option(help="Validate only; write nothing.")] = False,
    embed: Annotated[bool, typer.Option(help="Embed changed profiles after writing.")] = True,
) -> None:
    """Import records; by default one invalid record means nothing is written."""
    with services() as built:
        report = run_import(built, _read(files), skip_invalid=skip_invalid, dry_run=dry_run, embed=embed)
    if report.errors and not skip_invalid:
        fail(f"{len(report.errors)} error(s); nothing was written")
    verb = "would write" if dry_run else "wrote"
    nodes = ", ".join(f"{n} {k}" for k, n in sorted(report.written.items())) or "no nodes"
    console.print(
        f"{verb} {nodes} and {report.links} link record(s)"
        + (f"; skipped {report.skipped} invalid record(s)" if report.skipped else "")
    )
    if report.errors:
        raise typer.Exit(2)


def export(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write; default: standard output.")] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl (everything), csv (organisations) or xlsx (organisations, links).")
    ] = "jsonl",
) -> None:
    """Export the whole graph in the exchange format."""
    if fmt not in ("jsonl", "csv", "xlsx"):
        fail(f"--format: {fmt!r} is not jsonl, csv or xlsx")
    if fmt == "xlsx" and out is None:
        fail("--format xlsx: give --out FILE.xlsx")
    if fmt == "xlsx" and out is not None:
        with graph() as g:
            out.write_bytes(organizations_xlsx(g))
        return
    with graph() as g:
        sink = out.open("wb") if out else sys.stdout.buffer
        try:
            if fmt == "csv":
                for chunk in organizations_csv(g):
                    sink.write(chunk.encode("utf-8"))
            else:
                for rec in export_records(g):
                    sink.write(orjson.dumps(rec) + b"\n")
        finally:
            if out:
                sink.close()


def schema() -> None:
    """Print the JSON Schema of one exchange-format line."""
    console.print_json(json.dumps(json_schema(), ensure_ascii=False))


def backup(out: Annotated[Path, typer.Option("--out", "-o", help="The archive to write (.tar.gz).")]) -> None:
    """Write everything matchmaker stores (ecosystem, event settings, partnering) to one archive."""
    from matchmaker.exchange.backup import backup as run_backup

    with graph() as g, console.status("Backing up..."):
        report = run_backup(g, out)
    parts = ", ".join(f"{n} {label}" for label, n in sorted(report.partnering.items())) or "no partnering records"
    console.print(f"wrote {out}: {report.records} records, {report.events} event programme(s), {parts} "
                  f"in {report.seconds:.1f} s")  # fmt: skip


@audited("restore")
def restore(
    archive: Annotated[Path, typer.Argument(help="An archive written by `matchmaker backup`.")],
    embed: Annotated[bool, typer.Option(help="Embed the restored profiles (they are not in the archive).")] = True,
) -> None:
    """Restore a backup into an empty database (validated like an import; profiles re-embedded)."""
    from matchmaker.exchange.backup import BackupError
    from matchmaker.exchange.backup import restore as run_restore

    with services() as built:
        g, encoder = built.graph, load_encoder(built) if embed else None
        migrate(g)
        try:
            with console.status("Restoring..."):
                report = run_restore(g, archive, encoder)
        except BackupError as exc:
            fail(str(exc))
        except ImportFailed as exc:
            first = exc.report.errors[0]
            fail(f"{archive}: {first.file}:{first.line}: {first.field or ''}: {first.message}")
    embedded = report.restored.embedded if report.restored else 0
    parts = ", ".join(f"{n} {label}" for label, n in sorted(report.partnering.items())) or "no partnering records"
    console.print(f"restored {report.records} records ({embedded} profiles embedded), {report.events} event "
                  f"programme(s), {parts} in {report.seconds:.1f} s")  # fmt: skip
