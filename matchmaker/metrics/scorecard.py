"""The health scorecard: indicators with formula, reference and trend; introductions; readiness.

Indicators
    Seven figures a secretariat can follow year by year, each computed by
    :mod:`matchmaker.metrics.network` on the current network and on yearly snapshots (links active
    at some time in the year, organisations founded by then). See :data:`INDICATORS`.

Introductions
    Each peripheral member (core number ≤ 1), least-connected first, is paired with a core member
    (highest k-core) of a sector its ties do not yet reach, not already its partner; each core
    member is proposed at most three times. Among those eligible core members the matcher
    (:class:`matchmaker.matching.service.Matcher`, the same score and reasons as
    ``/v1/organizations/{id}/matches``) picks the one that fits the member's profile best, and its
    reasons (en/ja) come beside the network reason. Only the first :data:`MATCHED_PERIPHERY`
    members are matched (one matcher call each), so a scorecard stays fast; the others, members
    without a profile vector, and graphs without embeddings fall back to the highest PageRank.

Certification readiness (Cabinet Office bio-community plan, ``000_5702a8b11a23b71d.txt``
l.339-347 and l.509-560)
    The plan certifies communities whose *required bodies* (必要機関) are all gathered. A global
    bio-community (kind ``global``) needs: network body, advanced R&D body, R&D body,
    bio-manufacturing demonstration body, incubation body, investment fund, large company,
    companies incl. ventures, local government (l.515 *1); every other community is held to the
    regional list: network body, R&D body, incubation body, companies, local government (l.517
    *2). :data:`REQUIRED_BODIES` maps each to organisation kinds. Three bodies have no kind in the
    data model and are reported as *not assessable* and left out of the rules: the advanced R&D
    body (its test is a world top-100 citation rank), bio-manufacturing demonstration, and
    incubation.

    The level, over the assessable required bodies of the community's list (members counted
    through MEMBER_OF) and the community's disclosed figures (``Community.figures``: targets and
    actual results per year, each with its source):

    - 候補 candidate: fewer than half of them present;
    - 初期 initial: at least half present, but not all; or all present but no target disclosed;
    - 成長 growth: all present and at least one target set and disclosed (体制整備: すべての必要
      機関が集積、会員参画; 目標設定と計画策定; 地域の成長状況の情報開示体制(企業数、売上、雇用、
      資金調達額等), l.513-514, l.523-528);
    - 発展 developed: growth, with at least :data:`DEVELOPED_MIN_PER_BODY` members of each body,
      regular ties (:data:`REGULAR_TIE_LINKS` or more recorded links of the types in
      :data:`TIE_LINK_TYPES` between their members: joint programmes, agreements, investments,
      meetings held; a member body the two share is shown but is no tie) with at least one other
      domestic community and, for a global community, with at least
      one overseas cluster (実績提示: 地域バイオコミュニティとの定常的な連携実績, 海外イノベーション
      ハブとの定常的な連携実績), and actual results disclosed for at least
      :data:`DEVELOPED_MIN_RESULT_YEARS` different years (実績提示: 国内外への定常的な情報発信実績).

    Place (l.513-518, l.248): a global community needs every required body within about 100 km
    (``radius_km``, the setting ``MATCHMAKER_COMMUNITY_RADIUS_KM``) of its hubs, a regional one
    inside its region; :func:`proximity` names the members that count, the bodies missing there and
    the members whose location is unknown (:mod:`matchmaker.model.places` says how a point is
    found). A community that fails it stays at 初期 at most.

    The plan lists the target metrics as 企業数、売上、雇用、資金調達額「等」, so a target in any
    metric counts; the reasons name the four named metrics that have none. Overseas reference
    clusters (kind ``reference``) are not assessed: the plan certifies Japanese communities.

Reference comparison
    Domestic communities beside the overseas reference clusters (``001_66094910667dc58f.txt``),
    metric by metric, where figures exist: each one's latest actual and latest target as
    disclosed, in their own units and years (no currency conversion, no per-capita scaling).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
from pydantic import TypeAdapter

from matchmaker.graph.connection import Graph
from matchmaker.matching.models import Match
from matchmaker.metrics.models import (
    BodyPlacement,
    CommunityTie,
    ComparedFigure,
    DisclosedFigure,
    Indicator,
    Introduction,
    MetricComparison,
    Notice,
    PlaceAnchor,
    PlacedMember,
    Proximity,
    Readiness,
    ReferenceComparison,
    RequiredBody,
    YearValue,
)
from matchmaker.model.places import Located, haversine_km, locate
from matchmaker.model.places import prefecture as prefecture_place
from matchmaker.model.records import FIGURE_METRICS, PLAN_METRICS, Figure, FigureMetric

REFS = {
    "osp": "Owen-Smith & Powell (2004), Organization Science 15(1): 5-21",
    "sp": "Schilling & Phelps (2007), Management Science 53(7): 1113-1126",
    "powell": "Powell, White, Koput & Owen-Smith (2005), American Journal of Sociology 110(4): 1132-1205",
    "gb": "Giuliani & Bell (2005), Research Policy 34(1): 47-68",
    "freeman": "Freeman (1979), Social Networks 1(3): 215-239",
}


@dataclass(frozen=True)
class IndicatorDef:
    id: str
    name: str
    name_ja: str
    formula: str
    reference: str
    healthy: str
    meaning: str
    meaning_ja: str


INDICATORS: tuple[IndicatorDef, ...] = (
    IndicatorDef(
        "giant_component_share", "Connected core", "連結コアの割合", "|largest component| / n", REFS["osp"],
        "higher",
        "Share of members reachable from one another through ties; the rest cannot hear of opportunities.",
        "互いにつながりでたどれる会員の割合。残りの会員には機会の情報が届きにくい。",
    ),
    IndicatorDef(
        "largest_bicomponent_share", "Multiple independent paths", "複数経路で結ばれた割合",
        "|largest biconnected component| / n", REFS["powell"], "higher",
        "Share of members joined by at least two independent paths; the network does not hang on one body.",
        "2本以上の独立した経路で結ばれた会員の割合。特定の1機関に依存しない。",
    ),
    IndicatorDef(
        "degree_centralization", "Star shape (degree centralisation)", "スター型の度合い（次数中心化）",
        "Σ_i (d_max - d_i) / ((n-1)(n-2))", REFS["freeman"] + "; " + REFS["powell"], "lower",
        "1 means everything runs through one hub; a high value is a single point of failure.",
        "1は全てが1つのハブを経由する状態。高いほど単一拠点への依存が強い。",
    ),
    IndicatorDef(
        "average_clustering", "Local clustering", "局所クラスタリング", "mean_i 2 t_i / (k_i (k_i - 1))",
        REFS["sp"], "higher",
        "How often a member's partners also work together: trust and fast local exchange.",
        "会員の取引先同士も連携している度合い。信頼と地域内の素早い情報交換を表す。",
    ),
    IndicatorDef(
        "average_shortest_path_length", "Reach (average path length)", "到達距離（平均経路長）",
        "Σ d(s,t) / (n_g (n_g - 1)) in the giant component", REFS["sp"], "lower",
        "Introductions needed on average to reach any member of the core; short paths spread news.",
        "コア内の任意の会員に届くまでの平均紹介回数。短いほど情報が速く広がる。",
    ),
    IndicatorDef(
        "cross_sector_tie_share", "Cross-sector ties", "セクター横断の連携",
        "ties joining two sectors / ties (academia, industry, finance, government, support)", REFS["osp"],
        "higher",
        "Whether academia, industry and finance really work together rather than each in its own circle.",
        "学術・産業・金融などが各々の内輪でなく実際に連携しているか。",
    ),
    IndicatorDef(
        "gatekeeper_share", "Gatekeepers", "ゲートキーパー", "members with ≥1 partner outside (or abroad) / n",
        REFS["gb"], "higher",
        "Members who bring in knowledge from outside the community; without them it turns inward.",
        "コミュニティ外（海外）から知識を持ち込む会員の割合。少ないと内向きになる。",
    ),
)  # fmt: skip


HEALTHY_JA = {"higher": "高いほど健全", "lower": "低いほど健全"}

NO_TIES = Notice(
    code="no_ties",
    en="No ties between these members are recorded, so the network cannot be measured: the indicators are not "
    "computed and no introduction or core is claimed. Add ties by importing a links sheet (source, target, type: "
    "the import page, POST /v1/import or `matchmaker import`) or by recording meeting outcomes at partnering "
    "events.",
    ja="この会員間のつながり（連携・取引・面談など）が記録されていないため、ネットワークを測定できません。指標は"
    "計算せず、紹介や中核の判定も行いません。つながりのシート（起点・相手・種類）をインポート画面・POST /v1/import・"
    "`matchmaker import` で取り込むか、パートナリングイベントの面談結果を記録してください。",
)


#: Which way is healthier for every figure of a yearly snapshot (``/v1/metrics/timeline``); sizes
#: are neither.
SNAPSHOT_DIRECTIONS: dict[str, str | None] = {
    "nodes": None, "edges": None, "density": None, **{d.id: d.healthy for d in INDICATORS},
}  # fmt: skip


def change_is_better(change: float | None, direction: str) -> bool | None:
    """Whether a change goes the healthier way: a fall is better where lower is healthier (a
    shorter average path), a rise worse (a more star-shaped network). None for no change or an
    unmeasured year, so the UI colours by health and never by the change's sign."""
    if change is None or abs(change) < 1e-12:
        return None
    return (change > 0) == (direction == "higher")


