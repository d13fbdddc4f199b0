"""One Neo4j for the whole session, real in every setting.

Where a Docker engine answers, testcontainers runs the official ``neo4j:5.26`` image; otherwise
the project's embedded server starts on a free port with a temporary data directory (its jars
are shared with the checkout's ``.matchmaker/lib``). Each test starts from an empty graph.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from matchmaker.access.keys import create_key
from matchmaker.access.models import KeyCreate, Role
from matchmaker.api.app import create_app
from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import cypher
from matchmaker.graph.schema import migrate
from matchmaker.graph.server import EmbeddedServer, isolated_settings
from matchmaker.settings import REPO_ROOT, Settings, get_settings
from tests.helpers import served

SHARED_SEEDS = REPO_ROOT.parent / "shared" / "seeds"


def docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@dataclass
class Database:
    settings: Settings
    mode: str  # "embedded" or "container"
    server: EmbeddedServer | None = None

    @property
    def env(self) -> dict[str, str]:
        """Environment that points the CLI at this database."""
        uri = self.settings.neo4j_uri or f"bolt://127.0.0.1:{self.settings.bolt_port}"
        password = self.server.password() if self.server else self.settings.neo4j_password.get_secret_value()
        return {"NEO4J_URI": uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password}


def embedded_settings(data_dir: Path) -> Settings:
    """A test server's settings: isolated, with the checkout's jars wherever pytest runs from."""
    return isolated_settings(data_dir, base=Settings(home=REPO_ROOT / ".matchmaker"))


@pytest.fixture(scope="session")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    if docker_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26") as container:
            settings = Settings(
                neo4j_uri=container.get_connection_url(), neo4j_user="neo4j", neo4j_password=container.password
            )
            yield Database(settings, "container")
        return
    settings = embedded_settings(tmp_path_factory.mktemp("neo4j"))
    server = EmbeddedServer(settings)
    server.start()
    try:
        yield Database(settings, "embedded", server)
    finally:
        server.stop()


@pytest.fixture
def own_server(database: Database, tmp_path: Path) -> Iterator[EmbeddedServer]:
    """A Neo4j of the test's own, which it may stop and start (fault tests)."""
    if database.mode != "embedded":
        pytest.skip("needs the embedded server (a container cannot be stopped from here)")
    server = EmbeddedServer(embedded_settings(tmp_path / "neo4j"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def session_graph(database: Database) -> Iterator[Graph]:
    g = Graph.connect(database.settings)
    migrate(g)
    yield g
    g.close()


@pytest.fixture
def graph(session_graph: Graph) -> Graph:
    """The session's graph, emptied of ecosystem data before the test."""
    session_graph.run_auto(cypher("write/clear"))
    return session_graph


@pytest.fixture
def cli_env(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Point ``get_settings()`` (and so the CLI) at the test database."""
    for key, value in database.env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield database.env
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def api_url(database: Database, session_graph: Graph) -> Iterator[str]:
    """The real API, served by uvicorn on a free loopback port for the whole session."""
    with served(create_app(database.settings, session_graph)) as url:
        yield url


def make_key(graph: Graph, role: Role, **scope: object) -> str:
    """A new key's secret (tests' keys carry a limit no test reaches, except where one sets its own)."""
    spec = KeyCreate(role=role, name=f"test {role.value}", **{"rate_limit": "1000000/minute", **scope})  # type: ignore[arg-type]
    return create_key(graph, spec, created_by="tests").secret


def bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


@pytest.fixture(scope="session")
def admin_key(session_graph: Graph) -> str:
    return make_key(session_graph, Role.admin)


@pytest.fixture
def api(api_url: str, graph: Graph, admin_key: str) -> Iterator[httpx.Client]:
    """An HTTP client for the real API, over an empty graph, with an admin key."""
    with httpx.Client(base_url=api_url, timeout=60, headers=bearer(admin_key)) as client:
        yield client
