"""Reusable text cues shared by the toxicity and bullying detectors: is a message aimed at a
person, does it read as figurative, banter, or someone quoting abuse they received?

Cues are plain regular expressions over the message text (no models), each returning spans
`(start, end, label)` so a finding can show its evidence. Every pattern is anchored on word
boundaries and uses no nested quantifiers, so untrusted text cannot make it backtrack badly.
Comments say what each pattern wrongly catches. The word lists are deliberately slur-free:
they hold insults and threats, not hate terms; identity-based abuse is recognised by how it
talks about a group ("typical X", "X are all ..."), and by the model when one is installed."""

from __future__ import annotations

import re
from collections.abc import Iterable

Span = tuple[int, int, str]

_I = re.IGNORECASE

# --- who a message is aimed at ---

# "you" and its chat spellings. False positives: generic "you" ("you never know with
# placements"), which is why callers need more than this cue before a medium finding.
SECOND_PERSON = re.compile(
    r"\b(?:you|u|ya|yous|youse|ur|your|yours|yourself|yourselves|you['’]?re|youre|you['’]?ll|"
    r"you['’]?ve|you['’]?d|y['’]?all)\b",
    _I,
)
# WhatsApp mentions: Android wraps the name in U+2068/U+2069 ("@\u2068Sam Idowu\u2069");
# phone-number mentions are "@447700900123"; some exports keep a bare "@Sam".
MENTION = re.compile(r"@(?:\u2068[^\u2069\n]{1,60}\u2069|\+?\d{6,15}|[^\W\d_][\w.'-]{1,30})")
# Third-person references to a person who may be the target: pronouns and people nouns from
# placement life. False positives: "she is a nurse" (a neutral description) -> callers only
# use this next to an insult word.
PERSON_NOUNS = (
    r"lecturer|tutor|mentor|supervisor|assessor|educator|manager|boss|patient|client|"
    r"service\s+user|resident|teacher|nurse|midwife|doctor|consultant|registrar|matron|"
    r"sister|hca|carer|pupil|student|kid|child|parent|mum|dad|girl|guy|lad|woman|man|"
    r"bloke|lady|one|person|colleague|staff\s+nurse|social\s+worker|head|deputy"
)
THIRD_PERSON = re.compile(
    r"\b(?:she|he|they|him|her|them|she['’]?s|he['’]?s|they['’]?re|"
    r"(?:the|that|this|our|my|their|his|her|ur|your)\s+(?:new\s+|old\s+)?(?:"
    + PERSON_NOUNS
    + r"))\b",
    _I,
)


def person_references(text: str, names: re.Pattern[str] | None = None) -> list[Span]:
    """Every place the text points at a person: `you`, an @mention, a member's name, or a
    third-person reference (she/he/they, "the mentor")."""
    spans: list[Span] = []
    for pattern, label in (
        (SECOND_PERSON, "second person"),
        (MENTION, "@mention"),
        (THIRD_PERSON, "third person"),
    ):
        spans.extend((m.start(), m.end(), label) for m in pattern.finditer(text))
    if names is not None:
        spans.extend((m.start(), m.end(), "member name") for m in names.finditer(text))
    return sorted(spans)


def addresses_someone(text: str, names: re.Pattern[str] | None = None) -> str | None:
    """The strongest sign the message speaks *to* someone (you, @mention, their name)."""
    for pattern, label in ((MENTION, "@mention"), (SECOND_PERSON, "second person")):
        if pattern.search(text):
            return label
    if names is not None and names.search(text):
        return "member name"
    return None


# --- words ---

# Insult nouns that only describe people (not "joke", "mess", "nightmare": those are said of
# shifts and essays all the time).
INSULT_NOUNS = (
    r"idiot|moron|imbecile|cretin|twat|prick|dick|dickhead|knob|knobhead|bellend|wanker|"
    r"tosser|cunt|bitch|cow|bastard|arsehole|asshole|arse|dipshit|dumbass|numpty|muppet|"
    r"clown|loser|weirdo|freak|psycho|slag|slut|skank|snake|creep|pig|scrounger|waste\s+of\s+"
    r"(?:space|oxygen|air)|liar|fraud|doormat|nobody|nonce"
)
# Adjectives that insult a person when said of them ("you're useless"). False positives:
# "the wifi is useless" -> only counted with a person as the subject.
INSULT_ADJECTIVES = (
    r"useless|pathetic|stupid|thick|dumb|ugly|fat|disgusting|vile|worthless|incompetent|"
    r"lazy|braindead|brain\s*dead|gormless|clueless|spineless|two[\s-]faced|fake|annoying|"
    r"irritating|embarrassing|a\s+joke|a\s+disgrace|an\s+embarrassment|hopeless"
)
INTENSIFIERS = r"(?:such|so|a|an|total|absolute|proper|complete|utter|bloody|fucking|f\*+king|"
INTENSIFIERS += r"effing|massive|big|fat|stupid|useless|right|actual|literally|really|just)"
PROFANE = re.compile(
    r"\b(?:f+u+c+k\w*|f[\*\.]+c?k\w*|fck\w*|fuk\w*|sh[i1\*]te?\w*|cunt\w*|twat\w*|wank\w*|"
    r"bollock\w*|bastard\w*|bitch\w*|dick\w*|prick\w*|piss\w*|arse\w*|asshole\w*|crap\w*|"
    r"bloody|bugger\w*|tosser\w*|knob\w*|stfu|wtf|fml)\b",
    _I,
)

