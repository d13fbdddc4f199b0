"""Partnering-event scheduling: the CP-SAT scheduler against first-come-first-served, per event size.

Generates fictional events (``matchmaker.synthetic.scheduling.synthetic_event``: 24 half-hour slots over
3 days at +09:00, ~85% availability, max_meetings 6-16, heavy-tailed popularity, weights 1-5) of
200, 2,000 (150 tables, 15,000 accepted requests) and 5,000 participants (40,000 requests), solves
each under its time limit, checks both schedules with the independent checker, and prints per case:
scheduled weight, the proven bound, the gap to it, meetings, mean idle gaps per participant and
seconds; then the greedy baseline's weight, idle gaps and seconds, and the ratio solver/greedy.

Then stability (issue 24), on the cases in --stability-cases: the same event scheduled again with
the first schedule as previous ("re-run moved": meetings moved or dropped, 0 is the aim), and again
after one more accepted request of weight 5 ("+1 request moved"), each re-run with --rerun-share
of the case's time limit; the weights of both re-runs are shown as a share of the first run's bound.

    .venv/bin/python bench/schedule.py [--time-limit 20 90 180] [--workers 2] [--cases 200 2000 5000]
                                       [--stability-cases 200 2000] [--rerun-share 0.1]

The default run takes about 6 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections import Counter

from rich.console import Console
from rich.table import Table

from matchmaker.scheduling import greedy, idle_gaps, solve, violations
from matchmaker.scheduling.model import Request, ScheduleInput, ScheduleOutput
from matchmaker.synthetic.scheduling import synthetic_event

console = Console(width=200)

# participants -> (accepted requests, tables)
CASES = {200: (1_500, 15), 2_000: (15_000, 150), 5_000: (40_000, 375)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, nargs="+", default=list(CASES), choices=list(CASES))
    parser.add_argument(
        "--time-limit", type=float, nargs="+", default=[20, 90, 180], help="seconds per case, in --cases order"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stability-cases", type=int, nargs="*", default=[200, 2_000], choices=list(CASES))
    parser.add_argument("--rerun-share", type=float, default=0.1, help="re-run time limit, share of the case's")
    args = parser.parse_args()
    limits = args.time_limit + [args.time_limit[-1]] * (len(args.cases) - len(args.time_limit))

    table = Table(title=f"Scheduling: CP-SAT ({args.workers} workers) vs first-come-first-served")
    for column in (
        "participants", "requests", "tables", "limit s", "weight", "bound", "gap %", "meetings",
        "idle gaps/p", "seconds", "greedy weight", "greedy gaps/p", "greedy s", "solver/greedy",
        "re-run moved", "re-run % bound", "+1 request moved", "+1 % bound",
    ):  # fmt: skip
        table.add_column(column, justify="right")
    for size, limit in zip(args.cases, limits, strict=True):
        requests, tables = CASES[size]
        problem = synthetic_event(size, requests, tables=tables, seed=args.seed)
        started = time.monotonic()
        base = greedy(problem)
        greedy_s = time.monotonic() - started
        started = time.monotonic()
        result = solve(problem, time_limit=limit, workers=args.workers)
        solve_s = time.monotonic() - started
        for name, out in (("solver", result), ("greedy", base)):
            problems = violations(problem, out)
            if problems:
                raise SystemExit(f"{size}: {name} schedule breaks hard constraints: {problems[:5]}")
        gap = (result.bound - result.objective) / result.bound * 100 if result.bound else 0.0
        gaps, base_gaps = (sum(idle_gaps(problem, out).values()) / size for out in (result, base))
        stability = ["–"] * 4
        if size in args.stability_cases:
            stability = _stability(problem, result, limit * args.rerun_share, args.workers)
        table.add_row(
            f"{size:,}", f"{requests:,}", f"{tables}", f"{limit:g}", f"{result.objective:,.0f}", f"{result.bound:,.0f}",
            f"{gap:.2f}", f"{len(result.meetings):,}", f"{gaps:.2f}", f"{solve_s:.1f}", f"{base.objective:,.0f}",
            f"{base_gaps:.2f}", f"{greedy_s:.2f}", f"{result.objective / base.objective:.2f}", *stability,
        )  # fmt: skip
        console.print(
            f"{size:,} participants: weight {result.objective:,.0f} / bound {result.bound:,.0f} ({gap:.2f}%), "
            f"{solve_s:.1f} s; greedy {base.objective:,.0f}",
            highlight=False,
        )
    console.print(table)


def _stability(problem: ScheduleInput, first: ScheduleOutput, limit: float, workers: int) -> list[str]:
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
        f"{again.objective / first.bound * 100:.2f}",
        f"{added.changes.moved + added.changes.dropped}",
        f"{added.objective / first.bound * 100:.2f}",
    ]


if __name__ == "__main__":
    main()
