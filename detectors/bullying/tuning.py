"""The bullying detector's windows, minimums and score cut-offs, each with why it has its
value. The values were set on the team-written chats (evaluation/dev, the tests) and kept
general: conversational reach in minutes and messages, not phrases."""

from __future__ import annotations

ADJACENCY_MESSAGES = 6  # how far back "she"/"you" may reach for the person just spoken to
ADJACENCY_SECONDS = 15 * 60
ADJACENCY_REPLY_SECONDS = 60 * 60  # the message straight before may be answered this late
STAFF_CONTEXT_MESSAGES = 3  # "he/she" in a grievance may point this far back to a staff mention
LAUGH_REACH_MESSAGES = 5  # a laughter-only reply joins a jibe at most this many messages later
LAUGH_REACH_SECONDS = 10 * 60
PILE_ON_GAP_SECONDS = 20 * 60  # hostile messages at one person closer than this form one episode
PILE_ON_MIN_AUTHORS = 2
PILE_ON_MIN_MESSAGES = 3  # for high; two messages from two members are medium
PERSISTENT_MIN_DAYS = 2
PERSISTENT_WINDOW_DAYS = 14
PERSISTENT_GROUP_MESSAGES = 3  # by several members: this many messages, on 2+ days, in the window
DOMINATION_WINDOW = 15  # messages
DOMINATION_MAX_SPAN_SECONDS = 60 * 60  # 15 messages within an hour = a busy stretch
DOMINATION_SHARE = 0.6
DOMINATION_MIN_OTHERS = 2  # a conversation, not one member's announcements
BANTER_REPLY_MESSAGES = 4  # how soon the person teased must answer for it to read as banter
BANTER_REPLY_SECONDS = 10 * 60
MODEL_INSULT = 0.6  # tox_insult / tox_identity_attack / tox_threat / tox_severe_toxicity
MODEL_TOXICITY = 0.85  # tox_toxicity alone: higher, because swearing about a shift scores high
MAX_RELATED = 60
NAME_REACH_CHARS = 40  # a member's name this close to a jibe is whom it is aimed at
INTRO_MESSAGES = 5  # a member shown by number introduces themselves in their first messages
QUOTE_MIN_CHARS = 8  # a quoted passage this long, copied from a recent message, is a reply
QUOTE_REACH_MESSAGES = 20
DIRECT_REPLY_SECONDS = 5 * 60  # the next message within this is an answer to the one before
DEFENCE_REACH_MESSAGES = 6  # a defence points back at most this many messages
DEFENCE_REACH_SECONDS = 20 * 60
PHATIC_MAX_CHARS = 60  # "welcome Tasha!", "thanks 🙏": short replies that start nothing
RETALIATION_SECONDS = 60 * 60  # answering someone who just had a go at you is not bullying

_CHATS = "set on the team-written chats (evaluation/dev and the tests)"

# What the report lists: each value with where it came from; a model cut-off only when that
# model ran (`scorer`).
THRESHOLDS = {
    "PILE_ON_GAP_SECONDS": {"value": PILE_ON_GAP_SECONDS, "source": "hostile messages at one "
                            "person closer than this form one pile-on; " + _CHATS},
    "PILE_ON_MIN_MESSAGES": {"value": PILE_ON_MIN_MESSAGES, "source": "messages for a high "
                             "pile-on (two from two members is medium); " + _CHATS},
    "LAUGH_REACH_SECONDS": {"value": LAUGH_REACH_SECONDS, "source": "a laughter-only reply "
                            "joins a jibe this soon after it; " + _CHATS},
    "ADJACENCY_SECONDS": {"value": ADJACENCY_SECONDS, "source": "how long 'she'/'you' may reach "
                          "back for the person just spoken to; " + _CHATS},
    "PERSISTENT_WINDOW_DAYS": {"value": PERSISTENT_WINDOW_DAYS, "source": "remarks at one "
                               "member on 2+ days within this window are a pattern; " + _CHATS},
    "DOMINATION_SHARE": {"value": DOMINATION_SHARE, "source": "share of a busy stretch "
                         "(15 messages within an hour) one member must write; " + _CHATS},
    "MODEL_INSULT": {"value": MODEL_INSULT, "scorer": "toxicity", "source": "a targeted-harm "
                     "score (insult, identity attack, threat) this high, aimed at a person, is "
                     "a jibe; above detoxify's own 0.5 decision point"},
    "MODEL_TOXICITY": {"value": MODEL_TOXICITY, "scorer": "toxicity", "source": "overall "
                       "toxicity alone must be this high: swearing about a shift scores high"},
}  # fmt: skip
