"""Bounded, thread-safe memory of values computed from a key (a text, a candidate's stamp), so a
request that repeats another's costs no encoding, analysis or round trip."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import numpy as np
from cachetools import LRUCache

T = TypeVar("T")
#: Texts whose encoding and analysis each seeker remembers: a partnering day's clients send the
#: same few needs again and again, and encoding one costs milliseconds of a shared core.
TEXT_MEMO_SIZE = 2048


def settle() -> None:
    """Leave everything the process holds now out of the garbage collector's full passes: called
    once a large long-lived structure (the vector cache, the row store) is loaded. Otherwise each
    full collection walks every object the process holds (about 0.3-0.8 s at 100,000
    organisations, measured), and requests, whose decoded rows are briefly alive when a younger
    collection runs, bring one every few dozen matches. Frozen objects are still freed as
    soon as nothing refers to them; only cycles among them would wait."""
    gc.freeze()


class Memo:
    """A bounded, thread-safe LRU of values computed from a text (requests run in a thread pool).

    Values are treated as immutable by their users: vectors are returned read-only, facet lists
    are copied into each :class:`Query`. Two threads missing the same key both compute it, which
    is harmless (the same value) and keeps the lock out of the encoder's time."""

    def __init__(self, size: int = TEXT_MEMO_SIZE) -> None:
        self._items: LRUCache[Hashable, Any] = LRUCache(maxsize=size)
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                return self._items[key]
        value = compute()
        if isinstance(value, np.ndarray):
            value.setflags(write=False)
        with self._lock:
            self._items[key] = value
        return value

    def peek(self, key: Hashable) -> Any | None:
        """The value kept for ``key``, or None."""
        with self._lock:
            return self._items.get(key)

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
