"""What each principal may see and do, as questions the routes ask.

Confidential needs are the reason this module exists: a venture's manufacturing plans or a buyer's
sourcing needs, marked ``needs_confidential``, rank that organisation's own matches but are never
shown to anyone else, never exported for them, and never move another organisation's results
(the matcher leaves them out of the reverse score and the reasons; see matching/service.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from matchmaker.access.models import Principal, Role
from matchmaker.errors import Forbidden, Unauthenticated
from matchmaker.graph.connection import Graph

F = TypeVar("F", bound=Callable[..., Any])

#: Profile fields shown only to key holders; ``needs`` only to its owner when confidential.
PRIVATE_FIELDS = ("needs", "needs_confidential")


def public(endpoint: F) -> F:
    """Marks a route anyone may call without a key (health, public profile fields, the UI's pages).
    Every other route refuses an anonymous caller with 401 before it reads the body."""
    endpoint.public = True  # type: ignore[attr-defined]
    return endpoint


def unauthorised(message: str | None = None) -> Unauthenticated:
    return Unauthenticated(
        message
        or "an API key is required: send `Authorization: Bearer <key>` (an admin creates one with "
        "`matchmaker keys create`)"
    )


def forbidden(what: str) -> Forbidden:
    return Forbidden(f"this key may not {what}")


def require(principal: Principal, *roles: Role, what: str) -> None:
    """One of ``roles`` (an admin always passes). Routes not marked ``@public`` never see an
    anonymous caller (``api.security.identify`` refuses it first); the check stays for callers
    outside a route."""
    if principal.key_id is None:
        raise unauthorised()
    if roles and not principal.is_admin and principal.role not in roles:
        names = " or ".join(r.value for r in (*roles, Role.admin))
        raise forbidden(f"{what} (it needs a {names} key)")


def needs_visible(principal: Principal, org_id: str, confidential: bool) -> bool:
    if principal.key_id is None:
        return False
    return not confidential or principal.acts_for(org_id)


def redact_organization(record: dict[str, Any], principal: Principal) -> dict[str, Any]:
    """An organisation record as this principal may see it."""
    if principal.acts_for(record["id"]):
        return record
    hidden = (
        PRIVATE_FIELDS
        if not needs_visible(principal, record["id"], bool(record.get("needs_confidential")))
        else ("needs_confidential",)
    )
    return {k: v for k, v in record.items() if k not in hidden}


def in_community(graph: Graph, org_id: str, community: str | None) -> bool:
    rows = graph.read("access/org_communities", id=org_id)
    return bool(community) and community in (rows[0]["communities"] if rows else [])


def match_view(principal: Principal, graph: Graph, org_id: str) -> bool:
    """May this principal rank partners for ``org_id``? Returns whether it may use the
    organisation's confidential needs (its own key or an admin); a secretariat may run matches for
    its community's members, without their confidential needs."""
    if principal.acts_for(org_id):
        return True
    if principal.role is Role.secretariat and in_community(graph, org_id, principal.community):
        return False
    raise forbidden(f"run matches for {org_id!r} (only its own member key, its community's secretariat or an admin)")
