"""Load: requests per second, p50/p95/p99 and errors of the HTTP API under a mixed load, with one
uvicorn worker and with several against one Neo4j, and what clients see when Neo4j restarts.

An embedded Neo4j on a temporary data directory is loaded with a synthetic ecosystem (embedded
with the configured encoder); the API runs as ``matchmaker serve --workers N`` in a subprocess
with ``NEO4J_URI`` pointing at that one server, so all its workers share it. An async client
(httpx, ``--concurrency`` requests in flight, keep-alive, on loopback) sends a weighted mix for
``--seconds`` after a ``--warmup`` (which also loads each worker's encoder and vector cache):
matches by id (ventures for CDMOs and VCs, suppliers for pharma and CDMOs) and by text (Japanese
and English), profiles, links, name search, and network and per-organisation metrics of a
community. Errors are non-2xx answers and client exceptions (timeouts, refused connections).

Phases: the mix against 1 worker (the baseline, unless --workers 1), then plain profile reads
against the same worker (the machine's ceiling: the mix's req/s and p95 are printed as ratios of
it, with the load average), optionally each kind alone under py-spy (--profile DIR), the mix against --workers workers
(the ratio of their req/s is printed), then the same mix against those workers while Neo4j is
stopped a third of the way in, kept down --down seconds and started again: how many requests
failed, with which statuses (503 with Retry-After is the contract), when the first and last
failures came relative to the stop, how long after Neo4j was back the first request succeeded,
and whether the same API processes recovered without a restart.

    .venv/bin/python bench/load.py [--orgs 2000] [--seconds 30] [--concurrency 16] [--workers 2]

The default run takes about 5 minutes on 2 cores: the import about 45 s, priming each API about
55 s (each worker computes the whole network's per-organisation metrics on its first
/v1/metrics/organizations), three phases of 30 s or more (the restart phase runs on for a third
of --seconds after Neo4j's start returns, which takes about 20 s). The machine's cores are shared by
Neo4j, the workers and the client, so the worker ratio is a bound of this machine, not of the API.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import httpx
import orjson
import psutil
from match_latency import TEXTS  # the same Japanese and English needs (bench/ is on sys.path)
from rich.console import Console
from rich.table import Table

from matchmaker.access.keys import create_key
from matchmaker.access.models import KeyCreate, Role
from matchmaker.embeddings.registry import get_encoder
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.graph.schema import migrate
from matchmaker.graph.server import EmbeddedServer, free_port, isolated_settings
from matchmaker.settings import REPO_ROOT, Settings
from matchmaker.synthetic import generate

console = Console(width=200)
BY_ID_TARGETS = {"startup": ["cdmo", "vc", "pharma"], "supplier": ["pharma", "cdmo"]}
COMMUNITIES = ["syn-community-kanto", "syn-community-kansai", "syn-community-global"]
# py-spy beside this Python (a virtualenv's bin need not be on PATH)
PY_SPY = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
# kind -> weight in the mix
MIX = {
    "match by id": 25,
    "match by text": 15,
    "profile": 20,
    "links": 10,
    "search": 15,
    "metrics network": 7,
    "metrics orgs": 8,
}


@dataclass(frozen=True)
class Sample:
    kind: str
    start: float  # seconds since the phase began
    latency: float  # seconds
    status: int | None  # None: the client raised (see error)
    error: str = ""
    retry_after: bool = False

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def end(self) -> float:
        return self.start + self.latency


@dataclass
class Workload:
    """What the mix draws from: ids that exist in the imported graph."""

    seekers: list[tuple[str, str]]  # (organisation id, target kind)
    profiles: list[str]
    queries: list[str]
    headers: dict[str, str] = field(default_factory=dict)  # the admin key every request carries
    rng: random.Random = field(default_factory=lambda: random.Random(11))

    def request(self, kind: str | None = None) -> tuple[str, str, str, dict | None]:
        """(kind, method, path with query, JSON body) of one request of the mix (or of ``kind``)."""
        kind = kind or self.rng.choices(list(MIX), weights=list(MIX.values()))[0]
        if kind == "match by id":
            org, target = self.rng.choice(self.seekers)
            return kind, "GET", f"/v1/organizations/{org}/matches?target={target}&limit=10", None
        if kind == "match by text":
            text, target = self.rng.choice(TEXTS)
            return kind, "POST", "/v1/matches", {"text": text, "target": target, "limit": 10}
        if kind == "profile":
            return kind, "GET", f"/v1/organizations/{self.rng.choice(self.profiles)}", None
        if kind == "links":
            return kind, "GET", f"/v1/organizations/{self.rng.choice(self.profiles)}/links", None
        if kind == "search":
            query = urlencode({"q": self.rng.choice(self.queries), "limit": 20})
            return kind, "GET", f"/v1/organizations?{query}", None
        if kind == "metrics network":
            return kind, "GET", f"/v1/metrics/network?community={self.rng.choice(COMMUNITIES)}", None
        return kind, "GET", "/v1/metrics/organizations?limit=50", None


def workload(raws: list[RawRecord]) -> Workload:
    rng = random.Random(7)
    orgs = [r.data for r in raws if r.data["record"] == "organization"]
    seekers = [(o["id"], t) for o in orgs if o["kind"] in BY_ID_TARGETS for t in BY_ID_TARGETS[o["kind"]]]
    names = [o["name"].split()[0] for o in rng.sample(orgs, 100)]
    names_ja = [o["name_ja"][:2] for o in rng.sample(orgs, 100) if o.get("name_ja")]
    return Workload(seekers, [o["id"] for o in orgs], names + names_ja)


# --- the API process ------------------------------------------------------------------------


class Api:
    """``matchmaker serve`` in a subprocess (its own process group), pointed at one Neo4j."""

    def __init__(self, server: EmbeddedServer, workers: int, log_path: Path) -> None:
        self.port = free_port()
        self.workers = workers
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{server.port}", "NEO4J_USER": "neo4j",
               "NEO4J_PASSWORD": server.password()}  # fmt: skip
        command = [sys.executable, "-m", "matchmaker", "serve", "--port", str(self.port), "--workers", str(workers)]
        self.log_path = log_path
        with log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                command, env=env, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )  # fmt: skip

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the API exited (code {self.proc.returncode}):\n{self.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/readyz", timeout=5).status_code == 200:
                    return
            time.sleep(0.5)
        raise RuntimeError(f"the API was not ready within {timeout:.0f} s:\n{self.log_tail()}")

    def pids(self) -> set[int]:
        """The serving process and its workers (a worker restarted by uvicorn would change this)."""
        try:
            parent = psutil.Process(self.proc.pid)
            return {parent.pid, *(c.pid for c in parent.children(recursive=True))}
        except psutil.Error:
            return set()

    def owner(self, client_port: int) -> int | None:
        """The process (a worker) that accepted the loopback connection from ``client_port``."""
        for pid in self.pids():
            with contextlib.suppress(psutil.Error):
                for c in psutil.Process(pid).net_connections("tcp"):
                    if c.raddr and c.raddr.port == client_port and c.laddr.port == self.port:
                        return pid
        return None

    def prime(self, work: Workload, timeout: float = 120.0) -> dict[int, dict[str, float]]:
        """Send each kind of request once to every worker (seconds per kind and worker pid).

        Each worker computes its own metrics, loads its encoder and vector cache on first use,
        which takes far longer than a request of the steady state; connections are kept until
        one is held by every worker, found by which process accepted it."""
        conns: dict[int, http.client.HTTPConnection] = {}
        deadline = time.monotonic() + timeout
        try:
            while len(conns) < self.workers and time.monotonic() < deadline:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
                conn.request("GET", "/healthz")
                conn.getresponse().read()
                pid = self.owner(conn.sock.getsockname()[1])
                if pid is None or pid in conns:
                    conn.close()
                else:
                    conns[pid] = conn
            if len(conns) < self.workers:
                raise RuntimeError(f"reached {len(conns)} of {self.workers} workers within {timeout:.0f} s")
            requests = [work.request(kind) for kind in MIX]
            requests += [("metrics network", "GET", f"/v1/metrics/network?community={c}", None) for c in COMMUNITIES]

            def each(conn: http.client.HTTPConnection) -> dict[str, float]:
                seconds: dict[str, float] = {}
                for kind, method, path, body in requests:
                    t = time.perf_counter()
                    payload = orjson.dumps(body) if body is not None else None
                    headers = {"Content-Type": "application/json", **work.headers}
                    conn.request(method, path, body=payload, headers=headers)
                    answer = conn.getresponse()
                    answer.read()
                    if answer.status >= 300:
                        raise RuntimeError(f"priming {method} {path}: {answer.status}")
                    seconds[kind] = max(seconds.get(kind, 0.0), time.perf_counter() - t)
                return seconds

            with ThreadPoolExecutor(len(conns)) as pool:
                return dict(zip(conns, pool.map(each, conns.values()), strict=True))
        finally:
            for conn in conns.values():
                conn.close()

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # uvicorn's supervisor stops its workers on SIGTERM
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(30)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)  # any worker left behind in its own group
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(10)


# --- the load -------------------------------------------------------------------------------


async def run_load(
    url: str,
    work: Workload,
    concurrency: int,
    seconds: float,
    during: Callable[[float], Awaitable[float | None]] | None = None,
    only: str | None = None,
) -> tuple[list[Sample], float]:
    """``concurrency`` loops sending the mix (or only requests of kind ``only``) for ``seconds``;
    ``during(t0)``, run beside them, may return a later end (relative to t0) to extend the phase.
    Returns the samples and the duration."""
    samples: list[Sample] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    t0 = time.perf_counter()
    end = [seconds if during is None else math.inf]  # with ``during``: until it says
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60, headers=work.headers) as client:

        async def loop() -> None:
            while time.perf_counter() - t0 < end[0]:
                kind, method, path, body = work.request(only)
                start = time.perf_counter()
                try:
                    r = await client.request(method, path, json=body)
                    samples.append(
                        Sample(kind, start - t0, time.perf_counter() - start, r.status_code,
                               retry_after="retry-after" in r.headers)
                    )  # fmt: skip
                except httpx.HTTPError as exc:
                    samples.append(Sample(kind, start - t0, time.perf_counter() - start, None, type(exc).__name__))

        async def side() -> None:
            if during is None:
                return
            later = None
            try:
                later = await during(t0)
            finally:
                end[0] = max(seconds, later or 0.0)

        await asyncio.gather(side(), *(loop() for _ in range(concurrency)))
    return samples, time.perf_counter() - t0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of unsorted values, in ms."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)] * 1000 if ordered else float("nan")


def add_rows(table: Table, phase: str, samples: list[Sample], duration: float) -> float:
    """One row per kind and a total row; returns the phase's req/s."""
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        by_kind[s.kind].append(s)
    for kind, group in [*((k, by_kind[k]) for k in MIX if by_kind[k]), ("all", samples)]:
        lat = [s.latency for s in group]
        errors = sum(not s.ok for s in group)
        style = "bold" if kind == "all" else None
        table.add_row(
            phase, kind, f"{len(group):,}", f"{len(group) / duration:.1f}", f"{percentile(lat, 50):.1f}",
            f"{percentile(lat, 95):.1f}", f"{percentile(lat, 99):.1f}", f"{errors:,}", style=style,
        )  # fmt: skip
    table.add_section()
    return len(samples) / duration


