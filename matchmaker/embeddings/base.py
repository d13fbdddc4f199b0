"""The one interface every encoder backend implements.

The rest of matchmaker sees only :class:`Encoder`: a name (recorded in the graph so vectors of
two models are never mixed), a dimension (for the vector index) and ``encode``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

import numpy as np


class Encoder(ABC):
    """Maps texts to L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dimension: int

    @abstractmethod
    def _encode(self, texts: list[str]) -> np.ndarray:
        """Encode a batch; backends need not normalise."""

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Encode ``texts`` as an (n, dimension) array of unit vectors, identical texts once."""
        unique = list(dict.fromkeys(texts))
        if not unique:
            return np.zeros((0, self.dimension), dtype=np.float32)
        parts = [self._encode(unique[i : i + batch_size]) for i in range(0, len(unique), batch_size)]
        vectors = np.asarray(np.vstack(parts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors /= np.where(norms == 0, 1, norms)
        index = {text: i for i, text in enumerate(unique)}
        return vectors[[index[t] for t in texts]]
