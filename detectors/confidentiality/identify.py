"""Which combinations of evidence identify someone. A finding needs a combination, never a
single word: a name with something private about them or with a role ("my SU frank"), or a
person described with a place that narrows them to one ("the only girl in my year 7 form")
and something private ("with a hearing aid"). Safeguarding concerns about an identifiable
child are their own rule."""

from __future__ import annotations

from collections.abc import Iterable

# Who, by name or by a detail that points at one person.
NAMED = {"name", "fullname", "initials", "dob"}
PERSON_IDS = NAMED | {"address", "postcode"}
# Something private about a person.
PRIVATE = {"health", "sen", "behaviour", "family", "care_system", "safeguarding"}
# The roles and relationships of care: being someone's patient is itself private.
ROLES = {"role", "relative"}
# Places that narrow a description to one person: a bed, a class, a caseload, a street.
NARROW_PLACES = {
    "bed", "room", "ward", "unit", "class", "caseload", "street", "address", "postcode",
    "named_place",
}  # fmt: skip
# Settings with many people in them: with a recent encounter ("this morning"), a person and a
# private detail, still a story about someone the reader could meet.
BROAD_PLACES = {"school", "care_home", "health_place", "callout", "visit", "my_role"}
# A bed or side-room number stands for its patient ("bed 7 has dementia").
PERSON_PLACES = {"bed", "room"}
DESCRIBED = {"person", "role", "unique", "age", "relative", "child_age", "my_role"}
CHILD_WORDS = {"class", "school", "child_age", "child"}
# Settings that place a named person in care or teaching (a full name needs one: without
# it, "Stephen Hawking had MND" is about a public figure).
SETTINGS = ROLES | NARROW_PLACES | BROAD_PLACES | {"child", "group"}
# Names found by their context ("my SU frank", "patient called Jean") or titled ("Mrs
# Jones"): their role is theirs, so a name and a role are enough.
ROLE_NAMED = {"role_name"}
# Private details that only work with a person brings up (a plan, an exclusion, a child
# protection case), unlike health and family news, which friends share too.
PROFESSIONAL = {"sen", "behaviour", "care_system", "safeguarding"}
# Names whose own context places them in care (evidence.CARE_NAME_CONTEXTS).
CARED_NAMED = ROLE_NAMED | {"cared_name"}
NOT_REAL = {"simulation"}
CONTACT = {"phone", "email", "address", "postcode", "ip"}
OFFICIAL = {"nhs", "nino"}
FINANCIAL = {"card", "iban", "bank"}
# Kinds a message must add itself to be flagged through an earlier message's context: a bare
# "the patient was lovely" after an identifying message adds nothing new.
CONTRIBUTING = NAMED | PRIVATE | NARROW_PLACES | {"unique", "address", "postcode", "relational"}


def who(kinds: set[str]) -> set[str]:
    """The kinds that name a person. A name counts only in a care or teaching setting (in
    the message, or the same author's message just before) or when its own context says
    the person is cared for ("my SU frank", "Mrs Jones", "tyrese's mum"), or with a detail
    only work brings up (an EHCP, an exclusion, a CP plan): "my housemate
    Katie is pregnant" and "Jamie's had a rough week with his anxiety" are about the
    student's own life, and "Stephen Hawking had MND" about a public figure."""
    named = kinds & PERSON_IDS
    if named & {"name", "fullname"} and not kinds & (SETTINGS | CARED_NAMED | PROFESSIONAL):
        named -= {"name", "fullname"}
    return named