def _trend(points: list[tuple[int, float | None]], direction: str) -> list[YearValue]:
    out, previous = [], None
    for year, value in points:
        change = value - previous if value is not None and previous is not None else None
        out.append(
            YearValue(year=year, value=value, change=change, change_is_better=change_is_better(change, direction))
        )
        previous = value
    return out


def indicators(current: dict[str, Any], trend: dict[int, dict[str, Any]]) -> list[Indicator]:
    """The scorecard's indicators: the current value and the value in each yearly snapshot, each
    change marked better or worse by the indicator's healthy direction. A network without ties has
    no value (None), not 0: nothing was measured."""
    out = []
    measured = bool(current.get("edges"))
    for d in INDICATORS:
        points = _trend([(y, s.get(d.id)) for y, s in sorted(trend.items())], d.healthy)
        measured_points = [p for p in points if p.value is not None]
        last = (
            _trend([(0, measured_points[-2].value), (1, measured_points[-1].value)], d.healthy)[-1]
            if len(measured_points) >= 2
            else None
        )
        out.append(
            Indicator(
                id=d.id, name=d.name, name_ja=d.name_ja, formula=d.formula, reference=d.reference,
                healthy=f"{d.healthy} is healthier", healthy_ja=HEALTHY_JA[d.healthy], direction=d.healthy,
                value=current.get(d.id) if measured else None, trend=points,
                change=last.change if last else None, change_is_better=last.change_is_better if last else None,
                meaning=d.meaning, meaning_ja=d.meaning_ja,
            )
        )  # fmt: skip
    return out


