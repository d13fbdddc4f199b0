"""The exchange format: one JSON object per line (or a CSV row for organisations).

These models are the public contract of ``matchmaker import``/``export`` and ``POST /v1/import``;
``matchmaker schema`` prints their JSON Schema. Unknown fields are errors, so a typo in a
column name is reported rather than silently dropped.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Literal
from zoneinfo import available_timezones

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    field_validator,
    model_validator,
)

from matchmaker.model.places import check_municipality
from matchmaker.model.text import check_value
from matchmaker.model.vocabulary import get_vocabulary
from matchmaker.model.zones import zone_for_region

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,128}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=8000)]
Citation = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S{1,2000}$")]
ShortList = Annotated[list[str], Field(max_length=64)]


def _iso_date(value: Any) -> Any:
    """Dates are ``YYYY-MM-DD`` strings (or dates): pydantic would also read numbers and numeric
    strings as Unix times, so ``0.5`` became 1970-01-01."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value
    raise ValueError("a date is written YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


def _iso_datetime(value: Any) -> Any:
    """Date-times are ISO 8601 strings (or datetimes), never numbers read as Unix times."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and len(value) >= 16 and value[4] == "-" and value[10] in "Tt ":
        return value
    raise ValueError("a date-time is written YYYY-MM-DDTHH:MM[:SS][+HH:MM]")


def _storable(value: dt.datetime) -> dt.datetime:
    """Naive means UTC; an offset beyond ±18:00 (which Neo4j refuses) is refused here."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    offset = value.utcoffset()
    if offset is not None and abs(offset) > dt.timedelta(hours=18):
        raise ValueError("a UTC offset is at most 18 hours")
    return value


IsoDateTime = Annotated[dt.datetime, BeforeValidator(_iso_datetime), AfterValidator(_storable)]
AwareIsoDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_datetime), AfterValidator(_storable)]


@cache
def time_zones() -> frozenset[str]:
    """The IANA zone names this Python knows (the closed set an event's ``timezone`` is one of)."""
    return frozenset(available_timezones())


def check_time_zone(value: str) -> str:
    """An IANA zone name, checked against the set rather than by loading it: ``ZoneInfo`` raises
    ``OSError`` for a directory (``Asia``) or an over-long name."""
    if value not in time_zones():
        shown = value if len(value) <= 60 else value[:60] + "..."
        raise ValueError(f"{shown!r} is not an IANA time zone (e.g. Asia/Tokyo)")
    return value


class OrgKind(StrEnum):
    startup = "startup"
    pharma = "pharma"
    cdmo = "cdmo"
    cro = "cro"
    vc = "vc"
    supplier = "supplier"
    university = "university"
    research_institute = "research_institute"
    hospital = "hospital"
    association = "association"
    support_agency = "support_agency"
    government = "government"
    finance = "finance"


class LinkType(StrEnum):
    MEMBER_OF = "MEMBER_OF"
    LOCATED_IN = "LOCATED_IN"
    PART_OF = "PART_OF"
    INVESTED_IN = "INVESTED_IN"
    SUPPLIES = "SUPPLIES"
    OUTSOURCES_TO = "OUTSOURCES_TO"
    COLLABORATES_WITH = "COLLABORATES_WITH"
    SPUN_OUT_FROM = "SPUN_OUT_FROM"
    LICENSED_TO = "LICENSED_TO"
    OWNS = "OWNS"
    ATTENDS = "ATTENDS"
    MET_WITH = "MET_WITH"


def _unknown(section: str, value: str, found: set[str]) -> str:
    vocab = get_vocabulary()
    if found:
        return f"{value!r} names more than one {section} term ({', '.join(sorted(found))}); write the term's id"
    nearest = vocab.nearest(section, value)
    hint = f"nearest: {', '.join(nearest)}" if nearest else "GET /v1/vocabulary lists the terms"
    return f"unknown {section} term {value!r}; {hint}"


def _check_terms(section: str, values: list[str] | str | None) -> Any:
    """Term ids, or their English or Japanese labels and synonyms as typed (each becomes its id)."""
    if values is None:
        return values
    vocab = get_vocabulary()
    items = [values] if isinstance(values, str) else values
    if not isinstance(values, str) and len(set(items)) != len(items):
        raise ValueError("duplicate terms")
    ids: list[str] = []
    errors: list[str] = []
    for item in items:
        found = vocab.resolve(section, item)
        if len(found) == 1:
            ids.extend(t for t in found if t not in ids)  # 抗体 and mAb in one cell are one term
        else:
            errors.append(_unknown(section, item, found))
    if errors:
        raise ValueError("; ".join(errors))
    return ids[0] if isinstance(values, str) else ids


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    _no_controls = field_validator("*")(lambda v: check_value(v))  # see model/text.py


