"""Partner matches: for an organisation in the graph, or for a free-text need.

Matches for an organisation run for its own member key (with its confidential needs), for its
community's secretariat or an admin; seeds and free text for any key holder.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from matchmaker.access.policy import match_view
from matchmaker.api.deps import GraphDep, MatcherDep
from matchmaker.api.security import Caller
from matchmaker.matching.models import MatchRequest, MatchResponse, OrganizationMatchQuery
from matchmaker.model.records import Id

router = APIRouter(tags=["matching"])


@router.get("/v1/organizations/{org_id}/matches", response_model=MatchResponse, summary="Partners for an organisation")
def organization_matches(
    org_id: Id,
    graph: GraphDep,
    matcher: MatcherDep,
    caller: Caller,
    query: Annotated[OrganizationMatchQuery, Query()],
) -> MatchResponse:
    own = match_view(caller, graph, org_id)
    return matcher.match_organization(
        org_id, query.target, query.filters(), query.limit, own=own, offering=query.offering()
    )


@router.get("/v1/seeds/{seed_id}/matches", response_model=MatchResponse, summary="Companies for a research seed")
def seed_matches(seed_id: Id, matcher: MatcherDep, query: Annotated[OrganizationMatchQuery, Query()]) -> MatchResponse:
    return matcher.match_seed(seed_id, query.target, query.filters(), query.limit)


@router.post("/v1/matches", response_model=MatchResponse, summary="Partners for a need described in free text")
def text_matches(body: MatchRequest, matcher: MatcherDep) -> MatchResponse:
    return matcher.match_text(body.text, body.target, body.filters, body.limit, offer=body.offer)
