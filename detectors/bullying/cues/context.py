"""Cues about the conversation around a jibe: defending or kindness, banter, negation, talking
about oneself, laughter and egging on, how the person teased answers, and pronouns."""

from __future__ import annotations

from detectors.lexicon import Cue, CueSet

APOS = "['’]?"

# Defending someone or saying something kind. Whole-message suppressors for member mockery,
# dismissal and exclusion. "stop" alone is not here: "stop being such a baby" is a jibe.
SUPPORTIVE = CueSet(
    "supportive",
    (
        Cue("support.guys_stop",
            r"\b(?:guys|pls|please|just|ok|okay|come\s+on|seriously)[,\s]+stop\b", "supportive",
            "guys stop, this is bullying", "guys stopping by later?"),
        Cue("support.stop_it", r"\bstop\s*(?:it|this|that|now|guys|,|!|\.|$)", "supportive",
            "stop it now", "stop being such a baby"),
        Cue("support.stop_picking_on",
            r"\bstop\s+(?:being\s+mean|picking\s+on|bullying|having\s+a\s+go)", "supportive",
            "stop picking on her", "stop picking the scab"),
        Cue("support.leave_alone", r"\bleave\s+(?:her|him|them|\w+)\s+alone\b", "supportive",
            "leave her alone guys", "leave her a message"),
        Cue("support.this_is_bullying", r"\b(?:this|that)\s+is\s+bullying\b", "supportive",
            "this is bullying", "this is building work"),
        Cue("support.thats_not_fair",
            r"\bthat" + APOS + r"s\s+(?:bullying|not\s+fair|unfair|not\s+ok(?:ay)?|"
            r"out\s+of\s+order|harsh|mean|low|nasty|uncalled\s+for|too\s+far)\b", "supportive",
            "that's too far Tom", "that's too funny Tom"),
        Cue("support.not_cool", r"\bnot\s+(?:cool|fair|nice|kind|ok|okay)\b", "supportive",
            "not cool guys", "not coming guys"),
        Cue("support.be_kind", r"\bbe\s+(?:kind|nice)\b", "supportive",
            "be kind please", "be kinder to yourself"),
        Cue("support.no_need", r"\bno\s+need\s+(?:for|to)\b", "supportive",
            "no need for that", "no needles today"),
        Cue("support.out_of_order", r"\b(?:out\s+of\s+order|uncalled\s+for)\b", "supportive",
            "that was uncalled for", "the printer is out of paper"),
        Cue("support.thanks",
            r"\bthanks?\b(?!\s+for\s+nothing)|\bthank\s+(?:you|u)\b|\bty\b", "supportive",
            "thanks Megan, that's helpful", "thanks for nothing Megan"),
        Cue("support.praise",
            r"\b(?:helpful|well\s+done|proud\s+of)\b|\bcongrat\w*|\bgood\s+luck\b", "supportive",
            "well done on the exam", "well then, the exam"),
        Cue("support.hope_youre_ok",
            r"\bhope\s+(?:you|u)" + APOS + r"(?:re|r)?\s+ok\b|\byou" + APOS + r"ve\s+got\s+this\b",
            "supportive", "hope you're ok Megan", "hope you're coming Megan"),
        Cue("support.dont_listen",
            r"\bdon" + APOS + r"t\s+listen\s+to\b|\bignore\s+(?:them|her|him)\b", "supportive",
            "don't listen to them", "do listen to them"),
    ),
)  # fmt: skip

# Friendly banter: affection beside the teasing. False negatives: a bully adding a heart -
# accepted, because flagging every friend's "you muppet ❤️" would bury the real findings.
BANTER = CueSet(
    "banter",
    (
        Cue("banter.love_you", r"\blove\s+(?:you|u|ya|her|him)\b|\bily\b", "banter",
            "you muppet, love you", "you'd love the new ward"),
        Cue("banter.pet_name",
            r"\b(?:legend|bestie|babe|hun|yas+\s+queen|my\s+fave)\b", "banter",
            "you nerd, bestie", "you nerd, best of luck"),
        Cue("banter.just_kidding", r"\b(?:just\s+kidding|you\s+love\s+it)\b", "banter",
            "just kidding", "just kids today"),
        Cue("banter.heart",
            r"[\u2764\u2665\U0001F495\U0001F496\U0001F497\U0001F49C\U0001F49B\U0001F49A\U0001F499"
            r"\U0001F9E1\U0001F618\U0001F970\U0001F917\U0001F60D]", "banter",
            "Megan you nerd ❤️", "Megan you nerd"),
        Cue("banter.kisses", r"\bx{1,3}\s*$", "banter", "see you later xx", "see you later"),
    ),
)  # fmt: skip