SECTOR_JA = {"academia": "学術", "industry": "産業", "finance": "金融", "government": "行政", "support": "支援"}


#: Peripheral members whose introduction the matcher ranks (one matcher call each).
MATCHED_PERIPHERY = 10
#: Proposals per core member, so that the load spreads.
MAX_PROPOSALS_PER_CORE = 3
#: ``rank(source, eligible ids)`` → the matcher's matches among them by id, or None when the
#: source cannot be matched (no profile vector); see :func:`matchmaker.metrics.service.matcher_ranker`.
Ranker = Callable[[str, list[str]], dict[str, Match] | None]
INTRODUCTIONS_RULE = (
    "Peripheral members (core number ≤ 1), least-connected first, each paired with a core member of a sector its "
    "ties do not reach, not already a partner, at most 3 proposals per core member. With embedded profiles the "
    f"matcher picks among the eligible core members for the first {MATCHED_PERIPHERY} (its reasons in "
    "match_reasons); otherwise the highest PageRank."
)


def _network_reason(G: nx.Graph, p: Hashable, c: Hashable, k_max: int) -> tuple[str, str]:
    deg, sector = G.degree(p), G.nodes[c].get("sector")
    name_p, name_c = G.nodes[p].get("name") or p, G.nodes[c].get("name") or c
    ja_p = G.nodes[p].get("name_ja") or name_p
    ja_c = G.nodes[c].get("name_ja") or name_c
    sector_ja = SECTOR_JA.get(sector, sector)
    if k_max <= 1:  # no cohesive core: say what is true of the target, not that it is a core
        deg_c = G.degree(c)
        return (
            f"{name_p} has {deg} partner(s) and no tie to {sector}; {name_c} is among the best-connected members "
            f"({deg_c} partners) and would connect it to {sector}.",
            f"{ja_p}は連携先が{deg}件で{sector_ja}とのつながりがない。{ja_c}は最もつながりの多い会員の一つ"
            f"（連携先{deg_c}件）で、{sector_ja}への橋渡しになる。",
        )
    return (
        f"{name_p} has {deg} partner(s) and no tie to {sector}; {name_c} is in the network's core ({k_max}-core) "
        f"and would connect it to the core and to {sector}.",
        f"{ja_p}は連携先が{deg}件で{sector_ja}とのつながりがない。{ja_c}はネットワークの中核（{k_max}-コア）にあり、"
        f"中核と{sector_ja}への橋渡しになる。",
    )


