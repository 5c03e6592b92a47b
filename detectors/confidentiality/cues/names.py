"""Name data: the first-name list (Faker's person data, MIT licence: names from the UK,
Ireland, the US, South Asia, West and East Africa and the European countries most UK families
come from, plus common names of UK children Faker lacks), the everyday words that are also
names, the abbreviations that are not initials, and the words around a name that say it is
one ("my SU frank", "ks in 10B", "tyrese's mum"), as cues."""

from __future__ import annotations

import importlib
import importlib.util
import re
import runpy
from functools import lru_cache
from pathlib import Path

from audit.core.people import WORDLIKE_NAMES
from detectors.lexicon import Cue

# Faker locales whose first names are written in Latin script and common among UK pupils,
# patients and families.
FIRST_NAME_LOCALES = (
    "en_GB", "en_IE", "ga_IE", "en_US", "en_NZ", "en_IN", "en_PK", "en_NG", "en_KE", "yo_NG",
    "ig_NG", "tw_GH", "pl_PL", "ro_RO", "lt_LT", "pt_PT", "it_IT", "es_ES", "fr_FR", "tr_TR",
)  # fmt: skip

# First names that are everyday English words (or chat words): they count as names only when
# capitalised mid-sentence or in a name context ("my SU frank"), never on their own in lower
# case. Extends audit.core.people.WORDLIKE_NAMES.
EVERYDAY_NAMES = WORDLIKE_NAMES | frozenset(
    """
    amber angel archer aurora autumn basil beau bill blessing bob brandy brook brooke cal
    carmel carol chance charity chase cherry chip christian clay clement comfort coral corona
    crystal daisy dale dash dawn dean destiny diamond don dot drew duke earl eden eve fancy
    fanny felicity flora forest forum frank gala gay gene georgian gift gil glen goodness
    grace grant guy harley harmony harsh hazel heather holly honey hope hunter india innocent
    iris ivy jack jade jan jay jean jerry jewel joy jude june justice kai kit lance lark
    laurel lavender lee lena liberty lily lucky mac mad major mar marina marine mark marsh
    mason matt max may mel melody mercy miles mo moss nail nova olive opal page pam paris
    pastor patience patty pearl peace penny pepper percy phoenix pierce piper poppy precious
    prince princess promise pure purity queen rain raine ray reed rex rich river robin rock
    rocky rose rosemary ruby rush rusty sad saffron sage said sandy scarlett serenity shad
    shelley sky sol sole sonny sorrel star sterling stone storm summer sunny sunshine tan
    tanner taylor ted terry toy trinity troy trust unity velvet verity victory violet
    wade ward warren wave will willow win winter wren yale zen art august april bud bunny
    cash cliff colt cook dove ebony ember faith fern ginger glory happy harper hero hilary
    ice jasper joey king lad lady lord love lyric magic march marvel mercedes miracle misty
    noble norm ocean pat patch penny pip pixie post ransom reign rowan royal ruth sable sam
    season shadow shiloh silver skye spring sue tad tiger topaz true tuesday val vale
    """.split()
)