# Matched on the 30 characters before an insult: "I'm so thick" is about oneself.
FIRST_PERSON_BEFORE = Cue(
    "self.first_person_before",
    r"\b(?:i|i" + APOS + r"m|im|i\s+am|i\s+was|i\s+feel|me|myself|we" + APOS + r"re|we\s+are)"
    r"\s+(?:\w+\s+){0,2}$",
    "self",
    example="honestly I'm so ",
    counter_example="honestly she's so ",
)
_NT_WORDS = (
    r"\b(?:dont|cant|wont|isnt|arent|wasnt|werent|didnt|doesnt|hasnt|havent|couldnt|"
    r"shouldnt|wouldnt|aint)\b"
)
# The writer talking about themselves ("I even answered a question", "it destroyed me").
FIRST_PERSON = Cue(
    "self.first_person",
    r"\b(?:i|i" + APOS + r"m|im|i" + APOS + r"ve|ive|i" + APOS + r"d|me|my|mine|myself)\b",
    "self",
    example="question 4 destroyed me",
    counter_example="question 4 destroyed everyone",
)
# Matched on the 40 characters before a cue: "you're not thick", "nobody thinks she's slow".
NEGATION_BEFORE = CueSet(
    "negation_before",
    (
        # "n't" needs its apostrophe, or one of the contractions typed without it: bare "nt"
        # ends "placement" and "pleasant"
        Cue("negation.not_before",
            r"(?:\bnot|n['’]t|" + _NT_WORDS + r"|\bnever)\W+(?:\w+\W+){0,3}$",
            "negation", "you're not ", "our placement lead is "),
        Cue("negation.nobody_thinks_before",
            r"(?:\bno\s+one|\bnobody)\s+(?:thinks|said)\W+(?:\w+\W+){0,3}$",
            "negation", "nobody thinks you're ", "everyone thinks you're "),
        Cue("negation.dont_call_before",
            r"(?:\bstop\s+calling|\bdon" + APOS + r"t\s+call)\W+(?:\w+\W+){0,3}$",
            "negation", "stop calling her ", "please call her "),
    ),
)  # fmt: skip
# Inside a matched phrase: "you're not thick", "isn't useless".
NEGATION_INSIDE = Cue(
    "negation.inside",
    r"\bnot\b|n['’]t\b|" + _NT_WORDS,
    "negation",
    example="is not slow",
    counter_example="is so slow",
)

