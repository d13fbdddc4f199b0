"""Every error answer is JSON with a ``message`` that names the field, and a list of ``errors``.

Neo4j being unreachable is the service's problem, not the client's: it answers 503 with
``Retry-After`` so clients and load balancers back off instead of failing hard.
"""

from __future__ import annotations

from typing import Any

import neo4j.exceptions
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match

from matchmaker.errors import Conflict, DomainError, Forbidden, Invalid, NotFound, Unauthenticated, Unavailable
from matchmaker.exchange.importer import ImportFailed

RETRY_AFTER_SECONDS = 5

#: The domain's errors (matchmaker/errors.py) as HTTP statuses: the one place that knows both.
STATUS: dict[type[DomainError], int] = {
    Invalid: 422,
    Unauthenticated: 401,
    Forbidden: 403,
    NotFound: 404,
    Conflict: 409,
    Unavailable: 503,
}


def status_of(exc: DomainError) -> int:
    """The status of a domain error: its own kind's, or its nearest base's (a subclass such as a
    scheduling conflict answers like a conflict)."""
    return next((STATUS[k] for k in type(exc).__mro__ if k in STATUS), 400)


class ErrorItem(BaseModel):
    field: str | None = None
    message: str
    line: int | None = None
    file: str | None = None
    sheet: str | None = None
    column: str | None = None


class ErrorBody(BaseModel):
    message: str
    errors: list[ErrorItem] = []


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    """The field path of a pydantic error location, without the request part ('body', 'query')
    and without the union-member tags pydantic inserts ('str-enum[OrgKind]', 'function-after[...]')."""
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(p for p in parts if "[" not in p) or "body"


# The error answers every route may give, documented once for the OpenAPI document (and so for
# clients and the schemathesis run in tests/test_openapi.py).
COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        400: "The request cannot be processed",
        401: "No API key, or one that is unknown or revoked", 403: "Not allowed for this key's role or scope",
        404: "Not found", 405: "Method not allowed (Allow lists the methods)",
        409: "Conflicts with the current state (named in the message)", 413: "Body too large",
        422: "Invalid input: the message and `errors` name each field",
        429: "Over the rate limit; retry after Retry-After",
        503: "Neo4j unavailable; retry after Retry-After",
    }.items()
}  # fmt: skip


def error(status: int, message: str, errors: list[ErrorItem] | None = None, **headers: str) -> JSONResponse:
    body = ErrorBody(message=message, errors=errors or [])
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers or None)


async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    # Malformed JSON is located by its character position ("body", 33): the field is the body.
    items = [
        ErrorItem(
            field="body" if e["type"] == "json_invalid" else _field(e["loc"]),
            message=e["msg"].removeprefix("Value error, "),
        )
        for e in exc.errors()
    ]
    first = items[0] if items else ErrorItem(message="invalid request")
    return error(422, f"{first.field}: {first.message}", items)


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    body = ErrorBody(message=str(exc.detail)).model_dump(exclude_none=True)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed(request)
    return JSONResponse(body, status_code=exc.status_code, headers=headers or None)


def _allowed(request: Request) -> str:
    """Every method some route offers for this path. Starlette's 405 names only the methods of the
    first route whose path matched, while FastAPI makes one route per method."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        if isinstance(route, BaseRoute) and getattr(route, "methods", None):
            match, _ = route.matches(request.scope)
            if match != Match.NONE:
                methods |= set(route.methods)  # type: ignore[attr-defined]
    return ", ".join(sorted(methods))


async def _import_failed(_: Request, exc: ImportFailed) -> JSONResponse:
    items = [
        ErrorItem(field=p.field, message=p.message, line=p.line, file=p.file, sheet=p.sheet, column=p.column)
        for p in exc.report.errors
    ]
    first = exc.report.errors[0]
    where = f"sheet {first.sheet!r}, row {first.line}" if first.sheet is not None else f"line {first.line}"
    where += f", column {first.column}" if first.column else ""
    where += f", {first.field}" if first.field else ""
    return error(422, f"{len(items)} error(s), nothing written; first: {where}: {first.message}", items)


async def _domain(_: Request, exc: Exception) -> JSONResponse:
    """The domain's errors, by the table above, naming the field at fault when there is one; a
    401 tells the client how to authenticate, a 503 when to retry."""
    field = getattr(exc, "field", None)
    message = f"{field}: {exc}" if field else str(exc)
    status = status_of(exc) if isinstance(exc, DomainError) else getattr(exc, "status", 400)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    if status == 503:
        headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return error(status, message, [ErrorItem(field=field, message=str(exc))], **headers)


async def _unavailable(_: Request, exc: Exception) -> JSONResponse:
    return error(
        503,
        f"the graph database is unavailable ({type(exc).__name__}); retry shortly",
        **{"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ImportFailed, _import_failed)
    app.add_exception_handler(DomainError, _domain)
    for exc in (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, ConnectionError):
        app.add_exception_handler(exc, _unavailable)
