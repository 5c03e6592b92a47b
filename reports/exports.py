"""Machine-readable exports of a scan: JSON, CSV and Parquet.

Each finding carries the findings-frame columns (DESIGN.md) plus `chat`, `author`,
`timestamp` and `text` (the flagged message, masked and pseudonymised as the report is).
JSON is `{"chats": [...], "findings": [...], "summary": {...}}`; CSV and Parquet hold the
findings table alone, with `related` and `spans` as JSON strings in CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from audit.core.output import write_atomic
from audit.core.results import ScanResult
from reports.privacy import Masker, Pseudonymiser, privacy_for

FORMATS = ("html", "json", "csv", "parquet")


def finding_records(result: ScanResult, masker: Masker, pseudo: Pseudonymiser) -> pd.DataFrame:
    """The findings frame joined to its messages, made safe to show."""
    findings = result.findings
    keys = ["chat", "message_id"]
    meta = result.messages[keys + ["author", "timestamp", "text"]]
    table = findings.merge(meta, on=keys, how="left", validate="many_to_one")
    table["text"] = [
        pseudo.text(masker.text(c, m, t))
        for c, m, t in zip(
            table["chat"], table["message_id"], table["text"].astype(object), strict=True
        )
    ]
    table["author"] = [pseudo.author(a) for a in table["author"].astype(object)]
    table["explanation"] = [pseudo.text(e) for e in table["explanation"].astype(object)]
    return table


def _pseudonymise_keys(value, pseudo: Pseudonymiser, under_author: bool = False):
    if isinstance(value, dict):
        return {
            (pseudo.author(k) if under_author else k): _pseudonymise_keys(
                v, pseudo, under_author=(k == "by_author" or k == "targets")
            )
            for k, v in value.items()
        }
    return value


def chat_records(result: ScanResult) -> list[dict]:
    records = []
    for chat in result.chats:
        frame = chat.messages
        stamps = frame["timestamp"].dropna()
        records.append(
            {
                "chat": chat.chat,
                "member": chat.member,
                "layout": chat.layout,
                "date_order": chat.date_order,
                "date_order_note": chat.date_order_note,
                "messages": int(len(frame)),
                "members": int(frame["author"].dropna().nunique()),
                "first": stamps.min().isoformat() if len(stamps) else None,
                "last": stamps.max().isoformat() if len(stamps) else None,
                "notes": list(chat.notes),
            }
        )
    return records


def summary_record(result: ScanResult, pseudo: Pseudonymiser) -> dict:
    summary = _pseudonymise_keys(result.summary, pseudo)
    summary["models"] = [
        {"scorer": m.scorer, "name": m.name, "fallback": m.fallback, "notice": m.notice}
        for m in result.models
    ]
    config = result.config
    summary["settings"] = {
        "quiet_hours": str(config.quiet_hours),
        "weekend_quiet": config.weekend_quiet,
        "select": list(config.select),
        "ignore": list(config.ignore),
        "models": config.use_models,
        "masked": not config.reveal,
        "pseudonymised": pseudo.active,
    }
    return summary


def _jsonable(table: pd.DataFrame) -> list[dict]:
    out = table.astype(object).where(table.notna(), None)
    records = out.to_dict(orient="records")
    for record in records:
        stamp = record.get("timestamp")
        record["timestamp"] = stamp.isoformat() if stamp is not None else None
        record["related"] = [int(x) for x in record["related"]]
        record["spans"] = [
            [int(s), int(e), str(lbl), str(cue)] for s, e, lbl, cue in record["spans"]
        ]
        for key in ("message_id", "line", "start", "end"):
            if record[key] is not None:
                record[key] = int(record[key])
        record["severity"] = str(record["severity"])
    return records


def write_report(result: ScanResult, path: Path, fmt: str, force: bool = False) -> None:
    """Write the scan in `fmt` (html, json, csv, parquet) to `path`, atomically, 0600."""
    masker, pseudo = privacy_for(result.messages, result.findings, result.config)
    if fmt == "html":
        from reports.render import render_html

        html = render_html(result, masker, pseudo)
        write_atomic(path, lambda tmp: tmp.write_text(html, encoding="utf-8"), force)
        return
    table = finding_records(result, masker, pseudo)
    if fmt == "json":
        document = {
            "chats": chat_records(result),
            "findings": _jsonable(table),
            "summary": summary_record(result, pseudo),
        }
        text = json.dumps(document, ensure_ascii=False, indent=2)
        write_atomic(path, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"), force)
    elif fmt == "csv":
        flat = table.copy()
        flat["related"] = [json.dumps([int(x) for x in r]) for r in flat["related"]]
        flat["spans"] = [json.dumps([list(s) for s in r]) for r in flat["spans"]]
        write_atomic(path, lambda tmp: flat.to_csv(tmp, index=False), force)
    elif fmt == "parquet":
        flat = table.copy()
        flat["spans"] = [
            [{"start": s, "end": e, "label": lbl, "cue": cue} for s, e, lbl, cue in r]
            for r in flat["spans"]
        ]
        write_atomic(path, lambda tmp: flat.to_parquet(tmp, index=False), force)
    else:  # the CLI validates formats; this guards library callers
        raise ValueError(f"unknown format {fmt!r}; use one of {FORMATS}")
