"""Where a person is cared for, taught or visited: the locators that narrow "a patient" or "a
child" down to one person (bed and bay numbers, wards, care-home rooms, school years, classes
and sets, caseloads, streets and estates, call-outs). A locator is never a finding alone:
"bay 3 at 7:15 for handover" names nobody; it identifies only with a person and something
private about them."""

from __future__ import annotations

from detectors.lexicon import Cue

_NUMBER = r"(?:no\.? ?|number |#)?\d{1,3}[a-z]?\b"
# The groups a school or setting splits children into, and the words that may qualify one
# ("my period 2 class", "my maths set", "the nurture group"). The students' own groups at
# university (seminar, study, module groups) are left out by the veto below.
GROUP_NOUNS = (
    r"class(?:room)?|form|form group|tutor group|set|group|lesson|nursery|setting|year group|"
    r"reading group|intervention group|nurture group|support group|phonics group|key group"
)
_GROUP_MODIFIER = (
    r"(?:(?!(?:seminar|study|lecture|tutorial|pbl|module|uni|course|cohort|group|whatsapp|"
    r"chat|friendship|peer|sim|osce|placement|revision)\b)[\w-]+ ){0,2}?"
)
GROUP = rf"(?:{_GROUP_MODIFIER}(?:{GROUP_NOUNS}))"
_STREET_WORDS = (
    r"road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|court|place|terrace|gardens|"
    r"grove|hill|park|square|mews|row|rise|vale|walk|view|parade|green"
)

# When: a real, recent encounter ("last night", "this morning") rather than a case study.
WHEN = Cue(
    "conf.when.recent",
    r"\b(?:today'?s?|tonight|last night|this (?:morning|afternoon|evening|week)|yesterday|"
    r"earlier|just now|the other day|last week|on (?:my )?shift|on nights|on earlies|on lates|"
    r"at (?:pick ?up|drop off|break|lunch|handover)|first job|last job|just (?:had|seen|"
    r"found out|been told)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    "when",
    "woman at the GP surgery collapsed this morning, she's 34 and pregnant",
    "a patient in their 70s with COPD taught me a lot about inhalers",
    note="A recent, real encounter: with a setting, a person and a private detail, a story "
    "about someone the reader could meet.",
)

