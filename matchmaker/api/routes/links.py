"""Links: create (validated like an import line) and delete; admins only, as links carry
memberships, investments and supply relations that others rely on."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response

from matchmaker.access.models import Role
from matchmaker.api.deps import GraphDep, ServicesDep
from matchmaker.api.routes.nodes import save
from matchmaker.api.security import allowed
from matchmaker.model.records import LINK_SPECS, Id, Link, LinkType

router = APIRouter(prefix="/v1/links", tags=["links"], dependencies=[allowed(Role.admin, what="change links")])


@router.post(
    "", response_model=Link, status_code=201, response_model_exclude_none=True, summary="Create or update a link"
)
def create_link(body: Link, services: ServicesDep) -> Link:
    save(services, body.model_dump(mode="json"))
    return body


@router.delete("", status_code=204, summary="Delete a link")
def delete_link(
    graph: GraphDep,
    source: Id,
    target: Id,
    type: LinkType,
    key: Annotated[str, Query(max_length=300, description="Key attributes joined by '|' (e.g. the round)")] = "",
) -> Response:
    if LINK_SPECS[type].symmetric and target < source:
        source, target = target, source
    deleted = graph.write_counted("write/link_delete", source=source, target=target, type=type.value, key=key)
    if not deleted or deleted[0]["deleted"] == 0:
        raise HTTPException(404, f"no {type.value} link from {source!r} to {target!r} with key {key!r}")
    return Response(status_code=204)
