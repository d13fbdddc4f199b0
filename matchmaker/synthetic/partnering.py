"""A demo partnering programme for an event, run through the same service calls a real event
uses: programme, registrations, requests to the matcher's suggestions, answers, the schedule.
Only fictional organisations (source ``synthetic``) take part: a demo must not invent meetings
for real ones.

It shows the whole flow on the demo data (``matchmaker seed partnering``) and is idempotent:
a request that already exists is skipped, so running it again only re-schedules. It lives with
the rest of the fictional data; the event logic it drives is ``matchmaker.partnering``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from rich.progress import Progress

from matchmaker.errors import DomainError, NotFound
from matchmaker.graph.connection import Graph
from matchmaker.graph.store import get_record
from matchmaker.matching.service import Matcher
from matchmaker.partnering.models import EventSetup, ParticipantIn, Person, RequestIn, ScheduleRun, ScheduleSummary
from matchmaker.partnering.service import Partnering
from matchmaker.synthetic.data import Table, load


class _Demo(Table):
    kinds: list[str]
    titles: list[str]
    decline_reasons: list[str]


_DEMO = load("partnering.yaml", _Demo)
KINDS, TITLES, DECLINE_REASONS = _DEMO.kinds, _DEMO.titles, _DEMO.decline_reasons


@dataclass
class DemoReport:
    participants: int
    requests: int
    accepted: int
    declined: int
    pending: int
    schedule: ScheduleSummary


def _days(event: dict[str, Any], today: dt.date | None = None) -> list[dt.date]:
    """The event's days (at most three). A demo event whose dates have passed is held two weeks
    from today instead: a programme in the past is refused, and requests to an ended event closed."""
    start = dt.date.fromisoformat(str(event.get("starts_on") or "2026-10-07"))
    end = dt.date.fromisoformat(str(event.get("ends_on") or start.isoformat()))
    today = today or dt.date.today()
    if start <= today:
        shift = dt.timedelta(days=(today - start).days + 14)
        start, end = start + shift, end + shift
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)][:3]


def populate(
    graph: Graph,
    matcher: Matcher,
    event_id: str,
    participants: int = 60,
    seed: int = 0,
    time_limit: float = 20,
    progress: Progress | None = None,
) -> DemoReport:
    rng = random.Random(seed)
    service = Partnering(graph, event_id)
    event = get_record(graph, "event", event_id)
    if event is None:
        raise NotFound(f"event {event_id!r} not found")
    days = _days(event)
    sessions = [
        {"day": day, "start": start, "end": end, "minutes": 30}
        for day in days
        for start, end in (("10:00", "12:00"), ("13:00", "17:00"))
    ]
    programme = service.set_programme(
        EventSetup.model_validate(
            {
                "sessions": sessions,
                "tables": [f"T{n}" for n in range(1, max(4, participants // 5) + 1)],
                "max_requests": 8,
                "default_max_meetings": 10,
            }
        )
    )
    slot_ids = [s.id for s in programme.slots]
    orgs = [r["id"] for r in graph.read("partnering/demo_candidates", event=event_id, kinds=KINDS, limit=participants)]
    task = progress.add_task("Registering participants", total=len(orgs)) if progress else None
    for n, org_id in enumerate(orgs):
        one_day = rng.random() < 0.2 and len(days) > 1
        available = [s for s in slot_ids if s.startswith(f"d{rng.randrange(len(days)) + 1}-")] if one_day else None
        people = [Person(name=f"Delegate {n + 1}-{k + 1}", title=rng.choice(TITLES)) for k in range(rng.randint(1, 2))]
        service.register(org_id, ParticipantIn(people=people, available=available, max_meetings=rng.randint(4, 10)))
        if progress and task is not None:
            progress.advance(task)
    sent: list[str] = []
    task = progress.add_task("Requesting suggested meetings", total=len(orgs)) if progress else None
    for org_id in orgs:
        for rank, suggestion in enumerate(service.suggestions(org_id, matcher, limit=5)[:3]):
            if suggestion.requested is not None:
                continue
            try:
                request = service.send(
                    RequestIn.model_validate(
                        {
                            "from": org_id,
                            "to": suggestion.org,
                            "priority": 5 - rank,
                            "message": suggestion.reasons[0]["en"] if suggestion.reasons else "",
                        }
                    )
                )
            except DomainError:
                continue  # already requested the other way, declined before, or the cap is reached
            sent.append(request.id)
        if progress and task is not None:
            progress.advance(task)
    counts = {"accepted": 0, "declined": 0, "pending": 0}
    for request_id in sent:
        roll = rng.random()
        if roll < 0.65:
            service.decide(request_id, "accepted", None)
            counts["accepted"] += 1
        elif roll < 0.8:
            service.decide(request_id, "declined", rng.choice(DECLINE_REASONS))
            counts["declined"] += 1
        else:
            counts["pending"] += 1
    summary = service.schedule(ScheduleRun(time_limit=time_limit))
    return DemoReport(len(orgs), len(sent), schedule=summary, **counts)
