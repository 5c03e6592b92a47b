"""Confidentiality: messages that could identify a patient, service user or pupil (by name
in any form, or by a description with a place), official identifiers, card and bank numbers,
other people's contact details, safeguarding disclosures about an identifiable child, and
photos posted in a care context.

The rules read the `entities` column (presidio + spaCy, see audit/scoring/entities.py) for
identifiers, contact details and names; with models switched off the same pattern
recognizers run directly on the text. Places, people and private details are this
detector's own cue data (cues/), and names beyond spaCy's come from names.py.

A finding needs a combination, never a single word: "has anyone done the patient safety
module" has a role word but nobody in it; "learned loads about wound care" is topic talk.
Members of the chat are not service users, so their names are allowed; a name next to a
staff word ("my mentor Jane", "Dr Patel") is staff, next to a family word ("my nan
Margaret") the student's own family; and a member sharing their own number is not a
finding.

    rules.py       the rules
    cues/          settings (where), people (who), attributes (what), ownership (whose),
                   names (the first-name list and the words around a name)
    names.py       names as people type them: members, the list, context, who is addressed
    evidence.py    entities + cues -> evidence kinds per message
    identify.py    which combinations identify someone
    contact.py     whose contact details these are
    detect.py      the pass over a chat"""

from __future__ import annotations

from detectors.confidentiality.cues import attributes, ownership, people, settings
from detectors.confidentiality.cues.names import NAME_CONTEXT
from detectors.confidentiality.detect import (
    CONTEXT_MESSAGES,
    CONTEXT_MINUTES,
    MEDIA_MINUTES,
    NAME,
    NEAR_CHARS,
    detect,
)
from detectors.confidentiality.rules import RULES

SCORERS = ("entities",)
CUES = (
    *settings.CUES,
    *people.CUES,
    *attributes.CUES,
    *attributes.TRAINING,
    *NAME_CONTEXT,
    *ownership.CUES,
)
__all__ = [
    "CONTEXT_MESSAGES",
    "CONTEXT_MINUTES",
    "CUES",
    "MEDIA_MINUTES",
    "NAME",
    "NEAR_CHARS",
    "RULES",
    "SCORERS",
    "detect",
]
