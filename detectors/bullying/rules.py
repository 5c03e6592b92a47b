"""The bullying detector's rules: stable codes (never reused), what each flags, why it matters
and the guidance it relates to."""

from __future__ import annotations

from audit.core.rules import Rule

PILE_ON = Rule(
    code="BUL001",
    name="pile-on",
    severity="high",
    summary="Several members aim mocking or hostile messages at one person within minutes.",
    why=(
        "A pile-on is how group chats bully: each message may look small, but several members "
        "(and their laughter) turning on one person at once is intimidating and isolating. The "
        "union's advice is that the chat must not be used to express dislike of anybody; this "
        "could be considered bullying."
    ),
    guidance=("su-be-nice", "su-rule-kind", "sg-content", "hcpc-2.10"),
    example=(
        "Megan: does anyone have the slides? / Tom: you're so thick Megan 😂 / Jess: 😂😂 / "
        "Sam: lol she's a teacher's pet"
    ),
)
EXCLUSION = Rule(
    code="BUL002",
    name="exclusion",
    severity="high",
    summary="A message proposing to leave a member out of the group or its work.",
    why=(
        "Deliberately leaving someone out (a new group without them, not adding them, telling "
        "them nobody wants them) is a recognised form of bullying, and the union's guidance "
        "asks members to treat everyone with kindness, respect and compassion."
    ),
    guidance=("su-be-nice", "su-rule-kind", "sg-content"),
    example="Megan: I can do the intro slides / Tom: let's make a new group without Megan",
)
MOCKERY = Rule(
    code="BUL003",
    name="mockery-of-member",
    severity="medium",
    summary="Name-calling, mockery or dismissal aimed at a member of the group.",
    why=(
        "Calling a fellow student names or mocking them in a group they cannot leave without "
        "losing course information is disrespectful and can be reported as a breach of the "
        "professional code of conduct; colleagues are owed the same respect as service users."
    ),
    guidance=("su-be-nice", "su-rule-kind", "hcpc-2.10", "hcpc-9.1", "su-be-mindful"),
    example="Megan: does anyone have the notes? / Tom: she's such a teacher's pet",
)
PERSISTENT = Rule(
    code="BUL004",
    name="persistent-targeting",
    severity="high",
    summary="The same member singled out on more than one day, by one author or several.",
    why=(
        "A remark repeated day after day at the same person is a pattern, not a bad moment. "
        "Persistence is what turns rudeness into bullying, and what a PCPS panel would look at."
    ),
    guidance=("su-be-nice", "sg-content", "hcpc-9.1"),
    example=(
        "[Mon 10:00] Megan: does anyone have the slides? / [Mon 10:01] Tom: teacher's pet 🙄 / "
        "[Wed 14:00] Megan: I've booked a room / [Wed 14:02] Tom: nobody cares Megan"
    ),
)
STAFF_GRIEVANCE = Rule(
    code="BUL005",
    name="rude-about-staff",
    severity="medium",
    summary="A rude or disparaging comment about a lecturer, mentor or other member of staff.",
    why=(
        "The union warns that students making rude comments about staff could be invited to a "
        "PCPS meeting: concerns about a lecturer or placement manager should be raised with the "
        "appropriate people (programme leader, placement supervisor), not vented in the chat."
    ),
    guidance=("su-grievances", "sg-whistleblowing", "hcpc-9.1", "su-be-mindful"),
    example="Dr Hughes is useless, she hasn't got a clue",
)
PUBLIC_SHAMING = Rule(
    code="BUL006",
    name="public-shaming",
    severity="high",
    summary="A plan to shame a fellow student publicly online.",
    why=(
        "Filming a fellow student or posting their messages, work or photos online to laugh at "
        "them takes bullying out of the group and in front of everyone. The guidance asks you "
        "to avoid posting anything that could be viewed as disparaging, bullying or harassing, "
        "and not to share individuals' information outside the group. (Shaming a member of "
        "staff or a placement online is the conduct detector's finding.)"
    ),
    guidance=("sg-content", "su-rule-share", "su-be-nice", "sg-defamation"),
    example=(
        "Megan: I did a little speech in the seminar / "
        "Tom: someone should film Megan's speeches and put them on tiktok"
    ),
)
DOMINATION = Rule(
    code="BUL007",
    name="dominating-the-chat",
    severity="low",
    summary="One member writes most of a busy stretch of conversation.",
    why=(
        "The union's guidance for group admins notes that some individuals can dominate the "
        "chat or make others feel uncomfortable, and that this should be managed carefully and "
        "promptly - often by a private word. A single stretch is minor; a habit is worth a look."
    ),
    guidance=("su-disruptive", "su-rule-kind"),
    example=(
        "Tom: has anyone started the essay ×6 / Jess: not yet / Tom: I have ×4 / Sam: nice / "
        "Tom: anyone want my notes ×3"
    ),
)
RULES = (PILE_ON, EXCLUSION, MOCKERY, PERSISTENT, STAFF_GRIEVANCE, PUBLIC_SHAMING, DOMINATION)
