"""Named Cypher: every query the service runs is a file under ``cypher/``, loaded by name.

Keeping Cypher out of Python makes each query reviewable on its own and guarantees it is
parameterised: nothing here formats user text into a statement.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from matchmaker import REPO_ROOT

#: The service's queries are part of its code (each one reviewed with the Python that runs it), not
#: configuration: they are read from the checkout's ``cypher/`` and never from a setting.
CYPHER_DIR = REPO_ROOT / "cypher"


class QueryNotFound(KeyError):
    pass


@cache
def _load(root: Path, name: str) -> str:
    path = (root / f"{name}.cypher").resolve()
    if root.resolve() not in path.parents or not path.exists():
        raise QueryNotFound(name)
    return path.read_text(encoding="utf-8")


def cypher(name: str | tuple[str, ...]) -> str:
    """The text of ``cypher/<name>.cypher``, e.g. ``cypher("read/node_get")``; a tuple of names is
    one query written in parts (a retriever's source in front of the shared candidate query)."""
    if isinstance(name, tuple):
        return "\n".join(_load(CYPHER_DIR, part) for part in name)
    return _load(CYPHER_DIR, name)


def statements(name: str) -> list[str]:
    """A multi-statement file split on ``;`` at line ends, comments dropped (for schema files)."""
    text = "\n".join(line for line in cypher(name).splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in text.split(";\n") if s.strip().rstrip(";")]


def migration_names() -> list[str]:
    """Schema migrations in order: ``cypher/schema/NNN_*.cypher``."""
    root = CYPHER_DIR / "schema"
    return sorted(f"schema/{p.stem}" for p in root.glob("[0-9][0-9][0-9]_*.cypher"))
