"""Care-context recognizers: where someone is cared for (bed, bay, side room, cubicle, ward,
room), who they are (patient, service user, client, resident, pupil, "the kid in my class",
a patient's relative), what is wrong with them (diagnoses, conditions, medication, death),
school year/class, safeguarding concerns, and staff roles (which mark a named person as
staff rather than a service user).

None of these is a finding alone: "has anyone done the patient safety module" names a role
and nobody; the confidentiality detector combines them with identifiers."""

from __future__ import annotations

from audit.scoring.patterns import PatternSpec

_NUMBER = r"(?:no\.? ?|number |#)?\d{1,3}[a-z]?\b"

BED = PatternSpec(
    name="BedRecognizer",
    entity="BED",
    patterns=(
        (
            "bed/bay/side room/cubicle number",
            rf"\b(?:bed|bay|side ?room|cubicle|cubby) ?{_NUMBER}",
            0.6,
        ),
        ("side room short", r"\bSR ?\d{1,2}\b", 0.4),
    ),
    context=("patient", "bed", "bay"),
)

# "The ward", "This unit": a capitalised word before ward/unit that is not a ward's name.
_NOT_WARD_NAMES = {
    "the", "this", "that", "my", "our", "your", "their", "his", "her", "on", "a", "one", "each",
    "every", "which", "what", "same", "other", "next", "new", "old", "busy", "whole", "main",
    "medical", "surgical", "acute", "stroke", "dementia", "maternity", "children's", "kids",
    "mental", "cardiac", "renal", "oncology", "covid", "assessment", "day", "general",
    "private", "nhs", "placement", "hospital", "intensive", "burns",
}  # fmt: skip


def ward_ok(text: str) -> bool | None:
    first = text.split()[0].lower()
    return False if first in _NOT_WARD_NAMES else None


WARD = PatternSpec(
    name="WardRecognizer",
    entity="WARD",
    patterns=(
        ("ward number", rf"\bward ?{_NUMBER}", 0.6),
        # "Rowan ward", "Maple Unit": a named ward; capitalised name only.
        ("named ward", r"(?-i:\b[A-Z][a-z]{2,20}) (?:ward|unit)\b", 0.4),
    ),
    context=("ward", "unit"),
    validate=ward_ok,
)

ROOM = PatternSpec(
    name="RoomRecognizer",
    entity="ROOM",
    patterns=(("room number", rf"\broom ?{_NUMBER}", 0.3),),
    context=("resident", "room"),
)

SERVICE_USER = PatternSpec(
    name="ServiceUserRecognizer",
    entity="SERVICE_USER",
    patterns=(
        (
            "service-user role word",
            r"\b(?:patients?|pts?|service[ -]users?|clients?|residents?|"
            r"care home residents?|mental health users?)\b",
            0.4,
        ),
        (
            "social-care caseload",
            r"\b(?:on (?:my|our|the) caseload|home visits?|visit today|care package|"
            r"foster carer|care leaver)\b",
            0.4,
        ),
    ),
)

# Children the student teaches or cares for; "my kids" alone could be the student's own.
CHILD = PatternSpec(
    name="ChildRecognizer",
    entity="CHILD_ROLE",
    patterns=(
        ("pupil", r"\bpupils?\b", 0.5),
        (
            "a 7 year old boy",
            r"\b(?:[1-9]|1[0-7])[ -]?(?:years?|yrs?)[ -]?old (?:boy|girl|child|kid|lad)\b",
            0.6,
        ),
        (
            "looked-after child",
            r"\b(?:looked[ -]after child(?:ren)?|child in care|foster child)\b",
            0.6,
        ),
    ),
)

