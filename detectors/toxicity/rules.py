"""The toxicity detector's rules: what each one flags and the guidance it rests on."""

from __future__ import annotations

from audit.core.rules import Rule

_GUIDANCE_RESPECT = ("hcpc-2.10", "hcpc-9.1", "su-be-nice", "sg-content")

INSULT = Rule(
    code="TOX001",
    name="insult",
    severity="medium",
    summary="An insult aimed at a person: a member, a colleague, a mentor or a service user.",
    why=(
        "Calling someone stupid, useless or worse in the group is the kind of hurtful, "
        "derogatory message that students are reported for under their professional code of "
        "conduct. The HCPC expects you to be polite and respectful on social media as anywhere "
        "else; messages can be screenshotted and read out of context."
    ),
    guidance=(*_GUIDANCE_RESPECT, "su-be-mindful", "hcpc-tip-offensive"),
    example="Megan you're a useless cow, no wonder your mentor hates you",
)
IDENTITY_ATTACK = Rule(
    code="TOX002",
    name="identity-attack",
    severity="high",
    summary="A derogatory or dehumanising remark about people for who they are (race, faith...).",
    why=(
        "Generalising about or demeaning a group of people is discrimination. HCPC standard 1.6 "
        "requires you not to let your values, biases and beliefs lead you to discriminate "
        "against service users, carers or colleagues, and the HCPC's first tip is not to post "
        "discriminatory or offensive material. Talking about patients or service users as "
        "objects or animals is part of the same failure of respect."
    ),
    guidance=("hcpc-1.6", "hcpc-tip-offensive", "hcpc-9.1", "sg-content"),
    example="typical immigrants, coming over here and taking all the placements",
)
THREAT = Rule(
    code="TOX003",
    name="threat",
    severity="high",
    summary="A threat of violence or harm against someone, including a veiled one.",
    why=(
        "Threatening messages are named in the safeguarding guide as content to avoid "
        '("malicious, obscene, threatening, intimidating"), and are among the most serious '
        'reasons for a fitness-to-practise process. Figurative speech ("this essay is killing '
        'me") is not a threat and is not flagged.'
    ),
    guidance=("sg-content", "hcpc-9.1", "hcpc-2.10", "su-be-nice"),
    example="say that again and I'll smash your face in",
)
OBSCENITY_AT_PERSON = Rule(
    code="TOX004",
    name="obscenity-at-person",
    severity="medium",
    summary='Swearing aimed at a person ("fuck off", "shut the fuck up").',
    why=(
        "Swearing about a shift or an essay is not a breach; swearing at a person is. The "
        "safeguarding guide asks for nothing obscene or intimidating, and the union's group "
        "rules ask members to stay kind and polite."
    ),
    guidance=("sg-content", "su-be-nice", "su-rule-kind", "hcpc-2.10"),
    example="oh fuck off Tom, nobody asked you",
)
SEVERE_TOXICITY = Rule(
    code="TOX005",
    name="severe-toxicity",
    severity="high",
    summary="Very hateful or aggressive language aimed at a person: worthless, scum, subhuman.",
    why=(
        "Telling someone they are worthless or less than human, or a message detoxify rates "
        "as extremely toxic, is the kind of message most readers would find abusive whatever "
        "the context. It is the clearest case for removing a message and reflecting on it."
    ),
    guidance=(*_GUIDANCE_RESPECT, "hcpc-tip-offensive"),
    example="you're a worthless fucking piece of shit",
)
SELF_HARM_INCITEMENT = Rule(
    code="TOX006",
    name="self-harm-incitement",
    severity="high",
    summary='Telling someone to kill or harm themselves ("kys", "go die").',
    why=(
        "Telling someone to kill themselves is never banter: it can do real harm to someone "
        "already struggling, and it is threatening and harassing content in the words of the "
        "safeguarding guide. It is flagged from the words alone, whatever a model scores."
    ),
    guidance=("sg-content", "hcpc-9.1", "su-be-nice", "hcpc-2.10"),
    example="honestly just kys",
)
SEXUAL_HARASSMENT = Rule(
    code="TOX007",
    name="sexual-harassment",
    severity="high",
    summary="A sexualised remark about a member, a colleague or a service user.",
    why=(
        "Sexual comments about someone in the group, a colleague or a patient are harassing "
        "content in the words of the safeguarding guide, and the HCPC's standard 1.12 forbids "
        "abusing your position to pursue sexual relationships with service users, carers or "
        "colleagues. A joking tone does not make them acceptable; clinical language about "
        "bodies and sexual health is not flagged."
    ),
    guidance=("hcpc-1.12", "sg-content", "su-be-nice", "hcpc-9.1"),
    example="the new reg on ward 4 is well fit, I'd shag him on the night shift",
)
INTIMIDATING_CONCERN_RAISER = Rule(
    code="TOX008",
    name="intimidating-a-concern-raiser",
    severity="high",
    summary="Name-calling or a warning aimed at whoever raised a concern or reported something.",
    why=(
        "Students are expected to raise concerns with the appropriate people, and the "
        "safeguarding guide points to each agency's whistleblowing policy as the pathway for "
        "raising them. Calling the person who did so a grass, or warning them off, is "
        "intimidating content and discourages the very reporting that keeps patients safe."
    ),
    guidance=("su-grievances", "sg-whistleblowing", "sg-content", "su-be-nice"),
    example="whoever grassed to the PEF about the break times better watch themselves",
)
RULES = (
    INSULT,
    IDENTITY_ATTACK,
    THREAT,
    OBSCENITY_AT_PERSON,
    SEVERE_TOXICITY,
    SELF_HARM_INCITEMENT,
    SEXUAL_HARASSMENT,
    INTIMIDATING_CONCERN_RAISER,
)
