"""``matchmaker keys create|list|revoke`` and ``matchmaker audit``: access from the command line.

The CLI holds the database's own credentials, so it needs no key; what it changes is audited
under the operating-system user (``cli:<user>``).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.table import Column, Table

from matchmaker.access import audit as audit_trail
from matchmaker.access.keys import KeyRequestError, create_key, has_admin, list_keys, revoke_key
from matchmaker.access.models import CreatedKey, KeyCreate, Role
from matchmaker.cli.common import audited, console, fail, graph
from matchmaker.graph.connection import Graph
from matchmaker.graph.schema import migrate

app = typer.Typer(no_args_is_help=True, help="API keys: create, list, revoke.")


def _scope(role: Role, org: str | None, community: str | None, events: list[str]) -> str:
    return {"member": org, "secretariat": community, "organiser": ", ".join(events)}.get(role.value) or "-"


def issue(g: Graph, spec: KeyCreate) -> CreatedKey:
    actor = audit_trail.cli_actor()
    key = create_key(g, spec, created_by=actor)
    audit_trail.record(g, actor, "keys create", detail=f"{key.id} {key.role.value} {key.name}")
    return key


def ensure_admin_key(g: Graph) -> CreatedKey | None:
    """The demo's first start: an admin key when none exists yet (None when one does)."""
    if has_admin(g):
        return None
    return issue(g, KeyCreate(role=Role.admin, name="demo admin"))


@app.command("create")
def create(
    role: Annotated[Role, typer.Option(help="member, organiser, secretariat or admin.")],
    name: Annotated[str, typer.Option(help="Who holds it, e.g. 'Example Bio, CTO'.")],
    org: Annotated[str | None, typer.Option(help="member: the organisation it acts for.")] = None,
    community: Annotated[str | None, typer.Option(help="secretariat: the community it serves.")] = None,
    event: Annotated[list[str] | None, typer.Option(help="organiser: an event it runs (repeatable).")] = None,
    rate_limit: Annotated[str | None, typer.Option(help="Its own rate limit, e.g. '6000/minute'.")] = None,
    expires_in_days: Annotated[int | None, typer.Option(help="Refused after this many days (default: never).")] = None,
) -> None:
    """Create a key and print it once: only its hash is stored."""
    try:
        spec = KeyCreate(
            role=role, name=name, org=org, community=community, events=event or [], rate_limit=rate_limit,
            expires_in_days=expires_in_days,
        )  # fmt: skip
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(f"--{'-'.join(str(p) for p in first['loc']) or 'role'}: {first['msg'].removeprefix('Value error, ')}")
    with graph() as g:
        migrate(g)
        try:
            key = issue(g, spec)
        except KeyRequestError as exc:
            fail(f"--{exc.field.rstrip('s') if exc.field == 'events' else exc.field}: {exc}")
    console.print(f"created key {key.id} ({key.role.value}, {_scope(key.role, key.org, key.community, key.events)})")
    console.print("[bold]Store it now; it is not shown again:[/]")
    print(key.secret)


@app.command("list")
def list_(revoked: Annotated[bool, typer.Option(help="Include revoked keys.")] = False) -> None:
    """Keys with their role and scope (never their secrets)."""
    with graph() as g:
        keys = list_keys(g, revoked=revoked)
    table = Table(Column("id", no_wrap=True, min_width=12), "role", "scope", "name", "created", "expires", "revoked")
    for k in keys:
        table.add_row(
            k.id, k.role.value, _scope(k.role, k.org, k.community, k.events), k.name,
            f"{k.created_at:%Y-%m-%d %H:%M}", f"{k.expires_at:%Y-%m-%d}" if k.expires_at else "never",
            f"{k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "",
        )  # fmt: skip
    console.print(table)


@app.command("revoke")
@audited("keys revoke")
def revoke(key_id: Annotated[str, typer.Argument(help="The key's id (the part after 'mm_').")]) -> None:
    """Revoke a key; running APIs refuse it within MATCHMAKER_KEY_CACHE_SECONDS."""
    with graph() as g:
        key = revoke_key(g, key_id, by=audit_trail.cli_actor())
        if key is None:
            fail(f"key_id: no key {key_id!r} (see `matchmaker keys list --revoked`)")
    console.print(f"revoked key {key_id} ({key.role.value}, {key.name})")


def audit(
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    since: Annotated[dt.datetime | None, typer.Option(help="ISO date or time.")] = None,
    actor: Annotated[str | None, typer.Option(help="key:<id> or cli:<user>.")] = None,
) -> None:
    """The audit trail of writes, newest first."""
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    with graph() as g:
        events = audit_trail.entries(g, limit=limit, since=since, actor=actor)
    table = Table("at (UTC)", "actor", "role", "action", "status", "detail")
    for e in events:
        table.add_row(
            f"{e.at:%Y-%m-%d %H:%M:%S}", e.actor, e.role or "", e.action + (f"?{e.query}" if e.query else ""),
            str(e.status or ""), e.detail or "",
        )  # fmt: skip
    console.print(table)
