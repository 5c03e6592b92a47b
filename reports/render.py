"""The HTML report: one self-contained file that a student, an advisor or a group admin reads.

All view logic lives here: `render_html` turns a ScanResult into plain view-model
dataclasses, and the Jinja templates only loop over them. Templates autoescape everything;
nothing derived from a chat is ever marked safe. Highlighted evidence is a list of segments
(text, highlighted?, masked?) that the template escapes one by one, so hostile message text
(`<script>`, `{{ }}`) stays text.

Privacy: every message shown (flagged or context) goes through the Masker (confidentiality
evidence becomes `[ENTITY]` unless --reveal) and the Pseudonymiser (member names become
"Member N" as author and inside the text with --pseudonymise or --me).

Scale: a busy chat can have thousands of findings. Each section renders at most
`config.max_rendered` cards with a note pointing at the JSON/CSV export for the rest; a card
is rendered once and the by-member and by-rule groupings (switched in the browser) refer to
cards by id, so the file stays a few megabytes at most."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import numpy as np
import pandas as pd

from audit import __version__
from reports import charts
from reports.privacy import MASKED_DETECTORS, Masker, Pseudonymiser
from reports.segments import Segment, name_spans, safe_link, scrub, segments

if TYPE_CHECKING:  # the pipeline imports the parser; the renderer needs only the result
    from audit.core.results import ScanResult

SEVERITY_ORDER = ("high", "medium", "low")  # most serious first
SEVERITY_TEXT = {"high": "High", "medium": "Medium", "low": "Low"}
SEVERITY_NOTE = {
    "high": "Read these first.",
    "medium": "Worth a second look.",
    "low": "Minor on their own; patterns matter more than single messages.",
}
DETECTOR_TEXT = {
    "confidentiality": "Confidentiality",
    "toxicity": "Offensive language",
    "bullying": "Bullying and pile-ons",
    "off_hours": "Quiet hours",
}
MAX_THREAD = 40  # messages shown in one card (a long pile-on is trimmed around its core)
SPAN_GAP = 24  # related messages lying within this many are shown without gaps


# --- view model -----------------------------------------------------------------------


@dataclass
class Line:
    """One message in a finding's conversation."""

    when: str
    iso: str
    author: str
    segments: list[Segment]
    role: str  # "flagged" | "related" (in the finding's `related`) | "context"
    kind: str  # text | media | deleted | system
    skipped_before: int = 0  # messages left out between the previous line and this one
    edited: bool = False  # the export marked it edited


@dataclass(frozen=True)
class GuidanceRef:
    standard: str
    title: str
    text: str
    quoted: bool  # verbatim quote, else a close paraphrase
    source: str
    publisher: str
    link: str | None  # only http(s) links are ever rendered as links


@dataclass
class Card:
    id: str
    severity: str
    severity_text: str
    detector: str
    detector_text: str
    rule_code: str
    rule_name: str
    rule_summary: str
    rule_why: str
    label: str
    explanation: str
    score: str
    when: str
    iso: str
    author: str
    mine: bool
    new: bool
    chat: str
    line: int
    involved: int  # messages the finding involves (its own + `related`); 1 = just its own
    pile_on: bool  # the related messages are a pile-on (not, e.g., one member's run)
    thread: list[Line]
    guidance: list[GuidanceRef]


@dataclass
class Group:
    slug: str
    heading: str
    severity: str  # "" when the group mixes severities
    total: int
    card_ids: list[str]
    more_note: str = ""  # "N more ... see the export", when capped
    note: str = ""  # a line under the heading (what this severity means)
    empty_note: str = ""  # shown when the group has no findings at all


@dataclass
class Part:
    heading: str  # "" for a view with a single part
    groups: list[Group]


@dataclass
class View:
    key: str
    label: str
    parts: list[Part]


@dataclass
class ChatInfo:
    name: str
    period: str
    messages: str
    members: str
    notes: list[str]


