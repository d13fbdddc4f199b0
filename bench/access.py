"""Access control: what checking an API key, the key cache, the audit write and the rate limiter
cost per request, against an anonymous request measured in the same run.

An isolated embedded Neo4j (or NEO4J_URI when set: the synthetic records are then merged into it,
and the bench's key and audit events are deleted afterwards) is loaded with a small synthetic
ecosystem (no embeddings: only profiles are read). Two apps are served by uvicorn in threads of
this process, both with the default settings except an anonymous rate limit the bench never
reaches (the default 120/minute per address would answer 429): one with the key cache (default
``key_cache_seconds``), one without it (0: every request looks its key up in Neo4j). One
keep-alive httpx client sends sequential ``GET /v1/organizations/{id}`` over a fixed random list
of organisation ids, after a warm-up per phase:

- anonymous (no Authorization header): the baseline;
- with a valid admin key, key cache on;
- with the same key, key cache off.

The phases are interleaved in ``--rounds`` blocks, so that a neighbour's load on the CPU falls on
all of them alike. Every authenticated write request also pays one audit write after its answer
(matchmaker/api/middleware.py: Audit); that write is timed alone, ``audit.record`` called directly
against Neo4j. Last, the in-process cost of the rate limiter the service uses,
``SlidingWindowCounterRateLimiter`` over ``MemoryStorage``, hit 100,000 times with one key, beside
``MovingWindowRateLimiter`` (one entry per hit in the last minute, so it slows as they pile up; the
figure is also given for the first and the last 10,000 hits), and ``parse`` of
a limit string (a key's own limit is parsed once per process and remembered).

Client, servers and the limiter share one Python process (and its GIL), and Neo4j the machine's
cores: absolute figures include the client's own cost; the ratios are the point.

    .venv/bin/python bench/access.py [--orgs 500] [--requests 2000] [--warmup 200] [--rounds 4] [--seed 7]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx
import uvicorn
from fastapi import FastAPI
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter, RateLimiter, SlidingWindowCounterRateLimiter
from rich.console import Console
from rich.table import Table

from matchmaker.access import audit
from matchmaker.access.keys import create_key
from matchmaker.access.models import KeyCreate, Role
from matchmaker.api.app import create_app
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.graph.schema import migrate
from matchmaker.graph.server import free_port, isolated_server
from matchmaker.settings import Settings
from matchmaker.synthetic import generate

console = Console(width=200)
NO_LIMIT = "100000000/minute"  # a limit no phase reaches, so every request is answered
ACTOR = "bench"
LIMITER_HITS = 100_000


@dataclass
class Phase:
    label: str
    url: str
    headers: dict[str, str]
    samples: list[float] = field(default_factory=list)  # seconds
    failures: int = 0  # answers other than 200


@contextmanager
def served(app: FastAPI) -> Iterator[str]:
    """Serve an app with uvicorn in a thread on a free loopback port for the block; yields its URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    try:
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        if thread.is_alive():
            console.print(f"[yellow]uvicorn on port {port} did not stop within 10 s[/yellow]")


def send(client: httpx.Client, phase: Phase, ids: list[str], record: bool = True) -> None:
    for org_id in ids:
        t = time.perf_counter()
        response = client.get(f"{phase.url}/v1/organizations/{org_id}", headers=phase.headers)
        elapsed = time.perf_counter() - t
        if response.status_code != 200:
            phase.failures += 1
        if record:
            phase.samples.append(elapsed)


