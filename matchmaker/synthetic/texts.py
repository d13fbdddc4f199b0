"""Names and phrase banks for the synthetic ecosystem, in English and Japanese.

The words live in ``data/names.yaml`` and ``data/phrases.yaml`` (see those files for what each
table means); this module validates them once at import and exposes each table under the name the
generator uses. Keys are vocabulary ids (the tests check that they all exist in
``seed/vocabulary.yaml``); by convention the first paraphrase of each list never contains the
``{m}`` (modality) placeholder, so it can always be used as a fallback.
"""

from __future__ import annotations

from typing import Required

from typing_extensions import TypedDict

from matchmaker.synthetic.data import Table, load

Pair = tuple[str, str]  # (English, Japanese), or (romaji, kana/kanji) for name pieces
Phrases = dict[str, tuple[str, ...]]  # language ("en", "ja") -> paraphrases
Bank = dict[str, Phrases]  # vocabulary id or template group -> paraphrases per language


class Negative(TypedDict, total=False):
    """A limiting statement and what it rules out (see ``negatives`` in data/phrases.yaml)."""

    en: Required[str]
    ja: Required[str]
    exclude: tuple[str, ...]
    rounds: tuple[str, ...]
    nogmp: bool
    domestic: bool
    no_gmp_record: bool
    gmp_record_only: bool
    no_early_licence: bool


class _Names(Table):
    en_head: tuple[Pair, ...]
    en_mid: tuple[Pair, ...]
    en_tail: tuple[Pair, ...]
    jp_head: tuple[Pair, ...]
    jp_mid: tuple[Pair, ...]
    jp_tail: tuple[Pair, ...]
    place_prefix: tuple[Pair, ...]
    place_first: tuple[Pair, ...]
    place_second: tuple[Pair, ...]
    company_suffixes: dict[str, tuple[Pair, ...]]
    supplier_suffixes: dict[str, tuple[Pair, ...]]
    place_suffixes: dict[str, tuple[Pair, ...]]
    real_stems: tuple[str, ...]
    region_labels: dict[str, Pair]


class _Phrases(Table):
    modality: Bank
    tech: Bank
    capability: Bank
    capability_sentences: Bank
    diseases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (English, Japanese) paraphrases
    stage_sentences: Bank
    rounds: Bank
    round_names: dict[str, Pair]
    intro: Bank
    tech_sentence: Phrases
    caps_sentence: Phrases
    platform_service: Phrases
    modality_note: Bank
    academic_facility: Phrases
    pharma_plant: Phrases
    founded_sentence: Phrases
    vc_rounds: Phrases
    needs: Bank
    programmes: dict[str, tuple[Pair, ...]]
    programme_sentence: Phrases
    negatives: dict[str, tuple[Negative, ...]]
    outcomes: Phrases
    collab_topics: Phrases
    licence_topics: Phrases
    spinout_licence: Phrases
    attend_roles: tuple[str, ...]
    finance_programmes: tuple[str, ...]
    seed_description: Phrases
    seed_capability: Phrases


_N = load("names.yaml", _Names)
_P = load("phrases.yaml", _Phrases)

# --- names ------------------------------------------------------------------------------------
EN_HEAD, EN_MID, EN_TAIL = _N.en_head, _N.en_mid, _N.en_tail
JP_HEAD, JP_MID, JP_TAIL = _N.jp_head, _N.jp_mid, _N.jp_tail
PLACE_PREFIX, PLACE_FIRST, PLACE_SECOND = _N.place_prefix, _N.place_first, _N.place_second
COMPANY_SUFFIXES = _N.company_suffixes
SUPPLIER_SUFFIXES = _N.supplier_suffixes
PLACE_SUFFIXES = _N.place_suffixes
REAL_STEMS = _N.real_stems
REGION_LABELS = _N.region_labels

# --- modalities, capabilities, parts ----------------------------------------------------------
MODALITY = _P.modality
TECH = _P.tech
CAPABILITY = _P.capability
CAPABILITY_SENTENCES = _P.capability_sentences
DISEASES = _P.diseases
STAGE_SENTENCES = _P.stage_sentences
ROUNDS = _P.rounds
ROUND_NAMES = _P.round_names

# --- profile templates ------------------------------------------------------------------------
INTRO = _P.intro
TECH_SENTENCE = _P.tech_sentence
CAPS_SENTENCE = _P.caps_sentence
PLATFORM_SERVICE = _P.platform_service
MODALITY_NOTE = _P.modality_note
ACADEMIC_FACILITY = _P.academic_facility
PHARMA_PLANT = _P.pharma_plant
FOUNDED_SENTENCE = _P.founded_sentence
VC_ROUNDS = _P.vc_rounds
NEEDS = _P.needs
PROGRAMMES = _P.programmes
PROGRAMME_SENTENCE = _P.programme_sentence
NEGATIVES = _P.negatives

# --- link attributes and seeds ----------------------------------------------------------------
OUTCOMES = _P.outcomes
COLLAB_TOPICS = _P.collab_topics
LICENCE_TOPICS = _P.licence_topics
SPINOUT_LICENCE = _P.spinout_licence
ATTEND_ROLES = _P.attend_roles
FINANCE_PROGRAMMES = _P.finance_programmes
SEED_DESCRIPTION = _P.seed_description
SEED_CAPABILITY = _P.seed_capability
