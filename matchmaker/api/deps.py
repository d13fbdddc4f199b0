"""Dependencies injected into routes: the services the composition root built at start-up
(matchmaker/compose.py), and the parts of them routes use most."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from matchmaker.compose import Services
from matchmaker.embeddings.base import Encoder
from matchmaker.graph.connection import Graph
from matchmaker.matching.service import Matcher
from matchmaker.matching.vectors import VectorCache
from matchmaker.settings import Settings


def get_services(request: Request) -> Services:
    return request.app.state.services


def get_graph(request: Request) -> Graph:
    return request.app.state.services.graph


def get_app_settings(request: Request) -> Settings:
    return request.app.state.services.settings


def get_app_encoder(request: Request) -> Encoder:
    """The configured encoder, loaded on first use (seconds) and shared by all requests."""
    return request.app.state.services.encoder


def get_matcher(request: Request) -> Matcher:
    return request.app.state.services.matcher


def get_vectors(request: Request) -> VectorCache | None:
    return request.app.state.services.vectors


ServicesDep = Annotated[Services, Depends(get_services)]
GraphDep = Annotated[Graph, Depends(get_graph)]
VectorsDep = Annotated[VectorCache | None, Depends(get_vectors)]
EncoderDep = Annotated[Encoder, Depends(get_app_encoder)]
MatcherDep = Annotated[Matcher, Depends(get_matcher)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
