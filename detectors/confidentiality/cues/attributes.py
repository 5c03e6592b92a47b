"""Something private about a person, in the professions' own words: health (diagnoses,
symptoms, treatment, mental health, disability, pregnancy, death), special educational needs,
behaviour at school, family circumstances (prison, bereavement, addiction, poverty, caring,
immigration), the care and child-protection system, offending, and safeguarding concerns.

A private detail is never a finding alone ("so many people with diabetes on my ward"): it
identifies someone only together with a name, or a person with a place. Topic talk ("a
lecture on diabetes", "learned loads about wound care", "the safeguarding module") is left
out by the lookbehinds and lookaheads."""

from __future__ import annotations

from detectors.lexicon import Cue

_HEALTH = (
    r"dementia|alzheimer'?s|delirium|cancer|tumou?r|leuka?emia|lymphoma|stroke|cva|tia|"
    r"diabet(?:es|ic)|type [12]|t[12]dm?|dka|hypo(?:glycaemi[ac])?|sepsis|septic|copd|"
    r"pneumonia|chest infection|uti|kidney infection|aki|ckd|renal failure|hiv|aids|"
    r"hep ?[abc]|hepatitis|tb|tuberculosis|asthma|asthmatic|epilep(?:sy|tic)|seizures?|"
    r"schizophreni[ac]|bipolar|psychosis|psychotic|hearing voices|"
    r"depression|depressed|anxiety|panic attacks?|eating disorder|anorexi[ac]|bulimi[ac]|"
    r"arfid|ocd|ptsd|personality disorder|eupd|bpd|self[ -]?harm(?:ing|s|ed)?|cutting "
    r"(?:herself|himself|themselves)|suicidal|suicide attempt|(?:tried|attempted|threatened|"
    r"trying|wanted) to (?:kill|hang|drown|hurt|harm|strangle|end) (?:herself|himself|"
    r"themselves|(?:her|his|their) life)|hanged (?:herself|himself)|jumped (?:off|from) "
    r"(?:a|the)|overdosed?|overdoses|\bod'?d|ligature|sectioned|section [23]|seclusion|"
    r"stabbed|stab wounds?|(?:been|was|got) shot|gunshot|(?:didn'?t|did not) make it|"
    r"pronounced|(?:was|been) killed|drunk again|fell (?:down|off|out of) (?:the|a|his|her) "
    r"(?:stairs|bed|chair|bus)|stage (?:[1-4]|four|three)|postnatal|post-natal|"
    r"on a section|detained|autism|autistic|asd|asc|adhd|pda|tourette'?s|"
    r"learning disabilit(?:y|ies)|global delay|developmental delay|down'?s syndrome|"
    r"cerebral palsy|spina bifida|muscular dystrophy|cystic fibrosis|sickle cell|"
    r"parkinson'?s|motor neurone disease|mnd|multiple sclerosis|huntington'?s|"
    r"heart failure|heart attack|cardiac arrest|angina|mrsa|c\.? ?diff|"
    r"covid|norovirus|scabies|head lice|nits|impetigo|fractur(?:ed|es?)|broken (?:hip|"
    r"leg|arm|wrist|ankle|neck|back|ribs?)|hip fracture|#\s?nof|head injury|burns|"
    r"amputation|amputee|pressure (?:ulcer|sore|damage)s?|leg ulcers?|sacral sore|"
    r"(?:re)?admitted|discharged|"
    r"wound|stoma|catheter|peg(?: feed| fed|-fed)?|ng tube|tube[ -]fed|trachy|tracheostomy|"
    r"dialysis|chemo(?:therapy)?|radiotherapy|mastectomy|hysterectomy|hip replacement|"
    r"knee replacement|miscarriage|miscarried|stillbirth|stillborn|pregnant|pregnancy|"
    r"termination|abortion|ivf|sti|chlamydia|gonorrh?oea|syphilis|herpes|incontinen(?:t|ce)|"
    r"soil(?:ed|ing|s) (?:herself|himself|themselves)|wet (?:herself|himself)|"
    r"morphine|oramorph|oxycodone|fentanyl|insulin|warfarin|apixaban|inhaler|epipen|"
    r"methadone|buprenorphine|sertraline|fluoxetine|citalopram|lithium|clozapine|"
    r"olanzapine|risperidone|antidepressants?|antipsychotics?|ritalin|melatonin|"
    r"end of life|eol|palliative|dnacpr|dnar|dnr|resp(?:ect)? form|died|passed away|"
    r"death|deceased|terminally ill|in a coma|on oxygen|"
    r"confused and wandering|hoarding|hoarder|had a fall|fallen|on the floor|collapsed|"
    r"(?:had|has had) (?:\d+|two|three|several|multiple|a few) falls|another fall|"
    r"fainted|unresponsive|bleed(?:ing)?|haemorrhage|vomiting|dementia diagnosis|"
    r"wheelchair|hearing aids?|cochlear implant|deaf|blind|visually impaired|partially "
    r"sighted|non[- ]?verbal|selective mutism|speech delay|stammer|stutter|"
    r"diagnos(?:ed|is)|allerg(?:y|ic)|anaphyla(?:xis|ctic)|obese|morbidly obese|"
    r"(?:lung|bowel|breast|prostate|skin|liver|brain|ovarian|pancreatic|throat) ca|mets|"
    r"hospice|massive mi|an mi|n?stemi|stent(?:ed|s)?|angioplasty|cabg|bypass surgery|"
    r"(?:suicide|third|second|another|previous|failed) attempts?|"
    r"(?:always|often|usually|comes in|came in|brought in|found|turned up) (?:in |so |really )?"
    r"(?:drunk|off (?:his|her) face|high)|(?:after|since|from) (?:the|a|her|his) fall|"
    r"metastas[ie]s|dvt|aki|gcs (?:of )?\d{1,2}|intubated|ventilated|rosc|coded|fitting|"
    r"unconscious|jaundiced|transfusion|nil by mouth|nbm|colostomy|ileostomy|cannula|"
    r"sutures|stitches|cellulitis|gangrene|frail|bed ?bound|hoisted|immobile|"
    r"news (?:score )?(?:of )?\d{1,2}|sats (?:of |at |were |was )?\d{2}|on \d{1,2} ?l(?:itres)? "
    r"of o2|bms? (?:of |was )?\d|catheteri[sz]ed|sundowning|end stage|"
    r"lost the baby|baby died|c-?section|emergency section|forceps|pph|pre-?eclampsia|"
    r"breech|gestational diabetes|(?:third|fourth|3rd|4th) degree tear|"
    r"on a 136|section 136|manic|low mood|suicidal (?:ideation|thoughts)|cutting|"
    r"off (?:her|his|their) meds|crisis team|came out (?:to me )?as|is (?:gay|lesbian|bi|"
    r"trans|non[- ]binary)|transitioning|gender identity|prosthetic|one arm|one leg|"
    r"crutches|walking frame|zimmer frame|cleft (?:lip|palate)|"
    r"alcoholic|alcohol dependen(?:t|ce)|withdrawals?|intoxicated|heroin|crack cocaine|"
    r"cocaine|ketamine|cannabis|iv drug|injecting|relaps(?:e|ed|ing)|"
    r"using again|on the gear|on drugs|substance misuse|"
    # acute confusion (not "confused about the essay"), overdoses told by what was taken,
    # wanting to die, refusing care, a test result
    r"(?:acutely|really|very|so|more|quite|gets|getting|got|was|is|became) confused"
    r"(?! (?:about|by|with|why|what|how|as to|over|lol)\b)|"
    r"(?:taken|took|swallowed|necked) (?:\d{1,3}|a (?:load|bunch|handful|box|packet) of|"
    r"loads of|all (?:her|his|their)) (?:\w+ )?(?:tablets|pills|paracetamol|co-?codamol|"
    r"sleeping pills|meds|antidepressants)|paracetamol od|"
    r"threat(?:en(?:ing|ed|s)?) to (?:jump|kill|hang|hurt|harm|end)|"
    r"wants? to (?:die|end it|kill (?:herself|himself|themselves))|wanted to die|"
    r"(?:doesn'?t|don'?t|didn'?t) want to (?:live|be alive|be here any ?more)|"
    # mental-health wards' own words: observations, leave, restraint, symptoms, depots
    r"responding to (?:unseen stimuli|voices)|unseen stimuli|paranoi(?:d|a)|delusion(?:s|al)|"
    r"hallucinat(?:ing|ions?)|command hallucinations|head[ -]?bang(?:ing|s|ed)?|"
    r"rapid(?:ly)? tranq\w*|\bim (?:lorazepam|haloperidol|olanzapine|promethazine)|"
    r"lorazepam|haloperidol|promethazine|depot|(?:on|off) (?:\d:\d|close|level \d|"
    r"enhanced|constant|arms?'? length) obs|\d:\d obs|awol|absconded|"
    r"(?:section|s) ?17 leave|community treatment order|\bcto\b|"
    r"stopped (?:taking )?(?:her|his|their) (?:meds|medication|clozapine|lithium|depot|"
    r"insulin|antipsychotics|antidepressants)|(?:index|sexual|violent) offence|"
    r"schedule (?:1|one) offender|catatonic|disinhibited|"
    r"refus(?:ing|ed|es) (?:(?:her|his|their) )?(?:food|fluids|meds|medication|treatment|"
    r"personal care|depot|insulin|"
    r"to eat|to drink|dialysis)|tested positive|positive for (?:\w+ )?(?:covid|"
    r"flu|c\.? ?diff|mrsa|drugs|cocaine|heroin|cannabis|opiates)"
)
# Words after a health word that make it topic talk ("wound care", "dementia training").
_TOPIC = (
    r"care|module|training|lecture|session|teaching|assignment|essay|exam|placement|"
    r"workshop|sim|simulation|awareness|ward|team|nurse|nursing|unit|clinic|specialist|"
    r"service|services|policy|assessment|chart|management|research|theory|modules|book|"
    r"course|exams|lectures|day|month|week|friendly|support|six|bundle|screening|pathway|"
    r"protocol|poster|guidelines|guidance|quiz|test|video|drill|scenario|champion|link nurse|"
    r"lead|charity|walk|run|prevention|risk assessment|calculations?|round|rounds"
)
_NOT_TOPIC_INTRO = "".join(
    f"(?<!{words} )"
    for words in (
        "lecture on", "lecture about", "session on", "session about", "teaching on",
        "module on", "training on", "talk on", "essay on", "essay about", "assignment on",
        "reading on", "reading about", "learn about", "learned about", "learnt about",
        "learning about", "leaflet on", "read about", "case study on", "research on",
        "article on", "video on", "quiz on", "revise", "revising", "notes on", "my nan has",
        "my mum has", "my dad has",
    )
)  # fmt: skip

