"""Bullying patterns: what a group does to one person, not what one message says.

Bullying in a cohort chat is rarely one toxic message. It is several members mocking the same
person within minutes (a pile-on, laughter included), leaving someone out of the group, the
same person singled out day after day, venting about a named lecturer or mentor, or one member
drowning out everyone else. Each finding names the messages involved (`related`) and who they
are aimed at, by member name as written in the export (the report pseudonymises later).

How a message becomes "aimed at someone":
1. a cue says it is hostile: name-calling or mockery ("teacher's pet", "she's so thick"),
   sarcasm that only works at someone's expense ("gold star for Megan, does she want a
   sticker"), dismissal ("nobody cares"), exclusion ("make a new group without her"), sharing
   someone's contact details "if anyone wants to tell her", or, when the toxicity scorer ran,
   a high insult/identity-attack/threat score on a message that points at a person;
2. the target is resolved from a member's name or @mention near the cue (full or first name
   as written in the export, or a phone number), else by adjacency: the person the
   conversation was just on (the previous jibe's target, or the last other speaker; "she" in
   "lol she's a teacher's pet" is whoever was just mocked, or a member of staff when the
   conversation was just about one);
3. it is *not* counted when it is negated ("you're not thick"), about oneself ("I'm so thick"),
   supportive ("guys stop, this is bullying", "thanks Chloe"), reported speech ("he called me
   a cow"), figurative ("this essay is killing me") or friendly banter (affection markers:
   "love you", hearts). Quoted words are blanked first, so quoting a kind phrase in order to
   mock it still counts.
A reply that only laughs or eggs on ("😂😂", "LMAOOO she can't help herself", "do it 😂")
counts only right after a jibe, and only as part of a pile-on. Plain swearing at a member
("fuck off Tom") is the toxicity detector's finding; here it only feeds pile-ons and
persistence. Messages are never related across chats.

Severities:
- BUL001 pile-on: high for three or more messages (or two members both jibing); medium for a
  jibe and one member laughing along. Pile-ons on a member of staff count too.
- BUL002 exclusion: high when a member is named or resolved, medium otherwise.
- BUL003 mockery / name-calling at a member: medium; plain dismissal ("nobody cares"), or a
  jibe the person answers in kind ("I'm a clown who got 70 😎"): low.
  Not repeated on messages already in a pile-on.
- BUL004 persistent targeting (same author, same member, 2+ days within 14): high.
- BUL005 rude grievance about staff: medium (not when it is raised constructively).
- BUL006 intent to shame someone publicly ("let's post her marking on Facebook"): high.
- BUL007 one member writing 60%+ of a busy stretch (15 messages within an hour, at least two
  others taking part): low (union guidance: manage it, gently).

Everything here is regular expressions over the text (computed once per distinct text) plus a
linear walk over each chat, so a 100,000-message export scans in a few seconds without models."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import Members, authored
from audit.core.rules import Rule
from audit.core.schema import empty_findings
from detectors.base import Finding, findings_frame
from detectors.lexicon import shared

NAME = "bullying"
SCORERS: tuple[str, ...] = ("toxicity",)

# --- rules ---

PILE_ON = Rule(
    code="BUL001",
    name="pile-on",
    severity="high",
    summary="Several members aim mocking or hostile messages at one person within minutes.",
    why=(
        "A pile-on is how group chats bully: each message may look small, but several members "
        "(and their laughter) turning on one person at once is intimidating and isolating. The "
        "union's advice is that the chat must not be used to express dislike of anybody; this "
        "could be considered bullying."
    ),
    guidance=("su-be-nice", "su-rule-kind", "sg-content", "hcpc-2.10"),
    example="Tom: you're so thick Megan 😂 / Jess: 😂😂 / Sam: lol she's a teacher's pet",
)
EXCLUSION = Rule(
    code="BUL002",
    name="exclusion",
    severity="high",
    summary="A message proposing to leave a member out of the group or its work.",
    why=(
        "Deliberately leaving someone out (a new group without them, not adding them, telling "
        "them nobody wants them) is a recognised form of bullying, and the union's guidance "
        "asks members to treat everyone with kindness, respect and compassion."
    ),
    guidance=("su-be-nice", "su-rule-kind", "sg-content"),
    example="let's make a new group without Megan",
)
MOCKERY = Rule(
    code="BUL003",
    name="mockery-of-member",
    severity="medium",
    summary="Name-calling, mockery or dismissal aimed at a member of the group.",
    why=(
        "Calling a fellow student names or mocking them in a group they cannot leave without "
        "losing course information is disrespectful and can be reported as a breach of the "
        "professional code of conduct; colleagues are owed the same respect as service users."
    ),
    guidance=("su-be-nice", "su-rule-kind", "hcpc-2.10", "hcpc-9.1", "su-be-mindful"),
    example="she's such a teacher's pet",
)
PERSISTENT = Rule(
    code="BUL004",
    name="persistent-targeting",
    severity="high",
    summary="The same member singled out by the same author on more than one day.",
    why=(
        "A remark repeated day after day at the same person is a pattern, not a bad moment. "
        "Persistence is what turns rudeness into bullying, and what a PCPS panel would look at."
    ),
    guidance=("su-be-nice", "sg-content", "hcpc-9.1"),
    example="Monday: 'teacher's pet' / Wednesday: 'here she goes again, nobody cares'",
)
STAFF_GRIEVANCE = Rule(
    code="BUL005",
    name="rude-about-staff",
    severity="medium",
    summary="A rude or disparaging comment about a lecturer, mentor or other member of staff.",
    why=(
        "The union warns that students making rude comments about staff could be invited to a "
        "PCPS meeting: concerns about a lecturer or placement manager should be raised with the "
        "appropriate people (programme leader, placement supervisor), not vented in the chat."
    ),
    guidance=("su-grievances", "sg-whistleblowing", "hcpc-9.1", "su-be-mindful"),
    example="Dr Hughes is useless, she hasn't got a clue",
)
PUBLIC_SHAMING = Rule(
    code="BUL006",
    name="public-shaming",
    severity="high",
    summary="A plan to shame a member of staff or a student publicly online.",
    why=(
        "Posting someone's work, messages or photos to social media to shame them can be "
        "defamatory and is not a proper route for raising concerns: each organisation has its "
        "own procedures, and the guidance warns against using social media to whistleblow."
    ),
    guidance=("sg-defamation", "sg-whistleblowing", "su-grievances", "sg-content"),
    example="let's post her marking on Facebook so everyone sees",
)
DOMINATION = Rule(
    code="BUL007",
    name="dominating-the-chat",
    severity="low",
    summary="One member writes most of a busy stretch of conversation.",
    why=(
        "The union's guidance for group admins notes that some individuals can dominate the "
        "chat or make others feel uncomfortable, and that this should be managed carefully and "
        "promptly - often by a private word. A single stretch is minor; a habit is worth a look."
    ),
    guidance=("su-disruptive", "su-rule-kind"),
    example="12 of the 15 messages between 14:02 and 14:20 were from the same member",
)
RULES = (PILE_ON, EXCLUSION, MOCKERY, PERSISTENT, STAFF_GRIEVANCE, PUBLIC_SHAMING, DOMINATION)

# --- tuning (why each value: see the module docstring and the tests) ---

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
DOMINATION_WINDOW = 15  # messages
DOMINATION_MAX_SPAN_SECONDS = 60 * 60  # 15 messages within an hour = a busy stretch
DOMINATION_SHARE = 0.6
DOMINATION_MIN_OTHERS = 2  # a conversation, not one member's announcements
BANTER_REPLY_MESSAGES = 4  # how soon the person teased must answer for it to read as banter
BANTER_REPLY_SECONDS = 10 * 60
MODEL_INSULT = 0.6  # tox_insult / tox_identity_attack / tox_threat / tox_severe_toxicity
MODEL_TOXICITY = 0.85  # tox_toxicity alone: higher, because swearing about a shift scores high
MAX_RELATED = 60

_I = re.IGNORECASE
_APOS = "['’]?"

# --- bullying-only cues (shared ones live in detectors/lexicon/shared.py) ---

# Labels that only ever describe a person, so they may reach their target by adjacency
# ("teacher's pet 🙄" right after Megan spoke). False positives: self-description ("I'm such
# a teacher's pet") -> first-person check; quoting ("she called me a drama queen") -> reported
# speech check.
PERSON_LABEL = re.compile(
    r"\bteacher" + _APOS + r"s\s+pet\b|\bsuck[\s-]?ups?\b|\bbrown[\s-]?nos(?:e|er|ing)\b|"
    r"\bkiss[\s-]?ass\b|\barse[\s-]?lick\w*|\bknow[\s-]it[\s-]all\b|\battention[\s-]seek\w*|"
    r"\bdrama\s+queen\b|\bcry\s*baby\b|\bpick[\s-]me\b|\btry[\s-]?hard\b|\bsnitch\w*|"
    r"\b(?:no\s*one|nobody|no1)\s+(?:even\s+)?likes\s+(?:you|u|her|him|them)\b|"
    r"\beveryone\s+(?:hates|is\s+sick\s+of)\s+(?:you|u|her|him|them)\b|"
    r"\bwho\s+does\s+(?:she|he)\s+think\s+(?:she|he)\s+is\b|"
    r"\bthinks?\s+(?:she|he|they|you|u)" + _APOS + r"(?:s|re|r)?\s+(?:so\s+)?(?:better|special|"
    r"clever|smart|perfect|amazing|the\s+best|it)\b|"
    r"\b(?:she|he|you|u)" + _APOS + r"(?:s|re|r)?\s+(?:so\s+|such\s+a\s+|well\s+)?(?:slow|dense|"
    r"dim|thick|cringe|weird|sad|desperate|needy|extra)\b|"
    r"\bsuch\s+a\s+(?:baby|child|sad\s*case|saddo|div|dork|nerd|geek)\b|"
    r"\b(?:crying|moaning|whinging)\s+again\b|\bhere\s+(?:she|he)\s+goes\s+again\b|"
    r"\bsit\s+down\b(?!\s+(?:with|and|for|at))",
    _I,
)
# Sarcasm that only works at someone's expense. False positives: a genuine "gold star for
# you!" between friends -> banter check (hearts, "love you").
SNEER = re.compile(
    r"\bgold\s+star\b|\bwant\s+a\s+(?:medal|sticker|cookie|prize|trophy|round\s+of\s+applause)\b|"
    r"\bcan" + _APOS + r"t\s+wait\s+to\s+see\s+(?:\w+\s+){0,2}?fail\b|\bare\s+(?:you|u)\s+even\b|"
    r"\bcan\s+(?:you|u)\s+not\s+read\b|\bdo\s+(?:you|u)\s+even\s+(?:read|listen|know)\b|"
    r"\bbet\s+(?:she|he|you|u)\s+(?:cried|cries|loved\s+that)\b|"
    r"\b(?:she|he)\s+(?:cannot|can" + _APOS + r"t)\s+help\s+(?:herself|himself)\b|"
    r"\bcongrats\s+on\s+(?:using|being|finally|managing|learning)\b|\bget\s+a\s+life\b|"
    r"\btake\s+the\s+hint\b|\bread\s+the\s+room\b|\bwho\s+made\s+(?:you|u)\b|"
    r"\bimagine\s+(?:doing|being|caring|thinking|reading|spending)\b[^\n]{0,60}[\U0001F913\U0001F644]",
    _I,
)
YOU_ARE_INSULT = re.compile(
    r"\b(?:you|u)(?:"
    + _APOS
    + r"re|r|\s+are|\s+r)\s+(?:[\w'’]+\s+){0,2}?(?:"
    + shared.INSULT_NOUNS
    + "|"
    + shared.INSULT_ADJECTIVES
    + r")\b",
    _I,
)
# Sharing a member's contact details so others can pile in: "her email is ... if anyone wants
# to send her feedback", "Natalie's number is ... have fun". Sharing a number alone is a
# confidentiality matter, not this.
DOXXING = re.compile(
    r"\b(?:number|email|e-mail|address|insta|snap(?:chat)?|tiktok)\b[^\n]{0,60}?"
    r"(?:\bhave\s+fun\b|\bif\s+any(?:one|1|body)\s+wants\b|\bfor\s+any(?:one|1|body)\s+who\s+wants\b|"
    r"\bgo\s+wild\b|\bspam\s+(?:her|him|them)\b|\btell\s+(?:her|him|them)\s+(?:what|she|he|how))",
    _I,
)
# Swearing at someone ("fuck off Tom", "you absolute prick") is the toxicity detector's
# insult-at-a-person finding; here it counts towards pile-ons and persistence, not BUL003.
OBSCENE = re.compile(
    r"\b(?:f+u+c+k\w*|f[\*\.]+c?k\w*|piss\w*|prick|twat|cunt|dick\w*|knob\w*|bellend|wanker|"
    r"tosser|bastard|arsehole|asshole|dipshit|shit\w*|stfu|gtfo)\b",
    _I,
)
# How the person teased answers: light-hearted, or hurt.
LIGHT_REPLY = re.compile(
    r"[\U0001F60E\U0001F61C\U0001F61D\U0001F92A\U0001F602\U0001F923\U0001F605\U0001F643]|"
    r"\b(?:lol|lmao|haha\w*|fair|touch[eé]|guilty|true|takes\s+one\s+to\s+know)\b",
    _I,
)
HURT_REPLY = re.compile(
    r"\bnot\s+(?:fair|funny|nice|ok(?:ay)?|cool)\b|\bhurt|\bupset|\bwhy\s+(?:would|are|do)\b|"
    r"\bstop\b|\brude\b|\bmean\b|\bwtf\b|\bharsh\b|\bleave\s+me\b|\bseriously\b|"
    r"\bnot\s+for\s+fun\b|\bit" + _APOS + r"s\s+not\b",
    _I,
)
QUOTED = re.compile(r"[\"“][^\"”\n]{1,200}[\"”]")
# Dismissal of what someone said. Weaker than name-calling (low on its own), but it counts
# towards a pile-on. False positives: "shut up!! no way, congrats" -> banter/supportive check.
DISMISSIVE = re.compile(
    r"\b(?:no\s*one|nobody|no1)\s+(?:cares|asked|gives\s+a\s+\w+)\b|\bwho\s+(?:asked|cares)\b|"
    r"\bget\s+over\s+(?:it|yourself|urself|ya\s*self)\b|\bcry\s+about\s+it\b|"
    r"\bstop\s+(?:moaning|whining|whinging|crying|complaining|being\s+(?:so\s+)?(?:dramatic|"
    r"extra|needy))\b|\bgive\s+it\s+a\s+rest\b|\bnot\s+this\s+again\b|\bok\s+boomer\b|"
    r"\bok\s+and\s*\?|\bdidn" + _APOS + r"t\s+ask\b|\bcare\s+less\b",
    _I,
)
# Someone left out. Every branch needs a person as the object, because "make a new group for
# social stuff" is exactly what the union advises. False positives: "we'll start without her,
# she's stuck in traffic" -> only "group/chat ... without X" counts, not a bare "without her".
_OBJ_BODY = r"@?\u2068?[^\W\d_][\w'’-]*\u2069?(?:\s+[A-Z][\w'’-]+)?"


def _obj(n: int) -> str:
    # one named group per branch: Python's re refuses a group name used twice
    return r"(?P<obj" + str(n) + r">" + _OBJ_BODY + r")"


EXCLUSION_CUE = re.compile(
    r"\b(?:new|another|separate|different|our\s+own|private)\s+(?:group|gc|chat|whatsapp)"
    r"(?:\s+(?:chat|group))?(?:\s+[\w'’]+){0,4}?\s+without\s+" + _obj(1) + r"|"
    r"\b(?:don" + _APOS + r"t|do\s+not|dont|never|not)\s+(?:add(?:ing)?|invit(?:e|ing)|"
    r"includ(?:e|ing))\s+" + _obj(2) + r"(?=\s+(?:to|in|on)\b|\s*[.!?,😂🤣🙄]|\s*$)|"
    r"\b(?:kick|boot|chuck|remove|delete)\s+" + _obj(3) + r"\s+(?:out|off|from)\b|"
    r"\b(?:no\s*one|nobody|no1)\s+wants\s+(?:to\s+(?:be\s+in|work\s+with|sit\s+with|go\s+with)|"
    r"(?:you|u|her|him|them)\s+(?:in|on|at|there|here|around))(?:\s+" + _obj(4) + r")?|"
    r"\b(?:leave|keep)\s+" + _obj(5) + r"\s+out\s+of\s+(?:the|our|this)\s+(?:group|chat|gc|plans?|"
    r"presentation|project|night\s+out|drinks)\b|"
    r"\bjust\s+leave\s+" + _obj(6) + r"\s+out\b(?!\s+of\s+(?:this|it))|"
    r"\bwithout\s+" + _obj(7) + r"\s+in\s+(?:it|the\s+group|the\s+chat|our\s+group)\b",
    _I,
)
SELF_WORDS = {"me", "us", "myself", "ourselves", "everyone", "anyone", "everybody", "anybody"}


def _exclusion_object(match: re.Match[str]) -> str:
    return next((v for k, v in match.groupdict().items() if k.startswith("obj") and v), "")


# Staff: roles and titled names. "teacher's pet" is mockery of a student, not a teacher.
STAFF_ROLE = (
    r"lecturers?|tutors?|personal\s+tutor|mentors?|practice\s+(?:educator|assessor|supervisor)|"
    r"placement\s+(?:manager|lead|coordinator|tutor|supervisor|team)|supervisors?|assessors?|"
    r"(?:module|programme|course|year)\s+(?:leader|lead)|link\s+tutor|ward\s+manager|"
    r"(?:line|practice|unit|nurse|team)\s+manager|head\s*teacher|head\s+of\s+\w+|"
    r"class\s+teacher|teacher(?!" + _APOS + r"s\s+pet)s?|deputy\s+head|senco|matron|"
    r"markers?|examiners?|professor|the\s+uni\s+staff|staff"
)
STAFF_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sister)\.?\s+[A-Z][\w'’-]+"
STAFF_REF = re.compile(r"(?i:\b(?:" + STAFF_ROLE + r")\b)|\b" + STAFF_TITLE)
# "my mentor Julie", "our tutor, Sarah": staff names this chat uses (learned per chat).
STAFF_NAME_INTRO = re.compile(
    r"(?i:\b(?:my|our|the|ur|your|her|his)\s+(?:" + STAFF_ROLE + r"))\s*,?\s+([A-Z][a-z'’-]{2,})"
)
STAFF_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sister)\.?\s+([A-Z][\w'’-]{2,})")
STAFF_HINTS = (
    "entor",
    "utor",
    "ecturer",
    "eacher",
    "anager",
    "upervisor",
    "Dr",
    "Mr",
    "Ms",
    "Mis",
    "Prof",
    "Sister",
)
# Said of a member of staff, these disparage rather than report. False positives: "harsh but
# fair" -> constructive check; "the lecture was awful" -> needs a staff reference, not a topic.
STAFF_DISPARAGING = re.compile(
    r"\b(?:useless|incompetent|clueless|hopeless|pathetic|"
    r"(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+|utter\s+|bit\s+of\s+a\s+)(?:joke|disgrace|shambles)|"
    r"an?\s+(?:joke|disgrace|shambles)|"
    r"idiot|moron|clown|cow|witch|bitch|dragon|snake|cunt|twat|dickhead|prick|knob\w*|lazy|vile|"
    r"evil|two[\s-]faced|jobsworth|power[\s-](?:mad|trip|tripping)|"
    r"thick|stupid|dumb|past\s+it|dinosaur|waste\s+of\s+(?:space|oxygen|time)|"
    r"(?:hate|can" + _APOS + r"t\s+stand|cannot\s+stand|despise)\s+(?:her|him|them|that)\b|"
    r"(?:doesn|does\s+not|don|dont|hasn|hasnt)" + _APOS + r"t?\s+(?:have|know|got)\s+a\s+clue|"
    r"no\s+idea\s+what\s+(?:she|he|they)" + _APOS + r"(?:s|re|\s+is|\s+are)?\s+doing|"
    r"can" + _APOS + r"t\s+teach|cannot\s+teach|couldn" + _APOS + r"t\s+teach|"
    r"shouldn" + _APOS + r"t\s+be\s+(?:teaching|allowed|a\s+\w+|in\s+charge|mentoring)|"
    r"should\s+be\s+(?:sacked|fired)|needs?\s+(?:to\s+be\s+)?(?:sacked|fired)|"
    r"get\s+(?:her|him|them)\s+(?:sacked|fired)|has\s+it\s+in\s+for|"
    r"worst\s+(?:lecturer|mentor|tutor|teacher|manager|supervisor|marker)|"
    r"f+u+c+k+(?:ing)?\s+(?:her|him|them|useless)|"
    r"so\s+bad\s+at\s+(?:her|his|their)\s+job)\b",
    _I,
)
STRONG_INSULT = re.compile(
    r"\b(?:idiot|moron|cow|witch|bitch|cunt|twat|dickhead|prick|knob\w*|snake|vile|evil|"
    r"hate\s+(?:her|him|them))\b",
    _I,
)
# Raising a concern the proper way. Suppresses a staff grievance unless it also insults.
CONSTRUCTIVE = re.compile(
    r"\b(?:raise|take|bring|put)\s+(?:it|this|that|them|these|concerns?|the\s+issue|it\s+up|"
    r"this\s+up)\s+(?:up\s+)?(?:with|to)\b|\b(?:speak|talk)\s+to\s+(?:the|your|our|her|him)\b|"
    r"\bemail\s+(?:the|your|our|her|him)\b|\bcomplain\s+(?:to|formally)\b|\bformal\s+complaint\b|"
    r"\bfeedback\s+form\b|\bstudent\s+voice\b|\b(?:course|student)\s+rep\b|\breport\s+(?:it|this)\s+to\b|"
    r"\bmodule\s+(?:evaluation|survey)\b|\bto\s+be\s+fair\b|\btbf\b|\bin\s+fairness\b|"
    r"\bharsh\s+but\s+fair\b|\bappeal\b|\bthrough\s+the\s+proper\b|\bthe\s+right\s+people\b",
    _I,
)
# Shaming someone publicly: posting, naming, exposing. Needs a person in view (checked by the
# caller), because "I'll post the photos on insta" is ordinary.
SHAMING = re.compile(
    r"\b(?:post|put|share|upload|screenshot|plaster|spread|leak|tweet|send)\w*\b[^.!?\n]{0,50}?"
    r"\b(?:on|to|all\s+over|onto)\s+(?:facebook|fb|insta(?:gram)?|twitter|tiktok|reddit|snap(?:chat)?|"
    r"linkedin|the\s+internet|social(?:\s+media)?|(?:the\s+)?(?:uni|university)\s+(?:page|"
    r"confessions)|x)\b|\bname\s+and\s+shame\b|\bexpose\s+(?:her|him|them|" + STAFF_TITLE + r")|"
    r"\b(?:1|one)[\s-]star\s+review|\bmake\s+(?:her|him|them)\s+(?:go\s+)?viral\b|"
    r"\blet\s+everyone\s+(?:see|know)\s+what\s+(?:she|he|they)" + _APOS + r"(?:s|re)?\s+(?:like|"
    r"really\s+like)\b",
    _I,
)
SHAMING_OBJECT = re.compile(
    r"\b(?:her|his|him|them|their)\b|\b(?:marking|feedback|emails?|messages?|texts?|"
    r"comments?|screenshots?)\b",
    _I,
)
# Defending someone or saying something kind. Whole-message suppressors for member mockery,
# dismissal and exclusion. "stop" alone is not here: "stop being such a baby" is a jibe.
SUPPORTIVE = re.compile(
    r"\b(?:guys|pls|please|just|ok|okay|come\s+on|seriously)[,\s]+stop\b|"
    r"\bstop\s*(?:it|this|that|now|guys|,|!|\.|$)|\bstop\s+(?:being\s+mean|picking\s+on|"
    r"bullying|having\s+a\s+go)|\bleave\s+(?:her|him|them|\w+)\s+alone\b|"
    r"\b(?:this|that)\s+is\s+bullying\b|\bthat" + _APOS + r"s\s+(?:bullying|not\s+fair|unfair|"
    r"not\s+ok(?:ay)?|out\s+of\s+order|harsh|mean|low|nasty|uncalled\s+for|too\s+far)\b|"
    r"\bnot\s+(?:cool|fair|nice|kind|ok|okay)\b|\bbe\s+(?:kind|nice)\b|\bno\s+need\s+(?:for|to)\b|"
    r"\bout\s+of\s+order\b|\buncalled\s+for\b|\bthanks?\b(?!\s+for\s+nothing)|\bthank\s+(?:you|u)\b|\bty\b|"
    r"\bhelpful\b|\bwell\s+done\b|\bproud\s+of\b|\bcongrat\w*|\bgood\s+luck\b|"
    r"\bhope\s+(?:you|u)" + _APOS + r"(?:re|r)?\s+ok\b|\byou" + _APOS + r"ve\s+got\s+this\b|"
    r"\bdon" + _APOS + r"t\s+listen\s+to\b|\bignore\s+(?:them|her|him)\b",
    _I,
)
# Friendly banter: affection beside the teasing. False negatives: a bully adding a heart -
# accepted, because flagging every friend's "you muppet ❤️" would bury the real findings.
BANTER = re.compile(
    r"\blove\s+(?:you|u|ya|her|him)\b|\bily\b|\blegend\b|\bbestie\b|\bbabe\b|\bhun\b|"
    r"\byas+\s+queen\b|\bjust\s+kidding\b|\byou\s+love\s+it\b|\bmy\s+fave\b|"
    r"[\u2764\u2665\U0001F495\U0001F496\U0001F497\U0001F49C\U0001F49B\U0001F49A\U0001F499"
    r"\U0001F9E1\U0001F618\U0001F970\U0001F917\U0001F60D]|\bx{1,3}\s*$",
    _I,
)
FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:i|i" + _APOS + r"m|im|i\s+am|i\s+was|i\s+feel|me|myself|we" + _APOS + r"re|we\s+are)"
    r"\s+(?:\w+\s+){0,2}$",
    _I,
)
NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n" + _APOS + r"t|\bnever|\bno\s+one\s+(?:thinks|said)|\bnobody\s+(?:thinks|said)|"
    r"\bstop\s+calling|\bdon" + _APOS + r"t\s+call)\W+(?:\w+\W+){0,3}$",
    _I,
)
NEGATION_INSIDE = re.compile(r"\bnot\b|n" + _APOS + r"t\b", _I)
_LAUGH = (
    r"(?:l+o+l+|l+m+f*a+o+|a?(?:ha){2,}h?|ha+h+|(?:he){2,}|rofl|xd|dead|i" + _APOS + r"m\s+dead|"
    r"im\s+dead|crying|screaming|[\U0001F602\U0001F923\U0001F62D\U0001F480\U0001F606\U0001F639"
    r"\U0001F648\U0001F605\U0001F604\U0001F601\U0001F92D\U0001F60F\U0001F644\u2620\U0001F3FB-"
    r"\U0001F3FF\ufe0f\u200d])"
)
# Atomic groups ((?>...), Python 3.11+): "hahahaha" is one token, never re-split, so a long
# laugh followed by other text fails in linear time.
LAUGHTER_ONLY = re.compile(r"[\s!.?]*(?:(?>" + _LAUGH + r")[\s!.?]*)+", _I)
# Egging on: "do it", "facts", "stoppp 😂" - only ever counted right after a jibe.
_REACTION = (
    r"(?:do\s+it|facts|so\s+true|true|fr|ikr|exactly|same|stop{2,}|sto{2,}p+|omg|bruh|"
    r"[\U0001F4AF\U0001F44F\U0001F64C])"
)
REACTION_ONLY = re.compile(r"[\s!.?,]*(?:(?>" + _LAUGH + "|" + _REACTION + r")[\s!.?,]*)+", _I)
# "LMAOOO she cannot help herself": laughter first, then a few words about the person.
LAUGH_LED = re.compile(r"\s*(?:(?>" + _LAUGH + r")[\s!.?,]*)+(?:\S+(?:\s+|$)){1,6}", _I)
NAME_PREDICATE = re.compile(
    r"\s*,?\s*(?:is|was|=|['’]s|be|being)\s+(?:"
    + shared.INTENSIFIERS
    + r"\s+){0,3}(?:"
    + shared.INSULT_NOUNS
    + "|"
    + shared.INSULT_ADJECTIVES
    + r"|slow|dense|dim|weird|cringe|desperate|needy|extra|a\s+baby|such\s+a\s+baby)\b",
    _I,
)
# An insult whose subject is a described person ("the new girl on my ward is ...", "my
# patient is ...") is about someone outside the chat unless a member is named.
DESCRIBED_SUBJECT = re.compile(r"(?:the|that|this|my|our|their|his|her|your|ur)\s", _I)
PRONOUN = re.compile(r"\b(?:she|he|her|him|they|them|she" + _APOS + r"s|he" + _APOS + r"s)\b", _I)
PRONOUN_WORDS = {"her", "him", "them", "she", "he", "they", "you", "u", "ya", "your", "ur"}
SECOND_PERSON_WORDS = {"you", "u", "ya", "your", "ur"}
TOX_TARGETED = ("tox_insult", "tox_identity_attack", "tox_threat", "tox_severe_toxicity")

STAFF = "\x00staff"  # target marker: a member of staff, not a member of the chat


# --- per-message classification ---


@dataclass
class Hostile:
    """One message aimed at someone, before patterns are assembled."""

    pos: int  # position in the chat's rows
    kind: str  # mockery | dismissive | exclusion | laughter | model
    target: str | None  # member name, STAFF, or None (unresolved)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    score: float = 0.7
    how: str = ""  # how the target was resolved: name | mention | adjacency


@dataclass(frozen=True)
class TextCues:
    """Everything about a message that depends on its text alone, computed once per distinct
    text (busy chats repeat their jibes and their laughter)."""

    laughter: bool  # laughter or egging-on only
    unquoted: str  # quoted passages blanked, offsets kept
    supportive: bool  # kind, defending or reporting (not when sarcastic)
    supportive_plain: bool
    banter: bool
    figurative: bool
    insults: tuple[tuple[int, int, str], ...]
    dismissive: tuple[tuple[int, int, str], ...]
    laugh_led: bool
    pronoun: bool
    second_person: bool
    exclusion: re.Match[str] | None
    staff_hits: tuple[tuple[int, int, str], ...]
    constructive: bool
    strong_insult: bool


def _text_cues(text: str) -> TextCues:
    # What someone is quoted as saying neither excuses nor condemns the message around it:
    # '"thanks Grace, so helpful" 🤓 she's so thick' mocks Grace's words.
    unquoted = QUOTED.sub(lambda m: " " * len(m.group()), text)
    sneer = bool(SNEER.search(unquoted))
    supportive_plain = bool(SUPPORTIVE.search(text))
    exclusion = EXCLUSION_CUE.search(text)
    if exclusion and _negated(text, exclusion.start(), exclusion.start()):
        exclusion = None
    return TextCues(
        laughter=bool(LAUGHTER_ONLY.fullmatch(text) or REACTION_ONLY.fullmatch(text)),
        unquoted=unquoted,
        supportive=(bool(SUPPORTIVE.search(unquoted)) and not sneer)
        or bool(shared.REPORTED_SPEECH.search(unquoted)),
        supportive_plain=supportive_plain,
        banter=bool(BANTER.search(text)),
        figurative=bool(shared.FIGURATIVE.search(text)),
        insults=tuple(_insult_spans(unquoted)),
        dismissive=tuple(
            (m.start(), m.end(), "dismissive")
            for m in DISMISSIVE.finditer(text)
            if not _negated(text, m.start(), m.end())
        ),
        laugh_led=bool(LAUGH_LED.fullmatch(text)),
        pronoun=bool(PRONOUN.search(text)),
        second_person=bool(shared.SECOND_PERSON.search(text)),
        exclusion=exclusion,
        staff_hits=tuple(
            (m.start(), m.end(), "disparaging")
            for m in STAFF_DISPARAGING.finditer(text)
            # the phrase may hold its own negation ("hasn't got a clue"): look only before it
            if not _negated(text, m.start(), m.start()) and not _about_self(text, m.start())
        ),
        constructive=bool(CONSTRUCTIVE.search(text)),
        strong_insult=bool(STRONG_INSULT.search(text)),
    )


@dataclass
class ChatContext:
    """What the detector knows about one chat while walking it."""

    authors: np.ndarray
    seconds: np.ndarray
    texts: list[str]
    members: Members
    names: re.Pattern[str] | None
    staff_names: re.Pattern[str] | None
    hostile_target: dict[int, str] = field(default_factory=dict)
    staff_mentioned: dict[int, bool] = field(default_factory=dict)
    memo: dict[str, TextCues] = field(default_factory=dict)
    named_memo: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)

    def cues(self, text: str) -> TextCues:
        found = self.memo.get(text)
        if found is None:
            found = self.memo[text] = _text_cues(text)
        return found

    def mentions_staff(self, pos: int) -> bool:
        if pos not in self.staff_mentioned:
            text = self.texts[pos]
            self.staff_mentioned[pos] = bool(
                STAFF_REF.search(text) or (self.staff_names and self.staff_names.search(text))
            )
        return self.staff_mentioned[pos]


def _named_targets(text: str, ctx: ChatContext, author: str) -> list[tuple[int, int, str]]:
    """(start, end, member) for every member named or @mentioned in the text, except the
    author."""
    everyone = ctx.named_memo.get(text)
    if everyone is None:
        everyone = []
        for match in shared.MENTION.finditer(text):
            member = ctx.members.resolve(match.group())
            if member:
                everyone.append((match.start(), match.end(), member))
        if ctx.names is not None:
            for match in ctx.names.finditer(text):
                member = ctx.members.resolve(match.group())
                if member:
                    everyone.append((match.start(), match.end(), member))
        ctx.named_memo[text] = everyone
    return [found for found in everyone if found[2] != author]


def _nearest(named: list[tuple[int, int, str]], span: tuple[int, int], reach: int = 40):
    best, best_gap = None, reach + 1
    for start, end, member in named:
        gap = max(span[0] - end, start - span[1], 0)
        if gap < best_gap:
            best, best_gap = member, gap
    return best


def _adjacent_target(pos: int, ctx: ChatContext, second_person: bool) -> str | None:
    """Who a jibe without a name is aimed at: the person the previous jibe was aimed at, else
    the last other speaker; for "she/he", a member of staff if the conversation was just about
    one."""
    me = ctx.authors[pos]
    now = ctx.seconds[pos]
    if not second_person and ctx.cues(ctx.texts[pos]).pronoun:
        # "he is a total clown" two messages after "Dr Hughes is useless": a third person
        # just being discussed is more likely meant than the member who spoke last
        for back in range(pos - 1, max(-1, pos - 1 - STAFF_CONTEXT_MESSAGES), -1):
            if now - ctx.seconds[back] > ADJACENCY_REPLY_SECONDS:
                break
            previous = ctx.hostile_target.get(back)
            if previous == STAFF or (previous is None and ctx.mentions_staff(back)):
                return STAFF
            if previous not in (None, me):
                break  # a jibe at a member came first: the chain below follows it
    for back in range(pos - 1, max(-1, pos - 1 - ADJACENCY_MESSAGES), -1):
        # the message straight before is being answered even after a pause; further back,
        # only a quick exchange counts
        reach = ADJACENCY_REPLY_SECONDS if back == pos - 1 else ADJACENCY_SECONDS
        if now - ctx.seconds[back] > reach:
            break
        who = ctx.authors[back]
        if who is None:
            continue
        previous = ctx.hostile_target.get(back)
        if previous is not None and previous != me and not (second_person and previous == STAFF):
            return previous
        if not second_person and ctx.mentions_staff(back):
            return STAFF
        if who != me:
            return who
    return None


def _negated(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(NEGATION_BEFORE.search(before) or NEGATION_INSIDE.search(text[start:end]))


def _about_self(text: str, start: int) -> bool:
    return bool(FIRST_PERSON_BEFORE.search(text[max(0, start - 30) : start]))


def _insult_spans(text: str) -> list[tuple[int, int, str]]:
    found = []
    for pattern, label in (
        (shared.INSULT_AT_PERSON, "name-calling"),
        (YOU_ARE_INSULT, "name-calling"),
        (shared.INSULT_EXCLAMATION, "name-calling"),
        (shared.DIRECTED_ABUSE, "abuse"),
        (PERSON_LABEL, "mockery"),
        (SNEER, "sarcasm"),
        (DOXXING, "contact details shared to invite abuse"),
    ):
        # a sarcastic phrase carries its own "not" ("can you not read", "can't wait to see
        # her fail") and its own "I"
        literal = pattern is SNEER or pattern is DOXXING
        for m in pattern.finditer(text):
            if m.end() > m.start() and (literal or not _negated(text, m.start(), m.end())):
                if literal or not _about_self(text, m.start()):
                    obscene = label in ("name-calling", "abuse") and OBSCENE.search(m.group())
                    found.append((m.start(), m.end(), "abuse" if obscene else label))
    # one span per stretch of text: patterns overlap ("she's so thick" is in two lists)
    kept: list[tuple[int, int, str]] = []
    for span in sorted(found, key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _name_predicates(text: str, ctx: ChatContext, author: str) -> list[tuple[int, int, str]]:
    """ "Megan is so slow", "Aisha's a snake": a member's name as the subject of an insult."""
    found = []
    for start, end, _ in _named_targets(text, ctx, author):
        match = NAME_PREDICATE.match(text, end)
        if match and not NEGATION_INSIDE.search(match.group()):
            found.append((start, match.end(), "name-calling"))
    return found


