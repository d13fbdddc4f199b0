"""Where organisations, hubs and sites are: public coordinates for location codes, and distances.

A record may carry its own point (``latitude``/``longitude``: a site), a municipality code (JIS X
0402, 5 digits) or a prefecture (``region``, ISO 3166-2 ``JP-NN``). ``data/places.yaml`` gives the
office coordinates of every prefecture and of the municipalities the public data names, each table
with its public source; :func:`locate` picks the most precise point a record has and says which
(``site`` > ``hub`` > ``municipality`` > ``prefecture``), or None when nothing is known, so a
location is never guessed.

Distances are great-circle distances on a sphere of the Earth's mean radius (haversine):
``d = 2 R asin(sqrt(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)))``, R = 6371.0088 km (IUGG mean
radius). Against the ellipsoid the error is under 0.5 %, half a kilometre at 100 km, well inside
the "about 100 km" (概ね100km圏内) the certification plan writes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

DATA = Path(__file__).parent / "data" / "places.yaml"
EARTH_RADIUS_KM = 6371.0088
MUNICIPALITY_CODE = re.compile(r"^(0[1-9]|[1-3][0-9]|4[0-7])[0-9]{3}$")
Precision = Literal["site", "hub", "municipality", "prefecture"]


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    name_ja: str
    lat: float
    lon: float
    source: str


@cache
def _table() -> dict[str, dict[str, Place]]:
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    out: dict[str, dict[str, Place]] = {}
    for section in ("prefectures", "municipalities"):
        source = raw["sources"][section]
        out[section] = {
            str(code): Place(str(code), v["name"], v["name_ja"], float(v["lat"]), float(v["lon"]), source)
            for code, v in raw[section].items()
        }
    return out


def prefecture(code: str | None) -> Place | None:
    """The prefectural office of ``JP-NN``; None for another country or an unknown code."""
    return _table()["prefectures"].get(code or "")


def municipality(code: str | None) -> Place | None:
    """The municipal office of a JIS X 0402 code, when the data file has it."""
    return _table()["municipalities"].get(code or "")


def prefecture_of_municipality(code: str) -> str:
    """The prefecture (``JP-NN``) a municipality code belongs to: its first two digits."""
    return f"JP-{code[:2]}"


def check_municipality(value: object) -> str | None:
    """A JIS X 0402 municipality code: 5 digits, the first two a prefecture (01-47). A number or
    4 digits, as a spreadsheet keeps 08220 once it has read it as a number, get the zero back."""
    if value is None:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:05d}"
    if not isinstance(value, str):
        raise ValueError("a municipality code is 5 digits")
    if len(value) == 4 and value.isdigit():
        value = "0" + value
    if not MUNICIPALITY_CODE.match(value):
        raise ValueError(f"{value!r} is not a JIS X 0402 municipality code (5 digits, e.g. 14100 for Yokohama)")
    return value


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (formula in the module docstring)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class Located:
    """A record's best-known point and how precise it is; ``prefecture`` also when no point is known."""

    lat: float | None
    lon: float | None
    precision: Precision | None
    prefecture: str | None

    @property
    def known(self) -> bool:
        return self.lat is not None and self.lon is not None


def _own(props: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = props.get("latitude"), props.get("longitude")
    return (float(lat), float(lon)) if lat is not None and lon is not None else None


def locate(props: dict[str, Any], hub: dict[str, Any] | None = None) -> Located:
    """The most precise point of a record (organisation or hub): its own coordinates, its hub's
    (``hub``: the hub's properties), its municipality's office, its prefecture's office; or
    unknown. ``prefecture`` is the record's region when it is a Japanese prefecture, else derived
    from the municipality or the hub."""
    muni = props.get("municipality")
    pref = props.get("region") if prefecture(props.get("region")) else None
    if pref is None and muni:
        pref = prefecture_of_municipality(muni)
    hub_at = locate(hub) if hub else None
    if pref is None and hub_at is not None:
        pref = hub_at.prefecture
    own = _own(props)
    if own:
        return Located(own[0], own[1], "site", pref)
    if hub_at is not None and hub_at.known:
        return Located(hub_at.lat, hub_at.lon, "hub", pref)
    m = municipality(muni)
    if m:
        return Located(m.lat, m.lon, "municipality", pref)
    p = prefecture(pref)
    if p:
        return Located(p.lat, p.lon, "prefecture", pref)
    return Located(None, None, None, pref)
