"""Every pattern recognizer: texts it must flag and texts it must leave alone, run both ways
(presidio's recognizer — its own predefined class where one exists — and the direct runner
used without models), plus bounded time on pathological input."""

from __future__ import annotations

import time

import pytest

from audit.scoring import recognizers_global as glob
from audit.scoring import recognizers_uk as uk
from audit.scoring.patterns import PatternSpec, to_presidio

ALL = uk.RECOGNIZERS + glob.RECOGNIZERS

# (recognizer, text, expected matched substring or None for "must not flag")
CASES: list[tuple[PatternSpec, str, str | None]] = [
    (uk.NHS, "NHS no 943 476 5919 please", "943 476 5919"),
    (uk.NHS, "nhs number 9434765919", "9434765919"),
    (uk.NHS, "ref 943 476 5918 (bad check digit)", None),
    (uk.RECORD_NUMBER, "NHS no 485 777 3456 can someone check", "NHS no 485 777 3456"),
    (uk.RECORD_NUMBER, "hosp number RX1234567 for the lady in 4", "hosp number RX1234567"),
    (uk.RECORD_NUMBER, "room number 4 please", None),
    (uk.NINO, "my NI is AB 12 34 56 C", "AB 12 34 56 C"),
    (uk.NINO, "ni number ab123456c", "ab123456c"),
    (uk.NINO, "GB 12 34 56 A is not issued", None),
    (uk.CONTEXT_NINO, "her NI is QQ 12 34 56 C", "NI is QQ 12 34 56 C"),
    (uk.CONTEXT_NINO, "is QQ 12 34 56 C the right format for her NI number", "QQ 12 34 56 C"),
    (uk.CONTEXT_NINO, "QQ 12 34 56 C", None),
    (glob.PHONE_SHAPE, "her dad in Toronto is on +1 (416) 555 0199", "+1 (416) 555 0199"),
    (glob.PHONE_SHAPE, "ring 555-867-5309 x204 after 6", "555-867-5309 x204"),
    (glob.PHONE_SHAPE, "+5 points to the quiz team lol", None),
    (glob.PHONE_SHAPE, "NHS no 485 777 3456 can someone check", None),
    (uk.PHONE, "call me on 07700 900123", "07700 900123"),
    (uk.PHONE, "text 07700900123", "07700900123"),
    (uk.PHONE, "it's 077 009 001 23 lol", "077 009 001 23"),
    (uk.PHONE, "+44 7700 900123 is mine", "+44 7700 900123"),
    (uk.PHONE, "ring +44 (0)161 496 0000", "+44 (0)161 496 0000"),
    (uk.PHONE, "landline 0161 496 0000", "0161 496 0000"),
    (uk.PHONE, "uni helpline 0300 123 4567", None),
    (uk.PHONE, "the shift is 07:00-19:30", None),
    (uk.PHONE, "student id 2201234567", None),
    (uk.POSTCODE, "I'm at M13 9PL", "M13 9PL"),
    (uk.POSTCODE, "SW1A 1AA", "SW1A 1AA"),
    (uk.POSTCODE, "Y6 2ND on the list", None),
    (uk.POSTCODE, "year 6 2nd term", None),
    (uk.BANK_ACCOUNT, "sort code 20-00-00 account 12345678", "20-00-00 account 12345678"),
    (uk.BANK_ACCOUNT, "acc 12345678 sc 20 00 00", "12345678 sc 20 00 00"),
    (uk.BANK_ACCOUNT, "meet 12-14 on the 3rd", None),
    (uk.DATE_OF_BIRTH, "DOB 12/03/1941", "DOB 12/03/1941"),
    (uk.DATE_OF_BIRTH, "date of birth: 3rd March 2015", "date of birth: 3rd March 2015"),
    (uk.DATE_OF_BIRTH, "dob 12/03 btw", "dob 12/03"),
    (uk.DATE_OF_BIRTH, "deadline 12/03/2024", None),
    (uk.AGE, "she's 84 years old", "84 years old"),
    (uk.AGE, "84yo female", "84yo"),
    (uk.AGE, "aged 7", "aged 7"),
    (uk.AGE, "Mr Khan (68) on ward 10", "(68)"),
    (uk.AGE, "year 7 maths", None),
    (uk.INITIALS_AGE, "JS, 84, admitted", "JS, 84"),
    (uk.INITIALS_AGE, "pt J.S. aged 91", "J.S. aged 91"),
    (uk.INITIALS_AGE, "BP, 140 over 90", None),
    (uk.INITIALS_AGE, "js, 84", None),
    (uk.TITLED_NAME, "Mrs Jones in bed 9", "Mrs Jones"),
    (uk.TITLED_NAME, "mr patel refused meds", "mr patel"),
    (uk.TITLED_NAME, "mrs k on the stroke unit", "mrs k"),
    (uk.TITLED_NAME, "don't miss the lecture", None),
    (uk.TITLED_NAME, "Mr and Mrs", None),
    (uk.TITLED_NAME, "mr bed 14 is a nightmare", None),
    (glob.PHONE, "mum's number in lagos is +234 803 123 4567", "+234 803 123 4567"),
    (glob.PHONE, "ring her on 0161 496 0000", "0161 496 0000"),
    (glob.PHONE, "the deadline is 12/03/2024 at 10:30", None),
    (glob.CONTEXT_PHONE, "Can someone call me on 467 3395?", "call me on 467 3395"),
    (glob.CONTEXT_PHONE, "NHS number 943 476 5919", None),
    (glob.EMAIL, "email me at tom.reed.92@gmail.com ok", "tom.reed.92@gmail.com"),
    (glob.EMAIL, "send it to placements@uni.ac.uk", None),
    (glob.EMAIL, "meet @ 5 at the library", None),
    (glob.CREDIT_CARD, "card 4111 1111 1111 1111 exp 09/27", "4111 1111 1111 1111"),
    (glob.CREDIT_CARD, "card 4111 1111 1111 1112", None),
    (
        glob.CONTEXT_CARD,
        "my card number is 4929 1234 5678 9012",
        "card number is 4929 1234 5678 9012",
    ),
    (glob.CONTEXT_CARD, "card 12", None),
    (glob.IBAN, "IBAN GB82 WEST 1234 5698 7654 32 for the refund", "GB82 WEST 1234 5698 7654 32"),
    (glob.IBAN, "GB82 WEST 1234 5698 7654 33", None),
    (glob.IP_ADDRESS, "my ip is 192.168.1.20", "192.168.1.20"),
    (glob.IP_ADDRESS, "version 1.2.3 is out", None),
    (glob.STREET_ADDRESS, "she lives at 14 Elm Road near the park", "14 Elm Road"),
    (glob.STREET_ADDRESS, "22 Oak Avenue has no heating", "22 Oak Avenue"),
    (glob.STREET_ADDRESS, "hers is 12 orchard close", "12 orchard close"),
    (glob.STREET_ADDRESS, "flat 3 above the chippy on king street", "flat 3"),
    (glob.STREET_ADDRESS, "Mellemvej 32", "Mellemvej 32"),
    (glob.STREET_ADDRESS, "Rua Diadema 1903", "Rua Diadema 1903"),
    (glob.STREET_ADDRESS, "she lives at number 32 on the high st", "number 32 on the high st"),
    (glob.STREET_ADDRESS, "it's 5 minutes each way", None),
    (glob.STREET_ADDRESS, "it's 2 very close", None),
    (glob.STREET_ADDRESS, "a 20 minute drive", None),
    (glob.STREET_ADDRESS, "the unit 4 exam paper", None),
]
IDS = [f"{spec.name}:{text[:25]}" for spec, text, _ in CASES]


