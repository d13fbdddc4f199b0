"""Small pieces shared by the synthetic generator's parts: what is kept in memory per organisation
and per event, the flags that keep links consistent with limiting statements, and seeded draws.

Every draw goes through the one ``random.Random`` passed in, in a fixed order, so the output
depends only on the arguments and the seed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

SOURCE = "synthetic"

# Flags kept per organisation so that links never contradict a limiting statement.
DOMESTIC = 1  # invests in or lends to Japanese companies only
NO_GMP_RECORD = 2  # supplier without GMP use records
GMP_RECORD_ONLY = 4  # buyer that only buys parts with GMP use records
NO_OUT_LICENCE = 8  # startup that will not license out (yet)


@dataclass(slots=True)
class Org:
    """What the link phase needs to know about an organisation (its text is not kept)."""

    id: str
    kind: str
    founded: int
    lang: str
    foreign: bool
    mods: tuple[str, ...]  # true modalities, even when the record lists none (free-text-only profiles)
    caps: tuple[str, ...]  # true capabilities, likewise
    wants: tuple[str, ...]  # capabilities (steps, services, parts) the organisation looks for
    rounds: tuple[str, ...]  # startup: rounds raised; investor: rounds it takes part in
    flags: int = 0


@dataclass(slots=True, frozen=True)
class Event:
    id: str
    year: int
    starts_on: dt.date
    weight: float


# --- small helpers ----------------------------------------------------------------------------


def cumulate(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def weighted(rng: random.Random, items: Sequence[Any], cum: Sequence[float]) -> Any:
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method; the means used here are small, so it is fast enough."""
    limit = math.exp(-lam)
    k = 0
    p = rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def sample(rng: random.Random, items: Sequence[str], lo: int, hi: int) -> tuple[str, ...]:
    """Between lo and hi distinct items, kept in the order of ``items`` (stable output)."""
    n = min(len(items), rng.randint(lo, hi))
    chosen = set(rng.sample(range(len(items)), n))
    return tuple(x for i, x in enumerate(items) if i in chosen)


def overlaps(a: Sequence[str], b: Sequence[str]) -> bool:
    return any(x in b for x in a)


def sample_pairs(rng: random.Random, items: Sequence[tuple[str, str]], lo: int, hi: int) -> list[tuple[str, str]]:
    n = min(len(items), rng.randint(lo, hi))
    return [items[i] for i in sorted(rng.sample(range(len(items)), n))]
