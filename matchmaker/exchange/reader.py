"""Parse JSON Lines, CSV and Excel workbooks into raw records, keeping each record's file, sheet,
line and columns.

Parsing never raises on bad content: a malformed line becomes a :class:`Problem` so that one
import reports every error at once. CSV and XLSX go through one path (:func:`read_rows`): the
headings may be English or Japanese (``columns.py``), and the records then meet the same
validation and writes as JSON Lines.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import BaseModel

from matchmaker.exchange.columns import LINK_COLUMNS, ORGANIZATION_COLUMNS, column_letter, heading_key, link_type
from matchmaker.model.records import ORG_CSV_LIST_FIELDS
from matchmaker.model.text import spreadsheet_unsafe

CSV_LIST_SEPARATOR = ";"
#: What separates the items of a list cell: ``;`` (what exports write), its full-width form, the
#: Japanese comma and a line break inside the cell.
LIST_SEPARATORS = re.compile(r"[;；、\n]")
#: The encodings a CSV is read in, named in the refusal of any other.
CSV_ENCODINGS = "UTF-8 (with or without BOM) or Shift-JIS (CP932)"
#: Link attributes that hold lists (a links sheet writes them like the list columns).
LINK_LIST_ATTRIBUTES = ("items", "services")
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Problem(BaseModel):
    """One error in the input, located by file, line and field."""

    file: str
    line: int
    field: str | None = None
    message: str
    sheet: str | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.sheet is not None:
            where = f"{self.file}: sheet {self.sheet!r}, row {self.line}"
        else:
            where = f"{self.file}:{self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class RawRecord:
    file: str
    line: int
    data: dict[str, Any]
    sheet: str | None = None
    #: field (or ``attributes.<name>``) -> the column it was read from, as ``C (モダリティ)``
    columns: Mapping[str, str] = field(default_factory=dict)

    def problem(self, field_name: str | None, message: str) -> Problem:
        """A problem with this record, located by sheet, row and the column of ``field_name``."""
        column = None
        if field_name:
            parts = field_name.split(".")
            for end in range(len(parts), 0, -1):
                name = ".".join(parts[:end])
                column = self.columns.get(name) or self.columns.get(f"attributes.{name}")
                if column:
                    break
        return Problem(
            file=self.file, line=self.line, field=field_name, message=message, sheet=self.sheet, column=column
        )


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


def _cell_text(value: Any) -> str:
    """A cell as text: numbers a spreadsheet stored as floats lose a ``.0``, dates are ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _value(column: str, cell: Any) -> Any:
    text = spreadsheet_unsafe(_cell_text(cell).strip())
    if column in ORG_CSV_LIST_FIELDS or column.removeprefix("attributes.") in LINK_LIST_ATTRIBUTES:
        return [v.strip() for v in LIST_SEPARATORS.split(text) if v.strip()] or None
    if column == "type":
        return link_type(text) if text else None
    return text or None


def read_rows(
    header: list[Any],
    rows: Iterable[tuple[int, list[Any]]],
    file: str,
    sheet: str | None = None,
    header_line: int = 1,
    exact_width: bool = False,
) -> Iterator[RawRecord | Problem]:
    """Records from a table with one heading row: organisations, or links when the headings name a
    source and a target (any other column of a links sheet is one of the link's attributes).
    ``rows`` are (row number, cells); with ``exact_width`` (CSV) a row has one cell per column,
    while a workbook's rows may end early."""
    at = Problem(file=file, line=header_line, sheet=sheet, message="")
    headings = [_cell_text(h).strip().lstrip("\ufeff") for h in header]
    while headings and not headings[-1]:
        headings.pop()
    keys = [heading_key(h) for h in headings]
    is_links = {"source", "target"} <= {LINK_COLUMNS.get(k) for k in keys}
    table = LINK_COLUMNS if is_links else ORGANIZATION_COLUMNS
    fields: list[str] = []
    for index, (heading, key) in enumerate(zip(headings, keys, strict=True)):
        name = table.get(key)
        if name is None and is_links and heading:
            name = f"attributes.{heading}"
        if name is None:
            known = "id, kind, name, name_ja, ... (or 名称, 種別, ...)"
            yield at.model_copy(update={"column": f"{column_letter(index)} ({heading or 'blank'})", "field": heading,
                                        "message": f"unknown column {heading!r}; expected one of {known}"})  # fmt: skip
            return
        fields.append(name)
    repeated = sorted({f for f in fields if fields.count(f) > 1})
    if repeated:
        message = f"column(s) {repeated} appear more than once"
        yield at.model_copy(update={"field": repeated[0], "message": message})
        return
    columns = {f: f"{column_letter(i)} ({h})" for i, (f, h) in enumerate(zip(fields, headings, strict=True))}
    if "name" not in columns and "name_ja" in columns:
        columns["name"] = columns["name_ja"]
    for number, row in rows:
        cells = list(row)
        while len(cells) > len(fields) and (cells[-1] is None or str(cells[-1]).strip() == ""):
            cells.pop()
        if not any(_cell_text(c).strip() for c in cells):
            continue
        if len(cells) > len(fields) or (exact_width and len(cells) != len(fields)):
            problem = at.model_copy(update={"line": number, "message": f"{len(cells)} cells for {len(fields)} columns"})
            yield problem
            continue
        data: dict[str, Any] = {}
        for name, cell in zip(fields, cells, strict=False):
            value = _value(name, cell)
            if value is None:
                continue
            if name.startswith("attributes."):
                data.setdefault("attributes", {})[name.removeprefix("attributes.")] = value
            else:
                data[name] = value
        data.setdefault("record", "link" if is_links else "organization")
        if not is_links and "name" not in data and "name_ja" in data:
            data["name"] = data["name_ja"]  # a Japanese member list has only 名称: it is the name too
        yield RawRecord(file, number, data, sheet=sheet, columns=columns)


