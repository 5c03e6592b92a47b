"""What the confidentiality detector must catch beyond wards and capitalised names, and what
it must leave alone (CheckList-style: minimum functionality per capability, invariance to
case and to the name used, and no recall bought with noise). All texts are made up."""

from __future__ import annotations

import pytest
from conf_frames import frame, load_scorer, rules_for, run


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


NAMES_AS_TYPED = [
    ("lower case", "freya in my y2 group has just been diagnosed with epilepsy"),
    ("hyphenated", "Anne-Marie in 9X2 has been self harming again"),
    ("context: my SU", "my SU frank keeps relapsing, third time this month"),
    ("context: possessive family", "tyrese's mum told me at pick up that dad's been arrested"),
    ("initials in context", "ks in 10B told me he's been self harming"),
    ("initials as subject", "TJ kicked off again today, his dad's in prison"),
    ("title and initial", "mrs k on the stroke unit keeps pulling her cannula out"),
    ("surname and bed", "okafor in bed 3 has pulled his NG out again"),
    ("family surname", "the Khan family are back on a CP plan"),
    ("appositive", "the eldest, kayla, is a young carer for her mum"),
    ("little name", "little leo in reception has started soiling himself again"),
    ("name in brackets", "kid in 8H (kai something) got caught vaping, police are involved"),
    ("nickname", "the regular from cubicle 6 is always in drunk, everyone knows him as 'Big Gaz'"),
]
SETTINGS = [
    ("school: set and EHCP", "jayden in my 9x2 set has just been put on an ehcp"),
    ("school: reception", "little leo in reception has started soiling himself again"),
    ("social work: caseload", "the only family on my caseload with a dad in prison is moving"),
    (
        "social work: placement",
        "tj's placement broke down last night, he's in emergency foster care",
    ),
    ("social work: street", "the house next to the Co-op on Ash Grove, mum's using again"),
    (
        "health: care home",
        "Mr Adeyemi in room 6 at the care home keeps asking for his wife, she died",
    ),
    ("health: district list", "Mrs P on the district list has had 3 falls this week"),
    ("health: call-out", "shout to the flats on Kingsway, the guy had taken an overdose"),
    ("health: theatre list", "theatre list today, the first one, mr o'brien, has dementia"),
    (
        "health: GP surgery",
        "woman at the GP surgery on Church Road collapsed, she's 34 and pregnant",
    ),
]
WITHOUT_A_NAME = [
    "the only girl in my year 7 form with a hearing aid got it thrown in the bin",
    "the headteacher's son is on the SEN register and nobody knows",
    "the old boy in side room 3 is being moved to a hospice tomorrow",
    "an 87 year old on Larch Crescent had been on the floor all night, lives alone",
]
CONTACT_OF_OTHERS = [
    ("a member's number", "Ravi's is 07700 900455", "CONF003"),
    ("a family's number abroad", "her mum's number in lagos is +234 803 123 4567", "CONF003"),
    ("an informal address", "hers is 12 orchard close", "CONF003"),
    ("a flat above a shop", "she's in flat 3 above the chippy on king street", "CONF003"),
    (
        "a card number",
        "the lady from the job asked me to pay with card 4111 1111 1111 1111",
        "CONF006",
    ),
    ("an IBAN", "the refund goes to GB82 WEST 1234 5698 7654 32", "CONF006"),
    (
        "sort code and account",
        "sort code 20-00-00 account 12345678 for the foster carer",
        "CONF006",
    ),
    ("an NHS number typed from memory", "NHS no 485 777 3456 can someone check", "CONF002"),
]
NOT_FINDINGS = [
    ("a care word alone", "so many people with diabetes on my ward, it's mad"),
    ("topic talk", "the safeguarding lecture on disclosures was really good"),
    ("a lecturer's name", "lecture on autism with Dr Okoro was amazing, she explains it so well"),
    ("a named mentor", "my mentor Steve has asthma and still smokes"),
    ("a public figure", "Stephen Hawking had MND, we watched the film in PSHE"),
    ("own family", "my nan Margaret has dementia so this placement is hard"),
    ("own number", "if anyone wants to car share my number's 07700 900812"),
    ("own address", "my address for the secret santa is 22 Brook Street, M14 5RT"),
    ("an organisation's number", "the placement office is on 0113 496 0123"),
    ("an anonymised case", "case study idea: a 70 year old man with COPD, managing inhalers"),
    ("a group, not a person", "my year 9s were a nightmare today, kicked off all lesson"),
    (
        "a question about the rules",
        "what do I do if a pupil tells me something and says don't tell",
    ),
    ("a member addressed", "Sophie, delete that, you can't post about patients"),
    ("a sim", "bed 9 in the sim lab has sepsis in today's scenario lol"),
]


@pytest.mark.parametrize(("what", "text"), NAMES_AS_TYPED, ids=[c[0] for c in NAMES_AS_TYPED])
def test_names_as_people_type_them_identify_a_service_user(scorer, what, text) -> None:
    assert rules_for(scorer, text) & {"CONF001", "CONF004"}, what


@pytest.mark.parametrize(("what", "text"), SETTINGS, ids=[c[0] for c in SETTINGS])
def test_every_placement_setting_is_covered(scorer, what, text) -> None:
    assert rules_for(scorer, text) & {"CONF001", "CONF004"}, what