# Laughter, as whole messages. Atomic groups ((?>...), Python 3.11+): "hahahaha" is one token,
# never re-split, so a long laugh followed by other text fails in linear time.
_LAUGH = (
    r"(?:l+o+l+|l+m+f*a+o+|a?(?:ha){2,}h?|ha+h+|(?:he){2,}|rofl|xd|dead|i" + APOS + r"m\s+dead|"
    r"im\s+dead|crying|screaming|[\U0001F602\U0001F923\U0001F62D\U0001F480\U0001F606\U0001F639"
    r"\U0001F648\U0001F605\U0001F604\U0001F601\U0001F92D\U0001F60F\U0001F644\u2620\U0001F3FB-"
    r"\U0001F3FF\ufe0f\u200d])"
)
# Laughing emoji in a reply (not the eye-roll, which is annoyance): the person joked about
# laughing along.
LAUGH_EMOJI = Cue(
    "laughter.emoji",
    r"[\U0001F602\U0001F923\U0001F62D\U0001F480\U0001F606\U0001F639\U0001F648\U0001F605"
    r"\U0001F604\U0001F601\U0001F92D\U0001F60E\U0001F61C\U0001F61D\U0001F92A\U0001F643]",
    "laughter",
    example="I thought I'd killed it 😭",
    counter_example="I'm from Glasgow not the moon 🙄",
    flags=0,
)
# Egging on: "do it", "facts", "stoppp 😂" - only ever counted right after a jibe.
# Egging on or agreeing, said straight after a jibe: "facts", "she does tho", "not wrong".
_REACTION = (
    r"(?:do\s+it|facts|big\s+facts|so\s+true|true|fr|for\s+real|ikr|exactly|same|stop{2,}|"
    r"sto{2,}p+|omg|bruh|literally|so\s+real|deadass|ngl|tbh|honestly|spot\s+on|accurate|"
    r"the\s+accuracy|periodt?|i\s+can"
    + APOS
    + r"t(?:\s+even)?|(?:not|aint|isn"
    + APOS
    + r"t)\s+wrong|(?:she|he|they|u|you)\s+(?:really\s+|literally\s+|actually\s+)?(?:does|do|"
    r"did|is|are|was|has)(?:\s+(?:tho|though|fr|tbh))?|tho|though|"
    r"[\U0001F4AF\U0001F44F\U0001F64C\U0001F440\U0001F92D\U0001F648\U0001F446])"
)
LAUGHTER_ONLY = Cue(
    "laughter.only",
    r"\A[\s!.?]*(?:(?>" + _LAUGH + r")[\s!.?]*)+\Z",
    "laughter",
    example="😂😂😂",
    counter_example="😂 that's not fair",
)
REACTION_ONLY = Cue(
    "laughter.reaction_only",
    r"\A[\s!.?,]*(?:(?>" + _LAUGH + "|" + _REACTION + r")[\s!.?,]*)+\Z",
    "laughter",
    example="facts 💯",
    counter_example="facts about the exam",
)
# "LMAOOO she cannot help herself": laughter first, then a few words about the person.
LAUGH_LED = Cue(
    "laughter.led",
    r"\A\s*(?:(?>" + _LAUGH + r")[\s!.?,]*)+(?:\S+(?:\s+|$)){1,6}\Z",
    "laughter",
    example="LMAOOO she cannot help herself",
    counter_example="she cannot help herself lol",
)

# A short reply with laughter in it ("can't make this up 😂", "perfect 😂", "she's not wrong
# 💀"): right after a jibe, it joins in.
_LAUGH_TOKEN = (
    r"(?:(?<![^\W\d_])(?:l+o+l+|l+m+f*a+o+|a?(?:ha){2,}h?|(?:he){2,}|rofl)(?![^\W\d_])|"
    r"[\U0001F602\U0001F923\U0001F62D\U0001F480\U0001F606\U0001F639\U0001F605\U0001F92D])"
)
SHORT_LAUGH = Cue(
    "laughter.short_reply",
    r"\A\s*(?:\S+\s+){0,5}?\S*?(?>" + _LAUGH_TOKEN + r")[\s\S]{0,40}\Z",
    "laughter",
    example="can't make this up 😂",
    counter_example="this is a long message about the assignment deadline and the rota 😂",
)