def introductions(
    G: nx.Graph,
    core: dict[Hashable, int],
    pagerank: dict[Hashable, float],
    *,
    limit: int = 20,
    rank: Ranker | None = None,
    matched: int = MATCHED_PERIPHERY,
) -> list[Introduction]:
    """Peripheral members (core number ≤ 1) paired with a core member of a sector they do not reach.

    For each peripheral member, least-connected first, the eligible targets are the core members
    (highest k-core; without a cohesive core, the ten best-connected members) of sectors absent
    from its partners, not already tied to it, proposed fewer than three times. ``rank`` (the
    matcher) chooses among them for the first ``matched`` members; without it, or when it finds
    none of them, the highest PageRank is chosen.
    """
    if G.number_of_nodes() < 2 or G.number_of_edges() == 0 or limit <= 0:
        return []  # without ties there is no core to introduce anyone to
    k_max = max(core.values(), default=0)
    cores = sorted((v for v, c in core.items() if c == k_max and k_max > 1), key=lambda v: (-pagerank[v], str(v)))
    if not cores:  # no cohesive core (a tree or a star): the best-connected members, never an isolate
        tied = [v for v in G if G.degree(v) > 0]
        cores = sorted(tied, key=lambda v: (-G.degree(v), -pagerank[v], str(v)))[:10]
    periphery = sorted((v for v, c in core.items() if c <= 1 and v not in cores), key=lambda v: (G.degree(v), str(v)))
    used: dict[Hashable, int] = {}
    out: list[Introduction] = []
    tried = 0
    for p in periphery:
        own = G.nodes[p].get("sector")
        reached = {G.nodes[m].get("sector") for m in G[p]}
        eligible = [
            c
            for c in cores
            if c != p
            and not G.has_edge(p, c)
            and used.get(c, 0) < MAX_PROPOSALS_PER_CORE
            and G.nodes[c].get("sector") not in (None, own)
            and G.nodes[c].get("sector") not in reached
        ]
        if not eligible:
            continue
        chosen, match = eligible[0], None
        if rank is not None and tried < matched:
            tried += 1
            found = rank(str(p), [str(c) for c in eligible]) or {}
            best = max((c for c in eligible if str(c) in found), key=lambda c: found[str(c)].score, default=None)
            if best is not None:
                chosen, match = best, found[str(best)]
        used[chosen] = used.get(chosen, 0) + 1
        reason, reason_ja = _network_reason(G, p, chosen, k_max)
        out.append(
            Introduction(
                source=str(p), source_name=G.nodes[p].get("name"), source_name_ja=G.nodes[p].get("name_ja"),
                source_sector=own, target=str(chosen), target_name=G.nodes[chosen].get("name"),
                target_name_ja=G.nodes[chosen].get("name_ja"),
                target_sector=G.nodes[chosen].get("sector"), reason=reason, reason_ja=reason_ja,
                ranked_by="matcher" if match else "network", match_score=match.score if match else None,
                match_reasons=match.reasons if match else [],
            )
        )  # fmt: skip
        if len(out) >= limit:
            break
    return out


# --- certification readiness -----------------------------------------------------------------------


@dataclass(frozen=True)
class BodyDef:
    id: str
    name: str
    name_ja: str
    kinds: tuple[str, ...]
    note: str = ""

    @property
    def assessable(self) -> bool:
        return bool(self.kinds)


