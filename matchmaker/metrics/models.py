"""Response models of the metrics service (API and ``matchmaker metrics --json`` alike)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from matchmaker.matching.models import Reason


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


Direction = Literal["higher", "lower"]


class YearValue(BaseModel):
    year: int
    value: float | None
    change: float | None = Field(None, description="Value minus the previous year's (null: either unmeasured).")
    change_is_better: bool | None = Field(
        None,
        description="Whether the change goes the healthier way (``direction``); null when unchanged or unmeasured.",
    )


class Indicator(BaseModel):
    id: str
    name: str
    name_ja: str
    formula: str
    reference: str
    healthy: str = Field(description="Which direction is healthier, in words.")
    healthy_ja: str = ""
    direction: Direction = Field(description="'higher' or 'lower': the healthier direction.")
    value: float | None = Field(description="Null when the selection has no recorded ties: nothing is measured.")
    trend: list[YearValue]
    change: float | None = Field(None, description="The latest yearly change (last two measured years of the trend).")
    change_is_better: bool | None = Field(
        None,
        description="True when the latest change is healthier, False when worse, null when none: colour by this, "
        "not by the change's sign.",
    )
    meaning: str
    meaning_ja: str


class Introduction(BaseModel):
    """A suggested introduction: ``reason`` is the network's (core, sector reached); when the
    profiles are embedded, the matcher chose the target among the eligible core members and
    ``match_reasons`` say why in its terms (capabilities, statements, shared communities...)."""

    source: str
    source_name: str | None
    source_name_ja: str | None = None
    source_sector: str | None
    target: str
    target_name: str | None
    target_name_ja: str | None = None
    target_sector: str | None
    reason: str
    reason_ja: str
    ranked_by: Literal["matcher", "network"] = Field(
        "network", description="'matcher': chosen by the matcher's score; 'network': highest PageRank."
    )
    match_score: float | None = Field(None, description="The matcher's score of the target for the source.")
    match_reasons: list[Reason] = []


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


class DisclosedFigure(BaseModel):
    """A community's figure as disclosed (see :class:`matchmaker.model.records.Figure`), with labels."""

    metric: str
    metric_name: str
    metric_name_ja: str
    kind: Literal["target", "actual"]
    year: int
    value: float
    value_max: float | None = None
    unit: str
    qualifier: str | None = None
    scope: str | None = None
    note: str | None = None
    source: str


class PlacedMember(BaseModel):
    """A member body and where it is, for the distance rule."""

    id: str
    name: str | None
    name_ja: str | None
    kind: str | None
    body: str | None = Field(description="The required body it counts for (null: none of the community's list).")
    precision: Literal["site", "hub", "municipality", "prefecture"] | None = Field(
        description="What its point is: its own coordinates, its hub's, its municipality's or prefecture's office."
    )
    prefecture: str | None
    distance_km: float | None = Field(None, description="To the nearest hub (global rule); null when unknown.")


class PlaceAnchor(BaseModel):
    """A point the distance is measured from: one of the community's hubs (or its prefecture)."""

    id: str
    name: str | None
    name_ja: str | None
    latitude: float
    longitude: float
    precision: Literal["site", "hub", "municipality", "prefecture"]


class BodyPlacement(BaseModel):
    body: str
    name: str
    name_ja: str
    counted: list[str] = Field(description="Members of this body that sit within the radius (or the region).")
    present: bool


class Proximity(BaseModel):
    """The certification plan's place rule (000_5702a8b11a23b71d.txt l.513-518): a global community
    gathers every required body within about ``radius_km`` of its hubs, a regional one inside its
    region. ``satisfied`` is null when it cannot be checked (no located hub, no region)."""

    rule: Literal["within_radius", "within_region"]
    radius_km: float | None
    region: list[str] = Field(description="Prefectures that make the region (regional rule).")
    checked: bool
    satisfied: bool | None
    anchors: list[PlaceAnchor]
    bodies: list[BodyPlacement]
    missing: list[str] = Field(description="Assessable required bodies with no member within the radius/region.")
    counted: list[PlacedMember] = Field(description="Members that count: a required body, within.")
    outside: list[PlacedMember] = Field(description="Members of a required body located beyond the radius/region.")
    unknown: list[PlacedMember] = Field(description="Members whose location is unknown (nothing recorded).")
    note: str
    note_ja: str


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
    disclosed_figures: list[DisclosedFigure] = Field(
        default=[], description="Targets and results over the years, by metric, scope and year."
    )
    targets_set: bool = Field(False, description="At least one target disclosed with its source (目標設定).")
    target_metrics: list[str] = Field([], description="Metrics with a disclosed target.")
    result_years: list[int] = Field([], description="Years with at least one disclosed actual figure.")
    level: Literal["candidate", "initial", "growth", "developed"]
    level_ja: str
    reasons: list[str]
    proximity: Proximity | None = Field(None, description="The distance (global) or region (regional) rule.")
    tie_link_types: list[str] = Field(
        [], description="Link types between members that make a regular tie; a shared member alone does not."
    )