@dataclass
class Report:
    title: str
    generated: str
    version: str
    chats: list[ChatInfo]
    period: str
    messages: str
    members: str
    findings: str
    settings: list[tuple[str, str]]
    models: list[tuple[str, str]]
    model_notices: list[str]
    severity_counts: list[tuple[str, str, int]]  # severity, text, count
    detector_rows: list[tuple[str, list[int], int]]  # detector text, counts by severity, total
    detector_filters: list[tuple[str, str, int]]  # detector name, text, findings
    rule_rows: list[tuple[str, str, str, int]]  # code, name, default severity text, count
    member_rows: list[tuple[str, bool, str, list[int], int, str]]
    member_more: str
    quiet_column: bool
    timeline: charts.Timeline
    heatmap: charts.Heatmap
    views: list[View]
    cards: dict[str, Card]
    default_card_ids: set[str]
    next_steps: list[tuple[str, list[GuidanceRef]]]
    privacy: list[str]
    me: str | None
    new_count: int | None
    export_hint: str


# --- formatting -----------------------------------------------------------------------------


def when_text(stamp) -> str:
    if stamp is None or pd.isna(stamp):
        return "time unknown"
    stamp = pd.Timestamp(stamp)
    return f"{stamp:%a} {stamp.day} {stamp:%b %Y}, {stamp:%H:%M}"


def iso_text(stamp) -> str:
    return "" if stamp is None or pd.isna(stamp) else pd.Timestamp(stamp).isoformat()


def day_text(stamp) -> str:
    stamp = pd.Timestamp(stamp)
    return f"{stamp.day} {stamp:%b %Y}"


def period_text(stamps: pd.Series) -> str:
    stamps = stamps.dropna()
    if not len(stamps):
        return "no dated messages"
    first, last = stamps.min(), stamps.max()
    days = (last.normalize() - first.normalize()).days + 1
    return f"{day_text(first)} to {day_text(last)} ({days:,} day{'s' if days != 1 else ''})"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def detector_text(name: str) -> str:
    return DETECTOR_TEXT.get(name, name.replace("_", " ").capitalize())


# --- the chats, indexed for context lookups ----------------------------------------------


class ChatIndex:
    """Messages of each chat as arrays, so a card can fetch its neighbours cheaply."""

    def __init__(self, messages: pd.DataFrame):
        self._chats: dict[str, dict[str, np.ndarray]] = {}
        for chat, frame in messages.groupby("chat", sort=False, observed=True):
            frame = frame.sort_values("message_id", kind="stable")
            self._chats[str(chat)] = {
                "id": frame["message_id"].to_numpy(dtype=np.int64),
                "timestamp": frame["timestamp"].to_numpy(),
                "author": frame["author"].astype(object).to_numpy(),
                "kind": frame["kind"].astype(str).to_numpy(),
                "text": frame["text"].astype(object).to_numpy(),
                "edited": frame["edited"].fillna(False).astype(bool).to_numpy()
                if "edited" in frame
                else np.zeros(len(frame), dtype=bool),
            }

    def position(self, chat: str, message_id: int) -> int | None:
        ids = self._chats[chat]["id"]
        pos = int(np.searchsorted(ids, message_id))
        return pos if pos < len(ids) and ids[pos] == message_id else None

    def size(self, chat: str) -> int:
        return len(self._chats[chat]["id"])

    def get(self, chat: str, pos: int) -> dict:
        columns = self._chats[chat]
        return {name: values[pos] for name, values in columns.items()}


# --- building the report ------------------------------------------------------------------


