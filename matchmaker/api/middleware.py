"""ASGI middleware around every request: body-size limits, security headers, the write audit.

Plain ASGI rather than ``BaseHTTPMiddleware``, so streamed exports and uploads pass through
without being buffered.
"""

from __future__ import annotations

import logging
from typing import Any

import anyio
import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from matchmaker.access import audit
from matchmaker.access.models import Principal
from matchmaker.settings import Settings

log = logging.getLogger(__name__)

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: POSTs that only read (a body carries the question): not audited.
READ_ONLY_POSTS = frozenset({"/v1/matches", "/v1/profiles/analyse"})
UPLOAD_PATHS = frozenset({"/v1/import"})

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
# The browser UI loads only its own scripts, styles and images; /docs uses a CDN and keeps
# FastAPI's defaults.
_SECURITY_NAMES = frozenset(name for name, _ in SECURITY_HEADERS)
CSP = (
    b"default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
CSP_EXEMPT = ("/docs", "/redoc")


async def _reply(send: Send, status: int, message: str) -> None:
    body = orjson.dumps({"message": message, "errors": [{"field": "body", "message": message}]})
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """413 for a body over the limit: at once from Content-Length, or as soon as a streamed body
    passes it. Imports get ``max_upload_bytes``, every other request ``max_body_bytes``."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        upload = scope["path"] in UPLOAD_PATHS
        limit = self.settings.max_upload_bytes if upload else self.settings.max_body_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _reply(send, 413, f"body: {int(declared):,} bytes is over the limit of {limit:,}")
            return
        seen = 0
        started = False
        over = False  # the body passed the limit: whatever the app answers, the client gets 413

        async def counted() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    over = True
                    raise _TooLarge(limit)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if over:
                # FastAPI turns any error while reading a body into its own 400 without a field;
                # a streamed (chunked) body over the limit is answered like a declared one.
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _reply(send, 413, f"body: over the limit of {limit:,} bytes")
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _TooLarge as exc:
            if not started:
                await _reply(send, 413, f"body: over the limit of {exc.limit:,} bytes")


class _TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        self.limit = limit


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        authorised = any(k == b"authorization" for k, _ in scope["headers"])

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in _SECURITY_NAMES]
                headers += SECURITY_HEADERS
                if not path.startswith(CSP_EXEMPT):
                    headers.append((b"content-security-policy", CSP))
                if authorised and path.startswith("/v1/"):  # answers for one key: no shared caches
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class Audit:
    """Records every authenticated write (method, path, status, key) after its answer is sent.
    A failure to record is logged, not raised: the write's own outcome has already been given."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS or scope["path"] in READ_ONLY_POSTS:
            await self.app(scope, receive, send)
            return
        status: dict[str, int] = {}

        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, receive, watched)
        state: dict[str, Any] = scope.get("state") or {}
        principal: Principal | None = state.get("principal")
        if principal is None or principal.key_id is None:
            return
        graph = scope["app"].state.services.graph
        action = f"{scope['method']} {scope['path']}"
        query = scope.get("query_string", b"").decode("latin-1")[:500]
        try:
            await anyio.to_thread.run_sync(
                lambda: audit.record(
                    graph,
                    principal.actor,
                    action,
                    principal=principal,
                    query=query,
                    status=status.get("code"),
                    detail=state.get("audit_detail"),
                )
            )
        except Exception as exc:  # the audit must never turn a done write into an error
            log.error("could not audit %s by %s: %s", action, principal.actor, exc)
