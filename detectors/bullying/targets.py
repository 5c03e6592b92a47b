"""Whom a message is aimed at: the conversation model.

A member is named or @mentioned near the cue (full or first name in any case, a surname, a
phone number, or a name a member shown by number introduced themselves by: "Tasha here");
a quoted passage points at whoever wrote it; else adjacency: the person the conversation was
just on (the previous jibe's target, or the last other speaker, within a time gap; "she" is
a member of staff when the conversation was just about one). audit.core.people decides what
names a member. Staff are told apart ("Dr Hughes", "the placement lead", "my mentor Julie"
are different people), so two lecturers criticised in one window are two targets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from audit.core.people import WORDLIKE_NAMES, Members, is_phone_author
from detectors.bullying import tuning as t
from detectors.bullying.cues import context, staff
from detectors.bullying.text import Gates, TextCues, laughter_cue, text_cues
from detectors.lexicon import Prefilter, shared

STAFF = "\x00staff:"  # a target that is a member of staff starts with this, then who
STAFF_TARGET = "staff"  # how a staff target is written in the findings' `target` column
PRONOUN_WORDS = frozenset({"her", "him", "them", "she", "he", "they", "you", "u", "ya", "your",
                           "ur"})  # fmt: skip
SECOND_PERSON_WORDS = frozenset({"you", "u", "ya", "your", "ur"})

# Texts that could introduce a staff name (derived from those cues' own patterns).
_STAFF_NAME_PREFILTER = Prefilter.of((staff.STAFF_NAME_INTRO, staff.STAFF_TITLED))
_ROLE_WORDS = re.compile(r"^(?:my|our|the|ur|your|her|his)\s+", re.IGNORECASE)

Named = tuple[int, int, str]  # (start, end, member) in a message


LEFT_OUT = "\x01out:"  # whoever a plan leaves out, when the chat cannot say who: then where


def is_staff(target: str | None) -> bool:
    return target is not None and target.startswith(STAFF)


def is_left_out(target: str | None) -> bool:
    return target is not None and target.startswith(LEFT_OUT)


def is_member(target: str | None) -> bool:
    return target is not None and not is_staff(target) and not is_left_out(target)


def target_column(target: str | None) -> str:
    """The `target` column: the member as shown in the export, "staff", or "" for none."""
    if target is None or is_left_out(target):
        return ""
    return STAFF_TARGET if is_staff(target) else target


def _role_key(text: str) -> str:
    words = _ROLE_WORDS.sub("", " ".join(text.casefold().split()))
    words = words.replace("leader", "lead").replace("the uni staff", "staff")
    return words[:-1] if words.endswith("s") and not words.endswith("ss") else words


def _introduced_names(members: Members, authors: np.ndarray, texts: list[str]) -> dict:
    """Names members shown by number give themselves early on ("hi, Tasha here", "I'm
    Kayleigh"): name (casefolded) -> author, when no member is already called that."""
    found: dict[str, str] = {}
    seen: dict[str, int] = {}
    for author, text in zip(authors, texts, strict=True):
        if author is None or not is_phone_author(author):
            continue
        seen[author] = seen.get(author, 0) + 1
        if seen[author] > t.INTRO_MESSAGES:
            continue
        for match in context.SELF_INTRO.finditer(text):
            name = next(g for g in match.groups() if g)
            key = name.casefold()
            if key not in members.by_name and key not in WORDLIKE_NAMES:
                found.setdefault(key, author)
    if not found:
        return found
    # "Anyone here?" has the shape of "Tasha here": a word the chat writes in lower case more
    # more than twice as often as capitalised is a word, not a name.
    words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, found)) + r")(?!\w)", re.I)
    lower: dict[str, int] = {}
    upper: dict[str, int] = {}
    for text in texts:
        for match in words.finditer(text):
            word = match.group()
            counts = lower if word.islower() else upper
            counts[word.casefold()] = counts.get(word.casefold(), 0) + 1
    return {k: v for k, v in found.items() if lower.get(k, 0) <= 2 * upper.get(k, 0) + 1}