def _model_score(tox: dict[str, np.ndarray] | None, row: int) -> tuple[float, float]:
    """(targeted-harm score, overall toxicity) from the toxicity scorer, 0 when absent."""
    if not tox:
        return 0.0, 0.0
    targeted = max((float(tox[c][row]) for c in TOX_TARGETED if c in tox), default=0.0)
    overall = float(tox["tox_toxicity"][row]) if "tox_toxicity" in tox else 0.0
    return (0.0 if np.isnan(targeted) else targeted), (0.0 if np.isnan(overall) else overall)


def _refers_to_person(text: str, ctx: ChatContext) -> bool:
    return bool(
        shared.SECOND_PERSON.search(text)
        or PRONOUN.search(text)
        or shared.MENTION.search(text)
        or (ctx.names is not None and ctx.names.search(text))
    )


def _exclusion(pos: int, ctx: ChatContext, text: str, author: str) -> Hostile | None:
    match = ctx.cues(text).exclusion
    if not match:
        return None
    obj = _exclusion_object(match)
    first = obj.split()[0] if obj.split() else ""
    word = first.strip("@\u2068\u2069").lower()
    if word in SELF_WORDS:
        return None
    target, how = None, "name"
    if first and word not in PRONOUN_WORDS:
        target = ctx.members.resolve(obj)
        person_like = first[:1] in "@\u2068" or first[:1].isupper()
        nobody_wants = match.group("obj4") is not None
        if target is None and not person_like and not nobody_wants:
            return None  # "don't add it to the list"
        if target is None:
            target = _nearest(_named_targets(text, ctx, author), match.span())
    second_person = ctx.cues(text).second_person
    if target is None and (not first or word in SECOND_PERSON_WORDS) and second_person:
        # "nobody wants to be in your group Megan": a name beside "you" is the addressee
        target = _nearest(_named_targets(text, ctx, author), match.span(), reach=80)
    if target is None:
        target = _adjacent_target(pos, ctx, second_person)
        how = "adjacency"
    if target == STAFF or target == author:
        target = None
    return Hostile(pos, "exclusion", target, [(*match.span(), "exclusion")], 0.85, how)