class _Node(_Record):
    id: Id
    name: Name
    name_ja: Name | None = None
    description: Text | None = None
    website: Url | None = None
    source: Citation | None = Field(None, description="Where the facts come from, e.g. '004_...txt l.921'.")


def _check_region(value: str | None) -> str | None:
    """An ISO 3166 code, or a prefecture's name in either language (東京都, 東京, Tokyo -> JP-13)."""
    if value is None:
        return value
    vocab = get_vocabulary()
    if vocab.region_known(value):
        return value
    found = vocab.resolve("regions", value)
    if len(found) == 1:
        return found.pop()
    nearest = vocab.nearest("regions", value)
    hint = f"; nearest: {', '.join(nearest)}" if nearest and not found else ""
    raise ValueError(f"{value!r} is not an ISO 3166-2 subdivision or ISO 3166-1 country code{hint}")


def _kind_id(value: Any) -> Any:
    """An organisation kind as typed: its id, or a label or synonym (製薬企業, CDMO) in either language."""
    if isinstance(value, str) and value not in OrgKind.__members__:
        found = get_vocabulary().resolve("org_kinds", value)
        if len(found) == 1:
            return found.pop()
        if not found:
            nearest = get_vocabulary().nearest("org_kinds", value)
            raise ValueError(f"unknown kind {value!r}" + (f"; nearest: {', '.join(nearest)}" if nearest else ""))
    return value


Latitude = Annotated[float, Field(ge=-90, le=90)]
Longitude = Annotated[float, Field(ge=-180, le=180)]


def _check_place(rec: Any) -> Any:
    """Where a body is (issue 25): both coordinates or neither, and a municipality inside the region."""
    if (rec.latitude is None) != (rec.longitude is None):
        raise ValueError("latitude and longitude: give both or neither")
    region = rec.region
    if rec.municipality and region and region.startswith("JP-") and region != f"JP-{rec.municipality[:2]}":
        raise ValueError(f"municipality {rec.municipality} is not in region {region}")
    return rec


# The location fields of organisations and hubs. Unset means unknown: nothing is inferred from a
# name. The certification readiness measures distances from them (matchmaker/model/places.py).
MUNICIPALITY_DOC = "JIS X 0402 municipality code, 5 digits (14100 Yokohama); its office stands for it."
LATITUDE_DOC = "Degrees north (WGS 84) of the site or hub; with longitude."
LOCATION_SOURCE_DOC = "Where the location is stated, e.g. '002_...txt l.163', or the coordinates' public source."


