"""Timestamps of the message headers, from whole columns: the day/month order is decided on the
whole file (audit/parse/dateorder.py), then timestamps are computed with integer arithmetic."""

from __future__ import annotations

import numpy as np

from audit.core.errors import InputError
from audit.parse import dateorder, layouts
from audit.parse.headers import Headers


def timestamps(heads: Headers, variant: layouts.Variant, date_order: str | None, where: str):
    """Timestamps of the headers (NaT where the date cannot exist), the date order decided
    on the whole file, the year's digit count, and how many timestamps are impossible.
    A --date-order that makes dates impossible where the file's own order does not stops the
    parse: silently emptying those timestamps would drop their findings."""
    f1, f2, f3, hour, minute = (heads.fields[g] for g in ("f1", "f2", "f3", "H", "M"))
    second = heads.fields["S"] if variant.seconds else 0
    decided = dateorder.infer(*_runs(f1, f2, f3), date_order)
    year, month, day = dateorder.split(decided.order, f1, f2, f3)
    if date_order is not None:
        _check_forced_order(date_order, heads, f1, f2, f3, year, month, day, where)
    if heads.pm is not None:
        pm = heads.pm
        hour = np.where(pm & (hour < 12), hour + 12, np.where(~pm & (hour == 12), 0, hour))
    ok = dateorder.valid_dates(year, month, day) & (hour < 24) & (minute < 60) & (second < 60)
    days = _days_from_civil(year, month, day).astype(np.int64)
    seconds = days * 86400 + (hour * 3600 + minute * 60 + second)
    stamps = np.where(ok, seconds, np.iinfo(np.int64).min).view("datetime64[s]")
    year_digits = heads.widths[f"f{decided.order.index('Y') + 1}"]
    return stamps, decided, year_digits, int(np.count_nonzero(~ok))


def _check_forced_order(order: str, heads: Headers, f1, f2, f3, year, month, day, where: str):
    bad = np.flatnonzero(~dateorder.valid_dates(year, month, day))
    if len(bad) == 0:
        return
    inferred = dateorder.infer(*_runs(f1, f2, f3))
    if inferred.order == order:
        return  # the file's own order has the same impossible dates: not the option's fault
    first = bad[0]
    raise InputError(
        f"--date-order {order} makes {len(bad)} date(s) in {where} impossible (the first on "
        f"line {int(heads.line[first]) + 1}: day {int(day[first])} of month {int(month[first])})"
        f"; the file reads as {inferred.order}",
        f"run without --date-order, or with --date-order {inferred.order}",
    )


def _runs(*fields: np.ndarray) -> tuple[np.ndarray, ...]:
    """The fields with consecutive repeats dropped (messages of one day share a date): the
    date order only needs each distinct step, and this makes inferring it cheap."""
    changed = np.ones(len(fields[0]), dtype=bool)
    changed[1:] = np.logical_or.reduce([np.diff(f) != 0 for f in fields])
    return tuple(f[changed] for f in fields)


def _days_from_civil(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 (proleptic Gregorian), vectorised (H. Hinnant's algorithm)."""
    year = year - (month <= 2)
    era = np.floor_divide(year, 400)
    year_of_era = year - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468
