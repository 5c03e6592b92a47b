"""Identity-based abuse (HCPC 1.6), recognised by how a message talks about a group ("typical
X", "X are all ...") rather than by a list of slurs, which the vocabularies deliberately do not
hold; the model covers the rest."""

from __future__ import annotations

from detectors.lexicon.cue import Cue, CueSet
from detectors.lexicon.vocabulary import GROUPS

# Generalising about a group. False positives: statistics and care discussions ("refugees are
# often traumatised") -> the attribute must be derogatory.
IDENTITY_GENERALISATION = CueSet(
    "identity_generalisation",
    (
        Cue(
            "identity.typical_group",
            r"\b(?:typical|bloody|fucking|effing|all\s+(?:these|those|the)|those|these|all)\s+(?:"
            + GROUPS
            + r")\s*,?\s+(?:are|r|just|always|never|should|need|get|coming|taking|ruin|stink|"
            r"smell)\b",
            "identity",
            example="typical immigrants coming over here",
            counter_example="all the students are coming tonight",
        ),
        # "<group> (on the ward) are all thieves": up to three words between group and verb
        Cue(
            "identity.group_are_derogatory",
            r"\b(?:" + GROUPS + r")(?:\s+[\w']+){0,3}?\s+(?:are|r)\s+(?:all\s+|just\s+|so\s+|"
            r"such\s+|the\s+)?(?:lazy|dirty|thick|stupid|terrorists|scroungers|thieves|criminals|"
            r"animals|vermin|disgusting|parasites|the\s+problem|useless|a\s+drain|a\s+burden|"
            r"ruining|taking\s+over|not\s+welcome|subhuman|inferior|a\s+disease|feral|the\s+same|"
            r"all\s+the\s+same)\b",
            "identity",
            example="travellers are all thieves",
            counter_example="travellers are often excluded from services",
        ),
        Cue(
            "identity.group_always_verb",
            r"\b(?:" + GROUPS + r")\s+(?:never|always|all)\s+(?:\w+\s+)?(?:follow|listen|work|"
            r"pay|lie|steal|cheat|complain|smell|stink|cause)\b",
            "identity",
            example="immigrants never pay tax",
            counter_example="immigrants often face barriers",
        ),
        Cue(
            "identity.group_should_not_be_allowed",
            r"\b(?:" + GROUPS + r")\s+(?:shouldn['’]?t|should\s+not|should\s+never)\s+be\s+"
            r"(?:allowed|let|trusted|given)\b",
            "identity",
            example="gay people shouldn't be allowed to adopt",
            counter_example="gay people should be supported",
        ),
        Cue(
            "identity.go_back_to_your_country",
            r"\bgo\s+back\s+to\s+(?:your|their|his|her)\s+(?:own\s+)?country\b",
            "identity",
            example="go back to your own country",
            counter_example="go back to your own ward",
        ),
        Cue(
            "identity.send_them_back",
            r"\bsend\s+(?:them|em|'em|the\s+lot\s+of\s+them)\s+(?:all\s+)?back\b",
            "identity",
            example="send them all back",
            counter_example="send them my love",
        ),
        Cue(
            "identity.should_be_deported",
            r"\b(?:should|need\s+to|ought\s+to)\s+(?:all\s+)?(?:be\s+)?(?:deported|sent\s+back|"
            r"go\s+back\s+(?:home|to\s+where))\b",
            "identity",
            example="they should all be deported",
            counter_example="they should all be praised",
        ),
    ),
)
# Casual ableist and homophobic put-downs ("that's so gay", "are you retarded"): identity-based
# even when aimed at a thing; low unless aimed at a person.
CASUAL_IDENTITY_SLIGHT = CueSet(
    "casual_identity_slight",
    (
        Cue("slight.so_gay", r"\bso\s+gay\b", "identity_slight", "that's so gay", "so great"),
        Cue(
            "slight.r_word",
            r"\bretard(?:ed|s)?\b",
            "identity_slight",
            "are u retarded",
            "retardant",
        ),
        Cue("slight.spaz", r"\bspaz+\b", "identity_slight", "such a spaz", "spa day"),
        Cue("slight.spastic", r"\bspastic\b", "identity_slight", "spastic", "plastic"),
    ),
)
