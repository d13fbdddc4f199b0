"""The health scorecard: indicators with formula, reference and trend; introductions; readiness.

Indicators
    Seven figures a secretariat can follow year by year, each computed by
    :mod:`matchmaker.metrics.network` on the current network and on yearly snapshots (links active
    at some time in the year, organisations founded by then). See :data:`INDICATORS`.

Introductions
    A simple rule until the matcher ranks them: each peripheral member (core number ≤ 1) is paired
    with the best-connected core member (highest k-core, then PageRank) of a sector its ties do not
    yet reach, not already its partner. Up to ``limit`` pairs, least-connected members first.

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
    through MEMBER_OF):

    - 候補 candidate: fewer than half of them present;
    - 初期 initial: at least half present, but not all;
    - 成長 growth: all present (体制整備: すべての必要機関が集積、会員参画);
    - 発展 developed: all present with at least :data:`DEVELOPED_MIN_PER_BODY` members each, and
      regular ties (:data:`REGULAR_TIE_LINKS` or more links between members, or a shared member
      body) with at least one other domestic community and, for a global community, with at least
      one overseas cluster (実績提示: 地域バイオコミュニティとの定常的な連携実績, 海外イノベーション
      ハブとの定常的な連携実績).

    Targets and disclosed figures (companies, sales, jobs, money raised) are not in the graph yet;
    the response says so rather than guessing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from matchmaker.graph.connection import Graph
from matchmaker.metrics.models import (
    CommunityTie,
    Indicator,
    Introduction,
    Readiness,
    RequiredBody,
    YearValue,
)

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


def indicators(current: dict[str, Any], trend: dict[int, dict[str, Any]]) -> list[Indicator]:
    """The scorecard's indicators: the current value and the value in each yearly snapshot."""
    out = []
    for d in INDICATORS:
        out.append(
            Indicator(
                id=d.id, name=d.name, name_ja=d.name_ja, formula=d.formula, reference=d.reference,
                healthy=f"{d.healthy} is healthier", value=current.get(d.id),
                trend=[YearValue(year=y, value=s.get(d.id)) for y, s in sorted(trend.items())],
                meaning=d.meaning, meaning_ja=d.meaning_ja,
            )
        )  # fmt: skip
    return out


SECTOR_JA = {"academia": "学術", "industry": "産業", "finance": "金融", "government": "行政", "support": "支援"}


def introductions(
    G: nx.Graph, core: dict[Hashable, int], pagerank: dict[Hashable, float], *, limit: int = 20
) -> list[Introduction]:
    """Peripheral members (core number ≤ 1) paired with a core member of a sector they do not reach.

    The rule: for each peripheral member, least-connected first, take the core members (highest
    k-core) of sectors absent from its partners, not already tied to it, and propose the one with
    the highest PageRank; each core member is proposed at most three times so that the load spreads.
    """
    if G.number_of_nodes() < 2:
        return []
    k_max = max(core.values(), default=0)
    cores = sorted((v for v, c in core.items() if c == k_max and k_max > 1), key=lambda v: (-pagerank[v], str(v)))
    if not cores:  # no cohesive core (a tree or a star): use the best-connected members instead
        cores = sorted(G, key=lambda v: (-G.degree(v), -pagerank[v], str(v)))[:10]
    periphery = sorted((v for v, c in core.items() if c <= 1 and v not in cores), key=lambda v: (G.degree(v), str(v)))
    used: dict[Hashable, int] = {}
    out: list[Introduction] = []
    for p in periphery:
        own = G.nodes[p].get("sector")
        reached = {G.nodes[m].get("sector") for m in G[p]}
        for c in cores:
            sector = G.nodes[c].get("sector")
            if c == p or G.has_edge(p, c) or used.get(c, 0) >= 3 or sector is None or sector == own:
                continue
            if sector in reached:
                continue
            used[c] = used.get(c, 0) + 1
            deg = G.degree(p)
            out.append(
                Introduction(
                    source=str(p), source_name=G.nodes[p].get("name"), source_sector=own,
                    target=str(c), target_name=G.nodes[c].get("name"), target_sector=sector,
                    reason=(
                        f"{G.nodes[p].get('name') or p} has {deg} partner(s) and no tie to {sector}; "
                        f"{G.nodes[c].get('name') or c} is in the network's core ({k_max}-core) and "
                        f"would connect it to the core and to {sector}."
                    ),
                    reason_ja=(
                        f"{G.nodes[p].get('name_ja') or G.nodes[p].get('name') or p}は連携先が{deg}件で"
                        f"{SECTOR_JA.get(sector, sector)}とのつながりがない。"
                        f"{G.nodes[c].get('name_ja') or G.nodes[c].get('name') or c}はネットワークの中核"
                        f"（{k_max}-コア）にあり、中核と{SECTOR_JA.get(sector, sector)}への橋渡しになる。"
                    ),
                )
            )  # fmt: skip
            break
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
READINESS_RULES = [
    "Required bodies: global communities use the plan's global list (l.515 *1), others the regional list (l.517 *2).",
    "Not assessable (no organisation kind): advanced R&D body, bio-manufacturing demonstration, incubation.",
    "candidate 候補: fewer than half of the assessable required bodies present.",
    "initial 初期: at least half present, not all.",
    "growth 成長: all assessable required bodies present among the members.",
    f"developed 発展: growth, at least {DEVELOPED_MIN_PER_BODY} members of each, and regular ties "
    f"(≥{REGULAR_TIE_LINKS} links between members or a shared member) with another domestic community "
    "and, for a global community, with an overseas cluster.",
]


