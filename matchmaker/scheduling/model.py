"""The scheduler's file contract: INPUT and OUTPUT as pydantic v2 models, and the validation that
names the offending entry.

Shape checks (types, a positive weight, a timezone on every datetime) are pydantic's; the
cross-reference checks (unknown ids, duplicates, self-requests, a slot ending before it starts,
locked meetings that break a hard constraint) need the whole document, so they run after it parses
and report every problem as ``requests[3].b: unknown participant 'p9'``, the same path style the
pydantic errors are rewritten into. The solver may then assume a consistent problem.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Slot(_Strict):
    id: str = Field(min_length=1)
    start: AwareDatetime
    end: AwareDatetime

    @property
    def day(self) -> date:
        """The slot start's local date (in the offset it was given with): gaps are counted per day."""
        return self.start.date()


class Participant(_Strict):
    id: str = Field(min_length=1)
    max_meetings: int = Field(ge=0)
    available: list[str]


class Request(_Strict):
    a: str
    b: str
    weight: float = Field(gt=0, allow_inf_nan=False)


class Locked(_Strict):
    a: str
    b: str
    slot: str
    table: str


class ScheduleInput(_Strict):
    slots: list[Slot]
    tables: list[str]
    participants: list[Participant]
    requests: list[Request] = []
    locked: list[Locked] = []


class Meeting(_Strict):
    a: str
    b: str
    slot: str
    table: str


class Unscheduled(_Strict):
    a: str
    b: str
    reason: str


Status = Literal["optimal", "feasible", "infeasible"]


class Changes(_Strict):
    """A schedule against the previous one, pair by pair: new pairs, pairs in another slot or at
    another table, and previous pairs no longer scheduled."""

    added: int = 0
    moved: int = 0
    dropped: int = 0


class ScheduleOutput(_Strict):
    meetings: list[Meeting]
    unscheduled: list[Unscheduled]
    objective: float = Field(description="Total weight of the scheduled requested pairs.")
    bound: float = Field(description="A proven upper bound on the total weight any valid schedule can reach.")
    status: Status
    changes: Changes | None = Field(None, description="Against the previous schedule, when one was given.")


def changes(previous: list[Meeting], meetings: list[Meeting]) -> Changes:
    """Count added, moved and dropped meetings, matching them by pair (whichever side is a)."""
    before = {frozenset((m.a, m.b)): (m.slot, m.table) for m in previous}
    after = {frozenset((m.a, m.b)): (m.slot, m.table) for m in meetings}
    return Changes(
        added=sum(1 for k in after if k not in before),
        moved=sum(1 for k, v in after.items() if k in before and before[k] != v),
        dropped=sum(1 for k in before if k not in after),
    )


# Reasons an accepted pair is left out, most specific first (see greedy.explain).
NO_COMMON_SLOT = "no common available slot"
A_FULL = "a's max_meetings reached"
B_FULL = "b's max_meetings reached"
NO_SLOT_FOR_BOTH = "no free table/slot left for both"
CAPACITY = "capacity: dropped for higher-weight meetings"
# The same reasons as stable codes, for storing and translating ("a_full"/"b_full" name a side).
REASON_CODES = {
    NO_COMMON_SLOT: "no_common_slot",
    A_FULL: "a_full",
    B_FULL: "b_full",
    NO_SLOT_FOR_BOTH: "no_slot_for_both",
    CAPACITY: "capacity",
}


