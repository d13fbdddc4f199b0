"""Generic manufacturing read from how a text says it makes a product (issue 15).

Writers rarely name the vocabulary's step ("drug substance manufacturing"): they say what they make
("we make antibodies", "produces AAV vectors", "mRNAの受託製造", "IVTによるmRNA合成"). A making verb
whose object is a substance modality (antibody, nucleic acid, vector, protein, peptide, microbes ...)
is drug substance manufacturing (set 2 rule 9), unless the production is for research use only, or
the product is a cell therapy (rule 26: drug substance only when the word is written), or the
modality is what a part is for ("reagents for mRNA manufacturing", "mRNA製造用の酵素").

The functions here take the sentence's mentions as plain (section, term, start, end) tuples so that
the module does not depend on the analyser's internals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from matchmaker.profiles.parties import EN_OTHER_PARTY, JA_OTHER_PARTY

_PRODUCT_STEPS = frozenset({"formulation", "fill_finish"})
# families whose products are substances; a cell product is made, not a drug substance
_CELL_FAMILIES = frozenset({"cell"})

_EN_VERB = r"(?:mak(?:e|es|ing)|made|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|synthesi[sz](?:e|es|ed|ing))"
# "we make antibodies", "produces adeno-associated virus vectors", "making the oligonucleotides"
_EN_VERB_BEFORE = re.compile(rf"\b{_EN_VERB}\s+(?:(?:the|our|their|its|gmp|cgmp|clinical|bulk)\s+){{0,2}}$")
# ... with a describing word after an article: "manufactures the attenuated vaccines", "makes our humanised
# antibodies" (issue 15, round 6); an article is needed, so a verb's own object ("produces media for")
# is not read as an adjective
_EN_VERB_ARTICLE_ADJ = re.compile(
    rf"\b{_EN_VERB}\s+(?:the|our|their|its)\s+(?:[a-z][\w-]*(?:ed|al|ic|ant|ous|ive|ary)\s+){{1,2}}$"
)
# "synthesis of therapeutic peptides", "production of mRNA", "manufacture of viral vectors", and with the
# purification the making ends in: "synthesis and purification of antisense oligonucleotides" (issue 15,
# round 22: writers 4f and 7m label the substance made)
_EN_NOUN_OF = re.compile(
    r"\b(?:production|manufactur(?:e|ing)|synthesis)(?:\s+and\s+(?:purification|isolation))?\s+of\s+"
    r"(?:(?:the|our|its|their|and of|and)\s+|[\w-]+\s+){0,3}$"
)
# "antibodies we make in-house", "oligos are produced in our plant"
_EN_VERB_AFTER = re.compile(
    rf"\s+(?:(?:we|are|is|were|was|being|all|also|then)\s+){{1,2}}(?:[\w-]+\s+)?{_EN_VERB}\b(?!\s+(?:by|at)\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:partner|cdmo|cmo|contract|third))"
)
# the modality named as the customers' use, not the object: "for mRNA manufacturing"
_EN_FOR_BEFORE = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}$")
# "mRNAの受託製造", "組換えタンパク質を製造", "抗体医薬の開発・製造", "mRNA合成", "siRNAの固相合成" (a synthesis
# named by its phase: issue 15, round 22)
_JA_MADE_AFTER = re.compile(
    # ... or its bulk ("ワクチンの原液製造", "抗体のバルク生産")
    r"(?:そのもの|自体)?(?:の|を)?(?:開発[・、]|受託|gmp|自社)?(?:原液の?|バルクの?|固相|液相)?(?:製造|生産|合成)"
    # not a making word qualifying a noun after it ("抗体生産細胞株", "mRNA製造用"), bar the service words
    r"(?!用|向け|(?!受託|委託|工程|能力|実績|体制|拠点|設備|施設|ライン|から|まで)[\u30a0-\u30ff\u4e00-\u9fff])"
)
# a starting material of the product, not the product: "ADCのリンカー・ペイロード"
_STARTING_MATERIAL = re.compile(r"linker|payload|リンカー|ペイロード")
# production said to be for research alone (set 2 rule 9: no drug substance)
_RESEARCH_ONLY = re.compile(
    r"\bresearch(?:[- ](?:use|grade|purposes?))?\s+only\b|\bonly\s+(?:for\s+)?research\b|\bnot for (?:human|clinical)"
    r"|研究用(?:途)?(?:に限|のみ|だけ)|研究用グレードのみ|研究目的(?:に限|のみ)"
)


def substance_modalities(families: dict[str, str | None]) -> frozenset[str]:
    """The modality ids whose product is a drug substance: every modality with a family other than cells."""
    return frozenset(tid for tid, family in families.items() if family and family not in _CELL_FAMILIES)


def made_substances(
    norm: str,
    japanese: bool,
    mentions: Iterable[tuple[str, str, int, int]],
    substances: frozenset[str],
    skip: tuple[int, int] | None = None,
) -> list[tuple[int, int]]:
    """Spans of the substance modalities a sentence says it makes (see the module docstring), in a
    sentence not limited to research use; ``skip``: the span of the organisation's name. The caller
    gives the span its polarity."""
    if _RESEARCH_ONLY.search(norm):
        return []
    mentions = list(mentions)
    # where a drug product follows the modality ("small-molecule drug products", "抗体製剤"), it is formulated
    products = [s for section, term, s, _ in mentions if section == "capabilities" and term in _PRODUCT_STEPS]
    out: list[tuple[int, int]] = []
    for section, term, start, end in mentions:
        if section != "modalities" or term not in substances or end <= start:
            continue
        if any(start <= p <= end + 2 for p in products) or _STARTING_MATERIAL.search(norm, start, end):
            continue
        if skip is not None and skip[0] <= start < skip[1]:
            continue  # a word of the organisation's name ("トモエ・ウイルスベクター製造は")
        if japanese:
            made = _JA_MADE_AFTER.match(norm, end)
            if made:
                out.append((start, made.end()))
            continue
        if _EN_FOR_BEFORE.search(norm, 0, start):
            continue
        before = (
            _EN_VERB_BEFORE.search(norm, 0, start)
            or _EN_VERB_ARTICLE_ADJ.search(norm, 0, start)
            or _EN_NOUN_OF.search(norm, 0, start)
        )
        if before:
            out.append((before.start(), end))
        elif _EN_VERB_AFTER.match(norm, end):
            out.append((start, end))
    return out


# The bulk of a product named as made: the antigen of a vaccine or the bulk solution (原液) is the drug
# substance whatever the modality ("antigen manufacture at our plant", "抗原の製造から充填まで", "in-house
# antigen DS", "原液製造"), also where the sentence says what it is made for (issue 15, round 6).
_BULK_MADE = re.compile(
    r"\bantigens?\s+(?:ds\b|drug substance|production|manufactur(?:e|ing)|synthesis)"
    rf"|\b{_EN_VERB}\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?antigens?\b"
    r"|(?:抗原|原液)(?:の)?(?:製造|生産)(?!用|向け)"
)

_BY_OTHERS_AFTER = re.compile(r"\s+(?:by|at|of)\s+(?!us\b|our\b)")


def bulk_made(norm: str) -> tuple[int, int] | None:
    """The span where a sentence says it makes a product's bulk (see above), in a sentence not limited
    to research use; the caller gives it its polarity."""
    if _RESEARCH_ONLY.search(norm):
        return None
    for found in _BULK_MADE.finditer(norm):
        # the customers' making, not the organisation's: "adjuvants for antigen production", "... by vaccine makers"
        if _EN_FOR_BEFORE.search(norm, 0, found.start()) or _BY_OTHERS_AFTER.match(norm, found.end()):
            continue
        return found.span()
    return None


# A made product called commercial (issue 15, round 6: four writers): "commercial API is made in our plant",
# "commercial intermediates at 50 t/yr", "the manufacturing of the commercial product", "Edinburgh (commercial,
# 2,000 L)", "コマーシャル生産". The vocabulary's phrases ("commercial supply", "商用生産") are read as they
# stand; here "commercial" qualifies what is made, so it is commercial manufacturing (rule: commercial
# manufacturing = stated commercial / 商用 products). Only nouns of made things count: not "commercial
# partners", "a commercial-stage company" or "commercial rights".
_EN_COMMERCIAL_MADE = re.compile(
    r"\bcommercial\s+(?:[\w-]+\s+){0,2}?(?:apis?|drug\s+substances?|products?|output|intermediates?|materials?"
    r"|lots?|batches|volumes?|quantities|production|manufactur(?:e|ing)|plants?|lines?|trains?|suites?)\b"
    r"|\(\s*commercial\s*,\s*(?:up to\s+)?\d"
)
_JA_COMMERCIAL_MADE = re.compile(r"コマーシャル[・\s]?(?:スケール[・\s]?)?(?:の)?(?:生産|製造)")


def commercial_made(norm: str, japanese: bool) -> tuple[int, int] | None:
    """The span where a sentence calls what it makes commercial (see above); the caller gives it its polarity
    and decides whether the sentence is about making at all."""
    found = (_JA_COMMERCIAL_MADE if japanese else _EN_COMMERCIAL_MADE).search(norm)
    return found.span() if found else None


# Clinical material said to be made by another party (issue 15, sets 3-4: four writers): "the GMP lots
# for our trial were produced by a partner CMO", "Phase 2 batches: produced by a contract partner",
# "for clinical lots we introduce customers to a partner", "治験に使う細胞は連携先の病院の施設で製造
# されている", "治験薬はCMOに委託して作る". The trial purpose is the organisation's, the making is
# not: clinical supply is done elsewhere (negative), and the organisation supplies no clinical material.
_EN_OTHER_PARTY = rf"(?:an?\s+|the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?{EN_OTHER_PARTY}\b"
_EN_MADE_BY_OTHER = re.compile(
    rf"\b(?:made|produced|manufactured|prepared|generated|supplied|sourced)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:by|at|from|through|via)\s+{_EN_OTHER_PARTY}"
    rf"|\b(?:refer|introduce|send|direct|point)s?\s+(?:our\s+|the\s+)?(?:clients|customers|sponsors)\s+to\s+"
    rf"{_EN_OTHER_PARTY}"
    # ... or said of the clients in the passive ("clients needing clinical lots are referred to partner CDMOs")
    # (issue 15, round 13: writers 4e and 5g)
    rf"|\b(?:clients|customers|sponsors)\b[^.;]{{0,40}}?\b(?:are|is|get|will be)\s+(?:referred|introduced|directed)"
    rf"\s+to\s+{_EN_OTHER_PARTY}"
)
_JA_OTHER_PARTY = JA_OTHER_PARTY
_JA_MADE_BY_OTHER = re.compile(
    rf"{_JA_OTHER_PARTY}[^、。自社当弊]{{0,14}}?(?:で|にて|において)(?:は)?"
    # ... also said actively, the subject left out: "治験用ロットは提携先で製造しています" (round 9)
    r"(?:行われ|実施され|製造され|作製され|生産され|製造し|生産し)"
    rf"|{_JA_OTHER_PARTY}(?:へ|に)の?(?:製造)?(?:委託|外注)"
    # ... with the making as the object between or as the topic before ("CDMOに治験製品の製造を委託", "製造は
    # 提携先の企業に委ねる") (issue 15, round 13: writers 5h and 5i)
    rf"|{_JA_OTHER_PARTY}(?:の(?:企業|会社|施設))?(?:へ|に)[^、。]{{0,12}}?(?:製造|生産)を(?:委託|外注|委ね)"
    rf"|(?:製造|生産)(?:は|を)[^、。自社当弊]{{0,12}}?{_JA_OTHER_PARTY}(?:の(?:企業|会社|施設))?(?:へ|に)(?:委託|外注|委ね)"
)
_OWN_MAKING = re.compile(r"自社(?:で|の|内)(?!.{0,12}(?:ない|ず|ません))|\bin-house\b|\bour own\b")


def clinical_made_by_others(norm: str, japanese: bool) -> bool:
    """Whether a sentence says its clinical material is made by another party (see above), and not
    also by the organisation itself ("自社で", "in-house")."""
    return made_by_others_from(norm, japanese) is not None


def made_by_others_from(norm: str, japanese: bool) -> int | None:
    """Where a sentence starts to say that another party makes its material (see above), unless it also
    says the organisation makes it itself; None where it says neither."""
    found = (_JA_MADE_BY_OTHER if japanese else _EN_MADE_BY_OTHER).search(norm)
    return found.start() if found and not _OWN_MAKING.search(norm) else None


# What a negated English making word is about, where the thing is no vocabulary term (issue 15, round 6:
# three writers): a noun compounded before the making noun ("no buffer manufacture", "capsule production
# is not offered") or the subject of a passive ("glass bottles are not manufactured here"). The negation is
# then that thing's, as for a named modality (analyser._made_object), not the organisation's making as a
# whole. Words that say nothing of a thing (determiners, verbs, "GMP", "contract", "all") are no object:
# "we do not offer manufacturing", "all manufacturing is outsourced" still rule out making.
_EN_GENERIC = (
    r"(?:a|an|the|our|its|their|this|these|those|it|they|we|any|all|no|none|own|in-house|house|gmp|cgmp|contract"
    r"|external|outsourced|do|does|did|not|never|offer|offers|provide|provides|perform|performs|conduct|conducts"
    r"|handle|handles|support|supports|undertake|undertakes|run|runs|is|are|was|were|be|been|in|of|for|and|or|with"
    r"|to|at|by|from|as|commercial|clinical|scale|large-scale|drug|drugs|product|products|medicine|medicines"
    r"|pharmaceuticals?|biologics?|material|materials|own-brand|other|such|also|only|yet|currently)"
)
_EN_COMPOUND_OBJECT = re.compile(rf"\b(?!{_EN_GENERIC}\s)[a-z][\w-]*\s+$")
_EN_NOUN_MAKING = re.compile(r"manufactur(?:e|ing)\b|production\b")
_EN_PASSIVE_SUBJECT = re.compile(
    rf"\b(?!{_EN_GENERIC}\s)[a-z][\w-]*\s+(?:is|are|was|were)\s+not\s+(?:(?:being|been|currently|yet)\s+)?$"
)


def en_named_object(norm: str, start: int, end: int) -> bool:
    """Whether the negated English making word ``norm[start:end]`` names its own thing (see above)."""
    if _EN_NOUN_MAKING.match(norm, start) and _EN_COMPOUND_OBJECT.search(norm, 0, start):
        return True
    return bool(_EN_PASSIVE_SUBJECT.search(norm, 0, start))


# ADC conjugation done by the organisation (issue 15, round 8: writers 1, 3a, 4d, 4e and 4f; set 4d rule 111):
# conjugating the payload-linker to the antibody makes the ADC, the drug substance of an ADC programme,
# whatever the text calls the step ("we conjugate and purify ADCs", "抗体へのコンジュゲーションを受託",
# "GMP lots of the conjugate"). Only where the sentence is about an antibody conjugate (a payload, a linker,
# an antibody or an ADC is named): an oligonucleotide's "GalNAc conjugation" is a chemistry option, not
# the making of the product. The customers' use ("linker-payloads for ADC conjugation", "コンジュゲーション用")
# is no making of the organisation's.
_CONJUGATION = re.compile(
    r"(?<!drug-)(?<!drug )\bconjugat(?:ion|ing|ed|es)\b|\b(?:we|to)\s+conjugate\b"
    r"|コンジュゲーション|コンジュゲート(?:化|反応|工程)"
)
_ADC_CONTEXT = re.compile(r"(?<![a-z])(?:adcs?|mabs?)(?![a-z])|payload|linker|antibod|抗体|リンカー|ペイロード|複合体")
_JA_FOR_AFTER = re.compile(r"^(?:工程)?(?:用|向け)")
# ... and the conjugation handed elsewhere in the same sentence ("we outsource linker-payload chemistry and
# conjugation", "mAb and conjugation at CDMOs", "コンジュゲーションは外部に委託"): negated or outsourced
_EN_CONJUGATION_ELSEWHERE = re.compile(
    rf"\boutsourc\w*|\b(?:at|by|with|to|via|through)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){{0,2}}?{EN_OTHER_PARTY}\b"
)
_JA_CONJUGATION_ELSEWHERE = re.compile(rf"委託|外注|{JA_OTHER_PARTY}(?:で|にて|が)")


def conjugation_made(norm: str) -> tuple[int, int] | None:
    """The span where a sentence says the organisation conjugates an antibody-drug conjugate (see above), in
    a sentence not limited to research use; the caller gives it its polarity."""
    if _RESEARCH_ONLY.search(norm) or not _ADC_CONTEXT.search(norm):
        return None
    for found in _CONJUGATION.finditer(norm):
        if _EN_FOR_BEFORE.search(norm, 0, found.start()) or _JA_FOR_AFTER.match(norm[found.end() :]):
            continue
        if _handed_in_part(norm, *found.span()):
            return None
        return found.span()
    return None


_PART_BREAK = re.compile(r"[;。]|\bbut\b|\bwhile\b")


def _handed_in_part(norm: str, start: int, end: int) -> bool:
    """Whether the part of the sentence holding ``norm[start:end]`` (cut at ";", "。", "but", "while") hands the
    work to another party (:data:`_EN_CONJUGATION_ELSEWHERE`): "we conjugate in-house; the mAb is made by a
    partner" keeps the conjugation the organisation's (issue 15, round 9)."""
    lo = max((b.end() for b in _PART_BREAK.finditer(norm, 0, start)), default=0)
    after = _PART_BREAK.search(norm, end)
    part = norm[lo : after.start() if after else len(norm)]
    return bool(_EN_CONJUGATION_ELSEWHERE.search(part) or _JA_CONJUGATION_ELSEWHERE.search(part))


def conjugation_elsewhere(norm: str, sought: bool) -> tuple[int, int] | None:
    """The span where a sentence hands an antibody-drug conjugate's conjugation to another party: outsourced,
    done at a CDMO (:data:`_EN_CONJUGATION_ELSEWHERE`) or, ``sought``, what the organisation looks for a
    contractor to do ("we are looking for a CDMO for the GMP conjugation"); the drug substance is then made
    elsewhere. Not the customers' use ("linker-payloads for ADC conjugation")."""
    if _RESEARCH_ONLY.search(norm) or not _ADC_CONTEXT.search(norm):
        return None
    for found in _CONJUGATION.finditer(norm):
        if _EN_FOR_BEFORE.search(norm, 0, found.start()) and not sought:
            continue
        if _JA_FOR_AFTER.match(norm[found.end() :]):
            continue
        if sought or _handed_in_part(norm, *found.span()):
            return found.span()
    return None
