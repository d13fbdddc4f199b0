"""What of a profile is embedded, and how.

A profile is embedded sentence by sentence. The profile vector is the normalised mean of its
sentence vectors (what the vector index ranks by), and the sentence vectors are kept, as float16
bytes on the node, so that a match can quote the sentence that matched best at the cost of one
dot product. Two vectors per organisation: ``offer`` (what it is and offers: description plus
its declared capabilities and modalities, labelled in both languages so that declared facts
match queries in either) and ``needs`` (what it looks for).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from matchmaker.embeddings.base import Encoder
from matchmaker.model.vocabulary import get_vocabulary
from matchmaker.profiles.tokenize import split_sentences

MAX_SENTENCES = 16
MAX_SENTENCE_CHARS = 400


def embedding_sentences(text: str | None) -> list[str]:
    """The sentences of a text that are embedded: at most 16, each cut at 400 characters, so that
    one long profile costs the encoder no more than a short one."""
    return [p[:MAX_SENTENCE_CHARS] for p in split_sentences(text)][:MAX_SENTENCES]


TERMS_PREFIX = "Declared: "


def is_declared_terms(sentence: str) -> bool:
    """Whether a stored sentence is the one matchmaker wrote from the declared fields (never quoted)."""
    return sentence.startswith(TERMS_PREFIX)


def terms_sentence(props: dict[str, Any]) -> str | None:
    """Declared capabilities and modalities as one bilingual sentence, e.g.
    'Capabilities: Fill-finish (充填). Modalities: Antibody (抗体).'"""
    vocab = get_vocabulary()
    parts = []
    for section, field, title in (
        ("capabilities", "capabilities", "Capabilities"),
        ("modalities", "modalities", "Modalities"),
    ):
        terms = [vocab.terms(section)[t] for t in props.get(field) or [] if vocab.has(section, t)]
        if terms:
            parts.append(f"{title}: " + ", ".join(f"{t.en} ({t.ja})" for t in terms) + ".")
    return TERMS_PREFIX + " ".join(parts) if parts else None


def offer_sentences(props: dict[str, Any]) -> list[str]:
    sentences = embedding_sentences(props.get("description"))
    terms = terms_sentence(props)
    if terms:
        sentences.append(terms)
    if not sentences:
        sentences = [props.get("name_ja") or props.get("name") or ""]
    return sentences


def needs_sentences(props: dict[str, Any]) -> list[str]:
    return embedding_sentences(props.get("needs"))


def profile_hash(encoder: Encoder, offer: list[str], needs: list[str], kind: str | None) -> str:
    """Changes when the texts (including the declared-terms sentence, so a relabelled term), the
    kind or the encoder change. The kind is in it because the matcher's vector cache ranks within
    a kind and learns of changes from the embeddings revision (matching/vectors.py). A vocabulary
    change alone re-analyses profiles (profiles/store.py) without re-embedding them."""
    digest = hashlib.sha1(encoder.name.encode() + b"\x1e" + (kind or "").encode() + b"\x1e")
    for sentence in [*offer, "\x00", *needs]:
        digest.update(sentence.encode("utf-8") + b"\x1f")
    return digest.hexdigest()


@dataclass(frozen=True)
class SentenceVectors:
    sentences: list[str]
    vectors: np.ndarray  # (n, d), unit rows

    @property
    def mean(self) -> np.ndarray:
        v = self.vectors.mean(axis=0)
        return v / (np.linalg.norm(v) or 1.0)

    def to_bytes(self) -> bytes:
        return self.vectors.astype(np.float16).tobytes()

    @classmethod
    def from_graph(cls, sentences: list[str] | None, blob: bytes | None, dimension: int) -> SentenceVectors | None:
        if not sentences or not blob:
            return None
        vectors = np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(len(sentences), dimension)
        return cls(list(sentences), vectors)

    def best(self, query: np.ndarray, skip: frozenset[str] = frozenset()) -> tuple[str, float] | None:
        """The profile's own sentence closest to ``query`` and its cosine similarity, leaving out the
        sentences in ``skip`` (those that contradict what the query asks for)."""
        own = [i for i, s in enumerate(self.sentences) if not is_declared_terms(s) and s not in skip]
        if not own:
            return None
        scores = (self.vectors @ query)[own]  # one product, no copy of the rows (each may wait for the GIL)
        i = int(np.argmax(scores))
        return self.sentences[own[i]], float(scores[i])


def encode_profiles(encoder: Encoder, profiles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for ``embeddings/write``: both vectors, the sentences and their vectors, and the hash
    (the facets the texts state are the profile analysis's, matchmaker/profiles/store.py)."""
    offers = [offer_sentences(p) for p in profiles]
    needs = [needs_sentences(p) for p in profiles]
    flat = [s for group in offers + needs for s in group]
    vectors = encoder.encode(flat)
    rows, at = [], 0
    chunks: list[SentenceVectors | None] = []
    for group in offers + needs:
        chunks.append(SentenceVectors(group, vectors[at : at + len(group)]) if group else None)
        at += len(group)
    for i, p in enumerate(profiles):
        offer, need = chunks[i], chunks[len(profiles) + i]
        rows.append({
            "id": p["id"],
            "hash": profile_hash(encoder, offers[i], needs[i], p.get("kind")),
            "offer": offer.mean.tolist() if offer else None,
            "sent_offer": offer.sentences if offer else None,
            "sentvec_offer": offer.to_bytes() if offer else None,
            "needs": need.mean.tolist() if need else None,
            "sent_needs": need.sentences if need else None,
            "sentvec_needs": need.to_bytes() if need else None,
        })  # fmt: skip
    return rows
