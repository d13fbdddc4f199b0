"""Parse JSON Lines and CSV into raw records, keeping each record's file and line.

Parsing never raises on bad content: a malformed line becomes a :class:`Problem` so that one
import reports every error at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel

from matchmaker.model.records import ORG_CSV_LIST_FIELDS, Organization
from matchmaker.model.text import spreadsheet_unsafe

CSV_LIST_SEPARATOR = ";"


class Problem(BaseModel):
    """One error in the input, located by file, line and field."""

    file: str
    line: int
    field: str | None = None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class RawRecord:
    file: str
    line: int
    data: dict[str, Any]


def jsonl_lines(text: str | bytes) -> list[Any]:
    """The non-blank lines of a JSON Lines text or bytes: split on line feeds only. ``str.splitlines``
    also splits on U+2028, U+0085 and other separators that may sit unescaped inside a JSON string."""
    lines: list[Any] = text.split(b"\n") if isinstance(text, bytes) else text.split("\n")
    return [line for line in lines if line.strip()]


def read_jsonl(lines: Iterable[str | bytes], file: str) -> Iterator[RawRecord | Problem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield Problem(file=file, line=number, message=f"malformed JSON: {exc}")
            continue
        if not isinstance(data, dict):
            yield Problem(file=file, line=number, message="a line must hold one JSON object")
            continue
        yield RawRecord(file, number, data)


def _csv_value(column: str, cell: str) -> Any:
    cell = spreadsheet_unsafe(cell.strip())
    if column in ORG_CSV_LIST_FIELDS:
        return [v.strip() for v in cell.split(CSV_LIST_SEPARATOR) if v.strip()]
    return cell or None


def read_csv(text: str, file: str) -> Iterator[RawRecord | Problem]:
    """Organisations as CSV: one header row of field names, list cells separated by ``;``."""
    known = set(Organization.model_fields)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        header = next(reader, None)
    except csv.Error as exc:
        yield Problem(file=file, line=1, message=f"malformed CSV: {exc}")
        return
    if not header:
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    unknown = [h for h in header if h not in known]
    if unknown:
        yield Problem(file=file, line=1, field=unknown[0], message=f"unknown column(s) {unknown}")
        return
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        yield Problem(file=file, line=1, field=repeated[0], message=f"column(s) {repeated} appear more than once")
        return
    try:
        for row in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield Problem(file=file, line=number, message=f"{len(row)} cells for {len(header)} columns")
                continue
            data = {col: _csv_value(col, cell) for col, cell in zip(header, row, strict=True)}
            data = {k: v for k, v in data.items() if v is not None}
            data.setdefault("record", "organization")
            yield RawRecord(file, number, data)
    except csv.Error as exc:
        yield Problem(file=file, line=reader.line_num, message=f"malformed CSV: {exc}")


def read_text(text: str, file: str, fmt: str | None = None) -> Iterator[RawRecord | Problem]:
    """Dispatch on format (``jsonl`` or ``csv``), guessing from the file name when not given."""
    fmt = fmt or ("csv" if file.lower().endswith(".csv") else "jsonl")
    if fmt == "csv":
        return read_csv(text, file)
    return read_jsonl(text.split("\n"), file)  # line numbers kept; blank lines are skipped
