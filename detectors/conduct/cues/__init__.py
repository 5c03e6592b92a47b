"""The conduct detector's cue data, one module per rule plus the cues every rule reads
(common) and the course-topic cues of the off-topic summary (topics). `CUES` is every cue,
for `detectors.all_cues()` and the lexicon's contract tests."""

from detectors.conduct.cues import (
    boundaries,
    common,
    copyright,
    defamation,
    misinformation,
    people,
    screenshots,
    shaming,
    topics,
)

CUES = (
    *common.CUES,
    *boundaries.CUES,
    *misinformation.CUES,
    *copyright.CUES,
    *shaming.CUES,
    *defamation.CUES,
    *people.CUES,
    *screenshots.CUES,
    *topics.CUES,
)
