"""Roles, the principal a request acts as, and the stored key and audit records."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from matchmaker.model.records import Id
from matchmaker.model.text import check_value

RateLimit = Annotated[str, StringConstraints(pattern=r"^\d{1,9}\s*(/|per)\s*\d{0,6}\s*(second|minute|hour|day)s?$")]


class Role(StrEnum):
    """``member`` acts for one organisation (its profile, matches, requests); ``organiser`` runs
    its events' partnering; ``secretariat`` sees its community (metrics, members' matches);
    ``admin`` does everything, including imports and keys."""

    member = "member"
    organiser = "organiser"
    secretariat = "secretariat"
    admin = "admin"


#: The scope each role needs: the organisation a member acts for, the community a secretariat
#: serves, the events an organiser runs.
SCOPE_FIELD = {Role.member: "org", Role.secretariat: "community", Role.organiser: "events"}


class KeyCreate(BaseModel):
    """A key to create. A member names its organisation, a secretariat its community, an organiser
    its events."""

    model_config = ConfigDict(extra="forbid")
    _no_controls = field_validator("*")(lambda v: check_value(v))

    role: Role
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    org: Id | None = None
    community: Id | None = None
    events: list[Id] = Field(default_factory=list, max_length=100)
    rate_limit: RateLimit | None = Field(None, description="This key's own limit, e.g. '6000/minute'.")
    expires_in_days: int | None = Field(None, ge=1, le=3650, description="Refused after this many days; none: never.")

    @model_validator(mode="after")
    def _scope(self) -> KeyCreate:
        needed = SCOPE_FIELD.get(self.role)
        for field in ("org", "community", "events"):
            given = bool(getattr(self, field))
            if field == needed and not given:
                raise ValueError(f"{field}: a {self.role.value} key needs one")
            if field != needed and given:
                raise ValueError(f"{field}: not used by a {self.role.value} key")
        return self


class ApiKey(BaseModel):
    """A stored key, as listed: never its secret or hash."""

    id: str
    name: str
    role: Role
    org: str | None = None
    community: str | None = None
    events: list[str] = []
    rate_limit: str | None = None
    created_at: dt.datetime
    created_by: str | None = None
    expires_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    revoked_by: str | None = None


class CreatedKey(ApiKey):
    secret: str = Field(description="The key to send as `Authorization: Bearer <secret>`. Shown only once.")


class Principal(BaseModel):
    """Who a request acts as; ``key_id`` None is an anonymous caller (public profile fields only)."""

    model_config = ConfigDict(frozen=True)

    key_id: str | None = None
    role: Role | None = None
    org: str | None = None
    community: str | None = None
    events: tuple[str, ...] = ()
    rate_limit: str | None = None

    @property
    def actor(self) -> str:
        return f"key:{self.key_id}" if self.key_id else "anonymous"

    @property
    def is_admin(self) -> bool:
        return self.role is Role.admin

    def acts_for(self, org_id: str) -> bool:
        """Speaks as this organisation: its own member key, or an admin."""
        return self.is_admin or (self.role is Role.member and self.org == org_id)

    def organises(self, event_id: str) -> bool:
        return self.is_admin or (self.role is Role.organiser and event_id in self.events)


ANONYMOUS = Principal()


class AuditEvent(BaseModel):
    id: str
    at: dt.datetime
    actor: str = Field(description="key:<id>, cli:<user>, or anonymous")
    role: str | None = None
    org: str | None = None
    action: str = Field(description="HTTP method and path, or the CLI command")
    query: str | None = None
    status: int | None = None
    detail: str | None = None
