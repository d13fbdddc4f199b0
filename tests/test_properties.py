"""Property-based tests: whatever bytes a user feeds the import or the scheduler, the answer is a
clean result or a clear error naming where, never a crash and never a partial write."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.exchange.importer import ImportFailed, import_records
from matchmaker.exchange.reader import read_text
from matchmaker.graph.connection import Graph
from matchmaker.scheduling.model import InputError, parse_input
from matchmaker.scheduling.solver import solve
from tests.helpers import graph_snapshot

IDS = st.sampled_from(["o-a", "o-b", "c-x", "nope", "", "O A", "ｏ-全角"])
KINDS = st.sampled_from(["startup", "cdmo", "vc", "pharma", "unicorn", "", None])
SCALARS = st.none() | st.booleans() | st.integers(-5, 3000) | st.text(max_size=12) | IDS
FIELD_VALUES = SCALARS | st.lists(SCALARS, max_size=3) | st.dictionaries(st.text(max_size=5), SCALARS, max_size=2)
FIELDS = st.sampled_from(
    ["id", "kind", "name", "name_ja", "description", "needs", "region", "modalities", "capabilities", "founded",
     "communities", "source", "target", "type", "since", "attributes", "starts_on", "timezone", "owner", "bogus"]
)  # fmt: skip


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    """Mostly well-formed records of every type, with a few fields swapped for arbitrary values."""
    kind = draw(st.sampled_from(["organization", "community", "event", "seed", "link", "nonsense"]))
    base: dict[str, Any] = {"record": kind, "id": draw(IDS), "name": draw(st.text(max_size=20))}
    if kind == "organization":
        base["kind"] = draw(KINDS)
    if kind == "community":
        base["kind"] = draw(st.sampled_from(["regional", "industry", "x"]))
    if kind == "seed":
        base["owner"] = draw(IDS)
    if kind == "link":
        base = {"record": "link", "source": draw(IDS), "target": draw(IDS),
                "type": draw(st.sampled_from(["MEMBER_OF", "INVESTED_IN", "MET_WITH", "LIKES"]))}  # fmt: skip
    for field, value in draw(st.dictionaries(FIELDS, FIELD_VALUES, max_size=3)).items():
        base[field] = value
    return base


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = [json.dumps(r, ensure_ascii=False) for r in draw(st.lists(records(), min_size=1, max_size=6))]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["{", "[]", "null", "not json", "{}"])))
    return "\n".join(lines)


GOOD = [
    {"record": "organization", "id": "o-a", "kind": "startup", "name": "Alpha Bio"},
    {"record": "organization", "id": "o-b", "kind": "cdmo", "name": "Beta Works"},
]


@pytest.fixture(scope="module")
def seeded(session_graph: Graph) -> Graph:
    from matchmaker.graph.queries import cypher

    session_graph.run_auto(cypher("write/clear"))
    import_records(session_graph, read_text("\n".join(json.dumps(r) for r in GOOD), "good.jsonl"))
    return session_graph


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents(), skip_invalid=st.booleans())
def test_an_import_either_writes_all_valid_records_or_nothing(seeded: Graph, text: str, skip_invalid: bool) -> None:
    before = graph_snapshot(seeded)
    try:
        report = import_records(seeded, read_text(text, "fuzz.jsonl"), skip_invalid=skip_invalid, dry_run=True)
    except ImportFailed as exc:
        problems = exc.report.errors
        assert problems and not skip_invalid
        assert all(p.file == "fuzz.jsonl" and p.line >= 1 and p.message for p in problems)
    else:
        assert skip_invalid or not report.errors
    assert graph_snapshot(seeded) == before  # a dry run, failed or not, writes nothing


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents())
def test_a_failed_import_leaves_the_graph_as_it_was(seeded: Graph, text: str) -> None:
    before = graph_snapshot(seeded)
    try:
        import_records(seeded, read_text(text, "fuzz.jsonl"))
    except ImportFailed:
        assert graph_snapshot(seeded) == before
    else:  # everything was valid: undo it so the next example starts from the same graph
        seeded.run_auto("MATCH (n:Entity) WHERE NOT n.id IN ['o-a', 'o-b'] DETACH DELETE n")
        import_records(seeded, read_text("\n".join(json.dumps(r) for r in GOOD), "good.jsonl"))


SLOT_IDS = st.sampled_from(["s1", "s2", "s3", ""])
PEOPLE = st.sampled_from(["p1", "p2", "p3", "p9"])
TIMES = st.sampled_from(
    ["2026-10-14T10:00:00+09:00", "2026-10-14T10:30:00+09:00", "2026-10-14T11:00:00+09:00", "2026-10-14T10:00:00",
     "yesterday", 5]
)  # fmt: skip


@st.composite
def schedule_inputs(draw: st.DrawFn) -> Any:
    doc: dict[str, Any] = {
        "slots": draw(st.lists(st.fixed_dictionaries({"id": SLOT_IDS, "start": TIMES, "end": TIMES}), max_size=3)),
        "tables": draw(st.lists(st.sampled_from(["T1", "T2", "T1 "]), max_size=2)),
        "participants": draw(st.lists(st.fixed_dictionaries({
            "id": PEOPLE, "max_meetings": st.integers(-1, 3), "available": st.lists(SLOT_IDS, max_size=3)}),
            max_size=3)),
        "requests": draw(st.lists(st.fixed_dictionaries(
            {"a": PEOPLE, "b": PEOPLE, "weight": st.floats(-1, 5) | st.just(float("nan"))}), max_size=4)),
        "locked": draw(st.lists(st.fixed_dictionaries(
            {"a": PEOPLE, "b": PEOPLE, "slot": SLOT_IDS, "table": st.sampled_from(["T1", "T3"])}), max_size=2)),
    }  # fmt: skip
    if draw(st.booleans()):
        doc[draw(st.sampled_from(["extra", "slots", "requests"]))] = draw(SCALARS)
    return doc


@settings(max_examples=300, deadline=None)
@given(doc=schedule_inputs())
def test_schedule_input_is_solved_or_refused_entry_by_entry(doc: Any) -> None:
    try:
        problem = parse_input(doc)
    except InputError as exc:
        assert exc.problems and all(": " in line for line in exc.problems)
        return
    result = solve(problem, time_limit=2, workers=1)
    assert result.status in ("optimal", "feasible")
    people = {p.id: p for p in problem.participants}
    for m in result.meetings:
        assert m.slot in people[m.a].available and m.slot in people[m.b].available
