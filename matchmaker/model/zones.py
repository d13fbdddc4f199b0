"""An event's time zone from where it takes place (issue 24: BIO in San Diego is not in Tokyo).

An event record may leave ``timezone`` out; it then gets the zone of its ``region`` (the venue's
ISO 3166-2 subdivision or ISO 3166-1 country). A country with one zone is read from the tz
database's country table (pytz); for the countries that span several zones and host life-science
events (the United States, Canada, Australia) the subdivision decides; elsewhere the country's
principal zone is used (the first the tz database lists: Europe/Madrid for Spain).
"""

from __future__ import annotations

import pytz

_US = {
    "America/Los_Angeles": "CA WA OR NV",
    "America/Denver": "CO UT NM WY MT ID",
    "America/Phoenix": "AZ",
    "America/Chicago": "IL TX MN WI IA MO AR LA MS AL OK KS NE SD ND TN",
    "America/Anchorage": "AK",
    "Pacific/Honolulu": "HI",
}
_CA = {
    "America/Vancouver": "BC",
    "America/Edmonton": "AB",
    "America/Regina": "SK",
    "America/Winnipeg": "MB",
    "America/Toronto": "ON QC",
    "America/Halifax": "NS NB PE",
    "America/St_Johns": "NL",
    "America/Whitehorse": "YT",
    "America/Yellowknife": "NT",
    "America/Iqaluit": "NU",
}
_AU = {
    "Australia/Sydney": "NSW ACT",
    "Australia/Melbourne": "VIC",
    "Australia/Brisbane": "QLD",
    "Australia/Adelaide": "SA",
    "Australia/Perth": "WA",
    "Australia/Hobart": "TAS",
    "Australia/Darwin": "NT",
}
_SUBDIVISIONS = {
    f"{country}-{code}": zone
    for country, table in (("US", _US), ("CA", _CA), ("AU", _AU))
    for zone, codes in table.items()
    for code in codes.split()
}
_PRINCIPAL = {"US": "America/New_York", "CA": "America/Toronto", "AU": "Australia/Sydney"}


def zone_for_region(region: str | None) -> str | None:
    """The IANA zone of an ISO 3166-2 subdivision or ISO 3166-1 country code, None if unknown."""
    if not region:
        return None
    code = region.strip().upper()
    if code in _SUBDIVISIONS:
        return _SUBDIVISIONS[code]
    country = code.split("-", 1)[0]
    if country in _PRINCIPAL:
        return _PRINCIPAL[country]
    zones = pytz.country_timezones.get(country)
    return zones[0] if zones else None
