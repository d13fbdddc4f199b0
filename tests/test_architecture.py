"""The code's shape (ARCHITECTURE.md), checked: layers, HTTP at the edge, settings read once."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from matchmaker import REPO_ROOT

PACKAGE = REPO_ROOT / "matchmaker"
EDGE = ("api", "cli")


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "static" not in p.parts)


def test_import_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml: each layer imports only from those below it, and
    nothing but api/ and cli/ imports fastapi, starlette, typer or uvicorn."""
    lint = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run([str(lint)], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_only_the_edge_reads_settings() -> None:
    """Lower layers receive what they need: only api/, cli/ and the composition root build or read
    the settings object."""
    readers = []
    for path in _modules():
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in EDGE or rel.as_posix() in ("settings.py", "compose.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                if name in ("get_settings", "Settings"):
                    readers.append(f"{rel}:{node.lineno}")
    assert readers == []


def test_the_matcher_is_in_small_parts() -> None:
    """Each part of matching/ can be read alone: none is over about 200 lines."""
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in (PACKAGE / "matching").glob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 210} == {}
    assert {"seekers.py", "retrievers.py", "scorer.py", "explainer.py"} <= set(sizes)
