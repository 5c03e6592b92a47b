"""The ways the cards can be grouped: by severity (the default, and what prints), by member
and by rule. A card is rendered once; a grouping lists card ids and the browser moves the
cards (reports/templates/_filters.js.j2).

With --me the severity grouping has two parts: the reviewer's own cards, open, and everyone
else's, summarised and collapsed. Each group shows at most `max_rendered` cards, with a note
pointing at the exports for the rest."""

from __future__ import annotations

from collections.abc import Sequence

from reports.html.model import (
    SEVERITY_NOTE,
    SEVERITY_ORDER,
    SEVERITY_TEXT,
    Card,
    Group,
    Part,
    View,
    plural,
)

EXPORT_HINT = (
    "the JSON and CSV exports list every finding "
    "(chat-audit scan EXPORT -o findings.json, or -o findings.csv)."
)


def water_level(sizes: Sequence[int], budget: int) -> int:
    """The largest per-group cap k with sum(min(size, k)) <= budget (at least 1), so many
    small groups are shown whole and a few big ones share what is left."""
    if not sizes:
        return 0
    lo, hi = 1, max(sizes)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(min(s, mid) for s in sizes) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return lo


def more_note(shown: int, total: int, what: str) -> str:
    if shown >= total:
        return ""
    return (
        f"Showing {shown:,} of {total:,} {what}. The other {total - shown:,} are not shown "
        f"here, to keep this page quick to open: {EXPORT_HINT}"
    )


def severity_summary(cards: Sequence[Card]) -> str:
    counts = [sum(c.severity == s for c in cards) for s in SEVERITY_ORDER]
    parts = [f"{n:,} {s}" for n, s in zip(counts, SEVERITY_ORDER, strict=True) if n]
    return f"{plural(len(cards), 'card')}" + (f": {', '.join(parts)}" if parts else "")


def severity_view(cards: Sequence[Card], cap: int, me: str | None) -> View:
    if me:
        mine = [c for c in cards if c.mine]
        others = [c for c in cards if not c.mine]
        spec = [
            ("Your messages", mine, "mine", False),
            ("Other members' messages", others, "others", True),
        ]
    else:
        spec = [("", list(cards), "all", False)]
    parts = []
    for whose, chosen, prefix, collapsed in spec:
        groups = []
        for severity in SEVERITY_ORDER:
            level = [c for c in chosen if c.severity == severity]
            ids = [c.id for c in level[:cap]]
            if prefix == "mine":
                empty = f"None of your messages has a {severity}-severity finding."
            else:
                empty = f"No {severity}-severity findings."
            heading = SEVERITY_TEXT[severity] + " severity"
            groups.append(
                Group(
                    slug=f"{prefix}-{severity}",
                    heading=f"{whose}: {severity} severity" if whose else heading,
                    severity=severity,
                    total=len(level),
                    card_ids=ids,
                    more_note=more_note(len(ids), len(level), f"{severity}-severity cards"),
                    empty_note=empty,
                    note=SEVERITY_NOTE[severity],
                )
            )
        summary = f"{whose}: {severity_summary(chosen)}" if whose else ""
        parts.append(Part(whose, groups, collapsed=collapsed and bool(chosen), summary=summary))
    return View("severity", "Severity", parts)


def grouped_view(
    cards: Sequence[Card], key: str, label: str, cap: int, budget: int, rendered: set[str]
) -> View:
    """By member (a card flagging several members' messages goes under "Several members")
    or by the card's most serious rule. Groups share a budget: `rendered` holds the ids
    of the cards already on the page (other groupings'), and a card not among them is added
    only while fewer than `budget` are, so a chat with hundreds of members stays small."""
    buckets: dict[str, list[Card]] = {}
    for card in sorted(cards, key=lambda c: (not c.mine, SEVERITY_ORDER.index(c.severity))):
        if key == "member":
            name = card.authors[0] if len(card.authors) == 1 else "Several members"
        else:
            name = card.rules[0].code if card.rules else ""
        buckets.setdefault(name, []).append(card)
    if key == "member":
        ordered = sorted(
            buckets.items(),
            key=lambda kv: (
                not any(c.mine for c in kv[1]),
                kv[0] == "Several members",
                -len(kv[1]),
                kv[0],
            ),
        )
    else:
        ordered = sorted(
            buckets.items(),
            key=lambda kv: (min(SEVERITY_ORDER.index(c.severity) for c in kv[1]), kv[0]),
        )
    level = min(cap, water_level([len(v) for _, v in ordered], budget))
    groups = []
    for i, (name, chosen) in enumerate(ordered):
        ids = []
        for card in chosen[:level]:
            if card.id in rendered or len(rendered) < budget:
                rendered.add(card.id)
                ids.append(card.id)
        if key == "member":
            mine = len(chosen[0].authors) == 1 and any(c.mine for c in chosen)
            heading = name + (" (you)" if mine else "")
            what = f"cards for {name}"
        else:
            rule = next((u for u in chosen[0].rules if u.code == name), None)
            heading = f"{name} {rule.name}" if rule else name
            what = f"{name} cards"
        groups.append(
            Group(
                slug=f"{key}-{i}",
                heading=heading,
                severity="",
                total=len(chosen),
                card_ids=ids,
                more_note=more_note(len(ids), len(chosen), what),
            )
        )
    return View(key, label, [Part("", groups)])
