"""Names as people type them: the chat's members (audit.core.people) are not service users;
a first-name list (cues/names.py) finds names spaCy's small model misses, and the words
around a name find the rest ("my SU frank", "ks in 10B", "tyrese's mum", "little leo in
reception").

A name is evidence of *who* only. Names of staff ("my mentor Karen"), of the student's own
family and friends ("my nan Margaret"), and of public figures (a message about a film or the
news) are not service users' names and are dropped here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from audit.core.people import Members
from detectors.confidentiality.cues.names import (
    DOUBLE_NAME_TAILS,
    EVERYDAY_NAMES,
    MIN_NAME,
    NAME_CONTEXT,
    NOT_INITIALS,
    NOT_NAMES,
    PERSON_WORDS,
    common_words,
    first_names,
)
from detectors.lexicon import CueSet, Prefilter

# One pass for every name context (at each position the first cue that matches wins).
_CONTEXT_SET = CueSet("conf.name", NAME_CONTEXT)
_CONTEXT_PREFILTER = Prefilter.of(NAME_CONTEXT)
# A verb right after a lower-case first name makes it the subject of a sentence ("freya has
# epilepsy"); list names that are not everyday words need no more than that.
_SUBJECT_VERB = re.compile(
    r"(?:['’]s|\s+(?:has|have|had|is|was|were|got|gets|keeps|kept|told|tells|said|says|came|"
    r"comes|went|goes|does|did|doesn'?t|didn'?t|won'?t|can'?t|cannot|wouldn'?t|isn'?t|wasn'?t|"
    r"hit|hits|threw|throws|needs|needed|started|starts|just|will|would|kicked|kicks|ran|runs|"
    r"took|takes|tried|tries|refused|refuses|disclosed|ate|eats|cried|cries|fell|bit|bites|"
    r"wet|soiled|screamed|screams|swore|swears|lives|lived|died|passed|wants|wanted|"
    r"and (?:her|his|their)|in|on|from|at)\b|\s*\()",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_][^\W\d_'’-]*)?")
# Names whose context or title says who they are; never taken for someone addressed.
STRONG_CONTEXTS = frozenset(
    {
        "TitledNameRecognizer",
        "conf.name.role_then_name",
        "conf.name.called",
        "conf.name.appositive",
        "conf.name.appositive_person",
        "conf.name.their_relative",
        "conf.name.with_initial",
        "conf.name.little",
        "conf.name.possessive_family",
        "conf.name.name_in_locator",
        "conf.name.bed_or_class",
        "conf.name.family_name",
        "conf.name.nickname",
        "conf.name.parenthetical",
    }
)
# A name addressed to someone in the chat: at the start of the message or after a greeting
# ("Sophie, delete that", "thanks Priya"), or after a comma at the very end ("Touché,
# Priya."); then a comma, full stop, exclamation or question mark, emoji or the end.
_GREETING = (
    r"hi|hey|hiya|thanks|thank you|ty|cheers|morning|night|sorry|bless you|love you|omg|ok|"
    r"okay|yes|no|well done|congrats|aww|ah|oh|lol|haha|good luck|miss you|same|agreed"
)
_VOCATIVE_BEFORE = re.compile(rf"(?:^|\b(?:{_GREETING})[,!]?\s+)\s*$", re.IGNORECASE)
_VOCATIVE_AFTER = re.compile(
    r"\s*(?:[,!?:]|\.(?:\s|$)|$|\s+(?![(\[\"'’])[^\w\s]|\s+(?:you|u|ur|your|you'?re|"
    r"r u|are you|can you|could you|did you|have you|do you|pls|please|stop|delete|thanks|"
    r"thank you|lol|haha|omg)\b)",
    re.IGNORECASE,
)
_COMMA_BEFORE = re.compile(r",\s*$")
_SECOND_PERSON = re.compile(r"\b(?:you|u|ur|your|you'?re|ya|yourself)\b", re.IGNORECASE)
_FINAL_AFTER = re.compile(r"\s*(?:[.!?]+|$|\s*[^\w\s,(\[]+\s*$)")
_DETERMINER = re.compile(
    r"\b(?:my|your|his|her|our|their|the|a|an|this|that|these|those|some|any)\s+$", re.IGNORECASE
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|\s[-–]\s)$")
_TITLES = ("mr ", "mrs ", "ms ", "miss ", "mx ", "mr. ", "mrs. ", "ms. ", "dr ", "prof ")
_INITIALS = re.compile(r"(?:[A-Za-z]\.?){2,3}")
# "TJ kicked off again": two or three capitals as a sentence's subject.
_PAREN_WORDS = frozenset({"aka", "called", "name", "names", "something"})
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|he'?s|she'?s)\b", re.IGNORECASE)
_CAPS_INITIALS = re.compile(r"(?<![\w@#])(?-i:[A-Z]{2,3}|[A-Z]\.[A-Z]\.)(?![\w])")
# A first name then one capital, not "A" or "I" ("Mason B", "Jayden T."), not "Plan B".
_WITH_INITIAL = re.compile(
    r"(?<![\w@'’])([^\W\d_][^\W\d_'’-]{2,20}) (?-i:([B-HJ-Z]))\.?(?![\w'’-]|\.\w)"
)
_SURNAME = re.compile(r" (?-i:[A-Z][a-z][^\W\d_'’-]*(?:[-'’][A-Z][^\W\d_]+)?)\b")


# How far back the words before a name are read (a window, not the whole text: a 100 kB
# paste has thousands of candidate words).
_LOOKBACK = 40


def _at_sentence_start(text: str, start: int) -> bool:
    return start == 0 or bool(_SENTENCE_START.search(text, max(0, start - _LOOKBACK), start))


def bare(name: str) -> str:
    """'Mrs Jones's' -> 'jones'; 'Tyrese’s' -> 'tyrese'."""
    name = name.strip().casefold()
    for suffix in ("'s", "’s", "s'", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    for title in _TITLES:
        if name.startswith(title):
            name = name[len(title) :]
    return name.strip(" ,.()")


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    how: str  # the cue or recognizer that found it
    full: bool = False  # first name and surname, untitled: could be a public figure


class MemberNames:
    """Every way the chat names its members (audit.core.people), casefolded."""

    def __init__(self, members: Members):
        self.names = members.names()
        self.surnames = {s.casefold() for s in members.surnames()}

    def __contains__(self, name: str) -> bool:
        b = bare(name)
        if not b:
            return False
        words = b.split()
        return (
            b in self.names
            or words[0] in self.names
            or words[-1] in self.surnames
            or (len(words) > 1 and words[-1] in self.names)
        )


_TITLE_CASE = re.compile(
    r"(?:Mc|Mac|O['’]|D['’])?[^\W\d_](?:[^\W\d_A-Z]|['’](?=[^\W\d_]))*"
    r"(?:-(?:[^\W\d_])(?:[^\W\d_A-Z])*)*(?:['’]s)?"
)


def _is_capitalised(word: str) -> bool:
    """'Freya', 'McDonald', "O'Brien", 'Anne-Marie': yes; 'PrEP', 'NHS', 'freya': no."""
    return word[:1].isupper() and bool(_TITLE_CASE.fullmatch(word))


def _context_names(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, cue name, strong) for names the surrounding words point at."""
    out = []
    if not _CONTEXT_PREFILTER.passes(text):
        return out
    for match in _CONTEXT_SET.finditer(text):
        cue = _CONTEXT_SET.cue_of(match)
        words = list(_WORD.finditer(match.group()))
        if not words:
            continue
        if cue.kind in ("name_after", "name_family"):
            chosen = words[:1]
            # "freya jones in my class": keep a following capitalised surname too
            gap = match.group()[words[0].end() : words[1].start()] if len(words) > 1 else ""
            if len(words) > 1 and _is_capitalised(words[1].group()) and gap == " ":
                chosen = words[:2]
        elif cue.kind == "name_before_verb":
            chosen = words[1:2]
        elif cue.kind == "name_surname":
            chosen = words[1:2]  # "the Khan family", "the Smiths"
        elif cue.kind == "name_nickname":
            quoted = re.search(r"['\"‘“](.+)$", match.group())
            if not quoted:
                continue
            start = match.start() + quoted.start(1)
            out.append((start, match.end(), cue.name, True))
            continue
        elif cue.kind == "name_paren":
            chosen = [w for w in words if w.group().casefold() not in _PAREN_WORDS][:1]
            if chosen and chosen[0].group().isupper() and len(chosen[0].group()) > 2:
                continue  # "(MMS)", "(NHS)": an abbreviation
        else:
            chosen = words[-1:]
        if not chosen:
            continue
        start = match.start() + chosen[0].start()
        end = match.start() + chosen[-1].end()
        # Only "X's mum" is strong enough for a lower-case word no list knows ("tyrese");
        # elsewhere the name must be listed or capitalised.
        out.append((start, end, cue.name, cue.kind in ("name_family", "name_surname")))
    return out


def _acceptable(
    word: str, strong: bool, at_start: bool, unlisted_ok: bool = False, after_verb: bool = False
) -> bool:
    """Is `word` (as typed) a name, given how strongly its context says so?"""
    folded = word.casefold().rstrip("'’")
    for suffix in ("'s", "’s"):
        if folded.endswith(suffix):
            folded = folded[: -len(suffix)]
    if folded in common_words() or folded in NOT_NAMES or folded in PERSON_WORDS:
        return False
    listed = folded in first_names() or _double_barrelled(folded)
    everyday = folded in EVERYDAY_NAMES
    if strong:
        # "ks in 10B", "TJ's placement": initials only with a strong context
        if (
            _INITIALS.fullmatch(folded)
            and len(folded) <= 3
            and (unlisted_ok or word.isupper() or len(folded) == 2)
        ):
            return True
        if _is_capitalised(word) or (listed and not everyday):
            return True
        if everyday:
            return after_verb  # "my SU frank keeps", not "my SU will be"
        return unlisted_ok and len(folded) >= MIN_NAME
    if not listed:
        return False
    if _is_capitalised(word):
        return not (everyday and at_start)
    return not everyday


def _double_barrelled(folded: str) -> bool:
    """'lily-mae', 'jean-paul': hyphenated parts that are each a first name (everyday names
    included: 'rose-may' is a name, 'rose' alone may be a flower)."""
    parts = folded.split("-")
    if len(parts) != 2 or folded in common_words():
        return False
    first, second = parts
    return (first in first_names() or first in EVERYDAY_NAMES) and (
        second in first_names() or second in EVERYDAY_NAMES or second in DOUBLE_NAME_TAILS
    )


def _surname_like(word: str, at_start: bool, text: str, end: int) -> bool:
    """A capitalised word spaCy calls a person that no list knows: a surname, unless it is
    a common word, or opens a sentence without a verb after it."""
    folded = word.casefold()
    if folded in common_words() or folded in PERSON_WORDS or folded in EVERYDAY_NAMES:
        return False
    return not at_start or bool(_SUBJECT_VERB.match(text, end))


def _vocative(text: str, start: int, end: int) -> bool:
    before = text[:start]
    if _VOCATIVE_BEFORE.search(before) and _VOCATIVE_AFTER.match(text, end):
        return True
    if not _FINAL_AFTER.match(text, end):
        return False
    # "..., Priya." or "nobody would care if you died Megan": said to her
    return bool(_COMMA_BEFORE.search(before) or _SECOND_PERSON.search(before))


def find_names(
    text: str,
    entity_names: Iterable[Sequence],
    members: MemberNames,
    excluded: Sequence[tuple[int, int]] = (),
) -> list[NameSpan]:
    """Names of people who are not members: spaCy's PERSON and titled names (`entity_names`,
    entities [start, end, type, ...]), list names, and names found by context. `excluded`:
    spans already known to be something else (a care word spaCy took for a name)."""
    found: dict[tuple[int, int], NameSpan] = {}

    def overlaps_excluded(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in excluded)

    def add(start: int, end: int, how: str, full: bool = False) -> None:
        surface = text[start:end]
        if surface in members or overlaps_excluded(start, end):
            return
        if how not in STRONG_CONTEXTS and _vocative(text, start, end):
            return  # "Sophie, delete that", "thanks Priya": someone in the chat, addressed
        if text[max(0, start - 1) : start] == "@":
            return  # an @mention: someone in the chat
        if how not in ("TitledNameRecognizer", "conf.name.family_name") and _DETERMINER.search(
            text, max(0, start - _LOOKBACK), start
        ):
            return  # "my pastor's brother", "the ward's": a noun, not a name
        if (start, end) in found and how in STRONG_CONTEXTS:
            del found[(start, end)]  # the same name, now with the context that places it
        if any(s <= start and end <= e for s, e in found):
            return
        for key in [k for k in found if start <= k[0] and k[1] <= end]:
            del found[key]
        found[(start, end)] = NameSpan(start, end, how, full)

    for ent in entity_names:
        start, end, etype = int(ent[0]), int(ent[1]), str(ent[2])
        surface = text[start:end]
        if etype == "TITLED_NAME":
            add(start, end, str(ent[4]) if len(ent) > 4 else "TitledNameRecognizer")
            continue
        words = _WORD.findall(surface)
        if not words:
            continue
        at_start = _at_sentence_start(text, start)
        if all(_is_capitalised(w) for w in words):
            # spaCy's small model tags many capitalised words; a name it found still has to
            # look like one: a listed first name, or two or more capitalised words.
            first_ok = _acceptable(words[0], strong=False, at_start=at_start)
            pseudonym = words[0].casefold() in PERSON_WORDS  # "Patient X", "Child A"
            if pseudonym:
                continue
            if first_ok or (len(words) > 1 and words[0].casefold() not in common_words()):
                add(start, end, "SpacyRecognizer", full=len(words) > 1)
            elif len(words) == 1 and _surname_like(words[0], at_start, text, end):
                add(start, end, "SpacyRecognizer")  # "Jenkins has been sectioned"
        elif _acceptable(words[0], strong=False, at_start=at_start) and (
            _SUBJECT_VERB.match(text, start + len(words[0]))
        ):
            add(start, start + len(words[0]), "SpacyRecognizer")

    for start, end, how, unlisted_ok in _context_names(text):
        if how == "conf.name.nickname":
            add(start, end, how)  # a nickname in quotes is a name whatever its words
            continue
        word = text[start:end].split()[0]
        after_verb = bool(_SUBJECT_VERB.match(text, start + len(word))) or how in (
            "conf.name.parenthetical",
            "conf.name.nickname",
            "conf.name.appositive_person",
        )
        if _acceptable(word, True, False, unlisted_ok=unlisted_ok, after_verb=after_verb):
            add(start, end, how)

    for match in _WITH_INITIAL.finditer(text):
        # "Mason B in 7X", "jayden T's mum": a first name and a surname's initial is how
        # schools and services shorten a name; any listed name, everyday ones included.
        folded = match.group(1).casefold()
        if folded in common_words() or folded in PERSON_WORDS or folded in NOT_NAMES:
            continue
        if folded in first_names() or folded in EVERYDAY_NAMES or _double_barrelled(folded):
            add(match.start(), match.end(2), "conf.name.with_initial")

    for match in _CAPS_INITIALS.finditer(text):
        word = match.group()
        if word.casefold() in NOT_INITIALS or not _SUBJECT_VERB.match(text, match.end()):
            continue
        if not _PRONOUN.search(text, match.end()):
            continue  # "TJ kicked off, his dad's inside": a person; "OA is" is not
        add(match.start(), match.end(), "conf.name.initials")

    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < MIN_NAME:
            continue
        start, end = match.span()
        at_start = _at_sentence_start(text, start)
        if not _acceptable(word, strong=False, at_start=at_start):
            continue
        if not _is_capitalised(word) and not _SUBJECT_VERB.match(text, end):
            continue  # a lower-case list name needs to be a sentence's subject
        full = False
        if _is_capitalised(word):
            # "Stephen Hawking": a first name and a capitalised surname, untitled
            surname = _SURNAME.match(text, end)
            if surname:
                end, full = surname.end(), True
        add(start, end, "conf.name.first_name_list", full=full)
    return sorted(found.values(), key=lambda n: n.start)
