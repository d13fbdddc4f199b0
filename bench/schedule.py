"""Partnering-event scheduling: greedy, and CP-SAT at 10, 30 and 60 s, as shares of the proven bound.

Generates fictional events (``matchmaker.synthetic.scheduling.synthetic_event``: 24 half-hour slots over
3 days at +09:00, ~85% availability, max_meetings 6-16, heavy-tailed popularity, weights 1-5) of
300 participants (2,250 accepted requests, 23 tables: the density of a 200-participant event with
1,500) and 2,000 participants (15,000 requests, 150 tables), with a generator seed of their own
(``--seed``, not the tests' seeds), optionally 5,000 (40,000 requests). Per case it prints the
first-come-first-served greedy and one CP-SAT run per time limit (default 10, 30 and 60 s, the
last the default limit of ``matchmaker schedule``), each checked with the independent checker:

    weight, % of bound    the scheduled weight, and its share of the case's reference bound (the
                          smallest proven bound of its runs, so every run is judged against the same)
    own bound, status     the run's own proven bound; "optimal" when the weight reaches it
    first solution s      until the first complete solution (CP-SAT started from the greedy hint)
    proven s              until the weight phases ended proven within --relative-gap ("–": not)
    seconds               until the run returned (the idle-gap phase comes after the proof)

Then stability (issue 24), on the cases in --stability-cases: the same event scheduled again with
the last run's schedule as previous ("re-run moved": meetings moved or dropped, 0 is the aim), and
again after one more accepted request of weight 5 ("+1 request moved"), each re-run with
--rerun-share of the longest limit; their weights as a share of the reference bound.

    .venv/bin/python bench/schedule.py [--limits 10 30 60] [--workers 2] [--cases 300 2000]
                                       [--stability-cases 300 2000] [--relative-gap 0.001] [--seed 2026]

The default run took 8 minutes on a 2-core machine at a load average of 19; it prints nproc and
the load average, since the figures depend on both.
"""

from __future__ import annotations

import argparse
import itertools
import os
import time
from collections import Counter
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from matchmaker.scheduling import greedy, idle_gaps, solve, violations
from matchmaker.scheduling.model import Request, ScheduleInput, ScheduleOutput
from matchmaker.scheduling.solver import DEFAULT_RELATIVE_GAP, Progress
from matchmaker.synthetic.scheduling import synthetic_event

console = Console(width=200)

# participants -> (accepted requests, tables)
CASES = {300: (2_250, 23), 2_000: (15_000, 150), 5_000: (40_000, 375)}


@dataclass
class Run:
    """One timed solver run with the moments its progress reports give."""

    limit: float
    out: ScheduleOutput
    first: float | None  # seconds to the first complete solution
    proven: float | None  # seconds until the weight was proven within the gap
    seconds: float