class Organization(_Node):
    """An organisation of the ecosystem. Only ``record``, ``id``, ``kind`` and ``name`` are required."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "record": "organization",
                    "id": "cdmo-example",
                    "kind": "cdmo",
                    "name": "Example Biologics",
                    "name_ja": "サンプルバイオロジクス",
                    "description": "GMP drug substance for antibodies and AAV vectors, 50-2,000 L.",
                    "needs": "Drug ventures that need clinical batches; domestic single-use bag suppliers.",
                    "modalities": ["antibody", "viral_vector"],
                    "capabilities": ["drug_substance", "clinical_supply"],
                    "region": "JP-14",
                    "communities": ["gtb"],
                }
            ]
        }
    )

    record: Literal["organization"] = "organization"
    kind: Annotated[OrgKind, BeforeValidator(_kind_id)]
    needs: Text | None = Field(None, description="What the organisation looks for, in free text.")
    needs_confidential: bool | None = Field(
        None,
        description="true keeps `needs` to the organisation itself: they rank its own matches but are never shown "
        "to, exported for, or used in the results of anyone else.",
    )
    modalities: ShortList = []
    capabilities: ShortList = []
    stage: str | None = None
    funding_stage: str | None = None
    certifications: ShortList = []
    region: str | None = None
    hub: Id | None = None
    communities: Annotated[list[Id], Field(max_length=64)] = []
    founded: Annotated[int, Field(ge=1500, le=2100)] | None = None
    municipality: str | None = Field(None, description=MUNICIPALITY_DOC)
    latitude: Latitude | None = Field(None, description=LATITUDE_DOC)
    longitude: Longitude | None = Field(None, description="Degrees east (WGS 84); with latitude.")
    location_source: Citation | None = Field(None, description=LOCATION_SOURCE_DOC)

    _modalities = field_validator("modalities")(lambda v: _check_terms("modalities", v))
    _capabilities = field_validator("capabilities")(lambda v: _check_terms("capabilities", v))
    _stage = field_validator("stage")(lambda v: _check_terms("stages", v))
    _funding = field_validator("funding_stage")(lambda v: _check_terms("funding_stages", v))
    _certs = field_validator("certifications")(lambda v: _check_terms("certifications", v))
    _region = field_validator("region")(_check_region)
    _municipality = field_validator("municipality", mode="before")(check_municipality)
    _place = model_validator(mode="after")(_check_place)


class FigureMetric(StrEnum):
    """What a disclosed figure measures. The first four are the targets the Cabinet Office plan asks
    a community to set and disclose (企業数、売上、雇用、資金調達額, ``000_5702a8b11a23b71d.txt``
    l.513-514, l.525); the others are figures the source documents give beside them."""

    companies = "companies"
    sales = "sales"
    jobs = "jobs"
    funding = "funding"
    funding_overseas = "funding_overseas"
    economic_output = "economic_output"
    joint_projects = "joint_projects"
    ecosystem_rank = "ecosystem_rank"


#: English and Japanese labels of each metric.
FIGURE_METRICS: dict[FigureMetric, tuple[str, str]] = {
    FigureMetric.companies: ("Companies", "企業数"),
    FigureMetric.sales: ("Sales", "売上"),
    FigureMetric.jobs: ("Jobs", "雇用"),
    FigureMetric.funding: ("Money raised (venture investment)", "資金調達額（ベンチャー投資）"),
    FigureMetric.funding_overseas: ("Money raised from abroad", "海外からの資金調達額"),
    FigureMetric.economic_output: ("Economic output", "経済規模"),
    FigureMetric.joint_projects: ("New large joint research projects a year", "新規大型共同研究の件数"),
    FigureMetric.ecosystem_rank: ("Startup ecosystem ranking (life science)", "スタートアップエコシステムランキング"),
}
#: The metrics the plan names for targets and for disclosure of a community's growth.
PLAN_METRICS: tuple[FigureMetric, ...] = (
    FigureMetric.companies,
    FigureMetric.sales,
    FigureMetric.jobs,
    FigureMetric.funding,
)


class FigureUnit(StrEnum):
    count = "count"
    people = "people"
    rank = "rank"
    JPY = "JPY"
    USD = "USD"
    GBP = "GBP"
    EUR = "EUR"


class Figure(_Record):
    """One disclosed figure of a community: a target or an actual result for one year.

    ``value`` is in ``unit`` (currencies in whole units, not 億円 or billions); a range (5-10
    projects a year) is ``value``..``value_max``; ``qualifier`` keeps the source's wording
    (約 approx, 推定 estimate, 以上 at least, 以内 at most). ``scope`` names the part of the area a
    figure covers when the source splits it (Cambridge and Boston). ``source`` is required: a
    figure without its citation is not disclosed.
    """

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"metric": "sales", "kind": "target", "year": 2030, "value": 147e12, "unit": "JPY",
                 "source": "002_baa67c525c78ab12.txt l.431-433"}
            ]
        }
    )  # fmt: skip

    metric: FigureMetric
    kind: Literal["target", "actual"]
    year: Annotated[int, Field(ge=1900, le=2100)]
    value: Annotated[float, Field(ge=0)]
    value_max: Annotated[float, Field(ge=0)] | None = Field(None, description="Upper end of a range.")
    unit: FigureUnit
    qualifier: Literal["approx", "estimate", "at_least", "at_most"] | None = None
    scope: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] | None = None
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None
    source: Citation = Field(description="File and line the figure comes from, e.g. '002_...txt l.431-433'.")

    @model_validator(mode="after")
    def _range(self) -> Figure:
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError("value_max is below value")
        return self


#: Record fields that Neo4j cannot hold as a property (a list of maps): the importer stores them
#: as one JSON string and the exporter and the models read them back.
JSON_FIELDS: dict[str, tuple[str, ...]] = {"community": ("figures",)}


class Community(_Node):
    """A bio-community, consortium or programme (GTB, J-STAC, ...), or an overseas reference
    cluster, with the targets and results it has disclosed (``figures``)."""

    record: Literal["community"] = "community"
    kind: str = "regional"
    region: str | None = None
    founded: IsoDate | None = None
    figures: Annotated[list[Figure], Field(max_length=500)] = Field(
        [], description="Disclosed targets and results per year (companies, sales, jobs, money raised...)."
    )

    _kind = field_validator("kind")(lambda v: _check_terms("community_kinds", v))
    _region = field_validator("region")(_check_region)

    @field_validator("figures", mode="before")
    @classmethod
    def _stored_json(cls, v: Any) -> Any:
        """Accept the JSON string the graph stores (see :data:`JSON_FIELDS`)."""
        return json.loads(v) if isinstance(v, str) else v

    @field_validator("figures")
    @classmethod
    def _one_per_year(cls, v: list[Figure]) -> list[Figure]:
        seen: set[tuple[str, str, int, str | None]] = set()
        for f in v:
            key = (f.metric.value, f.kind, f.year, f.scope)
            if key in seen:
                where = f" ({f.scope})" if f.scope else ""
                raise ValueError(f"two {f.kind} figures for {f.metric.value}{where} in {f.year}")
            seen.add(key)
        return v


class Hub(_Node):
    """A geographic innovation hub, usually part of a community (the 8 GTB hubs...)."""

    record: Literal["hub"] = "hub"
    region: str | None = None
    community: Id | None = Field(None, description="Creates a PART_OF link to this community.")
    municipality: str | None = Field(None, description=MUNICIPALITY_DOC)
    latitude: Latitude | None = Field(None, description=LATITUDE_DOC)
    longitude: Longitude | None = Field(None, description="Degrees east (WGS 84); with latitude.")
    location_source: Citation | None = Field(None, description=LOCATION_SOURCE_DOC)

    _region = field_validator("region")(_check_region)
    _municipality = field_validator("municipality", mode="before")(check_municipality)
    _place = model_validator(mode="after")(_check_place)


class Event(_Node):
    """A partnering event or conference (BioJapan 2026...)."""

    record: Literal["event"] = "event"
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None
    timezone: str = Field(
        "Asia/Tokyo",
        description="IANA zone; omitted, the zone of ``region`` (the venue's), else Asia/Tokyo.",
    )
    venue: Name | None = None
    region: str | None = None
    recurrence: Name | None = Field(None, description="e.g. 'annual, October'.")

    _region = field_validator("region")(_check_region)

    @model_validator(mode="before")
    @classmethod
    def _venue_zone(cls, data: Any) -> Any:
        """An event without a time zone gets its venue's (BIO in San Diego is not in Tokyo)."""
        if isinstance(data, dict) and not data.get("timezone") and isinstance(data.get("region"), str):
            zone = zone_for_region(data["region"])
            if zone:
                data = {**data, "timezone": zone}
        return data

    _tz = field_validator("timezone")(check_time_zone)

    @model_validator(mode="after")
    def _dates(self) -> Event:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class Seed(_Node):
    """A research seed: a technology or drug candidate owned by an organisation."""

    record: Literal["seed"] = "seed"
    owner: Id = Field(description="Creates an OWNS link from this organisation.")
    modalities: ShortList = []
    capabilities: ShortList = []
    stage: str | None = None

    _modalities = field_validator("modalities")(lambda v: _check_terms("modalities", v))
    _capabilities = field_validator("capabilities")(lambda v: _check_terms("capabilities", v))
    _stage = field_validator("stage")(lambda v: _check_terms("stages", v))