def read_csv(text: str, file: str) -> Iterator[RawRecord | Problem]:
    """Organisations (or links) as CSV: one heading row, list cells separated by ``;``."""
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        header = next(reader, None)
    except csv.Error as exc:
        yield Problem(file=file, line=1, message=f"malformed CSV: {exc}")
        return
    if not header:
        return

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for row in reader:
            yield reader.line_num, list(row)

    try:
        yield from read_rows(header, rows(), file, exact_width=True)
    except csv.Error as exc:
        yield Problem(file=file, line=reader.line_num, message=f"malformed CSV: {exc}")


def read_xlsx(data: bytes, file: str) -> Iterator[RawRecord | Problem]:
    """Every sheet of an Excel workbook: its first non-blank row is the headings; a sheet of links
    is told apart by its source and target columns. Formulas are read as their last computed value."""
    import openpyxl  # a few hundred ms to import; only workbooks need it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        yield Problem(file=file, line=0, message=f"not an Excel workbook (.xlsx): {exc}")
        return
    try:
        for sheet in book.worksheets:
            numbered = ((n, list(r)) for n, r in enumerate(sheet.iter_rows(values_only=True), start=1))
            for number, header in numbered:
                if any(_cell_text(c).strip() for c in header):
                    yield from read_rows(header, numbered, file, sheet.title, number)
                    break
    finally:
        book.close()


def decode_csv(data: bytes, file: str) -> str | Problem:
    """CSV bytes as text: UTF-8 (a BOM is dropped), else Shift-JIS as Windows writes it (CP932),
    which Excel on Japanese Windows saves as "CSV". Anything else is refused, naming what is read
    and, when charset-normalizer recognises it, what the file seems to be."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        return data.decode("cp932")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    seems = f"; it looks like {best.encoding}" if best is not None else ""
    return Problem(
        file=file,
        line=0,
        field="encoding",
        message=f"not {CSV_ENCODINGS} (byte {utf8_error.start}){seems}: save it as CSV UTF-8 or upload the .xlsx",
    )


def guess_format(file: str, content_type: str | None = None, data: bytes | None = None) -> str:
    """``jsonl``, ``csv`` or ``xlsx`` from a media type, a file name or the first bytes (a zip)."""
    content_type = (content_type or "").lower()
    name = file.lower()
    if "spreadsheetml" in content_type or name.endswith(".xlsx") or (data or b"")[:4] == b"PK\x03\x04":
        return "xlsx"
    if "csv" in content_type or name.endswith(".csv"):
        return "csv"
    return "jsonl"


def read_bytes(data: bytes, file: str, fmt: str | None = None) -> Iterator[RawRecord | Problem]:
    """Records from a file's bytes in any format read here (guessed from the name when not given)."""
    fmt = fmt or guess_format(file, data=data)
    if fmt == "xlsx":
        yield from read_xlsx(data, file)
        return
    if fmt == "csv":
        text = decode_csv(data, file)
        if isinstance(text, Problem):
            yield text
            return
        yield from read_csv(text, file)
        return
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Problem(file=file, line=0, field="encoding", message=f"JSON Lines must be UTF-8 (byte {exc.start})")
        return
    yield from read_jsonl(text.split("\n"), file)  # line numbers kept; blank lines are skipped


def read_text(text: str, file: str, fmt: str | None = None) -> Iterator[RawRecord | Problem]:
    """Dispatch on format (``jsonl`` or ``csv``), guessing from the file name when not given."""
    fmt = fmt or ("csv" if file.lower().endswith(".csv") else "jsonl")
    if fmt == "csv":
        return read_csv(text, file)
    return read_jsonl(text.split("\n"), file)  # line numbers kept; blank lines are skipped