#: The plan's required bodies (必要機関) mapped to organisation kinds; empty kinds = not assessable.
REQUIRED_BODIES: dict[str, BodyDef] = {
    b.id: b
    for b in (
        BodyDef("network_body", "Network body", "ネットワーク機関", ("association",),
                "bio associations and councils act as the community's network body"),
        BodyDef("rd_advanced", "Advanced R&D body", "研究開発機関（先端）", (),
                "not assessable: the test is a world top-100 citation rank, not in the graph"),
        BodyDef("rd", "R&D body", "研究開発機関", ("university", "research_institute", "hospital")),
        BodyDef("biomanufacturing_demo", "Bio-manufacturing demonstration body", "バイオ製造実証機関", (),
                "not assessable: no organisation kind for it"),
        BodyDef("incubation", "Incubation body", "インキュベーション機関", (),
                "not assessable: no organisation kind for it"),
        BodyDef("investment_fund", "Investment fund", "投資ファンド", ("vc", "finance")),
        BodyDef("large_company", "Large company", "大企業", ("pharma",),
                "pharmaceutical companies stand for large companies"),
        BodyDef("companies", "Companies incl. ventures", "企業（ベンチャー含む）",
                ("startup", "cdmo", "cro", "supplier")),
        BodyDef("local_government", "Local government", "自治体", ("government",)),
    )
}  # fmt: skip
GLOBAL_REQUIRED = tuple(REQUIRED_BODIES)  # l.515 *1
REGIONAL_REQUIRED = ("network_body", "rd", "incubation", "companies", "local_government")  # l.517 *2
LEVELS_JA = {"candidate": "候補", "initial": "初期", "growth": "成長", "developed": "発展"}
DEVELOPED_MIN_PER_BODY = 2
REGULAR_TIE_LINKS = 2
#: Recorded links between two members that make a tie between their communities: joint programmes
#: (COLLABORATES_WITH), agreements (LICENSED_TO, SUPPLIES, OUTSOURCES_TO), investments (INVESTED_IN)
#: and meetings held (MET_WITH). A member body both communities share is reported but is not a tie:
#: belonging to two networks says nothing about the two working together. SPUN_OUT_FROM is an
#: origin, not an exchange, and is left out.
TIE_LINK_TYPES = ("COLLABORATES_WITH", "LICENSED_TO", "SUPPLIES", "OUTSOURCES_TO", "INVESTED_IN", "MET_WITH")
#: The global rule's radius when the caller gives none (概ね100km圏内, l.513); the service's setting
#: ``MATCHMAKER_COMMUNITY_RADIUS_KM`` overrides it.
DEFAULT_RADIUS_KM = 100.0
#: Years with disclosed actual results that make disclosure regular (定常的な情報発信実績).
DEVELOPED_MIN_RESULT_YEARS = 2
READINESS_RULES = [
    "Required bodies: global communities use the plan's global list (l.515 *1), others the regional list (l.517 *2).",
    "Not assessable (no organisation kind): advanced R&D body, bio-manufacturing demonstration, incubation.",
    "Disclosed figures: a community's figures (target or actual, per year, each with its source); a target in any "
    "metric counts (企業数、売上、雇用、資金調達額等, l.513-514).",
    "candidate 候補: fewer than half of the assessable required bodies present.",
    "initial 初期: at least half present, not all; or all present but no target disclosed.",
    "growth 成長: all assessable required bodies present among the members and at least one target set and "
    "disclosed (体制整備: 目標設定と計画策定, 成長状況の情報開示体制, l.523-528).",
    f"developed 発展: growth, at least {DEVELOPED_MIN_PER_BODY} members of each, regular ties "
    f"(≥{REGULAR_TIE_LINKS} recorded links between members: {', '.join(TIE_LINK_TYPES)}; a shared member alone is "
    "no tie) with another domestic community "
    "and, for a global community, with an overseas cluster, and actual results disclosed for at least "
    f"{DEVELOPED_MIN_RESULT_YEARS} different years (実績提示: 定常的な情報発信実績, l.525, l.528).",
    "Place (l.513-518): a global community's required bodies must each have a member within the radius "
    "(default 100 km, great-circle) of one of its hubs, a regional one's inside its region (its prefecture and its "
    "hubs'); members whose location is unknown are listed and do not count. Failing the rule holds the level at "
    "initial 初期; a community without a located hub or region is not checked.",
    "Overseas reference clusters (kind 'reference') are compared, not assessed.",
]


