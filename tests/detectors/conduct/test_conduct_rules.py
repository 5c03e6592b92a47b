"""Minimum functionality and the tricky negatives, per rule, from cues alone (no models): what
each rule must find, what it must never find, and its severity."""

from __future__ import annotations

import re

import pytest
from conduct_chats import detect, on, one, severity

from audit.core.guidance import load_catalogue
from detectors.conduct.rules import INSTEAD, RULES

FLAGGED = [
    # (category, text, severity)
    ("boundaries", "accepted my patient's daughter on insta last night, she's lovely", "medium"),
    ("boundaries", "one of my y11s followed me on tiktok so I followed back lol", "high"),
    ("boundaries", "gave the lad in bay 4 my number, he's being discharged tomorrow", "medium"),
    ("boundaries", "the dad from one of my families asked me out for a drink, I said yes 😳",
     "high"),
    ("boundaries", "my patient in bed 4 gave me £20 and said not to tell anyone", "medium"),
    ("boundaries", "I babysit for one of the families on my caseload now, easy cash", "medium"),
    ("misinformation", "honestly don't bother with the flu jab, it gives you the flu", "medium"),
    ("misinformation", "skip the MMR, there's too many cases of it being linked to autism",
     "medium"),
    ("misinformation", "my nan cured her arthritis with turmeric and honey", "medium"),
    ("misinformation", "stretch before every shift and you'll never get injured, tell your "
     "patients the same, no need for physio", "medium"),
    ("copyright", "anyone got a pdf of the Waugh and Grant? not paying £45", "low"),
    ("copyright", "libgen has the new Marieb edition btw", "low"),
    ("copyright", "sharing my mate's paid revision pack here, dm me for the login", "low"),
    ("copyright", "someone got hold of the OSCE stations for next week, sending them now",
     "medium"),
    ("copyright", "here are the answers to the drug calc test from this morning", "medium"),
    ("naming_shaming", "I'm going to post about this ward on facebook, they treat students "
     "like dirt", "medium"),
    ("naming_shaming", "someone needs to expose that school on tiktok", "medium"),
    ("naming_shaming", "leaving a one star google review naming the station manager", "medium"),
    ("naming_shaming", "going public with what happened on ward 12, the local paper will love it",
     "medium"),
    ("defamation", "Sister Morgan turns up to nights drunk, you can smell it at handover",
     "medium"),
    ("defamation", "my mentor fakes her obs every night shift", "medium"),
    ("defamation", "the deputy head at my placement school is having an affair with one of the TAs",
     "medium"),
    ("defamation", "Mr Hughes in the science department hits the kids when the door's shut",
     "medium"),
    ("screenshots", "screenshotting this for the other group 😂", "medium"),
    ("screenshots", "look what Tom sent me last night 💀", "medium"),
    ("screenshots", "ss'd the whole convo and sent it to my mates lmao", "medium"),
    ("screenshots", "forwarded the whole convo to my mates at the other uni lol", "medium"),
]  # fmt: skip
TRICKY = [
    # the tricky negatives: declining and saying so, asking, correcting a myth,
    # debating evidence, raising concerns properly, asking permission, the proper source
    ("boundaries", "my patient's son sent me a friend request, I declined it and told him I "
     "can't mix work and personal"),
    ("boundaries", "what do you do if a parent adds you on fb? one of my y10s' mums just did"),
    ("boundaries", "is it ok to accept a follow from a patient after they've been discharged?"),
    ("boundaries", "never ever add service users, my mentor drilled that into us"),
    ("boundaries", "a pupil followed me on insta so I blocked them and made my account private"),
    ("boundaries", "a parent asked for my number at parents evening, gave her the school email "
     "instead"),
    ("boundaries", "placement policy says no personal numbers to families, use the ward phone"),
    ("misinformation", "a mum asked me if the MMR causes autism, how do I answer that?"),
    ("misinformation", "that's a myth, the Wakefield study was retracted and he was struck off"),
    ("misinformation", "is it true that flu jabs can give you flu? my patient is convinced"),
    ("misinformation", "the evidence on vitamin D for covid is mixed, the Cochrane review said low "
     "certainty"),
    ("misinformation", "people still think antibiotics work on colds 🙄"),
    ("misinformation", "my patient said turmeric cured her arthritis, I just nodded"),
    ("copyright", "here's the library link for the Waugh and Grant, free as an ebook with your "
     "uni login"),
    ("copyright", "the Lancet paper is open access btw"),
    ("copyright", "I'll share my own notes from the pharmacology lectures if anyone wants"),
    ("copyright", "past papers for the pharmacology exam are on canvas under assessment"),
    ("naming_shaming", "please don't post about it on facebook, raise it with the PEF instead"),
    ("naming_shaming", "I've raised it with my practice assessor and the link lecturer"),
    ("naming_shaming", "naming the school on tiktok could land you in a PCPS hearing, honestly "
     "don't"),
    ("naming_shaming", "someone I know did a post naming and shaming our old station, really "
     "unprofessional"),
    ("defamation", "I'm worried about my mentor, I think she might be drinking before shifts, "
     "going to talk to my PEF"),
    ("defamation", "not saying he's a thief but my pencil case has gone walkabout lol"),
    ("defamation", "Dave stole my chips again smh"),
    ("screenshots", "is it ok if I screenshot your revision notes for my other group?"),
    ("screenshots", "screenshotted the timetable for you all, the room changed"),
    ("screenshots", "keep screenshots of anything nasty as evidence for when you report it"),
    ("screenshots", "please don't screenshot this chat guys"),
]  # fmt: skip
OPENER_WITH_MEGAN = (0, "Megan Cole", "anyone started the essay yet?")
RULE = {
    "boundaries": "CND001",
    "misinformation": "CND002",
    "copyright": "CND003",
    "naming_shaming": "CND004",
    "defamation": "CND005",
    "screenshots": "CND006",
}


