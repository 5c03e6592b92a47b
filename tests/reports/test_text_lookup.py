"""The privacy view looks message texts up by (chat, message id) without a dict of every
message (for 2 million messages that dict cost about a gigabyte): lookups behave as the
dict's did, for chats in any order and ids in any order."""

from __future__ import annotations

import pandas as pd

from reports.view import TextLookup


def test_texts_are_found_by_chat_and_id_whatever_the_row_order():
    chats = pd.Series(["b.txt", "a.txt", "b.txt", "a.txt"])
    ids = pd.Series([1, 0, 0, 5])
    texts = pd.Series(["b one", "a zero", "b zero", None], dtype="string[pyarrow]")
    lookup = TextLookup(chats, ids, texts)
    assert lookup.get(("b.txt", 0)) == "b zero"
    assert lookup.get(("b.txt", 1)) == "b one"
    assert lookup.get(("a.txt", 0)) == "a zero"
    assert lookup.get(("a.txt", 5)) == ""  # a message without text
    assert lookup.get(("a.txt", 3)) is None  # no such message, as dict.get
    assert lookup.get(("c.txt", 0), "") == ""