_SUBJECT = (
    r"(?:you|u|ya|ur|you['’]?re|youre|you\s+are|u\s+r|ur\s+a|she['’]?s|he['’]?s|they['’]?re|"
    r"(?:she|he|they|you)\s+(?:is|are|was|were|r|being|really\s+is|always\s+is)|"
    r"(?:the|that|this|our|my|their|his|her)\s+(?:[a-z]+\s+)?(?:" + PERSON_NOUNS + r")"
    r"(?:\s+(?:on|in|at|from)\s+(?:my|our|the|his|her|their)\s+\w+)?\s+(?:is|was|are|=)|"
    r"(?:dr|mr|mrs|ms|miss|prof|sir)\.?\s+[^\W\d_][\w'-]*\s+(?:is|was|=))"
)
# "you're a useless cow", "she's so thick", "that mentor is a joke", "you absolute muppet".
INSULT_AT_PERSON = re.compile(
    r"\b" + _SUBJECT + r"\s+(?:" + INTENSIFIERS + r"\s+){0,3}"
    r"(?:(?:" + INSULT_NOUNS + r")|(?:" + INSULT_ADJECTIVES + r"))\b",
    _I,
)
# After a member's name: "Megan is so thick", "Tom's a knob".
INSULT_PREDICATE = re.compile(
    r"\s*(?:is|['’]s|was|=)\s+(?:" + INTENSIFIERS + r"\s+){0,3}"
    r"(?:(?:" + INSULT_NOUNS + r")|(?:" + INSULT_ADJECTIVES + r"))\b",
    _I,
)


# "... is a fucking snake": an insult noun said of someone. Only counted when the message also
# refers to a person, since "this printer is a bitch" has the same shape.
NOUN_PREDICATE = re.compile(
    r"\b(?:is|was|['’]s)\s+(?:" + INTENSIFIERS + r"\s+){0,3}(?:" + INSULT_NOUNS + r")\b", _I
)


def insults_after_names(text: str, names: re.Pattern[str] | None) -> list[Span]:
    """Spans of "<member name> is a <insult>" for the chat's member names."""
    if names is None:
        return []
    found = []
    for m in names.finditer(text):
        tail = INSULT_PREDICATE.match(text, m.end())
        if tail:
            found.append((m.start(), tail.end(), "insult at member"))
    return found


# "what a twat", "stupid cow", "absolute muppet": insult nouns that stand alone. False
# positives: about a person not in the chat ("what an idiot" about a politician) -> medium at
# most, and only when the message also points at someone.
INSULT_EXCLAMATION = re.compile(
    r"\b(?:what\s+an?|such\s+an?|absolute|total|complete|utter|stupid|fat|ugly|lazy|little)\s+"
    r"(?:" + INTENSIFIERS + r"\s+){0,2}(?:" + INSULT_NOUNS + r")\b",
    _I,
)
# "shut up Megan", "fuck off", "screw you": profanity or dismissal aimed straight at someone.
DIRECTED_ABUSE = re.compile(
    r"\b(?:f+u+c+k+|f[\*\.]+c?k|fk|fuk|screw|sod)\s+(?:off|you|u|ya|yourself|urself)\b|"
    r"\bgo\s+(?:and\s+)?(?:fuck|f[\*\.]+c?k|screw)\s+(?:yourself|urself|off)\b|"
    # plain "shut up" is everyday banter; the profane or face/mouth forms are not
    r"\bshut\s+(?:the\s+(?:fuck|f[\*\.]+c?k|hell)\s+up|tf\s+up|your\s+(?:fucking\s+)?(?:mouth|face|gob))\b|"
    r"\b(?:stfu|gtfo|piss\s+off|up\s+yours|bog\s+off|get\s+to\s+fuck)\b|"
    r"\b(?:you|u|ya)\s+(?:fucking|f[\*\.]+(?:c?k)?ing|fkn|effing)\s+(?:" + INSULT_NOUNS + r")\b",
    _I,
)