class InputError(ValueError):
    """Every problem found in an input document, one ``path: message`` line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


def parse_input(data: Any) -> ScheduleInput:
    """Validate a decoded INPUT document; raise InputError listing every problem with its entry."""
    try:
        problem = ScheduleInput.model_validate(data)
    except ValidationError as exc:
        raise InputError([f"{_path(e['loc'])}: {e['msg']}" for e in exc.errors()]) from None
    problems = check_references(problem)
    if problems:
        raise InputError(problems)
    return problem


def overlapping_slots(slots: list[Slot] | list[Any], section: str) -> list[str]:
    """Slots whose time intervals overlap, each named with the one it overlaps.

    A participant or a table can be in one place at a time, so two slots that overlap (10:00-10:30
    and 10:15-10:45) would let the solver book both; they are refused where they are defined rather
    than modelled as conflicts: an overlapping programme is almost always a typing error, and
    refusing it keeps every later rule (one meeting per participant and slot) exact. Intervals are
    half-open, so 10:00-10:30 and 10:30-11:00 touch without overlapping. Compared as instants, so
    slots given in different offsets (or across a daylight-saving change) are judged correctly.
    """
    problems: list[str] = []
    # in UTC: Python compares two times of one zone by their wall clock, fold ignored, so the hour
    # that repeats when clocks go back would otherwise look like one hour
    start = [s.start.astimezone(UTC) for s in slots]
    end = [s.end.astimezone(UTC) for s in slots]
    order = sorted((n for n in range(len(slots)) if end[n] > start[n]), key=lambda n: (start[n], end[n]))
    latest: int | None = None  # the slot seen so far that ends last
    for n in order:
        s = slots[n]
        if latest is not None and end[latest] > start[n]:
            o = slots[latest]
            problems.append(
                f"{section}[{n}]: slot {s.id!r} ({s.start.isoformat()} to {s.end.isoformat()}) overlaps slot "
                f"{o.id!r} ({section}[{latest}], {o.start.isoformat()} to {o.end.isoformat()})"
            )
        if latest is None or end[n] > end[latest]:
            latest = n
    return problems


def check_references(p: ScheduleInput) -> list[str]:
    """The whole-document checks pydantic cannot do field by field."""
    problems: list[str] = []
    slots: dict[str, int] = {}
    for n, s in enumerate(p.slots):
        if s.id in slots:
            problems.append(f"slots[{n}].id: duplicate slot id {s.id!r} (first at slots[{slots[s.id]}])")
        else:
            slots[s.id] = n
        if s.end <= s.start:
            problems.append(f"slots[{n}].end: slot {s.id!r} ends at or before it starts")
    problems += overlapping_slots(p.slots, "slots")
    tables: dict[str, int] = {}
    for n, t in enumerate(p.tables):
        if t in tables:
            problems.append(f"tables[{n}]: duplicate table {t!r} (first at tables[{tables[t]}])")
        tables.setdefault(t, n)
    people: dict[str, Participant] = {}
    first: dict[str, int] = {}
    for n, q in enumerate(p.participants):
        if q.id in people:
            problems.append(
                f"participants[{n}].id: duplicate participant id {q.id!r} (first at participants[{first[q.id]}])"
            )
        else:
            people[q.id], first[q.id] = q, n
        seen: set[str] = set()
        for k, sid in enumerate(q.available):
            if sid not in slots:
                problems.append(f"participants[{n}].available[{k}]: unknown slot {sid!r}")
            elif sid in seen:
                problems.append(f"participants[{n}].available[{k}]: slot {sid!r} listed twice")
            seen.add(sid)

    def pair_checks(section: str, n: int, a: str, b: str, pairs: dict[frozenset[str], int]) -> bool:
        ok = True
        for side, pid in (("a", a), ("b", b)):
            if pid not in people:
                problems.append(f"{section}[{n}].{side}: unknown participant {pid!r}")
                ok = False
        if a == b:
            problems.append(f"{section}[{n}]: {a!r} cannot meet itself")
            return False
        key = frozenset((a, b))
        if key in pairs:
            problems.append(f"{section}[{n}]: duplicate pair ({a!r}, {b!r}), already at {section}[{pairs[key]}]")
            ok = False
        pairs.setdefault(key, n)
        return ok

    request_pairs: dict[frozenset[str], int] = {}
    for n, r in enumerate(p.requests):
        pair_checks("requests", n, r.a, r.b, request_pairs)

    locked_pairs: dict[frozenset[str], int] = {}
    busy: dict[tuple[str, str], int] = {}
    table_use: dict[tuple[str, str], int] = {}
    count: dict[str, int] = defaultdict(int)
    available = {q.id: set(q.available) for q in people.values()}
    for n, m in enumerate(p.locked):
        ok = pair_checks("locked", n, m.a, m.b, locked_pairs)
        if m.slot not in slots:
            problems.append(f"locked[{n}].slot: unknown slot {m.slot!r}")
            ok = False
        if m.table not in tables:
            problems.append(f"locked[{n}].table: unknown table {m.table!r}")
            ok = False
        if not ok:
            continue
        if (m.table, m.slot) in table_use:
            first_use = table_use[m.table, m.slot]
            problems.append(
                f"locked[{n}].table: table {m.table!r} already holds locked[{first_use}] in slot {m.slot!r}"
            )
        table_use.setdefault((m.table, m.slot), n)
        for side, pid in (("a", m.a), ("b", m.b)):
            if m.slot not in available[pid]:
                problems.append(f"locked[{n}].{side}: {pid!r} is not available in slot {m.slot!r}")
            if (pid, m.slot) in busy:
                problems.append(
                    f"locked[{n}].{side}: {pid!r} already meets in slot {m.slot!r} (locked[{busy[pid, m.slot]}])"
                )
            busy.setdefault((pid, m.slot), n)
            count[pid] += 1
            if count[pid] == people[pid].max_meetings + 1:
                limit = people[pid].max_meetings
                problems.append(f"locked[{n}].{side}: {pid!r} has more locked meetings than max_meetings ({limit})")
    return problems
