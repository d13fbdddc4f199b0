"""Agenda exports (CSV, iCalendar, printable HTML, organiser CSV/XLSX): pure unit tests, no Neo4j."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest

from matchmaker.partnering.exports import agenda_csv, agenda_html, agenda_ics, overview_csv, overview_xlsx
from matchmaker.partnering.models import Agenda, AgendaMeeting, EventRef, PartyRef, Person

TOKYO = ZoneInfo("Asia/Tokyo")
UTC = dt.UTC

EVENT = EventRef(
    id="bio-2026", name="BioJapan 2026", name_ja="バイオジャパン2026", timezone="Asia/Tokyo", venue="Pacifico Yokohama"
)
ME = PartyRef(
    id="org-me",
    name="Kyoto Cell Therapeutics",
    name_ja="京都細胞治療株式会社",
    people=[Person(name="Sato Hanako", title="CEO", email="hanako@kct.example")],
)
OSAKA = PartyRef(
    id="org-jp",
    name="Osaka Pharma",
    name_ja="大阪製薬株式会社",
    people=[Person(name="山田太郎", title="BD Director"), Person(name="Jane Roe")],
)
EVIL = PartyRef(
    id="org-evil",
    name='<script>alert(1)</script> Labs, "Inc"',
    people=[Person(name="Bob <b>", title='VP, "BD"')],
)
OTHER = PartyRef(id="org-x", name="Boston Bio")


def meeting(
    mid: str, slot: str, start: dt.datetime, table: str, a: PartyRef, b: PartyRef, **kw: object
) -> AgendaMeeting:
    return AgendaMeeting(
        id=mid, slot=slot, start=start, end=start + dt.timedelta(minutes=30), table=table, a=a, b=b, **kw
    )


# 10:00 JST given in UTC (01:00Z); 10:30 JST given in Tokyo time; next day 09:30 JST given in UTC.
M1 = meeting(
    "m1", "s1", dt.datetime(2026, 10, 14, 1, 0, tzinfo=UTC), "T2", OSAKA, ME, message="Discuss CAR-T\nand iPSC"
)
M2 = meeting("m2", "s2", dt.datetime(2026, 10, 14, 10, 30, tzinfo=TOKYO), "T10", ME, EVIL, locked=True)
M3 = meeting("m3", "s3", dt.datetime(2026, 10, 15, 0, 30, tzinfo=UTC), "T1", OTHER, ME)
# Only in the overview: same 10:00 slot, another table.
M4 = meeting("m4", "s1", dt.datetime(2026, 10, 14, 10, 0, tzinfo=TOKYO), "T1", OTHER, EVIL)


@pytest.fixture
def mine() -> Agenda:
    return Agenda(event=EVENT, participant=ME, meetings=[M3, M2, M1])


@pytest.fixture
def overview() -> Agenda:
    return Agenda(event=EVENT, participant=None, meetings=[M2, M1, M3, M4])


# --- iCalendar -----------------------------------------------------------------------------------


def test_ics_local_times_with_vtimezone(mine: Agenda) -> None:
    cal = icalendar.Calendar.from_ical(agenda_ics(mine))
    assert str(cal["PRODID"]) == "-//matchmaker//partnering//EN"
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["X-WR-CALNAME"]) == "BioJapan 2026"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Tokyo"]

    events = cal.walk("VEVENT")
    assert len(events) == 3
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {"m1@matchmaker", "m2@matchmaker", "m3@matchmaker"}

    first = by_uid["m1@matchmaker"]
    start = first.decoded("DTSTART")
    assert first["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert (start.hour, start.minute) == (10, 0)
    assert start.utcoffset() == dt.timedelta(hours=9)
    assert start == dt.datetime(2026, 10, 14, 1, 0, tzinfo=UTC)
    assert first.decoded("DTEND") == dt.datetime(2026, 10, 14, 10, 30, tzinfo=TOKYO)
    assert b"DTSTART;TZID=Asia/Tokyo:20261014T100000" in agenda_ics(mine)
    assert "DTSTAMP" in first
    assert "DESCRIPTION" not in by_uid["m3@matchmaker"]  # no message, nobody to list

    assert str(first["SUMMARY"]) == "Meeting with Osaka Pharma"
    assert str(first["LOCATION"]) == "Pacifico Yokohama, table T2"
    description = str(first["DESCRIPTION"])
    assert "Discuss CAR-T\nand iPSC" in description
    assert "山田太郎 (BD Director)" in description
    assert "Sato Hanako" not in description  # the participant's own people are not "the other side"

    assert str(by_uid["m2@matchmaker"]["SUMMARY"]) == f"Meeting with {EVIL.name}"
    third = by_uid["m3@matchmaker"].decoded("DTSTART")
    assert (third.date(), third.hour, third.minute) == (dt.date(2026, 10, 15), 9, 30)


def test_ics_overview_and_no_venue(overview: Agenda) -> None:
    agenda = overview.model_copy(update={"event": EVENT.model_copy(update={"venue": None})})
    events = icalendar.Calendar.from_ical(agenda_ics(agenda)).walk("VEVENT")
    summaries = {str(e["UID"]): str(e["SUMMARY"]) for e in events}
    assert summaries["m1@matchmaker"] == "Osaka Pharma × Kyoto Cell Therapeutics"
    assert len(summaries) == 4
    assert {str(e["LOCATION"]) for e in events} == {"table T1", "table T2", "table T10"}


def test_ics_other_zone_keeps_that_zone() -> None:
    berlin = Agenda(
        event=EventRef(id="e", name="Berlin", timezone="Europe/Berlin"),
        participant=ME,
        meetings=[meeting("b1", "s1", dt.datetime(2026, 10, 14, 8, 0, tzinfo=UTC), "A", ME, OTHER)],
    )
    cal = icalendar.Calendar.from_ical(agenda_ics(berlin))
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    start = cal.walk("VEVENT")[0].decoded("DTSTART")
    assert (start.hour, start.utcoffset()) == (10, dt.timedelta(hours=2))  # CEST in October


# --- CSV -----------------------------------------------------------------------------------------


def test_agenda_csv_local_times_and_counterpart(mine: Agenda) -> None:
    text = agenda_csv(mine)
    assert text.startswith("\ufeff")  # a BOM, so Excel on Japanese Windows reads UTF-8
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert list(rows[0]) == [
        "date",
        "start",
        "end",
        "timezone",
        "slot",
        "table",
        "with",
        "with_ja",
        "people",
        "message",
    ]
    assert [(r["date"], r["start"], r["end"]) for r in rows] == [
        ("2026-10-14", "10:00", "10:30"),
        ("2026-10-14", "10:30", "11:00"),
        ("2026-10-15", "09:30", "10:00"),
    ]
    assert {r["timezone"] for r in rows} == {"Asia/Tokyo"}
    assert [r["with"] for r in rows] == ["Osaka Pharma", EVIL.name, "Boston Bio"]
    assert ME.name not in text
    assert rows[0]["with_ja"] == "大阪製薬株式会社"
    assert rows[0]["people"] == "山田太郎 (BD Director); Jane Roe"
    assert rows[0]["message"] == "Discuss CAR-T\nand iPSC"
    # The comma and quotes in the name and title survive a round trip.
    assert rows[1]["with"] == '<script>alert(1)</script> Labs, "Inc"'
    assert rows[1]["people"] == 'Bob <b> (VP, "BD")'
    assert (rows[1]["slot"], rows[1]["table"]) == ("s2", "T10")


def test_agenda_csv_rejects_overview(overview: Agenda) -> None:
    with pytest.raises(ValueError, match="overview"):
        agenda_csv(overview)


def test_agenda_csv_rejects_foreign_meeting() -> None:
    agenda = Agenda(event=EVENT, participant=ME, meetings=[M4])
    with pytest.raises(ValueError, match="does not involve"):
        agenda_csv(agenda)


def test_overview_csv_ordered_by_start_then_table(overview: Agenda) -> None:
    text = overview_csv(overview)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert list(rows[0]) == [
        "date",
        "start",
        "end",
        "timezone",
        "slot",
        "table",
        "a",
        "a_name",
        "b",
        "b_name",
        "locked",
    ]
    assert [(r["start"], r["table"]) for r in rows] == [
        ("10:00", "T1"),
        ("10:00", "T2"),
        ("10:30", "T10"),
        ("09:30", "T1"),
    ]
    assert [r["date"] for r in rows] == ["2026-10-14"] * 3 + ["2026-10-15"]
    assert (rows[1]["a"], rows[1]["a_name"], rows[1]["b"], rows[1]["b_name"]) == (
        "org-jp",
        "Osaka Pharma",
        "org-me",
        "Kyoto Cell Therapeutics",
    )
    assert rows[2]["b_name"] == EVIL.name
    assert [r["locked"] for r in rows] == ["false", "false", "true", "false"]


# --- HTML ----------------------------------------------------------------------------------------


def test_html_escapes_and_renders_japanese(mine: Agenda) -> None:
    html = agenda_html(mine)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Bob &lt;b&gt;" in html
    assert "大阪製薬株式会社" in html and "山田太郎" in html
    assert re.search(r'<meta charset="utf-8">', html, re.I)
    assert re.search(r'<html lang="[a-z]{2}">', html)
    assert "@media print" in html
    assert "http://" not in html and "https://" not in html  # no external assets
    assert "Kyoto Cell Therapeutics" in html  # title names the participant
    assert "Sato Hanako" not in html  # own people are not listed as counterparts


def test_html_groups_by_local_day(mine: Agenda) -> None:
    html = agenda_html(mine)
    sections = re.findall(r'<section class="day">(.*?)</section>', html, re.S)
    assert len(sections) == 2
    assert '<time datetime="2026-10-14">Wednesday 14 October 2026</time>' in sections[0]
    assert '<time datetime="2026-10-15">' in sections[1]
    assert "10:00–10:30" in sections[0] and "10:30–11:00" in sections[0]
    # 2026-10-15 00:30Z is 09:30 on the 15th in Tokyo, so it belongs to the second day.
    assert "09:30–10:00" in sections[1] and "Boston Bio" in sections[1]
    assert "Boston Bio" not in sections[0]


def test_html_overview_shows_both_parties(overview: Agenda) -> None:
    html = agenda_html(overview)
    assert "Organiser overview" in html
    first_day = re.findall(r'<section class="day">(.*?)</section>', html, re.S)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", first_day, re.S)[1:]
    assert len(rows) == 3
    assert "Osaka Pharma" in rows[1] and "Kyoto Cell Therapeutics" in rows[1]


# --- XLSX ----------------------------------------------------------------------------------------


def test_overview_xlsx(overview: Agenda) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(overview_xlsx(overview)))
    assert wb.sheetnames == ["Meetings", "Grid"]

    ws = wb["Meetings"]
    header = [c.value for c in ws[1]]
    assert header == ["date", "start", "end", "timezone", "slot", "table", "a", "a_name", "b", "b_name", "locked"]
    assert ws["A1"].font.bold
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 5
    second = [c.value for c in ws[3]]
    assert second[0].date() == dt.date(2026, 10, 14)  # openpyxl reads dates back as datetimes
    assert second[1] == dt.time(10, 0) and second[2] == dt.time(10, 30)
    assert second[5:10] == ["T2", "org-jp", "Osaka Pharma", "org-me", "Kyoto Cell Therapeutics"]
    assert [ws.cell(row=r, column=11).value for r in range(2, 6)] == [False, False, True, False]
    assert ws.column_dimensions["H"].width > ws.column_dimensions["E"].width

    grid = wb["Grid"]
    assert [c.value for c in grid[1]][1:] == ["T1", "T2", "T10"]
    labels = [grid.cell(row=r, column=1).value for r in range(2, grid.max_row + 1)]
    assert labels == ["2026-10-14 10:00–10:30", "2026-10-14 10:30–11:00", "2026-10-15 09:30–10:00"]
    assert grid["C2"].value == "Osaka Pharma × Kyoto Cell Therapeutics"  # 10:00, table T2
    assert grid["B2"].value == f"Boston Bio × {EVIL.name}"  # 10:00, table T1
    assert grid["D3"].value == f"Kyoto Cell Therapeutics × {EVIL.name}"  # 10:30, table T10
    assert grid["C3"].value is None


def test_overview_xlsx_names_are_never_formulas() -> None:
    sneaky = PartyRef(id="org-f", name='=HYPERLINK("http://x","y")')
    agenda = Agenda(
        event=EVENT, meetings=[meeting("f1", "s1", dt.datetime(2026, 10, 14, 1, 0, tzinfo=UTC), "T1", sneaky, ME)]
    )
    wb = openpyxl.load_workbook(io.BytesIO(overview_xlsx(agenda)))
    cell = wb["Meetings"]["H2"]
    assert cell.value == sneaky.name
    assert cell.data_type == "s"


def test_ics_meetings_in_the_repeated_hour_keep_their_instants() -> None:
    """Berlin's clocks go back at 03:00 CEST on 27 October 2030: 02:00-03:00 happens twice. A meeting
    in the second 02:30 (00:30 UTC), or one whose end lies there, keeps its instants in the calendar
    (a local time there would be read as the first occurrence, an hour early)."""
    second = dt.datetime(2030, 10, 27, 0, 30, tzinfo=UTC)  # 02:30 CET, the second time round
    across = dt.datetime(2030, 10, 27, 0, 15, tzinfo=UTC) - dt.timedelta(minutes=30)  # 01:45 -> 02:15 CET
    berlin = Agenda(
        event=EventRef(id="e", name="Berlin", timezone="Europe/Berlin"),
        participant=ME,
        meetings=[meeting("b1", "s1", second, "A", ME, OTHER), meeting("b2", "s2", across, "B", ME, OTHER)],
    )
    events = icalendar.Calendar.from_ical(agenda_ics(berlin)).walk("VEVENT")
    got = sorted((e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC)) for e in events)
    assert got == sorted((m.start, m.end) for m in berlin.meetings)
    assert all(end > start for start, end in got)
