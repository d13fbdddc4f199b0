"""Export the whole graph in the exchange format, so that import(export(g)) == g.

Nodes come first (communities, hubs, events, organisations, seeds), then links. A link that a
node record already states through a shorthand field (an organisation's ``communities`` and
``hub``, a hub's ``community``, a seed's ``owner``) and that carries nothing else is not
repeated as a link record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import orjson

from matchmaker.exchange.reader import CSV_LIST_SEPARATOR
from matchmaker.graph.connection import Graph, as_dict
from matchmaker.graph.store import native, record_from_row
from matchmaker.model.records import (
    JSON_FIELDS,
    LINK_SPECS,
    NODE_LABELS,
    Community,
    Event,
    Hub,
    LinkType,
    Organization,
    Seed,
)
from matchmaker.model.text import spreadsheet_safe

EXPORT_ORDER = (Community, Hub, Event, Organization, Seed)


def export_records(graph: Graph) -> Iterator[dict[str, Any]]:
    stated: set[tuple[str, str, str]] = set()
    for model in EXPORT_ORDER:
        with graph.stream("export/nodes", label=NODE_LABELS[model.model_fields["record"].default]) as rows:
            for row in rows:
                rec, links = record_from_row(model, as_dict(row))
                for name in JSON_FIELDS.get(rec["record"], ()):  # stored as a JSON string
                    if isinstance(rec.get(name), str):
                        rec[name] = orjson.loads(rec[name])
                stated.update(links)
                yield rec
    with graph.stream("export/links") as rows:
        for row in rows:
            props = {k: v for k, v in row["props"].items() if v is not None}
            key = props.pop("key", "")
            if not props and not key and (row["source"], row["type"], row["target"]) in stated:
                continue
            attrs_model = LINK_SPECS[LinkType(row["type"])].attrs
            rec = {"record": "link", "source": row["source"], "target": row["target"], "type": row["type"]}
            rec.update({k: native(props[k]) for k in ("since", "until") if k in props})
            attributes = {k: native(v) for k, v in props.items() if k in attrs_model.model_fields}
            if attributes:
                rec["attributes"] = attributes
            if "reference" in props:
                rec["reference"] = props["reference"]
            yield rec


ORGANIZATION_COLUMNS = [f for f in Organization.model_fields if f != "record"]
LINK_COLUMNS = ["source", "target", "type", "since", "until", "reference"]


def _cell(value: Any) -> Any:
    """A value as a spreadsheet cell: lists joined with ``;``, formulas defused (``model/text.py``)."""
    return spreadsheet_safe(CSV_LIST_SEPARATOR.join(map(str, value)) if isinstance(value, list) else value)


def organizations_csv(graph: Graph) -> Iterator[str]:
    """Organisations as CSV (the secretariat's spreadsheet), list cells joined with ``;``; a cell a
    spreadsheet would run as a formula starts with ``'`` (``model/text.py``; the reader removes it).
    It starts with a UTF-8 byte order mark: without one, Excel on Japanese Windows reads the file
    as Shift-JIS and garbles every Japanese name (the reader drops the mark again)."""
    columns = ORGANIZATION_COLUMNS
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for rec in export_records(graph):
        if rec["record"] != "organization":
            continue
        writer.writerow({k: _cell(v) for k, v in rec.items()})
        if buf.tell() > 1 << 16:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def organizations_xlsx(graph: Graph) -> bytes:
    """An Excel workbook of the organisations (one sheet, the CSV's columns) and the links between
    records (a second sheet: source, target, type, dates, reference and one column per attribute).
    It imports again as it is (``reader.read_xlsx``); memberships and hubs are the organisations'
    ``communities`` and ``hub`` columns, as in the CSV."""
    import openpyxl  # only this export needs it

    book = openpyxl.Workbook(write_only=True)
    orgs = book.create_sheet("organizations")
    orgs.append(ORGANIZATION_COLUMNS)
    links: list[dict[str, Any]] = []
    for rec in export_records(graph):
        if rec["record"] == "organization":
            orgs.append([_cell(rec.get(c)) for c in ORGANIZATION_COLUMNS])
        elif rec["record"] == "link":
            links.append(rec)
    attributes = sorted({name for rec in links for name in rec.get("attributes", {})})
    sheet = book.create_sheet("links")
    sheet.append(LINK_COLUMNS + attributes)
    for rec in links:
        attrs = rec.get("attributes", {})
        sheet.append([_cell(rec.get(c)) for c in LINK_COLUMNS] + [_cell(attrs.get(a)) for a in attributes])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
