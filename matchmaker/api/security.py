"""Who is asking: the API key on each request, checked once per request and limited per key.

Only routes marked ``@public`` answer without a key.

``identify`` runs for every route (an app-wide dependency), so an invalid key is refused
everywhere with 401 and every caller is rate-limited; routes then ask ``matchmaker.access.policy``
what the principal may do. Checked keys are remembered per process for ``key_cache_seconds``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from typing import Annotated, Any, TypeVar

from cachetools import TTLCache
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.utils import generate_unique_id
from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter

from matchmaker.access.keys import verify
from matchmaker.access.models import ANONYMOUS, Principal, Role
from matchmaker.access.policy import require, unauthorised
from matchmaker.graph.connection import Graph
from matchmaker.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

#: Paths that neither need a key nor count against a limit: orchestrators poll them.
UNLIMITED = frozenset({"/healthz", "/readyz"})

bearer = HTTPBearer(
    auto_error=False,
    description="An API key (`matchmaker keys create`), sent as `Authorization: Bearer mm_...`.",
)


class Gate:
    """One per app (and so per worker process): the key cache and the rate-limit counters."""

    def __init__(self, settings: Settings) -> None:
        self.ttl = settings.key_cache_seconds
        self._keys: TTLCache[str, Principal | None] = TTLCache(maxsize=10_000, ttl=max(self.ttl, 1e-6))
        self._lock = threading.Lock()
        # A sliding window of two counters: constant memory and time per key, however high its limit
        # (a moving window keeps one entry per request of the last window).
        self.limiter = SlidingWindowCounterRateLimiter(storage_from_string(settings.rate_limit_storage))
        self.default_limit = parse(settings.rate_limit)
        self.anonymous_limit = parse(settings.rate_limit_anonymous)

    def principal(self, graph: Graph, token: str) -> Principal | None:
        if self.ttl > 0:
            with self._lock:
                try:  # one look-up: an entry can expire between a membership test and a read (a 500 once)
                    return self._keys[token]
                except KeyError:
                    pass
        found = verify(graph, token)
        if self.ttl > 0:
            with self._lock:
                self._keys[token] = found
        return found

    def forget(self) -> None:
        """Drop every remembered key (after a revocation in this process)."""
        with self._lock:
            self._keys.clear()

    def limit_for(self, principal: Principal) -> RateLimitItem:
        if principal.rate_limit:
            return _parsed(principal.rate_limit)
        return self.default_limit if principal.key_id else self.anonymous_limit

    def refused_key(self, client: str, *, count: bool) -> None:
        """Refused keys are counted per client address at the anonymous limit: each costs a
        look-up, and guessing keys must not be free. 429 once the address is over it; ``count``
        adds this refusal."""
        who = f"refused:{client}"
        if count:
            self.limiter.hit(self.anonymous_limit, who)
        elif not self.limiter.test(self.anonymous_limit, who):
            self._too_many(self.anonymous_limit, who, "refused keys from this address")

    def _too_many(self, item: RateLimitItem, who: str, what: str) -> None:
        reset = self.limiter.get_window_stats(item, who).reset_time
        wait = max(1, math.ceil(reset - time.time()))
        raise HTTPException(
            429, f"rate limit of {item} exceeded for {what}; retry after {wait} s", headers={"Retry-After": str(wait)}
        )

    def hit(self, principal: Principal, client: str) -> None:
        item = self.limit_for(principal)
        who = principal.key_id or f"ip:{client}"
        if not self.limiter.hit(item, who):
            reset = self.limiter.get_window_stats(item, who).reset_time
            wait = max(1, math.ceil(reset - time.time()))
            raise HTTPException(
                429, f"rate limit of {item} exceeded for this {'key' if principal.key_id else 'address'}; "
                f"retry after {wait} s", headers={"Retry-After": str(wait)},
            )  # fmt: skip


@lru_cache(maxsize=1024)
def _parsed(limit: str) -> RateLimitItem:
    return parse(limit)


def identify(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal:
    """The principal of this request (anonymous without a key); 401 for a bad key, 429 over the limit."""
    gate: Gate = request.app.state.gate
    # The socket's peer: a forwarded header counts only from MATCHMAKER_TRUSTED_PROXIES (api/app.py).
    client = request.client.host if request.client else "unknown"
    principal = ANONYMOUS
    if credentials is not None:
        gate.refused_key(client, count=False)
        found = gate.principal(request.app.state.services.graph, credentials.credentials)
        if found is None:
            gate.refused_key(client, count=True)
            raise unauthorised_key()
        principal = found
    request.state.principal = principal
    if principal.key_id is None and not getattr(request.scope.get("endpoint"), "public", False):
        raise unauthorised()
    if request.url.path not in UNLIMITED:
        gate.hit(principal, client)
    return principal


def unauthorised_key() -> Exception:
    return unauthorised("the API key is not valid (unknown, revoked, expired or mistyped)")


Caller = Annotated[Principal, Depends(identify)]


def allowed(*roles: Role, what: str) -> Any:
    """A route dependency: the caller must hold one of ``roles`` (any key when none is given)."""

    def check(caller: Caller) -> Principal:
        require(caller, *roles, what=what)
        return caller

    return Depends(check)


#: operationIds of the ``@public`` routes, recorded as FastAPI names each operation.
_PUBLIC_OPERATIONS: set[str] = set()


def operation_id(route: APIRoute) -> str:
    """FastAPI's own operationId, noting which operations are public for ``document_access``."""
    uid = generate_unique_id(route)
    if getattr(route.endpoint, "public", False):
        _PUBLIC_OPERATIONS.add(uid)
    return uid


def document_access(app: FastAPI) -> None:
    """The OpenAPI document states that ``@public`` routes take a key but do not need one
    (``security: [{}, {HTTPBearer: []}]``); FastAPI would mark every route as needing one."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = generate()
        for operations in schema["paths"].values():
            for operation in operations.values():
                if operation.get("operationId") in _PUBLIC_OPERATIONS:
                    operation["security"] = [{}, *operation.get("security", [])]
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
