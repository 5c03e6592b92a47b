"""One card per incident, from the privacy view's findings table:

- an episode: findings sharing an `episode` id (a pile-on, an exclusion, a persistent
  pattern) are one card listing every message and who joined;
- a message: every rule that flags one message is on one card;
- quiet hours: a member's quiet-hours findings are one summary, the messages behind a
  disclosure.

Where a detector gives no `episode` yet, findings of one rule whose messages overlap (the
message and its `related` ids) form one episode, so the cards never depend on labels or
explanation text. A single-message finding on a message an episode flags joins that
episode's card (the smallest one, when there are several)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pandas as pd

from reports.html.model import (
    SEVERITY_RANK,
    SEVERITY_TEXT,
    Card,
    GuidanceRef,
    QuietSummary,
    RuleUse,
    detector_text,
    iso_text,
    names_text,
    plural,
    when_text,
)
from reports.html.threads import ChatIndex, author_text, message_line, thread
from reports.segments import safe_link
from reports.view import PrivacyView

QUIET_DETECTOR = "off_hours"  # its findings are summarised per member, not one card each
MAX_QUIET_LINES = 30  # messages listed under a quiet-hours summary (the export has all)


def _ids(value) -> list[int]:
    if value is None or (not isinstance(value, list | tuple) and pd.isna(value)):
        return []
    return [int(v) for v in value]


class _Union:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def incident_keys(table: pd.DataFrame) -> list[tuple]:
    """The incident each finding belongs to (see the module docstring), row by row."""
    n = len(table)
    chats = table["chat"].astype(str).tolist()
    mids = table["message_id"].astype(int).tolist()
    episodes = table["episode"].fillna("").astype(str).tolist()
    rules = table["rule"].astype(str).tolist()
    quiet = (table["detector"].astype(str) == QUIET_DETECTOR).tolist()
    authors = table["author"].astype(object).tolist()
    related = [_ids(r) for r in table["related"]]
    keys: list[tuple] = [()] * n

    # Episodes derived from overlapping messages, per chat and rule, where none is given.
    union = _Union()
    owner: dict[tuple, int] = {}
    for i in range(n):
        if quiet[i] or episodes[i] or not related[i]:
            continue
        union.find(i)
        for mid in [mids[i], *related[i]]:
            slot = (chats[i], rules[i], mid)
            if slot in owner:
                union.join(i, owner[slot])
            else:
                owner[slot] = i
    sizes: dict[int, int] = defaultdict(int)
    for i in union.parent:
        sizes[union.find(i)] += 1

    for i in range(n):
        if quiet[i]:
            keys[i] = ("quiet", author_text(authors[i]))
        elif episodes[i]:
            keys[i] = ("episode", chats[i], episodes[i])
        elif i in union.parent and sizes[union.find(i)] > 1:
            keys[i] = ("derived", chats[i], rules[i], union.find(i))
        else:
            keys[i] = ("message", chats[i], mids[i])

    # A message an episode flags: its single-message findings join the smallest such card.
    flagged_by: dict[tuple, set[tuple]] = defaultdict(set)
    members: dict[tuple, set[int]] = defaultdict(set)
    for i, key in enumerate(keys):
        if key[0] in ("episode", "derived"):
            flagged_by[(chats[i], mids[i])].add(key)
            members[key].add(mids[i])
    for i, key in enumerate(keys):
        if key[0] == "message" and (chats[i], mids[i]) in flagged_by:
            keys[i] = min(flagged_by[(chats[i], mids[i])], key=lambda k: (len(members[k]), k))
    return keys


def guidance_refs(view: PrivacyView, ids: Iterable[str]) -> list[GuidanceRef]:
    catalogue, refs = view.catalogue, []
    for gid in ids:
        if gid not in catalogue:
            continue
        g = catalogue[gid]
        refs.append(
            GuidanceRef(
                standard=g.standard or "",
                title=g.title,
                text=g.text,
                quoted=g.kind == "quote",
                source=g.source.title,
                publisher=g.source.publisher,
                link=safe_link(g.link),
            )
        )
    return refs


def _rank(severity) -> int:
    return SEVERITY_RANK.get(str(severity), len(SEVERITY_RANK))


def rule_uses(view: PrivacyView, rows: pd.DataFrame) -> list[RuleUse]:
    uses = []
    for code, group in rows.groupby(rows["rule"].astype(str), sort=False):
        rule = view.rules[code] if code in view.rules else None
        severity = min(group["severity"].astype(str), key=_rank)
        score = group["score"].max()
        # The finding that names the most messages tells the whole story (a pattern's last
        # finding counts every day so far); ties keep the first.
        reach = [len(_ids(r)) for r in group["related"]]
        first = group.iloc[reach.index(max(reach))]
        uses.append(
            RuleUse(
                code=code,
                detector=str(first["detector"]),
                name=rule.name if rule else "",
                summary=rule.summary if rule else "",
                why=rule.why if rule else "",
                severity=severity,
                severity_text=SEVERITY_TEXT.get(severity, severity),
                explanation=str(first["explanation"] or ""),
                score=f"{float(score):.2f}" if pd.notna(score) else "n/a",
                messages=int(group["message_id"].nunique()),
                guidance=guidance_refs(view, rule.guidance if rule else ()),
            )
        )
    # The rule that defines the card leads: the most serious, then the one flagging the most
    # of its messages (a persistent pattern over the one exclusion message inside it).
    return sorted(uses, key=lambda u: (_rank(u.severity), -u.messages, u.code))


class CardMaker:
    def __init__(self, view: PrivacyView, several_chats: bool):
        self.view = view
        self.index = ChatIndex(view.messages)
        self.several_chats = several_chats
        self.quiet_by_author = (view.summary.get(QUIET_DETECTOR) or {}).get("by_author", {})

    def cards(self) -> list[Card]:
        table = self.view.findings.reset_index(drop=True)
        if table.empty:
            return []
        keys = incident_keys(table)
        groups: dict[tuple, list[int]] = defaultdict(list)
        for i, key in enumerate(keys):
            groups[key].append(i)
        stamps = table["timestamp"]
        ranks = table["severity"].astype(str).map(_rank)

        def order(item):
            key, rows = item
            first = min(rows, key=lambda i: stamps[i] if pd.notna(stamps[i]) else pd.Timestamp.max)
            return (
                min(ranks[i] for i in rows),
                key[0] == "quiet",
                stamps[first] if pd.notna(stamps[first]) else pd.Timestamp.max,
                str(table.at[first, "chat"]),
                int(table.at[first, "message_id"]),
            )

        cards = []
        for n, (key, rows) in enumerate(sorted(groups.items(), key=order)):
            frame = table.loc[rows].sort_values(["timestamp", "message_id"], kind="stable")
            maker = self.quiet if key[0] == "quiet" else self.incident
            cards.append(maker(f"c{n}", key[0], frame))
        return cards

    def _common(self, card_id: str, kind: str, rows: pd.DataFrame, lead_code: str = "") -> dict:
        severity = min(rows["severity"].astype(str), key=_rank)
        leading = rows[rows["rule"].astype(str) == lead_code]
        lead = (leading if len(leading) else rows).iloc[0]  # rows are in time order
        detectors = list(dict.fromkeys(rows["detector"].astype(str)))
        authors = list(dict.fromkeys(author_text(a) for a in rows["author"]))
        targets = [t for t in dict.fromkeys(rows["target"].fillna("").astype(str)) if t]
        first, last = rows["timestamp"].min(), rows["timestamp"].max()
        period = ""
        if pd.notna(first) and pd.notna(last) and first != last:
            same_day = first.normalize() == last.normalize()
            period = f"{when_text(first)} to {f'{last:%H:%M}' if same_day else when_text(last)}"
        return {
            "id": card_id,
            "kind": kind,
            "severity": severity,
            "severity_text": SEVERITY_TEXT.get(severity, severity),
            "detectors": detectors,
            "detector_text": ", ".join(detector_text(d) for d in detectors),
            "when": when_text(lead["timestamp"]),
            "iso": iso_text(first if pd.notna(first) else lead["timestamp"]),
            "period": period,
            "author": author_text(lead["author"]),
            "authors": authors,
            "target": names_text(targets),
            "mine": bool(rows["mine"].any()),
            "new": bool(rows["new"].astype(bool).any()) if "new" in rows else False,
            "chat": str(lead["chat"]) if self.several_chats else "",
            "line": int(lead["line"]) if pd.notna(lead["line"]) else 0,
            "findings": len(rows),
        }

    def incident(self, card_id: str, kind: str, rows: pd.DataFrame) -> Card:
        uses = rule_uses(self.view, rows)
        kind = "message" if kind == "message" else "episode"
        common = self._common(card_id, kind, rows, uses[0].code if uses else "")
        chat = str(rows["chat"].iloc[0])
        flagged: dict[int, tuple[list, list[str]]] = {}
        related: set[int] = set()
        for mid, spans, related_ids, code in zip(
            rows["message_id"],
            rows["spans"],
            rows["related"],
            rows["rule"].astype(str),
            strict=True,
        ):
            pos = self.index.position(chat, int(mid))
            if pos is None:
                continue
            highlights, codes = flagged.setdefault(pos, ([], []))
            highlights.extend(spans if isinstance(spans, list | tuple) else ())
            if code not in codes:
                codes.append(code)
            for rid in _ids(related_ids):
                rpos = self.index.position(chat, rid)
                if rpos is not None:
                    related.add(rpos)
        lines = thread(
            self.view, self.index, chat, flagged, related - set(flagged), self.view.config.context
        )
        messages = len(flagged)
        title = uses[0].summary.rstrip(".") if uses and uses[0].summary else uses[0].code
        if common["kind"] == "episode" and len(common["authors"]) > 1:
            title += (
                f" ({plural(messages, 'message')} from {plural(len(common['authors']), 'member')})"
            )
        max_score = rows["score"].max()
        common["importance"] = (
            _rank(common["severity"]),
            -messages,
            -(float(max_score) if pd.notna(max_score) else 0.0),
            common["iso"],
        )
        return Card(**common, title=title, rules=uses, thread=lines)

    def quiet(self, card_id: str, kind: str, rows: pd.DataFrame) -> Card:
        common = self._common(card_id, "quiet", rows)
        chat_of = rows["chat"].astype(str).tolist()
        lines = []
        for chat, mid in zip(chat_of[:MAX_QUIET_LINES], rows["message_id"], strict=False):
            pos = self.index.position(chat, int(mid))
            if pos is not None:
                lines.append(message_line(self.view, self.index, chat, pos, "flagged"))
        stamps = rows["timestamp"].dropna()
        # A message at 02:00 belongs to the night before.
        nights = int((stamps - pd.Timedelta(hours=12)).dt.normalize().nunique())
        known = self.quiet_by_author.get(common["author"], {})
        latest = str(known.get("latest", "")) or (f"{stamps.max():%H:%M}" if len(stamps) else "")
        share = f"{float(known['share']):.0%}" if "share" in known else ""
        pattern = ""
        if len(stamps):
            hours = stamps.dt.hour.value_counts()
            top = int(hours.index[0])
            weekend = int((stamps.dt.day_of_week >= 5).sum())
            pattern = (
                f"{int(hours.iloc[0])} of them between {top:02d}:00 and {(top + 1) % 24:02d}:00"
            )
            pattern += f", {weekend} at a weekend." if weekend else "."
        count = len(rows)
        summary = QuietSummary(count, share, latest, nights, pattern, lines)
        summary.more = max(0, count - len(lines))
        uses = rule_uses(self.view, rows)
        title = f"{plural(count, 'message')} in quiet hours from {common['author']}"
        common["importance"] = (_rank(common["severity"]), 0, 0.0, common["iso"])
        return Card(**common, title=title, rules=uses, thread=[], quiet=summary)
