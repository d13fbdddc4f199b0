"""An independent checker: does an OUTPUT honour every hard constraint of its INPUT?

Written from the contract alone, sharing no code with the solver or the greedy baseline (only the
pydantic models), so a bug in their bookkeeping cannot hide itself here. Works on plain ids and
counts; returns a list of violations, empty when the schedule is valid.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC
from itertools import pairwise

from matchmaker.scheduling.model import ScheduleInput, ScheduleOutput


def violations(problem: ScheduleInput, out: ScheduleOutput) -> list[str]:
    found: list[str] = []
    slot_ids = {s.id for s in problem.slots}
    tables = set(problem.tables)
    people = {q.id: q for q in problem.participants}
    weight = {tuple(sorted((r.a, r.b))): r.weight for r in problem.requests}
    locked = {tuple(sorted((m.a, m.b))): m for m in problem.locked}

    seen_pairs: Counter[tuple[str, str]] = Counter()
    person_slot: Counter[tuple[str, str]] = Counter()
    table_slot: Counter[tuple[str, str]] = Counter()
    meetings_of: Counter[str] = Counter()
    for n, m in enumerate(out.meetings):
        where = f"meetings[{n}] ({m.a}, {m.b}, {m.slot}, {m.table})"
        pair = tuple(sorted((m.a, m.b)))
        if m.a == m.b:
            found.append(f"{where}: a participant meets itself")
        if pair not in weight and pair not in locked:
            found.append(f"{where}: pair was neither requested nor locked")
        if m.slot not in slot_ids:
            found.append(f"{where}: unknown slot")
        if m.table not in tables:
            found.append(f"{where}: unknown table")
        for pid in (m.a, m.b):
            if pid not in people:
                found.append(f"{where}: unknown participant {pid}")
            elif m.slot not in people[pid].available:
                found.append(f"{where}: {pid} is not available in {m.slot}")
            person_slot[pid, m.slot] += 1
            meetings_of[pid] += 1
        seen_pairs[pair] += 1
        table_slot[m.table, m.slot] += 1
        lock = locked.get(pair)
        if lock and (m.slot, m.table) != (lock.slot, lock.table):
            found.append(f"{where}: locked meeting moved from {lock.slot}/{lock.table}")
    found += [f"pair {p} met {k} times" for p, k in seen_pairs.items() if k > 1]
    found += [f"{pid} has {k} meetings in slot {s}" for (pid, s), k in person_slot.items() if k > 1]
    found += [f"table {t} holds {k} meetings in slot {s}" for (t, s), k in table_slot.items() if k > 1]
    found += [
        f"{pid} has {k} meetings, max_meetings {people[pid].max_meetings}"
        for pid, k in meetings_of.items()
        if pid in people and k > people[pid].max_meetings
    ]
    found += [f"locked meeting {p} is missing" for p in locked if p not in seen_pairs]
    found += _overlaps(problem, out)

    left_out = Counter(tuple(sorted((u.a, u.b))) for u in out.unscheduled)
    for pair in weight:
        if seen_pairs[pair] + left_out[pair] != 1:
            found.append(f"request {pair} is scheduled {seen_pairs[pair]} and unscheduled {left_out[pair]} times")
    found += [f"unscheduled {p} was never requested" for p in left_out if p not in weight]
    total = sum(w for p, w in weight.items() if seen_pairs[p])
    if abs(total - out.objective) > 1e-6 * max(1.0, total):
        found.append(f"objective {out.objective} but the scheduled weight is {total}")
    if out.bound < out.objective - 1e-6:
        found.append(f"bound {out.bound} is below the objective {out.objective}")
    return found


def _overlaps(problem: ScheduleInput, out: ScheduleOutput) -> list[str]:
    """A participant or a table in two meetings whose slots overlap in time (as instants, whatever
    the slot ids say): double booking, judged on the intervals rather than on slot identity."""
    span = {s.id: (s.start.astimezone(UTC), s.end.astimezone(UTC)) for s in problem.slots}  # instants, fold kept
    held: dict[tuple[str, str], list[tuple[object, object, int]]] = defaultdict(list)
    for n, m in enumerate(out.meetings):
        if m.slot not in span:
            continue
        start, end = span[m.slot]
        for who in (("participant", m.a), ("participant", m.b), ("table", m.table)):
            held[who].append((start, end, n))
    found = []
    for (kind, name), spans in held.items():
        spans.sort(key=lambda x: (x[0], x[1]))
        for (_s1, e1, n1), (s2, _e2, n2) in pairwise(spans):
            if s2 < e1:  # type: ignore[operator]
                found.append(f"{kind} {name} is in meetings[{n1}] and meetings[{n2}], which overlap in time")
    return found


def idle_gaps(problem: ScheduleInput, out: ScheduleOutput) -> dict[str, int]:
    """Idle gaps per participant: unused slots between two of their meetings on the same local day."""
    day_order: dict[object, list[str]] = defaultdict(list)
    for s in sorted(problem.slots, key=lambda s: s.start):
        day_order[s.start.date()].append(s.id)
    position = {sid: (day, k) for day, ids in day_order.items() for k, sid in enumerate(ids)}
    used: dict[tuple[str, object], list[int]] = defaultdict(list)
    for m in out.meetings:
        day, k = position[m.slot]
        used[m.a, day].append(k)
        used[m.b, day].append(k)
    gaps: Counter[str] = Counter({q.id: 0 for q in problem.participants})
    for (pid, _), ks in used.items():
        gaps[pid] += max(ks) - min(ks) + 1 - len(set(ks))
    return dict(gaps)
