"""Reports must not repeat the breach: masking and pseudonyms."""

from __future__ import annotations

import pandas as pd
import pytest

from audit.core.errors import UsageError
from audit.core.schema import empty_findings
from reports.privacy import Masker, Pseudonymiser, resolve_member


def findings_with_spans(rows) -> pd.DataFrame:
    base = empty_findings()
    frame = pd.DataFrame(
        [
            {
                **{c: None for c in base.columns},
                "chat": chat,
                "message_id": mid,
                "detector": detector,
                "spans": spans,
            }
            for chat, mid, detector, spans in rows
        ]
    )
    return frame


def test_confidentiality_spans_are_replaced_by_their_entity_type():
    text = "Mr Okafor in bed 4 has C diff"
    findings = findings_with_spans(
        [
            (
                "c.txt",
                3,
                "confidentiality",
                [(0, 9, "PERSON"), (13, 18, "BED"), (23, 29, "DIAGNOSIS")],
            )
        ]
    )
    masker = Masker(findings, reveal=False)
    assert masker.text("c.txt", 3, text) == "[PERSON] in [BED] has [DIAGNOSIS]"
    assert masker.text("c.txt", 4, text) == text  # another message is untouched


def test_overlapping_spans_are_masked_once():
    findings = findings_with_spans(
        [
            ("c.txt", 1, "confidentiality", [(0, 9, "PERSON")]),
            ("c.txt", 1, "confidentiality", [(3, 18, "LOCATION")]),
        ]
    )
    assert (
        Masker(findings, reveal=False).text("c.txt", 1, "Mr Okafor in bed 4 now") == "[PERSON] now"
    )


def test_other_detectors_spans_are_not_masked_and_reveal_shows_everything():
    findings = findings_with_spans(
        [
            ("c.txt", 1, "toxicity", [(0, 5, "insult")]),
            ("c.txt", 2, "confidentiality", [(0, 5, "PHONE")]),
        ]
    )
    assert Masker(findings, reveal=False).text("c.txt", 1, "idiot!") == "idiot!"
    assert Masker(findings, reveal=True).text("c.txt", 2, "07700") == "07700"


def test_pseudonyms_follow_first_appearance_and_replace_names_in_text():
    pseudo = Pseudonymiser(["Tom Reed", "Megan Cole", "Tom Reed", "+44 7700 900123"], everyone=True)
    assert pseudo.author("Tom Reed") == "Member 1"
    assert pseudo.author("Megan Cole") == "Member 2"
    assert pseudo.author("+44 7700 900123") == "Member 3"
    assert (
        pseudo.text("you're so thick megan, ask Tom Reed")
        == "you're so thick Member 2, ask Member 1"
    )
    assert pseudo.text("Tomorrow is fine") == "Tomorrow is fine"  # whole words only


def test_me_keeps_my_name_and_pseudonymises_the_rest():
    pseudo = Pseudonymiser(["Tom Reed", "Priya Shah", "Megan Cole"], keep="Priya Shah")
    assert pseudo.author("Priya Shah") == "Priya Shah"
    assert pseudo.author("Tom Reed") == "Member 1" and pseudo.author("Megan Cole") == "Member 2"


def test_shared_first_names_are_not_used_to_guess_members():
    pseudo = Pseudonymiser(["Sam Idowu", "Sam Patel"], everyone=True)
    assert pseudo.text("Sam said so") == "Sam said so"
    assert pseudo.text("Sam Patel said so") == "Member 2 said so"


def test_no_pseudonyms_by_default():
    pseudo = Pseudonymiser(["Tom Reed"])
    assert pseudo.author("Tom Reed") == "Tom Reed" and pseudo.text("Tom Reed") == "Tom Reed"


@pytest.mark.parametrize("name", ["Priya Shah", "priya shah", "Priya"])
def test_me_matches_a_member_leniently(name):
    assert resolve_member(name, ["Tom Reed", "Priya Shah"]) == "Priya Shah"


def test_me_that_matches_no_member_is_a_usage_error_listing_members():
    with pytest.raises(UsageError) as caught:
        resolve_member("Zed", ["Tom Reed", "Priya Shah"])
    assert "Tom Reed" in caught.value.hint


def test_a_members_number_is_replaced_however_it_is_typed():
    pseudo = Pseudonymiser(["Tom Reed", "+44 7700 900417"], everyone=True)
    for typed in ("+44 7700 900417", "07700 900417", "07700900417", "+447700900417"):
        assert pseudo.text(f"ring {typed} now") == "ring Member 2 now", typed
    assert pseudo.text("ring 07700 900123 now") == "ring 07700 900123 now"  # someone else's


def test_adjacent_masked_spans_read_as_one_placeholder():
    text = "bed 4 bay 2, dementia and diabetes"
    findings = findings_with_spans(
        [
            (
                "c.txt",
                1,
                "confidentiality",
                [(0, 5, "BED"), (6, 11, "BED"), (13, 21, "HEALTH"), (26, 34, "HEALTH")],
            )
        ]
    )
    masker = Masker(findings, reveal=False)
    # "and" is a word, not a separator: two facts stay two placeholders
    assert masker.text("c.txt", 1, text) == "[BED, HEALTH] and [HEALTH]"


def test_me_that_matches_several_members_lists_only_those():
    authors = ["Hannah Price", "Danny Kowalski", "Megan Doyle", "Ann Lee", "Andy Roe"]
    with pytest.raises(UsageError) as caught:
        resolve_member("an", authors)
    assert caught.value.hint == "give one of: Ann Lee, Andy Roe"
    assert resolve_member("meg", authors) == "Megan Doyle"
    assert resolve_member("07700 900417", ["Tom Reed", "+44 7700 900417"]) == "+44 7700 900417"


def test_the_reviewers_first_name_is_never_given_to_someone_else():
    pseudo = Pseudonymiser(["Tom Reed", "Tom Baker", "Ann Lee"], keep="Tom Reed")
    assert pseudo.text("Tom said ask Ann") == "Tom said ask Member 2"
