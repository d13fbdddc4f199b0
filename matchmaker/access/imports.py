"""What a secretariat may import: its own community's members and the links among them.

An admin imports anything. A secretariat keeps its members' list (the import page, ``POST
/v1/import``), so it may write organisation records that name its community in ``communities``,
provided each id is new or already one of its members, and links whose two ends are its members
(in the graph or in the same upload). Anything else would let one community's secretariat
rewrite another's members, so it is refused as a whole, naming the first record at fault.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from matchmaker.access.models import Principal, Role
from matchmaker.errors import Forbidden
from matchmaker.graph.connection import Graph


class Located(Protocol):
    """A parsed record with where it came from (``exchange.reader.RawRecord``)."""

    file: str
    line: int
    data: dict[str, Any]


def _where(raw: Located) -> str:
    sheet = getattr(raw, "sheet", None)
    return f"{raw.file}: sheet {sheet!r}, row {raw.line}" if sheet is not None else f"{raw.file}:{raw.line}"


def check_import(principal: Principal, graph: Graph, records: Iterable[Located | object]) -> None:
    """Raise :class:`Forbidden` unless every record is one this principal may write. Records that
    did not parse are left to validation."""
    if principal.is_admin:
        return
    community = principal.community
    if principal.role is not Role.secretariat or not community:
        raise Forbidden("import data (it needs a secretariat or admin key)")
    raws = [r for r in records if hasattr(r, "data")]
    org_ids = [str(r.data.get("id")) for r in raws if r.data.get("record") == "organization"]
    link_ends = [str(r.data.get(end)) for r in raws if r.data.get("record") == "link" for end in ("source", "target")]
    stored = {
        row["id"]: row["communities"]
        for row in graph.read("access/orgs_communities", ids=sorted(set(org_ids + link_ends)))
    }
    uploaded: set[str] = set()
    for raw in raws:
        kind = raw.data.get("record")
        if kind == "organization":
            listed = raw.data.get("communities") or []
            org_id = str(raw.data.get("id"))
            if community not in listed:
                raise Forbidden(
                    f"{_where(raw)}: a secretariat imports its own members: put {community!r} in communities",
                    field="communities",
                )
            if org_id in stored and community not in stored[org_id]:
                raise Forbidden(f"{_where(raw)}: {org_id!r} is not a member of {community!r}", field="id")
            uploaded.add(org_id)
        elif kind != "link":
            raise Forbidden(f"{_where(raw)}: a secretariat imports organisations and links, not {kind!r} records")
    for raw in raws:
        if raw.data.get("record") != "link":
            continue
        for end in ("source", "target"):
            node = str(raw.data.get(end))
            if node not in uploaded and community not in stored.get(node, []):
                raise Forbidden(f"{_where(raw)}: {node!r} is not a member of {community!r}", field=end)
