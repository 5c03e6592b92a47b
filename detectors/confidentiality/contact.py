"""Whose contact details a message shares. A member sharing their own number or address is
not a finding (the students' union's concern is members' details passed on without consent,
and anyone else's); someone else's is, and a chat member's shared by another member says so.
An organisation's address or number (a school, a surgery, a shop) is not personal data."""

from __future__ import annotations

import re

from audit.core.people import Members, clean_name, same_number
from detectors.confidentiality.cues.ownership import CUES as WHOSE_CUES
from detectors.lexicon import CueSet

WHOSE = CueSet("conf.whose", WHOSE_CUES)
# How far back from a number or address the words that say whose it is are read.
WHOSE_WINDOW = 60
_CLAUSE_END = re.compile(r"[.!?\n;]|\bbut\b|\band\b(?= (?:i|my|her|his|their)\b)", re.IGNORECASE)
MINE, SOMEONE, ORGANISATION, UNKNOWN = "mine", "someone", "organisation", "unknown"


def _name_parts(author: str) -> list[str]:
    return [p.casefold() for p in re.findall(r"[^\W\d_]{3,}", clean_name(author))]


def whose(
    text: str, start: int, end: int, kind: str, author: str, members: Members, asked: str = ""
) -> str:
    """MINE, SOMEONE, ORGANISATION or UNKNOWN for the contact detail at text[start:end].
    `asked`: the chat's message just before, for a bare answer ("it's 0113 496 0123" after
    "what's the placement office's number?")."""
    value = text[start:end]
    if kind == "phone" and members.is_member_number(value):
        return MINE if same_number(value, author) else SOMEONE
    lead_from = max(0, start - WHOSE_WINDOW)
    lead = text[lead_from:start]
    breaks = list(_CLAUSE_END.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    last = None
    # One character of the detail itself stays in view, for cues that end by looking at it
    # ("the uni helpline 0300 ...").
    for match in WHOSE.finditer(lead + text[start : start + 1]):
        if match.end() <= len(lead):
            last = WHOSE.cue_of(match).kind
    if last is None and asked and len(lead.split()) <= 3:
        for match in WHOSE.finditer(asked[-WHOSE_WINDOW * 2 :]):
            last = WHOSE.cue_of(match).kind
        if last == MINE:
            last = SOMEONE  # "what's your number?" answered by someone else: theirs
    if last is not None:
        return last
    if kind == "email":
        local = value.split("@", 1)[0].casefold()
        if any(part in local for part in _name_parts(author)):
            return MINE
    return UNKNOWN


def member_named(text: str, start: int, members: Members) -> str | None:
    """The member whose details these are, when the words before say so ("Ravi's is")."""
    lead = text[max(0, start - WHOSE_WINDOW) : start]
    for match in reversed(list(re.finditer(r"([^\W\d_][\w'’-]*?)['’]s\b", lead))):
        found = members.resolve(match.group(1))
        if found:
            return found
    return None