@dataclass
class ChatContext:
    """What the detector knows about one chat while walking it."""

    authors: np.ndarray
    seconds: np.ndarray
    texts: list[str]
    members: Members
    names: re.Pattern[str] | None
    aliases: dict[str, str]  # surnames and introduced names -> member
    alias_pattern: re.Pattern[str] | None
    staff_names: re.Pattern[str] | None
    role_names: dict[str, str]  # "mentor" -> "julie" when the chat named the one mentor
    gates: Gates | None = None
    hostile_target: dict[int, str] = field(default_factory=dict)
    staff_keys: dict[int, tuple[str, str] | None] = field(default_factory=dict)
    memo: dict[str, TextCues] = field(default_factory=dict)
    laughs: dict[str, str] = field(default_factory=dict)
    named_memo: dict[str, list[Named]] = field(default_factory=dict)

    @classmethod
    def of(cls, authors: np.ndarray, seconds: np.ndarray, texts: list[str]) -> ChatContext:
        members = Members.from_authors(sorted({a for a in authors if a is not None}))
        # Staff names this chat uses: "my mentor Julie" -> Julie, "Dr Hughes" -> Hughes (so a
        # later "Hughes made me redo it" is about staff). Members' names are never staff names.
        learned: set[str] = set()
        role_names: dict[str, set[str]] = {}
        gates = Gates(texts)
        for text, keep in zip(texts, gates.mask(_STAFF_NAME_PREFILTER, texts), strict=True):
            if not keep:
                continue
            for match in staff.STAFF_NAME_INTRO.finditer(text):
                name = match.group(1)
                if name.casefold() not in members.by_name:
                    learned.add(name)
                    role = _role_key(match.group()[: match.start(1) - match.start()].strip(" ,"))
                    role_names.setdefault(role, set()).add(name.casefold())
            learned.update(
                m.group(1)
                for m in staff.STAFF_TITLED.finditer(text)
                if m.group(1).casefold() not in members.by_name
            )
        introduced = _introduced_names(members, authors, texts)
        surnames = {k: v for k, v in members.surnames().items() if k not in learned}
        parts = [re.escape(s) for s in sorted(surnames, key=len, reverse=True)]
        if introduced:
            parts.append("(?i:" + "|".join(map(re.escape, sorted(introduced))) + ")")
        alias_pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None
        return cls(
            authors=authors,
            seconds=seconds,
            texts=texts,
            members=members,
            names=members.name_pattern(),
            aliases={**{k.casefold(): v for k, v in surnames.items()}, **introduced},
            alias_pattern=alias_pattern,
            staff_names=staff.learned_staff_pattern(learned),
            role_names={r: next(iter(n)) for r, n in role_names.items() if len(n) == 1},
            gates=gates,
        )

    def cues(self, text: str) -> TextCues:
        found = self.memo.get(text)
        if found is None:
            found = self.memo[text] = text_cues(text, self.gates)
        return found

    def laughter(self, text: str) -> str:
        """The laughter cue of a text ("" when it is not laughter only), without the rest."""
        found = self.laughs.get(text)
        if found is None:
            found = self.laughs[text] = laughter_cue(text)
        return found

    def staff_in(self, text: str) -> tuple[str, str] | None:
        """(key, how the chat names them) for the first member of staff a text mentions."""
        found = [staff.STAFF_REF.search(text), self.staff_names and self.staff_names.search(text)]
        match = min((m for m in found if m), key=lambda m: m.start(), default=None)
        if match is None:
            return None
        named = " ".join(match.group().split())
        if match.re is not staff.STAFF_REF.compiled:  # a name the chat learned
            return named.casefold(), named
        if staff.STAFF_REF.cue_of(match).name in ("staff.titled_name", "staff.titled_name_lower"):
            return named.split()[-1].casefold(), named
        role = _role_key(named)
        return self.role_names.get(role, "role:" + role), f"the {named.lower()}"

    def staff_at(self, pos: int) -> tuple[str, str] | None:
        if pos not in self.staff_keys:
            self.staff_keys[pos] = self.staff_in(self.texts[pos])
        return self.staff_keys[pos]

    def mentions_staff(self, pos: int) -> bool:
        return self.staff_at(pos) is not None

    def names_staff(self, text: str) -> bool:
        return self.staff_in(text) is not None

    def says_nothing(self, pos: int) -> bool:
        """A phatic reply ("welcome Tasha!", "thanks 🙏") or laughter: it answers someone but
        starts nothing, so the conversation is still on whoever spoke before it."""
        text = self.texts[pos]
        if len(text) > t.PHATIC_MAX_CHARS:
            return False
        if self.laughter(text):
            return True
        for pattern in (self.names, self.alias_pattern, shared.MENTION.compiled):
            if pattern is not None:
                text = pattern.sub(" ", text)
        return bool(context.PHATIC.fullmatch(text))


def staff_target(found: tuple[str, str]) -> str:
    return STAFF + found[0]


