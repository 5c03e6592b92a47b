"""Write the messages frame to .parquet, .csv or .jsonl (chosen by the file's extension).

The files hold the chat itself, so they are written owner-only (0600) and atomically
(audit.core.output.write_atomic): never a half-written file, never over an existing one unless
asked.
CSV: cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
carriage return) get a leading apostrophe, as in the CSV reports (OWASP's CSV injection advice).
JSON Lines: one object per message with the frame's columns, `timestamp` as ISO 8601
`YYYY-MM-DDTHH:MM:SS`, missing values as null.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from audit.core.errors import UsageError
from audit.core.output import is_stdout, neutralise_cell, write_atomic
from audit.core.schema import MESSAGE_COLUMNS

FORMATS = (".parquet", ".csv", ".jsonl")
ISO_SECONDS = "%Y-%m-%dT%H:%M:%S"


def message_format(path: Path | str) -> str:
    if is_stdout(path):
        return ".jsonl"  # `-o -`: the text format, one message per line
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(
            f"cannot tell the output format from {Path(path).name!r}",
            "end the file name with .parquet, .csv or .jsonl",
        )
    return suffix


def write_messages(
    frame: pd.DataFrame, path: Path | str, force: bool = False, inputs: Iterable[Path] = ()
) -> None:
    """Write the messages frame to `path` (format by extension; `-`: JSON Lines on stdout),
    owner-only permissions, never over one of `inputs`."""
    suffix = message_format(path)
    frame = frame.loc[:, list(MESSAGE_COLUMNS)]
    writer = {".parquet": _parquet, ".csv": _csv, ".jsonl": _jsonl}[suffix]
    write_atomic(path, lambda tmp: writer(frame, tmp), force=force, inputs=inputs)


def _parquet(frame: pd.DataFrame, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, preserve_index=False)
    # Dictionaries and min/max statistics help the repetitive columns only; on the text
    # column they cost time for nothing.
    repetitive = ["chat", "author", "kind"]
    small = ["message_id", "chat", "line", "timestamp", "author", "kind", "edited"]
    pq.write_table(table, path, use_dictionary=repetitive, write_statistics=small)


def _text_columns(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["timestamp"] = frame["timestamp"].dt.strftime(ISO_SECONDS)
    out["kind"] = frame["kind"].astype("string")
    return out


def _csv(frame: pd.DataFrame, path: Path) -> None:
    out = _text_columns(frame)
    for column in ("chat", "author", "text"):
        out[column] = out[column].astype(object).map(neutralise_cell)
    out.to_csv(path, index=False, encoding="utf-8")


def _jsonl(frame: pd.DataFrame, path: Path) -> None:
    text = _text_columns(frame).to_json(orient="records", lines=True, force_ascii=False)
    Path(path).write_text(text if text.endswith("\n") or not text else text + "\n", "utf-8")
