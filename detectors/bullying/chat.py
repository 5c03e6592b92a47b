"""One chat, walked in order: classify the candidate messages (resolving targets as the
conversation goes), then assemble episodes, timelines and the busy-stretch check. Messages
are never related across chats."""

from __future__ import annotations

import numpy as np
import pandas as pd

from detectors.base import Finding
from detectors.bullying import tuning as t
from detectors.bullying.classify import (
    Hostile,
    classify,
    join_agreement,
    join_laughter,
    shaming,
    staff_grievance,
    suspected,
)
from detectors.bullying.domination import domination
from detectors.bullying.episodes import (
    ChatRows,
    episodes,
    pile_on_findings,
    runs,
    single_findings,
)
from detectors.bullying.reactions import reactions
from detectors.bullying.rules import STAFF_GRIEVANCE
from detectors.bullying.scores import Scores
from detectors.bullying.targets import (
    STAFF_TARGET,
    ChatContext,
    is_staff,
    staff_named,
)
from detectors.bullying.text import candidate_mask
from detectors.bullying.timelines import persistent


def chat_findings(chat_rows: pd.DataFrame) -> list[Finding]:
    rows = chat_rows.index.to_numpy()
    authors = chat_rows["author"].astype(object).where(chat_rows["author"].notna(), None).to_numpy()
    texts = chat_rows["text"].astype(object).where(chat_rows["text"].notna(), "").tolist()
    seconds = chat_rows["timestamp"].to_numpy().astype("datetime64[s]").astype("int64")
    ids = chat_rows["message_id"].to_numpy()
    is_text = (chat_rows["kind"] == "text").to_numpy()
    chat = ChatRows.of(rows, ids, str(chat_rows["chat"].iloc[0]))
    ctx = ChatContext.of(authors, seconds, texts)
    scores = Scores.of(chat_rows)

    findings: list[Finding] = []
    hostile: list[Hostile] = []
    grievances: list[Hostile] = []
    suspects = reactions(ctx, is_text)
    maybe = candidate_mask(texts, ctx.gates)
    maybe[list(suspects)] = True
    if scores is not None:
        maybe |= scores.candidates()
    for pos in np.flatnonzero(is_text & maybe):
        event = shaming(pos, ctx) or classify(pos, ctx, scores)
        if pos in suspects and (event is None or event.kind in ("weak", "laughter")):
            event = suspected(pos, suspects[pos], ctx, event)
        if event is not None and (
            event.kind == "laughter" or (event.kind == "weak" and event.target is None)
        ):
            event = join_laughter(event, pos, ctx, hostile)
        if event is None:
            event = join_agreement(pos, ctx, hostile)
        if event is not None and event.target is not None:
            ctx.hostile_target[pos] = event.target
        if event is not None and (not is_staff(event.target) or event.kind == "laughter"):
            hostile.append(event)
        grievance = staff_grievance(pos, ctx, scores, event)
        if grievance is None:
            continue
        spans, score, whom = grievance
        grievances.append(Hostile(pos, "staff", whom, spans, score, "name"))
        if event is None or event.target is None or is_staff(event.target):
            # a jibe at staff: others laughing along make it a pile-on on that person
            ctx.hostile_target[pos] = whom
            if event is None or event.kind != "laughter":
                hostile.append(Hostile(pos, "staff", whom, sorted(spans), score))

    found = episodes(hostile, ctx)
    for episode in found:
        piled = episode.is_pile_on()
        if piled:
            findings += pile_on_findings(episode, ctx, chat)
        if not is_staff(episode.target):
            findings += single_findings(episode, ctx, chat, piled)
    findings += _grievance_findings(grievances, ctx, chat)
    findings += persistent(found, ctx, chat)
    findings += domination(authors, seconds, rows, ids)
    return findings


def _grievance_findings(grievances: list[Hostile], ctx: ChatContext, chat: ChatRows):
    """BUL005, one per message; messages about the same member of staff within the pile-on
    gap share an episode (different staff are different grievances)."""
    out = []
    by_staff: dict[str, list[Hostile]] = {}
    for g in grievances:
        by_staff.setdefault(g.target, []).append(g)
    for whom, group in by_staff.items():
        key = whom.split(":", 1)[1]
        for run in runs(group, ctx, t.PILE_ON_GAP_SECONDS):
            episode = chat.episode(run[0].pos, STAFF_GRIEVANCE.code) if len(run) > 1 else ""
            for g in run:
                out.append(
                    Finding(
                        row=chat.rows[g.pos],
                        rule=STAFF_GRIEVANCE,
                        explanation=f"{ctx.authors[g.pos]} speaks disparagingly about "
                        f"{staff_named(g.pos, ctx, key)} in the group chat instead of raising "
                        "the concern with the right people.",
                        score=g.score,
                        label=STAFF_GRIEVANCE.name,
                        spans=g.spans,
                        target=STAFF_TARGET,
                        episode=episode,
                    )
                )
    return out