def _classify(pos: int, ctx: ChatContext, tox, row: int) -> Hostile | None:
    """Is message `pos` aimed at a member (or at staff)? Resolves the target."""
    text = ctx.texts[pos]
    author = ctx.authors[pos]
    seen = ctx.cues(text)
    if seen.laughter:
        return Hostile(pos, "laughter", None, [(0, len(text.rstrip()) or len(text), "laughter")])

    if not seen.supportive:
        exclusion = _exclusion(pos, ctx, text, author)
        if exclusion is not None:
            return exclusion

    if seen.supportive or seen.banter or seen.figurative:
        return None

    insults = list(seen.insults) + _name_predicates(seen.unquoted, ctx, author)
    kind = "mockery"
    if not insults:
        insults = list(seen.dismissive)
        kind = "dismissive"
    targeted, overall = _model_score(tox, row)
    model_hit = (targeted >= MODEL_INSULT or overall >= MODEL_TOXICITY) and _refers_to_person(
        text, ctx
    )
    if not insults and not model_hit:
        if seen.laugh_led and (seen.pronoun or _named_targets(text, ctx, author)):
            return Hostile(pos, "laughter", None, [(0, len(text.rstrip()), "laughing along")])
        return None
    if not insults:
        kind = "model"
        insults = [(0, len(text), "toxicity model")]
    score = 0.7 if kind == "mockery" else 0.5
    if kind == "mockery" and targeted:
        score = max(score, targeted)
    if kind == "model":
        score = max(targeted, overall)

    first = insults[0]
    evidence_text = text[first[0] : first[1]]
    staff_in_evidence = bool(STAFF_REF.search(evidence_text)) or bool(
        ctx.staff_names and ctx.staff_names.search(evidence_text)
    )
    named = _named_targets(text, ctx, author)
    target = None if staff_in_evidence else _nearest(named, first[:2])
    if target is None and not staff_in_evidence and DESCRIBED_SUBJECT.match(evidence_text):
        return None  # "the new girl on my ward is thick": someone described, not a member
    how = "name"
    student_label = first[2] == "mockery"  # "teacher's pet" is said of students
    if target is None:
        if not student_label and (staff_in_evidence or (not named and ctx.mentions_staff(pos))):
            target = STAFF
        else:
            second = bool(shared.SECOND_PERSON.search(evidence_text)) or (
                not seen.pronoun and seen.second_person
            )
            target = _adjacent_target(pos, ctx, second)
            how = "adjacency"
            if target == STAFF and student_label:
                target = None
    if target == author:
        return None
    return Hostile(pos, kind, target, insults, score, how)


