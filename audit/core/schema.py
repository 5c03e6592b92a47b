"""The two frames passed between stages: messages (parser -> scorers -> detectors) and
findings (detectors -> reports). Column names and dtypes live here and nowhere else."""

from __future__ import annotations

import pandas as pd

KINDS = ("text", "media", "deleted", "system")
SEVERITIES = ("low", "medium", "high")

STRING = "string[pyarrow]"
KIND_DTYPE = pd.CategoricalDtype(list(KINDS))
SEVERITY_DTYPE = pd.CategoricalDtype(list(SEVERITIES), ordered=True)

# The messages frame (DESIGN.md). `timestamp` is naive local time as exported.
MESSAGE_DTYPES: dict[str, object] = {
    "message_id": "int64",  # position in its chat, file order, from 0
    "chat": STRING,  # source file (zip: the zip path)
    "line": "int32",  # 1-based line of the message's first line in the chat text
    "timestamp": "datetime64[s]",
    "author": STRING,  # null for system messages
    "kind": KIND_DTYPE,
    "edited": "bool",
    "text": STRING,
}
MESSAGE_COLUMNS = tuple(MESSAGE_DTYPES)

# The findings frame (DESIGN.md), plus:
#   chat         which export the message came from (message_id is per chat)
#   spans        every evidence span as (start, end, label, cue); `start`/`end` is the first
#                one. Reports mask confidentiality spans from this list.
#   cue          the named cue(s) or model that gave the evidence ("; "-joined), "" if none
#   target       who the finding is aimed at: a member as shown in the export, "staff", a
#                group, or "" when it is not aimed at anyone
#   episode      an id shared by every finding of one pile-on, exclusion or persistent
#                pattern ("" for single-message findings)
#   fingerprint  identity that survives re-runs (rule + author + timestamp + text hash),
#                so a later run can say which findings are new; never the text itself.
FINDING_DTYPES: dict[str, object] = {
    "chat": STRING,
    "message_id": "int64",
    "line": "int32",
    "detector": STRING,
    "rule": STRING,
    "severity": SEVERITY_DTYPE,
    "score": "float64",
    "start": "Int64",
    "end": "Int64",
    "label": STRING,
    "cue": STRING,
    "target": STRING,
    "episode": STRING,
    "explanation": STRING,
    "related": "object",  # list[int] of message ids in the same chat
    "spans": "object",  # list[tuple[int, int, str, str]]: start, end, label, cue
    "fingerprint": STRING,
}
FINDING_COLUMNS = tuple(FINDING_DTYPES)


def empty_messages() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in MESSAGE_DTYPES.items()})


def empty_findings() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in FINDING_DTYPES.items()})


def coerce_findings(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a detector's findings the contract's columns, order and dtypes."""
    missing = [c for c in FINDING_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"findings frame lacks columns {missing}")
    out = frame.loc[:, list(FINDING_COLUMNS)].copy()
    for column, dtype in FINDING_DTYPES.items():
        if dtype != "object":
            out[column] = out[column].astype(dtype)
    return out.reset_index(drop=True)
