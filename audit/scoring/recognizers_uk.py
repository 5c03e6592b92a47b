"""UK personal identifiers as people type them in a chat: NHS and National Insurance numbers,
phone numbers, emails, postcodes, street addresses, dates of birth, ages, titled names and
initials with an age.

Why our own phone patterns: presidio's phone recognizer validates with the phonenumbers
library, which rejects number-shaped strings such as the whole 07700 900xxx range and
`+44 7700 900123`, and spaCy tags `07700 900123` as a date. A number someone shares is still
a number, so these match the shape, not the allocation.

Regex habits (see audit/scoring/patterns.py): a negative lookbehind of the same characters or
`\\b` at the start, bounded repetition, single optional separators between digits."""

from __future__ import annotations

import re

from audit.scoring.patterns import PatternSpec


def nhs_checksum_ok(text: str) -> bool:
    """The NHS number's mod-11 check, as presidio's NhsRecognizer computes it."""
    digits = re.sub(r"[- ]", "", text)
    total = sum(int(c) * weight for c, weight in zip(digits, range(10, -1, -1), strict=False))
    return total % 11 == 0


# Same regex and check as presidio's NhsRecognizer (used in its place when presidio runs).
NHS = PatternSpec(
    name="NhsRecognizer",
    entity="UK_NHS",
    patterns=(("NHS (medium)", r"\b([0-9]{3})[- ]?([0-9]{3})[- ]?([0-9]{4})\b", 0.5),),
    context=("national health service", "nhs", "health services authority", "health authority"),
    validate=nhs_checksum_ok,
    presidio_class="NhsRecognizer",
)

# Prefixes HMRC never issues (and the temporary-number prefixes).
_NINO_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(text: str) -> bool | None:
    return None if text[:2].upper() not in _NINO_BAD_PREFIXES else False


NINO = PatternSpec(
    name="UkNinoRecognizer",
    entity="UK_NINO",
    patterns=(
        (
            "NI number",
            r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
            0.5,
        ),
    ),
    context=("national insurance", "ni", "nino", "insurance"),
    validate=nino_ok,
)


def phone_ok(text: str) -> bool | None:
    """Reject strings whose digits cannot be a UK number (too many repeated separators)."""
    digits = re.sub(r"\D", "", text)
    for prefix in ("0044", "44"):
        if digits.startswith(prefix):
            digits = "0" + digits[len(prefix) :].removeprefix("0")  # "+44 (0)161 ..."
            break
    return None if 10 <= len(digits) <= 11 else False


PHONE = PatternSpec(
    name="UkPhoneRecognizer",
    entity="UK_PHONE",
    patterns=(
        # 07xxx xxxxxx with any single spaces or dashes between digits.
        ("UK mobile", r"(?<![\w+])07\d(?:[ -]?\d){8}(?!\d)", 0.6),
        # +44 7700 900123, +44 (0)161 496 0000, 0044 ...
        (
            "UK international",
            r"(?<![\w+])(?:\+|00)44[ -]?(?:\(0\)[ -]?)?[1237](?:[ -]?\d){8,9}(?!\d)",
            0.6,
        ),
        # Geographic landlines 01/02: 0161 496 0000, 020 7946 0000. 03/08 numbers are
        # organisations' lines (helplines, the university), not personal data, so left out.
        ("UK landline", r"(?<![\w+])0[12]\d(?:[ -]?\d){7,8}(?!\d)", 0.4),
    ),
    context=("phone", "number", "mobile", "call", "ring", "text", "whatsapp", "contact", "tel"),
    validate=phone_ok,
)

# Shared mailboxes of an organisation are not anyone's personal data.
_ROLE_MAILBOXES = {
    "info", "admin", "enquiries", "enquiry", "placements", "placement", "helpdesk", "support",
    "office", "noreply", "no-reply", "reception", "studentsupport", "student.support",
    "studentservices", "help", "contact", "hello", "careers", "library", "wellbeing",
}  # fmt: skip


def email_ok(text: str) -> bool | None:
    local = text.split("@", 1)[0].lower()
    return False if local in _ROLE_MAILBOXES else None


EMAIL = PatternSpec(
    name="EmailRecognizer",
    entity="EMAIL_ADDRESS",
    patterns=(
        (
            "email",
            r"(?<![\w.+%-])[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.[a-z]{2,24}\b",
            0.7,
        ),
    ),
    context=("email", "e-mail", "mail", "contact"),
    validate=email_ok,
)

_ORDINAL_INWARD = {"1ST", "2ND", "3RD", "4TH", "5TH", "6TH", "7TH", "8TH", "9TH"}


def postcode_ok(text: str) -> bool | None:
    return False if text.replace(" ", "")[-3:].upper() in _ORDINAL_INWARD else None


POSTCODE = PatternSpec(
    name="UkPostcodeRecognizer",
    entity="UK_POSTCODE",
    patterns=(
        # Capitals only: lower-case "y6 2nd" and friends are too common in chat to risk.
        (
            "UK postcode",
            r"(?-i:\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b)",
            0.5,
        ),
    ),
    context=("postcode", "post code", "address", "lives"),
    validate=postcode_ok,
)

_STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|"
    "terrace|gardens|gdns|grove|hill|park|square|sq|mews|row|rise|vale|walk|view"
)
# Lower-case addresses only with unambiguous street words ("5 minutes each way" is not one).
_STREET_TYPES_LOWER = "road|rd|street|avenue|ave|lane|crescent|terrace|gardens|grove|mews"

ADDRESS = PatternSpec(
    name="UkStreetAddressRecognizer",
    entity="STREET_ADDRESS",
    patterns=(
        (
            "number + capitalised street name",
            rf"\b\d{{1,4}}[a-z]?,? (?:(?-i:[A-Z][a-z'-]{{1,20}}) ){{1,3}}(?:{_STREET_TYPES})\b",
            0.6,
        ),
        (
            "number + street name, any case",
            rf"\b\d{{1,4}}[a-z]?,? (?:[a-z'-]{{2,20}} ){{1,3}}(?:{_STREET_TYPES_LOWER})\b",
            0.4,
        ),
        (
            "flat number",
            r"\bflat \d{1,4}[a-z]?,? (?:[a-z'-]{2,20} ){1,3}(?:house|court|building|tower)\b",
            0.5,
        ),
    ),
    context=("lives", "live", "address", "house", "home", "flat"),
)

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
DATE_OF_BIRTH = PatternSpec(
    name="DateOfBirthRecognizer",
    entity="DATE_OF_BIRTH",
    patterns=(
        (
            "date of birth",
            r"\b(?:d\.?o\.?b\.?|date of birth|birthday is|born(?: on)?)[:\s-]{0,3}"
            rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
            rf"(?:{_MONTHS})[a-z]{{0,6}},? \d{{2,4}})",
            0.85,
        ),
    ),
    context=("dob", "birth", "born"),
)

AGE = PatternSpec(
    name="AgeRecognizer",
    entity="AGE",
    patterns=(
        ("n years old", r"\b\d{1,3}[ -]?(?:years?|yrs?)[ -]?old\b", 0.5),
        ("n yo", r"\b\d{1,3} ?(?:yo|y/o|y\.o\.)(?!\w)", 0.5),
        ("aged n", r"\baged? \d{1,3}\b", 0.5),
    ),
    context=("age", "aged", "old"),
)

# Two-letter abbreviations that look like initials but are clinical or everyday shorthand.
_NOT_INITIALS = {
    "BP", "HR", "RR", "GP", "OT", "PT", "ED", "AE", "IV", "IM", "UK", "NI", "NG", "PE", "BM",
    "CT", "MR", "ST", "TV", "PC", "EU", "DB", "WC", "PA", "TA", "SN", "RN", "OK", "OD", "DM",
    "MI", "MS", "AF", "CK", "FY", "HB", "UA", "PM", "AM", "YR", "NO", "SO", "IN", "ON",
}  # fmt: skip


def initials_ok(text: str) -> bool | None:
    letters = re.sub(r"[^A-Za-z]", "", text)[:2].upper()
    return False if letters in _NOT_INITIALS else None


INITIALS_AGE = PatternSpec(
    name="InitialsAgeRecognizer",
    entity="INITIALS_AGE",
    patterns=(
        # "JS, 84" / "JS (84)" / "J.S. aged 84" / "JS 84yo": initials next to an age.
        (
            "initials, age",
            r"(?-i:\b[A-Z]\.?[A-Z]\.?)(?:, ?| ?\()(?:aged? )?\d{1,3}\b\)?",
            0.5,
        ),
        (
            "initials age-marker",
            r"(?-i:\b[A-Z]\.?[A-Z]\.?) (?:aged? \d{1,3}\b|\d{1,3} ?(?:yo|y/o|yrs?|years? old)\b)",
            0.6,
        ),
    ),
    context=("patient", "pt", "aged", "years"),
    validate=initials_ok,
)

_NOT_SURNAMES = {"and", "or", "the", "is", "was", "has", "had", "said", "says", "to", "in"}


def titled_name_ok(text: str) -> bool | None:
    rest = text.split(None, 1)[1] if " " in text else ""
    return False if rest.split(" ")[0].lower() in _NOT_SURNAMES else None


TITLED_NAME = PatternSpec(
    name="TitledNameRecognizer",
    entity="TITLED_NAME",
    patterns=(
        # "Mrs Jones", "mr patel". Miss/Ms only capitalised: "miss the lecture" is a verb.
        # Dr and Prof are left out on purpose: in these chats they are staff.
        (
            "title + surname",
            r"(?:\b(?:mr|mrs|mx)\.?|(?-i:\b(?:Miss|Ms)\.?)) (?:[a-z][a-z'-]{1,20})"
            r"(?: (?-i:[A-Z][a-z'-]{1,20}))?\b",
            0.5,
        ),
    ),
    context=("patient", "bed", "bay", "resident"),
    validate=titled_name_ok,
)

RECOGNIZERS: tuple[PatternSpec, ...] = (
    NHS,
    NINO,
    PHONE,
    EMAIL,
    POSTCODE,
    ADDRESS,
    DATE_OF_BIRTH,
    AGE,
    INITIALS_AGE,
    TITLED_NAME,
)
