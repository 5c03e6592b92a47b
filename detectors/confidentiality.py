"""Confidentiality: messages that could identify a patient, service user or pupil, official
identifiers, other people's contact details, safeguarding disclosures about an identifiable
child, and photos posted in a care context.

The rules read the `entities` column (presidio + spaCy, see audit/scoring/entities.py). With
models switched off the same pattern recognizers run directly on the text, so there is one
code path for the rules either way; only spaCy's names are missing.

A finding needs a combination, never a single word: "has anyone done the patient safety
module" has a role word but nobody in it; "learned loads about wound care" is topic talk.
Members of the chat are not service users, so the export's authors' names (full and first
names) are allowed, and a name next to a staff word ("my mentor Jane", "Dr Patel") is staff."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import Members
from audit.core.rules import Rule
from detectors.base import Finding, Span, findings_frame

NAME = "confidentiality"
SCORERS = ("entities",)

SERVICE_USER_IDENTIFIABLE = Rule(
    code="CONF001",
    name="service-user-identifiable",
    severity="high",
    summary="A patient, service user or pupil could be identified: a person identifier "
    "together with care or health details.",
    why=(
        "A name, initials and age, a bed or ward, an address or a school class, put next to "
        "care or health details, can identify the person to anyone who knows the setting. "
        "The HCPC asks you to treat information about service users as confidential and not "
        "to post anything that could identify them; a group chat is not a professional "
        "platform for discussing the people you care for or teach."
    ),
    guidance=("hcpc-5.1", "hcpc-tip-identify", "hcpc-2.12", "su-confidential"),
    example="Mrs Jones in bed 9 has dementia, kept trying to leave all shift",
)
OFFICIAL_IDENTIFIER = Rule(
    code="CONF002",
    name="official-identifier",
    severity="high",
    summary="An NHS number or National Insurance number in a message.",
    why=(
        "Official identifiers point at exactly one person and unlock their records. There is "
        "no reason to post one in a group chat; information obtained in the course of your "
        "duties must stay confidential."
    ),
    guidance=("hcpc-5.1", "sg-confidentiality", "su-confidential"),
    example="can someone check NHS no 943 476 5919 on the system for me",
)
CONTACT_DETAILS = Rule(
    code="CONF003",
    name="contact-details",
    severity="medium",
    summary="Someone's phone number, email address or home address shared in the group.",
    why=(
        "Phone numbers, emails and addresses are personal data. The students' union's "
        "guidance asks groups not to collect members' numbers and not to share individuals' "
        "information; passing on a member's number without their consent, or anyone "
        "else's details, can breach data protection law."
    ),
    guidance=("su-gdpr-numbers", "su-rule-share"),
    example="this is Dan's number if anyone needs him 07700 900123",
)
SAFEGUARDING_CHILD = Rule(
    code="CONF004",
    name="safeguarding-disclosure-identifiable-child",
    severity="high",
    summary="A safeguarding concern about a child who could be identified.",
    why=(
        "A child's disclosure or a safeguarding concern must go to the setting's designated "
        "safeguarding lead, not to a group chat. Posting it with the child's name, class or "
        "age can identify the child and harm them and the investigation."
    ),
    guidance=("sg-confidentiality", "su-confidential", "hcpc-5.1"),
    example="one of my year 3s told me her dad hits her, she had bruises again today",
)
MEDIA_IN_CARE_CONTEXT = Rule(
    code="CONF005",
    name="media-in-care-context",
    severity="medium",
    summary="A photo or other media posted straight after a message about a patient, bed "
    "or care setting.",
    why=(
        "Images relating to someone's care are confidential information (HCPC 5.1). A photo "
        'posted right after "this is bed 9\'s wound" very likely shows a patient or their '
        "records. The report cannot see the image, so check it yourself."
    ),
    guidance=("hcpc-5.1", "hcpc-2.12", "hcpc-tip-identify"),
    example="this is bed 9's wound, never seen anything like it  →  <Media omitted>",
)
RULES = (
    SERVICE_USER_IDENTIFIABLE,
    OFFICIAL_IDENTIFIER,
    CONTACT_DETAILS,
    SAFEGUARDING_CHILD,
    MEDIA_IN_CARE_CONTEXT,
)

# How far back the same author's earlier messages still count as the context of a message.
CONTEXT_MINUTES = 10
CONTEXT_MESSAGES = 5
MEDIA_MINUTES = 5

# Entity type -> evidence kind.
KIND_OF_ENTITY = {
    "PERSON": "person",
    "TITLED_NAME": "person",
    "INITIALS_AGE": "initials",
    "STREET_ADDRESS": "address",
    "UK_POSTCODE": "postcode",
    "DATE_OF_BIRTH": "dob",
    "BED": "bed",
    "WARD": "ward",
    "ROOM": "room",
    "SCHOOL_CLASS": "class",
    "SERVICE_USER": "role",
    "CHILD_ROLE": "child",
    "CHILD_IN_CLASS": "child",  # also a school class, see evidence_of
    "RELATIVE": "relative",
    "HEALTH": "health",
    "AGE": "age",
    "SAFEGUARDING": "safeguarding",
    "UK_NHS": "nhs",
    "UK_NINO": "nino",
    "UK_PHONE": "phone",
    "EMAIL_ADDRESS": "email",
    "STAFF": "staff",
    "SHOW_CUE": "show",
    "SIMULATION": "simulation",
}
PHRASE = {
    "person": "a named person",
    "initials": "initials with an age",
    "address": "a street address",
    "postcode": "a postcode",
    "dob": "a date of birth",
    "bed": "a bed number",
    "ward": "a ward",
    "room": "a room number",
    "class": "a school class",
    "role": "a patient/service-user word",
    "child": "a child they teach or care for",
    "relative": "a patient's relative",
    "health": "a health detail",
    "age": "an age",
    "child_age": "a child's age",
    "safeguarding": "a safeguarding concern",
    "nhs": "an NHS number",
    "nino": "a National Insurance number",
    "phone": "a phone number",
    "email": "an email address",
}
# Order in which kinds are named in an explanation: who, where, what.
PHRASE_ORDER = tuple(PHRASE)

PERSON_IDS = {"person", "initials", "address", "postcode", "dob"}
PLACES = {"bed", "ward"}
CARE = {"role", "relative", "health", "child"}
CONTACT = {"phone", "email", "address", "postcode"}
OFFICIAL = {"nhs", "nino"}
# Kinds a message must add itself to be flagged through an earlier message's context: a bare
# "the patient was lovely" after an identifying message adds nothing new.
CONTRIBUTING = PERSON_IDS | PLACES | {"class", "health", "relative", "safeguarding"}
# Within one message, identifiers count only this close to care details (characters).
NEAR_CHARS = 300


@dataclass
class Evidence:
    """What one message holds, by kind: kind -> spans in its text."""

    spans: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))

    @property
    def kinds(self) -> set[str]:
        return {k for k, v in self.spans.items() if v}

    def near(self, kinds: set[str], anchors: set[str], distance: int) -> Evidence:
        """A copy keeping spans of `kinds` only within `distance` characters of an anchor
        span: in a pasted document, a name on page 1 says nothing about a diagnosis on page
        9."""
        anchor_spans = [s for k in anchors for s in self.spans.get(k, ())]
        out = Evidence()
        for kind, spans in self.spans.items():
            if kind in kinds:
                spans = [
                    s
                    for s in spans
                    if any(
                        a[0] - distance <= s[1] and s[0] <= a[1] + distance for a in anchor_spans
                    )
                ]
            if spans:
                out.spans[kind] = list(spans)
        return out

    def spans_of(self, kinds: Iterable[str]) -> list[Span]:
        chosen = [s for k in kinds for s in self.spans.get(k, ())]
        # Overlapping evidence ("Mrs Jones" as a name and a titled name): keep the longest.
        chosen.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[Span] = []
        for span in chosen:
            if kept and span[0] < kept[-1][1]:
                if span[1] > kept[-1][1]:
                    kept[-1] = (kept[-1][0], span[1], kept[-1][2])
                continue
            kept.append(span)
        return kept


def _bare_name(text: str) -> str:
    name = text.strip().lower()
    for suffix in ("'s", "’s", "s'"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    for title in ("mr ", "mrs ", "ms ", "miss ", "mx ", "mr. ", "mrs. ", "ms. "):
        if name.startswith(title):
            name = name[len(title) :]
    return name.strip()


def _near_staff_word(text: str, span: Sequence, staff: list[Sequence]) -> bool:
    """A staff word right before or after a name ("my mentor Jane", "Jane the lecturer")."""
    for s_start, s_end, *_ in staff:
        if s_end <= span[0]:
            gap = text[s_end : span[0]]
        elif s_start >= span[1]:
            gap = text[span[1] : s_start]
        else:
            return True
        if len(gap) <= 12 and not any(c in gap for c in ".!?\n"):
            return True
    return False


def evidence_of(text: str, entities: Sequence[Sequence], allowed: set[str]) -> Evidence:
    ev = Evidence()
    by_type: dict[str, list[Sequence]] = defaultdict(list)
    for ent in entities or ():
        by_type[str(ent[2])].append(ent)
    staff = by_type.get("STAFF", [])
    care_spans = [
        e
        for t, ents in by_type.items()
        if t not in ("PERSON", "TITLED_NAME", "STAFF", "SHOW_CUE", "AGE", "INITIALS_AGE")
        for e in ents
    ]
    for ent in entities or ():
        start, end, etype = int(ent[0]), int(ent[1]), str(ent[2])
        kind = KIND_OF_ENTITY.get(etype)
        if kind is None:
            continue
        if kind == "person":
            surface = text[start:end]
            if etype == "PERSON" and not surface[:1].isupper():
                continue  # spaCy's small model tags odd lower-case words as people
            if _bare_name(surface) in allowed or surface.strip().lower() in allowed:
                continue  # a member of the chat, not a service user
            if _near_staff_word(text, ent, staff) or surface.lower().startswith(("dr", "prof")):
                continue  # staff
            if etype == "PERSON" and any(c[0] < end and start < c[1] for c in care_spans):
                continue  # "Bed 9" or "Dementia" taken for a name
        if kind == "room" and any(b[0] <= start and end <= b[1] for b in by_type.get("BED", ())):
            continue  # the "room 2" inside "side room 2"
        if kind == "age":
            digits = "".join(c for c in text[start:end] if c.isdigit())
            if digits and int(digits) <= 17:
                ev.spans["child_age"].append((start, end, etype))
        if etype == "CHILD_IN_CLASS":
            ev.spans["class"].append((start, end, etype))
        ev.spans[kind].append((start, end, etype))
    return ev


def identification(kinds: set[str], by_class: bool = True) -> set[str]:
    """The kinds that together identify a service user, or an empty set. `by_class`: a
    school class with a health detail counts (within one message only: "Y6 at 9am" then
    "the whiteboard died" are two topics)."""
    if "simulation" in kinds:
        return set()  # a sim-lab mannequin
    care = kinds & CARE
    places = kinds & PLACES
    if "room" in kinds and kinds & {"role", "relative"}:
        places = places | {"room"}
    people = kinds & PERSON_IDS
    support = kinds & {"age"}
    # Students work on wards too ("I'm on Ward 7"): a name and a ward need a care detail.
    if people and (care or places - {"ward"}):
        return people | care | places | support
    if places and care:
        return places | care | support
    if by_class and "class" in kinds and "health" in kinds:
        return {"class", "health"} | (kinds & {"child"}) | support
    return set()


def safeguarding_child(kinds: set[str]) -> set[str]:
    if "safeguarding" not in kinds or "simulation" in kinds:
        return set()
    child_cues = kinds & {"child", "class", "child_age"}
    identifiers = kinds & (PERSON_IDS | {"class"})
    if child_cues and identifiers:
        return {"safeguarding"} | child_cues | identifiers | (kinds & {"health", "age"})
    return set()


def explain(kinds: Iterable[str]) -> str:
    """ "a named person + a bed number + a health detail"."""
    kinds = set(kinds)
    if "child_age" in kinds:
        kinds.discard("age")
    return " + ".join(PHRASE[k] for k in PHRASE_ORDER if k in kinds)


def _entities_column(messages: pd.DataFrame) -> list:
    """Entities per row: the scorer's column when present, else the patterns run directly
    (once per distinct text: chats repeat "ok" and "thanks" a lot)."""
    if "entities" in messages.columns:
        return [e if isinstance(e, list) else [] for e in messages["entities"].tolist()]
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
    allowed = members.names()
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
    recent: dict[tuple, deque[_Seen]] = defaultdict(lambda: deque(maxlen=CONTEXT_MESSAGES))
    findings: list[Finding] = []
    for label, chat, message_id, author, kind, text, when, row_entities in rows:
        if not isinstance(author, str) or kind not in ("text", "media"):
            continue
        text = text if isinstance(text, str) else ""
        ev = evidence_of(text, row_entities, allowed)
        key = (chat, author)
        window = [s for s in recent[key] if when - s.seconds <= CONTEXT_MINUTES * 60]
        if kind == "media":
            findings.extend(_media_finding(label, ev, window, when))
        else:
            findings.extend(_text_findings(label, ev, window, text, members))
        recent[key].append(_Seen(label, int(message_id), when, ev, kind))
    return findings_frame(findings, messages, NAME)


def _text_findings(
    label, ev_all: Evidence, window: list[_Seen], text: str = "", members: Members | None = None
) -> list[Finding]:
    out: list[Finding] = []
    ev = ev_all.near(
        PERSON_IDS | {"age", "child_age", "class"},
        CARE | PLACES | {"room", "safeguarding", "class"},
        NEAR_CHARS,
    )
    kinds = ev.kinds
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
        identified = identification(kinds)
        if not identified and kinds & CONTRIBUTING:
            candidate = identification(combined, by_class=False)
            if candidate & kinds & CONTRIBUTING:
                identified = candidate
        if identified:
            related = related_for(identified)
            out.append(
                Finding(
                    row=label,
                    rule=SERVICE_USER_IDENTIFIABLE,
                    explanation=_sentence(
                        "Could identify a service user", identified, with_earlier=bool(related)
                    ),
                    score=min(1.0, 0.55 + 0.1 * len(identified - {"age"})),
                    label="service-user",
                    spans=ev.spans_of(identified),
                    related=related,
                )
            )
    official = ev_all.kinds & OFFICIAL
    if official:
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
    contact = ev_all.kinds & CONTACT
    if contact:
        out.append(
            Finding(
                row=label,
                rule=CONTACT_DETAILS,
                explanation=_sentence("Contact details", contact)[:-1]
                + (
                    ", one of the chat members' numbers."
                    if members
                    and any(
                        members.is_member_number(text[a:b]) for a, b, _ in ev_all.spans["phone"]
                    )
                    else "."
                ),
                score=0.8,
                label="contact-details",
                spans=ev_all.spans_of(contact),
            )
        )
    return out


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
        care = kinds & (PLACES | {"role", "relative", "child", "class"})
        if not care and "health" in kinds and "show" in kinds:
            care = {"health"}
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


def _sentence(
    prefix: str, kinds: Iterable[str], lead: bool = True, with_earlier: bool = False
) -> str:
    earlier = ", with the same author's message(s) just before" if with_earlier else ""
    return f"{prefix}{':' if lead else ''} {explain(kinds)}{earlier}."