def percentile(ordered: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of sorted values, in ms."""
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)] * 1000


def time_audit(graph: Graph, requests: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        audit.record(graph, ACTOR, "PUT /bench", status=200)
    samples = []
    for _ in range(requests):
        t = time.perf_counter()
        audit.record(graph, ACTOR, "PUT /bench", status=200)
        samples.append(time.perf_counter() - t)
    return samples


def time_limiter(strategy: type[RateLimiter]) -> tuple[float, float, float, float]:
    """µs per hit over LIMITER_HITS hits (all, first and last 10,000) and µs per ``parse``."""
    limiter = strategy(MemoryStorage())
    item = parse(NO_LIMIT)
    chunk = 10_000
    per_chunk = []
    for _ in range(LIMITER_HITS // chunk):
        t = time.perf_counter()
        for _ in range(chunk):
            limiter.hit(item, "k")
        per_chunk.append((time.perf_counter() - t) / chunk * 1e6)
    t = time.perf_counter()
    for _ in range(chunk):
        parse(NO_LIMIT)
    parse_us = (time.perf_counter() - t) / chunk * 1e6
    return statistics.fmean(per_chunk), per_chunk[0], per_chunk[-1], parse_us


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=500, help="synthetic organisations to load")
    parser.add_argument("--requests", type=int, default=2000, help="timed requests per phase")
    parser.add_argument("--warmup", type=int, default=200, help="untimed requests per phase first")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved blocks the requests are split into")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic data and of the id list")
    args = parser.parse_args()
    with isolated_server(Settings(), heap="1g", pagecache="512m") as settings:
        measure(settings, args)


def measure(settings: Settings, args: argparse.Namespace) -> None:
    configured = bool(Settings().neo4j_uri)  # a user's server: remove what the bench adds to it
    graph = Graph.connect(settings)
    key_id: str | None = None
    try:
        migrate(graph)
        raws = [RawRecord("synthetic", n, r) for n, r in enumerate(generate(args.orgs, seed=args.seed), start=1)]
        with console.status(f"importing {args.orgs:,} organisations..."):
            t = time.perf_counter()
            import_records(graph, raws, encoder=None)
        console.print(f"imported {len(raws):,} records in {time.perf_counter() - t:.1f} s")
        key = create_key(graph, KeyCreate(role=Role.admin, name="access bench", rate_limit=NO_LIMIT), created_by=ACTOR)
        key_id = key.id
        auth = {"Authorization": f"Bearer {key.secret}"}

        org_ids = [r.data["id"] for r in raws if r.data["record"] == "organization"]
        rng = random.Random(args.seed)
        ids = [rng.choice(org_ids) for _ in range(args.requests)]
        warm = [rng.choice(org_ids) for _ in range(args.warmup)]

        base = settings.model_copy(update={"rate_limit_anonymous": NO_LIMIT})
        cached = create_app(base, graph)
        uncached = create_app(base.model_copy(update={"key_cache_seconds": 0}), graph)
        with served(cached) as url_on, served(uncached) as url_off, httpx.Client(timeout=30) as client:
            phases = [
                Phase("anonymous GET (baseline)", url_on, {}),
                Phase("key GET, cache on", url_on, auth),
                Phase("key GET, cache off", url_off, auth),
            ]
            with console.status("warming up..."):
                for phase in phases:
                    send(client, phase, warm, record=False)
            rounds = max(1, min(args.rounds, len(ids)))
            blocks = [ids[i * len(ids) // rounds : (i + 1) * len(ids) // rounds] for i in range(rounds)]
            with console.status(f"{len(ids):,} requests per phase in {rounds} interleaved rounds..."):
                for block in blocks:
                    for phase in phases:
                        send(client, phase, block)
        with console.status(f"{args.requests:,} audit writes..."):
            audit_samples = time_audit(graph, args.requests, args.warmup)
        with console.status(f"{LIMITER_HITS:,} rate-limiter hits..."):
            strategies = (SlidingWindowCounterRateLimiter, MovingWindowRateLimiter)
            limiters = {cls.__name__: time_limiter(cls) for cls in strategies}

        rows = [(p.label, p.samples, p.failures) for p in phases]
        rows.append(("audit write (per write request)", audit_samples, 0))
        baseline = statistics.fmean(phases[0].samples) * 1000
        title = f"access control per request, {args.orgs:,} organisations"
        table = Table("phase", "requests", "p50 ms", "p95 ms", "p99 ms", "mean ms", "mean / baseline",
                      "mean - baseline ms", "non-200", title=title)  # fmt: skip
        for label, samples, failures in rows:
            ordered = sorted(samples)
            mean = statistics.fmean(samples) * 1000
            table.add_row(
                label, f"{len(samples):,}", f"{percentile(ordered, 50):.2f}", f"{percentile(ordered, 95):.2f}",
                f"{percentile(ordered, 99):.2f}", f"{mean:.2f}", f"{mean / baseline:.2f}", f"{mean - baseline:+.2f}",
                f"{failures:,}" if label != rows[-1][0] else "-",
            )  # fmt: skip
        console.print(table)
        console.print(
            "audit write: audit.record() alone, directly against Neo4j; a write request pays it after its answer "
            "is sent, so its ratio is to a whole baseline request, not to a write."
        )
        baseline = limiters["MovingWindowRateLimiter"][0]
        for name, (hit_us, first_us, last_us, parse_us) in limiters.items():
            console.print(
                f"rate limiter ({name}, MemoryStorage, {NO_LIMIT}, one key): {hit_us:.2f} µs per hit over "
                f"{LIMITER_HITS:,} hits (first 10,000: {first_us:.2f} µs, last 10,000: {last_us:.2f} µs), "
                f"{hit_us / baseline:.2f}x the moving window; parse({NO_LIMIT!r}): {parse_us:.2f} µs"
            )
        console.print(f"{os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.2f} at the end of the run")
    finally:
        if configured:
            mine = "MATCH (a:AuditEvent {actor: $actor, action: 'PUT /bench'}) DETACH DELETE a"
            graph.driver.execute_query(mine, actor=ACTOR)
            if key_id is not None:
                graph.driver.execute_query("MATCH (k:ApiKey {id: $id}) DETACH DELETE k", id=key_id)
        graph.close()


if __name__ == "__main__":
    main()
