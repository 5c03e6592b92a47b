"""Misinformation cues (CND002): a false public-health claim given as advice. Evidence is a
claim about a health intervention (vaccines, screening, treatments) or a remedy: advising
against it ("don't bother with the flu jab"), a harm claim ("the MMR causes autism"), a
miracle cure ("turmeric cures cancer") or conspiracy talk ("big pharma don't want you to
know"). The same words appear when students correct a myth, ask whether a claim is true,
report what a patient believes or weigh the evidence; those are read by the shared cues in
common.py (CORRECTION, ASKING, REPORTED_CLAIM) and by the two vetoes below.

Antibiotics are left out of "advising against" on purpose: "you don't need antibiotics for
a cold" is the public-health message, not against it."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet

VACCINE = (
    r"(?:vaccin\w*|vax+\w*|jabs?|mmr|boosters?|immuni[sz]\w*|hpv|flu\s+shots?|"
    r"(?:covid|flu|whooping\s+cough|rsv|shingles|measles)\s+(?:jab|vaccine|shot)s?)"
)
SCREENING = (
    r"(?:smears?(?:\s+tests?)?|screening|mammograms?|cervical\s+screening|bowel\s+screening|"
    r"breast\s+screening|heel\s+prick|smear\s+tests?|pap\s+smears?|check-?ups?)"
)
# Treatments a claim may advise against (no antibiotics: see the module note).
TREATMENT = (
    r"(?:chemo(?:therapy)?|radiotherapy|insulin|statins?|antidepressants?|ssris?|meds|"
    r"medication|medicines?|inhalers?|metformin|blood\s+pressure\s+(?:tablets|meds)|the\s+pill|"
    r"contraception|vitamin\s+k|fluoride|sun\s?screen|sun\s?cream|spf|epilepsy\s+meds|"
    r"treatment|calpol|paracetamol|ibuprofen|the\s+drugs)"
)
REMEDY = (
    r"(?:essential\s+oils?|turmeric|apple\s+cider\s+vinegar|acv|bicarb(?:onate)?(?:\s+of\s+"
    r"soda)?|baking\s+soda|lemon\s+water|garlic|honey|ginger|vitamin\s+[cd]|cannabis\s+oil|"
    r"cbd(?:\s+oil)?|homeopath\w*|colloidal\s+silver|bleach|mms|chlorine\s+dioxide|"
    r"ivermectin|hydroxychloroquine|juic(?:e|es|ing)|(?:water\s+)?fasting|keto|alkaline\s+"
    r"(?:water|diet)|raw\s+(?:milk|vegan|food)|detox\w*|herbal\s+\w+|herbs|crystals|reiki|"
    r"coffee\s+enemas?|manuka|oregano\s+oil|black\s+seed\s+oil|sea\s+moss|natural\s+"
    r"(?:remed\w+|cures?|immunity)|breast\s*milk|cold\s+water\s+(?:swimming|therapy)|"
    r"magnesium|zinc|elderberry|echinacea|colostrum|chiropract\w+|acupuncture|prayer)"
)
DISEASE = (
    r"(?:cancer|tumou?rs?|diabetes|autism|adhd|covid|coronavirus|dementia|alzheimer['’]?s|hiv|"
    r"aids|ms|arthritis|infections?|sepsis|depression|anxiety|asthma|epilepsy|eczema|"
    r"measles|flu|utis?|anything|everything|most\s+things|all\s+sorts|the\s+lot|it\s+all)"
)
_TOPIC = VACCINE + "|" + SCREENING + "|" + TREATMENT
_QUALIFIER = (
    r"(?:(?:flu|covid(?:-19)?|mmr|hpv|whooping\s+cough|rsv|shingles|smear|cervical|breast|"
    r"bowel|baby['’]?s?|kids['’]?|child(?:ren)?['’]?s?|nhs|annual|routine|second|third|new|"
    r"yearly|free|stupid|bloody)\s+){0,2}"
)
_DET_WORD = r"(?:the|your|a|any|their|them|her|his|that|these|those|this|ur|my)\s+"
_DET = r"(?:" + _DET_WORD + r")?"
_NOT_BETWEEN = (
    r"\b(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not|never|not|no|didn['’]?t|won['’]?t|"
    r"can['’]?t|cannot|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|hasn['’]?t|haven['’]?t)\b"
)

CLAIM = CueSet(
    "conduct.misinformation",
    (
        Cue(
            "conduct.misinfo.advise_against",
            r"\b(?:don['’]?t|dont|do\s+not|never|no\s+need\s+to|no\s+point(?:\s+in)?|not\s+worth|"
            r"shouldn['’]?t|should\s+not|wouldn['’]?t|would\s+not|refuse\s+to|say\s+no\s+to|"
            r"(?<!n['’]t\s)(?<!not\s)(?<!never\s)(?<!no\s)(?:skip|skipping|avoid|stop|"
            r"ditch|bin\s+off|opt(?:ed|ing)?\s+out\s+of))\s+(?:(?:even|ever|really|honestly|"
            r"actually|bother(?:ing)?(?:\s+with)?)\s+)?(?:(?:get|getting|have|having|take|"
            r"taking|give|giving|let(?:ting)?\s+(?:them|him|her|your\s+\w+|the\s+\w+)\s+"
            r"(?:have|get)|book(?:ing)?|go(?:ing)?\s+for|using|use|put(?:ting)?\s+on|wear(?:ing)?"
            r")\s+)?(?:"
            + _DET_WORD
            + r"(?:[\w'’-]+\s+){0,2}?)?"
            + _QUALIFIER
            + r"(?:"
            + _TOPIC
            + r")\b",
            "advice against",
            "honestly don't bother with the flu jab",
            "don't forget to book your flu jab",
        ),
        Cue(
            "conduct.misinfo.harm_claim",
            r"\b(?:" + _TOPIC + r")(?:['’]s)?(?:\s+[\w'’]+){0,3}?\s+(?:cause[sd]?|causing|gives?\s+"
            r"(?:you|kids|children|babies|people|women|them)|g[ai]ve\s+(?:him|her|them)|"
            r"leads?\s+to|linked\s+to|(?:are|is|r)\s+(?:literally\s+|basically\s+|just\s+|"
            r"actually\s+|pure\s+)?(?:poison(?:ous)?|toxic|dangerous|unsafe|a\s+scam|pointless|"
            r"useless|a\s+con|experimental|killing|worse|a\s+waste|a\s+money\s+maker|not\s+worth"
            r"\s+the\s+risk)|full\s+of|contains?\s+(?:a\s+|an\s+)?(?:mercury|aluminium|tracking|microchips?|chips?|foetal|fetal|toxins|poison)|"
            r"changes?\s+(?:your|ur)\s+dna|alters?\s+(?:your\s+)?dna|mak(?:e|es)\s+(?:you|people|"
            r"women|kids|babies)\s+(?:ill|infertile|sick|sterile|autistic)|do(?:es)?\s+more\s+"
            r"harm|shed(?:ding)?|sterili[sz]\w+|infertil\w+|damag\w+|weaken\w*|destroys?|"
            r"kill(?:s|ed)?\s+(?:more|people|babies|kids)|overloads?|g[ai]ve\s+(?:my\s+|her\s+|"
            r"his\s+)?[\w'’]+\s+(?:a\s+)?(?:stroke|cancer|autism|seizures?|clots?|heart\s+attack))",
            "harm claim",
            "the MMR literally causes autism",
            "the MMR protects against measles",
            unless=_NOT_BETWEEN,
        ),
        Cue(
            "conduct.misinfo.doesnt_work",
            r"\b(?:" + VACCINE + r"|" + SCREENING + r"|chemo(?:therapy)?|statins?|"
            r"antidepressants?|insulin|sun\s?screen|sun\s?cream)\s+(?:[\w'’]+\s+){0,2}?"
            r"(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not|never)\s+(?:even\s+|actually\s+|"
            r"really\s+)?(?:work|help|do\s+anything|protect|prevent)\b",
            "harm claim",
            "flu jabs don't even work",
            "flu jabs work",
        ),
        Cue(
            "conduct.misinfo.no_need",
            r"\b(?:you|u|babies|kids|children|people|we|women|men|they|she|he)\s+(?:don['’]?t|"
            r"do\s+not|never|doesn['’]?t)\s+(?:really\s+|even\s+|actually\s+)?need\s+(?:to\s+"
            r"(?:have|get|take|use|wear|bother\s+with)\s+)?"
            + _DET
            + _QUALIFIER
            + r"(?:"
            + _TOPIC
            + r")\b",
            "advice against",
            "babies don't need the vitamin k jab",
            "babies do need the vitamin k jab",
        ),
        Cue(
            "conduct.misinfo.miracle_cure",
            r"\b" + REMEDY + r"(?:\s+[\w'’]+){0,6}?\s+(?:cures?|cured|curing|reverses?|"
            r"reversed|heals?|healed|gets?\s+rid\s+of|got\s+rid\s+of|kills?|fix(?:es|ed)?|"
            r"prevents?|beats?|shrinks?|shrank|clears?\s+up|(?:works?|worked)\s+better\s+than|"
            r"better\s+than|instead\s+of|replaces?|same\s+as|as\s+good\s+as|more\s+effective\s+"
            r"than|does\s+the\s+same\s+(?:job\s+)?as|no\s+need\s+for)\b",
            "miracle cure",
            "turmeric literally cures cancer",
            "turmeric literally tastes of nothing",
            unless=_NOT_BETWEEN,
        ),
        Cue(
            "conduct.misinfo.cured_with",
            r"\b(?:cure[sd]?|cures|curing|reverse[sd]?|heal(?:ed|s)?|treat(?:ed|s)?|fix(?:ed|es)?"
            r"|got\s+rid\s+of|beat)\s+(?:(?:your|my|her|his|their|the|a)\s+)?(?:[\w'’]+\s+)?"
            + DISEASE
            + r"\s+(?:with|using|by|through|just\s+with|on)\s+(?:[\w'’]+\s+){0,2}?"
            + REMEDY
            + r"\b",
            "miracle cure",
            "my aunt cured her cancer with juicing",
            "my aunt treated her cancer with chemo",
        ),
        Cue(
            "conduct.misinfo.instead_of_treatment",
            r"\b(?:instead\s+of|rather\s+than|better\s+than|no\s+need\s+for|swap(?:ped)?\s+"
            r"(?:her|his|your|their|the)\s+\w+\s+for)\s+(?:the\s+|your\s+|her\s+|his\s+|their\s+)?"
            + _QUALIFIER
            + r"(?:"
            + _TOPIC
            + r"|antibiotics)\b",
            "miracle cure",
            "use manuka honey instead of antibiotics",
            "use the ward honey instead of sugar",
        ),
        Cue(
            "conduct.misinfo.autism_link",
            r"\b(?:cause[sd]?|causing|gives?\s+(?:kids|children|babies|them)|linked\s+to|"
            r"leads?\s+to|led\s+to|triggers?|triggered)\s+(?:(?:kids|children|babies|him|her|"
            r"them|people)\s+)?autism\b",
            "harm claim",
            "tylenol in pregnancy causes autism",
            "nobody knows what autism is like",
            unless=_NOT_BETWEEN,
        ),
        Cue(
            "conduct.misinfo.conspiracy",
            r"\b(?:big\s+pharma|they\s+don['’]?t\s+want\s+(?:you|us|people)\s+to\s+know|"
            r"plandemic|scamdemic|do\s+(?:your|ur)\s+own\s+research|sheeple|wake\s+up\s+people|"
            r"depopulation|5g\s+(?:causes?|spreads?|gave)|the\s+truth\s+about\s+(?:vaccines|"
            r"jabs|the\s+jab|chemo|statins|fluoride|cancer)|(?:government|nhs|doctors|they)\s+"
            r"(?:are\s+|is\s+)?(?:hiding|covering\s+up|lying\s+about)\s+(?:the\s+)?(?:cure|"
            r"side\s+effects|truth|deaths)|natural\s+immunity\s+is\s+(?:better|stronger)|"
            r"pharma\s+shills?|(?:cancer|the)\s+cure\s+(?:is\s+)?(?:being\s+)?(?:hidden|"
            r"suppressed))\b",
            "conspiracy",
            "big pharma don't want you to know this",
            "big pharmacy queues today",
        ),
        Cue(
            "conduct.misinfo.antibiotics_for_virus",
            r"\b(?:take|get|ask\s+(?:for|(?:your|the)\s+gp\s+for)|give|need|push\s+for|demand)"
            r"\s+(?:some\s+|them\s+|her\s+|him\s+)?antibiotics\s+(?:for|to\s+(?:clear|shift|"
            r"get\s+rid\s+of|sort))\s+(?:a\s+|the\s+|your\s+|that\s+|their\s+)?(?:cold|flu|"
            r"virus|covid|sore\s+throat|cough|viral\s+\w+)\b",
            "false treatment claim",
            "just ask your GP for antibiotics for a cold",
            "just ask your GP for advice about a cold",
        ),
    ),
)
# Health words a claim may be about, without a claim: partial evidence, for the classifier.
TOPIC = Cue(
    "conduct.misinfo.topic",
    r"\b(?:" + VACCINE + r"|" + SCREENING + r"|" + REMEDY + r"|antibiotics|chemo(?:therapy)?|"
    r"statins|cures?|cured|miracle|natural\s+remed\w+|side\s+effects|immune\s+system|toxins|"
    r"injections?|scans?|ultrasound|x-?rays?|ct|mri|epidurals?|induction|anti-?d|ecv|"
    r"contracepti\w+|condoms?|implant|coil|stis?|chlamydia|hep\s?[abc]|hiv|masks?|fluoride|"
    r"naloxone|inhalers?|insulin|surgery|operation|a\s*&\s*e|gp|doctor|clinic|medicine|"
    r"medication|meds|tablets?|pills?|dose|overdose|burns?|fitting|seizures?|teething|colic|"
    r"reflux|autism|adhd|cancer|diabetes|asthma|covid|flu|measles|dementia|dyslexia|"
    r"kidney\s+stones?|breech|labour|pregnan\w+|breast\s?feeding|formula|formula\s+fed|"
    r"seatbelts?|glasses|stretching|steroids|paracetamol|ibuprofen|calpol|vitamins?|"
    r"supplements?|diet|detox|iq|treatments?|therapy|physio|osteopath\w*|chiro\w*|"
    r"kinesiology|homeopath\w*|5g|chemtrails|long\s+covid)\b",
    "health topic",
    "what do you think about the flu jab",
    "what do you think about the essay",
)
# Advice to others: the claim is passed on as what to do.
ADVICE = Cue(
    "conduct.misinfo.advice_to_others",
    # not in the passive ("she's just been told her cancer's back"): news, not advice
    r"\b(?<!been\s)(?<!was\s)(?<!were\s)(?<!being\s)(?<!get\s)(?<!got\s)(?:tell(?:ing)?|told|advis(?:e|ed|ing)|recommend(?:ed|ing)?|refer(?:red|ring)?|i['’]?d\s+"
    r"refer|we\s+should\s+be\s+telling|i\s+tell)\s+(?:(?:your|ur|the|all|every|my|our|any|"
    r"all\s+the|them|her|him)\s+)?(?:patients?|mums?|moms?|women|woman|parents?|families|"
    r"people|everyone|anyone|mates|lads|girls|friends|service\s+users?|clients?|grandparents|"
    r"kids|newborns?|them|her|him|the\s+\w+)\b|\b(?:don['’]?t|dont|never)\s+let\s+(?:your|"
    r"ur|the|their)\s+(?:kids|baby|babies|children|child|son|daughter)\b|\b(?:swear\s+by|"
    r"works\s+every\s+time|the\s+best\s+thing\s+for|(?:totally|completely|perfectly|"
    r"100%)\s+safe|goes\s+away\s+on\s+its\s+own|no\s+need\s+(?:for|to\s+(?:go|see|have|"
    r"take|get|bother|use|wear))|(?:you|u|babies|kids|women|people)\s+(?:don['’]?t|dont|"
    r"never)\s+need|switch\s+to|just\s+(?:put|use|give|take|rub)|avoid\s+(?:it|them)|"
    r"skip\s+(?:it|them)|refuse\s+(?:it|them|scans|the)|stop\s+(?:taking|using|wearing|"
    r"giving|eating)|i['’]?ve\s+seen\s+it\s+(?:happen|work)|trust\s+me|i\s+tell\s+(?:every|"
    r"all|the|my)\w*|(?:telling|told)\s+my\s+\w+|recommend(?:ing)?\s+it|told\s+(?:her|him|"
    r"them)\s+to\s+(?:try|stop|skip|avoid)|stock\s+up|(?:parents|mums|people|families|you)\s+"
    r"(?:should|need\s+to|must)\s+(?:say\s+no|stop|avoid|refuse|skip|switch)|don['’]?t\s+let\s+"
    r"them\s+(?:pressure|push|bully)|said\s+as\s+much|spread\s+the\s+word|wake\s+up|"
    r"(?:stopped|stop|won['’]?t\s+be|not)\s+letting\s+(?:my|the|our|your)\s+\w+)\b",
    "advice to others",
    "tell your mums not to bother with it",
    "tell your mentor you're running late",
)
# What the advice claims a thing does: cures, prevents, causes harm, is unnecessary.
EFFECT = Cue(
    "conduct.misinfo.effect",
    r"\b(?:cures?|cured|heals?|healed|fix(?:es|ed)?|regrows?|reverses?|prevents?|flush(?:es)?"
    r"\s+out|detox(?:es)?|turns?\s+a|causes?|caused|causing|linked\s+to|gives?\s+(?:you|kids|"
    r"babies|them)|makes?\s+(?:you|kids|babies|them)|damag\w+|lowers?|poison\w*|toxic|"
    r"dangerous|unnecessary|a\s+scam|a\s+waste\s+of\s+time|pointless|useless|paralys\w+|"
    r"infertil\w+|spreads?|feeds?|brain\s+damage|hypoxia|autism|not\s+tested|made\s+from|"
    r"(?:is|are)\s+(?:way\s+)?(?:healthier|better|safer)|the\s+only\s+safe|no\s+need|"
    r"don['’]?t\s+need|goes\s+away|go\s+away|will\s+go\s+away|come\s+round|stops?\s+\w+|"
    r"protects?\s+(?:you\s+)?(?:from|against)\s+(?:everything|all))\b",
    "claimed effect",
    "it cures everything",
    "it tastes of everything",
)
# Vetoes: real contraindications and eligibility ("don't have the MMR if you're pregnant",
# "you don't need a smear until 25") are the public-health message itself.
CLINICAL_CAVEAT = Cue(
    "conduct.misinfo_ok.caveat",
    r"\b(?:(?:if|when|unless)\s+(?:you['’]?re|you\s+are|she['’]?s|she\s+is|they['’]?re|"
    r"they\s+are|he['’]?s|he\s+is|your\s+\w+\s+is)\s+(?:pregnant|allergic|"
    r"immuno\s?compromised|immuno\s?suppressed|on\s+chemo|unwell|poorly|febrile)|might\s+help|"
    r"may\s+help|can\s+help|some\s+types|in\s+some\s+cases|if\s+(?:it['’]?s\s+)?severe|"
    r"(?:see|speak\s+to|ask|check\s+with)\s+(?:a|your|the)\s+(?:gp|doctor|pharmacist|midwife|"
    r"nurse)|go\s+to\s+a\s*&\s*e|seek\s+(?:medical\s+)?(?:advice|help)|allergic\s+"
    r"to|contra-?indicat\w+|anaphyla\w+|live\s+vaccine|not\s+eligible|(?:until|till|under|"
    r"before)\s+(?:you['’]?re\s+|age\s+)?\d{2}\b|under\s?\d{2}s)",
    "clinical caveat",
    "don't have the MMR if you're pregnant, it's a live vaccine",
    "don't have the MMR in pregnancy, it's poison",
)
# Agreeing with a claim one reports ("... and tbh she's got a point"): no longer only reported.
ENDORSED = Cue(
    "conduct.misinfo.endorsed",
    r"\b(?:(?:she|he|they)['’]?(?:s|ve)?\s+(?:got|has|have)\s+a\s+point|(?:she|he)['’]?s\s+"
    r"(?:so\s+|totally\s+|actually\s+)?right|they['’]?re\s+(?:so\s+|totally\s+|actually\s+)?"
    r"right|i\s+(?:totally\s+|actually\s+|kinda\s+)?agree|makes?\s+sense|fair\s+point|"
    r"(?:she|he)\s+(?:is|was)\s+right)\b",
    "endorsed",
    "she says they're a scam and tbh she's got a point",
    "she says they're a scam but she's wrong",
)

# Telling someone off for spreading a claim: "you can't be telling parents that", "please
# don't tell people to skip smears".
REBUKE = Cue(
    "conduct.misinfo_ok.rebuke",
    r"\b(?:(?:you|u)\s+(?:can['’]?t|cannot|shouldn['’]?t|should\s+not)\s+(?:be\s+)?(?:tell|"
    r"telling|say|saying|post|posting|shar(?:e|ing)|spread(?:ing)?)|(?:please\s+)?(?:don['’]?t|"
    r"dont|do\s+not)\s+(?:tell|telling|say|saying|spread|spreading|shar(?:e|ing)|post(?:ing)?)\s+"
    r"(?!any(?:one|body)\b)(?:people|patients|parents|mums|women|that|this|them|families|"
    r"anyone\s+that))",
    "rebuke",
    "dont tell people to skip smears please",
    "dont tell anyone but skip smears",
)
# A claim someone else made, reported: a reporting verb whose subject is not the writer.
REPORTING_VERB = Cue(
    "conduct.reported.verb",
    r"\b(?:said|says|saying|think|thinks|thought|believe|believes|believed|claim|claims|"
    r"claimed|claiming|reckons?|insists?|insisted|swears?|told\s+(?:me|us|her|him)|convinced|"
    r"going\s+on\s+about|posted|shared)\b",
    "reported",
    "someone in my family group said statins are poison",
    "statins are poison",
)

# The writer's own stance against a treatment ("so I'm not having it", "no way I'm letting my
# kids have it"): a reported claim the writer acts on is passed on, not just reported.
STANCE = Cue(
    "conduct.misinfo.stance",
    r"\b(?:(?:i['’]?m|im|i\s+am)\s+not\s+(?:having|getting|taking|giving|letting)|i\s+"
    r"(?:refuse|refused|won['’]?t|will\s+never|would\s+never|never\s+(?:had|have|let|will))|"
    r"no\s+way\s+(?:i['’]?m|im|am\s+i)|not\s+for\s+me|i['’]?d\s+never)\b",
    "stance",
    "my mum said it gave her flu so I'm not having it",
    "my mum said it gave her flu so I'm having it early",
)

# Pro-health advice: with no claim against it, the classifier's topic score is about the
# public-health message itself ("smears literally save lives, book it").
PRO_HEALTH = Cue(
    "conduct.misinfo_ok.pro_health",
    r"\b(?:saves?\s+lives|literally\s+sav\w+|(?:is|are|it['’]?s|they['’]?re)\s+(?:really\s+|"
    r"totally\s+|completely\s+|perfectly\s+)?safe|book\s+(?:it|one|in|yours|your)|get\s+(?:it|"
    r"yours|your\s+\w+)\s+(?:done|booked)|please\s+(?:get|book|go|have)|go\s+and\s+get|"
    r"(?:don['’]?t|never)\s+(?:miss|skip|put\s+off|delay)|worth\s+(?:getting|having|it))\b",
    "pro-health advice",
    "smears literally save lives, please tell her to book it",
    "smears are a scam, please tell her to skip it",
)

CUES = (
    PRO_HEALTH,
    *CLAIM.cues,
    TOPIC,
    ADVICE,
    EFFECT,
    CLINICAL_CAVEAT,
    ENDORSED,
    REBUKE,
    REPORTING_VERB,
    STANCE,
)
