"""Every pattern recognizer: texts it must flag and texts it must leave alone, run both ways
(presidio's PatternRecognizer and the direct runner used without models), plus bounded time
on pathological input."""

from __future__ import annotations

import time

import pytest

from audit.scoring import recognizers_care as care
from audit.scoring import recognizers_uk as uk
from audit.scoring.patterns import PatternSpec, to_presidio

# (recognizer, text, expected matched substring or None for "must not flag")
CASES: list[tuple[PatternSpec, str, str | None]] = [
    (uk.NHS, "NHS no 943 476 5919 please", "943 476 5919"),
    (uk.NHS, "nhs number 9434765919", "9434765919"),
    (uk.NHS, "ref 943 476 5918 (bad check digit)", None),
    (uk.NINO, "my NI is AB 12 34 56 C", "AB 12 34 56 C"),
    (uk.NINO, "ni number ab123456c", "ab123456c"),
    (uk.NINO, "GB 12 34 56 A is not issued", None),
    (uk.PHONE, "call me on 07700 900123", "07700 900123"),
    (uk.PHONE, "text 07700900123", "07700900123"),
    (uk.PHONE, "it's 077 009 001 23 lol", "077 009 001 23"),
    (uk.PHONE, "+44 7700 900123 is mine", "+44 7700 900123"),
    (uk.PHONE, "ring +44 (0)161 496 0000", "+44 (0)161 496 0000"),
    (uk.PHONE, "landline 0161 496 0000", "0161 496 0000"),
    (uk.PHONE, "uni helpline 0300 123 4567", None),
    (uk.PHONE, "the shift is 07:00-19:30", None),
    (uk.PHONE, "student id 2201234567", None),
    (uk.EMAIL, "email me at tom.reed.92@gmail.com ok", "tom.reed.92@gmail.com"),
    (uk.EMAIL, "send it to placements@uni.ac.uk", None),
    (uk.EMAIL, "meet @ 5 at the library", None),
    (uk.POSTCODE, "I'm at M13 9PL", "M13 9PL"),
    (uk.POSTCODE, "SW1A 1AA", "SW1A 1AA"),
    (uk.POSTCODE, "Y6 2ND on the list", None),
    (uk.POSTCODE, "year 6 2nd term", None),
    (uk.ADDRESS, "she lives at 14 Elm Road near the park", "14 Elm Road"),
    (uk.ADDRESS, "22 Oak Avenue has no heating", "22 Oak Avenue"),
    (uk.ADDRESS, "drop it at 3 station road", "3 station road"),
    (uk.ADDRESS, "it's 5 minutes each way", None),
    (uk.ADDRESS, "a 20 minute drive", None),
    (uk.DATE_OF_BIRTH, "DOB 12/03/1941", "DOB 12/03/1941"),
    (uk.DATE_OF_BIRTH, "date of birth: 3rd March 2015", "date of birth: 3rd March 2015"),
    (uk.DATE_OF_BIRTH, "deadline 12/03/2024", None),
    (uk.AGE, "she's 84 years old", "84 years old"),
    (uk.AGE, "84yo female", "84yo"),
    (uk.AGE, "aged 7", "aged 7"),
    (uk.AGE, "year 7 maths", None),
    (uk.INITIALS_AGE, "JS, 84, admitted", "JS, 84"),
    (uk.INITIALS_AGE, "pt J.S. aged 91", "J.S. aged 91"),
    (uk.INITIALS_AGE, "BP, 140 over 90", None),
    (uk.INITIALS_AGE, "js, 84", None),
    (uk.TITLED_NAME, "Mrs Jones in bed 9", "Mrs Jones"),
    (uk.TITLED_NAME, "mr patel refused meds", "mr patel"),
    (uk.TITLED_NAME, "don't miss the lecture", None),
    (uk.TITLED_NAME, "Mr and Mrs", None),
    (care.BED, "bed 9's wound", "bed 9"),
    (care.BED, "pt in bay 3", "bay 3"),
    (care.BED, "side room 2", "side room 2"),
    (care.BED, "cubicle 4b", "cubicle 4b"),
    (care.BED, "going to bed now", None),
    (care.WARD, "on ward 7 today", "ward 7"),
    (care.WARD, "Mr Hughes on Rowan ward", "Rowan ward"),
    (care.WARD, "The ward was busy", None),
    (care.WARD, "the stroke unit is hectic", None),
    (care.ROOM, "resident in room 12", "room 12"),
    (care.ROOM, "need a room for the study group", None),
    (care.SERVICE_USER, "the patient was lovely", "patient"),
    (care.SERVICE_USER, "pt refused", "pt"),
    (care.SERVICE_USER, "a service user I visited", "service user"),
    (care.SERVICE_USER, "patience is a virtue", None),
    (care.CHILD, "a pupil disclosed", "pupil"),
    (care.CHILD, "a 7 year old boy in my group", "7 year old boy"),
    (care.CHILD, "my kids are at their dad's", None),
    (care.CHILD_IN_CLASS, "the kid in my class threw a chair", "kid in my class"),
    (care.CHILD_IN_CLASS, "one of my year 3s told me", "one of my year 3s"),
    (care.CHILD_IN_CLASS, "pupil in 5B disclosed", "pupil in 5B"),
    (care.CHILD_IN_CLASS, "someone in my class at uni", None),
    (care.RELATIVE, "the patient's daughter rang", "patient's daughter"),
    (care.RELATIVE, "pt's son complained", "pt's son"),
    (care.RELATIVE, "my daughter is ill", None),
    (care.HEALTH, "she has dementia", "dementia"),
    (care.HEALTH, "refused his insulin", "insulin"),
    (care.HEALTH, "passed away this morning", "passed away"),
    (care.HEALTH, "admitted with a #NOF", "#NOF"),
    (care.HEALTH, "learned loads about wound care", None),
    (care.HEALTH, "lecture on diabetes at 2", None),
    (care.HEALTH, "the dementia ward", None),
    (care.SCHOOL_CLASS, "Tyler in year 4", "year 4"),
    (care.SCHOOL_CLASS, "my Y6 group", "Y6"),
    (care.SCHOOL_CLASS, "class 3B went out", "class 3B"),
    (care.SCHOOL_CLASS, "year 2 nursing timetable", None),
    (care.SCHOOL_CLASS, "year 3 of the course", None),
    (care.SAFEGUARDING, "told me her dad hits her", "hits her"),
    (care.SAFEGUARDING, "she had bruises again", "bruises"),
    (care.SAFEGUARDING, "he's being bullied", "being bullied"),
    (care.SAFEGUARDING, "her dad picks her up", None),
    (care.STAFF, "my mentor Karen", "mentor"),
    (care.STAFF, "Dr Patel's lecture", "Dr"),
    (care.STAFF, "my friend Karen", None),
    (care.SIMULATION, "bed 9 in the sim lab lol", "sim lab"),
    (care.SIMULATION, "the mannequin's called Dave", "mannequin"),
    (care.SIMULATION, "similar to last week", None),
    (care.SERVICE_USER, "a lady on the caseload", "on the caseload"),
    (care.HEALTH, "drop his inhaler off", "inhaler"),
    (care.SHOW_CUE, "this is bed 9's wound", "this is"),
    (care.SHOW_CUE, "this was a long day", None),
]
IDS = [f"{spec.name}:{text[:25]}" for spec, text, _ in CASES]