def ratios(mix: list[Sample], mix_seconds: float, plain: list[Sample], plain_seconds: float) -> str:
    """The mix as a share of the plain read's ceiling, measured in the same run on the same worker."""
    rate = (len(mix) / mix_seconds) / (len(plain) / plain_seconds)
    p95 = percentile([s.latency for s in mix], 95) / percentile([s.latency for s in plain], 95)
    errors = sum(not s.ok for s in mix) + sum(not s.ok for s in plain)
    return (
        f"1 worker, mix / plain profile reads: req/s {rate:.2f} (aim >= 0.5), p95 {p95:.2f} (aim <= 4), "
        f"errors {errors} (aim 0); load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
        f"on {os.cpu_count()} cores"
    )


def statuses(samples: list[Sample]) -> str:
    counts = Counter(str(s.status) if s.status is not None else s.error for s in samples if not s.ok)
    return ", ".join(f"{k}: {n:,}" for k, n in counts.most_common()) or "-"


# --- the phases -----------------------------------------------------------------------------


def serve_and_load(
    server: EmbeddedServer, work: Workload, workers: int, args: argparse.Namespace, tmp: Path
) -> tuple[Api, list[Sample], float]:
    """Start an API with ``workers`` workers, warm it up, measure; the API is returned running."""
    api = Api(server, workers, tmp / f"api-{workers}.log")
    try:
        with console.status(f"starting the API with {workers} worker(s) and priming each worker..."):
            api.wait_ready()
            cold = api.prime(work)
        slowest = {kind: max(c[kind] for c in cold.values()) for kind in MIX}
        console.print(
            f"{workers} worker(s): first requests per worker, slowest: "
            + ", ".join(f"{kind} {s:.1f} s" for kind, s in slowest.items())
        )
        with console.status(f"{workers} worker(s): warming up..."):
            warm, _ = asyncio.run(run_load(api.url, work, args.concurrency, args.warmup))
        console.print(f"{workers} worker(s): warm-up {len(warm):,} requests, errors: {statuses(warm)}")
        with console.status(f"{workers} worker(s): {args.seconds:.0f} s of load..."):
            samples, duration = asyncio.run(run_load(api.url, work, args.concurrency, args.seconds))
    except BaseException:
        api.stop()
        raise
    return api, samples, duration


