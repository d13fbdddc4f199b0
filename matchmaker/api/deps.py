"""Dependencies injected into routes: the graph connection and the settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.registry import get_encoder
from matchmaker.graph.connection import Graph
from matchmaker.matching.vectors import VectorCache
from matchmaker.settings import Settings


def get_graph(request: Request) -> Graph:
    return request.app.state.graph


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_app_encoder(request: Request) -> Encoder:
    """The configured encoder, loaded on first use (seconds) and shared by all requests."""
    settings: Settings = request.app.state.settings
    return get_encoder(settings.encoder, settings.encoder_threads)


def get_vectors(request: Request) -> VectorCache | None:
    return request.app.state.vectors


GraphDep = Annotated[Graph, Depends(get_graph)]
VectorsDep = Annotated[VectorCache | None, Depends(get_vectors)]
EncoderDep = Annotated[Encoder, Depends(get_app_encoder)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