# --- links --------------------------------------------------------------------------------------


class _Attrs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    _no_controls = field_validator("*")(lambda v: check_value(v))


class NoAttrs(_Attrs):
    pass


class MembershipAttrs(_Attrs):
    role: Annotated[str, StringConstraints(max_length=100)] | None = Field(
        None, description="e.g. 'member', 'secretariat', or the member category."
    )


class InvestmentAttrs(_Attrs):
    round: Annotated[str, StringConstraints(max_length=100)] | None = None
    lead: bool | None = None
    amount_jpy: Annotated[int, Field(ge=0)] | None = None
    programme: Annotated[str, StringConstraints(max_length=200)] | None = None


class SupplyAttrs(_Attrs):
    """What a maker supplies a buyer; ``gmp_use`` and ``site``: the items are used in GMP
    manufacturing there (the use record buyers ask for before they switch to a new part)."""

    items: ShortList = []
    gmp_use: bool = False
    site: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None

    _items = field_validator("items")(lambda v: _check_terms("capabilities", v))


class ServiceAttrs(_Attrs):
    services: ShortList = []

    _services = field_validator("services")(lambda v: _check_terms("capabilities", v))


class TopicAttrs(_Attrs):
    topic: Annotated[str, StringConstraints(max_length=500)] | None = None


