"""The vector cache's matrix arithmetic: unit rows, rows grouped by kind, and a kind's scores
read in place (pure numpy, no state), kept apart so :mod:`matching.vectors` holds only the cache."""

from __future__ import annotations

import numpy as np

#: Above this many separate runs of rows, one gather is cheaper than a product per run.
MAX_RUNS = 64


def kind_scores(matrix: np.ndarray, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
    """``matrix[rows] @ query`` without copying the rows where they are contiguous: one product
    per run of consecutive rows (after a full load each kind is one run; organisations added
    since are short runs at the end)."""
    if not len(rows):
        return np.zeros(0, dtype=np.float32)
    breaks = np.flatnonzero(np.diff(rows) != 1)
    if len(breaks) >= MAX_RUNS:
        return matrix[rows] @ query
    starts = np.concatenate([[0], breaks + 1])
    ends = np.concatenate([breaks + 1, [len(rows)]])
    return np.concatenate([matrix[rows[a] : rows[b - 1] + 1] @ query for a, b in zip(starts, ends, strict=True)])


def unit_rows(batch: list[list[float]]) -> np.ndarray:
    m = np.asarray(batch, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


def group_by_kind(kinds: list[str]) -> dict[str, np.ndarray]:
    """Row numbers of each kind."""
    arr = np.asarray(kinds)
    return {k: np.flatnonzero(arr == k) for k in set(kinds)}
