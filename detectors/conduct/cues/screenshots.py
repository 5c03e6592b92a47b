"""Screenshot cues (CND006): screenshotting the chat for another audience, or passing on a
member's private messages. Evidence is a screenshot or forwarding act and where it goes (the
other group, someone outside) or whose private message it is ("look what Sophie sent me").

False positives: screenshots of the timetable, the module page or an announcement
(PUBLIC_OBJECT), asking permission first (common.PERMISSION), keeping screenshots as
evidence for a report (EVIDENCE), and "don't screenshot this" (negation)."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet

_SS = (
    r"(?:screen\s?shot(?:s|ted|ting)?|screenshott(?:ed|ing)|screenie(?:s|d)?|screen\s?grab"
    r"(?:s|bed)?|ss['’]d|ssd|ssed|ssing|ss['’]ing|sc['’]d|scd|snip(?:ped|ping)?|"
    r"print\s?screen(?:ed)?|"
    r"screen\s?record(?:ed|ing)?|"
    # a photo of someone's messages is a screenshot by other means
    r"(?:pic|photo|picture)s?\s+of\s+(?:her|his|their|[\w'’]+['’]s)\s+(?:texts?|messages?|dms?|"
    r"chats?|convo))"
)
_ONWARD = (
    r"(?:the\s+other\s+(?:group|chat|gc)|other\s+(?:group|chat|gc)|(?:the|our|my|her|his|"
    r"their)\s+(?:group\s?chat|gc|story|flat|house\s+chat|girls|lads|mates|friends|mum|bf|gf|"
    r"boyfriend|girlfriend|housemates|flatmates|family\s+chat|besties)|(?:main|girls['’]?|"
    r"lads['’]?|flat|house|uni|course|year|cohort|old|new|second|placement|squad|non-?\w+)\s+"
    r"(?:group|chat|gc)|everyone|everybody|twitter|insta(?:gram)?|fb|facebook|tiktok|"
    r"snap(?:chat)?|reddit|the\s+(?:girls|lads|squad))"
)
# Where a message may be passed on to, without "everyone" (which sharing notes also says).
_ELSEWHERE = _ONWARD.replace("|everyone|everybody", "")
_MESSAGE = (
    r"(?:messages?|msgs?|texts?|dms?|pms?|repl(?:y|ies)|voice\s?notes?|vns?|emails?|"
    r"whatsapps?|snaps?|chats?|convo|conversation|rant|essay)"
)
SHARED_ON = CueSet(
    "conduct.shared_onwards",
    (
        Cue(
            "conduct.ss.screenshot_onward",
            r"\b" + _SS + r"\s+(?:[\w'’]+\s+){0,5}?(?:for|to|into|in|onto|and\s+(?:sen[dt]|"
            r"post(?:ed)?|forward(?:ed)?|put|shar(?:e|ed)|show(?:ed)?|add(?:ed)?|drop(?:ped)?))\s+"
            r"(?:[\w'’]+\s+){0,3}?" + _ONWARD + r"\b",
            "screenshot shared onwards",
            "screenshotting this for the other group",
            "screenshotting this for my revision notes",
        ),
        Cue(
            "conduct.ss.sent_onward",
            r"\b(?:(?:send(?:ing)?|sent|forward(?:ed|ing)?|fwd|post(?:ed|ing)?|put(?:ting)?|"
            r"shar(?:e|ed|ing)|drop(?:ped|ping)?|show(?:ed|ing|n)?)\s+(?:(?:this|that|it|these|"
            r"them|this\s+chat|the\s+chat|all\s+of\s+this|(?:her|his|their|[\w'’]+['’]s)\s+"
            + _MESSAGE
            + r")\s+)?|(?:this|that|it|these|screenshots?|ss)\s+(?:is\s+|['’]s\s+|are\s+|will\s+"
            r"be\s+|has\s+)?(?:going|goes|went|getting|got|gone)\s+(?:straight\s+)?(?:(?:sent|"
            r"forwarded|screenshotted|posted)\s+)?)(?:straight\s+)?(?:to|in|into|on|onto|with)\s+"
            r"(?:the\s+)?" + _ELSEWHERE + r"\b",
            "shared onwards",
            "this is going straight in the other chat 😂",
            "this is going straight in the bin",
        ),
        Cue(
            "conduct.ss.look_what_sent",
            r"\b(?:look|see|check|read|guess|wait\s+till\s+(?:you|u)\s+see|(?:you|u)\s+need\s+to"
            r"\s+see|here['’]?s|this\s+is|omg)\s+(?:at\s+)?what\s+(?:[\w'’]+\s+){1,2}?(?:sent|said"
            r"\s+to|messaged|texted|dm['’]?d|dmed|wrote\s+to|snapped|whatsapped|replied\s+to|"
            r"voice\s?noted)\s+(?:me|us)\b",
            "private message shared",
            "look what Sophie sent me last night 😂",
            "look what the module leader sent us",
            unless=r"\b(?:uni|university|module|lecturer|tutor|school|placement|trust|nhs|"
            r"finance|hr|course|programme|mentor|pef|library|admin|office|leader|rep)\b",
        ),
        Cue(
            "conduct.ss.forwarding_private",
            r"\b(?:forward(?:ed|ing)?|fwd|copy(?:ing)?\s+(?:and|n|&)\s+past(?:e|ed|ing)|pasting|"
            r"pasted|sharing|shared|posting|posted|showing|showed|screenshot(?:ted|ting)?|"
            r"leak(?:ed|ing)?)\s+(?:[\w'’]+\s+){0,2}?(?:her|his|their|[\w'’]+['’]s)\s+(?:private\s+"
            r"|personal\s+|whole\s+|long\s+)?" + _MESSAGE + r"\b",
            "private message shared",
            "I'm forwarding Jess's message to the group lol",
            "I'm forwarding the message to the group lol",
        ),
        Cue(
            "conduct.ss.said_privately",
            r"\b(?:(?:sent|said|messaged|texted|dm['’]?d|dmed|told|snapped|whatsapped|wrote)\s+"
            r"(?:[\w'’]+\s+){0,3}?(?:me|us)\s+(?:[\w'’]+\s+){0,2}?(?:privately|in\s+private|on\s+"
            r"(?:the\s+)?(?:side|dm|private|snap|insta)|in\s+(?:a\s+|my\s+)?(?:dm|pm|private\s+"
            r"(?:message|chat))s?)|(?:her|his|their|[\w'’]+['’]s)\s+private\s+" + _MESSAGE + r")\b",
            "private message",
            "this is what she said to me privately:",
            "this is what she said to me in the lecture",
        ),
    ),
)
# Screenshotting without saying where it goes: low.
SCREENSHOT = Cue(
    "conduct.ss.screenshot",
    r"\b" + _SS + r"(?:\s+(?:this|that|it|these|them|everything|all\s+of\s+(?:this|it)|the\s+chat|"
    r"the\s+group|this\s+chat|(?:her|his|their|[\w'’]+['’]s)\s+" + _MESSAGE + r"))?\b",
    "screenshot",
    "lol screenshotted",
    "lol scheduled",
)
# Things that are fine to screenshot: timetables, notices, the module page.
PUBLIC_OBJECT = Cue(
    "conduct.ss_ok.public_object",
    r"\b(?:timetables?|rotas?|notices?|announcements?|email\s+from\s+(?:the\s+)?(?:uni|module|"
    r"school|placement|course|programme|lecturer|tutor)|module\s+page|blackboard|moodle|canvas|"
    r"deadlines?|marks|results|slides?|polls?|schedule|handbook|forms?|links?|assignment\s+"
    r"brief|rubric|lectures?|room\s+change|rules|guidelines|polic(?:y|ies)|menu|receipt|emails?|"
    r"tickets?|map|directions|bus|train|weather|memes?|reading\s+list|notes|answers?|"
    r"resources|docs?|documents?|files?|folder|pdfs?|"
    r"questions?|instructions|booking|confirmation|calendar|dates?|teams\s+post|the\s+post)\b",
    "public information",
    "screenshotted the timetable for you",
    "screenshotted her message for you",
)
# Keeping or passing screenshots on in order to report something.
EVIDENCE = Cue(
    "conduct.ss_ok.evidence",
    r"\b(?:as\s+evidence|for\s+evidence|evidence|in\s+case\s+(?:i|we|you|u)\s+need|to\s+report|"
    r"report(?:ing)?\s+(?:it|this|her|him|them)|to\s+show\s+(?:the|my|our)\s+(?:tutor|lecturer|"
    r"module\s+leader|programme\s+leader|pef|mentor|manager|rep))\b|\b(?:report|complaint)\s+to\s+"
    r"(?:the|my|our)\b",
    "evidence",
    "keep the screenshots as evidence",
    "keep the screenshots for a laugh",
)

# The writer moving a conversation to private with the person they address ("I'll message you
# privately"): the opposite of passing someone's messages on.
TAKE_PRIVATE = Cue(
    "conduct.ss_ok.take_private",
    r"\b(?:message|messaging|dm|pm|text|msg|inbox|ring|call|speak\s+to|talk\s+to|chat\s+to|"
    r"reply\s+to)\s+(?:you|u|ya|her|him|them)\s+(?:privately|in\s+private|on\s+(?:the\s+side|dm|"
    r"private))\b|\b(?:take|taking|move|moving)\s+(?:this|it)\s+(?:to\s+)?(?:dms?|pms?|private|"
    r"offline)\b",
    "taking it private",
    "Sam, I'll message you privately about this",
    "Sam messaged me privately about this",
)

# Signs that "she messaged me privately" comes with what she said (a quote, a colon, laughter).
SHOWN = Cue(
    "conduct.ss.shown",
    r"[:\"“]|\b(?:said|says|look|like)\b|😂|🤣|💀",
    "shown",
    "she messaged me privately saying she hates the group 😂",
    "she messaged me privately, I'll reply later",
)

# Where else messages go: another group or chat, a story, people outside the group.
_OTHER_CHAT = (
    r"(?:(?:the\s+|my\s+|our\s+|a\s+)?(?:whole\s+(?:of\s+)?(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:gc|group\s?chats?|team\s+chat|chat|confessions\s+page|stor(?:y|ies)|flatmates|"
    r"housemates|cousin|sister|mates|friends|new\s+lot|year\s?\d+s|watch|crew|placement\s+"
    r"(?:group|students|team)|rest\s+of\s+the\s+\w+|student\s+room))"
)
MORE_SHARED = CueSet(
    "conduct.shared_more",
    (
        Cue(
            "conduct.ss.sent_their_message",
            r"\b(?:sent|send|sending|shar(?:e|ed|ing)|post(?:ed|ing)?|forward(?:ed|ing)?|"
            r"show(?:ed|ing|n)?|added|put|leak(?:ed|ing)?|print(?:ed)?(?:\s+off)?|air\s?dropp?ed|"
            r"saved)\s+(?:[\w'’]+\s+){0,3}?(?:ur|your|her|his|their|[\w'’]+['’]s|our|all\s+the)\s+"
            r"(?:private\s+|personal\s+|whole\s+|little\s+|\"?sorry\"?\s+|gc\s+)?"
            r"(?:messages?|msgs?|dms?|texts?|voice\s?notes?|vns?|convo|conversation|rant|whinge|"
            r"breakdown|replies|emails?|whatsapps?|snaps?)\b",
            "a member's message shared",
            "sent ur message to the year 3 gc jade",
            "sent the message to the year 3 gc jade",
        ),
        Cue(
            "conduct.ss.sent_to_other_chat",
            r"\b(?:sent|send|sending|shar(?:e|ed|ing)|post(?:ed|ing)?|forward(?:ed|ing)?|"
            r"show(?:ed|ing|n)?|going|goes|gone|put)\s+(?:[\w'’]+\s+){0,4}?(?:to|in|into|with|on|"
            r"onto)\s+(?:the\s+|my\s+|our\s+)?(?:other|another|new|old|whole|year\s?\d+|"
            r"y\d+|uni|flat|house|girls['’]?|lads['’]?|main)\s+(?:[\w'’-]+\s+){0,3}?(?:gc|group|"
            r"chat|lot|watch|crew|students|team)\b",
            "shared onwards",
            "sending this to the other nursing society chat, they need a laugh",
            "sending this to the nursing society email, they need it",
        ),
        Cue(
            "conduct.ss.private_shown",
            r"\b(?:(?:look|see|check|read)\s+(?:at\s+)?(?:this|these|what)\s+(?:[\w'’]+\s+){0,3}?"
            r"(?:from|in)\s+(?:my|our|her|his|the)\s+(?:dms?|pms?|private|inbox)|this\s+is\s+"
            r"what\s+\w+\s+(?:said|says|sent|wrote|messaged|texted|whatsapped)|here['’]?s\s+"
            r"(?:the\s+)?(?:private\s+)?(?:convo|conversation|chat|messages?)\s+between|in\s+"
            r"(?:our|my|her|his|a)\s+(?:dms?|private\s+(?:chat|messages?|gc|convo))|(?:told|said"
            r"\s+to)\s+me\s+in\s+confidence|(?:for\s+(?:everyone|all\s+of\s+you|u\s+all|you\s+"
            r"all|the\s+world)\s+to\s+see)|(?:u|you)\s+decide\s+who['’]?s\s+right)\b",
            "private message shared",
            "this is what kayleigh said in our dm last night",
            "this is what the module page said last night",
        ),
    ),
)

# Forwarding is itself the act of passing a message on.
FORWARDED = Cue(
    "conduct.ss.forwarded",
    r"\b(?:(?<!look\s)(?<!looking\s)(?<!going\s)(?<!move\s)(?<!way\s)forward(?:ed|ing|s)?\b"
    r"(?!\s+(?:to\s+(?:it|seeing|meeting|working|hearing|the\s+(?:weekend|break|holiday|"
    r"summer|party))|planning|thinking))|fwd|copy(?:ing)?\s+(?:and\s+|n\s+|&\s+)?past(?:e|ed|ing)|"
    r"copy\s+pasted|copying\s+\w+['’]s\s+(?:dm|message|text)s?\s+into)\b",
    "forwarded",
    "forwarded the whole convo to my mates at the other uni lol",
    "looking forward to the whole placement",
)
# Where a screenshot goes: with SCREENSHOT in the same message, it is shared onwards.
ONWARD_WORDS = Cue(
    "conduct.ss.onward_words",
    r"\b(?:round|rounds|incoming|for\s+posterity|(?:want|wanna)\s+(?:to\s+)?see|"
    r"(?:to|in|into|with|for)\s+(?:the\s+)?(?:other|rest|whole|girls|lads|flat|house|"
    r"everyone|every1|(?:my|her|his)\s+(?:mates|friends|sister|cousin|bf|gf|mum|housemates|"
    r"flatmates|ex|boyfriend|girlfriend)|[\w'’-]+\s+(?:chat|gc|group|whatsapp|cohort))|"
    r"other\s+(?:cohort|group|chat|uni|watch)|everyone\s+sees|(?:sent|send|sending)\s+it\s+"
    r"to\s+(?:him|her|them))\b",
    "onwards",
    "screenshot saved, gonna send it round the lads chat",
    "screenshot saved, gonna read it later",
)
# A message said in private, and the writer showing it here ("here's what she said: ...").
PRIVATE_MARKER = Cue(
    "conduct.ss.private_marker",
    r"\b(?:(?:sent|said|messaged|texted|whatsapped|dm['’]?d|dmed|told|snapped|voice\s?noted)\s+"
    r"(?:me|us)\s+(?:privately|in\s+private|in\s+(?:a\s+)?dm)|(?:her|his|their|ur|your|[\w'’]+['’]s)\s+(?:dms?|private\s+messages?|"
    r"voice\s?notes?|texts?|messages?)\s+(?:to|with)\s+me|in\s+(?:her|his|their|our|my)\s+"
    r"dms|(?:her|his|their)\s+dms?\s+(?:are|were|is|was)\s+private|(?:told|said\s+to|"
    r"trusted)\s+(?:me|us)\s+(?:[\w'’]+\s+){0,3}?in\s+confidence|"
    r"private\s+(?:convo|conversation|gc|group\s+chat)|from\s+my\s+dms)\b",
    "private message",
    "tasha thinks her dms are private",
    "I'll message you privately about it",
)
SHOWING_WORDS = Cue(
    "conduct.ss.showing_words",
    r"(?:\b(?:here['’]?s\s+what|look\s+(?:at\s+)?(?:what|this)|this\s+is\s+what|post(?:ed|ing)?|"
    r"shar(?:e|ed|ing)|sent|put\s+it\s+in|copying|copy\s+pasted|showed|showing|so\s+(?:yall|"
    r"y['’]?all|u\s+all|you\s+all|everyone)\s+(?:can|knows?|sees?))\b|[:\"“]|👇|⬇️|\[image\]|"
    r"\(pic\))",
    "showing",
    "here's what she said about amara",
    "here's where she said to meet",
)

CUES = (
    *SHARED_ON.cues,
    SCREENSHOT,
    PUBLIC_OBJECT,
    EVIDENCE,
    TAKE_PRIVATE,
    SHOWN,
    *MORE_SHARED.cues,
    FORWARDED,
    ONWARD_WORDS,
    PRIVATE_MARKER,
    SHOWING_WORDS,
)
# Words of passing messages on: partial evidence for the classifier.
SHARING_WORDS = Cue(
    "conduct.ss.sharing_words",
    r"\b(?:screen\s?shots?|screenshott?(?:ed|ing)|screenies?|ss['’]?d|forward(?:ed|ing)?|fwd|"
    r"sent\s+(?:me|us)|(?:other|main|girls['’]?|lads['’]?|flat|house)\s+(?:group|chat|gc)|"
    r"receipts|privately|in\s+private|dms?|pms?|convo|voice\s?notes?|(?:her|his|their|ur|your|"
    r"[\w'’]+['’]s)\s+(?:messages?|dms?|texts?|chats?|convo|rant|voice\s?notes?)|what\s+(?:she|"
    r"he|they|[\w'’]+)\s+(?:said|sent|wrote|messaged|texted)|said\s+to\s+me|told\s+me|look\s+"
    r"(?:at\s+)?(?:this|what)|show(?:ed|ing)?\s+(?:you|u|everyone|the)|everyone\s+(?:needs\s+"
    r"to|should|can)\s+see|spill(?:ing)?\s+the\s+tea|copy(?:ing)?\s+(?:and\s+)?past\w*)\b",
    "sharing words",
    "she sent me this last night",
    "she gave me this last night",
)
CUES = (*CUES, SHARING_WORDS)
