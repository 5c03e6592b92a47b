"""Per-target timelines over the whole chat: persistent targeting (BUL004).

A member singled out on several days is a pattern, whether by one author or by a group taking
turns: the hostile messages aimed at one member (put-downs, dismissals, leaving them out, not
laughter and not banter they answered in kind) on PERSISTENT_MIN_DAYS different days within
PERSISTENT_WINDOW_DAYS, from one author on two of those days or PERSISTENT_GROUP_MESSAGES
messages in all. Each such message after the first day gets a finding relating the others in
the window; all of one target's pattern share an episode id. A remark in January and another
in October are not a pattern; the same jibe three times in a fortnight is."""

from __future__ import annotations

from collections import defaultdict

from detectors.base import Finding
from detectors.bullying import tuning as t
from detectors.bullying.classify import Hostile
from detectors.bullying.episodes import ChatRows, Episode, names
from detectors.bullying.rules import PERSISTENT
from detectors.bullying.targets import ChatContext, is_member, target_column

COUNTED = ("mockery", "dismissive", "exclusion", "shaming")


def _is_pattern(window: list[Hostile], days: list[int]) -> bool:
    if len(set(days)) < t.PERSISTENT_MIN_DAYS:
        return False
    by_author: dict[str, set[int]] = defaultdict(set)
    for event, day in zip(window, days, strict=True):
        by_author[event.author].add(day)
    one_author = any(len(d) >= t.PERSISTENT_MIN_DAYS for d in by_author.values())
    return one_author or len(window) >= t.PERSISTENT_GROUP_MESSAGES


def persistent(found: list[Episode], ctx: ChatContext, chat: ChatRows) -> list[Finding]:
    timelines: dict[str, list[Hostile]] = defaultdict(list)
    for episode in found:
        if episode.banter or not is_member(episode.target):
            continue
        timelines[episode.target] += [e for e in episode.events if e.kind in COUNTED]
    out = []
    for target, events in timelines.items():
        events.sort(key=lambda e: e.pos)
        days = [int(ctx.seconds[e.pos] // 86400) for e in events]
        if len(set(days)) < t.PERSISTENT_MIN_DAYS:
            continue
        # Every window of PERSISTENT_WINDOW_DAYS ending at an event that holds a pattern marks
        # its messages after its first day (a group's third message makes the second one part
        # of the pattern too); each message is reported once, with the widest such window.
        marked: dict[int, list[int]] = {}
        lo = 0
        for i, day in enumerate(days):
            while day - days[lo] >= t.PERSISTENT_WINDOW_DAYS:
                lo += 1
            window = list(range(max(lo, i + 1 - t.MAX_RELATED), i + 1))
            if not _is_pattern([events[j] for j in window], [days[j] for j in window]):
                continue
            for j in window:
                if days[j] != days[window[0]] and len(window) > len(marked.get(j, [])):
                    marked[j] = window
        for j, window in sorted(marked.items()):
            event = events[j]
            on_days = {days[k] for k in window}
            out.append(
                Finding(
                    row=chat.rows[event.pos],
                    rule=PERSISTENT,
                    explanation=(
                        f"{target} has been on the receiving end of {len(window)} hostile "
                        f"messages from {names([events[k].author for k in window])} on "
                        f"{len(on_days)} different days within {t.PERSISTENT_WINDOW_DAYS} days."
                    ),
                    score=min(1.0, 0.6 + 0.1 * len(on_days)),
                    label=PERSISTENT.name,
                    spans=event.spans,
                    related=[int(chat.ids[events[k].pos]) for k in window if k != j],
                    target=target_column(target),
                    episode=chat.episode(events[_run_start(days, j)].pos, PERSISTENT.code),
                )
            )
    return out


def _run_start(days: list[int], j: int) -> int:
    """The first event of the run event j belongs to (events closer than the window apart)."""
    while j and days[j] - days[j - 1] < t.PERSISTENT_WINDOW_DAYS:
        j -= 1
    return j