@pytest.mark.parametrize("text", WITHOUT_A_NAME)
def test_a_person_noun_a_place_and_a_private_detail_identify_without_a_name(scorer, text):
    messages = frame((0, "Priya Shah", "hi"), (60, "Amy Lee", text))
    found = run(scorer, messages)
    row = found[(found["message_id"] == 1) & (found["rule"] == "CONF001")]
    assert len(row) == 1
    assert row["severity"].iloc[0] in ("medium", "high")


@pytest.mark.parametrize(
    ("what", "text", "rule"), CONTACT_OF_OTHERS, ids=[c[0] for c in CONTACT_OF_OTHERS]
)
def test_other_peoples_details_of_every_kind_are_flagged(scorer, what, text, rule) -> None:
    assert rule in rules_for(scorer, text), what


@pytest.mark.parametrize(("what", "text"), NOT_FINDINGS, ids=[c[0] for c in NOT_FINDINGS])
def test_no_recall_bought_with_noise(scorer, what, text) -> None:
    assert rules_for(scorer, text) == set(), what


@pytest.mark.parametrize(
    "text",
    [
        "Freya in my Y2 group has just been diagnosed with epilepsy",
        "freya in my y2 group has just been diagnosed with epilepsy",
        "FREYA in my Y2 group has just been diagnosed with epilepsy",
    ],
)
def test_case_does_not_change_the_finding(scorer, text) -> None:
    assert "CONF001" in rules_for(scorer, text)


@pytest.mark.parametrize("name", ["Freya", "Mohammed", "Zuzanna", "Chidi", "Kayden", "Aoife"])
def test_the_name_used_does_not_change_the_finding(scorer, name) -> None:
    assert "CONF001" in rules_for(
        scorer, f"{name} in my year 3 class has just been diagnosed with epilepsy"
    )


def test_a_chat_members_name_in_lower_case_is_still_a_member(scorer) -> None:
    assert rules_for(scorer, "tom has the flu and a chest infection lol") == set()


def test_the_same_description_without_a_private_detail_is_not_flagged(scorer) -> None:
    assert rules_for(scorer, "the only girl in my year 7 form with red shoes") == set()


def test_masking_covers_the_identifying_spans(scorer) -> None:
    text = "ks in 10B told me he's been self harming, his mum's number is 07700 900455"
    found = run(scorer, frame((0, "Amy Lee", text)))
    masked = set()
    for spans in found["spans"]:
        masked |= {text[s:e] for s, e, *_ in spans}
    assert {"ks", "10B", "07700 900455"} <= masked


# Wards, units, small homes and teams are locators like a class: a person there with a
# private detail is identifiable without a name.
UNITS = [
    "darren on the acute ward is responding to unseen stimuli and refusing his depot",
    "the lady in seclusion has been head banging all shift, had to give IM lorazepam",
    "my named patient on PICU tied a ligature last night, she's on 2:1 obs now",
    "the lad I'm working with at the YOT is carrying a knife and dealing for a gang",
    "the 17 yo on the adolescent unit has an NG because she's refusing to eat",
]


@pytest.mark.parametrize("text", UNITS)
def test_a_ward_unit_or_team_is_a_locator(scorer, text) -> None:
    assert rules_for(scorer, text) & {"CONF001", "CONF004"}


NAMES_AS_SHORTENED = [
    ("double-barrelled, lower case", "lily-mae in 8R is on the autism pathway"),
    ("first name and initial", "Mason B in 7X hit a TA today, he's on a managed move"),
    ("name between commas", "my pupil with the EHCP, ruby, had a meltdown and bit her TA"),
    ("a relative named", "her daughter Lisa rang the ward asking about her DNACPR"),
]


@pytest.mark.parametrize(
    ("what", "text"), NAMES_AS_SHORTENED, ids=[c[0] for c in NAMES_AS_SHORTENED]
)
def test_names_shortened_or_set_off_are_names(scorer, what, text) -> None:
    assert rules_for(scorer, text) & {"CONF001", "CONF004"}, what


NOT_SERVICE_USERS = [
    ("a friend's health", "my friend Hannah has epilepsy so I know what to do in a seizure"),
    ("a housemate's news", "my housemate Katie is pregnant!!"),
    (
        "someone on the course",
        "anyone know if Jamie is coming? he's had a rough week with his anxiety",
    ),
    (
        "a pseudonym",
        "for the essay I'm using a patient I'll call Mrs A, aged 80, with a hip fracture",
    ),
    ("a pseudonym by convention", "reflective piece: Patient X, 60s, admitted with chest pain"),
    ("a teacher instructing", "Ms Wright said if a pupil discloses, write it down word for word"),
    (
        "a setting and a time alone",
        "the family I visited today, mum's in prison and the kids are on a CP plan",
    ),
]


@pytest.mark.parametrize(("what", "text"), NOT_SERVICE_USERS, ids=[c[0] for c in NOT_SERVICE_USERS])
def test_names_and_stories_outside_care_are_not_service_users(scorer, what, text) -> None:
    assert not rules_for(scorer, text) & {"CONF001", "CONF004"}, what


def test_the_same_friend_with_a_care_setting_is_flagged(scorer) -> None:
    # directional: adding the setting makes the same sentence about someone cared for
    assert "CONF001" in rules_for(scorer, "Hannah in bed 4 has epilepsy, had a seizure today")


def test_a_phone_number_in_another_countrys_shape_is_contact_details(scorer) -> None:
    assert "CONF003" in rules_for(scorer, "his dad's number in Toronto is +1 (416) 555 0199")
