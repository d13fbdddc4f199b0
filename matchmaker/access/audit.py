"""The audit trail: every write through the API or the CLI, who made it, when, and its outcome.

Entries live in Neo4j beside the data (``:AuditEvent``), so a backup of the database keeps them and
an admin reads them with ``GET /v1/audit`` or ``matchmaker audit``.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import secrets

from matchmaker.access.keys import native
from matchmaker.access.models import AuditEvent, Principal
from matchmaker.graph.connection import Graph

log = logging.getLogger(__name__)


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in a bare container
        return "cli:unknown"


def record(
    graph: Graph,
    actor: str,
    action: str,
    *,
    principal: Principal | None = None,
    query: str | None = None,
    status: int | None = None,
    detail: str | None = None,
) -> AuditEvent:
    event = AuditEvent(
        id=secrets.token_hex(8), at=dt.datetime.now(dt.UTC), actor=actor, action=action, query=query or None,
        status=status, detail=detail, role=principal.role.value if principal and principal.role else None,
        org=principal.org if principal else None,
    )  # fmt: skip
    graph.write("access/audit_write", event=event.model_dump(mode="json"))
    return event


def entries(
    graph: Graph, *, limit: int = 100, since: dt.datetime | None = None, actor: str | None = None
) -> list[AuditEvent]:
    rows = graph.read("access/audit_list", limit=limit, since=since.isoformat() if since else None, actor=actor)
    return [AuditEvent(**native(r["event"])) for r in rows]
