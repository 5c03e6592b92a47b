"""Naming-and-shaming cues (CND004): a plan to post about a placement, ward, school or member
of staff on public social media, to "expose" them. Evidence is a publishing act aimed at a
public place (Facebook, TikTok, a Google review, the local paper) or an exposing word, plus
what it is about (ORG_OR_STAFF). Shaming a fellow student is the bullying detector's BUL006;
this detector leaves messages about a member alone.

False positives: clinical "expose the wound" and "exposed to TB" (vetoed, and no workplace
object), posting one's own news, and warnings ("if you post that on Facebook you'll end up in
a PCPS meeting"), which the shared negation cue reads."""

from __future__ import annotations

from detectors.conduct.cues.common import STAFF_ROLE
from detectors.lexicon import Cue, CueSet

_PUBLIC_PLACE = (
    r"(?:facebook|fb|twitter|tiktok|tik\s+tok|insta(?:gram)?|reddit|subreddit|"
    r"linkedin|mumsnet|social\s+media|socials|(?:my|her|his|their|private)\s+story|snapchat\s+"
    r"story|threads|bluesky|youtube|google(?:\s+reviews?)?|trustpilot|glassdoor|indeed|"
    r"the\s+student\s+room|(?:student\s+)?forum|rate\s+my\s+\w+|nhs\s+website|change\.org|"
    r"petition|confessions\s+page|(?:the\s+)?(?:internet|news|press|local\s+(?:paper|news|rag)|"
    r"echo|daily\s+mail|bbc)|the\s+sun|publicly|(?:the\s+)?(?:local\s+)?"
    r"(?:facebook|fb|community)\s+(?:page|group)|nextdoor|tripadvisor|the\s+(?:mums|parents)"
    r"['’]?\s+(?:group|page)|hashtag|the\s+whole\s+(?:internet|world|of\s+\w+))"
)
PUBLISH = CueSet(
    "conduct.shaming",
    (
        Cue(
            "conduct.shaming.post_publicly",
            r"\b(?:post(?:ed|ing|s)?|put(?:ting|s)?|shar(?:e|ed|ing)|writ(?:e|ing)|wrote|"
            r"tweet(?:ed|ing)?|blast(?:ed|ing)?|expos(?:e|ed|ing)|call(?:ing|ed)?\s+(?:[\w'’]+\s+)"
            r"{0,3}?out|slat(?:e|ed|ing)|rant(?:ing)?|vent(?:ing)?|upload(?:ed|ing)?|"
            r"review(?:ed|ing)?|thread|story|vid(?:eo)?s?|tiktoks?|reels?|status|"
            r"go(?:ing)?\s+live|complain(?:ing)?|air(?:ing)?)\s+(?:[\w'’]+\s+){0,6}?(?:on|to|onto|"
            r"all\s+over|in)\s+(?:my\s+|the\s+|their\s+|his\s+|her\s+|a\s+)?"
            + _PUBLIC_PLACE
            + r"\b",
            "post publicly",
            "I'm going to post about this ward on facebook",
            "I'm going to post about this ward in the handover",
        ),
        Cue(
            "conduct.shaming.expose",
            r"\b(?:expos(?:e|ed|ing)(?!\s+(?:to|the\s+(?:wound|site|area|skin|chest|abdomen|"
            r"leg|arm)))|name\s+(?:and|&|n)\s+shame|nam(?:e|ed|ing)\s+(?:and|&|n)\s+sham(?:e|ed|ing)|"
            r"go(?:ing)?\s+public|let\s+(?:the\s+(?:world|public|internet)|everyone\s+online)|"
            r"(?:make|making)\s+(?:it|this|them|her|him)\s+(?:go\s+)?viral|(?:go|goes|went|"
            r"going)\s+viral|blow(?:ing)?\s+the\s+whistle\s+(?:on|online)|the\s+whole\s+"
            r"(?:internet|world)\s+(?:knows?|sees?|to\s+see|will\s+know)|public(?:ly)?\s+"
            r"(?:shame|humiliate|call\s+out))\b",
            "expose",
            "time to name and shame that school",
            "time to name the school",
        ),
        Cue(
            "conduct.shaming.tag_or_review",
            r"\b(?:tag(?:ging|ged)?\s+(?:the|their|them|her|him)\s+(?:trust|school|hospital|nhs|"
            r"council|academy|ward|uni|university|page|head|manager)|(?:one|1|0|zero)[-\s]?star\s+"
            r"(?:review|rating)|(?:leave|leaving|left|write|writing)\s+(?:a\s+|them\s+a\s+|an?\s+)?"
            r"(?:bad|terrible|honest|scathing|awful|shocking)\s+(?:google\s+|glassdoor\s+|"
            r"trustpilot\s+)?reviews?)\b",
            "public review",
            "leaving them a scathing google review",
            "leaving them a thank you card",
        ),
    ),
)
# What the post would be about: a workplace or a member of staff.
ORG_OR_STAFF = Cue(
    "conduct.shaming.workplace",
    r"\b(?:placements?|wards?|school|trust|hospital|unit|care\s+home|home|nursery|practice|"
    r"agency|council|academy|department|dept|team|staff|management|surgery|station|service|"
    r"clinic|birth\s+centre|maternity|uni|university|lecturers?|crew\s+room|gym|office|"
    r"band\s?\d|nic|manager|mentor|supervisor|sister|matron|consultant|head(?:\s?teacher)?|"
    r"deputy|teacher|tutor|coordinator|lead|chief\s+(?:exec|nurse)|cqc|ofsted|this\s+place|"
    r"that\s+place|(?:the|my|our|her|his|that|this)\s+" + STAFF_ROLE + r"|"
    r"(?:dr|mr|mrs|ms|miss|prof|sister|nurse|matron|sir)\.?\s+[A-Za-z]+|what\s+(?:they|she|he|"
    r"they['’]?re|she['’]?s|he['’]?s)\s+(?:did|doing|do|done|said|like)|how\s+(?:they|she|he)"
    r"\s+(?:treat|talk|spoke|speak|run))\b",
    "workplace",
    "going to expose this placement",
    "going to expose this essay",
)
# Publishing words, in any order with a public place: "thread on x about the maternity unit,
# names included", "the whole of facebook will know by monday".
PUBLISH_WORDS = Cue(
    "conduct.shaming.publish_words",
    r"\b(?:post(?:s|ed|ing)?|thread|tweet(?:s|ed|ing)?|reviews?|reels?|videos?|vids?|"
    r"tiktoks?|storytime|petition|hashtag|trend(?:ing)?|livestream(?:ing)?|going\s+up|"
    r"writ(?:e|ing)\s+(?:a|up|about)|wrote\s+(?:a|up|about)|blog|vlog|expos(?:e|ed|ing)|"
    r"nam(?:ing|ed)|names?\s+(?:and\s+all|included|the|her|him|them|and\s+shame)|call(?:ing)?"
    r"\s+out|on\s+blast|go(?:ing)?\s+public|viral|famous|"
    r"email(?:ing)?\s+the|tag(?:ging|ged)?|(?:1|one)[-\s]?star|will\s+know|hearing\s+about|"
    r"put(?:ting)?\s+(?:[\w'’]+\s+){0,3}?(?:on|up)|upload(?:ed|ing)?|share\s+(?:the|it|this)|"
    r"sharing|dropping|make\s+(?:a|the)|making\s+(?:a|the)|start\s+a|draft|drafted|"
    r"leak(?:ing|ed)?|go(?:ing)?\s+(?:to|on)|see\s+how|film(?:ing|ed)?|record(?:ing|ed)?|"
    r"comments?|caption|account|live|stick\s+it\s+on|telling|told\s+my)\b",
    "publishing",
    "doing a full thread about the maternity unit",
    "doing a full shift on the maternity unit",
)
# Posting offered only as what not to do ("raise it with your PEF instead of posting").
INSTEAD = Cue(
    "conduct.shaming_ok.instead",
    r"\b(?:instead|rather\s+than|not\s+on|no\s+need\s+to)\b",
    "alternative",
    "raise it with your PEF instead of posting it",
    "raise it with your PEF then post it",
)
# A public place named, without a publishing verb: partial evidence for the classifier.
PUBLIC_PLACE = Cue(
    "conduct.shaming.public_place",
    r"\b" + _PUBLIC_PLACE + r"\b",
    "public place",
    "this needs to be on tiktok honestly",
    "this needs to be on the agenda honestly",
)

