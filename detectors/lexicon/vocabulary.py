"""Word lists used inside cue patterns (alternations, not cues): people nouns, insult words,
intensifiers and groups. Shared by the lexicon's cue modules."""

from __future__ import annotations

# --- vocabularies (alternations used inside cue patterns) ---

# People nouns from placement life. False positives: "she is a nurse" (a neutral description)
# -> used only next to an insult word.
PERSON_NOUNS = (
    r"lecturer|tutor|mentor|supervisor|assessor|educator|manager|boss|patient|client|"
    r"service\s+user|resident|teacher|nurse|midwife|doctor|consultant|registrar|matron|"
    r"sister|hca|carer|pupil|student|kid|child|parent|mum|dad|girl|guy|lad|woman|man|"
    r"bloke|lady|one|person|colleague|staff\s+nurse|social\s+worker|head|deputy"
)
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
INTENSIFIERS = (
    r"(?:such|so|a|an|total|absolute|proper|complete|utter|bloody|fucking|f\*+king|"
    r"effing|massive|big|fat|stupid|useless|right|actual|literally|really|just)"
)
_SUBJECT = (
    r"(?:you|u|ya|ur|you['’]?re|youre|you\s+are|u\s+r|ur\s+a|she['’]?s|he['’]?s|they['’]?re|"
    r"(?:she|he|they|you)\s+(?:is|are|was|were|r|being|really\s+is|always\s+is)|"
    r"(?:the|that|this|our|my|their|his|her)\s+(?:[a-z]+\s+)?(?:" + PERSON_NOUNS + r")"
    r"(?:\s+(?:on|in|at|from)\s+(?:my|our|the|his|her|their)\s+\w+)?\s+(?:is|was|are|=)|"
    r"(?:dr|mr|mrs|ms|miss|prof|sir)\.?\s+[^\W\d_][\w'-]*\s+(?:is|was|=))"
)
_INSULT = r"(?:(?:" + INSULT_NOUNS + r")|(?:" + INSULT_ADJECTIVES + r"))"
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
_TARGET = r"(?:you|u|ya|him|her|them|you\s+all|yous|your\s+\w+)"