def readiness_level(
    counts: dict[str, int],
    required: Iterable[str],
    *,
    domestic_ties: int,
    overseas_ties: int,
    is_global: bool,
    figures: Sequence[Figure] = (),
    far: Sequence[str] = (),
) -> tuple[str, list[str]]:
    """The readiness level from member counts per required body, regular ties and the disclosed
    figures (rules in the module docstring and :data:`READINESS_RULES`); ``far`` are the required
    bodies the place rule finds no member of within the radius or region."""
    assessable = [b for b in required if REQUIRED_BODIES[b].assessable]
    present = [b for b in assessable if counts.get(b, 0) > 0]
    missing = [b for b in assessable if counts.get(b, 0) == 0]
    targets = {f.metric for f in figures if f.kind == "target"}
    result_years = {f.year for f in figures if f.kind == "actual"}
    reasons = [f"{len(present)} of {len(assessable)} assessable required bodies present"]
    if missing:
        reasons.append("missing: " + ", ".join(missing))
    if not targets:
        reasons.append("no target disclosed (companies, sales, jobs, money raised)")
    else:
        unset = [m.value for m in PLAN_METRICS if m not in targets]
        if unset:
            reasons.append("no target for: " + ", ".join(unset))
    if far:
        where = "within the radius of the hubs" if is_global else "inside the region"
        reasons.append(f"not {where}: " + ", ".join(far))
    if missing or not targets or far:
        level = "initial" if 2 * len(present) >= len(assessable) else "candidate"
        return level, reasons
    thin = [b for b in assessable if counts.get(b, 0) < DEVELOPED_MIN_PER_BODY]
    ties_ok = domestic_ties > 0 and (overseas_ties > 0 or not is_global)
    if thin:
        reasons.append(f"fewer than {DEVELOPED_MIN_PER_BODY} members: " + ", ".join(thin))
    if not ties_ok:
        reasons.append(
            "no regular tie with another domestic community"
            if domestic_ties == 0
            else "no regular tie with an overseas cluster"
        )
    few_results = len(result_years) < DEVELOPED_MIN_RESULT_YEARS
    if few_results:
        reasons.append(
            f"actual results disclosed for {len(result_years)} year(s), fewer than {DEVELOPED_MIN_RESULT_YEARS}"
        )
    return ("developed" if not thin and ties_ok and not few_results else "growth"), reasons


def _overseas(kind: str | None, region: str | None) -> bool:
    return kind == "reference" or (region is not None and not str(region).startswith("JP"))


_FIGURES: TypeAdapter[list[Figure]] = TypeAdapter(list[Figure])


def stored_figures(value: str | None) -> list[Figure]:
    """A community's figures from the JSON string the graph stores (validated again on the way out)."""
    return _FIGURES.validate_json(value) if value else []


def _metric_order(metric: str) -> int:
    return list(FigureMetric).index(FigureMetric(metric))


def disclosed(figures: Iterable[Figure]) -> list[DisclosedFigure]:
    """Figures with their metric labels, ordered by metric, scope and year (target after actual)."""
    out = [
        DisclosedFigure(
            metric=f.metric.value, metric_name=FIGURE_METRICS[f.metric][0], metric_name_ja=FIGURE_METRICS[f.metric][1],
            kind=f.kind, year=f.year, value=f.value, value_max=f.value_max, unit=f.unit.value,
            qualifier=f.qualifier, scope=f.scope, note=f.note, source=f.source,
        )
        for f in figures
    ]  # fmt: skip
    return sorted(out, key=lambda d: (_metric_order(d.metric), d.scope or "", d.year, d.kind))


PROXIMITY_NOTE = (
    "Points: a member's own coordinates, else its hub's, else its municipality's or prefecture's office "
    "(matchmaker/model/data/places.yaml, with their public sources); a prefecture's office may be tens of km from "
    "the member. Members with none of these are unknown and do not count."
)
PROXIMITY_NOTE_JA = (
    "位置：会員自身の座標、なければ所属拠点の座標、なければ市区町村役場・都道府県庁の座標（出典付きの公開データ）。"
    "都道府県庁の座標は実際の所在地から数十km離れることがある。いずれも無い会員は所在地不明とし、数えない。"
)


def _body_of(kind: str | None, required: Iterable[str]) -> str | None:
    return next((b for b in required if kind in REQUIRED_BODIES[b].kinds), None)


