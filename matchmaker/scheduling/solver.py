"""The optimising scheduler: OR-Tools CP-SAT, in phases, under one time limit.

Tables are interchangeable, so the model decides pair -> slot only, with "meetings in slot s <=
free tables in s"; tables are handed out per slot afterwards (locked meetings keep theirs).
Locked meetings are constants: their slots are taken for both sides, their tables are taken, they
count towards max_meetings, and a locked pair that is also a request counts its weight.

Candidates: every request not already locked whose two sides are both available, neither is
locked, and a table is left in at least one slot ("candidate slots"). Others cannot be met.

Phase A, selection (a relaxation, which gives the bound):
    variables   s[p] in {0,1} per candidate pair p ("p is met somewhere")
    constraints per participant i: sum_p s[p] <= min(max_meetings_i - locked_i, |candidate slots of i|)
                sum_p s[p] <= free table-slots in the event
                z[i] <= sum_{p at i} s[p], z[i] in {0,1}, for every participant with a candidate
    objective   maximise (N + 1) * sum_p w[p] s[p] + sum_i z[i]      (N = number of z's)
Every valid schedule gives a feasible point of this model with the same weight, so CP-SAT's best
objective bound divided by N + 1 (rounded down) is a proven upper bound on the scheduled weight;
that is the ``bound`` in the output (plus the weight of locked requests). The N + 1 factor makes
the order lexicographic: weight first; at equal weight, more participants with at least one
meeting (the fairness term: nobody left with zero while others have many, when it costs no weight).
Phase A stops at half the run's relative gap (``relative_gap``, default 0.1%, so 0.05%) or half
the time left (at least 5 s: its presolve alone took 9 s at 2,000 participants on a loaded 2-core
machine); it is the phase that proves the bound, and it ends early once it has. CP-SAT starts it
from the greedy placement (AddHint), so it has a complete first solution as soon as presolve ends;
that greedy start is reported before, with a bound computed without a solver (``_quick_bound``).

Phase B1, placement: x[p, t] in {0,1} for each pair p and candidate slot t, with
    sum_t x[p, t] <= 1;  sum_{p at i} x[p, t] <= 1 per participant and slot;
    sum_{p at i, t} x[p, t] <= max_meetings_i - locked_i;  sum_p x[p, t] <= free tables in t;
    maximise the same lexicographic (weight, fairness) objective.
On small instances (at most ``full_model_limit`` x variables) B1 runs on all candidates: the full
model, and its bound tightens the phase A bound. On large ones (the 2,000-participant event has
~260,000 x's) B1 runs only on the pairs phase A selected (decomposition), with a greedy placement as
hint; if a greedy placement (first fit, or gap-aware with one-step moves, see ``_compact_place``)
already seats every selected pair, B1 is skipped. Then any candidate that still fits is added
greedily, heaviest first, so the schedule is maximal (no left-out pair could simply be added), and
every left-out pair's reason is a fact about the final schedule.

Phase B2, idle gaps: with the chosen pairs fixed (each x[p, .] sums to exactly 1, so weight and
fairness cannot change), re-slot them to minimise the total idle gaps. A gap is an unused slot
between two of a participant's meetings on the same day (day = the slot start's local date; the
slots of a day in start order, whether or not the participant is available in them). Per
participant and day: y[i, t] = "i meets in t", first/last integers with y -> first <= pos(t) <=
last, gaps >= last - first + 1 - sum_t y[i, t]; minimised, this is exactly the gap count.
The start (hint) is the better of the current placement and a gap-aware greedy re-seating of the
same pairs. Up to ``full_model_limit`` x's it is one model over all days (pairs may change day);
beyond, one model per day with each pair keeping its day (gaps never cross days, so the day models
are independent and each gets a share of the remaining time). A final fill adds any pair that the
re-slotting made room for. Idle gaps are a secondary criterion: the phase gets at most GAP_SHARE
(20%) of the time limit, and each of its models stops at its proven optimum or after GAP_STALL
(10%) of the limit without a better solution, so a run that has proven its weight ends early.

Progress: every improving solution of a phase reaches ``on_progress`` as a ``Progress`` (phase,
weight, proven bound, gap), which the CLI shows while it runs.

Re-runs (``previous``: the meetings of the last schedule). Organisers run the scheduler many
times while requests come in, and every meeting that moves must be re-announced, so by default a
re-run changes as little as it can: first the best weight, then the fewest changes at that weight.
A "change" is a previous unlocked pair that is no longer in its previous slot (moved or dropped).
    keep        the previous pairs that still fit (heaviest first), then fill with the new ones;
                if that reaches phase A's bound, stop: nothing can do better.
                (Kept means: previous pairs in their previous slot, then the other candidates,
                heaviest first, into a free slot or by moving the one or two meetings in the way.)
    small       (up to ``full_model_limit`` x's) phase S replaces B1: x[p, t] as in B1 on all
                candidates, maximise (K + 1) * sum_p w[p] x[p, t] + sum over the K previous pairs
                of x[p, previous slot], started from the kept schedule; its bound is a weight bound.
    large       phases B1 and the fill give a weight W; if the kept schedule reaches W it wins;
                else phase S on the selected, previous and placed pairs, and its solution is used
                if it reaches W with fewer changes. Then the fill.
Phase B2 (idle gaps) is skipped on a re-run: it would move meetings for fewer gaps. A meeting in
its previous slot keeps its previous table (``assign_tables``). ``replan=True`` ignores the
previous placement (a free re-plan) and only reports the changes.

So the objective is lexicographic: weight, then participants with a meeting, then idle gaps.
``status`` is "optimal" when the scheduled weight equals the proven bound (the secondary criteria
are best effort within the time limit), otherwise "feasible".
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from matchmaker.scheduling.greedy import Calendar, pair_key, to_output
from matchmaker.scheduling.model import Meeting, ScheduleInput, ScheduleOutput

# The run stops once the scheduled weight is proven within this share of the bound (0.1%): the last
# few units of proof cost more time than an organiser, re-running while requests come in, can wait.
DEFAULT_RELATIVE_GAP = 1e-3
# The idle-gap phase (a secondary criterion) gets at most this share of the time limit, and stops
# sooner when it has proven its optimum or found nothing better for GAP_STALL of the limit.
GAP_SHARE = 0.2
GAP_STALL = 0.1


@dataclass(frozen=True)
class Progress:
    """One report of a running phase, for a progress display. ``weight`` and ``bound`` are set by
    the weight phases: the best scheduled weight so far and the proven upper bound on it."""

    phase: str
    text: str
    weight: float | None = None
    bound: float | None = None

    @property
    def gap(self) -> float | None:
        """(bound - weight) / bound, the share of the bound not (yet) proven reachable."""
        if self.weight is None or self.bound is None:
            return None
        return max(0.0, self.bound - self.weight) / self.bound if self.bound > 0 else 0.0

    def __str__(self) -> str:
        return f"{self.phase}: {self.text}"


ProgressFn = Callable[[Progress], None]


@dataclass
class _Candidate:
    a: str
    b: str
    weight: int  # scaled to an integer
    slots: list[str]  # candidate slots in start order


class _Reporter(cp_model.CpSolverSolutionCallback):
    """Forwards each improving solution of a phase to the progress function, stops the search at a
    value the caller knows to be the best possible, and remembers when the objective last improved
    (for the stall stop of the idle-gap phase)."""

    def __init__(
        self,
        phase: str,
        describe: Callable[[float, float], Progress],
        on_progress: ProgressFn | None,
        stop_at: float | None,
    ) -> None:
        super().__init__()
        self.phase, self.describe, self.on_progress, self.stop_at = phase, describe, on_progress, stop_at
        self.improved: float | None = None  # when the last solution came

    def on_solution_callback(self) -> None:
        self.improved = time.monotonic()
        if self.stop_at is not None and self.ObjectiveValue() >= self.stop_at:
            self.StopSearch()  # reached what the caller knows to be the best possible
        if self.on_progress:
            self.on_progress(self.describe(self.ObjectiveValue(), self.BestObjectiveBound()))


def _run(
    model: cp_model.CpModel,
    seconds: float,
    workers: int,
    phase: str,
    describe: Callable[[float, float], Progress],
    on_progress: ProgressFn | None,
    *,
    stop_at: float | None = None,
    relative_gap: float = 0.0,
    stall: float | None = None,
) -> tuple[cp_model.CpSolver, int]:
    """Solve under a time limit; ``relative_gap`` is CP-SAT's own proven-gap stop, ``stall`` stops
    the search when no better solution has come for that many seconds."""
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(seconds, 0.5)
    solver.parameters.num_workers = workers
    solver.parameters.relative_gap_limit = relative_gap
    # CP-SAT's inclusion detection (DetectDominatedLinearConstraints) alone took 14 s of presolve on
    # the 5,000-participant selection model and left no time to search; it finds nothing useful here.
    solver.parameters.presolve_inclusion_work_limit = 0
    if on_progress:
        on_progress(Progress(phase, "searching"))
    reporter = _Reporter(phase, describe, on_progress, stop_at)
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.2):
            if reporter.improved is not None and time.monotonic() - reporter.improved > (stall or 0.0):
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, daemon=True) if stall else None
    if watcher:
        watcher.start()
    try:
        status = solver.Solve(model, reporter)
    finally:
        done.set()
    if on_progress and status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        on_progress(describe(solver.ObjectiveValue(), solver.BestObjectiveBound()))  # the bound proven since
    return solver, status


def solve(
    problem: ScheduleInput,
    *,
    time_limit: float = 60.0,
    workers: int = 2,
    on_progress: ProgressFn | None = None,
    full_model_limit: int = 40_000,
    previous: list[Meeting] | None = None,
    replan: bool = False,
    relative_gap: float = DEFAULT_RELATIVE_GAP,
) -> ScheduleOutput:
    """Schedule ``problem`` (already validated by ``model.parse_input``) within ``time_limit`` seconds.

    The weight phases stop once the weight is proven within ``relative_gap`` of the bound (0: only
    at the proven optimum); the idle-gap phase then gets at most ``GAP_SHARE`` of the limit.
    ``previous``: the last schedule's meetings; the output then counts the changes against it and,
    unless ``replan``, moves as few of them as the best weight allows (see the module docstring)."""
    deadline = time.monotonic() + 0.95 * time_limit  # the rest for building the output

    def left(share: float) -> float:
        return max(0.0, deadline - time.monotonic()) * share

    base = Calendar(problem)  # locked meetings only
    locked_keys = set(base.placed)
    integral = all(float(r.weight).is_integer() for r in problem.requests)
    scale = 1 if integral else 1000
    rounding = 0.0 if integral else sum(abs(r.weight - round(r.weight * scale) / scale) for r in problem.requests)
    locked_weight = sum(r.weight for r in problem.requests if pair_key(r.a, r.b) in locked_keys)
    # Candidate slots are what Calendar.fits allows on the locked calendar, as set intersections
    # (fits per pair and slot was 9 s of the 2,000-participant setup on a loaded machine).
    rank = {t: k for k, t in enumerate(base.order)}
    open_slots = {t for t, k in base.free_tables.items() if k > 0}
    free_at = {
        i: {t for t in slots if (i, t) not in base.busy} & open_slots
        for i, slots in base.available.items()
        if base.count[i] < base.cap[i]
    }
    cands = [
        _Candidate(r.a, r.b, round(r.weight * scale), sorted(common, key=rank.__getitem__))
        for r in problem.requests
        if pair_key(r.a, r.b) not in locked_keys
        and r.a in free_at
        and r.b in free_at
        and (common := free_at[r.a] & free_at[r.b])
    ]
    by_person: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(cands):
        by_person[c.a].append(n)
        by_person[c.b].append(n)
    fair_factor = len(by_person) + 1
    cap = {i: base.cap[i] - base.count[i] for i in by_person}

    before = {pair_key(m.a, m.b): m.slot for m in previous or []}
    stable = previous is not None and not replan
    # Candidate -> its previous slot, for the previous pairs that can still be met there.
    prev_slot = {n: before[k] for n, c in enumerate(cands) if (k := pair_key(c.a, c.b)) in before}
    prev_slot = {n: t for n, t in prev_slot.items() if t in cands[n].slots}

    def within(weight: int, bound: int) -> bool:
        """Is ``weight`` proven within the run's relative gap of ``bound``?"""
        return bound <= 0 or bound - weight <= relative_gap * bound

    def finish(placement: dict[int, str], bound_int: int) -> ScheduleOutput:
        cal = Calendar(problem)
        for n, t in placement.items():
            cal.add(cands[n].a, cands[n].b, t)
        return to_output(cal, bound_int / scale + locked_weight + rounding, previous=previous)

    def weight_progress(phase: str, known: Callable[[], int], own_bound: bool) -> Callable[[float, float], Progress]:
        """Progress of a weight phase: its weight, and the best proven bound (``known()``, and the
        phase's own when its model covers every candidate)."""

        def describe(obj: float, bound: float) -> Progress:
            ub_int = min(known(), math.floor((bound + 1e-6) / fair_factor)) if own_bound else known()
            w, ub = obj // fair_factor / scale + locked_weight, ub_int / scale + locked_weight + rounding
            return Progress(phase, f"weight {w:,.0f}, bound {ub:,.0f}", w, ub)

        return describe

    # Phase A: selection relaxation -> bound (and the pairs to place on large instances).
    a_model = cp_model.CpModel()
    total = cp_model.LinearExpr.sum
    sel = [a_model.new_bool_var(f"s{n}") for n in range(len(cands))]
    for i, ns in by_person.items():
        distinct = len({s for n in ns for s in cands[n].slots})
        a_model.add(total([sel[n] for n in ns]) <= min(cap[i], distinct))
    a_model.add(total(sel) <= sum(base.free_tables.values()))
    z = {i: a_model.new_bool_var(f"z{i}") for i in by_person}
    for i, ns in by_person.items():
        a_model.add(z[i] <= total([sel[n] for n in ns]))
    a_model.maximize(
        cp_model.LinearExpr.weighted_sum([*sel, *z.values()], [fair_factor * c.weight for c in cands] + [1] * len(z))
    )
    hint = _greedy_place(base, cands, range(len(cands)))
    for n, v in enumerate(sel):
        a_model.add_hint(v, int(n in hint))
    for i, v in z.items():
        a_model.add_hint(v, int(any(n in hint for n in by_person[i])))
    all_weight = _quick_bound(cands, by_person, cap, sum(base.free_tables.values()))
    if on_progress:  # a complete schedule exists from here on: the greedy one, CP-SAT's hint
        on_progress(
            weight_progress("greedy start", lambda: all_weight, False)(
                fair_factor * sum(cands[n].weight for n in hint), 0
            )
        )
    # Phase A stops at half the run's gap: placing its selection may lose a little of its weight.
    solver, status = _run(
        a_model,
        min(left(1.0), max(left(0.5), 5.0)),  # presolve alone may take seconds on a loaded machine
        workers,
        "selecting",
        weight_progress("selecting", lambda: all_weight, True),
        on_progress,
        relative_gap=relative_gap / 2,
    )
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        bound_int = math.floor((solver.BestObjectiveBound() + 1e-6) / fair_factor)
        selected = [n for n, v in enumerate(sel) if solver.Value(v)]
    else:  # no time to say anything better than "every candidate is met"; place the greedy's pairs
        bound_int = all_weight
        selected = sorted(hint)
    kept: dict[int, str] = {}
    full = sum(len(c.slots) for c in cands) <= full_model_limit
    if stable:
        kept = _repair(problem, cands, _keep(problem, cands, prev_slot))
        if sum(cands[n].weight for n in kept) >= bound_int:
            return finish(kept, bound_int)  # the best weight without moving anything
        if full:  # phase S on the full model replaces B1: weight first, then the kept meetings
            found, s_bound = _least_change(
                base, cands, list(range(len(cands))), cap, kept, kept, prev_slot, 0, left(1.0), workers, on_progress
            )
            return finish(_fill(problem, cands, found), min(bound_int, s_bound))

    # Phase B1: placement, on all candidates (full model) or on the selected ones.
    subset = list(range(len(cands))) if full else selected
    placement = _greedy_place(base, cands, selected)
    if len(placement) < len(selected) and (seated := _compact_place(base, cands, selected, _days(problem))):
        placement = seated
    placed_weight = sum(cands[n].weight for n in placement)
    share = 0.4 if stable else 0.5  # a re-run keeps time for the stability phase
    needed = (full and not within(placed_weight, bound_int)) or (not full and len(placement) < len(selected))
    if needed and left(share) >= 1.0:  # with less, building the model would overrun the limit
        b_model = cp_model.CpModel()
        x = _placement_vars(b_model, base, cands, subset, cap, exact=False)
        mine: dict[str, list[cp_model.IntVar]] = defaultdict(list)
        for (n, _), var in x.items():
            mine[cands[n].a].append(var)
            mine[cands[n].b].append(var)
        zb = {i: b_model.new_bool_var(f"z{i}") for i in mine}
        for i, v in zb.items():
            b_model.add(v <= cp_model.LinearExpr.sum(mine[i]))
        b_model.maximize(
            cp_model.LinearExpr.weighted_sum(
                [*x.values(), *zb.values()], [fair_factor * cands[n].weight for n, _ in x] + [1] * len(zb)
            )
        )
        for (n, t), v in x.items():
            b_model.add_hint(v, int(placement.get(n) == t))
        stop_at = None if full else fair_factor * sum(cands[n].weight for n in subset)  # every selected pair seated
        solver, status = _run(
            b_model,
            left(share),
            workers,
            "placing",
            weight_progress("placing", lambda: bound_int, full),
            on_progress,
            stop_at=stop_at,
            relative_gap=relative_gap if full else 0.0,
        )
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = {n: t for (n, t), v in x.items() if solver.Value(v)}
            if sum(cands[n].weight for n in found) >= sum(cands[n].weight for n in placement):
                placement = found
            if full:
                bound_int = min(bound_int, math.floor((solver.BestObjectiveBound() + 1e-6) / fair_factor))

    # Fill: whatever still fits, heaviest first, so no left-out pair could simply be added.
    placement = _fill(problem, cands, placement)

    if stable:
        weight = sum(cands[n].weight for n in placement)
        if sum(cands[n].weight for n in kept) >= weight:
            return finish(kept, bound_int)
        if prev_slot:
            pool = range(len(cands)) if full else sorted(set(selected) | set(prev_slot) | set(placement) | set(kept))
            placement, _ = _least_change(
                base, cands, list(pool), cap, placement, kept, prev_slot, weight, left(1.0), workers, on_progress
            )
        return finish(_fill(problem, cands, placement), bound_int)

    if on_progress:
        weight = sum(cands[n].weight for n in placement)
        scheduled = weight / scale + locked_weight
        bound_out = bound_int / scale + locked_weight + rounding
        proven = "proven within the gap" if within(weight, bound_int) else "not proven within the gap"
        on_progress(Progress(f"weight {proven}", "", scheduled, bound_out))
    # Phase B2: same pairs, fewer idle gaps; then fill again, as moved meetings may have made room.
    if placement and left(1.0) > 1.0:
        budget = min(left(1.0), max(2.0, GAP_SHARE * time_limit))
        placement = _reduce_gaps(
            problem, base, cands, placement, cap, budget, workers, on_progress, full_model_limit, GAP_STALL * time_limit
        )
        placement = _fill(problem, cands, placement)
    cal = Calendar(problem)
    for n, t in placement.items():
        cal.add(cands[n].a, cands[n].b, t)
    bound = bound_int / scale + locked_weight + rounding
    return to_output(cal, bound, previous=previous)


