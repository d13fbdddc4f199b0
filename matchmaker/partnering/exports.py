"""Agenda exports for partnering events: the same schedule in the shapes people actually use.

- ``agenda_csv``: one participant's meetings for a spreadsheet or a CRM import.
- ``agenda_ics``: the same meetings for a calendar app. Times carry ``TZID=<event zone>`` and a
  VTIMEZONE, so a participant whose laptop is set to Boston still sees the meeting at the right
  hour, and the printed agenda and the calendar agree on the local time at the venue.
- ``agenda_html``: a printable page (one day per sheet) to carry around the venue; also works for
  the organiser overview.
- ``agenda_xlsx``: one participant's meetings as a workbook (Excel dates and times).
- ``overview_csv`` / ``overview_xlsx``: the organiser's view of every meeting by slot and table,
  the XLSX with a slot × table grid to print for the floor staff: every slot and every table,
  also the empty ones, with Japanese names and headings when ``lang="ja"``.

Every CSV starts with a UTF-8 byte order mark: Excel on Japanese Windows otherwise reads UTF-8 as
Shift_JIS and shows the names garbled. Cells starting with = + - @ never become formulas.

All times are shown in the event's local time zone (``agenda.event.timezone``), whatever zone the
stored datetimes carry.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import jinja2
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from matchmaker.model.text import spreadsheet_safe, xlsx_safe
from matchmaker.partnering.models import Agenda, AgendaMeeting, PartyRef, Person

__all__ = ["BOM", "agenda_csv", "agenda_html", "agenda_ics", "agenda_xlsx", "overview_csv", "overview_xlsx"]

#: Starts every CSV, so Excel (notably on Japanese Windows) reads it as UTF-8.
BOM = "\ufeff"

AGENDA_COLUMNS = ("date", "start", "end", "timezone", "slot", "table", "with", "with_ja", "people", "message")
OVERVIEW_COLUMNS = ("date", "start", "end", "timezone", "slot", "table", "a", "a_name", "b", "b_name", "locked")
PRODID = "-//matchmaker//partnering//EN"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("matchmaker.partnering", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


# --- shared helpers ------------------------------------------------------------------------------


def _zone(agenda: Agenda) -> ZoneInfo:
    try:
        return ZoneInfo(agenda.event.timezone)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ValueError(f"unknown time zone {agenda.event.timezone!r}") from e


def _table_key(table: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order, so table 'T2' comes before 'T10'."""
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in re.split(r"(\d+)", table) if p)


def _ordered(meetings: Iterable[AgendaMeeting]) -> list[AgendaMeeting]:
    return sorted(meetings, key=lambda m: (m.start, _table_key(m.table), m.id))


def _counterpart(agenda: Agenda, meeting: AgendaMeeting) -> PartyRef:
    me = agenda.participant
    if me is None:
        raise ValueError("a per-participant export needs agenda.participant (this is an organiser overview)")
    if meeting.a.id == me.id:
        return meeting.b
    if meeting.b.id == me.id:
        return meeting.a
    raise ValueError(f"meeting {meeting.id} does not involve participant {me.id}")


def _person(p: Person, *, email: bool = False) -> str:
    text = f"{p.name} ({p.title})" if p.title else p.name
    return f"{text} <{p.email}>" if email and p.email else text


def _people(party: PartyRef, *, email: bool = False) -> str:
    return "; ".join(_person(p, email=email) for p in party.people)


def _hm(t: dt.datetime) -> str:
    return t.strftime("%H:%M")


def _long_date(d: dt.date) -> str:
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def _utc_offset(zone: ZoneInfo, at: dt.datetime) -> str:
    off = at.astimezone(zone).strftime("%z")  # "+0900"
    return f"UTC{off[:3]}:{off[3:]}" if off else "UTC"


# --- per-participant agenda ----------------------------------------------------------------------


