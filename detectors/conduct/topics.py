"""Off-topic use, for admins: the share of a chat's messages on course matters versus other
topics, by month. Not a finding about anyone: the union's guidance asks groups to keep
discussions relevant and suggests a separate social group for other topics.

How a message is counted (cues/topics.py):
- "course" when it has a course word: assessment, teaching, placement, the subject, or the
  professional practice the group discusses (guidance, boundaries, raising concerns);
- "other" when it has a word of another topic (television, sport, nights out, food, holidays);
- with neither, a message takes the topic of the conversation it is part of: the last counted
  message within REPLY_SECONDS ("same", "thanks!", "Sophie you can't do that"); with no such
  message it is "other" when it has at least OTHER_MIN_WORDS words, else "unclear";
- "unclear" messages, media, deleted messages and system notices are left out of the shares.

How reliable it is: RELIABILITY below is measured on hand-labelled chats (a test checks it
holds, tests/detectors/conduct/test_conduct_topics.py): the share of messages where the
estimate and the hand label agree, and how far the monthly course share lands from the
hand-labelled one. The summary repeats both, so an admin reads the figures as estimates."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from audit.core.people import authored
from detectors.conduct.cues.topics import COURSE, OTHER, PRACTICE

OTHER_MIN_WORDS = 4
REPLY_SECONDS = 30 * 60
_WORD = re.compile(r"[^\W\d_]{2,}")
COURSE_TOPIC, OTHER_TOPIC, UNCLEAR = "course", "other", "unclear"
# Measured on the two hand-labelled conduct dev chats (tests/detectors/conduct/data, 263
# messages with a topic either way; the test re-measures and fails if the figures no longer
# hold): the share of messages where estimate and hand label agree, and the largest gap, in
# percentage points, between a month's estimated and hand-labelled course share. Update them
# when the topic cues change.
RELIABILITY = {"agreement": 0.76, "month_error_points": 15, "messages": 263}


def message_topics(rows: pd.DataFrame) -> np.ndarray:
    """Topic per row of one chat's authored messages, in message order."""
    texts = rows["text"].fillna("").astype(str).tolist()
    kinds = rows["kind"].astype(str).tolist()
    seconds = rows["timestamp"].to_numpy().astype("datetime64[s]").astype("int64")
    out = np.full(len(texts), UNCLEAR, dtype=object)
    last_topic, last_time = None, None
    for i, text in enumerate(texts):
        if kinds[i] != "text":
            continue
        recent = last_time is not None and seconds[i] - last_time <= REPLY_SECONDS
        if COURSE.search(text) or PRACTICE.search(text):
            topic = COURSE_TOPIC
        elif OTHER.search(text):
            topic = OTHER_TOPIC
        elif recent and last_topic:
            topic = last_topic  # a reply in the conversation keeps its topic
        elif len(_WORD.findall(text)) >= OTHER_MIN_WORDS:
            topic = OTHER_TOPIC
        else:
            continue
        out[i] = topic
        last_topic, last_time = topic, seconds[i]
    return out


def monthly_shares(messages: pd.DataFrame) -> dict[str, dict[str, dict[str, int]]]:
    """chat file name -> "YYYY-MM" -> {"course": n, "other": n, "unclear": n}."""
    people = messages[authored(messages) & messages["timestamp"].notna()]
    out: dict[str, dict[str, dict[str, int]]] = {}
    for chat, rows in people.groupby("chat", sort=True, observed=True):
        rows = rows.sort_values("message_id", kind="stable")
        topics = message_topics(rows)
        months = rows["timestamp"].dt.strftime("%Y-%m").to_numpy()
        per: dict[str, dict[str, int]] = {}
        for month, topic in zip(months, topics, strict=True):
            counts = per.setdefault(month, {COURSE_TOPIC: 0, OTHER_TOPIC: 0, UNCLEAR: 0})
            counts[topic] += 1
        out[str(chat)] = dict(sorted(per.items()))
    return out