def timed(problem: ScheduleInput, limit: float, workers: int, relative_gap: float) -> Run:
    """Solve once, noting when the first weight and the proof arrive."""
    started = time.monotonic()
    first: list[float] = []
    proven: list[float] = []

    def note(p: Progress) -> None:
        if p.weight is not None and not first:
            first.append(time.monotonic() - started)
        if p.phase == "weight proven within the gap":
            proven.append(time.monotonic() - started)

    out = solve(problem, time_limit=limit, workers=workers, relative_gap=relative_gap, on_progress=note)
    seconds = time.monotonic() - started
    if problems := violations(problem, out):
        raise SystemExit(f"{limit:g} s schedule breaks hard constraints: {problems[:5]}")
    return Run(limit, out, first[0] if first else None, proven[0] if proven else None, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[300, 2_000], choices=list(CASES))
    parser.add_argument("--limits", type=float, nargs="+", default=[10, 30, 60], help="time limits, seconds")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2026, help="generator seed (the tests use others)")
    parser.add_argument("--relative-gap", type=float, default=DEFAULT_RELATIVE_GAP)
    parser.add_argument("--stability-cases", type=int, nargs="*", default=[300, 2_000], choices=list(CASES))
    parser.add_argument("--rerun-share", type=float, default=0.1, help="re-run time limit, share of the longest")
    args = parser.parse_args()
    console.print(
        f"nproc {os.cpu_count()}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, "
        f"{args.workers} CP-SAT workers, relative gap {args.relative_gap:g}, seed {args.seed}",
        highlight=False,
    )

    table = Table(title="Scheduling: greedy (first come, first served) and CP-SAT, as shares of the bound")
    for column in (
        "participants", "requests", "tables", "run", "weight", "% of bound", "own bound", "status",
        "first solution s", "proven s", "seconds", "meetings", "idle gaps/p",
    ):  # fmt: skip
        table.add_column(column, justify="right")
    stability_table = Table(title="Re-runs: meetings moved or dropped, weight as % of the reference bound")
    for column in ("participants", "limit s", "re-run moved", "re-run % bound", "+1 request moved", "+1 % bound"):
        stability_table.add_column(column, justify="right")
    for size in args.cases:
        requests, tables = CASES[size]
        problem = synthetic_event(size, requests, tables=tables, seed=args.seed)
        started = time.monotonic()
        base = greedy(problem)
        greedy_s = time.monotonic() - started
        if problems := violations(problem, base):
            raise SystemExit(f"{size}: greedy schedule breaks hard constraints: {problems[:5]}")
        runs = [timed(problem, limit, args.workers, args.relative_gap) for limit in args.limits]
        bound = min(r.out.bound for r in runs)

        def share(weight: float, bound: float = bound) -> str:
            return f"{weight / bound * 100:.2f}" if bound else "100.00"

        head = [f"{size:,}", f"{requests:,}", f"{tables}"]
        table.add_row(
            *head, "greedy", f"{base.objective:,.0f}", share(base.objective), "–", "–", "–", "–",
            f"{greedy_s:.2f}", f"{len(base.meetings):,}", f"{sum(idle_gaps(problem, base).values()) / size:.2f}",
        )  # fmt: skip
        for r in runs:
            table.add_row(
                *head, f"CP-SAT {r.limit:g} s", f"{r.out.objective:,.0f}", share(r.out.objective),
                f"{r.out.bound:,.0f}", r.out.status, _s(r.first), _s(r.proven), f"{r.seconds:.1f}",
                f"{len(r.out.meetings):,}", f"{sum(idle_gaps(problem, r.out).values()) / size:.2f}",
            )  # fmt: skip
            console.print(
                f"{size:,} participants, {r.limit:g} s: {share(r.out.objective)}% of bound {bound:,.0f}, "
                f"first solution {_s(r.first)} s, proven {_s(r.proven)} s, returned {r.seconds:.1f} s",
                highlight=False,
            )
        if size in args.stability_cases:
            limit = max(args.limits) * args.rerun_share
            stability_table.add_row(
                f"{size:,}", f"{limit:g}", *_stability(problem, runs[-1].out, limit, args.workers, bound)
            )
    console.print(table)
    if args.stability_cases:
        console.print(stability_table)


def _s(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds:.1f}"


def _stability(problem: ScheduleInput, first: ScheduleOutput, limit: float, workers: int, bound: float) -> list[str]:
    """Re-run unchanged, then with one more accepted request (weight 5, between two participants
    not yet paired, both with room): meetings moved or dropped, and the weight as % of the bound."""
    again = solve(problem, time_limit=limit, workers=workers, previous=first.meetings)
    count = Counter(p for m in again.meetings for p in (m.a, m.b))
    room = [q.id for q in problem.participants if count[q.id] < q.max_meetings]
    have = {frozenset((r.a, r.b)) for r in problem.requests}
    a, b = next((a, b) for a, b in itertools.combinations(room, 2) if frozenset((a, b)) not in have)
    more = problem.model_copy(update={"requests": [*problem.requests, Request(a=a, b=b, weight=5)]})
    added = solve(more, time_limit=limit, workers=workers, previous=again.meetings)
    for name, prob, out in (("re-run", problem, again), ("+1 request", more, added)):
        if problems := violations(prob, out):
            raise SystemExit(f"{name} schedule breaks hard constraints: {problems[:5]}")
    assert again.changes is not None and added.changes is not None
    return [
        f"{again.changes.moved + again.changes.dropped}",
        f"{again.objective / bound * 100:.2f}",
        f"{added.changes.moved + added.changes.dropped}",
        f"{added.objective / (bound + 5) * 100:.2f}",
    ]


if __name__ == "__main__":
    main()
