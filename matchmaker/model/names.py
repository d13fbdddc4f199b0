"""Names as people type them, for name search: a company's legal suffix, width and kana dropped.

``神奈川バイオ製造株式会社``, ``神奈川バイオ製造(株)``, ``㈱神奈川バイオ製造`` and ``ｶﾅｶﾞﾜﾊﾞｲｵ製造``
are one name to someone searching; :func:`name_key` makes them one string, and :func:`rank` puts
the names that equal the query first, then those it begins, then those that contain it, then the
rest by similarity (rapidfuzz), so that the company typed is the first hit rather than the 141st.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import jaconv
from rapidfuzz import fuzz

#: Legal-form words that say nothing about which organisation is meant (after NFKC and case folding,
#: so ㈱ and （株） are (株) here).
LEGAL_FORMS = (
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "(有)", "(同)",
    "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "国立研究開発法人", "独立行政法人",
    "国立大学法人", "学校法人", "医療法人", "社会福祉法人", "特定非営利活動法人", "npo法人",
    "co., ltd.", "co.,ltd.", "co. ltd.", "co., ltd", "co.,ltd", "co ltd", "ltd.", "ltd", "inc.", "inc",
    "k.k.", "corporation", "corp.", "corp", "llc", "gmbh", "plc", "limited",
)  # fmt: skip
_PUNCTUATION = re.compile(r"[\s\-‐－ー・･.,，、。'\"()（）]+")
_FORMS = re.compile("|".join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True)))
_LATIN_FORM_AT_END = re.compile(r"(?<=[a-z0-9 ,.])\s*(?:" + _FORMS.pattern + r")\s*$")


def name_key(text: str) -> str:
    """A name as compared: NFKC (full- and half-width folded), case-folded, hiragana as katakana,
    without legal-form words, spaces or punctuation. Latin forms (Inc., Ltd.) are dropped only at
    the end, so that ``Incyte`` keeps its first letters. The long vowel mark stays meaningful in
    katakana, so only dashes between words are dropped: ``ー`` is kept inside a word."""
    text = jaconv.hira2kata(unicodedata.normalize("NFKC", text).casefold()).strip()
    japanese = [f for f in LEGAL_FORMS if not f.isascii()]
    for form in japanese:
        text = text.replace(form, " ")
    previous = None
    while previous != text:
        previous, text = text, _LATIN_FORM_AT_END.sub("", text).strip()
    text = re.sub(r"(?<![ァ-ヶ])ー|ー(?![ァ-ヶ]|$)", " ", text)  # a dash, not a long vowel
    return _PUNCTUATION.sub("", text.replace("ー", "\x00")).replace("\x00", "ー")


def query_terms(text: str) -> str:
    """The query without its legal form, width folded and hiragana as katakana, as words for the
    full-text index and the substring search (spaces kept)."""
    text = jaconv.hira2kata(unicodedata.normalize("NFKC", text))
    for form in LEGAL_FORMS:
        if not form.isascii():
            text = text.replace(form, " ")
    return " ".join(text.split())


def rank(query: str, candidates: Iterable[tuple[str, Iterable[str | None]]]) -> list[str]:
    """Candidate ids (each with its names, English and Japanese) best first: a name equal to the
    query, then one it begins, then one containing it, then by similarity; ties by the order given."""
    key = name_key(query)
    scored: list[tuple[int, float, int, str]] = []
    for order, (node_id, names) in enumerate(candidates):
        keys = [name_key(n) for n in names if n]
        if not key or not keys:
            scored.append((3, 0.0, order, node_id))
            continue
        if key in keys:
            tier = 0
        elif any(k.startswith(key) for k in keys):
            tier = 1
        elif any(key in k for k in keys):
            tier = 2
        else:
            tier = 3
        similarity = max(fuzz.ratio(key, k) for k in keys)
        scored.append((tier, -similarity, order, node_id))
    scored.sort()
    return [node_id for *_, node_id in scored]
