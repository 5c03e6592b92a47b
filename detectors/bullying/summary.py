"""The bullying part of the report's summary, built from the findings' columns (`target`,
`episode`, `rule`) and the messages' `author`, never from explanation text: who is on the
receiving end and how often, how many pile-ons, and who dominates. Names are members as shown
in the export; the report's privacy view pseudonymises them."""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from audit.core.config import AuditConfig
from detectors.bullying.rules import DOMINATION, PILE_ON, PUBLIC_SHAMING, STAFF_GRIEVANCE
from detectors.bullying.targets import STAFF_TARGET


def summarize(messages: pd.DataFrame, findings: pd.DataFrame, config: AuditConfig) -> dict:  # noqa: ARG001
    if findings.empty:
        return {"targets": {}, "pile_ons": 0, "staff_grievances": 0, "dominating": {}}
    rules = findings["rule"].astype(str)
    targets: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for target, rule in zip(findings["target"].fillna("").astype(str), rules, strict=True):
        if target and target != STAFF_TARGET:
            targets[target][rule] += 1
    piled = findings[rules == PILE_ON.code]
    episodes = {
        (chat, episode or frozenset([int(m), *map(int, related)]))
        for chat, episode, m, related in zip(
            piled["chat"], piled["episode"].fillna(""), piled["message_id"], piled["related"],
            strict=True,
        )
    }  # fmt: skip
    dominant = findings[rules == DOMINATION.code][["chat", "message_id"]].merge(
        messages[["chat", "message_id", "author"]], on=["chat", "message_id"], how="left"
    )
    dominating = dominant["author"].dropna().astype(str).value_counts()
    return {
        "targets": {
            name: {"findings": sum(by_rule.values()), "by_rule": dict(sorted(by_rule.items()))}
            for name, by_rule in sorted(targets.items(), key=lambda kv: -sum(kv[1].values()))
        },
        "pile_ons": len(episodes),
        "staff_grievances": int((rules == STAFF_GRIEVANCE.code).sum()),
        "public_shaming": int((rules == PUBLIC_SHAMING.code).sum()),
        "dominating": {str(k): int(v) for k, v in dominating.items()},
    }
