"""Members.learn: the names a chat uses for its members beyond the export's own — a name the
chat links to a number-only member, nicknames of first names — so a pseudonymised copy can
replace them too; titled staff names are never taken for members."""

from __future__ import annotations

import pytest

from audit.core.aliases import is_diminutive
from audit.core.people import Members
from audit.parse.parsing import parse_text

# Android wraps unsaved numbers in direction marks; the parser strips them from authors.
ZARA = "\u202a+44 7700 900123\u202c"
OTHER = "\u202a+44 7700 900456\u202c"
ZARA_AUTHOR = "+44 7700 900123"


def chat(*lines: str):
    rows = [f"13/01/2024, 09:{i:02d} - {line}" for i, line in enumerate(lines)]
    return parse_text("\n".join(rows)).messages


def test_a_name_answered_from_a_number_is_linked_to_that_number():
    messages = chat("Megan Cole: Zara please delete that", f"{ZARA}: sorry, deleted")
    members = Members.of_chat(messages)
    assert members.resolve("Zara") == ZARA_AUTHOR
    assert members.aliases == {"zara": ZARA_AUTHOR}
    assert members.name_pattern().search("honestly Zara is the worst")


def test_a_self_introduction_links_the_name():
    members = Members.of_chat(chat("Megan Cole: welcome all", f"{ZARA}: hi everyone it's Zara btw"))
    assert members.resolve("zara") == ZARA_AUTHOR


def test_a_name_given_with_the_number_is_linked():
    messages = chat(
        f"{ZARA}: morning",
        "Megan Cole: Zara's number is 07700 900123 if anyone needs it",
        f"{OTHER}: ok",
    )
    assert Members.of_chat(messages).resolve("Zara") == ZARA_AUTHOR


def test_a_name_answered_by_a_named_member_is_not_linked_to_a_number():
    messages = chat(
        "Megan Cole: Zara please delete that", "Danny Kowalski: she's not here", f"{ZARA}: ?"
    )
    assert "zara" not in Members.of_chat(messages).aliases


def test_a_name_with_more_evidence_for_another_number_goes_there():
    messages = chat(
        "Megan Cole: Zara please delete that", f"{OTHER}: done",
        f"{ZARA}: this is Zara, the other one",
    )  # fmt: skip
    assert Members.of_chat(messages).resolve("Zara") == ZARA_AUTHOR


def test_everyday_capitalised_words_are_not_linked():
    messages = chat(
        "Megan Cole: Sorry please ignore", f"{ZARA}: ok", "Megan Cole: Thanks, all", f"{ZARA}: np"
    )
    assert Members.of_chat(messages).aliases == {}


def test_titled_names_are_staff_and_never_linked():
    messages = chat("Megan Cole: Dr Okafor said no. Okafor, please!", f"{ZARA}: ugh")
    members = Members.of_chat(messages)
    assert "okafor" in members.staff and "okafor" not in members.aliases


@pytest.mark.parametrize(
    ("word", "first"),
    [("Meg", "Megan"), ("Megs", "Megan"), ("Danny", "Daniel"), ("Dan", "Daniel"),
     ("Liz", "Elizabeth"), ("Chris", "Christopher"), ("Tom", "Thomas"), ("Jonny", "Jonathan")],
)  # fmt: skip
def test_nicknames_of_first_names(word, first):
    assert is_diminutive(word, first)


@pytest.mark.parametrize(
    ("word", "first"), [("Megan", "Megan"), ("Me", "Megan"), ("Dana", "Daniel")]
)
def test_not_nicknames(word, first):
    assert not is_diminutive(word, first)


def test_nicknames_used_in_the_chat_are_learned():
    messages = chat("Megan Cole: hi", "Danny Kowalski: Megs you ok?", "Megan Cole: yeah thanks Dan")
    members = Members.of_chat(messages)
    assert members.resolve("Megs") == "Megan Cole"
    assert members.resolve("dan") == "Danny Kowalski"
    assert members.resolve("Meg") is None  # never used in this chat


def test_a_nickname_two_members_could_own_is_not_given_to_either():
    messages = chat("Daniel Reid: hi", "Danielle Fox: hi", "Megan Cole: Dan can you send it")
    members = Members.of_chat(messages)
    assert "dan" not in members.aliases and "dan" in members.shared_firsts


def test_learning_never_takes_a_members_own_name():
    messages = chat("Zara Patel: hi", "Megan Cole: Zara please delete that", f"{ZARA}: done")
    assert Members.of_chat(messages).resolve("Zara") == "Zara Patel"


def test_of_alone_learns_nothing():
    messages = chat("Megan Cole: Zara please delete that", f"{ZARA}: sorry, deleted")
    assert Members.of(messages).resolve("Zara") is None
