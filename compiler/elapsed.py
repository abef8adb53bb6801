"""Time between two days, as applicants' conditions count it.

``years(start, day)`` is an age in whole 周岁; ``elapsed(start, day)`` a time elapsed in years, counted in
calendar months — 毕业两年内 holds up to the second anniversary and 实际经营满6个月 is met on the day six months
on, whatever the months' lengths; ``months_after(start, n)`` is the day ``n`` calendar months after ``start``
(before it for a negative ``n``).  Shared by ``match`` (judging) and ``advice`` (what would change a verdict).
"""
from __future__ import annotations

import calendar
from datetime import date


def years(start: date, day: date) -> int:
    """Whole years from ``start`` to ``day`` (an age in 周岁)."""
    return day.year - start.year - ((day.month, day.day) < (start.month, start.day))


def elapsed(start: date, day: date) -> float:
    """The time from ``start`` to ``day`` in years: whole calendar months, and the days past the last monthly
    anniversary a fraction of the month after it (2 years and 10 months is not within two years, though its whole
    years are 2; 2025-06-06 to 2025-12-06 is half a year exactly)."""
    months = (day.year - start.year) * 12 + day.month - start.month - (day.day < start.day)
    last = months_after(start, months)
    following = months_after(start, months + 1)
    return (months + (day - last).days / max((following - last).days, 1)) / 12


def months_after(start: date, months: int) -> date:
    """The day ``months`` calendar months after ``start``: the month's last day when it is shorter (31 January and
    one month is the end of February); past the calendar's ends, its first or last day."""
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))