# Words that are publishing and a public place at once.
LOUD = Cue(
    "conduct.shaming.loud",
    r"\b(?:tweet(?:s|ed|ing)?|reels?|livestream(?:s|ed|ing)?|(?:insta|ig)\s+live|do(?:ing)?\s+a\s+"
    r"live|go(?:ing)?\s+live|storytime|r/\w+|on\s+blast|(?:go|goes|going|went)\s+viral|"
    r"trend(?:s|ing)?\s+(?:by|on|tonight|tomorrow)|will\s+trend|(?:the\s+)?whole\s+(?:internet|"
    r"world|of\s+(?:facebook|twitter|tiktok|insta|mumsnet|reddit|x))|let\s+(?:the\s+world|"
    r"everyone|the\s+public)\s+see|(?:is|are)\s+(?:gonna|going\s+to)\s+hear|get(?:ting)?\s+"
    r"(?:flooded|exposed)|name\s+(?:and|&|n)\s+shame|naming\s+and\s+shaming|"
    # going to the press is publishing: "tempted to go to the papers about that care home"
    r"(?:go|goes|going|went|gone|run(?:ning)?|ran)\s+to\s+the\s+(?:papers|press|media|news)|"
    r"(?:tip(?:ped|ping)?\s+off|contact(?:ed|ing)?|ring(?:ing)?|rang|email(?:ed|ing)?)\s+the\s+"
    r"(?:local\s+)?(?:papers?|press|news|bbc))\b",
    "publish publicly",
    "someone needs to put ward 12 on blast",
    "someone needs to put ward 12 on the rota",
)

