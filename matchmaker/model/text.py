"""The written rules for text that enters or leaves matchmaker.

**Entering.** Every text field of every input model (exchange records, partnering bodies, keys)
refuses control characters: Unicode category ``Cc`` (C0 and C1 controls, DEL) except tab, line
feed and carriage return, and ``Cs`` (lone surrogates, which JSON's ``\\ud800`` escapes can
produce and which no store can encode). The refusal is a 422 naming the field. Refusing rather
than silently removing keeps what is stored equal to what was sent. The one removal: text fields
are stripped of leading and trailing whitespace first, and Python's whitespace includes a few
controls (U+001C-U+001F, U+0085), which therefore disappear at either end.

**Leaving.** Values already stored (before this rule, or written directly in Neo4j) must not break
an export: ``spreadsheet_safe`` applies the OWASP CSV-injection rule to every CSV cell, and
``xlsx_safe`` removes the characters XML 1.0 cannot hold before a cell is written.
(``defusedcsv`` was considered: it leaves tab and carriage-return prefixes alone and rewrites
``|`` inside values, so it neither follows the OWASP rule nor round-trips through import.)
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

#: Allowed controls: tab, line feed, carriage return.
_ALLOWED = frozenset("\t\n\r")
#: OWASP: a cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Characters XML 1.0 (and so XLSX) cannot hold.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def bad_character(text: str) -> str | None:
    """The first refused character of ``text`` as ``U+XXXX``, or None."""
    for ch in text:
        if ch in _ALLOWED:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs"):
            return f"U+{ord(ch):04X}"
    return None


def check_value(value: Any) -> Any:
    """Raise ``ValueError`` if ``value`` (a string, or lists and dicts of them) holds a refused
    character; return it unchanged otherwise. Used as a ``field_validator("*")`` on the input models."""
    if isinstance(value, str):
        found = bad_character(value)
        if found:
            raise ValueError(f"control character {found} is not allowed")
    elif isinstance(value, list | tuple):
        for item in value:
            check_value(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_value(key)
            check_value(item)
    return value


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell a spreadsheet will show as text: a string starting with ``= + - @``, tab or
    carriage return gets a leading ``'`` (the OWASP rule). Other values are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def spreadsheet_unsafe(cell: str) -> str:
    """The inverse of :func:`spreadsheet_safe`, for reading back a CSV matchmaker exported."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_PREFIXES):
        return cell[1:]
    return cell


def xlsx_safe(value: Any) -> Any:
    """A string without the characters an XLSX cell cannot hold (they are dropped)."""
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value