# --- threats and incitement ---

# Telling someone to kill or hurt themselves. "kms" (about oneself) is not here: that is a
# wellbeing matter, not abuse of another member.
SELF_HARM_INCITEMENT = re.compile(
    r"\bkys\b|\bk\.y\.s\b|"
    r"\b(?:kill|hang|end|off|neck|unalive)\s+(?:your\s*self|urself|yaself|yourselves|ya\s+self)\b|"
    r"\bgo\s+(?:and\s+|n\s+)?(?:die|jump\s+off)\b|"
    r"\b(?:drink|swallow)\s+(?:some\s+)?bleach\b|"
    r"\bjump\s+off\s+(?:a|the)\s+(?:bridge|cliff|building|roof)\b|"
    r"\b(?:do\s+(?:us|everyone|the\s+world)\s+a\s+favou?r\s+and\s+die)\b|"
    r"\b(?:nobody|no\s+one|no1)\s+would\s+(?:care|miss\s+(?:you|u))\s+if\s+(?:you|u)\s+died\b",
    _I,
)
_TARGET = r"(?:you|u|ya|him|her|them|you\s+all|yous|your\s+\w+)"
# "I'll kill you", "I'm gonna smash her face in", "watch your back", "I know where you live".
# False positives: "I'll kill him if he eats my yoghurt again lol" -> softened by banter cues;
# "I could kill for a coffee" -> FIGURATIVE.
THREAT = re.compile(
    r"\b(?:i['’]?ll|i\s+will|ill|i['’]?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|"
    r"i\s+(?:want|swear|promise)\s+(?:to\s+|i['’]?ll\s+|i\s+will\s+)?|gonna|going\s+to|"
    r"someone\s+(?:should|needs\s+to|ought\s+to)|i\s+(?:could|would|wanna))\s+"
    r"(?:\w+\s+)?(?:kill|hurt|stab|punch|batter|smash|slap|deck|beat|strangle|murder|shoot|"
    r"knock|kick|bottle|glass|burn|end)\s+" + _TARGET + r"\b|"
    r"\bwatch\s+(?:your|ur)\s+back\b|\bi\s+know\s+where\s+(?:you|u)\s+live\b|"
    r"\b(?:deserves?|needs?|wants?)\s+(?:a\s+)?(?:good\s+)?(?:slap|slapping|kicking|punch|"
    r"hiding|beating|smack|battering)\b|"
    r"\bmake\s+(?:your|ur|his|her|their)\s+life\s+(?:hell|a\s+misery|a\s+living\s+hell)\b|"
    r"\b(?:you|u)['’]?(?:re|r|\s+are)?\s+(?:so\s+)?dead\s+(?:meat|when|if)\b|"
    r"\b(?:you|u)['’]?(?:ll|\s+will)\s+(?:regret|pay\s+for)\s+(?:this|that|it)\b|"
    r"\b(?:hope|wish)\s+(?:you|u|she|he|they)\s+(?:\w+\s+)?(?:dies?|gets?\s+(?:hit|run\s+over|"
    r"stabbed|hurt|cancer)|rots?|burns?)\b",
    _I,
)

# --- what softens or explains a message ---

