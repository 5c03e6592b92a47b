"""One member writing most of a busy stretch of conversation (BUL007, low: the union's advice
is to manage it gently). Vectorised: a cumulative count per frequent author over sliding
windows of DOMINATION_WINDOW messages."""

from __future__ import annotations

import numpy as np
import pandas as pd

from detectors.base import Finding
from detectors.bullying import tuning as t
from detectors.bullying.rules import DOMINATION


def domination(authors: np.ndarray, seconds: np.ndarray, rows, ids) -> list[Finding]:
    """Windows of DOMINATION_WINDOW messages within an hour where one member wrote at least
    DOMINATION_SHARE of them, merged into stretches; one finding per stretch. Vectorised:
    a cumulative count per frequent author."""
    people = np.flatnonzero(pd.notna(authors))
    n = len(people)
    w = t.DOMINATION_WINDOW
    if n < w:
        return []
    codes, uniques = pd.factorize(pd.Series(authors[people], dtype=object))
    when = seconds[people]
    busy = (when[w - 1 :] - when[: n - w + 1]) <= t.DOMINATION_MAX_SPAN_SECONDS
    need = int(np.ceil(t.DOMINATION_SHARE * w))
    counts_all = np.bincount(codes, minlength=len(uniques))
    out = []
    for code in np.flatnonzero(counts_all >= need):
        mine = codes == code
        cs = np.concatenate([[0], np.cumsum(mine)])
        window = cs[w:] - cs[: n - w + 1]
        hits = np.flatnonzero((window >= need) & busy)
        if not len(hits):
            continue
        # merge overlapping windows into stretches
        breaks = np.flatnonzero(np.diff(hits) > w) + 1
        for stretch in np.split(hits, breaks):
            first, last = int(stretch[0]), int(stretch[-1]) + w  # people[first:last]
            span_codes = codes[first:last]
            if len(set(span_codes[span_codes != code].tolist())) < t.DOMINATION_MIN_OTHERS:
                continue
            own = people[first:last][span_codes == code]
            share = len(own) / (last - first)
            start, end = (
                pd.Timestamp(int(seconds[people[i]]), unit="s") for i in (first, last - 1)
            )
            until = (
                f"{end:%H:%M}" if start.date() == end.date() else f"{end:%H:%M} on {end:%d/%m/%Y}"
            )
            out.append(
                Finding(
                    row=rows[own[-1]],  # when the stretch had become a pattern
                    rule=DOMINATION,
                    explanation=(
                        f"{uniques[code]} wrote {len(own)} of the {last - first} messages "
                        f"({share:.0%}) between {start:%H:%M} on {start:%d/%m/%Y} and "
                        f"{until}."
                    ),
                    score=round(min(1.0, share), 4),
                    label=DOMINATION.name,
                    related=[int(ids[i]) for i in own[:-1][-t.MAX_RELATED :]],
                )
            )
    return out
