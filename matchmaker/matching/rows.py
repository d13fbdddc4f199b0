"""The vector cache's state and matrix arithmetic: unit rows, rows grouped by kind or by a term
they state, a kind's scores read in place, room to grow; kept apart so :mod:`matching.vectors`
holds only the cache's behaviour (loading, following changes, ranking)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from matchmaker.matching.models import MatchFilters

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


def cosines_of(
    ids: list[str], at: list[int | None], matrix: np.ndarray, has_needs: np.ndarray | None, vector: np.ndarray | None
) -> dict[str, float | None]:
    """``vector``'s cosine with rows ``at`` of ``matrix``, by id; None for an id without a row (or,
    with ``has_needs``, without shareable needs) and for all without a ``vector``. One product for
    all: each numpy call on a matrix can release the GIL, and under load each release waits a
    switch interval to get it back."""
    known = np.asarray([a for a in at if a is not None], dtype=np.int64)
    if vector is None or not len(known):
        return dict.fromkeys(ids)
    values = (matrix[known] @ vector.astype(np.float32)).tolist()
    found = iter(zip(values, [True] * len(known) if has_needs is None else has_needs[known].tolist(), strict=True))
    return {i: None if a is None or not (pair := next(found))[1] else pair[0] for i, a in zip(ids, at, strict=True)}


def unit_rows(batch: list[Any]) -> np.ndarray:
    m = np.asarray(batch, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


def group_by_kind(kinds: list[str]) -> dict[str, np.ndarray]:
    """Row numbers of each kind."""
    arr = np.asarray(kinds)
    return {k: np.flatnonzero(arr == k) for k in set(kinds)}


@dataclass
class CacheState:
    model: str | None = None
    revision: int = -1
    epoch: int = -1  # the row epoch (schema/010): a clear or a new database moves it, whatever the revision
    ids: list[str] = field(default_factory=list)
    row: dict[str, int] = field(default_factory=dict)
    kinds: list[str] = field(default_factory=list)
    # Rows 0..len(ids)-1 are in use; the rest is spare capacity, so adding organisations one at a
    # time does not copy the whole matrix each time (it grows by doubling).
    matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    needs: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    has_needs: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    by_kind: dict[str, np.ndarray] = field(default_factory=dict)
    # What each row states that a filter can ask for ("modality:antibody", "certification:..."),
    # and the rows stating each, sorted: a filtered ranking is the kind's rows within them.
    terms_of: list[tuple[str, ...]] = field(default_factory=list)
    by_term: dict[str, np.ndarray] = field(default_factory=dict)


def unit_pairs(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit offer rows, unit needs rows (zero where ``needs`` is None) and which rows have needs."""
    offers = unit_rows([r["vec"] for r in rows])
    has = np.asarray([r.get("needs") is not None for r in rows], dtype=bool)
    needs = np.zeros_like(offers)
    if has.any():
        needs[has] = unit_rows([r["needs"] for r in rows if r.get("needs") is not None])
    return offers, needs, has


def reserve(state: CacheState, rows: int, dimension: int) -> None:
    """Room for ``rows`` rows of ``dimension`` in both matrices, doubling the capacity when it runs out."""
    used = len(state.ids)
    if state.matrix.shape[1] == dimension and state.matrix.shape[0] >= rows and state.needs.shape == state.matrix.shape:
        return
    capacity = max(rows, 2 * state.matrix.shape[0], 1024)
    for name in ("matrix", "needs"):
        grown = np.zeros((capacity, dimension), dtype=np.float32)
        old = getattr(state, name)
        if used and old.shape[1] == dimension:
            grown[: min(used, len(old))] = old[:used]
        setattr(state, name, grown)
    has = np.zeros(capacity, dtype=bool)
    has[: min(used, len(state.has_needs))] = state.has_needs[:used]
    state.has_needs = has


def index_terms(state: CacheState, at: int, terms: tuple[str, ...]) -> None:
    """Row ``at`` now states ``terms``: move it between the term indexes (in proportion to the change)."""
    old = state.terms_of[at] if at < len(state.terms_of) else ()
    if at >= len(state.terms_of):
        state.terms_of.extend([()] * (at + 1 - len(state.terms_of)))
    state.terms_of[at] = terms
    for term in set(old) - set(terms):
        state.by_term[term] = state.by_term[term][state.by_term[term] != at]
    for term in set(terms) - set(old):
        current = state.by_term.get(term, np.zeros(0, np.int64))
        state.by_term[term] = np.sort(np.append(current, np.int64(at)))


