"""Bullying as a conversation: what a group does to one person, not what one message says.

Bullying in a cohort chat is rarely one toxic message. It is several members laughing at one,
a plan to leave someone out, a run of put-downs over weeks, venting about a named lecturer, or
one member drowning out everyone else. Each finding says whom it was aimed at (`target`: the
member as shown in the export, "staff", or ""), by whom and over what span (the explanation,
`related`), the pattern it belongs to (`episode`) and why (`cue`: the cues or model scores
behind it). The report pseudonymises names later.

How a message becomes a put-down aimed at someone:
1. evidence (classify.py): a cue (name-calling, mockery, sarcasm without insult words such as
   "you really thought that was worth a message huh", dismissal, exclusion planned in the open,
   contact details shared to invite abuse); signs of mockery that need company (an eye-roll,
   "here we go") backed by a second sign or a learned score; the learned scores when the
   scorers ran (chat-audit's classifier `cls_putdown`/`cls_insult`/`cls_exclusion`/
   `cls_staff_grievance`, the toxicity model's targeted scores; scores.py); or the
   conversation's own reaction (reactions.py): a member standing up for someone ("guys pack
   it in"), the person answering hurt ("that's not funny"), others laughing at a message
   aimed at a member;
2. the target (targets.py): a member named, @mentioned (phone numbers too), called by surname
   or by the name they introduced themselves with, whoever wrote a quoted passage, else the
   person the conversation was on ("you" after a round of welcomes means the newcomer);
   different staff are different targets;
3. not bullying: negated, about oneself, kind or defending, reported speech, figurative,
   affectionate banter, a member saying they feel picked on, the target's own reply.
Laughter, emoji and agreement ("😂😂", "💀", "facts", "👍" to a plan to leave someone out) join
the jibe just before them. Episodes (episodes.py) gather a jibe and the replies that join it;
one the person joked about enjoys (laughs along, answers in kind) is banter, kept at low.
Timelines (timelines.py) follow each member over the whole chat for persistent targeting,
by one author or by a group taking turns.

Severities:
- BUL001 pile-on: high for three or more messages (or two members both jibing); medium for a
  jibe and one member joining in. Pile-ons on a member of staff count too (one per person).
- BUL002 exclusion: high when a member is named or resolved, medium otherwise.
- BUL003 mockery / name-calling at a member: medium; plain dismissal ("nobody cares"), or a
  jibe the person answers in kind ("I'm a clown who got 70 😎"): low.
  Not repeated on messages already in a pile-on.
- BUL004 persistent targeting (one member, 2+ days within 14, by one author on two of them or
  3+ messages in all): high.
- BUL005 rude grievance about staff: medium (not when it is raised constructively).
- BUL006 a plan to shame a fellow student publicly online: high. (Shaming staff or a
  placement online is the conduct detector's finding, never this one's too.)
- BUL007 one member writing 60%+ of a busy stretch (15 messages within an hour, at least two
  others taking part): low (union guidance: manage it, gently).

The package: rules, cues/ (named cue data), tuning (windows and cut-offs), scores (learned
scores), text (per-text cues, the derived prefilter and gates), targets (the conversation
model), reactions, classify (per message), episodes, timelines, domination, chat (one chat's
walk), summary."""

from __future__ import annotations

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import authored
from audit.core.schema import empty_findings
from audit.scoring.base import SCORER_FACTORIES
from detectors.base import Finding, findings_frame
from detectors.bullying.chat import chat_findings
from detectors.bullying.cues import CUES
from detectors.bullying.rules import (
    DOMINATION,
    EXCLUSION,
    MOCKERY,
    PERSISTENT,
    PILE_ON,
    PUBLIC_SHAMING,
    RULES,
    STAFF_GRIEVANCE,
)
from detectors.bullying.summary import summarize
from detectors.bullying.tuning import (
    ADJACENCY_MESSAGES,
    ADJACENCY_REPLY_SECONDS,
    ADJACENCY_SECONDS,
    BANTER_REPLY_MESSAGES,
    BANTER_REPLY_SECONDS,
    DOMINATION_MAX_SPAN_SECONDS,
    DOMINATION_MIN_OTHERS,
    DOMINATION_SHARE,
    DOMINATION_WINDOW,
    LAUGH_REACH_MESSAGES,
    LAUGH_REACH_SECONDS,
    MAX_RELATED,
    MODEL_INSULT,
    MODEL_TOXICITY,
    PERSISTENT_MIN_DAYS,
    PERSISTENT_WINDOW_DAYS,
    PILE_ON_GAP_SECONDS,
    PILE_ON_MIN_AUTHORS,
    PILE_ON_MIN_MESSAGES,
    STAFF_CONTEXT_MESSAGES,
    THRESHOLDS,
)

NAME = "bullying"
# The toxicity model and chat-audit's own classifier, whichever this install has (every
# score column is optional: without them the cues decide alone).
SCORERS: tuple[str, ...] = tuple(s for s in ("toxicity", "classifier") if s in SCORER_FACTORIES)

__all__ = [  # the tuning values are listed by the evaluation as this detector's settings
    "CUES",
    "DOMINATION",
    "EXCLUSION",
    "MOCKERY",
    "NAME",
    "PERSISTENT",
    "PILE_ON",
    "PUBLIC_SHAMING",
    "STAFF_GRIEVANCE",
    "RULES",
    "SCORERS",
    "THRESHOLDS",
    "detect",
    "summarize",
    "ADJACENCY_MESSAGES",
    "ADJACENCY_REPLY_SECONDS",
    "ADJACENCY_SECONDS",
    "BANTER_REPLY_MESSAGES",
    "BANTER_REPLY_SECONDS",
    "DOMINATION_MAX_SPAN_SECONDS",
    "DOMINATION_MIN_OTHERS",
    "DOMINATION_SHARE",
    "DOMINATION_WINDOW",
    "LAUGH_REACH_MESSAGES",
    "LAUGH_REACH_SECONDS",
    "MAX_RELATED",
    "MODEL_INSULT",
    "MODEL_TOXICITY",
    "PERSISTENT_MIN_DAYS",
    "PERSISTENT_WINDOW_DAYS",
    "PILE_ON_GAP_SECONDS",
    "PILE_ON_MIN_AUTHORS",
    "PILE_ON_MIN_MESSAGES",
    "STAFF_CONTEXT_MESSAGES",
]


def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:  # noqa: ARG001
    people = messages[authored(messages) & messages["timestamp"].notna()]
    if people.empty:
        return empty_findings()
    findings: list[Finding] = []
    for _, chat_rows in people.groupby("chat", sort=True, observed=True):
        chat_rows = chat_rows.sort_values(["message_id"], kind="stable")
        findings.extend(chat_findings(chat_rows))
    frame = findings_frame(findings, messages, NAME)
    return frame.sort_values(["chat", "message_id", "rule"], kind="stable").reset_index(drop=True)
