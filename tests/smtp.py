"""A real SMTP server in the test process (aiosmtpd), to check what matchmaker e-mails.

``SmtpSink`` listens on a free loopback port and keeps every message it receives, parsed; it can
be stopped (the mail server is down) and started again on the same port. The ``smtp_sink``
fixture gives a running one; a browser test imports it to "receive the email"::

    from tests import smtp
    from tests.smtp import SmtpSink

    smtp_sink = smtp.smtp_sink  # the fixture

    def test_x(smtp_sink: SmtpSink) -> None:
        ...
        message = smtp_sink.wait_for(lambda m: "request" in m["Subject"])
"""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from matchmaker.notify.delivery import SmtpConfig


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Collect:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.sink.lock:
            self.sink.messages.append(message)  # type: ignore[arg-type]
            self.sink.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


class SmtpSink:
    """An SMTP server on 127.0.0.1 that keeps what it receives (``messages``, in arrival order).
    A long Subject arrives folded after the colon: compare ``m["Subject"].strip()``."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []
        self.lock = threading.Lock()
        self._controller: Controller | None = None

    def start(self) -> SmtpSink:
        self._controller = Controller(_Collect(self), hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def config(self) -> SmtpConfig:
        """How matchmaker reaches it (no STARTTLS, no login)."""
        return SmtpConfig(host="127.0.0.1", port=self.port, starttls=False, sender="matchmaker@example.test")

    @property
    def env(self) -> dict[str, str]:
        """The settings' environment variables that point a server or the CLI at it."""
        return {
            "MATCHMAKER_SMTP_HOST": "127.0.0.1", "MATCHMAKER_SMTP_PORT": str(self.port),
            "MATCHMAKER_SMTP_STARTTLS": "false", "MATCHMAKER_SMTP_FROM": "matchmaker@example.test",
        }  # fmt: skip

    def wait_for(self, match: Callable[[EmailMessage], bool], timeout: float = 30.0) -> EmailMessage:
        """The first message ``match`` accepts, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                for m in self.messages:
                    if match(m):
                        return m
            time.sleep(0.1)
        raise AssertionError(f"no matching message within {timeout} s; got {[m['Subject'] for m in self.messages]}")


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    try:
        yield sink
    finally:
        sink.stop()