def write_rows(state: CacheState, rows: list[dict]) -> None:
    """Write changed organisations' rows in place (new ones at the end, a changed kind moved
    between kind groups, stated terms re-indexed): work in proportion to the change, not to
    the cache, since every profile edit brings one of these."""
    if not rows:
        return
    vectors, needs, has_needs = unit_pairs(rows)
    new = [r for r in rows if r["id"] not in state.row]
    reserve(state, len(state.ids) + len(new), vectors.shape[1])
    touched: dict[str, list[int]] = {}
    moved: set[str] = set()
    for r, v, n, h in zip(rows, vectors, needs, has_needs, strict=True):
        at = state.row.get(r["id"])
        if at is None:
            at = state.row[r["id"]] = len(state.ids)
            state.ids.append(r["id"])
            state.kinds.append(r["kind"])
            touched.setdefault(r["kind"], []).append(at)
        elif (old := state.kinds[at]) != r["kind"]:
            state.by_kind[old] = state.by_kind[old][state.by_kind[old] != at]
            moved.add(old)
            state.kinds[at] = r["kind"]
            touched.setdefault(r["kind"], []).append(at)
        state.matrix[at], state.needs[at], state.has_needs[at] = v, n, h
        index_terms(state, at, tuple(r.get("terms") or ()))
    for kind, added in touched.items():
        current = state.by_kind.get(kind, np.zeros(0, np.int64))
        state.by_kind[kind] = np.sort(np.concatenate([current, np.asarray(added, np.int64)]))
    for kind in moved:
        if not len(state.by_kind[kind]):
            del state.by_kind[kind]


@dataclass(frozen=True)
class Scored:
    """One query's cosines over some kinds' rows of ``state`` (``silent``: rows without shareable
    needs, when ranking by needs), computed once for all of a request's retrievals."""

    state: CacheState
    rows: np.ndarray
    scores: np.ndarray
    silent: np.ndarray


def scores_of(state: CacheState, query: np.ndarray, kinds: list[str], by_needs: bool) -> Scored:
    """``query``'s cosines with the rows of ``kinds`` in ``state`` (by needs: those with shareable
    needs; the others are ``silent``). The product runs over the kinds' contiguous blocks and the
    rows without needs are dropped after it: selecting them first made a scattered copy (23 ms
    for 28,000 rows, against 1 ms for the block's product)."""
    rows = np.concatenate([state.by_kind.get(k, np.zeros(0, np.int64)) for k in kinds])
    scores = kind_scores(state.needs if by_needs else state.matrix, rows, query.astype(np.float32))
    silent = np.zeros(0, np.int64)
    if by_needs:
        has = state.has_needs[rows]
        silent, rows, scores = rows[~has], rows[has], scores[has]
    return Scored(state, rows, scores, silent)


def stating(scored: Scored, terms: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rows, scores and silent rows of ``scored`` that state every term, in row order (ties keep
    their order). By a mask over every row (``np.isin`` sorted a kind's 28,000 rows per term)."""
    rows, silent, state = scored.rows, scored.silent, scored.state
    states = np.ones(len(state.ids), dtype=bool)
    for term in terms:
        holders = np.zeros(len(state.ids), dtype=bool)
        holders[state.by_term.get(term, np.zeros(0, np.int64))] = True
        states &= holders
    order = np.argsort(rows[keep := states[rows]], kind="stable")
    return rows[keep][order], scored.scores[keep][order], np.sort(silent[states[silent]])


def filter_terms(filters: MatchFilters) -> list[str] | None:
    """The filters as terms the vector cache indexes ("modality:antibody"), when they are all it
    asks for (None: another filter needs the graph)."""
    if filters.model_copy(update={"modality": None, "certification": None}) != MatchFilters():
        return None
    return [
        f"{name}:{value}"
        for name, value in (("modality", filters.modality), ("certification", filters.certification))
        if value
    ]


def states_terms(props: dict[str, Any], terms: list[str]) -> bool:
    """Whether a candidate's row states every term, as the candidate query's filters read it."""
    sections = {"modality": ("modalities", "inf_modalities"), "certification": ("certifications", "inf_certifications")}
    for term in terms:
        name, value = term.split(":", 1)
        if not any(value in (props.get(field) or []) for field in sections[name]):
            return False
    return True
