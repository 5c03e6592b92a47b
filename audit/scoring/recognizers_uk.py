"""UK personal identifiers as people type them in a chat: NHS and National Insurance numbers,
postcodes (presidio's own recognizers, with twins here for the direct runner), UK phone
numbers, bank sort code + account number, dates of birth, ages, titled names and initials
with an age.

Why our own UK phone patterns beside presidio's: presidio's phone recognizer validates with
the phonenumbers library, which rejects number-shaped strings such as the whole 07700 900xxx
range and `+44 7700 900123`, and spaCy tags `07700 900123` as a date. A number someone shares
is still a number, so these match the shape, not the allocation.

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


NHS = PatternSpec(
    name="NhsRecognizer",
    entity="UK_NHS",
    patterns=(("NHS (medium)", r"\b([0-9]{3})[- ]?([0-9]{3})[- ]?([0-9]{4})\b", 0.5),),
    validate=nhs_checksum_ok,
    presidio_class="NhsRecognizer",
    guard=r"\d{3}",
)

NINO = PatternSpec(
    name="UkNinoRecognizer",
    entity="UK_NINO",
    patterns=(
        (
            "NINO (medium)",
            r"\b(?!bg|gb|nk|kn|nt|tn|zz|BG|GB|NK|KN|NT|TN|ZZ)([a-ceghj-pr-tw-zA-CEGHJ-PR-TW-Z]{1}"
            r"[a-ceghj-npr-tw-zA-CEGHJ-NPR-TW-Z]{1}) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?"
            r"([a-dA-D]{1})\b",
            0.5,
        ),
    ),
    presidio_class="UkNinoRecognizer",
    guard=r"\d\d",
)

# A number after words that say it is a patient's or pupil's record number: NHS numbers typed
# from memory (which fail presidio's checksum), hospital numbers, unique pupil numbers. The
# span starts at the words; the detector keeps only the number.
RECORD_NUMBER = PatternSpec(
    name="RecordNumberRecognizer",
    entity="RECORD_NUMBER",
    patterns=(
        (
            "record word + number",
            r"\b(?:(?:nhs|mrn|chi|upn)(?: ?(?:number|no\.?|num|#|id))?|(?:hospital|hosp|unit|"
            r"patient|pt|unique pupil|pupil|case|rio|emis|systmone|mosaic|liquidlogic|lcs) ?"
            r"(?:number|no\.?|num|#|id))\b[ :.#-]{0,3}(?:is |was |=)?[a-z]{0,3}\d(?:[ -]?\d){5,11}"
            r"(?![\d/:])",
            0.5,
        ),
    ),
    guard=r"\d{3}",
)

# A National Insurance number after words that say so, whatever its prefix: the official
# example "QQ 12 34 56 C" and numbers typed from memory fail presidio's prefix rules.
CONTEXT_NINO = PatternSpec(
    name="ContextNinoRecognizer",
    entity="CONTEXT_NINO",
    patterns=(
        (
            "NI word + number",
            r"\b(?:ni|nino|national insurance)(?: ?(?:number|no\.?|num|#))?\b[ :.#-]{0,3}"
            r"(?:is |was |=)?[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b",
            0.6,
        ),
        (
            "number + NI word after",
            r"\b[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b(?=[^.!?\n]{0,60}\b(?:ni|nino|national "
            r"insurance)\b)",
            0.6,
        ),
    ),
    guard=r"\d\d",
)

_ORDINAL_INWARD = {"1ST", "2ND", "3RD", "4TH", "5TH", "6TH", "7TH", "8TH", "9TH"}


def postcode_ok(text: str) -> bool | None:
    return False if text.replace(" ", "")[-3:].upper() in _ORDINAL_INWARD else None


POSTCODE = PatternSpec(
    name="UkPostcodeRecognizer",
    entity="UK_POSTCODE",
    patterns=(
        (
            "UK Postcode",
            r"\b(GIR\s?0AA|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?\s?[0-9][ABD-HJLNP-UW-Z]{2}"
            r"|[A-PR-UWYZ][0-9]{2}\s?[0-9][ABD-HJLNP-UW-Z]{2}"
            r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?\s?[0-9][ABD-HJLNP-UW-Z]{2}"
            r"|[A-PR-UWYZ][A-HK-Y][0-9]{2}\s?[0-9][ABD-HJLNP-UW-Z]{2})\b",
            0.1,
        ),
    ),
    validate=postcode_ok,
    presidio_class="UkPostcodeRecognizer",
    # Capitals only: lower-case "y6 2nd" and friends are too common in chat to risk.
    flags=re.DOTALL | re.MULTILINE,
    guard=r"\d",
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
    guard=r"\d{2}",
)

# A UK bank account: a sort code (12-34-56) with an 8-digit account number close by, or the
# words "sort code" before one. Either alone is a bank's or anyone's six digits.
BANK_ACCOUNT = PatternSpec(
    name="UkBankAccountRecognizer",
    entity="UK_BANK_ACCOUNT",
    patterns=(
        (
            "sort code + account number",
            r"(?<![\d-])\d{2}[- ]\d{2}[- ]\d{2}(?![\d-])[ ,/:;a-z.]{1,30}?(?<!\d)\d{8}(?!\d)",
            0.6,
        ),
        (
            "account number + sort code",
            r"(?<!\d)\d{8}(?!\d)[ ,/:;a-z.]{1,30}?(?<![\d-])\d{2}[- ]?\d{2}[- ]?\d{2}(?![\d-])",
            0.6,
        ),
        ("labelled sort code", r"\bsort ?code:? ?\d{2}[- ]?\d{2}[- ]?\d{2}\b", 0.6),
    ),
    context=("sort code", "account", "bank", "acc"),
    guard=r"\d{6}|\d\d[- ]\d\d",
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
        (
            "date of birth, no year",
            r"\b(?:d\.?o\.?b\.?|date of birth)[:\s-]{0,3}(?:\d{1,2}[/.-]\d{1,2}\b(?![/.-]\d)|"
            rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})[a-z]{{0,6}}\b)",
            0.85,
        ),
    ),
    context=("dob", "birth", "born"),
    guard=r"\d",
)

AGE = PatternSpec(
    name="AgeRecognizer",
    entity="AGE",
    patterns=(
        ("n years old", r"\b\d{1,3}[ -]?(?:years?|yrs?)[ -]?old\b", 0.5),
        ("n yo", r"\b\d{1,3} ?(?:yo|y/o|y\.o\.)(?!\w)", 0.5),
        ("aged n", r"\baged? \d{1,3}\b", 0.5),
        ("name (84)", r"(?<=[a-z] )\((?:[1-9]|[1-9]\d|1[01]\d)\)", 0.4),
    ),
    context=("age", "aged", "old"),
    guard=r"\d",
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
    guard=r"\d",
)

_NOT_SURNAMES = {
    "and", "or", "the", "is", "was", "has", "had", "said", "says", "to", "in", "on", "at",
    "from", "with", "who", "whos", "who's", "but", "so", "if", "then", "also", "just", "did",
    "bed", "bay", "room", "side", "ward", "cubicle", "nice", "grumpy", "lovely", "moody",
}  # fmt: skip


def titled_name_ok(text: str) -> bool | None:
    rest = text.split(None, 1)[1] if " " in text else ""
    return False if rest.split(" ")[0].lower() in _NOT_SURNAMES else None


TITLED_NAME = PatternSpec(
    name="TitledNameRecognizer",
    entity="TITLED_NAME",
    patterns=(
        # "Mrs Jones", "mr patel", "mr o'brien", "Mrs P". Miss/Ms only capitalised: "miss the
        # lecture" is a verb. Dr and Prof are left out on purpose: in these chats they are
        # staff.
        (
            "title + surname",
            r"(?:\b(?:mr|mrs|mx)\.?|(?-i:\b(?:Miss|Ms)\.?)) (?:[a-z][a-z'’-]{1,20})"
            r"(?: (?-i:[A-Z][a-z'-]{1,20}))?\b",
            0.5,
        ),
        (
            "title + initial",
            r"(?:(?-i:\b(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z])|\b(?:mr|mrs|mx)\.? [a-z])\b(?!['’]\w)",
            0.4,
        ),
    ),
    context=("patient", "bed", "bay", "resident"),
    validate=titled_name_ok,
    guard=r"(?i)m[rsx]|miss",
)

RECOGNIZERS: tuple[PatternSpec, ...] = (
    NHS,
    RECORD_NUMBER,
    NINO,
    CONTEXT_NINO,
    PHONE,
    POSTCODE,
    BANK_ACCOUNT,
    DATE_OF_BIRTH,
    AGE,
    INITIALS_AGE,
    TITLED_NAME,
)
