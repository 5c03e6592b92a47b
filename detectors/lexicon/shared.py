"""Cues shared by the toxicity and bullying detectors: is a message aimed at a person, does it
insult, threaten or incite, and does it read as figurative, banter, or someone quoting abuse
they received? Every cue is named data with an example and a counter-example; comments and
notes say what each one wrongly catches.

The vocabularies are deliberately slur-free: they hold insults and threats, not hate terms;
identity-based abuse is recognised by how it talks about a group ("typical X", "X are all ..."),
and by the model."""

from __future__ import annotations

import re
from collections.abc import Iterable

from detectors.lexicon.cue import Cue, CueSet, CueSpan
from detectors.lexicon.vocabulary import (  # noqa: F401  (re-exported: detectors use shared.X)
    _INSULT,
    _SUBJECT,
    _TARGET,
    GROUPS,
    INSULT_ADJECTIVES,
    INSULT_NOUNS,
    INTENSIFIERS,
    PERSON_NOUNS,
)

_I = re.IGNORECASE

# --- who a message is aimed at ---

# "you" and its chat spellings. False positives: generic "you" ("you never know with
# placements"), which is why callers need more than this cue before a medium finding.
SECOND_PERSON = Cue(
    "target.second_person",
    r"\b(?:you|u|ya|yous|youse|ur|your|yours|yourself|yourselves|you['’]?re|youre|you['’]?ll|"
    r"you['’]?ve|you['’]?d|y['’]?all)\b",
    "target",
    example="are you coming tonight",
    counter_example="is anyone coming tonight",
)
# WhatsApp mentions: Android wraps the name in U+2068/U+2069 ("@\u2068Sam Idowu\u2069");
# phone-number mentions are "@447700900123"; some exports keep a bare "@Sam".
MENTION = Cue(
    "target.mention",
    r"@(?:\u2068[^\u2069\n]{1,60}\u2069|\+?\d{6,15}|[^\W\d_][\w.'-]{1,30})",
    "target",
    example="@\u2068Sam Idowu\u2069 have you got the notes",
    counter_example="email me at the usual address",
    flags=0,
)
THIRD_PERSON = Cue(
    "target.third_person",
    r"\b(?:she|he|they|him|her|them|she['’]?s|he['’]?s|they['’]?re|"
    r"(?:the|that|this|our|my|their|his|her|ur|your)\s+(?:new\s+|old\s+)?(?:"
    + PERSON_NOUNS
    + r"))\b",
    "target",
    example="my mentor said it was fine",
    counter_example="the ward was quiet today",
)

# --- insults ---

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

# --- threats and incitement ---

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

# --- what softens or explains a message ---

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

# --- groups (identity-based abuse, HCPC 1.6) ---

