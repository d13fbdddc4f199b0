"""Keys and the audit trail, for admins: the HTTP side of ``matchmaker keys`` and ``matchmaker audit``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response

from matchmaker.access import audit
from matchmaker.access.keys import KeyRequestError, create_key, list_keys, revoke_key
from matchmaker.access.models import ApiKey, AuditEvent, CreatedKey, KeyCreate, Principal, Role
from matchmaker.access.policy import require
from matchmaker.api.deps import GraphDep
from matchmaker.api.security import Caller
from matchmaker.model.records import IsoDateTime

router = APIRouter(tags=["access"])


@router.get("/v1/me", response_model=Principal, response_model_exclude={"rate_limit"}, summary="Who this key acts as")
def me(caller: Caller) -> Principal:
    """The browser asks once per page which role and scope its key carries, so it shows only what
    that role may do (no organiser buttons for a member). Anonymous callers are refused by
    ``identify`` before this runs, as on every non-public route."""
    return caller


@router.post("/v1/keys", response_model=CreatedKey, status_code=201, summary="Create an API key (shown once)")
def create(body: KeyCreate, graph: GraphDep, caller: Caller) -> CreatedKey:
    require(caller, Role.admin, what="create keys")
    try:
        return create_key(graph, body, created_by=caller.actor)
    except KeyRequestError as exc:
        raise HTTPException(422, str(exc)) from None


@router.get("/v1/keys", response_model=list[ApiKey], summary="API keys (never their secrets)")
def keys(graph: GraphDep, caller: Caller, revoked: bool = False) -> list[ApiKey]:
    require(caller, Role.admin, what="list keys")
    return list_keys(graph, revoked=revoked)


@router.delete("/v1/keys/{key_id}", status_code=204, summary="Revoke an API key")
def revoke(
    key_id: Annotated[str, Path(pattern=r"^[0-9a-f]{12}$")], graph: GraphDep, caller: Caller, request: Request
) -> Response:
    require(caller, Role.admin, what="revoke keys")
    if key_id == caller.key_id:  # the last admin key revoking itself would lock every admin out
        raise HTTPException(
            409,
            f"key_id: {key_id!r} is the key making this request; "
            "revoke it with another admin key or `matchmaker keys revoke`",
        )
    if revoke_key(graph, key_id, by=caller.actor) is None:
        raise HTTPException(404, f"key {key_id!r} not found")
    request.app.state.gate.forget()
    return Response(status_code=204)


@router.get("/v1/audit", response_model=list[AuditEvent], summary="The audit trail of writes, newest first")
def audit_trail(
    graph: GraphDep,
    caller: Caller,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    since: IsoDateTime | None = None,
    actor: Annotated[str | None, Query(max_length=200, description="key:<id>, cli:<user>")] = None,
) -> list[AuditEvent]:
    require(caller, Role.admin, what="read the audit trail")
    return audit.entries(graph, limit=limit, since=since, actor=actor)
