"""Network metrics for a community's secretariat: ``/v1/metrics/network``, ``/organizations``,
``/timeline`` and ``/scorecard``, all with the same filters and cached by graph version."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from matchmaker.access.models import Role
from matchmaker.access.policy import forbidden, require
from matchmaker.api.deps import GraphDep, MatcherDep, SettingsDep
from matchmaker.api.security import Caller
from matchmaker.metrics import service
from matchmaker.metrics.models import NetworkResponse, OrganizationsResponse, ScorecardResponse, TimelineResponse
from matchmaker.metrics.projection import ORG_LINK_TYPES, Filters, parse_filters
from matchmaker.model.records import Id, IsoDate, OrgKind

router = APIRouter(prefix="/v1/metrics", tags=["metrics"])
# Every route takes FiltersDep, whose metrics_filters checks the key (secretariat or admin).


def metrics_filters(
    caller: Caller,
    community: Annotated[Id | None, Query(description="Members of this community (MEMBER_OF), e.g. gtb.")] = None,
    hub: Annotated[Id | None, Query(description="Organisations located in this hub (LOCATED_IN).")] = None,
    region: Annotated[str | None, Query(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$", description="ISO 3166-2")] = None,
    kind: Annotated[list[OrgKind] | None, Query(description="Organisation kinds (repeatable).")] = None,
    link_types: Annotated[
        list[str] | None, Query(description=f"Link types counted as ties (repeatable): {', '.join(ORG_LINK_TYPES)}.")
    ] = None,
    since: Annotated[IsoDate | None, Query(description="Window start: links that had not ended by then.")] = None,
    until: Annotated[IsoDate | None, Query(description="Window end: links that had begun by then.")] = None,
) -> Filters:
    """A secretariat key sees its own community: the selection defaults to it and may not name another."""
    require(caller, Role.secretariat, what="read network metrics")
    if caller.role is Role.secretariat:
        if community not in (None, caller.community):
            raise forbidden(f"read metrics of community {community!r} (this key serves {caller.community!r})")
        community = caller.community
    try:
        return parse_filters(community, hub, region, [k.value for k in kind or []], link_types, since, until)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


FiltersDep = Annotated[Filters, Depends(metrics_filters)]


@router.get("/network", response_model=NetworkResponse, summary="Network metrics of the selection")
def get_network(graph: GraphDep, filters: FiltersDep) -> Any:
    return service.network(graph, filters)


@router.get("/organizations", response_model=OrganizationsResponse, summary="Per-organisation metrics")
def get_organizations(
    graph: GraphDep,
    filters: FiltersDep,
    sort: service.SortKey = "betweenness",
    limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Any:
    return service.organizations(graph, filters, sort=sort, limit=limit, offset=offset)


@router.get("/timeline", response_model=TimelineResponse, summary="Yearly snapshots from link dates")
def get_timeline(graph: GraphDep, filters: FiltersDep, max_years: Annotated[int, Query(ge=1, le=50)] = 15) -> Any:
    return service.timeline(graph, filters, max_years=max_years)


@router.get(
    "/scorecard",
    response_model=ScorecardResponse,
    summary="Health indicators, introductions, readiness, comparison with reference clusters",
)
def get_scorecard(
    graph: GraphDep,
    filters: FiltersDep,
    matcher: MatcherDep,
    settings: SettingsDep,
    max_years: Annotated[int, Query(ge=1, le=50)] = 15,
    introductions: Annotated[int, Query(ge=0, le=200)] = 20,
) -> Any:
    """Introductions are ranked by the matcher (its reasons in ``match_reasons``) when the profiles
    are embedded with the configured encoder; otherwise by the network alone."""
    return service.scorecard(
        graph, filters, max_years=max_years, introductions=introductions, matcher=matcher,
        radius_km=settings.community_radius_km,
    )  # fmt: skip