def test_every_recognizer_has_cases() -> None:
    tested = {spec.name for spec, _, _ in CASES}
    assert tested == {spec.name for spec in uk.RECOGNIZERS + care.RECOGNIZERS}


@pytest.mark.parametrize(("spec", "text", "expected"), CASES, ids=IDS)
def test_pattern_runner_flags_or_leaves_alone(spec, text, expected) -> None:
    found = [text[s:e] for s, e, *_ in spec.find(text)]
    if expected is None:
        assert found == []
    else:
        assert expected in found


@pytest.fixture(scope="module")
def presidio_recognizers() -> dict:
    return {
        spec.name: (spec, rec)
        for spec, rec in zip(
            uk.RECOGNIZERS + care.RECOGNIZERS,
            to_presidio(uk.RECOGNIZERS + care.RECOGNIZERS),
            strict=True,
        )
    }


@pytest.mark.parametrize(("spec", "text", "expected"), CASES, ids=IDS)
def test_presidio_recognizer_agrees_with_pattern_runner(
    presidio_recognizers, spec, text, expected
) -> None:
    _, recognizer = presidio_recognizers[spec.name]
    by_presidio = {(r.start, r.end) for r in recognizer.analyze(text, [spec.entity])}
    direct = {(s, e) for s, e, *_ in spec.find(text)}
    # presidio also drops spans inside a longer span of the same type; compare after that.
    assert {text[s:e] for s, e in by_presidio} <= {text[s:e] for s, e in direct}
    if expected is not None:
        assert expected in {text[s:e] for s, e in by_presidio}
    else:
        assert by_presidio == set()


def test_nhs_spec_uses_presidios_checksum_recognizer(presidio_recognizers) -> None:
    _, recognizer = presidio_recognizers["NhsRecognizer"]
    assert type(recognizer).__name__ == "NhsRecognizer"


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
    ],
    ids=["letters", "dots", "digits-spaced", "digits", "titles", "beds", "ats", "years"],
)
def test_every_recognizer_is_linear_on_100kb_pathological_text(text) -> None:
    started = time.perf_counter()
    for spec in uk.RECOGNIZERS + care.RECOGNIZERS:
        spec.find(text)
    assert time.perf_counter() - started < 5.0


def test_named_child_in_my_class_covers_name_class_and_school_so_reports_mask_them():
    from audit.scoring.patterns import find_entities
    from audit.scoring.recognizers_care import CHILD_IN_CLASS

    text = "Maisie in my Y3 class at Oakfield told me at lunch"
    spans = [(s, e) for s, e, *_ in find_entities([CHILD_IN_CLASS], text)]
    assert (0, len("Maisie in my Y3 class at Oakfield")) in spans
    assert not find_entities([CHILD_IN_CLASS], "I sat in my class at uni all day")