class AttendAttrs(_Attrs):
    role: Annotated[str, StringConstraints(max_length=100)] | None = None


class MeetingAttrs(_Attrs):
    event: Id | None = None
    outcome: Annotated[str, StringConstraints(max_length=1000)] | None = None


ORG = frozenset({"Organization"})
NODE_LABELS = {"organization": "Organization", "community": "Community", "hub": "Hub", "event": "Event", "seed": "Seed"}


class LinkSpec(BaseModel):
    """What a link type may connect and carry. ``key`` names attributes that tell two links of
    the same type between the same pair apart (two investment rounds, meetings at two events)."""

    model_config = ConfigDict(frozen=True)

    sources: frozenset[str]
    targets: frozenset[str]
    attrs: type[_Attrs]
    key: tuple[str, ...] = ()
    symmetric: bool = False


LINK_SPECS: dict[LinkType, LinkSpec] = {
    LinkType.MEMBER_OF: LinkSpec(sources=ORG, targets=frozenset({"Community"}), attrs=MembershipAttrs),
    LinkType.LOCATED_IN: LinkSpec(sources=ORG | {"Event"}, targets=frozenset({"Hub"}), attrs=NoAttrs),
    LinkType.PART_OF: LinkSpec(sources=frozenset({"Hub"}), targets=frozenset({"Community"}), attrs=NoAttrs),
    LinkType.INVESTED_IN: LinkSpec(sources=ORG, targets=ORG, attrs=InvestmentAttrs, key=("round",)),
    LinkType.SUPPLIES: LinkSpec(sources=ORG, targets=ORG, attrs=SupplyAttrs),
    LinkType.OUTSOURCES_TO: LinkSpec(sources=ORG, targets=ORG, attrs=ServiceAttrs),
    LinkType.COLLABORATES_WITH: LinkSpec(sources=ORG, targets=ORG, attrs=TopicAttrs, symmetric=True),
    LinkType.SPUN_OUT_FROM: LinkSpec(sources=ORG, targets=ORG, attrs=NoAttrs),
    LinkType.LICENSED_TO: LinkSpec(sources=ORG | {"Seed"}, targets=ORG, attrs=TopicAttrs),
    LinkType.OWNS: LinkSpec(sources=ORG, targets=frozenset({"Seed"}), attrs=NoAttrs),
    LinkType.ATTENDS: LinkSpec(sources=ORG, targets=frozenset({"Event"}), attrs=AttendAttrs),
    LinkType.MET_WITH: LinkSpec(sources=ORG, targets=ORG, attrs=MeetingAttrs, key=("event",), symmetric=True),
}


class Link(_Record):
    """A typed link between two nodes, identified by (source, type, target, key attributes)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "record": "link",
                    "source": "vc-example",
                    "target": "startup-example",
                    "type": "INVESTED_IN",
                    "since": "2024-06-14",
                    "attributes": {"round": "series_a", "lead": True},
                }
            ]
        }
    )

    record: Literal["link"] = "link"
    source: Id
    target: Id
    type: LinkType
    since: IsoDate | None = None
    until: IsoDate | None = None
    attributes: dict[str, Any] = {}
    reference: Citation | None = Field(None, description="Where the fact comes from (file and line).")

    @model_validator(mode="after")
    def _check(self) -> Link:
        if self.source == self.target:
            raise ValueError("a link cannot connect a node to itself")
        if self.since and self.until and self.until < self.since:
            raise ValueError("until is before since")
        spec = LINK_SPECS[self.type]
        self.attributes = spec.attrs.model_validate(self.attributes).model_dump(exclude_none=True)
        return self

    @property
    def key(self) -> str:
        return "|".join(str(self.attributes.get(k, "")) for k in LINK_SPECS[self.type].key)


Record = Annotated[Organization | Community | Hub | Event | Seed | Link, Field(discriminator="record")]
NodeRecord = Organization | Community | Hub | Event | Seed
RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)
ORG_CSV_LIST_FIELDS = ("modalities", "capabilities", "certifications", "communities")


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one exchange-format line."""
    schema = RECORD_ADAPTER.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "matchmaker exchange record"
    return schema
