"""Routes shared by every node collection: get, create, replace, delete, and a node's links.

Creates and replaces go through the importer, so a record posted here gets the same checks
(vocabularies, references to other ids) as a line of an import file.

Reads are public (an organisation's needs only for key holders, and confidential needs only for
the organisation itself); links need a key; writes need an admin key, except that a member
replaces its own organisation's profile and an organiser its own event's.
"""

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from pydantic import BaseModel

from matchmaker.access.models import Principal, Role
from matchmaker.access.policy import public, redact_organization, require
from matchmaker.access.replace import check_replace
from matchmaker.api.deps import GraphDep, ServicesDep
from matchmaker.api.security import Caller
from matchmaker.compose import Services
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.store import MODELS, get_record, list_records, node_links
from matchmaker.model.records import NODE_LABELS, Id, NodeRecord

Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
SearchText = Annotated[str | None, Query(min_length=1, max_length=200, description="Name search, Japanese or English.")]


class LinkOut(BaseModel):
    type: str
    direction: str
    other_id: str
    other_name: str | None
    other_name_ja: str | None
    other_label: str
    other_kind: str | None
    attributes: dict[str, Any]


def save(services: Services, data: dict[str, Any]) -> None:
    """Validate and write one record through the import path (raises ImportFailed on errors),
    embedding the profile when its text changed."""
    services.import_records([RawRecord("body", 1, data)], embed=data.get("record") == "organization")


def not_found(record: str, node_id: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"{record} {node_id!r} not found")


def visible(record: str, item: dict[str, Any], caller: Principal) -> dict[str, Any]:
    """A record as the caller may see it (organisations lose their needs when they must)."""
    return redact_organization(item, caller) if record == "organization" else item


def node_router(record: str, prefix: str, *, with_list: bool = True) -> APIRouter:
    model: type[NodeRecord] = MODELS[record]
    noun = NODE_LABELS[record].lower()
    router = APIRouter(prefix=prefix, tags=[prefix.rsplit("/", 1)[-1]])

    if with_list:

        class Page(BaseModel):
            total: int
            items: list[model]  # type: ignore[valid-type]

        Page.__name__ = f"{NODE_LABELS[record]}Page"

        @router.get("", response_model=Page, response_model_exclude_none=True, summary=f"List {noun} records")
        @public
        def list_nodes(graph: GraphDep, q: SearchText = None, limit: Limit = 50, offset: Offset = 0) -> Any:
            total, items = list_records(graph, record, q=q, limit=limit, offset=offset)
            return {"total": total, "items": items}

    @router.get("/{node_id}", response_model=model, response_model_exclude_none=True, summary=f"Get one {noun}")
    @public
    def get_node(node_id: Id, graph: GraphDep, caller: Caller) -> Any:
        found = get_record(graph, record, node_id)
        if found is None:
            raise not_found(record, node_id)
        return visible(record, found, caller)

    @router.get("/{node_id}/links", response_model=list[LinkOut], summary=f"A {noun}'s links, both directions")
    def get_links(node_id: Id, graph: GraphDep) -> Any:
        if get_record(graph, record, node_id) is None:
            raise not_found(record, node_id)
        return node_links(graph, node_id)

    @router.post(
        "", response_model=model, status_code=201, response_model_exclude_none=True, summary=f"Create a {noun}"
    )
    def create_node(body: model, graph: GraphDep, services: ServicesDep, caller: Caller) -> Any:  # type: ignore[valid-type]
        require(caller, Role.admin, what=f"create {noun} records")
        if get_record(graph, record, body.id) is not None:
            raise HTTPException(status.HTTP_409_CONFLICT, f"{record} {body.id!r} already exists; use PUT to replace")
        save(services, body.model_dump(mode="json"))
        return get_record(graph, record, body.id)

    @router.put(
        "/{node_id}", response_model=model, response_model_exclude_none=True, summary=f"Create or replace a {noun}"
    )
    def put_node(
        node_id: Id, body: model, request: Request, graph: GraphDep, services: ServicesDep, caller: Caller
    ) -> Any:  # type: ignore[valid-type]
        data = body.model_dump(mode="json")
        refused: list[str] = []
        try:
            check_replace(record, node_id, data, caller, graph, refused=refused)
        finally:
            if refused:
                request.state.audit_detail = f"refused change of {refused[0]}"
        if body.id != node_id:
            raise HTTPException(422, f"id: body id {body.id!r} differs from {node_id!r}")
        save(services, data)
        return get_record(graph, record, node_id)

    @router.delete("/{node_id}", status_code=204, summary=f"Delete a {noun} and its links")
    def delete_node(node_id: Id, graph: GraphDep, caller: Caller) -> Response:
        require(caller, Role.admin, what=f"delete {noun} records")
        if get_record(graph, record, node_id) is None:
            raise not_found(record, node_id)
        graph.write_counted("write/node_delete", id=node_id, label=NODE_LABELS[record])
        return Response(status_code=204)

    return router
