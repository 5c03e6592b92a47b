"""The confidentiality detector's rules: each a stable code, what it flags, why it matters
and the guidance it relates to."""

from __future__ import annotations

from audit.core.rules import Rule

SERVICE_USER_IDENTIFIABLE = Rule(
    code="CONF001",
    name="service-user-identifiable",
    severity="high",
    summary="A patient, service user or pupil could be identified, with something private "
    "about them.",
    why=(
        "A name (in any form: first name, nickname, initials), or a description with a place "
        "(a bed, a class, a caseload, a street), put next to health, family, care or "
        "behaviour details, can identify the person to anyone who knows the setting. "
        "The HCPC asks you to treat information about service users as confidential and not "
        "to post anything that could identify them; a group chat is not a professional "
        "platform for discussing the people you care for or teach."
    ),
    guidance=("hcpc-5.1", "hcpc-tip-identify", "hcpc-2.12", "su-confidential"),
    example="Mrs Jones in bed 9 has dementia, kept trying to leave all shift",
)
OFFICIAL_IDENTIFIER = Rule(
    code="CONF002",
    name="official-identifier",
    severity="high",
    summary="An NHS, hospital, pupil or National Insurance number in a message.",
    why=(
        "Official identifiers point at exactly one person and unlock their records. There is "
        "no reason to post one in a group chat; information obtained in the course of your "
        "duties must stay confidential."
    ),
    guidance=("hcpc-5.1", "sg-confidentiality", "su-confidential"),
    example="can someone check NHS no 943 476 5919 on the system for me",
)
CONTACT_DETAILS = Rule(
    code="CONF003",
    name="contact-details",
    severity="medium",
    summary="Someone else's phone number, email address or home address shared in the group.",
    why=(
        "Phone numbers, emails and addresses are personal data. The students' union's "
        "guidance asks groups not to collect members' numbers and not to share individuals' "
        "information; passing on a member's number without their consent, or anyone "
        "else's details, can breach data protection law. A member sharing their own "
        "details is not flagged."
    ),
    guidance=("su-gdpr-numbers", "su-rule-share"),
    example="this is Dan's number if anyone needs him 07700 900123",
)
SAFEGUARDING_CHILD = Rule(
    code="CONF004",
    name="safeguarding-disclosure-identifiable-child",
    severity="high",
    summary="A safeguarding concern about a child who could be identified.",
    why=(
        "A child's disclosure or a safeguarding concern must go to the setting's designated "
        "safeguarding lead, not to a group chat. Posting it with the child's name, class or "
        "age can identify the child and harm them and the investigation."
    ),
    guidance=("sg-confidentiality", "su-confidential", "hcpc-5.1"),
    example="one of my year 3s told me her dad hits her, she had bruises again today",
)
MEDIA_IN_CARE_CONTEXT = Rule(
    code="CONF005",
    name="media-in-care-context",
    severity="medium",
    summary="A photo or other media posted straight after a message about a patient, bed "
    "or care setting.",
    why=(
        "Images relating to someone's care are confidential information (HCPC 5.1). A photo "
        'posted right after "this is bed 9\'s wound" very likely shows a patient or their '
        "records. The report cannot see the image, so check it yourself."
    ),
    guidance=("hcpc-5.1", "hcpc-2.12", "hcpc-tip-identify"),
    example="this is bed 9's wound, never seen anything like it  →  <Media omitted>",
)
FINANCIAL_DETAILS = Rule(
    code="CONF006",
    name="financial-details",
    severity="high",
    summary="A card number, IBAN or sort code and account number in a message.",
    why=(
        "Card and bank numbers are personal data that can be used for fraud, whoever they "
        "belong to. A group chat is not a safe place for them, and a service user's bank "
        "details obtained in the course of your duties must stay confidential."
    ),
    guidance=("su-rule-share", "sg-confidentiality", "hcpc-5.1"),
    example="bank details for the social fund: sort code 20-00-00 account 12345678",
)
RULES = (
    SERVICE_USER_IDENTIFIABLE,
    OFFICIAL_IDENTIFIER,
    CONTACT_DETAILS,
    SAFEGUARDING_CHILD,
    MEDIA_IN_CARE_CONTEXT,
    FINANCIAL_DETAILS,
)
