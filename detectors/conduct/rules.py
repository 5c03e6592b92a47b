"""The conduct detector's rules: stable codes (never reused), what each flags, why it matters,
the guidance it rests on, and what to do instead (said in every finding's explanation)."""

from __future__ import annotations

from audit.core.rules import Rule

BOUNDARIES = Rule(
    code="CND001",
    name="boundary-with-service-user",
    severity="medium",
    summary="A personal connection with a patient, service user, pupil or their family.",
    why=(
        "Accepting or sending friend and follow requests, giving a personal number, meeting "
        "socially, gifts or money and romantic interest all blur the line between personal "
        "and professional relationships (HCPC 1.7, 1.9, 1.12). The HCPC recommends refusing "
        "friend requests from service users and saying that you cannot mix social and "
        "professional relationships. It is high when it involves a child or a romantic "
        "interest."
    ),
    guidance=(
        "hcpc-1.7",
        "hcpc-1.9",
        "hcpc-1.12",
        "hcpc-refuse-friend-requests",
        "sg-friend-requests",
        "su-boundaries",
    ),
    example="accepted my patient's daughter on insta, she's lovely tbh",
)
MISINFORMATION = Rule(
    code="CND002",
    name="public-health-misinformation",
    severity="medium",
    summary="Advice against vaccines or screening, a miracle cure or a false treatment claim.",
    why=(
        "A student on a health or care course passing on a false health claim as advice can "
        "mislead the public and contradicts public-health messages. HCPC 2.11 asks you to make "
        "reasonable checks that what you share is accurate and true. Debating evidence, asking "
        "whether something is true and correcting a myth are not findings."
    ),
    guidance=("hcpc-2.11", "hcpc-tip-accurate", "hcpc-9.1"),
    example="honestly don't bother with the flu jab, it gives you the flu anyway",
)
COPYRIGHT = Rule(
    code="CND003",
    name="copyright-material",
    severity="low",
    summary="Sharing or asking for pirated textbooks, paid course material or exam papers.",
    why=(
        "The safeguarding guide says not to repost copyrighted materials without consent, as "
        "this may lead to legal action. Sharing exam papers or their answers is also a matter "
        "of academic integrity, so it is medium; a pirated textbook or a shared login is low. "
        "Library links, open-access papers and your own notes are fine."
    ),
    guidance=("sg-copyright", "hcpc-9.1"),
    example="anyone got a free pdf of the Marieb textbook? not paying £60 lol",
)
NAMING_SHAMING = Rule(
    code="CND004",
    name="naming-and-shaming-online",
    severity="medium",
    summary="A plan to expose a placement, ward, school or staff member on social media.",
    why=(
        "Using social media to whistleblow or to shame a workplace or a named member of staff "
        "is not a proper route for raising concerns and may be defamatory: each organisation "
        "has a whistleblowing policy, and concerns should go to the appropriate people "
        "(programme leader, placement supervisor). Raising a concern that way is the right "
        "thing to do and is never a finding."
    ),
    guidance=("sg-whistleblowing", "su-grievances", "sg-defamation", "hcpc-9.1"),
    example="honestly I'm going to expose this ward on facebook, name and shame the lot of them",
)
DEFAMATION = Rule(
    code="CND005",
    name="defamatory-claim",
    severity="medium",
    summary="Stating as fact that a named or identifiable person committed wrongdoing.",
    why=(
        "Saying in a group that an identifiable person stole, abused someone, was drunk at "
        "work or committed fraud may be libel or defamation if it cannot be proved, and it is "
        "not how a concern gets looked at. A worry about someone's conduct belongs with the "
        "appropriate people (placement supervisor, practice educator, programme leader) or the "
        "whistleblowing policy."
    ),
    guidance=("sg-defamation", "su-grievances", "sg-whistleblowing", "sg-content"),
    example="Sister Daly on ward 7 is drunk on shift half the time, everyone knows",
)
SCREENSHOTS = Rule(
    code="CND006",
    name="messages-shared-onwards",
    severity="medium",
    summary="Screenshots of the group, or a member's private messages, shared onwards.",
    why=(
        "The union's advice is to assume that what is posted can be viewed and shared by "
        "anyone, and its group rules ask members not to share individuals' information "
        "outside the group. Passing on someone's private message, or screenshotting the chat "
        "for another audience, breaks that trust; ask the person first."
    ),
    guidance=("su-rule-share", "su-be-mindful", "hcpc-wider-audience", "su-be-nice"),
    example="screenshotting this for the other group 😂",
)
RULES = (BOUNDARIES, MISINFORMATION, COPYRIGHT, NAMING_SHAMING, DEFAMATION, SCREENSHOTS)

# What to do instead, quoted word for word from a passage the rule cites ("..." is a quote of
# its guidance entry; the test checks each quote against the catalogue); every explanation
# ends with it.
INSTEAD = {
    BOUNDARIES.code: (
        'the HCPC says "we recommend that you refuse friend requests. If appropriate, say '
        'that you cannot mix social and professional relationships"'
    ),
    MISINFORMATION.code: (
        'check it first: HCPC 2.11 asks you to "Check that the information originates from '
        "people and/or organisations that are trustworthy and does not contradict government "
        'public health messages"'
    ),
    COPYRIGHT.code: (
        '"You should not repost copyrighted materials without consent as this may lead to '
        "legal action\"; use the library's copy or an open-access version"
    ),
    NAMING_SHAMING.code: (
        'raise it "with the appropriate people (programme leader, placement supervisor etc)", '
        "or through the organisation's whistleblowing policy, not on social media"
    ),
    DEFAMATION.code: (
        "if you have a concern about someone's conduct, raise it \"with the appropriate people "
        '(programme leader, placement supervisor etc)" rather than stating it in the group'
    ),
    SCREENSHOTS.code: (
        '"Do not share individuals\' information outside of the group"; ask the person first'
    ),
}
