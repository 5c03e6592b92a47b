"""Who a message is aimed at: "you", an @mention, a member's name, or a third-person
reference ("she", "the mentor"). Shared by the toxicity and bullying detectors."""

from __future__ import annotations

import re

from detectors.lexicon.cue import Cue, CueSpan
from detectors.lexicon.vocabulary import PERSON_NOUNS

# "you" and its chat spellings. False positives: generic "you" ("you never know with
# placements"), which is why callers need more than this cue before a medium finding.
SECOND_PERSON = Cue(
    "target.second_person",
    r"\b(?:you|u|ya|yous|youse|ur|your|yours|yourself|yourselves|you['’]?re|youre|you['’]?ll|"
    r"you['’]?ve|you['’]?d|y['’]?all)\b",
    "target",
    example="are you coming tonight",
    counter_example="is anyone coming tonight",
)
# WhatsApp mentions: Android wraps the name in U+2068/U+2069 ("@\u2068Sam Idowu\u2069");
# phone-number mentions are "@447700900123"; some exports keep a bare "@Sam".
MENTION = Cue(
    "target.mention",
    r"@(?:\u2068[^\u2069\n]{1,60}\u2069|\+?\d{6,15}|[^\W\d_][\w.'-]{1,30})",
    "target",
    example="@\u2068Sam Idowu\u2069 have you got the notes",
    counter_example="email me at the usual address",
    flags=0,
)
THIRD_PERSON = Cue(
    "target.third_person",
    r"\b(?:she|he|they|him|her|them|she['’]?s|he['’]?s|they['’]?re|"
    r"(?:the|that|this|our|my|their|his|her|ur|your)\s+(?:new\s+|old\s+)?(?:"
    + PERSON_NOUNS
    + r"))\b",
    "target",
    example="my mentor said it was fine",
    counter_example="the ward was quiet today",
)


def person_references(text: str, names: re.Pattern[str] | None = None) -> list[CueSpan]:
    """Every place the text points at a person: `you`, an @mention, a member's name, or a
    third-person reference (she/he/they, "the mentor")."""
    spans: list[CueSpan] = []
    for cue, label in (
        (SECOND_PERSON, "second person"),
        (MENTION, "@mention"),
        (THIRD_PERSON, "third person"),
    ):
        spans.extend(cue.spans(text, label))
    if names is not None:
        spans.extend(
            (m.start(), m.end(), "member name", "target.member_name") for m in names.finditer(text)
        )
    return sorted(spans)


def addresses_someone(text: str, names: re.Pattern[str] | None = None) -> str | None:
    """The strongest sign the message speaks *to* someone (you, @mention, their name)."""
    for cue, label in ((MENTION, "@mention"), (SECOND_PERSON, "second person")):
        if cue.search(text):
            return label
    if names is not None and names.search(text):
        return "member name"
    return None
