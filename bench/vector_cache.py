"""What a profile edit costs the API's vector cache (matchmaker/matching/vectors.py).

Every embeddings write reaches each API worker's cache on its next match request, through
``VectorCache._apply``. This times that step on a cache of ``--rows`` random 512-d vectors for
three edits (one profile changed, one organisation added, one that changed kind), against the
previous way measured in the same run: copy the matrix to append rows and regroup every row by
kind. No Neo4j is involved: only the in-process step is timed.

    .venv/bin/python bench/vector_cache.py [--rows 100000] [--repeat 30]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np
from rich.console import Console
from rich.table import Table

from matchmaker.matching.rows import CacheState as _State
from matchmaker.matching.rows import group_by_kind, unit_rows
from matchmaker.matching.vectors import VectorCache

Edit = Callable[[int], list[dict]]
KINDS = ["startup", "cdmo", "cro", "vc", "pharma", "supplier", "university", "hospital"]


def loaded(rows: int, dimension: int, rng: np.random.Generator) -> VectorCache:
    cache = VectorCache()
    kinds = [KINDS[i] for i in rng.integers(0, len(KINDS), rows)]
    ids = [f"org-{i}" for i in range(rows)]
    state = _State(model="m", revision=0, ids=ids, row={o: i for i, o in enumerate(ids)}, kinds=kinds)
    state.matrix = unit_rows(rng.normal(size=(rows, dimension)).astype(np.float32).tolist())
    state.needs, state.has_needs = np.zeros_like(state.matrix), np.zeros(rows, dtype=bool)
    state.by_kind = group_by_kind(kinds)
    cache._state = state
    return cache


def previous_apply(cache: VectorCache, revision: int, rows: list[dict]) -> None:
    """The step as it was: append by concatenating the whole matrix, then regroup every row."""
    state = cache._state
    new = [r for r in rows if r["id"] not in state.row]
    vectors = unit_rows([r["vec"] for r in rows])
    if new:
        state.matrix = np.concatenate([state.matrix, np.zeros((len(new), vectors.shape[1]), np.float32)])
        for r in new:
            state.row[r["id"]] = len(state.ids)
            state.ids.append(r["id"])
            state.kinds.append(r["kind"])
    for r, v in zip(rows, vectors, strict=True):
        at = state.row[r["id"]]
        state.matrix[at] = v
        state.kinds[at] = r["kind"]
    state.by_kind = group_by_kind(state.kinds)
    state.revision = revision


def timed(step: Callable[[int], None], repeat: int) -> list[float]:
    out = []
    for i in range(repeat):
        t = time.perf_counter()
        step(i)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--dimension", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    vec = lambda: rng.normal(size=args.dimension).tolist()  # noqa: E731
    edits: dict[str, Edit] = {
        "one profile changed": lambda i: [{"id": f"org-{i}", "kind": None, "vec": vec()}],
        "one organisation added": lambda i: [{"id": f"new-{i}", "kind": "cdmo", "vec": vec()}],
        "one changed kind": lambda i: [{"id": f"org-{i}", "kind": "kind-changed", "vec": vec()}],
    }
    table = Table("edit", "rows", "now p50 ms", "now p95 ms", "before p50 ms", "before p95 ms", "now / before")
    for name, edit in edits.items():
        results = {}
        for label in ("now", "before"):
            cache = loaded(args.rows, args.dimension, rng)

            def step(i: int, cache: VectorCache = cache, label: str = label, edit: Edit = edit) -> None:
                rows = edit(i)
                for r in rows:
                    if r["kind"] is None:
                        r["kind"] = cache._state.kinds[cache._state.row[r["id"]]]
                if label == "now":
                    cache._apply("m", i + 1, rows)
                else:
                    previous_apply(cache, i + 1, rows)

            results[label] = timed(step, args.repeat)
        now, before = results["now"], results["before"]
        p = lambda xs, q: statistics.quantiles(xs, n=100)[q - 1]  # noqa: E731
        table.add_row(
            name, f"{args.rows:,}", f"{statistics.median(now):.2f}", f"{p(now, 95):.2f}",
            f"{statistics.median(before):.2f}", f"{p(before, 95):.2f}",
            f"{statistics.median(now) / statistics.median(before):.3f}",
        )  # fmt: skip
    Console().print(table)


if __name__ == "__main__":
    main()
