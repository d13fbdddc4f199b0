"""The API against its own OpenAPI document, with schemathesis (its CLI, which runs the same
engine as its pytest plugin): for generated requests to every operation, no answer is a 5xx
and every answer matches the documented schema, status codes, content types and headers."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx

from matchmaker.graph.connection import Graph
from tests.helpers import FIXTURES

# Operations whose generated inputs would only add minutes, not coverage: scheduling runs a solver
# for seconds per call; imports are fuzzed by tests/test_properties.py.
EXCLUDED = ("/v1/events/{event_id}/schedule", "/v1/import")
# Checks left out, and why: the API enforces rules JSON Schema cannot state (an id already used by
# another kind of record, "slots or sessions, exactly one", a deadline in the past), so some
# schema-valid requests are rightly refused (positive_data_acceptance); and pydantic's lax mode
# accepts 0/1 for booleans and numeric strings in query strings by design (negative_data_rejection).
EXCLUDED_CHECKS = "positive_data_acceptance,negative_data_rejection"


def test_every_operation_answers_within_its_schema(api_url: str, graph: Graph, admin_key: str, tmp_path: Path) -> None:
    small = (FIXTURES / "small.jsonl").read_text(encoding="utf-8")
    headers = {"content-type": "application/x-ndjson", "authorization": f"Bearer {admin_key}"}
    r = httpx.post(f"{api_url}/v1/import", content=small.encode(), timeout=120, headers=headers)
    assert r.status_code == 200, r.text
    cli = shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"
    command = [
        cli, "run", f"{api_url}/openapi.json", "--checks", "all", "--exclude-checks", EXCLUDED_CHECKS,
        "--max-examples", "20", "--seed", "7",
        "--phases", "examples,coverage,fuzzing", "--generation-database", "none", "--workers", "2",
        # what is checked is the answers, not their time (timing is measured in bench/): a slow answer
        # is allowed as long as it is a right one
        "--request-timeout", "60", "--max-response-time", "60",
        "--report", "junit", "--report-dir", str(tmp_path), "--header", f"Authorization: Bearer {admin_key}",
        *(arg for path in EXCLUDED for arg in ("--exclude-path", path)),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=1200, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
