"""The report's first screen and its details: how worried to be (counts by severity and
check, the few cards to read first, the reviewer's own count with --me), then the tables,
settings, thresholds, models and privacy notes. Everything is read from the privacy view."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from reports.html.model import (
    SEVERITY_ORDER,
    SEVERITY_TEXT,
    Card,
    ChatInfo,
    TopItem,
    code_runs,
    detector_text,
    names_text,
    period_text,
    plural,
)
from reports.view import PrivacyView

TOP_MAX, TOP_MIN = 5, 3  # cards listed under "Read these first"
PER_CHECK = 2


def people(view: PrivacyView) -> pd.DataFrame:
    m = view.messages
    return m[m["author"].notna() & (m["kind"] != "system")]


def severity_counts(view: PrivacyView, cards: Sequence[Card]) -> list[tuple[str, str, int, int]]:
    sev = view.findings["severity"].astype(str)
    return [
        (s, SEVERITY_TEXT[s], sum(c.severity == s for c in cards), int((sev == s).sum()))
        for s in SEVERITY_ORDER
    ]


def lead_sentence(view: PrivacyView, cards: Sequence[Card]) -> str:
    n = len(view.findings)
    members = people(view)["author"].nunique()
    where = f"{plural(len(view.messages), 'message')} from {plural(members, 'member')}"
    where = where[0].upper() + where[1:]
    if not n:
        return f"{where}: nothing was flagged. The checks cannot catch everything."
    return (
        f"{where}: {plural(n, 'finding')} in {plural(len(cards), 'card')}. A card is one "
        "message, one incident (a pile-on and who joined it) or one member's messages in "
        "quiet hours. Findings are prompts for reflection, not verdicts."
    )


def self_review(view: PrivacyView, cards: Sequence[Card]) -> list[str]:
    """Plain sentences about the reviewer's own messages (--me)."""
    if not view.keep:
        return []
    mine = view.findings[view.findings["mine"]]
    sent = int(view.messages["mine"].sum())
    if mine.empty:
        return [
            f"None of your messages was flagged ({plural(sent, 'message')} from you in "
            "this export). Other members' findings are summarised below and collapsed."
        ]
    flagged = mine[["chat", "message_id"]].drop_duplicates().shape[0]
    own = [c for c in cards if c.mine]
    by = [f"{sum(c.severity == s for c in own)} {s}" for s in SEVERITY_ORDER]
    return [
        f"{plural(flagged, 'of your messages was', 'of your messages were')} flagged, out of "
        f"{sent:,} you sent: {plural(len(own), 'card')} ({', '.join(by)}), shown first below.",
        "Other members' findings are summarised after yours and collapsed.",
    ]


def top_items(cards: Sequence[Card], me: str | None) -> list[TopItem]:
    pool = [c for c in cards if c.mine] if me else list(cards)
    ranked = sorted(pool, key=lambda c: c.importance)
    # At most two cards per check, so one pattern (several pile-ons) does not crowd out a
    # different kind of concern (a patient identified) from the first screen.
    chosen, per_check = [], {}
    for card in ranked:
        check = card.rules[0].detector if card.rules else ""
        if card.kind == "quiet" or card.severity == "low" or per_check.get(check, 0) >= PER_CHECK:
            continue
        per_check[check] = per_check.get(check, 0) + 1
        chosen.append(card)
    chosen = chosen[:TOP_MAX]
    if len(chosen) < TOP_MIN:
        chosen += [c for c in ranked if c not in chosen][: TOP_MIN - len(chosen)]
    return [
        TopItem(
            card_id=c.id,
            severity=c.severity,
            severity_text=c.severity_text,
            title=c.title,
            text=c.rules[0].explanation if c.rules and c.kind != "quiet" else "",
            when=c.when,
            who=names_text(c.authors) + (f", aimed at {c.target}" if c.target else ""),
        )
        for c in chosen
    ]


def detector_rows(view: PrivacyView) -> list[tuple[str, list[int], int]]:
    rows = []
    for name in view.detectors_run:
        mine = view.findings[view.findings["detector"].astype(str) == name]
        counts = [int((mine["severity"].astype(str) == s).sum()) for s in SEVERITY_ORDER]
        rows.append((detector_text(name), counts, len(mine)))
    return rows


def detector_filters(view: PrivacyView, cards: Sequence[Card]) -> list[tuple[str, str, int]]:
    out = []
    for name in view.detectors_run:
        n = sum(name in c.detectors for c in cards)
        if n:
            out.append((name, detector_text(name), n))
    return out


def rule_rows(view: PrivacyView) -> list[tuple[str, str, str, int]]:
    counts = view.findings["rule"].astype(str).value_counts()
    rows = []
    for code, n in counts.items():
        rule = view.rules[code] if code in view.rules else None
        severity = SEVERITY_TEXT.get(rule.severity, "") if rule else ""
        rows.append((str(code), rule.name if rule else "", severity, int(n)))
    return sorted(rows)


def member_rows(view: PrivacyView):
    sent = people(view)["author"].value_counts()
    quiet = (view.summary.get("off_hours") or {}).get("by_author", {})
    table = view.findings[view.findings["author"].notna()]
    by = {
        author: [int((g["severity"].astype(str) == s).sum()) for s in SEVERITY_ORDER]
        for author, g in table.groupby(table["author"].astype(object), sort=False)
    }
    keep = view.keep
    authors = sorted(sent.index, key=lambda a: (a != keep, -sum(by.get(a, [0])), -int(sent[a]), a))
    cap = view.config.max_rendered
    rows = []
    for author in authors[:cap]:
        counts = by.get(author, [0, 0, 0])
        q = quiet.get(author)
        quiet_text = f"{q['quiet_messages']:,} ({q['share']:.0%})" if q else "0"
        rows.append(
            (author, author == keep, f"{int(sent[author]):,}", counts, sum(counts), quiet_text)
        )
    more = ""
    if len(authors) > cap:
        more = f"Showing the {cap:,} members with the most findings of {len(authors):,}."
    return rows, more, bool(quiet) or "off_hours" in view.detectors_run


