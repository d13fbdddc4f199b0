"""Profile understanding: what matchmaker reads out of a text, and out of a stored profile, so an
organisation editing its profile sees what was understood (with the sentence it came from) and
can correct it by declaring the facet instead."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from matchmaker.access.policy import needs_visible
from matchmaker.api.deps import GraphDep
from matchmaker.api.security import Caller
from matchmaker.model.records import Id
from matchmaker.profiles.analyser import ANALYSER_VERSION, Analysis, analyse
from matchmaker.profiles.store import stored_facets

router = APIRouter(tags=["profiles"])


class AnalyseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=8000)] = Field(
        description="A profile or a need, in Japanese or English."
    )


class StoredFacet(BaseModel):
    section: str
    term: str
    polarity: str
    evidence: str
    text: str = Field(description="Which text it was read from: description or needs.")


class ProfileFacets(BaseModel):
    id: str
    declared: dict[str, list[str] | str | None]
    inferred: list[StoredFacet]
    analyser_version: str | None
    current_version: str = ANALYSER_VERSION


@router.post("/v1/profiles/analyse", response_model=Analysis, summary="Read facets out of a text")
def analyse_text(body: AnalyseRequest) -> Analysis:
    return analyse(body.text)


@router.get("/v1/organizations/{org_id}/facets", response_model=ProfileFacets, summary="Declared and read facets")
def organization_facets(org_id: Id, graph: GraphDep, caller: Caller) -> ProfileFacets:
    """What was read from the needs is shown as the needs are: to key holders, and when the needs
    are confidential only to the organisation itself."""
    rows = graph.read("profiles/facets", id=org_id)
    if not rows:
        raise HTTPException(404, f"organization {org_id!r} not found")
    p = rows[0]["props"]
    declared = {k: p.get(k) for k in ("modalities", "capabilities", "stage", "funding_stage", "region")}
    needs_shown = needs_visible(caller, org_id, bool(p.get("needs_confidential")))
    facets = [f for f in stored_facets(p.get("analysis")) if needs_shown or f["text"] != "needs"]
    return ProfileFacets(
        id=org_id,
        declared=declared,
        inferred=[StoredFacet(**f) for f in facets],
        analyser_version=p.get("analyser_version"),
    )
