"""Whose contact details a message shares: the author's own ("text me on ...", "my new
number", "I'm at 14 Elm Road"), someone else's ("Jordan's number is", "her address", "the
foster carer's number"), or an organisation's ("the school is at", "the surgery's number").
The closest of these before the number or address decides; a member sharing their own
details is not a finding, nor is a placement's or a shop's address."""

from __future__ import annotations

from detectors.lexicon import Cue

_ORGS = (
    r"school|academy|college|uni|university|hospital|surgery|practice|clinic|office|offices|"
    r"placement|station|restaurant|cafe|café|pub|bar|shop|store|gym|church|mosque|temple|"
    r"centre|center|library|hotel|venue|museum|company|bank|branch|hq|campus|building|site|"
    r"depot|trust|council|charity|reception|switchboard|helpline|team|ward|unit|department|"
    r"dept|nhs|111|gp|takeaway|chippy|supermarket|tesco|asda|sainsbury'?s|lidl|aldi|costa|"
    r"starbucks|mcdonald'?s|nandos|cinema|club|business|firm|organi[sz]ation|agency|service|"
    r"services"
)

CUES = (
    Cue(
        "conf.whose.mine",
        r"\bmy (?:new |personal |uni |work |home |mobile |current |old |own )?(?:number|no|num|"
        r"mobile|mob|phone|cell|email|e-mail|mail|address|addy|details|contact|postcode|"
        r"landline|whatsapp|house|flat|place)\b|\b(?:text|call|ring|phone|message|msg|"
        r"whatsapp|email|e-mail|contact|reach|find|dm|bell|buzz|add) me\b|\bme (?:on|at)\b|"
        r"\b(?:i'?m|im|i am|we'?re|we are) (?:at|on|in|staying at|moving to)\b|"
        r"\b(?:i|we) (?:live|moved|have moved|'ve moved|'m moving|am moving|just moved)\b|"
        r"\b(?:come|pop|drop it|send it) (?:to|round|over to|round to) mine\b|\bat mine\b|"
        r"\bmine(?: is|'s)\b|\bour (?:house|flat|place|address|number|landline)\b",
        "mine",
        "text me on 07700 900789 if you want to swap shifts",
        "text her on 07700 900789",
        note="The author's own details: 'my number', 'text me on', 'I'm at'.",
    ),
    Cue(
        "conf.whose.someone",
        r"\b(?:his|her|their|hers|theirs|him|them|she|he|they|she'?s|he'?s|they'?re|"
        r"(?!(?:it|that|what|here|there|who|let|he|she|where|how|one|number|no|mobile|mob|phone|"
        r"email|address|addy|details|postcode|name)['’]s\b)[^\W\d_]{2,20}['’]s|"
        r"[^\W\d_]{2,20}s['’](?!\w)|"
        r"(?:the )?(?:mum|dad|mam|mother|father|parents?|family|patient|pt|su|service user|"
        r"client|resident|carer|foster carer|child|kid|pupil|lad|girl|boy|lady|man|woman|"
        r"neighbour|friend|boyfriend|girlfriend)s?)\b",
        "someone",
        "Jordan's number is 07700 900321",
        "it's 07700 900321",
        note="A third person or a possessive; 'it's', 'that's', 'here's' are not possessives.",
    ),
    Cue(
        "conf.whose.organisation",
        rf"\b(?:{_ORGS})(?:['’]s (?:address|number|phone|line|email|postcode)|['’]s|(?: is| are)?"
        rf" (?:at|on|in)\b|(?: (?:address|number|phone|line|email|postcode|no))\b|"
        rf"(?: (?:is|on|at|number|no|line))?:? (?=[+(\d]))|\b(?:number|address|email|phone|"
        rf"line|details) (?:for|of) (?:the |our |my )?(?:\w+ )?(?:{_ORGS})\b",
        "organisation",
        "the placement school is at 22 Park Lane",
        "she lives at 22 Park Lane, near the school",
        note="An organisation's own address or number ('the surgery's number', 'the office is "
        "on'); a school merely mentioned before an address does not make it the school's.",
    ),
)
