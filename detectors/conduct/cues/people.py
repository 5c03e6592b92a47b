"""Who a message is about, for the defamation rule (and the member check of the shaming
rule): a title and surname ("Dr Patel", "Sister Daly"), a role ("the ward manager", "my
mentor"), a capitalised name, a third-person pronoun that refers back to one of those, or the
writer themself (first person: "I nicked a pen lol" is not defamation).

False positives of the capitalised-name cue are sentence starts and chat words; text.py
drops the words in NOT_NAMES there."""

from __future__ import annotations

from detectors.conduct.cues.common import STAFF_ROLE
from detectors.lexicon import Cue

TITLE_NAME = Cue(
    "conduct.person.title_name",
    r"\b(?:(?i:dr|mr|mrs|ms|miss|mx|prof|professor)\.?|Sister|Nurse|Matron|Sir)\s+"
    r"[A-Z][\w'’-]+",
    "title and name",
    "Sister Daly is on again tonight",
    "my sister is on again tonight",
    flags=0,
)
ROLE = Cue(
    "conduct.person.role",
    r"\b(?:the|my|our|her|his|their|that|this|one\s+of\s+the|a|an|\w+['’]s)\s+(?:[\w'’]+\s+){0,2}?"
    + STAFF_ROLE
    + r"s?\b",
    "role",
    "the ward manager was there",
    "the ward was quiet",
)
THIRD_PERSON = Cue(
    "conduct.person.third",
    r"\b(?:she|he|they|her|him|she['’]s|he['’]s|they['’]re)\b",
    "third person",
    "she does it every shift",
    "I do it every shift",
)
FIRST_PERSON = Cue(
    "conduct.person.first",
    r"\b(?:i|we|me|us|i['’]m|i['’]ve|im|ive|we['’]re|we['’]ve)\b",
    "first person",
    "I nicked a pen lol",
    "Dan nicked a pen lol",
)
CAPITALISED = Cue(
    "conduct.person.name",
    r"\b[A-Z][a-z'’]{2,}\b",
    "name",
    "everyone knows Karen does it",
    "everyone knows she does it",
    flags=0,
)

# A person described by what they do and where ("the band 6 on nights", "that student from
# the other cohort", "the man who runs the skills lab"): identifiable to the cohort.
DESCRIBED = Cue(
    "conduct.person.described",
    r"\b(?:the|that|our|my|his|her|their|this|jade['’]s|[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:nurse|midwife|manager|worker|teacher|head|tutor|mentor|lead|assessor|carer|student|"
    r"dr|doctor|consultant|pharmacist|hca|ta|associate|supervisor|boyfriend|girlfriend|"
    r"husband|wife|caretaker|deputy|pe|pef|reg|registrar|surgeon|paramedic|tech|physio|ot|"
    r"receptionist|porter|governor|senco|sister|matron|educator|lecturer|band\s?\d|sw|"
    r"social\s+worker|guy|man|woman|bloke|lady|fella|chap|trainee|director|ceo|chair|coach|"
    r"instructor|sergeant|officer)s?\b",
    "described person",
    "the band 6 on nights sleeps in the office",
    "the night shift on the ward sleeps in the office",
)
# A lower-case first name opening a clause ("jess cheated on the drug calc"): chats are often
# typed without capitals. text.py only takes it when it is not an everyday word.
OPENING_WORD = Cue(
    "conduct.person.opening_name",
    r"^\s*(?:(?:honestly|apparently|omg|lol|so|and|but|tbh|ngl|fyi|btw|like|also|yeah|guys|"
    r"wait|oh|literally|fun\s+fact)[,:]?\s+)?([a-z][a-z'’-]{2,})\b",
    "name",
    "jess cheated on the drug calc test",
    "  ",
)

CUES = (TITLE_NAME, ROLE, THIRD_PERSON, FIRST_PERSON, CAPITALISED, DESCRIBED, OPENING_WORD)
