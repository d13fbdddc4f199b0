"""The shape of the synthetic ecosystem: kinds, regions, fixed nodes, domain structure, funding, links.

The tables live in ``data/world.yaml`` (see that file for what each one means); this module
validates them once at import and derives the lookups the generator draws from. The generator
draws in table order, so the order of the YAML entries is part of what a seed reproduces.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from matchmaker.synthetic.data import Table, load

PREFIX = "syn-"
Weights = dict[str, float]  # name -> relative weight, in draw order


class Community(NamedTuple):
    slug: str
    name: str
    name_ja: str
    kind: str
    region: str
    founded: str
    description: str


class Hub(NamedTuple):
    slug: str
    name: str
    name_ja: str
    region: str
    community: str


class EventSeries(NamedTuple):
    slug: str
    name: str
    name_ja: str
    region: str
    timezone: str
    venue: str
    month: int
    day: int
    days: int
    first_year: int
    weight: float


class SupplierFamily(NamedTuple):
    parts: tuple[str, ...]
    modalities: tuple[str, ...]
    names: str  # a key of names.yaml's supplier_suffixes


class Funding(NamedTuple):
    weight: float
    founded: tuple[int, int]
    stages: tuple[str, ...]


class _Calendar(Table):
    event_last_year: int
    first_link_year: int
    last_link_day: dt.date


class _Cluster(Table):
    weight: float
    modalities: tuple[str, ...]
    steps: tuple[str, ...]
    parts: tuple[str, ...]


class _Round(Table):
    offset: int
    amount: tuple[int, int]
    ticket: tuple[int, int]


class _Partners(Table):
    investors: Weights
    providers: Weights
    academia: Weights
    spinout_parents: Weights
    company_partners: Weights
    buyers: Weights


class _Affinity(Table):
    pairs: tuple[tuple[str, str], ...]
    default: float


class _World(Table):
    kinds: Weights
    companies: tuple[str, ...]
    jp_regions: Weights
    foreign_regions: Weights
    foreign_share: Weights
    ja_share: float
    founded: dict[str, tuple[int, int]]
    communities: tuple[Community, ...]
    regional_communities: dict[str, tuple[str, ...]]
    hubs: tuple[Hub, ...]
    event_series: tuple[EventSeries, ...]
    calendar: _Calendar
    clusters: dict[str, _Cluster]
    stage_steps: dict[str, tuple[str, ...]]
    stage_services: dict[str, tuple[str, ...]]
    services: tuple[str, ...]
    supplier_families: tuple[SupplierFamily, ...]
    rounds: dict[str, _Round]
    funding: dict[str, Funding]
    partners: _Partners
    event_rate: Weights
    meetings_per_attendance: float
    meeting_affinity: _Affinity
    seed_owners: Weights
    seed_stages: dict[str, dict[str, int]]


_W = load("world.yaml", _World)

# --- organisations ----------------------------------------------------------------------------
KINDS: tuple[str, ...] = tuple(_W.kinds)
KIND_WEIGHTS = tuple(_W.kinds.values())
COMPANIES = frozenset(_W.companies)
JP_REGIONS = tuple(_W.jp_regions.items())
FOREIGN_REGIONS = tuple(_W.foreign_regions.items())
FOREIGN_SHARE = _W.foreign_share
JA_SHARE = _W.ja_share
FOUNDED = _W.founded

# --- fixed nodes ------------------------------------------------------------------------------
COMMUNITIES = _W.communities
REGIONAL = {code: f"{PREFIX}community-{slug}" for slug, codes in _W.regional_communities.items() for code in codes}
HUBS = _W.hubs
HUBS_BY_REGION: dict[str, list[str]] = {}
for _h in HUBS:
    HUBS_BY_REGION.setdefault(_h.region, []).append(f"{PREFIX}hub-{_h.slug}")
EVENT_SERIES = _W.event_series
EVENT_LAST_YEAR = _W.calendar.event_last_year
FIRST_LINK_YEAR = _W.calendar.first_link_year
LAST_LINK_DAY = _W.calendar.last_link_day

# --- domain structure -------------------------------------------------------------------------
CLUSTERS = {c: v.modalities for c, v in _W.clusters.items()}
CLUSTER_WEIGHTS = {c: v.weight for c, v in _W.clusters.items()}
CLUSTER_OF = {m: c for c, ms in CLUSTERS.items() for m in ms}
CLUSTER_STEPS = {c: v.steps for c, v in _W.clusters.items()}
CLUSTER_PARTS = {c: v.parts for c, v in _W.clusters.items()}
STAGE_STEPS = _W.stage_steps
STAGE_SERVICES = _W.stage_services
SERVICES = _W.services
SUPPLIER_FAMILIES = _W.supplier_families

# --- funding ----------------------------------------------------------------------------------
ROUND_ORDER: tuple[str, ...] = tuple(_W.rounds)
ROUND_OFFSET = {r: v.offset for r, v in _W.rounds.items()}
ROUND_AMOUNT = {r: v.amount for r, v in _W.rounds.items()}
TICKET = {r: v.ticket for r, v in _W.rounds.items()}
FUNDING = _W.funding

# --- links ------------------------------------------------------------------------------------
INVESTORS = tuple(_W.partners.investors.items())
PROVIDERS = tuple(_W.partners.providers.items())
ACADEMIA = tuple(_W.partners.academia.items())
SPINOUT_PARENTS = tuple(_W.partners.spinout_parents.items())
COMPANY_PARTNERS = tuple(_W.partners.company_partners.items())
BUYERS = tuple(_W.partners.buyers.items())
EVENT_RATE = _W.event_rate
MEETINGS_PER_ATTENDANCE = _W.meetings_per_attendance
MEETING_AFFINITY = {frozenset(pair): 1.0 for pair in _W.meeting_affinity.pairs}
MEETING_DEFAULT = _W.meeting_affinity.default

# --- research seeds ---------------------------------------------------------------------------
SEED_OWNERS = tuple(_W.seed_owners.items())
SEED_STAGES = {kind: tuple(stages.items()) for kind, stages in _W.seed_stages.items()}