# A child placed in the student's own class or group: the class narrows who it is.
CHILD_IN_CLASS = PatternSpec(
    name="ChildInClassRecognizer",
    entity="CHILD_IN_CLASS",
    patterns=(
        (
            "the kid in my class",
            r"\b(?:kids?|child(?:ren)?|boys?|girls?|lads?|little ones?|students?|pupils?) "
            r"(?:in|from) (?:my|our) (?:class(?:room)?|group|form|nursery|setting|reception)\b",
            0.6,
        ),
        (
            "one of my year 3s",
            r"\bone of (?:my|our) (?:kids|pupils|children|year ?\d{1,2}s|class|little ones)\b",
            0.6,
        ),
        ("pupil in 5B", r"\bpupils? (?:in|from) (?-i:(?:[1-9]|1[0-3])[A-Z]{1,2})\b", 0.6),
        # "Maisie in my Y3 class at Oakfield": the name, the class and the school together
        # identify the child, so all of it is evidence (and masked), even when spaCy's small
        # model does not tag the name.
        (
            "named child in my class",
            r"\b(?-i:[A-Z][a-z]{2,}) (?:in|from) (?:my|our) (?:(?:year ?|yr ?|(?-i:Y))\d{1,2} )?"
            r"(?:class|form)\b(?: at (?-i:[A-Z][A-Za-z']+)(?: (?-i:[A-Z][A-Za-z']+))?)?",
            0.6,
        ),
    ),
)

RELATIVE = PatternSpec(
    name="RelativeRecognizer",
    entity="RELATIVE",
    patterns=(
        (
            "a patient's relative",
            r"\b(?:patient|pt|resident|client|service user|pupil|child|kid)'?s "
            r"(?:daughter|son|wife|husband|partner|mum|mother|dad|father|relatives?|family|"
            r"carer|sister|brother|parents?|nan|grandma|grandad|next of kin|nok)\b",
            0.6,
        ),
        ("next of kin", r"\b(?:next of kin|NOK)\b", 0.5),
    ),
)

# Diagnoses, conditions, treatments, medication and death, as students write them. Topic
# talk ("wound care", "dementia training", "stroke unit") is excluded by the lookahead.
_HEALTH_WORDS = (
    r"dementia|alzheimer'?s|delirium|cancer|tumou?r|leuka?emia|lymphoma|stroke|cva|"
    r"diabetes|diabetic|dka|sepsis|septic|copd|pneumonia|chest infection|uti|"
    r"hiv|hep ?[abc]|hepatitis|asthma|epilepsy|epileptic|seizures?|"
    r"schizophreni[ac]|bipolar|psychosis|psychotic|depression|depressed|anxiety|"
    r"eating disorder|anorexi[ac]|bulimi[ac]|ocd|ptsd|personality disorder|"
    r"self[ -]?harm(?:ing)?|suicidal|suicide attempt|overdose[ds]?|sectioned|"
    r"autism|autistic|adhd|learning disabilit(?:y|ies)|down'?s syndrome|cerebral palsy|"
    r"parkinson'?s|motor neurone disease|mnd|multiple sclerosis|heart failure|"
    r"heart attack|cardiac arrest|mrsa|c\.? ?diff|covid|norovirus|"
    r"fractured? \w{2,12}|broken hip|hip fracture|amputation|amputee|"
    r"pressure (?:ulcer|sore)s?|leg ulcers?|wound|stoma|catheter|peg feeds?|ng tube|dialysis|"
    r"chemo(?:therapy)?|radiotherapy|miscarriage|miscarried|pregnant|termination|abortion|"
    r"sti|chlamydia|incontinen(?:t|ce)|morphine|oramorph|oxycodone|fentanyl|insulin|"
    r"warfarin|apixaban|inhaler|epipen|methadone|sertraline|fluoxetine|lithium|clozapine|"
    r"end of life|palliative|dnacpr|dnar|dnr|died|passed away|death|deceased|"
    r"terminally ill|in a coma|on oxygen|confused and wandering|hoarding|hoarder"
)
_TOPIC_WORDS = (
    r"care|module|training|lecture|session|teaching|assignment|essay|exam|placement|workshop|"
    r"sim|simulation|awareness|ward|team|nurse|nursing|unit|clinic|specialist|service|policy|"
    r"assessment|chart|management|research|theory|modules|book|course|exams|"
    r"lectures|day|month|week|friendly|support|six|bundle|screening|pathway|protocol|poster|"
    r"guidelines|guidance|quiz|test|video"
)
# "a lecture on diabetes", "learned loads about wound care": the topic, not a person's health.
# Chained fixed-width lookbehinds, because Python's re has no variable-width lookbehind.
_NOT_TOPIC_INTRO = "".join(
    f"(?<!{words} )"
    for words in (
        "lecture on", "lecture about", "session on", "session about", "teaching on",
        "module on", "training on", "talk on", "essay on", "essay about", "assignment on",
        "reading on", "reading about", "learn about", "learned about", "learnt about",
        "learning about", "leaflet on", "read about", "case study on", "research on",
    )
)  # fmt: skip
HEALTH = PatternSpec(
    name="HealthDetailRecognizer",
    entity="HEALTH",
    patterns=(
        (
            "diagnosis/condition/medication/death",
            rf"(?:\b{_NOT_TOPIC_INTRO}(?:{_HEALTH_WORDS})\b|#\s?nof\b)(?! (?:{_TOPIC_WORDS})\b)",
            0.5,
        ),
    ),
)

