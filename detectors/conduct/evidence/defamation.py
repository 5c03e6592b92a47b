"""CND005: a statement that an identifiable person did wrong, not hedged or raised through the
proper channels, and not about oneself."""

from __future__ import annotations

from detectors.conduct import text as t
from detectors.conduct.cues import common, defamation
from detectors.conduct.evidence.base import STAFF, Context, Evidence, blocked, span_veto
from detectors.lexicon.shared import SOFTENER

_WRONGDOING = (defamation.WRONGDOING,)


def evaluate(ctx: Context) -> Evidence:
    text = ctx.text
    blocker = t.first([common.HEDGE, *common.PROPER_CHANNEL.cues], text)
    if blocker:
        return blocked(blocker)
    claims = sorted(s for cues in _WRONGDOING for s in cues.spans(text))
    found = ctx.people()
    if not claims:
        named = [(p.start, p.end, "person", p.cue) for p in found if t.identifies(p)][:1]
        words = defamation.WRONG_WORDS.spans(text)
        # a person named with no word of wrongdoing is ordinary talk: not even partial evidence
        partial = sorted(named + words) if words else []
        return Evidence(partial=partial, strong=bool(named and words))
    earlier = [p for x in ctx.before[-3:] if x for p in t.people_in(x, ctx.names, ctx.resolve)]
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
    ev.strong = bool(ev.partial) and (ev.strong or any(t.identifies(p) for p in found + earlier))
    if ev.spans:
        ev.spans = sorted(set(ev.spans))
        if ev.target and ev.target != STAFF and SOFTENER.search(text):
            ev.severity = "low"  # a joke at a friend's expense, laughed at
    return ev