def named_targets(text: str, ctx: ChatContext, author: str) -> list[Named]:
    """(start, end, member) for every member named, @mentioned or called by an alias in the
    text, except the author."""
    everyone = ctx.named_memo.get(text)
    if everyone is None:
        everyone = []
        for match in shared.MENTION.finditer(text):
            member = ctx.members.resolve(match.group())
            if member:
                everyone.append((match.start(), match.end(), member))
        if ctx.names is not None:
            for match in ctx.names.finditer(text):
                member = ctx.members.resolve(match.group())
                if member:
                    everyone.append((match.start(), match.end(), member))
        if ctx.alias_pattern is not None:
            for match in ctx.alias_pattern.finditer(text):
                member = ctx.aliases.get(match.group().casefold())
                if member:
                    everyone.append((match.start(), match.end(), member))
        ctx.named_memo[text] = everyone
    return [found for found in everyone if found[2] != author]


def quoted_author(pos: int, ctx: ChatContext) -> str | None:
    """A quoted passage copied from a recent message points at whoever wrote it ('"thanks
    Megan so helpful" 🤓'): WhatsApp's text export drops reply links, but not copied words."""
    text = ctx.texts[pos]
    if '"' not in text and "“" not in text:
        return None
    for match in shared.QUOTED.finditer(text):
        quoted = match.group()[1:-1].strip().casefold()
        if len(quoted) < t.QUOTE_MIN_CHARS:
            continue
        for back in range(pos - 1, max(-1, pos - 1 - t.QUOTE_REACH_MESSAGES), -1):
            who = ctx.authors[back]
            if who is not None and who != ctx.authors[pos] and quoted in ctx.texts[back].casefold():
                return who
    return None


def nearest(named: list[Named], span: tuple[int, int], reach: int = t.NAME_REACH_CHARS):
    best, best_gap = None, reach + 1
    for start, end, member in named:
        gap = max(span[0] - end, start - span[1], 0)
        if gap < best_gap:
            best, best_gap = member, gap
    return best


def adjacent_target(pos: int, ctx: ChatContext, second_person: bool) -> str | None:
    """Who a jibe without a name is aimed at: the person the previous jibe was aimed at, else
    the last other speaker; for "she/he", a member of staff if the conversation was just about
    one."""
    me = ctx.authors[pos]
    now = ctx.seconds[pos]
    if not second_person and ctx.cues(ctx.texts[pos]).pronoun:
        # "he is a total clown" two messages after "Dr Hughes is useless": a third person
        # just being discussed is more likely meant than the member who spoke last
        for back in range(pos - 1, max(-1, pos - 1 - t.STAFF_CONTEXT_MESSAGES), -1):
            if now - ctx.seconds[back] > t.ADJACENCY_REPLY_SECONDS:
                break
            previous = ctx.hostile_target.get(back)
            if is_staff(previous):
                return previous
            if previous is None and ctx.mentions_staff(back):
                return staff_target(ctx.staff_at(back))
            if previous not in (None, me):
                break  # a jibe at a member came first: the chain below follows it
    quoted = quoted_author(pos, ctx)
    if quoted is not None:
        return quoted
    straight_before = True  # no message that says something lies between
    for back in range(pos - 1, max(-1, pos - 1 - t.ADJACENCY_MESSAGES), -1):
        # the message straight before (thumbs-up and laughter aside) is being answered even
        # after a pause; further back, only a quick exchange counts
        reach = t.ADJACENCY_REPLY_SECONDS if straight_before else t.ADJACENCY_SECONDS
        if now - ctx.seconds[back] > reach:
            break
        straight_before = straight_before and ctx.says_nothing(back)
        who = ctx.authors[back]
        if who is None:
            continue
        previous = ctx.hostile_target.get(back)
        if previous is not None and previous != me and not (second_person and is_staff(previous)):
            return previous
        if not second_person and ctx.mentions_staff(back):
            return staff_target(ctx.staff_at(back))
        if who != me and not ctx.says_nothing(back):
            return who
    return None


def refers_to_person(text: str, ctx: ChatContext) -> bool:
    return bool(
        shared.SECOND_PERSON.search(text)
        or ctx.cues(text).pronoun
        or shared.MENTION.search(text)
        or (ctx.names is not None and ctx.names.search(text))
        or (ctx.alias_pattern is not None and ctx.alias_pattern.search(text))
    )


def staff_named(pos: int, ctx: ChatContext, key: str | None = None) -> str:
    """How the message (or the one it answers) names the member of staff (`key` when given):
    "Dr Hughes", "the mentor"; else "a member of staff"."""
    for back in range(pos, max(-1, pos - t.ADJACENCY_MESSAGES), -1):
        if ctx.seconds[pos] - ctx.seconds[back] > t.ADJACENCY_SECONDS:
            break
        found = ctx.staff_at(back)
        if found and (key is None or found[0] == key):
            return found[1]
    return "a member of staff"
