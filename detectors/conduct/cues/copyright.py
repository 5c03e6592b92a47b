"""Copyright cues (CND003): sharing or asking for pirated textbooks, paid course material,
paywalled articles and exam papers. Exam material (a leaked paper, this year's questions,
the answers) is its own group because it is medium, not low.

False positives are the university's own material ("pdf of the module handbook", "past
papers are on Blackboard"), the library and open access, and one's own notes: vetoes in
the patterns where they are part of the matched words, LEGITIMATE below otherwise."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet

_BOOK = r"(?:text\s?books?|books?|editions?|ed\.|workbooks?|revision\s+guides?|study\s+guides?)"
_UNI_OWN = (
    r"\b(?:handbook|slides?|timetable|rota|notes|lectures?|module|assignment|brief|rubric|"
    r"policy|form|template|powerpoint|ppt|worksheet|guidelines?|nice|leaflet|lesson|schedule|"
    r"presentation|reading\s+list|syllabus|minutes|poster|register|plan|blackboard|moodle|"
    r"canvas|teams|week|session|seminar|workshop|handout|week\s+\d+|day|nhs|who|gov)\b"
)
_PAID_SITES = (
    r"(?:chegg|course\s?hero|quizlet(?:\s+plus)?|osmosis|pastest|lecturio|amboss|kerboodle|"
    r"studocu|scribd|sketchy|passmed|uworld|geeky\s+medics|simple\s?nursing|brainscape|"
    r"picmonic|nursing\s+times|clinicalkey|medscape|bmj\s+learning|zero\s+to\s+finals|"
    r"teachmeanatomy\s+premium|complete\s+anatomy|kenhub|visible\s+body)"
)
# "the exam room", "photos of the exam hall": about the exam, not its contents.
_NOT_EXAM_PAPER = (
    r"(?!\s+(?:room|hall|timetable|results?|dates?|venue|board|office|seating|rules|times?))"
)
_EXAM = (
    r"(?:exams?|osces?|mcqs?|tests?|papers?|quiz(?:zes)?|drug\s+calcs?|finals?|summatives?|"
    r"questions|answers|stations?|scenarios?|mark\s+schemes?|answer\s+keys?)"
)

PIRACY = CueSet(
    "conduct.copyright",
    (
        Cue(
            "conduct.copyright.pirate_source",
            r"\b(?:lib\s?gen|library\s+genesis|z-?lib(?:rary)?|zlibrary|sci-?hub|anna['’]?s\s+"
            r"archive|pdf\s?drive|torrent(?:s|ed|ing)?|pirat(?:ed|e|es|ing)|piratebay|cracked\s+"
            r"(?:copy|version|pdf|app)|dodgy\s+(?:pdf|copy|link|site|download)|free\s+(?:pdf|"
            r"download|copy|epub|e-?book)s?\s+(?:of|for)|illegal\s+(?:pdf|copy|download)|"
            r"bootleg)\b",
            "pirated copy",
            "libgen has the whole thing",
            "the library has the whole thing",
        ),
        Cue(
            "conduct.copyright.pdf_of_book",
            r"\b(?:pdfs?|e-?books?|epubs?|scan(?:ned)?\s+cop(?:y|ies)|scans?|digital\s+cop(?:y|"
            r"ies))\s+(?:version\s+|copy\s+)?(?:of|for)\s+(?:the\s+|this\s+|that\s+|a\s+|our\s+)?"
            r"(?:[\w'’&]+\s+){0,4}?" + _BOOK + r"(?!\w)",
            "copy of a book",
            "anyone got a pdf of the anatomy textbook",
            "anyone got the anatomy textbook from the library",
            unless=_UNI_OWN,
        ),
        Cue(
            "conduct.copyright.book_pdf",
            r"\b" + _BOOK + r"\s+(?:as\s+a\s+|in\s+|on\s+)?(?:pdfs?|e-?books?|epubs?)\b",
            "copy of a book",
            "has anyone got the textbook pdf",
            "has anyone got the textbook",
        ),
        Cue(
            "conduct.copyright.title_pdf",
            r"(?:\b(?:pdf|PDF|epub|ebook|e-book)\s+(?:version\s+|copy\s+)?of\s+(?:the\s+)?"
            r"[A-Z][\w'’]+(?:\s+[A-Z&][\w'’]*){0,3}|\b[A-Z][a-z]+(?:['’]s)?(?:\s+(?:and|&)\s+"
            r"[A-Z][a-z]+)?\s+(?:pdf|PDF|epub)s?)\b",
            "copy of a book",
            "anyone got a pdf of the Marieb",
            "anyone got a pdf of the handout",
            flags=0,
            unless=r"(?i:" + _UNI_OWN + r")",
        ),
        Cue(
            "conduct.copyright.shared_login",
            r"\b(?:(?:share|sharing|shared|borrow|lend|use|using|give|send|got|have|split)\s+"
            r"(?:[\w'’]+\s+){0,2}?(?:login|log-?in|password|account|subscription|sub)\s+(?:for|to|"
            r"on)\s+(?:[\w'’]+\s+){0,1}?" + _PAID_SITES + r"|" + _PAID_SITES + r"\s+(?:login|"
            r"log-?in|password|account|subscription|premium|answers?|unlocks?|unlocked|"
            r"documents?))\b",
            "paid course material",
            "anyone got a chegg account I can use",
            "anyone got a library account I can use",
        ),
        Cue(
            "conduct.copyright.unlock",
            r"\b(?:unlock(?:ed|ing)?|unblur(?:red|ring)?|download(?:ed|ing)?)\s+(?:[\w'’]+\s+)"
            r"{0,2}?(?:" + _PAID_SITES + r"|paid\s+\w+|premium\s+\w+)\b",
            "paid course material",
            "can someone unlock this course hero doc",
            "can someone unlock the skills lab",
        ),
        Cue(
            "conduct.copyright.paid_material",
            r"\b(?:paid|premium|purchased|bought)\s+(?:for\s+)?(?:[\w'’]+\s+){0,2}?(?:course|"
            r"notes|pack|bundle|question\s+bank|qbank|revision\s+(?:course|notes|pack)|videos?|"
            r"lectures?|content|resources?|flashcards?|subscription)\b[^\n]{0,60}?\b(?:share|"
            r"sharing|send|sending|upload|uploading|uploaded|drop|dropping|dropped|post|posting|"
            r"split|link|zip|download|pass\s+(?:it\s+)?round|copy)\b",
            "paid course material",
            "I bought the pastest qbank, will share my login",
            "I bought the pastest qbank, it's great",
        ),
        Cue(
            "conduct.copyright.paywall",
            r"\b(?:pay\s?wall(?:ed|s)?|behind\s+a\s+paywall|paywall\s+(?:bypass|remover)|"
            r"12ft\.io|archive\.(?:ph|is|today))\b",
            "paywalled article",
            "anyone get past this paywall? need the pdf",
            "anyone get past this hallway",
        ),
        Cue(
            "conduct.copyright.scanned_whole",
            r"\b(?:scan(?:ned|ning)?|photocop(?:y|ied|ying)|photograph(?:ed)?|took\s+(?:photos|"
            r"pics|pictures)\s+of|snapped|uploaded|upload(?:ing)?)\s+(?:the\s+)?(?:whole|entire|"
            r"every\s+page\s+of\s+the|all\s+(?:of\s+)?the|full)\s+(?:text\s?book|book|edition|"
            r"module\s+pack|workbook|course|qbank|question\s+bank)\b",
            "copy of a book",
            "I scanned the whole textbook, want it?",
            "I read the whole textbook, want it?",
        ),
    ),
)
EXAM = CueSet(
    "conduct.exam_material",
    (
        Cue(
            "conduct.exam.leaked",
            r"\b(?:leak(?:ed|s|ing)?\s+(?:[\w'’]+\s+){0,3}?" + _EXAM + r"|(?:exam|paper|osce|"
            r"test|mcq|quiz|questions|answers)s?\s+(?:has\s+|have\s+|got\s+|been\s+)*leak(?:ed|s)?)"
            r"\b",
            "exam material",
            "the leaked exam is going round",
            "the leaked roof is going round",
        ),
        Cue(
            "conduct.exam.this_years",
            r"\b(?:this\s+year['’]?s|tomorrow['’]?s|next\s+week['’]?s|(?:mon|tues|wednes|thurs|"
            r"fri|satur|sun)day['’]?s|the\s+(?:upcoming|actual|real|live)|our\s+actual)\s+"
            r"(?:exam|paper|osce|mcq|test|quiz|drug\s+calc|final|summative)s?\s+(?:questions?|"
            r"papers?|answers?|stations?|scenarios?|q['’]?s)\b",
            "exam material",
            "got tomorrow's exam questions if anyone wants",
            "got tomorrow's exam timetable if anyone wants",
        ),
        Cue(
            "conduct.exam.answers",
            r"\b(?:the\s+)?(?:answers?|answer\s+key|mark\s+scheme|marking\s+scheme)\s+(?:to|for|"
            r"from)\s+(?:the\s+|this\s+|tomorrow['’]?s\s+|today['’]?s\s+|our\s+|friday['’]?s\s+"
            r"|next\s+week['’]?s\s+|the\s+real\s+|the\s+actual\s+)?(?:exam|osce|mcq|test|drug\s+"
            r"calc|final|summative|paper)s?\b",
            "exam material",
            "I've got the answers to the drug calc",
            "I've got the answers to the quiz on moodle",
        ),
        Cue(
            "conduct.exam.got_hold",
            r"\b(?:got\s+hold\s+of|get\s+hold\s+of|getting\s+hold\s+of|stole|nicked|"
            r"photographed|took\s+(?:a\s+)?(?:photos?|pics?|pictures?)\s+of|snapped|"
            r"screenshot(?:ted)?|copied)\s+(?:[\w'’]+\s+){0,2}?(?:exam|osce|mcq|test|paper|"
            r"questions|answers|mark\s+scheme|answer\s+key|stations)s?\b" + _NOT_EXAM_PAPER,
            "exam material",
            "someone got hold of the exam paper",
            "someone got hold of the exam room",
        ),
        Cue(
            "conduct.exam.photo_of",
            r"\b(?:photos?|pics?|pictures?|screenshots?|snaps?|screenies|copy|copies)\s+of\s+"
            r"(?:the\s+|this\s+|today['’]?s\s+|tomorrow['’]?s\s+|our\s+)?(?:actual\s+|real\s+)?"
            r"(?:exam|osce|mcq|test)(?:\s*(?:paper|questions|answers|stations))?s?\b"
            + _NOT_EXAM_PAPER,
            "exam material",
            "she's got photos of the exam paper",
            "she's got photos of the exam hall",
            unless=r"\b(?:hall|room|venue|timetable|results?|rules|date|dates|seating)\b",
        ),
    ),
)
# Legitimate routes: the library, open access, the university's own pages, one's own notes,
# released past papers. A message naming one of these is not flagged.
LEGITIMATE = Cue(
    "conduct.copyright_ok.legitimate",
    r"\b(?:library(?:['’]s)?\s+(?:link|access|has|have|catalogue|e-?books?|website|search|"
    r"loan|portal|app|login|account|version)|(?:use|try|through|via|from|check|borrow\s+it\s+"
    r"from)\s+the\s+(?:uni\s+)?library|(?:on|in)\s+the\s+(?:uni\s+)?library\s+(?:website|site|"
    r"app|catalogue|system|portal|search)|open[-\s]access|openly\s+available|freely\s+"
    r"available|free\s+(?:on|from)\s+(?:the\s+)?(?:nhs|nice|who|gov|pubmed\s+central|pmc)|"
    r"my\s+own\s+notes|i\s+(?:made|wrote)|(?:on|in)\s+(?:the\s+)?(?:blackboard|moodle|canvas|vle|"
    r"module\s+page|teams)|(?:lecturer|tutor|module\s+leader|uni|school)\s+(?:has\s+)?(?:posted|"
    r"uploaded|shared|sent|released|said\s+we\s+can)|legit(?:imately)?|legally|with\s+"
    r"permission|public\s+domain|past\s+papers?|practice\s+(?:papers?|questions|quiz|exam)|"
    r"mock\s+(?:exam|paper|osce|questions)|pubmed|google\s+scholar|athens|interlibrary|"
    r"(?:lecture|lecturer['’]s|module|seminar|session|week\s+\d+|today['’]s|thursday['’]s|"
    r"friday['’]s|monday['’]s|tuesday['’]s|wednesday['’]s)\s+(?:slides|recording|recordings|"
    r"notes|materials|handouts?)|(?:slides|recording)\s+from\s+(?:the\s+)?(?:lecture|today|"
    r"monday|tuesday|wednesday|thursday|friday|last\s+week|the\s+session))\b",
    "legitimate source",
    "here's the library link, it's free with your uni login",
    "here's the link, it's free",
)

# Material someone paid for or that is not meant to circulate. With SHARE_OR_ASK in the same
# message it is evidence on its own ("sharing the paid revision pack", "anyone got the pdf").
RESTRICTED = Cue(
    "conduct.copyright.restricted",
    r"\b(?:(?:paid|premium|purchased|licensed|subscription|private|bought|members['’]?\s+only)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:course|pack|packs|resources?|materials?|videos?|webinars?|"
    r"slides|notes|bank|qbank|question\s+bank|workbook|manual|kit|app|guide|module|content|"
    r"recordings?|lectures?|flashcards?|units?|stuff|ones?|version|site|platform|account|"
    r"subscription|questions|cpd|scheme|papers?|assessment\s+kit|tools?)|the\s+paid\s+ones?|"
    r"(?:text\s?books?|e-?books?)|(?:the\s+)?(?:pdf|epub)\s+(?:of|for|version)|cracked|apk|"
    r"unlocked|licen[cs]e\s+is|meant\s+to\s+(?:buy|pay)|(?:they|it)\s+charges?|"
    r"(?:not|weren['’]?t|wasn['’]?t)\s+(?:meant|supposed)\s+to\s+(?:get|have|see|"
    r"distribute|share)|told\s+us\s+not\s+to\s+(?:distribute|share)|£\s?\d+\s+(?:saved|"
    r"normally|each)|(?:exam|test|osce|mcq|quiz)\s+(?:papers?|questions|answers|stations)|"
    r"(?:marking|mark)\s+schemes?|answer\s+(?:booklet|key|sheet)s?|osce\s+stations|"
    r"(?:last|this)\s+year['’]?s\s+(?:exam|paper|test|osce|assignments?)|sats\s+papers|"
    r"(?:the\s+)?\d{4}\s+\w+\s+exam|(?:exam|paper|osce)\s+from\s+last\s+(?:year|"
    r"semester|term))",
    "restricted material",
    "sharing the paid revision pack here",
    "sharing the revision timetable here",
)
SHARE_OR_ASK = Cue(
    "conduct.copyright.share_or_ask",
    r"\b(?:shar(?:e|ed|ing)|send(?:ing)?|sent|drop(?:ped|ping)?|upload(?:ed|ing)?|post(?:ed|"
    r"ing)?|chuck(?:ed|ing)?|put(?:ting)?\s+(?:it|them)\s+(?:on|in)|(?:on|in)\s+(?:my|the|our)"
    r"\s+drive|dropbox|mega|telegram|google\s+drive|link\s+below|here['’]?s\s+the|here\s+it\s+"
    r"is|air\s?dropp?(?:ed|ing)?|zip(?:ped)?|dm\s+me|anyone\s+(?:got|have|has)|has\s+any"
    r"(?:one|body)\s+got|does\s+any(?:one|body)\s+have|who['’]?s\s+got|who\s+has|can\s+"
    r"(?:someone|anyone|somebody)\s+(?:send|get|dm|share)|pl(?:ea)?se?\s+send|pls\s+send|"
    r"floating\s+around|going\s+round|got\s+hold\s+of|found|selling|want\s+it|if\s+any"
    r"(?:one|body)\s+wants|enjoy|use\s+them|all\s+here|forward(?:ed|ing)?|screen\s?"
    r"(?:record(?:ed|ing)?|shot(?:ted)?)|photographed|photocop(?:y|ied)|scanned|recorded|"
    r"downloaded|need\s+it\s+free|for\s+free|split\s+(?:it|the\s+cost)|spread)\b",
    "shared or asked for",
    "anyone got the paid revision pack",
    "anyone liked the paid revision pack",
)
# Exam material raises a copyright finding to medium.
EXAM_WORDS = Cue(
    "conduct.copyright.exam_words",
    r"\b(?:exams?|osces?|stations|mcqs?|tests?|quiz(?:zes)?|drug\s+calcs?|marking\s+schemes?|"
    r"mark\s+schemes?|answers?|answer\s+(?:booklet|key|sheet)|sats|summatives?|finals?|"
    r"assessments?|questions)\b",
    "exam material",
    "the osce stations for thursday",
    "the skills lab for thursday",
)
# Copyright words without a cue's full pattern: partial evidence, for the classifier.
TOPIC = Cue(
    "conduct.copyright.topic",
    r"\b(?:pdfs?|e-?books?|epubs?|text\s?books?|editions?|logins?|paywall\w*|exam\s+"
    r"papers?|downloads?|scan(?:ned|s)?|copies|subscriptions?|answers|paid|premium|"
    r"recordings?|webinars?|cracked|licen[cs]e|marking\s+scheme|stations)\b",
    "copyright topic",
    "anyone have the pdf",
    "anyone have the time",
)

CUES = (*PIRACY.cues, *EXAM.cues, LEGITIMATE, RESTRICTED, SHARE_OR_ASK, EXAM_WORDS, TOPIC)