def _staff_grievance(pos: int, ctx: ChatContext, tox, row: int, hostile: Hostile | None):
    """(spans, score) when the message disparages a member of staff, else None."""
    text = ctx.texts[pos]
    seen = ctx.cues(text)
    if not seen.staff_hits and not tox:
        return None
    about_staff = ctx.mentions_staff(pos) or (hostile is not None and hostile.target == STAFF)
    if not about_staff and hostile is None and seen.pronoun:
        # "someone should get him sacked" two messages after "the ward manager is ...": no
        # member is being mocked, so "him" is the member of staff the conversation is about.
        about_staff = any(
            ctx.mentions_staff(back)
            for back in range(pos - 1, max(-1, pos - 1 - STAFF_CONTEXT_MESSAGES), -1)
            if ctx.seconds[pos] - ctx.seconds[back] <= ADJACENCY_SECONDS
        )
    if not about_staff:
        return None
    hits = list(seen.staff_hits)
    targeted, overall = _model_score(tox, row)
    if not hits and (targeted >= MODEL_INSULT or overall >= MODEL_TOXICITY):
        hits = [(0, len(text), "toxicity model")]
    if not hits:
        return None
    if (seen.constructive or seen.supportive_plain) and not seen.strong_insult:
        return None
    return hits, max(0.7, targeted)