# Hyperbole about oneself or a task: "this assignment is killing me", "I'm dying to see it",
# "kill me, early shift", "I could murder a coffee", "you killed it", "dead tired".
FIGURATIVE = re.compile(
    r"\b(?:killing|killed|kills)\s+(?:me|us|it|my)\b|\bkill\s+me\b|\bshoot\s+me\b|"
    r"\bdying\s+(?:to|for|of|here|inside)\b|\bi['’]?m\s+(?:dying|dead|deceased)\b|"
    r"\b(?:could|would)\s+(?:kill|murder|die)\s+for\b|\bmurder\s+(?:a|an|some)\s+\w+|"
    r"\bto\s+die\s+for\b|\bdead\s+(?:tired|funny|good|nice|easy|hard|busy|serious|on|right|"
    r"jealous|lucky|proud|excited|bored|quiet)\b|\b(?:smashed|killed|nailed)\s+it\b|"
    r"\b(?:kill|smash|nail)\s+(?:it|this|that|the\s+\w+)\b|\bkms\b|\bend\s+me\b",
    _I,
)
# Laughter and joking markers. They soften a message; they do not excuse it.
SOFTENER = re.compile(
    r"(?:\b(?:lol+|lmao+|lmfao+|rofl|ha(?:ha)+h?|hehe+|jk|jokes|joking|kidding|xd)\b|"
    r"[\U0001F602\U0001F923\U0001F61C\U0001F61D\U0001F92A\U0001F606\U0001F605])",
    _I,
)
# Praise that swearing often intensifies among friends: "you fucking legend", "love you lot".
PRAISE = re.compile(
    r"\b(?:legends?|love|loves|amazing|best|stars?|genius|heroes|hero|proud|brilliant|queens?|"
    r"kings?|beautiful|gorgeous|lifesavers?|life\s+savers?|angels?|smashed\s+it|well\s+done)\b",
    _I,
)
# Someone quoting or condemning abuse rather than giving it: "he called me a stupid cow",
# "someone told her to kys", "it's not ok to call people idiots". False negatives: a member
# "quoting" in order to repeat the insult -> the detector still reports it, at low.
REPORTED_SPEECH = re.compile(
    r"\b(?:called|calling|call)\s+(?:me|her|him|them|us|people|someone|anyone)\b|"
    r"\b(?:told|tells|telling)\s+(?:me|her|him|them|us|someone|people)\s+(?:to|that|i|she|he)\b|"
    r"\b(?:said|says|saying|wrote|posted|texted|messaged|shouted|screamed)\s+(?:that\s+)?"
    r"(?:to\s+)?(?:me|her|him|them|us)\b|"
    r"\b(?:not\s+ok(?:ay)?|never\s+ok(?:ay)?|unacceptable|out\s+of\s+order|reported)\b|"
    r"\b(?:don['’]?t|do\s+not|shouldn['’]?t|stop)\s+(?:call(?:ing)?|say(?:ing)?|tell(?:ing)?)\b",
    _I,
)
# Quoted text: abuse inside quotation marks is being reported, abuse outside them is not
# (a scare-quoted word such as marked me down for "attitude" excuses nothing around it).
QUOTED = re.compile(r"[\"“][^\"“”\n]{2,200}[\"”]")

# --- groups (identity-based abuse, HCPC 1.6) ---

GROUPS = (
    r"muslims?|jews|jewish\s+people|christians|hindus|sikhs|immigrants|migrants|foreigners|"
    r"refugees|asylum\s+seekers|gays|gay\s+people|lesbians|trans\s+(?:people|women|men)|"
    r"black\s+people|asians|indians|africans|nigerians|chinese|poles|polish\s+people|"
    r"romanians|eastern\s+europeans|gypsies|travellers|disabled\s+people|the\s+disabled|"
    r"women|girls|old\s+people|the\s+elderly|fat\s+people|benefit\s+claimants|"
    r"people\s+(?:like\s+(?:that|them|her|him)|from\s+(?:that|those|round\s+there)\s+\w+)|"
    r"(?:these|those|that)\s+(?:kind|sort|type)\s+of\s+(?:people|families|patients|parents)|"
    # nationality or ethnicity adjectives before people nouns ("Pakistani families"); matched
    # case-sensitively by shape, so "polish your shoes" is not a group
    r"(?-i:[A-Z][a-z]+(?:i|ish|ian|ean|ese|an))\s+(?:families|people|patients|parents|kids|"
    r"men|women|lads|girls|mums|dads|staff|nurses|doctors|students)"
)
# Generalising about a group: "typical immigrants", "muslims are all ...", "go back to your own
# country". False positives: statistics and care discussions ("refugees are often
# traumatised") -> the attribute must be derogatory.
IDENTITY_GENERALISATION = re.compile(
    r"\b(?:typical|bloody|fucking|effing|all\s+(?:these|those|the)|those|these|all)\s+(?:"
    + GROUPS
    + r")\s*,?\s+(?:are|r|just|always|never|should|need|get|coming|taking|ruin|stink|smell)\b|"
    # "<group> (on the ward) are all thieves": up to three words between group and verb
    r"\b(?:" + GROUPS + r")(?:\s+[\w']+){0,3}?\s+(?:are|r)\s+(?:all\s+|just\s+|so\s+|such\s+|"
    r"the\s+)?(?:lazy|dirty|thick|stupid|terrorists|scroungers|thieves|criminals|animals|vermin|"
    r"disgusting|parasites|the\s+problem|useless|a\s+drain|a\s+burden|ruining|taking\s+over|"
    r"not\s+welcome|subhuman|inferior|a\s+disease|feral|the\s+same|all\s+the\s+same)\b|"
    r"\b(?:" + GROUPS + r")\s+(?:never|always|all)\s+(?:\w+\s+)?(?:follow|listen|work|pay|"
    r"lie|steal|cheat|complain|smell|stink|cause)\b|"
    r"\b(?:" + GROUPS + r")\s+(?:shouldn['’]?t|should\s+not|should\s+never)\s+be\s+"
    r"(?:allowed|let|trusted|given)\b|"
    r"\bgo\s+back\s+to\s+(?:your|their|his|her)\s+(?:own\s+)?country\b|"
    r"\bsend\s+(?:them|em|'em|the\s+lot\s+of\s+them)\s+(?:all\s+)?back\b|"
    r"\b(?:should|need\s+to|ought\s+to)\s+(?:all\s+)?(?:be\s+)?(?:deported|sent\s+back|"
    r"go\s+back\s+(?:home|to\s+where))\b",
    _I,
)
# Casual ableist and homophobic put-downs ("that's so gay", "are you retarded"): identity-based
# even when aimed at a thing; low unless aimed at a person.
CASUAL_IDENTITY_SLIGHT = re.compile(r"\bso\s+gay\b|\bretard(?:ed|s)?\b|\bspaz+\b|\bspastic\b", _I)