def proximity(row: dict[str, Any], required: Sequence[str], *, radius_km: float = DEFAULT_RADIUS_KM) -> Proximity:
    """The place rule for one community row of ``metrics/community_places``: for a global community,
    which required bodies have a member within ``radius_km`` of a hub (the hub's point, or the
    community's prefecture office when no hub is located); for another, which have one whose
    prefecture is the community's region or one of its hubs'."""
    is_global = row["kind"] == "global"
    anchors: list[PlaceAnchor] = []
    region: set[str] = set()
    for h in row["hubs"]:
        at = locate(h)
        if at.prefecture:
            region.add(at.prefecture)
        if at.known and at.precision:
            anchors.append(
                PlaceAnchor(id=h["id"], name=h["name"], name_ja=h["name_ja"], latitude=at.lat, longitude=at.lon,
                            precision=at.precision)
            )  # fmt: skip
    home = prefecture_place(row["region"])
    if home:
        region.add(home.code)
        if not anchors:
            anchors.append(
                PlaceAnchor(id=row["id"], name=home.name, name_ja=home.name_ja, latitude=home.lat, longitude=home.lon,
                            precision="prefecture")
            )  # fmt: skip
    checked = bool(anchors) if is_global else bool(region)
    counted: list[PlacedMember] = []
    outside: list[PlacedMember] = []
    unknown: list[PlacedMember] = []
    by_body: dict[str, list[str]] = {b: [] for b in required}
    for m in row["members"]:
        at: Located = locate(m, m.get("hub"))
        body = _body_of(m.get("kind"), required)
        distance = None
        if at.known and anchors:
            distance = round(min(haversine_km(at.lat, at.lon, a.latitude, a.longitude) for a in anchors), 1)  # type: ignore[arg-type]
        placed = PlacedMember(
            id=m["id"], name=m["name"], name_ja=m["name_ja"], kind=m.get("kind"), body=body,
            precision=at.precision, prefecture=at.prefecture, distance_km=distance,
        )  # fmt: skip
        known = at.known if is_global else at.prefecture is not None
        if not known:
            unknown.append(placed)
            continue
        inside = (distance is not None and distance <= radius_km) if is_global else at.prefecture in region
        if body is None:
            continue
        if inside and checked:
            counted.append(placed)
            by_body[body].append(placed.id)
        elif checked:
            outside.append(placed)
    bodies = [
        BodyPlacement(body=b, name=REQUIRED_BODIES[b].name, name_ja=REQUIRED_BODIES[b].name_ja, counted=by_body[b],
                      present=bool(by_body[b]))
        for b in required
        if REQUIRED_BODIES[b].assessable
    ]  # fmt: skip
    missing = [p.body for p in bodies if not p.present] if checked else []
    return Proximity(
        rule="within_radius" if is_global else "within_region", radius_km=radius_km if is_global else None,
        region=sorted(region), checked=checked, satisfied=(not missing) if checked else None, anchors=anchors,
        bodies=bodies, missing=missing, counted=counted, outside=sorted(outside, key=lambda p: -(p.distance_km or 0)),
        unknown=unknown, note=PROXIMITY_NOTE, note_ja=PROXIMITY_NOTE_JA,
    )  # fmt: skip


def readiness(graph: Graph, community: str | None = None, *, radius_km: float = DEFAULT_RADIUS_KM) -> list[Readiness]:
    """Certification readiness for one community or all but the reference clusters (three named queries)."""
    places = {r["id"]: r for r in graph.read("metrics/community_places", community=community)}
    ties_by: dict[str, list[CommunityTie]] = {}
    for row in graph.read("metrics/community_ties", community=community, types=list(TIE_LINK_TYPES)):
        years = sorted({y for y in row["link_years"] if y})
        links = len(row["link_years"])
        ties_by.setdefault(row["community"], []).append(
            CommunityTie(
                community=row["other"], name=row["other_name"], name_ja=row["other_name_ja"],
                kind=row["other_kind"], overseas=_overseas(row["other_kind"], row["other_region"]),
                shared_members=row["shared"], links=links, years=years,
                regular=links >= REGULAR_TIE_LINKS,
            )
        )  # fmt: skip
    out = []
    for row in graph.read("metrics/community_composition", community=community):
        # a community created after its places were read (the three reads are not one snapshot) is
        # left to the next request rather than failing this one
        if row["kind"] == "reference" or row["id"] not in places:
            continue
        kinds = {k["kind"]: k["n"] for k in row["kinds"] if k}
        is_global = row["kind"] == "global"
        required = GLOBAL_REQUIRED if is_global else REGIONAL_REQUIRED
        counts = {b: sum(kinds.get(k, 0) for k in REQUIRED_BODIES[b].kinds) for b in required}
        ties = ties_by.get(row["id"], [])
        domestic = sum(1 for t in ties if t.regular and not t.overseas)
        overseas = sum(1 for t in ties if t.regular and t.overseas)
        figures = stored_figures(row["figures"])
        place = proximity(places[row["id"]], required, radius_km=radius_km)
        far = [b for b in place.missing if counts.get(b, 0) > 0]  # absent altogether is already "missing"
        level, reasons = readiness_level(
            counts,
            required,
            domestic_ties=domestic,
            overseas_ties=overseas,
            is_global=is_global,
            figures=figures,
            far=far,
        )
        if place.unknown:
            reasons.append(f"location unknown for {len(place.unknown)} member(s)")
        bodies = [
            RequiredBody(
                id=b, name=REQUIRED_BODIES[b].name, name_ja=REQUIRED_BODIES[b].name_ja,
                kinds=list(REQUIRED_BODIES[b].kinds), assessable=REQUIRED_BODIES[b].assessable,
                count=counts[b] if REQUIRED_BODIES[b].assessable else None,
                present=counts[b] > 0 if REQUIRED_BODIES[b].assessable else None, note=REQUIRED_BODIES[b].note,
            )
            for b in required
        ]  # fmt: skip
        out.append(
            Readiness(
                community=row["id"], name=row["name"], name_ja=row["name_ja"], community_kind=row["kind"],
                requirement_set="global" if is_global else "regional", members=sum(kinds.values()),
                required=bodies,
                missing=[b.id for b in bodies if b.assessable and not b.present],
                not_assessable=[b.id for b in bodies if not b.assessable],
                ties=ties, regular_domestic_ties=domestic, regular_overseas_ties=overseas,
                disclosed_figures=disclosed(figures),
                targets_set=any(f.kind == "target" for f in figures),
                target_metrics=sorted({f.metric.value for f in figures if f.kind == "target"}, key=_metric_order),
                result_years=sorted({f.year for f in figures if f.kind == "actual"}),
                level=level, level_ja=LEVELS_JA[level], reasons=reasons, proximity=place,
                tie_link_types=list(TIE_LINK_TYPES),
            )
        )  # fmt: skip
    return out