# Generalising about a group. False positives: statistics and care discussions ("refugees are
# often traumatised") -> the attribute must be derogatory.
IDENTITY_GENERALISATION = CueSet(
    "identity_generalisation",
    (
        Cue(
            "identity.typical_group",
            r"\b(?:typical|bloody|fucking|effing|all\s+(?:these|those|the)|those|these|all)\s+(?:"
            + GROUPS
            + r")\s*,?\s+(?:are|r|just|always|never|should|need|get|coming|taking|ruin|stink|"
            r"smell)\b",
            "identity",
            example="typical immigrants coming over here",
            counter_example="all the students are coming tonight",
        ),
        # "<group> (on the ward) are all thieves": up to three words between group and verb
        Cue(
            "identity.group_are_derogatory",
            r"\b(?:" + GROUPS + r")(?:\s+[\w']+){0,3}?\s+(?:are|r)\s+(?:all\s+|just\s+|so\s+|"
            r"such\s+|the\s+)?(?:lazy|dirty|thick|stupid|terrorists|scroungers|thieves|criminals|"
            r"animals|vermin|disgusting|parasites|the\s+problem|useless|a\s+drain|a\s+burden|"
            r"ruining|taking\s+over|not\s+welcome|subhuman|inferior|a\s+disease|feral|the\s+same|"
            r"all\s+the\s+same)\b",
            "identity",
            example="travellers are all thieves",
            counter_example="travellers are often excluded from services",
        ),
        Cue(
            "identity.group_always_verb",
            r"\b(?:" + GROUPS + r")\s+(?:never|always|all)\s+(?:\w+\s+)?(?:follow|listen|work|"
            r"pay|lie|steal|cheat|complain|smell|stink|cause)\b",
            "identity",
            example="immigrants never pay tax",
            counter_example="immigrants often face barriers",
        ),
        Cue(
            "identity.group_should_not_be_allowed",
            r"\b(?:" + GROUPS + r")\s+(?:shouldn['’]?t|should\s+not|should\s+never)\s+be\s+"
            r"(?:allowed|let|trusted|given)\b",
            "identity",
            example="gay people shouldn't be allowed to adopt",
            counter_example="gay people should be supported",
        ),
        Cue(
            "identity.go_back_to_your_country",
            r"\bgo\s+back\s+to\s+(?:your|their|his|her)\s+(?:own\s+)?country\b",
            "identity",
            example="go back to your own country",
            counter_example="go back to your own ward",
        ),
        Cue(
            "identity.send_them_back",
            r"\bsend\s+(?:them|em|'em|the\s+lot\s+of\s+them)\s+(?:all\s+)?back\b",
            "identity",
            example="send them all back",
            counter_example="send them my love",
        ),
        Cue(
            "identity.should_be_deported",
            r"\b(?:should|need\s+to|ought\s+to)\s+(?:all\s+)?(?:be\s+)?(?:deported|sent\s+back|"
            r"go\s+back\s+(?:home|to\s+where))\b",
            "identity",
            example="they should all be deported",
            counter_example="they should all be praised",
        ),
    ),
)
# Casual ableist and homophobic put-downs ("that's so gay", "are you retarded"): identity-based
# even when aimed at a thing; low unless aimed at a person.
CASUAL_IDENTITY_SLIGHT = CueSet(
    "casual_identity_slight",
    (
        Cue("slight.so_gay", r"\bso\s+gay\b", "identity_slight", "that's so gay", "so great"),
        Cue(
            "slight.r_word",
            r"\bretard(?:ed|s)?\b",
            "identity_slight",
            "are u retarded",
            "retardant",
        ),
        Cue("slight.spaz", r"\bspaz+\b", "identity_slight", "such a spaz", "spa day"),
        Cue("slight.spastic", r"\bspastic\b", "identity_slight", "spastic", "plastic"),
    ),
)

CUES = (
    SECOND_PERSON, MENTION, THIRD_PERSON, INSULT_AT_PERSON, INSULT_PREDICATE, NOUN_PREDICATE,
    INSULT_EXCLAMATION, *DIRECTED_ABUSE.cues, PROFANE, *SELF_HARM_INCITEMENT.cues,
    *THREAT.cues, *FIGURATIVE.cues, SOFTENER, PRAISE, *REPORTED_SPEECH.cues, QUOTED,
    *IDENTITY_GENERALISATION.cues, *CASUAL_IDENTITY_SLIGHT.cues,
)  # fmt: skip


# --- helpers over cues ---


def person_references(text: str, names: re.Pattern[str] | None = None) -> list[CueSpan]:
    """Every place the text points at a person: `you`, an @mention, a member's name, or a
    third-person reference (she/he/they, "the mentor")."""
    spans: list[CueSpan] = []
    for cue, label in (
        (SECOND_PERSON, "second person"),
        (MENTION, "@mention"),
        (THIRD_PERSON, "third person"),
    ):
        spans.extend(cue.spans(text, label))
    if names is not None:
        spans.extend(
            (m.start(), m.end(), "member name", "target.member_name") for m in names.finditer(text)
        )
    return sorted(spans)


def addresses_someone(text: str, names: re.Pattern[str] | None = None) -> str | None:
    """The strongest sign the message speaks *to* someone (you, @mention, their name)."""
    for cue, label in ((MENTION, "@mention"), (SECOND_PERSON, "second person")):
        if cue.search(text):
            return label
    if names is not None and names.search(text):
        return "member name"
    return None


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


def near(a: Iterable[tuple], b: Iterable[tuple], gap: int = 20) -> bool:
    """True when a span of `a` lies within `gap` characters of a span of `b`."""
    b = list(b)
    return any(s1 - gap <= e2 and s2 - gap <= e1 for s1, e1, *_ in a for s2, e2, *_ in b)