def spans(pattern: re.Pattern[str], text: str, label: str) -> list[Span]:
    return [(m.start(), m.end(), label) for m in pattern.finditer(text)]


def near(a: Iterable[Span], b: Iterable[Span], gap: int = 20) -> bool:
    """True when a span of `a` lies within `gap` characters of a span of `b`."""
    b = list(b)
    return any(s1 - gap <= e2 and s2 - gap <= e1 for s1, e1, _ in a for s2, e2, _ in b)


# --- a cheap first pass ---
# Every cue above needs at least one of these words. Checking a message's words against sets
# costs microseconds; the regexes cost a hundred times more, so they run only when a trigger
# word of their kind is present.
TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "insult": frozenset(
        "idiot idiots moron morons imbecile cretin twat prick dick dickhead knob knobhead "
        "bellend wanker tosser cunt bitch cow bastard arsehole asshole arse dipshit dumbass "
        "numpty muppet clown loser weirdo freak psycho slag slut skank snake creep pig "
        "scrounger waste liar fraud doormat nobody nonce useless pathetic stupid thick dumb "
        "ugly fat disgusting vile worthless incompetent lazy braindead brain gormless clueless "
        "spineless two faced fake annoying irritating embarrassing joke disgrace embarrassment "
        "hopeless".split()
    ),
    "threat": frozenset(
        "kill hurt stab punch batter smash slap deck beat strangle murder shoot knock kick "
        "bottle glass burn end watch live dead regret pay die dies rot rots burns "
        "slapping kicking hiding beating smack battering hell misery hit stabbed cancer".split()
    ),
    "self_harm": frozenset(
        "kys yourself urself yaself yourselves self die bleach jump favour favor died "
        "unalive".split()
    ),
    "identity": frozenset(
        "muslim muslims jews jewish christians hindus sikhs immigrants migrants foreigners "
        "refugees asylum gays gay lesbians trans black asians indians africans nigerians "
        "chinese poles polish romanians europeans gypsies travellers disabled women girls "
        "elderly fat benefit people families patients parents kids men lads mums dads staff "
        "nurses doctors students country deported send sent retard retarded "
        "retards spaz spazz spastic".split()
    ),
    "directed": frozenset("screw sod shut stfu gtfo piss yours bog tf".split()),
}
PROFANE_PREFIXES = (
    "fuck", "fuk", "fck", "fk", "f*", "sh1", "shit", "cunt", "twat", "wank", "bollock",
    "bastard", "bitch", "dick", "prick", "piss", "arse", "asshole", "crap", "bloody",
    "bugger", "tosser", "knob", "stfu", "wtf", "fml", "effing",
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9*]+")
_PROFANE_START = re.compile(
    r"(?<![a-z0-9*])(?:" + "|".join(re.escape(p) for p in PROFANE_PREFIXES) + ")", _I
)


def triggers(text: str) -> frozenset[str]:
    """Which kinds of cue could match: "insult", "threat", "self_harm", "identity",
    "directed" and "profane". Empty means no cue regex can match the text."""
    words = set(_WORD.findall(text.lower()))  # "you're" -> {"you", "re"}
    found = {kind for kind, vocabulary in TRIGGER_WORDS.items() if not words.isdisjoint(vocabulary)}
    if _PROFANE_START.search(text):
        found.add("profane")
    lowered = text.lower()
    if "k.y.s" in lowered:
        found.add("self_harm")
    if "f.c" in lowered or "f.k" in lowered:  # "f.ck", "f..k": split by the word pattern
        found.add("profane")
    return frozenset(found)