def plain_phase(api: Api, work: Workload, args: argparse.Namespace) -> tuple[list[Sample], float]:
    """The machine's ceiling for this API: only plain profile reads (``GET /v1/organizations/{id}``,
    the cheapest keyed request), same concurrency, same worker(s), right after the mix."""
    with console.status(f"{api.workers} worker(s): {args.seconds:.0f} s of plain profile reads..."):
        return asyncio.run(run_load(api.url, work, args.concurrency, args.seconds, only="profile"))


def profile_kinds(api: Api, work: Workload, args: argparse.Namespace) -> Table:
    """Where each request kind's time goes: py-spy samples the worker(s) while the load sends only
    that kind for ``--profile-seconds``; the top frames by own time (leaf) and, among matchmaker's
    own functions, by total time. The collapsed stacks are kept in ``--profile`` for flame graphs."""
    out = Path(args.profile)
    out.mkdir(parents=True, exist_ok=True)
    table = Table("kind", "req/s", "top frames, own time (% of samples)", "matchmaker functions, total time (%)",
                  title="where the time goes (py-spy, one kind at a time)")  # fmt: skip
    for kind in MIX:
        raw = out / f"{kind.replace(' ', '-')}.txt"
        spy = subprocess.Popen(
            [PY_SPY, "record", "--pid", str(api.proc.pid), "--subprocesses", "--rate", "250", "--format", "raw",
             "--duration", str(int(args.profile_seconds)), "--nonblocking", "-o", str(raw)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            with console.status(f"profiling {kind}..."):
                samples, duration = asyncio.run(
                    run_load(api.url, work, args.concurrency, args.profile_seconds, only=kind)
                )
        finally:
            spy.wait(60)
        own, total, n = collapsed(raw)
        table.add_row(
            kind, f"{len(samples) / duration:.1f}",
            "\n".join(f"{100 * c / n:4.1f} {f}" for f, c in own.most_common(8)),
            "\n".join(f"{100 * c / n:4.1f} {f}" for f, c in total.most_common(10)),
        )  # fmt: skip
        table.add_section()
    return table


def collapsed(path: Path) -> tuple[Counter[str], Counter[str], int]:
    """Own-time counts of leaf frames, total-time counts of matchmaker's functions and the sample
    count of a py-spy ``--format raw`` file (one ``frame;frame;... count`` line per stack)."""
    own: Counter[str] = Counter()
    total: Counter[str] = Counter()
    n = 0
    if not path.exists():
        return own, total, 1
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [_frame(f) for f in stack.split(";") if "(" in f]
        if not frames:
            continue
        c = int(count)
        n += c
        own[frames[-1]] += c
        for f in dict.fromkeys(f for f in frames if "matchmaker/" in f and "/site-packages/" not in f):
            total[f] += c
    return own, total, max(n, 1)


def _frame(frame: str) -> str:
    """``func (path/to/file.py:12)`` as ``func (file.py)``, keeping the package for matchmaker's own."""
    name, _, where = frame.partition(" (")
    file = where.rstrip(")").rsplit(":", 1)[0]
    if "matchmaker/" in file and "/site-packages/" not in file:
        return f"{name} (matchmaker/{file.rsplit('matchmaker/', 1)[1]})"
    parts = file.split("/site-packages/")
    return f"{name} ({parts[-1] if len(parts) > 1 else Path(file).name})"


def restart_phase(
    api: Api, server: EmbeddedServer, work: Workload, args: argparse.Namespace
) -> tuple[list[Sample], float, dict[str, float]]:
    marks: dict[str, float] = {}

    async def restart(t0: float) -> float:
        await asyncio.sleep(args.seconds / 3)
        marks["stop"] = time.perf_counter() - t0
        await asyncio.to_thread(server.stop)
        marks["stopped"] = time.perf_counter() - t0
        await asyncio.sleep(args.down)
        marks["start"] = time.perf_counter() - t0
        await asyncio.to_thread(server.start)
        marks["back"] = time.perf_counter() - t0
        return marks["back"] + args.seconds / 3  # load on for a third of --seconds after Neo4j is back

    with console.status(f"{api.workers} worker(s): load with Neo4j stopped for {args.down:.0f} s..."):
        samples, duration = asyncio.run(run_load(api.url, work, args.concurrency, args.seconds, restart))
    return samples, duration, marks


def report_restart(api: Api, samples: list[Sample], marks: dict[str, float], pids_before: set[int]) -> Table:
    stop, back = marks["stop"], marks["back"]
    failed = [s for s in samples if not s.ok]
    after_stop = [s for s in samples if s.start >= marks["stopped"]]
    first_ok = min((s.end for s in after_stop if s.ok), default=None)
    slow_ok = max((s for s in samples if s.ok and s.start >= stop), key=lambda s: s.latency, default=None)
    settled = [s for s in samples if s.start >= back + 5]
    readyz: int | str = "unanswered"
    with contextlib.suppress(httpx.HTTPError):
        readyz = httpx.get(f"{api.url}/readyz", timeout=10).status_code
    same = api.pids() == pids_before and api.proc.poll() is None
    retry_503 = [s for s in failed if s.status == 503]
    table = Table("Neo4j restarted under load", "value", title=f"restart ({api.workers} workers)")
    rows = [
        ("requests", f"{len(samples):,}"),
        ("failed", f"{len(failed):,} ({statuses(samples)})"),
        ("503 with Retry-After", f"{sum(s.retry_after for s in retry_503):,} of {len(retry_503):,}"),
        ("Neo4j stop (SIGTERM, flushed) took", f"{marks['stopped'] - stop:.1f} s"),
        ("Neo4j start called / start() returned", f"+{marks['start'] - stop:.1f} s / +{back - stop:.1f} s"),
        ("failures answered, first .. last", "-" if not failed else
         f"+{min(s.end for s in failed) - stop:.1f} s .. +{max(s.end for s in failed) - stop:.1f} s after the stop"),
        ("failed requests sent, first .. last", "-" if not failed else
         f"{min(s.start for s in failed) - stop:+.1f} s .. {max(s.start for s in failed) - stop:+.1f} s"),
        ("slowest failure", "-" if not failed else f"{max(s.latency for s in failed):.1f} s"),
        ("first success of a request sent after the stop",
         "none" if first_ok is None else f"+{first_ok - stop:.1f} s ({first_ok - back:+.1f} s from start() returned)"),
        ("slowest success of a request sent after the stop", "-" if not slow_ok else
         f"{slow_ok.latency:.1f} s ({slow_ok.kind}, sent at {slow_ok.start - stop:+.1f} s)"),
        ("requests sent from 5 s after back: errors", f"{sum(not s.ok for s in settled):,} of {len(settled):,}"),
        ("recovered without restart (same pids, /readyz)",
         f"{'yes' if same and readyz == 200 and settled and all(s.ok for s in settled) else 'NO'}"
         f" (pids {'unchanged' if same else 'CHANGED'}, /readyz {readyz})"),
    ]  # fmt: skip
    for row in rows:
        table.add_row(*row)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds of unrecorded load before each phase")
    parser.add_argument("--down", type=float, default=5.0, help="seconds Neo4j stays stopped")
    parser.add_argument("--no-restart", action="store_true", help="skip the phase that restarts Neo4j")
    parser.add_argument("--profile", metavar="DIR", help="also profile each request kind with py-spy (1 worker)")
    parser.add_argument("--profile-seconds", type=float, default=10.0)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="matchmaker-load-"))
    base = Settings()
    settings = isolated_settings(tmp / "neo4j", heap="1g", pagecache="512m", base=base)
    server = EmbeddedServer(settings)
    apis: list[Api] = []
    try:
        with console.status("starting Neo4j..."):
            server.start()
        raws = [RawRecord("synthetic", n, r) for n, r in enumerate(generate(args.orgs, seed=1), start=1)]
        graph = Graph.connect(settings)
        try:
            migrate(graph)
            with console.status(f"importing and embedding {args.orgs:,} organisations..."):
                t = time.perf_counter()
                import_records(graph, raws, encoder=get_encoder(base.encoder, base.encoder_threads), batch_size=2000)
                graph.run_auto("CALL db.awaitIndexes(600)")
            console.print(f"imported {len(raws):,} records in {time.perf_counter() - t:.0f} s")
            # An admin key, as a real client sends, with a limit the load never reaches.
            spec = KeyCreate(role=Role.admin, name="load bench", rate_limit="100000000/minute")
            key = create_key(graph, spec, created_by="bench")
        finally:
            graph.close()
        work = workload(raws)
        work.headers = {"Authorization": f"Bearer {key.secret}"}

        table = Table("phase", "kind", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors",
                      title=f"mixed load, {args.concurrency} in flight, {args.orgs:,} organisations")  # fmt: skip
        rates: dict[int, float] = {}
        ceiling = ""
        profiled: Table | None = None
        for workers in dict.fromkeys([1, args.workers]):
            api, samples, duration = serve_and_load(server, work, workers, args, tmp)
            apis.append(api)
            rates[workers] = add_rows(table, f"{workers} worker(s)", samples, duration)
            if workers == 1:
                plain, plain_duration = plain_phase(api, work, args)
                add_rows(table, "1 worker(s), plain profile reads", plain, plain_duration)
                ceiling = ratios(samples, duration, plain, plain_duration)
                if args.profile:
                    profiled = profile_kinds(api, work, args)
            if workers != args.workers:
                api.stop()
        api = apis[-1]
        if args.no_restart:
            console.print(table)
            console.print(ceiling)
            if profiled is not None:
                console.print(profiled)
            return
        pids_before = api.pids()
        samples, duration, marks = restart_phase(api, server, work, args)
        add_rows(table, f"{args.workers} worker(s), Neo4j restarted", samples, duration)
        console.print(table)
        console.print(ceiling)
        if profiled is not None:
            console.print(profiled)
        if len(rates) > 1:
            console.print(
                f"req/s with {args.workers} workers / with 1 worker: {rates[args.workers] / rates[1]:.2f} "
                f"({os.cpu_count()} CPU cores shared by Neo4j, the workers and the client)"
            )
        console.print(report_restart(api, samples, marks, pids_before))
        tracebacks = sum(p.log_path.read_text(errors="replace").count("Traceback") for p in apis)
        console.print(f"tracebacks in the API logs: {tracebacks}")
    finally:
        for api in apis:
            api.stop()
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
