"""Self-assessment of member bodies and the community's maturity table (issue 25).

The Cabinet Office plan (``000_5702a8b11a23b71d.txt``) expects each body to rate itself against a
list of requirements for its type (l.339-347, l.530-562), in four levels, and the network body to
read the community's maturity on three axes (community building, international ties, disclosure)
by set-up, results and international recognition (l.520-528). ``data/self_assessment.yaml`` restates
those lists in our words, each item with its line.

Level of a body
    The four columns of every list are read as the four levels, each reached when every item of
    its column and of the columns before it is met: registration → 候補 candidate, set-up → 初期
    initial, results → 成長 growth, international recognition → 発展 developed. A body that has not
    met its registration items has no level yet (``None``). ``lacks`` are the items still missing
    for the next level. The plan leaves the mapping and several thresholds blank; this is our reading.

Maturity table
    Each cell (axis × set-up / results / recognition) holds checks. Some are read from the graph
    (the readiness: required bodies present and within the radius or region, targets and results
    disclosed, regular ties), the others from the answers of the members that answer as network
    body (a check is met when one of them says so, and names it). Where l.523 asks for "at least one
    body at [level] in every required category" with the level left blank, we require
    :data:`MATURITY_MIN_LEVEL` (成長). Members answering as advanced R&D institution, incubator or
    bio-manufacturing demonstration site count for those required bodies, which have no
    organisation kind of their own. A cell is ``met`` when all its checks are, ``partly`` when some
    are, ``not_met`` when none, ``not_applicable`` where the plan's cell is empty.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict

from matchmaker.errors import Invalid, NotFound
from matchmaker.graph.connection import Graph
from matchmaker.metrics import scorecard as sc
from matchmaker.metrics.models import (
    MaturityCell,
    MaturityCheck,
    MaturityResponse,
    MemberLevel,
    Readiness,
    Requirement,
    SelfAssessment,
)

DATA = Path(__file__).parent / "data" / "self_assessment.yaml"
Column = Literal["registration", "setup", "results", "recognition"]
COLUMNS: tuple[Column, ...] = ("registration", "setup", "results", "recognition")
LEVEL_OF_COLUMN = {"registration": "candidate", "setup": "initial", "results": "growth", "recognition": "developed"}
LEVEL_ORDER = ("candidate", "initial", "growth", "developed")
#: The level a member must reach for its required category to count in the maturity table (l.523).
MATURITY_MIN_LEVEL = "growth"
#: Self-assessed body types that stand for required bodies with no organisation kind of their own.
TYPE_TO_REQUIRED = {
    "rd_advanced": "rd_advanced",
    "incubator": "incubation",
    "biomanufacturing_demo": "biomanufacturing_demo",
}


class _Item(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    axis: str
    column: Column
    en: str
    ja: str
    source: str


class _BodyType(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    name_ja: str
    source: str
    kinds: list[str]
    extends: str | None = None
    items: list[_Item]


class _Catalogue(BaseModel):
    axes: dict[str, dict[str, str]]
    columns: dict[str, dict[str, str]]
    body_types: dict[str, _BodyType]


@cache
def catalogue() -> _Catalogue:
    """The requirement lists, validated once; a type that ``extends`` another gets its items first."""
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    cat = _Catalogue.model_validate(raw)
    for bt in cat.body_types.values():
        if bt.extends:
            bt.items = [*cat.body_types[bt.extends].items, *bt.items]
    ids = [i.id for bt in cat.body_types.values() if not bt.extends for i in bt.items]
    assert len(ids) == len(set(ids)), "self-assessment item ids repeat"
    return cat


#: The list an organisation answers by default, by kind (it may choose another its kind allows).
DEFAULT_TYPE = {
    "association": "network_body", "government": "network_body", "support_agency": "incubator", "university": "rd",
    "research_institute": "rd", "hospital": "rd", "vc": "investment_fund", "finance": "investment_fund",
    "pharma": "large_company", "startup": "company", "cdmo": "company", "cro": "company", "supplier": "company",
}  # fmt: skip


def body_types_for(kind: str | None) -> list[str]:
    """The body types an organisation of ``kind`` may answer as, its default first."""
    allowed = [t for t, bt in catalogue().body_types.items() if kind in bt.kinds]
    return sorted(allowed, key=lambda t: t != DEFAULT_TYPE.get(kind or ""))


def level_of(body_type: str, answers: dict[str, bool]) -> tuple[str | None, list[_Item]]:
    """The level the answers reach and the items missing for the next one (rules in the module
    docstring)."""
    items = catalogue().body_types[body_type].items
    level: str | None = None
    for column in COLUMNS:
        missing = [i for i in items if i.column == column and not answers.get(i.id)]
        if missing:
            # the next level needs this column's missing items and any earlier column's
            earlier = [i for i in items if COLUMNS.index(i.column) < COLUMNS.index(column) and not answers.get(i.id)]
            return level, earlier + missing
        level = LEVEL_OF_COLUMN[column]
    return level, []


def _requirement(item: _Item, answers: dict[str, bool]) -> Requirement:
    cat = catalogue()
    return Requirement(
        id=item.id, axis=item.axis, axis_name=cat.axes[item.axis]["en"], axis_name_ja=cat.axes[item.axis]["ja"],
        column=item.column, column_name=cat.columns[item.column]["en"], column_name_ja=cat.columns[item.column]["ja"],
        level=LEVEL_OF_COLUMN[item.column], en=item.en, ja=item.ja, source=item.source, met=answers.get(item.id),
    )  # fmt: skip


def _stored(value: str | None) -> dict[str, Any]:
    return json.loads(value) if value else {}


def _org(graph: Graph, org_id: str) -> dict[str, Any]:
    rows = graph.read("assessment/get", id=org_id)
    if not rows:
        raise NotFound(f"organisation {org_id!r} not found", field="org_id")
    return rows[0]


def _check_type(kind: str | None, body_type: str | None) -> str:
    allowed = body_types_for(kind)
    if body_type is None:
        if not allowed:
            raise Invalid(f"no self-assessment list for an organisation of kind {kind!r}", field="body_type")
        return allowed[0]
    if body_type not in allowed:
        raise Invalid(
            f"{body_type!r} is not a body type for kind {kind!r}; one of: {', '.join(allowed) or 'none'}",
            field="body_type",
        )
    return body_type


def view(row: dict[str, Any], body_type: str | None = None) -> SelfAssessment:
    """An organisation's self-assessment (its stored answers, or none yet) against the list of
    ``body_type`` (default: the stored one, else its kind's first)."""
    cat = catalogue()
    stored = _stored(row["self_assessment"])
    chosen = _check_type(row["kind"], body_type or stored.get("body_type"))
    answers: dict[str, bool] = stored.get("answers", {}) if stored.get("body_type") == chosen else {}
    level, lacks = level_of(chosen, answers)
    bt = cat.body_types[chosen]
    nxt = (
        LEVEL_ORDER[LEVEL_ORDER.index(level) + 1]
        if level and level != "developed"
        else (None if level else "candidate")
    )
    return SelfAssessment(
        organization=row["id"], name=row["name"], name_ja=row["name_ja"], kind=row["kind"], body_type=chosen,
        body_type_name=bt.name, body_type_name_ja=bt.name_ja, source=bt.source,
        body_types=[{"id": t, "name": cat.body_types[t].name, "name_ja": cat.body_types[t].name_ja}
                    for t in body_types_for(row["kind"])],
        requirements=[_requirement(i, answers) for i in bt.items], answered=bool(answers),
        level=level, level_ja=sc.LEVELS_JA.get(level or "", None), next_level=nxt,
        next_level_ja=sc.LEVELS_JA.get(nxt or "", None), lacks=[_requirement(i, answers) for i in lacks],
        updated_at=stored.get("updated_at"), rule=LEVEL_RULE,
    )  # fmt: skip


LEVEL_RULE = (
    "Four levels from the list's four columns: every registration item met = candidate 候補, and every set-up item "
    "= initial 初期, and every results item = growth 成長, and every international-recognition item = developed "
    "発展 (000_5702a8b11a23b71d.txt l.339-347, l.530-562). Without the registration items there is no level yet."
)


def get(graph: Graph, org_id: str, body_type: str | None = None) -> SelfAssessment:
    return view(_org(graph, org_id), body_type)


def put(graph: Graph, org_id: str, body_type: str | None, answers: dict[str, bool], *, by: str) -> SelfAssessment:
    """Store an organisation's answers (replacing the previous ones) and return its level. Every
    answered id must be an item of the chosen list."""
    row = _org(graph, org_id)
    chosen = _check_type(row["kind"], body_type)
    known = {i.id for i in catalogue().body_types[chosen].items}
    unknown = [a for a in answers if a not in known]
    if unknown:
        raise Invalid(
            f"not an item of the {chosen} list: {', '.join(sorted(unknown)[:5])}", field=f"answers.{unknown[0]}"
        )
    stored = {
        "body_type": chosen, "answers": {k: bool(v) for k, v in answers.items()},
        "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "updated_by": by,
    }  # fmt: skip
    graph.write("assessment/set", id=org_id, value=json.dumps(stored, ensure_ascii=False))
    return view({**row, "self_assessment": json.dumps(stored)})


# --- the community's maturity table ------------------------------------------------------------------

Basis = Literal["graph", "self_assessment"]


def _check(id_: str, en: str, ja: str, source: str, basis: Basis, met: bool | None, detail: str = "") -> MaturityCheck:
    return MaturityCheck(id=id_, en=en, ja=ja, source=source, basis=basis, met=met, detail=detail)


def _cell(axis: str, column: str, checks: list[MaturityCheck]) -> MaturityCell:
    cat = catalogue()
    if not checks:
        status = "not_applicable"
    elif all(c.met for c in checks):
        status = "met"
    elif any(c.met for c in checks):
        status = "partly"
    else:
        status = "not_met"
    return MaturityCell(
        axis=axis, axis_name=cat.axes[axis]["en"], axis_name_ja=cat.axes[axis]["ja"], column=column,
        column_name=cat.columns[column]["en"], column_name_ja=cat.columns[column]["ja"], status=status, checks=checks,
    )  # fmt: skip


def _said(network: list[SelfAssessment], item: str) -> tuple[bool, str]:
    """Whether a member answering as network body met ``item``, and which."""
    yes = [n.organization for n in network if any(r.id == item and r.met for r in n.requirements)]
    if yes:
        return True, "said by " + ", ".join(yes)
    return False, "no network body says so" if network else "no member has answered as network body"


def _category(kind: str | None, body_type: str | None, required: list[str]) -> str | None:
    if body_type in TYPE_TO_REQUIRED and TYPE_TO_REQUIRED[body_type] in required:
        return TYPE_TO_REQUIRED[body_type]
    return next((b for b in required if kind in sc.REQUIRED_BODIES[b].kinds), None)


def maturity(graph: Graph, community: str, readiness: Readiness) -> MaturityResponse:
    """Every member's self-assessed level and the community's maturity table (module docstring)."""
    rows = graph.read("assessment/community", community=community)
    if not rows:
        raise NotFound(f"community {community!r} not found", field="community_id")
    row = rows[0]
    required = [b.id for b in readiness.required]
    members: list[MemberLevel] = []
    network: list[SelfAssessment] = []
    reached: dict[str, list[str]] = {b: [] for b in required}
    min_rank = LEVEL_ORDER.index(MATURITY_MIN_LEVEL)
    for m in row["members"]:
        try:
            sa = view(m) if m["self_assessment"] else None
        except Invalid:  # answered as a type its kind (since changed) no longer allows: not counted
            sa = None
        if sa and sa.answered and sa.body_type == "network_body":
            network.append(sa)
        category = _category(m["kind"], sa.body_type if sa else None, required)
        if sa and sa.level and LEVEL_ORDER.index(sa.level) >= min_rank and category:
            reached[category].append(m["id"])
        members.append(
            MemberLevel(
                id=m["id"], name=m["name"], name_ja=m["name_ja"], kind=m["kind"], category=category,
                category_name=sc.REQUIRED_BODIES[category].name if category else None,
                category_name_ja=sc.REQUIRED_BODIES[category].name_ja if category else None,
                body_type=sa.body_type if sa and sa.answered else None, level=sa.level if sa and sa.answered else None,
                level_ja=sa.level_ja if sa and sa.answered else None, answered=bool(sa and sa.answered),
                lacks=len(sa.lacks) if sa and sa.answered else None, updated_at=sa.updated_at if sa else None,
            )
        )  # fmt: skip
    is_global = readiness.requirement_set == "global"
    place = readiness.proximity
    place_ok = place is None or place.satisfied is not False
    l523 = "000_5702a8b11a23b71d.txt l.523" if is_global else "000_5702a8b11a23b71d.txt l.526"
    l524 = "000_5702a8b11a23b71d.txt l.524" if is_global else "000_5702a8b11a23b71d.txt l.527"
    l525 = "000_5702a8b11a23b71d.txt l.525" if is_global else "000_5702a8b11a23b71d.txt l.528"
    secretariat, by_sec = _said(network, "nb_secretariat")
    leader, by_leader = _said(network, "nb_leader")
    roadmap, by_roadmap = _said(network, "nb_roadmap")
    intl, by_intl = _said(network, "nb_intl_targets")
    activity, by_activity = _said(network, "nb_activity_disclosure")
    outreach, by_outreach = _said(network, "nb_outreach")
    researchers, by_researchers = _said(network, "nb_researchers")
    overseas_said, by_overseas = _said(network, "nb_overseas_hubs")
    thin = [b for b in required if not reached[b]]
    thin_detail = "not yet: " + ", ".join(sc.REQUIRED_BODIES[b].name for b in thin) if thin else "every category"
    gathered = not readiness.missing and place_ok
    where = (
        ""
        if place is None or not place.checked
        else (f"; place rule: {'met' if place.satisfied else 'missing ' + ', '.join(place.missing)}")
    )
    community_building = {
        "setup": [
            _check("all_bodies", "Every required body is gathered (and within the radius or region) and has joined.",
                   "すべての必要機関が（圏内・地域内に）集積し、会員として参画している。", l523, "graph", gathered,
                   f"missing: {', '.join(readiness.missing) or 'none'}{where}"),
            _check("secretariat", "The secretariat is staffed and funded.", "事務局の人員と資金がある。", l523,
                   "self_assessment", secretariat, by_sec),
            _check("targets", "Targets are set and disclosed with a plan.", "目標を設定し、計画とともに開示している。",
                   l523, "graph", readiness.targets_set, ", ".join(readiness.target_metrics) or "no target disclosed"),
        ],
        "results": [
            _check("bodies_at_level", f"In every required category at least one member has reached "
                   f"{MATURITY_MIN_LEVEL} ({sc.LEVELS_JA[MATURITY_MIN_LEVEL]}) by self-assessment.",
                   f"すべての必要機関カテゴリで、自己評価が{sc.LEVELS_JA[MATURITY_MIN_LEVEL]}以上の機関が1つ以上ある。",
                   l523, "self_assessment", not thin, thin_detail),
            _check("leader", "The local leader keeps committing to the bioeconomy.",
                   "首長がバイオエコノミー拡大への関与を続けている。", l523, "self_assessment", leader, by_leader),
            _check("other_tier", "Regular ties with a community of the other tier (recorded links).",
                   "もう一方の層のコミュニティと定期的な連携実績がある（記録されたつながり）。", l523, "graph",
                   readiness.regular_domestic_ties > 0, f"{readiness.regular_domestic_ties} regular domestic tie(s)"),
            _check("roadmap", "Work on a market-area roadmap has started.", "市場領域ロードマップの取組を形成した。",
                   l523, "self_assessment", roadmap, by_roadmap),
        ],
        "recognition": [
            _check("intl_targets", "The targets are raised to an international level.",
                   "目標を国際水準に引き上げている。", l523, "self_assessment", intl, by_intl),
        ],
    }  # fmt: skip
    if is_global:
        intl_results = [
            _check("overseas_hubs", "Regular ties with overseas innovation hubs (recorded links).",
                   "海外イノベーションハブとの定期的な連携実績がある（記録されたつながり）。", l524, "graph",
                   readiness.regular_overseas_ties > 0, f"{readiness.regular_overseas_ties} regular overseas tie(s)"),
            _check("researchers", "Returning and foreign researchers are helped to come.",
                   "日本人研究者の帰国や外国人研究者の往来を促した実績がある。", l524, "self_assessment", researchers,
                   by_researchers),
        ]  # fmt: skip
    else:
        intl_results = [
            _check("overseas_markets", "Activities to open overseas markets.", "海外市場開拓の活動実績がある。", l524,
                   "self_assessment", overseas_said, by_overseas),
        ]  # fmt: skip
    regular_results = len(readiness.result_years) >= sc.DEVELOPED_MIN_RESULT_YEARS
    outreach_detail = f"results disclosed for {len(readiness.result_years)} year(s)"
    if outreach:
        outreach_detail += f"; {by_outreach}"
    disclosure = {
        "setup": [
            _check("growth_disclosure", "The area's growth is disclosed (companies, sales, jobs, money raised).",
                   "地域の成長状況（企業数・売上・雇用・資金調達額など）を開示している。", l525, "graph",
                   bool(readiness.disclosed_figures), f"{len(readiness.disclosed_figures)} figure(s) with sources"),
            _check("activity_disclosure", "The community's activities are disclosed.", "活動状況を開示している。",
                   l525, "self_assessment", activity, by_activity),
        ],
        "results": [
            _check("regular_outreach", "News goes out at home and abroad regularly.",
                   "国内外へ定期的に情報を発信している。", l525, "graph" if regular_results else "self_assessment",
                   regular_results or outreach,
                   outreach_detail),
        ],
        "recognition": [],
    }  # fmt: skip
    table = []
    for axis, cells in (("community_building", community_building), ("international", {"setup": [],
                        "results": intl_results, "recognition": community_building["recognition"]}),
                        ("disclosure", disclosure)):  # fmt: skip
        for column in ("setup", "results", "recognition"):
            table.append(_cell(axis, column, cells[column]))
    counts = {lv: sum(1 for m in members if m.level == lv) for lv in LEVEL_ORDER}
    return MaturityResponse(
        community=community, name=row["name"], name_ja=row["name_ja"], community_kind=row["kind"],
        requirement_set=readiness.requirement_set, members=members, level_counts=counts,
        answered=sum(1 for m in members if m.answered), table=table, readiness_level=readiness.level,
        readiness_level_ja=readiness.level_ja, rules=[LEVEL_RULE, MATURITY_RULE],
    )  # fmt: skip


MATURITY_RULE = (
    "Maturity table (000_5702a8b11a23b71d.txt l.520-528): each cell's checks come from the graph (required bodies "
    "and place, targets and results disclosed, regular ties by recorded links) or from the answers of the members "
    f"answering as network body; 'every required category' counts members at {MATURITY_MIN_LEVEL} or above by "
    "self-assessment. A cell is met when all its checks are, partly when some are."
)
