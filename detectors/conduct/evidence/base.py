"""The shared parts of reading evidence: one message with its context (`Context`), what the
cues say about it for one rule (`Evidence`), and the vetoes every rule applies to its spans
(negated, asked about, reported, quoted)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from detectors.conduct import text as t
from detectors.conduct.cues import common
from detectors.lexicon import CueSpan

STAFF = "staff"  # the `target` of a finding about a member of staff


@dataclass
class Context:
    """One message and what came just before it in the same chat."""

    text: str
    author: str = ""
    before: list[str] = field(default_factory=list)  # recent messages by anyone, oldest first
    own_before: list[str] = field(default_factory=list)  # the same author's recent messages
    names: re.Pattern[str] | None = None  # the chat's member names
    resolve: Callable[[str], str | None] | None = None  # a name -> the member
    persons: list[tuple[int, int]] = field(default_factory=list)  # NER PERSON spans, if scored

    @cached_property
    def found_people(self) -> list[t.Person]:
        return t.people_in(self.text, self.names, self.resolve, self.persons)

    def people(self) -> list[t.Person]:
        return self.found_people


@dataclass
class Evidence:
    spans: list[CueSpan] = field(default_factory=list)
    partial: list[CueSpan] = field(default_factory=list)
    blocked: str = ""
    severity: str | None = None  # None: the rule's default
    what: str = ""  # the finding's subject, for the explanation
    target: str = ""
    shares_next: bool = False  # the author's next messages are what was shared
    strong: bool = False  # the partial evidence has two of the rule's parts
    weak: bool = False  # the partial evidence is ordinary without the rule's other part


def blocked(name: str) -> Evidence:
    return Evidence(blocked=name)


def span_veto(text: str, spans: list[CueSpan], claim: bool = False, negation: bool = True) -> str:
    """The veto on any of `spans`: negated, asked about, reported or quoted."""
    for span in spans:
        where = span[:2]
        if negation and t.negated(text, where):
            return common.NEGATION.name
        if t.asked(text, where, anywhere_in_sentence=claim):
            return "conduct.asking"
        if claim and t.reported(text, where):
            return "conduct.reported_claim"
        if t.quoted(text, where):
            return "quote.marks"
    return ""


def together(text: str, *cues) -> list[CueSpan]:
    """The spans of every cue when each of them matches `text`, else []."""
    found = [cue.spans(text) for cue in cues]
    return sorted(s for spans in found for s in spans) if all(found) else []
