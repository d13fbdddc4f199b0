"""Controlled vocabularies, loaded from ``seed/vocabulary.yaml``.

The vocabulary is data rather than code so that a secretariat can add a synonym or a term
without a release; the code only relies on the section names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, PrivateAttr
from rapidfuzz import fuzz, process

from matchmaker import REPO_ROOT

#: The vocabulary that ships with the code; a deployment may point ``MATCHMAKER_SEED_DIR`` at its own,
#: which the composition root (matchmaker/compose.py) loads and installs with :func:`use_vocabulary`.
DEFAULT_PATH = REPO_ROOT / "seed" / "vocabulary.yaml"

SECTIONS = (
    "org_kinds",
    "sectors",
    "modalities",
    "capabilities",
    "stages",
    "funding_stages",
    "certifications",
    "community_kinds",
    "regions",
    # read out of profile text by matchmaker.profiles.analyser (GMP/GLP/GCP status, scale, indication)
    "compliance",
    "scales",
    "therapeutic_areas",
    # what parts buyers select by and makers meet (the supplier direction)
    "criteria",
)


class Term(BaseModel):
    """One controlled term with its labels in both languages."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: str
    en: str
    ja: str
    synonyms: tuple[str, ...] = ()
    group: str | None = None
    sector: str | None = None
    order: int | None = None


class Vocabulary(BaseModel):
    """All sections of the vocabulary, each a mapping from term id to :class:`Term`."""

    model_config = ConfigDict(frozen=True)

    sections: dict[str, dict[str, Term]]
    _index: dict[str, dict[str, frozenset[str]]] = PrivateAttr(default_factory=dict)

    def terms(self, section: str) -> dict[str, Term]:
        return self.sections[section]

    def has(self, section: str, term_id: str) -> bool:
        return term_id in self.sections[section]

    def region_known(self, code: str) -> bool:
        """Whether ``code`` is an ISO 3166-2 subdivision or ISO 3166-1 alpha-2 country code."""
        if code in self.sections["regions"]:
            return True
        if "-" in code:
            return pycountry.subdivisions.get(code=code) is not None
        return pycountry.countries.get(alpha_2=code) is not None

    def label(self, section: str, term_id: str, lang: str = "en") -> str:
        term = self.sections[section].get(term_id)
        if term is not None:
            return term.ja if lang == "ja" else term.en
        if section == "regions":
            sub = pycountry.subdivisions.get(code=term_id) if "-" in term_id else None
            country = None if sub else pycountry.countries.get(alpha_2=term_id)
            return (sub or country).name if (sub or country) else term_id
        return term_id

    def _lookup(self, section: str) -> dict[str, frozenset[str]]:
        """Every label and synonym of a section (as :func:`term_key` makes them) -> the term ids
        it names; a prefecture is also found without 都, 府 or 県 (東京 as well as 東京都)."""
        if section not in self._index:
            found: dict[str, set[str]] = defaultdict(set)
            for term in self.sections[section].values():
                names = [term.id, term.en, term.ja, *term.synonyms]
                if section == "regions" and term.ja[-1:] in ("都", "府", "県") and len(term.ja) > 2:
                    names.append(term.ja[:-1])
                for name in names:
                    found[term_key(name)].add(term.id)
            self._index[section] = {k: frozenset(v) for k, v in found.items() if k}
        return self._index[section]

    def resolve(self, section: str, value: str) -> set[str]:
        """The term ids a value names: its id, or an English or Japanese label or synonym as a
        spreadsheet holds them (``抗体`` and ``mAb`` -> antibody, ``東京都`` and ``Tokyo`` -> JP-13).
        Empty when nothing matches, several when a synonym belongs to more than one term."""
        if value in self.sections[section]:
            return {value}
        return set(self._lookup(section).get(term_key(value), ()))

    def nearest(self, section: str, value: str, limit: int = 3) -> list[str]:
        """The terms closest to an unknown value, as ``id (English / 日本語)``, best first: what
        an error offers instead of the whole list."""
        lookup = self._lookup(section)
        found = process.extract(term_key(value), list(lookup), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=50)
        out: list[str] = []
        for key, _score, _index in found:
            for term_id in sorted(lookup[key]):
                term = self.sections[section][term_id]
                shown = f"{term_id} ({term.en} / {term.ja})"
                if shown not in out:
                    out.append(shown)
        return out[:limit]


_SPACE = re.compile(r"\s+")


def term_key(text: str) -> str:
    """A label as compared: NFKC (full-width letters and half-width kana folded), case-folded,
    spaces collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def load_vocabulary(path: Path) -> Vocabulary:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    missing = [s for s in SECTIONS if s not in raw]
    if missing:
        raise ValueError(f"{path}: missing vocabulary sections {missing}")
    sections = {name: {tid: Term(id=str(tid), **body) for tid, body in (raw[name] or {}).items()} for name in SECTIONS}
    return Vocabulary(sections=sections)


_active: Vocabulary | None = None


def use_vocabulary(vocabulary: Vocabulary) -> None:
    """Install the process's vocabulary (the composition root does, once, from its settings)."""
    global _active
    _active = vocabulary


def get_vocabulary() -> Vocabulary:
    """The installed vocabulary; the shipped one until something else is installed. Immutable,
    so every reader may share it."""
    global _active
    if _active is None:
        _active = load_vocabulary(DEFAULT_PATH)
    return _active
