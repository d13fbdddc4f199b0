"""The in-app list of notifications: the same messages the outbox e-mails (``matchmaker.notify``).

A member sees its own organisation's, an organiser those of its events, an admin all of them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query

from matchmaker.access.models import Principal, Role
from matchmaker.access.policy import forbidden, require
from matchmaker.api.deps import GraphDep
from matchmaker.api.security import Caller
from matchmaker.model.records import Id
from matchmaker.notify import outbox
from matchmaker.notify.models import Notification

router = APIRouter(prefix="/v1/notifications", tags=["notifications"])


def _scope(caller: Principal, event: str | None) -> tuple[str | None, list[str] | None]:
    """(recipient, events) the caller may see: a member its organisation's, an organiser its events'."""
    if caller.is_admin:
        return None, None
    if caller.role is Role.organiser:
        if event is not None and event not in caller.events:
            raise forbidden(f"read the notifications of event {event!r} (not one of this key's events)")
        return None, list(caller.events)
    require(caller, Role.member, what="read notifications")
    return caller.org, None


@router.get("", response_model=list[Notification], summary="Notifications (a member's own, an organiser's events')")
def list_notifications(
    graph: GraphDep,
    caller: Caller,
    event: Id | None = None,
    unread: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[Notification]:
    """Newest first; ``event`` narrows to one event, ``unread`` to those not marked read."""
    recipient, events = _scope(caller, event)
    return outbox.listing(
        graph, recipient=recipient, events=events, event=event, unread=unread, limit=limit, now=datetime.now(UTC)
    )


@router.post("/{notification_id}/read", response_model=Notification, summary="Mark a notification read")
def mark_read(notification_id: str, graph: GraphDep, caller: Caller) -> Notification:
    recipient, events = _scope(caller, None)
    return outbox.mark_read(graph, notification_id, datetime.now(UTC), recipient=recipient, events=events)
