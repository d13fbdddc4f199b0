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

# a number: thousands separators, decimals and a Japanese multiplier ("3千", "1.5万")
_NUMBER = r"(\d[\d,]*(?:\.\d+)?(?:\s*[千万](?!円))?)"
# "500〜2,000 L", "500 to 2,000 L", "between 500 and 2,000 L" (and only after "between": "200 and 2,000 L" is
# a list of two sizes)
_RANGE_SEP = r"\s*-?\s*(?P<sep>〜|~|～|-|–|—|to|から|and)\s*"
# litres in their spellings (ℓ is l after NFKC), cubic metres (㎥, m³ are m3 after NFKC), masses spelt out
_UNIT = (
    r"kl|ml|l|リットル|リッター|litres?|liters?|m3|立方メートル"
    r"|mg|kg|g|tonnes?|(?:metric )?tons?|t|グラム|キログラム|トン"
    r"|kilo(?:gram(?:me)?s?|s)?|gram(?:me)?s?|milligram(?:me)?s?"
)
# "up to X", "max. X", "no more than X", "under X", "最大X", "X まで", "X以下", "X未満": the band of X alone
_UPTO = (
    r"up to|as (?:large|big|much) as|no more than|not more than|(?:less|smaller) than|under|below"
    r"|max(?:imum)?\.?(?: of)?|最大|最高|上限"
)
_STRICTLY_BELOW = re.compile(r"(?:less|smaller) than|under|below")
# "over X", "more than X", "X超", "X以上": the band just above X alone
_OVER = r"over|more than|above|(?:greater|larger|bigger) than|exceeding|in excess of"
_QUANTITY = re.compile(
    rf"(?:(?<![a-z])(?P<upto>{_UPTO})|(?<![a-z])(?P<over>{_OVER}))?\s*(?P<between>between\s+)?(?P<low>{_NUMBER[1:-1]})"
    rf"\s*(?:-\s*)?(?:(?P<u1>{_UNIT})(?![a-z]))?"
    rf"(?:{_RANGE_SEP}(?P<high>{_NUMBER[1:-1]}))?\s*-?\s*(?P<unit>{_UNIT})(?![a-z])"
    r"(?P<after>\s*(?:まで|以下|未満))?(?P<above>\s*(?:超|以上))?"
)
_PER_YEAR = re.compile(r"年間|年産|per year|a year|/year|/yr|per annum|p\.a\.|annual|/年")
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
_LITRES = {"kl": 1000.0, "ml": 0.001, "m3": 1000.0, "立方メートル": 1000.0}
_GRAMS = {"mg": 0.001, "g": 1.0, "グラム": 1.0, "kg": 1000.0, "キログラム": 1000.0,
          "t": 1e6, "tonne": 1e6, "tonnes": 1e6, "ton": 1e6, "tons": 1e6, "トン": 1e6}  # fmt: skip
_VOLUME_UNITS = ("kl", "ml", "l", "リットル", "リッター", "m3", "立方メートル")


def _unit_key(unit: str) -> str:
    """The key of a unit spelt out ("kilograms", "metric tons", "grammes") in :data:`_LITRES` or :data:`_GRAMS`."""
    unit = unit.removeprefix("metric ")
    if unit.startswith("kilo"):
        return "kg"
    if unit.startswith("milligram"):
        return "mg"
    if unit.startswith("gram"):
        return "g"
    return unit


@dataclass(frozen=True)
class ScaleMention:
    term: str
    start: int
    end: int


def _band(value: float, bands: tuple[tuple[float, str], ...]) -> int:
    return next(i for i, (limit, _) in enumerate(bands) if value < limit)


def _number(text: str) -> float:
    text = text.replace(",", "").replace(" ", "")
    factor = {"千": 1000.0, "万": 10000.0}.get(text[-1], 1.0)
    return float(text.rstrip("千万")) * factor


