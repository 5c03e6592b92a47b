"""Cues about staff: who counts as staff (roles, titled names, names the chat introduces as
staff), what disparages them rather than reports a problem, what raises a concern the proper
way, and plans to shame someone publicly online."""

from __future__ import annotations

import re

from detectors.lexicon import Cue, CueSet

APOS = "['’]?"

# Roles and titled names. "teacher's pet" is mockery of a student, not a teacher.
STAFF_ROLE = (
    r"lecturers?|tutors?|personal\s+tutor|mentors?|practice\s+(?:educator|assessor|supervisor)|"
    r"(?:placement|clinical)\s+(?:manager|lead|coordinator|tutor|supervisor|team|educator)s?|"
    r"supervisors?|assessors?|educators?|"
    r"(?:module|programme|course|year)\s+(?:leader|lead)|link\s+tutor|ward\s+manager|"
    r"(?:line|practice|unit|nurse|team)\s+manager|head\s*teacher|head\s+of\s+\w+|"
    r"class\s+teacher|teacher(?!" + APOS + r"s\s+pet)s?|deputy\s+head|senco|matron|"
    r"markers?|examiners?|professor|the\s+uni\s+staff|staff|"
    # placement staff and the short names students use for them ("my PE", "the PA"): upper
    # case, after "my"/"the", and not "the PE lesson" (physical education in a school)
    r"(?:practice|seminar|session|workshop)\s+(?:teacher|lead|leader)s?|"
    r"(?:ward|placement|on[\s-]?site|line)\s+(?:sister|supervisor|lead)|nurse\s+in\s+charge|"
    r"(?-i:HoD)|"
    r"(?:(?<=my\s)|(?<=our\s)|(?<=the\s)|(?<=ur\s)|(?<=your\s))(?-i:PE|PA|PS)(?!\s+(?:lesson|"
    r"kit|class|department|dept|teacher|system|hall|session))"
)
STAFF_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sister)\.?\s+[A-Z][\w'’-]+"

STAFF_REF = CueSet(
    "staff_ref",
    (
        Cue("staff.role", r"\b(?:" + STAFF_ROLE + r")\b", "staff",
            "my mentor made me redo it", "teacher's pet strikes again"),
        # Case matters: "Dr Hughes" is a title, "mr whippy" is not a member of staff
        Cue("staff.titled_name", r"\b" + STAFF_TITLE, "staff",
            "Dr Hughes gave me 42", "the dr said rest", flags=0),
        # typed in lower case ("dr pritchard's lecture"); "miss", "ms" and "sister" are words
        # ("I miss home", "ms teams"), and "dr" precedes words too ("a dr appointment")
        Cue("staff.titled_name_lower",
            r"\b(?:dr|mr|mrs|prof)\.?\s+(?!(?:appointment|appt|who|notes?|visit|said|says|told|"
            r"and|was|is|will|has|had|the|an?|at|in|on|for|to|of|about|app|surgery|letter|line)\b)"
            r"[a-z][a-z'’-]{2,}", "staff",
            "dr pritchard's lecture was a joke", "I've got a dr appointment", flags=0),
    ),
)  # fmt: skip
# "my mentor Julie", "our tutor, Sarah": staff names this chat uses (learned per chat, group 1).
STAFF_NAME_INTRO = Cue(
    "staff.name_intro",
    r"(?i:\b(?:my|our|the|ur|your|her|his)\s+(?:" + STAFF_ROLE + r"))\s*,?\s+([A-Z][a-z'’-]{2,})",
    "staff",
    example="my mentor Julie wants the reflection",
    counter_example="my mentor wants the reflection",
    flags=0,
)
# "Dr Hughes" -> Hughes, so a later "Hughes made me redo it" is about staff (group 1).
STAFF_TITLED = Cue(
    "staff.titled_surname",
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sister)\.?\s+([A-Z][\w'’-]{2,})",
    "staff",
    example="ask Mrs Patel",
    counter_example="ask Mrs P",
    flags=0,
)

# Said of a member of staff, these disparage rather than report. False positives: "harsh but
# fair" -> constructive check; "the lecture was awful" -> needs a staff reference, not a topic.
STAFF_DISPARAGING = CueSet(
    "staff_disparaging",
    (
        Cue("grievance.incompetent",
            r"\b(?:useless|incompetent|clueless|hopeless|pathetic)\b", "disparaging",
            "Dr Hughes is useless", "Dr Hughes is lovely"),
        Cue("grievance.absolute_joke",
            r"\b(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+|utter\s+|bit\s+of\s+a\s+)(?:joke|"
            r"disgrace|shambles|nightmare|liability)\b", "disparaging",
            "she's an absolute joke", "she told an absolute cracker of a story"),
        Cue("grievance.a_joke", r"\ban?\s+(?:joke|disgrace|shambles)\b", "disparaging",
            "my mentor is a joke", "my mentor is joking"),
        Cue("grievance.insult_word",
            r"\b(?:idiot|moron|clown|cow|witch|bitch|dragon|snake|cunt|twat|dickhead|prick|knob\w*|"
            r"lazy|vile|evil|two[\s-]faced|jobsworth)\b", "disparaging",
            "the ward manager is a jobsworth", "the ward manager is on leave"),
        Cue("grievance.patronising",
            r"\b(?:patronising|patronizing|condescending|arrogant|smug|up\s+(?:her|him)self)\b",
            "disparaging", "mr kowalski is proper patronising", "mr kowalski is proper patient"),
        Cue("grievance.power_mad", r"\bpower[\s-](?:mad|trip|tripping)\b", "disparaging",
            "she's on a power trip", "power cut on the ward"),
        Cue("grievance.thick", r"\b(?:thick|stupid|dumb)\b", "disparaging",
            "he's so stupid", "he's so sweet"),
        Cue("grievance.past_it", r"\b(?:past\s+it|dinosaur)\b", "disparaging",
            "he's past it", "he's past the car park"),
        Cue("grievance.waste_of_space", r"\bwaste\s+of\s+(?:space|oxygen|time)\b", "disparaging",
            "she's a waste of space", "a waste of paper"),
        Cue("grievance.cant_stand",
            r"\b(?:hate|can" + APOS + r"t\s+stand|cannot\s+stand|despise)\s+(?:her|him|them|"
            r"that)\b", "disparaging", "I can't stand her", "I can't stand up for long"),
        Cue("grievance.hasnt_a_clue",
            r"\b(?:doesn|does\s+not|don|dont|hasn|hasnt)" + APOS + r"t?\s+(?:have|know|got)\s+a\s+"
            r"clue\b", "disparaging", "she hasn't got a clue", "she hasn't got a car"),
        Cue("grievance.no_idea_what_doing",
            r"\bno\s+idea\s+what\s+(?:she|he|they)" + APOS + r"(?:s|re|\s+is|\s+are)?\s+doing\b",
            "disparaging", "no idea what she's doing", "no idea what she's teaching"),
        Cue("grievance.cant_do_the_job",
            r"\bcan(?:" + APOS + r"t|not)\s+(?:even\s+)?(?:answer|explain|organise|organize|run|"
            r"mark|manage)\s+(?:a\s+single|anything|any|one|a\s+thing|a\s+rota|a\s+ward)\b",
            "disparaging", "can't answer a single question", "can't answer the phone"),
        Cue("grievance.cant_teach",
            r"\b(?:can" + APOS + r"t\s+teach|cannot\s+teach|couldn" + APOS + r"t\s+teach)\b",
            "disparaging", "he can't teach", "he can't come"),
        Cue("grievance.shouldnt_be_teaching",
            r"\bshouldn" + APOS + r"t\s+be\s+(?:teaching|allowed|a\s+\w+|in\s+charge|mentoring)\b",
            "disparaging", "she shouldn't be mentoring", "she shouldn't be long"),
        Cue("grievance.should_be_sacked",
            r"\b(?:should\s+be\s+(?:sacked|fired)|needs?\s+(?:to\s+be\s+)?(?:sacked|fired))\b",
            "disparaging", "he should be sacked", "he should be fine"),
        Cue("grievance.get_sacked", r"\bget\s+(?:her|him|them)\s+(?:sacked|fired)\b",
            "disparaging", "someone should get him sacked", "someone should get him a card"),
        Cue("grievance.has_it_in_for", r"\bhas\s+it\s+in\s+for\b", "disparaging",
            "she has it in for me", "she has it in her bag"),
        Cue("grievance.worst_staff",
            r"\bworst\s+(?:lecturer|mentor|tutor|teacher|manager|supervisor|marker)\b",
            "disparaging", "worst mentor ever", "worst shift ever"),
        Cue("grievance.f_them", r"\bf+u+c+k+(?:ing)?\s+(?:her|him|them|useless)\b",
            "disparaging", "fucking useless", "fucking freezing"),
        Cue("grievance.bad_at_job", r"\bso\s+bad\s+at\s+(?:her|his|their)\s+job\b",
            "disparaging", "he's so bad at his job", "he's so good at his job"),
    ),
)  # fmt: skip
# Insults strong enough that advice beside them does not excuse a grievance.
STRONG_INSULT = Cue(
    "grievance.strong_insult",
    r"\b(?:idiot|moron|cow|witch|bitch|cunt|twat|dickhead|prick|knob\w*|snake|vile|evil|"
    r"hate\s+(?:her|him|them))\b",
    "disparaging",
    example="she's a cow but raise it with the programme leader",
    counter_example="she's strict but raise it with the programme leader",
)

# Raising a concern the proper way. Suppresses a staff grievance unless it also insults.
CONSTRUCTIVE = CueSet(
    "constructive",
    (
        Cue("constructive.raise_it_with",
            r"\b(?:raise|take|bring|put)\s+(?:it|this|that|them|these|concerns?|the\s+issue|it\s+up|"
            r"this\s+up)\s+(?:up\s+)?(?:with|to)\b", "constructive",
            "maybe raise it with the programme leader", "maybe raise your hand"),
        Cue("constructive.speak_to", r"\b(?:speak|talk)\s+to\s+(?:the|your|our|her|him)\b",
            "constructive", "talk to your link tutor", "talk to me later"),
        Cue("constructive.ask_staff",
            r"\bask\s+(?:the|our|your|my|ur)\s+(?:module|programme|course|personal|link|practice|"
            r"placement)\b", "constructive", "maybe ask the module leader for a rubric",
            "maybe ask the group for a rubric"),
        Cue("constructive.email", r"\bemail\s+(?:the|your|our|her|him)\b", "constructive",
            "email the module leader", "email me the notes"),
        Cue("constructive.complain_formally",
            r"\b(?:complain\s+(?:to|formally)|formal\s+complaint)\b", "constructive",
            "we could complain formally", "we always complain about the canteen"),
        Cue("constructive.feedback_channel",
            r"\b(?:feedback\s+form|student\s+voice|(?:course|student)\s+rep|module\s+(?:evaluation|"
            r"survey))\b", "constructive",
            "put it in the module evaluation", "put it in the module handbook"),
        Cue("constructive.report_it_to", r"\breport\s+(?:it|this)\s+to\b", "constructive",
            "report it to the placement team", "report it later"),
        Cue("constructive.to_be_fair",
            r"\b(?:to\s+be\s+fair|tbf|in\s+fairness|harsh\s+but\s+fair|(?:which|that)" + APOS
            + r"?s?\s+(?:is\s+)?fair|fair\s+(?:enough|point))\b", "constructive",
            "harsh but fair", "harsh and unfair"),
        Cue("constructive.proper_channel",
            r"\b(?:appeal|through\s+the\s+proper|the\s+right\s+people)\b", "constructive",
            "go through the proper channels", "go through the car park"),
    ),
)  # fmt: skip

# Shaming someone publicly: posting, naming, exposing. Needs a person in view (checked by the
# caller), because "I'll post the photos on insta" is ordinary.
SHAMING = CueSet(
    "shaming",
    (
        Cue("shaming.post_online",
            r"\b(?:post|put|share|upload|screenshot|plaster|spread|leak|tweet|send)\w*\b[^.!?\n]"
            r"{0,50}?\b(?:on|to|all\s+over|onto)\s+(?:facebook|fb|insta(?:gram)?|twitter|tiktok|"
            r"reddit|snap(?:chat)?|linkedin|the\s+internet|social(?:\s+media)?|(?:the\s+)?(?:uni|"
            r"university)\s+(?:page|confessions)|x)\b", "public shaming",
            "let's post her marking on Facebook", "let's post the rota in the group"),
        Cue("shaming.name_and_shame", r"\bname\s+and\s+shame\b", "public shaming",
            "we should name and shame Dr Hughes", "we should name the baby"),
        Cue("shaming.expose", r"\bexpose\s+(?:her|him|them|" + STAFF_TITLE + r")",
            "public shaming", "time to expose him", "don't expose the wound"),
        Cue("shaming.one_star_review", r"\b(?:1|one)[\s-]star\s+review", "public shaming",
            "leave her a 1 star review", "leave a five star review"),
        Cue("shaming.make_viral", r"\bmake\s+(?:her|him|them)\s+(?:go\s+)?viral\b",
            "public shaming", "let's make her go viral", "let's make a viral video"),
        Cue("shaming.let_everyone_see",
            r"\blet\s+everyone\s+(?:see|know)\s+what\s+(?:she|he|they)" + APOS + r"(?:s|re)?\s+"
            r"(?:like|really\s+like)\b", "public shaming",
            "let everyone see what she's really like", "let everyone know what time"),
    ),
)  # fmt: skip
# The "post it online" cue needs something of a person's: their marking, emails, messages.
SHAMING_OBJECT = CueSet(
    "shaming_object",
    (
        Cue("shaming.object_person", r"\b(?:her|his|him|them|their)\b", "public shaming",
            "post his emails", "post the rota"),
        Cue("shaming.object_work",
            r"\b(?:marking|feedback|emails?|messages?|texts?|comments?|screenshots?)\b",
            "public shaming", "post the marking", "post the rota"),
    ),
)  # fmt: skip

# Posting something online shames a member only when it is theirs: "her messages", "his video".
SHAMING_PERSON = Cue(
    "shaming.their_things",
    r"\b(?:her|him|his)\b",
    "public shaming",
    example="let's post her messages all over insta",
    counter_example="parents post them on facebook anyway",
)
STRONG_SHAMING = frozenset(c.name for c in SHAMING.cues[1:])  # all but "post it online"


def staff_names_in(text: str) -> list[str]:
    """Names the text introduces as staff: "my mentor Julie" -> Julie, "Dr Hughes" -> Hughes."""
    return [m.group(1) for cue in (STAFF_NAME_INTRO, STAFF_TITLED) for m in cue.finditer(text)]


def learned_staff_pattern(names: set[str]) -> re.Pattern[str] | None:
    """One pattern for the staff names a chat uses (data of that chat, not a cue)."""
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")


CUES = (
    *STAFF_REF.cues, STAFF_NAME_INTRO, STAFF_TITLED, *STAFF_DISPARAGING.cues, STRONG_INSULT,
    *CONSTRUCTIVE.cues, *SHAMING.cues, *SHAMING_OBJECT.cues, SHAMING_PERSON,
)  # fmt: skip
