"""The confidentiality detector's pass over a chat: evidence per message (evidence.py), the
same author's last few messages as context, and one finding per rule that the evidence
meets."""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import Members
from detectors.base import Finding, findings_frame
from detectors.confidentiality import contact
from detectors.confidentiality.evidence import Evidence, evidence_of, possible_kinds
from detectors.confidentiality.identify import (
    BROAD_PLACES,
    CONTACT,
    CONTRIBUTING,
    FINANCIAL,
    NAMED,
    NARROW_PLACES,
    OFFICIAL,
    PERSON_IDS,
    PRIVATE,
    ROLES,
    explain,
    identification,
    safeguarding_child,
)
from detectors.confidentiality.names import MemberNames
from detectors.confidentiality.rules import (
    CONTACT_DETAILS,
    FINANCIAL_DETAILS,
    MEDIA_IN_CARE_CONTEXT,
    OFFICIAL_IDENTIFIER,
    SAFEGUARDING_CHILD,
    SERVICE_USER_IDENTIFIABLE,
)

NAME = "confidentiality"

# How far back the same author's earlier messages still count as the context of a message.
CONTEXT_MINUTES = 10
CONTEXT_MESSAGES = 5
MEDIA_MINUTES = 5
# Kinds of the message just before that make media posted after it care media.
MEDIA_CARE_KINDS = frozenset(
    {"bed", "room", "ward", "unit", "role", "relative", "child", "class", "my_role"}
)
# Within one message, identifiers count only this close to private details (characters).
NEAR_CHARS = 300


def _entities_column(messages: pd.DataFrame) -> list:
    """Entities per row: the scorer's column when present, else the patterns run directly
    (once per distinct text: chats repeat "ok" and "thanks" a lot)."""
    if "entities" in messages.columns:
        return [e if isinstance(e, list) else [] for e in messages["entities"].tolist()]
    # Lazy: the pattern runner is only needed when models are off (the import is cheap, but
    # a scan with models never needs it).
    from audit.scoring.entities import regex_entities

    texts = messages["text"].astype(object).tolist()
    kinds = messages["kind"].astype(object).tolist()
    memo: dict[str, list] = {}
    out = []
    for text, kind in zip(texts, kinds, strict=True):
        if not isinstance(text, str) or kind not in ("text", "media"):
            out.append([])
            continue
        if text not in memo:
            memo[text] = regex_entities(text)
        out.append(memo[text])
    return out


@dataclass
class _Seen:
    row: object
    message_id: int
    seconds: float  # timestamp as seconds; NaN when the export had none
    evidence: Evidence
    kind: str


def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:
    if messages.empty:
        return findings_frame([], messages, NAME)
    members = Members.of(messages)
    member_names = MemberNames(members)
    entities = _entities_column(messages)
    seconds = (messages["timestamp"] - pd.Timestamp(0)).dt.total_seconds().to_numpy(dtype=float)
    columns = zip(
        messages.index,
        messages["chat"].astype(object),
        messages["message_id"].tolist(),
        messages["author"].astype(object),
        messages["kind"].astype(object),
        messages["text"].astype(object),
        seconds,
        entities,
        strict=True,
    )
    rows = sorted(columns, key=lambda r: (str(r[1]), r[2]))
    distinct = list(dict.fromkeys(r[5] for r in rows if isinstance(r[5], str)))
    kinds_of = dict(zip(distinct, possible_kinds(distinct), strict=True))
    recent: dict[tuple, deque[_Seen]] = defaultdict(lambda: deque(maxlen=CONTEXT_MESSAGES))
    memo: dict[str, Evidence] = {}
    findings: list[Finding] = []
    previous: dict[object, str] = {}  # chat -> the text of its last message, any author
    for label, chat, message_id, author, kind, text, when, row_entities in rows:
        if not isinstance(author, str) or kind not in ("text", "media"):
            continue
        text = text if isinstance(text, str) else ""
        asked, previous[chat] = previous.get(chat, ""), text
        if text not in memo:
            memo[text] = evidence_of(text, row_entities, member_names, kinds_of.get(text))
        ev = memo[text]
        key = (chat, author)
        window = [s for s in recent[key] if when - s.seconds <= CONTEXT_MINUTES * 60]
        if kind == "media":
            findings.extend(_media_finding(label, ev, window, when))
        else:
            findings.extend(_text_findings(label, ev, window, text, author, members, asked))
        recent[key].append(_Seen(label, int(message_id), when, ev, kind))
    return findings_frame(findings, messages, NAME)