def _bands_of(
    norm: str, m: re.Match[str], unit: str, low: float, high: float | None, single: bool, yearly: bool
) -> list[ScaleMention]:
    """The bands of one quantity (a size, or a range from ``low`` to ``high``) of the match ``m``; ``single``
    reads ``low`` alone, as one size of a list."""
    volume = unit in _VOLUME_UNITS or unit.startswith(("litre", "liter"))
    if volume and _chemistry_vessel(norm, m.start(), m.end()):
        return []
    # cubic metres are a culture's only beside a fermenter or tank; else a room's or a chamber's
    window = norm[max(0, m.start() - 50) : m.end() + 25]
    if unit in ("m3", "立方メートル") and not _CULTURE_VESSEL.search(window):
        return []
    # a mass per year is read where the year is stated beside it ("1-200 kg/batch; 50 t/yr": the batches are not)
    yearly = yearly and bool(_PER_YEAR.search(norm, max(0, m.start() - 25), m.end() + 20))
    if volume:
        factor, bands = _LITRES.get(unit, 1.0), _BANDS_L
    else:
        factor, bands = _GRAMS.get(unit, 1.0), _BANDS_G
        if yearly or factor >= 1e6:
            return [ScaleMention("commercial", m.start(), m.end())]
    if single:
        band = _band(low * factor, bands)
        return [ScaleMention(bands[band][1], m.start(), m.end())]
    first_factor = factor
    if m.group("u1"):  # "500 L〜2 kL", "50 mL to 3,000 L": each number with its own unit
        u1 = _unit_key(m.group("u1"))
        first_factor = _LITRES.get(u1, _GRAMS.get(u1, 1.0))
    # "up to X", "X まで" label X's band alone; a range ending in まで ("500 LからX Lまで") is still a range;
    # "over X", "X超" the band just above X alone
    # "under X", "less than X", "X未満": the band just below X alone
    upto = bool(m.group("upto") or (m.group("after") and high is None))
    over = bool(m.group("over") or m.group("above")) and high is None
    below = high is None and bool(
        (m.group("upto") and _STRICTLY_BELOW.match(m.group("upto"))) or (m.group("after") or "").strip() == "未満"
    )
    lo_band = _band(low * first_factor * (1.000001 if over else 0.999999 if below else 1.0), bands)
    hi_band = _band(high * factor, bands) if high is not None else lo_band
    if upto:
        lo_band = hi_band
    return [
        ScaleMention(bands[i][1], m.start(), m.end()) for i in range(min(lo_band, hi_band), max(lo_band, hi_band) + 1)
    ]


def scales_from_quantities(norm: str) -> list[ScaleMention]:
    """Scales a normalised sentence states as quantities (see the module doc for the bands)."""
    found: list[ScaleMention] = []
    yearly = bool(_PER_YEAR.search(norm))
    for m in _QUANTITY.finditer(norm):
        unit = _unit_key(m.group("unit"))
        if m.group("u1") and not m.group("high"):  # "2 l 5 g": two quantities, read the second alone
            continue
        if m.group("sep") == "and" and not m.group("between"):  # "200 and 2,000 L": a list, each size alone
            first = _unit_key(m.group("u1")) if m.group("u1") else unit
            for key, own in (("low", first), ("high", unit)):
                found += _bands_of(norm, m, own, _number(m.group(key)), None, True, yearly)
            continue
        low, high = _number(m.group("low")), _number(m.group("high")) if m.group("high") else None
        found += _bands_of(norm, m, unit, low, high, False, yearly)
    tonnes = "トン" in norm or "tonne" in norm
    for pattern, term in ((_KG_SCALE, "commercial" if yearly or tonnes else "clinical"), (_GRAM_SCALE, "clinical"),
                          (_MG_SCALE, "research"), (_SMALL_BATCHES, "research"), (_FEW_GRAMS, "research")):  # fmt: skip
        for m in pattern.finditer(norm):
            found.append(ScaleMention(term, m.start(), m.end()))
    return found
