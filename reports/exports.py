"""Machine-readable exports of a scan: JSON, CSV and Parquet, and the one entry point that
writes any format.

Every format renders the one privacy view (reports/view.py) and nothing else: each finding
carries the findings-frame columns (DESIGN.md) plus `chat`, `author`, `timestamp` and `text`
(the flagged message), masked and pseudonymised as the HTML report is. JSON is
`{"chats": [...], "findings": [...], "summary": {...}}`; CSV and Parquet hold the findings
table alone, with `related` and `spans` as JSON strings in CSV.

CSV cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab
or carriage return) get a leading apostrophe, as OWASP recommends against CSV injection: a
message `=HYPERLINK(...)` must stay text when an advisor opens the file."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from audit.core.output import neutralise_cell, write_atomic
from audit.core.results import ScanResult
from reports.view import PrivacyView, privacy_view

FORMATS = ("html", "json", "csv", "parquet")
__all__ = ["FORMATS", "chat_records", "neutralise_cell", "write_report"]


def chat_records(view: PrivacyView) -> list[dict]:
    records = []
    for chat in view.chats:
        frame = chat.messages
        stamps = frame["timestamp"].dropna()
        records.append(
            {
                "chat": chat.name,
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


def _jsonable(table: pd.DataFrame) -> list[dict]:
    out = table.astype(object).where(table.notna(), None)
    records = out.to_dict(orient="records")
    for record in records:
        stamp = record.get("timestamp")
        record["timestamp"] = stamp.isoformat() if stamp is not None else None
        record["related"] = [int(x) for x in record["related"] or ()]
        record["spans"] = [
            [int(s), int(e), str(lbl), str(cue)] for s, e, lbl, cue in record["spans"] or ()
        ]
        for key in ("message_id", "line", "start", "end"):
            if record[key] is not None:
                record[key] = int(record[key])
        record["severity"] = str(record["severity"])
    return records


def _csv_table(view: PrivacyView) -> pd.DataFrame:
    flat = view.export_table()
    flat["related"] = [json.dumps([int(x) for x in r]) for r in flat["related"]]
    flat["spans"] = [json.dumps([list(s) for s in r]) for r in flat["spans"]]
    for column in flat.columns:
        dtype = flat[column].dtype
        if pd.api.types.is_string_dtype(dtype) or pd.api.types.is_object_dtype(dtype):
            flat[column] = flat[column].astype(object).map(neutralise_cell)
    return flat


def _write_json(document: dict, path: Path) -> None:
    # Streamed to the file: json.dumps with indent builds the whole text from many small
    # pieces first, which for 100,000 findings cost more memory than the scan itself.
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def write_report(result: ScanResult, path: Path, fmt: str, force: bool = False) -> None:
    """Write the scan in `fmt` (html, json, csv, parquet) to `path`, atomically, 0600."""
    if fmt not in FORMATS:  # the CLI validates formats; this guards library callers
        raise ValueError(f"unknown format {fmt!r}; use one of {FORMATS}")
    view = privacy_view(result)
    if fmt == "html":
        from reports.html import render_html  # jinja2 is loaded only for HTML reports

        html = render_html(view)
        write_atomic(path, lambda tmp: tmp.write_text(html, encoding="utf-8"), force)
    elif fmt == "json":
        document = {
            "chats": chat_records(view),
            "findings": _jsonable(view.export_table()),
            "summary": view.summary,
        }
        write_atomic(path, lambda tmp: _write_json(document, tmp), force)
    elif fmt == "csv":
        flat = _csv_table(view)
        # CRLF rows (RFC 4180) also make the writer quote a cell holding a lone CR, which
        # a spreadsheet would otherwise read as the end of the row.
        write_atomic(path, lambda tmp: flat.to_csv(tmp, index=False, lineterminator="\r\n"), force)
    else:
        flat = view.export_table()
        flat["spans"] = [
            [{"start": s, "end": e, "label": lbl, "cue": cue} for s, e, lbl, cue in r]
            for r in flat["spans"]
        ]
        write_atomic(path, lambda tmp: flat.to_parquet(tmp, index=False), force)
