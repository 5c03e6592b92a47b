"""Who a message is about and what it does, beyond the words: the structure that keeps
rewordings found and look-alikes quiet. Scores are hand-made `cls_*` columns, set high where a
case must stay quiet whatever the classifier says, and placed against the shipped model's
operating points where the case is that the score decides."""

from __future__ import annotations

import time

import pytest
from conduct_chats import on, one, severity

from detectors.conduct.scores import OperatingPoint, operating_points


@pytest.fixture(scope="module")
def points() -> dict[str, OperatingPoint]:
    return operating_points()


# --- boundaries: who the person is ---


def test_seeing_a_family_on_the_caseload_is_work_not_romance():
    text = "I'm seeing a family on my caseload tomorrow, any tips for the first visit?"
    assert on(one(text), rule="CND001", min_severity="low").empty


def test_seeing_a_patients_son_is_still_romance():
    assert severity(one("I'm seeing the patient's son from bay 2 now, don't judge"), "CND001") == (
        "high"
    )


def test_someone_discharged_was_a_patient():
    text = "he was discharged on friday and we've been texting every day since"
    assert severity(one(text), "CND001") == "medium"


def test_a_relative_who_gives_their_card_is_contact_swapped():
    text = "the patient's husband gave me his card and I rang him that evening"
    assert severity(one(text), "CND001") == "medium"


def test_going_with_a_member_of_staff_is_part_of_the_job():
    text = "went to the funeral of a resident with my manager, the home always sends someone"
    assert on(one(text), rule="CND001", min_severity="low").empty
    assert severity(one("went to the funeral of a resident on my own, his family asked me"),
                    "CND001") == "medium"  # fmt: skip


def test_the_writers_own_old_school_is_not_a_workplace():
    text = "I saw a lad from my old school at the pub last night, awkward"
    assert on(one(text, cls_boundaries=0.999), rule="CND001", min_severity="low").empty


def test_a_pupil_in_unknown_words_needs_the_strictest_score(points):
    text = "a kid from my placement class keeps liking my pics so I liked some of his back"
    assert on(one(text), rule="CND001", min_severity="low").empty  # cues alone
    middling = (points["CND001"].support + points["CND001"].weak) / 2
    assert on(one(text, cls_boundaries=middling), rule="CND001", min_severity="low").empty
    high = min(0.999, points["CND001"].weak + 0.01)
    assert severity(one(text, cls_boundaries=high), "CND001") == "high"  # a child


# --- misinformation: advising, not being told ---


def test_being_told_news_is_not_advice(points):
    # "been told" is not "told her" advising: the health topic alone is left, which needs the
    # classifier's usual point, not the lower one for advice about a health topic
    text = "my neighbour has just been told her cancer's back, gutted for her"
    between = (points["CND002"].strong + points["CND002"].support) / 2
    assert on(one(text, cls_misinformation=between), rule="CND002", min_severity="low").empty
    advised = "I told her chemo just makes the cancer spread faster"
    assert not on(one(advised, cls_misinformation=between), rule="CND002").empty


# --- naming and shaming: what the post is about ---


def test_press_is_a_public_place():
    text = "tempted to go to the papers about that care home, it's disgusting"
    assert severity(one(text), "CND004") == "medium"


def test_a_post_said_not_to_be_about_the_workplace_is_not_shaming():
    text = "thinking of doing a tiktok about student nursing life, nothing about placements"
    assert on(one(text, cls_naming_shaming=0.999), rule="CND004", min_severity="low").empty


# --- defamation: who did it, and whether the channel is used or abused ---


def test_a_disclosure_about_a_pupils_family_is_not_defamation():
    text = "one of my year 3s told me her dad hits her, she had bruises again today"
    assert on(one(text, cls_defamation=0.999), rule="CND005", min_severity="low").empty


def test_the_news_about_an_unnamed_nurse_is_not_defamation():
    text = "the news says a nurse was struck off for stealing drugs"
    assert on(one(text, cls_defamation=0.999), rule="CND005", min_severity="low").empty


def test_lying_on_an_incident_form_is_a_claim_not_a_proper_channel():
    text = "my mentor lied on the incident form to cover herself"
    assert severity(one(text), "CND005") == "medium"
    assert on(one("I've filled in an incident form about my mentor"), rule="CND005",
              min_severity="low").empty  # fmt: skip


# --- screenshots: taking it private, reporting ---


def test_offering_to_message_someone_privately_is_not_sharing_onwards():
    text = "Sam, I'll message you privately about this"
    assert on(one(text, cls_screenshots=0.999), rule="CND006", min_severity="low").empty


def test_screenshots_in_a_report_to_staff_are_evidence():
    text = "I've added the screenshots to my report to the programme lead"
    assert on(one(text), rule="CND006", min_severity="low").empty


# --- who does it: a dropped subject is the writer ---


@pytest.mark.parametrize(
    "text",
    [
        "met up with a client from the day centre for drinks on saturday, he's a laugh",
        "took a bottle of wine off the family when they left, would've been rude to say no",
    ],
)
def test_an_act_that_opens_the_message_is_the_writers_own(text):
    assert severity(one(text), "CND001") == "medium"


def test_an_act_someone_else_opens_with_is_not_the_writers():
    text = "Callum met up with a client from the day centre for drinks, can't believe him"
    assert on(one(text), rule="CND001", min_severity="low").empty


def test_reporting_a_member_of_staff_is_the_proper_channel():
    text = "the HCA reported the nurse who was stealing, fair play to her"
    assert on(one(text, cls_defamation=0.999), rule="CND005", min_severity="low").empty
    assert severity(one("the nurse on nights is stealing from the residents"), "CND005") == (
        "medium"
    )


def test_a_photo_of_someones_messages_put_on_a_story_is_shared_onwards():
    assert severity(one("took a pic of her texts and put it on my story"), "CND006") == "medium"
    assert on(one("took a pic of the rota and put it in my notes"), rule="CND006",
              min_severity="low").empty  # fmt: skip


# --- copyright: sharing or asking, not the word alone ---


def test_a_copyright_word_with_nothing_shared_needs_the_strictest_score(points):
    text = "anyone doing the sepsis e-learning? my login won't work"
    middling = (points["CND003"].support + points["CND003"].weak) / 2
    assert on(one(text, cls_copyright=middling), rule="CND003", min_severity="low").empty
    shared = "I'll send my login to anyone who wants the sepsis e-learning"
    assert not on(one(shared, cls_copyright=middling), rule="CND003", min_severity="low").empty


def test_a_pasted_document_naming_many_workplaces_finishes_in_bounded_time():
    # every "placement" is a workplace whose few words before it are read: a bounded window,
    # not the whole clause, or a 100 kB paste takes minutes
    filler = "The placement handbook says to read the policy before each shift. "
    document = "Sarah Brown wrote this. " + (filler * 1600)[:100_000]
    started = time.perf_counter()
    findings = one(document)
    assert time.perf_counter() - started < 60
    assert on(findings, min_severity="low").empty
