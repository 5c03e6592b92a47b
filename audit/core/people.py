"""Who is in a chat, and how they may be named in its messages: the one definition that the
detectors, the report and the pseudonymiser all use.

A member is an author as shown in the export: a saved name ("Megan Cole") or a phone number
("+44 7700 900123") when the exporter had not saved the contact. Members are called by their
full name, by their first name when no other member shares it (3+ letters), and in @mentions
(Android wraps the name in U+2068/U+2069; a number-only member is mentioned by digits)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from audit.core import aliases as naming

# Characters WhatsApp puts around names (direction marks, "~" before unsaved profile names).
_NAME_TRIM = "\u202a\u202c\u200e\u200f\u2068\u2069~ "
_NON_DIGIT = re.compile(r"\D")
_LETTER = re.compile(r"[^\W\d_]")
MIN_PHONE_DIGITS = 6  # fewer digits than this is not a phone number shown as a name
PHONE_SUFFIX_DIGITS = 9  # "+44 7700 900123" and "07700 900123" are the same number

# First names that are also everyday words: they count as names only when capitalised.
WORDLIKE_NAMES = frozenset(
    "will hope may bill grace joy mark rose faith dawn summer amber jack sky rich frank "
    "sunny holly ivy april june august pat art guy sue bob chip max ray mo".split()
)


def authored(messages: pd.DataFrame) -> pd.Series:
    """Rows a person wrote (not system notices): the one meaning of "a message" for rules."""
    return messages["author"].notna() & (messages["kind"] != "system")


def clean_name(author: str) -> str:
    return author.strip().strip(_NAME_TRIM)


def phone_digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def is_phone_author(author: str) -> bool:
    """A member shown by number: digits and punctuation only."""
    clean = clean_name(author)
    return len(phone_digits(clean)) >= MIN_PHONE_DIGITS and not _LETTER.search(clean)


def same_number(a: str, b: str) -> bool:
    """Two digit strings name the same phone (country code or trunk prefix aside)."""
    a, b = phone_digits(a), phone_digits(b)
    if min(len(a), len(b)) < MIN_PHONE_DIGITS:
        return False
    return a.endswith(b[-PHONE_SUFFIX_DIGITS:]) or b.endswith(a[-PHONE_SUFFIX_DIGITS:])


@dataclass
class Members:
    """The members of one or more chats and every way the chat may name them."""

    authors: tuple[str, ...]  # as shown in the export, in order of first appearance
    by_name: dict[str, str] = field(default_factory=dict)  # casefolded name -> author
    by_digits: dict[str, str] = field(default_factory=dict)  # phone digits -> author
    shared_firsts: set[str] = field(default_factory=set)  # first names 2+ members share
    # Learned from the chat's text by learn(): names linked to number-only members and
    # nicknames (casefolded -> author; also in by_name), and titled staff names (casefolded).
    aliases: dict[str, str] = field(default_factory=dict)
    staff: set[str] = field(default_factory=set)

    @classmethod
    def from_authors(cls, authors: Iterable[object]) -> Members:
        ordered = tuple(dict.fromkeys(a for a in authors if isinstance(a, str) and a.strip()))
        members = cls(ordered)
        firsts: dict[str, set[str]] = defaultdict(set)
        for author in ordered:
            clean = clean_name(author)
            if is_phone_author(author):
                members.by_digits[phone_digits(clean)] = author
                continue
            if not _LETTER.search(clean):
                continue
            members.by_name[clean.casefold()] = author
            first = clean.split()[0]
            if len(first) >= 3 and first.isalpha():
                firsts[first.casefold()].add(author)
        for first, owners in firsts.items():
            if len(owners) > 1:
                members.shared_firsts.add(first)
            elif first not in members.by_name:
                members.by_name[first] = next(iter(owners))
        return members

    @classmethod
    def of(cls, messages: pd.DataFrame) -> Members:
        return cls.from_authors(messages.loc[authored(messages), "author"].astype(object))

    @classmethod
    def of_chat(cls, messages: pd.DataFrame) -> Members:
        """The members, plus every name the chat's text links to them (see learn)."""
        return cls.of(messages).learn(messages)

    def learn(self, messages: pd.DataFrame) -> Members:
        """A copy that also knows the names the chat itself uses for members
        (audit.core.aliases): names linked to a member shown only by number ("Zara please
        delete that", answered from +44 7700 900123; "it's Zara"), and nicknames of unique
        first names ("Meg", "Danny"). Titled names ("Dr Okafor") are staff and never linked.
        A learned name that another member already has is left alone."""
        rows = messages.loc[authored(messages)]
        texts = rows["text"].astype(object).tolist()
        staff = naming.staff_names(texts)
        known = set(self.by_name) | self.shared_firsts | staff
        numbers = [a for a in self.authors if is_phone_author(a)]
        linked = naming.linked_names(rows, numbers, known, same_number)
        firsts = {
            first: author
            for author in self.authors
            if (first := self.first_name(author)) and not is_phone_author(author)
        }
        words = naming.capitalised_words(texts)
        nicknames, ambiguous = naming.nicknames(firsts, words, known | set(linked))
        learned = Members(
            self.authors,
            dict(self.by_name),
            dict(self.by_digits),
            set(self.shared_firsts) | ambiguous,
            {**self.aliases, **linked, **nicknames},
            set(self.staff) | staff,
        )
        for name, author in {**linked, **nicknames}.items():
            learned.by_name.setdefault(name, author)
        return learned

    def names(self) -> set[str]:
        """Every name a member may be called by, casefolded (shared first names included:
        they name *a* member, if not which one)."""
        return set(self.by_name) | self.shared_firsts

    def first_name(self, author: str) -> str | None:
        """The first name the chat may use for `author`, if it is unambiguous."""
        clean = clean_name(author)
        first = clean.split()[0].casefold() if clean.split() else ""
        return first if self.by_name.get(first) == author else None

    def name_pattern(self) -> re.Pattern[str] | None:
        """One regex for every member name; everyday-word names must be capitalised."""
        plain, capitalised = [], []
        for name in sorted(self.names(), key=len, reverse=True):
            (capitalised if name in WORDLIKE_NAMES else plain).append(re.escape(name))
        parts = []
        if plain:
            parts.append(r"(?i:" + "|".join(plain) + ")")
        if capitalised:
            parts.append("|".join(w[:1].upper() + w[1:] for w in capitalised))
        if not parts:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")

    def resolve(self, word: str) -> str | None:
        """The member a name, @mention, phone number or "Firstname Surname" fragment means."""
        token = word.strip().lstrip("@").strip(_NAME_TRIM).strip(" ,.!?'’")
        if not token:
            return None
        digits = phone_digits(token)
        if len(digits) >= MIN_PHONE_DIGITS and digits == re.sub(r"[\s+()-]", "", token):
            return next((m for d, m in self.by_digits.items() if same_number(d, digits)), None)
        folded = token.casefold()
        if folded in self.by_name:
            return self.by_name[folded]
        return self.by_name.get(folded.split()[0])

    def surnames(self) -> dict[str, str]:
        """Last names no other member shares (3+ letters, not an everyday word), as written ->
        author: chats call people by surname too ("Hollis said ..."). Callers match them
        capitalised, since many surnames are also words."""
        owners: dict[str, set[str]] = defaultdict(set)
        for author in self.authors:
            parts = clean_name(author).split()
            if len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-1].isalpha():
                owners[parts[-1]].add(author)
        return {
            name: next(iter(who))
            for name, who in owners.items()
            if len(who) == 1
            and name.casefold() not in WORDLIKE_NAMES
            and name.casefold() not in self.by_name
        }

    def is_member_number(self, text: str) -> bool:
        return any(same_number(d, text) for d in self.by_digits)
