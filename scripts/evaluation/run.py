"""Scanning what is scored: the labelled chats (each chat scanned on its own, as `chat-audit
scan chat.txt` would), their paraphrase variants, and the external sets. Returns plain dicts
of aggregates (no message text), which report.py renders and results.json stores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from audit.app import scan_parsed
from audit.core.config import AuditConfig
from audit.core.results import ModelInfo, ParsedChat, ScanResult
from detectors.lexicon import Cue

from .categories import POSITIVE_CATEGORIES, ROWS
from .chats import reworded
from .cues import authored_texts, cue_counts, raw_matches, rule_counts
from .external import ExternalSet
from .labels import LabelledChat
from .scoring import Key, SetScore, group_rates, keys, score_set

PARAPHRASE_ROUNDS = 2  # two paraphrases per positive message
# Categories a rewording can lose; off-hours depends on the time, which a paraphrase keeps.
REWORDABLE = frozenset(POSITIVE_CATEGORIES) - {"off_hours"} | {"conduct"}


@dataclass
class SetRun:
    name: str
    title: str
    score: SetScore
    rules: dict[str, int]
    cues: dict[str, int]
    raw: dict[str, int]
    per_chat: dict[str, SetScore] = field(default_factory=dict)
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)
    group_by: str = ""
    measures: dict[str, str] = field(default_factory=dict)  # group -> recall / false alarms
    paraphrases: dict | None = None
    itemised: dict = field(default_factory=dict)  # dev only: missed and false-alarm lines
    note: str = ""


def _scan_each(chats: Sequence[ParsedChat], config: AuditConfig, models: list[ModelInfo]):
    """Scan chats one at a time; returns the concatenated messages and findings."""
    results: list[ScanResult] = [scan_parsed([chat], config) for chat in chats]
    for result in results:
        models.extend(result.models)
    messages = pd.concat([r.messages for r in results], ignore_index=True)
    findings = pd.concat([r.findings for r in results], ignore_index=True)
    return messages, findings


def _labels(chats: Sequence[LabelledChat], rename: str = "") -> dict[Key, frozenset[str]]:
    return {(c.chat + rename, line): cats for c in chats for line, cats in c.categories.items()}


def _itemise(findings, labels, scope) -> dict[str, dict[str, dict[str, list[int]]]]:
    """ "missed" / "false alarms" -> row -> chat -> lines. For dev chats only: the test set is
    never itemised."""
    out: dict[str, dict[str, dict[str, list[int]]]] = {"missed": {}, "false alarms": {}}
    for row in ROWS:
        found = set().union(*(keys(findings[m.mask(findings)]) for m in row.found_by))
        flagged = set().union(*(keys(findings[m.mask(findings)]) for m in row.flagged_by or ()))
        for chat, chat_scope in scope.items():
            if chat_scope is not None and not chat_scope & row.categories:
                continue
            mine = {k: c for k, c in labels.items() if k[0] == chat}
            missed = [k[1] for k, c in mine.items() if c & row.categories and k not in found]
            wrong = [k[1] for k in flagged if k[0] == chat and not mine.get(k, set()) & row.correct]
            for what, lines in (("missed", missed), ("false alarms", wrong)):
                if lines:
                    out[what].setdefault(row.name, {})[chat] = sorted(lines)
    return out


def run_labelled(
    name: str,
    title: str,
    chats: Sequence[LabelledChat],
    config: AuditConfig,
    cues: Sequence[Cue],
    models: list[ModelInfo],
    itemise: bool = False,
) -> SetRun:
    messages, findings = _scan_each([c.parsed for c in chats], config, models)
    labels = _labels(chats)
    scope = {c.chat: c.scope for c in chats}
    run = SetRun(
        name,
        title,
        score_set(messages, findings, labels, scope),
        rule_counts(findings),
        cue_counts(findings),
        raw_matches(authored_texts(messages), cues),
    )
    by_chat = {c.chat: c.name for c in chats}
    for chat in chats:
        mine_m = messages[messages["chat"] == chat.chat]
        mine_f = findings[findings["chat"] == chat.chat]
        mine_s = {chat.chat: chat.scope}
        run.per_chat[by_chat[chat.chat]] = score_set(mine_m, mine_f, labels, mine_s)
    if itemise:
        run.itemised = {
            what: {row: {by_chat[c]: ls for c, ls in per.items()} for row, per in rows.items()}
            for what, rows in _itemise(findings, labels, scope).items()
        }
    if any(c.paraphrases for c in chats):
        run.paraphrases = _paraphrase_scores(chats, config, models, messages, findings)
    return run


def _paraphrase_scores(chats, config, models, messages, findings) -> dict:
    """Recall on the paraphrased positive messages: as written, then with every one of them
    replaced by its first paraphrase, then by its second (each variant rescanned). Other
    messages keep their text, so the context around each reworded message is unchanged."""
    scope = {c.chat: c.scope for c in chats}
    only = {
        (c.chat, line)
        for c in chats
        for line in c.paraphrases
        if c.categories.get(line, frozenset()) & REWORDABLE
    }
    rounds = {"as written": score_set(messages, findings, _labels(chats), scope, only=only)}
    for k in range(PARAPHRASE_ROUNDS):
        suffix = f"paraphrase{k + 1}"
        texts = {
            c.chat: {
                line: ps[k]
                for line, ps in c.paraphrases.items()
                if len(ps) > k and (c.chat, line) in only
            }
            for c in chats
        }
        variants = [reworded(c.parsed, texts[c.chat], suffix) for c in chats if texts[c.chat]]
        if not variants:
            continue
        v_messages, v_findings = _scan_each(variants, config, models)
        renamed = {f"{c.chat}#{suffix}": c.scope for c in chats if texts[c.chat]}
        # A message with no k-th paraphrase is left out of round k rather than counted as is.
        v_only = {(f"{chat}#{suffix}", line) for chat, lines in texts.items() for line in lines}
        rounds[f"paraphrase {k + 1}"] = score_set(
            v_messages, v_findings, _labels(chats, "#" + suffix), renamed, only=v_only
        )
    return {"messages": len(only), "rounds": rounds}


def run_external(
    ext: ExternalSet, config: AuditConfig, cues: Sequence[Cue], models: list[ModelInfo]
) -> SetRun:
    messages, findings = _scan_each([ext.chat], config, models)
    return SetRun(
        ext.name,
        ext.title,
        score_set(messages, findings, ext.labels, {ext.chat.chat: ext.scope}),
        rule_counts(findings),
        cue_counts(findings),
        raw_matches(authored_texts(messages), cues),
        groups=(groups := group_rates(findings, ext.groups, ext.found_by)),
        group_by=ext.group_by,
        measures={g: ext.measures(g) for g in groups},
        note=ext.note,
    )
