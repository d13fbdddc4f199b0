"""Find controlled-vocabulary terms in free text by their labels and synonyms.

This is the first, dictionary-only reader: case-insensitive label and synonym lookup, with word
boundaries for Latin-script terms (so 'AAV' does not match inside another word). It does not
yet understand negation ('not GMP-certified'); the profile analyser of the profile-understanding
issue replaces it behind the same function.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from matchmaker.model.vocabulary import get_vocabulary

SECTIONS = ("modalities", "capabilities", "stages", "funding_stages")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    vocab = get_vocabulary()
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for section in SECTIONS:
        rows = []
        for term in vocab.terms(section).values():
            for label in {term.en, term.ja, *term.synonyms}:
                if len(label) < 2:
                    continue
                escaped = re.escape(label)
                if label.isascii():
                    escaped = rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
                rows.append((term.id, re.compile(escaped, re.IGNORECASE)))
        out[section] = rows
    return out


def find_terms(text: str | None) -> dict[str, list[str]]:
    """The term ids of each section that ``text`` mentions, e.g. {'modalities': ['viral_vector'], ...}."""
    found: dict[str, list[str]] = {s: [] for s in SECTIONS}
    if not text:
        return found
    for section, rows in _patterns().items():
        hits = {term_id for term_id, pattern in rows if pattern.search(text)}
        found[section] = sorted(hits)
    return found


def evidence(sentences: Iterable[str] | None, section: str, term_id: str) -> str | None:
    """The first sentence that mentions ``term_id`` by one of its labels or synonyms."""
    patterns = [p for tid, p in _patterns()[section] if tid == term_id]
    for sentence in sentences or ():
        if any(p.search(sentence) for p in patterns):
            return sentence
    return None