# Agreeing with a plan, and nothing else: after a plan to leave someone out, it joins in.
AGREEMENT_ONLY = Cue(
    "reply.agreement_only",
    r"\A[\s!.,]*(?:(?:\U0001F44D|\U0001F44C|yes+|yep|yeah|agreed|good|deal|sounds\s+good|"
    r"do\s+it|facts|true|same|100%?)[\s!.,]*)+\Z",
    "laughter",
    example="👍",
    counter_example="👍 see you there",
)
# Phatic replies ("welcome Tasha!", "thanks 🙏", "👋"): they answer someone but say nothing,
# so "you"/"she" in the next message points past them, at whoever started the thread.
PHATIC = Cue(
    "reply.phatic",
    r"\A[\s!.,]*(?:(?:welcome(?:\s+back)?|hi+|hey+|hiya|hello|thanks?|thank\s+(?:you|u)|ty|"
    r"cheers|ta|ok(?:ay)?|kk?|yes+|yeah|yep|yup|nope|sure|nice|cool|lovely|congrats|well\s+done|"
    r"good\s+luck|morning|night|np|no\s+worries|no\s+way|omg|yay+|woo+|aw+|amazing|brilliant|"
    r"me\s+too|same|count\s+me\s+in|\+1|i['’]?m\s+in|"
    r"fab|(?:that['’]?s|thats)\s+(?:amazing|great|brilliant|lovely|so\s+good)|so\s+happy\s+"
    r"for\s+(?:you|u)|love\s+(?:that|this)|[\U0001F44B\U0001F44D\U0001F64F\U0001F389"
    r"\U0001F64C\U0001F60A\U0001F973\u2764\ufe0f\U0001F3FB-\U0001F3FF\u200d])[\s!.,]*)+"
    # and a nickname the chat does not know ("congrats Bex")
    r"(?:(?-i:[A-Z][a-z]{1,14})[\s!.,\U0001F44B\U0001F64F\U0001F389\u2764\ufe0f]*)?\Z",
    "target",
    example="congrats Bex",
    counter_example="welcome to the group, we're all thick here",
)

# How the person teased answers: light-hearted, or hurt.
LIGHT_REPLY = CueSet(
    "light_reply",
    (
        Cue("reply.light_emoji",
            r"[\U0001F60E\U0001F61C\U0001F61D\U0001F92A\U0001F602\U0001F923\U0001F605\U0001F643]",
            "banter", "I'm a clown who got 70 😎", "I'm a clown who got 70"),
        Cue("reply.light_word",
            r"\b(?:lol|lmao|haha\w*|fair|touch[eé]|guilty|true|takes\s+one\s+to\s+know)\b",
            "banter", "guilty as charged", "that's not on"),
    ),
)  # fmt: skip
HURT_REPLY = CueSet(
    "hurt_reply",
    (
        Cue("reply.not_fair", r"\bnot\s+(?:fair|funny|nice|ok(?:ay)?|cool)\b", "hurt",
            "that's not funny Tom", "that's so funny Tom"),
        Cue("reply.hurt", r"\bhurt|\bupset", "hurt", "that hurt tbh", "that was fun tbh"),
        Cue("reply.why_would", r"\bwhy\s+(?:would|are|do)\b", "hurt",
            "why would you say that", "why not"),
        Cue("reply.objection", r"\b(?:stop|rude|mean|wtf|harsh|seriously)\b", "hurt",
            "wow rude", "wow ok"),
        Cue("reply.leave_me", r"\bleave\s+me\b", "hurt", "leave me alone", "leave it"),
        Cue("reply.not_for_fun", r"\bnot\s+for\s+fun\b", "hurt",
            "I asked, not for fun", "just for fun"),
        Cue("reply.its_not", r"\bit" + APOS + r"s\s+not\b", "hurt",
            "it's not like that", "it's fine"),
    ),
)  # fmt: skip

# An insult whose subject is a described person ("the new girl on my ward is ...", "my
# patient is ...") is about someone outside the chat unless a member is named. Matched at the
# start of the insult's span.
DESCRIBED_SUBJECT = Cue(
    "target.described_subject",
    r"(?:the|that|this|my|our|their|his|her|your|ur)\s",
    "target",
    example="the new girl on my ward is thick",
    counter_example="she's so thick",
)
PRONOUN = Cue(
    "target.pronoun",
    r"\b(?:she|he|her|him|they|them|she" + APOS + r"s|he" + APOS + r"s)\b",
    "target",
    example="lol she's a try hard",
    counter_example="lol we all passed",
)

