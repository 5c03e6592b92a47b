"""Threats of harm and telling someone to kill or hurt themselves. Shared by the toxicity and
bullying detectors; figurative uses ("this essay is killing me") are in figurative.py."""

from __future__ import annotations

from detectors.lexicon.cue import Cue, CueSet
from detectors.lexicon.vocabulary import _TARGET

# Telling someone to kill or hurt themselves. "kms" (about oneself) is not here: that is a
# wellbeing matter, not abuse of another member.
SELF_HARM_INCITEMENT = CueSet(
    "self_harm_incitement",
    (
        Cue("self_harm.kys", r"\bkys\b", "self_harm", "just kys", "keys are on the side"),
        Cue("self_harm.k_y_s", r"\bk\.y\.s\b", "self_harm", "k.y.s mate", "k.s.y order"),
        Cue(
            "self_harm.kill_yourself",
            r"\b(?:kill|hang|end|off|neck|unalive)\s+(?:your\s*self|urself|yaself|yourselves|"
            r"ya\s+self)\b",
            "self_harm",
            example="go hang yourself",
            counter_example="treat yourself",
        ),
        Cue(
            "self_harm.go_die",
            r"\bgo\s+(?:and\s+|n\s+)?(?:die|jump\s+off)\b",
            "self_harm",
            example="go n die",
            counter_example="I nearly died laughing",
        ),
        Cue(
            "self_harm.drink_bleach",
            r"\b(?:drink|swallow)\s+(?:some\s+)?bleach\b",
            "self_harm",
            example="drink some bleach",
            counter_example="don't mix bleach with other cleaners",
        ),
        Cue(
            "self_harm.jump_off",
            r"\bjump\s+off\s+(?:a|the)\s+(?:bridge|cliff|building|roof)\b",
            "self_harm",
            example="jump off a bridge",
            counter_example="jump off the bus at the hospital stop",
        ),
        Cue(
            "self_harm.favour_and_die",
            r"\b(?:do\s+(?:us|everyone|the\s+world)\s+a\s+favou?r\s+and\s+die)\b",
            "self_harm",
            example="do us a favour and die",
            counter_example="do us a favour and print the handouts",
        ),
        Cue(
            "self_harm.nobody_would_care",
            r"\b(?:nobody|no\s+one|no1)\s+would\s+(?:care|miss\s+(?:you|u))\s+if\s+(?:you|u)\s+"
            r"died\b",
            "self_harm",
            example="no one would miss you if you died",
            counter_example="no one would care if you left early",
        ),
    ),
)
# "I'll kill you", "I'm gonna smash her face in", "watch your back", "I know where you live".
# False positives: "I'll kill him if he eats my yoghurt again lol" -> softened by banter cues;
# "I could kill for a coffee" -> FIGURATIVE.
THREAT = CueSet(
    "threat",
    (
        Cue(
            "threat.will_hurt_you",
            r"\b(?:i['’]?ll|i\s+will|ill|i['’]?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|"
            r"i\s+(?:want|swear|promise)\s+(?:to\s+|i['’]?ll\s+|i\s+will\s+)?|gonna|going\s+to|"
            r"someone\s+(?:should|needs\s+to|ought\s+to)|i\s+(?:could|would|wanna))\s+"
            r"(?:\w+\s+)?(?:kill|hurt|stab|punch|batter|smash|slap|deck|beat|strangle|murder|"
            r"shoot|knock|kick|bottle|glass|burn|end)\s+" + _TARGET + r"\b",
            "threat",
            example="I swear I'll batter you",
            counter_example="I'll batter the fish for tea",
        ),
        Cue(
            "threat.watch_your_back",
            r"\bwatch\s+(?:your|ur)\s+back\b",
            "threat",
            example="watch your back",
            counter_example="watch your step on the wet floor",
        ),
        Cue(
            "threat.know_where_you_live",
            r"\bi\s+know\s+where\s+(?:you|u)\s+live\b",
            "threat",
            example="i know where u live",
            counter_example="do you know where she lives",
        ),
        Cue(
            "threat.deserves_a_slap",
            r"\b(?:deserves?|needs?|wants?)\s+(?:a\s+)?(?:good\s+)?(?:slap|slapping|kicking|punch|"
            r"hiding|beating|smack|battering)\b",
            "threat",
            example="she needs a good slap",
            counter_example="she needs a good rest",
        ),
        Cue(
            "threat.make_life_hell",
            r"\bmake\s+(?:your|ur|his|her|their)\s+life\s+(?:hell|a\s+misery|a\s+living\s+hell)\b",
            "threat",
            example="I'll make your life hell",
            counter_example="this rota will make life hell",
        ),
        Cue(
            "threat.youre_dead",
            r"\b(?:you|u)['’]?(?:re|r|\s+are)?\s+(?:so\s+)?dead\s+(?:meat|when|if)\b",
            "threat",
            example="you're dead meat",
            counter_example="you're dead right",
        ),
        Cue(
            "threat.you_will_regret",
            r"\b(?:you|u)['’]?(?:ll|\s+will)\s+(?:regret|pay\s+for)\s+(?:this|that|it)\b",
            "threat",
            example="you'll regret this",
            counter_example="you'll enjoy this",
        ),
        Cue(
            "threat.hope_you_die",
            r"\b(?:hope|wish)\s+(?:you|u|she|he|they)\s+(?:\w+\s+)?(?:dies?|gets?\s+(?:hit|"
            r"run\s+over|stabbed|hurt|cancer)|rots?|burns?)\b",
            "threat",
            example="hope she gets run over",
            counter_example="hope she gets better soon",
        ),
    ),
)