def _staff_named(pos: int, ctx: ChatContext) -> str:
    """How the message (or the one it answers) names the member of staff: "Dr Hughes", "the
    mentor"; else "a member of staff"."""
    for back in range(pos, max(-1, pos - ADJACENCY_MESSAGES), -1):
        if ctx.seconds[pos] - ctx.seconds[back] > ADJACENCY_SECONDS:
            break
        text = ctx.texts[back]
        found = [STAFF_REF.search(text), ctx.staff_names and ctx.staff_names.search(text)]
        match = min((m for m in found if m), key=lambda m: m.start(), default=None)
        if match:
            named = " ".join(match.group().split())
            return named if named[:1].isupper() else f"the {named.lower()}"
    return "a member of staff"


def _shaming(pos: int, ctx: ChatContext):
    text = ctx.texts[pos]
    match = SHAMING.search(text)
    if not match or _negated(text, match.start(), match.start()):
        return None
    if SUPPORTIVE.search(text):
        return None
    strong = re.search(
        r"name\s+and\s+shame|expose|star\s+review|viral|let\s+everyone", match.group(), _I
    )
    staff = ctx.mentions_staff(pos) or any(
        ctx.mentions_staff(b)
        for b in range(max(0, pos - 3), pos)
        if ctx.seconds[pos] - ctx.seconds[b] <= ADJACENCY_SECONDS
    )
    if not (strong or (staff and SHAMING_OBJECT.search(text))):
        return None
    return [(match.start(), match.end(), "public shaming")], staff