REFERENCE_NOTE = (
    "Figures as each source discloses them, in their own units, years and scopes: no currency conversion and no "
    "scaling; a metric is comparable only where a domestic community and a reference cluster both give an actual "
    "figure in the same unit. Reference clusters: 001_66094910667dc58f.txt."
)


def reference_comparison(graph: Graph, community: str | None = None) -> ReferenceComparison:
    """Domestic communities (``community``, or every non-reference community that discloses
    figures) beside every overseas reference cluster: per metric, each one's latest actual and
    latest target per scope, so GTB's 2030 targets stand beside Boston's 2020 counts; the plan's
    metrics a community gives nothing for are listed in ``not_disclosed``."""
    rows = graph.read("metrics/community_figures", community=community)
    domestic = [r for r in rows if r["kind"] != "reference"]
    references = [r for r in rows if r["kind"] == "reference"]
    chosen = domestic + references
    by_metric: dict[str, list[ComparedFigure]] = {}
    not_disclosed: dict[str, list[str]] = {}
    for row in chosen:
        figures = stored_figures(row["figures"])
        latest: dict[tuple[str, str, str], DisclosedFigure] = {}
        for d in disclosed(figures):  # ordered by year, so the last one wins
            latest[(d.metric, d.kind, d.scope or "")] = d
        for d in latest.values():
            by_metric.setdefault(d.metric, []).append(
                ComparedFigure(
                    **d.model_dump(), community=row["id"], name=row["name"], name_ja=row["name_ja"],
                    overseas=_overseas(row["kind"], row["region"]),
                )
            )  # fmt: skip
        given = {f.metric for f in figures}
        not_disclosed[row["id"]] = [m.value for m in PLAN_METRICS if m not in given]
    metrics = []
    for metric in sorted(by_metric, key=_metric_order):
        values = by_metric[metric]
        units_home = {v.unit for v in values if v.kind == "actual" and not v.overseas}
        units_ref = {v.unit for v in values if v.kind == "actual" and v.overseas}
        en, ja = FIGURE_METRICS[FigureMetric(metric)]
        metrics.append(
            MetricComparison(metric=metric, name=en, name_ja=ja, values=values, comparable=bool(units_home & units_ref))
        )
    return ReferenceComparison(
        communities=[r["id"] for r in chosen], metrics=metrics, not_disclosed=not_disclosed, note=REFERENCE_NOTE
    )


def snapshot_years(years: list[int], *, max_years: int = 15, until: dt.date | None = None) -> list[int]:
    """The years of the timeline: from the first year a link began to the last (or ``until``),
    at most ``max_years`` of the most recent."""
    if not years:
        return []
    last = until.year if until else max(years)
    first = max(min(years), last - max_years + 1)
    return list(range(first, last + 1))