# Someone standing up for a member ("guys pack it in", "leave her alone", "that was uncalled
# for", "that's so mean"): said straight after messages aimed at that member, it is the
# conversation's own verdict that they were put down, whatever words the put-down used.
DEFENCE = CueSet(
    "defence",
    (
        Cue("defence.stop",
            r"\b(?:guys|pls|please|ok|okay|come\s+on|seriously|omg|oi|mate|honestly)[,\s]+"
            r"(?:stop|enough|pack\s+it\s+in|knock\s+it\s+off|cut\s+it\s+out)\b|\b(?:pack\s+it\s+"
            r"in|knock\s+it\s+off|cut\s+it\s+out|that" + APOS + r"s\s+enough|enough\s+now)\b",
            "defence", "guys pack it in", "stop by the library later guys"),
        Cue("defence.leave_alone",
            r"\bleave\s+(?:her|him|them|\w+)\s+alone\b|\b(?:back|lay)\s+off\s+(?:her|him|them|"
            r"\w+)\b|\bleave\s+it\s+out\b", "defence", "leave Bex alone", "leave early"),
        Cue("defence.bullying",
            r"\b(?:this|that)\s+is\s+bullying\b|\bthat" + APOS + r"s\s+bullying\b|"
            r"\bstop\s+(?:being\s+mean|picking\s+on|bullying|having\s+a\s+go)", "defence",
            "this is bullying", "this is building work"),
        Cue("defence.out_of_order",
            r"\b(?:out\s+of\s+order|uncalled\s+for|(?:a\s+bit\s+|way\s+)?too\s+far|below\s+the\s+"
            r"belt)\b", "defence", "that was uncalled for", "that was called off"),
        Cue("defence.thats_mean",
            r"\b(?:that" + APOS + r"s|thats|that\s+was|you" + APOS + r"re\s+being|ur\s+being)\s+"
            r"(?:so\s+|really\s+|well\s+|proper\s+)?(?:mean|nasty|harsh|unkind|horrible|cruel|"
            r"low|unnecessary)\b", "defence", "that's so mean", "that's so good"),
        Cue("defence.not_cool",
            r"\b(?:not|isn" + APOS + r"t|wasn" + APOS + r"t)\s+(?:cool|ok|okay|kind|nice|on)\b"
            r"(?!\s+(?:with|for|to|if)\b)", "defence", "guys that's not on", "is that ok with you"),
        Cue("defence.how_we_talk",
            r"\bnot\s+how\s+we\s+(?:talk|speak|treat)\b|\bno\s+need\s+for\s+(?:that|this)\b",
            "defence", "that's not how we talk to each other", "that's how we talk"),
    ),
)  # fmt: skip

# "ignore Jordan Tasha, he's like this with everyone": telling the person teased to pay no heed
# to a member (a capitalised name) or to "them". The name is usually the target's, so it never
# points at a put-down (reactions.py); it only says an exchange was not a joke everyone enjoyed.
IGNORE_THEM = Cue(
    "defence.ignore_them",
    r"\bignore\s+(?:them|her|him|(?-i:[A-Z][a-z]+))\b(?!\s+(?:the|my|that|this|it)\b)",
    "defence",
    example="ignore Jordan Tasha, he's like this with everyone",
    counter_example="ignore my last message",
)

# How a member answers a message that hurt them ("that's not funny", "I was only asking", "why
# would you say that"): the conversation's sign that the message before was a put-down.
HURT_STRICT = CueSet(
    "hurt_strict",
    (
        Cue("hurt.not_funny", r"\b(?:not|isn" + APOS + r"t|wasn" + APOS + r"t)\s+(?:funny|nice|"
            r"fair|kind)\b", "hurt", "that's not funny Tom", "that's so funny Tom"),
        Cue("hurt.why_would_you",
            r"\bwhy\s+(?:would|do|are)\s+(?:you|u|people|everyone)\s+(?:say|do|be|being|always|"
            r"like|so)\b", "hurt", "why would you say that", "why would you book a room"),
        Cue("hurt.only_asking",
            r"\bi\s*(?:was|am|" + APOS + r"m)?\s+(?:only|just)\s+(?:asking|trying\s+to\s+help|"
            r"trying|saying|wanted\s+to)\b", "hurt", "I was only asking", "I was only late"),
        # "ok thanks" is polite; "wow ok" and "cheers for that" are not
        Cue("hurt.curt", r"\bwow[,.]?\s+(?:ok|okay)\b|\b(?:ok|okay)[,.]?\s+wow\b|\bcheers\s+for\s+"
            r"that\b", "hurt", "wow ok", "ok thanks"),
        Cue("hurt.that_hurt",
            r"\bthat\s+(?:actually\s+|really\s+)?(?:hurt|stung)\b|\b(?:hurtful|upsetting)\b",
            "hurt", "that actually hurt", "that hurts my brain"),
        Cue("hurt.leave_me_alone", r"\bleave\s+me\s+alone\b", "hurt", "just leave me alone",
            "leave me a seat"),
    ),
)  # fmt: skip

