"""What explains a message: someone quoting or condemning abuse they received rather than
giving it, and text inside quotation marks."""

from __future__ import annotations

from detectors.lexicon.cue import Cue, CueSet

# Someone quoting or condemning abuse rather than giving it: "he called me a stupid cow",
# "someone told her to kys", "it's not ok to call people idiots". False negatives: a member
# "quoting" in order to repeat the insult -> the detector still reports it, at low.
REPORTED_SPEECH = CueSet(
    "reported_speech",
    (
        Cue(
            "reported.called_someone",
            r"\b(?:called|calling|call)\s+(?:me|her|him|them|us|people|someone|anyone)\b",
            "reported_speech",
            "he called me a stupid cow",
            "he called the ward",
        ),
        Cue(
            "reported.told_someone",
            r"\b(?:told|tells|telling)\s+(?:me|her|him|them|us|someone|people)\s+(?:to|that|i|"
            r"she|he)\b",
            "reported_speech",
            "someone told her to kys",
            "someone told a joke",
        ),
        Cue(
            "reported.said_to",
            r"\b(?:said|says|saying|wrote|posted|texted|messaged|shouted|screamed)\s+(?:that\s+)?"
            r"(?:to\s+)?(?:me|her|him|them|us)\b",
            "reported_speech",
            "he shouted at me and said to me I was thick",
            "he said the shift was long",
        ),
        Cue(
            "reported.condemnation",
            r"\b(?:not\s+ok(?:ay)?|never\s+ok(?:ay)?|unacceptable|out\s+of\s+order|reported)\b",
            "reported_speech",
            "that's out of order",
            "that's in order",
        ),
        Cue(
            "reported.dont_call",
            r"\b(?:don['’]?t|do\s+not|shouldn['’]?t|stop)\s+(?:call(?:ing)?|say(?:ing)?|"
            r"tell(?:ing)?)\b",
            "reported_speech",
            "stop calling her that",
            "stop by later",
        ),
    ),
)
# Quoted text: abuse inside quotation marks is being reported, abuse outside them is not
# (a scare-quoted word such as marked me down for "attitude" excuses nothing around it).
QUOTED = Cue(
    "quote.marks",
    r"[\"“][^\"“”\n]{2,200}[\"”]",
    "quote",
    example='he said "you are useless" to me',
    counter_example="he said you are useless",
    flags=0,
)
