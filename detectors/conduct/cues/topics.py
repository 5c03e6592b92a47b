"""Course-topic cues for the off-topic summary (not findings): words that put a message on
course matters - study and assessment, teaching and timetabling, placement and practice,
the subject itself. A message with none of them and enough words of its own is "other";
short replies take the topic of what they answer (detectors/conduct/topics.py).

What they miss: course talk with no course word ("is it still on tomorrow?"), which falls to
"other" unless it is a short reply; and placement stories that are really gossip count as
course. The summary says so, with the agreement measured on hand-labelled chats."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet

COURSE = CueSet(
    "conduct.topic",
    (
        Cue(
            "conduct.topic.assessment",
            r"\b(?:assignments?|essays?|exams?|osces?|deadlines?|submi(?:t|ts|tted|tting|ssion|"
            r"ssions)|resits?|grades?|marks?|marked|marking|feedback|turnitin|referenc\w+|"
            r"harvard|apa|dissertations?|portfolios?|reflections?|reflective|presentations?|"
            r"posters?|mcqs?|quiz(?:zes)?|drug\s+calcs?|vivas?|word\s+count|extensions?|ecs?|"
            r"mitigating|summatives?|formatives?|draft|drafts|rubric|learning\s+outcomes?|"
            r"revision|revise|revising|past\s+papers?|mock|results?|pass(?:ed)?|fail(?:ed)?|"
            r"plagiarism|proofread\w*|literature\s+review|critical\s+appraisal|case\s+study|"
            r"care\s+plan|lesson\s+plans?|assessed|assessment)\b",
            "course: assessment",
            "when's the essay deadline again?",
            "when's the party again?",
        ),
        Cue(
            "conduct.topic.teaching",
            r"\b(?:lectures?|lecturers?|seminars?|tutorials?|tutors?|modules?|timetables?|"
            r"rooms?|campus|library|reading|readings|slides?|blackboard|moodle|canvas|teams\s+"
            r"(?:call|link|meeting|session)|sim|simulation|skills\s+lab|lab|labs|uni|university|"
            r"course|cohort|programme|student\s+reps?|attendance|term|semester|induction|"
            r"timetabled|sessions?|workshops?|class|classes|teaching|module\s+leader|"
            r"programme\s+leader|personal\s+tutor|academic|recording|recorded|online\s+session|"
            r"student\s+(?:finance|voice|portal|services|union|id)|enrol\w*|registration|"
            r"graduation|placement\s+team|handbook|rep|reps)\b",
            "course: teaching",
            "is the lecture recorded?",
            "is the pizza ordered?",
        ),
        Cue(
            "conduct.topic.placement",
            r"\b(?:placements?|wards?|shifts?|mentors?|pefs?|practice\s+(?:assessor|supervisor|"
            r"educator|learning)|supervisors?|hours|rotas?|handover|patients?|clinics?|pads?|"
            r"competenc(?:y|ies)|sign[-\s]?offs?|uniforms?|dbs|occ(?:upational)?\s+health|trust|"
            r"community|school\s+placement|observations?|obs|caseloads?|service\s+users?|home\s+"
            r"visits?|labour\s+ward|antenatal|postnatal|delivery\s+suite|theatres?|a\s*&\s*e|"
            r"resus|ambulance|crew|call[-\s]?outs?|jobs?|nights|earlies|lates|long\s+days?|"
            r"pupils?|year\s?\d+s?|y\d+s?|lessons?|classroom|staffroom|school|nursery|ward\s+"
            r"round|bay|bed|beds|bank\s+shifts?|hca|nhs|gp|practice|assessor|supervision)\b",
            "course: placement",
            "who else is on nights this week on placement?",
            "who else is watching the match this week?",
        ),
        Cue(
            "conduct.topic.subject",
            r"\b(?:anatomy|physiology|pharmacology|pathophysiology|medications?|drugs?|doses?|"
            r"dosage|clinical|nursing|nurses?|midwi(?:fe|ves|fery)|paramedics?|social\s+work|"
            r"physio(?:therapy)?|occupational\s+therapy|ot|pgce|qts|safeguarding|nmc|hcpc|"
            r"evidence\s+based|nice\s+guidelines?|guidelines|policy|policies|cpr|bls|ils|abcde|"
            r"news2?|sepsis|infection\s+control|hand\s+hygiene|wound\s+care|catheter\w*|"
            r"cannula\w*|obs\s+chart|care|consent|capacity|mental\s+health|dementia|diabetes|"
            r"cardiac|respiratory|neuro|paeds|paediatrics|maternity|pregnancy|birth|labour|"
            r"breastfeeding|curriculum|pedagogy|behaviour\s+management|sen|send|ehcp|ofsted|"
            r"lesson|teacher|teachers|assessment|professional|professionalism|pcps|code\s+of\s+"
            r"conduct|standards)\b",
            "course: subject",
            "anyone understand the pharmacology of beta blockers?",
            "anyone understand the rules of cricket?",
        ),
    ),
)

# Professional practice talked about in the group (boundaries, guidance, raising concerns):
# course matters too, though no timetable word appears.
PRACTICE = Cue(
    "conduct.topic.practice",
    r"\b(?:professional\w*|boundar(?:y|ies)|guidance|polic(?:y|ies)|report(?:ed|ing)?|raise\s+it|"
    r"concern|safeguarding|whistleblowing|ftsu|dsl|freedom\s+to\s+speak\s+up|misconduct|"
    r"unprofessional|relatives?|famil(?:y|ies)|mentee|tutees?|caseload|staff|nurse|midwife|"
    r"manager|matron|consultant|hca|tech|crew|station|academy|department|head|deputy|"
    r"misinformation|myth|evidence|vaccin\w*|jabs?|mmr|smears?|screening|nhs|gp|nice|bnf|"
    r"textbook|library|ebook|pdf|login|quiz|answers|past\s+papers|slides|link\s+tutor|"
    r"practice\s+educator|educator|supervisor|assessor|pef|pgce|qts|sw|social\s+work)\b",
    "course: practice",
    "talk to your practice educator about it",
    "talk to your mum about it",
)
# Other topics a cohort chat drifts into: television, sport, nights out, food, holidays.
OTHER = Cue(
    "conduct.topic.other",
    r"\b(?:tv|telly|netflix|series|episode|spoilers?|film|movie|cinema|gym|holiday|flights?|"
    r"night\s+out|pub|drinks|pints?|pizza|takeaway|uber|party|valentines?|football|match|"
    r"rugby|concert|gig|shopping|weather|dating|weekend|car\s+park|dog|cat|music|playlist|"
    r"birthday|christmas|new\s+year|summer|festival|game|gaming)\b",
    "other topic",
    "anyone watching the match tonight",
    "anyone doing the reading tonight",
)

CUES = (*COURSE.cues, PRACTICE, OTHER)
