"""Reading one message around a piece of evidence: the clause and sentence it sits in, whether
it is negated, asked about, reported or quoted, and who it is about. These are what keep the
tricky negatives ("I declined", "should I accept?", "my patient thinks the jab causes autism",
"I'm worried about X, I'll talk to my PEF") from becoming findings.

Clauses end at punctuation and at turns ("but", "so", "anyway"): in "I know we're not
supposed to but I followed her back" the negation does not reach the act."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from detectors.conduct.cues import common, people
from detectors.lexicon import Cue, CueSpan
from detectors.lexicon.shared import QUOTED

_SENTENCE_END = re.compile(r"[.!?\n]+")
Span = tuple[int, int]


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` begins."""
    start = 0
    for m in common.CONCESSION.finditer(text[:pos]):
        start = m.end()
    return start


def sentence_of(text: str, span: Span) -> tuple[int, int]:
    """The sentence holding `span`, with its closing punctuation."""
    start = 0
    for m in _SENTENCE_END.finditer(text[: span[0]]):
        start = m.end()
    after = _SENTENCE_END.search(text, span[1])
    return start, (after.end() if after else len(text))


_LAST_WORD = re.compile(r"\b([a-z][a-z'’-]{2,})\s*$")


def _name_like(word: str) -> bool:
    folded = word.casefold().rstrip("'’s")
    return (
        folded not in NOT_NAMES
        and folded not in EVERYDAY
        and not folded.endswith(("ly", "ing", "ed", "ness"))
    )


_GROUP = re.compile(r"\b(?:are|all|they|them|these|those|every|\w+s\s+are)\b", re.IGNORECASE)
NEGATION_REACH_WORDS = 3  # "never ever add", "won't be posting", "not going to post"
_WORDS = re.compile(r"[\w'’]+")


def negated(text: str, span: Span) -> bool:
    """A negation governs the evidence: in its clause, at most NEGATION_REACH_WORDS words
    before it, with no new subject in between ("never add patients", "I didn't accept";
    not "if uni don't act I'm posting it")."""
    clause = text[clause_start(text, span[0]) : span[0]]
    found = list(common.NEGATION.finditer(clause))
    if not found:
        return False
    between = clause[found[-1].end() :]
    return len(_WORDS.findall(between)) <= NEGATION_REACH_WORDS and not people.FIRST_PERSON.search(
        between
    )


def asked(text: str, span: Span, anywhere_in_sentence: bool = False) -> bool:
    """The evidence sits in a question about it ("should I accept it?", "is it true that
    ..."). By default the question must come first ("I accepted, is that bad?" is not
    asking); for claims, questioning it anywhere in the sentence counts."""
    start, end = sentence_of(text, span)
    found = common.ASKING.search(text[start:end])
    if found is None:
        return False
    return anywhere_in_sentence or start + found.start() <= span[0]


def reported(text: str, span: Span) -> bool:
    """Someone else's claim, reported earlier in the sentence ("my patient said ...")."""
    start, _ = sentence_of(text, span)
    return bool(common.REPORTED_CLAIM.search(text[start : span[0]]))


def quoted(text: str, span: Span) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e, *_ in QUOTED.spans(text))


def first(cues: Iterable[Cue], text: str) -> str:
    """The name of the first cue that matches `text`, or ""."""
    return next((c.name for c in cues if c.search(text)), "")


# --- who a message is about ---

# Capitalised words that are not names (sentence starts and chat words).
NOT_NAMES = frozenset(
    """
    the this that these those there then they them their she he his her hers him its our
    ours you your yours we us my mine and but or so if when while because cos though tho
    also just like literally honestly apparently actually basically obviously seriously
    omg lol lmao haha wow well yeah yes yep nope okay ok right sorry thanks please guys
    everyone everybody someone somebody anyone nobody people what who why how where which
    not never always still even only really all any some one two three four five six seven
    eight nine ten did does done doing was were is are has have had been being will would
    could should can may might must let lets let's going gonna wanna got get getting
    today tomorrow yesterday tonight monday tuesday wednesday thursday friday saturday sunday
    morning evening night week weekend january february march april june july august
    september october november december christmas easter uni university ward school trust
    hospital placement nhs mentor sister nurse doctor manager head teacher staff student
    students patient patients year module lecture essay exam hope heard think thought know
    knew said says told tell saw seen mate mates girl girls boy boys lad lads man woman
    facebook insta instagram twitter tiktok snap snapchat whatsapp google reddit linkedin
    english british nursing midwifery paramedic social work teaching pgce hcpc nmc pcps
    """.split()
)


