"""Date codes: the formats makers print, each decoded to a window of production dates.

A format is a regex over one marking token whose named groups say what each
character is: ``yyyy``, ``yy`` or ``y`` (year: four, two or one digit) or
``Y`` (a year letter, read through ``year_codes``); ``ww`` (week), ``mm``
(month 01-12), ``m`` (a month code, read through ``month_codes``) or ``w`` (a
code for a run of weeks, read through ``week_codes``: Fairchild's six-week
codes; a run may cross into the next year). Weeks are
ISO weeks (Monday to Sunday) or, for makers that count from the week of
1 January, ``jan1`` weeks (Sunday to Saturday, week 01 holding 1 January). A
rule file may define formats of its own the same way.

The window is never narrower than the code says: a week code is seven days, a
month code a month, and a one-digit year is placed in the latest decade that
is not in the future, with the earlier decade noted.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

OLDEST_YEAR = 1970  # no part in a recovered weapon was made before this
WeekRule = Literal["iso", "jan1"]


@dataclass(frozen=True)
class DateWindow:
    """A production window decoded from a date code."""

    date_from: dt.date
    date_to: dt.date
    code: str
    format: str
    note: str | None = None


@dataclass(frozen=True)
class DateCodeFormat:
    """One way of printing a date code on a package."""

    name: str
    pattern: re.Pattern[str]
    description: str
    weeks: WeekRule = "iso"
    month_codes: dict[str, int] = field(default_factory=dict)
    year_codes: dict[str, int] = field(default_factory=dict)
    week_codes: dict[str, tuple[int, int]] = field(default_factory=dict)  # first, last ISO week
    distinctive: bool = False  # only its maker prints it: evidence of the maker, like a name

    @property
    def two_words(self) -> bool:
        """Is it printed in two words (a pattern with a space: TI's ``14T G4``)?"""
        return " " in self.pattern.pattern

    def decode(self, token: str, reference: dt.date) -> DateWindow | None:
        """The window of ``token`` in this format, or None if it does not fit."""
        match = self.pattern.fullmatch(token)
        if match is None:
            return None
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        year, note = _year(groups, reference, self.year_codes)
        if year is None:
            return None
        window = self._window(year, groups)
        if window is None or window[0] > reference:
            return None
        return DateWindow(window[0], min(window[1], reference), token, self.name, note)

    def _window(self, year: int, groups: dict[str, str]) -> tuple[dt.date, dt.date] | None:
        if "ww" in groups:
            week = int(groups["ww"])
            return _iso_week(year, week) if self.weeks == "iso" else _jan1_week(year, week)
        if "mm" in groups:
            return _month(year, int(groups["mm"]))
        if "m" in groups:
            month = self.month_codes.get(groups["m"])
            return _month(year, month) if month else None
        if "w" in groups:
            weeks = self.week_codes.get(groups["w"])
            return _week_run(year, *weeks) if weeks else None
        return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _year(
    groups: dict[str, str], reference: dt.date, year_codes: dict[str, int]
) -> tuple[int | None, str | None]:
    if "Y" in groups:
        year = year_codes.get(groups["Y"])
        return (year if year and OLDEST_YEAR <= year <= reference.year else None), None
    if "yyyy" in groups:
        year = int(groups["yyyy"])
        return (year if OLDEST_YEAR <= year <= reference.year else None), None
    if "yy" in groups:
        year = 2000 + int(groups["yy"])
        if year > reference.year:
            year -= 100
        return (year if year >= OLDEST_YEAR else None), None
    if "y" in groups:
        digit = int(groups["y"])
        year = reference.year - (reference.year - digit) % 10
        return year, f"one-digit year {digit}: {year}, or {year - 10} a decade earlier"
    return None, None


def _iso_week(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    try:
        start = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return start, start + dt.timedelta(days=6)


def _week_run(year: int, first: int, last: int) -> tuple[dt.date, dt.date] | None:
    """ISO weeks ``first`` to ``last`` of ``year``. A run that crosses the new year
    (Fairchild's weeks 52 to 05) is read from the start of ``year`` to its last week in the
    next: the code's year may be that of its first weeks or of its last, and the window
    must hold both."""
    wraps = last < first
    start = _iso_week(year, 1 if wraps else first)
    end = _iso_week(year + 1 if wraps else year, last)
    if start is None or end is None:
        return None
    return start[0], end[1]


def _jan1_week(year: int, week: int) -> tuple[dt.date, dt.date] | None:
    """Week 01 is the Sunday-to-Saturday week holding 1 January; clipped to the year."""
    first = dt.date(year, 1, 1)
    start = first - dt.timedelta(days=(first.weekday() + 1) % 7) + dt.timedelta(weeks=week - 1)
    if week < 1 or start.year > year:
        return None
    return max(start, first), min(start + dt.timedelta(days=6), dt.date(year, 12, 31))


def _month(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    if not 1 <= month <= 12:
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


TI_MONTHS = {**{str(m): m for m in range(1, 10)}, "A": 10, "B": 11, "C": 12}

FORMATS: dict[str, DateCodeFormat] = {
    f.name: f
    for f in [
        DateCodeFormat("yyww", re.compile(r"#?(?P<yy>\d{2})(?P<ww>[0-5]\d)"),
                       "two-digit year, ISO week"),
        DateCodeFormat("wwyy", re.compile(r"(?P<ww>[0-5]\d)(?P<yy>\d{2})"),
                       "ISO week, two-digit year"),
        DateCodeFormat("yywwnnn", re.compile(r"(?P<yy>\d{2})(?P<ww>[0-5]\d)[0-9A-Z]{3}"),
                       "two-digit year, week from 1 January, three-character lot", "jan1"),
        DateCodeFormat("ywwnnn", re.compile(r"(?P<y>\d)(?P<ww>[0-5]\d)[0-9A-Z]{3}"),
                       "one-digit year, week from 1 January, three-character lot", "jan1"),
        DateCodeFormat("yww", re.compile(r"(?P<y>\d)(?P<ww>[0-5]\d)"),
                       "one-digit year, ISO week"),
        DateCodeFormat("ym-ti", re.compile(r"(?P<y>\d)(?P<m>[1-9ABC])[A-Z]"),
                       "TI topside YMS: year digit, month 1-9/A-C, site", month_codes=TI_MONTHS),
        DateCodeFormat("yymm", re.compile(r"(?P<yy>\d{2})(?P<mm>0[1-9]|1[0-2])"),
                       "two-digit year, month"),
        DateCodeFormat("yy/ww", re.compile(r"(?P<yy>\d{2})/(?P<ww>[0-5]\d)"),
                       "label YY/WW: two-digit year, ISO week"),
    ]
}  # fmt: skip


def decode_date_code(
    token: str, date_format: str | DateCodeFormat, reference: dt.date | None = None
) -> DateWindow | None:
    """The production window of ``token`` read in a format (a built-in name or a format),
    or None if it does not fit: wrong shape, week 0 or 54, a window in the future."""
    chosen = FORMATS[date_format] if isinstance(date_format, str) else date_format
    return chosen.decode(token, reference or dt.date.today())
