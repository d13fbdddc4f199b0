"""The partnering-event scheduler: hard constraints (checked by the independent checker), locked
meetings, optimality on brute-forced instances, idle gaps, validation messages, unscheduled reasons.

Pure: no database. Time limits are small; the instances are sized so the solver proves or nearly
proves optimality within them.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from matchmaker.cli.schedule import schedule
from matchmaker.scheduling import greedy, idle_gaps, solve, violations
from matchmaker.scheduling.model import (
    A_FULL,
    B_FULL,
    CAPACITY,
    NO_COMMON_SLOT,
    NO_SLOT_FOR_BOTH,
    Changes,
    InputError,
    Locked,
    Meeting,
    Request,
    ScheduleInput,
    ScheduleOutput,
    changes,
    parse_input,
)
from matchmaker.synthetic.scheduling import synthetic_event

TOKYO = timezone(timedelta(hours=9))


def event(
    slots: int,
    tables: int,
    people: dict[str, tuple[int, list[int]]],
    requests: list[tuple[str, str, float]],
    locked: list[tuple[str, str, int, str]] = (),  # type: ignore[assignment]
    per_day: int = 8,
) -> dict[str, Any]:
    """A small INPUT document: slot k is s{k}, 30 minutes from 10:00 on day k // per_day."""
    start = datetime(2026, 10, 14, 10, tzinfo=TOKYO)
    return {
        "slots": [
            {
                "id": f"s{k}",
                "start": (t := start + timedelta(days=k // per_day, minutes=30 * (k % per_day))).isoformat(),
                "end": (t + timedelta(minutes=30)).isoformat(),
            }
            for k in range(slots)
        ],
        "tables": [f"T{n + 1}" for n in range(tables)],
        "participants": [
            {"id": pid, "max_meetings": cap, "available": [f"s{k}" for k in avail]}
            for pid, (cap, avail) in people.items()
        ],
        "requests": [{"a": a, "b": b, "weight": w} for a, b, w in requests],
        "locked": [{"a": a, "b": b, "slot": f"s{k}", "table": t} for a, b, k, t in locked],
    }


@pytest.mark.parametrize(
    ("participants", "requests", "tables", "locked"), [(30, 120, 4, 3), (120, 700, 12, 10), (300, 1500, 25, 20)]
)
def test_generated_events_hold_every_hard_constraint(
    participants: int, requests: int, tables: int, locked: int
) -> None:
    problem = synthetic_event(participants, requests, tables=tables, locked=locked, seed=participants)
    assert len(problem.locked) == locked
    result = solve(problem, time_limit=2)
    base = greedy(problem)
    assert violations(problem, result) == []
    assert violations(problem, base) == []
    assert result.objective >= base.objective
    assert result.objective <= result.bound
    assert len(result.meetings) > 0
    # tables are a real limit here, so some pairs are left out, each with a reason
    assert result.unscheduled
    assert all(u.reason for u in result.unscheduled)


def test_checker_catches_broken_schedules() -> None:
    """The checker is what the other tests lean on, so it must see each kind of violation."""
    people = {"a": (1, [0, 1]), "b": (2, [0, 1]), "c": (2, [0]), "d": (1, [0, 1])}
    doc = event(2, 2, people, [("a", "b", 2), ("b", "c", 1), ("a", "c", 1)])
    problem = parse_input(doc)
    good = solve(problem, time_limit=2)
    assert violations(problem, good) == []
    assert [(u.a, u.b) for u in good.unscheduled] == [("a", "c")]
    data = good.model_dump()
    bad = [
        {**data, "meetings": [*data["meetings"], {"a": "a", "b": "d", "slot": "s1", "table": "T2"}]},  # unrequested
        {**data, "meetings": [{**m, "slot": "s1"} for m in data["meetings"]]},  # b twice in s1, c unavailable
        {**data, "meetings": [{**m, "table": "T1"} for m in data["meetings"]]},  # fine unless two share a slot
        {**data, "objective": data["objective"] + 1},
        {**data, "unscheduled": []},  # (a, c) neither scheduled nor unscheduled
        {
            **data,
            "meetings": [*data["meetings"], {"a": "a", "b": "c", "slot": "s0", "table": "T2"}],
            "unscheduled": [],
            "objective": data["objective"] + 1,
        },  # a over max_meetings
    ]
    assert violations(problem, type(good).model_validate(bad.pop(2))) == []
    for broken in bad:
        assert violations(problem, type(good).model_validate(broken)), broken


def test_locked_meetings_survive_a_rerun() -> None:
    problem = synthetic_event(80, 400, tables=8, seed=7)
    first = solve(problem, time_limit=1.5)
    keep = first.meetings[::5]
    assert keep
    again = problem.model_copy(update={"locked": [Locked(**m.model_dump()) for m in keep]})
    again = parse_input(again.model_dump(mode="json"))
    second = solve(again, time_limit=1.5)
    assert violations(again, second) == []
    placed = {(m.a, m.b): (m.slot, m.table) for m in second.meetings}
    for m in keep:
        assert placed[m.a, m.b] == (m.slot, m.table)


def _brute_force(problem: ScheduleInput) -> float:
    """Best total weight over every assignment of each request to a slot or to nothing."""
    avail = {q.id: set(q.available) for q in problem.participants}
    cap = {q.id: q.max_meetings for q in problem.participants}
    slots = [s.id for s in problem.slots]
    best = 0.0
    for choice in itertools.product([None, *slots], repeat=len(problem.requests)):
        used: dict[str, int] = {}
        busy: set[tuple[str, str]] = set()
        per_slot: dict[str, int] = {}
        ok, total = True, 0.0
        for r, s in zip(problem.requests, choice, strict=True):
            if s is None:
                continue
            if s not in avail[r.a] or s not in avail[r.b] or (r.a, s) in busy or (r.b, s) in busy:
                ok = False
                break
            busy |= {(r.a, s), (r.b, s)}
            used[r.a], used[r.b] = used.get(r.a, 0) + 1, used.get(r.b, 0) + 1
            per_slot[s] = per_slot.get(s, 0) + 1
            total += r.weight
        if ok and all(used[p] <= cap[p] for p in used) and all(k <= len(problem.tables) for k in per_slot.values()):
            best = max(best, total)
    return best


@pytest.mark.parametrize("seed", range(6))
def test_tiny_instances_reach_the_brute_force_optimum(seed: int) -> None:
    rng = random.Random(seed)
    people = {f"p{n}": (rng.randint(1, 3), sorted(rng.sample(range(3), rng.randint(1, 3)))) for n in range(5)}
    pairs = rng.sample(list(itertools.combinations(sorted(people), 2)), 7)
    doc = event(3, rng.randint(1, 2), people, [(a, b, rng.randint(1, 9)) for a, b in pairs])
    problem = parse_input(doc)
    optimum = _brute_force(problem)
    result = solve(problem, time_limit=5)
    assert violations(problem, result) == []
    assert result.objective == optimum
    assert result.bound == optimum
    assert result.status == "optimal"


def test_fractional_weights() -> None:
    doc = event(1, 1, {"a": (1, [0]), "b": (1, [0]), "c": (1, [0])}, [("a", "b", 0.25), ("a", "c", 0.3)])
    result = solve(parse_input(doc), time_limit=2)
    assert [(m.a, m.b) for m in result.meetings] == [("a", "c")]
    assert result.objective == pytest.approx(0.3)
    assert result.bound >= result.objective


def test_solver_closes_idle_gaps() -> None:
    """Hub meets x, y, z on one day of 5 slots. A valid schedule with gaps exists (slots 0, 2, 4);
    first-come-first-served makes it (each request in its earliest slot); the solver packs the three
    meetings into s2-s4."""
    people = {"hub": (3, [0, 1, 2, 3, 4]), "x": (1, [0, 1, 2, 3, 4]), "y": (1, [2, 3, 4]), "z": (1, [4])}
    doc = event(5, 1, people, [("hub", "x", 1), ("hub", "y", 1), ("hub", "z", 1)], per_day=5)
    problem = parse_input(doc)
    base = greedy(problem)
    assert idle_gaps(problem, base)["hub"] == 2  # x in s0, y in s2, z in s4: s1 and s3 idle
    result = solve(problem, time_limit=3)
    assert violations(problem, result) == []
    assert result.objective == 3
    assert idle_gaps(problem, result)["hub"] == 0


def test_solver_has_fewer_gaps_than_greedy_on_a_generated_event() -> None:
    """With room for every request both schedule the same pairs, so only the placement differs."""
    problem = synthetic_event(100, 250, tables=60, availability=1.0, max_meetings=(24, 24), seed=3)
    result, base = solve(problem, time_limit=3), greedy(problem)
    assert not result.unscheduled and result.objective == base.objective
    assert sum(idle_gaps(problem, result).values()) < sum(idle_gaps(problem, base).values()) / 2


def test_gaps_are_counted_per_local_day() -> None:
    """Meetings in s2 (day 1) and s4 (day 2, its first slot) leave no gap: s3 ends day 1."""
    people = {"a": (2, [2, 4]), "b": (2, [2, 4]), "c": (2, [2, 4])}
    doc = event(8, 1, people, [("a", "b", 1), ("a", "c", 1)], per_day=4)
    problem = parse_input(doc)
    result = solve(problem, time_limit=2)
    assert result.objective == 2
    assert idle_gaps(problem, result)["a"] == 0


OK = event(2, 1, {"p1": (2, [0, 1]), "p2": (2, [0, 1]), "p3": (2, [0])}, [("p1", "p2", 1), ("p2", "p3", 2)])


def lock(a: str, b: str, slot: str, table: str) -> dict[str, str]:
    return {"a": a, "b": b, "slot": slot, "table": table}


def _mutate(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = json.loads(json.dumps(OK))
    change(doc)
    return doc


MALFORMED: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (lambda d: d["requests"][1].update(b="p9"), "requests[1].b: unknown participant 'p9'"),
    (lambda d: d["requests"][0].update(a="p2"), "requests[0]: 'p2' cannot meet itself"),
    (lambda d: d["requests"].append({"a": "p2", "b": "p1", "weight": 3}), "requests[2]: duplicate pair ('p2', 'p1')"),
    (lambda d: d["requests"][0].update(weight=0), "requests[0].weight: Input should be greater than 0"),
    (lambda d: d["slots"][1].update(end=d["slots"][1]["start"]), "slots[1].end: slot 's1' ends at or before it starts"),
    (lambda d: d["slots"][1].update(id="s0"), "slots[1].id: duplicate slot id 's0'"),
    (lambda d: d["slots"][0].update(start="2026-10-14T10:00:00"), "slots[0].start: Input should have timezone info"),
    (lambda d: d["tables"].append("T1"), "tables[1]: duplicate table 'T1'"),
    (lambda d: d["participants"][2].update(id="p1"), "participants[2].id: duplicate participant id 'p1'"),
    (lambda d: d["participants"][0]["available"].append("s7"), "participants[0].available[2]: unknown slot 's7'"),
    (lambda d: d["participants"][0].update(max_meetings=-1), "participants[0].max_meetings: Input should be greater"),
    (lambda d: d["locked"].append(lock("p1", "p3", "s1", "T1")), "locked[0].b: 'p3' is not available in slot 's1'"),
    (lambda d: d["locked"].append(lock("p1", "p2", "s0", "T9")), "locked[0].table: unknown table 'T9'"),
    (lambda d: d["locked"].append(lock("p1", "p2", "s5", "T1")), "locked[0].slot: unknown slot 's5'"),
    (
        lambda d: d["locked"].extend(
            [{"a": "p1", "b": "p2", "slot": "s0", "table": "T1"}, {"a": "p3", "b": "p2", "slot": "s0", "table": "T1"}]
        ),
        "locked[1].table: table 'T1' already holds locked[0] in slot 's0'",
    ),
    (
        lambda d: (
            d.update(tables=["T1", "T2"])
            or d["locked"].extend(
                [
                    {"a": "p1", "b": "p2", "slot": "s0", "table": "T1"},
                    {"a": "p3", "b": "p2", "slot": "s0", "table": "T2"},
                ]
            )
        ),
        "locked[1].b: 'p2' already meets in slot 's0' (locked[0])",
    ),
    (
        lambda d: (
            d["participants"][1].update(max_meetings=0)
            or d["locked"].append({"a": "p1", "b": "p2", "slot": "s0", "table": "T1"})
        ),
        "locked[0].b: 'p2' has more locked meetings than max_meetings (0)",
    ),
    (
        lambda d: d["locked"].extend(
            [{"a": "p1", "b": "p2", "slot": "s0", "table": "T1"}, {"a": "p2", "b": "p1", "slot": "s1", "table": "T1"}]
        ),
        "locked[1]: duplicate pair ('p2', 'p1'), already at locked[0]",
    ),
    (lambda d: d.pop("tables"), "tables: Field required"),
]


def test_the_valid_document_is_valid() -> None:
    assert len(parse_input(OK).requests) == 2


@pytest.mark.parametrize(("change", "message"), MALFORMED)
def test_malformed_input_names_the_entry(change: Callable[[dict[str, Any]], None], message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_input(_mutate(change))
    assert any(line.startswith(message) for line in info.value.problems), info.value.problems


def _reasons(doc: dict[str, Any]) -> dict[tuple[str, str], str]:
    problem = parse_input(doc)
    result = solve(problem, time_limit=2)
    assert violations(problem, result) == []
    return {(u.a, u.b): u.reason for u in result.unscheduled}


def test_reason_no_common_slot() -> None:
    doc = event(2, 1, {"a": (1, [0]), "b": (1, [1])}, [("a", "b", 1)])
    assert _reasons(doc) == {("a", "b"): NO_COMMON_SLOT}


def test_reason_max_meetings_on_either_side() -> None:
    people = {"hub": (1, [0, 1]), "x": (2, [0, 1]), "y": (2, [0, 1]), "z": (2, [0, 1])}
    doc = event(2, 2, people, [("hub", "x", 5), ("hub", "y", 1), ("z", "hub", 1)])
    assert _reasons(doc) == {("hub", "y"): A_FULL, ("z", "hub"): B_FULL}


def test_reason_no_slot_left_for_both() -> None:
    people = {"hub": (3, [0]), "x": (2, [0]), "y": (2, [0])}
    doc = event(1, 2, people, [("hub", "x", 5), ("hub", "y", 1)])
    assert _reasons(doc) == {("hub", "y"): NO_SLOT_FOR_BOTH}


def test_reason_without_any_table() -> None:
    doc = event(1, 0, {"a": (1, [0]), "b": (1, [0])}, [("a", "b", 1)])
    assert _reasons(doc) == {("a", "b"): NO_SLOT_FOR_BOTH}


def test_reason_capacity() -> None:
    people = {"a": (1, [0]), "b": (1, [0]), "c": (1, [0]), "d": (1, [0])}
    doc = event(1, 1, people, [("a", "b", 5), ("c", "d", 1)])
    assert _reasons(doc) == {("c", "d"): CAPACITY}


def test_greedy_is_first_come_first_served() -> None:
    """The baseline keeps the early low-weight request; the solver prefers the heavy one."""
    people = {"a": (1, [0]), "b": (1, [0]), "c": (1, [0])}
    doc = event(1, 1, people, [("a", "b", 1), ("a", "c", 5)])
    problem = parse_input(doc)
    assert [(m.a, m.b) for m in greedy(problem).meetings] == [("a", "b")]
    assert [(m.a, m.b) for m in solve(problem, time_limit=2).meetings] == [("a", "c")]


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(schedule)
    return app


def test_cli_writes_a_valid_schedule(tmp_path: Path) -> None:
    problem = synthetic_event(40, 150, tables=5, locked=2, seed=5)
    src, dst = tmp_path / "in.json", tmp_path / "out.json"
    src.write_text(problem.model_dump_json())
    result = CliRunner().invoke(_cli(), [str(src), "--out", str(dst), "--time-limit", "2"])
    assert result.exit_code == 0, result.output
    assert "meetings" in result.stdout and "bound" in result.stdout
    from matchmaker.scheduling.model import ScheduleOutput

    out = ScheduleOutput.model_validate_json(dst.read_text())
    assert violations(problem, out) == []


def test_cli_reports_malformed_input(tmp_path: Path) -> None:
    src = tmp_path / "INPUT.json"
    src.write_text(json.dumps(_mutate(lambda d: d["requests"][1].update(b="p9"))))
    result = CliRunner().invoke(_cli(), [str(src), "--out", str(tmp_path / "out.json")])
    assert result.exit_code == 1
    assert f"{src}: requests[1].b: unknown participant 'p9'" in result.output.replace("\n", "")
    assert not (tmp_path / "out.json").exists()


# --- issue 24: slots as intervals, least change on a re-run ---------------------------------------


def test_overlapping_slots_are_refused_naming_both() -> None:
    doc = event(3, 1, {"a": (3, [0, 1, 2]), "b": (3, [0, 1, 2])}, [("a", "b", 1)])
    doc["slots"][1]["start"] = "2026-10-14T10:15:00+09:00"  # 10:15-11:00 overlaps 10:00-10:30 (s0)
    with pytest.raises(InputError) as err:
        parse_input(doc)
    assert any("'s1'" in p and "'s0'" in p and "overlaps" in p for p in err.value.problems)
    # The same instant written in another offset is still an overlap; touching slots are not.
    doc = event(2, 1, {"a": (3, [0, 1])}, [])
    doc["slots"][1] = {"id": "s1", "start": "2026-10-14T02:20:00+01:00", "end": "2026-10-14T02:50:00+01:00"}
    with pytest.raises(InputError):
        parse_input(doc)
    parse_input(event(4, 1, {"a": (3, [0, 1, 2, 3])}, []))


def test_checker_catches_double_booking_across_overlapping_slots() -> None:
    """The independent checker judges intervals, not slot ids: two slots that overlap in time
    (built around the parser, which refuses them) make a participant's two meetings a violation."""
    doc = event(2, 2, {"a": (3, [0, 1]), "b": (3, [0, 1]), "c": (3, [0, 1])}, [("a", "b", 1), ("a", "c", 1)])
    doc["slots"][1]["start"] = "2026-10-14T10:15:00+09:00"
    problem = ScheduleInput.model_validate(doc)
    out = ScheduleOutput(
        meetings=[Meeting(a="a", b="b", slot="s0", table="T1"), Meeting(a="a", b="c", slot="s1", table="T2")],
        unscheduled=[], objective=2, bound=2, status="optimal",
    )  # fmt: skip
    assert any("participant a" in v and "overlap" in v for v in violations(problem, out))


def test_a_rerun_moves_nothing_and_an_added_request_moves_little() -> None:
    problem = synthetic_event(80, 400, tables=6, seed=3)
    first = solve(problem, time_limit=5)
    again = solve(problem, time_limit=5, previous=first.meetings)
    assert again.changes == Changes(added=0, moved=0, dropped=0)
    assert again.meetings == first.meetings and again.objective == first.objective
    have = {frozenset((r.a, r.b)) for r in problem.requests}
    ids = [q.id for q in problem.participants]
    a, b = next((a, b) for a, b in itertools.combinations(ids, 2) if frozenset((a, b)) not in have)
    more = problem.model_copy(update={"requests": [*problem.requests, Request(a=a, b=b, weight=5)]})
    rerun = solve(more, time_limit=5, previous=again.meetings)
    free = solve(more, time_limit=5, previous=again.meetings, replan=True)
    assert violations(more, rerun) == [] and rerun.objective >= free.objective
    assert rerun.changes == changes(again.meetings, rerun.meetings)
    assert rerun.changes.moved + rerun.changes.dropped <= 3 < free.changes.moved


def test_cli_takes_a_previous_output(tmp_path: Path) -> None:
    problem = synthetic_event(40, 150, tables=5, locked=2, seed=5)
    src, first, second = tmp_path / "in.json", tmp_path / "one.json", tmp_path / "two.json"
    src.write_text(problem.model_dump_json())
    assert CliRunner().invoke(_cli(), [str(src), "-o", str(first), "--time-limit", "2"]).exit_code == 0
    result = CliRunner().invoke(_cli(), [str(src), "-o", str(second), "--time-limit", "2", "--previous", str(first)])
    assert result.exit_code == 0, result.output
    assert "0 added, 0 moved, 0 dropped" in result.stdout.replace("\n", "")
    one, two = (ScheduleOutput.model_validate_json(p.read_text()) for p in (first, second))
    assert one.meetings == two.meetings and two.changes == Changes()
    (tmp_path / "bad.json").write_text('{"meetings": [{"a": "x"}]}')
    bad = CliRunner().invoke(_cli(), [str(src), "-o", str(second), "--previous", str(tmp_path / "bad.json")])
    assert bad.exit_code == 1 and "meetings[0]" in bad.output
