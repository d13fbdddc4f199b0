"""Request and response models of matching (the API's and the CLI's ``--json``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from matchmaker.model.records import Id, OrgKind, _check_region, _check_terms

Target = OrgKind | Literal["any"]
QueryText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=4000)]


class MatchFilters(BaseModel):
    """Applied before the top-k cut: a filter never empties a result that has qualifying candidates."""

    model_config = ConfigDict(extra="forbid")

    region: str | None = Field(None, description="ISO 3166-2, e.g. JP-14")
    community: Id | None = None
    hub: Id | None = None
    modality: str | None = None
    capability: str | None = None
    stage: str | None = Field(None, description="A development stage (phase1...) or funding stage (series_a...)")
    certification: str | None = Field(None, description="A certification, e.g. amed_certified_vc")
    exclude_partners: bool = Field(False, description="Leave out organisations already linked to the seeker")
    event: Id | None = Field(None, description="Only participants of this event's partnering")

    _region = field_validator("region")(_check_region)
    _modality = field_validator("modality")(lambda v: _check_terms("modalities", v))
    _capability = field_validator("capability")(lambda v: _check_terms("capabilities", v))
    _certification = field_validator("certification")(lambda v: _check_terms("certifications", v))

    @field_validator("stage")
    @classmethod
    def _stage(cls, v: str | None) -> str | None:
        if v is None:
            return v
        try:
            return _check_terms("stages", v)
        except ValueError:
            return _check_terms("funding_stages", v)


class MatchRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "AAVベクターの治験薬をGMPで製造できる委託先を探しています（第1相）",
                    "target": "cdmo",
                    "limit": 10,
                    "filters": {"region": None},
                }
            ]
        },
    )

    text: QueryText | None = Field(None, description="What the seeker looks for, in Japanese or English.")
    offer: QueryText | None = Field(
        None,
        description="What the seeker offers (a maker's parts, say): candidates that look for it rank first. "
        "Give text, offer or both.",
    )
    target: Target = "any"
    limit: Annotated[int, Field(ge=1, le=100)] = 10
    filters: MatchFilters = MatchFilters()

    @model_validator(mode="after")
    def _something(self) -> MatchRequest:
        if self.text is None and self.offer is None:
            raise ValueError("text: give text (what you look for), offer (what you offer) or both")
        return self


class Reason(BaseModel):
    """Why a candidate matched, in both languages; ``evidence`` quotes the profile where it can."""

    code: Literal[
        "capability",
        "modality",
        "compliance",
        "scale",
        "site",
        "stage",
        "certification",
        "procurement",
        "criterion",
        "caution",
        "statement",
        "reciprocal",
        "community",
        "hub",
        "partners",
        "met",
    ]
    en: str
    ja: str
    evidence: str | None = None

    @classmethod
    def quoting(cls, code: str, en: str, ja: str, quote: str | None) -> Reason:
        """A reason that ends by quoting the profile's own sentence, when there is one."""
        if quote is None:
            return cls(code=code, en=en, ja=ja)  # type: ignore[arg-type]
        return cls(code=code, en=f"{en}: “{quote}”", ja=f"{ja}：「{quote}」", evidence=quote)  # type: ignore[arg-type]


class Signals(BaseModel):
    """The score's parts, each in [0, 1] (None where it does not apply); see matching/score.py."""

    semantic: float
    forward: float
    reverse: float | None
    structured: float | None
    graph: float | None
    #: The candidate's neighbourhood density among the best candidates, centred on their mean: half
    #: of it is taken off ``semantic`` (hubness correction, CSLS; matching/score.py). None: not reranked.
    density: float | None = None


class Match(BaseModel):
    id: str
    name: str
    name_ja: str | None
    kind: str
    score: float
    signals: Signals
    reasons: list[Reason]


class Seeker(BaseModel):
    id: str | None
    wants: dict[str, list[str]] = Field(
        description="The facets the ranking looked for (modalities, capabilities, stages)"
    )
    offers: dict[str, list[str]] = Field(
        default_factory=dict, description="What the seeker offers (parts, criteria it meets), for buyers"
    )
    direction: Literal["need", "offer"] = Field(
        "need", description="need: partners for what it looks for; offer: buyers for what it offers"
    )


class MatchResponse(BaseModel):
    seeker: Seeker
    target: str
    model: str
    matches: list[Match]


class OrganizationMatchQuery(MatchFilters):
    """The query string of ``GET /v1/organizations/{id}/matches``: the filters plus target and limit."""

    target: Target = "any"
    limit: Annotated[int, Field(ge=1, le=100)] = 10
    direction: Literal["need", "offer"] | None = Field(
        None, description="need: partners for what it looks for; offer: buyers for what it offers "
        "(default: offer for a parts and materials maker, need otherwise)",
    )  # fmt: skip

    def filters(self) -> MatchFilters:
        return MatchFilters(**self.model_dump(exclude={"target", "limit", "direction"}))

    def offering(self) -> bool | None:
        return None if self.direction is None else self.direction == "offer"
