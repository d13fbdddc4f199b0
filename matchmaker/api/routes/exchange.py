"""Bulk import and export in the exchange format, its JSON Schema, and the vocabularies."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from matchmaker.access.imports import check_import
from matchmaker.access.models import Role
from matchmaker.access.policy import public
from matchmaker.api.deps import GraphDep, ServicesDep
from matchmaker.api.security import Caller, allowed
from matchmaker.exchange.exporter import export_records, organizations_csv, organizations_xlsx
from matchmaker.exchange.importer import ImportReport
from matchmaker.exchange.reader import XLSX_MEDIA_TYPE, guess_format, read_bytes
from matchmaker.model.records import json_schema
from matchmaker.model.vocabulary import get_vocabulary

router = APIRouter(prefix="/v1", tags=["exchange"])
Format = Literal["jsonl", "csv", "xlsx"]
ImportFormat = Literal["jsonl", "csv", "xlsx"]


@router.post(
    "/import",
    response_model=ImportReport,
    dependencies=[allowed(Role.admin, Role.secretariat, what="import data")],
    summary="Import JSON Lines, CSV (UTF-8 or Shift-JIS) or an Excel workbook",
    openapi_extra={"requestBody": {"content": {
        "application/x-ndjson": {"schema": {"type": "string"}, "example":
            '{"record": "organization", "id": "vc-example", "kind": "vc", "name": "Example Capital"}\n'},
        "text/csv": {"schema": {"type": "string"}, "example": "id,kind,name\nvc-example,vc,Example Capital\n"},
        XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
    }, "required": True}},
)  # fmt: skip
async def import_file(
    request: Request,
    services: ServicesDep,
    caller: Caller,
    format: Annotated[
        ImportFormat | None, Query(description="Default: from Content-Type (text/csv, an .xlsx type, or JSON Lines)")
    ] = None,
    skip_invalid: Annotated[bool, Query(description="Write the valid records and report the rest")] = False,
    dry_run: Annotated[bool, Query(description="Validate only")] = False,
) -> ImportReport:
    body = await request.body()  # at most max_upload_bytes: middleware.BodyLimit answers 413 beyond
    fmt = format or guess_format("body", request.headers.get("content-type"), body)
    raws = list(read_bytes(body, "body", fmt))
    await run_in_threadpool(check_import, caller, services.graph, raws)  # a secretariat: its own members

    report = await run_in_threadpool(services.import_records, raws, skip_invalid=skip_invalid, dry_run=dry_run)
    nodes = ", ".join(f"{n} {k}" for k, n in sorted(report.written.items())) or "no nodes"
    request.state.audit_detail = f"{'would write' if dry_run else 'wrote'} {nodes}, {report.links} links"
    return report


@router.get(
    "/export",
    summary="Export the whole graph (confidential needs included: an admin's backup)",
    dependencies=[allowed(Role.admin, what="export the graph")],
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}, XLSX_MEDIA_TYPE: {}}}},
)
def export(graph: GraphDep, format: Format = "jsonl") -> Response:
    """``jsonl``: everything; ``csv``: organisations (with a BOM, for Excel); ``xlsx``: organisations
    and links as two sheets."""
    if format == "xlsx":
        return Response(
            organizations_xlsx(graph),
            media_type=XLSX_MEDIA_TYPE,
            headers={"Content-Disposition": 'attachment; filename="organizations.xlsx"'},
        )
    if format == "csv":
        return StreamingResponse(
            organizations_csv(graph),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="organizations.csv"'},
        )
    lines = (orjson.dumps(rec) + b"\n" for rec in export_records(graph))
    return StreamingResponse(
        lines,
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="matchmaker.jsonl"'},
    )


@router.get("/schema", summary="JSON Schema of one exchange-format line")
@public
def schema() -> dict[str, Any]:
    return json_schema()


@router.get("/vocabulary", summary="Controlled vocabularies with English and Japanese labels")
@public
def vocabulary() -> dict[str, Any]:
    vocab = get_vocabulary()
    return {name: [t.model_dump(exclude_none=True) for t in terms.values()] for name, terms in vocab.sections.items()}