class _Builder:
    def __init__(self, result: ScanResult, masker: Masker, pseudo: Pseudonymiser):
        self.result = result
        self.config = result.config
        self.masker = masker
        self.pseudo = pseudo
        self.index = ChatIndex(result.messages)
        self.several_chats = len({str(c) for c in result.messages["chat"].unique()}) > 1
        self.table = self._findings_table()

    # The findings with what every view needs to sort and group them.
    def _findings_table(self) -> pd.DataFrame:
        findings = self.result.findings.reset_index(drop=True)
        keys = ["chat", "message_id"]
        meta = self.result.messages[keys + ["author", "timestamp"]]
        table = findings.merge(meta, on=keys, how="left", validate="many_to_one")
        table["card_id"] = [f"f{i}" for i in range(len(table))]
        table["rank"] = (
            table["severity"].astype(str).map({s: i for i, s in enumerate(SEVERITY_ORDER)})
        )
        raw_authors = table["author"].astype(object)
        table["shown_author"] = [self.author(a) for a in raw_authors]
        keep = self.pseudo.keep
        table["mine"] = (raw_authors == keep).to_numpy() if keep else False
        table["new_flag"] = table["new"].astype(bool) if "new" in table else False
        return table

    def author(self, author) -> str:
        if author is None or (not isinstance(author, str) and pd.isna(author)):
            return "(system)"
        return self.pseudo.author(author) or ""

    def plain(self, text: str) -> str:
        """Tool-written text (parser notes, model notices): the home folder shortened to ~,
        since its path can carry the user's real name, then names pseudonymised."""
        home = str(Path.home())
        if len(home) > 1:
            text = text.replace(home, "~")
        return self.pseudo.text(text) or ""

    def chat_name(self, chat: str) -> str:
        # The file name only (a full path can name the user's home folder), pseudonymised:
        # a one-to-one export is called "WhatsApp Chat with <member>".
        return self.pseudo.text(Path(str(chat)).name) or ""

    # ---- cards ----

    def masks(self, chat: str, message_id: int) -> list[tuple[int, int, str]]:
        return self.masker.spans(chat, message_id)

    def line(self, chat: str, pos: int, role: str, highlights=()) -> Line:
        m = self.index.get(chat, pos)
        text = m["text"] if isinstance(m["text"], str) else ""
        if m["kind"] == "deleted" and not text:
            text = "This message was deleted"
        masks = self.masks(chat, int(m["id"]))
        return Line(
            when=when_text(m["timestamp"]),
            iso=iso_text(m["timestamp"]),
            author=self.author(m["author"]),
            segments=segments(text, highlights, masks, name_spans(self.pseudo, text)),
            role=role,
            kind=str(m["kind"]),
            edited=bool(m["edited"]),
        )

    def thread(self, row) -> list[Line]:
        chat, mid = str(row.chat), int(row.message_id)
        flagged = self.index.position(chat, mid)
        if flagged is None:
            return []
        core = {flagged}
        for rid in row.related or ():
            pos = self.index.position(chat, int(rid))
            if pos is not None:
                core.add(pos)
        c, last = self.config.context, self.index.size(chat) - 1
        first_core, last_core = min(core), max(core)
        shown = set(core)
        shown |= set(range(max(0, flagged - c), min(last, flagged + c) + 1))
        shown |= set(range(max(0, first_core - c), first_core))
        shown |= set(range(last_core + 1, min(last, last_core + c) + 1))
        if last_core - first_core <= SPAN_GAP:
            shown |= set(range(first_core, last_core + 1))
        ordered = sorted(shown)
        if len(ordered) > MAX_THREAD:  # keep the pile-on nearest the flagged message
            ordered = sorted(
                sorted(ordered, key=lambda p: (p not in core, abs(p - flagged)))[:MAX_THREAD]
            )
        lines, previous = [], None
        for pos in ordered:
            if pos == flagged:
                line = self.line(chat, pos, "flagged", row.spans or ())
            else:
                line = self.line(chat, pos, "related" if pos in core else "context")
            if previous is not None and pos - previous > 1:
                line.skipped_before = pos - previous - 1
            lines.append(line)
            previous = pos
        return lines

    def hidden_values(self, row) -> list[tuple[str, str]]:
        """The masked text of a flagged message, to keep it out of the explanation."""
        pos = self.index.position(str(row.chat), int(row.message_id))
        if pos is None:
            return []
        text = self.index.get(str(row.chat), pos)["text"]
        if not isinstance(text, str):
            return []
        return [(text[s:e], lbl) for s, e, lbl in self.masks(str(row.chat), int(row.message_id))]

    def guidance(self, ids: Iterable[str]) -> list[GuidanceRef]:
        catalogue = self.result.catalogue
        refs = []
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

    def card(self, row) -> Card:
        rules = self.result.rules
        rule = rules[row.rule] if row.rule in rules else None
        severity = str(row.severity)
        related = len(set(int(r) for r in (row.related or ())) | {int(row.message_id)})
        hidden = self.hidden_values(row)  # detector-written text must not quote masked evidence
        return Card(
            id=row.card_id,
            severity=severity,
            severity_text=SEVERITY_TEXT.get(severity, severity),
            detector=str(row.detector),
            detector_text=detector_text(str(row.detector)),
            rule_code=str(row.rule),
            rule_name=rule.name if rule else "",
            rule_summary=rule.summary if rule else "",
            rule_why=rule.why if rule else "",
            label=scrub(str(row.label) if isinstance(row.label, str) else "", hidden, self.pseudo),
            explanation=scrub(
                str(row.explanation) if isinstance(row.explanation, str) else "",
                hidden,
                self.pseudo,
            ),
            score=f"{float(row.score):.2f}" if pd.notna(row.score) else "n/a",
            when=when_text(row.timestamp),
            iso=iso_text(row.timestamp),
            author=row.shown_author,
            mine=bool(row.mine),
            new=bool(row.new_flag),
            chat=self.chat_name(row.chat) if self.several_chats else "",
            line=int(row.line) if pd.notna(row.line) else 0,
            involved=related,
            pile_on=related > 1 and "pile-on" in (str(row.label), rule.name if rule else ""),
            thread=self.thread(row),
            guidance=self.guidance(rule.guidance if rule else ()),
        )

    # ---- groupings ----

    def more_note(self, shown: int, total: int, what: str) -> str:
        if shown >= total:
            return ""
        return (
            f"Showing {shown:,} of {total:,} {what}. The other {total - shown:,} are not shown "
            f"here, to keep this page quick to open: {self.export_hint()}"
        )

    def export_hint(self) -> str:
        return (
            "the JSON and CSV exports list every finding "
            "(chat-audit scan EXPORT -o findings.json, or -o findings.csv)."
        )

    def severity_view(self) -> View:
        cap = self.config.max_rendered
        table = self.table.sort_values(
            ["rank", "timestamp", "chat", "message_id", "rule"], kind="stable", na_position="last"
        )
        if self.pseudo.keep:
            parts_spec = [
                ("Your messages", table[table["mine"]], "mine"),
                ("Other members' messages", table[~table["mine"]], "others"),
            ]
        else:
            parts_spec = [("", table, "all")]
        parts = []
        for whose, rows, prefix in parts_spec:
            groups = []
            for severity in SEVERITY_ORDER:
                chosen = rows[rows["severity"].astype(str) == severity]
                ids = chosen["card_id"].tolist()[:cap]
                level = SEVERITY_TEXT[severity]
                if prefix == "mine":
                    empty = f"None of your messages has a {severity}-severity finding."
                else:
                    empty = f"No {severity}-severity findings."
                groups.append(
                    Group(
                        slug=f"{prefix}-{severity}",
                        heading=f"{whose}: {severity} severity" if whose else f"{level} severity",
                        severity=severity,
                        total=len(chosen),
                        card_ids=ids,
                        more_note=self.more_note(
                            len(ids), len(chosen), f"{severity}-severity findings"
                        ),
                        empty_note=empty,
                        note=SEVERITY_NOTE[severity],
                    )
                )
            parts.append(Part("", groups))
        return View("severity", "Severity", parts)

    def grouped_view(self, key: str, label: str, budget: int) -> View:
        """By member or by rule: groups share a budget of cards (so a chat with hundreds of
        members does not render every finding), each showing its most serious first."""
        table = self.table.sort_values(
            ["mine", "rank", "timestamp", "chat", "message_id", "rule"],
            ascending=[False, True, True, True, True, True],
            kind="stable",
            na_position="last",
        )
        column = "shown_author" if key == "member" else "rule"
        groups_frames = list(table.groupby(column, sort=False, observed=True))
        if key == "member":
            groups_frames.sort(
                key=lambda kv: (not bool(kv[1]["mine"].any()), -len(kv[1]), str(kv[0]))
            )
        else:
            groups_frames.sort(key=lambda kv: (int(kv[1]["rank"].min()), str(kv[0])))
        cap = min(self.config.max_rendered, water_level([len(f) for _, f in groups_frames], budget))
        rules = self.result.rules
        groups = []
        for i, (value, rows) in enumerate(groups_frames):
            ids = rows["card_id"].tolist()[:cap]
            if key == "member":
                heading = str(value) + (" (you)" if bool(rows["mine"].any()) else "")
                what = f"findings for {value}"
            else:
                rule = rules[value] if value in rules else None
                heading = f"{value} {rule.name}" if rule else str(value)
                what = f"{value} findings"
            groups.append(
                Group(
                    slug=f"{key}-{i}",
                    heading=heading,
                    severity="",
                    total=len(rows),
                    card_ids=ids,
                    more_note=self.more_note(len(ids), len(rows), what),
                )
            )
        return View(key, label, [Part("", groups)])

    # ---- summary ----

    def severity_counts(self) -> list[tuple[str, str, int]]:
        sev = self.table["severity"].astype(str)
        return [(s, SEVERITY_TEXT[s], int((sev == s).sum())) for s in SEVERITY_ORDER]

    def detectors_run(self) -> list[str]:
        from detectors import DETECTORS

        enabled = self.result.rules.enabled(self.config.select, self.config.ignore)
        names = [d.NAME for d in DETECTORS if any(r.code in enabled for r in d.RULES)]
        names += [d for d in self.table["detector"].astype(str).unique() if d not in names]
        return names

    def detector_rows(self) -> list[tuple[str, list[int], int]]:
        rows = []
        for name in self.detectors_run():
            mine = self.table[self.table["detector"].astype(str) == name]
            counts = [int((mine["severity"].astype(str) == s).sum()) for s in SEVERITY_ORDER]
            rows.append((detector_text(name), counts, len(mine)))
        return rows

    def detector_filters(self) -> list[tuple[str, str, int]]:
        counts = self.table["detector"].astype(str).value_counts()
        return [(d, detector_text(d), int(counts[d])) for d in self.detectors_run() if d in counts]

    def rule_rows(self) -> list[tuple[str, str, str, int]]:
        counts = self.table["rule"].astype(str).value_counts()
        rows = []
        for code, n in counts.items():
            rule = self.result.rules[code] if code in self.result.rules else None
            severity = SEVERITY_TEXT.get(rule.severity, "") if rule else ""
            rows.append((str(code), rule.name if rule else "", severity, int(n)))
        return sorted(rows)

    def member_rows(self):
        messages = self.result.messages
        people = messages[messages["author"].notna() & (messages["kind"].astype(str) != "system")]
        sent = people["author"].astype(object).value_counts()
        quiet = self.result.summary.get("off_hours", {}).get("by_author", {})
        table = self.table[self.table["author"].notna()]
        by = {
            author: [int((g["severity"].astype(str) == s).sum()) for s in SEVERITY_ORDER]
            for author, g in table.groupby(table["author"].astype(object), sort=False)
        }
        keep = self.pseudo.keep
        authors = sorted(
            sent.index,
            key=lambda a: (a != keep, -sum(by.get(a, [0])), -int(sent[a]), self.author(a)),
        )
        rows = []
        cap = self.config.max_rendered
        for author in authors[:cap]:
            counts = by.get(author, [0, 0, 0])
            q = quiet.get(author)
            quiet_text = f"{q['quiet_messages']:,} ({q['share']:.0%})" if q else "0"
            rows.append(
                (
                    self.author(author),
                    author == keep,
                    f"{int(sent[author]):,}",
                    counts,
                    sum(counts),
                    quiet_text,
                )
            )
        more = ""
        if len(authors) > cap:
            more = (
                f"Showing the {cap:,} members with the most findings of {len(authors):,}; "
                f"{self.export_hint()}"
            )
        return rows, more, bool(quiet) or "off_hours" in self.detectors_run()

    # ---- overview ----

    def chats(self) -> list[ChatInfo]:
        infos = []
        for chat in self.result.chats:
            frame = chat.messages
            notes = [self.plain(str(n)) for n in getattr(chat, "notes", ()) or ()]
            # How the day/month order was decided matters only when the dates could not
            # settle it.
            note = (
                getattr(chat, "date_order_note", None)
                if getattr(chat, "ambiguous", False)
                else None
            )
            if note:
                notes.insert(0, self.plain(str(note)))
            infos.append(
                ChatInfo(
                    name=self.chat_name(chat.chat),
                    period=period_text(frame["timestamp"]),
                    messages=f"{len(frame):,}",
                    members=f"{frame['author'].dropna().nunique():,}",
                    notes=notes,
                )
            )
        return infos

    def settings(self) -> list[tuple[str, str]]:
        c = self.config
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
        ]
        thresholds = self.thresholds()
        if thresholds:
            out.append(("Thresholds", thresholds))
        out += [
            ("Context shown", f"{plural(c.context, 'message')} before and after each finding"),
            ("Guidance", ", ".join(Path(o).name for o in self.result.catalogue.origins)),
        ]
        if c.fail_on:
            out.append(("Fail on", f"{c.fail_on} severity or above"))
        if c.baseline is not None:
            out.append(("Baseline", f"{Path(c.baseline).name} (findings not in it are marked new)"))
        return out

    def thresholds(self) -> str:
        """Score thresholds the detectors that ran declare (module constants named
        *THRESHOLD*: a number, or a mapping of severity to number)."""
        from detectors import DETECTORS

        ran = set(self.detectors_run())
        parts = []
        for detector in DETECTORS:
            if detector.NAME not in ran:
                continue
            for name, value in sorted(vars(detector).items()):
                if "THRESHOLD" not in name or isinstance(value, bool):
                    continue
                if isinstance(value, int | float):
                    shown = f"{value:g}"
                elif isinstance(value, dict) and all(
                    isinstance(v, int | float) for v in value.values()
                ):
                    shown = ", ".join(f"{k} {v:g}" for k, v in value.items())
                else:
                    continue
                parts.append(f"{detector_text(detector.NAME)}: score thresholds {shown}")
        return "; ".join(parts)

    def models(self) -> tuple[list[tuple[str, str]], list[str]]:
        rows, notices = [], []
        for m in self.result.models:
            marked = m.fallback and "fallback" not in m.name.lower()
            rows.append((m.scorer.capitalize(), m.name + (" (fallback)" if marked else "")))
            if m.fallback:
                said = (
                    f"The preferred {m.scorer} model was not available, so a fallback was "
                    f"used: {m.name}."
                )
                notice = m.notice or "Its findings may differ from the full model's."
                # The scorer's own notice usually names the fallback already.
                notices.append(
                    self.plain(notice if m.name.split()[0] in notice else f"{said} {notice}")
                )
        if not self.config.use_models:
            notices.append(
                "The language models were switched off for this scan (--no-models): only the "
                "rules that read the text directly ran, so findings a model would add (names, "
                "offensive language) may be missing."
            )
        return rows, notices

    def privacy(self) -> list[str]:
        lines = []
        masked = self.result.findings[
            self.result.findings["detector"].astype(str).isin(MASKED_DETECTORS)
        ]
        labels: dict[str, int] = {}
        seen = set()
        for chat, mid in zip(masked["chat"], masked["message_id"], strict=True):
            key = (str(chat), int(mid))
            if key in seen:
                continue
            seen.add(key)
            for _, _, label in self.masker.spans(*key):
                labels[label] = labels.get(label, 0) + 1
        if self.config.reveal:
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
        if self.pseudo.keep:
            lines.append(
                f"Self-review copy (--me): {self.pseudo.keep}'s name is shown and their "
                'findings come first; every other member appears as "Member 1", '
                '"Member 2"... consistently, as author and where their names appear inside '
                "messages."
            )
        elif self.pseudo.active:
            lines.append(
                'Pseudonymised copy: every member appears as "Member 1", "Member 2"... '
                "consistently, as author, in the summaries and where their names appear inside "
                "messages. Other people named in messages (not members of the chat) are not "
                "replaced unless a confidentiality finding masked them."
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

    def next_steps(self) -> list[tuple[str, list[GuidanceRef]]]:
        return [(s.text, self.guidance(s.guidance)) for s in self.result.catalogue.next_steps]

    # ---- all together ----

    def build(self) -> Report:
        result, config = self.result, self.config
        default = self.severity_view()
        default_ids = [i for p in default.parts for g in p.groups for i in g.card_ids]
        # The other groupings may render as many cards as the default one can at most.
        budget = max(len(SEVERITY_ORDER) * config.max_rendered, len(default_ids))
        views = [
            default,
            self.grouped_view("member", "Member", budget),
            self.grouped_view("rule", "Rule", budget),
        ]
        wanted = {i for v in views for p in v.parts for g in p.groups for i in g.card_ids}
        rows = self.table[self.table["card_id"].isin(wanted)]
        cards = {row.card_id: self.card(row) for row in rows.itertuples(index=False)}
        stamps = self.table["timestamp"]
        member_rows, member_more, quiet_column = self.member_rows()
        people = result.messages[
            result.messages["author"].notna() & (result.messages["kind"].astype(str) != "system")
        ]
        model_rows, notices = self.models()
        new_count = int(self.table["new_flag"].sum()) if "new" in self.table else None
        return Report(
            title="Chat audit report",
            generated=datetime.now().astimezone().strftime("%d %b %Y, %H:%M %Z").lstrip("0"),
            version=__version__,
            chats=self.chats(),
            period=period_text(result.messages["timestamp"]),
            messages=f"{len(result.messages):,}",
            members=f"{people['author'].nunique():,}",
            findings=f"{len(self.table):,}",
            settings=self.settings(),
            models=model_rows,
            model_notices=notices,
            severity_counts=self.severity_counts(),
            detector_rows=self.detector_rows(),
            detector_filters=self.detector_filters(),
            rule_rows=self.rule_rows(),
            member_rows=member_rows,
            member_more=member_more,
            quiet_column=quiet_column,
            timeline=charts.timeline(stamps, self.table["severity"]),
            heatmap=charts.heatmap(
                people["timestamp"],
                config.quiet_hours.start,
                config.quiet_hours.end,
                str(config.quiet_hours),
            ),
            views=views,
            cards=cards,
            default_card_ids=set(default_ids),
            next_steps=self.next_steps(),
            privacy=self.privacy(),
            me=self.pseudo.keep,
            new_count=new_count,
            export_hint=self.export_hint(),
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


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def build_report(result: ScanResult, masker: Masker, pseudo: Pseudonymiser) -> Report:
    """The view model of the report (what the template shows), for tests and other views."""
    return _Builder(result, masker, pseudo).build()


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


@lru_cache(maxsize=1)
def content_security_policy() -> str:
    """Nothing may load or connect: no network request of any kind when the file is opened,
    even if something hostile slipped into the page. Only the report's own inline style and
    script run, pinned by hash (they are static files, included verbatim)."""
    env = environment()
    style = env.get_template("_style.css.j2").render()
    script = env.get_template("_filters.js.j2").render()
    return (
        "default-src 'none'; "
        f"style-src {_sha256(style)}; script-src {_sha256(script)}; "
        "base-uri 'none'; form-action 'none'"
    )


def render_html(result: ScanResult, masker: Masker, pseudo: Pseudonymiser) -> str:
    report = build_report(result, masker, pseudo)
    template = environment().get_template("report.html.j2")
    return template.render(report=report, csp=content_security_policy())
