"""The report's two charts, as plain data that a template draws as inline SVG.

Charts are computed here and drawn by `templates/_charts.html.j2`, so no markup is built
from strings and the template escapes everything (the same rule as for chat text). Both
charts must read without colour: the timeline stacks severities with a different fill
pattern each and names the counts in every bar's title; the heatmap prints the count in
every cell and uses lightness, not hue."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, time

import numpy as np
import pandas as pd

SEVERITY_STACK = ("low", "medium", "high")  # bottom to top
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES = (
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
)
HEAT_LEVELS = 6  # 0 = no messages, 5 = the busiest cells


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    css: str  # class name: the fill pattern / shade
    title: str  # shown on hover and read by screen readers


@dataclass(frozen=True)
class Tick:
    x: float
    y: float
    text: str


@dataclass
class Timeline:
    width: int
    height: int
    plot_left: float
    plot_top: float
    plot_width: float
    plot_height: float
    unit: str  # "day" | "week" | "month"
    bars: list[Rect] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    description: str = ""
    rows: list[tuple[str, int, int, int]] = field(default_factory=list)  # label, high, med, low
    undated: int = 0  # findings whose message has no timestamp


@dataclass
class Heatmap:
    width: int
    height: int
    cells: list[Rect]
    numbers: list[Tick]  # the count printed in each non-empty cell
    number_css: list[str]  # text colour class per number (light text on dark cells)
    row_labels: list[Tick]
    column_labels: list[Tick]
    quiet_bands: list[Rect]  # spans of the hour axis inside quiet hours
    quiet_label: Tick | None
    description: str
    legend: list[tuple[str, str]]  # (css class, "1-12 messages")


def compact(n: int) -> str:
    """A count short enough for a heatmap cell: 7, 312, 4.5k, 12k."""
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    return f"{round(n / 1000)}k"


def _nice_ceiling(n: int) -> int:
    """The y-axis top: 1, 2, 5, 10, 20, 50... at or above n."""
    if n <= 1:
        return 1
    power = 10 ** int(math.floor(math.log10(n)))
    for step in (1, 2, 5, 10):
        if step * power >= n:
            return step * power
    return 10 * power  # pragma: no cover - the loop always returns


def _bucket_unit(first: datetime, last: datetime) -> str:
    days = (last - first).days
    if days <= 62:
        return "day"
    if days <= 2 * 366:
        return "week"
    return "month"


def _bucket_starts(stamps: pd.Series, unit: str) -> pd.Series:
    days = stamps.dt.normalize()
    if unit == "day":
        return days
    if unit == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    return days.dt.to_period("M").dt.start_time


def _all_buckets(first: pd.Timestamp, last: pd.Timestamp, unit: str) -> list[pd.Timestamp]:
    if unit == "day":
        return list(pd.date_range(first, last, freq="D"))
    if unit == "week":
        return list(pd.date_range(first, last, freq="7D"))
    return list(pd.date_range(first, last, freq="MS"))


def _bucket_label(start: pd.Timestamp, unit: str) -> str:
    if unit == "day":
        return f"{start.day} {start:%b %Y}"
    if unit == "week":
        return f"week of {start.day} {start:%b %Y}"
    return f"{start:%B %Y}"


def _tick_label(start: pd.Timestamp, unit: str) -> str:
    if unit == "month":
        return f"{start:%b %Y}"
    return f"{start.day} {start:%b}"


def timeline(stamps: pd.Series, severities: pd.Series, width: int = 720) -> Timeline:
    """Findings over time, stacked by severity. `stamps` are the flagged messages' times."""
    height, left, right, top, bottom = 230, 46, 12, 14, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    dated = stamps.notna().to_numpy()
    chart = Timeline(width, height, left, top, plot_w, plot_h, "day", undated=int((~dated).sum()))
    if not dated.any():
        chart.description = "No dated findings to chart."
        return chart
    stamps = pd.Series(pd.to_datetime(stamps[dated].to_numpy()))
    severities = pd.Series(severities[dated].astype(str).to_numpy())
    unit = _bucket_unit(stamps.min(), stamps.max())
    chart.unit = unit
    starts = _bucket_starts(stamps, unit)
    counts = pd.crosstab(starts, severities).reindex(columns=list(SEVERITY_STACK), fill_value=0)
    buckets = _all_buckets(starts.min(), starts.max(), unit)
    counts = counts.reindex(buckets, fill_value=0)
    totals = counts.sum(axis=1)
    top_value = _nice_ceiling(int(totals.max()))
    slot = plot_w / len(buckets)
    bar_w = max(1.0, slot * 0.78) if len(buckets) > 1 else min(60.0, plot_w / 3)
    for i, (start, row) in enumerate(counts.iterrows()):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        label = _bucket_label(start, unit)
        parts = ", ".join(f"{int(row[s])} {s}" for s in reversed(SEVERITY_STACK) if row[s])
        title = f"{label}: {int(totals[start])} finding{'s' if totals[start] != 1 else ''}"
        title += f" ({parts})" if parts else ""
        for severity in SEVERITY_STACK:
            n = int(row[severity])
            if not n:
                continue
            h = plot_h * n / top_value
            y -= h
            chart.bars.append(
                Rect(
                    round(x, 2), round(y, 2), round(bar_w, 2), round(h, 2), f"bar-{severity}", title
                )
            )
        if totals[start]:
            chart.rows.append((label, int(row["high"]), int(row["medium"]), int(row["low"])))
    for value in sorted({0, top_value // 2, top_value}):
        y = top + plot_h - plot_h * value / top_value
        chart.y_ticks.append(Tick(left - 6, round(y, 2), f"{value:,}"))
    step = max(1, math.ceil(len(buckets) / 6))
    for i in range(0, len(buckets), step):
        x = left + i * slot + slot / 2
        chart.x_ticks.append(Tick(round(x, 2), top + plot_h + 18, _tick_label(buckets[i], unit)))
    busiest = totals.idxmax()
    chart.description = (
        f"Findings per {unit} from {_bucket_label(buckets[0], unit).removeprefix('week of ')} "
        f"to {_bucket_label(buckets[-1], unit).removeprefix('week of ')}. "
        f"The busiest {unit} was {_bucket_label(busiest, unit).removeprefix('week of ')} "
        f"with {int(totals[busiest]):,} finding{'s' if totals[busiest] != 1 else ''}. "
        "Bars stack high (solid, on top), medium (striped) and low (dotted) findings."
    )
    return chart


def _quiet_hours_of_day(start: time, end: time) -> list[int]:
    """Hours of the day (0-23) that lie wholly or partly inside the quiet window."""
    begin, finish = start.hour * 60 + start.minute, end.hour * 60 + end.minute
    hours = []
    for hour in range(24):
        lo, hi = hour * 60, hour * 60 + 60
        if begin < finish:
            inside = lo < finish and hi > begin
        else:
            inside = hi > begin or lo < finish
        if inside:
            hours.append(hour)
    return hours


def _count_in_window(stamps: pd.Series, start: time, end: time) -> int:
    minute = (stamps.dt.hour * 60 + stamps.dt.minute).to_numpy()
    begin, finish = start.hour * 60 + start.minute, end.hour * 60 + end.minute
    if begin < finish:
        return int(((minute >= begin) & (minute < finish)).sum())
    return int(((minute >= begin) | (minute < finish)).sum())


def _runs(hours: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for hour in hours:
        if runs and runs[-1][1] == hour:
            runs[-1] = (runs[-1][0], hour + 1)
        else:
            runs.append((hour, hour + 1))
    return runs


def heatmap(stamps: pd.Series, quiet_start: time, quiet_end: time, quiet_text: str) -> Heatmap:
    """Messages by weekday (rows) and hour of day (columns)."""
    left, top, cell_w, cell_h = 44, 48, 28, 24
    width, height = left + 24 * cell_w + 4, top + 7 * cell_h + 4
    stamps = stamps.dropna()
    grid = np.zeros((7, 24), dtype=np.int64)
    if len(stamps):
        np.add.at(grid, (stamps.dt.day_of_week.to_numpy(), stamps.dt.hour.to_numpy()), 1)
    peak = int(grid.max())
    # Levels by share of the busiest cell, so a quiet chat and a busy one read the same way.
    bounds = [0] + [math.ceil(peak * k / (HEAT_LEVELS - 1)) for k in range(1, HEAT_LEVELS)]
    cells, numbers, number_css = [], [], []
    for day in range(7):
        for hour in range(24):
            n = int(grid[day, hour])
            level = 0 if n == 0 else next(k for k in range(1, HEAT_LEVELS) if n <= bounds[k])
            x, y = left + hour * cell_w, top + day * cell_h
            title = (
                f"{WEEKDAY_NAMES[day]} {hour:02d}:00-{hour:02d}:59: "
                f"{n:,} message{'s' if n != 1 else ''}"
            )
            cells.append(Rect(x, y, cell_w - 2, cell_h - 2, f"heat-{level}", title))
            if n:
                numbers.append(Tick(x + (cell_w - 2) / 2, y + cell_h / 2 + 2, compact(n)))
                number_css.append("heat-text-light" if level >= 3 else "heat-text-dark")
    rows = [Tick(left - 6, top + d * cell_h + cell_h / 2 + 2, WEEKDAYS[d]) for d in range(7)]
    columns = [Tick(left + h * cell_w + (cell_w - 2) / 2, top - 6, f"{h:02d}") for h in range(24)]
    quiet = _quiet_hours_of_day(quiet_start, quiet_end)
    bands = [
        Rect(
            left + a * cell_w,
            top - 28,
            (b - a) * cell_w - 2,
            8,
            "quiet-band",
            f"quiet hours {quiet_text}",
        )
        for a, b in _runs(quiet)
    ]
    longest = max(_runs(quiet), key=lambda r: r[1] - r[0], default=None)
    quiet_label = (
        Tick(left + longest[0] * cell_w, top - 33, f"quiet hours {quiet_text}") if longest else None
    )
    legend = [("heat-0", "no messages")]
    for k in range(1, HEAT_LEVELS):
        lo, hi = bounds[k - 1] + 1, bounds[k]
        if peak and lo <= hi:
            legend.append((f"heat-{k}", f"{lo:,}" if lo == hi else f"{lo:,}-{hi:,}"))
    total = int(grid.sum())
    if total:
        day, hour = np.unravel_index(int(grid.argmax()), grid.shape)
        in_quiet = _count_in_window(stamps, quiet_start, quiet_end)
        description = (
            f"{total:,} messages by day of the week and hour of the day. The busiest hour was "
            f"{WEEKDAY_NAMES[day]} {hour:02d}:00-{hour:02d}:59 with {peak:,} messages. "
            f"{in_quiet:,} messages ({in_quiet / total:.0%}) were sent in the quiet hours "
            f"({quiet_text}), marked above the hours. Darker cells hold more messages; each "
            "cell shows its count."
        )
    else:
        description = "No dated messages to chart."
    return Heatmap(
        width,
        height,
        cells,
        numbers,
        number_css,
        rows,
        columns,
        bands,
        quiet_label,
        description,
        legend,
    )
