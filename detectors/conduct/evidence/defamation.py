"""CND005: a statement that an identifiable person did wrong, not hedged or raised through the
proper channels, and not about oneself."""

from __future__ import annotations

import re

from detectors.conduct import text as t
from detectors.conduct.cues import boundaries, common, defamation, people, shaming
from detectors.conduct.evidence.base import STAFF, Context, Evidence, blocked, span_veto
from detectors.lexicon.shared import SOFTENER

_WRONGDOING = (defamation.WRONGDOING,)


def _indefinite(text: str, person) -> bool:
    """ "a nurse", "some HCA": a role with an indefinite article names nobody in particular."""
    return person.kind == "role" and bool(_INDEFINITE.match(text, person.start))


_INDEFINITE = re.compile(r"(?:a|an|some|any)\s", re.IGNORECASE)


def _about_service_user(text: str, word) -> bool:
    """Words of wrongdoing with no claim cue, in a sentence that starts from a service user,
    pupil or their family and names no member of staff ("one of my year 3s told me her dad
    hits her", "my client relapsed, found drunk again"): what a service user did or said is
    a confidentiality matter, not a claim about a colleague."""
    start, end = t.sentence_of(text, word[:2])
    sentence = text[start:end]
    if people.TITLE_NAME.search(sentence) or people.ROLE.search(sentence):
        return False
    first = [s[0] for s in boundaries.WHO.spans(sentence) + boundaries.CHILD.spans(sentence)]
    return bool(first) and start + min(first) < word[0]


def evaluate(ctx: Context) -> Evidence:
    text = ctx.text
    # a hedge, the proper channels, or the news reporting a case (public record, no one here)
    claims = sorted(s for cues in _WRONGDOING for s in cues.spans(text))
    blocker = t.first([common.HEDGE, shaming.NEWS], text) or next(
        (
            s[3]
            for s in t.spans_of(common.PROPER_CHANNEL.cues, text)
            # "lied on the incident form": the channel is what was falsified, not used
            if not any(c[0] <= s[0] < c[1] for c in claims)
        ),
        "",
    )
    if blocker:
        return blocked(blocker)
    found = ctx.people()
    if not claims:
        named = [
            (p.start, p.end, "person", p.cue)
            for p in found
            if t.identifies(p) and not _indefinite(text, p)
        ][:1]
        words = defamation.WRONG_WORDS.spans(text)
        if words and _about_service_user(text, words[0]):
            return Evidence()  # "my pupil's dad hits her": a disclosure, confidentiality's job
        # a person named with no word of wrongdoing is ordinary talk: not even partial evidence
        partial = sorted(named + words) if words else []
        return Evidence(partial=partial, strong=bool(named and words))
    people_by = [(x, t.people_in(x, ctx.names, ctx.resolve)) for x in ctx.before[-3:] if x]
    people_by.append((text, found))
    earlier = [p for x, ps in people_by[:-1] for p in ps]
    named_before = any(t.identifies(p) for p in earlier + found)
    ev = Evidence()
    vetoed = ""
    for span in claims:
        where = span[:2]
        veto = span_veto(text, [span])
        if veto:
            vetoed = veto
            continue
        subject = t.subject_before(found, text, where)
        if (
            subject is None
            or subject.kind == "first"
            or (subject.kind == "third" and not named_before)
            or _indefinite(text, subject)
        ):
            ev.partial.append(span)
            # a claim about someone, not the writer: two of the rule's parts
            ev.strong = ev.strong or subject is None or subject.kind == "third"
            continue
        ev.spans += [(subject.start, subject.end, "person", subject.cue), span]
        if subject.kind == "member":
            ev.target = subject.member
        elif subject.kind in ("title", "role") or any(p.kind in ("title", "role") for p in found):
            ev.target = STAFF
        ev.what = f"an identifiable person committed wrongdoing ({span[2]})"
    if not ev.spans and not ev.partial:
        return blocked(vetoed or common.NEGATION.name)
    ev.strong = bool(ev.partial) and (
        ev.strong
        or any(t.identifies(p) and not _indefinite(x, p) for x, ps in people_by for p in ps)
    )
    if ev.spans:
        ev.spans = sorted(set(ev.spans))
        if ev.target and ev.target != STAFF and SOFTENER.search(text):
            ev.severity = "low"  # a joke at a friend's expense, laughed at
    return ev
