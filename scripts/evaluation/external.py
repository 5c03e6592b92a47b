"""The external labelled sets in ../shared/eval (see its README), read in place and turned into
one synthetic chat each. They are for measurement only: never copied into the repository,
never quoted, never used to tune a cue or a threshold.

Each loader returns the chat, the labels in our categories (categories.py) and the groups the
set is reported by (HateCheck functionality, presidio entity type, Davidson class)."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from audit.core.results import ParsedChat

from .categories import UNSCORED, Match
from .chats import synthetic_chat
from .scoring import Key

PII_TYPES = (
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "STREET_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "PERSON",
)
NO_SPAN = "(no span)"
OTHER_SPANS = "(other spans only)"
DAVIDSON_CLASSES = {0: "hate", 1: "offensive", 2: "neither"}


@dataclass
class ExternalSet:
    name: str  # "hatecheck", "presidio", "davidson"
    title: str
    chat: ParsedChat
    labels: dict[Key, frozenset[str]]
    scope: frozenset[str]  # the categories it measures
    groups: dict[Key, tuple[str, ...]]
    group_by: str  # what the groups are ("functionality", ...)
    found_by: tuple[Match, ...]  # what counts as flagging a message in the group table
    positive_groups: frozenset[str]  # groups whose rate is a recall (the rest: false alarms)
    note: str = ""
    unscored_groups: frozenset[str] = frozenset()  # shown for information, not scored

    def measures(self, group: str) -> str:
        if group in self.positive_groups:
            return "recall"
        return "not scored" if group in self.unscored_groups else "false alarms"


def _build(name: str, texts: list[str], tags: list[tuple[frozenset[str], tuple[str, ...]]]):
    chat = synthetic_chat(f"external:{name}", texts)
    lines = chat.messages["line"].astype(int).tolist()
    labels = {(chat.chat, line): cats for line, (cats, _) in zip(lines, tags, strict=True)}
    groups = {(chat.chat, line): grp for line, (_, grp) in zip(lines, tags, strict=True)}
    return chat, labels, groups


def load_hatecheck(root: Path) -> ExternalSet:
    cases = pd.read_csv(root / "hatecheck" / "test_suite_cases.csv", keep_default_na=False)
    texts = cases["test_case"].astype(str).tolist()
    tags = [
        (frozenset({"toxicity"}) if gold == "hateful" else frozenset(), (f"{func} ({gold})",))
        for func, gold in zip(cases["functionality"], cases["label_gold"], strict=True)
    ]
    chat, labels, groups = _build("hatecheck", texts, tags)
    hateful = {g for (cats, grp) in tags if cats for g in grp}
    return ExternalSet(
        "hatecheck",
        "HateCheck (Röttger et al. 2021), all 3,728 cases; hateful -> toxicity",
        chat,
        labels,
        frozenset({"toxicity"}),
        groups,
        "functionality",
        (Match("toxicity"),),
        frozenset(hateful),
        note="Hate against seven protected groups only: some gold non-hateful cases are "
        "hostile to a person (target_indiv_nh, target_group_nh) or quote hate to condemn it.",
    )


def load_presidio(root: Path) -> ExternalSet:
    records = json.loads((root / "presidio-synth-pii" / "synth_dataset_v2.json").read_text("utf-8"))
    texts, tags = [], []
    for record in records:
        types = {s["entity_type"] for s in record["spans"]}
        wanted = tuple(t for t in PII_TYPES if t in types)
        if wanted:
            tags.append((frozenset({"confidentiality"}), wanted))
        elif not types:
            tags.append((frozenset(), (NO_SPAN,)))
        else:  # only cities, organisations, dates...: neither a positive nor a false alarm
            tags.append((frozenset({UNSCORED}), (OTHER_SPANS,)))
        texts.append(record["full_text"])
    chat, labels, groups = _build("presidio", texts, tags)
    return ExternalSet(
        "presidio",
        "presidio-research synthetic PII (synth_dataset_v2), all 1,500 sentences; "
        f"a sentence with any of {', '.join(PII_TYPES)} -> confidentiality",
        chat,
        labels,
        frozenset({"confidentiality"}),
        groups,
        "entity type",
        (Match("confidentiality"),),
        frozenset(PII_TYPES),
        note="A sentence counts as found when any confidentiality finding (medium+) is on it. "
        "Sentences with only other spans (city, organisation, date, SSN...) are not scored.",
        unscored_groups=frozenset({OTHER_SPANS}),
    )


def load_davidson(root: Path, per_class: int = 600, seed: int = 2024) -> ExternalSet:
    data = pd.read_csv(root / "davidson-hate-offensive" / "labeled_data.csv")
    parts = [data[data["class"] == c] for c in sorted(DAVIDSON_CLASSES)]
    sample = pd.concat(
        [p.sample(n=min(per_class, len(p)), random_state=seed) for p in parts]
    ).sort_index()
    # The tweets were scraped with HTML entities escaped (&amp;); a chat would show the text.
    texts = [html.unescape(str(t)) for t in sample["tweet"]]
    tags = [
        (frozenset({"toxicity"}) if c in (0, 1) else frozenset(), (DAVIDSON_CLASSES[int(c)],))
        for c in sample["class"]
    ]
    chat, labels, groups = _build("davidson", texts, tags)
    return ExternalSet(
        "davidson",
        f"Davidson et al. (2017) tweets, {per_class} per class (seed {seed}); "
        "hate and offensive -> toxicity",
        chat,
        labels,
        frozenset({"toxicity"}),
        groups,
        "class",
        (Match("toxicity"),),
        frozenset({"hate", "offensive"}),
        note="A balanced sample, so precision here is not precision at the tweets' own mix. "
        "'Offensive' is mostly casual profanity, wider than obscenity aimed at a person.",
    )


LOADERS = {"hatecheck": load_hatecheck, "presidio": load_presidio, "davidson": load_davidson}
