"""Backup and restore: everything matchmaker stores, in one portable archive.

A backup is a gzipped tar with three JSON Lines members:

- ``ecosystem.jsonl``: the exchange format (``matchmaker export``), so it can also be imported on
  its own, validated, into any matchmaker database;
- ``events.jsonl``: the partnering settings stored on events (tables, request deadline, caps);
- ``partnering.jsonl``: every slot, participant, meeting request and meeting, as stored;
- ``access.jsonl``: API keys (hashes only) and the audit trail, so keys keep working after a
  restore (absent from archives made before it existed);
- ``assessments.jsonl``: members' self-assessments (absent from archives made before them).

Derived data is not in it: profile vectors and analysed facets are recomputed on restore (the
restore imports through the validated import path, with the configured encoder), so a backup is
small and survives a change of encoder. Times are written as ISO 8601 with their offset and read
back as Neo4j datetimes.

The partnering reads run in one read transaction, but Neo4j gives read-committed isolation, not
a snapshot: take a backup while no import runs (the API can keep serving reads). A restore reads
and checks the whole archive first, refuses a database that is not empty, and imports the
ecosystem validate-first like any import; if it fails later (Neo4j gone), reset the database and
run it again.
"""

from __future__ import annotations

import datetime as dt
import io
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from neo4j import ManagedTransaction

from matchmaker.embeddings.base import Encoder
from matchmaker.exchange.exporter import export_records
from matchmaker.exchange.importer import ImportReport, import_records
from matchmaker.exchange.reader import RawRecord, jsonl_lines
from matchmaker.graph.connection import Graph, as_dict
from matchmaker.graph.queries import cypher

FORMAT_VERSION = 1
PARTNERING_LABELS = ("Slot", "Participant", "MeetingRequest", "Meeting", "Feedback")
ACCESS_LABELS = ("ApiKey", "AuditEvent")
_TIME = "$datetime"


class BackupError(Exception):
    """A backup cannot be restored here (not empty, unreadable archive, unknown format)."""


@dataclass
class BackupReport:
    records: int = 0
    events: int = 0
    partnering: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    restored: ImportReport | None = None


