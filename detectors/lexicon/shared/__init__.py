"""Cues shared by the toxicity and bullying detectors, one module per topic: is a message aimed
at a person (targets), does it insult (insults), threaten or incite (threats), does it read as
figurative or banter (figurative), or is someone quoting abuse they received (reported), and
does it generalise about a group (identity)? Every cue is named data with an example and a
counter-example; comments and notes say what each one wrongly catches.

Detectors use these as `shared.X`; a new shared cue goes in its topic module, is re-exported
here and added to `CUES` (what `detectors.all_cues()` and the contract tests see)."""

from detectors.lexicon.cue import near
from detectors.lexicon.shared.figurative import FIGURATIVE, PRAISE, SOFTENER
from detectors.lexicon.shared.identity import CASUAL_IDENTITY_SLIGHT, IDENTITY_GENERALISATION
from detectors.lexicon.shared.insults import (
    DIRECTED_ABUSE,
    INSULT_AT_PERSON,
    INSULT_EXCLAMATION,
    INSULT_PREDICATE,
    NOUN_PREDICATE,
    PROFANE,
    insults_after_names,
)
from detectors.lexicon.shared.reported import QUOTED, REPORTED_SPEECH
from detectors.lexicon.shared.targets import (
    MENTION,
    SECOND_PERSON,
    THIRD_PERSON,
    addresses_someone,
    person_references,
)
from detectors.lexicon.shared.threats import SELF_HARM_INCITEMENT, THREAT
from detectors.lexicon.vocabulary import (
    GROUPS,
    INSULT_ADJECTIVES,
    INSULT_NOUNS,
    INTENSIFIERS,
    PERSON_NOUNS,
)

CUES = (
    SECOND_PERSON, MENTION, THIRD_PERSON, INSULT_AT_PERSON, INSULT_PREDICATE, NOUN_PREDICATE,
    INSULT_EXCLAMATION, *DIRECTED_ABUSE.cues, PROFANE, *SELF_HARM_INCITEMENT.cues,
    *THREAT.cues, *FIGURATIVE.cues, SOFTENER, PRAISE, *REPORTED_SPEECH.cues, QUOTED,
    *IDENTITY_GENERALISATION.cues, *CASUAL_IDENTITY_SLIGHT.cues,
)  # fmt: skip

__all__ = [
    "CASUAL_IDENTITY_SLIGHT",
    "CUES",
    "DIRECTED_ABUSE",
    "FIGURATIVE",
    "GROUPS",
    "IDENTITY_GENERALISATION",
    "INSULT_ADJECTIVES",
    "INSULT_AT_PERSON",
    "INSULT_EXCLAMATION",
    "INSULT_NOUNS",
    "INSULT_PREDICATE",
    "INTENSIFIERS",
    "MENTION",
    "NOUN_PREDICATE",
    "PERSON_NOUNS",
    "PRAISE",
    "PROFANE",
    "QUOTED",
    "REPORTED_SPEECH",
    "SECOND_PERSON",
    "SELF_HARM_INCITEMENT",
    "SOFTENER",
    "THIRD_PERSON",
    "THREAT",
    "addresses_someone",
    "insults_after_names",
    "near",
    "person_references",
]
