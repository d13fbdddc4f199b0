"""Validate-then-write import, shared by the CLI and ``POST /v1/import``.

Every record is validated (fields, vocabularies, references to ids in the input or the graph,
link endpoint labels) before anything is written. By default one bad record means nothing is
written; with ``skip_invalid`` the valid records are written and the rest reported. Writes are
batched ``UNWIND ... MERGE`` in managed transactions, keyed by id, so re-running an import
leaves the graph unchanged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import orjson
from neo4j import ManagedTransaction
from pydantic import BaseModel, ValidationError

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.store import EncoderMismatch, embed_organizations
from matchmaker.exchange.reader import Problem, RawRecord
from matchmaker.graph.connection import Graph, row_revision
from matchmaker.graph.queries import cypher
from matchmaker.graph.store import SHORTHAND
from matchmaker.model.records import (
    JSON_FIELDS,
    LINK_SPECS,
    NODE_LABELS,
    RECORD_ADAPTER,
    Link,
    NodeRecord,
    Organization,
)
from matchmaker.profiles.store import analyse_organizations

Progress = Callable[[int], None]
SHORTHAND_FIELDS = {m: {f for f, *_ in spec} for m, spec in SHORTHAND.items()}


class ImportReport(BaseModel):
    """What an import wrote (or would write) and every problem found."""

    written: dict[str, int] = {}
    links: int = 0
    errors: list[Problem] = []
    skipped: int = 0
    dry_run: bool = False
    analysed: int = 0
    embedded: int = 0
    warnings: list[str] = []

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportFailed(Exception):
    """Validation found errors and nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.errors)} error(s); nothing was written")
        self.report = report


@dataclass
class _Valid:
    raw: RawRecord
    record: NodeRecord | Link
    problems: list[Problem] = field(default_factory=list)

    def fail(self, field_name: str, message: str) -> None:
        self.problems.append(self.raw.problem(field_name, message))


def _ids(value: list[str] | str | None) -> list[str]:
    """A shorthand field's ids, whether the field holds a list (communities) or one id (hub)."""
    return value if isinstance(value, list) else [value] if value else []


def _problems_from(exc: ValidationError, raw: RawRecord) -> list[Problem]:
    out = []
    tag = raw.data.get("record")
    for err in exc.errors(include_url=False):
        loc = list(err["loc"])
        if loc and loc[0] == tag:
            loc = loc[1:]
        # drop pydantic's union-member tags such as 'function-after[_check(), Link]'
        name = ".".join(str(p) for p in loc if "[" not in str(p))
        name = name or ("record" if err["type"].startswith("union_tag") else None)
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "union_tag_not_found":
            message = "missing field 'record' (organization, community, hub, event, seed or link)"
        if err["type"] == "union_tag_invalid":
            message = f"unknown record type {tag!r}; expected organization, community, hub, event, seed or link"
        out.append(raw.problem(name, message))
    return out


def _label(record: NodeRecord | Link) -> str:
    return NODE_LABELS[record.record]