CUES = (
    Cue(
        "conf.what.specialist_ward",
        r"\b(?:on|in|to|from) (?:the |a )?(?:stroke|dementia|oncology|cancer|chemo|renal|"
        r"dialysis|cardiac|coronary|respiratory|covid|psych|psychiatric|mental health|"
        r"eating disorders?|detox|drug and alcohol|spinal|burns|neuro|haematology|infectious "
        r"diseases|palliative|hospice|maternity|neonatal|nicu|scbu|gender|sexual health|gum|"
        r"hiv|fertility|termination|early pregnancy|epau) (?:ward|unit|clinic|suite|bay|team)\b",
        "health",
        "mrs k on the stroke unit keeps trying to get out of bed",
        "I'd love a stroke unit placement",
        note="Where someone is treated says what they are treated for.",
    ),
    Cue(
        "conf.what.awaiting",
        r"\b(?:on|for|awaiting|waiting for|referred (?:for|to)|been referred for) (?:the |an? )?"
        r"(?:autism|asd|adhd|camhs|neuro|neurodevelopmental|gender|eating disorder|"
        r"dyslexia|memory|mental health) (?:pathway|assessment|waiting list|referral|"
        r"diagnosis|clinic)\b",
        "health",
        "lily-mae in 8R is on the autism pathway and the parents don't know yet",
        "the autism pathway lecture was useful",
        note="Waiting for an assessment or diagnosis is itself a health detail ('pathway' "
        "and 'assessment' otherwise make a health word topic talk).",
    ),
    Cue(
        "conf.what.health",
        rf"(?:\b(?=(?:{_HEALTH})\b){_NOT_TOPIC_INTRO}(?:{_HEALTH})\b|#\s?nof\b)(?! (?:{_TOPIC})\b)",
        "health",
        "Mrs Jones in bed 9 has dementia, kept trying to leave",
        "learned loads about wound care yesterday",
        note="Diagnoses, symptoms, treatment, disability, pregnancy, death, substance use. "
        "'falls'/'fell' and 'wound' also appear in everyday talk: a finding needs a person "
        "and a place or name as well.",
    ),
    Cue(
        "conf.what.sen",
        r"\b(?:ehcp|ehc plan|sen(?:d|co)? (?:register|support|needs|plan|status|pupil|kid|"
        r"child)|(?-i:SEND)|sen\b|on the register|iep|statement of (?:sen|special)|statemented|"
        r"semh|1:1|one[ -]to[ -]one|"
        r"1-1|dyslexi[ac]|dyspraxi[ac]|dyscalculi[ac]|speech and language|salt|access "
        r"arrangements|reader and scribe|nurture group|inclusion unit|isolation room|"
        r"the base|learning support|pupil premium|free school meals|fsm|eal|"
        r"behaviour support|sensory (?:issues|needs|processing)|ot input|camhs|ed psych|"
        r"reduced timetable|part[- ]time timetable|new to english|traveller|grt|"
        r"care experienced|young carers?|(?:with|has|got|on) a statement|"
        r"educational psychologist|referral to camhs|cin|pp kid)\b(?! (?:assignment|module|"
        r"lecture|placement|essay|session|training|teaching|course|policy|code|lead|"
        r"department|team|workshop|seminar)\b)",
        "sen",
        "jayden in my 9x2 set has just been put on an ehcp",
        "we had a seminar on inclusive classrooms",
        note="Special educational needs, support and their plans, as schools name them.",
    ),
    Cue(
        "conf.what.behaviour",
        r"\b(?:kick(?:ed|s|ing)? off|meltdowns?|tantrums?|threw (?:a |the )?(?:chair|table|"
        r"desk|book|pen|tray|ipad|things)|thrown? (?:a |the )?chair|(?:hit|bit|punched|"
        r"kicked|slapped|scratched|spat at|head[ -]?butted|attacked) (?:me|a ta|the ta|staff|"
        r"a teacher|another (?:kid|child|pupil)|his|her|a nurse|the nurse|the carer)|"
        r"excluded|exclusion|suspended|suspension|internal exclusion|isolation|detention|"
        r"managed move|pru|on report|behaviour plan|restrain(?:ed|t)|positive handling|"
        r"absconded|ran off|ran away|missing from (?:home|care|school)|swore at|"
        r"smashed (?:a|the|his|her) (?:window|door|phone|tv|screen)|"
        r"violent|aggressive|challenging behaviour|soiling|smeared|self[ -]?isolat\w*|"
        r"caught (?:vaping|smoking|stealing|shoplifting|with (?:drugs|weed|a knife|a blade))|"
        r"refus(?:ed|ing|es) to (?:eat|come in|go home|engage|take)|won'?t (?:eat|engage|"
        r"let carers in)|doesn'?t (?:eat|speak|talk))\b",
        "behaviour",
        "the kid who's excluded from 8C came back today and kicked off in maths again",
        "this essay is kicking my butt",
    ),
    Cue(
        "conf.what.family",
        r"\b(?:(?:in|out of|released from|just got out of) (?:prison|jail|custody)|prison|"
        r"jail|locked up|banged up|on remand|on probation|tagged|arrested|got nicked|"
        r"criminal record|youth offending|yot|court case|prisoner|handcuffed|in handcuffs|"
        r"police guard|on bail|sex offender|convicted|charged with|(?:in|joined) a gang|"
        r"gang member|criminally exploited|police (?:are |were |have been |had to "
        r"be |got )?(?:came|called|involved)|deals (?:drugs|weed)|dealing (?:drugs|weed)|"
        r"drug dealer|(?:carrying|carries|carried) (?:a )?(?:knife|blade|weapon)|"
        r"dealing for|running drugs|"
        r"bereave(?:d|ment)|(?:mum|dad|mother|father|parent|brother|sister|nan|"
        r"grandad|grandma|wife|husband|partner|son|daughter) (?:died|passed|passed away|is "
        r"dying|killed|murdered|left)|divorce|divorced|separated|split up|custody battle|"
        r"domestic (?:violence|abuse)|\bdv\b|\bda\b|coercive control|addict(?:ion|ed)?|"
        r"alcoholic|(?:mum|dad|parents?|mother|father)'?s? (?:drinking|using|on drugs|"
        r"an alcoholic|a drinker)|homeless(?:ness)?|sofa surfing|evicted|eviction|"
        r"temporary accommodation|emergency accommodation|\bb&b\b|"
        r"(?:in|to|at|from) (?:a|the) (?:women'?s )?(?:refuge|homeless shelter|night shelter|"
        r"hostel)|sleeping (?:rough|in (?:a|the|her|his|their) car|on (?:the streets|"
        r"(?:a|someone'?s) sofa))|living (?:in (?:a|the|her|his|their) car|on the streets)|"
        r"rough sleep(?:er|ing)|"
        r"food ?banks?|no food|no heating|no electric(?:ity)?|no gas|can'?t afford|"
        r"struggling (?:for money|financially)|in debt|rent arrears|on benefits|universal "
        r"credit|sanctioned|poverty|young carer|cares for (?:her|his|"
        r"their)|caring for (?:her|his|their)|asylum(?: seeker)?|refugee|no recourse|nrpf|"
        r"undocumented|overstayer|deport(?:ed|ation)|immigration status|trafficked|marac|"
        r"idva|clare'?s law|dash (?:risk|form)|"
        r"step[ -]?(?:dad|mum)|new boyfriend|new partner|lives alone|no carers|"
        r"neglected|no coat|shoes (?:are )?falling apart|same clothes|unkempt|dirty "
        r"clothes|not (?:been )?eating|(?:comes?|coming|came) (?:in|to school) hungry|"
        r"no (?:breakfast|lunch|packed lunch|tea|dinner money)|(?:hasn'?t|not|never) (?:been )?"
        r"(?:eaten|fed)|smells? of (?:wee|urine|smoke|weed)|teen(?:age)? (?:pregnancy|mum)|"
        r"(?:really )?struggling)\b",
        "family",
        "tyrese's mum told me dad's been arrested again",
        "my dad picks me up from uni",
        note="Family and social circumstances a person has not chosen to share.",
    ),
    Cue(
        "conf.what.care_system",
        r"\b(?:cp plans?|child protection(?: plans?| conference| meeting| case)?|on a plan|"
        r"cin plans?|"
        r"child in need|section (?:17|20|31|47|42)|s ?(?:17|20|31|47|42)\b|strategy (?:meeting|"
        r"discussion)|icpc|rcpc|core group|lac(?: review)?|looked[ -]after|cla\b|"
        r"(?:been|is|was|are|were|now|went|go|put|taken|grew up) in care|"
        r"foster(?:ed|ing)?(?: care| carers?| placement| home| family)?|kinship care(?:rs?)?|sgo|"
        r"resi(?: placement| home| unit)?|case conference|"
        r"special guardianship|adopted|adoption|(?:were|was|got|been|being) removed|"
        r"(?:emergency )?removal|removed (?:at birth|from (?:mum|dad|her|his|their|the))|"
        r"taken into care|care order|"
        r"interim care order|ico|plo|pre-proceedings|care proceedings|placement (?:broke "
        r"down|breakdown|ended)|emergency placement|residential (?:placement|home|unit)|"
        r"supervised contact|contact (?:session|visit)s?|mash|early help|team around the "
        r"family|taf|social (?:services|worker) (?:are |is )?involved|known to (?:social "
        r"services|children'?s services|the police|camhs)|dols|best interests? (?:meeting|"
        r"decision)|lacks? capacity|safeguarding adults|care leaver|leaving care|"
        r"pathway plan|unaccompanied)\b",
        "care_system",
        "tj's placement broke down last night, he's in emergency foster care now",
        "the placement hours are a lot this year",
        note="Children's and adults' social care processes; each names a family's situation.",
    ),
    Cue(
        "conf.what.safeguarding",
        r"\b(?:safeguarding (?:concern|referral|issue|disclosure|alert|report)|"
        r"(?:made|did|logged|put in|raised) (?:a |the )?(?:safeguarding|referral|mash referral)|"
        r"disclosed|disclosure|abus(?:e|ed|"
        r"ing|ive)|neglect(?:ed)?|bruis(?:e|es|ed|ing)|marks on (?:her|his)|cigarette burns?|"
        r"social services|child protection|cp plans?|cin plans?|lado|dsl|cpoms|my ?concern|"
        r"(?:hits|hit|beats|beat|hurts|hurt|kicks|touches|touched|chokes|slaps|smacks|locks) "
        r"(?:him|her|them|mum|dad|mummy|daddy|(?:his|her|their) (?:mum|dad|sister|brother))|"
        r"domestic (?:violence|abuse)|fgm|grooming|groomed|cse|cce|county "
        r"lines|forced marriage|honou?r based|sexual(?:ly)? (?:abuse|assault|active)|"
        r"assaulted|raped?|not (?:being )?fed|scared to go home|doesn'?t want to go home|"
        r"(?:being )?bullied|(?:no one|nobody|noone) feeds (?:him|her)|left (?:alone|home "
        r"alone)|locked in|runaway|went missing|self[ -]?harm(?:ing)?)\b",
        "safeguarding",
        "one of my year 3s told me her dad hits her, she had bruises again today",
        "her dad picks her up every day",
    ),
)

