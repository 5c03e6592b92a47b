"""Per-message classification: is this message aimed at someone (a put-down, a dismissal, a
sign of mockery that needs company, leaving someone out, laughter joining in, a plan to shame
a member online), and does it disparage a member of staff? Each answer carries its evidence
spans (start, end, label, cue) and the resolved target.

Evidence comes from cues (insults, labels, sarcasm, exclusion) and, when the scorers ran,
from the learned scores (`cls_putdown`, `cls_exclusion`, `cls_insult`, the toxicity model).
Cues also say what is *not* bullying: negation ("you're not thick"), talking about oneself,
defending or kindness ("guys stop", "thanks Chloe"), reported speech ("he called me a cow"),
figurative speech, affectionate banter, and a member saying they feel picked on. The target's
own reply to whoever just had a go at them is not bullying either. Quoted words are blanked
first, so quoting a kind phrase in order to mock it still counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors.bullying import tuning as t
from detectors.bullying.cues import context, exclusion, mockery, staff
from detectors.bullying.scores import Scores
from detectors.bullying.targets import (
    LEFT_OUT,
    PRONOUN_WORDS,
    SECOND_PERSON_WORDS,
    ChatContext,
    adjacent_target,
    is_staff,
    named_targets,
    nearest,
    quoted_author,
    refers_to_person,
    staff_target,
)
from detectors.bullying.text import negated
from detectors.lexicon import CueSpan, shared

MODEL_TOXICITY_CUE = "model.toxicity"
STRONG = ("mockery", "exclusion", "shaming")  # kinds that are bullying on their own


@dataclass
class Hostile:
    """One message aimed at someone, before patterns are assembled."""

    pos: int  # position in the chat's rows
    kind: str  # mockery | dismissive | weak | exclusion | shaming | laughter | staff
    target: str | None  # member as shown in the export, a staff target, or None
    spans: list[CueSpan] = field(default_factory=list)
    score: float = 0.7
    how: str = ""  # how the target was resolved: name | adjacency | joined
    author: str | None = None  # filled in when episodes are assembled


def _whole(text: str, label: str, cue: str) -> list[CueSpan]:
    return [(0, len(text.rstrip()) or len(text), label, cue)]


def _name_predicates(text: str, ctx: ChatContext, author: str) -> list[CueSpan]:
    """ "Megan is so slow", "Aisha's a snake": a member's name as the subject of an insult."""
    found = []
    for start, end, _ in named_targets(text, ctx, author):
        match = mockery.NAME_PREDICATE.match(text, end)
        if match and not context.NEGATION_INSIDE.search(match.group()):
            found.append((start, match.end(), "name-calling", mockery.NAME_PREDICATE.name))
    return found


def targeted_recently(pos: int, ctx: ChatContext) -> bool:
    """Was the writer on the receiving end of a jibe just before? Then this message is the
    target's own reply, and never bullying (the toxicity detector still sees abuse in it)."""
    me = ctx.authors[pos]
    for back in range(pos - 1, -1, -1):
        if ctx.seconds[pos] - ctx.seconds[back] > t.RETALIATION_SECONDS:
            return False
        if ctx.hostile_target.get(back) == me and ctx.authors[back] != me:
            return True
    return False


def _resolve(pos: int, ctx: ChatContext, evidence: CueSpan, seen, student_only: bool):
    """(target, how) for a jibe whose first evidence span is `evidence`, or None when it is
    about someone outside the chat."""
    text, author = ctx.texts[pos], ctx.authors[pos]
    evidence_text = text[evidence[0] : evidence[1]]
    staff_here = ctx.staff_in(evidence_text)
    named = named_targets(text, ctx, author)
    target = None if staff_here else nearest(named, evidence[:2])
    if target is None and not staff_here and len({member for _, _, member in named}) == 1:
        # "ngl bilal talks to us like we're his work experience kids 🙄": the one member a
        # message names is whom it is about, however far the eye-roll is from the name
        target = named[0][2]
    if target is None and not staff_here and context.DESCRIBED_SUBJECT.match(evidence_text):
        return None  # "the new girl on my ward is thick": someone described, not a member
    if target is not None:
        return target, "name"
    mentioned = None if named else ctx.staff_at(pos)
    if not student_only and (staff_here or mentioned):
        return staff_target(staff_here or mentioned), "name"
    second = bool(shared.SECOND_PERSON.search(evidence_text)) or (
        not seen.pronoun and seen.second_person
    )
    target = adjacent_target(pos, ctx, second)
    if is_staff(target) and student_only:
        target = None
    return target, "adjacency"


