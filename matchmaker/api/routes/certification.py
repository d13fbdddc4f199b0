"""Certification (issue 25): a member body's self-assessment and the community's maturity table.

``GET/PUT /v1/organizations/{id}/self-assessment`` are for the organisation's own member key or an
admin (a secretariat may read its members' answers); ``GET /v1/communities/{id}/maturity`` is for
that community's secretariat or an admin. The rules are in ``matchmaker/metrics/assessment.py``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Query

from matchmaker.access.models import Principal, Role
from matchmaker.access.policy import forbidden, in_community, require
from matchmaker.api.deps import GraphDep, SettingsDep
from matchmaker.api.security import Caller
from matchmaker.errors import Invalid, NotFound
from matchmaker.graph.connection import Graph
from matchmaker.metrics import assessment
from matchmaker.metrics import scorecard as sc
from matchmaker.metrics.models import MaturityResponse, SelfAssessment, SelfAssessmentIn
from matchmaker.model.records import Id

router = APIRouter(tags=["certification"])
BodyType = Annotated[str | None, Query(max_length=64, pattern=r"^[a-z_]+$", description="Another list to view.")]


def _may_read(caller: Principal, graph: Graph, org_id: str) -> None:
    require(caller, Role.member, Role.secretariat, what="read a self-assessment")
    if caller.acts_for(org_id):
        return
    if caller.role is Role.secretariat and in_community(graph, org_id, caller.community):
        return
    raise forbidden(f"read the self-assessment of {org_id!r} (its own member key, its secretariat or an admin)")


@router.get(
    "/v1/organizations/{org_id}/self-assessment", response_model=SelfAssessment,
    summary="The requirement list for the organisation's body type, its answers, level and what it lacks",
)  # fmt: skip
def get_self_assessment(org_id: Id, graph: GraphDep, caller: Caller, body_type: BodyType = None) -> SelfAssessment:
    _may_read(caller, graph, org_id)
    return assessment.get(graph, org_id, body_type)


@router.put(
    "/v1/organizations/{org_id}/self-assessment", response_model=SelfAssessment,
    summary="Answer the self-assessment: item id → met; returns the level and what is missing for the next",
)  # fmt: skip
def put_self_assessment(
    org_id: Id, graph: GraphDep, caller: Caller, body: Annotated[SelfAssessmentIn, Body()]
) -> SelfAssessment:
    require(caller, Role.member, what="answer a self-assessment")
    if not caller.acts_for(org_id):
        raise forbidden(f"answer for {org_id!r} (only its own member key or an admin)")
    return assessment.put(graph, org_id, body.body_type, body.answers, by=caller.actor)


@router.get(
    "/v1/communities/{community_id}/maturity", response_model=MaturityResponse,
    summary="Every member's self-assessed level and the community's maturity table",
)  # fmt: skip
def get_maturity(community_id: Id, graph: GraphDep, caller: Caller, settings: SettingsDep) -> MaturityResponse:
    require(caller, Role.secretariat, what="read a community's maturity")
    if caller.role is Role.secretariat and caller.community != community_id:
        raise forbidden(f"read the maturity of {community_id!r} (this key serves {caller.community!r})")
    found = sc.readiness(graph, community_id, radius_km=settings.community_radius_km)
    if not found:
        if not graph.read("assessment/community", community=community_id):
            raise NotFound(f"community {community_id!r} not found", field="community_id")
        raise Invalid("an overseas reference cluster is compared, not assessed", field="community_id")
    return assessment.maturity(graph, community_id, found[0])
