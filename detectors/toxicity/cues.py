"""The toxicity detector's own cues (the shared ones live in detectors/lexicon/shared.py).

They do two jobs. A few make a finding from the words alone when no model ran (sexual remarks
about a person, name-calling of whoever reported something); the rest suppress false alarms
around the classifier's scores (an insult the writer aims at themselves). Every cue is named
data with an example and a counter-example; notes say what each one wrongly catches."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet
from detectors.lexicon.shared import GROUPS, INSULT_ADJECTIVES, INSULT_NOUNS

# --- sexual remarks about a person (TOX007) ---

# "I'd shag him", "would smash her". Not "do" or "pull": "I'd do that again", "pull the curtain".
SEXUAL_REMARK = CueSet(
    "sexual_remark",
    (
        Cue(
            "sexual.would_have_sex_with",
            r"\b(?:i['’]?d|i\s+would|id|would|wud|i\s+wanna|want\s+to|gonna)\s+(?:\w+\s+)?"
            r"(?:shag|bang|smash|ride|bone|fuck)\s+(?:her|him|them|u|you|ya|the\s+\w+)\b",
            "sexual",
            example="honestly I'd shag him",
            counter_example="I'd smash the exam tomorrow",
            unless=r"\b(?:the\s+(?:exam|essay|assignment|osce|placement|shift|test|presentation))\b",
            note="'smash' is also 'do brilliantly' (the unless veto keeps assessments out)",
        ),
        # "fit patient", "the hot consultant", "sexy resident": desirability said of people in
        # care or at work. False positives: "fit for discharge" (not before a person noun).
        Cue(
            "sexual.desirable_person_at_work",
            r"\b(?:fit|hot|sexy|peng|buff|fuckable|shaggable)\s+(?:young\s+)?(?:patient|"
            r"service\s+user|resident|client|consultant|registrar|reg|doctor|mentor|lecturer|"
            r"teacher|dad|mum|pupil['’]?s\s+(?:mum|dad)|paramedic|physio)\b",
            "sexual",
            example="the fit patient in bay 3 keeps winking at me",
            counter_example="the patient is fit for discharge",
        ),
        Cue(
            "sexual.body_of_person",
            r"\b(?:her|his|ur|your|their)\s+(?:tits|boobs|arse|ass|bum|rack|package|cock|dick|"
            r"bulge)\b",
            "sexual",
            example="did you see her tits in that uniform",
            counter_example="did you see her notes on that patient",
        ),
    ),
)

# --- intimidating someone who raised a concern (TOX008) ---

# Reporting, named as the reason for hostility: "whoever grassed", "she snitched to the PEF".
CONCERN_RAISER = CueSet(
    "concern_raiser",
    (
        Cue(
            "concern.grass_snitch",
            r"\b(?:grass(?:ed|ing)?\s+(?:on|us|me|her|him|them|to|up)|grassed|snitch(?:es|ed|ing)?|"
            r"snitching|dobbed\s+(?:us|me|her|him|them)\s+in|(?:a|such\s+a|little|fucking|dirty)\s+"
            r"grass(?!\s*(?:verge|court|pitch|seed|stain|cutting))|"
            r"tell[\s-]?tale|ratted\s+(?:on|us|me|her|him|them|out))\b",
            "concern",
            example="she grassed us up to the tutor",
            counter_example="the grass by the car park is soaked",
        ),
        Cue(
            "concern.whoever_reported",
            r"\b(?:whoever|who\s*ever|which\s+one\s+of\s+(?:you|yous|u))\s+(?:\w+\s+){0,2}?"
            r"(?:reported|told|complained|went\s+to|emailed|spoke\s+to|raised)\b",
            "concern",
            example="whoever reported the break times",
            counter_example="whoever has the notes pls send",
        ),
    ),
)
# A warning or a threat that can follow a report ("better watch it", "see what happens").
# False positives: advice ("better watch the deadline") -> only counted with CONCERN_RAISER.
WARNING = Cue(
    "concern.warning",
    r"\b(?:better\s+(?:watch|be\s+careful|keep)|watch\s+(?:it|themselves|yourself|urself|"
    r"your\s+back|ur\s+back)|(?:get|gets|getting)\s+what['’]?s\s+coming|see\s+what\s+happens|"
    r"know\s+who\s+(?:you|u|it)\s+(?:are|r|was)|won['’]?t\s+forget|regret|sorted\s+out|"
    r"dealt\s+with|stitches)\b",
    "warning",
    example="they better watch themselves",
    counter_example="they better bring biscuits",
)

# --- hostility aimed at a group for who they are (TOX002) ---

# People named by who they are: the shared GROUPS plus singular and plainer forms, and groups
# of patients and service users named by their condition. Deliberately slur-free.
GROUP = (
    r"(?:" + GROUPS + r"|wom[ae]n|females|trans(?:gender)?(?:\s+(?:people|folk|kids|women|men))?|"
    r"gay\s+(?:men|women|lads|couples)|gays?|lesbians?|bisexuals?|queers?|lgbtq?\+?(?:\s+people)?|"
    r"black\s+(?:folk|men|women|kids|families|patients)|blacks|disabled\s+(?:folk|kids|patients)|"
    r"cripples?|muslims?|jews?|immigrants?|migrants?|refugees?|foreigners?|pakis?|pensioners|"
    r"autistic\s+(?:people|kids|patients)|people\s+with\s+(?:dementia|autism|downs|adhd|"
    r"learning\s+disabilities|mental\s+health\s+problems)|(?:dementia|mental\s+health|"
    r"psych|learning\s+disability)\s+patients|people\s+on\s+benefits|single\s+mums|"
    r"old\s+(?:people|folk|dears|biddies))"
)
# Any mention of people at all: a group by name, or a plural of people ("families", "that lot",
# "these ones"). An attack on people for who they are needs people in it: a model score for
# identity attack on "the lifts in this building are shit" is the swearing, not a group.
PEOPLE = Cue(
    "target.people",
    r"\b(?:" + GROUP + r"|people|ppl|peeps|folks?|famil(?:y|ies)|patients|parents|kids|children|"
    r"residents|clients|service\s+users|users|students|pupils|men|lads|boys|girls|guys|mums|"
    r"dads|staff|nurses|doctors|carers|everyone|every1|every\s+one|any\s*one|(?:that|this|"
    r"your|their|you)\s+lot|lot\s+of\s+them|ones|types?|sorts?|kinds?|they|them|their|"
    r"theirs|themselves|these|those|who(?:m|se)?|[a-z]+(?:ians?|ese|ish|ists?|ers))\b",
    "people",
    example="that lot off the estate are all the same",
    counter_example="the lifts in this building are shit",
    note="any word ending -ers/-ists/-ians counts (workers, racists, christians), and so "
    "do 'this lot' and 'those': deliberately wide, as it only lets a model score through",
)
_NEGATED = (
    r"\b(?:don['’]?t|do\s+not|didn['’]?t|never|not|no\s+longer|isn['’]?t|aren['’]?t|n['’]?t)\b"
)
# Hostility that needs no insult word: hatred, dehumanising comparisons, calls for harm. A
# negation inside the match vetoes it ("I don't hate immigrants", "trans people are not a
# threat"); quoting and condemning cap it at low like any other cue.
GROUP_HOSTILITY = CueSet(
    "group_hostility",
    (
        Cue(
            "identity.hate_group",
            r"\b(?:i|we|everyone|every1|most\s+people)\s+(?:\w+\s+){0,2}?(?:hate|despise|detest|"
            r"loathe|can['’]?t\s+stand|cannot\s+stand|(?:am|['’]m|im)\s+(?:sick|tired)\s+of|"
            r"(?:am|['’]m|im)\s+disgusted\s+by)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?"
            + GROUP
            + r"\b",
            "identity",
            example="honestly I can't stand immigrants",
            counter_example="honestly I can't stand this rota",
            unless=_NEGATED,
        ),
        Cue(
            "identity.group_is_vermin",
            r"\b" + GROUP + r"\s+(?:are|r|is|=)\s+(?:all\s+|just\s+|nothing\s+but\s+|basically\s+|"
            r"like\s+|no\s+better\s+than\s+|such\s+|a\s+|an\s+|the\s+|total\s+|fucking\s+)*"
            r"(?:vermin|rats|cockroaches|parasites|scum|animals|savages|trash|garbage|filth|plague|"
            r"cancer|disease|subhuman|pigs|apes|insects|leeches|virus|worthless|disgusting|vile|"
            r"evil|inferior|a\s+waste|a\s+joke|idiots|criminals|terrorists|freaks|perverts|"
            r"mentally\s+ill|abominations?|useless|a\s+burden|a\s+drain|pathetic)\b",
            "identity",
            example="muslims are basically vermin",
            counter_example="muslims are often targeted by abuse",
            unless=_NEGATED,
        ),
        Cue(
            "identity.harm_the_group",
            r"\b(?:kill|shoot|gas|hang|exterminate|wipe\s+out|get\s+rid\s+of|eradicate|burn|"
            r"stab|beat\s+up|round\s+up|lock\s+up|sterilise|sterilize)\s+(?:all\s+|every\s+)?"
            r"(?:the\s+|these\s+|those\s+|of\s+the\s+)?(?:fucking\s+|bloody\s+)?" + GROUP + r"\b",
            "identity",
            example="someone should get rid of all the refugees",
            counter_example="someone should get rid of all the paperwork",
            unless=_NEGATED,
        ),
        Cue(
            "identity.group_should_suffer",
            r"\b" + GROUP + r"\s+(?:should|need\s+to|deserve\s+to|ought\s+to|must)\s+(?:all\s+)?"
            r"(?:be\s+)?(?:die|killed|shot|hanged|hung|gassed|burned|burnt|exterminated|wiped\s+out|"
            r"locked\s+up|put\s+down|sterili[sz]ed|rot|suffer|disappear|be\s+banned|banned)\b",
            "identity",
            example="gypsies should all be locked up",
            counter_example="gypsies should all be offered the vaccine",
            unless=_NEGATED,
        ),
        Cue(
            "identity.group_not_human",
            r"\b" + GROUP + r"\s+(?:are|r)\s*(?:not|n['’]?t)\s+(?:even\s+)?(?:human|people|real\s+"
            r"(?:people|women|men))\b",
            "identity",
            example="trans women aren't real women",
            counter_example="trans women aren't the problem here",
        ),
    ),
)

# --- severe abuse aimed at a person (TOX005 without detoxify) ---

# Telling someone they are worthless or less than human: "you worthless piece of shit",
# "you're a waste of oxygen", "she's subhuman". Aimed at a person by its subject.
WORTHLESS = Cue(
    "severe.worthless",
    r"\b(?:you|u|ya|you['’]?re|youre|ur|u\s+r|you\s+are|she['’]?s|he['’]?s|she\s+is|he\s+is)\s+"
    r"(?:a\s+|an\s+|such\s+a\s+|just\s+a\s+|nothing\s+but\s+a\s+)?(?:worthless|useless|"
    r"pathetic|disgusting|fucking|fkn|absolute|total|little|\s)*(?:piece\s+of\s+(?:shit|crap|"
    r"trash|garbage|filth)|waste\s+of\s+(?:space|oxygen|skin|air|a\s+life)|subhuman|scum|"
    r"vermin|worthless)\b",
    "severe",
    example="you're a worthless fucking piece of shit",
    counter_example="you're a worthwhile piece of the team",
)

# --- what suppresses a false alarm ---

# Death and self-harm words. Telling someone to harm themselves names the harm; the classifier
# alone also fires on "look after yourself" (the words around incitement in its training data),
# so a medium self-harm score counts only with one of these in the message (a high one counts
# on its own: incitement is phrased in endless ways, "walk into the sea", "self delete").
HARM_TOPIC = Cue(
    "self_harm.topic",
    r"\b(?:die|dies|died|dead|death|kill\w*|suicid\w*|jump\w*|bridge|rope|hang\w*|noose|"
    r"bleach|overdose|od|pills|cut\w*|wrists?|breath\w*|exist\w*|unalive|neck\s+(?:yourself|"
    r"urself)|top\s+(?:yourself|urself)|off\s+(?:yourself|urself)|end\s+(?:it|yourself|urself)|"
    r"disappear\w*|grave|harm\w*|hurt\w*|starve|drown\w*|traffic|train|kms|kys)\b",
    "self_harm_topic",
    example="do everyone a favour and stop breathing",
    counter_example="look after yourself this weekend",
)

# An insult aimed at oneself ("I'm such an idiot lol", "me = useless today").
SELF_DIRECTED = Cue(
    "insult.self_directed",
    r"\b(?:i['’]?m|i\s+am|im|i\s+was|i\s+feel\s+(?:like\s+)?|me\s+=|call\s+me)\s+(?:such\s+|so\s+|"
    r"a\s+|an\s+|the\s+|literally\s+|actually\s+|being\s+|a\s+total\s+|an\s+absolute\s+)*(?:"
    + INSULT_NOUNS
    + "|"
    + INSULT_ADJECTIVES
    + r")\b",
    "self_directed",
    example="I'm such an idiot lol, left my badge at home",
    counter_example="you're such an idiot",
)

# Words quoted in single quotes ('she's a grass'): the shared QUOTED cue takes double quotes
# only, and chat writers quote with either. The opening quote must follow a space or the start
# and the closing one precede a space or punctuation, so apostrophes ("don't") never pair up.
QUOTED_SINGLE = Cue(
    "quote.single_marks",
    r"(?:^|(?<=[\s(:]))['‘][^'’\n]{3,200}['’](?=$|[\s.,!?;:)])",
    "quote",
    example="him saying 'i know where you park' to her",
    counter_example="don't worry, it's fine",
)
# Counter-speech: calling a remark out ("stop it", "not cool", "a lazy stereotype"). Like
# quoting, it caps a finding at low. False negatives: abuse that also says "stop" ("stop being
# such a cow") -> a finding from a phrase cue outside the call-out still counts at low.
CALL_OUT = Cue(
    "counter.call_out",
    r"\b(?:stop\s+(?:it|that|this|the|with)|pack\s+it\s+in|not\s+cool|(?:is|was)n['’]?t\s+"
    r"(?:it|on|funny|ok|okay|fair|true)|a\s+bit\s+much|out\s+of\s+line|(?:lazy|tired|old|"
    r"harmful)\s+(?:stereotype|line|trope)|stereotypes?\s+(?:are|is)|is\s+a\s+myth|"
    r"not\s+a\s+punchline)\b",
    "counter_speech",
    example="that joke about kasia is a bit much",
    counter_example="she's a bit of a mess today",
)

# Warmth: praise and kindness said of people ("you lot are legends", "X families always bring
# food in for the staff"). A model score with no phrase cue behind it, on a warm message, is
# kept low: the classifier learnt group words and swearing from abuse, and warm messages use
# both. False negatives: sarcasm ("love how lazy they are") -> the phrase cues still count.
WARMTH = Cue(
    "praise.warmth",
    r"\b(?:legends?|love(?:s|d|ly)?|kind(?:est)?|brilliant|amazing|generous|welcoming|grateful|"
    r"thank(?:s|ful)?|proud|sweet|wonderful|fab|the\s+best|heroes|hero|angels?|stars?|"
    r"bring(?:s|ing)?\s+(?:food|cake|treats|biscuits|sweets)|look(?:s|ed)?\s+after)\b",
    "praise",
    example="Polish families always bring food in for the staff",
    counter_example="Polish families always complain about the food",
)

# An insult word under negation: "they aren't scroungers", "you're not stupid", "not all of
# them are lazy", "nobody is useless here". The word is denied, not said of anyone; a model
# score on a message whose every insult word is denied is kept low (the words still decide:
# "you're not stupid, you're a liar" has an insult word left over). False positives: "not
# only lazy but rude" (the word 'only' in between is not allowed).
# Nouns that degrade people when said of them (animals, objects, criminals), counted with the
# insult nouns for negation only: "they're kids, not animals", "residents aren't furniture".
DEGRADING_NOUNS = (
    r"animals?|vermin|rats?|parasites?|scum|savages?|trash|garbage|filth|furniture|objects?|"
    r"cattle|dogs?|pigs?|beasts?|monsters?|criminals?|thieves|thief|terrorists?|the\s+problem|"
    r"a\s+burden|a\s+drain|houseplants?|vegetables?|zombies?|bed\s*blockers?"
)
_DENIABLE = INSULT_NOUNS + "|" + DEGRADING_NOUNS
INSULT_WORD = Cue(
    "insult.word",
    r"\b(?:" + _DENIABLE + r")(?:e?s)?\b|\b(?:" + INSULT_ADJECTIVES + r")\b",
    "insult_word",
    example="what a muppet",
    counter_example="what a star",
)
NEGATED_INSULT = Cue(
    "negation.insult_word",
    r"\b(?:(?:is|are|was|were|am|do|does|did|r)n['’]?t|isnt|arent|wasnt|not|never|no\s+one|"
    r"nobody|none\s+of\s+(?:them|us|you))\s+(?:(?:all|every\w*|of\s+(?:them|us)|is|are|"
    r"was|were|being|a|an|the|that|so|really|even|just|remotely|at\s+all|on\s+\w+|\w+)\s+)"
    r"{0,4}?(?:" + _DENIABLE + r")(?:e?s)?\b|\b(?:(?:is|are|was|were|am)n['’]?t|isnt|arent|"
    r"wasnt|not|never)\s+(?:(?:all|so|really|even|just|remotely|being|a|an)\s+){0,2}(?:"
    + INSULT_ADJECTIVES
    + r")\b",
    "negation",
    example="people on benefits aren't scroungers",
    counter_example="people on benefits are scroungers",
    note="a slot of up to four words between the negation and the noun lets through 'not "
    "every one of them is a scrounger' and also, wrongly, 'not sure why he's a scrounger'",
)

CUES = (
    *SEXUAL_REMARK.cues,
    *CONCERN_RAISER.cues,
    WARNING,
    SELF_DIRECTED,
    QUOTED_SINGLE,
    CALL_OUT,
    WARMTH,
    INSULT_WORD,
    NEGATED_INSULT,
    PEOPLE,
)
