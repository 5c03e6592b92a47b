"""The one privacy view: everything any report format may show, made safe in one pass.

`privacy_view(result)` applies masking (confidentiality evidence -> `[ENTITY]`, unless
--reveal) and pseudonyms (--pseudonymise, --me) once, to every column, summary and name a
report shows: the findings table, the summary, the chat names (a one-to-one export is called
"WhatsApp Chat with <member>"), the parser's notes and the model notices. The HTML, JSON, CSV
and Parquet writers read only this object, so a format cannot skip a step, and the raw
message text never leaves it: a renderer asks for a message's safe `segments` or `text`.

Summaries are built here from columns (`author`, `target`, `episode`, `rule`), never from
explanation text; a detector's own summary is carried over with every string in it passed
through the pseudonymiser."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from audit.core.config import AuditConfig
from audit.core.guidance import Catalogue
from audit.core.results import ModelInfo, ScanResult
from audit.core.rules import RuleRegistry
from audit.core.schema import SEVERITIES
from reports.privacy import MASKED_DETECTORS, Masker, Pseudonymiser, resolve_member
from reports.segments import Segment, scrub, segments

# Columns every export carries: the findings frame's, plus the message's author, time and
# (masked, pseudonymised) text.
EXPORT_COLUMNS = (
    "chat",
    "message_id",
    "line",
    "detector",
    "rule",
    "severity",
    "score",
    "start",
    "end",
    "label",
    "cue",
    "target",
    "episode",
    "explanation",
    "related",
    "spans",
    "fingerprint",
    "author",
    "timestamp",
    "text",
)


@dataclass
class ChatRecord:
    """One chat as a report may name it: the file name only (a full path can name the
    user's home folder), pseudonymised."""

    name: str
    member: str | None  # the chat's file inside a zip, pseudonymised
    layout: str
    date_order: str
    date_order_note: str
    ambiguous: bool
    messages: pd.DataFrame  # this chat's rows of the view's safe messages frame
    notes: list[str]


@dataclass(frozen=True)
class ThresholdRow:
    detector: str
    name: str
    value: str
    note: str  # where the value came from


@dataclass
class PrivacyView:
    config: AuditConfig
    rules: RuleRegistry
    catalogue: Catalogue
    models: list[ModelInfo]  # notices made safe
    thresholds: list[ThresholdRow]
    detectors_run: list[str]
    keep: str | None  # the reviewer (--me), shown by name
    pseudonymised: bool  # members appear as "Member N"
    chats: list[ChatRecord]
    messages: pd.DataFrame  # chat, message_id, line, timestamp, author, kind, edited, mine
    findings: pd.DataFrame  # EXPORT_COLUMNS (+ `new`), plus `mine`
    summary: dict
    masked_labels: dict[str, int]  # masked values by entity type (for the privacy note)
    _texts: TextLookup | dict[tuple[str, int], str] = field(repr=False, default_factory=dict)
    _masks: dict[tuple[str, int], list] = field(repr=False, default_factory=dict)
    _pseudo: Pseudonymiser | None = field(repr=False, default=None)

    def segments(self, chat: str, message_id: int, highlights=()) -> list[Segment]:
        """A message of the view (safe chat name) cut into segments: masks and member
        names replaced whole, evidence highlighted."""
        text = self._texts.get((chat, int(message_id)), "")
        masks = self._masks.get((chat, int(message_id)), [])
        names = self._pseudo.spans(text) if self._pseudo else []
        return segments(text, highlights, masks, names)

    def export_table(self) -> pd.DataFrame:
        extra = ["new"] if "new" in self.findings.columns else []
        return self.findings.loc[:, list(EXPORT_COLUMNS) + extra].copy()


def _safe_strings(value, pseudo: Pseudonymiser):
    """Every string in a detector's summary, keys included, through the pseudonymiser."""
    if isinstance(value, str):
        return pseudo.text(value)
    if isinstance(value, Mapping):
        return {
            (pseudo.text(k) if isinstance(k, str) else k): _safe_strings(v, pseudo)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_safe_strings(v, pseudo) for v in value]
    return value


def _chat_names(chats: Iterable[str], pseudo: Pseudonymiser) -> dict[str, str]:
    names: dict[str, str] = {}
    taken: set[str] = set()
    for chat in dict.fromkeys(chats):
        base = pseudo.text(Path(chat).name) or "chat"
        name, n = base, 2
        while name in taken:  # two exports with one file name in different folders
            name, n = f"{base} ({n})", n + 1
        taken.add(name)
        names[chat] = name
    return names


def _plain(text: str, paths: dict[str, str], pseudo: Pseudonymiser) -> str:
    """Tool-written text (parser notes, model notices): chat paths become the chat's safe
    name, the home folder becomes ~ (its path can carry the user's real name), then names
    are pseudonymised."""
    for raw, safe in sorted(paths.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(raw, safe)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return pseudo.text(text) or ""


def threshold_rows(declared: Mapping[str, object], scorers: set[str]) -> list[ThresholdRow]:
    """The thresholds the detectors that ran declare (`THRESHOLDS`, passed in by the app),
    whatever the shape: a number; a (value, note) pair; a mapping or an object with `value`
    and `source`/`note`. A threshold that names the model score it reads (`scorer`) is
    listed only when that scorer ran (`scorers`)."""
    rows = []
    for detector, table in declared.items():
        items = table.items() if isinstance(table, Mapping) else ()
        for name, entry in items:
            value, note, scorer = entry, "", None
            if isinstance(entry, tuple | list) and entry:
                value, note = entry[0], " ".join(str(e) for e in entry[1:])
            elif isinstance(entry, Mapping):
                value = entry.get("value")
                note = entry.get("source") or entry.get("note") or ""
                scorer = entry.get("scorer")
            elif hasattr(entry, "value"):
                value = entry.value
                note = getattr(entry, "source", "") or getattr(entry, "note", "") or ""
                scorer = getattr(entry, "scorer", None)
            if scorer and scorer not in scorers:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            rows.append(ThresholdRow(detector, str(name), f"{value:g}", str(note)))
    return rows


def _counts(series: pd.Series) -> dict[str, int]:
    counts = series.dropna().astype(str)
    counts = counts[counts != ""].value_counts()
    return {str(k): int(v) for k, v in counts.items()}


def _summary(view_findings: pd.DataFrame, messages: pd.DataFrame, result: ScanResult, pseudo):
    f = view_findings
    people = messages[messages["author"].notna() & (messages["kind"].astype(str) != "system")]
    summary = {
        "messages": int(len(messages)),
        "members": int(people["author"].nunique()),
        "findings": int(len(f)),
        "by_severity": {s: int((f["severity"].astype(str) == s).sum()) for s in SEVERITIES},
        "by_detector": _counts(f["detector"]),
        "by_rule": dict(sorted(_counts(f["rule"]).items())),
        "by_author": _counts(f["author"]),
        "by_target": _counts(f["target"]),
        "episodes": int(
            f.loc[f["episode"].fillna("") != "", ["chat", "episode"]].drop_duplicates().shape[0]
        ),
    }
    if "new" in f.columns:
        summary["new"] = int(f["new"].sum())
    skip = set(summary) | {"models", "settings"}
    for key, value in result.summary.items():  # the detectors' own summaries
        if key not in skip:
            summary[key] = _safe_strings(value, pseudo)
    return summary


def shown_text(text: str, masks: list, pseudo: Pseudonymiser) -> str:
    """A message as every report shows it: masked spans as [TYPE], member names replaced;
    one cut into segments, so a name and a mask can never overlap into a leak."""
    return "".join(s.text for s in segments(text, (), masks, pseudo.spans(text)))


def _safe_messages(messages: pd.DataFrame, names: dict, pseudo, keep) -> pd.DataFrame:
    """The messages frame without its text: safe chat names and authors, `mine` for --me."""
    raw_authors = messages["author"].astype(object)
    edited = messages["edited"] if "edited" in messages else pd.Series(False, messages.index)
    return pd.DataFrame(
        {
            "chat": messages["chat"].astype(str).map(names),
            "message_id": messages["message_id"].astype("int64"),
            "line": messages["line"],
            "timestamp": messages["timestamp"],
            "author": [pseudo.author(a) if isinstance(a, str) else None for a in raw_authors],
            "kind": messages["kind"].astype(str),
            "edited": edited.fillna(False).astype(bool),
            "mine": (raw_authors == keep).to_numpy(dtype=bool) if keep else False,
        }
    )


def _safe_findings(result, names, texts, masks, pseudo, keep) -> pd.DataFrame:
    """The findings table as every format shows it: safe chat names, authors and targets,
    the flagged message's text masked and pseudonymised, and detector-written text
    (explanation, label, cue) scrubbed of what the masks hide and of member names."""
    table = result.findings.reset_index(drop=True).merge(
        result.messages[["chat", "message_id", "author", "timestamp"]],
        on=["chat", "message_id"],
        how="left",
        validate="many_to_one",
    )
    raw_authors = table["author"].astype(object)
    table["chat"] = table["chat"].astype(str).map(names)
    table["mine"] = (raw_authors == keep).to_numpy(dtype=bool) if keep else False
    table["author"] = [pseudo.author(a) if isinstance(a, str) else None for a in raw_authors]
    keys = [(c, int(m)) for c, m in zip(table["chat"], table["message_id"], strict=True)]
    table["text"] = [shown_text(texts.get(k, ""), masks.get(k, []), pseudo) for k in keys]

    def hidden(key) -> list[tuple[str, str]]:
        text = texts.get(key, "")
        return [(text[s:e], label) for s, e, label in masks.get(key, [])]

    for column in ("explanation", "label", "target", "cue"):
        values = table[column].astype(object)
        table[column] = [
            scrub(v if isinstance(v, str) else "", hidden(k), pseudo)
            for v, k in zip(values, keys, strict=True)
        ]
    table["target"] = [pseudo.author(t) if t in pseudo.names else t for t in table["target"]]
    return table


def _safe_chats(result, names, safe_messages, pseudo) -> list[ChatRecord]:
    paths = {c.chat: names.get(c.chat, Path(c.chat).name) for c in result.chats}
    chats = []
    for chat in result.chats:
        name = names.get(chat.chat, pseudo.text(Path(chat.chat).name) or "")
        note = str(getattr(chat, "date_order_note", "") or "")
        chats.append(
            ChatRecord(
                name=name,
                member=pseudo.text(chat.member) if getattr(chat, "member", None) else None,
                layout=str(getattr(chat, "layout", "")),
                date_order=str(getattr(chat, "date_order", "")),
                date_order_note=_plain(note, paths, pseudo),
                ambiguous=bool(getattr(chat, "ambiguous", False)),
                messages=safe_messages[safe_messages["chat"] == name],
                notes=[_plain(str(n), paths, pseudo) for n in getattr(chat, "notes", ()) or ()],
            )
        )
    return chats


class TextLookup:
    """Message texts by (safe chat name, message id), without a Python dict of every message:
    for 2 million messages that dict alone took about a gigabyte, though a report needs the
    texts of the findings and their context only. `get` works as a dict's does."""

    def __init__(self, chats: pd.Series, message_ids: pd.Series, texts: pd.Series):
        codes, names = pd.factorize(chats.astype(object), use_na_sentinel=True)
        ids = message_ids.to_numpy(dtype=np.int64)
        self._texts = texts.array  # Arrow-backed: a Python str is made only when asked for
        self._chats: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        order = np.lexsort((ids, codes))
        bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
        for code, name in enumerate(names):
            rows = order[bounds[code] : bounds[code + 1]]
            self._chats[str(name)] = (ids[rows], rows)

    def get(self, key: tuple[str, int], default: str | None = None) -> str | None:
        chat, message_id = key
        found = self._chats.get(chat)
        if found is None:
            return default
        ids, rows = found
        at = int(np.searchsorted(ids, message_id))
        if at >= len(ids) or ids[at] != message_id:
            return default
        text = self._texts[int(rows[at])]
        return text if isinstance(text, str) else ""


def privacy_view(result: ScanResult) -> PrivacyView:
    """Masking and pseudonyms applied once to everything a report may show."""
    config = result.config
    messages, findings = result.messages, result.findings
    authors = messages.loc[messages["author"].notna(), "author"].astype(object).tolist()
    keep = resolve_member(config.me, authors) if config.me else None
    masker = Masker(findings, config.reveal)
    pseudo = Pseudonymiser(authors, keep, config.pseudonymise, messages)
    raw_chats = [str(c) for c in messages["chat"].unique()] + [c.chat for c in result.chats]
    names = _chat_names(raw_chats, pseudo)
    safe_messages = _safe_messages(messages, names, pseudo, keep)

    # The raw text stays inside the view, looked up by the safe chat name.
    texts = TextLookup(safe_messages["chat"], safe_messages["message_id"], messages["text"])
    masks, labels = {}, {}
    masked = findings[findings["detector"].astype(str).isin(MASKED_DETECTORS)]
    pairs = {(str(c), int(m)) for c, m in zip(masked["chat"], masked["message_id"], strict=True)}
    for chat, mid in pairs:
        key = (names[chat], mid)
        spans = masker.spans(chat, mid, texts.get(key))
        if spans:
            masks[key] = spans
        for *_, label in spans:
            labels[label] = labels.get(label, 0) + 1

    paths = {c.chat: names.get(c.chat, Path(c.chat).name) for c in result.chats}
    models = [
        ModelInfo(m.scorer, m.name, m.version, m.fallback, _plain(m.notice or "", paths, pseudo))
        for m in result.models
    ]
    # The app passes every detector that ran, with the thresholds it declares (maybe none).
    declared = getattr(result, "thresholds", None) or {}
    run = list(declared) + [d for d in _counts(findings["detector"]) if d not in declared]
    table = _safe_findings(result, names, texts, masks, pseudo, keep)
    view = PrivacyView(
        config=config,
        rules=result.rules,
        catalogue=result.catalogue,
        models=models,
        thresholds=threshold_rows(declared, {m.scorer for m in result.models}),
        detectors_run=run,
        keep=keep,
        pseudonymised=pseudo.active,
        chats=_safe_chats(result, names, safe_messages, pseudo),
        messages=safe_messages,
        findings=table,
        summary={},
        masked_labels=labels,
        _texts=texts,
        _masks=masks,
        _pseudo=pseudo if pseudo.active else None,
    )
    view.summary = _summary(table, safe_messages, result, pseudo)
    view.summary["models"] = [
        {"scorer": m.scorer, "name": m.name, "fallback": m.fallback, "notice": m.notice}
        for m in models
    ]
    view.summary["settings"] = {
        "quiet_hours": str(config.quiet_hours),
        "weekend_quiet": config.weekend_quiet,
        "select": list(config.select),
        "ignore": list(config.ignore),
        "models": config.use_models,
        "masked": not config.reveal,
        "pseudonymised": pseudo.active,
        "thresholds": [t.__dict__ for t in view.thresholds],
    }
    if keep:
        mine = table[table["mine"]]
        view.summary["self_review"] = {
            "member": keep,
            "findings": int(len(mine)),
            "messages_flagged": int(mine[["chat", "message_id"]].drop_duplicates().shape[0]),
        }
    return view


def self_review_line(result: ScanResult) -> str:
    """The terminal's opening words for a self-review (--me): the reviewer's own count first.
    "" without --me."""
    if not result.config.me:
        return ""
    messages, findings = result.messages, result.findings
    authors = messages.loc[messages["author"].notna(), "author"].astype(object).tolist()
    keep = resolve_member(result.config.me, authors)
    own = findings.merge(
        messages.loc[messages["author"] == keep, ["chat", "message_id"]], on=["chat", "message_id"]
    )
    if own.empty:
        return f"{keep}: none of your messages was flagged"
    flagged = own[["chat", "message_id"]].drop_duplicates().shape[0]
    counts = ", ".join(f"{s} {int((own['severity'] == s).sum())}" for s in reversed(SEVERITIES))
    noun = "message was" if flagged == 1 else "messages were"
    return f"{keep}: {flagged} of your {noun} flagged ({len(own)} findings: {counts})"