def _existing_labels(graph: Graph, ids: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    ids = list(ids)
    for start in range(0, len(ids), 10_000):
        for row in graph.read("import/existing_ids", ids=ids[start : start + 10_000]):
            found[row["id"]] = row["label"]
    return found


def validate(raws: Iterable[RawRecord | Problem], graph: Graph) -> tuple[list[_Valid], list[Problem]]:
    """Check every record and every reference; returns the records that passed and all problems."""
    problems: list[Problem] = []
    parsed: list[_Valid] = []
    sheets: dict[str | None, int] = {}  # a workbook's sheets in their order, for the report
    for raw in raws:
        sheets.setdefault(raw.sheet, len(sheets))
        if isinstance(raw, Problem):
            problems.append(raw)
            continue
        try:
            parsed.append(_Valid(raw, RECORD_ADAPTER.validate_python(raw.data)))
        except ValidationError as exc:
            problems.extend(_problems_from(exc, raw))

    # Node ids: unique within the input.
    first_seen: dict[str, _Valid] = {}
    for item in parsed:
        rec = item.record
        if isinstance(rec, Link):
            continue
        if rec.id in first_seen:
            other = first_seen[rec.id].raw
            item.fail("id", f"duplicate id {rec.id!r} (first at {other.file}:{other.line})")
        else:
            first_seen[rec.id] = item

    referenced = {rec.id for rec in (i.record for i in parsed) if not isinstance(rec, Link)}
    for item in parsed:
        rec = item.record
        if isinstance(rec, Link):
            referenced.update((rec.source, rec.target))
        else:
            for name in SHORTHAND_FIELDS[type(rec)]:
                value = getattr(rec, name)
                referenced.update(_ids(value))
    in_graph = _existing_labels(graph, referenced)

    # An id may not change what it is.
    for item in parsed:
        rec = item.record
        if not isinstance(rec, Link) and in_graph.get(rec.id, _label(rec)) != _label(rec):
            item.fail("id", f"id {rec.id!r} already belongs to a {in_graph[rec.id]}")

    # References, repeated until stable: a node dropped for a bad reference may break others.
    while True:
        labels = dict(in_graph)
        labels.update(
            {i.record.id: _label(i.record) for i in parsed if not isinstance(i.record, Link) and not i.problems}
        )
        changed = False
        for item in parsed:
            if item.problems:
                continue
            for name, expected, where in _references(item.record):
                got = labels.get(name)
                if got is None:
                    msg = f"unknown id {name!r}: no such record in the input or the graph"
                elif got not in expected:
                    msg = f"{name!r} is a {got}; expected {' or '.join(sorted(expected))}"
                else:
                    continue
                item.fail(where, msg)
                changed = True
        if not changed:
            break
    for item in parsed:
        problems.extend(item.problems)
    problems.sort(key=lambda p: (p.file, sheets.get(p.sheet, 0), p.line))
    return [i for i in parsed if not i.problems], problems


def _references(rec: NodeRecord | Link) -> Iterable[tuple[str, frozenset[str] | set[str], str]]:
    if isinstance(rec, Link):
        spec = LINK_SPECS[rec.type]
        yield rec.source, spec.sources, "source"
        yield rec.target, spec.targets, "target"
        return
    for name, _type, label, _out in SHORTHAND[type(rec)]:
        value = getattr(rec, name)
        for ref in _ids(value):
            yield ref, {label}, name


# --- writing --------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return value


def node_props(rec: NodeRecord) -> dict[str, Any]:
    """The node's stored properties: every record field (None removes) except shorthand links."""
    skip = SHORTHAND_FIELDS[type(rec)] | {"record"}
    props = {k: _plain(v) for k, v in rec.model_dump().items() if k not in skip}
    for name in JSON_FIELDS.get(rec.record, ()):  # lists of maps: one JSON string, or removed when empty
        value = rec.model_dump(mode="json", include={name}, exclude_none=True)[name]
        props[name] = orjson.dumps(value).decode() if value else None
    if props.get("needs_confidential") is False:  # stored only when set, so exports stay as they were
        props["needs_confidential"] = None
    return props


def link_rows(rec: NodeRecord | Link) -> list[dict[str, Any]]:
    """Rows for ``import/links``: the link itself, or the links a node's shorthand fields make."""
    if isinstance(rec, Link):
        source, target = rec.source, rec.target
        spec = LINK_SPECS[rec.type]
        if spec.symmetric and target < source:
            source, target = target, source
        attrs = {name: None for name in spec.attrs.model_fields}
        attrs.update(rec.attributes)
        props = {"since": rec.since, "until": rec.until, "reference": rec.reference, **attrs}
        return [{"source": source, "target": target, "type": rec.type.value, "key": rec.key, "props": props}]
    rows = []
    for name, link_type, _, outgoing in SHORTHAND[type(rec)]:
        value = getattr(rec, name)
        for ref in _ids(value):
            source, target = (rec.id, ref) if outgoing else (ref, rec.id)
            rows.append({"source": source, "target": target, "type": link_type.value, "key": "", "props": None})
    return rows


@dataclass
class WritePlan:
    """The rows an import sends, built once: counted for the progress bar and the report, then
    written (or not, for a dry run)."""

    nodes: dict[str, list[dict[str, Any]]]
    links: list[dict[str, Any]]
    written: dict[str, int]
    link_records: int

    @property
    def rows(self) -> int:
        return sum(map(len, self.nodes.values())) + len(self.links)


def plan_writes(records: list[NodeRecord | Link]) -> WritePlan:
    """Node rows by label and link rows (explicit links and those the shorthand fields make)."""
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    links: list[dict[str, Any]] = []
    written: Counter[str] = Counter()
    for rec in records:
        if not isinstance(rec, Link):
            nodes[_label(rec)].append({"id": rec.id, "props": node_props(rec)})
            written[rec.record] += 1
        links.extend(link_rows(rec))
    return WritePlan(dict(nodes), links, dict(written), sum(isinstance(r, Link) for r in records))


def write(graph: Graph, plan: WritePlan, batch_size: int, progress: Progress | None = None) -> None:
    """Write a plan: all nodes first (by label), then all links, batch by batch."""

    def run(query: str, rows: list[dict[str, Any]], **params: Any) -> None:
        def work(tx: ManagedTransaction) -> None:
            tx.run(query, rows=rows, row_rev=row_revision(tx), **params).consume()
            tx.run(cypher("write/version_bump")).consume()

        graph.transaction(work)
        if progress:
            progress(len(rows))

    for label, rows in plan.nodes.items():
        for start in range(0, len(rows), batch_size):
            run(cypher("import/nodes"), rows[start : start + batch_size], label=label)
    for start in range(0, len(plan.links), batch_size):
        run(cypher("import/links"), plan.links[start : start + batch_size])


def import_records(
    graph: Graph,
    raws: Iterable[RawRecord | Problem],
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    batch_size: int = 2000,
    progress: Progress | None = None,
    on_validated: Callable[[int], None] | None = None,
    encoder: Encoder | None = None,
    embed_progress: Progress | None = None,
) -> ImportReport:
    """Validate everything, then write (unless errors and not ``skip_invalid``, or ``dry_run``),
    then analyse the organisations whose profile text changed (matchmaker/profiles/store.py) and
    embed them (when an ``encoder`` is given).

    Raises :class:`ImportFailed` when errors were found and nothing was written.
    """
    valid, problems = validate(raws, graph)
    if problems and not skip_invalid:
        raise ImportFailed(ImportReport(errors=problems, dry_run=dry_run))
    records = [v.record for v in valid]
    plan = plan_writes(records)
    if on_validated:
        on_validated(plan.rows)
    report = ImportReport(
        written=plan.written,
        links=plan.link_records,
        errors=problems,
        skipped=len({(p.file, p.sheet, p.line) for p in problems}),
        dry_run=dry_run,
    )
    if dry_run:
        return report
    write(graph, plan, batch_size, progress)
    ids = [r.id for r in records if isinstance(r, Organization)]
    report.analysed = analyse_organizations(graph, ids)
    if encoder is not None:
        try:
            report.embedded = embed_organizations(graph, encoder, ids, embed_progress)
        except EncoderMismatch as exc:
            report.warnings.append(f"profiles not embedded: {exc}")
    return report