class ComparedFigure(DisclosedFigure):
    """One community's latest actual or latest target for a metric, in the reference comparison."""

    community: str
    name: str | None
    name_ja: str | None
    overseas: bool


class MetricComparison(BaseModel):
    metric: str
    name: str
    name_ja: str
    values: list[ComparedFigure]
    comparable: bool = Field(
        description="A domestic community and a reference cluster both disclose an actual figure in the same unit."
    )


class ReferenceComparison(BaseModel):
    """Domestic communities beside the overseas reference clusters, metric by metric, where the
    figures exist: each community's latest actual and latest target, as disclosed."""

    communities: list[str] = Field(description="Domestic communities first, then reference clusters.")
    metrics: list[MetricComparison]
    not_disclosed: dict[str, list[str]] = Field(
        description="Per community, the plan's metrics (companies, sales, jobs, funding) it gives no figure for."
    )
    note: str


class Notice(BaseModel):
    """What a result cannot say, and what to do about it, in both languages."""

    code: str
    en: str
    ja: str


class ScorecardResponse(BaseModel):
    graph_version: str
    filters: FiltersOut
    notice: Notice | None = Field(
        None, description="Set when the selection has no recorded ties: no indicator, core or introduction is claimed."
    )
    indicators: list[Indicator]
    introductions: list[Introduction]
    introductions_rule: str = ""
    readiness: list[Readiness]
    readiness_rules: list[str]
    reference: ReferenceComparison


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
    directions: dict[str, Direction | None] = Field(
        {},
        description="Per snapshot field, which way is healthier; null for sizes (nodes, edges, density) that "
        "are neither.",
    )


# --- self-assessment and maturity (issue 25; matchmaker/metrics/assessment.py) ------------------------

LevelName = Literal["candidate", "initial", "growth", "developed"]


class Requirement(BaseModel):
    """One item of a body type's self-assessment list, in our words, with the line it restates."""

    id: str
    axis: str
    axis_name: str
    axis_name_ja: str
    column: Literal["registration", "setup", "results", "recognition"]
    column_name: str
    column_name_ja: str
    level: LevelName = Field(description="The level this column stands for.")
    en: str
    ja: str
    source: str
    met: bool | None = Field(description="The organisation's answer; null when not answered.")


class BodyTypeOption(BaseModel):
    id: str
    name: str
    name_ja: str


class SelfAssessment(BaseModel):
    organization: str
    name: str | None
    name_ja: str | None
    kind: str | None
    body_type: str
    body_type_name: str
    body_type_name_ja: str
    body_types: list[BodyTypeOption] = Field(description="The lists this organisation's kind may answer.")
    source: str
    requirements: list[Requirement]
    answered: bool
    level: LevelName | None = Field(description="Null until the registration items are met.")
    level_ja: str | None
    next_level: LevelName | None
    next_level_ja: str | None
    lacks: list[Requirement] = Field(description="What is still missing for the next level.")
    updated_at: str | None
    rule: str


class SelfAssessmentIn(BaseModel):
    """A member's answers: item id → met. Items left out count as not met."""

    model_config = ConfigDict(extra="forbid")

    body_type: str | None = Field(
        None, max_length=64, description="Default: the first list for the organisation's kind."
    )
    answers: dict[Annotated[str, StringConstraints(max_length=64)], bool] = Field(default={}, max_length=200)


class MemberLevel(BaseModel):
    id: str
    name: str | None
    name_ja: str | None
    kind: str | None
    category: str | None = Field(description="The required body it stands for in this community, if any.")
    category_name: str | None = None
    category_name_ja: str | None = None
    body_type: str | None
    level: LevelName | None
    level_ja: str | None
    answered: bool
    lacks: int | None = Field(description="Items missing for its next level.")
    updated_at: str | None


class MaturityCheck(BaseModel):
    id: str
    en: str
    ja: str
    source: str
    basis: Literal["graph", "self_assessment"]
    met: bool | None
    detail: str = ""


class MaturityCell(BaseModel):
    axis: str
    axis_name: str
    axis_name_ja: str
    column: Literal["setup", "results", "recognition"]
    column_name: str
    column_name_ja: str
    status: Literal["met", "partly", "not_met", "not_applicable"]
    checks: list[MaturityCheck]


class MaturityResponse(BaseModel):
    community: str
    name: str | None
    name_ja: str | None
    community_kind: str | None
    requirement_set: Literal["global", "regional"]
    members: list[MemberLevel]
    level_counts: dict[str, int]
    answered: int
    table: list[MaturityCell]
    readiness_level: LevelName
    readiness_level_ja: str
    rules: list[str]
