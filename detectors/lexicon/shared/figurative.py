"""What softens a message: hyperbole about oneself or a task, laughter and joking markers, and
praise that swearing intensifies among friends. They soften a message; they do not excuse it."""

from __future__ import annotations

from detectors.lexicon.cue import Cue, CueSet

# Hyperbole about oneself or a task: "this assignment is killing me", "I'm dying to see it",
# "kill me, early shift", "I could murder a coffee", "you killed it", "dead tired".
FIGURATIVE = CueSet(
    "figurative",
    (
        Cue(
            "figurative.killing_me",
            r"\b(?:killing|killed|kills)\s+(?:me|us|it|my)\b",
            "figurative",
            "this essay is killing me",
            "he was killing time",
        ),
        Cue("figurative.kill_me", r"\bkill\s+me\b", "figurative", "kill me now", "kill time"),
        Cue("figurative.shoot_me", r"\bshoot\s+me\b", "figurative", "shoot me", "shoot over"),
        Cue(
            "figurative.dying_to",
            r"\bdying\s+(?:to|for|of|here|inside)\b",
            "figurative",
            "dying to see the results",
            "the dying patient",
        ),
        Cue(
            "figurative.im_dead",
            r"\bi['’]?m\s+(?:dying|dead|deceased)\b",
            "figurative",
            "I'm dead 😂",
            "I'm done",
        ),
        Cue(
            "figurative.could_kill_for",
            r"\b(?:could|would)\s+(?:kill|murder|die)\s+for\b",
            "figurative",
            "I could kill for a brew",
            "I could go for a brew",
        ),
        Cue(
            "figurative.murder_a",
            r"\bmurder\s+(?:a|an|some)\s+\w+",
            "figurative",
            "could murder a pint",
            "murder mystery",
        ),
        Cue("figurative.to_die_for", r"\bto\s+die\s+for\b", "figurative", "cake to die for", "die"),
        Cue(
            "figurative.dead_adjective",
            r"\bdead\s+(?:tired|funny|good|nice|easy|hard|busy|serious|on|right|jealous|lucky|"
            r"proud|excited|bored|quiet)\b",
            "figurative",
            "dead tired after that shift",
            "dead end job",
        ),
        Cue(
            "figurative.nailed_it",
            r"\b(?:smashed|killed|nailed)\s+(?:it)\b",
            "figurative",
            "you smashed it",
            "you smashed the vase",
        ),
        Cue(
            "figurative.kill_it",
            r"\b(?:kill|smash|nail)\s+(?:it|this|that|the\s+\w+)\b",
            "figurative",
            "go smash the exam",
            "go smash him",
        ),
        Cue("figurative.kms", r"\bkms\b", "figurative", "kms this essay", "kmh"),
        Cue("figurative.end_me", r"\bend\s+me\b", "figurative", "end me now", "end of me"),
    ),
)
# Laughter and joking markers. They soften a message; they do not excuse it.
SOFTENER = Cue(
    "softener.laughter",
    r"(?:\b(?:lol+|lmao+|lmfao+|rofl|ha(?:ha)+h?|hehe+|jk|jokes|joking|kidding|xd)\b|"
    r"[\U0001F602\U0001F923\U0001F61C\U0001F61D\U0001F92A\U0001F606\U0001F605])",
    "softener",
    example="only joking lol",
    counter_example="only one left",
)
# Praise that swearing often intensifies among friends: "you fucking legend", "love you lot".
PRAISE = Cue(
    "praise.word",
    r"\b(?:legends?|love|loves|amazing|best|stars?|genius|heroes|hero|proud|brilliant|queens?|"
    r"kings?|beautiful|gorgeous|lifesavers?|life\s+savers?|angels?|smashed\s+it|well\s+done)\b",
    "praise",
    example="you fucking legend",
    counter_example="you fucking idiot",
)
