"""Insults, profanity and abuse aimed at someone ("you're a useless cow", "shut your gob",
"<member> is so thick"). Shared by the toxicity and bullying detectors.

The vocabularies are deliberately slur-free: they hold insults, not hate terms (identity-based
abuse is in identity.py)."""

from __future__ import annotations

import re

from detectors.lexicon.cue import Cue, CueSet, CueSpan
from detectors.lexicon.vocabulary import _INSULT, _SUBJECT, INSULT_NOUNS, INTENSIFIERS

# "you're a useless cow", "she's so thick", "that mentor is a joke", "you absolute muppet".
INSULT_AT_PERSON = Cue(
    "insult.subject_is_insult",
    r"\b" + _SUBJECT + r"\s+(?:" + INTENSIFIERS + r"\s+){0,3}" + _INSULT + r"\b",
    "insult",
    example="you're a useless cow",
    counter_example="the wifi is useless",
)
# After a member's name: "Megan is so thick", "Tom's a knob" (matched at the name's end).
INSULT_PREDICATE = Cue(
    "insult.name_is_insult",
    r"\s*(?:is|['’]s|was|=)\s+(?:" + INTENSIFIERS + r"\s+){0,3}" + _INSULT + r"\b",
    "insult",
    example=" is so thick",
    counter_example=" is so kind",
)
# "... is a fucking snake": an insult noun said of someone. Only counted when the message also
# refers to a person, since "this printer is a bitch" has the same shape.
NOUN_PREDICATE = Cue(
    "insult.is_insult_noun",
    r"\b(?:is|was|['’]s)\s+(?:" + INTENSIFIERS + r"\s+){0,3}(?:" + INSULT_NOUNS + r")\b",
    "insult",
    example="honestly he is a snake",
    counter_example="honestly he is a star",
)
# "what a twat", "stupid cow", "absolute muppet": insult nouns that stand alone. False
# positives: about a person not in the chat ("what an idiot" about a politician) -> medium at
# most, and only when the message also points at someone.
INSULT_EXCLAMATION = Cue(
    "insult.exclamation",
    r"\b(?:what\s+an?|such\s+an?|absolute|total|complete|utter|stupid|fat|ugly|lazy|little)\s+"
    r"(?:" + INTENSIFIERS + r"\s+){0,2}(?:" + INSULT_NOUNS + r")\b",
    "insult",
    example="what a twat",
    counter_example="what a day",
)
# "shut up Megan", "fuck off", "screw you": profanity or dismissal aimed straight at someone.
DIRECTED_ABUSE = CueSet(
    "directed_abuse",
    (
        Cue(
            "abuse.f_off",
            r"\b(?:f+u+c+k+|f[\*\.]+c?k|fk|fuk|screw|sod)\s+(?:off|you|u|ya|yourself|urself)\b",
            "abuse",
            example="oh fuck off Tom",
            counter_example="fuck this essay",
        ),
        Cue(
            "abuse.go_f_yourself",
            r"\bgo\s+(?:and\s+)?(?:fuck|f[\*\.]+c?k|screw)\s+(?:yourself|urself|off)\b",
            "abuse",
            example="go screw yourself",
            counter_example="go and get yourself a brew",
        ),
        # plain "shut up" is everyday banter; the profane or face/mouth forms are not
        Cue(
            "abuse.shut_up_profane",
            r"\bshut\s+(?:the\s+(?:fuck|f[\*\.]+c?k|hell)\s+up|tf\s+up|your\s+(?:fucking\s+)?"
            r"(?:mouth|face|gob))\b",
            "abuse",
            example="shut your gob",
            counter_example="shut up you're so funny",
        ),
        Cue(
            "abuse.stfu_gtfo",
            r"\b(?:stfu|gtfo|piss\s+off|up\s+yours|bog\s+off|get\s+to\s+fuck)\b",
            "abuse",
            example="stfu nobody asked",
            counter_example="the rain is pissing down",
        ),
        Cue(
            "abuse.you_f_insult",
            r"\b(?:you|u|ya)\s+(?:fucking|f[\*\.]+(?:c?k)?ing|fkn|effing)\s+(?:"
            + INSULT_NOUNS
            + r")\b",
            "abuse",
            example="you fucking idiot",
            counter_example="you fucking legend",
        ),
    ),
)
PROFANE = Cue(
    "profanity.word",
    r"\b(?:f+u+c+k\w*|f[\*\.]+c?k\w*|fck\w*|fuk\w*|sh[i1\*]te?\w*|cunt\w*|twat\w*|wank\w*|"
    r"bollock\w*|bastard\w*|bitch\w*|dick\w*|prick\w*|piss\w*|arse\w*|asshole\w*|crap\w*|"
    r"bloody|bugger\w*|tosser\w*|knob\w*|stfu|wtf|fml)\b",
    "profanity",
    example="this printer is shit",
    counter_example="this printer is broken",
)


def insults_after_names(text: str, names: re.Pattern[str] | None) -> list[CueSpan]:
    """Spans of "<member name> is a <insult>" for the chat's member names."""
    if names is None:
        return []
    found = []
    for m in names.finditer(text):
        tail = INSULT_PREDICATE.match(text, m.end())
        if tail:
            found.append((m.start(), tail.end(), "insult at member", INSULT_PREDICATE.name))
    return found
