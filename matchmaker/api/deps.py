"""Dependencies injected into routes: the graph connection and the settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from matchmaker.graph.connection import Graph
from matchmaker.settings import Settings


def get_graph(request: Request) -> Graph:
    return request.app.state.graph


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


GraphDep = Annotated[Graph, Depends(get_graph)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
