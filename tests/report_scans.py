"""Hand-made scans for the report tests: a small chat with one finding of each kind (a
masked confidentiality span, a pile-on of three messages sharing an `episode` and a
`target`, an insult on one of them, quiet-hours messages), built with the real
rules and catalogue but without the parser, so the report can be tested on its own."""

from __future__ import annotations

import types

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.guidance import load_catalogue
from audit.core.schema import empty_findings
from detectors import bullying, confidentiality, off_hours, rule_registry, toxicity
from detectors.base import Finding, findings_frame
from frames import make_messages

CHAT = [  # (minutes after Mon 3 Mar 2025 09:00, author, text)
    (0, "Megan Doyle", "Morning all, placement starts at 8"),
    (2, "Tom Whitfield", "who's on Ward 7 with me"),
    (4, "Hannah Price", "me!! and Ben I think"),
    (6, "Tom Whitfield", "Mr Okafor in bed 4 has C diff and nobody told us"),
    (8, "Ben Carter", "omg did you have an apron on"),
    (850, "Tom Whitfield", "yes obviously lol"),  # 23:10: a quiet-hours finding whose
    (860, "Megan Doyle", "I've put a template in the drive"),  # context holds Mr Okafor
    (861, "Tom Whitfield", "teacher's pet strikes again, Megan"),
    (862, "Hannah Price", "megan literally nobody asked"),
    (863, "Ben Carter", "😂😂"),
    (864, "Megan Doyle", "ok"),
    (965, "Tom Whitfield", "still raging about feedback"),  # 01:05
    (969, "Hannah Price", "go to sleep Tom"),
]


def find(messages: pd.DataFrame, needle: str) -> int:
    """Row label of the first message containing `needle`."""
    return int(messages.index[messages["text"].str.contains(needle, regex=False)][0])


def hand_findings(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:
    conf = find(messages, "Mr Okafor")
    text = messages.loc[conf, "text"]
    person = (text.index("Mr Okafor"), text.index("Mr Okafor") + len("Mr Okafor"), "PERSON")
    bed = (text.index("bed 4"), text.index("bed 4") + 5, "BED")
    jibe = find(messages, "teacher's pet")
    jibe_text = messages.loc[jibe, "text"]
    pile = [jibe, find(messages, "nobody asked"), find(messages, "😂😂")]
    frames = [
        findings_frame(
            [
                Finding(
                    conf,
                    confidentiality.RULES[0],
                    "Could identify a service user: Mr Okafor in bed 4 with a diagnosis.",
                    score=0.91,
                    label="service-user",
                    spans=(person, bed),
                )
            ],
            messages,
            "confidentiality",
        ),
        findings_frame(  # a pile-on: one finding per message, one episode, one target
            [
                Finding(
                    row,
                    bullying.RULES[0],
                    "One of 3 messages from Tom Whitfield, Hannah Price and Ben Carter aimed at "
                    "Megan Doyle within 2 minutes.",
                    score=0.8,
                    label="pile-on",
                    severity="high",
                    spans=spans,
                    related=[int(messages.loc[p, "message_id"]) for p in pile if p != row],
                    target="Megan Doyle",
                    episode="pile:1",
                )
                for row, spans in zip(
                    pile, [((0, jibe_text.index(","), "mockery"),), (), ()], strict=True
                )
            ],
            messages,
            "bullying",
        ),
        findings_frame(
            [
                Finding(
                    jibe,
                    toxicity.RULES[0],
                    "An insult aimed at Megan.",
                    score=0.62,
                    severity="medium",
                    spans=((0, 13, "insult"),),
                )
            ],
            messages,
            "toxicity",
        ),
        off_hours.detect(messages, config),
    ]
    findings = pd.concat([f for f in frames if len(f)] or [empty_findings()], ignore_index=True)
    return findings.sort_values(["chat", "message_id", "rule"], kind="stable").reset_index(
        drop=True
    )


def scan_result(messages, findings, config, chat_name="WhatsApp Chat with Ward 7.txt"):
    """A ScanResult as the pipeline makes it (the renderer reads only these attributes)."""
    chat = types.SimpleNamespace(chat=chat_name, messages=messages, notes=[], date_order_note=None)
    result = types.SimpleNamespace(
        config=config,
        chats=[chat],
        messages=messages,
        findings=findings,
        rules=rule_registry(),
        catalogue=load_catalogue(),
        models=[],
        summary={},
    )
    result.summary["off_hours"] = off_hours.summarize(
        messages, findings[findings["detector"] == "off_hours"], config
    )
    return result


def make_scan(rows=CHAT, **settings):
    config = AuditConfig(use_models=False, **settings)
    messages = make_messages(rows, chat="WhatsApp Chat with Ward 7.txt")
    return scan_result(messages, hand_findings(messages, config), config)