def chats(view: PrivacyView) -> list[ChatInfo]:
    infos = []
    for chat in view.chats:
        notes = list(chat.notes)
        # How the day/month order was decided matters only when the dates could not settle it.
        if chat.ambiguous and chat.date_order_note:
            notes.insert(0, chat.date_order_note)
        frame = chat.messages
        infos.append(
            ChatInfo(
                name=chat.name,
                period=period_text(frame["timestamp"]),
                messages=f"{len(frame):,}",
                members=f"{frame['author'].dropna().nunique():,}",
                notes=notes,
            )
        )
    return infos


def settings(view: PrivacyView) -> list[tuple[str, str]]:
    c = view.config
    quiet = f"{c.quiet_hours} (messages sent then are flagged as low severity)"
    if c.weekend_quiet:
        quiet += "; weekends are quiet too"
    rules = "all rules"
    if c.select:
        rules = "only " + ", ".join(c.select)
    if c.ignore:
        rules += "; ignoring " + ", ".join(c.ignore)
    out = [
        ("Quiet hours", quiet),
        ("Rules", rules),
        ("Context shown", f"{plural(c.context, 'message')} before and after each finding"),
        ("Guidance", ", ".join(Path(o).name for o in view.catalogue.origins)),
    ]
    if c.fail_on:
        out.append(("Fail on", f"{c.fail_on} severity or above"))
    if c.baseline is not None:
        out.append(("Baseline", f"{Path(c.baseline).name} (findings not in it are marked new)"))
    return out


def thresholds(view: PrivacyView) -> list[tuple[str, str, str, str]]:
    return [(detector_text(t.detector), t.name, t.value, t.note) for t in view.thresholds]


def models(view: PrivacyView) -> tuple[list[tuple[str, str]], list[list[tuple[str, bool]]]]:
    rows, notices = [], []
    for m in view.models:
        marked = m.fallback and "fallback" not in m.name.lower()
        rows.append((m.scorer.capitalize(), m.name + (" (fallback)" if marked else "")))
        if m.fallback:
            said = (
                f"The preferred {m.scorer} model was not available, so a fallback was "
                f"used: {m.name}."
            )
            notice = m.notice or "Its findings may differ from the full model's."
            # The scorer's own notice usually names the fallback already.
            notices.append(code_runs(notice if m.name.split()[0] in notice else f"{said} {notice}"))
    if not view.config.use_models:
        notices.append(
            code_runs(
                "The language models were switched off for this scan (`--no-models`): only "
                "the rules that read the text directly ran, so findings a model would add "
                "(names, offensive language) may be missing."
            )
        )
    return rows, notices


def check_notes(view: PrivacyView) -> list[tuple[str, list[str]]]:
    """Plain sentences a detector's summary offers the report (`summary[NAME]["report"]`, a
    list of strings, e.g. conduct's share of off-topic messages per month), already made
    safe by the privacy view; shown in the details under the check's name."""
    out = []
    for name in view.detectors_run:
        part = view.summary.get(name)
        lines = part.get("report") if isinstance(part, dict) else None
        if isinstance(lines, list) and lines:
            out.append((detector_text(name), [str(line) for line in lines]))
    return out


def privacy(view: PrivacyView) -> list[str]:
    lines = []
    labels = view.masked_labels
    if view.config.reveal:
        lines.append(
            "Identifying details are shown in full (--reveal). This copy repeats "
            "confidential information: keep it to yourself and delete it when you are done."
        )
    elif labels:
        listed = ", ".join(f"[{lbl}] {n:,}" for lbl, n in sorted(labels.items()))
        lines.append(
            f"Identifying details in confidentiality findings are masked: each is shown as "
            f"its type in square brackets, e.g. [{sorted(labels)[0]}], wherever the message "
            f"appears (flagged or as context). Masked here, by type and number: {listed}. "
            "Use --reveal only for a private self-review."
        )
    else:
        lines.append(
            "No confidentiality findings, so nothing needed masking. Identifying details "
            "would be shown as their type, e.g. [PERSON], unless --reveal is used."
        )
    if view.keep:
        lines.append(
            f"Self-review copy (--me): {view.keep}'s name is shown and their "
            'findings come first; every other member appears as "Member 1", '
            '"Member 2"... consistently, as author and where their names appear inside '
            "messages."
        )
    elif view.pseudonymised:
        lines.append(
            'Pseudonymised copy: every member appears as "Member 1", "Member 2"... '
            "consistently, as author, in the summaries, in chat names and where their names "
            "or numbers appear inside messages. Other people named in messages (not members "
            "of the chat) are not replaced unless a confidentiality finding masked them."
        )
    else:
        lines.append(
            "Members' names are shown as in the export. Use --pseudonymise for a copy to "
            "share with an advisor, or --me NAME for a self-review."
        )
    lines.append(
        "This file was written so that only its owner can read it. It was made on this "
        "computer and makes no network requests when opened; the only links are to the "
        "guidance sources."
    )
    return lines
