"""Defamation cues (CND005): stating as fact that an identifiable person did something
wrong: theft, being drunk or high at work, abusing or neglecting someone in their care,
fraud, falsified records and cover-ups, an affair or sexual misconduct, cheating, a criminal
past. The person is found in code (detectors/conduct/text.py): a name (capitalised, or found
by the entities scorer, or a lower-case name opening the clause), a title and surname, a
role or a described person ("the band 6 on nights", "the nursing associate on 7b"), or
"she/he" when someone was named just before. About oneself ("I nicked a pen lol") is not
defamation; a worry raised properly ("I'm worried about X, I'm going to talk to my PEF")
is read by the shared HEDGE and PROPER_CHANNEL cues.

False positives: petty "theft" among friends ("she stole my chips", "stole my heart") is
vetoed (PETTY); "restrained" and "sedated" alone are clinical words and are left out."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet

_IN_CARE = (
    r"(?:patients?|residents?|clients?|service\s+users?|kids?|children|pupils?|old\s+(?:dears|"
    r"ladies|men|people|folk)|elderly|the\s+(?:boy|girl|lad|child|kid|baby|woman|man|lady|"
    r"gentleman)|a\s+(?:boy|girl|lad|child|kid|baby|resident|patient|pupil|woman|man|student)|"
    r"babies|year\s?\d+s?|y\d+s?|vulnerable\s+\w+|women|"
    r"(?:dementia|ward|care\s+home)\s+\w+)"
)
_DRUGS = (
    r"(?:meds|medication|drugs|controlled\s+drugs?|cds?|morphine|oramorph|diazepam|fentanyl|"
    r"oxy\w*|codeine|tramadol|midazolam|ketamine|opioids?|pain\s?killers|lorazepam|"
    r"zopiclone|gabapentin|pregabalin|coke|cocaine|weed|adderall|steroids|pills|gear|xanax)"
)
# Petty "wrongdoing" among friends: not defamation.
PETTY = (
    r"\b(?:my|our|your|ur)\s+(?:pens?|pencils?|pencil\s+case|chips|snacks?|food|lunch|seat|"
    r"charger|hoodie|jokes?|idea|spot|parking|thunder|heart|man|boyfriend|girlfriend|crisps|"
    r"biscuits|chocolate|sweets|milk|mug|highlighters?|notes)\b|\b(?:the\s+)?(?:show|limelight)\b"
)
WRONGDOING = CueSet(
    "conduct.wrongdoing",
    (
        Cue(
            "conduct.wrong.theft",
            r"\b(?:steal(?:s|ing)?|stole|stolen|nick(?:s|ed|ing)|pinch(?:es|ed|ing)|swip(?:es|ed|"
            r"ing)|pocket(?:s|ed|ing)|embezzl\w+|skim(?:s|med|ming)|siphon(?:s|ed|ing)?|"
            r"help(?:s|ed|ing)?\s+(?:him|her|them)sel(?:f|ves)\s+to|thiev(?:ing|es)|thief|"
            r"tak(?:es|ing)|took)\s+(?:[\w'’]+\s+){0,5}?(?:from|off|out\s+(?:of|the))\s+"
            r"(?:the\s+|a\s+|her\s+|his\s+|their\s+)?(?:[\w'’]+\s+){0,2}?(?:"
            + _IN_CARE
            + r"|ward|home|school|charity|tills?|petty\s+cash|trust|families|drug\s+cupboard|"
            r"cd\s+cupboard|stock|budget|tuck\s+shop|fundraiser|collection|donations?|tin|"
            r"office|purses?|wallets?)\b|\b(?:steal(?:s|ing)?|stole|stolen|nick(?:s|ed|ing)|"
            r"pinch(?:es|ed|ing)|pocket(?:s|ed|ing)|embezzl\w+)\b(?!\s+(?:my|our|your|ur|his|her)\s+"
            r"(?:pens?|pencils?|pencil\s+case|chips|snacks?|food|lunch|seat|charger|hoodie|jokes?|"
            r"idea|spot|parking|thunder|heart|man|boyfriend|girlfriend|crisps|biscuits|chocolate|"
            r"sweets|milk|mug|highlighters?|notes)\b)",
            "theft",
            "Karen nicks money from the residents' purses on nights",
            "Karen buys money-off coupons on nights",
            unless=PETTY,
        ),
        Cue(
            "conduct.wrong.is_a",
            r"\b(?:is|was|'s|are|were|he['’]s|she['’]s)\s+(?:a\s+|an\s+|such\s+a\s+|basically\s+a\s+|"
            r"literally\s+a\s+|definitely\s+a\s+)?(?:thief|thieves|fraudster|crook|junkie|"
            r"alcoholic|abuser|paedo|nonce|predator|drug\s+addict|druggie|cokehead|embezzler|"
            r"plagiarist|drink\s+driver|dealer|benefit\s+cheat|pervert|liar\s+and\s+a\s+cheat|"
            r"on\s+the\s+fiddle|on\s+the\s+take|on\s+(?:coke|drugs|the\s+gear))\b",
            "wrongdoing",
            "the deputy head is an alcoholic",
            "the deputy head is an angel",
        ),
        Cue(
            "conduct.wrong.impaired_at_work",
            r"\b(?:(?:drunk|hammered|pissed|smashed|wasted|stoned|off\s+(?:his|her|"
            r"their)\s+(?:face|head|tits)|on\s+(?:coke|drugs|something|gear|the\s+gear)|under\s+"
            r"the\s+influence|smell(?:s|ed|ing)?\s+(?:of|like)\s+(?:booze|alcohol|drink|weed|wine|"
            r"vodka|beer|gin)|reek(?:s|ed|ing)?\s+of\s+(?:booze|alcohol|drink|weed|wine|vodka|"
            r"beer|gin)|st[ai]nk\s+of\s+(?:booze|alcohol|drink|weed)|still\s+drunk)\s+(?:[\w'’]+\s+){0,4}?(?:at\s+work|on\s+shift|on\s+"
            r"(?:the\s+)?(?:ward|job|nights|days|duty|lates|earlies|visit|placement\s+visit)|in\s+"
            r"(?:school|class|work|the\s+classroom|clinic|theatre|handover|supervision|the\s+"
            r"office)|at\s+(?:placement|school|the\s+hospital|handover|the\s+graduation)|during\s+"
            r"(?:the\s+)?(?:shift|lesson|handover|day|clinic|visit|home\s+visit)|to\s+work|to\s+"
            r"(?:his|her|their)\s+shift|every\s+(?:shift|day|morning|monday))|(?:comes?|came|"
            r"turn(?:s|ed)?\s+up|rolls?\s+in|rock(?:s|ed)?\s+up|shows?\s+up|showed\s+up|arrives?|"
            r"arrived)\s+(?:in\s+|into\s+\w+\s+|to\s+(?:work|nights|shift|school|placement|the\s+"
            r"ward|clinic)\s+|on\s+shift\s+|for\s+(?:his|her|their)\s+shift\s+)?(?:drunk|"
            r"stoned|pissed|smashed|wasted|off\s+(?:his|her)\s+face|stinking\s+of\s+\w+)|"
            r"(?:vodka|wine|gin|beer|booze|alcohol|a\s+(?:hip\s+)?flask|cans|spirits)\s+"
            r"(?:[\w'’]+\s+){0,4}?(?:on\s+shift|at\s+work|in\s+(?:her|his|their)\s+(?:locker|bag|"
            r"water\s+bottle|desk|drawer|car)))\b",
            "impaired at work",
            "Sister Daly is drunk on shift half the time",
            "Sister Daly is tired on shift half the time",
            # a staff party or night out is not work
            unless=r"\b(?:party|night\s+out|do|social|christmas|xmas|leaving|after\s+work|pub|"
            r"bar|club|drinks|celebrat\w+|ball)\b",
        ),
        Cue(
            "conduct.wrong.abuse",
            r"\b(?:hit(?:s|ting)?|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|hurt(?:s|ing)?|"
            r"push(?:es|ed|ing)|shov(?:es|ed|ing)|kick(?:s|ed|ing)|punch(?:es|ed|ing)|"
            r"grab(?:s|bed|bing)|drag(?:s|ged|ging)|beat(?:s|ing)?|rough\s+with|manhandl(?:es|ed|"
            r"ing)|abus(?:es|ed|ing)|neglect(?:s|ed|ing)|scream(?:s|ed|ing)\s+at|shout(?:s|ed|ing)"
            r"\s+at|swear(?:s|ing)?\s+at|swore\s+at|humiliat(?:es|ed|ing)|force[-\s]?f(?:eeds?|ed)|"
            r"taunt(?:s|ed|ing)|bull(?:ies|ied|ying)|lock(?:s|ed|ing)|harass(?:es|ed|ing)|"
            r"touch(?:es|ed|ing)|ignor(?:es|ed|ing)\s+(?:the\s+)?(?:call\s+bells?|buzzers?)|"
            r"(?:gives?|gave|giving)\s+(?:the\s+)?\w+\s+(?:extra\s+)?(?:sedation|meds|"
            r"medication)|left\s+(?:a|the|an)\s+(?:[\w'’]+\s+)?(?:baby|child|kid|patient|resident|"
            r"pupil|man|woman|lady|gentleman)\s+(?:unattended|alone|on\s+the\s+floor|lying|sat|"
            r"sitting|in\s+(?:their|his|her)\s+own|for\s+\d+|soaking|without)|"
            r"leav(?:es|ing)\s+(?:[\w'’]+\s+){0,2}?(?:in\s+(?:soiled|wet|dirty)|soaking|lying\s+"
            r"in))\s+(?:[\w'’]+\s+){0,3}?" + _IN_CARE + r"\b",
            "abuse or neglect",
            "Mr Price hits the kids in his class",
            "Mr Price teaches the kids in his class",
        ),
        Cue(
            "conduct.wrong.falsified",
            r"\b(?:fak(?:es|ed|ing)|falsif(?:y|ies|ied|ying)|forg(?:es|ed|ing)|fabricat(?:es|ed|"
            r"ing)|made\s+up|mak(?:es|ing)\s+up|fudg(?:es|ed|ing)|back-?dat(?:es|ed|ing)|"
            r"doctor(?:s|ed|ing)|fiddl(?:es|ed|ing)|rig(?:s|ged|ging)|cook(?:s|ed|ing)|"
            r"chang(?:es|ed|ing)|alter(?:s|ed|ing)|delet(?:es|ed|ing)|shred(?:s|ded|ding)|"
            r"destroy(?:s|ed|ing)|hid(?:es|ing)?|lied\s+(?:in|on|about)|lies\s+(?:in|on|about)|"
            r"lying\s+(?:in|on|about)|sign(?:s|ed|ing)\s+off)\s+(?:[\w'’]+\s+){0,3}?(?:obs|"
            r"observations|notes|records|timesheets?|hours|signatures?|paperwork|charts?|results|"
            r"data|mileage|expenses|figures|sign[-\s]?offs?|competenc(?:y|ies)|mar\s+charts?|"
            r"drug\s+charts?|fluid\s+charts?|care\s+plans?|registers?|attendance|marks?|grades?|"
            r"references?|qualifications?|dbs(?:\s+form)?|sick\s+notes?|documentation|the\s+books|"
            r"logs|survey|rota|statement|assessment|report|sats|training|portfolio|caseload|"
            r"forms?|application|cv|the\s+incident|the\s+fall|a\s+death|exclusions)\b",
            "falsified records",
            "he falsifies the fluid charts",
            "he completes the fluid charts",
        ),
        Cue(
            "conduct.wrong.fraud",
            r"\b(?:(?:committ?(?:ing|ed|s)?|it['’]?s|it\s+is|that['’]?s|pure|actual|benefit|"
            r"insurance|expenses)\s+fraud|fraudulent(?:ly)?|defraud(?:s|ed|ing)?|embezzl\w+|on\s+"
            r"the\s+fiddle|"
            r"(?:took|takes|taking|accept(?:s|ed|ing)?)\s+(?:a\s+)?bribes?|brib(?:ed|ing)\s+(?:the|a|"
            r"an|his|her)|bribery|backhanders|kickbacks|cover(?:s|ed|ing)?\s+(?:it|this|that|the\s+"
            r"(?:incident|fall|death|error|mistake|abuse|bruises?|injury))\s+up|hush(?:ed|es)?\s+"
            r"(?:it\s+)?up|"
            r"claim(?:s|ed|ing)\s+(?:for\s+)?(?:hours|mileage|overtime|expenses|shifts)\s+(?:she|"
            r"he|they)\s+(?:never|didn['’]?t)|benefit\s+cheat|(?:dead\s+\w+['’]s\s+)?blue\s+badge|"
            r"on\s+the\s+sick\s+but|false\s+allegation|(?:wrote|put|documented|recorded|charted)\s+"
            r"(?:it\s+)?(?:in|on)\s+the\s+(?:notes|records|chart|prf|epr)\s+that|"
            r"sell(?:s|ing)\s+(?:students['’]?|patients['’]?|our)\s+(?:details|data))\b",
            "fraud or a cover-up",
            "he's been claiming mileage he never did, it's fraud",
            "he's been claiming mileage he did",
        ),
        Cue(
            "conduct.wrong.sexual",
            r"\b(?:(?:having|had|has|is\s+having)\s+an\s+affair\s+with|having\s+it\s+off\s+with|"
            r"(?:sleeping|slept|shagging|shagged|banging|hooking\s+up|hooked\s+up|(?:is|are)\s+"
            r"(?:secretly\s+)?(?:seeing|dating))\s+with\s+(?:the|a|his|her|their|one\s+of\s+the|"
            r"[\w'’]+['’]s)\s+(?:[\w'’]+\s+){0,2}?(?:consultant|manager|student|mentor|patient|"
            r"registrar|head|deputy|boss|tutor|lecturer|sister|charge\s+nurse|married|doctor|dr|"
            r"reg|teacher|ta|senco|matron|hca|nurse|paramedic|midwife|governor|parent|dad|mum|f1|"
            r"fy1|surgeon|anaesthetist|porter|year|second\s+year)s?|(?:shagging|shagged|"
            r"sleeping\s+with)\s+(?:the|a|her|his|one)\b|cheat(?:s|ed|ing)\s+on\s+(?:his|her|"
            r"their)\s+(?:wife|husband|partner)|behind\s+(?:his|her)\s+(?:wife|husband|"
            r"partner)['’]?s?\s+back|relationship\s+with\s+(?:a|the|one\s+of\s+the)\s+(?:sixth\s+"
            r"former|pupil|student|patient|year\s?\d+|resident|client)|grop(?:ed|es|ing)|"
            r"touch(?:es|ed|ing)?\s+(?:[\w'’]+\s+)?up|sexually\s+(?:harass\w+|assault\w+)|"
            r"pervert|paedo(?:phile)?|nonce|sex\s+offenders?\s+register)",
            "sexual misconduct or an affair",
            "she's having an affair with the consultant",
            "she's having a coffee with the consultant",
        ),
        Cue(
            "conduct.wrong.cheating",
            r"\b(?:cheat(?:s|ed|ing)\s+(?:in|on|at|during)\s+(?:the|her|his|their)\s+(?:[\w'’]+\s+)?"
            r"(?:exam|osce|test|assignment|essay|dissertation|drug\s+calc|mcq|mocks?)|"
            r"plagiari[sz](?:es|ed|ing|m)|plagiarist|cop(?:y|ies|ied)\s+(?:her|his|their|"
            r"someone['’]?s|[\w'’]+['’]s)\s+(?:whole\s+|entire\s+)?(?:essay|assignment|work|"
            r"dissertation|reflection|lectures?|lesson\s+plans?)|(?:paid|pays|paying)\s+(?:someone|"
            r"somebody|an?\s+(?:essay\s+mill|site|company|ghostwriter))|essay\s+mill|bu(?:ys|ying|"
            r"ought)\s+(?:her|his|their)?\s*(?:essays?|assignments?|dissertation)|got\s+(?:his|her|"
            r"their)\s+(?:mate|friend)\s+to\s+sit|(?:chat\s?gpt|ai)\s+wrote\s+(?:her|his|their|"
            r"the\s+whole)|(?:wrote|written)\s+(?:her|his|their)\s+(?:entire|whole)|lets?\s+(?:her|"
            r"his|their)\s+favourites\s+cheat|passes?\s+(?:them|it)\s+off)\b",
            "cheating",
            "Jake paid someone to write his dissertation",
            "Jake asked someone to read his dissertation",
        ),
        Cue(
            "conduct.wrong.record",
            r"\b(?:(?:has|got|had)\s+a\s+(?:criminal\s+record|caution|conviction)|(?:was|got|been|"
            r"is|were)\s+(?:arrested|sacked|struck\s+off|suspended|fired|investigated|done|"
            r"reported\s+to\s+the\s+police|charged|kicked\s+out)\s+(?:from\s+(?:[\w'’]+\s+){1,4})?"
            r"for(?!\s+(?:something|some\s+reason|a\s+reason|whatever|no\s+reason))|did\s+time\s+"
            r"for|went\s+to\s+prison\s+for|drink[-\s]?driv\w+|over\s+the\s+limit)\b",
            "wrongdoing",
            "apparently he got sacked for hitting a resident",
            "apparently he got praised for helping a resident",
        ),
        Cue(
            "conduct.wrong.dealing",
            r"\b(?:(?:deal(?:s|ing)?|sell(?:s|ing)?|sold|suppl(?:ies|ying|ied))\s+(?:[\w'’]+\s+)"
            r"{0,3}?" + _DRUGS + r"|drug\s+dealer|dealing\s+(?:out|at|from|to)|sells?\s+to\s+the)"
            r"\b",
            "dealing",
            "the pharmacist on the ward is dealing diazepam",
            "the pharmacist on the ward is dispensing diazepam",
        ),
    ),
)

# Words of wrongdoing without a cue's whole pattern: partial evidence, for the classifier.
WRONG_WORDS = Cue(
    "conduct.wrong.words",
    r"\b(?:steal\w*|stole|nick(?:s|ed|ing)|drunk|high|drugs?|coke|abus\w+|hit(?:s|ting)?|"
    r"fak(?:e|es|ed|ing)|lie[sd]?|lying|fraud\w*|affair|sleeping\s+with|sacked|arrested|"
    r"suspended|struck\s+off|cheat\w*|plagiar\w+|deal(?:s|ing|er)|brib\w+|cover(?:ed|ing)?\s+"
    r"up|hid(?:e|es|ing)?|neglect\w*|harass\w*|assault\w*|grop\w+|alcoholic|pervert|thief|"
    r"falsif\w+|forg(?:ed|ery|ing)|fiddl\w+|rough\s+with|slap\w*|smack\w*|kick(?:s|ed)?|"
    r"pinch(?:es|ed)|shouts?\s+at|screams?\s+at|on\s+something|using)\b",
    "wrongdoing words",
    "the tech is absolutely on something every shift",
    "the tech is absolutely brilliant every shift",
)

CUES = (*WRONGDOING.cues, WRONG_WORDS)