# Messages about training, coursework or a made-up case: a sim-lab mannequin in "bed 9" is
# nobody, and an anonymised case study is what students are asked to write.
TRAINING = (
    Cue(
        "conf.not.simulation",
        r"\b(?:sim(?:ulation)? (?:lab|suite|ward|session|bay|room|patient|dummy)|skills lab|"
        r"mannequins?|manikins?|sim man|role[ -]?play|fictional|made[ -]up (?:patient|name|case|"
        r"scenario)|actor patient|osce|mock (?:care plan|scenario|patient)|practice scenario)\b",
        "simulation",
        "this is bed 9 in the sim lab lol, the mannequin's called Dave",
        "similar to last week",
    ),
    Cue(
        "conf.not.anonymised",
        r"\b(?:case study|case studies|assignment|essay|reflection|reflective account|"
        r"anonymi[sz]ed|hypothetically|hypothetical|what (?:do|would|should) (?:you|"
        r"we|i) do if|if a (?:pupil|child|patient|service user|client)|scenario|the exam|"
        r"taught me|learn(?:ed|t|ing) (?:so much|loads|a lot|about)|(?:really|so) interesting|"
        r"interesting (?:case|one|to see)|good (?:experience|learning)|for my portfolio)\b",
        "anonymised",
        "case study idea: a 70 year old man with COPD, managing inhalers at home",
        "she told me all about her weekend",
        note="Coursework and hypotheticals: a description without a name is not a person.",
    ),
    Cue(
        "conf.not.pseudonym",
        r"\b(?:(?:i'?ll|i will|i'?ve|i have|we'?ll|let'?s|i'?m going to|gonna) call(?:ed)? "
        r"(?:(?:him|her|them|the (?:patient|child|pupil|client|family|boy|girl|man|woman))"
        r"(?-i: (?:Mrs?|Ms|Miss|Mr|Mx)\.? [A-Z]\b| [A-Z](?:\b|[a-z]+\b(?! (?:back|later|"
        r"tomorrow|tonight|today|now|after|before|at|on|in)\b))| ['\"‘“])|"
        r"(?-i:(?:Mrs?|Ms|Miss|Mr|Mx|[Pp]atient|[Cc]hild|[Pp]upil|[Cc]lient)\.? [A-Z]\b))|"
        r"not (?:her|his|their) real name|names? (?:changed|anonymi[sz]ed)|pseudonyms?|"
        r"made[ -]up names?)\b",
        "pseudonym",
        "for the essay I'm using a patient I'll call Mrs A, aged 80",
        "I'll call her tomorrow about the rota",
        note="A name the writer says is made up: not a person's name.",
    ),
    Cue(
        "conf.media.show",
        r"\b(?:this is|here'?s|look at|pic(?:ture)? of|photo of|check (?:out )?this|"
        r"see (?:pic|photo)|state of this|have a look|look what)\b",
        "show",
        "this is bed 9's wound, never seen anything like it",
        "this was a long day",
        note="Words pointing at something shown, for media posted after a message.",
    ),
)
