"""The confidentiality detector's rules on hand-made frames, scored by the real entities
scorer (presidio + the installed spaCy model), and the same rules without models."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conf_frames import frame, load_scorer, rules_for, run

from audit.core.config import AuditConfig
from audit.core.errors import ModelError
from audit.core.schema import FINDING_COLUMNS
from audit.scoring.entities import chunks, load_entity_scorer


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


FLAG = [
    ("Mrs Jones in bed 9 has dementia, kept trying to leave", "CONF001"),
    ("Mr Hughes on Rowan ward is diabetic and refused his insulin", "CONF001"),
    ("JS, 84, admitted with a #NOF", "CONF001"),
    ("pt in bay 3 is asking for morphine every hour", "CONF001"),
    ("service user I visited lives at 22 Oak Avenue and has dementia", "CONF001"),
    ("the girl in my class with the eating disorder fainted in PE", "CONF001"),
    ("Tyler in year 4 has autism and kicked off again", "CONF001"),
    ("can someone check NHS no 943 476 5919 for me", "CONF002"),
    ("her NI is AB 12 34 56 C for the referral", "CONF002"),
    ("Jordan's number is 07700 900321", "CONF003"),
    ("ring her on +44 7700 900123", "CONF003"),
    ("her email is tom.reed.92@gmail.com", "CONF003"),
    ("she's at 14 Elm Road, M13 9PL", "CONF003"),
    ("one of my year 3s told me her dad hits her", "CONF004"),
    ("pupil in 5B disclosed abuse to me today", "CONF004"),
    ("Ava in year 2 told me her step dad hurts her", "CONF004"),
    ("bank details for the social fund: sort code 20-00-00 account 12345678", "CONF006"),
]
LEAVE = [
    "has anyone done the patient safety module yet?",
    "learned loads about wound care yesterday",
    "don't use real names in the case study, Dr Patel said",
    "lecture on diabetes at 2pm is in room 4.12",
    "my nan has dementia so this placement is hard",
    "the patient was lovely today",
    "I had an 80 year old with pneumonia today",
    "what do you do if a pupil discloses something?",
    "year 2 nursing timetable is a mess",
    "call the uni helpline 0300 123 4567",
    "email placements@uni.ac.uk they'll sort it",
    "pt's daughter complained that her mum's pressure sore wasn't dressed",
    "bay 3 at 7:15 for handover",
    "my year 5s did so well on their spelling test",
    "this is bed 9 in the sim lab lol, the mannequin's called Resusci Dave",
    "Hi guys it's Zara, new phone, I'm on Ward 7 too",
    "text me on 07700 900789 if you want to swap shifts",
    "email me at amy.lee.22@gmail.com and I'll forward the rota",
]
NO_MODEL_FLAG = [c for c in FLAG if c[0].split()[0] not in ("Tyler", "Ava")]


@pytest.mark.parametrize(("text", "rule"), FLAG)
def test_message_is_flagged_with_its_rule(scorer, text, rule) -> None:
    assert rule in rules_for(scorer, text)


@pytest.mark.parametrize("text", LEAVE)
def test_generic_talk_is_not_flagged(scorer, text) -> None:
    assert rules_for(scorer, text) == set()


@pytest.mark.parametrize(("text", "rule"), NO_MODEL_FLAG)
def test_rules_work_without_models(scorer, text, rule) -> None:
    assert rule in rules_for(scorer, text, models=False)


@pytest.mark.parametrize("text", LEAVE)
def test_generic_talk_is_not_flagged_without_models(scorer, text) -> None:
    assert rules_for(scorer, text, models=False) == set()


def test_names_found_by_spacy_combine_with_health_details(scorer) -> None:
    assert rules_for(scorer, "her daughter Lisa rang asking about her DNACPR") == {"CONF001"}


def test_chat_members_names_are_not_service_users(scorer) -> None:
    messages = frame(
        (0, "Priya Shah", "Amy did you finish the dementia essay?"),
        (1, "Amy Lee", "Priya Shah has the flu, she said she's got a fever and pneumonia lol"),
        (2, "Tom Reed", "Priya is off with sepsis?? hope she's ok"),
    )
    assert run(scorer, messages).empty


def test_named_lecturer_in_a_complaint_is_staff(scorer) -> None:
    messages = frame(
        (0, "Tom Reed", "my mentor Karen Walsh said my care plans are great"),
        (1, "Amy Lee", "Ms Barker, the lecturer for the ethics module, hasn't marked our essays"),
        (2, "Priya Shah", "Dr Okafor's lecture on sepsis was so boring"),
    )
    assert run(scorer, messages).empty


def test_identifier_combines_with_the_same_authors_previous_message(scorer) -> None:
    messages = frame(
        (0, "Amy Lee", "the lady in bay 3 is so lovely"),
        (1, "Tom Reed", "ha nice"),
        (3, "Amy Lee", "she has sepsis now though"),
    )
    found = run(scorer, messages)
    assert list(found["rule"]) == ["CONF001"]
    assert int(found["message_id"][0]) == 2
    assert list(found["related"][0]) == [0]
    assert "bed number" in found["explanation"][0]


def test_previous_message_context_expires_and_belongs_to_its_author(scorer) -> None:
    messages = frame(
        (0, "Amy Lee", "the lady in bay 3 is so lovely"),
        (1, "Tom Reed", "she has sepsis now though"),  # another author
        (45, "Amy Lee", "she has sepsis now though"),  # too late
    )
    assert run(scorer, messages).empty


def test_a_class_in_one_message_and_a_death_in_the_next_are_two_topics(scorer) -> None:
    messages = frame(
        (0, "Tom Reed", "so two observers and Y6 at 9am"),
        (1, "Tom Reed", "do I need a plan B if the whiteboard dies"),
        (2, "Tom Reed", "because it died last week"),
    )
    assert run(scorer, messages).empty


def test_media_after_a_care_message_is_flagged(scorer) -> None:
    messages = frame(
        (0, "Tom Reed", "this is bed 9's wound, never seen anything like it"),
        (1, "Tom Reed", "<Media omitted>", "media"),
        (2, "Amy Lee", "this is my dog, he's ill"),
        (2, "Amy Lee", "<Media omitted>", "media"),
    )
    found = run(scorer, messages)
    media = found[found["rule"] == "CONF005"]
    assert list(media["message_id"]) == [1]
    assert list(media["related"].iloc[0]) == [0]
    assert media["severity"].iloc[0] == "medium"


def test_a_members_number_shared_by_someone_else_says_so(scorer) -> None:
    messages = frame(
        (0, "+44 7700 900456", "hi all, it's Ellie, new number"),
        (1, "Tom Reed", "Ellie's number is 07700 900456 if anyone needs her"),
    )
    found = run(scorer, messages)
    assert list(found["rule"]) == ["CONF003"]
    assert found["explanation"][0] == (
        "Contact details: a phone number, one of the chat members' numbers."
    )


def test_a_member_sharing_their_own_number_is_not_a_finding(scorer) -> None:
    messages = frame(
        (0, "+44 7700 900456", "my new number is 07700 900456 if anyone needs me"),
        (1, "Tom Reed", "if anyone wants to car share my number's 07700 900812"),
    )
    assert run(scorer, messages).empty


def test_finding_carries_every_evidence_span_and_names_what_combined(scorer) -> None:
    text = "Mrs Jones in bed 9 has dementia"
    found = run(scorer, frame((0, "Tom Reed", text)))
    row = found[found["rule"] == "CONF001"].iloc[0]
    assert [text[s:e] for s, e, *_ in row["spans"]] == ["Mrs Jones", "bed 9", "dementia"]
    assert (row["start"], row["end"]) == row["spans"][0][:2]
    assert all(cue for *_, cue in row["spans"])
    assert row["explanation"] == (
        "Could identify a service user: a named person + a bed number + a health detail."
    )
    assert row["severity"] == "high"


def test_findings_have_the_contract_columns(scorer) -> None:
    found = run(scorer, frame((0, "Tom Reed", "NHS 943 476 5919")))
    assert tuple(found.columns) == FINDING_COLUMNS
    assert run(scorer, frame((0, "Tom Reed", "hello"))).empty


def test_scorer_output_holds_offsets_and_types_never_text(scorer) -> None:
    texts = ["Mrs Jones in bed 9 has dementia, call 07700 900123", "nothing here"]
    out = scorer.score(texts)
    assert [list(o) for o in out] == [["entities"], ["entities"]]
    for value in out[0]["entities"]:
        start, end, etype, score, recognizer = value
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
        assert isinstance(etype, str) and isinstance(score, float) and isinstance(recognizer, str)
    flat = repr(out)
    for secret in ("Jones", "dementia", "07700", "900123"):
        assert secret not in flat
    assert scorer.info.scorer == "entities" and "spaCy" in scorer.info.name


def _dev_texts() -> list[str]:
    folder = Path(__file__).parents[3] / "evaluation" / "dev"
    texts = []
    for path in sorted(folder.glob("confidentiality_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if " - " in line and ": " in line.split(" - ", 1)[1]:
                texts.append(line.split(": ", 1)[1])
    return texts


def test_batched_path_matches_presidio_one_at_a_time(scorer) -> None:
    """The fast path (NER only, no presidio without candidates) finds exactly the spans of
    presidio's own per-message analyze(), lower-case texts included."""
    chat_texts = _dev_texts()
    texts = [t for t, _ in FLAG] + LEAVE + chat_texts + [t.lower() for t in chat_texts[:80]]
    assert len(chat_texts) > 300
    batched = scorer.analyze_batched(texts)
    single = scorer.analyze_one_at_a_time(texts)
    assert [[e[:3] for e in b] for b in batched] == [[e[:3] for e in s] for s in single]


