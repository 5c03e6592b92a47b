"""Names a chat uses for its members beyond the names the export shows, learned from the chat
itself (audit.core.people.Members.learn):

- a member shown only by phone number is often called by name in others' messages: "Zara
  please delete that", answered by +44 7700 900123; "it's Zara btw" from that number; "Zara's
  number is 07700 900123". Each is evidence that links the name to the number;
- members are called by nicknames of their first names: "Meg" or "Megs" for Megan, "Danny"
  for Daniel, "Liz" for Elizabeth;
- titled names ("Dr Okafor", "Mrs Hale") are staff, not members, and are never linked.

Every function takes plain data (authors, texts), so it is testable without a chat. Only
capitalised words are candidates: chats lower-case ordinary words, and a lower-case "meg" is
too often something else."""

from __future__ import annotations

import importlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import pandas as pd

_NAME = r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"
_CAPITALISED = re.compile(rf"(?<![\w@'’-])({_NAME})(?![\w'’-])")
# Capitalised words that start sentences or are everyday words, never nicknames or names.
_NOT_NAMES = frozenset(
    """
    about after again all also and any are ask back bad been before being best better both
    but bye call came can cannot cheers come could day dear did does doing done dont down
    each even ever every few fine for from get gets getting girls give going gone good got
    great guys had has have having hello help her here hers hey him his how its just keep
    know last let like literally lol look lots made make many may maybe mean might miss
    more morning most much must need never new next nice night nobody not now off omg once
    one only other our out over please pls really right said same saw say see seen she
    should since some someone something sorry still such sure take tell thank thanks that
    the their them then there these they thing think this those though today tomorrow too
    two very wait want was way week well went were what when where which while who why will
    with would yeah yes yet you your yours monday tuesday wednesday thursday friday saturday
    sunday january february march april june july august september october november december
    christmas easter ward bay bed unit team group chat module placement lecture uni nhs
    """.split()
)
# Nicknames that are not a prefix of the name they stand for (common English diminutives).
IRREGULAR_NICKNAMES: Mapping[str, tuple[str, ...]] = {
    "thomas": ("tom", "tommy"),
    "william": ("will", "bill", "billy", "liam"),
    "elizabeth": ("liz", "lizzie", "lizzy", "beth", "betty", "libby"),
    "katherine": ("kate", "katie", "kat", "kath", "kitty"),
    "catherine": ("kate", "katie", "cath", "cathy", "kat"),
    "margaret": ("maggie", "meg", "peggy"),
    "robert": ("bob", "bobby", "rob", "robbie"),
    "richard": ("rick", "ricky", "dick", "rich"),
    "james": ("jim", "jimmy", "jamie"),
    "jonathan": ("jon", "jonny", "johnny"),
    "john": ("jack", "johnny"),
    "michael": ("mike", "mikey", "mick", "mickey"),
    "edward": ("ed", "eddie", "ted", "teddy"),
    "charles": ("charlie", "chaz"),
    "henry": ("harry", "hal"),
    "rebecca": ("becky", "becca", "bex"),
    "jennifer": ("jen", "jenny", "jenn"),
    "victoria": ("vicky", "vikki", "tori"),
    "alexandra": ("alex", "lexi", "sandra", "sasha"),
    "alexander": ("alex", "xander", "sasha"),
    "joseph": ("joe", "joey"),
    "anthony": ("tony", "ant"),
    "stephen": ("steve", "stevie"),
    "steven": ("steve", "stevie"),
    "andrew": ("andy", "drew"),
    "patricia": ("pat", "trish", "tricia"),
    "susan": ("sue", "suzy", "susie"),
    "deborah": ("debbie", "deb", "debs"),
    "abigail": ("abi", "abby", "abbie"),
    "olivia": ("liv", "livvy"),
    "isabella": ("izzy", "bella", "issy"),
    "isabel": ("izzy", "issy", "bel"),
    "eleanor": ("ellie", "nell", "nora"),
    "natasha": ("tash", "tasha"),
    "josephine": ("jo", "josie"),
    "amanda": ("mandy",),
    "lawrence": ("larry", "laurie"),
    "nathaniel": ("nate", "nat"),
    "zachary": ("zach", "zak"),
    "gabrielle": ("gabby", "gabi"),
    "samantha": ("sam", "sammy"),
    "samuel": ("sam", "sammy"),
    "daniel": ("dan", "danny"),
    "christopher": ("chris", "kit"),
    "nicholas": ("nick", "nicky"),
    "benjamin": ("ben", "benny"),
    "matthew": ("matt", "matty"),
}
_DIMINUTIVE_ENDINGS = ("s", "y", "ie", "sy", "sie", "ey", "z", "o", "ers")
_INTRODUCTION = re.compile(
    rf"(?i:\b(?:it'?s|it is|this is|i'?m|i am|my name'?s|my name is))\s+({_NAME})\b"
    rf"|^\W*({_NAME})\s+here\b"
)
_GREETING = r"(?i:hi|hey|hiya|thanks|thank you|cheers|sorry|ok|okay|oi|morning|yo|omg)"
_VOCATIVE = re.compile(
    rf"^\W*(?:{_GREETING}[\s,!]+)?@?({_NAME})"
    r"(?=\s*(?:[,!:?]|$)|\s+(?i:please|pls|plz|can|could|would|will|did|do|are|have|is|you"
    r"|r u|u|stop|delete|take|remove|just)\b)"
)
_TITLED = re.compile(
    rf"\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sister|Matron|Sir|Dame)\.?\s+({_NAME})"
)
_NAMED_NUMBER = re.compile(
    rf"({_NAME})(?:'s|’s)?(?:\s+(?i:new\s+)?(?i:number|no\.?|num|mobile|phone))?"
    r"(?:\s*(?:is|=|:|-|–|on))?\s*\(?(\+?\d[\d\s()-]{5,}\d)"
)
REPLY_WINDOW = pd.Timedelta(minutes=30)
REPLY_LOOKAHEAD = 3  # messages after a vocative where its answer may be


