"""``matchmaker notify send [--once]``: deliver the notification outbox through SMTP.

Run it as a service of its own (or from cron with ``--once``) when the API runs without its
worker, or to flush the outbox by hand; it takes messages the same atomic way the API's worker
does, so both may run at once without sending anything twice."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from matchmaker.cli.common import console, fail, services
from matchmaker.settings import get_settings

app = typer.Typer(no_args_is_help=True, help="Notifications: deliver the e-mail outbox.")


@app.command()
def send(
    once: Annotated[bool, typer.Option("--once", help="One round, then exit (for cron or by hand).")] = False,
) -> None:
    """Expire requests past their deadline, then send the due messages; without --once, again every
    MATCHMAKER_NOTIFY_POLL_SECONDS until interrupted."""
    settings = get_settings()
    if not settings.smtp_host:
        fail("MATCHMAKER_SMTP_HOST is not set: notifications stay in the outbox and the in-app list")
    with services() as built:
        while True:
            report = built.deliver_once()
            if report is not None and (report.sent or report.retried or report.failed or once):
                console.print(f"sent {report.sent}, to retry {report.retried}, failed {report.failed}")
            if once:
                return
            try:
                time.sleep(settings.notify_poll_seconds)
            except KeyboardInterrupt:
                return