# Words a first-name list holds that chats use for something else, in any case.
NOT_NAMES = frozenset(
    """
    add amen ane ani ari asia asa asu ati aura bebe bo cher chi con
    dev eba efe ema eta ida ide ige ina ion isa ita jo kiri lia loot lut nae nas
    oba oni osha paz pia ria sai ugo ulu una veer wafa yar yaw son han sun
    teo per may said sad mad rush trust win post march wade lot sole nail sun sunday monday
    """.split()
)
# Common first names of children and young people in UK schools and services that Faker's
# lists lack (typed from common knowledge of the names in use, not copied from a list).
MORE_FIRST_NAMES = frozenset(
    """
    alfie albie archie arlo ayaan brody bobby caleb callum cody dexter ellis elliot ezra
    finley finn freddie frankie harvey hudson jaxon jenson kian kayden kaiden kyron logan
    louie luca mikey ollie otis reggie ronnie rory stanley teddie teddy tommy tyrese tyrone
    zac zach zayn zain rayan rehan ibrahim yusuf hamza musa idris bilal amir ayan abdi
    abdirahman mohamed muhammad mohammad mohammed ahmed kacper jakub szymon filip bartek
    dawid oskar mateusz wiktor chidi emeka tolu tobi tunde femi dami seun kwame kojo obi
    aaliyah amelia ava aisha amira anaya ayesha bella bethany chantelle courtney darcie darcey
    eliza ellie elsie esme evie fatima freya gracie harriet hollie imogen inaaya isla jasmine
    kayla kayleigh keeley lacey leah lexi libby lola maisie maddison maryam mia millie
    myla nevaeh niamh orla paige phoebe rosie sadie scarlett sienna skye sofia summer
    tia tilly zara zoe zuzanna oliwia nikola hodan fadumo nimo hibo ayan sade ade tolani
    ellie ella emily evelyn florence hallie harper ivy lottie matilda nancy olivia penelope
    ruby sophie willow
    """.split()
)
# Second halves of double-barrelled first names too short or too rare for the list on their
# own ("lily-mae", "billie-jo", "ella-lou").
DOUBLE_NAME_TAILS = frozenset("mae may mai lou jo bo lee belle bella rae ray ann jay".split())
MIN_NAME = 3  # shorter list names are too often words ("bo", "jo"); initials come by context
# Words for people that a context ("X's mum", "my SU X") may put in a name's place.
PERSON_WORDS = frozenset(
    """
    patient patients pt pts kid kids child children boy boys girl girls lad lads lass client
    clients resident residents pupil pupils student students baby babies man woman lady
    gentleman guy bloke family families mum dad mam nan gran carer carers teacher teachers
    parent parents son daughter brother sister husband wife partner friend friends mate
    mates everyone someone somebody anyone nobody everybody one ones other others people
    person class group form set year today yesterday tomorrow tonight morning afternoon
    evening night week weekend shift placement school ward unit home house flat room bed bay
    su sus service user users team staff mentor tutor lecturer manager boss nurse doctor
    maths english science lunch break assembly phonics reading writing spelling chaos drama
    homework behaviour obs meds handover visiting chemo surgery theatre clinic obs sats
    mocks exams exam lesson lessons pe music art history geography french spanish german
    everything nothing something anything cover supply register assembly playtime dinner
    """.split()
)


def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its language-data file without importing spaCy:
    `import spacy.lang.en` imports spaCy itself (and through it torch), about 3 s of CPU that
    a re-run where every score is cached would otherwise spend for one word list. The file is
    plain data with no imports."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(spec.submodule_search_locations[0]) / "lang" / "en" / "stop_words.py"
    return frozenset(runpy.run_path(str(path))["STOP_WORDS"])


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English function words and Faker's list of about 1,000 common English words."""
    lorem = importlib.import_module("faker.providers.lorem.en_US").Provider.word_list
    return _stop_words() | frozenset(w.casefold() for w in lorem)


_NAME_SHAPE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Casefolded first names from Faker's person data (loaded once, on first use)."""
    names: set[str] = set()
    for locale in FIRST_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None) or ()
            for name in value.keys() if isinstance(value, dict) else value:
                if _NAME_SHAPE.fullmatch(name):
                    names.add(name.casefold())
    common = common_words()
    names |= MORE_FIRST_NAMES
    return frozenset(
        n for n in names if len(n) >= MIN_NAME and n not in common and n not in NOT_NAMES
    )


