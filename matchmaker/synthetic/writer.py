"""Writing fictional profiles: paraphrase picking in one language, and invented organisation names."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from matchmaker.synthetic import texts as T
from matchmaker.synthetic import world as W

_JA_CHARS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def has_japanese(text: str) -> bool:
    """Whether ``text`` contains kana or kanji (used to tell the two profile languages apart)."""
    return _JA_CHARS.search(text) is not None


class Writer:
    """Picks paraphrases in one language; with ``nogmp`` it avoids wording that claims GMP."""

    def __init__(self, rng: random.Random, lang: str, nogmp: bool = False) -> None:
        self.rng = rng
        self.lang = lang
        self.nogmp = nogmp

    def pick(self, options: Sequence[str]) -> str:
        if self.nogmp:
            options = [o for o in options if "GMP" not in o] or list(options[:1])
        return options[int(self.rng.random() * len(options))]

    def join(self, items: Sequence[str]) -> str:
        if self.lang == "ja":
            return "、".join(items)
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]

    def mod(self, m: str) -> str:
        return self.pick(T.MODALITY[m][self.lang])

    def mods(self, ms: Sequence[str]) -> str:
        return self.join([self.mod(m) for m in ms])

    def cap(self, c: str, ms: Sequence[str] = ()) -> str:
        phrase = self.pick(T.CAPABILITY[c][self.lang])
        if "{m}" in phrase:
            if not ms:
                return T.CAPABILITY[c][self.lang][0]
            phrase = phrase.format(m=self.mod(ms[int(self.rng.random() * len(ms))]))
        return phrase

    def caps(self, cs: Sequence[str], ms: Sequence[str] = ()) -> str:
        return self.join([self.cap(c, ms) for c in cs])

    def cap_block(self, cs: Sequence[str], ms: Sequence[str], lead: Sequence[str]) -> list[str]:
        """Capabilities as one listing sentence plus, now and then, a whole-sentence paraphrase."""
        listed: list[str] = []
        sentences: list[str] = []
        for c in cs:
            own = T.CAPABILITY_SENTENCES.get(c, {}).get(self.lang, ())
            if own and self.rng.random() < 0.35:
                s = self.pick(own)
                if "GMP" in s and self.nogmp:
                    listed.append(self.cap(c, ms))
                    continue
                if "{m}" in s:
                    if not ms:
                        listed.append(self.cap(c, ms))
                        continue
                    s = s.format(m=self.mod(ms[int(self.rng.random() * len(ms))]))
                sentences.append(s)
            else:
                listed.append(self.cap(c, ms))
        out = []
        if listed:
            out.append(self.pick(lead).format(c=self.join(listed)))
        return out + sentences

    def text(self, sentences: Sequence[str]) -> str:
        return ("" if self.lang == "ja" else " ").join(s for s in sentences if s)


class Names:
    """Invents unique organisation names (English and Japanese) that avoid real company stems."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _stem(self) -> tuple[str, str]:
        rng = self.rng
        while True:
            if rng.random() < 0.5:
                parts = [rng.choice(T.EN_HEAD), rng.choice(T.EN_MID), rng.choice(T.EN_TAIL)]
            else:
                parts = [rng.choice(T.JP_HEAD), rng.choice(T.JP_MID)]
                if rng.random() < 0.5:
                    parts.append(rng.choice(T.JP_MID))
                parts.append(rng.choice(T.JP_TAIL))
            en = "".join(p[0] for p in parts)
            en = en[0].upper() + en[1:].lower()
            if not is_real_stem(en):
                return en, "".join(p[1] for p in parts)

    def _place(self) -> tuple[str, str]:
        rng = self.rng
        while True:
            pre, first = rng.choice(T.PLACE_PREFIX), rng.choice(T.PLACE_FIRST)
            second = rng.choice(T.PLACE_SECOND)
            en = (pre[0] + first[0].lower() if pre[0] else first[0]) + second[0]
            if not is_real_stem(en):
                return en, pre[1] + first[1] + second[1]

    def make(self, kind: str, region: str, suffixes: Sequence[tuple[str, str]] | None = None) -> tuple[str, str, str]:
        """(name, name_ja, ascii slug for a website)."""
        rng = self.rng
        attempt = 0
        while True:
            if kind in W.COMPANIES:
                (en_pat, ja_pat), (s_en, s_ja) = (
                    rng.choice(suffixes or T.COMPANY_SUFFIXES[kind]),
                    self._stem(),
                )
                en, ja = en_pat.format(s=s_en), ja_pat.format(s=s_ja)
            else:
                (en_pat, ja_pat), (p_en, p_ja) = rng.choice(T.PLACE_SUFFIXES[kind]), self._place()
                en, ja = en_pat.format(p=p_en), ja_pat.format(p=p_ja)
            if attempt >= 20:  # a crowded name space (huge runs): disambiguate the way people do
                label_en, label_ja = T.REGION_LABELS[region]
                en, ja = f"{en} ({label_en} {attempt - 19})", f"{ja}（{label_ja}{attempt - 19}）"
            if en not in self.used:
                self.used.add(en)
                return en, ja, re.sub(r"[^a-z0-9]+", "-", en.lower()).strip("-")
            attempt += 1


_REAL_STEM = re.compile("|".join(T.REAL_STEMS), re.IGNORECASE)


def is_real_stem(name: str) -> bool:
    """Whether a name starts with the stem of a real organisation (see ``texts.REAL_STEMS``)."""
    return _REAL_STEM.match(name) is not None