def _encode(value: Any) -> Any:
    """Neo4j datetimes as tagged ISO strings (so restore can make datetimes of them again)."""
    if hasattr(value, "to_native"):
        value = value.to_native()
    if isinstance(value, dt.datetime):
        return {_TIME: value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {_TIME}:
        return dt.datetime.fromisoformat(value[_TIME])
    return value


def _encoded(props: dict[str, Any]) -> dict[str, Any]:
    return {k: _encode(v) for k, v in props.items()}


def _decoded(props: dict[str, Any]) -> dict[str, Any]:
    return {k: _decode(v) for k, v in props.items()}


def _lines(rows: Iterator[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in rows)


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(data), int(time.time())
    tar.addfile(info, io.BytesIO(data))


def backup(graph: Graph, out: Path) -> BackupReport:
    """Write everything to ``out`` (a .tar.gz)."""
    started = time.perf_counter()
    report = BackupReport()

    def read(tx: ManagedTransaction) -> tuple[list[dict[str, Any]], ...]:
        events = [as_dict(r) for r in tx.run(cypher("backup/event_settings"))]
        nodes = [as_dict(r) for r in tx.run(cypher("backup/partnering_nodes"))]
        access = [as_dict(r) for r in tx.run(cypher("backup/access_nodes"))]
        assessments = [as_dict(r) for r in tx.run(cypher("backup/assessments"))]
        return events, nodes, access, assessments

    records = list(export_records(graph))
    with graph.driver.session(database=graph.database) as session:
        events, nodes, access, assessments = session.execute_read(read)
    report.records, report.events = len(records), len(events)
    for n in nodes:
        report.partnering[n["label"]] = report.partnering.get(n["label"], 0) + 1
    manifest = {"format": "matchmaker-backup", "version": FORMAT_VERSION,
                "created_at": dt.datetime.now(dt.UTC).isoformat(), "records": report.records,
                "events": report.events, "partnering": report.partnering}  # fmt: skip
    with tarfile.open(out, "w:gz") as tar:
        _add(tar, "manifest.json", orjson.dumps(manifest))
        _add(tar, "ecosystem.jsonl", _lines(iter(records)))
        _add(tar, "events.jsonl", _lines({"id": e["id"], "props": _encoded(e["props"])} for e in events))
        _add(tar, "partnering.jsonl", _lines({"label": n["label"], "props": _encoded(n["props"])} for n in nodes))
        _add(tar, "access.jsonl", _lines({"label": n["label"], "props": _encoded(n["props"])} for n in access))
        _add(tar, "assessments.jsonl", _lines(iter(assessments)))
    report.seconds = time.perf_counter() - started
    return report


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    try:
        f = tar.extractfile(name)
    except KeyError:
        raise BackupError(f"not a matchmaker backup: no {name}") from None
    if f is None:
        raise BackupError(f"not a matchmaker backup: {name} is not a file")
    return f.read()


def restore(
    graph: Graph, archive: Path, encoder: Encoder | None = None, progress: Callable[[int], None] | None = None
) -> BackupReport:
    """Restore a backup into an empty database: the ecosystem through the validated import (so
    profiles are embedded and analysed again), then event settings and partnering records."""
    started = time.perf_counter()
    try:
        with tarfile.open(archive, "r:gz") as tar:
            manifest = orjson.loads(_member(tar, "manifest.json"))
            ecosystem = jsonl_lines(_member(tar, "ecosystem.jsonl"))
            events = [orjson.loads(line) for line in jsonl_lines(_member(tar, "events.jsonl"))]
            nodes = [orjson.loads(line) for line in jsonl_lines(_member(tar, "partnering.jsonl"))]
            with_access = "access.jsonl" in tar.getnames()
            access = [orjson.loads(line) for line in jsonl_lines(_member(tar, "access.jsonl"))] if with_access else []
            names = tar.getnames()
            assessments = (
                [orjson.loads(line) for line in jsonl_lines(_member(tar, "assessments.jsonl"))]
                if "assessments.jsonl" in names
                else []
            )
    except (OSError, tarfile.TarError, orjson.JSONDecodeError) as exc:
        raise BackupError(f"{archive}: cannot read: {exc}") from None
    if manifest.get("format") != "matchmaker-backup" or manifest.get("version") != FORMAT_VERSION:
        raise BackupError(f"{archive}: not a matchmaker backup of format version {FORMAT_VERSION}")
    unknown = {n["label"] for n in nodes} - set(PARTNERING_LABELS)
    unknown |= {n["label"] for n in access} - set(ACCESS_LABELS)
    if unknown:
        raise BackupError(f"{archive}: unknown records {sorted(unknown)}")
    if not graph.read("backup/is_empty")[0]["empty"]:
        raise BackupError("the database is not empty: restore into a fresh one (matchmaker db reset)")
    raws = [RawRecord("ecosystem.jsonl", n, orjson.loads(line)) for n, line in enumerate(ecosystem, start=1)]
    report = BackupReport(records=len(raws), events=len(events))
    report.restored = import_records(graph, raws, encoder=encoder, on_validated=progress)
    graph.write("backup/event_settings_restore", rows=[{"id": e["id"], "props": _decoded(e["props"])} for e in events])
    for label in PARTNERING_LABELS:
        rows = [_decoded(n["props"]) for n in nodes if n["label"] == label]
        if rows:
            graph.write("backup/partnering_restore", label=label, rows=rows)
            report.partnering[label] = len(rows)
    for label in ACCESS_LABELS:
        rows = [_decoded(n["props"]) for n in access if n["label"] == label]
        if rows:
            graph.write("backup/access_restore", label=label, rows=rows)
    if assessments:
        graph.write("backup/assessments_restore", rows=assessments)
    report.seconds = time.perf_counter() - started
    return report
