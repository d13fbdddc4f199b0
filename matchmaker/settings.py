"""The one settings object, read from environment variables (and an optional ``.env``).

``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` keep the names the Neo4j
tools use; everything else is prefixed ``MATCHMAKER_``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from matchmaker import REPO_ROOT


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHMAKER_", env_file=".env", extra="ignore", populate_by_name=True)

    # An existing server; when set, nothing is started locally.
    neo4j_uri: str | None = Field(None, validation_alias=AliasChoices("NEO4J_URI", "MATCHMAKER_NEO4J_URI"))
    neo4j_user: str = Field(
        "neo4j", validation_alias=AliasChoices("NEO4J_USER", "NEO4J_USERNAME", "MATCHMAKER_NEO4J_USER")
    )
    neo4j_password: SecretStr | None = Field(
        None, validation_alias=AliasChoices("NEO4J_PASSWORD", "MATCHMAKER_NEO4J_PASSWORD")
    )
    neo4j_database: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "MATCHMAKER_NEO4J_DATABASE"))

    # The embedded server (used when NEO4J_URI is not set).
    home: Path = Path(".matchmaker")
    neo4j_version: str = "5.26.30"
    bolt_port: int = 7687
    data_dir: Path | None = None  # default: <home>/neo4j
    lib_dir: Path | None = None  # default: <home>/lib/<neo4j_version>
    heap: str = "1g"
    pagecache: str = "512m"
    start_timeout: float = 120.0

    # How long managed transactions retry transient Neo4j errors before a request fails (503).
    retry_seconds: float = 5.0

    # Data and limits.
    seed_dir: Path = REPO_ROOT / "seed"
    import_batch_size: int = 2000
    max_text_length: int = 8000
    max_upload_bytes: int = 50 * 1024 * 1024
    # Certification readiness: the radius (km) a global community's required bodies sit within
    # around its hubs (概ね100km圏内, 000_5702a8b11a23b71d.txt l.513).
    community_radius_km: float = Field(100.0, gt=0, le=1000)

    # Embeddings: "use" (multilingual USE, default) or "sentence-transformers:<model name or path>".
    encoder: str = "use"
    encoder_threads: int = 2
    # The API's in-process copy of the offer vectors (matching/vectors.py): 4 x dimension bytes per
    # organisation, and of the candidates' rows (matching/store.py): about 1 KB each; 0 turns both
    # off (matches then come from Neo4j's vector index).
    vector_cache_max: int = 500_000

    # The scheduler stops once its weight is proven within this share of the bound (0.001 = 0.1%;
    # 0 = only at the proven optimum). The API's and CLI's relative_gap override it per run.
    schedule_relative_gap: float = Field(1e-3, ge=0, le=1)

    # The API.
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    # Access (matchmaker/access): requests per key (or per client address without a key), in the
    # `limits` notation ("600/minute", "20/second"); a key may carry its own.
    rate_limit: str = "600/minute"
    rate_limit_anonymous: str = "120/minute"
    # Where the counters live: "memory://" counts in each worker process; a shared store such as
    # "redis://host:6379" (the `limits` storage URIs, with its driver installed) counts across them.
    rate_limit_storage: str = "memory://"
    # How long a worker trusts a key it has checked: a revocation from another process takes
    # effect within this time (in the revoking process, at once).
    key_cache_seconds: float = 10.0
    # Bodies: JSON requests up to max_body_bytes; imports up to max_upload_bytes.
    max_body_bytes: int = 1024 * 1024
    # Proxies whose X-Forwarded-For is believed (comma-separated addresses or networks; "" = none):
    # without one, the client address that rate limits count is the socket's peer.
    trusted_proxies: str = ""
    # Browser origins allowed to call the API from another site, comma-separated ("" = none).
    cors_origins: str = ""

    # Notifications (matchmaker/notify): e-mail through SMTP, off unless smtp_host is set; every
    # message is first written to the outbox in the graph and shown in the in-app list either way.
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "matchmaker@localhost"
    smtp_starttls: bool = True
    smtp_timeout: float = 10.0
    # The delivery worker: how often it looks for due messages, the first retry delay (doubled on
    # each failure, up to notify_backoff_max_seconds) and the attempts before a message is failed.
    notify_poll_seconds: float = 15.0
    notify_backoff_seconds: float = 60.0
    notify_backoff_max_seconds: float = 6 * 3600.0
    notify_max_attempts: int = 12
    # The reminder before a participant's first meeting, this many hours ahead.
    notify_reminder_hours: float = 24.0

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def neo4j_data_dir(self) -> Path:
        return (self.data_dir or self.home / "neo4j").resolve()

    @property
    def neo4j_lib_dir(self) -> Path:
        return (self.lib_dir or self.home / "lib" / self.neo4j_version).resolve()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