@pytest.mark.parametrize("category, text, level", FLAGGED, ids=[t[:40] for _, t, _ in FLAGGED])
def test_each_rule_finds_its_cases_at_its_severity(category, text, level):
    findings = one(text)
    assert severity(findings, RULE[category]) == level, findings[["rule", "severity", "cue"]]


@pytest.mark.parametrize("category, text", TRICKY, ids=[t[:40] for _, t in TRICKY])
def test_tricky_negatives_are_never_findings(category, text):
    findings = one(text)
    assert on(findings, min_severity="low").empty, findings[["rule", "severity", "cue"]]


@pytest.mark.parametrize("category, text, level", FLAGGED, ids=[t[:40] for _, t, _ in FLAGGED])
def test_every_explanation_says_what_to_do_instead(category, text, level):
    found = on(one(text), rule=RULE[category], min_severity="low")
    explanation = found["explanation"].iloc[0]
    assert ";" in explanation and explanation.endswith(".")
    instead = explanation.split(";", 1)[1]
    assert any(
        word in instead
        for word in ("refus", "check", "library", "raise", "appropriate", "ask the person")
    ), explanation


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_what_to_do_instead_quotes_the_rules_own_guidance_word_for_word(rule):
    catalogue = load_catalogue()
    quotes = re.findall(r'"([^"]+)"', INSTEAD[rule.code])
    assert quotes, INSTEAD[rule.code]
    for quote in quotes:
        assert any(
            catalogue[g].kind == "quote" and quote in catalogue[g].text for g in rule.guidance
        ), quote


@pytest.mark.parametrize(
    "text",
    [
        "accepted my patient's daughter on insta\u00a0last night",
        "ACCEPTED MY PATIENT'S DAUGHTER ON INSTA LAST NIGHT",
        "accepted my patient’s daughter on insta last night 😅",
    ],
)
def test_spacing_case_and_emoji_do_not_change_a_boundary_finding(text):
    assert severity(one(text), "CND001") == "medium"


def test_a_concession_ends_the_negation():
    text = "I know we're not supposed to but I followed my y11 back on tiktok"
    assert severity(one(text), "CND001") == "high"


def test_the_service_user_can_be_named_just_before():
    findings = detect(
        [
            (0, "Megan Cole", "my patient's daughter added me on insta 😬"),
            (1, "Megan Cole", "she's lovely tho so I accepted it lol"),
        ]
    )
    assert severity(findings, "CND001", message_id=1) == "medium"


def test_shaming_a_fellow_student_is_left_to_bullying():
    findings = detect(
        [
            OPENER_WITH_MEGAN,
            (1, "Alex Khan", "let's post Megan's essay on facebook so everyone sees"),
        ]
    )
    assert on(findings, rule="CND004", min_severity="low").empty


def test_a_member_whose_message_is_shared_is_the_target():
    findings = detect(
        [OPENER_WITH_MEGAN, (1, "Alex Khan", "look what Megan sent me last night 😂")]
    )
    assert list(on(findings, rule="CND006")["target"]) == ["Megan Cole"]


def test_a_forwarded_message_posted_next_is_related():
    findings = detect(
        [
            OPENER_WITH_MEGAN,
            (1, "Alex Khan", "look what Megan sent me last night 😂"),
            (2, "Alex Khan", "", "media"),
        ]
    )
    assert list(on(findings, rule="CND006")["related"].iloc[0]) == [2]
