"""Cues every conduct rule reads: the pieces of a message that say it is *not* doing the
thing its topic words suggest. Asking ("should I accept?"), saying no ("I declined"),
negation ("never add patients"), reporting or correcting what others claim ("my patient said
the jab causes autism, how do I answer that?"), hedging ("I'm worried about ..."), going
through the proper channels ("I've told my PEF"), and asking permission ("ok if I share
this?"). Where a cue only counts in the clause before the evidence, the detector checks
that (detectors/conduct/text.py); the patterns here only find the words."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet

# Social platforms, as students write them. "x" alone is too common a word to count.
PLATFORM = (
    r"(?:facebook|fb|insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|twitter|linkedin|whatsapp|"
    r"bereal|discord|reddit|youtube|socials|social\s+media)"
)
# Staff roles a chat names people by ("my mentor", "the ward manager").
STAFF_ROLE = (
    r"(?:mentor|practice\s+(?:assessor|supervisor|educator)|supervisor|pef|manager|matron|"
    r"sister|charge\s+nurse|nurse\s+in\s+charge|nic|hca|healthcare\s+assistant|staff\s+nurse|"
    r"nurse|consultant|registrar|doctor|dr|reg|head(?:\s?teacher)?|deputy(?:\s+head)?|"
    r"teacher|ta|senco|tutor|lecturer|module\s+leader|programme\s+leader|team\s+leader|"
    r"social\s+worker|practice\s+educator|paramedic|crewmate|midwife|physio|ot|"
    r"receptionist|carer|care\s+assistant|senior|head\s+of\s+(?:year|department)|"
    r"form\s+tutor|class\s+teacher|boss|educator|assessor)"
)

# Asking: a question about whether to do it, or what to do.
ASKING = CueSet(
    "conduct.asking",
    (
        Cue(
            "conduct.ask.should_i",
            r"\b(?:(?:reckon|think|guess)\s+(?:i|we)\s+(?:can|could|should)\s+\w+|(?:should|"
            r"shall|can|could|do|would|must|may)\s+(?:i|we|u|you|students?|"
            r"student\s+\w+)\s+(?:\w+\s+)?(?:accept|add|follow|give|meet|go|take|keep|reply|"
            r"respond|answer|say|do|share|post|use|send|screenshot|report|tell|be))\b",
            "asking",
            "should I accept it or just ignore?",
            "I accepted it",
        ),
        Cue(
            "conduct.ask.what_to_do",
            r"\b(?:what|how)\s+(?:do|would|should|did|can)\s+(?:i|you|u|we|people|others)\s+"
            r"(?:do|say|respond|reply|answer|handle|deal|explain|reassure|approach|word|"
            r"talk|tell|go\s+about)\b",
            "asking",
            "what would you do if a parent adds you?",
            "what you do is your business",
        ),
        Cue(
            "conduct.ask.is_it_ok",
            r"\b(?:is|isn['’]?t|would|wouldn['’]?t)\s+(?:it|that|this)\s+(?:be\s+)?(?:ok|okay|"
            r"alright|allowed|bad|wrong|weird|unprofessional|inappropriate|a\s+problem|an\s+"
            r"issue|against|a\s+breach|breaching|fine|legal|illegal)\b",
            "asking",
            "is it ok to follow back a parent?",
            "it is ok now",
        ),
        Cue(
            "conduct.ask.allowed",
            r"\b(?:am|are|were)\s+(?:i|we|u|you|students?)\s+(?:even\s+)?(?:allowed|supposed|"
            r"meant|able)\s+to\b",
            "asking",
            "are we allowed to accept gifts?",
            "we were able to leave early",
        ),
        Cue(
            "conduct.ask.is_it_true",
            r"\b(?:is\s+(?:it|that|this)\s+(?:actually\s+|even\s+|really\s+)?(?:true|right|"
            r"correct|a\s+thing|legit|real|a\s+myth|evidence\s+based)|does\s+(?:it|that|this|"
            r"anyone)\s+(?:actually\s+|really\s+)?(?:work|help|know)|do\s+(?:they|these|those|"
            r"you|u)\s+(?:actually\s+|really\s+)?(?:work|help|think|reckon)|any\s+truth|"
            r"anyone\s+(?:know|heard|seen|read)|has\s+anyone\s+(?:heard|seen|read|got\s+a\s+"
            r"source)|have\s+(?:you|u)\s+(?:guys\s+)?"
            r"(?:heard|seen|read)|true\s+or\s+(?:not|false)|fact\s+or\s+myth)\b",
            "asking",
            "is that actually true or a myth?",
            "that is the truth",
        ),
        Cue(
            "conduct.ask.policy",
            r"\bwhat['’]?s\s+the\s+(?:policy|rule|guidance|guideline|procedure)\b",
            "asking",
            "what's the policy on patients adding you",
            "the policy is clear",
        ),
    ),
)

# Negation of the act: the clause before the evidence says it is not done or not to be done.
NEGATION = Cue(
    "conduct.negation",
    r"\b(?:never|not(?!\s+(?:gonna|going\s+to)\s+lie)|no(?!\s+(?:joke|way|lie|cap|idea))|"
    r"don['’]?t|dont|do\s+not|didn['’]?t|didnt|did\s+not|won['’]?t|wont|"
    r"wouldn['’]?t|would\s+not|shouldn['’]?t|should\s+not|mustn['’]?t|can['’]?t|cannot|"
    r"haven['’]?t|havent|hasn['’]?t|isn['’]?t|aren['’]?t|wasn['’]?t|doesn['’]?t|"
    r"refuse\s+to|rather\s+than|instead\s+of|stop|avoid|nobody|no\s+one|noone|"
    r"before\s+(?:you|u|we|i|anyone)|if\s+(?:you|u|we|anyone|someone|a|they|she|he)|"
    r"unless|in\s+case)\b",
    "negation",
    "I would never add a patient",
    "I would add a patient",
)
# A turn in the clause ("I know we shouldn't BUT I followed back") ends what negation covers.
CONCESSION = Cue(
    "conduct.concession",
    r"(?:\b(?:but|though|tho|anyway|anyways|oh\s+well|whatever|still|so)\b|[.;!?\n]|,|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF])",
    "concession",
    "I know we shouldn't but I did",
    "I know we shouldn't",
)
# Saying no to the contact, as the HCPC and the safeguarding guide advise.
DECLINED = CueSet(
    "conduct.declined",
    (
        Cue(
            "conduct.declined.refused",
            r"\b(?:declin(?:e|ed|ing)|ignor(?:e|ed|ing)|reject(?:ed|ing)?|refus(?:e|ed|ing)|"
            r"block(?:ed|ing)?|unfollow(?:ed|ing)?|remov(?:e|ed|ing)|delet(?:e|ed|ing)|"
            r"turn(?:ed)?\s+(?:it|her|him|them)\s+down|(?<!never\s)(?<!n['’]t\s)said\s+no|"
            r"left\s+it\s+(?:on\s+read|pending|unanswered)|politely\s+(?:said|explained|"
            r"told)|hand(?:ed|ing)\s+(?:it|them)\s+in|g[ai]ve\s+(?:it|them)\s+back|"
            r"didn['’]?t\s+(?:accept|reply|respond|answer|add|follow|go|take|keep)|not\s+"
            r"accepting|told\s+(?:him|her|them)\s+no|explain(?:ed|ing)?|redirect(?:ed|ing)?|"
            r"direct(?:ed|ing)\s+(?:him|her|them)\s+to|instead|turn(?:ed|ing)\s+down|had\s+to\s+"
            r"say\s+no|nice\s+try|not\s+something\s+i\s+can|(?:i|we)\s+(?:can['’]?t|cannot|"
            r"couldn['’]?t)\b|(?:set|made|changed|keep|kept)\s+(?:all\s+)?my\s+(?:\w+\s+)?"
            r"(?:to\s+)?(?:private|name)|professional\s+boundar(?:y|ies)|logged\s+it|(?:via|"
            r"through)\s+the\s+(?:school|ward|team|office|clinic|uni|service)|school\s+system|"
            r"(?:team|office|clinic|ward|school|work|service)\s+(?:email|number|phone)|"
            r"return(?:ed|ing)\s+(?:it|them)|declar(?:e|ed|ing)\s+(?:it|them)|ward\s+fund|"
            r"gifts?\s+(?:policy|register))\b",
            "declined",
            "I declined it and told her I can't",
            "I accepted it",
        ),
        Cue(
            "conduct.declined.cant_mix",
            r"\b(?:can['’]?t|cannot|could\s?n['’]?t|can\s+not|not\s+allowed\s+to|not\s+able\s+to)"
            r"\s+(?:mix|accept|add|follow|be\s+friends|give|take|keep|meet|connect)\b",
            "declined",
            "said I can't mix work and personal stuff",
            "I can mix work and personal stuff",
        ),
    ),
)
# The proper channels the guidance names: raise it with the appropriate people or the policy.
PROPER_CHANNEL = CueSet(
    "conduct.proper_channel",
    (
        Cue(
            "conduct.channel.raise_with",
            r"\b(?:rais(?:e|ed|ing)|report(?:ed|ing)?|tell|told|telling|speak(?:ing)?|spoke|"
            r"talk(?:ed|ing)?|email(?:ed|ing)?|flag(?:ged|ging)?|escalat(?:e|ed|ing)|mention"
            r"(?:ed)?|take|took|go|went|going|gone|meeting|let)\s+(?:(?:it|this|that|them|him|her|a\s+concern|"
            r"concerns|up)\s+)?(?:with|to)\s+(?:my|the|our|your|a|her|his)\s+(?:[\w'’-]+\s+){0,2}?(?:"
            + STAFF_ROLE
            + r"|link\s+lecturer|academic\s+(?:assessor|advisor|adviser)|personal\s+tutor|"
            r"placement\s+(?:lead|team|office|coordinator)|safeguarding\s+(?:lead|team)|dsl|"
            r"freedom\s+to\s+speak\s+up\s+guardian|guardian|ftsu|union|student\s+rep|su|"
            r"pgce\s+lead|pe|nurse\s+in\s+charge|head|sister|"
            r"course\s+lead|uni|university|school|nmc|hcpc|cqc|ofsted|lado|police|"
            r"advice\s+service|head\s+of\s+school|practice\s+team)\b",
            "proper_channel",
            "I've raised it with my practice assessor",
            "I've raised it with my mates",
        ),
        Cue(
            "conduct.channel.told_staff",
            r"\b(?:told|tell|telling|inform(?:ed|ing)?|let|emailed|messaged|rang|called|"
            r"contacted|went\s+to|gone\s+to|go\s+to|going\s+to|spoke\s+to|speak\s+to|"
            r"forward(?:ed|ing)?(?:\s+(?:it|them|this))?\s+to|send(?:ing)?\s+(?:it|them|this)\s+to|"
            r"sent\s+(?:it|them|this)\s+to|screenshot\w*(?:\s+(?:it|them|this))?\s+for)\s+"
            r"(?:my|the|our|your|a)\s+(?:[\w'’-]+\s+){0,2}?(?:"
            + STAFF_ROLE
            + r"|pgce\s+lead|pe|student\s+services|advice\s+service|union|su|dsl|safeguarding"
            r"\s+lead|uni|university|police|school|head|sister|nurse\s+in\s+charge)\b|\b(?:forward|"
            r"send|report)\s+(?:it\s+)?to\s+(?:your\s+|my\s+|the\s+)?(?:pe|pef|tutor|mentor|"
            r"programme\s+leader|module\s+leader|practice\s+educator)\b",
            "proper_channel",
            "I've screenshotted them for the tutor",
            "I've screenshotted them for the girls",
        ),
        Cue(
            "conduct.channel.policy",
            r"\b(?:whistle\s?blowing\s+(?:policy|procedure|line)|raise\s+a\s+concern|"
            r"raising\s+(?:a\s+)?concerns?|incident\s+(?:form|report)|datix|formal\s+complaint|"
            r"freedom\s+to\s+speak\s+up|ftsu|speak\s+up\s+guardian|safeguarding\s+(?:lead|"
            r"referral|team|procedure)|proper\s+channels?|the\s+right\s+channels?|"
            r"reported\s+(?:it|this|him|her|them)|fitness\s+to\s+practi[cs]e\s+process)\b|"
            # reporting a member of staff is using the channel: "the HCA reported the nurse"
            r"\breport(?:ed|ing)?\s+(?:the|a|my|our|that|this)\s+(?:[\w'’-]+\s+){0,2}?"
            + STAFF_ROLE
            + r"s?\b",
            "proper_channel",
            "there's a whistleblowing policy for exactly this",
            "there's a policy for exactly this",
        ),
    ),
)
# Reporting or correcting what someone else believes, rather than claiming it.
REPORTED_CLAIM = CueSet(
    "conduct.reported_claim",
    (
        Cue(
            "conduct.reported.someone_says",
            r"\b(?:patients?|parents?|mums?|dads?|famil(?:y|ies)|relatives?|people|some\s+"
            r"people|folk|someone|somebody|everyone|anti-?vax+(?:ers?)?|he|she|they|my\s+\w+|"
            r"her\s+\w+|his\s+\w+|the\s+\w+|a\s+\w+)\s+(?:(?:still|actually|genuinely|really|"
            r"honestly|kept|keeps|was|were|is|are)\s+)?(?:said|says|saying|think|thinks|"
            r"thought|believe|believes|believed|claim|claims|claimed|claiming|reckon|reckons|"
            r"insist|insists|insisted|swear|swears|told\s+(?:me|us|her|him)|asked\s+(?:me\s+|us\s+)?"
            r"(?:if|whether|about)|going\s+on\s+about|convinced|worried|refus(?:e|es|ed|ing))\b",
            "reported_claim",
            "my patient said the jab changes your DNA",
            "the jab changes your DNA",
        ),
        Cue(
            "conduct.reported.the_claim_that",
            r"\bthe\s+(?:myth|idea|claim|rumou?r|theory|belief|nonsense|thing)\s+(?:that|about)\b",
            "reported_claim",
            "the myth that vaccines cause autism",
            "the fact that vaccines work",
        ),
    ),
)
# Correcting a myth or weighing the evidence.
CORRECTION = Cue(
    "conduct.correction",
    r"\b(?:myths?|debunk(?:ed|ing)?|disproven|disproved|no\s+(?:evidence|link|proof|"
    r"association|research)|not\s+(?:true|a\s+thing|how\s+it\s+works|evidence\s+based)|"
    r"isn['’]?t\s+(?:true|a\s+thing|how)|is\s+(?:false|rubbish|nonsense|a\s+myth)|"
    r"fake\s+news|misinformation|misinfo|disinformation|conspiracy|wakefield|retracted|"
    r"struck\s+off|been\s+(?:disproven|debunked|proven\s+wrong)|evidence\s+(?:shows|says|is\s+"
    r"clear)|studies\s+show|according\s+to|cochrane|nice\s+(?:guidance|guidelines)|"
    r"systematic\s+review|meta-?analysis|the\s+evidence|dangerous\s+advice|(?:benefits?|pros)\s+"
    r"(?:far\s+)?outweigh|risks?\s+(?:vs|versus|and)\s+benefits|mild\s+side\s+effects?|"
    r"(?:but|and)\s+(?:it|they)\s+(?:prevents?|protects?|saves?)|please\s+don['’]?t"
    r"\s+(?:believe|listen|spread|share))\b",
    "correction",
    "that's a myth, the study was retracted",
    "that's a fact, the study was published",
)
# Hedging: a worry or a question, not a statement of fact.
HEDGE = Cue(
    "conduct.hedge",
    r"\b(?:i['’]?m\s+(?:worried|concerned|not\s+sure|unsure)|i\s+am\s+(?:worried|concerned|"
    r"not\s+sure)|worried\s+(?:about|that)|concerned\s+(?:about|that)|not\s+sure\s+(?:if|"
    r"whether)|might\s+be\s+wrong|could\s+be\s+wrong|don['’]?t\s+know\s+(?:if|whether)|"
    r"do\s+you\s+think|should\s+i\s+(?:report|say|tell|raise|mention|flag)|no\s+proof|"
    r"can['’]?t\s+prove|not\s+accusing|not\s+saying|nobody\s+knows\s+(?:what|why)|no\s+idea\s+"
    r"(?:what|why)|for\s+something|let['’]?s\s+not\s+speculate)\b",
    "hedge",
    "I'm worried about my mentor, not sure what to do",
    "my mentor is great",
)
# Asking before sharing, which the union's rules ask for.
PERMISSION = Cue(
    "conduct.permission",
    r"\b(?:(?:is\s+it|would\s+it\s+be)\s+(?:ok|okay|alright)\s+(?:if|to)|(?:do|would)\s+(?:you|u|"
    r"anyone)\s+mind\s+if|can\s+i\s+(?:share|screenshot|forward|post|send)|with\s+(?:her|his|"
    r"their|your)\s+permission|(?:she|he|they)\s+said\s+i\s+(?:could|can)|asked\s+(?:her|him|"
    r"them)\s+first|(?:with|got|have)\s+(?:her|his|their)\s+(?:ok|okay|consent|blessing))\b",
    "permission",
    "is it ok if I share your message in the other group?",
    "I shared your message in the other group",
)

# Talk of consequences: a warning to someone else, not a plan ("naming the school on tiktok
# could land you in a PCPS hearing").
CONSEQUENCE = Cue(
    "conduct.consequence",
    r"\b(?:(?:could|can|will|would|might)\s+(?:land|get|end)\s+(?:you|u|us|them|her|him|me)|"
    r"(?:you|u)['’]?(?:ll|d)?\s+(?:get|end\s+up)\s+(?:in|kicked|struck|reported|done|a\s+pcps)|"
    r"pcps|fitness\s+to\s+practi[cs]e|kicked\s+off\s+the\s+course|not\s+worth\s+(?:it|my|"
    r"your|the)|please\s+don['’]?t|honestly\s+don['’]?t|don['’]?t\s+do\s+(?:it|that|this))\b",
    "consequence",
    "naming the school on tiktok could land you in a PCPS hearing",
    "naming the school on tiktok, they deserve it",
)

CUES = (
    CONSEQUENCE,
    *ASKING.cues,
    NEGATION,
    CONCESSION,
    *DECLINED.cues,
    *PROPER_CHANNEL.cues,
    *REPORTED_CLAIM.cues,
    CORRECTION,
    HEDGE,
    PERMISSION,
)