def _exclusion(pos: int, ctx: ChatContext, scores: Scores | None) -> Hostile | None:
    text, author = ctx.texts[pos], ctx.authors[pos]
    seen = ctx.cues(text)
    match = seen.exclusion
    if not match:
        # The classifier's "leaving someone out" is topical (it also scores "let's make a group
        # chat for the three of us"): it counts at its high cut-off only, about a member the
        # message names or calls "him"/"her", and not for waiting for someone late.
        if scores is None or scores.level("exclusion", pos) != "high" or seen.praise:
            return None
        if exclusion.WAITING.search(text) or exclusion.INCLUSION.search(text):
            return None
        target = nearest(named_targets(text, ctx, author), (0, len(text)), reach=len(text))
        if target is None and seen.pronoun:
            target = adjacent_target(pos, ctx, False)
        if target is None or is_staff(target) or target == author:
            return None
        spans = _whole(text, "exclusion", "model.cls_exclusion")
        return Hostile(pos, "exclusion", target, spans, scores.value("cls_exclusion", pos))
    obj = exclusion.exclusion_object(match)
    first = obj.split()[0] if obj.split() else ""
    word = first.strip("@\u2068\u2069").lower()
    if word in exclusion.SELF_WORDS:
        return None
    target, how = None, "name"
    if first and word not in PRONOUN_WORDS:
        target = ctx.members.resolve(obj) or ctx.aliases.get(word)
        person_like = first[:1] in "@\u2068" or first[:1].isupper()
        nobody_wants = match.groupdict().get("obj4") is not None
        if target is None and not person_like and not nobody_wants:
            return None  # "don't add it to the list"
        if target is None:
            target = nearest(named_targets(text, ctx, author), match.span())
    if target is None and not first:
        # "Megan can do her own thing": the member named just before the plan is its subject
        before = [n for n in named_targets(text, ctx, author) if n[1] <= match.start()]
        target = nearest(before, match.span())
    if target is None and (not first or word in SECOND_PERSON_WORDS) and seen.second_person:
        # "nobody wants to be in your group Megan": a name beside "you" is the addressee
        target = nearest(named_targets(text, ctx, author), match.span(), reach=80)
    if target is None:
        target = adjacent_target(pos, ctx, seen.second_person)
        how = "adjacency"
    if is_staff(target) or target == author or target is None:
        target = LEFT_OUT + str(pos)  # "the rest can do their own thing": someone, unnamed
    cue = seen.exclusion_cue
    return Hostile(pos, "exclusion", target, [(*match.span(), "exclusion", cue)], 0.85, how)


def _model_putdown(pos: int, scores: Scores | None, seen) -> tuple[list[CueSpan], float, str]:
    """(spans, score, kind) when a learned score says the message puts someone down: the
    classifier's put-down or insult score at its medium cut-off or above, or the toxicity
    model's targeted scores. Praise and sympathy are never a put-down by score ("you're a star
    Dev" shares words with insults, "oh bless him 😞" with "bless, she tried")."""
    if scores is None or seen.praise:
        return [], 0.0, ""
    text = seen.unquoted
    levels = {label: scores.level(label, pos) for label in ("putdown", "insult")}
    for level, kind in (("high", "mockery"), ("medium", "weak")):
        for label, found in levels.items():
            if found == level:
                column = f"cls_{label}"
                spans = _whole(text, "put-down", f"model.{column}")
                return spans, scores.value(column, pos), kind
    if scores.toxic_hit(pos):
        spans = _whole(text, "toxicity model", MODEL_TOXICITY_CUE)
        return spans, max(scores.toxic(pos)), "mockery"
    return [], 0.0, ""


