"""The ``matchmaker`` command: one sub-command module per noun."""

from __future__ import annotations

import typer

from matchmaker.cli import data, db, event, keys, match, metrics, notify, profiles, schedule, seed, serve

app = typer.Typer(
    no_args_is_help=True,
    help="matchmaker: partners for a bio-industry ecosystem, on Neo4j.",
    pretty_exceptions_show_locals=False,
)
app.add_typer(db.app, name="db")
app.add_typer(seed.app, name="seed")
app.add_typer(metrics.app, name="metrics")
app.add_typer(event.app, name="event")
app.add_typer(profiles.app, name="profiles")
app.add_typer(keys.app, name="keys")
app.add_typer(notify.app, name="notify")
app.command("import")(data.import_files)
app.command("export")(data.export)
app.command("schema")(data.schema)
app.command("backup")(data.backup)
app.command("restore")(data.restore)
app.command("audit")(keys.audit)
app.command("match")(match.match)
app.command("embed")(match.embed)
app.command("schedule")(schedule.schedule)
app.command("serve")(serve.serve)
app.command("demo")(serve.demo)
