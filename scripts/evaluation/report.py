"""Rendering: the full Markdown report (printed, and written to docs/evaluation.md), the compact
README section between its markers, and results.json. Aggregates only: no message text."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from .categories import ROWS
from .run import SetRun
from .scoring import RowScore, SetScore, ratio

README_START, README_END = "<!-- eval:start -->", "<!-- eval:end -->"
SUMMARY_TITLES = {
    "dev": "dev (team-written)",
    "test": "test (blind)",
    "hatecheck": "HateCheck",
    "presidio": "presidio PII",
    "davidson": "Davidson",
}


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _pct(part: int, whole: int) -> str:
    share = ratio(part, whole)
    return "–" if share is None else f"{part}/{whole} = {100 * share:.1f}%"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def cell(row: RowScore) -> str:
    """precision / recall (positives), or – when the set says nothing about the row."""
    if not row.positives and not row.flagged:
        return "–"
    return f"{_f(row.precision)} / {_f(row.recall)} ({row.positives})"


def summary_table(runs: Sequence[SetRun]) -> str:
    header = ["detector", *(SUMMARY_TITLES.get(r.name, r.name) for r in runs)]
    body = [[row.name, *(cell(r.score.row(row.name)) for r in runs)] for row in ROWS if row.summary]
    benign = ["benign flagged (medium+)"]
    for run in runs:
        s = run.score
        share = ratio(s.benign_flagged, s.benign)
        benign.append("–" if share is None else f"{100 * share:.1f}% of {s.benign}")
    return table(header, [*body, benign])


def scores_table(score: SetScore) -> str:
    rows = [
        [
            r.name,
            r.positives,
            r.found,
            _f(r.recall),
            "–" if r.flagged is None else r.flagged,
            "–" if r.correct is None else r.correct,
            _f(r.precision),
        ]
        for r in score.rows
        if r.positives or r.flagged
    ]
    header = ["row", "positives", "found", "recall", "flagged", "correct", "precision"]
    text = table(header, rows) if rows else "(no labelled positives or flags)"
    text += (
        f"\n\nBenign messages flagged medium+ by {score.benign_detectors}: "
        f"{_pct(score.benign_flagged, score.benign)}"
    )
    if score.tricky:
        text += f"; benign_tricky ones: {_pct(score.tricky_flagged, score.tricky)}"
    return text + f". Messages scored: {score.messages}."


def benign_rules_table(score: SetScore) -> str:
    """Benign messages flagged medium+ per rule (a message flagged by two rules counts under
    both), and how many of them a model score alone flagged: counts only."""
    body = [
        [rule, n, alone]
        for rule, (n, alone) in sorted(
            score.benign_by_rule.items(), key=lambda kv: (-kv[1][0], kv[0])
        )
    ]
    return table(["rule", "benign flagged", "by a model score alone"], body)


def per_chat_table(run: SetRun) -> str:
    names = [r.name for r in ROWS if r.summary]
    body = []
    for chat, score in run.per_chat.items():
        cells = []
        for name in names:
            row = score.row(name)
            cells.append(f"{row.found}/{row.positives}" if row.positives else "–")
        body.append([chat, score.messages, *cells, _pct(score.benign_flagged, score.benign)])
    header = ["chat", "messages", *names, "benign flagged"]
    return table(header, body)


def paraphrase_table(paraphrases: dict) -> str:
    rounds: dict[str, SetScore] = paraphrases["rounds"]
    body = []
    for row in ROWS:
        scores = [s.row(row.name) for s in rounds.values()]
        if scores[0].positives and row.summary and row.name != "off_hours":
            cells = [f"{s.found}/{s.positives} = {_f(s.recall)}" for s in scores]
            body.append([row.name, *cells])
    return table(["row", *rounds], body) if body else "(no paraphrased positives)"


def group_table(run: SetRun) -> str:
    body = []
    for group, (n, hit) in run.groups.items():
        body.append([group, n, hit, run.measures.get(group, ""), _f(ratio(hit, n))])
    return table([run.group_by, "messages", "flagged", "measures", "rate"], body)


def counts_table(first: str, runs: Sequence[SetRun], key: str, raw: bool = False) -> str:
    names = {n for r in runs for n in getattr(r, key)}
    if raw:
        names |= {n for r in runs for n in r.raw}
    body = []
    for name in sorted(names):
        if raw:
            cells = [f"{getattr(r, key).get(name, 0)} / {r.raw.get(name, 0)}" for r in runs]
        else:
            cells = [getattr(r, key).get(name, 0) for r in runs]
        body.append([name, *cells])
    return table([first, *(r.name for r in runs)], body) if body else "(none)"


def what_ran(meta: dict) -> str:
    lines = [f"- Date: {meta['date']}; commit: {meta['commit']}; took {meta['seconds']:.0f} s."]
    for m in meta["models"] or [{"scorer": "–", "name": "no models (text rules only)"}]:
        fallback = " — FALLBACK (the preferred model is not installed)" if m.get("fallback") else ""
        version = m.get("version", "–")
        lines.append(f"- Model ({m['scorer']}): {m['name']}, version `{version}`{fallback}")
    lines.append("- Settings: " + "; ".join(f"{k}: {v}" for k, v in meta["settings"].items()))
    for detector, values in meta["thresholds"].items():
        if values:
            listed = ", ".join(f"`{k}`={v}" for k, v in values.items())
            lines.append(f"- {detector} thresholds and limits: {listed}")
    lines.append(f"- Test set: {meta['test_set']}")
    return "\n".join(lines)


def full_report(meta: dict, runs: Sequence[SetRun], suspects: list[str], dead: list[str]) -> str:
    parts = [
        "# How well chat-audit works",
        "Generated by `make eval` (scripts/evaluation); do not edit by hand. Precision and "
        "recall count messages. A labelled message is found when a finding of the right "
        "detector is on it at medium severity or above (off-hours: low; the conduct: copyright "
        "row counts the copyright rule CND003 at low, its default severity). Staff grievances "
        "count as found by the bullying rule BUL005 or by any toxicity finding. The conduct "
        "categories are scored against the `conduct` detector (no finding until it exists). "
        "Benign messages are those with no positive label (off-hours aside). Dev chats are "
        "each labelled for one detector and scored only for it; the blind test set is "
        "labelled for every category. Cells read precision / recall (positives).",
        "## What ran\n\n" + what_ran(meta),
        "## Summary\n\n" + summary_table(runs),
    ]
    for run in runs:
        section = [f"## {SUMMARY_TITLES.get(run.name, run.name)}: {run.title}"]
        if run.note:
            section.append(run.note)
        section.append(scores_table(run.score))
        if run.score.benign_by_rule:
            section.append("Benign flagged by rule:\n\n" + benign_rules_table(run.score))
        if run.per_chat:
            section.append("Per chat (found / labelled):\n\n" + per_chat_table(run))
        if run.groups:
            section.append(f"Per {run.group_by}:\n\n" + group_table(run))
        if run.paraphrases:
            section.append(
                f"Paraphrase robustness: recall on the {run.paraphrases['messages']} positive "
                "messages that have paraphrases, as written and with each replaced by its "
                "first, then second, paraphrase (rescanned):\n\n"
                + paraphrase_table(run.paraphrases)
            )
        for what, rows in run.itemised.items():
            for row, chats in rows.items():
                listed = "; ".join(f"{c}: {', '.join(map(str, ls))}" for c, ls in chats.items())
                section.append(f"- {what}, {row}: lines {listed}")
        parts.append("\n\n".join(section))
    parts.append("## Findings per rule\n\n" + counts_table("rule", runs, "rules"))
    parts.append(
        "## Findings per cue\n\nEach cell: findings naming the cue / messages its pattern "
        "matches at all.\n\n" + counts_table("cue", runs, "cues", raw=True)
    )
    parts.append(
        "## Suspect cues\n\nCues whose pattern matches exactly one dev message and nothing in "
        "any other set (written for one sentence): "
        + (", ".join(f"`{s}`" for s in suspects) or "none")
        + ".\n\nCues matching nothing anywhere: "
        + (", ".join(f"`{s}`" for s in dead) or "none")
        + "."
    )
    return "\n\n".join(parts) + "\n"


def readme_section(meta: dict, runs: Sequence[SetRun], doc_link: str) -> str:
    models = (
        "; ".join(f"{m['name']}{' (fallback)' if m['fallback'] else ''}" for m in meta["models"])
        or "none (text rules only)"
    )
    return "\n\n".join(
        [
            f"Measured by `make eval` on {meta['date']} (commit {meta['commit']}) with: {models}. "
            "Each cell is precision / recall (labelled positives), counting messages flagged at "
            "medium severity or above (off-hours: low; conduct: copyright counts CND003 at "
            "low, its default severity). Dev chats were written by the team "
            "together with the detectors' cues; the test chats were written blind and are "
            "never used for tuning; the external sets are public research data, read in place.",
            summary_table(runs),
            f"Blind test set: {meta['test_set']}.",
            f"Every table (per category, per chat, paraphrases, per HateCheck functionality, "
            f"per PII type, per rule and per cue): [{doc_link}]({doc_link}).",
        ]
    )


def replace_between_markers(text: str, body: str) -> str:
    pattern = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.DOTALL)
    if not pattern.search(text):
        raise ValueError(f"README has no {README_START} ... {README_END} markers")
    return pattern.sub(lambda _: f"{README_START}\n{body}\n{README_END}", text, count=1)


def results_json(meta: dict, runs: Sequence[SetRun], suspects, dead) -> str:
    sets = {}
    for run in runs:
        sets[run.name] = {
            "title": run.title,
            "scores": run.score.to_dict(),
            "per_chat": {c: s.to_dict() for c, s in run.per_chat.items()},
            "groups": {
                g: {"messages": n, "flagged": k, "measures": run.measures.get(g, "")}
                for g, (n, k) in run.groups.items()
            },
            "paraphrases": None
            if not run.paraphrases
            else {
                "messages": run.paraphrases["messages"],
                "rounds": {k: s.to_dict() for k, s in run.paraphrases["rounds"].items()},
            },
            "findings_per_rule": run.rules,
            "findings_per_cue": run.cues,
            "messages_per_cue": run.raw,
        }
    payload = {**meta, "sets": sets, "suspect_cues": suspects, "cues_never_matched": dead}
    return json.dumps(payload, indent=1, sort_keys=False, default=str) + "\n"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