# A workplace the writer says the post is not about ("a tiktok about student life, nothing
# about placements"): the words end where the workplace begins.
NOT_ABOUT = Cue(
    "conduct.shaming_ok.not_about",
    r"\b(?:nothing|not|no(?:thing)?\s+specific|without)\s+(?:about|on|naming|mentioning|to\s+do\s+"
    r"with|saying)\s+(?:[\w'’]+\s+){0,2}$",
    "not about",
    "a video about student life, nothing about ",
    "a video about what happened on ",
)

# The proper channels named only to be dismissed ("whistleblowing is too slow, ima expose
# them"): they no longer say the writer is using them.
DISMISSED = Cue(
    "conduct.shaming.channels_dismissed",
    r"\b(?:(?:forget|screw|sod|stuff|bugger)\s+(?:the\s+|raising|reporting|whistle|"
    r"complaining|that)|too\s+slow|(?:won['’]?t|don['’]?t|never|didn['’]?t)\s+(?:listen|do\s+"
    r"anything|act|care)|pointless|waste\s+of\s+time|no\s+point\s+(?:in\s+)?(?:raising|"
    r"reporting|complaining|going)|(?:nothing|fuck\s+all)\s+(?:happened|changed|was\s+done))\b",
    "channels dismissed",
    "whistleblowing is too slow, ima just expose them on socials",
    "whistleblowing takes time, I'll wait for the outcome",
)

# Condemning a post ("I think it's really unprofessional"): about shaming, not shaming.
CONDEMNED = Cue(
    "conduct.shaming_ok.condemned",
    r"\b(?:(?:really|so|totally|very)\s+)?(?:unprofessional|not\s+ok(?:ay)?|out\s+of\s+order|"
    r"not\s+the\s+way|(?:a\s+)?bad\s+idea|(?:shouldn['’]?t|should\s+not)\s+have)\b",
    "condemned",
    "someone posted about our station, I think it's really unprofessional",
    "someone posted about our station, I think it's really brave",
)

# Someone else's post, described ("someone I know did a post naming our old station").
SOMEONE_ELSES = Cue(
    "conduct.shaming_ok.someone_elses",
    r"\b(?:someone|somebody|a\s+(?:student|girl|lad|guy|friend|mate))\s+(?:(?:i\s+know|from\s+"
    r"\w+|in\s+\w+|on\s+\w+|already)\s+)?(?:did|posted|made|wrote|shared|uploaded|tweeted|"
    r"went\s+viral)\b",
    "someone else's post",
    "someone I know did a post naming our old station",
    "someone needs to do a post naming our old station",
)

# News about someone else's case ("did everyone see the news about the social worker struck
# off for Facebook posts"): discussing it is not planning it.
NEWS = Cue(
    "conduct.shaming_ok.news",
    r"\b(?:did\s+(?:you|u|everyone|anyone|any1)\s+see|have\s+(?:you|u)\s+seen|(?:in|on)\s+the\s+"
    r"news|news\s+(?:about|story|article|says|said|reported)|article\s+about|read\s+about|"
    r"(?:bbc|paper|papers|guardian|article)\s+(?:says|said|reported|reports))\b",
    "news",
    "did everyone see the news about the social worker struck off for Facebook posts",
    "everyone will see the post about the social worker on Facebook",
)

CUES = (
    NEWS,
    SOMEONE_ELSES,
    *PUBLISH.cues,
    ORG_OR_STAFF,
    PUBLISH_WORDS,
    INSTEAD,
    PUBLIC_PLACE,
    LOUD,
    DISMISSED,
    CONDEMNED,
    NOT_ABOUT,
)
