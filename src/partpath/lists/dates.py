"""Dates as the lists write them ("10 Dec 1948", "00/00/1959", "circa 1951",
"1958 to 1962") read at the precision given, never padded to a false day."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from partpath.lists.records import BirthDate

DayOrder = Literal["dmy", "mdy"]

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janvier", "enero"),
            ("feb", "february", "fevrier", "febrero"),
            ("mar", "march", "mars", "marzo"),
            ("apr", "april", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("jun", "june", "juin", "junio"),
            ("jul", "july", "juillet", "julio"),
            ("aug", "august", "aout", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre"),
            ("oct", "october", "octobre", "octubre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "decembre", "diciembre"),
        ),
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.]+Z?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_CIRCA = re.compile(r"^(?:circa|ca\.|c\.|approximately|approx\.|about)\s*", re.IGNORECASE)
_RANGE = re.compile(
    r"^(?:between\s+)?(.+?)(?:\s+(?:to|and|-)\s+|(?<=\d{4})-(?=\d{4}$))(.+)$", re.IGNORECASE
)


def _format(year: int, month: int = 0, day: int = 0) -> str | None:
    """ISO text at the precision given; None for an impossible date."""
    if not 1000 <= year <= 2999 or not 0 <= month <= 12:
        return None
    if month == 0:
        return f"{year:04d}"
    if day == 0:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS.get(name.casefold().rstrip("."), -1)


def partial_date(text: str, order: DayOrder = "dmy") -> str | None:
    """One date as ISO text at its precision ("1948-12-10", "1945-03", "1938"), or None."""
    text = text.strip().rstrip(".").strip()
    if match := _ISO.match(text):
        year, month, day = match.groups()
        return _format(int(year), int(month or 0), int(day or 0))
    if match := _NUMERIC.match(text):
        first, second, year = (int(part) for part in match.groups())
        day, month = (first, second) if order == "dmy" else (second, first)
        return _format(year, month, day if month else 0)
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = match.groups()
        return _format(int(year), _month(month), int(day))
    if match := _MONTH_DAY_YEAR.match(text):
        month, day, year = match.groups()
        return _format(int(year), _month(month), int(day))
    if match := _MONTH_YEAR.match(text):
        month, year = match.groups()
        return _format(int(year), _month(month))
    return None


def birth_date(text: str, order: DayOrder = "dmy") -> BirthDate:
    """A published birth date: one date, a range, or "circa"; unreadable text is kept."""
    value = " ".join(text.split())
    circa = _CIRCA.match(value) is not None
    body = _CIRCA.sub("", value)
    single = partial_date(body, order)
    if single is not None:
        return BirthDate(text=value, start=single, circa=circa)
    if match := _RANGE.match(body):
        start = partial_date(_CIRCA.sub("", match.group(1)), order)
        end = partial_date(_CIRCA.sub("", match.group(2)), order)
        if start is not None and end is not None:
            return BirthDate(text=value, start=start, end=end, circa=circa)
    return BirthDate(text=value, start=None, circa=circa)


def year_range(text: str, start: str | None, end: str | None, circa: bool) -> BirthDate:
    """A birth date from separate year fields (UN FROM_YEAR / TO_YEAR, EU year ranges)."""
    first = partial_date(start or "")
    last = partial_date(end or "")
    if first is not None and last is not None and first != last:
        return BirthDate(text=text, start=first, end=last, circa=circa)
    return BirthDate(text=text, start=first or last, circa=circa)