CUES = (
    Cue(
        "conf.place.bed",
        rf"\b(?:bed|bay|side ?room|cubicle|cubby|trolley|resus|majors|minors|chair|bed ?space|"
        rf"bedspace) ?{_NUMBER}(?! ?(?:am|pm|mins?|minutes|hours?|hrs)\b)|\bSR ?\d{{1,2}}\b",
        "bed",
        "the lady in bay 3 bed 2 keeps pulling her cannula out",
        "going to bed now, night all",
        note="Bed, bay, cubicle or trolley numbers: in a hospital, one person each.",
    ),
    Cue(
        "conf.place.ward_number",
        rf"\bward ?{_NUMBER}",
        "ward",
        "the man on ward 7 with the PEG",
        "the ward was busy today",
    ),
    Cue(
        "conf.place.named_ward",
        r"(?-i:\b(?!(?:The|This|That|My|Our|On|A|One|Each|Every|Which|What|Same|Other|Next|"
        r"New|Old|Busy|Whole|Main|Medical|Surgical|Acute|Stroke|Dementia|Maternity|Mental|"
        r"Cardiac|Renal|Oncology|Covid|Assessment|Day|General|Private|NHS|Placement|Hospital|"
        r"Intensive|Burns|Elderly|Respiratory|Orthopaedic|Paediatric|Childrens|Children's|"
        r"Kids|Surgery|Medicine|Frailty|Haematology)\b)[A-Z][a-z]{2,20}) "
        r"(?:ward|unit)\b",
        "ward",
        "Mr Hughes on Rowan ward refused his insulin again",
        "the stroke unit is hectic",
        note="A named ward (capitalised name only; 'the Medical unit' is a kind of ward).",
    ),
    Cue(
        "conf.place.unit",
        r"\b(?:on|in|at|from|to) (?:the|my|our|this|that|her|his) (?:(?!(?:same|whole|"
        r"other|next|busy|new|old|last|first)\b)[\w&'-]+ ){0,2}?(?:ward|unit|bay)\b(?! "
        r"(?:round|rounds|manager|sister|clerk|phone|meeting|handover|staff|team)\b)|"
        r"\b(?:on|in|at|from|to) (?:the )?(?:picu|hdu|itu|icu|ccu|scbu|nicu|"
        r"(?:adolescent|forensic|secure|acute|mother and baby|eating disorders?|"
        r"rehab|detox|assessment) (?:unit|ward))\b|"
        r"\b(?:at|in|from|to) (?:the|my|our|her|his|their) (?:resi(?:dential)? (?:home|unit)|"
        r"resi|children'?s home|group home|foster (?:home|placement)|semi-independent|"
        r"supported (?:lodgings|accommodation)|hostel|refuge|secure (?:unit|home))\b|"
        r"\b(?:in|from|to|into) (?:the )?(?:seclusion(?: room)?|136 suite|place of safety|"
        r"extra care area|low[ -]stim(?:ulus)? room)\b|"
        r"\b(?:at|with|on|from|in) (?:the|my|our) (?:yot|youth offending (?:team|service)|"
        r"cmht|camhs(?: team)?|crisis team|home treatment team|early intervention(?: team)?|"
        r"eip(?: team)?|leaving care team|children in care team|fostering team|"
        r"district (?:nursing )?team|community (?:mental health )?team)\b",
        "unit",
        "darren on the acute ward is responding to unseen stimuli",
        "the ward round was long today",
        note="A ward, unit, small home or team holds a few dozen people at most: with a "
        "person and a private detail, someone who knows it knows who ('the lady on the "
        "dementia unit', 'the lad I'm working with at the YOT').",
    ),
    Cue(
        "conf.place.room_number",
        rf"\broom ?{_NUMBER}(?!\.)",
        "room",
        "the resident in room 12 keeps asking for her husband",
        "need a room for the study group",
        note="A care-home or side room; a seminar room 4.12 has a dot and is left out.",
    ),
    Cue(
        "conf.place.school_year",
        r"\b(?:year ?|yr ?|y)(?:[1-9]|1[0-3])s?\b(?! ?(?:students?|nursing|nurses|of|"
        r"placement|at uni|uni|exams?|module|modules|essay|assignment|cohort|group chat|"
        r"social work|teaching|pgce|lectures?|timetable|student|physio|ot|midwifery|"
        r"paramedic|degree|course)\b)",
        "class",
        "freya in my y2 group has just been diagnosed with epilepsy",
        "year 2 nursing timetable is a mess",
        note="A school year. The students' own course year ('year 2 nursing') is left out.",
    ),
    Cue(
        "conf.place.class_code",
        r"(?-i:\b(?:[5-9]|1[0-3])(?!(?:AM|PM|K|G|M|GB|MB|KG|ML|MG|CM|MM|KM|HR|V|W|X|D)\b)"
        r"[A-Z]{1,2}\d?\b)|\b(?:[5-9]|1[0-3])[a-z]\d\b|"
        r"\b(?:set|form|class|tutor group) (?:\d{1,2}[a-z]{0,2}|[a-z]\d)\b|"
        # after "in"/"from" any letter names a form ("in 7X", "from 9D"), but not "in 5G",
        # "in 10k", "in 4K"
        r"(?:(?<=\bin )|(?<=\bfrom ))(?:[5-9]|1[0-3])(?![gkmvw]\b)[a-z]\d?\b",
        "class",
        "ks in 10B told me he's been self harming",
        "the 5G signal here is awful",
        note="Sets, forms and classes: 9x2, 10B, 8C, set 3, form 7R, class 4.",
    ),
    Cue(
        "conf.place.early_years",
        r"\b(?:reception|nursery|preschool|pre-school|year r|foundation stage|eyfs)\b"
        r"(?! (?:desk|staff|area at uni)\b)",
        "class",
        "little leo in reception has started soiling himself again",
        "the library front desk staff were lovely",
    ),
    Cue(
        "conf.place.my_class",
        rf"\b(?:in|from|of) (?:my|our|her|his|the) {GROUP}\b(?! (?:at|on) uni\b| chat\b)|"
        rf"\bmy (?:{_GROUP_MODIFIER}(?:class|form|form group|tutor group|set|key group))\b"
        r"(?! (?:at|on) uni\b)",
        "class",
        "the girl in my period 2 class with the eating disorder fainted in PE",
        "someone in my seminar group asked about the essay",
        note="A class, set or group of children, with a qualifier or none ('my maths set'); a "
        "university seminar or study group is not one.",
    ),
    Cue(
        "conf.place.school",
        r"\b(?:at|in|from) (?:my|our|the|her|his) (?:placement )?(?:school|academy|primary|"
        r"secondary|college|pru|pupil referral unit|special school|sen school|base|unit)\b|"
        r"(?-i:\b[A-Z][a-z]+ (?:Primary|Academy|High School|Infants|Juniors|C of E|CofE|"
        r"Secondary|School))\b",
        "school",
        "the only boy in year 4 with a wheelchair at my placement school",
        "school holidays start next week",
    ),
    Cue(
        "conf.place.caseload",
        r"\b(?:on|from|in) (?:my|our|her|his|the|their) (?:[\w&'-]+ )?(?:caseload|case load)\b|"
        r"\b(?:on|from|in) (?:my|our|her|his|the|their) (?:list|district "
        r"(?:list|round|rounds|visits|patients)|visits? list|books|patch|round)\b|"
        r"\bmy (?:caseload|case load|allocated families?|"
        r"families|cases|clients|sus|service users|residents|patients)\b|\ballocated to me\b",
        "caseload",
        "the only family on my caseload with a dad in prison",
        "the reading list is huge",
        note="The student's own few families or patients: a small set.",
    ),
    Cue(
        "conf.place.visit",
        r"\b(?:home visits?|visited (?:her|him|them|the family|a family|today)|"
        r"(?:at|in|to) (?:her|his|their|the family'?s|the client'?s) (?:house|home|flat|place)|"
        r"on (?:a|the|my) (?:home )?visit|the house (?:I|we) visited|door ?step visit|"
        r"welfare check)\b",
        "visit",
        "on the home visit the house was freezing, mum's using again",
        "I visited the library today",
    ),
    Cue(
        "conf.place.street",
        rf"\b(?:on|in|at|off|near|from|down|up|of) (?:the )?(?-i:[A-Z][a-z]{{2,20}}) "
        rf"(?:{_STREET_WORDS}|estate|flats|towers?|house|court|heights)\b|"
        rf"\b(?:on|in|at|from) (?:the|that|our|her|his|their) (?:estate|flats|tower block|"
        rf"hostel|refuge|traveller site|caravan park|b&b|bail hostel|supported housing|halls|"
        rf"student village|cul[ -]de[ -]sac)\b|"
        rf"\b(?:at|from|in|lives at) number \d{{1,4}}\b|"
        rf"(?-i:\b(?:on|in|at|from) [A-Z][a-z]{{3,20}}(?:way|gate|side|field|fields|wood|"
        rf"bridge|moor|dale))\b|\b(?:the )?(?:house|flat|shop|bungalow) (?:next to|opposite|"
        rf"above|behind|near) the\b|"
        rf"\b(?:near|next to|opposite|behind|round the corner from) (?:my|our|the) "
        rf"(?:placement|school|surgery|practice|station|church|mosque|park|pub|chippy|shop|"
        rf"corner shop|co-?op|tesco|uni|hospital|ward)\b",
        "street",
        "the guy at the flats on Kingsway had taken an overdose",
        "I'm on the bus now",
        note="A street, estate, hostel or landmark narrows a person down to a few houses.",
    ),
    Cue(
        "conf.place.named_setting",
        r"(?-i:\b(?:St\.? )?[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? (?:Care Home|Nursing Home|"
        r"House|Lodge|Court|Manor|Primary|Academy|High|School|Infants|Juniors|Surgery|"
        r"Medical Centre|Health Centre|Practice|Hospice|Children'?s Home|Hostel))\b|"
        r"(?-i:\b[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?) (?:care home|nursing home|surgery|"
        r"primary|academy|school)\b",
        "named_place",
        "took a 90 year old from Sunnyside Care Home in, she'd been left in soiled pads",
        "the care home was lovely",
        note="A named care home, school or surgery: a few dozen people, not a city's worth.",
    ),
    Cue(
        "conf.place.my_service_user",
        r"\b(?:my|our) (?:(?:new|first|last|main|allocated|\w{2,8}) )?"
        r"(?:su|service user|patient|pt|"
        r"client|resident|pupil|young person|yp|family|case(?! stud)|lad|1:1|one to one|mentee|"
        r"little one|care leaver)\b|"
        r"\b(?:i'?m|i am|i was|we'?re|we are|i'?ve been|we'?ve been|i have been) (?:currently )?"
        r"(?:supporting|working with|visiting|seeing|looking after|caring for|nursing|"
        r"teaching|mentoring|allocated to|key ?working|allocated)\b|"
        r"\b(?:i|we) (?:looked after|cared for|nursed|supported|was supporting|"
        r"was looking after|was allocated|treated|conveyed|assessed)\b",
        "my_role",
        "the grandmother I'm supporting just got a cancer diagnosis",
        "my lectures today were long",
        note="The student's own service user or case ('my patient', 'our DV case', 'the "
        "family I'm working with'): one person, if a broad one without a time.",
    ),
    Cue(
        "conf.place.care_home",
        r"\b(?:care home|nursing home|residential home|rest home|supported living|"
        r"extra care|sheltered housing|group home|children'?s home|hospice)\b",
        "care_home",
        "Mr Adeyemi in room 6 at the care home keeps asking for his wife",
        "I'd love to work in care one day",
    ),
    Cue(
        "conf.place.health",
        r"\b(?:gp surgery|the surgery|gp practice|(?:the|her|his|their) gp|clinic|theatre list|"
        r"theatres?|outpatients|a&e|a and e|(?:the )?ed\b|resus|icu|itu|hdu|scbu|nicu|ccu|"
        r"labour ward|delivery suite|birth centre|recovery|discharge lounge|"
        r"(?:psych|mental health|psychiatric|acute) (?:ward|unit|hospital)|136 suite|"
        r"crisis team|community team|district list|dialysis unit|walk[ -]in centre|"
        r"urgent care|minor injuries|seclusion|place of safety|baby clinic|health visiting|"
        r"antenatal clinic|sexual health clinic|methadone clinic|custody suite)\b",
        "health_place",
        "woman at the GP surgery on Church Road collapsed in the waiting room",
        "the practice exam is on Friday lol",
    ),
    Cue(
        "conf.place.callout",
        r"\b(?:call[ -]?outs?|(?:our|the|first|last|next|a|my) (?:job|shout|call)|jobs? today|"
        r"shout (?:to|for)|"
        r"999 call|cat ?[1-5] (?:call|job)?|conveyed|on scene|(?:regular|frequent) "
        r"(?:caller|flyer|attender)|the crew|we got called|got called (?:out|to)|blue[- ]lighted|"
        r"pre-?alert(?:ed)?)\b",
        "callout",
        "shout to the flats last night, the guy had taken an overdose",
        "I'll call you later",
        note="Ambulance work: a call-out is one person at one address and time.",
    ),
    WHEN,
)
