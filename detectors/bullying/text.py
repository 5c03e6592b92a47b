"""What a message's text alone says, computed once per distinct text (busy chats repeat their
jibes and their laughter): which cues fire, with negation, talking about oneself and quoting
taken into account, and the cheap first pass that decides which texts are worth a look."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from detectors.bullying.cues import context, exclusion, mockery, staff
from detectors.lexicon import Cue, CueSet, CueSpan, Prefilter, fold, fold_all, shared

# A cue span whose label is one of these is an insult rather than mockery; when the matched
# words are obscene it is relabelled "abuse" (plain swearing is the toxicity detector's).
_INSULT_LABELS = ("name-calling", "abuse")

# The cues that find a jibe, each with the label its spans carry, in the order they are tried.
# A sarcastic phrase or an invitation to pile in carries its own "not" ("can you not read",
# "can't wait to see her fail") and its own "I", so negation and "about me" do not apply.
INSULT_CUES: tuple[tuple[Cue | CueSet, str, bool], ...] = (
    (shared.INSULT_AT_PERSON, "name-calling", False),
    (mockery.YOU_ARE_INSULT, "name-calling", False),
    (shared.INSULT_EXCLAMATION, "name-calling", False),
    (shared.DIRECTED_ABUSE, "abuse", False),
    (mockery.PERSON_LABEL, "mockery", False),
    (mockery.SNEER, "sarcasm", True),
    (mockery.SARCASM, "sarcasm", True),
    (mockery.DOXXING, "contact details shared to invite abuse", True),
)

# Only texts one of these can match are classified (laughter shapes aside). Searched one
# group at a time: Python's re skips quickly to each pattern's leading words, which one big
# alternation would defeat.
CANDIDATES: tuple[Cue | CueSet, ...] = (
    mockery.YOU_ARE_INSULT,
    mockery.SNEER,
    mockery.DOXXING,
    mockery.DISMISSIVE,
    shared.INSULT_EXCLAMATION,
    staff.SHAMING,
    exclusion.EXCLUSION,
    shared.DIRECTED_ABUSE,
    mockery.PERSON_LABEL,
    shared.INSULT_AT_PERSON,
    mockery.IS_INSULT,
    staff.STAFF_DISPARAGING,
    mockery.SARCASM,
    mockery.WEAK_MOCKERY,
)


def _cues_of(item: Cue | CueSet) -> Sequence[Cue]:
    return item.cues if isinstance(item, CueSet) else (item,)


# Mockery emoji (🙄 🤡 🐍 😴) are single characters: too short for the derived prefilter's
# rule of thumb (a one-letter literal passes nearly every text), but rare in chat, so they get
# a prefilter of their own, taken from those cues' patterns all the same.
_EMOJI_CUES = tuple(c for c in mockery.WEAK_MOCKERY.cues if c.name in mockery.MOCK_EMOJI)
_EMOJI_PREFILTER = Prefilter(frozenset().union(*(c.literals() for c in _EMOJI_CUES)))

# The fast first pass, derived from the candidate cues' own patterns (RE2 over casefolded
# text): it can never drop a text a candidate cue matches, Unicode spaces included.
PREFILTER = Prefilter.of(c for item in CANDIDATES for c in _cues_of(item) if c not in _EMOJI_CUES)


def _gate(item: Cue | CueSet) -> Prefilter | None:
    """The literals one of which any match of the item's cues contains, as a prefilter; None
    when some cue has none (that item is then always run). One-character literals (emoji)
    are kept: the rule of thumb against them is about selectivity, not soundness."""
    found: set[str] = set()
    for cue in _cues_of(item):
        literals = cue.literals()
        if literals is None:
            return None
        found |= literals
    return Prefilter(frozenset(found))


# Every cue group text_cues runs, gated: RE2 finds, for all of a chat's texts at once, which
# groups could match which texts, so Python's re only runs where a match is possible.
_GATED: tuple[Cue | CueSet, ...] = (
    *(item for item, _, _ in INSULT_CUES), *CANDIDATES, exclusion.EXCLUSION,
    shared.REPORTED_SPEECH, context.SUPPORTIVE, context.DEFENCE, shared.PRAISE, context.BANTER,
    shared.FIGURATIVE, context.PRONOUN, shared.SECOND_PERSON, staff.CONSTRUCTIVE,
    staff.STRONG_INSULT, context.VICTIM_REPORT, context.SYMPATHY,
)  # fmt: skip
_GATES = {id(item): gate for item in _GATED if (gate := _gate(item)) is not None}


class Gates:
    """Which gated cue groups could match each of some texts (see _GATED)."""

    def __init__(self, texts: Sequence[str]):
        distinct = list(dict.fromkeys(texts))
        self.index = {text: i for i, text in enumerate(distinct)}
        self.folded = fold_all(distinct)
        self.masks = {key: gate.mask_folded(self.folded) for key, gate in _GATES.items()}

    def mask(self, prefilter: Prefilter, texts: Sequence[str]) -> np.ndarray:
        """`prefilter.mask(texts)` for texts among these, folding none of them again."""
        found = prefilter.mask_folded(self.folded)
        return np.fromiter((found[self.index[t]] for t in texts), dtype=bool, count=len(texts))

    def could(self, item: Cue | CueSet, text: str) -> bool:
        i = self.index.get(text)
        mask = self.masks.get(id(item))
        return True if i is None or mask is None else bool(mask[i])


_LITERALS: dict[int, frozenset[str] | None] = {}


def first_match(item: Cue | CueSet, text: str) -> tuple[Cue, re.Match[str]] | None:
    """The match `item.search(text)` finds, and its cue, found faster: a cue set runs only the
    cues whose literals occur in the (folded) text, one by one (Python's re skips quickly to a
    single pattern's leading words; one big alternation defeats that), and keeps the leftmost
    match, the earlier cue on a tie, exactly as the alternation would."""
    cues = _cues_of(item)
    folded = None
    best: tuple[int, int, Cue, re.Match[str]] | None = None
    for i, cue in enumerate(cues):
        key = id(cue)
        if key not in _LITERALS:
            _LITERALS[key] = cue.literals()
        literals = _LITERALS[key]
        if literals is not None:
            folded = fold(text) if folded is None else folded
            if not any(lit in folded for lit in literals):
                continue
        found = cue.search(text)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), i, cue, found)
    return None if best is None else (best[2], best[3])


def _cue_name(item: Cue | CueSet, match: re.Match[str]) -> str:
    return item.cue_of(match).name if isinstance(item, CueSet) else item.name


def negated(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(
        context.NEGATION_BEFORE.search(before) or context.NEGATION_INSIDE.search(text[start:end])
    )


def about_self(text: str, start: int) -> bool:
    return bool(context.FIRST_PERSON_BEFORE.search(text[max(0, start - 30) : start]))


def insult_spans(text: str, gates: Gates | None = None) -> list[CueSpan]:
    """Every jibe in the text as (start, end, label, cue), one span per stretch of text."""
    found: list[CueSpan] = []
    for item, label, literal in INSULT_CUES:
        if gates is not None and not gates.could(item, text):
            continue
        for m in item.finditer(text):
            if m.end() <= m.start():
                continue
            if not literal and (negated(text, m.start(), m.end()) or about_self(text, m.start())):
                continue
            obscene = label in _INSULT_LABELS and mockery.OBSCENE.search(m.group())
            found.append((m.start(), m.end(), "abuse" if obscene else label, _cue_name(item, m)))
    # patterns overlap ("she's so thick" is in two lists): keep the first, longest
    kept: list[CueSpan] = []
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


@dataclass(frozen=True)
class TextCues:
    """Everything about a message that depends on its text alone."""

    laughter: str  # the cue when the message is laughter or egging-on only, else ""
    unquoted: str  # quoted passages blanked, offsets kept
    supportive: bool  # kind, defending or reporting (not when sarcastic)
    supportive_plain: bool
    banter: bool
    figurative: bool
    insults: tuple[CueSpan, ...]
    dismissive: tuple[CueSpan, ...]
    laugh_led: bool
    pronoun: bool
    second_person: bool
    exclusion: re.Match[str] | None
    exclusion_cue: str
    staff_hits: tuple[CueSpan, ...]
    constructive: bool
    strong_insult: bool
    weak: tuple[CueSpan, ...]  # signs of mockery that need company (an eye-roll, "here we go")
    victim: bool  # the writer says they feel picked on
    praise: bool  # praise or sympathy ("legend", "aww"): never a put-down by model score alone


def laughter_cue(text: str) -> str:
    """The cue when the message is laughter or egging-on only, else ""."""
    return next(
        (c.name for c in (context.LAUGHTER_ONLY, context.REACTION_ONLY) if c.fullmatch(text)), ""
    )


def text_cues(text: str, gates: Gates | None = None) -> TextCues:
    def can(item: Cue | CueSet, where: str = text) -> bool:
        # gates are computed on the text as written; blanking quotes only removes matches
        return gates is None or gates.could(item, text)

    def search(item: Cue | CueSet, where: str = text):
        found = first_match(item, where) if can(item) else None
        return None if found is None else found[1]

    def finditer(item: Cue | CueSet, where: str = text):
        return item.finditer(where) if can(item) else ()

    # What someone is quoted as saying neither excuses nor condemns the message around it:
    # '"thanks Grace, so helpful" 🤓 she's so thick' mocks Grace's words.
    unquoted = text
    if '"' in text or "“" in text:
        unquoted = shared.QUOTED.sub(lambda m: " " * len(m.group()), text)
    sneer = bool(search(mockery.SNEER, unquoted))
    excluding = first_match(exclusion.EXCLUSION, text) if can(exclusion.EXCLUSION) else None
    found_exclusion = excluding[1] if excluding else None
    if found_exclusion and negated(text, found_exclusion.start(), found_exclusion.start()):
        found_exclusion = None
    # "just don't tell him" inside a plan to leave him out is the plan, not a reproach
    reported = any(
        not (
            found_exclusion
            and m.start() < found_exclusion.end()
            and found_exclusion.start() < m.end()
        )
        for m in finditer(shared.REPORTED_SPEECH, unquoted)
    )
    kind_words = search(context.SUPPORTIVE, unquoted) or search(context.DEFENCE, unquoted)
    return TextCues(
        laughter=laughter_cue(text),
        unquoted=unquoted,
        supportive=(bool(kind_words) and not sneer) or reported,
        praise=(bool(search(shared.PRAISE, unquoted)) or bool(search(context.SYMPATHY)))
        and not sneer,
        supportive_plain=bool(search(context.SUPPORTIVE) or search(context.DEFENCE)),
        banter=bool(search(context.BANTER)),
        figurative=bool(search(shared.FIGURATIVE)),
        insults=tuple(insult_spans(unquoted, gates if unquoted == text else None)),
        dismissive=tuple(
            (m.start(), m.end(), "dismissive", mockery.DISMISSIVE.cue_of(m).name)
            for m in finditer(mockery.DISMISSIVE)
            if not negated(text, m.start(), m.end())
        ),
        laugh_led=bool(context.LAUGH_LED.fullmatch(text) or context.SHORT_LAUGH.fullmatch(text)),
        pronoun=bool(search(context.PRONOUN)),
        second_person=bool(search(shared.SECOND_PERSON)),
        exclusion=found_exclusion,
        exclusion_cue=excluding[0].name if found_exclusion else "",
        staff_hits=tuple(
            (m.start(), m.end(), "disparaging", staff.STAFF_DISPARAGING.cue_of(m).name)
            for m in finditer(staff.STAFF_DISPARAGING)
            # the phrase may hold its own negation ("hasn't got a clue"): look only before it
            if not negated(text, m.start(), m.start()) and not about_self(text, m.start())
        ),
        constructive=bool(search(staff.CONSTRUCTIVE)),
        strong_insult=bool(search(staff.STRONG_INSULT)),
        weak=tuple(
            (m.start(), m.end(), "mockery", mockery.WEAK_MOCKERY.cue_of(m).name)
            for m in finditer(mockery.WEAK_MOCKERY, unquoted)
        ),
        victim=bool(search(context.VICTIM_REPORT)),
    )


def is_reaction(text: str) -> bool:
    """Laughter, egging on, or laughter then a few words: only ever counted after a jibe."""
    return bool(
        context.REACTION_ONLY.fullmatch(text)
        or context.LAUGH_LED.fullmatch(text)
        or context.SHORT_LAUGH.fullmatch(text)
        or context.AGREEMENT_ONLY.fullmatch(text)
    )


def candidate_mask(texts: list[str], gates: Gates | None = None) -> np.ndarray:
    """Which texts could be hostile, a grievance, shaming or laughter. Checked once per
    distinct text (chats repeat "ok", "lol", "thank you" a lot): laughter shapes for all, the
    candidate cues only where the derived prefilter lets a text through."""
    distinct = list(set(texts))
    if gates is not None:
        maybe = gates.mask(PREFILTER, distinct) | gates.mask(_EMOJI_PREFILTER, distinct)
    else:
        maybe = PREFILTER.mask(distinct) | _EMOJI_PREFILTER.mask(distinct)
    verdict = {
        t: is_reaction(t)
        or bool(
            keyword
            and any(first_match(c, t) for c in CANDIDATES if gates is None or gates.could(c, t))
        )
        for t, keyword in zip(distinct, maybe, strict=True)
    }
    return np.fromiter((verdict[t] for t in texts), dtype=bool, count=len(texts))


def candidate_slow(text: str) -> bool:
    """The same verdict without the prefilter (for the test that the prefilter is sound)."""
    return is_reaction(text) or any(c.search(text) for c in CANDIDATES)
