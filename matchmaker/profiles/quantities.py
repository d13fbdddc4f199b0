"""Scale read from stated quantities: culture volumes and batch or yearly masses.

Profiles state scale as numbers more often than as words ("500〜2,000 L の複数ライン", "up to 200 L",
"年間kgスケール", "100 g batches"). The bands follow common bioprocess practice:

* volumes (biologics, vectors, fermentation): research below 50 L, clinical from 50 L to 2,000 L,
  commercial above 2,000 L (a single 2,000 L line is clinical to early commercial; above it, only
  commercial products fill the tanks);
* masses per batch (chemical synthesis: small molecules, peptides, oligonucleotides): research
  below 100 g, clinical from 100 g to 100 kg, commercial from 100 kg, and any mass per year or in
  tonnes.

A range labels every band it touches ("200〜10,000 L" is clinical and commercial); "up to X" (最大,
まで) labels the band of X alone, since the smaller sizes below it say nothing about purpose; a
plain list of sizes labels each. Numbers with other units (cells, doses, m²) are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
_RANGE_SEP = r"\s*(?:〜|~|～|-|–|—|to|から)\s*"
_UNIT = r"kl|ml|l|リットル|litres?|liters?|mg|kg|g|tonnes?|tons?|t|グラム|キログラム|トン"
_QUANTITY = re.compile(
    rf"(?P<upto>up to|最大|max(?:imum)?\.?)?\s*(?P<low>{_NUMBER[1:-1]})\s*(?:(?P<u1>{_UNIT})(?![a-z]))?"
    rf"(?:{_RANGE_SEP}(?P<high>{_NUMBER[1:-1]}))?\s*(?P<unit>{_UNIT})(?![a-z])"
    r"(?P<after>\s*(?:まで|以下))?"
)
_PER_YEAR = re.compile(r"年間|per year|a year|/year|/年|annual")
_KG_SCALE = re.compile(
    r"\b(?:kg|kilogram|キログラム)[- ]?scale|kgスケール|kg単位|キロスケール"
    r"|トン(?:スケール|規模|単位)|\b(?:multi-)?tonne[- ]scale"
)
_GRAM_SCALE = re.compile(r"\b(?:gram|g)[- ]?scale|グラムスケール")
_MG_SCALE = re.compile(r"\b(?:milligram|mg)[- ]?scale|ミリグラムスケール")
# a small mass named without a number ("a few grams", "milligram amounts", "数mg"): research (below 100 g)
_FEW_GRAMS = re.compile(
    r"\b(?:a few|few|several|some)\s+(?:mg|milligrams?|grams?|g)\b|\bmilligrams?\b(?![- ]?scale)"
    r"|数\s*(?:mg|ミリグラム|グラム|g)(?![a-z])|ミリグラム(?!スケール)"
)
_SMALL_BATCHES = re.compile(
    r"\bsmall (?:research |lab(?:oratory)? )?(?:batch|lot)|\blab(?:oratory)?[- ]scale|ラボスケール|少量"
)

# vessels of chemical synthesis ("反応釜 100〜4,000 L", "glass-lined reactors of 500 L"): a reactor's volume says
# nothing of the material's scale (a 100 L reactor makes kilograms), so chemistry is banded only by mass,
# tonnage or purpose (issue 15, sets 3 and 4: two writers); a bioreactor or fermenter still is
_CHEM_VESSEL = re.compile(
    r"(?<![a-z])(?<!bio)(?<!bio-)(?<!photo)reactors?\b|\bglass[- ]lined\b|\bhastelloy\b|\bautoclaves?\b"
    r"|反応(?:釜|槽|缶|器|容器)|(?<!バイオ)(?<!バイオ・)リアクター|グラスライニング|(?:gl|sus)釜"
)
_CULTURE_VESSEL = re.compile(r"bio-?reactor|ferment|cultur|バイオリアクター|培養|発酵|タンク")


def _chemistry_vessel(norm: str, start: int, end: int) -> bool:
    """Whether the volume at ``norm[start:end]`` is a chemical reactor's (:data:`_CHEM_VESSEL` near it, in its
    clause, and no culture vessel there)."""
    lo, hi = max(0, start - 50), min(len(norm), end + 25)
    window = norm[lo:hi]
    return bool(_CHEM_VESSEL.search(window)) and not _CULTURE_VESSEL.search(window)


_BANDS_L = ((50.0, "research"), (2000.000001, "clinical"), (float("inf"), "commercial"))
_BANDS_G = ((100.0, "research"), (100_000.0, "clinical"), (float("inf"), "commercial"))
_LITRES = {"kl": 1000.0, "ml": 0.001}
_GRAMS = {"mg": 0.001, "g": 1.0, "グラム": 1.0, "kg": 1000.0, "キログラム": 1000.0,
          "t": 1e6, "tonne": 1e6, "tonnes": 1e6, "ton": 1e6, "tons": 1e6, "トン": 1e6}  # fmt: skip


@dataclass(frozen=True)
class ScaleMention:
    term: str
    start: int
    end: int


def _band(value: float, bands: tuple[tuple[float, str], ...]) -> int:
    return next(i for i, (limit, _) in enumerate(bands) if value < limit)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def scales_from_quantities(norm: str) -> list[ScaleMention]:
    """Scales a normalised sentence states as quantities (see the module doc for the bands)."""
    found: list[ScaleMention] = []
    yearly = bool(_PER_YEAR.search(norm))
    for m in _QUANTITY.finditer(norm):
        unit = m.group("unit")
        if m.group("u1") and not m.group("high"):  # "2 l 5 g": two quantities, read the second alone
            continue
        low, high = _number(m.group("low")), _number(m.group("high")) if m.group("high") else None
        volume = unit in ("kl", "ml", "l", "リットル") or unit.startswith(("litre", "liter"))
        if volume and _chemistry_vessel(norm, m.start(), m.end()):
            continue
        if volume:
            factor, bands = _LITRES.get(unit, 1.0), _BANDS_L
        else:
            factor, bands = _GRAMS.get(unit, 1.0), _BANDS_G
            if yearly or factor >= 1e6:
                found.append(ScaleMention("commercial", m.start(), m.end()))
                continue
        first_factor = factor
        if m.group("u1"):  # "500 L〜2 kL", "50 mL to 3,000 L": each number with its own unit
            first_factor = _LITRES.get(m.group("u1"), _GRAMS.get(m.group("u1"), 1.0))
        # "up to X", "X まで" label X's band alone; a range ending in まで ("500 LからX Lまで") is still a range
        upto = bool(m.group("upto") or (m.group("after") and high is None))
        lo_band = _band(low * first_factor, bands)
        hi_band = _band(high * factor, bands) if high is not None else lo_band
        if upto:
            lo_band = hi_band
        for i in range(min(lo_band, hi_band), max(lo_band, hi_band) + 1):
            found.append(ScaleMention(bands[i][1], m.start(), m.end()))
    tonnes = "トン" in norm or "tonne" in norm
    for pattern, term in ((_KG_SCALE, "commercial" if yearly or tonnes else "clinical"), (_GRAM_SCALE, "clinical"),
                          (_MG_SCALE, "research"), (_SMALL_BATCHES, "research"), (_FEW_GRAMS, "research")):  # fmt: skip
        for m in pattern.finditer(norm):
            found.append(ScaleMention(term, m.start(), m.end()))
    return found