# Everyday words that open a clause and are not names (text.subject_before).
EVERYDAY = frozenset(
    """
    someone somebody anyone anybody everyone everybody nobody people person they she he
    it its this that there here who what which some many most all both each either none
    whoever apparently honestly basically literally actually obviously seriously clearly
    imagine remember never always just only even still also maybe probably definitely
    heard saw seen told said says think thought know knew reckon guess bet swear
    not no yes yeah yep nah nope idk tbh ngl lol lmao omg wtf smh fyi btw pls please
    can could would should will shall may might must did does do done had has have got get
    was were been being are is am let lets went gone come came make made take took give gave
    keep kept see look watch read hear find found said just really pretty quite very
    anyway whatever because cos coz since when while after before until unless though
    the and but for nor yet with without from into onto about over under again once
    """.split()
)


@dataclass(frozen=True)
class Person:
    start: int
    end: int
    kind: str  # "member" | "title" | "role" | "name" | "third" | "first"
    member: str = ""  # the member as shown in the export, for kind "member"
    cue: str = ""  # the cue that found it


def people_in(
    text: str, names: re.Pattern[str] | None, resolve=None, persons: Iterable[tuple] = ()
) -> list[Person]:
    """Every reference to a person in `text`, in order. `persons` are PERSON spans from the
    entities scorer (spaCy's NER, which finds names typed in lower case), when it ran."""
    found: list[Person] = []
    if names is not None:
        for m in names.finditer(text):
            member = resolve(m.group()) if resolve else ""
            found.append(Person(m.start(), m.end(), "member", member or "", "target.member_name"))
    for cue, kind in ((people.TITLE_NAME, "title"), (people.ROLE, "role"),
                      (people.DESCRIBED, "role"), (people.THIRD_PERSON, "third"),
                      (people.FIRST_PERSON, "first")):  # fmt: skip
        found.extend(Person(m.start(), m.end(), kind, cue=cue.name) for m in cue.finditer(text))
    taken = [(p.start, p.end) for p in found]
    for start, end in persons:
        if not any(s <= start < e for s, e in taken):
            found.append(Person(int(start), int(end), "name", cue="entities.PERSON"))
            taken.append((int(start), int(end)))
    for m in people.CAPITALISED.finditer(text):
        if m.group().casefold().rstrip("'’s") in NOT_NAMES or m.group().casefold() in NOT_NAMES:
            continue
        if any(s <= m.start() < e for s, e in taken):
            continue
        found.append(Person(m.start(), m.end(), "name", cue=people.CAPITALISED.name))
    return sorted(found, key=lambda p: (p.start, -p.end))


def identifies(person: Person) -> bool:
    return person.kind in ("member", "title", "role", "name")


def subject_before(
    found: list[Person], text: str, span: Span, clause_only: bool = False
) -> Person | None:
    """The person a claim at `span` is about: the last one mentioned in its clause or, failing
    that, earlier in its sentence."""
    clause = clause_start(text, span[0])
    sentence, _ = sentence_of(text, span)
    for floor in (clause,) if clause_only else (clause, sentence):
        before = [p for p in found if floor <= p.start and p.end <= span[0]]
        if before:
            # "I heard Karen nicks ...": the nearest reference is the subject.
            return before[-1]
    # "everyone knows gary nicks from the till": an unknown lower-case word right before it
    near = _LAST_WORD.search(text[clause : span[0]])
    if near and _name_like(near.group(1)) and not _GROUP.search(text[clause : span[0]]):
        start = clause + near.start(1)
        return Person(start, start + len(near.group(1)), "name", cue=people.OPENING_WORD.name)
    # "jess cheated on ...": a lower-case name opening the clause, right before the claim
    opening = people.OPENING_WORD.match(text[clause : span[0]])
    group = _GROUP.search(text[clause : span[0]])  # "roma families are all ...": not a person
    if opening and not group and opening.group(1).casefold() not in NOT_NAMES | EVERYDAY:
        start = clause + opening.start(1)
        if len(_WORDS.findall(text[start + len(opening.group(1)) : span[0]])) <= 3:
            return Person(
                start, start + len(opening.group(1)), "name", cue=people.OPENING_WORD.name
            )
    return None


def spans_of(cues: Iterable[Cue], text: str) -> list[CueSpan]:
    out: list[CueSpan] = []
    for cue in cues:
        out.extend(cue.spans(text))
    return sorted(out)
