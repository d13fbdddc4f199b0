"""The scheduler at scale (issue 19): the proven-gap stop, the progress it reports while it runs,
and the relative gap as a setting of the CLI and the API's run. Pure: no database; no timing
assertions (timing belongs to bench/schedule.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from pydantic import ValidationError
from typer.testing import CliRunner

from matchmaker.cli.schedule import schedule
from matchmaker.partnering.models import ScheduleRun
from matchmaker.scheduling import solve, violations
from matchmaker.scheduling.model import ScheduleOutput
from matchmaker.scheduling.solver import DEFAULT_RELATIVE_GAP, Progress
from matchmaker.settings import Settings
from matchmaker.synthetic.scheduling import synthetic_event


def test_progress_reports_weight_bound_and_gap_ending_with_the_outputs_bound() -> None:
    problem = synthetic_event(120, 700, tables=12, seed=31)
    seen: list[Progress] = []
    result = solve(problem, time_limit=8, on_progress=seen.append)
    weighed = [p for p in seen if p.weight is not None]
    assert any(p.phase == "selecting" for p in weighed)
    for p in weighed:
        assert p.bound is not None and p.gap is not None
        assert p.weight <= p.bound + 1e-9
        assert p.gap == pytest.approx((p.bound - p.weight) / p.bound)
    last = weighed[-1]
    assert last.phase.startswith("weight ")  # the report after the weight phases
    assert last.bound == pytest.approx(result.bound)
    assert result.objective >= last.weight  # the idle-gap phase keeps the pairs; its fill may add
    assert violations(problem, result) == []


def test_a_wide_relative_gap_is_proven_and_kept() -> None:
    problem = synthetic_event(300, 2000, tables=25, seed=32)
    seen: list[Progress] = []
    result = solve(problem, time_limit=10, relative_gap=0.05, on_progress=seen.append)
    assert any(p.phase == "weight proven within the gap" for p in seen)
    assert (result.bound - result.objective) / result.bound <= 0.05
    assert violations(problem, result) == []


def test_a_zero_gap_reaches_the_same_weight_as_the_default() -> None:
    """The proven-gap stop must not cost weight where the optimum is easy to prove."""
    problem = synthetic_event(60, 250, tables=6, seed=33)
    exact = solve(problem, time_limit=5, relative_gap=0.0)
    default = solve(problem, time_limit=5)
    assert exact.status == "optimal"
    assert default.objective >= exact.objective * (1 - DEFAULT_RELATIVE_GAP)


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(schedule)
    return app


def test_cli_takes_a_relative_gap(tmp_path: Path) -> None:
    problem = synthetic_event(40, 150, tables=5, seed=34)
    src, dst = tmp_path / "in.json", tmp_path / "out.json"
    src.write_text(problem.model_dump_json())
    result = CliRunner().invoke(_cli(), [str(src), "--out", str(dst), "--time-limit", "3", "--relative-gap", "0.02"])
    assert result.exit_code == 0, result.output
    out = ScheduleOutput.model_validate_json(dst.read_text())
    assert violations(problem, out) == []
    assert (out.bound - out.objective) / out.bound <= 0.02


def test_cli_refuses_a_relative_gap_outside_0_to_1(tmp_path: Path) -> None:
    src = tmp_path / "in.json"
    src.write_text(synthetic_event(10, 20, tables=2, seed=35).model_dump_json())
    result = CliRunner().invoke(_cli(), [str(src), "--out", str(tmp_path / "o.json"), "--relative-gap", "1.5"])
    assert result.exit_code == 2
    assert "--relative-gap" in result.output
    assert not (tmp_path / "o.json").exists()


def test_the_setting_and_the_api_run_carry_the_gap() -> None:
    assert Settings().schedule_relative_gap == DEFAULT_RELATIVE_GAP
    assert Settings(schedule_relative_gap=0.01).schedule_relative_gap == 0.01
    assert ScheduleRun().relative_gap is None  # the route fills in the server's setting
    with pytest.raises(ValidationError) as caught:
        ScheduleRun(relative_gap=-0.1)
    assert caught.value.errors()[0]["loc"] == ("relative_gap",)


@pytest.mark.parametrize(("participants", "requests", "tables"), [(30, 120, 4), (120, 700, 12), (80, 900, 30)])
def test_the_greedy_start_comes_first_and_its_quick_bound_holds(participants: int, requests: int, tables: int) -> None:
    """Before CP-SAT runs, the greedy hint is reported with a bound computed without a solver; the
    solver's schedule never exceeds that bound, and its own proven bound is no looser."""
    problem = synthetic_event(participants, requests, tables=tables, seed=participants + 36)
    seen: list[Progress] = []
    result = solve(problem, time_limit=5, on_progress=seen.append)
    first = next(p for p in seen if p.weight is not None)
    assert first.phase == "greedy start"
    assert first.bound is not None and first.weight is not None
    assert first.weight <= result.objective <= first.bound
    assert result.bound <= first.bound
