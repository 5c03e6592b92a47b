"""Put-downs the conversation itself points out: someone stands up for a member ("guys pack it
in", "leave her alone"), the member answers hurt ("that's not funny", "I was only asking"), or
others laugh at a message aimed at them.

Put-downs without insult words ("wow a whole paragraph, proud of you") have no cue, but the
chat reacts to them. This pass runs before the walk and marks the messages those reactions
point at, with whom they were aimed at; the walk treats them as jibes (their evidence is the
reaction, named in the `cue` column) and the laughter around them joins in as usual. Whether
the member enjoyed it is decided later, per episode: one who laughs along or answers in kind
was joked with, not put down.

- A defence: the put-down is the message the others laughed at (the last substantive one
  before the first laugh), else one by a member the defence names ("Tom, that's not ok"),
  else the last one before it. It was aimed at a member the defence names who took no part
  ("leave Bex alone"), else one who answered hurt, else one the put-down names, else whoever
  wrote the message it answered. The others' messages after it count too, except the
  defender's and the target's own, laughter, phatic replies, questions and kind ones.
- A hurt reply: the message just before it, by someone else, aimed at the one replying.
- Laughter: the message laughed at, when it names the member it is about (not the laugher),
  or answers their message with "you" and a sign of mockery (an eye-roll, laughing at them).
A window that talks about staff is left alone (grievances are their own rule)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from detectors.bullying import tuning as t
from detectors.bullying.cues import context
from detectors.bullying.targets import ChatContext, named_targets
from detectors.lexicon import Prefilter, shared

_DEFENCE_PREFILTER = Prefilter.of(context.DEFENCE.cues)
_HURT_PREFILTER = Prefilter.of(context.HURT_STRICT.cues)


@dataclass(frozen=True)
class Suspect:
    target: str  # the member it was aimed at
    cue: str  # the reaction's cue
    reaction: int  # position of the reaction


def _softened(text: str) -> bool:
    """ "stop 😂😂" eggs on rather than defends; "not funny 😂" is playing along."""
    return bool(shared.SOFTENER.search(text))


def _substantive(pos: int, ctx: ChatContext) -> bool:
    seen = ctx.cues(ctx.texts[pos])
    return not (seen.laughter or ctx.says_nothing(pos) or seen.supportive_plain or seen.banter)


def _window(end: int, ctx: ChatContext, messages: int, seconds: int) -> list[int]:
    return [
        p
        for p in range(max(0, end - messages), end)
        if ctx.authors[p] is not None and ctx.seconds[end] - ctx.seconds[p] <= seconds
    ]


def _put_down(d: int, window: list[int], ctx: ChatContext) -> int | None:
    defender = ctx.authors[d]
    subs = [p for p in window if ctx.authors[p] != defender and _substantive(p, ctx)]
    laughs = [p for p in window if ctx.authors[p] != defender and ctx.laughter(ctx.texts[p])]
    if laughs:
        before = [p for p in subs if p < laughs[0] and ctx.authors[p] != ctx.authors[laughs[0]]]
        if before:
            return before[-1]
    named = {m for _, _, m in named_targets(ctx.texts[d], ctx, defender)}
    called_out = [p for p in subs if ctx.authors[p] in named]
    return (called_out or subs or [None])[-1]


def _defended(d: int, window: list[int], put_down: int, ctx: ChatContext) -> str | None:
    defender = ctx.authors[d]
    speakers = {ctx.authors[p] for p in window if p >= put_down}
    for _, _, member in named_targets(ctx.texts[d], ctx, defender):
        if member not in speakers:
            return member  # "leave Bex alone", "Bex ignore them"
    for p in reversed(window):
        if p > put_down and ctx.authors[p] != defender:
            if context.HURT_STRICT.search(ctx.texts[p]):
                return ctx.authors[p]
    for _, _, member in named_targets(ctx.texts[put_down], ctx, ctx.authors[put_down]):
        if member != defender:
            return member  # the put-down names whom it is about
    for p in reversed([q for q in window if q < put_down]):
        if ctx.authors[p] != ctx.authors[put_down] and _substantive(p, ctx):
            return ctx.authors[p]  # whoever wrote the message the put-down answered
    return None


def _staff_talk(positions: list[int], ctx: ChatContext) -> bool:
    return any(ctx.mentions_staff(p) for p in positions)


def _defences(ctx: ChatContext, is_text: np.ndarray, out: dict[int, Suspect]) -> None:
    for d in np.flatnonzero(is_text & ctx.gates.mask(_DEFENCE_PREFILTER, ctx.texts)):
        text = ctx.texts[d]
        found = context.DEFENCE.search(text)
        if found is None or _softened(text) or ctx.authors[d] is None:
            continue
        window = _window(d, ctx, t.DEFENCE_REACH_MESSAGES, t.DEFENCE_REACH_SECONDS)
        if not window or _staff_talk(window + [d], ctx):
            continue
        put_down = _put_down(d, window, ctx)
        if put_down is None:
            continue
        target = _defended(d, window, put_down, ctx)
        if target is None or target == ctx.authors[d]:
            continue
        cue = context.DEFENCE.cue_of(found).name
        for p in window:
            if p < put_down or ctx.authors[p] in (target, ctx.authors[d]):
                continue
            if _substantive(p, ctx) and not ctx.texts[p].rstrip().endswith("?"):
                out.setdefault(p, Suspect(target, cue, int(d)))


def _aimed_at(p: int, ctx: ChatContext, exclude: set[str], replies: bool = False) -> str | None:
    """The member a message is explicitly about: one it names or @mentions, or, for a reply
    to someone's message with "you" and a sign of mockery, whoever wrote that message. With
    `replies`, any direct answer to a member's message (the next one said, within minutes)
    is about them."""
    author = ctx.authors[p]
    for _, _, member in named_targets(ctx.texts[p], ctx, author):
        if member not in exclude:
            return member
    seen = ctx.cues(ctx.texts[p])
    laughing = shared.SOFTENER.search(ctx.texts[p]) or context.LAUGH_EMOJI.search(ctx.texts[p])
    marked = seen.second_person and (seen.weak or seen.dismissive or seen.insults or laughing)
    if not marked and not replies:
        return None
    reach = t.ADJACENCY_SECONDS if marked else t.DIRECT_REPLY_SECONDS
    for back in range(p - 1, max(-1, p - 1 - t.ADJACENCY_MESSAGES), -1):
        if ctx.seconds[p] - ctx.seconds[back] > reach:
            return None
        who = ctx.authors[back]
        if who is not None and who != author and not ctx.says_nothing(back):
            return None if who in exclude else who
        if not marked and who is not None and not ctx.says_nothing(back):
            return None  # the writer's own earlier message: not a direct answer
    return None


def _own_story(p: int, ctx: ChatContext) -> bool:
    """ "I even answered a question 💀", "question 4 destroyed me": about the writer, and no
    one else (no you, no she, no name)."""
    text = ctx.texts[p]
    seen = ctx.cues(text)
    if seen.second_person or seen.pronoun or named_targets(text, ctx, ctx.authors[p]):
        return False
    return bool(context.FIRST_PERSON.search(text))


def _answer(p: int, ctx: ChatContext) -> bool:
    """Is the message a member's answer to someone teasing them ("it's a fashion statement 😎"
    after "Harvey you absolute melt")? Laughter after it is at the exchange, not at anyone."""
    author = ctx.authors[p]
    for back in range(p - 1, max(-1, p - 1 - t.ADJACENCY_MESSAGES), -1):
        who = ctx.authors[back]
        if who is None or who == author or ctx.says_nothing(back):
            continue
        if ctx.seconds[p] - ctx.seconds[back] > t.DIRECT_REPLY_SECONDS:
            return False
        text = ctx.texts[back]
        named = {m for _, _, m in named_targets(text, ctx, who)}
        return author in named or bool(ctx.cues(text).second_person)
    return False


def _hurt_replies(ctx: ChatContext, is_text: np.ndarray, out: dict[int, Suspect]) -> None:
    for h in np.flatnonzero(is_text & ctx.gates.mask(_HURT_PREFILTER, ctx.texts)):
        found = context.HURT_STRICT.search(ctx.texts[h])
        hurt = ctx.authors[h]
        if found is None or hurt is None or _softened(ctx.texts[h]):
            continue
        window = _window(h, ctx, t.BANTER_REPLY_MESSAGES, t.BANTER_REPLY_SECONDS)
        others = [p for p in window if ctx.authors[p] != hurt and _substantive(p, ctx)]
        if not others or _staff_talk(window + [h], ctx):
            continue
        p = others[-1]
        if _aimed_at(p, ctx, {ctx.authors[p]}) in (hurt, None) and any(
            ctx.authors[q] == hurt for q in range(max(0, p - t.ADJACENCY_MESSAGES), p)
        ):
            out.setdefault(p, Suspect(hurt, context.HURT_STRICT.cue_of(found).name, int(h)))


def _laughed_at(ctx: ChatContext, is_text: np.ndarray, out: dict[int, Suspect]) -> None:
    for laugh in np.flatnonzero(is_text):
        laughter = ctx.laughter(ctx.texts[laugh])
        if not laughter or (
            laughter != context.LAUGHTER_ONLY.name and not _softened(ctx.texts[laugh])
        ):
            continue  # laughing ("stoppp 😂" too), not "same 😭" or "facts"
        laugher = ctx.authors[laugh]
        window = _window(laugh, ctx, t.LAUGH_REACH_MESSAGES, t.LAUGH_REACH_SECONDS)
        subs = [p for p in window if ctx.authors[p] != laugher and _substantive(p, ctx)]
        if not subs or _staff_talk([subs[-1]], ctx):
            continue
        p = subs[-1]
        if ctx.texts[p].rstrip().endswith("?") or _own_story(p, ctx) or _answer(p, ctx):
            continue  # a question, a story about oneself, or a teased member's comeback
        target = _aimed_at(p, ctx, {ctx.authors[p], laugher}, replies=True)
        if target is not None:
            out.setdefault(p, Suspect(target, "laughter.at_member", int(laugh)))


def reactions(ctx: ChatContext, is_text: np.ndarray) -> dict[int, Suspect]:
    """Position -> Suspect for every message the conversation's reactions point out."""
    out: dict[int, Suspect] = {}
    _defences(ctx, is_text, out)
    _hurt_replies(ctx, is_text, out)
    _laughed_at(ctx, is_text, out)
    return out
