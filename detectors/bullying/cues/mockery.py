"""Cues that a message mocks, labels, dismisses or insults a person (bullying's own; the shared
insult cues live in detectors/lexicon/shared.py). Each cue says what it wrongly catches, and
the detector's checks (negation, about oneself, reported speech, banter) handle those cases."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet, shared

APOS = "['’]?"

# Labels that only ever describe a person, so they may reach their target by adjacency
# ("teacher's pet 🙄" right after Megan spoke). False positives: self-description ("I'm such
# a teacher's pet") -> first-person check; quoting ("she called me a drama queen") -> reported
# speech check.
PERSON_LABEL = CueSet(
    "person_label",
    (
        Cue("label.teachers_pet", r"\bteacher" + APOS + r"s\s+pet\b", "mockery",
            "teacher's pet strikes again", "the teacher's pen ran out"),
        Cue("label.suck_up", r"\bsuck[\s-]?ups?\b", "mockery",
            "you're such a suck up", "suck it up, it's one shift"),
        Cue("label.brown_nose", r"\bbrown[\s-]?nos(?:e|er|ing)\b", "mockery",
            "stop brown nosing", "brown bread please"),
        Cue("label.kiss_ass", r"\bkiss[\s-]?ass\b", "mockery",
            "what a kiss ass", "kiss and tell"),
        Cue("label.arse_licker", r"\barse[\s-]?lick\w*", "mockery",
            "total arse licker", "arse about face"),
        Cue("label.know_it_all", r"\bknow[\s-]it[\s-]all\b", "mockery",
            "such a know-it-all", "I know it well by now"),
        Cue("label.attention_seeker", r"\battention[\s-]seek\w*", "mockery",
            "attention seeking again", "attention span of a goldfish"),
        Cue("label.drama_queen", r"\bdrama\s+queen\b", "mockery",
            "she's a drama queen", "drama class tonight"),
        Cue("label.cry_baby", r"\bcry\s*baby\b", "mockery",
            "cry baby", "the baby would not stop crying"),
        # "pick me up at 8" also matches: the target and adjacency checks have to carry it
        Cue("label.pick_me", r"\bpick[\s-]me\b", "mockery",
            "such a pick-me", "can you pick up my notes"),
        Cue("label.try_hard", r"\btry[\s-]?hard\b", "mockery",
            "such a try hard", "try harder next time"),
        Cue("label.snitch", r"\bsnitch\w*", "mockery",
            "snitching to the tutor again", "switch shifts with me"),
        Cue("label.nobody_likes",
            r"\b(?:no\s*one|nobody|no1)\s+(?:even\s+)?likes\s+(?:you|u|her|him|them)\b",
            "mockery", "nobody likes you Megan", "nobody likes the new rota"),
        Cue("label.everyone_hates",
            r"\beveryone\s+(?:hates|is\s+sick\s+of)\s+(?:you|u|her|him|them)\b",
            "mockery", "everyone is sick of her", "everyone hates night shifts"),
        Cue("label.who_does_she_think",
            r"\bwho\s+does\s+(?:she|he)\s+think\s+(?:she|he)\s+is\b",
            "mockery", "who does she think she is", "who does she think will win"),
        Cue("label.thinks_shes_special",
            r"\bthinks?\s+(?:she|he|they|you|u)" + APOS + r"(?:s|re|r)?\s+(?:so\s+)?(?:better|"
            r"special|clever|smart|perfect|amazing|the\s+best|it)\b",
            "mockery", "she thinks she's so special", "I think she's right"),
        Cue("label.so_slow",
            r"\b(?:she|he|you|u)" + APOS + r"(?:s|re|r)?\s+(?:so\s+|such\s+a\s+|well\s+)?(?:slow|"
            r"dense|dim|thick|cringe|weird|sad|desperate|needy|extra)\b",
            "mockery", "she's so slow", "she's so sweet"),
        Cue("label.such_a_baby",
            r"\bsuch\s+a\s+(?:baby|child|sad\s*case|saddo|div|dork|nerd|geek)\b",
            "mockery", "stop being such a baby", "such a cute baby"),
        Cue("label.crying_again", r"\b(?:crying|moaning|whinging)\s+again\b", "mockery",
            "moaning again", "crying with laughter"),
        Cue("label.here_she_goes", r"\bhere\s+(?:she|he)\s+goes\s+again\b", "mockery",
            "here she goes again", "here she comes now"),
        Cue("label.sit_down", r"\bsit\s+down\b(?!\s+(?:with|and|for|at))", "mockery",
            "sit down Megan", "sit down with your mentor"),
    ),
)  # fmt: skip

# Sarcasm that only works at someone's expense. False positives: a genuine "gold star for
# you!" between friends -> banter check (hearts, "love you").
SNEER = CueSet(
    "sneer",
    (
        Cue("sneer.gold_star", r"\bgold\s+star\b", "sarcasm",
            "gold star for Megan", "the gold standard"),
        Cue("sneer.want_a_medal",
            r"\bwant\s+a\s+(?:medal|sticker|cookie|prize|trophy|round\s+of\s+applause)\b",
            "sarcasm", "does she want a sticker", "do you want a coffee"),
        Cue("sneer.cant_wait_to_see_fail",
            r"\bcan" + APOS + r"t\s+wait\s+to\s+see\s+(?:\w+\s+){0,2}?fail\b",
            "sarcasm", "can't wait to see her fail", "can't wait to see you all"),
        Cue("sneer.are_you_even", r"\bare\s+(?:you|u)\s+even\b", "sarcasm",
            "are you even a nurse", "are you eventually coming"),
        Cue("sneer.can_you_not_read", r"\bcan\s+(?:you|u)\s+not\s+read\b", "sarcasm",
            "can you not read the handbook", "can you not come tomorrow"),
        Cue("sneer.do_you_even", r"\bdo\s+(?:you|u)\s+even\s+(?:read|listen|know)\b",
            "sarcasm", "do you even read", "do you even want one"),
        Cue("sneer.bet_she_cried",
            r"\bbet\s+(?:she|he|you|u)\s+(?:cried|cries|loved\s+that)\b",
            "sarcasm", "bet she cried", "bet she passed"),
        Cue("sneer.cant_help_herself",
            r"\b(?:she|he)\s+(?:cannot|can" + APOS + r"t)\s+help\s+(?:herself|himself)\b",
            "sarcasm", "she can't help herself", "she can't help it"),
        Cue("sneer.congrats_on_using",
            r"\bcongrats\s+on\s+(?:using|being|finally|managing|learning)\b",
            "sarcasm", "congrats on finally reading it", "congrats on passing"),
        Cue("sneer.get_a_life", r"\bget\s+a\s+life\b", "sarcasm",
            "get a life", "get a lift home"),
        Cue("sneer.take_the_hint", r"\btake\s+the\s+hint\b", "sarcasm",
            "take the hint", "take the bus"),
        Cue("sneer.read_the_room", r"\bread\s+the\s+room\b", "sarcasm",
            "read the room", "read the notes"),
        Cue("sneer.who_made_you", r"\bwho\s+made\s+(?:you|u)\b", "sarcasm",
            "who made you the boss", "who made the slides"),
        Cue("sneer.imagine_eyeroll",
            r"\bimagine\s+(?:doing|being|caring|thinking|reading|spending)\b[^\n]{0,60}"
            r"[\U0001F913\U0001F644]",
            "sarcasm", "imagine caring this much 🙄", "imagine caring this much"),
    ),
)  # fmt: skip

# "you're a useless cow", "u r so pathetic": "you are" then an insult within two words.
YOU_ARE_INSULT = Cue(
    "putdown.you_are_insult",
    r"\b(?:you|u)(?:" + APOS + r"re|r|\s+are|\s+r)\s+(?:[\w'’]+\s+){0,2}?(?:"
    + shared.INSULT_NOUNS + "|" + shared.INSULT_ADJECTIVES + r")\b",
    "name-calling",
    example="you are honestly useless",
    counter_example="you are honestly brilliant",
)  # fmt: skip

# Sharing a member's contact details so others can pile in: "her email is ... if anyone wants
# to send her feedback", "Natalie's number is ... have fun". Sharing a number alone is a
# confidentiality matter, not this.
DOXXING = Cue(
    "doxxing.contact_details_invite",
    r"\b(?:number|email|e-mail|address|insta|snap(?:chat)?|tiktok)\b[^\n]{0,60}?"
    r"(?:\bhave\s+fun\b|\bif\s+any(?:one|1|body)\s+wants\b|\bfor\s+any(?:one|1|body)\s+who\s+"
    r"wants\b|\bgo\s+wild\b|\bspam\s+(?:her|him|them)\b|\btell\s+(?:her|him|them)\s+(?:what|she|"
    r"he|how))",
    "contact details shared to invite abuse",
    example="her email is megan@example.com if anyone wants to tell her",
    counter_example="her email is in the handbook if anyone needs it",
)

# Swearing at someone ("fuck off Tom", "you absolute prick") is the toxicity detector's
# insult-at-a-person finding; here it counts towards pile-ons and persistence, not BUL003.
OBSCENE = Cue(
    "abuse.obscene_word",
    r"\b(?:f+u+c+k\w*|f[\*\.]+c?k\w*|piss\w*|prick|twat|cunt|dick\w*|knob\w*|bellend|wanker|"
    r"tosser|bastard|arsehole|asshole|dipshit|shit\w*|stfu|gtfo)\b",
    "abuse",
    example="you absolute prick",
    counter_example="you absolute star",
)

# Dismissal of what someone said. Weaker than name-calling (low on its own), but it counts
# towards a pile-on. False positives: "shut up!! no way, congrats" -> banter/supportive check;
# "who asked for the rota" has the shape of "who asked".
DISMISSIVE = CueSet(
    "dismissive",
    (
        Cue("dismiss.nobody_cares",
            r"\b(?:no\s*one|nobody|no1)\s+(?:cares|asked|gives\s+a\s+\w+)\b",
            "dismissive", "nobody cares Megan", "no one came to the lecture"),
        Cue("dismiss.who_asked", r"\bwho\s+(?:asked|cares)\b", "dismissive",
            "ok and who asked", "who has the slides"),
        Cue("dismiss.get_over_it",
            r"\bget\s+over\s+(?:it|yourself|urself|ya\s*self)\b",
            "dismissive", "get over yourself", "get over to the ward"),
        Cue("dismiss.cry_about_it", r"\bcry\s+about\s+it\b", "dismissive",
            "cry about it", "I cried about it all night"),
        Cue("dismiss.stop_moaning",
            r"\bstop\s+(?:moaning|whining|whinging|crying|complaining|being\s+(?:so\s+)?"
            r"(?:dramatic|extra|needy))\b",
            "dismissive", "stop moaning", "stop being late"),
        Cue("dismiss.give_it_a_rest", r"\bgive\s+it\s+a\s+rest\b", "dismissive",
            "give it a rest", "give it a go"),
        Cue("dismiss.not_this_again", r"\bnot\s+this\s+again\b", "dismissive",
            "not this again", "not this week"),
        Cue("dismiss.ok_boomer", r"\bok\s+boomer\b", "dismissive", "ok boomer", "ok boss"),
        Cue("dismiss.ok_and", r"\bok\s+and\s*\?", "dismissive", "ok and?", "ok and you"),
        Cue("dismiss.didnt_ask", r"\bdidn" + APOS + r"t\s+ask\b", "dismissive",
            "didn't ask", "didn't answer"),
        Cue("dismiss.care_less", r"\bcare\s+less\b", "dismissive",
            "couldn't care less", "care plan due"),
    ),
)  # fmt: skip

# "Megan is so slow", "Aisha's a snake": a member's name as the subject of an insult. Matched
# just after a member's name (NAME_PREDICATE) or, for the first pass, anywhere (IS_INSULT).
_IS_INSULT = (
    r"(?:is|was|=|['’]s|be|being)\s+(?:" + shared.INTENSIFIERS + r"\s+){0,3}(?:"
    + shared.INSULT_NOUNS + "|" + shared.INSULT_ADJECTIVES
    + r"|slow|dense|dim|weird|cringe|desperate|needy|extra|a\s+baby|such\s+a\s+baby)\b"
)  # fmt: skip
NAME_PREDICATE = Cue(
    "putdown.name_is_insult",
    r"\s*,?\s*" + _IS_INSULT,
    "name-calling",
    example=" is so slow",
    counter_example=" is so kind",
)
IS_INSULT = Cue(
    "putdown.is_insult",
    _IS_INSULT,
    "name-calling",
    example="Aisha's a snake",
    counter_example="Aisha's a star",
)

# Sarcasm and put-downs without insult words: each only works at someone's expense, so aimed
# at a member it is a jibe on its own. False positives: the same words said of oneself or
# of a task -> the target and "about me" checks.
SARCASM = CueSet(
    "sarcasm",
    (
        Cue("sneer.of_course_you",
            r"\b(?:of\s+)?course\s+(?:you|u|she|he)\s+(?:did|do|does|have|has|would|are|is|were|"
            r"was)\b(?=\s*(?:[^\w\s]|$))",
            "sarcasm", "of course you have 🙄", "of course you can borrow it"),
        Cue("sneer.really_thought",
            r"\b(?:you|u|she|he|they)\s+(?:really|actually|genuinely)\s+thought\b",
            "sarcasm", "you really thought that was worth a message huh",
            "you really helped me today"),
        Cue("sneer.nobody_asked_for",
            r"\b(?:nobody|no\s*one|no1)(?:['’]s|\s+is|\s+was)?\s+(?:asked\s+for|reading|"
            r"listening\s+to|watching|opening|subscribed\s+to)\b",
            "sarcasm", "the podcast nobody asked for", "nobody asked me about the rota"),
        Cue("sneer.question_count", r"\b(?:question|message)\s+(?:number|no\.?)\s*\d+",
            "sarcasm", "here we go, question number 400 of the day", "question 14 was hard"),
        Cue("sneer.google_exists",
            r"\b(?:google\s+(?:exists|is\s+free)|(?:ever\s+)?heard\s+of\s+google)\b",
            "sarcasm", "ffs google exists", "the google docs link is pinned"),
        Cue("sneer.understand_a_word",
            r"\b(?:understand|make\s+out)\s+(?:a\s+(?:single\s+)?word|anything)\s+(?:you|u|she|"
            r"he|they)\s+(?:say|says|said)\b",
            "sarcasm", "can they even understand a word you say up there",
            "I couldn't understand a word of the lecture"),
        Cue("sneer.someone_keen",
            r"\bsomeone['’]?s\s+(?:desperate|keen|thirsty|trying\s+(?:too\s+|so\s+)?hard)\b",
            "sarcasm", "someone's desperate for the top grade", "someone's coming to fix it"),
        Cue("sneer.bless_she_tried",
            r"\bbless\b(?:\s+(?:her|him|them))?[,.!\s]+(?:she|he|they)(?:['’]s|\s+is|\s+was)?\s+"
            r"(?:tried|trying|tries)\b",
            "sarcasm", "bless, she's trying so hard", "bless you, hope you feel better"),
        Cue("sneer.one_more",
            r"\bif\s+\w+\s+(?:asks?|says?|posts?|sends?|mentions?|talks\s+about)\s+one\s+more\b",
            "sarcasm", "I swear if she asks one more question I'm going to scream",
            "if it jams one more time I'll scream"),
        # "he never pulls his weight", "she only slows us down", "dead weight": a member put
        # down as useless to the group, the usual reason given for leaving them out.
        Cue("putdown.dead_weight",
            r"\b(?:never|doesn" + APOS + r"t|don" + APOS + r"t|didn" + APOS + r"t|won" + APOS
            + r"t|not)\s+pull(?:s|ing)?\s+(?:his|her|their|your|ur)\s+(?:own\s+)?weight\b|"
            r"\b(?:only|just|always)\s+(?:slows?|drags?|holds?)\s+(?:us|everyone|the\s+group)\s+"
            r"(?:down|back)\b|\bdead\s+weight\b",
            "put-down", "good, he never pulls his weight anyway", "he always pulls his weight"),
        Cue("sneer.dressed_in_the_dark",
            r"\bdress(?:ed)?\s+(?:in\s+the\s+dark|like\s+(?:a|an)\s+\w+)",
            "sarcasm", "did you get dressed in the dark", "dress for the weather tomorrow"),
    ),
)  # fmt: skip

# Weak signs of mockery: on their own they say little ("here we go again" about a rota, an
# eye-roll at the printer), but aimed at a member and joined by others' laughter, or said
# straight after a jibe, they are part of it.
WEAK_MOCKERY = CueSet(
    "weak_mockery",
    (
        Cue("mock.eye_roll", r"\U0001F644", "mockery", "honestly every single day 🙄",
            "honestly every single day 😊", flags=0),
        Cue("mock.clown", r"\U0001F921", "mockery", "🤡🤡", "🎉🎉", flags=0),
        Cue("mock.snake", r"\U0001F40D", "mockery", "🐍", "🐝", flags=0),
        Cue("mock.bored", r"[\U0001F634\U0001F971\U0001F4A4]", "mockery", "😴😴", "😊😊", flags=0),
        Cue("mock.nerd", r"\U0001F913", "mockery", "ok nerd 🤓", "ok nerd", flags=0),
        Cue("mock.here_we_go", r"\bhere\s+we\s+go(?:\s+again)?\b", "mockery",
            "omg here we go", "here we are"),
        Cue("mock.every_single", r"\bevery\s+single\s+(?:day|time|lecture|week|session)\b",
            "mockery", "honestly every single day", "every single patient"),
        Cue("mock.not_hard", r"\b(?:it['’]?s|its|it\s+is)\s+not\s+(?:hard|that\s+hard|rocket\s+"
            r"science)\b", "mockery", "it's on the timetable, it's not hard",
            "it's not far to walk"),
        Cue("mock.imagine", r"\bimagine\s+(?:not\s+)?(?:knowing|asking|needing|being|having|"
            r"thinking|caring|doing|getting)\b", "mockery",
            "imagine not knowing that in second year", "imagine a week off"),
        Cue("mock.looks_like", r"\b(?:she|he|you|u)\s+looks?\s+like\s+(?:a|an)\s+\w+",
            "mockery", "she looks like a highlighter lmao", "she looks lovely"),
        Cue("mock.voice_accent", r"\b(?:her|his|your|ur|that)\s+(?:accent|voice|laugh)\b",
            "mockery", "that accent tho", "that was a great lecture"),
        Cue("mock.oh_great_another", r"\b(?:oh\s+)?great[,.!]*\s+another\b", "mockery",
            "great, another one who'll ask questions all day", "great work everyone"),
        Cue("mock.not_another", r"\bnot\s+another\b", "mockery",
            "not another voice note", "not any more"),
        Cue("mock.lol_ok", r"\b(?:lol|lmao)\s+ok\b", "mockery", "lol ok", "ok see you there"),
    ),
)  # fmt: skip

MOCK_EMOJI = frozenset({"mock.eye_roll", "mock.clown", "mock.snake", "mock.bored", "mock.nerd"})

CUES = (
    *PERSON_LABEL.cues, *SNEER.cues, YOU_ARE_INSULT, DOXXING, OBSCENE, *DISMISSIVE.cues,
    NAME_PREDICATE, IS_INSULT, *SARCASM.cues, *WEAK_MOCKERY.cues,
)  # fmt: skip
