"""CND001: a personal connection with someone met through work - who (a service user, pupil
or family) and what (a request, a personal number, meeting socially, money or gifts,
romance), not declined or asked about."""

from __future__ import annotations

import re

from detectors.conduct import text as t
from detectors.conduct.cues import boundaries as b
from detectors.conduct.cues import common, people
from detectors.conduct.evidence.base import Context, Evidence, blocked, span_veto
from detectors.lexicon import CueSpan

_WHO_WORDS = {
    "service user": "a patient, service user or pupil",
    "service user's family": "the family of a patient, service user or pupil",
    "child": "a pupil or child",
}
_ASK_ANYWHERE = {"conduct.ask.what_to_do", "conduct.ask.policy"}
_INCOMING = {"conduct.act.connected_on", "conduct.act.social", "conduct.act.keeps_contact"}
_MONEY = re.compile(r"£|\bquid\b|\bcash\b|\bmoney\b|\btenner\b|\bfiver\b", re.IGNORECASE)
_WITH_STAFF = re.compile(
    r"\bwith\s+(?:my|the|our|a)\s+(?:[\w'’-]+\s+){0,2}?" + common.STAFF_ROLE + r"s?\b|\b(?:the\s+)?"
    r"(?:home|ward|school|team|service|trust|practice)\s+(?:always\s+|usually\s+)?(?:sends?|sent)\b",
    re.IGNORECASE,
)
_ORDINARY_WITH_FRIENDS = {
    "conduct.act.social",
    "conduct.act.connected_on",
    "conduct.act.keeps_contact",
    "conduct.act.followed_back",
}


def _someone_elses(ctx: Context, span: CueSpan) -> bool:
    """The words are said of another named person ("Callum following a y11 ...", "Gary the
    HCA takes money off residents"): not the writer's own boundary."""
    subject = t.subject_before(ctx.people(), ctx.text, span[:2])
    if subject is None:
        return False
    if subject.kind == "member":
        return subject.member != ctx.author
    # staff by title or role; a described person ("the lad from bay 4") may be the service user
    return subject.kind == "title" or subject.cue == people.ROLE.name


def _questions(text: str) -> list[bool]:
    """For each asking cue in `text`: is its sentence a question (ends with "?")?"""
    out = []
    for ask in common.ASKING.finditer(text):
        start, end = t.sentence_of(text, (ask.start(), ask.end()))
        out.append(text[start:end].rstrip().endswith("?"))
    return out


def evaluate(ctx: Context) -> Evidence:
    text = ctx.text
    blocker = t.first(
        [*common.DECLINED.cues, *common.PROPER_CHANNEL.cues, common.CONSEQUENCE], text
    )
    asks = [common.ASKING.cue_of(m).name for m in common.ASKING.finditer(text)]
    blocker = blocker or next((a for a in asks if a in _ASK_ANYWHERE), "")
    if not blocker and asks and not b.TOOK_IT_UP.search(text):
        # "patient gave me a tip, reckon I can keep it?": asking about it, whatever the order
        blocker = next((a for a, q in zip(asks, _questions(text), strict=True) if q), "")
    if blocker:
        return blocked(blocker)
    acts = b.ACT.spans(text) + b.ROMANCE.spans(text)
    who = b.WHO.spans(text) + b.CHILD.spans(text)
    context_who = [s for before in ctx.before[-3:] for s in b.WHO.spans(before)]
    contact = b.CONTACT.spans(text) if (who or context_who) else []
    veto = span_veto(text, acts or contact)
    if veto:
        return blocked(veto)
    child = bool(b.CHILD.search(text)) or any(b.CHILD.search(x) for x in ctx.before[-3:] if x)
    romance = any(s[3].startswith("conduct.romance") for s in acts)
    ev = Evidence(severity="high" if child or romance else None)
    # chat drops the subject: "met up with a client at the pub" opens with the act, so it is
    # the writer's own
    dropped = any(not text[t.clause_start(text, s[0]) : s[0]].strip(" ,.!-") for s in acts)
    mine = b.WRITER.search(text) or romance or dropped
    theirs = acts and all(_someone_elses(ctx, s) for s in acts)
    about_friend = not who and b.PEER.search(text)
    if theirs or about_friend or not mine:
        return ev
    if acts and all(s[3] == "conduct.act.social" for s in acts) and _WITH_STAFF.search(text):
        # "went to a resident's funeral with my manager": going as staff is part of the job
        return blocked("conduct.boundary_ok.with_staff")
    gifts = [s for s in acts if s[3] == "conduct.act.money_gift"]
    if b.SMALL_THANKS.search(text) and len(gifts) == len(acts) and not _MONEY.search(text):
        return blocked(b.SMALL_THANKS.name)  # chocolates for the ward, a card
    if not acts or not (who or context_who):
        # who it is about decides this rule: going for drinks or adding someone is ordinary
        # with friends, so with no one from work named those acts need the classifier's
        # strictest point (weak); a personal number, money or romance its usual one
        personal = [s for s in acts if s[3] not in _ORDINARY_WITH_FRIENDS]
        if acts:
            ev.partial, ev.weak = acts, not (context_who or personal)
        elif contact and not _someone_elses(ctx, contact[0]):
            ev.partial = sorted(who + contact)
        elif who and not _someone_elses(ctx, who[0]):
            # the writer and a service user or pupil, in words no act cue knows ("a kid from
            # my placement class keeps liking my pics so I liked some back"): the classifier's
            # strictest point decides whether it is about a personal connection
            ev.partial, ev.weak = who, True
        return ev
    ev.spans = sorted(acts + who)
    incoming = all(
        s[3] in _INCOMING and b.TO_ME.search(text[s[0] : s[1]]) for s in acts
    ) and not b.TOOK_IT_UP.search(text)
    who_kind = "child" if child else (who[0][2] if who else "service user")
    ev.what = _WHO_WORDS.get(who_kind, _WHO_WORDS["service user"])
    if romance:
        ev.what = f"romantic interest in {ev.what}"
    elif incoming:
        ev.what = f"contact from {ev.what} on a personal account"
    else:
        ev.what = f"a personal connection with {ev.what} ({acts[0][2]})"
    return ev
