"""Who a message is about: the people students care for, teach and visit (roles and person
nouns), what singles one of them out ("the only girl in ..."), their relatives, and the
people whose names are not service users' names: staff, the student's own family and
friends, and public figures.

Role words alone are topic talk ("has anyone done the patient safety module"); they count
only together with a locator and something private, or next to a name."""

from __future__ import annotations

from detectors.lexicon import Cue

# People students care for, teach or visit, singular (one person can be identified; "my year
# 9s" or "the patients" is a group).
ROLE_WORDS = (
    r"patient|pt|service user|su|client|resident|pupil|student in my class|young person|yp|"
    r"casualty|caller|child|kid|kiddo|baby|toddler|infant|newborn|teenager|teen|boy|girl|lad|"
    r"lass|man|woman|lady|gentleman|gent|guy|bloke|fella|chap|family|mum|mother|dad|father|"
    r"grandad|grandma|nan|granny|grandpa|dude|one"
)

CUES = (
    Cue(
        "conf.who.role",
        r"(?-i:\bSU\b)|\b(?:patient|pt|service[ -]user|su|client|resident|pupil(?! premium)|"
        r"young person|yp|casualty|care leaver|foster (?:child|kid)|looked[ -]after (?:child|kid)|"
        r"inpatient|in-patient|(?:frequent|regular) (?:caller|flyer|attender)|"
        r"my (?:1:1|one[ -]to[ -]one|1-1))\b",
        "role",
        "my SU frank keeps relapsing",
        "patience is a virtue",
        note="One person a placement cares for. 'su'/'SU' only as a whole word.",
    ),
    Cue(
        "conf.who.roles",
        r"(?-i:\bSUs\b)|\b(?:patients|pts|service[ -]users|clients|residents|pupils|"
        r"young people|cyp|care leavers|looked[ -]after children|my (?:year ?\d{1,2}|"
        r"y\d{1,2})s?)\b",
        "group",
        "my year 9s were a nightmare today",
        "the patient was lovely",
        note="People cared for, in the plural: a setting, but no one person.",
    ),
    Cue(
        "conf.who.person_noun",
        r"(?:\b(?:a|an|the|this|that|one|our|my|some|little|old|young|elderly|poor|"
        r"(?!(?:it|that|what|there|here|who|he|she|let)['’]s)[^\W\d_]{1,20}['’]s) "
        r"(?:\w+ ){0,2}|^|(?<=[,;:] )|(?<=[.!?] ))(?:man|woman|lady|gentleman|gent|guy|bloke|"
        r"fella|chap|boy|girl|lad|lass|kid|child|baby|toddler|infant|newborn|teenager|teen|"
        r"youngster|family|mum|mother|dad|father|grandad|grandma|nan|granny|grandpa|"
        r"grand(?:mother|father|son|daughter)|widow|widower|pensioner|couple|son|daughter|"
        r"brother|sister|sibling|twins?|student|pupil|patient|inpatient|resident|client|"
        r"caller)\b(?! premium\b)",
        "person",
        "an 87 year old man on Larch Crescent who'd been on the floor all night",
        "the weather today is awful",
        note="A singular person noun, the head of a description ('the lady in bay 3', 'the "
        "CPN's client', 'mum in the flat above').",
    ),
    Cue(
        "conf.who.one_of_mine",
        r"\bone of (?:my|our|the|her|his|[^\W\d_]{2,20}['’]s) (?:kids|pupils|children|students|"
        r"year ?\d{1,2}s|"
        r"y\d{1,2}s|class|little ones|patients|pts|residents|clients|service users|sus|"
        r"families|lads|girls|boys|babies|mums)\b",
        "person",
        "one of my year 3s told me her dad hits her",
        "one of my friends is coming",
    ),
    Cue(
        "conf.who.aged",
        r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen)[ -]?(?:years?|yrs?|yr|month|months|"
        r"week|weeks|day|days)?[ -]?(?:old|yo|y/o)\b|\b(?:in (?:her|his|their) (?:late |early |"
        r"mid[ -])?(?:[2-9]0s|teens))\b|(?<=, )(?:[1-9]|[1-9]\d|10\d)(?= ?(?:yo)?,)|"
        r"\b(?:she|he)(?:['’]s| is| was) (?:only )?"
        r"(?:[1-9]|[1-9]\d|10\d)\b(?! ?(?:mins?|minutes|hours?|weeks?|days?|%|am|pm|:|\.|/))",
        "age",
        "an 87 year old on the high street",
        "my essay is 3000 words",
    ),
    Cue(
        "conf.who.unique",
        r"\b(?:the only (?:\w+ ){0,3}(?:one|person|man|woman|lady|boy|girl|kid|child|pupil|"
        r"student|patient|resident|family|lad|baby|twins|dad|mum)|only (?:boy|girl|kid|child|"
        r"pupil|family|patient|resident|one) (?:in|on|at|with|who)|the (?:new|tall|little|"
        r"big|quiet|loud|ginger|blonde|polish|deaf|blind) (?:boy|girl|kid|lad|one|lady|man)|"
        r"the (?:one|boy|girl|kid|lad|lady|man|woman|gentleman|guy|family|baby) "
        r"(?:who|that|with the|whose))\b",
        "unique",
        "the only girl in my year 7 form with a hearing aid",
        "the only thing I need is sleep",
        note="Words that single one person out: with a place, they identify without a name.",
    ),
    Cue(
        "conf.who.by_job",
        r"\b(?:the|that|this|our|my) (?:dinner|lollipop|cleaning|corner ?shop|shop|cafe|canteen|"
        r"ice cream|taxi|bus|delivery|bin|post|lunch|tea|school|crossing) (?:lady|man|woman|guy|"
        r"bloke|fella|driver)\b|\b(?:the|that|our|my) (?:caretaker|postman|postie|milkman|"
        r"lollipop lady|vicar|imam|rabbi|priest|landlord|landlady|shopkeeper|crossing patrol|"
        r"site manager|school nurse|janitor)\b",
        "unique",
        "the dinner lady at my school has epilepsy and had a seizure in the canteen",
        "the canteen was shut today",
        note="Someone known by their job in a small place: one person without a name.",
    ),
    Cue(
        "conf.who.relational",
        r"\b(?:the|my|our|her|his) (?:head ?teacher|head|deputy head|senco|manager|ward "
        r"manager|mentor|practice educator|teacher|class teacher|tutor|lecturer|consultant|"
        r"matron|gp|vicar|neighbour|landlord|boss|sister'?s|brother'?s|mum'?s|dad'?s|friend'?s|"
        r"housemate'?s|flatmate'?s|cousin'?s)(?:'s)? (?:son|daughter|wife|husband|kid|kids|"
        r"child|partner|mum|dad|mother|father|boyfriend|girlfriend|best friend|ex)\b",
        "relational",
        "the headteacher's son is on the SEN register and nobody knows",
        "the head of year is lovely",
        note="Someone identified by whose relative they are: one person without a name.",
    ),
    Cue(
        "conf.who.relative",
        r"\b(?:patient|pt|resident|client|service user|su|pupil|child|kid|family)'?s "
        r"(?:daughter|son|wife|husband|partner|mum|mother|dad|father|relatives?|family|carer|"
        r"sister|brother|parents?|nan|grandma|grandad|next of kin|nok|boyfriend|girlfriend)\b|"
        r"\b(?:next of kin|NOK)\b",
        "relative",
        "the patient's daughter rang about the DNACPR",
        "my daughter is ill",
    ),
    Cue(
        "conf.who.staff",
        r"\b(?:lecturers?|tutors?(?! group)|personal tutor|mentors?|supervisors?|"
        r"practice (?:assessors?|"
        r"supervisors?|educators?)|(?:my|our|her|his|the) (?:pe|ped|pea|ta|sw)|"
        r"(?:module|programme|course|placement|year|team|"
        r"clinical) (?:lead|leader|manager|coordinator)s?|dr|prof|professor|teachers?|"
        r"class teacher|head ?teacher|head of year|deputy head|senco|dsl|hlta|"
        r"matron|charge nurse|ward manager|manager|consultant|registrar|reg|sho|fy1|fy2|"
        r"staff nurse|sister|dean|hca|educator|assessor|marker|examiner|colleague|crewmate|"
        r"crew mate|paramedic|ecp|social worker|key ?worker|team mate|pastoral lead|"
        r"learning support|inclusion lead|receptionist|physio|ot|slt|salt|midwife|nurse|"
        r"doctor|gp|psychologist|psychiatrist|cpn|amhp)\b|\bfrom (?:my|our|the) (?:team|"
        r"office|department|placement team|uni)\b",
        "staff",
        "my mentor Karen said my care plans are great",
        "my friend Karen is coming",
        note="A name next to one of these is staff, not a service user.",
    ),
    Cue(
        "conf.who.kin",
        r"\bmy (?:own )?(?:mum|mom|mam|mother|dad|father|nan|nanna|nana|gran|granny|grandma|"
        r"grandad|grandpa|grandmother|grandfather|sister|brother|sis|bro|son|daughter|kids?|"
        r"partner|husband|wife|hubby|boyfriend|girlfriend|bf|gf|fiance|fiancee|cousin|aunt|"
        r"auntie|uncle|niece|nephew|step ?mum|step ?dad|in[ -]laws?|family|dog|cat)\b",
        "kin",
        "my nan Margaret has dementia so this placement is hard",
        "the patient's nan rang",
        note="The student's own family: their news is not a service user's. Friends, "
        "neighbours and old teachers met at work are third parties, so not here.",
    ),
    Cue(
        "conf.who.public",
        r"\b(?:celeb(?:rity|s)?|famous|on (?:tv|telly|the news)|documentary|the news|news "
        r"article|in the papers|netflix|film|movie|biopic|podcast|prime minister|"
        r"the king|the queen|prince|princess|president|footballer|singer|actor|actress|tickets?|"
        r"concert|tour|album|royal|health secretary|minister|influencer|tiktok(?:er)?|"
        r"youtuber)\b|(?-i:\bMPs?\b)",
        "public",
        "Stephen Hawking had MND, we watched the film in PSHE",
        "I'm so tired today",
        note="Talk about public figures: their names are not service users' names.",
    ),
)
