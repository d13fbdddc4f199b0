"""The notifications' boundary models (pydantic v2)."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, Field

Lang = Literal["ja", "en"]
Kind = Literal[
    "request_received",
    "request_accepted",
    "request_declined",
    "request_withdrawn",
    "request_expired",
    "schedule_published",
    "schedule_changed",
    "reminder",
]
Status = Literal["pending", "sending", "sent", "failed", "no_address"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]


class Notification(BaseModel):
    """One message of the outbox, as the in-app list shows it (the attachment only by name)."""

    id: str
    event: str
    kind: Kind
    recipient: str = Field(description="The organisation it is for.")
    recipient_name: str
    addresses: list[str] = Field(description="The e-mail addresses of the organisation's people at the event.")
    lang: Lang
    subject: str
    body: str
    ref: str | None = Field(None, description="The request it is about (for request events).")
    attachment_name: str | None = None
    created_at: AwareDatetime
    due_at: AwareDatetime
    status: Status
    attempts: int = 0
    next_attempt_at: AwareDatetime | None = None
    last_error: str | None = None
    sent_at: AwareDatetime | None = None
    read_at: AwareDatetime | None = None