def _when(agenda: Agenda, m: AgendaMeeting, zone: ZoneInfo) -> list[str]:
    """The columns both CSVs start with: local date, start, end, time zone, slot, table."""
    start, end = m.start.astimezone(zone), m.end.astimezone(zone)
    return [start.date().isoformat(), _hm(start), _hm(end), agenda.event.timezone, m.slot, m.table]


def agenda_csv(agenda: Agenda) -> str:
    """One row per meeting of ``agenda.participant``, in the event's local time.

    Raises ``ValueError`` for an organiser overview (``participant`` is None); use ``overview_csv``.
    """
    if agenda.participant is None:
        raise ValueError("agenda_csv needs a participant's agenda; use overview_csv for the organiser overview")
    zone = _zone(agenda)
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(AGENDA_COLUMNS)
    for m in _ordered(agenda.meetings):
        other = _counterpart(agenda, m)
        row = [*_when(agenda, m, zone), other.name, other.name_ja or "", _people(other), m.message]
        writer.writerow([spreadsheet_safe(v) for v in row])
    return out.getvalue()


def agenda_ics(agenda: Agenda, *, stamp: dt.datetime | None = None) -> bytes:
    """An iCalendar file: a VTIMEZONE for the event's zone and one VEVENT per meeting.

    Works for a participant (summary "Meeting with <counterpart>") and for the organiser overview
    (summary "<a> × <b>"). Each event carries SEQUENCE and STATUS (CANCELLED for a meeting a
    later run dropped). ``stamp`` (DTSTAMP, default now) is there for reproducible output.
    """
    zone = _zone(agenda)
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    venue = agenda.event.venue
    who = agenda.participant.id if agenda.participant else "overview"
    cal = icalendar.Calendar.new(
        prodid=PRODID,
        name=agenda.event.name,  # NAME and X-WR-CALNAME
        uid=f"{agenda.event.id}.{who}@matchmaker",
    )
    for m in _ordered(agenda.meetings):
        if agenda.participant is not None:
            other = _counterpart(agenda, m)
            summary = f"Meeting with {other.name}"
            parties = [other]
        else:
            summary = f"{m.a.name} × {m.b.name}"
            parties = [m.a, m.b]
        lines = [m.message] if m.message else []
        for party in parties:
            if not party.people:
                continue
            label = f"{party.name} ({party.name_ja})" if party.name_ja else party.name
            lines.append(f"{label}:")
            lines.extend(f"- {_person(p, email=True)}" for p in party.people)
        event = icalendar.Event.new(
            uid=f"{m.id}@matchmaker",
            stamp=stamp,
            start=_ics_time(m.start, zone),
            end=_ics_time(m.end, zone),
            summary=summary,
            location=f"{venue}, table {m.table}" if venue else f"table {m.table}",
            description="\n".join(lines) or None,
        )
        # RFC 5545 updates: the UID stays with the pair, SEQUENCE rises with each move, and a
        # meeting a later run dropped is sent again as CANCELLED, so a calendar updates in place.
        event.add("sequence", m.sequence)
        event.add("status", "CANCELLED" if m.cancelled else "CONFIRMED")
        cal.add_component(event)
    if agenda.meetings:
        # Only the years in use: a short VTIMEZONE instead of every transition since 1970.
        first = min(m.start.astimezone(zone) for m in agenda.meetings).year
        last = max(m.end.astimezone(zone) for m in agenda.meetings).year
        cal.add_missing_timezones(first_date=dt.date(first, 1, 1), last_date=dt.date(last + 1, 1, 1))
    return cal.to_ical()