# Sympathy ("oh bless him 😞", "poor thing", "aww"): a veto on the classifier's put-down score,
# which shares words with "bless, she tried".
SYMPATHY = CueSet(
    "sympathy",
    (
        Cue("sympathy.sad_emoji", r"[\U0001F61E\U0001F622\U0001F97A\U0001F614\U0001F494]",
            "sympathy", "oh bless him 😞", "oh bless him 😂", flags=0),
        Cue("sympathy.poor_thing", r"\bpoor\s+(?:thing|him|her|you|u|love|lass|lad|soul)\b|"
            r"\baw+\b|\bsending\s+(?:hugs|love)\b", "sympathy",
            "aww poor thing", "poor marks again"),
    ),
)  # fmt: skip

# A member saying they feel picked on or left out: the target speaking, never a bully (in a
# self-review it may deserve a gentle note, not a finding).
VICTIM_REPORT = CueSet(
    "victim_report",
    (
        Cue("victim.picked_on",
            r"\b(?:picked|picking|pick|ganged|ganging|gang)\s+(?:on|up\s+on)\s+me\b|"
            r"\bhav(?:e|ing)\s+a\s+go\s+at\s+me\b",
            "victim", "I feel like certain people just pick on me", "stop picking on her"),
        Cue("victim.being_targeted",
            r"\b(?:being|getting|been|feel(?:ing)?)\s+(?:so\s+)?(?:picked\s+on|targeted|singled\s+"
            r"out|left\s+out|excluded|bullied|ganged\s+up\s+on)\b",
            "victim", "I'm honestly starting to feel like I'm being picked on in here",
            "she's being left alone to do it"),
        Cue("victim.everyone_hates_me",
            r"\b(?:everyone|people|you\s+all|certain\s+people|some\s+people)\s+(?:hates?|has\s+it\s+"
            r"in\s+for|have\s+it\s+in\s+for)\s+me\b",
            "victim", "feels like some people have it in for me", "some people have it in for him"),
    ),
)  # fmt: skip

# How a member shown only by number introduces themselves: "hi all, Tasha here", "I'm
# Kayleigh". Case matters (a name is capitalised when introduced); "Anyone here?" has the
# same shape, so a word the chat mostly writes in lower case is not taken as a name.
SELF_INTRO = Cue(
    "target.self_intro",
    r"\b(?:[Ii]['’]?m|[Ii]\s+am|[Mm]y\s+name(?:['’]s|\s+is))\s+([A-Z][a-z]{2,})\b|"
    r"(?:^|[,.!]\s*|\b(?:[Hh]i|[Hh]iya|[Hh]ey|[Hh]ello)\W+(?:all|everyone|guys)?\W*)"
    r"([A-Z][a-z]{2,})\s+here\b",
    "target",
    example="hi everyone, Tasha here, just transferred",
    counter_example="hi everyone, just transferred here",
    flags=0,
)

CUES = (
    *DEFENCE.cues, IGNORE_THEM, *HURT_STRICT.cues, *SYMPATHY.cues, *SUPPORTIVE.cues,
    *VICTIM_REPORT.cues,
    SELF_INTRO, *BANTER.cues, FIRST_PERSON_BEFORE, FIRST_PERSON,
    *NEGATION_BEFORE.cues, NEGATION_INSIDE, LAUGHTER_ONLY, REACTION_ONLY, LAUGH_LED,
    AGREEMENT_ONLY, PHATIC, LAUGH_EMOJI, SHORT_LAUGH,
    *LIGHT_REPLY.cues, *HURT_REPLY.cues, DESCRIBED_SUBJECT, PRONOUN,
)  # fmt: skip
