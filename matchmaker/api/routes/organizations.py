"""Organisations: the node routes plus a list with the filters users search by."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query
from pydantic import BaseModel

from matchmaker.access.policy import public, redact_organization
from matchmaker.api.deps import GraphDep
from matchmaker.api.routes.nodes import Limit, Offset, SearchText, node_router
from matchmaker.api.security import Caller
from matchmaker.graph.store import list_records
from matchmaker.model.records import Id, Organization, OrgKind

router = node_router("organization", "/v1/organizations", with_list=False)
Term = Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class OrganizationPage(BaseModel):
    total: int
    items: list[Organization]


@router.get("", response_model=OrganizationPage, response_model_exclude_none=True, summary="List organisations")
@public
def list_organizations(
    graph: GraphDep,
    caller: Caller,
    kind: OrgKind | None = None,
    community: Annotated[Id | None, Query(description="Community id, e.g. gtb.")] = None,
    hub: Id | None = None,
    region: Annotated[str | None, Query(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$", description="ISO 3166-2")] = None,
    modality: Term = None,
    capability: Term = None,
    certification: Term = None,
    q: SearchText = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    total, items = list_records(
        graph, "organization", q=q, limit=limit, offset=offset,
        kind=kind.value if kind else None, community=community, hub=hub, region=region,
        modality=modality, capability=capability, certification=certification,
    )  # fmt: skip
    return {"total": total, "items": [redact_organization(i, caller) for i in items]}