def readiness_level(
    counts: dict[str, int], required: Iterable[str], *, domestic_ties: int, overseas_ties: int, is_global: bool
) -> tuple[str, list[str]]:
    """The readiness level from member counts per required body and regular ties (rules above)."""
    assessable = [b for b in required if REQUIRED_BODIES[b].assessable]
    present = [b for b in assessable if counts.get(b, 0) > 0]
    missing = [b for b in assessable if counts.get(b, 0) == 0]
    reasons = [f"{len(present)} of {len(assessable)} assessable required bodies present"]
    if missing:
        reasons.append("missing: " + ", ".join(missing))
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
    return ("developed" if not thin and ties_ok else "growth"), reasons


def _overseas(kind: str | None, region: str | None) -> bool:
    return kind == "reference" or (region is not None and not str(region).startswith("JP"))


def readiness(graph: Graph, community: str | None = None) -> list[Readiness]:
    """Certification readiness for one community or all (two named queries)."""
    ties_by: dict[str, list[CommunityTie]] = {}
    for row in graph.read("metrics/community_ties", community=community):
        years = sorted({y for y in row["link_years"] if y})
        links = len(row["link_years"])
        ties_by.setdefault(row["community"], []).append(
            CommunityTie(
                community=row["other"], name=row["other_name"], name_ja=row["other_name_ja"],
                kind=row["other_kind"], overseas=_overseas(row["other_kind"], row["other_region"]),
                shared_members=row["shared"], links=links, years=years,
                regular=row["shared"] > 0 or links >= REGULAR_TIE_LINKS,
            )
        )  # fmt: skip
    out = []
    for row in graph.read("metrics/community_composition", community=community):
        kinds = {k["kind"]: k["n"] for k in row["kinds"] if k}
        is_global = row["kind"] == "global"
        required = GLOBAL_REQUIRED if is_global else REGIONAL_REQUIRED
        counts = {b: sum(kinds.get(k, 0) for k in REQUIRED_BODIES[b].kinds) for b in required}
        ties = ties_by.get(row["id"], [])
        domestic = sum(1 for t in ties if t.regular and not t.overseas)
        overseas = sum(1 for t in ties if t.regular and t.overseas)
        level, reasons = readiness_level(
            counts, required, domestic_ties=domestic, overseas_ties=overseas, is_global=is_global
        )
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
                level=level, level_ja=LEVELS_JA[level], reasons=reasons,
            )
        )  # fmt: skip
    return out


def snapshot_years(years: list[int], *, max_years: int = 15, until: dt.date | None = None) -> list[int]:
    """The years of the timeline: from the first year a link began to the last (or ``until``),
    at most ``max_years`` of the most recent."""
    if not years:
        return []
    last = until.year if until else max(years)
    first = max(min(years), last - max_years + 1)
    return list(range(first, last + 1))