def _text_findings(
    label,
    ev_all: Evidence,
    window: list[_Seen],
    text: str,
    author: str,
    members: Members,
    asked: str = "",
) -> list[Finding]:
    out: list[Finding] = []
    anchors = PRIVATE | ROLES | {"bed", "room"}
    ev = ev_all.near(
        PERSON_IDS
        | NARROW_PLACES
        | BROAD_PLACES
        | {"age", "child_age", "unique", "person", "child", "relational"},
        anchors,
        NEAR_CHARS,
    )
    kinds = ev.kinds
    anonymised = "anonymised" in kinds
    earlier = [s for s in window if s.kind == "text"]
    combined = kinds.union(*(s.evidence.kinds for s in earlier)) if earlier else kinds

    def related_for(used: set[str]) -> list[int]:
        missing = used - kinds
        return [s.message_id for s in earlier if s.evidence.kinds & missing]

    safeguarding = safeguarding_child(kinds)
    if not safeguarding and kinds & CONTRIBUTING & safeguarding_child(combined):
        safeguarding = safeguarding_child(combined)
    if safeguarding:
        related = related_for(safeguarding)
        out.append(
            Finding(
                row=label,
                rule=SAFEGUARDING_CHILD,
                explanation=_sentence(
                    "A safeguarding concern about a child who could be identified",
                    safeguarding,
                    with_earlier=bool(related),
                ),
                score=0.9,
                label="safeguarding-child",
                spans=ev.spans_of(safeguarding),
                related=related,
            )
        )
    else:
        identified = identification(kinds, anonymised)
        if not identified and kinds & CONTRIBUTING:
            candidate = identification(combined, anonymised)
            if candidate & kinds & CONTRIBUTING:
                identified = candidate
        if identified:
            related = related_for(identified)
            named = bool(identified & NAMED)
            out.append(
                Finding(
                    row=label,
                    rule=SERVICE_USER_IDENTIFIABLE,
                    explanation=_sentence(
                        "Could identify a service user"
                        if named
                        else "Could identify a service user without naming them",
                        identified,
                        with_earlier=bool(related),
                    ),
                    score=min(1.0, 0.55 + 0.1 * len(identified - {"age", "person"})),
                    label="service-user",
                    # A description without a name identifies less surely than a name.
                    severity=None if named or identified & {"bed", "room"} else "medium",
                    spans=ev.spans_of(identified),
                    related=related,
                )
            )
    official = ev_all.kinds & OFFICIAL
    if official and "simulation" not in ev_all.kinds:  # a mock care plan's made-up number
        out.append(
            Finding(
                row=label,
                rule=OFFICIAL_IDENTIFIER,
                explanation=_sentence("An official identifier", official),
                score=1.0,
                label="official-identifier",
                spans=ev_all.spans_of(official),
            )
        )
    financial = ev_all.kinds & FINANCIAL
    if financial:
        out.append(
            Finding(
                row=label,
                rule=FINANCIAL_DETAILS,
                explanation=_sentence("Financial details", financial),
                score=1.0,
                label="financial-details",
                spans=ev_all.spans_of(financial),
            )
        )
    out.extend(_contact_finding(label, ev_all, text, author, members, asked))
    return out


def _contact_finding(
    label, ev: Evidence, text: str, author: str, members: Members, asked: str = ""
) -> list[Finding]:
    shared, member = [], None
    for kind in sorted(ev.kinds & CONTACT):
        for span in ev.spans[kind]:
            owner = contact.whose(text, span[0], span[1], kind, author, members, asked)
            if owner in (contact.MINE, contact.ORGANISATION):
                continue
            shared.append((kind, span))
            if kind == "phone" and members.is_member_number(text[span[0] : span[1]]):
                member = "one of the chat members' numbers"
            elif member is None and contact.member_named(text, span[0], members) not in (
                None,
                author,
            ):
                member = "a chat member's details"
    if not shared:
        return []
    kinds = {k for k, _ in shared}
    # A postcode next to its street address is one address.
    if "address" in kinds:
        kinds.discard("postcode")
    spans = [s for _, s in shared]
    return [
        Finding(
            row=label,
            rule=CONTACT_DETAILS,
            explanation=_sentence("Contact details", kinds)[:-1]
            + (f", {member}." if member else "."),
            score=0.8,
            label="contact-details",
            spans=sorted(spans),
        )
    ]


def _media_finding(label, ev: Evidence, window: list[_Seen], when: float) -> list[Finding]:
    """Media right after the same author's message about a patient, bed or care setting."""
    for seen in reversed(window):
        if seen.kind != "text":
            continue
        if when - seen.seconds > MEDIA_MINUTES * 60:
            break
        kinds = seen.evidence.kinds | ev.kinds  # a caption counts too
        if "simulation" in kinds:
            break
        care = kinds & MEDIA_CARE_KINDS
        if not care and kinds & PRIVATE and "show" in kinds:
            care = kinds & PRIVATE
        if not care:
            care = identification(kinds)
        if care:
            return [
                Finding(
                    row=label,
                    rule=MEDIA_IN_CARE_CONTEXT,
                    explanation=_sentence(
                        "Media posted straight after a message with", care, lead=False
                    ),
                    score=0.7,
                    label="media-in-care-context",
                    related=[seen.message_id],
                )
            ]
        break  # only the message just before counts
    return []


def _sentence(prefix: str, kinds, lead: bool = True, with_earlier: bool = False) -> str:
    earlier = ", with the same author's message(s) just before" if with_earlier else ""
    return f"{prefix}{':' if lead else ''} {explain(kinds)}{earlier}."
