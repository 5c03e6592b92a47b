"""Which date field is the day, the month and the year: decided from the whole file.

1. An order that makes impossible dates (a month of 13, 30 February) is out. So is one that
   puts messages before WhatsApp existed (2009) or in the future, if another order does not.
2. If several orders remain, the file's dates should mostly go forward: an order under which
   dates jump backwards less often wins. Failing that, the day is the field that changes most
   often from one message to the next (in a d/m file the first field changes daily while the
   second stays).
3. If nothing tells them apart (every date reads the same both ways), DMY is assumed and the
   result is marked ambiguous, so the user is told and can pass --date-order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

ORDERS = ("DMY", "MDY", "YMD")
FIRST_YEAR = 2009  # WhatsApp's first release
STRONG_MARGIN = 2  # evidence from fewer than this many transitions is "little evidence"

_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


@dataclass(frozen=True)
class DateOrder:
    order: str
    note: str
    ambiguous: bool
    alternatives: tuple[str, ...] = ()  # other orders the values allow


def full_year(year: np.ndarray) -> np.ndarray:
    return np.where(year < 100, year + 2000, year)


def split(order: str, f1, f2, f3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(year, month, day) for the fields in file order."""
    fields = dict(zip(order, (f1, f2, f3), strict=True))
    return full_year(fields["Y"]), fields["M"], fields["D"]


def valid_dates(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    ok = (month >= 1) & (month <= 12) & (day >= 1)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    last = _DAYS_IN_MONTH[np.where(ok, month, 0)] + ((month == 2) & leap)
    return ok & (day <= last)


def infer(f1, f2, f3, given: str | None = None, today: dt.date | None = None) -> DateOrder:
    """Pick the date order for header fields f1, f2, f3 (int arrays, file order)."""
    if given:
        return DateOrder(given, "given by --date-order", False)
    f1, f2, f3 = (np.asarray(f, dtype=np.int64) for f in (f1, f2, f3))
    if len(f1) == 0:
        return DateOrder("DMY", "assumed, as the file has no dates", True)
    last_year = (today or dt.date.today()).year + 1

    # Some third-party tools write the 4-digit year in the middle ('06/2018/13').
    orders = ("MYD", "DYM") if (f2 >= 100).any() else ORDERS
    invalid = {o: int(np.count_nonzero(~valid_dates(*split(o, f1, f2, f3)))) for o in orders}
    fewest = min(invalid.values())
    candidates = [o for o in orders if invalid[o] == fewest]
    plausible = [
        o
        for o in candidates
        if ((y := split(o, f1, f2, f3)[0]) >= FIRST_YEAR).all() and (y <= last_year).all()
    ]
    candidates = plausible or candidates
    if len(candidates) == 1:
        return DateOrder(
            candidates[0],
            "decided by the values: only this order gives real dates, e.g. a day above 12",
            False,
        )

    backwards = {o: _backward_steps(*split(o, f1, f2, f3)) for o in candidates}
    changes = [int(np.count_nonzero(np.diff(f))) for f in (f1, f2, f3)]
    day_changes = {o: changes[o.index("D")] for o in candidates}
    winner, margin = _leader(candidates, lambda o: -backwards[o])
    if winner is None:
        leaders = [o for o in candidates if backwards[o] == min(backwards.values())]
        winner, margin = _leader(leaders, lambda o: day_changes[o])
        candidates = leaders
    if winner is not None and margin >= STRONG_MARGIN:
        return DateOrder(winner, "inferred from how the dates advance through the file", False)
    if winner is not None:
        return DateOrder(
            winner,
            "inferred from how the dates advance, on little evidence, so ambiguous",
            True,
            tuple(o for o in candidates if o != winner),
        )
    assumed = "DMY" if "DMY" in candidates else candidates[0]
    return DateOrder(
        assumed,
        f"assumed, as it is ambiguous: the dates read as {' or '.join(candidates)}",
        True,
        tuple(o for o in candidates if o != assumed),
    )


def _leader(candidates: list[str], score) -> tuple[str | None, int]:
    """The single best candidate by score and its margin over the next, or (None, 0)."""
    ranked = sorted(candidates, key=score, reverse=True)
    if len(ranked) < 2:
        return (ranked[0] if ranked else None), 0
    margin = score(ranked[0]) - score(ranked[1])
    return (ranked[0], margin) if margin > 0 else (None, 0)


def _backward_steps(year, month, day) -> int:
    ordinal = year * 372 + month * 31 + day  # monotone in the date; gaps don't matter
    return int(np.count_nonzero(np.diff(ordinal) < 0))