def classify(pos: int, ctx: ChatContext, scores: Scores | None) -> Hostile | None:
    """Is message `pos` aimed at a member (or at staff)? Resolves the target."""
    text = ctx.texts[pos]
    author = ctx.authors[pos]
    seen = ctx.cues(text)
    if seen.victim:
        return None  # "I feel like I'm being picked on": the target speaking
    if seen.laughter:
        return Hostile(pos, "laughter", None, _whole(text, "laughter", seen.laughter))

    if not seen.supportive:
        found = _exclusion(pos, ctx, scores)
        if found is not None:
            return None if targeted_recently(pos, ctx) else found

    # a pet name or a heart beside an eye-roll or a sneer is not affection ("it's not hard babe")
    banter = seen.banter and not seen.weak and not any(s[2] == "sarcasm" for s in seen.insults)
    if seen.supportive or banter or seen.figurative:
        return None

    spans = list(seen.insults) + _name_predicates(seen.unquoted, ctx, author)
    kind, score = "mockery", 0.7
    if not spans and seen.dismissive:
        spans, kind, score = list(seen.dismissive), "dismissive", 0.5
    aimed = refers_to_person(text, ctx) or bool(seen.weak) or quoted_author(pos, ctx) is not None
    if not spans:
        # Signs of mockery and the classifier's put-down score back each other up: two signs
        # together ("imagine not knowing that 🤡") or a sign with a put-down score make a jibe;
        # one of them alone needs company (laughter, a second member, a defender). Measured on
        # the evaluation chats, chat-audit's own classifier alone flags too many kind messages
        # to decide by itself; the toxicity model's targeted scores may.
        model, model_score, model_kind = _model_putdown(pos, scores, seen)
        if not aimed:
            model, model_kind = [], ""
        weak = list(seen.weak)
        several = len({s[3] for s in weak}) >= 2
        toxic = model_kind == "mockery" and model[0][3] == MODEL_TOXICITY_CUE
        if toxic or several or (weak and model):
            spans, kind, score = weak + model, "mockery", max(0.6, model_score)
        elif weak or model:
            spans, kind, score = weak or model, "weak", max(0.4, model_score)
    if not spans:
        if seen.laugh_led:  # "😂 brutal", "LMAOOO she can't help herself": joins a jibe
            return Hostile(pos, "laughter", None, _whole(text, "laughing along", "laughter.led"))
        return None
    if kind == "mockery" and scores is not None:
        score = max(score, scores.toxic(pos)[0], scores.value("cls_putdown", pos))

    student_only = spans[0][2] in ("mockery", "sarcasm")  # "teacher's pet" is said of students
    resolved = _resolve(pos, ctx, spans[0], seen, student_only)
    if resolved is None:
        return None
    target, how = resolved
    if target == author or targeted_recently(pos, ctx):
        return None
    return Hostile(pos, kind, target, spans, min(1.0, score), how)


def staff_grievance(pos: int, ctx: ChatContext, scores: Scores | None, hostile: Hostile | None):
    """(spans, score, staff target) when the message disparages a member of staff."""
    text = ctx.texts[pos]
    seen = ctx.cues(text)
    if not seen.staff_hits and scores is None:
        return None
    found = ctx.staff_at(pos)
    whom = staff_target(found) if found else None
    if whom is None and hostile is not None and is_staff(hostile.target):
        whom = hostile.target
    if whom is None and hostile is None and seen.pronoun:
        # "someone should get him sacked" two messages after "the ward manager is ...": no
        # member is being mocked, so "him" is the member of staff the conversation is about.
        for back in range(pos - 1, max(-1, pos - 1 - t.STAFF_CONTEXT_MESSAGES), -1):
            if ctx.seconds[pos] - ctx.seconds[back] > t.ADJACENCY_SECONDS:
                continue
            if is_staff(ctx.hostile_target.get(back)):
                whom = ctx.hostile_target[back]
                break
            if ctx.mentions_staff(back):
                whom = staff_target(ctx.staff_at(back))
                break
    if whom is None:
        return None
    hits = list(seen.staff_hits)
    score = 0.7
    if scores is not None and not hits and not (seen.praise or seen.constructive):
        # the classifier's grievance score is topical ("my mentor is amazing" scores high):
        # its high cut-off only, with a high insult or put-down score or swearing beside it,
        # never beside praise or advice to raise it properly
        corroborated = "high" in {scores.level("insult", pos), scores.level("putdown", pos)}
        corroborated = corroborated or bool(shared.PROFANE.search(text))
        if scores.level("staff_grievance", pos) == "high" and corroborated:
            hits = _whole(text, "disparaging", "model.cls_staff_grievance")
            score = scores.value("cls_staff_grievance", pos)
        elif scores.toxic_hit(pos):
            hits = [(0, len(text), "toxicity model", MODEL_TOXICITY_CUE)]
            score = max(scores.toxic(pos))
    if not hits:
        return None
    if (seen.constructive or seen.supportive_plain) and not seen.strong_insult:
        return None
    if scores is not None:
        score = max(score, scores.toxic(pos)[0])
    return hits, min(1.0, score), whom


