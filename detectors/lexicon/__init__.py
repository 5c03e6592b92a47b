"""The cue lexicon shared by the detectors: every piece of wording evidence is a named `Cue`
(pattern, kind, example, counter-example), grouped in `CueSet`s, with a prefilter derived from
the cues themselves. Cue data lives in the topic modules beside this one (`shared`, and one
module per detector that needs its own)."""

from detectors.lexicon.cue import Cue, CueSet, CueSpan, cue_names
from detectors.lexicon.prefilter import Prefilter, fold, fold_all, required_literals

__all__ = [
    "Cue",
    "CueSet",
    "CueSpan",
    "Prefilter",
    "cue_names",
    "fold",
    "fold_all",
    "required_literals",
]
