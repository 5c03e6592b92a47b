"""What one message says, rule by rule, from cues alone: the evidence that makes a finding
(`spans`), weaker signs of the topic that only count with a learned score (`partial`), and
the cue that vetoes it (`blocked`: declining, asking, correcting, reporting, the proper
channels, permission, negation). A veto holds on every path, so a high classifier score
never turns a tricky negative into a finding. classify.py combines this with the scores.

Full evidence is either one cue's whole pattern ("accepted my patient's daughter on insta")
or parts that must occur together in one message, in any order: who and what for
boundaries, advice + claimed effect + health topic for misinformation, restricted material +
sharing or asking for copyright, publishing + a public place + a workplace for naming and
shaming. Word order varies too much in chat for one pattern to cover it. One module per rule;
base holds the message context and the shared vetoes."""

from __future__ import annotations

from detectors.conduct.cues import boundaries as b
from detectors.conduct.cues import copyright as copyright_cues
from detectors.conduct.cues import defamation as defamation_cues
from detectors.conduct.cues import misinformation as misinformation_cues
from detectors.conduct.cues import screenshots as ss
from detectors.conduct.cues import shaming as sh
from detectors.conduct.evidence import (
    boundaries,
    copyright,
    defamation,
    misinformation,
    screenshots,
    shaming,
)
from detectors.conduct.evidence.base import STAFF, Context, Evidence
from detectors.conduct.rules import (
    BOUNDARIES,
    COPYRIGHT,
    DEFAMATION,
    MISINFORMATION,
    NAMING_SHAMING,
    SCREENSHOTS,
)

__all__ = ["EVALUATE", "STAFF", "TRIGGERS", "Context", "Evidence"]

EVALUATE = {
    BOUNDARIES.code: boundaries.evaluate,
    MISINFORMATION.code: misinformation.evaluate,
    COPYRIGHT.code: copyright.evaluate,
    NAMING_SHAMING.code: shaming.evaluate,
    DEFAMATION.code: defamation.evaluate,
    SCREENSHOTS.code: screenshots.evaluate,
}
# The cues whose words a message needs before a rule can find something in it from cues
# alone; the classifier's scores bring in the rest (partial evidence only counts with them).
TRIGGERS = {
    BOUNDARIES.code: (*b.ACT.cues, *b.ROMANCE.cues),
    MISINFORMATION.code: (*misinformation_cues.CLAIM.cues, misinformation_cues.ADVICE),
    COPYRIGHT.code: (
        *copyright_cues.PIRACY.cues,
        *copyright_cues.EXAM.cues,
        copyright_cues.RESTRICTED,
    ),
    NAMING_SHAMING.code: (*sh.PUBLISH.cues, sh.LOUD, sh.PUBLIC_PLACE),
    DEFAMATION.code: defamation_cues.WRONGDOING.cues,
    SCREENSHOTS.code: (
        *ss.SHARED_ON.cues,
        *ss.MORE_SHARED.cues,
        ss.SCREENSHOT,
        ss.FORWARDED,
        ss.PRIVATE_MARKER,
    ),
}