SCHOOL_CLASS = PatternSpec(
    name="SchoolClassRecognizer",
    entity="SCHOOL_CLASS",
    patterns=(
        # "year 4", "Y6", "year 3s"; not the students' own course year ("year 2 nursing").
        (
            "school year",
            r"\b(?:year ?|yr ?|(?-i:Y))(?:[1-9]|1[0-3])s?\b(?! ?(?:students?|nursing|nurses|of|"
            r"placement|at uni|uni|exams?|module|modules|essay|assignment|cohort|group chat|"
            r"social work|teaching|pgce|lectures?|timetable)\b)",
            0.5,
        ),
        ("class name", r"\b(?:reception class|class \d[a-z]?|form \d{1,2}[a-z])\b", 0.5),
    ),
)

SAFEGUARDING = PatternSpec(
    name="SafeguardingRecognizer",
    entity="SAFEGUARDING",
    patterns=(
        (
            "safeguarding concern",
            r"\b(?:safeguarding|disclosed|disclosure|abus(?:e|ed|ing|ive)|neglect(?:ed)?|"
            r"bruis(?:e|es|ed|ing)|social services|child protection|cp plan|cin plan|"
            r"(?:hits|hit|beats|beat|hurts|kicks|touches|touched) (?:him|her|them)|"
            r"domestic (?:violence|abuse)|fgm|grooming|groomed|not (?:being )?fed|"
            r"scared to go home|(?:being )?bullied|(?:no one|nobody|noone) feeds (?:him|her)|"
            r"lado|dsl)\b",
            0.5,
        ),
    ),
)

STAFF = PatternSpec(
    name="StaffRecognizer",
    entity="STAFF",
    patterns=(
        (
            "staff role",
            r"\b(?:lecturers?|tutors?|mentors?|supervisors?|practice (?:assessor|supervisor|"
            r"educator)s?|(?:module|programme|course|placement|year) (?:lead|leader|coordinator)s?|"
            r"dr|prof|professor|teachers?|class teacher|head ?teacher|deputy head|senco|"
            r"matron|charge nurse|ward manager|manager|consultant|registrar|staff nurse|"
            r"dean|hca|educator|assessor|marker|examiner)\b",
            0.5,
        ),
    ),
)

# Training settings: a sim-lab mannequin in "bed 9" is nobody.
SIMULATION = PatternSpec(
    name="SimulationRecognizer",
    entity="SIMULATION",
    patterns=(
        (
            "simulated care",
            r"\b(?:sim(?:ulation)? (?:lab|suite|ward|session|bay|room)|skills lab|mannequins?|"
            r"manikins?|sim dummy|role[ -]?play|fictional|made[ -]up (?:patient|name|case))\b",
            0.5,
        ),
    ),
)

# Words that point at something shown: "this is bed 9's wound", "look at this".
SHOW_CUE = PatternSpec(
    name="ShowCueRecognizer",
    entity="SHOW_CUE",
    patterns=(
        (
            "pointing at a picture",
            r"\b(?:this is|here'?s|look at|pic(?:ture)? of|photo of|check (?:out )?this|"
            r"see (?:pic|photo)|state of this|have a look|look what)\b",
            0.5,
        ),
    ),
)

RECOGNIZERS: tuple[PatternSpec, ...] = (
    BED,
    WARD,
    ROOM,
    SERVICE_USER,
    CHILD,
    CHILD_IN_CLASS,
    RELATIVE,
    HEALTH,
    SCHOOL_CLASS,
    SAFEGUARDING,
    STAFF,
    SIMULATION,
    SHOW_CUE,
)
