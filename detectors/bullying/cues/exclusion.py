"""Cues that someone is being left out. Every cue needs a person as its object, because "make
a new group for social stuff" is exactly what the union advises. False positives: "we'll start
without her, she's stuck in traffic" -> only "group/chat ... without X" counts, not a bare
"without her". The object is captured in a group named obj<n> (one name per cue: a cue set
runs them as one alternation, and Python's re refuses a group name used twice)."""

from __future__ import annotations

import re

from detectors.lexicon import Cue, CueSet

APOS = "['’]?"
_OBJ_BODY = r"@?\u2068?[^\W\d_][\w'’-]*\u2069?(?:\s+[A-Z][\w'’-]+)?"


def _obj(n: int) -> str:
    return r"(?P<obj" + str(n) + r">" + _OBJ_BODY + r")"


EXCLUSION = CueSet(
    "exclusion",
    (
        Cue("exclusion.new_group_without",
            r"\b(?:new|another|separate|different|our\s+own|private)\s+(?:group|gc|chat|whatsapp)"
            r"(?:\s+(?:chat|group))?(?:\s+[\w'’]+){0,4}?\s+without\s+" + _obj(1),
            "exclusion", "let's make a new group without Megan",
            "let's make a new group for nights out"),
        Cue("exclusion.dont_add",
            r"\b(?:don" + APOS + r"t|do\s+not|dont|never|not)\s+(?:add(?:ing)?|invit(?:e|ing)|"
            r"includ(?:e|ing))\s+" + _obj(2) + r"(?=\s+(?:to|in|on)\b|\s*[.!?,😂🤣🙄]|\s*$)",
            "exclusion", "don't add her to the presentation group",
            "should we add Megan to the presentation group?"),
        Cue("exclusion.kick_out",
            r"\b(?:kick|boot|chuck|remove|delete)\s+" + _obj(3) + r"\s+(?:out|off|from)\b",
            "exclusion", "kick her out of the chat lol", "kick off is at three"),
        Cue("exclusion.nobody_wants",
            r"\b(?:no\s*one|nobody|no1)\s+wants\s+(?:to\s+(?:be\s+in|work\s+with|sit\s+with|"
            r"go\s+with)|(?:you|u|her|him|them)\s+(?:in|on|at|there|here|around))(?:\s+"
            + _obj(4) + r")?",
            "exclusion", "nobody wants to be in your group",
            "nobody wants to be on nights"),
        Cue("exclusion.leave_out_of",
            r"\b(?:leave|keep)\s+" + _obj(5) + r"\s+out\s+of\s+(?:the|our|this)\s+(?:group|chat|"
            r"gc|plans?|presentation|project|night\s+out|drinks)\b",
            "exclusion", "just keep her out of the group chat",
            "keep it out of reach"),
        Cue("exclusion.just_leave_out",
            r"\bjust\s+leave\s+" + _obj(6) + r"\s+out\b(?!\s+of\s+(?:this|it))",
            "exclusion", "just leave Megan out", "just leave me out of this"),
        Cue("exclusion.without_in_group",
            r"\bwithout\s+" + _obj(7) + r"\s+in\s+(?:it|the\s+group|the\s+chat|our\s+group)\b",
            "exclusion", "so much better without her in the group",
            "we finished without her in the end"),
        # "we'll do the presentation without him", "we've done the slides without you": the
        # work itself done without someone. "we'll start without her, she's late" is not here
        # (starting, waiting and ordering are not in the verbs).
        Cue("exclusion.do_without",
            r"\b(?:do|doing|done|did|finish(?:ed|ing)?|make|made|making|plan(?:ned|ning)?|have|"
            r"having|sort(?:ed|ing)?|run|running)\s+(?:it|this|that|(?:the|our|a|all\s+the)\s+"
            r"(?:[\w'’]+\s+){0,2}?[\w'’]+)\s+without\s+" + _obj(8),
            "exclusion", "tbh we'll do it without Kwame, he only slows us down",
            "we'll start without her, she's on a late"),
        Cue("exclusion.everyone_except",
            r"\b(?:everyone|everybody|all\s+of\s+us|the\s+rest\s+of\s+us|the\s+whole\s+group)\s+"
            r"(?:except|but|apart\s+from|minus|bar)\s+" + _obj(9),
            "exclusion", "everyone but dev is in the new group", "everyone was there"),
        Cue("exclusion.not_invited",
            r"\b" + _obj(10) + r"(?:['’]s|\s+(?:is|was|are))\s+not\s+(?:invited|welcome)\b|\b"
            + _obj(13) + r"\s+(?:isn|wasn|aren)" + APOS + r"t\s+(?:invited|welcome)\b",
            "exclusion", "Megan's not invited", "Megan's not coming today"),
        Cue("exclusion.not_in_our_group",
            r"\b(?:you" + APOS + r"re|youre|ur|you\s+are|she" + APOS + r"s|he" + APOS
            + r"s|(?:she|he)\s+is|they" + APOS + r"re)\s+not\s+in\s+(?:our|the|this|my)\s+"
            r"(?:group|team|chat|gc)\b",
            "exclusion", "you're not in our group anymore", "you're not in the lecture"),
        # "bilal and orla can do their own thing", "the rest of you can sort yourselves out"
        Cue("exclusion.do_their_own_thing",
            r"\b(?:can|will|should|could)\s+(?:do|sort|figure\s+out|find)\s+(?:their|his|her|"
            r"your)\s+own\s+(?:thing|group|plans?|assembly|presentation|project|work)\b|"
            r"\b(?:can|will)\s+sort\s+(?:themselves|himself|herself|yourselves)\s+out\b",
            "exclusion", "bilal and orla can do their own thing",
            "you can do your own reading for this bit"),
        # "we'll sort it in our other chat": the real planning happens where some are not
        Cue("exclusion.our_other_chat",
            r"\b(?:in|on|to)\s+(?:our|the)\s+(?:other|own|separate|private|real|secret|side)\s+"
            r"(?:chat|group|gc|whatsapp)\b",
            "exclusion", "we'll sort it in our other chat x",
            "we'll sort it in the group chat"),
        Cue("exclusion.secret_chat",
            r"\b(?:side|secret|separate|private)\s+(?:chat|group|gc)\b[^\n]{0,80}?\b(?:don"
            + APOS + r"t|do\s+not|not|never)\s+(?:tell|add|invite|include)\s+" + _obj(12),
            "exclusion", "make a side chat for the four of us and just don't tell him",
            "a side chat for the trip, don't forget to add me"),
    ),
)  # fmt: skip

