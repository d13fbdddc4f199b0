"""First-come-first-served placement: the baseline the optimiser is measured against, and the
bookkeeping both share (who is busy when, tables left per slot, why a pair was left out).

The baseline is what today's partnering systems do: locked meetings first, then each accepted
request in the order it arrived, into the earliest slot where both sides are available and free, a
table is free and neither has reached max_meetings. It never reconsiders, so an early low-weight
request can take the slot a later high-weight one needed; the solver's ratio over it shows what
optimising buys. The solver reuses ``Calendar`` to build its hint and to fill leftover room.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from matchmaker.scheduling.model import (
    A_FULL,
    B_FULL,
    CAPACITY,
    NO_COMMON_SLOT,
    NO_SLOT_FOR_BOTH,
    Meeting,
    ScheduleInput,
    ScheduleOutput,
    Status,
    Unscheduled,
    changes,
)

Pair = frozenset[str]
NOT_PLACED = "not placed within the time limit (it would still fit)"


def pair_key(a: str, b: str) -> Pair:
    return frozenset((a, b))


@dataclass
class Calendar:
    """The occupancy of a schedule under construction; ``placed`` maps a pair to (a, b, slot)."""

    problem: ScheduleInput
    order: list[str] = field(init=False)
    available: dict[str, set[str]] = field(init=False)
    cap: dict[str, int] = field(init=False)
    count: dict[str, int] = field(init=False)
    busy: set[tuple[str, str]] = field(init=False)
    free_tables: dict[str, int] = field(init=False)
    placed: dict[Pair, tuple[str, str, str]] = field(init=False)

    def __post_init__(self) -> None:
        p = self.problem
        self.order = [s.id for s in sorted(p.slots, key=lambda s: (s.start, s.id))]
        self.available = {q.id: set(q.available) for q in p.participants}
        self.cap = {q.id: q.max_meetings for q in p.participants}
        self.count = defaultdict(int)
        self.busy = set()
        self.free_tables = {s.id: len(p.tables) for s in p.slots}
        self.placed = {}
        for m in p.locked:
            self.add(m.a, m.b, m.slot)

    def fits(self, a: str, b: str, slot: str) -> bool:
        return (
            self.free_tables[slot] > 0
            and self.count[a] < self.cap[a]
            and self.count[b] < self.cap[b]
            and slot in self.available[a]
            and slot in self.available[b]
            and (a, slot) not in self.busy
            and (b, slot) not in self.busy
            and pair_key(a, b) not in self.placed
        )

    def add(self, a: str, b: str, slot: str) -> None:
        self.placed[pair_key(a, b)] = (a, b, slot)
        self.busy |= {(a, slot), (b, slot)}
        self.count[a] += 1
        self.count[b] += 1
        self.free_tables[slot] -= 1

    def remove(self, a: str, b: str, slot: str) -> None:
        del self.placed[pair_key(a, b)]
        self.busy -= {(a, slot), (b, slot)}
        self.count[a] -= 1
        self.count[b] -= 1
        self.free_tables[slot] += 1

    def first_fit(self, a: str, b: str) -> str | None:
        return next((s for s in self.order if self.fits(a, b, s)), None)

    def explain(self, a: str, b: str) -> str:
        """Why the pair is not in this schedule, judged on the final schedule (so it is true)."""
        common = self.available[a] & self.available[b]
        if not common:
            return NO_COMMON_SLOT
        if self.count[a] >= self.cap[a]:
            return A_FULL
        if self.count[b] >= self.cap[b]:
            return B_FULL
        both_free = [s for s in common if (a, s) not in self.busy and (b, s) not in self.busy]
        if not both_free or not self.problem.tables:
            return NO_SLOT_FOR_BOTH
        if all(self.free_tables[s] == 0 for s in both_free):
            return CAPACITY
        return NOT_PLACED


def assign_tables(
    problem: ScheduleInput, placed: list[tuple[str, str, str]], previous: dict[Pair, tuple[str, str]] | None = None
) -> list[Meeting]:
    """Tables are interchangeable: locked meetings keep theirs; a meeting in the same slot as in
    the ``previous`` schedule keeps its table there (so it has not moved for its participants);
    the rest take free ones in order."""
    locked = {pair_key(m.a, m.b): m for m in problem.locked}
    previous = previous or {}
    used: dict[str, set[str]] = defaultdict(set)
    for m in problem.locked:
        used[m.slot].add(m.table)
    table_of: dict[Pair, str] = {}
    for a, b, slot in placed:
        key = pair_key(a, b)
        before = previous.get(key)
        if key not in locked and before and before[0] == slot and before[1] not in used[slot]:
            table_of[key] = before[1]
            used[slot].add(before[1])
    known = set(problem.tables)
    free = {s.id: iter([t for t in problem.tables if t not in used[s.id]]) for s in problem.slots}
    meetings = []
    for a, b, slot in placed:
        key = pair_key(a, b)
        lock = locked.get(key)
        if lock:
            meetings.append(Meeting(**lock.model_dump()))
        elif table_of.get(key) in known:
            meetings.append(Meeting(a=a, b=b, slot=slot, table=table_of[key]))
        else:
            meetings.append(Meeting(a=a, b=b, slot=slot, table=next(free[slot])))
    rank = {s.id: (s.start, s.id) for s in problem.slots}
    position = {t: n for n, t in enumerate(problem.tables)}
    return sorted(meetings, key=lambda m: (rank[m.slot], position[m.table]))


def weight_bound(problem: ScheduleInput) -> float:
    """A trivial upper bound: every request whose two sides share an available slot is met."""
    available = {q.id: set(q.available) for q in problem.participants}
    return sum(r.weight for r in problem.requests if available[r.a] & available[r.b])


def to_output(
    cal: Calendar, bound: float, status: Status | None = None, previous: list[Meeting] | None = None
) -> ScheduleOutput:
    p = cal.problem
    objective = sum(r.weight for r in p.requests if pair_key(r.a, r.b) in cal.placed)
    unscheduled = [
        Unscheduled(a=r.a, b=r.b, reason=cal.explain(r.a, r.b))
        for r in p.requests
        if pair_key(r.a, r.b) not in cal.placed
    ]
    bound = max(bound, objective)  # only float noise from scaled weights can make it smaller
    if status is None:
        status = "optimal" if objective >= bound - 1e-9 else "feasible"
    before = None if previous is None else {pair_key(m.a, m.b): (m.slot, m.table) for m in previous}
    meetings = assign_tables(p, list(cal.placed.values()), before)
    return ScheduleOutput(
        meetings=meetings,
        unscheduled=unscheduled,
        objective=objective,
        bound=bound,
        status=status,
        changes=None if previous is None else changes(previous, meetings),
    )


def greedy(problem: ScheduleInput) -> ScheduleOutput:
    """Place requests first-come-first-served, each in its earliest feasible slot."""
    cal = Calendar(problem)
    for r in problem.requests:
        slot = cal.first_fit(r.a, r.b)
        if slot is not None:
            cal.add(r.a, r.b, slot)
    return to_output(cal, weight_bound(problem))