def test_lower_case_texts_go_through_the_ner(scorer) -> None:
    """No shortcut skips spaCy for a text without capitals: a lower-case name can still be
    tagged, and the detector decides whether it is one."""
    text = "sarah jones on ward 4 has been really unwell"
    with_caps = scorer.analyze_batched([text.title()])[0]
    assert any(e[2] == "PERSON" for e in with_caps)
    lowered = scorer.analyze_batched([text])[0]
    assert lowered == scorer.analyze_one_at_a_time([text])[0]


def test_100kb_message_and_non_english_text_finish_in_bounded_time(scorer) -> None:
    # A pasted document: the name on its first line is far from the care details at its end.
    filler = "The placement handbook says to read the policy before each shift. "
    long_text = "Sarah Brown wrote this. " + (filler * 1600)[:100_000]
    long_text += " Mrs Jones in bed 9 has dementia"
    messages = frame(
        (0, "Tom Reed", long_text),
        (1, "Amy Lee", "Пациентка в палате 9, диагноз деменция. 患者在9号床。مريض في السرير"),
        (2, "Priya Shah", "x" * 100_000),
        (3, "Priya Shah", "07700 " * 16_000),
    )
    started = time.perf_counter()
    found = run(scorer, messages)
    assert time.perf_counter() - started < 60
    assert "CONF001" in set(found.loc[found["message_id"] == 0, "rule"])
    start, end, *_ = found.loc[
        (found["message_id"] == 0) & (found["rule"] == "CONF001"), "spans"
    ].iloc[0][0]
    assert long_text[start:end] == "Mrs Jones"


def test_long_text_chunks_cover_the_text_in_order() -> None:
    text = "word " * 5_000
    pieces = list(chunks(text, 1_000))
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p and len(p) <= 1_000 for o, p in pieces)


def test_a_missing_spacy_model_is_a_model_error() -> None:
    with pytest.raises(ModelError) as caught:
        load_entity_scorer(AuditConfig(spacy_model="en_core_web_missing"))
    assert "pip install" in caught.value.one_line()