def _ics_time(instant: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """An instant as the calendar writes it: in the event's zone (TZID), except in the hour a clock
    change repeats, where RFC 5545 reads a local time as its first occurrence; there it is written
    in UTC, so a meeting in the second 02:30 is not moved an hour back (and its end is not read
    as coming before its start)."""
    local = instant.astimezone(zone)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return instant.astimezone(dt.UTC)
    return local


@dataclass(frozen=True)
class _Row:
    time: str
    table: str
    parties: list[PartyRef]
    message: str
    locked: bool


@dataclass(frozen=True)
class _Day:
    date: dt.date
    label: str
    rows: list[_Row]


def agenda_html(agenda: Agenda) -> str:
    """A self-contained printable page (inline CSS, no external assets), one day per printed page."""
    zone = _zone(agenda)
    days: dict[dt.date, list[_Row]] = {}
    for m in _ordered(agenda.meetings):
        start, end = m.start.astimezone(zone), m.end.astimezone(zone)
        parties = [_counterpart(agenda, m)] if agenda.participant is not None else [m.a, m.b]
        days.setdefault(start.date(), []).append(
            _Row(time=f"{_hm(start)}–{_hm(end)}", table=m.table, parties=parties, message=m.message, locked=m.locked)
        )
    at = agenda.meetings[0].start if agenda.meetings else dt.datetime.now(dt.UTC)
    return _templates.get_template("agenda.html").render(
        event=agenda.event,
        participant=agenda.participant,
        overview=agenda.participant is None,
        days=[_Day(date=d, label=_long_date(d), rows=rows) for d, rows in days.items()],
        tz_label=f"{agenda.event.timezone} ({_utc_offset(zone, at)})",
    )


# --- organiser overview --------------------------------------------------------------------------


def overview_csv(agenda: Agenda) -> str:
    """Every meeting, ordered by start then table, in the event's local time."""
    zone = _zone(agenda)
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(OVERVIEW_COLUMNS)
    for m in _ordered(agenda.meetings):
        row = [*_when(agenda, m, zone), m.a.id, m.a.name, m.b.id, m.b.name, "true" if m.locked else "false"]
        writer.writerow([spreadsheet_safe(v) for v in row])
    return out.getvalue()


def _set(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    value = xlsx_safe(value)  # a stored control character must not fail the whole workbook
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # a name such as "=Foo" is text, never a formula
    return cell


def _display_width(value: object) -> int:
    if isinstance(value, dt.date | dt.time):
        return 10
    text = "" if value is None else str(value)
    longest = max(text.split("\n"), key=len, default="")
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def _fit_columns(ws: Worksheet, *, minimum: int = 6, maximum: int = 60) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            widths[cell.column] = max(widths.get(cell.column, 0), _display_width(cell.value))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, minimum), maximum)


def _called(party: PartyRef, lang: str) -> str:
    return party.name_ja if lang == "ja" and party.name_ja else party.name


_XLSX_TEXT = {
    "en": {"meetings": "Meetings", "grid": "Grid", "slot": "slot", "agenda": "Agenda"},
    "ja": {"meetings": "面談一覧", "grid": "グリッド", "slot": "枠", "agenda": "アジェンダ"},
}
_AGENDA_HEADINGS = {
    "en": ("date", "start", "end", "timezone", "slot", "table", "with", "people", "message"),
    "ja": ("日付", "開始", "終了", "タイムゾーン", "枠", "テーブル", "相手", "参加者", "メッセージ"),
}
_OVERVIEW_HEADINGS_JA = ("日付", "開始", "終了", "タイムゾーン", "枠", "テーブル", "A", "A 名称", "B", "B 名称", "固定")


