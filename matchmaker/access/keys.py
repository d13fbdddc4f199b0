"""API keys: created with a role and a scope, stored as a SHA-256 hash, revoked but kept.

A key reads ``mm_<id>_<secret>``: the id finds the stored record in one indexed lookup and the
secret (256 random bits) is compared with its hash in constant time. A fast hash is right here,
unlike for passwords: a 256-bit random secret cannot be guessed, so a slow hash would only add
latency to every request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from typing import Any

from matchmaker.access.models import ApiKey, CreatedKey, KeyCreate, Principal, Role
from matchmaker.graph.connection import Graph

PREFIX = "mm"
_SCOPE_LABEL = {"org": "Organization", "community": "Community", "events": "Event"}


class KeyRequestError(ValueError):
    """A key request that names something wrong; ``field`` says which part."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def native(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.to_native() if hasattr(v, "to_native") else v for k, v in row.items()}


def create_key(graph: Graph, spec: KeyCreate, created_by: str) -> CreatedKey:
    """Store a new key after checking that its scope exists; the secret is returned only here."""
    for field, label in _SCOPE_LABEL.items():
        value = getattr(spec, field)
        for node_id in value if isinstance(value, list) else [value] if value else []:
            if not graph.read("access/scope_exists", id=node_id, label=label)[0]["ok"]:
                raise KeyRequestError(field, f"{field}: no {label.lower()} {node_id!r}")
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    row = graph.write(
        "access/key_create", id=key_id, hash=_hash(secret), label=spec.name, role=spec.role.value,
        org=spec.org, community=spec.community, events=spec.events, rate_limit=spec.rate_limit,
        expires_in_days=spec.expires_in_days, created_by=created_by,
    )[0]["key"]  # fmt: skip
    return CreatedKey(**native(row), secret=f"{PREFIX}_{key_id}_{secret}")


def list_keys(graph: Graph, *, revoked: bool = False) -> list[ApiKey]:
    return [ApiKey(**native(r["key"])) for r in graph.read("access/key_list", revoked=revoked)]


def revoke_key(graph: Graph, key_id: str, by: str) -> ApiKey | None:
    rows = graph.write("access/key_revoke", id=key_id, by=by)
    return ApiKey(**native(rows[0]["key"])) if rows else None


def has_admin(graph: Graph) -> bool:
    return any(k.role is Role.admin for k in list_keys(graph))


def verify(graph: Graph, token: str) -> Principal | None:
    """The principal a presented key stands for, or None when it is malformed, unknown, revoked
    or expired."""
    prefix, _, rest = token.partition("_")
    key_id, _, secret = rest.partition("_")
    if prefix != PREFIX or not key_id or not secret or len(token) > 200:
        return None
    rows = graph.read("access/key_get", id=key_id)
    if not rows:
        return None
    stored = rows[0]["key"]
    if stored.get("revoked_at") is not None or not hmac.compare_digest(stored["hash"], _hash(secret)):
        return None
    expires = stored.get("expires_at")
    if expires is not None and expires.to_native() <= dt.datetime.now(dt.UTC):
        return None
    return Principal(
        key_id=key_id, role=Role(stored["role"]), org=stored.get("org"), community=stored.get("community"),
        events=tuple(stored.get("events") or ()), rate_limit=stored.get("rate_limit"),
    )  # fmt: skip
