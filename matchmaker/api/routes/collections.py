"""Communities, hubs, events and seeds: the shared node routes, plus a community's members."""

from __future__ import annotations

from typing import Any

from matchmaker.access.policy import redact_organization
from matchmaker.api.deps import GraphDep
from matchmaker.api.routes.nodes import Limit, Offset, node_router, not_found
from matchmaker.api.routes.organizations import OrganizationPage
from matchmaker.api.security import Caller
from matchmaker.graph.store import get_record, list_records
from matchmaker.model.records import Id

communities = node_router("community", "/v1/communities")


@communities.get(
    "/{node_id}/members",
    response_model=OrganizationPage,
    response_model_exclude_none=True,
    summary="A community's member organisations",
)
def community_members(node_id: Id, graph: GraphDep, caller: Caller, limit: Limit = 100, offset: Offset = 0) -> Any:
    if get_record(graph, "community", node_id) is None:
        raise not_found("community", node_id)
    total, items = list_records(
        graph, "organization", q=None, limit=limit, offset=offset, community=node_id,
        kind=None, hub=None, region=None, modality=None, capability=None, certification=None,
    )  # fmt: skip
    return {"total": total, "items": [redact_organization(i, caller) for i in items]}


hubs = node_router("hub", "/v1/hubs")
events = node_router("event", "/v1/events")
seeds = node_router("seed", "/v1/seeds")
