"""The outbox: messages drafted from templates in the recipient's language, written to the graph
(inside the caller's transaction when there is one), listed, marked read, and claimed for delivery.

A message is rendered when it is written, not when it is sent: the in-app list and the e-mail say
the same thing, and a later rename does not change what somebody was already told."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import jinja2
from neo4j import ManagedTransaction

from matchmaker.errors import Forbidden, NotFound
from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import cypher
from matchmaker.notify.models import KINDS, Lang, Notification

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("matchmaker.notify", "templates"),
    autoescape=False,  # plain-text e-mail: nothing is interpreted as markup
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render(kind: str, lang: Lang, context: dict[str, Any]) -> tuple[str, str]:
    """Subject and body of ``templates/<kind>.<lang>.txt``: its first line is the subject, the
    rest (after a blank line) the body."""
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}")
    text = _templates.get_template(f"{kind}.{lang}.txt").render(**context)
    subject, _, body = text.partition("\n")
    return subject.strip(), body.lstrip("\n")


@dataclass
class Draft:
    """A message to write: who it is for and what it says (``context`` fills its template)."""

    event: str
    kind: str
    recipient: str
    recipient_name: str
    addresses: list[str]
    lang: Lang
    context: dict[str, Any]
    ref: str | None = None
    due_at: datetime | None = None
    attachment: bytes | None = None
    attachment_name: str | None = None
    attachment_type: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def row(self, now: datetime) -> dict[str, Any]:
        subject, body = render(self.kind, self.lang, self.context)
        # Times go to Neo4j in UTC: the driver cannot pack a ``zoneinfo`` zone's datetime safely
        # (it hands its own DateTime to ZoneInfo.utcoffset, which crashed the process once).
        now = now.astimezone(UTC)
        due = (self.due_at or now).astimezone(UTC)
        return {
            "id": uuid.uuid4().hex[:16], "event": self.event, "kind": self.kind, "recipient": self.recipient,
            "recipient_name": self.recipient_name, "addresses": sorted(set(self.addresses)), "lang": self.lang,
            "subject": subject, "body": body, "ref": self.ref, "created_at": now, "due_at": due,
            "status": "pending" if self.addresses else "no_address", "attempts": 0,
            "next_attempt_at": due if self.addresses else None,
            "attachment": self.attachment.decode() if self.attachment is not None else None,
            "attachment_name": self.attachment_name, "attachment_type": self.attachment_type,
        }  # fmt: skip


def enqueue(tx: ManagedTransaction, drafts: list[Draft], now: datetime) -> int:
    """Write the drafts in the caller's transaction (so they commit, or not, with their cause).
    A message for nobody with an e-mail address is kept for the in-app list as ``no_address``."""
    if not drafts:
        return 0
    record = tx.run(cypher("notify/create"), rows=[d.row(now) for d in drafts]).single()
    return int(record["created"]) if record else 0


def enqueue_now(graph: Graph, drafts: list[Draft], now: datetime) -> int:
    """``enqueue`` in a transaction of its own (a cause that is not a graph write)."""
    return graph.transaction(lambda tx: enqueue(tx, drafts, now))


def _native(value: Any) -> Any:
    return value.to_native() if hasattr(value, "to_native") else value


def as_notification(row: dict[str, Any]) -> Notification:
    return Notification.model_validate({k: _native(v) for k, v in row.items()})


def listing(
    graph: Graph,
    *,
    recipient: str | None = None,
    events: list[str] | None = None,
    event: str | None = None,
    unread: bool = False,
    limit: int = 100,
    now: datetime,
) -> list[Notification]:
    """Newest first, those due by ``now`` (a reminder shows once it is sent for). ``recipient``:
    one organisation's; ``events``: only these events' (an organiser's scope; None: every event)."""
    rows = graph.read(
        "notify/list", recipient=recipient, events=events, event=event, unread=unread, limit=limit, now=now
    )
    return [as_notification(r["n"]) for r in rows]


def get(graph: Graph, notification_id: str) -> Notification:
    rows = graph.read("notify/get", id=notification_id)
    if not rows:
        raise NotFound(f"notification {notification_id!r} not found")
    return as_notification(rows[0]["n"])


def mark_read(
    graph: Graph, notification_id: str, now: datetime, *, recipient: str | None = None, events: list[str] | None = None
) -> Notification:
    """Mark one read; ``recipient``/``events`` restrict it to the caller's own (403 otherwise)."""
    found = get(graph, notification_id)
    if recipient is not None and found.recipient != recipient:
        raise Forbidden(f"notification {notification_id!r} is for another organisation", "id")
    if events is not None and found.event not in events:
        raise Forbidden(f"notification {notification_id!r} is about another event", "id")
    rows = graph.write("notify/read", id=notification_id, now=now)
    return as_notification(rows[0]["n"])


# --- delivery bookkeeping ------------------------------------------------------------------------


def claim(graph: Graph, now: datetime, *, limit: int = 20, lease: timedelta = timedelta(minutes=10)) -> list[dict]:
    """Take up to ``limit`` due messages for sending, atomically: each is set to ``sending`` (one
    more attempt counted) under its write lock, so two workers never take the same one. A message
    left ``sending`` longer than ``lease`` (a worker died mid-send) is taken again."""
    rows = graph.write("notify/claim", now=now, stale=now - lease, limit=limit, token=uuid.uuid4().hex)
    return [{k: _native(v) for k, v in r["n"].items()} for r in rows]


def mark_sent(graph: Graph, notification_id: str, now: datetime) -> None:
    graph.write("notify/mark_sent", id=notification_id, now=now)


def mark_retry(graph: Graph, notification_id: str, error: str, next_at: datetime | None) -> None:
    """After a failed attempt: pending again at ``next_at``, or failed for good when None."""
    graph.write("notify/mark_retry", id=notification_id, error=error[:500], next_at=next_at)
