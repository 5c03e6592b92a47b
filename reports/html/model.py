"""The report's view model: plain dataclasses the templates loop over, and the wording of
dates, counts and names. Nothing here reads a chat; builders fill these from the privacy
view (reports/view.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from reports.html import charts
from reports.segments import Segment

SEVERITY_ORDER = ("high", "medium", "low")  # most serious first
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITY_ORDER)}
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
    "conduct": "Professional conduct",
}


@dataclass
class Line:
    """One message in a card's conversation."""

    when: str
    iso: str
    author: str
    segments: list[Segment]
    role: str  # "flagged" | "related" (named by a finding's `related`) | "context"
    kind: str  # text | media | deleted | system
    skipped_before: int = 0  # messages left out between the previous line and this one
    edited: bool = False  # the export marked it edited
    rules: list[str] = field(default_factory=list)  # codes of this card's rules that flag it


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
class RuleUse:
    """One rule on a card: what it flagged here, and its guidance (quoted in full on the
    first card of the rule, referenced on the others)."""

    code: str
    detector: str
    name: str
    summary: str
    why: str
    severity: str
    severity_text: str
    explanation: str  # the first finding's, made safe
    score: str
    messages: int  # messages of this card the rule flags
    guidance: list[GuidanceRef]
    quoted_here: bool = True
    quoted_at: str = ""  # id of the card that quotes this rule's guidance in full


@dataclass
class QuietSummary:
    """A member's messages in quiet hours: one summary instead of a card each."""

    count: int
    share: str  # of the member's messages, "" when unknown
    latest: str
    nights: int
    pattern: str
    lines: list[Line]
    more: int = 0  # messages not listed (see the export)


@dataclass
class Card:
    """One incident: a message (every rule that flags it), an episode (every message of a
    pile-on, exclusion or persistent pattern, and who joined) or a member's quiet hours."""

    id: str
    kind: str  # "message" | "episode" | "quiet"
    severity: str
    severity_text: str
    detectors: list[str]
    detector_text: str
    title: str
    when: str
    iso: str
    period: str  # "" for one message; "from ... to ..." for an episode
    author: str  # the lead message's author
    authors: list[str]  # everyone whose message the card flags, in order
    target: str  # whom it is aimed at, from the `target` column ("" when none)
    mine: bool
    new: bool
    chat: str
    line: int
    rules: list[RuleUse]
    thread: list[Line]
    quiet: QuietSummary | None = None
    findings: int = 1
    importance: tuple = ()  # sort key for "read these first"


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
    collapsed: bool = False  # others' findings in a self-review: behind a disclosure
    summary: str = ""  # the disclosure's line ("12 cards: 3 high...")


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
class TopItem:
    card_id: str
    severity: str
    severity_text: str
    title: str
    text: str
    when: str
    who: str


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
    cards_total: int
    lead: str  # the first screen's sentence
    self_review: list[str]  # --me: plain sentences about the reviewer's own messages
    settings: list[tuple[str, str]]
    thresholds: list[tuple[str, str, str, str]]  # check, name, value, source
    models: list[tuple[str, str]]
    model_notices: list[list[tuple[str, bool]]]  # (text, is_code) runs
    severity_counts: list[tuple[str, str, int, int]]  # severity, text, cards, findings
    detector_rows: list[tuple[str, list[int], int]]  # detector text, counts by severity, total
    detector_filters: list[tuple[str, str, int]]  # detector name, text, cards
    rule_rows: list[tuple[str, str, str, int]]  # code, name, default severity text, count
    member_rows: list[tuple[str, bool, str, list[int], int, str]]
    member_more: str
    quiet_column: bool
    top: list[TopItem]
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
    extra: list[tuple[str, list[str]]] = field(default_factory=list)  # checks' own notes


# --- wording -------------------------------------------------------------------------------


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


def names_text(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def detector_text(name: str) -> str:
    return DETECTOR_TEXT.get(name, name.replace("_", " ").capitalize())


def code_runs(text: str) -> list[tuple[str, bool]]:
    """Tool-written text with `backtick` code spans, as (text, is_code) runs the template
    shows as <code> without any markup coming from the text."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: show it as written
        return [(text, False)]
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]
