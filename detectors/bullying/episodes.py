"""Episodes: a put-down and the replies that join it, as first-class objects.

Hostile messages at one person closer together than PILE_ON_GAP_SECONDS form an episode.
Several members in it (laughter included) make a pile-on (BUL001, every message of it);
one member alone makes a single finding (mockery, exclusion, shaming). An episode the person
joked about answers in kind ("I'm a muppet with excellent hearing 😎", or laughs along) is
banter: nobody joined in against them, so only the jibe is kept, at low. Every finding of one
episode shares an `episode` id, "<chat hash>:<first message id>:<rule>", and says whom it
was aimed at (`target`), who took part and over what span."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from detectors.base import Finding
from detectors.bullying import tuning as t
from detectors.bullying.classify import Hostile
from detectors.bullying.cues import context
from detectors.bullying.rules import EXCLUSION, MOCKERY, PILE_ON, PUBLIC_SHAMING
from detectors.bullying.targets import (
    ChatContext,
    is_left_out,
    is_member,
    is_staff,
    staff_named,
    target_column,
)
from detectors.lexicon import shared


@dataclass(frozen=True)
class ChatRows:
    """Where a chat's positions point: its rows in the messages frame, message ids, chat."""

    rows: np.ndarray
    ids: np.ndarray
    key: str  # a short hash of the chat's name: episode ids never carry a file name

    @classmethod
    def of(cls, rows: np.ndarray, ids: np.ndarray, chat: str) -> ChatRows:
        digest = hashlib.sha256(chat.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(rows, ids, digest[:10])

    def episode(self, first_pos: int, rule: str) -> str:
        return f"{self.key}:{int(self.ids[first_pos])}:{rule}"


@dataclass
class Episode:
    target: str
    events: list[Hostile]
    banter: bool = False
    findings: list[Finding] = field(default_factory=list)

    @property
    def authors(self) -> set[str]:
        return {e.author for e in self.events if e.author}

    @property
    def jibers(self) -> set[str]:
        """Members who jibed, not only laughed (a sign of mockery counts: "here we go 🙄")."""
        return {e.author for e in self.events if e.author and e.kind != "laughter"}

    def is_pile_on(self) -> bool:
        """Two members or more, one of them jibing, and not a joke the person enjoyed."""
        if len(self.authors) < t.PILE_ON_MIN_AUTHORS or len(self.events) < 2 or self.banter:
            return False
        return bool(self.jibers)


def names(authors: Sequence[str]) -> str:
    people = sorted(set(authors))
    if len(people) <= 1:
        return "".join(people)
    return ", ".join(people[:-1]) + " and " + people[-1]


def minutes(seconds: float) -> str:
    n = max(1, round(seconds / 60))
    return f"{n} minute{'s' if n != 1 else ''}"


def runs(events: list[Hostile], ctx: ChatContext, gap: float) -> list[list[Hostile]]:
    """Events (in time order) split where more than `gap` seconds pass between two."""
    out: list[list[Hostile]] = []
    for event in events:
        if out and ctx.seconds[event.pos] - ctx.seconds[out[-1][-1].pos] <= gap:
            out[-1].append(event)
        else:
            out.append([event])
    return out


def answered_in_kind(target: str, first: int, last: int, ctx: ChatContext) -> bool:
    """Did the person teased reply light-heartedly, or laugh along, soon after? A hurt or
    defensive reply, or none, leaves the episode as it is."""
    end = min(len(ctx.texts), last + 1 + t.BANTER_REPLY_MESSAGES)
    for later in range(first + 1, end):
        if ctx.seconds[later] - ctx.seconds[last] > t.BANTER_REPLY_SECONDS:
            return False
        if ctx.authors[later] == target:
            reply = ctx.texts[later]
            seen = ctx.cues(reply)
            light = (
                bool(seen.laughter)
                or bool(context.LIGHT_REPLY.search(reply))
                or bool(shared.SOFTENER.search(reply))
                or bool(context.LAUGH_EMOJI.search(reply))
            )
            # "haha thanks" answers whoever stood up for them, not the jibe
            return light and not context.HURT_REPLY.search(reply) and not seen.supportive_plain
    return False


def defended(episode_authors: set[str], target: str, last: int, ctx: ChatContext) -> bool:
    """Did someone outside the episode stand up for the person soon after it ("ignore Jordan
    Tasha", "guys that's not on")? Then it was not a joke everyone enjoyed, whatever the
    person answered (people laugh off what hurts)."""
    end = min(len(ctx.texts), last + 1 + t.BANTER_REPLY_MESSAGES)
    for later in range(last + 1, end):
        if ctx.seconds[later] - ctx.seconds[last] > t.BANTER_REPLY_SECONDS:
            return False
        who = ctx.authors[later]
        if who is None or who == target or who in episode_authors:
            continue
        reply = ctx.texts[later]
        standing_up = context.DEFENCE.search(reply) or context.IGNORE_THEM.search(reply)
        if standing_up and not shared.SOFTENER.search(reply):
            return True
    return False


def episodes(events: list[Hostile], ctx: ChatContext) -> list[Episode]:
    """Every episode of the chat, per target, in time order."""
    by_target: dict[str, list[Hostile]] = defaultdict(list)
    for event in events:
        if event.target is not None:
            event.author = ctx.authors[event.pos]
            by_target[event.target].append(event)
    out = []
    for target, group in by_target.items():
        for run in runs(group, ctx, t.PILE_ON_GAP_SECONDS):
            episode = Episode(target, run)
            strong = any(e.kind in ("exclusion", "shaming") for e in run)
            if is_member(target) and not strong:
                episode.banter = answered_in_kind(
                    target, run[0].pos, run[-1].pos, ctx
                ) and not defended(episode.authors, target, run[-1].pos, ctx)
            out.append(episode)
    return out


def _whom(episode: Episode, ctx: ChatContext) -> str:
    if is_left_out(episode.target):
        return "the members a plan leaves out"
    if not is_staff(episode.target):
        return episode.target
    named = staff_named(episode.events[0].pos, ctx, episode.target.split(":", 1)[1])
    return "a member of staff" + (f" ({named})" if named[:1] != "a" else "")


def pile_on_findings(episode: Episode, ctx: ChatContext, chat: ChatRows) -> list[Finding]:
    run = episode.events
    span = ctx.seconds[run[-1].pos] - ctx.seconds[run[0].pos]
    related = [int(chat.ids[e.pos]) for e in run][: t.MAX_RELATED]
    # A jibe and one member laughing along is already ganging up (medium); three messages or
    # more, or two members jibing, is the full pattern (high).
    high = len(run) >= t.PILE_ON_MIN_MESSAGES or len(episode.jibers) >= 2
    episode_id = chat.episode(run[0].pos, PILE_ON.code)
    whom, who = _whom(episode, ctx), names(list(episode.authors))
    out = []
    for e in run:
        joined = "A reply laughing along, one" if e.kind == "laughter" else "One"
        out.append(
            Finding(
                row=chat.rows[e.pos],
                rule=PILE_ON,
                explanation=f"{joined} of {len(run)} messages from {who} aimed at {whom} "
                f"within {minutes(span)}.",
                score=min(1.0, 0.5 + 0.1 * len(run)),
                label=PILE_ON.name,
                severity="high" if high else "medium",
                spans=e.spans,
                related=[r for r in related if r != int(chat.ids[e.pos])],
                target=target_column(episode.target),
                episode=episode_id,
            )
        )
    return out


def single_findings(
    episode: Episode, ctx: ChatContext, chat: ChatRows, in_pile_on: bool
) -> list[Finding]:
    """The one-message findings of an episode: exclusion and shaming always, mockery when the
    message is not already part of a pile-on."""
    out = []
    exclusions = [e for e in episode.events if e.kind == "exclusion"]
    thread = chat.episode(exclusions[0].pos, EXCLUSION.code) if len(exclusions) > 1 else ""
    for e in episode.events:
        row, author = chat.rows[e.pos], ctx.authors[e.pos]
        named = is_member(e.target)
        whom, target = e.target if named else "someone", target_column(e.target)
        if e.kind == "exclusion":
            out.append(
                Finding(
                    row,
                    EXCLUSION,
                    f"{author} proposes leaving {whom} out of the group.",
                    e.score,
                    EXCLUSION.name,
                    "high" if named else "medium",
                    e.spans,
                    target=target,
                    episode=thread,
                )  # fmt: skip
            )
        elif e.kind == "shaming":
            out.append(
                Finding(
                    row,
                    PUBLIC_SHAMING,
                    f"{author} suggests shaming {whom}, a fellow student, publicly online.",
                    e.score,
                    PUBLIC_SHAMING.name,
                    spans=e.spans,
                    target=target,
                )  # fmt: skip
            )
        elif e.kind in ("mockery", "dismissive") and not in_pile_on:
            if all(span[2] == "abuse" for span in e.spans):
                continue  # plain swearing at someone: the toxicity detector's finding
            dismissive = e.kind == "dismissive"
            what = "dismissal" if dismissive else "mockery or name-calling"
            tail = "; they answered in kind, so it may be banter." if episode.banter else "."
            out.append(
                Finding(
                    row,
                    MOCKERY,
                    f"{author} aims {what} at {whom}{tail}",
                    e.score,
                    "dismissive" if dismissive else MOCKERY.name,
                    "low" if dismissive or episode.banter else None,
                    e.spans,
                    target=target,
                )  # fmt: skip
            )
    return out
