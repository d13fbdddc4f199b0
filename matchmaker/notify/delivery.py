"""Delivering the outbox through SMTP: stdlib ``smtplib`` and ``email``, one connection per batch.

A message is claimed before it is sent (``outbox.claim``), so two workers never send the same one;
it carries a Message-ID derived from its id, so even a resend after a crash mid-send (the lease
expired) is recognisably the same message. A failure schedules the next attempt with exponential
backoff (``backoff * 2**(attempts-1)``, capped) on the node itself: a restart loses nothing."""

from __future__ import annotations

import logging
import smtplib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

import neo4j.exceptions

from matchmaker.graph.connection import Graph
from matchmaker.notify import outbox

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmtpConfig:
    """Where mail goes (from the settings ``smtp_*``; the edge builds it)."""

    host: str
    port: int = 587
    user: str | None = None
    password: str | None = None
    sender: str = "matchmaker@localhost"
    starttls: bool = True
    timeout: float = 10.0


@dataclass(frozen=True)
class RetryPolicy:
    backoff_seconds: float = 60.0
    backoff_max_seconds: float = 6 * 3600.0
    max_attempts: int = 12

    def next_attempt(self, attempts: int, now: datetime) -> datetime | None:
        """When to try again after ``attempts`` failed ones; None when it is time to give up."""
        if attempts >= self.max_attempts:
            return None
        delay = min(self.backoff_seconds * 2 ** max(attempts - 1, 0), self.backoff_max_seconds)
        return now + timedelta(seconds=delay)


def message_id(notification_id: str, sender: str) -> str:
    """Stable per notification: a resend is the same message to the receiving servers."""
    domain = sender.rpartition("@")[2] or "matchmaker"
    return f"<{notification_id}@{domain}>"


def build_message(row: dict, config: SmtpConfig) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = row["subject"]
    msg["From"] = formataddr(("matchmaker", config.sender))
    msg["To"] = ", ".join(row["addresses"])
    msg["Message-ID"] = message_id(row["id"], config.sender)
    msg["Date"] = format_datetime(row["created_at"].astimezone(UTC))
    msg["Content-Language"] = row["lang"]
    msg["X-Matchmaker-Notification"] = row["id"]
    msg.set_content(row["body"])
    if row.get("attachment"):
        maintype, _, subtype = (row.get("attachment_type") or "application/octet-stream").partition("/")
        msg.add_attachment(
            row["attachment"].encode(), maintype=maintype, subtype=subtype, filename=row.get("attachment_name")
        )
    return msg


class Mailer:
    """Sends messages over one SMTP connection per batch."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def connect(self) -> smtplib.SMTP:
        c = self.config
        smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
        try:
            if c.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if c.user:
                smtp.login(c.user, c.password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp


@dataclass
class Report:
    sent: int = 0
    retried: int = 0
    failed: int = 0


class Deliverer:
    """Sends what is due: ``run_once`` claims a batch, sends it and records each result."""

    def __init__(
        self,
        graph: Graph,
        mailer: Mailer,
        policy: RetryPolicy | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.graph = graph
        self.mailer = mailer
        self.policy = policy or RetryPolicy()
        clock = now or (lambda: datetime.now(UTC))
        self.now = lambda: clock().astimezone(UTC)  # Neo4j gets UTC times (see outbox.Draft.row)

    def run_once(self, batch: int = 20) -> Report:
        report = Report()
        while True:
            rows = outbox.claim(self.graph, self.now(), limit=batch)
            if not rows:
                return report
            self._send(rows, report)
            if len(rows) < batch:
                return report

    def _send(self, rows: list[dict], report: Report) -> None:
        try:
            smtp = self.mailer.connect()
        except (OSError, smtplib.SMTPException) as exc:
            for row in rows:
                self._failed(row, f"cannot reach the mail server: {exc}", report)
            return
        try:
            for row in rows:
                try:
                    smtp.send_message(build_message(row, self.mailer.config))
                except (OSError, smtplib.SMTPException) as exc:
                    self._failed(row, f"{type(exc).__name__}: {exc}", report)
                else:
                    outbox.mark_sent(self.graph, row["id"], self.now())
                    report.sent += 1
        finally:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def _failed(self, row: dict, error: str, report: Report) -> None:
        next_at = self.policy.next_attempt(int(row["attempts"]), self.now())
        outbox.mark_retry(self.graph, row["id"], error, next_at)
        if next_at is None:
            report.failed += 1
            log.warning("notification %s failed for good after %s attempts: %s", row["id"], row["attempts"], error)
        else:
            report.retried += 1


class Worker:
    """The background delivery loop of a long-running process (the API starts one when SMTP is
    configured): every ``poll_seconds`` runs ``tick`` (the partnering sweep that expires requests,
    then ``Deliverer.run_once``). A failing tick is logged and tried again on the next."""

    def __init__(self, tick: Callable[[], object], poll_seconds: float) -> None:
        self.tick = tick
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="matchmaker-notify", daemon=True)

    def start(self) -> Worker:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError) as exc:
                log.warning("notification delivery: %s", exc)
            except Exception:
                log.exception("notification delivery failed")
            self._stop.wait(self.poll_seconds)
