"""Partnering events on the graph: an event's programme, its participants, their meeting
requests, the schedule and agendas.

Rules the service enforces, each answering a complaint about today's partnering systems:
- a request is pending, accepted, declined (with a reason), withdrawn or expired; pending
  requests expire at the event's request deadline (or their own, earlier one) and are never
  scheduled, so an unanswered request cannot hold a slot hostage;
- only accepted requests and organiser-approved pairs are scheduled, weighted by priority
  (1 to 5) or the organiser's weight, by the optimising solver of ``matchmaker.scheduling``
  rather than first come, first served;
- the organiser may cap the requests a participant has open (pending or accepted), so a few
  participants cannot flood everyone; a declined request frees its place;
- one request per pair: while one is pending or accepted, or after a decline, a second one in
  either direction (or an organiser's pair) is refused with the first's id;
- suggestions come from the matcher, restricted to the event's participants, with its reasons.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import orjson
from neo4j import ManagedTransaction

from matchmaker.errors import Conflict, Forbidden, Invalid, NotFound
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph, as_dict
from matchmaker.graph.queries import cypher
from matchmaker.matching.models import MatchFilters, Target
from matchmaker.matching.service import Matcher
from matchmaker.notify.outbox import Draft, enqueue
from matchmaker.partnering import exports, notices
from matchmaker.partnering.models import (
    Agenda,
    AgendaMeeting,
    EventRef,
    EventSetup,
    EventStatistics,
    Feedback,
    MeetingRequest,
    OrganiserPair,
    Outcome,
    Participant,
    ParticipantIn,
    PartyRef,
    Person,
    Programme,
    RequestIn,
    RequestStatus,
    ScheduleRun,
    ScheduleSummary,
    Slot,
    SlotSpec,
    Suggestion,
)
from matchmaker.scheduling.greedy import NOT_PLACED
from matchmaker.scheduling.model import (
    REASON_CODES,
    InputError,
    Meeting,
    changes,
    overlapping_slots,
    parse_input,
)
from matchmaker.scheduling.solver import DEFAULT_RELATIVE_GAP, ProgressFn, solve

LIVE = ("pending", "accepted")


def _native(value: Any) -> Any:
    """Neo4j temporal values as Python ones (the driver returns its own types)."""
    return value.to_native() if hasattr(value, "to_native") else value


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(UTC)


def pair_key(event: str, a: str, b: str) -> str:
    """Identifies a pair at an event whichever side asked: one live request per pair."""
    lo, hi = sorted((a, b))
    return f"{event}|{lo}|{hi}"


def meeting_id(event: str, a: str, b: str) -> str:
    """A meeting's id, derived from the event and the pair: the same pair keeps the same id (and
    the same .ics UID) on every schedule run, whichever slot it lands in."""
    return "m" + hashlib.sha256(pair_key(event, a, b).encode()).hexdigest()[:15]


def expand_sessions(setup: EventSetup, timezone: str) -> list[SlotSpec]:
    """The explicit slots, or those the sessions describe in the event's local time: a session
    from 10:00 to 12:00 in 30-minute slots gives 10:00, 10:30, 11:00 and 11:30 (a remainder
    shorter than a slot is left as a break). Ids read ``d1-1000``: day number and local start.

    Slots are intervals of elapsed time: the steps are taken in UTC, so a session across a
    daylight-saving change still has slots of the given length, and the wall-clock start and end
    are resolved in the zone (a start in the skipped hour moves forward, the fold takes the first).
    Overlapping slots are refused here, naming both (see ``scheduling.model.overlapping_slots``)."""
    if setup.slots:
        slots = list(setup.slots)
        field = "slots"
        spans: list[Any] = slots
    else:
        field = "sessions"
        zone = ZoneInfo(timezone)
        days = sorted({s.day for s in setup.sessions})
        slots = []
        spans = []  # the same slots as UTC instants: a local time in the repeated hour keeps its offset
        seen: dict[str, int] = {}
        for session in sorted(setup.sessions, key=lambda s: (s.day, s.start)):
            start = datetime.combine(session.day, session.start, zone).astimezone(UTC)
            end_of_session = datetime.combine(session.day, session.end, zone).astimezone(UTC)
            step = timedelta(minutes=session.minutes)
            while start + step <= end_of_session:
                local = start.astimezone(zone)
                sid = f"d{days.index(session.day) + 1}-{local:%H%M}"
                seen[sid] = seen.get(sid, 0) + 1
                if seen[sid] > 1:
                    sid = f"{sid}-{seen[sid]}"  # the repeated hour when clocks go back, or an overlap
                slots.append(SlotSpec(id=sid, start=local, end=(start + step).astimezone(zone)))
                spans.append(SimpleNamespace(id=sid, start=start, end=start + step))
                start += step
    problems = overlapping_slots(spans, field)
    if problems:
        raise Invalid("slots overlap: " + "; ".join(problems[:5]), field)
    ids = [s.id for s in slots]
    if len(set(ids)) != len(ids):
        raise Invalid("duplicate slot ids", field)
    return slots


def _reason(code: str | None) -> dict[str, str] | None:
    """A stored left-out reason code as {code, org?, en, ja}: ``max_meetings:<org>`` names a side."""
    if not code:
        return None
    kind, _, org = code.partition(":")
    texts = {
        "no_common_slot": ("the two have no available slot in common", "両者に共通の空き枠がありません"),
        "max_meetings": (f"{org} has reached its maximum number of meetings", f"{org} の面談数が上限に達しています"),
        "no_slot_for_both": (
            "no slot is left where both are free and a table is free",
            "両者が空いていて、テーブルも空いている枠が残っていません",
        ),
        "capacity": (
            "the tables in the slots both are free were taken by higher-priority meetings",
            "両者が空いている枠のテーブルは、優先度の高い面談で埋まっています",
        ),
        "not_placed": (
            "not placed within the time limit (it would still fit): run the schedule again",
            "制限時間内に配置されませんでした（まだ入る余地があります）。スケジュールを再実行してください",
        ),
    }
    en, ja = texts.get(kind, (code, code))
    out = {"code": kind, "en": en, "ja": ja}
    if org:
        out["org"] = org
    return out


def _reason_code(reason: str, a: str, b: str) -> str:
    """The solver's reason text as the stored code; a side's cap names that side."""
    code = REASON_CODES.get(reason) or ("not_placed" if reason == NOT_PLACED else reason)
    if code in ("a_full", "b_full"):
        return f"max_meetings:{a if code == 'a_full' else b}"
    return code


class Partnering:
    """One event's partnering, over the graph. ``now`` is injectable so deadlines can be tested."""

    def __init__(
        self,
        graph: Graph,
        event_id: str,
        now: Callable[[], datetime] | None = None,
        *,
        reminder_hours: float = 24.0,
    ) -> None:
        self.graph = graph
        self.event_id = event_id
        self.now = now or (lambda: datetime.now(UTC))
        self.reminder_hours = reminder_hours

    # --- what notifications need -------------------------------------------------------

    def _info(self, row: dict[str, Any] | None = None) -> notices.EventInfo:
        e = (row or self._event_row())["event"]
        return notices.EventInfo(e["id"], e["name"], e.get("name_ja"), e["timezone"], e.get("venue"))

    def _contacts(self, tx: ManagedTransaction | None = None) -> dict[str, notices.Contact]:
        query, params = cypher("partnering/participants"), {"event": self.event_id, "org": None}
        if tx is not None:
            return notices.contacts([as_dict(r) for r in tx.run(query, params)])
        return notices.contacts(self.graph.read("partnering/participants", **params))

    def _notify_request(self, tx: ManagedTransaction, request: dict[str, Any], kind: str) -> None:
        """The message for a request's change, in the transaction that makes the change."""
        info = self._info(as_dict(tx.run(cypher("partnering/event"), event=self.event_id).single()))
        request = {k: _native(v) for k, v in request.items()}
        draft = notices.request_event(info, self._contacts(tx), request, kind, ZoneInfo(info.timezone))
        if draft is not None:
            enqueue(tx, [draft], self.now())

    # --- the event and its programme ----------------------------------------------------

    def _event_row(self) -> dict[str, Any]:
        rows = self.graph.read("partnering/event", event=self.event_id)
        if not rows:
            raise NotFound(f"event {self.event_id!r} not found")
        return rows[0]

    def event(self) -> EventRef:
        e = self._event_row()["event"]
        return EventRef(
            id=e["id"], name=e["name"], name_ja=e.get("name_ja"), timezone=e["timezone"], venue=e.get("venue")
        )

    def programme(self) -> Programme:
        row = self._event_row()
        e = row["event"]
        if e.get("tables") is None:
            raise Conflict(f"event {self.event_id!r} has no partnering programme yet: PUT its programme")
        zone = ZoneInfo(e["timezone"])
        deadline = _native(e.get("request_deadline"))
        return Programme(
            event=e["id"],
            timezone=e["timezone"],
            slots=[
                Slot(id=s["id"], start=_native(s["start"]).astimezone(zone), end=_native(s["end"]).astimezone(zone))
                for s in row["slots"]
            ],
            tables=list(e["tables"]),
            request_deadline=deadline.astimezone(zone) if deadline else None,
            max_requests=e.get("max_requests"),
            default_max_meetings=e["default_max_meetings"],
        )

    def set_programme(self, setup: EventSetup, *, unlock: bool = False) -> Programme:
        """Store the programme. A change that a locked meeting cannot survive (its slot removed or
        moved in time, its table removed, a side's default cap below its locked meetings) is refused
        naming the meeting, unless ``unlock`` (the organiser confirmed): then it is unlocked and
        listed in ``self.unlocked`` for the audit trail."""
        event = self.event()
        slots = expand_sessions(setup, event.timezone)
        slot_ids = [s.id for s in slots]
        if len(set(slot_ids)) != len(slot_ids):
            raise Invalid("duplicate slot ids", "slots")
        spans = {s.id: (s.start, s.end) for s in slots}
        tables = set(setup.tables)
        caps = {
            r["org"]: setup.default_max_meetings
            for r in self.graph.read("partnering/participants", event=self.event_id, org=None)
            if r["max_meetings"] is None
        }

        def conflict(m: dict[str, Any]) -> str | None:
            span = spans.get(m["slot"])
            if span is None:
                return "this programme removes the slot of"
            if m["start"] is not None and (_native(m["start"]), _native(m["end"])) != (_utc(span[0]), _utc(span[1])):
                return "this programme moves the slot of"
            if m["table"] not in tables:
                return "this programme removes the table of"
            return None

        field = "sessions" if setup.sessions else "slots"
        self._refuse_past(setup, slots, event.timezone)
        self._check_locks(conflict, field, unlock, caps=caps, cap_field="default_max_meetings")
        self.graph.write(
            "partnering/programme_set",
            event=self.event_id,
            slots=[{"id": s.id, "start": _utc(s.start), "end": _utc(s.end)} for s in slots],
            tables=setup.tables,
            request_deadline=_utc(setup.request_deadline),
            max_requests=setup.max_requests,
            default_max_meetings=setup.default_max_meetings,
        )
        return self.programme()

    def _refuse_past(self, setup: EventSetup, slots: list[SlotSpec], timezone: str) -> None:
        """A programme may not add (or move) a slot that has already ended: a session in the past
        is almost always a wrong year, and nobody could meet in it. Slots stored before with the
        same times stay, so an organiser can still edit a programme while its event runs."""
        now = self.now()
        rows = self.graph.read("partnering/event", event=self.event_id)
        stored = {(s["id"], _native(s["start"]), _native(s["end"])) for s in (rows[0]["slots"] if rows else [])}
        if setup.slots:
            for n, s in enumerate(setup.slots):
                if _utc(s.end) <= now and (s.id, _utc(s.start), _utc(s.end)) not in stored:
                    raise Invalid(f"slot {s.id!r} ended at {s.end.isoformat()}, in the past", f"slots.{n}.end")
            return
        zone = ZoneInfo(timezone)
        for n, session in enumerate(setup.sessions):
            begin = datetime.combine(session.day, session.start, zone).astimezone(UTC)
            end = datetime.combine(session.day, session.end, zone).astimezone(UTC)
            if end > now:
                continue
            inside = [s for s in slots if begin <= _utc(s.start) < end]  # type: ignore[operator]
            if any((s.id, _utc(s.start), _utc(s.end)) not in stored for s in inside):
                raise Invalid(
                    f"session {session.day} {session.start:%H:%M}–{session.end:%H:%M} ({timezone}) is in the past",
                    f"sessions.{n}.day",
                )

    def _check_locks(
        self,
        conflict: Callable[[dict[str, Any]], str | None],
        field: str,
        unlock: bool,
        *,
        caps: dict[str, int] | None = None,
        cap_field: str = "max_meetings",
    ) -> None:
        """Refuse a change that conflicts with a locked meeting (409, naming the meeting: both
        names, slot, time, table), or, when ``unlock``, unlock those meetings first."""
        rows = self.graph.read("partnering/locked_meetings", event=self.event_id)
        found: list[tuple[dict[str, Any], str, str]] = [(m, why, field) for m in rows if (why := conflict(m))]
        if caps:
            per_org: dict[str, list[dict[str, Any]]] = {}
            for m in rows:
                for side in (m["a"], m["b"]):
                    per_org.setdefault(side, []).append(m)
            for org, cap in caps.items():
                for m in per_org.get(org, [])[cap:]:
                    why = f"{org!r} would have {len(per_org[org])} locked meetings, more than {cap}, with"
                    found.append((m, why, cap_field))
        self.unlocked: list[str] = []
        if not found:
            return
        zone = ZoneInfo(self.event().timezone)
        if not unlock:
            m, why, at = found[0]
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            raise Conflict(
                f"{why} {self.describe_locked(m, zone)}{more}; unlock it first, or confirm with "
                "unlock_conflicts=true to unlock it",
                at,
            )
        ids = sorted({m["id"] for m, _, _ in found})
        self.graph.write("partnering/meetings_unlock", event=self.event_id, ids=ids)
        self.unlocked = [self.describe_locked(m, zone) for m, _, _ in found if m["id"] in ids]

    @staticmethod
    def describe_locked(m: dict[str, Any], zone: ZoneInfo) -> str:
        """``locked meeting <id> (<a> × <b>, slot d1-1000 2026-10-14 10:00–10:30 Asia/Tokyo, table T1)``."""
        when = ""
        if m.get("start") is not None:
            start, end = _native(m["start"]).astimezone(zone), _native(m["end"]).astimezone(zone)
            when = f" {start:%Y-%m-%d %H:%M}–{end:%H:%M} {zone.key}"
        return f"locked meeting {m['id']} ({m['a_name']} × {m['b_name']}, slot {m['slot']}{when}, table {m['table']})"

    # --- participants ------------------------------------------------------------------

    def register(self, org_id: str, body: ParticipantIn, *, unlock: bool = False) -> Participant:
        """Register or update; an availability or cap that excludes one of the participant's locked
        meetings is refused naming it, unless ``unlock`` (see ``set_programme``)."""
        programme = self.programme()
        known = {s.id for s in programme.slots}
        for n, sid in enumerate(body.available or []):
            if sid not in known:
                raise Invalid(f"unknown slot {sid!r}", f"available.{n}")
        free = known if body.available is None else set(body.available)
        cap = programme.default_max_meetings if body.max_meetings is None else body.max_meetings

        def conflict(m: dict[str, Any]) -> str | None:
            if org_id in (m["a"], m["b"]) and m["slot"] not in free:
                return f"{org_id!r} would no longer be available for"
            return None

        self._check_locks(conflict, "available", unlock, caps={org_id: cap})
        people = orjson.dumps([p.model_dump(exclude_none=True) for p in body.people]).decode()
        rows = self.graph.write(
            "partnering/participant_set",
            event=self.event_id,
            org=org_id,
            people_json=people,
            available=None if body.available is None else sorted(set(body.available)),
            max_meetings=body.max_meetings,
            lang=body.lang,
        )
        if not rows:
            raise NotFound(f"organization {org_id!r} not found", "org")
        return self.participants(org_id, programme)[0]

    def participants(self, org_id: str | None = None, programme: Programme | None = None) -> list[Participant]:
        programme = programme or self.programme()
        slot_ids = [s.id for s in programme.slots]
        out = []
        for r in self.graph.read("partnering/participants", event=self.event_id, org=org_id):
            available = slot_ids if r["available"] is None else [s for s in slot_ids if s in set(r["available"])]
            out.append(
                Participant(
                    event=self.event_id,
                    org=r["org"],
                    name=r["name"],
                    name_ja=r.get("name_ja"),
                    kind=r["kind"],
                    people=[Person(**p) for p in orjson.loads(r["people_json"] or "[]")],
                    available=available,
                    max_meetings=programme.default_max_meetings if r["max_meetings"] is None else r["max_meetings"],
                    lang=r.get("lang") or "en",
                )
            )
        if org_id is not None and not out:
            raise NotFound(f"{org_id!r} is not a partnering participant of event {self.event_id!r}")
        return out

    def unregister(self, org_id: str) -> None:
        rows = self.graph.write("partnering/participant_delete", event=self.event_id, org=org_id)
        if not rows:
            raise NotFound(f"{org_id!r} is not a partnering participant of event {self.event_id!r}")

    # --- requests ----------------------------------------------------------------------

    def expire(self) -> int:
        """Expire the pending requests past their deadline (or the end of the event) and tell
        their senders, in one transaction."""
        now = self.now()

        def work(tx: ManagedTransaction) -> int:
            expired = [as_dict(r)["r"] for r in tx.run(cypher("partnering/expire"), event=self.event_id, now=now)]
            for r in expired:
                full = tx.run(
                    cypher("partnering/requests"), event=self.event_id, participant=None, status=None, id=r["id"]
                ).single()
                if full is not None:
                    self._notify_request(tx, as_dict(full)["r"], "request_expired")
            return len(expired)

        return self.graph.transaction(work)

    def _request(self, row: dict[str, Any]) -> MeetingRequest:
        r = {k: _native(v) for k, v in row.items()}
        r["event"] = self.event_id
        r["left_out"] = _reason(r.get("left_out")) if r.get("status") == "accepted" else None
        return MeetingRequest.model_validate(r)

    def requests(
        self, participant: str | None = None, status: RequestStatus | None = None, request_id: str | None = None
    ) -> list[MeetingRequest]:
        self.expire()
        rows = self.graph.read(
            "partnering/requests", event=self.event_id, participant=participant, status=status, id=request_id
        )
        return [self._request(r["r"]) for r in rows]

    def get_request(self, request_id: str) -> MeetingRequest:
        found = self.requests(request_id=request_id)
        if not found:
            raise NotFound(f"request {request_id!r} not found at event {self.event_id!r}")
        return found[0]

    def send(self, body: RequestIn) -> MeetingRequest:
        programme = self.programme()
        now = self.now()
        if body.sender == body.to:
            raise Invalid("a participant cannot request a meeting with itself", "to")
        if programme.request_deadline and now >= programme.request_deadline:
            raise Conflict(f"requests closed at {programme.request_deadline.isoformat()}")
        self._refuse_ended(programme, "to")
        expires = min(
            (t for t in (body.expires_at, programme.request_deadline) if t is not None), default=None, key=_utc
        )
        if expires is not None and expires <= now:
            raise Invalid("expires_at is in the past", "expires_at")
        self.expire()
        return self._create(
            body.sender,
            body.to,
            message=body.message,
            priority=body.priority,
            weight=float(body.priority),
            origin="participant",
            status="pending",
            expires=expires,
            cap=programme.max_requests,
        )

    def _refuse_ended(self, programme: Programme, field: str) -> None:
        """Requests to an event that has ended (its last slot is over) are closed."""
        ended = max((s.end for s in programme.slots), default=None)
        if ended is not None and self.now() >= ended:
            raise Conflict(f"event {self.event_id!r} ended at {ended.isoformat()}: requests are closed", field)

    def add_pair(self, body: OrganiserPair) -> MeetingRequest:
        """An organiser-approved pair: accepted at once, with the organiser's weight."""
        self._refuse_ended(self.programme(), "b")
        if body.a == body.b:
            raise Invalid("a participant cannot meet itself", "b")
        self.expire()
        return self._create(
            body.a,
            body.b,
            message=body.message,
            priority=3,
            weight=body.weight,
            origin="organiser",
            status="accepted",
            expires=None,
            cap=None,
        )

    def _create(
        self,
        sender: str,
        to: str,
        *,
        message: str,
        priority: int,
        weight: float,
        origin: str,
        status: str,
        expires: datetime | None,
        cap: int | None,
    ) -> MeetingRequest:
        now = self.now()
        pair = pair_key(self.event_id, sender, to)
        sender_field, to_field = ("from", "to") if origin == "participant" else ("a", "b")

        def work(tx: ManagedTransaction) -> dict[str, Any]:
            guard = tx.run(
                cypher("partnering/request_guard"), event=self.event_id, sender=sender, to=to, pair=pair
            ).single()
            if guard is None:
                raise Invalid(f"{sender!r} is not a partnering participant of event {self.event_id!r}", sender_field)
            if not guard["to_registered"]:
                raise Invalid(f"{to!r} is not a partnering participant of event {self.event_id!r}", to_field)
            if guard["existing"]:
                found = guard["existing"][0]
                raise Conflict(
                    f"a {found['status']} request between {sender!r} and {to!r} already exists: {found['id']}"
                )
            if cap is not None and guard["sent"] >= cap:
                raise Conflict(f"{sender!r} has {guard['sent']} open requests, the event's cap is {cap}", sender_field)
            props = {
                "id": uuid.uuid4().hex[:12], "event": self.event_id, "sender": sender, "to": to, "pair": pair,
                "message": message, "priority": priority, "weight": weight, "origin": origin, "status": status,
                "created_at": now, "decided_at": now if status != "pending" else None, "expires_at": _utc(expires),
            }  # fmt: skip
            record = tx.run(cypher("partnering/request_create"), props=props).single()
            assert record is not None
            created = as_dict(record)["r"]
            if origin == "participant":
                self._notify_request(tx, created, "request_received")
            return created

        return self._request(self.graph.transaction(work))

    def decide(
        self, request_id: str, status: RequestStatus, reason: str | None, by: str | None = None
    ) -> MeetingRequest:
        """Accept or decline (the receiver), or withdraw (the sender); ``by``, when given, must be
        that side."""
        current = self.get_request(request_id)  # expires it first if its time has passed
        side = current.sender if status == "withdrawn" else current.to
        if by is not None and by != side:
            role = "sender" if status == "withdrawn" else "receiver"
            raise Forbidden(f"only the {role} ({side!r}) may set a request to {status}", "by")
        if current.status != "pending":
            raise Conflict(f"request {request_id!r} is {current.status}, not pending")
        now = self.now()

        def work(tx: ManagedTransaction) -> dict[str, Any]:
            record = tx.run(
                cypher("partnering/request_decide"), event=self.event_id, id=request_id, status=status,
                reason=reason, now=now,
            ).single()  # fmt: skip
            assert record is not None
            row = as_dict(record)["r"]
            if row["status"] == status and _native(row.get("decided_at")) == now:
                self._notify_request(tx, row, f"request_{status}")
            return row

        return self._request(self.graph.transaction(work))

    # --- suggestions ---------------------------------------------------------------------

    def suggestions(
        self, org_id: str, matcher: Matcher, target: Target = "any", limit: int = 10, *, own: bool = True
    ) -> list[Suggestion]:
        """Meetings the matcher recommends among the other participants, best first; ``own`` as in
        ``OrganizationSeeker.query`` (False when the organiser asks)."""
        self.participants(org_id)
        response = matcher.match_organization(org_id, target, MatchFilters(event=self.event_id), limit, own=own)
        statuses = {
            (r.to if r.sender == org_id else r.sender): r.status
            for r in self.requests(participant=org_id)
            if r.status in LIVE
        }
        return [
            Suggestion(
                org=m.id,
                name=m.name,
                name_ja=m.name_ja,
                kind=m.kind,
                score=m.score,
                reasons=[r.model_dump(include={"code", "en", "ja"}) for r in m.reasons],
                requested=statuses.get(m.id),
            )
            for m in response.matches
        ]

    # --- scheduling --------------------------------------------------------------------

    def schedule_input(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The scheduler's INPUT document for this event, and the request id of each pair.
        Only accepted requests (participants' or the organiser's) are in it."""
        programme = self.programme()
        self.expire()
        accepted = self.graph.read(
            "partnering/requests", event=self.event_id, participant=None, status="accepted", id=None
        )
        locked = [m for m in self._meeting_rows(None) if m["m"]["locked"]]
        pair_ids = {pair_key(self.event_id, r["r"]["sender"], r["r"]["to"]): r["r"]["id"] for r in accepted}
        document = {
            "slots": [{"id": s.id, "start": s.start.isoformat(), "end": s.end.isoformat()} for s in programme.slots],
            "tables": programme.tables,
            "participants": [
                {"id": p.org, "max_meetings": p.max_meetings, "available": p.available}
                for p in self.participants(programme=programme)
            ],
            "requests": [{"a": r["r"]["sender"], "b": r["r"]["to"], "weight": r["r"]["weight"]} for r in accepted],
            "locked": [
                {"a": m["a"]["id"], "b": m["b"]["id"], "slot": m["m"]["slot"], "table": m["m"]["table"]} for m in locked
            ],
        }
        return document, pair_ids

    def schedule(self, run: ScheduleRun, on_progress: ProgressFn | None = None) -> ScheduleSummary:
        """Place the accepted pairs into slots and tables. Locked meetings stay; the others stay
        where they were unless moving them schedules more weight (``run.replan``: a free re-plan).
        A meeting keeps its id while its pair is scheduled, its SEQUENCE rises when it moves, and
        a dropped one is kept as cancelled (for calendars). Every accepted request left out stores
        why, so both participants see it after a reload."""
        started = time.perf_counter()
        document, pair_ids = self.schedule_input()
        stored = [r["m"] for r in self.graph.read("partnering/meetings_all", event=self.event_id)]
        live = [m for m in stored if not m.get("cancelled")]
        by_pair: dict[str, dict[str, Any]] = {}
        for m in sorted(stored, key=lambda m: bool(m.get("cancelled")), reverse=True):
            by_pair[pair_key(self.event_id, m["a"], m["b"])] = m  # a live one wins over a cancelled one
        try:
            problem = parse_input(document)
        except InputError as exc:
            raise Conflict(
                "the event's data cannot be scheduled: " + "; ".join(self._name_locked(exc.problems[:5]))
            ) from None
        previous = [Meeting(a=m["a"], b=m["b"], slot=m["slot"], table=m["table"]) for m in live]
        result = solve(
            problem,
            time_limit=run.time_limit,
            workers=run.workers,
            previous=previous or None,
            replan=run.replan,
            relative_gap=DEFAULT_RELATIVE_GAP if run.relative_gap is None else run.relative_gap,
            on_progress=on_progress,
        )
        locked = {(m["a"], m["b"], m["slot"]) for m in document["locked"]}
        rows = []
        for m in result.meetings:
            if (m.a, m.b, m.slot) in locked:
                continue
            key = pair_key(self.event_id, m.a, m.b)
            before = by_pair.get(key)
            sequence = int(before.get("sequence") or 0) if before else 0
            if before and (before.get("cancelled") or (before["slot"], before["table"]) != (m.slot, m.table)):
                sequence += 1
            rows.append({
                "id": before["id"] if before else meeting_id(self.event_id, m.a, m.b),
                "a": m.a, "b": m.b, "slot": m.slot, "table": m.table,
                "request": pair_ids.get(key), "sequence": sequence,
            })  # fmt: skip
        kept = {pair_key(self.event_id, m.a, m.b) for m in result.meetings}
        dropped = [m["id"] for m in live if not m["locked"] and pair_key(self.event_id, m["a"], m["b"]) not in kept]
        reasons = {
            rid: _reason_code(u.reason, u.a, u.b)
            for u in result.unscheduled
            if (rid := pair_ids.get(pair_key(self.event_id, u.a, u.b)))
        }
        before = {m["id"]: m for m in live}
        after = {m["id"]: m for m in live if m["locked"]} | {r["id"]: r for r in rows}
        self._store_and_notify(rows, dropped, reasons, before, after)
        self._remind(after)
        gap = 0.0 if result.bound <= 0 else max(0.0, (result.bound - result.objective) / result.bound)
        return ScheduleSummary(
            status=result.status,
            objective=result.objective,
            bound=result.bound,
            gap=round(gap, 6),
            meetings=len(result.meetings),
            locked=len(locked),
            changes=changes(previous, result.meetings),
            unscheduled=[
                {
                    "a": u.a,
                    "b": u.b,
                    "reason": u.reason,
                    "code": _reason_code(u.reason, u.a, u.b),
                    "request": pair_ids.get(pair_key(self.event_id, u.a, u.b), ""),
                }
                for u in result.unscheduled
            ],
            seconds=round(time.perf_counter() - started, 3),
        )

    def _store_and_notify(
        self,
        rows: list[dict[str, Any]],
        dropped: list[str],
        reasons: dict[str, str],
        before: dict[str, dict[str, Any]],
        after: dict[str, dict[str, Any]],
    ) -> None:
        """Store a run and, in the same transaction, tell the participants: their agenda on the
        first publication, what moved, was cancelled or added on a later one."""
        programme = self.programme()
        info = self._info()
        slots = {s.id: (s.start, s.end) for s in programme.slots}
        messages_by_request = {r.id: r.message for r in self.requests(status="accepted")}
        messages = {mid: messages_by_request.get(m.get("request") or "", "") for mid, m in after.items()}
        people = self._contacts()
        drafts = notices.schedule_events(info, people, before, after, slots, ZoneInfo(info.timezone), messages)
        now = self.now()

        def work(tx: ManagedTransaction) -> None:
            tx.run(
                cypher("partnering/meetings_store"), event=self.event_id, rows=rows, dropped=dropped, reasons=reasons
            ).consume()
            enqueue(tx, drafts, now)

        self.graph.transaction(work)

    def _remind(self, after: dict[str, dict[str, Any]]) -> None:
        """Replace the event's unsent reminders: one per participant with meetings, due
        ``reminder_hours`` before its first meeting, with its agenda's .ics attached."""
        overview = self.agenda()
        info = self._info()
        zone = ZoneInfo(info.timezone)
        people = self._contacts()
        now = self.now()
        drafts: list[Draft] = []
        for org in sorted({side for m in after.values() for side in (m["a"], m["b"])}):
            contact = people.get(org)
            mine = [m for m in overview.meetings if org in (m.a.id, m.b.id)]
            if contact is None or not mine:
                continue
            me = mine[0].a if mine[0].a.id == org else mine[0].b
            agenda = Agenda(event=overview.event, participant=me, meetings=mine)
            rows = [
                {"start": m.start, "end": m.end, "table": m.table,
                 "other": {"en": (o := m.b if m.a.id == org else m.a).name, "ja": o.name_ja or o.name}}
                for m in mine
            ]  # fmt: skip
            draft = notices.reminder(
                info, contact, rows, zone, self.reminder_hours, now, exports.agenda_ics(agenda, stamp=now)
            )
            if draft is not None:
                drafts.append(draft)

        def work(tx: ManagedTransaction) -> None:
            tx.run(cypher("notify/reminders_drop"), event=self.event_id).consume()
            enqueue(tx, drafts, now)

        self.graph.transaction(work)

    def _name_locked(self, problems: list[str]) -> list[str]:
        """The scheduler's ``locked[3].a: ...`` with the locked meeting named instead of numbered."""
        document_locked = [m for m in self._meeting_rows(None) if m["m"]["locked"]]
        zone = ZoneInfo(self.event().timezone)
        out = []
        for line in problems:
            head, sep, rest = line.partition(": ")
            if head.startswith("locked[") and sep:
                n = int(head[len("locked[") : head.index("]")])
                if n < len(document_locked):
                    r = document_locked[n]
                    row = {
                        "id": r["m"]["id"], "a_name": r["a"]["name"], "b_name": r["b"]["name"],
                        "slot": r["m"]["slot"], "table": r["m"]["table"], "start": r["start"], "end": r["end"],
                    }  # fmt: skip
                    line = f"{self.describe_locked(row, zone)}: {rest}"
            out.append(line)
        return out

    # --- meetings and agendas ----------------------------------------------------------

    def _meeting_rows(
        self, org_id: str | None, meeting_id: str | None = None, *, cancelled: bool = False
    ) -> list[dict[str, Any]]:
        return self.graph.read(
            "partnering/meetings", event=self.event_id, org=org_id, id=meeting_id, cancelled=cancelled
        )

    def meeting_parties(self, meeting_id: str) -> tuple[str, str]:
        rows = self._meeting_rows(None, meeting_id)
        if not rows:
            raise NotFound(f"meeting {meeting_id!r} not found at event {self.event_id!r}")
        return rows[0]["a"]["id"], rows[0]["b"]["id"]

    def agenda(self, org_id: str | None = None, *, cancelled: bool = False) -> Agenda:
        """A participant's meetings (``org_id``) or the whole event's, in the event's time zone;
        ``cancelled`` adds the meetings later runs dropped (a calendar needs them to cancel)."""
        event = self.event()
        participant = None
        if org_id is not None:
            p = self.participants(org_id)[0]
            participant = PartyRef(id=p.org, name=p.name, name_ja=p.name_ja, people=p.people)
        zone = ZoneInfo(event.timezone)

        def party(row: dict[str, Any], people_json: str | None) -> PartyRef:
            people = [Person(**p) for p in orjson.loads(people_json or "[]")]
            return PartyRef(id=row["id"], name=row["name"], name_ja=row.get("name_ja"), people=people)

        meetings = [
            AgendaMeeting(
                id=r["m"]["id"],
                slot=r["m"]["slot"],
                start=_native(r["start"]).astimezone(zone),
                end=_native(r["end"]).astimezone(zone),
                table=r["m"]["table"],
                a=party(r["a"], r["a_people"]),
                b=party(r["b"], r["b_people"]),
                locked=bool(r["m"]["locked"]),
                message=r["m"].get("message") or "",
                sequence=int(r["m"].get("sequence") or 0),
                cancelled=bool(r["m"].get("cancelled")),
            )
            for r in self._meeting_rows(org_id, cancelled=cancelled)
        ]
        if org_id is not None:
            return Agenda(event=event, participant=participant, meetings=meetings)
        try:
            programme = self.programme()
        except Conflict:  # no programme yet: no meetings, nothing to lay out
            return Agenda(event=event, meetings=meetings)
        return Agenda(event=event, meetings=meetings, slots=programme.slots, tables=programme.tables)

    def update_meeting(
        self, meeting_id: str, *, locked: bool | None = None, held: bool | None = None, outcome: str | None = None
    ) -> dict[str, Any]:
        rows = self.graph.write(
            "partnering/meeting_update", event=self.event_id, id=meeting_id, locked=locked, held=held, outcome=outcome
        )
        if not rows:
            raise NotFound(f"meeting {meeting_id!r} not found at event {self.event_id!r}")
        return rows[0]

    def record_outcome(self, meeting_id: str, outcome: Outcome, by: str | None = None) -> dict[str, Any]:
        """Mark a meeting held (or not) and, when held, record ``MET_WITH`` between the two with the
        event and the outcome, through the import path, so follow-ups and the network metrics see it.
        Only once the meeting's slot has started (409 naming ``meeting_id`` before). ``by`` (the side,
        or None for the organiser) keeps its feedback: held, rating, next step."""
        found = self._meeting_rows(None, meeting_id)
        if not found:
            raise NotFound(f"meeting {meeting_id!r} not found at event {self.event_id!r}")
        start = _native(found[0]["start"])
        if self.now() < start:
            zone = ZoneInfo(self.event().timezone)
            raise Conflict(
                f"meeting {meeting_id!r} starts at {start.astimezone(zone).isoformat()}: its outcome can be "
                "recorded once it has started",
                "meeting_id",
            )
        side = by or "organiser"
        if by is not None and by not in (found[0]["a"]["id"], found[0]["b"]["id"]):
            raise Invalid(f"{by!r} is not a side of meeting {meeting_id!r}", "by")
        row = self.update_meeting(meeting_id, held=outcome.held, outcome=outcome.outcome)
        feedback = self.graph.write(
            "partnering/feedback_set", event=self.event_id, meeting=meeting_id, by=side, held=outcome.held,
            rating=outcome.rating, next_step=outcome.next_step, outcome=outcome.outcome, now=self.now(),
        )[0]["f"]  # fmt: skip
        row = {**row, "feedback": Feedback.model_validate({k: _native(v) for k, v in feedback.items()}).model_dump()}
        if outcome.held:
            link = {
                "record": "link", "source": row["a"], "target": row["b"], "type": "MET_WITH",
                "since": self.now().date().isoformat(),
                "attributes": {"event": self.event_id, "outcome": outcome.outcome},
            }  # fmt: skip
            import_records(self.graph, [RawRecord("meeting", 1, link)])
        return row

    def statistics(self) -> EventStatistics:
        """Requests by status, meetings scheduled and held, and the feedback's ratings and next steps."""
        self._event_row()
        self.expire()
        r = self.graph.read("partnering/statistics", event=self.event_id)[0]
        statuses = {s: 0 for s in RequestStatus.__args__}  # type: ignore[attr-defined]
        for status in r["statuses"]:
            statuses[status] = statuses.get(status, 0) + 1
        ratings = [int(f["rating"]) for f in r["feedback"] if f.get("rating") is not None]
        return EventStatistics(
            event=self.event_id,
            participants=r["participants"],
            requests=statuses,
            meetings_scheduled=r["scheduled"],
            meetings_held=r["held"],
            meetings_not_held=r["not_held"],
            feedback=len(r["feedback"]),
            rating_mean=round(sum(ratings) / len(ratings), 3) if ratings else None,
            rating_distribution={str(n): ratings.count(n) for n in range(1, 6)},
            next_steps=sum(1 for f in r["feedback"] if (f.get("next_step") or "").strip()),
        )


def sweep(graph: Graph, now: Callable[[], datetime] | None = None) -> int:
    """Expire every event's pending requests past their deadline, telling their senders (the
    delivery worker runs this, so an expiry is told even when nobody reads the event)."""
    return sum(Partnering(graph, r["event"], now).expire() for r in graph.read("partnering/events_pending"))