def shaming(pos: int, ctx: ChatContext) -> Hostile | None:
    """A plan to shame a fellow member online ("film her and put it on tiktok"). Shaming a
    member of staff or a placement online is the conduct detector's finding, not this one."""
    text = ctx.texts[pos]
    match = staff.SHAMING.search(text)
    if not match or negated(text, match.start(), match.start()):
        return None
    if context.SUPPORTIVE.search(text) or ctx.staff_in(text):
        return None
    author = ctx.authors[pos]
    cue = staff.SHAMING.cue_of(match).name
    target = nearest(named_targets(text, ctx, author), match.span(), reach=len(text))
    if target is None and staff.SHAMING_PERSON.search(text):
        target = adjacent_target(pos, ctx, False)
    if target is None and cue not in staff.STRONG_SHAMING:
        return None  # "parents post them on facebook anyway": nobody's, nobody shamed
    if target is None or is_staff(target) or target == author:
        return None
    return Hostile(pos, "shaming", target, [(*match.span(), "public shaming", cue)], 0.9, "name")


def suspected(pos: int, suspect, ctx: ChatContext, weak: Hostile | None) -> Hostile | None:
    """A message someone stood up against (defended.py): a put-down at the member defended,
    its evidence the defence (and any sign of mockery it carried)."""
    if ctx.authors[pos] == suspect.target or targeted_recently(pos, ctx):
        return weak
    spans = _whole(ctx.texts[pos], "put-down, called out by another member", suspect.cue)
    if weak is not None and weak.kind == "weak":
        spans = weak.spans + spans
    return Hostile(pos, "mockery", suspect.target, spans, 0.6, "defended")


def join_agreement(pos: int, ctx: ChatContext, hostile: list[Hostile]) -> Hostile | None:
    """ "👍", "agreed" straight after a plan to leave someone out, by someone else: joining
    the plan. (After anything else a thumbs-up says nothing.)"""
    if not context.AGREEMENT_ONLY.fullmatch(ctx.texts[pos]) or not hostile:
        return None
    event = Hostile(
        pos, "laughter", None, _whole(ctx.texts[pos], "agreeing", "reply.agreement_only")
    )
    joined = join_laughter(event, pos, ctx, hostile[-1:])
    return joined if joined is not None and hostile[-1].kind == "exclusion" else None


def join_laughter(event: Hostile, pos: int, ctx: ChatContext, hostile: list[Hostile]):
    """A laughter-only reply (or a sign of mockery with no target of its own) joins the latest
    jibe just before it, by someone else, at someone other than the laugher."""
    me = ctx.authors[pos]
    for previous in reversed(hostile[-t.LAUGH_REACH_MESSAGES * 2 :]):
        if pos - previous.pos > t.LAUGH_REACH_MESSAGES:
            break
        if ctx.seconds[pos] - ctx.seconds[previous.pos] > t.LAUGH_REACH_SECONDS:
            break
        if previous.kind == "laughter" or previous.target in (None, me):
            continue
        if ctx.authors[previous.pos] == me:
            continue
        event.target = previous.target
        event.how = "joined"
        return event
    return None