# The words around a name. Each cue's match holds the name as its first word ("after": the
# name comes first) or its last word ("before").
_W = r"[^\W\d_][^\W\d_'’-]{1,20}(?:-[^\W\d_][^\W\d_'’-]{1,20})?"  # "lily-mae" is one name
_FAMILY = (
    r"mum|mam|mom|mummy|mother|dad|daddy|father|parents?|nan|nanna|gran|grandma|grandad|"
    r"carers?|foster ?carers?|foster (?:mum|dad|parents?)|social worker|sister|brother|"
    r"step ?dad|step ?mum|key ?worker|siblings?|twin|mum'?s boyfriend|dad'?s girlfriend|"
    r"uncle|aunt|auntie|son|daughter|lad|boy|girl|kid|kids|baby|babies|little one"
)
_CARE_THINGS = (
    r"placement|ehcp|plan|behaviour|teacher|ta|1:1|support worker|diagnosis|meds|medication|"
    r"file|notes|referral|address|number|house|flat|room|bed|family|daughter|son|wife|"
    r"husband|partner|boyfriend|girlfriend|condition|seizures?|epilepsy|autism|adhd"
)
_LOCATOR = (
    r"(?:in|from|on) (?:my|our|the|her|his) (?:class|form|form group|tutor group|set|group|"
    r"year group|caseload|case load|list|district list|ward|bay|unit|nursery|setting|"
    r"reception class|intervention group|nurture group)|"
    r"(?:in|from|on) (?:my|our|the|her|his) [\w&'-]+ (?:ward|unit|caseload)|"
    r"(?:in|from) (?:my |our |the )?(?:year ?|yr ?|y)\d{1,2}\b|"
    r"(?:in|from) (?:[5-9]|1[0-3])[a-z]{1,2}\d?\b|(?:in|from) (?:reception|nursery|"
    r"year r)\b|(?:in|on) (?:bed|bay|room|ward|side ?room|cubicle) ?\d{1,3}\b|"
    r"\((?:year ?|yr ?|y)\d{1,2}\)|\(\d{1,3}\)"
)
_ROLE_BEFORE = (
    r"(?:my|our|the|a|this|that) (?:su|service user|patient|pt|client|resident|pupil|mentee|"
    r"young person|yp|1:1|one to one|lad|little one|child|kid|boy|girl|baby|student)"
)
NAME_CONTEXT = (
    Cue(
        "conf.name.bed_or_class",
        rf"\b{_W} (?:in|from|on) (?:bed|bay|room|side ?room|cubicle) ?\d{{1,3}}\b|"
        rf"\b{_W} (?:in|from) (?:[5-9]|1[0-3])[a-z]{{1,2}}\d?\b|"
        rf"\b{_W} \((?:year ?|yr ?|y)?\d{{1,2}}[a-z]{{0,2}}\d?\)",
        "name_family",
        "okafor in bed 3 has pulled his cannula out again",
        "lunch is at 12",
        note="A word right before a bed number or a class code is a name, listed or not "
        "('okafor in bed 3', 'ks in 10B').",
    ),
    Cue(
        "conf.name.name_in_locator",
        rf"\b{_W}(?: {_W})? (?:{_LOCATOR})",
        "name_after",
        "freya in my y2 group has just been diagnosed with epilepsy",
        "everyone in my lecture was asleep",
        note="A name then where the person is ('in my class', 'in 10B', 'on my caseload').",
    ),
    Cue(
        "conf.name.possessive_family",
        rf"\b{_W}['’]s (?:new |real |birth |foster |step ?)?(?:{_FAMILY})\b",
        "name_family",
        "tyrese's mum told me at pick up that dad's been arrested",
        "the meeting is at 3",
        note="'X's mum', 'X's foster carer': a name whose family is being discussed.",
    ),
    Cue(
        "conf.name.possessive_care",
        rf"\b{_W}['’]s (?:{_CARE_THINGS})\b",
        "name_after",
        "Jayden's EHCP meeting was today",
        "the placement was long",
        note="'X's placement', 'X's EHCP': a listed or capitalised name only.",
    ),
    Cue(
        "conf.name.family_name",
        r"\bthe (?-i:[A-Z][a-z]{2,20}) (?:family|household|kids|children|twins|boys|girls|"
        r"siblings|boy|girl|lad|kid|baby)\b|\bthe (?-i:[A-Z][a-z]{2,20}s)\b(?= (?:are|were|"
        r"have|had|got|'ve|kids|case|family|house|again)\b)",
        "name_surname",
        "the Khan family are back on a CP plan",
        "the whole family came to visit",
        note="A family by its surname: 'the Khan family', 'the Smiths are'.",
    ),
    Cue(
        "conf.name.nickname",
        rf"\b(?:known as|knows? (?:him|her|them) as|calls? (?:himself|herself|themselves)|"
        rf"nicknamed|goes by|we call "
        rf"(?:him|her|them)|called) ['\"‘“]{_W}(?: {_W})?",
        "name_nickname",
        "everyone knows him as 'Big Gaz'",
        "it's called the big one",
        note="A nickname in quotes: 'Big Gaz', \"Smudge\".",
    ),
    Cue(
        "conf.name.parenthetical",
        rf"\((?:aka |called |name'?s )?{_W}(?: something| [A-Z]\.?)?\)",
        "name_paren",
        "kid in 8H (kai something) got caught vaping",
        "the meeting is at 3 (2pm)",
        note="A name in brackets after a description: '(kai something)', '(Mrs P)'.",
    ),
    Cue(
        "conf.name.appositive_person",
        rf"\b(?:{_ROLE_BEFORE}|(?:the|this|that|a|my|our) (?:lady|man|woman|gentleman|gent|"
        rf"guy|mum|dad|grandad|grandma|nan|family|young man|young woman|old (?:man|lady)))\b"
        rf"(?: (?:with|from|in|on|who|i|we)\b[^,.!?\n]{{1,40}})?, {_W},",
        "name_before_comma",
        "my pupil with the EHCP, ruby, had a meltdown",
        "my pupil, bless him, tried so hard",
        note="A name set off by commas after the person it names: 'my pupil with the EHCP, "
        "ruby, ...'. Any listed name, everyday ones too ('ruby', 'grace').",
    ),
    Cue(
        "conf.name.role_then_name",
        rf"\b{_ROLE_BEFORE}(?:,? (?:called|named|who'?s called))?,? {_W}\b",
        "name_before",
        "my SU frank keeps relapsing",
        "patients were lovely today",
        note="A role word then a name: 'my SU frank', 'patient called Jean'.",
    ),
    Cue(
        "conf.name.their_relative",
        rf"\b(?:her|his|their|the patient'?s|the resident'?s) (?:daughter|son|wife|husband|partner|"
        rf"mum|dad|sister|brother|carer|niece|nephew|grandson|granddaughter),? {_W}\b",
        "name_before",
        "her daughter Lisa rang the ward asking about her DNACPR",
        "my daughter Lisa is visiting",
        note="A relative of the person discussed, named: their family's name is as telling.",
    ),
    Cue(
        "conf.name.called",
        rf"\b(?:boy|girl|kid|child|lad|lass|man|woman|lady|baby|toddler|pupil|patient|resident|"
        rf"client|family|one) (?:called|named|who'?s called) {_W}\b",
        "name_before",
        "there's a boy called jayden who never has lunch",
        "the thing called life",
    ),
    Cue(
        "conf.name.little",
        rf"\b(?:little|lil|baby|young|old) {_W} (?:in|from|on|has|is|was|who|keeps|kept|"
        r"told|said|came|had|got)\b",
        "name_before_verb",
        "little leo in reception has started soiling himself again",
        "little did I know it was the wrong room",
        note="'little leo in reception': the name is the word after 'little'.",
    ),
    Cue(
        "conf.name.appositive",
        rf"\b(?:the )?(?:eldest|youngest|oldest|middle one|older one|younger one|twins?|"
        rf"baby|older (?:brother|sister)|little (?:brother|sister)|big (?:brother|sister)),? "
        rf"{_W}\b",
        "name_before",
        "the eldest, kayla, is a young carer for her mum",
        "she is the eldest",
    ),
)

# Capitals that are abbreviations, not someone's initials.
NOT_INITIALS = frozenset(
    """
    omg lol tbh idk btw imo ngl smh fyi asap rip ok pe re dt it ict sen send ehcp adhd add
    asd asc ot gp sw ta dsl lac cp cin nhs hcpc nmc pgce itt qts ect slt smt hod hoy ks sats
    gcse osce cpd pef pa csw hca rn rmn bp hr rr ed ae icu itu hdu ccu dr mr ms mrs uk us
    eu tv dm pm am uni fyi gcses jsa dla pip uc cv dbs id pin sim ppe pgr sho fy reg ecg
    abg iv im sc po prn nbm dnr eol dols mca mha amhp cpn camhs mash lado yot pru ehc iep
    sendco senco hlta cover it's mh ld sn ni nino dob nok ss sos ama aka tba tbc wtf wth
    ffs fml idc ily ikr jk np ty thx pls plz tho rn hmu wyd brb gtg irl bf gf dm ur ya
    """.split()
)
