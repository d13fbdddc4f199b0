"""Fictional scheduling problems, for the scheduler's tests and ``bench/schedule.py``.

They are made here, with the rest of the fictional data, from the scheduler's own INPUT models.
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta, timezone

from matchmaker.scheduling.model import Locked, Participant, Request, ScheduleInput, Slot


def synthetic_event(
    participants: int,
    requests: int,
    *,
    days: int = 3,
    slots_per_day: int = 8,
    tables: int = 150,
    availability: float = 0.85,
    max_meetings: tuple[int, int] = (6, 16),
    locked: int = 0,
    seed: int = 1,
) -> ScheduleInput:
    """A fictional partnering event shaped like BioJapan (for the tests and bench/schedule.py).

    30-minute slots from 10:00 Tokyo time (+09:00) on consecutive days; each participant is
    available in about ``availability`` of the slots; popularity is heavy-tailed (a Pareto draw per
    participant, so a few are requested by many); weights 1-5 with 1 the most common; requests
    arrive in random order, which is the order the first-come-first-served baseline places them.
    """
    rng = random.Random(seed)
    tokyo = timezone(timedelta(hours=9), "Asia/Tokyo")
    slot_list = [
        Slot(
            id=f"d{d + 1}s{k + 1}",
            start=(start := datetime(2026, 10, 14 + d, 10, 0, tzinfo=tokyo) + timedelta(minutes=30 * k)),
            end=start + timedelta(minutes=30),
        )
        for d in range(days)
        for k in range(slots_per_day)
    ]
    ids = [f"p{n:05d}" for n in range(participants)]
    people = [
        Participant(
            id=pid,
            max_meetings=rng.randint(*max_meetings),
            available=[s.id for s in slot_list if rng.random() < availability],
        )
        for pid in ids
    ]
    cumulative = list(itertools.accumulate(rng.paretovariate(1.3) for _ in ids))
    requests = min(requests, participants * (participants - 1) // 2)
    pairs: set[frozenset[str]] = set()
    reqs: list[Request] = []
    while len(reqs) < requests:
        a = rng.randrange(participants)
        b = (
            rng.choices(range(participants), cum_weights=cumulative)[0]
            if rng.random() < 0.7
            else rng.randrange(participants)
        )
        key = frozenset((ids[a], ids[b]))
        if a == b or key in pairs:
            continue
        pairs.add(key)
        reqs.append(Request(a=ids[a], b=ids[b], weight=rng.choices([1, 2, 3, 4, 5], weights=[40, 25, 18, 10, 7])[0]))
    table_ids = [f"T{n + 1}" for n in range(tables)]
    locks: list[Locked] = []
    busy: set[tuple[str, str]] = set()
    used: set[tuple[str, str]] = set()
    avail = {q.id: set(q.available) for q in people}
    cap = {q.id: q.max_meetings for q in people}
    for r in reqs:
        if len(locks) >= locked:
            break
        for s in slot_list:
            table = next((t for t in table_ids if (t, s.id) not in used), None)
            if (
                table
                and cap[r.a] > 0
                and cap[r.b] > 0
                and s.id in avail[r.a] & avail[r.b]
                and (r.a, s.id) not in busy
                and (r.b, s.id) not in busy
            ):
                locks.append(Locked(a=r.a, b=r.b, slot=s.id, table=table))
                busy |= {(r.a, s.id), (r.b, s.id)}
                used.add((table, s.id))
                cap[r.a] -= 1
                cap[r.b] -= 1
                break
    return ScheduleInput(slots=slot_list, tables=table_ids, participants=people, requests=reqs, locked=locks)
