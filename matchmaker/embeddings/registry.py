"""Choose the encoder from ``MATCHMAKER_ENCODER``: ``use`` (default) or ``sentence-transformers:<model>``."""

from __future__ import annotations

from functools import lru_cache

from matchmaker.embeddings.base import Encoder

ST_PREFIX = "sentence-transformers:"


@lru_cache(maxsize=4)
def get_encoder(spec: str = "use", threads: int = 2) -> Encoder:
    """One loaded encoder per spec and process (loading takes seconds)."""
    if spec == "use":
        from matchmaker.embeddings.use import UniversalSentenceEncoder

        return UniversalSentenceEncoder(threads=threads)
    if spec.startswith(ST_PREFIX):
        from matchmaker.embeddings.sentence_transformers import SentenceTransformerEncoder

        return SentenceTransformerEncoder(spec.removeprefix(ST_PREFIX))
    raise ValueError(f"MATCHMAKER_ENCODER: {spec!r} is not 'use' or 'sentence-transformers:<model or path>'")
