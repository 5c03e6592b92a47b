"""Boundary cues (CND001): who the message is about (someone met through work: a patient,
service user, pupil, or their family) and what the writer did with them (a request or
follow, a personal number or account, meeting socially, money or gifts, favours, romantic
interest). A finding needs both, in the message or, for the person, in the few messages
before it ("my patient's son added me" ... "I accepted lol").

Who: false positives are members' own families ("my kids", "my mum"), so only words that name
someone met through work count ("the lad in bay 4", "one of the mums", "the family I'm
working with", "a parent"). What: false positives are work contact ("met with the family at
the review", "the patient's daughter rang the ward"), so each act names a personal channel,
a social setting, money or a favour, and the writer must be part of it."""

from __future__ import annotations

from detectors.conduct.cues.common import PLATFORM
from detectors.lexicon import Cue, CueSet

_RELATIVE = (
    r"(?:mum|mom|mam|mother|dad|father|parents?|daughter|son|wife|husband|partner|family|"
    r"relatives?|sister|brother|nan|gran|grandma|grandad|grandson|granddaughter|carer|"
    r"boyfriend|girlfriend|uncle|aunt(?:ie)?|cousin|niece|nephew|fianc[eé]e?|kids?|"
    r"child(?:ren)?|baby|brother|eldest)"
)
_PERSON_MET = (
    r"(?:patients?|pt|service\s+users?|clients?|residents?|pupils?|care\s+leavers?|"
    r"young\s+(?:person|people)|yp|in-?patients?|out-?patients?|ex-?patients?|ex-?clients?|"
    r"mentees?|foster\s+carers?|tenants?\s+i\s+support)"
)
_SOMEONE = (
    r"(?:guy|man|lad|girl|woman|lady|boy|kid|mum|dad|fella|fellow|bloke|gentleman|chap|lass|"
    r"couple|family|parent|teen|teenager|grandson|granddaughter|son|daughter|husband|wife|"
    r"relative|auntie|ting|one|person|\d{1,2}\s*(?:yo|y/o|yr\s+old|year\s+old))"
)
_WORKPLACE = (
    r"(?:bay|bed|side\s*room|room|ward|placement|clinic|unit|resus|majors|minors|cubicle|"
    r"(?:care\s+)?home|(?:home\s+)?visits?|labour\s+ward|delivery\s+suite|triage|call|job|"
    r"school|class|caseload|case|group|surgery|practice|gp|ed|a\s*&\s*e|a\s+and\s+e|team|"
    r"service|hostel|centre|session|department|dept|list|round|rtc|rta|shift|ambulance|"
    r"scene|station|nursery|club|sessions|appointment|review|birth|theatre|ortho|icu|itu|"
    r"hdu|scbu|nicu|rehab|stroke\s+unit|community|year\s?\d+|y\d+|parents['’]?\s+evening)"
)
WHO = CueSet(
    "conduct.who",
    (
        Cue(
            "conduct.who.service_user",
            r"\b" + _PERSON_MET + r"\b",
            "service user",
            "one of my patients messaged me",
            "I have no patience left",
        ),
        Cue(
            "conduct.who.relative_of",
            r"\b(?:patient|pupil|service\s+user|client|resident|child|kid|student|boy|girl|lad|"
            r"woman|man|lady|baby|bloke|guy|fella|mentee|y\d+|year\s?\d+)(?:['’]s|s['’])\s+"
            + _RELATIVE
            + r"\b",
            "service user's family",
            "my patient's daughter added me",
            "my sister's daughter added me",
        ),
        Cue(
            "conduct.who.one_of_them",
            r"\b(?:one|some|a\s+couple|two|three|a\s+few|all|loads|most)\s+of\s+(?:my|the|our|her|"
            r"his)\s+(?:patients|pupils|kids|children|service\s+users|clients|residents|families|"
            r"ladies|women|mums|dads|parents|carers|aunties|y(?:ea)?r?\s?\d+s|sixth\s+formers|"
            r"boys|girls|lads|young\s+people|(?:placement|exam\s+year|year\s?\d+)\s+\w+|class|"
            r"mentees)\b",
            "service user",
            "one of my y11s followed me",
            "one of my mates followed me",
        ),
        Cue(
            "conduct.who.my_class",
            r"\b(?:my|our|her|his)\s+(?:class|tutor\s+group|form\s+group|caseload|ladies|women|"
            r"families|service\s+users|year\s?\d+s|y\d+s|yr\s?\d+s|placement\s+kids|"
            r"(?:pgce|placement|slt|school)\s+(?:class|kids|pupils)|old\s+patient)\b",
            "service user",
            "a girl from my class added me",
            "a girl from my course added me",
        ),
        Cue(
            "conduct.who.from_work",
            r"\b"
            + _SOMEONE
            + r"\s+(?:from|in|on|at|with|off)\s+(?:the\s+|my\s+|our\s+|a\s+|that\s+|"
            r"this\s+)?(?:[\w'’-]+\s+){0,2}?" + _WORKPLACE + r"\b",
            "service user",
            "the dad from labour ward messaged me",
            "the dad from my street messaged me",
            # the writer's own old school or college is not a workplace
            unless=r"\bmy\s+old\s+(?:school|college|sixth\s+form|uni)\b",
        ),
        Cue(
            "conduct.who.discharged",
            # someone discharged was a patient: "he was discharged friday and we've been texting"
            r"\b(?:he|she|they|he['’]s|she['’]s|they['’]re|hes|shes)\s+(?:(?:was|were|got|has|"
            r"have|had|been|being|is|are|just|finally)\s+){0,3}discharged\b",
            "service user",
            "he was discharged on friday and we've been texting since",
            "I was discharged on friday and we've been texting since",
        ),
        Cue(
            "conduct.who.bed_bay",
            r"\b(?:bed|bay|side\s*room|cubicle)\s*\d{1,2}\b",
            "service user",
            "the guy in bay 3 asked for my number",
            "going to bed at 3",
        ),
        Cue(
            "conduct.who.looked_after",
            r"\b" + _SOMEONE + r"\s+(?:i|we)\s*(?:['’]m|['’]ve|am|are|was|were|have|had|'d)?\s*"
            r"(?:been\s+)?(?:delivered|look(?:ed|ing)?\s+after|car(?:ed|ing)\s+for|nursed|"
            r"support(?:ed|ing)?|visit(?:ed|ing)?|assess(?:ed|ing)?|treat(?:ed|ing)?|teach|taught|"
            r"work(?:ed|ing)?\s+with|allocated|attended|caught|scanned|see|saw|had|did\s+a\s+"
            r"(?:home\s+)?visit\s+with|do\s+(?:home\s+)?visits\s+with)\b",
            "service user",
            "the lady I delivered last week found me on fb",
            "the lady I met last week found me on fb",
        ),
        Cue(
            "conduct.who.parents",
            r"\b(?:a|the|one\s+of\s+the|some\s+of\s+the|two\s+of\s+the|any\s+of\s+the)\s+"
            r"(?:parents?|mums|dads|families|carers|foster\s+carers?)\b|"
            # "the family" at work is the one being cared for (the writer's own is "my family")
            r"\b(?:off|from|with|for|to|by|gave|give|visited|visiting|met|meet)\s+the\s+family\b"
            r"(?!\s+(?:friend|home|car|dog|cat|chat|group|business|holiday|tree|room|doctor|gp))",
            "service user's family",
            "one of the mums invited me to her 40th",
            "my parents invited me to their 40th",
        ),
    ),
)
# Children: a pupil, a year group, a child or a young person; raises a finding to high.
CHILD = CueSet(
    "conduct.child",
    (
        Cue(
            "conduct.child.year_group",
            r"\b(?:y(?:ea)?r?\s?(?:[7-9]|1[0-3])s?|sixth\s+form(?:ers?)?|year\s+(?:seven|eight|"
            r"nine|ten|eleven|twelve|thirteen)s?|(?:reception|year\s?[1-6])\s+(?:kids?|boys?|"
            r"girls?|child(?:ren)?|pupils?|class))\b",
            "child",
            "one of my y11s followed me",
            "one of my year 2 placements",
        ),
        Cue(
            "conduct.child.pupil",
            r"\b(?:pupils?|schoolgirl|schoolboy|school\s+kids?|placement\s+kids|teen(?:age|ager)?s?|"
            r"young\s+(?:person|people)|(?:1[0-7]|[5-9])\s*(?:yo|y/o|year\s+olds?|yr\s+olds?)|"
            r"minors?|under\s?18s?|(?:boy|girl|kid|child|lad)\s+(?:in|from)\s+(?:my|the)\s+"
            r"(?:placement\s+|pgce\s+|form\s+|tutor\s+)?(?:class|school|year)|(?:my|the)\s+class|tutor\s+group|exam\s+year|care\s+leavers?)\b",
            "child",
            "a 15 year old from placement",
            "a 45 year old from placement",
        ),
    ),
)
_PLATFORM_WIDE = (
    r"(?:" + PLATFORM[3:-1] + r"|roblox|fortnite|xbox|playstation|ps5|spotify|telegram|signal|"
    r"dojo|bluesky|twitch|strava|my\s+stor(?:y|ies)|every\s+app)"
)
# What was done. Each is evidence of a personal connection with whoever the message is about.
ACT = CueSet(
    "conduct.boundary_act",
    (
        Cue(
            "conduct.act.accepted_request",
            r"\baccept(?:ed|ing|s)?\s+(?:[\w'’]+\s+){0,6}?(?:(?:friend|follow(?:er)?|message)\s+)?"
            r"(?:requests?|follows?|adds?)\b",
            "accepted a request",
            "accepted her friend request",
            "accepted the job offer",
        ),
        Cue(
            "conduct.act.accepted_it",
            r"\baccept(?:ed|ing)\s+(?:it|her|him|them|the\s+(?:request|follow|add|invite))\b",
            "accepted a request",
            "she's lovely tho so I accepted it lol",
            "she's lovely tho so I accepted the offer",
        ),
        Cue(
            "conduct.act.connected_on",
            r"\b(?:add(?:ed|ing|s)?|follow(?:ed|ing|s)?|friend(?:ed|ing)?|request(?:ed|ing)?|"
            r"accept(?:ed|ing)?|approv(?:ed|ing)|dm(?:'?d|ed|ing|s)?|messag(?:ed|ing|es)|"
            r"snap(?:ped|ping|chatted)?|found|stalk(?:ed|ing)?|look(?:ed|ing)\s+(?:[\w'’]+\s+)"
            r"{1,3}up|chatting|talking|speaking|mates|friends|mutuals)\s+(?:[\w'’-]+\s+){0,8}?"
            r"(?:on|via|through)\s+" + _PLATFORM_WIDE + r"\b",
            "connected on social media",
            "she added me on snap",
            "she added me to the rota",
        ),
        Cue(
            "conduct.act.followed_back",
            r"\b(?:follow(?:ed|ing|s)?|add(?:ed|ing|s)?|friend(?:ed)?|snap(?:ped|chatted)?|"
            r"messag(?:ed|ing)|text(?:ed|ing)|dm(?:'?d|ed))\s+(?:(?:her|him|them|em|u|you|it)\s+)?"
            r"back\b(?!\s+(?:to|from|in|into|on\s+the\s+ward|home))",
            "followed back",
            "so I followed back obviously",
            "so I followed her to the ward",
        ),
        Cue(
            "conduct.act.sent_request",
            r"\b(?:sent|send|sending|request(?:ed)?|requesting)\s+(?:[\w'’]+\s+){0,4}?(?:a\s+|"
            r"the\s+)?(?:friend|follow)\s+requests?\b",
            "sent a request",
            "I sent her a friend request",
            "I sent her a follow-up email",
        ),
        Cue(
            "conduct.act.personal_channel",
            r"\bmy\s+(?:own\s+|personal\s+|private\s+|home\s+|real\s+)(?:number|mobile|phone|"
            r"whatsapp|insta(?:gram)?|snap(?:chat)?|account|email|address|handle|socials|tiktok|"
            r"fb|facebook|car)\b",
            "a personal number or account",
            "she rings my personal number when she's anxious",
            "she rings the ward number when she's anxious",
        ),
        Cue(
            "conduct.act.gave_number",
            r"\b(?:gave|give|giving|given|swapped|swap|swapping|exchanged|exchange|sent|send|"
            r"passed|texted|wrote\s+down|left|let\s+(?:[\w'’]+\s+){1,4}have|has|got|have|had|"
            r"wanted|asked\s+for|asking\s+for)\s+(?:[\w'’-]+\s+){0,6}?(?:my|our)\s+(?:own\s+|"
            r"personal\s+|private\s+|mobile\s+|real\s+|home\s+)?(?:number|mobile|phone\s+number|"
            r"digits|no\.?|snap(?:chat)?|insta(?:gram)?|whatsapp|email|address|@)(?!\w)",
            "gave a personal number",
            "gave the lad in bay 4 my number",
            "gave the lad in bay 4 my notes",
        ),
        Cue(
            "conduct.act.swapped_numbers",
            r"\b(?:swapp?(?:ed|ing)?|exchang(?:ed|ing|e)|shar(?:ed|ing))\s+(?:numbers|digits|"
            r"snaps|instas|socials|details)\b|\b(?:got|get|getting|asked\s+for|texted)\s+"
            r"(?:his|her|their)\s+(?:number|snap|insta|digits)\b|\b(?:gave|sent)\s+me\s+(?:his|"
            r"her|their)\s+(?:number|address|snap|insta|card|details|email|mobile)\b",
            "gave a personal number",
            "we swapped numbers before he went home",
            "we swapped shifts before he went home",
        ),
        Cue(
            "conduct.act.keeps_contact",
            r"\b(?:(?:been|keep|keeps|kept|still|started|always)\s+(?:texting|messaging|"
            r"snapchatting|dming|dm['’]?ing|chatting|talking|facetiming|ringing|phoning|replying|"
            r"sending\s+me|voice\s?noting|in\s+touch|speaking)|stay(?:ed|ing)?\s+in\s+touch|"
            r"keep(?:ing)?\s+in\s+touch|(?:i['’]?ve|ive)\s+been\s+replying|already\s+texted|"
            r"texted\s+(?:her|him|them)|(?:rings?|calls?|texts?|messages?)\s+me\s+(?:when|every|"
            r"at\s+night|on\s+my|whenever|all\s+the\s+time|direct)|phone\s+call\s+with)\b",
            "kept in touch",
            "we've been texting since she was discharged",
            "we've been busy since she was discharged",
        ),
        Cue(
            "conduct.act.social",
            r"\b(?:(?:go(?:ing)?|went|gone|meet(?:ing)?|met|popping|pop|drop(?:ping)?|come|coming|"
            r"came|out|take|took|taking|invited|invite|said\s+yes\s+to|up\s+for|agreed\s+to)\s+"
            r"(?:[\w'’-]+\s+){0,6}?(?:drinks?|coffee|pints?|bevv(?:y|ies)|brew|cuppa|lunch|dinner|"
            r"for\s+tea|food|meal|curry|brunch|cinema|gig|concert|shopping|night\s+out|pub|spoons|"
            r"nandos|mcdonalds|party|bbq|barbecue|christening|wedding|funeral|wake|birthday|"
            r"\d0th|21st|18th|baby\s+shower|date|walk|match|round\s+(?:mine|hers|his|theirs|"
            r"to\s+(?:see|hers|his))|(?:to|at|round)\s+mine|(?:her|his|their)\s+(?:house|flat|"
            r"place|home))|hang(?:ing)?\s+out\s+with|hung\s+out\s+with|(?:meet(?:ing)?|met)\s+up"
            r"\s+with|(?:godmother|godparent|godfather|sponsor|bridesmaid)\b)",
            "met socially",
            "going for drinks with the dad from bay 4 on friday",
            "going to handover with the dad from bay 4 on friday",
        ),
        Cue(
            "conduct.act.favour",
            r"\b(?:babysit(?:ting|ted|ter)?\s+for|tutor(?:ing|ed)?\s+(?:[\w'’]+\s+){0,5}?"
            r"(?:privately|for\s+cash|on\s+the\s+side)|privately\s+for\s+cash|on\s+a\s+private\s+"
            r"basis|cash\s+in\s+hand|off\s+the\s+record|(?:gave|give|giving|offered|offer)\s+"
            r"(?:[\w'’]+\s+){1,6}?(?:a\s+)?lifts?|lifts?\s+home|in\s+my\s+(?:own\s+)?car|"
            r"drove\s+(?:her|him|them)|pick(?:ed|ing)?\s+(?:[\w'’]+\s+){1,4}?up\s+in\s+my|"
            r"stay\s+at\s+mine|(?:lent|lend|lending|loaned)\s+(?:[\w'’]+\s+){1,6}?(?:my|a|an|"
            r"some|her|him)\b)",
            "a personal favour",
            "I'm babysitting for one of my pupils' families",
            "I'm babysitting my cousin",
        ),
        Cue(
            "conduct.act.money_gift",
            r"\b(?:lent|lend|lending|loaned|gave|give|giving|gives|paid|pay|paying|sent|send|"
            r"bought|buy|buying|got|slipped|tipped|handed|offered|accepted|took|taking|kept|"
            r"keeping|keep|spent|pocketed)\s+(?:[\w'’-]+\s+){0,6}?(?:some\s+|a\s+|an\s+|my\s+|"
            r"the\s+|her\s+|his\s+|both\s+)?(?:money|cash|£\s?\d+|\d+\s?(?:quid|pounds?)|"
            r"fifty\s+quid|twenty\s+quid|a\s+tenner|tenner|fiver|fags|cigarettes|vapes?|"
            r"alcohol|booze|whisky|whiskey|prosecco|wine|perfume|watch|ring|necklace|"
            r"bracelet|jewellery|handbag|tickets|vouchers?|(?:birthday\s+|christmas\s+|xmas\s+)?"
            r"(?:present|gift)s?|bottle\s+of\s+\w+|laptop|car|driving\s+lessons|taxi)\b",
            "money or gifts",
            "she slipped me £50 and said buy yourself something",
            "she slipped me a card and said thank you",
        ),
    ),
)
# Romantic or sexual interest; raises a finding to high.
ROMANCE = CueSet(
    "conduct.romance",
    (
        Cue(
            "conduct.romance.attractive",
            r"\b(?:so|well|proper|really|actually|very|sooo+|kinda|bit|lowkey|fr)\s+(?:fit|hot|"
            r"peng|buff|gorgeous|fine|sexy|attractive)\b(?!\s+(?:for|to)\b)|\b(?:he['’]?s|"
            r"she['’]?s|hes|shes)\s+(?:fit|hot|peng|buff|gorgeous|sexy|single)\b",
            "romantic interest",
            "the patient in bay 4 is well fit 😍",
            "the patient in bay 4 is medically fit for discharge",
        ),
        Cue(
            "conduct.romance.fancy",
            r"\b(?:fanc(?:y|ies|ied|ying)\s+(?:him|her|them|me|you|u|the|his|her|one)|crush(?:ing)?"
            r"\s+on|(?:has|have|got)\s+a\s+crush|flirt(?:ing|ed|s|y)?|(?:asked|ask|asking)\s+"
            r"(?:[\w'’]+\s+){1,6}?out\b|(?:on|for)\s+(?:a\s+|two\s+|a\s+few\s+)?dates?|a\s+date\s+"
            r"with|dating|kiss(?:ed|ing)?|snog(?:ged|ging)?|pull(?:ed)?\s+(?:him|her)|shoot\s+my\s+"
            r"shot|sl(?:id|ide|iding)\s+in(?:to)?|hook(?:ed|ing)?\s+up|sle(?:pt|eping)\s+with|"
            r"husband\s+material|wife\s+material|marry\s+(?:him|her|me)|(?:kinda\s+|been\s+|"
            r"i['’]?m\s+|im\s+)seeing\s+(?:him|her|one|(?:a|the)\b"
            # "I'm seeing a family on my caseload": seeing the person cared for is work
            r"(?!\s+(?:[\w'’-]+\s+){0,2}?(?:patients?|clients?|famil(?:y|ies)|service\s+users?|"
            r"pupils?|residents?|child(?:ren)?|kids?|students?|cases?|women|mums?)\b(?!['’]s)))|set\s+me\s+up\s+with|my\s+"
            r"(?:bf|gf|boyfriend|girlfriend)\s+now|now\s+my\s+(?:bf|gf|boyfriend|girlfriend))",
            "romantic interest",
            "I think the patient's son fancies me",
            "anyone fancy a coffee",
        ),
    ),
)
# Whoever the message is about is a friend or a fellow student, not someone met at work.
PEER = Cue(
    "conduct.who.peer",
    r"\b(?:my\s+(?:mate|mates|friend|friends|bestie|bf|gf|boyfriend|girlfriend|housemate|"
    r"flatmate|cousin|sister|brother|mum|dad|kids|son|daughter|partner|husband|wife)|"
    r"(?:a|the|another|other)\s+(?:student|students|nursing\s+student|student\s+nurse|"
    r"student\s+midwife|student\s+teacher|trainee)|someone\s+(?:on|from)\s+(?:our|my|the)\s+"
    r"(?:course|cohort))\b",
    "peer",
    "my mate added me on insta",
    "my patient added me on insta",
)
# A request or invitation that came *to* the student ("she added me on snap"): on its own it
# is low, since the guidance's advice is about what to do with it.
TO_ME = Cue(
    "conduct.act.to_me",
    r"\b(?:me|us)\b",
    "received",
    "she added me on snap",
    "I added her on snap",
)
# ...unless the message says it was taken up.
TOOK_IT_UP = Cue(
    "conduct.act.took_it_up",
    r"\b(?:going|said\s+(?:yes|sure|go\s+on)|went|i['’]?ll\s+go|accepted|chatting|talking|"
    r"replied|replying|messaged\s+(?:her|him|them)\s+back|added\s+(?:her|him|them)|"
    r"followed\s+(?:her|him|them)?\s*back|i\s+(?:might|will)\s+say\s+yes|defo|definitely|"
    r"up\s+for\s+it)\b",
    "taken up",
    "she added me on snap and we've been chatting",
    "she added me on snap, no idea how she found me",
)
# Words of personal contact: with a service user named, partial evidence for the classifier
# ("the patient's daughter and I are mutuals now" has no act cue but is about contact).
CONTACT = Cue(
    "conduct.boundary.contact_words",
    r"\b(?:insta(?:gram)?|ig|fb|facebook|snap(?:chat)?|tik\s?tok|twitter|whatsapp|socials|dms?|"
    r"number|mobile|text(?:s|ed|ing)?|messag(?:e|es|ed|ing)|follow(?:s|ed|ing|er|ers)?|"
    r"friend\s+requests?|requests?|added|add|accept(?:ed)?|drinks?|coffee|pub|date|dinner|"
    r"lunch|party|wedding|gifts?|presents?|money|cash|£\s?\d+|quid|tip|babysit\w*|lift|fancy|"
    r"fit|hot|crush|cute|kiss\w*|single|flirt\w*|mutuals|meet(?:ing)?\s+up|hang\s+out|"
    r"round\s+mine|my\s+house|address|invited|invite|friends|mates|christening|birthday|"
    r"tutor(?:ing)?|privately|bought|lent|lend)\b",
    "personal contact",
    "the patient's daughter and I are mutuals now",
    "the patient's daughter was at the handover",
)
# The writer in the message (I, me, my, we): a personal connection is the writer's own, so
# partial evidence without them is about someone else ("Gary takes money off residents").
WRITER = Cue(
    "conduct.boundary.writer",
    r"\b(?:i|me|my|mine|we|us|our|i['’]m|im|i['’]ve|ive|i['’]d|i['’]ll|ill)\b",
    "writer",
    "the patient's daughter and I are mutuals now",
    "the patient's daughter and Gary are mutuals now",
)

# A small thank-you for the team (chocolates, a card, flowers): gifts the guidance and most
# workplaces allow, not a personal connection.
SMALL_THANKS = Cue(
    "conduct.boundary_ok.small_thanks",
    r"\b(?:chocolates?|(?:thank\s+you\s+)?cards?|biscuits|flowers|sweets|cake|box\s+of\s+\w+|"
    r"celebrations|quality\s+street|roses|heroes)\b",
    "small thank-you",
    "one of the ladies gave me a chocolate for looking after her",
    "one of the ladies gave me £50 for looking after her",
)

CUES = (
    *WHO.cues,
    *CHILD.cues,
    *ACT.cues,
    *ROMANCE.cues,
    PEER,
    TO_ME,
    TOOK_IT_UP,
    CONTACT,
    WRITER,
    SMALL_THANKS,
)