def test_every_recognizer_has_cases() -> None:
    assert {spec.name for spec, _, _ in CASES} == {spec.name for spec in ALL}


@pytest.mark.parametrize(("spec", "text", "expected"), CASES, ids=IDS)
def test_pattern_runner_flags_or_leaves_alone(spec, text, expected) -> None:
    found = [text[s:e] for s, e, *_ in spec.find(text)]
    if expected is None:
        assert found == []
    else:
        assert expected in found


@pytest.fixture(scope="module")
def presidio_recognizers() -> dict:
    return {spec.name: (spec, rec) for spec, rec in zip(ALL, to_presidio(ALL), strict=True)}


@pytest.mark.parametrize(("spec", "text", "expected"), CASES, ids=IDS)
def test_presidio_recognizer_agrees_with_pattern_runner(
    presidio_recognizers, spec, text, expected
) -> None:
    """presidio finds what the twin finds: never something the twin misses (the batched
    path skips presidio when the twins find nothing), and the expected span."""
    _, recognizer = presidio_recognizers[spec.name]
    by_presidio = {text[r.start : r.end] for r in recognizer.analyze(text, [spec.entity])}
    direct = {text[s:e] for s, e, *_ in spec.find(text)}
    assert by_presidio <= direct
    if expected is not None:
        assert expected in by_presidio
    else:
        assert by_presidio == set()


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("NhsRecognizer", "NhsRecognizer"),
        ("UkNinoRecognizer", "UkNinoRecognizer"),
        ("UkPostcodeRecognizer", "UkPostcodeRecognizer"),
        ("PhoneRecognizer", "PhoneRecognizer"),
        ("CreditCardRecognizer", "CreditCardRecognizer"),
        ("IbanRecognizer", "IbanRecognizer"),
        ("IpRecognizer", "IpRecognizer"),
    ],
)
def test_presidio_predefined_recognizers_are_used(presidio_recognizers, name, cls) -> None:
    from presidio_analyzer import predefined_recognizers

    _, recognizer = presidio_recognizers[name]
    assert isinstance(recognizer, getattr(predefined_recognizers, cls))


def test_phone_recognizer_covers_many_countries(presidio_recognizers) -> None:
    _, recognizer = presidio_recognizers["PhoneRecognizer"]
    assert {"GB", "IE", "IN", "PK", "NG", "PL", "RO"} <= set(recognizer.supported_regions)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "a." * 50_000,
        "1 " * 50_000,
        "0" * 100_000,
        "Mr " * 33_000,
        ("bed " + "9" * 10) * 7_000,
        "x@" * 50_000,
        "year " * 20_000,
        "card " * 20_000,
        "a.b-c_" * 16_000 + "@",
    ],
    ids=["letters", "dots", "digits-spaced", "digits", "titles", "beds", "ats", "years",
         "cards", "email-ish"],
)  # fmt: skip
def test_every_recognizer_is_linear_on_100kb_pathological_text(text) -> None:
    started = time.perf_counter()
    for spec in ALL:
        spec.find(text)
    assert time.perf_counter() - started < 5.0


def test_guards_never_drop_a_match() -> None:
    """A spec's guard is a speed check only: every expected match passes it."""
    for spec, text, expected in CASES:
        if expected is not None and spec.compiled_guard is not None:
            assert spec.compiled_guard.search(text), (spec.name, text)