def agenda_xlsx(agenda: Agenda, lang: str = "en") -> bytes:
    """One participant's meetings as a workbook: Excel dates and times local to the event, the
    other side by its name in ``lang`` (Japanese when it has one and ``lang="ja"``), the request
    message. Raises ``ValueError`` for an organiser overview (use ``overview_xlsx``)."""
    if agenda.participant is None:
        raise ValueError("agenda_xlsx needs a participant's agenda; use overview_xlsx for the organiser overview")
    text = _XLSX_TEXT.get(lang, _XLSX_TEXT["en"])
    zone = _zone(agenda)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = text["agenda"]
    for col, name in enumerate(_AGENDA_HEADINGS.get(lang, _AGENDA_HEADINGS["en"]), start=1):
        _set(ws, 1, col, name).font = bold
    for r, m in enumerate(_ordered(agenda.meetings), start=2):
        other = _counterpart(agenda, m)
        start, end = m.start.astimezone(zone), m.end.astimezone(zone)
        values: list[object] = [
            start.date(), start.time().replace(tzinfo=None), end.time().replace(tzinfo=None),
            agenda.event.timezone, m.slot, m.table, _called(other, lang), _people(other, email=True), m.message,
        ]  # fmt: skip
        for col, value in enumerate(values, start=1):
            _set(ws, r, col, value)  # a text starting with '=' is stored as text, never a formula
        ws.cell(row=r, column=1).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=2).number_format = "hh:mm"
        ws.cell(row=r, column=3).number_format = "hh:mm"
        ws.cell(row=r, column=9).alignment = wrap
    ws.freeze_panes = "A2"
    _fit_columns(ws)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def overview_xlsx(agenda: Agenda, lang: str = "en") -> bytes:
    """A workbook with sheet "Meetings" (the rows of ``overview_csv``) and sheet "Grid" (slot × table).

    In "Meetings", ``date`` is an Excel date and ``start``/``end`` are Excel times, all local to
    the event, so the sheet sorts and filters properly; ``locked`` is a boolean. The grid has a
    row for every slot and a column for every table of the programme (``agenda.slots``,
    ``agenda.tables``), also those without a meeting, so it prints as the floor plan. With
    ``lang="ja"`` sheet names, headings and organisation names are Japanese (where a Japanese name
    exists).
    """
    zone = _zone(agenda)
    meetings = _ordered(agenda.meetings)
    bold = Font(bold=True)
    wb = Workbook()

    text = _XLSX_TEXT.get(lang, _XLSX_TEXT["en"])
    ws = wb.active
    assert ws is not None
    ws.title = text["meetings"]
    for col, name in enumerate(_OVERVIEW_HEADINGS_JA if lang == "ja" else OVERVIEW_COLUMNS, start=1):
        _set(ws, 1, col, name).font = bold
    for r, m in enumerate(meetings, start=2):
        start, end = m.start.astimezone(zone), m.end.astimezone(zone)
        values: list[object] = [
            start.date(),
            start.time().replace(tzinfo=None),
            end.time().replace(tzinfo=None),
            agenda.event.timezone,
            m.slot,
            m.table,
            m.a.id,
            _called(m.a, lang),
            m.b.id,
            _called(m.b, lang),
            m.locked,
        ]
        for col, value in enumerate(values, start=1):
            _set(ws, r, col, value)
        ws.cell(row=r, column=1).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=2).number_format = "hh:mm"
        ws.cell(row=r, column=3).number_format = "hh:mm"
    ws.freeze_panes = "A2"
    if meetings:
        ws.auto_filter.ref = ws.dimensions
    _fit_columns(ws)

    grid = wb.create_sheet(text["grid"])
    tables = list(agenda.tables) + sorted({m.table for m in meetings} - set(agenda.tables), key=_table_key)
    slots: dict[tuple[dt.datetime, dt.datetime, str], dict[str, list[str]]] = {
        (s.start, s.end, s.id): {} for s in agenda.slots
    }
    for m in meetings:
        slots.setdefault((m.start, m.end, m.slot), {}).setdefault(m.table, []).append(
            f"{_called(m.a, lang)} × {_called(m.b, lang)}"
        )
    _set(grid, 1, 1, f"{text['slot']} ({agenda.event.timezone})").font = bold
    for col, table in enumerate(tables, start=2):
        _set(grid, 1, col, table).font = bold
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, ((start, end, _slot), cells) in enumerate(sorted(slots.items(), key=lambda kv: kv[0][:2]), start=2):
        s, e = start.astimezone(zone), end.astimezone(zone)
        _set(grid, r, 1, f"{s.date().isoformat()} {_hm(s)}–{_hm(e)}").font = bold
        for col, table in enumerate(tables, start=2):
            if table in cells:
                _set(grid, r, col, "\n".join(cells[table])).alignment = wrap
    grid.freeze_panes = "B2"
    _fit_columns(grid, maximum=45)

    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
