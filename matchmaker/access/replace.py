"""Who may replace a node record, and which of its fields they may change.

Some fields are what others trust an organisation by: its ``kind`` (the public list of VCs),
its ``certifications`` (AMED-certified VC), its memberships (``communities``, ``hub``) and the
``source`` that cites the public document its facts come from. A member replacing its own
profile must leave those as they are; only an admin sets them (secretariats set memberships
through an admin import today). An organiser replacing its event must likewise keep its
``source``. A refusal is a 403 whose message starts with the field, and the audit trail keeps it
(the Audit middleware records every refused write, with ``audit_detail``).
"""

from __future__ import annotations

from typing import Any

from matchmaker.access.models import Principal, Role
from matchmaker.access.policy import require
from matchmaker.errors import Forbidden
from matchmaker.graph.connection import Graph
from matchmaker.graph.store import get_record

#: Fields of each record that only an admin changes.
TRUSTED_FIELDS: dict[str, tuple[str, ...]] = {
    "organization": ("kind", "certifications", "communities", "hub", "source"),
    "event": ("source",),
}


def _same(value: Any) -> Any:
    """A field's value for comparison: an empty list, an empty string and a missing field are alike."""
    if isinstance(value, list):
        return sorted(value) or None
    return value or None


def protected_change(record: str, body: dict[str, Any], current: dict[str, Any] | None) -> str | None:
    """The first trusted field ``body`` would change in ``current`` (a new record changes none
    that were unset, but may not set them either)."""
    current = current or {}
    for field in TRUSTED_FIELDS.get(record, ()):
        if _same(body.get(field)) != _same(current.get(field)):
            return field
    return None


def check_replace(
    record: str,
    node_id: str,
    body: dict[str, Any],
    caller: Principal,
    graph: Graph,
    *,
    refused: list[str] | None = None,
) -> None:
    """Who may replace this record: an admin; a member its own organisation, keeping the trusted
    fields; an organiser its own event, keeping its source. Raises ``Forbidden`` (403) otherwise;
    the field refused is appended to ``refused`` when given (for the audit trail)."""
    if caller.is_admin:
        return
    own = (record == "organization" and caller.acts_for(node_id)) or (record == "event" and caller.organises(node_id))
    if not own:
        require(caller, Role.admin, what=f"replace {record} {node_id!r}")
        return
    field = protected_change(record, body, get_record(graph, record, node_id))
    if field is not None:
        if refused is not None:
            refused.append(field)
        raise Forbidden(f"this key may not change {field} (set only by an admin: others rely on it)", field=field)
