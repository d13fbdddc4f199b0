"""Text normalisation, sentence splitting and Japanese tokenisation for the profile analyser.

Japanese is tokenised with MeCab through fugashi and the unidic-lite dictionary (UniDic's short
units, with part of speech, conjugation form and lemma), so that vocabulary matches can be checked
against real word boundaries (``京都`` must not match inside ``東京都``) and negation can be read
from the auxiliaries that carry it (``ません`` is ``ませ`` + ``ん``, whose lemma is ``ず``).
The tagger is created lazily, once per process, and guarded by a lock because a MeCab tagger is
not safe to share between threads.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Sentences end after Japanese full stops, after an English full stop followed by space, and at
# line breaks; the embeddings (which cap their count) and the analyser (which reads all) share it.
_SPLIT = re.compile(r"(?<=[。．！？!?])|(?<=\.)\s+|\n+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")

_lock = threading.Lock()


def split_sentences(text: str | None) -> list[str]:
    """The sentences of a Japanese or English text, stripped, without empty pieces."""
    if not text:
        return []
    return [p for p in (part.strip() for part in _SPLIT.split(text)) if len(p) > 1]


# Hyphen-like dashes NFKC keeps apart ("antibody–drug conjugate" typed with an en dash, "CAR‐T"):
# one character each, so offsets are unchanged. The em dash stays: it separates clauses.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2212"})


def normalise(text: str) -> str:
    """NFKC (full-width Latin and digits to half-width, half-width kana to full-width) and case folding.

    ``str.lower`` rather than ``casefold`` so that the length is unchanged for the scripts profiles
    use; offsets into the normalised sentence are then offsets into its NFKC form. Hyphen-like dashes
    become "-" (:data:`_DASHES`).
    """
    return unicodedata.normalize("NFKC", text).lower().translate(_DASHES)


def is_japanese(text: str) -> bool:
    """Whether ``text`` contains kana or kanji (and so is read with the Japanese rules)."""
    return _JAPANESE.search(text) is not None


@dataclass(frozen=True, slots=True)
class Token:
    """One MeCab token with its character span in the normalised sentence."""

    surface: str
    start: int
    end: int
    pos1: str
    pos2: str
    lemma: str
    cform: str


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import fugashi  # imported lazily: loading the dictionary costs ~0.1 s

    return fugashi.Tagger()


#: Sentences whose tokens are kept: the analyser's rules read one sentence's tokens several times
#: (mentions, absent manufacturing, made substances, research material), and MeCab is most of a
#: Japanese sentence's cost.
TOKENS_MEMO = 512


def tokenize_ja(text: str) -> list[Token]:
    """Tokens of a (normalised) Japanese sentence, with spans; MeCab drops whitespace, so each
    surface is located in ``text`` from the end of the previous one."""
    return list(_tokens(text))


@lru_cache(maxsize=TOKENS_MEMO)
def _tokens(text: str) -> tuple[Token, ...]:
    with _lock:
        words = [(w.surface, w.feature) for w in _tagger()(text)]
    tokens: list[Token] = []
    pos = 0
    for surface, f in words:
        start = text.find(surface, pos)
        if start < 0:
            start = pos
        end = start + len(surface)
        tokens.append(
            Token(
                surface=surface,
                start=start,
                end=end,
                pos1=f.pos1 or "",
                pos2=f.pos2 or "",
                lemma=f.lemma or surface,
                cform=f.cForm or "",
            )
        )
        pos = end
    return tuple(tokens)
