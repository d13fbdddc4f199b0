"""The synthetic ecosystem's fixed material as YAML files: names, phrase banks, world tables.

They are package data, not settings: each file is read once, validated into a typed, frozen model
(so a typo or a YAML surprise such as an unquoted ``no`` turning into ``False`` fails at import,
not as odd output), and never changes at run time. YAML mappings keep their order, which the
generator relies on: the same seed must give the same records.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict

_DIR = Path(__file__).parent
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

M = TypeVar("M", bound=BaseModel)


class Table(BaseModel):
    """Base of the file models: unknown keys are errors and the loaded data is read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def load(name: str, model: type[M]) -> M:
    """Read ``name`` from this folder into ``model`` (lists become the tuples the model declares)."""
    with (_DIR / name).open(encoding="utf-8") as f:
        return model.model_validate(yaml.load(f, Loader=_Loader))
