"""What partnering tells participants, as outbox drafts (``matchmaker.notify``): a request arrives,
is answered, withdrawn or expires; a schedule is published or changes; the reminder before a
participant's first meeting. Each draft is in the recipient's language, names organisations by
the name in that language (never by id when a name exists) and gives times in the event's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import orjson

from matchmaker.notify.outbox import Draft

_WEEKDAYS_JA = "月火水木金土日"


@dataclass(frozen=True)
class Contact:
    """A participant as its notifications need it."""

    org: str
    name: str
    name_ja: str | None
    lang: str
    addresses: list[str]

    def called(self, lang: str) -> str:
        return self.name_ja if lang == "ja" and self.name_ja else self.name


def contacts(rows: list[dict[str, Any]]) -> dict[str, Contact]:
    """``partnering/participants`` rows by organisation."""
    out = {}
    for r in rows:
        people = orjson.loads(r.get("people_json") or "[]")
        out[r["org"]] = Contact(
            org=r["org"],
            name=r["name"],
            name_ja=r.get("name_ja"),
            lang=r.get("lang") or "en",
            addresses=[p["email"] for p in people if p.get("email")],
        )
    return out


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    name_ja: str | None
    timezone: str
    venue: str | None

    def called(self, lang: str) -> str:
        return self.name_ja if lang == "ja" and self.name_ja else self.name


def when(start: datetime, end: datetime | None, zone: ZoneInfo, lang: str) -> str:
    """``Wed 14 Oct 2026 10:00–10:30`` or ``2026年10月14日(水) 10:00–10:30``, in the event's zone."""
    s = start.astimezone(zone)
    tail = f"–{end.astimezone(zone):%H:%M}" if end is not None else ""
    if lang == "ja":
        return f"{s.year}年{s.month}月{s.day}日({_WEEKDAYS_JA[s.weekday()]}) {s:%H:%M}{tail}"
    return f"{s:%a %d %b %Y %H:%M}{tail}"


def _name(contacts_: dict[str, Contact], org: str, lang: str) -> str:
    c = contacts_.get(org)
    return c.called(lang) if c else org


def _draft(event: EventInfo, kind: str, to: Contact, context: dict[str, Any], **extra: Any) -> Draft:
    base = {"event": event.called(to.lang), "recipient": to.called(to.lang), "timezone": event.timezone}
    return Draft(
        event=event.id,
        kind=kind,
        recipient=to.org,
        recipient_name=to.called(to.lang),
        addresses=to.addresses,
        lang=to.lang,
        context={**base, **context},
        **extra,  # type: ignore[arg-type]
    )


def request_event(
    event: EventInfo, people: dict[str, Contact], request: dict[str, Any], kind: str, zone: ZoneInfo
) -> Draft | None:
    """The message for a request's change: ``request_received`` and ``request_withdrawn`` go to
    the receiver; ``request_accepted``, ``request_declined`` and ``request_expired`` to the sender."""
    to_receiver = kind in ("request_received", "request_withdrawn")
    recipient, other = (request["to"], request["sender"]) if to_receiver else (request["sender"], request["to"])
    contact = people.get(recipient)
    if contact is None:
        return None
    lang = contact.lang
    expires = request.get("expires_at")
    deadline = request.get("decided_at") if kind == "request_expired" else None
    context = {
        "other": _name(people, other, lang),
        "message": request.get("message") or "",
        "priority": request.get("priority") or 3,
        "reason": request.get("reason") or "",
        "expires": when(expires, None, zone, lang) if expires else "",
        "deadline": when(deadline, None, zone, lang) if deadline else "",
    }
    return _draft(event, kind, contact, context, ref=request["id"])


def schedule_events(
    event: EventInfo,
    people: dict[str, Contact],
    before: dict[str, dict[str, Any]],
    after: dict[str, dict[str, Any]],
    slots: dict[str, tuple[datetime, datetime]],
    zone: ZoneInfo,
    messages: dict[str, str],
) -> list[Draft]:
    """After a schedule run: the first publication tells every participant with meetings its
    agenda; a later run tells each participant whose meetings moved, were cancelled or added.
    ``before``/``after``: meeting id -> {a, b, slot, table} of the live meetings; ``slots``: the
    slots' times (of the programme stored before this run, for a cancelled meeting too)."""

    def span(slot: str, lang: str) -> str:
        times = slots.get(slot)
        return when(times[0], times[1], zone, lang) if times else slot

    drafts = []
    orgs = sorted(
        {side for m in after.values() for side in (m["a"], m["b"])}
        | ({side for m in before.values() for side in (m["a"], m["b"])})
    )
    for org in orgs:
        contact = people.get(org)
        if contact is None:
            continue
        lang = contact.lang

        def other(m: dict[str, Any], org: str = org, lang: str = lang) -> str:
            return _name(people, m["b"] if m["a"] == org else m["a"], lang)

        mine = sorted(
            (m for m in after.values() if org in (m["a"], m["b"])),
            key=lambda m: (slots.get(m["slot"], (datetime.max,))[0].isoformat(), m["table"]),
        )
        if not before:
            if not mine:
                continue
            meetings = [
                {
                    "when": span(m["slot"], lang),
                    "table": m["table"],
                    "other": other(m),
                    "message": messages.get(m["id"], ""),
                }
                for m in mine
            ]
            drafts.append(_draft(event, "schedule_published", contact, {"meetings": meetings}))
            continue
        changes = []
        for mid, m in after.items():
            if org not in (m["a"], m["b"]):
                continue
            old = before.get(mid)
            if old is None:
                changes.append(
                    {
                        "change": "added",
                        "other": other(m),
                        "when": span(m["slot"], lang),
                        "table": m["table"],
                        "before": "",
                    }
                )
            elif (old["slot"], old["table"]) != (m["slot"], m["table"]):
                changes.append(
                    {
                        "change": "moved",
                        "other": other(m),
                        "when": span(m["slot"], lang),
                        "table": m["table"],
                        "before": f"{span(old['slot'], lang)} / {old['table']}",
                    }
                )
        for mid, old in before.items():
            if org in (old["a"], old["b"]) and mid not in after:
                changes.append(
                    {
                        "change": "cancelled",
                        "other": other(old),
                        "when": "",
                        "table": old["table"],
                        "before": f"{span(old['slot'], lang)} / {old['table']}",
                    }
                )
        if changes:
            drafts.append(_draft(event, "schedule_changed", contact, {"changes": changes}))
    return drafts


def reminder(
    event: EventInfo,
    contact: Contact,
    meetings: list[dict[str, Any]],
    zone: ZoneInfo,
    hours: float,
    now: datetime,
    ics: bytes,
) -> Draft | None:
    """The reminder ``hours`` before the first of ``meetings`` ({start, end, table, other}, in
    order), with the agenda's .ics; None once that meeting has started. A schedule published
    less than ``hours`` ahead gets its reminder at once."""
    if not meetings or meetings[0]["start"] <= now:
        return None
    lang = contact.lang
    due = max(meetings[0]["start"] - timedelta(hours=hours), now)
    rows = [
        {"when": when(m["start"], m["end"], zone, lang), "table": m["table"], "other": m["other"].get(lang)}
        for m in meetings
    ]
    context = {"first": when(meetings[0]["start"], None, zone, lang), "meetings": rows, "venue": event.venue or ""}
    return _draft(
        event,
        "reminder",
        contact,
        context,
        due_at=due,
        attachment=ics,
        attachment_name=f"{event.id}-{contact.org}.ics",
        attachment_type="text/calendar",
    )
