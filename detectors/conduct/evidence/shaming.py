"""CND004: a plan to post about a workplace or member of staff on public social media; the
proper channels, warnings and someone else's post are not findings, and a post about a fellow
student is left to the bullying detector (BUL006)."""

from __future__ import annotations

import re

from detectors.conduct import text as t
from detectors.conduct.cues import common, people
from detectors.conduct.cues import shaming as sh
from detectors.conduct.evidence.base import STAFF, Context, Evidence, blocked

NOT_ABOUT_CHARS = 60  # "nothing about", "not naming" and two words: well within this
_ASKING_RULES = {"conduct.ask.is_it_ok", "conduct.ask.allowed", "conduct.ask.policy"}
# "can we post about placement if ...?" asks leave; "should we expose them?" proposes a plan.
_MAY_WE = re.compile(r"(?:can|could|may|am|are|is)\b", re.IGNORECASE)


def _about_members_only(ctx: Context, text: str) -> bool:
    return bool(ctx.names and ctx.names.search(text)) and not sh.ORG_OR_STAFF.search(text)


def evaluate(ctx: Context) -> Evidence:
    text = ctx.text
    posts = sh.PUBLISH.spans(text)
    places = sh.PUBLIC_PLACE.spans(text)
    words = [
        w
        for w in (sh.PUBLISH_WORDS.spans(text) if places else [])
        if not any(p[0] < w[1] and w[0] < p[1] for p in places)  # "tiktok" is not both
    ]
    loud = sh.LOUD.spans(text)  # "put ward 12 on blast": publishing and public in one
    acts = posts or words or loud
    # the writer is using the proper channels, warning someone off or asking leave: no plan
    channels = [] if sh.DISMISSED.search(text) else common.PROPER_CHANNEL.cues
    blocker = t.first(
        [*channels, common.CONSEQUENCE, sh.INSTEAD, sh.CONDEMNED, sh.SOMEONE_ELSES, sh.NEWS],
        text,
    )
    asks = [common.ASKING.cue_of(m).name for m in common.ASKING.finditer(text)]
    blocker = blocker or next((a for a in asks if a in _ASKING_RULES), "")
    if blocker:
        return blocked(blocker)
    for span in acts or places:
        if t.negated(text, span[:2]):
            return blocked(common.NEGATION.name)
        if t.quoted(text, span[:2]):
            return blocked("quote.marks")
        start, end = t.sentence_of(text, span[:2])
        for ask in common.ASKING.finditer(text[start:end]):
            name = common.ASKING.cue_of(ask).name
            asks_leave = name in _ASKING_RULES or _MAY_WE.match(ask.group())
            if asks_leave and start + ask.start() <= span[0]:
                return blocked(name)
    if _about_members_only(ctx, text):
        return Evidence()  # shaming a fellow student is the bullying detector's BUL006
    place = [
        s
        for s in sh.ORG_OR_STAFF.spans(text) + people.TITLE_NAME.spans(text)
        # the few words just before it (a bounded window: a pasted document names many)
        if not sh.NOT_ABOUT.search(text[max(0, s[0] - NOT_ABOUT_CHARS) : s[0]])
    ]
    context_place = any(sh.ORG_OR_STAFF.search(x) for x in ctx.own_before[-2:] if x)
    about = place or context_place
    if about and (posts or loud or (words and places)):
        return Evidence(
            spans=sorted(set(posts + loud + places + place)),
            target=STAFF,
            what="a placement, school or member of staff",
        )
    partial = sorted(set(acts + places)) if (about or acts) else []
    # posting with no workplace named is ordinary ("parents post them on facebook anyway")
    return Evidence(
        partial=partial, strong=bool(about and (acts or places)), weak=bool(acts and not about)
    )