# --- assembling patterns ---


def _who(target: str | None) -> str:
    if target is None:
        return "a member"
    return "a member of staff" if target == STAFF else target


def _names(authors: Sequence[str]) -> str:
    people = sorted(set(authors))
    if len(people) <= 1:
        return "".join(people)
    return ", ".join(people[:-1]) + " and " + people[-1]


def _minutes(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _chat_findings(chat_rows: pd.DataFrame, tox, config: AuditConfig) -> list[Finding]:
    rows = chat_rows.index.to_numpy()
    authors = chat_rows["author"].astype(object).where(chat_rows["author"].notna(), None).to_numpy()
    texts = chat_rows["text"].astype(object).where(chat_rows["text"].notna(), "").tolist()
    seconds = chat_rows["timestamp"].to_numpy().astype("datetime64[s]").astype("int64")
    ids = chat_rows["message_id"].to_numpy()
    is_text = (chat_rows["kind"] == "text").to_numpy()
    members = Members.from_authors(sorted({a for a in authors if a is not None}))
    # Staff names this chat uses: "my mentor Julie" -> Julie, "Dr Hughes" -> Hughes (so a
    # later "Hughes made me redo it" is about staff). Members' names are never staff names.
    learned = {
        name
        for text in texts
        if any(hint in text for hint in STAFF_HINTS)
        for name in STAFF_NAME_INTRO.findall(text) + STAFF_TITLED.findall(text)
        if name.casefold() not in members.by_name
    }
    ctx = ChatContext(
        authors=authors,
        seconds=seconds,
        texts=texts,
        members=members,
        names=members.name_pattern(),
        staff_names=re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(learned))) + r")\b")
        if learned
        else None,
    )

    findings: list[Finding] = []
    hostile: list[Hostile] = []
    maybe = _candidate_mask(texts)
    if tox:
        maybe |= _model_mask(tox, rows)
    candidates = np.flatnonzero(is_text & maybe)
    for pos in candidates:
        row = rows[pos]
        event = _classify(pos, ctx, tox, row)
        if event is not None and event.kind == "laughter":
            event = _join_laughter(event, pos, ctx, hostile)
        if event is not None and event.target is not None:
            ctx.hostile_target[pos] = event.target
        if event is not None and (event.target != STAFF or event.kind == "laughter"):
            hostile.append(event)
        staff_spans: list[tuple[int, int, str]] = []
        grievance = _staff_grievance(pos, ctx, tox, row, event)
        if grievance is not None:
            spans, score = grievance
            staff_spans += spans
            findings.append(
                Finding(
                    row=row,
                    rule=STAFF_GRIEVANCE,
                    explanation=f"{authors[pos]} speaks disparagingly about "
                    f"{_staff_named(pos, ctx)} in the group chat instead of raising the "
                    "concern with the right people.",
                    score=score,
                    label=STAFF_GRIEVANCE.name,
                    spans=spans,
                )
            )
        shaming = _shaming(pos, ctx)
        if shaming is not None:
            spans, staff = shaming
            if staff:
                staff_spans += spans
            whom = "a member of staff" if staff else "someone"
            findings.append(
                Finding(
                    row=row,
                    rule=PUBLIC_SHAMING,
                    explanation=f"{authors[pos]} suggests shaming {whom} publicly online, "
                    "which is not a proper route for a concern.",
                    score=0.9,
                    label=PUBLIC_SHAMING.name,
                    spans=spans,
                )
            )

        if staff_spans and (event is None or event.target in (None, STAFF)):
            # a jibe at staff: others laughing along make it a pile-on on that person
            ctx.hostile_target[pos] = STAFF
            if event is None or event.kind != "laughter":
                hostile.append(Hostile(pos, "staff", STAFF, sorted(staff_spans)))

    at_members = [h for h in hostile if h.target is not None and h.target != STAFF]
    aimed = [h for h in hostile if h.target is not None]
    in_pile_on = _pile_ons(aimed, ctx, rows, ids, findings)
    for event in hostile:
        if event.target == STAFF or event.kind == "staff":
            continue
        row, author = rows[event.pos], authors[event.pos]
        if event.kind == "exclusion":
            findings.append(
                Finding(
                    row=row,
                    rule=EXCLUSION,
                    explanation=f"{author} proposes leaving {_who(event.target)} out of the group.",
                    score=event.score,
                    label=EXCLUSION.name,
                    severity="high" if event.target else "medium",
                    spans=event.spans,
                )
            )
        elif event.kind != "laughter" and event.pos not in in_pile_on:
            if event.target is None and not shared.SECOND_PERSON.search(ctx.texts[event.pos]):
                continue  # "she's so thick" about someone we cannot place: not a member finding
            if event.spans and all(label == "abuse" for _, _, label in event.spans):
                continue  # plain swearing at someone: the toxicity detector's finding
            dismissive = event.kind == "dismissive"
            what = "dismissal" if dismissive else "mockery or name-calling"
            banter = _answered_in_kind(event, ctx)
            findings.append(
                Finding(
                    row=row,
                    rule=MOCKERY,
                    explanation=f"{author} aims {what} at {_who(event.target)}"
                    + ("; they answered in kind, so it may be banter." if banter else "."),
                    score=event.score,
                    label="dismissive" if dismissive else MOCKERY.name,
                    severity="low" if dismissive or banter else None,
                    spans=event.spans,
                )
            )
    findings.extend(_persistent(at_members, ctx, rows, ids))
    findings.extend(_domination(chat_rows, authors, seconds, rows, ids))
    return findings


def _answered_in_kind(event: Hostile, ctx: ChatContext) -> bool:
    """Did the person teased reply light-heartedly ("I'm a clown who got 70 😎")? Then a single
    jibe reads as banter between friends and is kept at low. A hurt or defensive reply, or none,
    leaves it as it is; pile-ons, exclusion and persistence are never softened this way."""
    for later in range(event.pos + 1, min(len(ctx.texts), event.pos + 1 + BANTER_REPLY_MESSAGES)):
        if ctx.seconds[later] - ctx.seconds[event.pos] > BANTER_REPLY_SECONDS:
            return False
        if ctx.authors[later] == event.target:
            reply = ctx.texts[later]
            return bool(LIGHT_REPLY.search(reply)) and not HURT_REPLY.search(reply)
    return False


def _join_laughter(event: Hostile, pos: int, ctx: ChatContext, hostile: list[Hostile]):
    """A laughter-only reply joins the latest jibe just before it, by someone else, at someone
    other than the laugher."""
    me = ctx.authors[pos]
    for previous in reversed(hostile[-LAUGH_REACH_MESSAGES * 2 :]):
        if pos - previous.pos > LAUGH_REACH_MESSAGES:
            break
        if ctx.seconds[pos] - ctx.seconds[previous.pos] > LAUGH_REACH_SECONDS:
            break
        if previous.kind in ("laughter",) or previous.target in (None, me):
            continue
        if ctx.authors[previous.pos] == me:
            continue
        event.target = previous.target
        event.how = "adjacency"
        return event
    return None