def identification(kinds: set[str], anonymised: bool = False) -> set[str]:
    """The kinds that together identify a service user, or an empty set."""
    if kinds & NOT_REAL:
        return set()
    private = kinds & PRIVATE
    named = who(kinds)
    places = kinds & NARROW_PLACES
    support = kinds & {"age", "unique", "role", "relative", "person", "child_age"}
    # A role counts with a name its context ties it to ("my SU frank"), or with an
    # identifier only a patient has (a date of birth, initials with an age).
    roled = kinds & ROLES and kinds & (ROLE_NAMED | {"relative", "dob", "initials"})
    if named and (private or roled or kinds & PERSON_PLACES):
        return named | private | (kinds & (ROLES | PERSON_PLACES)) | support | places
    if anonymised:
        return set()  # coursework and hypotheticals describe nobody in particular
    if private and kinds & PERSON_PLACES:
        return private | places | support  # "bed 7 has dementia": a numbered bed is one person
    if private and "relational" in kinds:
        return private | {"relational"} | places | support  # "the head's son is on the register"
    described = kinds & DESCRIBED
    if private and described and places:
        return private | places | described | support
    # A real, recent encounter ("today", "last night") with one person they care for or
    # teach, something private and a detail that narrows who (an age, a relative): a story
    # about someone the reader could meet. A setting and a time alone narrow nothing ("the
    # family I visited today ..." tells nobody which family), so one of those is needed.
    one_person = described & {"role", "my_role", "person", "unique", "relational"}
    narrowing = kinds & {"age", "child_age", "relative"}
    if private and one_person and "when" in kinds and narrowing:
        detail = kinds & BROAD_PLACES - {"my_role"}
        return private | one_person | narrowing | detail | support | {"when"}
    return set()


def safeguarding_child(kinds: set[str]) -> set[str]:
    if "safeguarding" not in kinds or kinds & NOT_REAL:
        return set()
    child = kinds & CHILD_WORDS
    identifiers = who(kinds) | (kinds & {"class", "school", "unique", "street", "caseload", "unit"})
    if "when" in kinds and kinds & ({"age", "child_age"} | BROAD_PLACES):
        # "paeds today, a 4 month old ... safeguarding referral done": a real, recent child
        identifiers |= {"when"} | (kinds & ({"age", "child_age"} | BROAD_PLACES))
    if child and identifiers:
        return {"safeguarding"} | child | identifiers | (kinds & (PRIVATE | {"age", "person"}))
    return set()


PHRASE = {
    "name": "a named person",
    "fullname": "a named person",
    "initials": "initials",
    "dob": "a date of birth",
    "address": "a street address",
    "postcode": "a postcode",
    "unique": "a description that singles them out",
    "person": "a person described",
    "role": "a patient/service-user/pupil word",
    "role_name": "a patient/service-user/pupil word",
    "cared_name": "a named person",
    "relative": "a service user's relative",
    "child": "a child they teach or care for",
    "age": "an age",
    "child_age": "a child's age",
    "bed": "a bed number",
    "room": "a room number",
    "ward": "a ward",
    "unit": "a ward, unit, small home or team",
    "class": "a school class or year",
    "school": "a school",
    "caseload": "a caseload",
    "street": "a street or estate",
    "care_home": "a care home",
    "health_place": "a clinic or surgery",
    "callout": "an ambulance call-out",
    "named_place": "a named care home, school or surgery",
    "my_role": "their own service user or pupil",
    "relational": "whose relative they are",
    "when": "a recent encounter",
    "visit": "a home visit",
    "health": "a health detail",
    "sen": "special educational needs",
    "behaviour": "behaviour at school or in care",
    "family": "family circumstances",
    "care_system": "social-care involvement",
    "safeguarding": "a safeguarding concern",
    "nhs": "an NHS number",
    "nino": "a National Insurance number",
    "phone": "a phone number",
    "email": "an email address",
    "ip": "an IP address",
    "card": "a card number",
    "iban": "an IBAN",
    "bank": "a sort code and account number",
}
# Order in which kinds are named in an explanation: who, where, what.
PHRASE_ORDER = tuple(PHRASE)


def explain(kinds: Iterable[str]) -> str:
    """ "a named person + a bed number + a health detail"."""
    kinds = set(kinds)
    if "child_age" in kinds:
        kinds.discard("age")
    if "fullname" in kinds:
        kinds.discard("name")
    if "unique" in kinds or "role" in kinds:
        kinds.discard("person")
    phrases = dict.fromkeys(PHRASE[k] for k in PHRASE_ORDER if k in kinds)
    return " + ".join(phrases)
