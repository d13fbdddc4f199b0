"""Named Cypher: every query the service runs is a file under ``cypher/``, loaded by name.

Keeping Cypher out of Python makes each query reviewable on its own and guarantees it is
parameterised: nothing here formats user text into a statement.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from matchmaker.settings import get_settings


class QueryNotFound(KeyError):
    pass


@cache
def _load(root: Path, name: str) -> str:
    path = (root / f"{name}.cypher").resolve()
    if root.resolve() not in path.parents or not path.exists():
        raise QueryNotFound(name)
    return path.read_text(encoding="utf-8")


def cypher(name: str) -> str:
    """The text of ``cypher/<name>.cypher``, e.g. ``cypher("read/node_get")``."""
    return _load(get_settings().cypher_dir, name)


def statements(name: str) -> list[str]:
    """A multi-statement file split on ``;`` at line ends, comments dropped (for schema files)."""
    text = "\n".join(line for line in cypher(name).splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in text.split(";\n") if s.strip().rstrip(";")]


def migration_names() -> list[str]:
    """Schema migrations in order: ``cypher/schema/NNN_*.cypher``."""
    root = get_settings().cypher_dir / "schema"
    return sorted(f"schema/{p.stem}" for p in root.glob("[0-9][0-9][0-9]_*.cypher"))