def _pile_ons(events: list[Hostile], ctx, rows, ids, findings: list[Finding]) -> set[int]:
    """Episodes of hostile messages at one member from several members; returns the
    positions that took part."""
    by_target: dict[str, list[Hostile]] = defaultdict(list)
    for event in events:
        by_target[event.target].append(event)
    taking_part: set[int] = set()
    for target, group in by_target.items():
        episode: list[Hostile] = []
        for event in group + [None]:
            if event is not None and (
                not episode
                or ctx.seconds[event.pos] - ctx.seconds[episode[-1].pos] <= PILE_ON_GAP_SECONDS
            ):
                episode.append(event)
                continue
            authors = {ctx.authors[e.pos] for e in episode}
            jibers = {ctx.authors[e.pos] for e in episode if e.kind != "laughter"}
            jibes = sum(e.kind != "laughter" for e in episode)
            if jibes and len(authors) >= PILE_ON_MIN_AUTHORS and len(episode) >= 2:
                span = ctx.seconds[episode[-1].pos] - ctx.seconds[episode[0].pos]
                related = [int(ids[e.pos]) for e in episode][:MAX_RELATED]
                whom = target
                if target == STAFF:
                    named = _staff_named(episode[0].pos, ctx)
                    whom = "a member of staff" + (f" ({named})" if named[:1] != "a" else "")
                # A jibe and one member laughing along is already ganging up (medium); three
                # messages or more, or two members jibing, is the full pattern (high).
                severity = (
                    "high" if len(episode) >= PILE_ON_MIN_MESSAGES or len(jibers) >= 2 else "medium"
                )
                for e in episode:
                    laugh = e.kind == "laughter"
                    findings.append(
                        Finding(
                            row=rows[e.pos],
                            rule=PILE_ON,
                            explanation=(
                                f"{'A reply laughing along, one' if laugh else 'One'} of "
                                f"{len(episode)} "
                                f"messages from {_names(list(authors))} aimed at {whom} "
                                f"within {_minutes(span)}."
                            ),
                            score=min(1.0, 0.5 + 0.1 * len(episode)),
                            label=PILE_ON.name,
                            severity=severity,
                            spans=e.spans,
                            related=[r for r in related if r != int(ids[e.pos])],
                        )
                    )
                    taking_part.add(e.pos)
            episode = [event] if event is not None else []
    return taking_part