# Waiting for someone late is not leaving them out: "we'll start without Liam, he's parking".
# A veto on the classifier's exclusion score (the cues above never match it).
WAITING = Cue(
    "exclusion.waiting",
    r"\b(?:start|starting|begin|order|ordering|go\s+ahead|crack\s+on|get\s+going|carry\s+on|"
    r"head\s+off|set\s+off)\s+(?:\w+\s+){0,3}?without\b",
    "not exclusion",
    example="We'll start the peer review without Liam, he's parking",
    counter_example="we'll do the peer review without Liam",
)

# Including someone ("he's in our group", "add bilal and orla pls"): a veto on the classifier's
# exclusion score, which cannot tell "in our group" from "not in our group".
INCLUSION = CueSet(
    "inclusion",
    (
        Cue("inclusion.in_the_group",
            r"\b(?:he|she|they|you)" + APOS + r"(?:s|re)?\s+(?:is\s+|are\s+)?in\s+(?:our|the|this|"
            r"your)\s+(?:group|team)\b", "not exclusion",
            "and Kwame. he's in our group", "he's not in our group"),
        Cue("inclusion.add_them",
            r"(?<!\bnot\s)(?<!\bdon't\s)(?<!\bdont\s)\b(?:add|invite|include)\s+(?:her|him|them|"
            r"everyone|\w+\s+and\s+\w+)\b", "not exclusion",
            "Lauren add bilal and orla pls", "don't add him"),
    ),
)  # fmt: skip

# Words an exclusion's object may be that leave no one out ("don't add me yet").
SELF_WORDS = frozenset({"me", "us", "myself", "ourselves", "everyone", "anyone", "everybody",
                        "anybody"})  # fmt: skip


def exclusion_object(match: re.Match[str]) -> str:
    """The person an exclusion cue's match leaves out, as written ("" when none)."""
    return next((v for k, v in match.groupdict().items() if k.startswith("obj") and v), "")


CUES = (*EXCLUSION.cues, WAITING, *INCLUSION.cues)