def _quick_bound(cands: list[_Candidate], by_person: dict[str, list[int]], cap: dict[str, int], tables: int) -> int:
    """An upper bound on the weight without a solver, for progress before phase A and when phase A
    finds nothing in time: each meeting's weight counts at both its sides, and a side meets at
    most min(cap, its candidate slots) times, so the weight is at most half the sum of each side's
    heaviest such pairs; nor more than the heaviest pairs that fit the free table-slots."""
    by_side = 0
    for i, ns in by_person.items():
        room = min(cap[i], len({t for n in ns for t in cands[n].slots}))
        by_side += sum(sorted((cands[n].weight for n in ns), reverse=True)[:room])
    by_tables = sum(sorted((c.weight for c in cands), reverse=True)[:tables])
    return min(by_side // 2, by_tables)


def _keep(problem: ScheduleInput, cands: list[_Candidate], prev_slot: dict[int, str]) -> dict[int, str]:
    """The previous pairs in their previous slots, heaviest first, as far as they still fit (an
    availability or cap may have changed since)."""
    cal = Calendar(problem)
    out: dict[int, str] = {}
    for n in sorted(prev_slot, key=lambda n: (-cands[n].weight, n)):
        if cal.fits(cands[n].a, cands[n].b, prev_slot[n]):
            cal.add(cands[n].a, cands[n].b, prev_slot[n])
            out[n] = prev_slot[n]
    return out


def _repair(problem: ScheduleInput, cands: list[_Candidate], kept: dict[int, str]) -> dict[int, str]:
    """Add the other candidates to the kept placement, heaviest first: into a free slot, else by
    moving the one or two meetings in the way (``_seat_by_moving``), else, when a side is at its
    max_meetings, in place of that side's lightest meeting if it weighs less. Few changes, and
    often the best weight (one new request rarely needs more)."""
    cal = Calendar(problem)
    out = dict(kept)
    by_slot: dict[str, set[int]] = defaultdict(set)
    for n, t in out.items():
        cal.add(cands[n].a, cands[n].b, t)
        by_slot[t].add(n)
    for n in sorted(range(len(cands)), key=lambda n: (-cands[n].weight, n)):
        if n in out:
            continue
        c = cands[n]
        if (t := cal.first_fit(c.a, c.b)) is not None:
            cal.add(c.a, c.b, t)
            out[n] = t
            by_slot[t].add(n)
        elif not _seat_by_moving(cal, cands, n, out, by_slot, tries=5):
            _seat_instead(cal, cands, n, out, by_slot) or _take_table(cal, cands, n, out, by_slot)
    return out


def _take_table(
    cal: Calendar, cands: list[_Candidate], n: int, out: dict[int, str], by_slot: dict[str, set[int]]
) -> bool:
    """Seat pair n in a slot where both are free but every table is taken, in place of that slot's
    lightest meeting, if it weighs less (the cheapest such slot)."""
    c = cands[n]
    if cal.count[c.a] >= cal.cap[c.a] or cal.count[c.b] >= cal.cap[c.b]:
        return False
    options = [
        (cands[m].weight, t, m)
        for t in c.slots
        if (c.a, t) not in cal.busy and (c.b, t) not in cal.busy and by_slot[t]
        for m in [min(by_slot[t], key=lambda m: (cands[m].weight, m))]
        if cands[m].weight < c.weight
    ]
    if not options:
        return False
    _, t, m = min(options)
    cal.remove(cands[m].a, cands[m].b, t)
    if not cal.fits(c.a, c.b, t):
        cal.add(cands[m].a, cands[m].b, t)
        return False
    del out[m]
    by_slot[t].discard(m)
    cal.add(c.a, c.b, t)
    out[n] = t
    by_slot[t].add(n)
    return True


def _seat_instead(
    cal: Calendar, cands: list[_Candidate], n: int, out: dict[int, str], by_slot: dict[str, set[int]]
) -> bool:
    """Seat pair n in place of the lightest meeting of each side at its cap, if they weigh less."""
    c = cands[n]
    drop = []
    for side in (c.a, c.b):
        if cal.count[side] >= cal.cap[side]:
            mine = [m for m in out if side in (cands[m].a, cands[m].b) and m not in drop]
            if not mine:
                return False
            drop.append(min(mine, key=lambda m: (cands[m].weight, m)))
    if not drop or sum(cands[m].weight for m in drop) >= c.weight:
        return False
    for m in drop:
        cal.remove(cands[m].a, cands[m].b, out[m])
    t = cal.first_fit(c.a, c.b)
    if t is None:
        for m in drop:
            cal.add(cands[m].a, cands[m].b, out[m])
        return False
    for m in drop:
        by_slot[out.pop(m)].discard(m)
    cal.add(c.a, c.b, t)
    out[n] = t
    by_slot[t].add(n)
    return True


def _least_change(
    base: Calendar,
    cands: list[_Candidate],
    pool: list[int],
    cap: dict[str, int],
    placement: dict[int, str],
    start: dict[int, str],
    prev_slot: dict[int, str],
    weight: int,
    seconds: float,
    workers: int,
    on_progress: ProgressFn | None,
) -> tuple[dict[int, str], int]:
    """Phase S: the weight first, then as many previous pairs in their previous slot as possible,
    as one objective ``(K + 1) * weight + kept`` started from ``start`` (the kept schedule, which
    is feasible). Returns the better of its solution and ``placement`` (more weight, and at least
    ``weight``; at equal weight, more pairs kept), and a proven bound on the weight (over ``pool``)."""
    model = cp_model.CpModel()
    x = _placement_vars(model, base, cands, pool, cap, exact=False)
    stay = [x[n, t] for n, t in prev_slot.items() if (n, t) in x]
    factor = len(stay) + 1
    model.Maximize(factor * sum(cands[n].weight * v for (n, _), v in x.items()) + sum(stay))
    for (n, t), v in x.items():
        model.AddHint(v, int(start.get(n) == t))
    total = len(prev_slot)

    def describe(obj: float, bound: float) -> Progress:
        return Progress("keeping meetings", f"weight {obj // factor:,.0f} with {total - obj % factor:,.0f} changes")

    solver, status = _run(model, seconds, workers, "keeping meetings", describe, on_progress)
    no_bound = sum(cands[n].weight for n in pool)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return placement, no_bound
    found = {n: t for (n, t), v in x.items() if solver.Value(v)}
    bound = math.floor((solver.BestObjectiveBound() + 1e-6) / factor)

    def rank(p: dict[int, str]) -> tuple[int, int]:
        return sum(cands[n].weight for n in p), sum(1 for n, t in prev_slot.items() if p.get(n) == t)

    if rank(found)[0] < weight:
        return placement, bound
    return (found if rank(found) > rank(placement) else placement), bound


def _fill(problem: ScheduleInput, cands: list[_Candidate], placement: dict[int, str]) -> dict[int, str]:
    """Add every candidate that still fits, heaviest first, into its earliest fitting slot."""
    cal = Calendar(problem)
    placement = dict(placement)
    for n, t in placement.items():
        cal.add(cands[n].a, cands[n].b, t)
    for n in sorted(range(len(cands)), key=lambda n: -cands[n].weight):
        if n not in placement and (t := cal.first_fit(cands[n].a, cands[n].b)) is not None:
            cal.add(cands[n].a, cands[n].b, t)
            placement[n] = t
    return placement


def _greedy_place(base: Calendar, cands: list[_Candidate], subset: range | list[int]) -> dict[int, str]:
    """The hint for the CP-SAT phases: the better of two greedy passes into the earliest fitting
    slot, heaviest pair first, and most constrained pair (fewest candidate slots) first."""
    best: dict[int, str] = {}
    for key in (lambda n: -cands[n].weight, lambda n: (len(cands[n].slots), -cands[n].weight)):
        cal = Calendar(base.problem)
        out: dict[int, str] = {}
        for n in sorted(subset, key=key):
            t = cal.first_fit(cands[n].a, cands[n].b)
            if t is not None:
                cal.add(cands[n].a, cands[n].b, t)
                out[n] = t
        if sum(cands[n].weight for n in out) > sum(cands[n].weight for n in best):
            best = out
    return best


def _placement_vars(
    model: cp_model.CpModel,
    base: Calendar,
    cands: list[_Candidate],
    subset: list[int],
    cap: dict[str, int],
    *,
    exact: bool,
    within: set[str] | None = None,
) -> dict[tuple[int, str], cp_model.IntVar]:
    """x[p, t] with the hard constraints; ``exact`` makes every pair in ``subset`` be met."""
    x: dict[tuple[int, str], cp_model.IntVar] = {}
    at: dict[tuple[str, str], list[cp_model.IntVar]] = defaultdict(list)
    per_person: dict[str, list[cp_model.IntVar]] = defaultdict(list)
    per_slot: dict[str, list[cp_model.IntVar]] = defaultdict(list)
    for n in subset:
        c = cands[n]
        row = []
        for t in c.slots if within is None else [t for t in c.slots if t in within]:
            v = x[n, t] = model.new_bool_var(f"x{n}_{t}")
            row.append(v)
            at[c.a, t].append(v)
            at[c.b, t].append(v)
            per_slot[t].append(v)
        per_person[c.a] += row
        per_person[c.b] += row
        if exact:
            model.add_exactly_one(row)
        else:
            model.add_at_most_one(row)
    for vs in at.values():
        if len(vs) > 1:
            model.add_at_most_one(vs)
    for i, vs in per_person.items():
        if len(vs) > cap[i]:
            model.add(cp_model.LinearExpr.sum(vs) <= cap[i])
    for t, vs in per_slot.items():
        if len(vs) > base.free_tables[t]:
            model.add(cp_model.LinearExpr.sum(vs) <= base.free_tables[t])
    return x


def _reduce_gaps(
    problem: ScheduleInput,
    base: Calendar,
    cands: list[_Candidate],
    placement: dict[int, str],
    cap: dict[str, int],
    seconds: float,
    workers: int,
    on_progress: ProgressFn | None,
    full_model_limit: int,
    stall: float,
) -> dict[int, str]:
    """Re-slot the placed pairs to minimise idle gaps. Starts from the better of the current
    placement and a gap-aware greedy re-placement of the same pairs. If the model is small it is
    solved whole (pairs may change day); otherwise day by day, each pair keeping its day: gaps are
    per day, so with days fixed the days are independent models a third the size. Each model stops
    at its proven optimum, at its share of ``seconds``, or after ``stall`` seconds without a better
    solution: idle gaps are a secondary criterion, not worth the organiser's waiting."""
    deadline = time.monotonic() + seconds
    days = _days(problem)
    compact = _compact_place(base, cands, sorted(placement), days)
    if compact is not None and _count_gaps(base, cands, compact, days) < _count_gaps(base, cands, placement, days):
        placement = compact
    if sum(len(cands[n].slots) for n in placement) <= full_model_limit:
        return placement | _gap_model(
            base, cands, sorted(placement), days, placement, cap, seconds, workers, "all days", on_progress, stall
        )
    day_of = {t: d for d, ts in days.items() for t in ts}
    placement = dict(placement)
    for k, (d, slots) in enumerate(days.items()):
        share = (deadline - time.monotonic()) / (len(days) - k)
        subset = sorted(n for n, t in placement.items() if day_of[t] == d)
        if len(subset) > 1 and share > 0.2:
            label = f"day {k + 1}/{len(days)}"
            placement.update(
                _gap_model(base, cands, subset, {d: slots}, placement, cap, share, workers, label, on_progress, stall)
            )
    return placement


def _days(problem: ScheduleInput) -> dict[object, list[str]]:
    """Slot ids per local day of their start, in start order."""
    days: dict[object, list[str]] = defaultdict(list)
    for slot in sorted(problem.slots, key=lambda s: (s.start, s.id)):
        days[slot.day].append(slot.id)
    return days


def _day_positions(
    base: Calendar, cands: list[_Candidate], placement: dict[int, str], days: dict[object, list[str]]
) -> dict[tuple[str, object], list[int]]:
    where = {t: (d, k) for d, ts in days.items() for k, t in enumerate(ts)}
    out: dict[tuple[str, object], list[int]] = defaultdict(list)
    for i, t in base.busy:
        out[i, where[t][0]].append(where[t][1])
    for n, t in placement.items():
        d, k = where[t]
        out[cands[n].a, d].append(k)
        out[cands[n].b, d].append(k)
    return out


def _count_gaps(
    base: Calendar, cands: list[_Candidate], placement: dict[int, str], days: dict[object, list[str]]
) -> int:
    return sum(max(ks) - min(ks) + 1 - len(ks) for ks in _day_positions(base, cands, placement, days).values())


def _compact_place(
    base: Calendar, cands: list[_Candidate], pairs: list[int], days: dict[object, list[str]]
) -> dict[int, str] | None:
    """Seat the same pairs again, most constrained first, each in the fitting slot that adds the
    fewest idle gaps to its two participants (then the slot with the most free tables, then the one
    next to their other meetings). A pair that no longer fits gets a slot freed by moving the one or
    two meetings in the way (``_seat_by_moving``). None if that fails too."""
    where = {t: (d, k) for d, ts in days.items() for k, t in enumerate(ts)}
    cal = Calendar(base.problem)
    used = _day_positions(base, cands, {}, days)

    def cost(i: str, t: str) -> tuple[int, int]:
        d, k = where[t]
        ks = used.get((i, d))
        if not ks:
            return 0, 1
        lo, hi = min(ks), max(ks)
        added = max(hi, k) - min(lo, k) + 1 - (len(ks) + 1) - (hi - lo + 1 - len(ks))
        return added, min(abs(k - j) for j in ks)

    def key(c: _Candidate, t: str) -> tuple[int, int, int]:
        (ga, na), (gb, nb) = cost(c.a, t), cost(c.b, t)
        return ga + gb, -cal.free_tables[t], na + nb

    out: dict[int, str] = {}
    failed = []
    for n in sorted(pairs, key=lambda n: (len(cands[n].slots), -cands[n].weight)):
        c = cands[n]
        fitting = [t for t in c.slots if cal.fits(c.a, c.b, t)]
        if not fitting:
            failed.append(n)
            continue
        t = min(fitting, key=lambda t: key(c, t))
        cal.add(c.a, c.b, t)
        out[n] = t
        d, k = where[t]
        used[c.a, d].append(k)
        used[c.b, d].append(k)
    by_slot: dict[str, set[int]] = defaultdict(set)
    for n, t in out.items():
        by_slot[t].add(n)
    for n in failed:
        if not _seat_by_moving(cal, cands, n, out, by_slot):
            return None
    return out


def _seat_by_moving(
    cal: Calendar, cands: list[_Candidate], n: int, out: dict[int, str], by_slot: dict[str, set[int]], tries: int = 50
) -> bool:
    """Seat pair n in one of its slots by moving the meetings of its participants there (and, if the
    slot's tables are all taken, one more meeting) to other slots. Locked meetings never move."""
    c = cands[n]
    for t in c.slots:
        movers = [m for m in by_slot[t] if {cands[m].a, cands[m].b} & {c.a, c.b}]
        if cal.free_tables[t] + len(movers) > 0:
            extras: list[list[int]] = [[]]
        else:
            extras = [[m] for m in sorted(by_slot[t] - set(movers))[:tries]]
        for extra in extras:
            moved = movers + extra
            for m in moved:
                cal.remove(cands[m].a, cands[m].b, t)
            new: dict[int, str] = {}
            if cal.fits(c.a, c.b, t):
                cal.add(c.a, c.b, t)
                for m in moved:
                    s = cal.first_fit(cands[m].a, cands[m].b)
                    if s is None:
                        break
                    cal.add(cands[m].a, cands[m].b, s)
                    new[m] = s
                if len(new) == len(moved):
                    out[n] = t
                    by_slot[t].add(n)
                    for m, s in new.items():
                        by_slot[t].discard(m)
                        by_slot[s].add(m)
                        out[m] = s
                    return True
                for m, s in new.items():
                    cal.remove(cands[m].a, cands[m].b, s)
                cal.remove(c.a, c.b, t)
            for m in moved:
                cal.add(cands[m].a, cands[m].b, t)
    return False


def _gap_model(
    base: Calendar,
    cands: list[_Candidate],
    subset: list[int],
    days: dict[object, list[str]],
    placement: dict[int, str],
    cap: dict[str, int],
    seconds: float,
    workers: int,
    label: str,
    on_progress: ProgressFn | None,
    stall: float,
) -> dict[int, str]:
    model = cp_model.CpModel()
    x = _placement_vars(model, base, cands, subset, cap, exact=True, within={t for ts in days.values() for t in ts})
    at: dict[tuple[str, str], list[cp_model.IntVar]] = defaultdict(list)
    for (n, t), v in x.items():
        at[cands[n].a, t].append(v)
        at[cands[n].b, t].append(v)
    people = {cands[n].a for n in subset} | {cands[n].b for n in subset}
    busy_now = {(cands[n].a, placement[n]) for n in subset} | {(cands[n].b, placement[n]) for n in subset}
    hint: dict[cp_model.IntVar, int] = {v: int(placement[n] == t) for (n, t), v in x.items()}
    gaps = []
    for i, slots in ((i, slots) for i in people for slots in days.values()):
        cells: list[tuple[int, cp_model.IntVar | None]] = []  # (position, indicator; None if locked)
        for pos, t in enumerate(slots):
            if (i, t) in base.busy:
                cells.append((pos, None))
            elif at.get((i, t)):
                y = model.NewBoolVar("")
                model.Add(y == sum(at[i, t]))
                hint[y] = int((i, t) in busy_now)
                cells.append((pos, y))
        if len(cells) < 2 or all(y is None for _, y in cells):
            continue
        k = len(slots)
        first, last, gap = model.NewIntVar(0, k - 1, ""), model.NewIntVar(-1, k - 1, ""), model.NewIntVar(0, k, "")
        used: list[cp_model.IntVar | int] = []
        for pos, y in cells:
            if y is None:
                model.Add(first <= pos)
                model.Add(last >= pos)
                used.append(1)
            else:
                model.Add(first <= pos).OnlyEnforceIf(y)
                model.Add(last >= pos).OnlyEnforceIf(y)
                used.append(y)
        model.Add(gap >= last - first + 1 - sum(used))
        occupied = [pos for pos, t in enumerate(slots) if (i, t) in busy_now or (i, t) in base.busy]
        f0, l0 = (min(occupied), max(occupied)) if occupied else (0, -1)
        hint[first], hint[last], hint[gap] = f0, l0, max(0, l0 - f0 + 1 - len(occupied))
        gaps.append(gap)
    if not gaps:
        return {}
    model.Minimize(sum(gaps))
    for v, h in hint.items():
        model.AddHint(v, h)
    phase = f"idle gaps, {label}"
    solver, status = _run(
        model,
        seconds,
        workers,
        phase,
        lambda o, b: Progress(phase, f"{o:,.0f} gaps (bound {b:,.0f})"),
        on_progress,
        stall=stall,
    )
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {}
    return {n: t for (n, t), v in x.items() if solver.Value(v)}