# Where first names come from: Faker's person data (MIT) for the English-speaking locales a UK
# cohort's names mostly come from. Capitalised words in this list are taken for people.
FIRST_NAME_LOCALES = ("en_GB", "en_IE", "en_US", "en_IN", "en_NG", "en_PK", "en_KE", "en_NZ")


@lru_cache(maxsize=1)
def listed_first_names() -> frozenset[str]:
    """Casefolded first names (3+ letters) that are not also everyday English words."""
    names: set[str] = set()
    for locale in FIRST_NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None) or ()
            names.update(n.casefold() for n in value if n.isalpha() and len(n) >= 3)
    words = importlib.import_module("faker.providers.lorem.en_US").Provider.word_list
    return frozenset(names - {w.casefold() for w in words} - _NOT_NAMES)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def candidate(word: str, known: Iterable[str] = ()) -> bool:
    """A capitalised word that may be a person's name (not a sentence-starting word)."""
    folded = word.casefold()
    return folded not in _NOT_NAMES and folded not in set(known)


def is_diminutive(word: str, first_name: str) -> bool:
    """`word` is a nickname of `first_name`: a prefix (Meg, Chris), a prefix with a usual
    ending (Megs, Jonny, Danny), or a common irregular form (Liz, Bill)."""
    word, first = word.casefold(), first_name.casefold()
    if word == first or len(word) < 3:
        return False
    if word in IRREGULAR_NICKNAMES.get(first, ()):
        return True
    if len(word) < len(first) and first.startswith(word):
        return True
    for ending in _DIMINUTIVE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem != first:
            if first.startswith(stem) or (stem[-1] == stem[-2] and first.startswith(stem[:-1])):
                return True
    return False


def capitalised_words(texts: Iterable[str]) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        if isinstance(text, str):
            counts.update(_CAPITALISED.findall(text))
    return counts


def nicknames(
    first_names: Mapping[str, str], words: Iterable[str], taken: Iterable[str] = ()
) -> tuple[dict[str, str], set[str]]:
    """Nicknames in `words` (capitalised words of the chat) of members' unique first names
    (casefolded first name -> author). Returns (nickname -> author) for nicknames of one
    member, and the nicknames several members could own."""
    taken = {t.casefold() for t in taken}
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in {w.casefold() for w in words}:
        if word in taken or word in _NOT_NAMES:
            continue
        owners = {a for first, a in first_names.items() if is_diminutive(word, first)}
        if len(owners) == 1:
            found[word] = owners.pop()
        elif owners:
            ambiguous.add(word)
    return found, ambiguous


def staff_names(texts: Iterable[str]) -> set[str]:
    """Names the chat gives a title ("Dr Okafor", "Mrs Hale"), casefolded: staff, whom
    chat-audit does not take for members."""
    found: set[str] = set()
    for text in texts:
        if isinstance(text, str):
            found.update(m.casefold() for m in _TITLED.findall(text))
    return found


def linked_names(
    messages: pd.DataFrame,
    number_authors: Sequence[str],
    known: Iterable[str],
    same_number,
) -> dict[str, str]:
    """Names the chat links to members shown only by number (casefolded name -> author).
    `known` are names that already mean someone (members' names, staff); `same_number(a, b)`
    compares phone numbers. A name is linked to the number with the most evidence, and only
    when no other member has as much."""
    if not len(number_authors) or messages.empty:
        return {}
    numbers = set(number_authors)
    known = {k.casefold() for k in known}
    evidence: dict[str, Counter] = defaultdict(Counter)
    authors = messages["author"].astype(object).where(messages["author"].notna(), None).tolist()
    texts = messages["text"].astype(object).where(messages["text"].notna(), None).tolist()
    stamps = messages["timestamp"].tolist() if "timestamp" in messages else [None] * len(texts)

    def note(name: str, author: str, weight: int) -> None:
        if candidate(name, known):
            evidence[name.casefold()][author] += weight

    for i, (author, text) in enumerate(zip(authors, texts, strict=True)):
        if not isinstance(text, str) or author is None:
            continue
        if author in numbers:
            for match in _INTRODUCTION.finditer(text):
                note(match.group(1) or match.group(2), author, 3)
        for match in _NAMED_NUMBER.finditer(text):
            digits = _digits(match.group(2))
            owner = next((n for n in number_authors if same_number(n, digits)), None)
            if owner is not None:
                note(match.group(1), owner, 3)
        vocative = _VOCATIVE.match(text)
        if vocative:
            answer = _first_answer(i, author, authors, stamps)
            if answer is not None:
                note(vocative.group(1), answer, 1)
    linked: dict[str, str] = {}
    for name, counts in evidence.items():
        (best, score), *rest = counts.most_common(2) + [(None, 0)]
        runner_up = rest[0][1] if rest else 0
        if best in numbers and score > runner_up:
            linked[name] = best
    return linked


def _first_answer(i: int, asker: str, authors: list, stamps: list) -> str | None:
    """Who answered message i: the first other author within the next few messages and
    REPLY_WINDOW."""
    for j in range(i + 1, min(i + 1 + REPLY_LOOKAHEAD, len(authors))):
        if authors[j] is None or authors[j] == asker:
            continue
        if stamps[i] is not None and stamps[j] is not None:
            gap = stamps[j] - stamps[i]
            if not pd.isna(gap) and gap > REPLY_WINDOW:
                return None
        return authors[j]
    return None
