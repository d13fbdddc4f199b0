"""Response models of the metrics service (API and ``matchmaker metrics --json`` alike)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class FiltersOut(BaseModel):
    community: str | None = None
    hub: str | None = None
    region: str | None = None
    kinds: list[str] = []
    link_types: list[str] = []
    since: str | None = None
    until: str | None = None


class Approximation(BaseModel):
    """How a figure was computed when it is not exact, so that a reader can judge it."""

    metric: str
    method: Literal["exact", "sampled"]
    k: int | None = Field(None, description="Sampled sources (pivots) when method is 'sampled'.")
    seed: int | None = None
    note: str = ""

    @classmethod
    def choose(
        cls, metric: str, n: int, *, exact_limit: int, k: int, seed: int, sampled_note: str, exact_note: str = ""
    ) -> Approximation:
        """Exact up to ``exact_limit`` nodes (or when k sources would cover them all); beyond,
        sampled from ``k`` sources with a fixed ``seed``, stated so a reader can judge the figure."""
        sampled = n > exact_limit and k < n
        return cls(
            metric=metric,
            method="sampled" if sampled else "exact",
            k=k if sampled else None,
            seed=seed if sampled else None,
            note=sampled_note if sampled else exact_note,
        )


class OrgMetrics(BaseModel):
    id: str
    name: str | None = None
    name_ja: str | None = None
    kind: str | None = None
    sector: str | None = None
    region: str | None = None
    degree: int
    weighted_degree: float
    betweenness: float
    closeness: float
    pagerank: float
    constraint: float | None = Field(None, description="Burt's constraint; null for isolates.")
    effective_size: float | None = Field(None, description="Burt's effective size; null for isolates.")
    core_number: int
    clustering: float
    sectors_reached: list[str]
    external_partners: int = Field(0, description="Distinct partners outside the selection (or abroad).")
    community: int | None = Field(None, description="Index of its Louvain community in /network.")


class OrganizationsResponse(BaseModel):
    graph_version: str
    filters: FiltersOut
    nodes: int
    edges: int
    engine: str
    approximations: list[Approximation]
    total: int
    items: list[OrgMetrics]


class LouvainCommunity(BaseModel):
    index: int
    size: int
    kinds: dict[str, int]
    top_members: list[str]


class NetworkMetrics(BaseModel):
    nodes: int
    edges: int
    links: int = Field(description="Links behind the edges (parallel links sum into one edge).")
    total_weight: float
    density: float
    components: int
    giant_component_size: int
    giant_component_share: float
    largest_bicomponent_share: float
    average_shortest_path_length: float | None
    average_clustering: float
    transitivity: float
    degree_centralization: float
    louvain_communities: list[LouvainCommunity]
    modularity: float | None
    kind_assortativity: float | None
    cross_sector_tie_share: float | None
    sector_ties: dict[str, int] = Field(description="Edges by sector pair, e.g. 'academia-industry'.")
    max_core_number: int
    core_size: int
    core_members: list[str]
    periphery_size: int
    isolates: list[str]
    weakly_tied: list[str]
    gatekeeper_share: float | None
    approximations: list[Approximation]


class NetworkResponse(BaseModel):
    graph_version: str
    filters: FiltersOut
    metrics: NetworkMetrics


class YearValue(BaseModel):
    year: int
    value: float | None


class Indicator(BaseModel):
    id: str
    name: str
    name_ja: str
    formula: str
    reference: str
    healthy: str = Field(description="Which direction is healthier, in words.")
    value: float | None
    trend: list[YearValue]
    meaning: str
    meaning_ja: str


class Introduction(BaseModel):
    source: str
    source_name: str | None
    source_sector: str | None
    target: str
    target_name: str | None
    target_sector: str | None
    reason: str
    reason_ja: str


class RequiredBody(BaseModel):
    id: str
    name: str
    name_ja: str
    kinds: list[str]
    assessable: bool
    count: int | None
    present: bool | None
    note: str = ""


class CommunityTie(BaseModel):
    community: str
    name: str | None
    name_ja: str | None
    kind: str | None
    overseas: bool
    shared_members: int
    links: int
    years: list[int]
    regular: bool


class Readiness(BaseModel):
    community: str
    name: str | None
    name_ja: str | None
    community_kind: str | None
    requirement_set: Literal["global", "regional"]
    members: int
    required: list[RequiredBody]
    missing: list[str]
    not_assessable: list[str]
    ties: list[CommunityTie]
    regular_domestic_ties: int
    regular_overseas_ties: int
    disclosed_figures: list[dict[str, object]] = Field(
        default=[], description="Targets and results (companies, sales, jobs, money raised); none in the graph yet."
    )
    level: Literal["candidate", "initial", "growth", "developed"]
    level_ja: str
    reasons: list[str]


class ScorecardResponse(BaseModel):
    graph_version: str
    filters: FiltersOut
    indicators: list[Indicator]
    introductions: list[Introduction]
    readiness: list[Readiness]
    readiness_rules: list[str]


class Snapshot(BaseModel):
    year: int
    nodes: int
    edges: int
    density: float
    giant_component_share: float
    largest_bicomponent_share: float
    average_clustering: float
    average_shortest_path_length: float | None
    degree_centralization: float
    cross_sector_tie_share: float | None
    gatekeeper_share: float | None


class TimelineResponse(BaseModel):
    graph_version: str
    filters: FiltersOut
    rule: str
    snapshots: list[Snapshot]