def _persistent(events: list[Hostile], ctx, rows, ids) -> list[Finding]:
    """The same author aiming at the same member on PERSISTENT_MIN_DAYS different days within
    PERSISTENT_WINDOW_DAYS: a finding on each such message after the first day, relating the
    pair's messages in that window. A remark in January and another in October are not a
    pattern; the same jibe three times in a fortnight is."""
    pairs: dict[tuple[str, str], list[Hostile]] = defaultdict(list)
    for event in events:
        if event.kind != "laughter":
            pairs[(ctx.authors[event.pos], event.target)].append(event)
    out = []
    for (author, target), group in pairs.items():
        days = [int(ctx.seconds[e.pos] // 86400) for e in group]
        if len(set(days)) < PERSISTENT_MIN_DAYS:
            continue
        lo = 0  # events are in time order: the window's first event only moves forward
        for i, (event, day) in enumerate(zip(group, days, strict=True)):
            while day - days[lo] >= PERSISTENT_WINDOW_DAYS:
                lo += 1
            window = range(max(lo, i + 1 - MAX_RELATED), i + 1)
            on_days = {days[j] for j in window}
            if len(on_days) < PERSISTENT_MIN_DAYS or day == min(on_days):
                continue
            related = [int(ids[group[j].pos]) for j in window if j != i]
            out.append(
                Finding(
                    row=rows[event.pos],
                    rule=PERSISTENT,
                    explanation=(
                        f"{author} has aimed {len(window)} hostile messages at {target} on "
                        f"{len(on_days)} different days within {PERSISTENT_WINDOW_DAYS} days."
                    ),
                    score=min(1.0, 0.6 + 0.1 * len(on_days)),
                    label=PERSISTENT.name,
                    spans=event.spans,
                    related=related,
                )
            )
    return out


def _domination(chat_rows, authors, seconds, rows, ids) -> list[Finding]:
    """Windows of DOMINATION_WINDOW messages within an hour where one member wrote at least
    DOMINATION_SHARE of them, merged into stretches; one finding per stretch. Vectorised:
    a cumulative count per frequent author."""
    people = np.flatnonzero(pd.notna(authors))
    n = len(people)
    w = DOMINATION_WINDOW
    if n < w:
        return []
    codes, uniques = pd.factorize(pd.Series(authors[people], dtype=object))
    t = seconds[people]
    busy = (t[w - 1 :] - t[: n - w + 1]) <= DOMINATION_MAX_SPAN_SECONDS
    need = int(np.ceil(DOMINATION_SHARE * w))
    counts_all = np.bincount(codes, minlength=len(uniques))
    out = []
    for code in np.flatnonzero(counts_all >= need):
        mine = codes == code
        cs = np.concatenate([[0], np.cumsum(mine)])
        window = cs[w:] - cs[: n - w + 1]
        hits = np.flatnonzero((window >= need) & busy)
        if not len(hits):
            continue
        # merge overlapping windows into stretches
        breaks = np.flatnonzero(np.diff(hits) > w) + 1
        for stretch in np.split(hits, breaks):
            first, last = int(stretch[0]), int(stretch[-1]) + w  # people[first:last]
            span_codes = codes[first:last]
            if len(set(span_codes[span_codes != code].tolist())) < DOMINATION_MIN_OTHERS:
                continue
            own = people[first:last][span_codes == code]
            share = len(own) / (last - first)
            start, end = (
                pd.Timestamp(int(seconds[people[i]]), unit="s") for i in (first, last - 1)
            )
            until = (
                f"{end:%H:%M}" if start.date() == end.date() else f"{end:%H:%M} on {end:%d/%m/%Y}"
            )
            out.append(
                Finding(
                    row=rows[own[0]],
                    rule=DOMINATION,
                    explanation=(
                        f"{uniques[code]} wrote {len(own)} of the {last - first} messages "
                        f"({share:.0%}) between {start:%H:%M} on {start:%d/%m/%Y} and "
                        f"{until}."
                    ),
                    score=round(min(1.0, share), 4),
                    label=DOMINATION.name,
                    related=[int(ids[i]) for i in own[1:MAX_RELATED]],
                )
            )
    return out


# A cheap first pass: only messages with one of these can be hostile, a grievance, shaming or
# laughter. Keeps the per-message Python work to a few percent of a big export. Searched one
# by one: Python's re skips quickly to each pattern's leading words, which one big
# alternation would defeat (measured: 2x slower).
_CANDIDATES = (
    YOU_ARE_INSULT,
    SNEER,
    DOXXING,
    DISMISSIVE,
    shared.INSULT_EXCLAMATION,
    SHAMING,
    EXCLUSION_CUE,
    shared.DIRECTED_ABUSE,
    PERSON_LABEL,
    shared.INSULT_AT_PERSON,
    re.compile(r"(?:is|was|=|['’]s|be|being)" + NAME_PREDICATE.pattern.split(")", 1)[1], _I),
    STAFF_DISPARAGING,
)


# A necessary condition for every pattern in _CANDIDATES, checked first by Arrow's RE2 engine
# over the distinct texts (linear time, far faster than Python's re here): each pattern can
# only match text holding one of these fragments, written as RE2 and taken from the patterns
# themselves (each starts where the pattern has a word boundary or a space, and RE2's ASCII
# \b finds at least the boundaries Python's finds around ASCII words). Insult words come from
# the shared cue lists; tests/test_bullying.py checks the superset on every sample and
# evaluation chat and every test case.


def _longest_words(alternation: str) -> set[str] | None:
    """The longest plain word outside nested groups of each top-level alternative of a regex
    word list: any match of that alternative contains it. None when some alternative has no
    such word (the prefilter is then switched off rather than made unsound)."""
    words: set[str] = set()
    depth, outside = 0, []
    plain = re.sub(r"\\.", " ", alternation)  # escapes (\s, \b) are not letters
    for char in plain + "|":
        if char == "|" and depth == 0:
            runs = re.findall(r"[a-z]{3,}", "".join(outside))
            if not runs:
                return None
            words.add(max(runs, key=len))
            outside = []
            continue
        depth += char == "("
        if depth == 0:
            outside.append(char)
        depth -= char == ")"
    return words


_NOUN_WORDS = _longest_words(shared.INSULT_NOUNS)
_ADJECTIVE_WORDS = _longest_words(shared.INSULT_ADJECTIVES)
_FRAGMENTS = (
    # shared.DIRECTED_ABUSE
    r"\bf+u+c+k",
    r"\bf[*.]+c?k",
    r"\bfu?k",
    r"\bscrew\s",
    r"\bsod\s",
    r"\bshut\s",
    r"\bstfu",
    r"\bgtfo",
    r"\bpiss\s",
    r"\bup\s+yours",
    r"\bbog\s+off",
    # PERSON_LABEL, NAME_PREDICATE
    r"\bteacher",
    r"\bsuck",
    r"\bbrown",
    r"\bkiss",
    r"\bknow[\s-]it",
    r"\battention",
    r"\bdrama",
    r"\bcry",
    r"\bpick[\s-]me",
    r"\btry[\s-]?hard",
    r"\bsnitch",
    r"\blikes\s",
    r"\bhates\s",
    r"\bsick\s+of",
    r"\bthinks?\s",
    r"\bslow",
    r"\bdense",
    r"\bdim\b",
    r"\bthick",
    r"\bcringe",
    r"\bweird",
    r"\bsad",
    r"\bdesperate",
    r"\bneedy",
    r"\bextra",
    r"\bbaby",
    r"\bsuch\s+a",
    r"\sagain",
    r"\bsit\s+down",
    # DISMISSIVE
    r"\bcares",
    r"\bcare\s+less",
    r"\basked",
    r"\bask\b",
    r"\bgives\s",
    r"\bget\s+over",
    r"\bstop\s",
    r"\ba\s+rest",
    r"\bboomer",
    r"\bok\s+and",
    # EXCLUSION_CUE
    r"\swithout\s",
    r"\b(?:add|invit|includ)",
    r"\b(?:kick|boot|chuck|remove|delete)\s",
    r"\bwants\s",
    r"\bleave\s",
    r"\bkeep\s",
    # SHAMING
    r"\s(?:facebook|fb|insta|twitter|tiktok|reddit|snap|linkedin|the\s+internet|social)",
    r"\s(?:the\s+)?(?:uni|university)\s+(?:page|confessions)",
    r"\s(?:on|to|onto)\s+x\b",
    r"\sshame",
    r"\bexpose",
    r"[\s-]star\s",
    r"\sviral",
    r"\blet\s+everyone",
    # SNEER
    r"\bgold\s",
    r"\bwant\s+a\s",
    r"\swait\s",
    r"\s(?:you|u)\s+even",
    r"\bnot\s+read",
    r"\bbet\s",
    r"\bhelp\s+(?:her|him)self",
    r"\bcongrats\s+on",
    r"\ba\s+life",
    r"\bthe\s+hint",
    r"\bthe\s+room",
    r"\bwho\s+made",
    r"\bimagine",
    # DOXXING
    r"\bhave\s+fun",
    r"\bif\s+any",
    r"\bfor\s+any",
    r"\bgo\s+wild",
    r"\bspam\s",
    r"\btell\s+(?:her|him|them)",
    # STAFF_DISPARAGING (beyond the insult words)
    r"\b(?:clown|cow|witch|dragon|snake|jobsworth|dinosaur|shambles|disgrace|joke|lazy|vile)",
    r"\b(?:evil|faced|power|stupid|dumb|despise|clue|clueless|hopeless|incompetent)",
    r"\bhate\s",
    r"\sstand\s",
    r"\bno\s+idea",
    r"\steach",
    r"\bpast\s+it",
    r"\bshouldn",
    r"\b(?:sacked|fired)",
    r"\bit\s+in\s+for",
    r"\bworst",
    r"\bbad\s+at",
)
_PREFILTER: str | None = (
    None
    if _NOUN_WORDS is None or _ADJECTIVE_WORDS is None
    else r"\b(?:" + "|".join(sorted(_NOUN_WORDS | _ADJECTIVE_WORDS)) + r")|" + "|".join(_FRAGMENTS)
)


def _candidate_slow(text: str) -> bool:
    return bool(REACTION_ONLY.fullmatch(text) or LAUGH_LED.fullmatch(text)) or any(
        p.search(text) for p in _CANDIDATES
    )


def _candidate_mask(texts: list[str]) -> np.ndarray:
    """Checked once per distinct text (chats repeat "ok", "lol", "thank you" a lot): laughter
    shapes for all, the cue patterns only where the RE2 keyword pass allows a match."""
    import pyarrow as pa
    import pyarrow.compute as pc

    distinct = list(set(texts))
    if _PREFILTER is None:
        maybe = np.ones(len(distinct), dtype=bool)
    else:
        maybe = pc.match_substring_regex(
            pa.array(distinct, pa.large_string()), _PREFILTER, ignore_case=True
        ).to_numpy(zero_copy_only=False)
    verdict = {
        t: bool(REACTION_ONLY.fullmatch(t) or LAUGH_LED.fullmatch(t))
        or bool(keyword and any(p.search(t) for p in _CANDIDATES))
        for t, keyword in zip(distinct, maybe, strict=True)
    }
    return np.fromiter((verdict[t] for t in texts), dtype=bool, count=len(texts))


def _model_mask(tox, rows: np.ndarray) -> np.ndarray:
    targeted = np.zeros(len(rows))
    for column in TOX_TARGETED:
        if column in tox:
            targeted = np.fmax(targeted, tox[column].take(rows))
    overall = tox["tox_toxicity"].take(rows) if "tox_toxicity" in tox else np.zeros(len(rows))
    return (targeted >= MODEL_INSULT) | (np.nan_to_num(overall) >= MODEL_TOXICITY)


def _tox_columns(messages: pd.DataFrame) -> dict[str, np.ndarray] | None:
    present = [c for c in ("tox_toxicity", *TOX_TARGETED) if c in messages.columns]
    if not present:
        return None
    return {c: messages[c].astype("float64").to_numpy(na_value=np.nan) for c in present}


def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:
    people = messages[authored(messages) & messages["timestamp"].notna()]
    if people.empty:
        return empty_findings()
    tox = _tox_columns(messages)  # used whenever the toxicity scorer's columns are present
    # model scores are indexed by row label: make positional arrays addressable by label
    if tox is not None:
        position = pd.Series(np.arange(len(messages)), index=messages.index)
        tox = {c: _by_label(v, position) for c, v in tox.items()}
    findings: list[Finding] = []
    for _, chat_rows in people.groupby("chat", sort=True, observed=True):
        chat_rows = chat_rows.sort_values(["message_id"], kind="stable")
        findings.extend(_chat_findings(chat_rows, tox, config))
    frame = findings_frame(findings, messages, NAME)
    return frame.sort_values(["chat", "message_id", "rule"], kind="stable").reset_index(drop=True)


class _by_label:
    """Row label -> value, for the model-score arrays (frames may carry any index)."""

    def __init__(self, values: np.ndarray, position: pd.Series):
        self.values, self.position = values, position

    def __getitem__(self, label) -> float:
        return self.values[self.position[label]]

    def take(self, labels: np.ndarray) -> np.ndarray:
        return np.nan_to_num(self.values[self.position.loc[labels].to_numpy()])


def summarize(messages: pd.DataFrame, findings: pd.DataFrame, config: AuditConfig) -> dict:
    """Who is on the receiving end, how often, and who dominates: counts by member name (the
    report pseudonymises names)."""
    if findings.empty:
        return {"targets": {}, "pile_ons": 0, "staff_grievances": 0, "dominating": {}}
    targets: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rule, explanation in zip(findings["rule"], findings["explanation"], strict=True):
        match = re.search(
            r" aimed at (.+?) within | at (.+?) on \d+ different days| leaving (.+?) out of"
            r"| aims (?:mockery or name-calling|dismissal) at (.+?)\.$",
            str(explanation),
        )
        if not match:
            continue
        name = next(g for g in match.groups() if g)
        if name == "a member" or name.startswith("a member of staff"):
            continue
        targets[name][rule] += 1
    pile_on_rows = findings[findings["rule"] == PILE_ON.code]
    episodes = {
        frozenset([int(m), *map(int, r)])
        for m, r in zip(pile_on_rows["message_id"], pile_on_rows["related"], strict=True)
    }
    dominating: dict[str, int] = defaultdict(int)
    for explanation in findings.loc[findings["rule"] == DOMINATION.code, "explanation"]:
        dominating[str(explanation).split(" wrote ")[0]] += 1
    return {
        "targets": {
            name: {"findings": sum(rules.values()), "by_rule": dict(sorted(rules.items()))}
            for name, rules in sorted(targets.items(), key=lambda kv: -sum(kv[1].values()))
        },
        "pile_ons": len(episodes),
        "staff_grievances": int((findings["rule"] == STAFF_GRIEVANCE.code).sum()),
        "public_shaming": int((findings["rule"] == PUBLIC_SHAMING.code).sum()),
        "dominating": dict(dominating),
    }
