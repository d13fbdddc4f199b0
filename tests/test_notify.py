"""Notifications through a real SMTP server in the test process (tests/smtp.py), the real API and
Neo4j: what arrives, in which language, held in the outbox while the server is down and sent
exactly once when it is back; the reminder's calendar; the in-app list and who sees it. Also the
partnering rules and exports of issue 17 (past programmes, ended events, outcomes, statistics)."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import httpx
import icalendar
import openpyxl
import pytest

from matchmaker.access.models import Role
from matchmaker.graph.connection import Graph
from matchmaker.notify.delivery import Deliverer, Mailer, RetryPolicy
from matchmaker.partnering.service import Partnering
from tests import smtp
from tests.conftest import bearer, make_key
from tests.helpers import jsonl
from tests.smtp import SmtpSink

smtp_sink = smtp.smtp_sink  # the fixture: a real SMTP server in this process

EVENT = "n-event"
BASE = f"/v1/events/{EVENT}"
DAY = date.today() + timedelta(days=30)  # a programme in the past is refused
RECORDS = [
    {"record": "event", "id": EVENT, "name": "Partnering Notify 2026", "name_ja": "通知テスト商談会",
     "starts_on": DAY.isoformat(), "ends_on": DAY.isoformat(), "timezone": "Asia/Tokyo", "venue": "Pacifico Yokohama"},
    {"record": "organization", "id": "n-venture", "kind": "startup", "name": "Aster Gene", "name_ja": "アスタージーン",
     "description": "AAV gene therapy venture; we need GMP manufacturing of our AAV vector."},
    {"record": "organization", "id": "n-cdmo", "kind": "cdmo", "name": "Birch Vector Works",
     "name_ja": "バーチ・ベクター", "description": "GMP manufacturing of AAV and lentiviral vectors."},
    {"record": "organization", "id": "n-vc", "kind": "vc", "name": "Dogwood Ventures",
     "description": "Seed investor in gene therapy ventures."},
]  # fmt: skip
PEOPLE = {
    "n-venture": ({"name": "Sato Hanako", "email": "hanako@aster.example"}, "en"),
    "n-cdmo": ({"name": "Suzuki Taro", "email": "taro@birch.example"}, "ja"),
    "n-vc": ({"name": "Jane Roe", "email": "jane@dogwood.example"}, "en"),
}


@pytest.fixture
def event(api: httpx.Client) -> httpx.Client:
    r = api.post("/v1/import", content=jsonl(*RECORDS).encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    programme = {"sessions": [{"day": DAY.isoformat(), "start": "10:00", "end": "11:00"}], "tables": ["T1", "T2", "T3"]}
    assert api.put(f"{BASE}/programme", json=programme).status_code == 200
    for oid, (person, lang) in PEOPLE.items():
        r = api.put(f"{BASE}/participants/{oid}", json={"people": [person], "lang": lang})
        assert r.status_code == 200 and r.json()["lang"] == lang, r.text
    return api


def deliverer(graph: Graph, sink: SmtpSink, now: datetime | None = None, **policy: float) -> Deliverer:
    clock = (lambda: now) if now else None
    return Deliverer(graph, Mailer(sink.config), RetryPolicy(**policy), now=clock)  # type: ignore[arg-type]


def send(api: httpx.Client, a: str, b: str, message: str = "Let us talk about AAV") -> dict:
    r = api.post(f"{BASE}/requests", json={"from": a, "to": b, "message": message, "priority": 4})
    assert r.status_code == 201, r.text
    return r.json()


def outbox(graph: Graph) -> list[dict]:
    rows = graph.driver.execute_query("MATCH (n:Notification) RETURN n {.*} AS n ORDER BY n.created_at").records
    return [r["n"] for r in rows]


def test_a_request_arrives_by_mail_in_the_recipients_language(
    event: httpx.Client, graph: Graph, smtp_sink: SmtpSink
) -> None:
    request = send(event, "n-venture", "n-cdmo")
    (queued,) = outbox(graph)
    assert queued["status"] == "pending" and queued["ref"] == request["id"]  # written with the request
    assert deliverer(graph, smtp_sink).run_once().sent == 1
    (mail,) = smtp_sink.messages
    assert smtp_sink.recipients == [["taro@birch.example"]]
    # n-cdmo reads Japanese: the sender by its Japanese name, the event's Japanese name, the message.
    assert mail["Subject"].strip() == "【通知テスト商談会】アスタージーン から面談リクエストが届きました"
    body = mail.get_content()
    assert "Let us talk about AAV" in body and "n-venture" not in body and "優先度 4" in body
    assert mail["Message-ID"] == f"<{queued['id']}@example.test>"

    # The answer goes to the sender, in English, with the reason.
    r = event.post(f"{BASE}/requests/{request['id']}/decline", json={"reason": "fully booked"})
    assert r.status_code == 200
    deliverer(graph, smtp_sink).run_once()
    answer = smtp_sink.messages[1]
    assert answer["Subject"].strip() == "Partnering Notify 2026: Birch Vector Works declined your meeting request"
    assert "fully booked" in answer.get_content() and answer["To"] == "hanako@aster.example"

    # The in-app list: each member its own, the organiser its event's, marked read by the recipient.
    cdmo = make_key(graph, Role.member, org="n-cdmo")
    venture = make_key(graph, Role.member, org="n-venture")
    organiser = make_key(graph, Role.organiser, events=[EVENT])
    mine = event.get("/v1/notifications", headers=bearer(cdmo)).json()
    assert [n["kind"] for n in mine] == ["request_received"] and mine[0]["status"] == "sent"
    assert {n["kind"] for n in event.get("/v1/notifications", headers=bearer(organiser)).json()} == {
        "request_received", "request_declined"}  # fmt: skip
    assert event.post(f"/v1/notifications/{mine[0]['id']}/read", headers=bearer(venture)).status_code == 403
    read = event.post(f"/v1/notifications/{mine[0]['id']}/read", headers=bearer(cdmo))
    assert read.status_code == 200 and read.json()["read_at"] is not None
    assert event.get("/v1/notifications", params={"unread": True}, headers=bearer(cdmo)).json() == []
    other = event.get("/v1/notifications", params={"event": "elsewhere"}, headers=bearer(organiser))
    assert other.status_code == 403


def test_a_message_waits_while_the_server_is_down_and_is_sent_once(graph: Graph, event: httpx.Client) -> None:
    sink = SmtpSink()  # not started: the mail server is down
    send(event, "n-venture", "n-cdmo")
    send(event, "n-vc", "n-cdmo")
    now = datetime.now(UTC)
    report = deliverer(graph, sink, now, backoff_seconds=60).run_once()
    assert report.sent == 0 and report.retried == 2
    for n in outbox(graph):
        assert n["status"] == "pending" and n["attempts"] == 1 and "mail server" in n["last_error"]
        assert n["next_attempt_at"].to_native() == now + timedelta(seconds=60)
    sink.start()
    try:
        assert deliverer(graph, sink, now + timedelta(seconds=30)).run_once().sent == 0  # not due yet
        # Two workers at once, after the backoff: each message is claimed by one of them only.
        later = now + timedelta(seconds=61)
        reports = []
        workers = [threading.Thread(target=lambda: reports.append(deliverer(graph, sink, later).run_once()))
                   for _ in range(2)]  # fmt: skip
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert sum(r.sent for r in reports) == 2
        assert deliverer(graph, sink, later + timedelta(hours=1)).run_once().sent == 0
        assert len(sink.messages) == 2 and len({m["Message-ID"] for m in sink.messages}) == 2
        assert {n["status"] for n in outbox(graph)} == {"sent"}
        assert [n["attempts"] for n in outbox(graph)] == [2, 2]
    finally:
        sink.stop()


def test_backoff_doubles_and_gives_up() -> None:
    policy = RetryPolicy(backoff_seconds=60, backoff_max_seconds=300, max_attempts=5)
    t = datetime(2030, 1, 1, tzinfo=UTC)
    assert [policy.next_attempt(n, t) - t for n in (1, 2, 3, 4)] == [timedelta(seconds=s) for s in (60, 120, 240, 300)]
    assert policy.next_attempt(5, t) is None


def test_schedule_published_and_the_reminder_carries_the_agenda(
    event: httpx.Client, graph: Graph, smtp_sink: SmtpSink
) -> None:
    request = send(event, "n-venture", "n-cdmo", message="AAV scale-up")
    event.post(f"{BASE}/requests/{request['id']}/accept")
    deliverer(graph, smtp_sink).run_once()
    assert event.post(f"{BASE}/schedule", json={"time_limit": 5}).status_code == 200
    (meeting,) = event.get(f"{BASE}/meetings").json()["meetings"]
    start = datetime.fromisoformat(meeting["start"])
    reminders = [n for n in outbox(graph) if n["kind"] == "reminder"]
    assert len(reminders) == 2
    assert {r["due_at"].to_native() for r in reminders} == {start - timedelta(hours=24)}
    deliverer(graph, smtp_sink).run_once()  # the publication now, not the reminders
    published = {m["To"]: m for m in smtp_sink.messages if "schedule" in m["Subject"] or "スケジュール" in m["Subject"]}
    assert set(published) == {"hanako@aster.example", "taro@birch.example"}
    assert "AAV scale-up" in published["hanako@aster.example"].get_content()
    assert "Birch Vector Works" in published["hanako@aster.example"].get_content()
    assert "アスタージーン" in published["taro@birch.example"].get_content()
    count = len(smtp_sink.messages)

    deliverer(graph, smtp_sink, start - timedelta(hours=23)).run_once()
    assert len(smtp_sink.messages) == count + 2
    reminder = next(m for m in smtp_sink.messages[count:] if m["To"] == "hanako@aster.example")
    assert reminder["Subject"].strip().startswith("Partnering Notify 2026: your first meeting is at")
    (attachment,) = list(reminder.iter_attachments())
    assert attachment.get_content_type() == "text/calendar" and attachment.get_filename().endswith(".ics")
    calendar = icalendar.Calendar.from_ical(attachment.get_content())
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == start and "Birch Vector Works" in str(vevent["SUMMARY"])
    assert "AAV scale-up" in str(vevent["DESCRIPTION"])

    # A re-run that moves the meeting tells both sides, and replaces the unsent reminders.
    tables = {"sessions": [{"day": DAY.isoformat(), "start": "14:00", "end": "15:00"}], "tables": ["T1"]}
    assert event.put(f"{BASE}/programme", json=tables).status_code == 200
    event.post(f"{BASE}/schedule", json={"time_limit": 5})
    changed = [n for n in outbox(graph) if n["kind"] in ("schedule_changed", "schedule_published")]
    assert {n["recipient"] for n in changed if n["created_at"] > reminders[0]["created_at"]} == {
        "n-venture", "n-cdmo"}  # fmt: skip


def test_requests_close_when_the_event_ends_and_pending_ones_expire_with_a_message(
    event: httpx.Client, graph: Graph
) -> None:
    pending = send(event, "n-venture", "n-vc")
    after = datetime.combine(DAY, datetime.min.time(), UTC) + timedelta(days=2)
    late = Partnering(graph, EVENT, now=lambda: after)
    assert late.requests(status="expired")[0].id == pending["id"]
    expired = [n for n in outbox(graph) if n["kind"] == "request_expired"]
    assert [n["recipient"] for n in expired] == ["n-venture"] and "Dogwood Ventures" in expired[0]["body"]
    assert late.expire() == 0  # told once
    with pytest.raises(Exception, match="ended") as refused:
        from matchmaker.partnering.models import RequestIn

        late.send(RequestIn.model_validate({"from": "n-cdmo", "to": "n-vc"}))
    assert getattr(refused.value, "field", None) == "to"


def test_a_programme_in_the_past_is_refused_naming_the_session(event: httpx.Client) -> None:
    past = (date.today() - timedelta(days=3)).isoformat()
    sessions = [
        {"day": DAY.isoformat(), "start": "10:00", "end": "11:00"},
        {"day": past, "start": "10:00", "end": "11:00"},
    ]
    r = event.put(f"{BASE}/programme", json={"sessions": sessions, "tables": ["T1"]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "sessions.1.day" and past in r.json()["message"]
    slot = {"id": "old", "start": f"{past}T10:00:00+09:00", "end": f"{past}T10:30:00+09:00"}
    r = event.put(f"{BASE}/programme", json={"slots": [slot], "tables": ["T1"]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "slots.0.end"


def test_outcome_after_the_slot_with_feedback_and_statistics(event: httpx.Client, graph: Graph) -> None:
    a = send(event, "n-venture", "n-cdmo")
    b = send(event, "n-vc", "n-cdmo")
    c = send(event, "n-venture", "n-vc")
    event.post(f"{BASE}/requests/{a['id']}/accept")
    event.post(f"{BASE}/requests/{b['id']}/decline")
    event.post(f"{BASE}/schedule", json={"time_limit": 5})
    (meeting,) = event.get(f"{BASE}/meetings").json()["meetings"]
    early = event.post(f"{BASE}/meetings/{meeting['id']}/outcome", json={"held": True, "rating": 5})
    assert early.status_code == 409 and early.json()["errors"][0]["field"] == "meeting_id"
    assert event.post(f"{BASE}/meetings/{meeting['id']}/outcome", json={"rating": 6}).status_code == 422

    # Move the programme so the meeting's slot has started (an organiser may set one running now).
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    slot = {"id": "now", "start": started.isoformat(), "end": (started + timedelta(minutes=30)).isoformat()}
    assert event.put(f"{BASE}/programme", json={"slots": [slot], "tables": ["T1"]}).status_code == 200
    event.post(f"{BASE}/schedule", json={"time_limit": 5})
    (meeting,) = event.get(f"{BASE}/meetings").json()["meetings"]
    venture, cdmo = make_key(graph, Role.member, org="n-venture"), make_key(graph, Role.member, org="n-cdmo")
    url = f"{BASE}/meetings/{meeting['id']}/outcome"
    r = event.post(url, json={"held": True, "rating": 4, "next_step": "send the NDA"}, headers=bearer(venture))
    assert r.status_code == 200 and r.json()["feedback"]["by"] == "n-venture", r.text
    assert event.post(url, json={"held": True, "by": "n-venture"}, headers=bearer(cdmo)).status_code == 403
    assert event.post(url, json={"held": True, "rating": 2}, headers=bearer(cdmo)).status_code == 200
    organiser = make_key(graph, Role.organiser, events=[EVENT])
    stats = event.get(f"{BASE}/statistics", headers=bearer(organiser)).json()
    assert stats["requests"] == {"pending": 1, "accepted": 1, "declined": 1, "expired": 0, "withdrawn": 0}
    assert stats["meetings_scheduled"] == 1 and stats["meetings_held"] == 1 and stats["feedback"] == 2
    assert stats["rating_mean"] == 3.0 and stats["rating_distribution"] == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 0}
    assert stats["next_steps"] == 1 and c["status"] == "pending"
    assert event.get(f"{BASE}/statistics", headers=bearer(venture)).status_code == 403


def test_exports_carry_the_message_every_table_and_japanese_names(event: httpx.Client) -> None:
    request = send(event, "n-venture", "n-cdmo", message="=HYPERLINK(1) AAV scale-up")
    event.post(f"{BASE}/requests/{request['id']}/accept")
    event.post(f"{BASE}/schedule", json={"time_limit": 5})
    agenda = event.get(f"{BASE}/agenda/n-venture").json()
    assert agenda["meetings"][0]["message"] == "=HYPERLINK(1) AAV scale-up"
    raw = event.get(f"{BASE}/agenda/n-venture", params={"format": "csv"}).content
    assert raw.startswith(b"\xef\xbb\xbf")
    (row,) = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    assert row["message"] == "'=HYPERLINK(1) AAV scale-up"  # neutralised
    book = openpyxl.load_workbook(io.BytesIO(event.get(f"{BASE}/agenda/n-venture", params={"format": "xlsx"}).content))
    sheet = book.active
    values = [c.value for c in sheet[2]]
    assert "Birch Vector Works" in values and "=HYPERLINK(1) AAV scale-up" in values
    assert sheet.cell(row=2, column=9).data_type == "s"  # text, never a formula
    ja = openpyxl.load_workbook(
        io.BytesIO(event.get(f"{BASE}/agenda/n-venture", params={"format": "xlsx", "lang": "ja"}).content)
    )
    assert "バーチ・ベクター" in [c.value for c in ja.active[2]] and ja.active["A1"].value == "日付"
    ics = event.get(f"{BASE}/agenda/n-venture", params={"format": "ics"}).content
    (vevent,) = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert "AAV scale-up" in str(vevent["DESCRIPTION"])
    assert "AAV scale-up" in event.get(f"{BASE}/agenda/n-venture", params={"format": "html"}).text

    overview = openpyxl.load_workbook(
        io.BytesIO(event.get(f"{BASE}/meetings", params={"format": "xlsx", "lang": "ja"}).content)
    )
    grid = overview["グリッド"]
    assert [c.value for c in grid[1]][1:] == ["T1", "T2", "T3"]  # every table, also the empty ones
    assert grid.max_row == 1 + 2  # every slot of the programme (10:00 and 10:30)
    cells = [c.value for row in grid.iter_rows(min_row=2) for c in row[1:] if c.value]
    assert cells == ["アスタージーン × バーチ・ベクター"] or cells == ["バーチ・ベクター × アスタージーン"]
    assert event.get(f"{BASE}/meetings", params={"format": "csv"}).content.startswith(b"\xef\xbb\xbf")


def test_cli_sends_the_outbox(
    event: httpx.Client, cli_env: dict, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from matchmaker.cli import app
    from matchmaker.settings import get_settings

    send(event, "n-venture", "n-cdmo")
    for key, value in smtp_sink.env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["notify", "send", "--once"])
    assert result.exit_code == 0, result.output
    assert "sent 1" in result.output and len(smtp_sink.messages) == 1
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def _no_stray_threads() -> Iterator[None]:
    yield
    assert not [t for t in threading.enumerate() if t.name == "matchmaker-notify"]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_kind_renders_in_both_languages(lang: str) -> None:
    """Every template renders with what partnering gives it, the subject naming the event."""
    from matchmaker.notify.models import KINDS
    from matchmaker.notify.outbox import render

    meetings = [{"when": "Wed 14 Oct 2026 10:00–10:30", "table": "T1", "other": "Birch", "message": "hi"}]
    changes = [
        {"change": c, "other": "Birch", "when": "11:00", "table": "T2", "before": "10:00 / T1"}
        for c in ("moved", "cancelled", "added")
    ]
    context = {
        "event": "EXPO", "recipient": "Aster", "timezone": "Asia/Tokyo", "other": "Birch", "message": "hello",
        "priority": 4, "reason": "booked", "expires": "tomorrow", "deadline": "yesterday", "meetings": meetings,
        "changes": changes, "first": "10:00", "venue": "Pacifico",
    }  # fmt: skip
    subjects = set()
    for kind in KINDS:
        subject, body = render(kind, lang, context)  # type: ignore[arg-type]
        assert "EXPO" in subject and "\n" not in subject and "{" not in subject + body, kind
        assert body.strip() and "Birch" in subject + body, kind
        subjects.add(subject)
    assert len(subjects) == len(KINDS)
    moved = render("schedule_changed", lang, context)[1]  # type: ignore[arg-type]
    assert moved.count("Birch") == 3 and "10:00 / T1" in moved
