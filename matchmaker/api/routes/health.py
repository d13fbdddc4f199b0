"""Liveness and readiness: open to everyone, and cheap enough for a load balancer."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from matchmaker.access.policy import public
from matchmaker.api.deps import GraphDep
from matchmaker.graph.schema import SCHEMA_VERSION, current_version

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Is the service up and can it reach Neo4j?")
@public
def healthz(graph: GraphDep) -> JSONResponse:
    up = graph.ping()
    return JSONResponse(
        {"status": "ok" if up else "degraded", "neo4j": up},
        status_code=200 if up else 503,
        headers=None if up else {"Retry-After": "5"},
    )


@router.get("/readyz", summary="Can the service answer requests (Neo4j reachable, schema current)?")
@public
def readyz(graph: GraphDep) -> JSONResponse:
    if not graph.ping():
        return JSONResponse(
            {"ready": False, "reason": "Neo4j is unreachable"}, status_code=503, headers={"Retry-After": "5"}
        )
    version = current_version(graph)
    if version < SCHEMA_VERSION:
        return JSONResponse(
            {"ready": False, "reason": f"schema version {version}, need {SCHEMA_VERSION}"},
            status_code=503,
            headers={"Retry-After": "5"},
        )
    return JSONResponse({"ready": True, "schema_version": version})
