"""Pattern recognizers as plain data, usable two ways with the same regexes:

- `to_presidio(specs)` builds presidio recognizers for the entities scorer: presidio's own
  predefined recognizer class where one exists (`presidio_class`: the NHS number's mod-11
  check, the card number's Luhn check, the IBAN's mod-97 check and country formats, phone
  numbers of many countries through the phonenumbers library), else a `PatternRecognizer`
  (`Pattern(name, regex, score)`, context words, `validate_result`);
- `find_entities(specs, text)` runs the same patterns directly, without importing presidio
  (which pulls in spaCy, torch and transformers, several seconds), so the confidentiality
  detector still works when models are switched off. For a predefined class the spec holds a
  twin of presidio's regex and check (the tests compare the two on every case); where the twin
  is simpler (the IBAN's country formats), it is looser, never stricter, so a text the twin
  finds nothing in is a text presidio finds nothing in either.

Every regex here runs over untrusted text of any length. Each pattern starts with a
lookbehind or `\\b` that stops the engine from retrying a long run of the same characters at
every position (the classic quadratic email regex), and repetition is bounded."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# presidio's PatternRecognizer default flags; the direct runner uses the same.
FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE

Entity = list  # [start, end, entity_type, score, recognizer]: JSON-friendly, cacheable
Matcher = Callable[[str], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class PatternSpec:
    """One recognizer: an entity type, its patterns, context words and an optional check.

    `validate` follows presidio's `validate_result`: True = certainly this entity (score 1.0),
    False = reject the match, None = keep the pattern's score."""

    name: str
    entity: str
    patterns: tuple[tuple[str, str, float], ...]  # (pattern name, regex, score)
    context: tuple[str, ...] = ()
    validate: Callable[[str], bool | None] | None = None
    # Use this presidio predefined recognizer class instead (the spec is its twin for the
    # direct runner), built with these keyword arguments.
    presidio_class: str | None = None
    presidio_kwargs: tuple[tuple[str, Any], ...] = ()
    # A subclass of the presidio class to use instead (given the class, returns a subclass).
    presidio_subclass: Callable[[type], type] | None = None
    flags: int = FLAGS
    # Matches that are not regexes (phone numbers through the phonenumbers library).
    matcher: Matcher | None = None
    # Presidio tries the last capture group first, then shorter ones, keeping the first that
    # validates (its IBAN recognizer); the twin does the same when this is set.
    groups_fallback: bool = False
    # A cheap regex every text holding a match must contain (a speed guard, never a filter:
    # e.g. phone numbers need five digits somewhere).
    guard: str = ""
    compiled: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)
    compiled_guard: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "compiled", tuple(re.compile(regex, self.flags) for _, regex, _ in self.patterns)
        )
        object.__setattr__(self, "compiled_guard", re.compile(self.guard) if self.guard else None)

    def find(self, text: str) -> list[Entity]:
        if self.compiled_guard is not None and not self.compiled_guard.search(text):
            return []
        found: list[Entity] = []
        if self.matcher is not None:
            for start, end in self.matcher(text):
                found.append([start, end, self.entity, 0.4, self.name])
        for (_, _, score), regex in zip(self.patterns, self.compiled, strict=True):
            for match in regex.finditer(text):
                for start, end in self._candidates(match):
                    verdict = self.validate(text[start:end]) if self.validate else None
                    if verdict is False:
                        continue
                    found.append([start, end, self.entity, 1.0 if verdict else score, self.name])
                    break
        return found

    def _candidates(self, match: re.Match) -> list[tuple[int, int]]:
        start, end = match.span()
        if start == end:
            return []
        if not self.groups_fallback or not match.re.groups:
            return [(start, end)]
        out = []
        for group in range(match.re.groups, 0, -1):
            group_end = match.span(group)[1]
            out.append((start, group_end if group_end > 0 else end))
        return [(s, e) for s, e in out if e > s]


def drop_contained(entities: Iterable[Sequence]) -> list[Entity]:
    """Remove exact repeats and spans that lie inside a longer span of the same type, as
    presidio does, but regardless of score: context words change scores, and findings must
    not depend on which path (presidio or direct) produced the entities."""
    ordered = sorted(
        {(int(e[0]), int(e[1]), str(e[2])): e for e in entities}.values(),
        key=lambda e: (e[2], e[0], -(e[1] - e[0])),
    )
    kept: list[Entity] = []
    active: list[Sequence] = []  # same-type spans that may still contain the next one
    for entity in ordered:
        if active and active[0][2] != entity[2]:
            active = []
        active = [a for a in active if a[1] >= entity[0]]
        if any(a[0] <= entity[0] and entity[1] <= a[1] for a in active):
            continue
        kept.append(list(entity))
        active.append(entity)
    return sorted(kept, key=lambda e: (e[0], e[1], e[2]))


def find_entities(specs: Iterable[PatternSpec], text: str) -> list[Entity]:
    """Run the patterns directly (no presidio, no spaCy)."""
    found: list[Entity] = []
    for spec in specs:
        found.extend(spec.find(text))
    return drop_contained(found)


def to_presidio(specs: Iterable[PatternSpec]) -> list:
    """presidio recognizers for the specs. Imports presidio, so call it only when loading."""
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer import predefined_recognizers as predefined

    recognizers = []
    for spec in specs:
        if spec.presidio_class:
            cls = getattr(predefined, spec.presidio_class)
            if spec.presidio_subclass is not None:
                cls = spec.presidio_subclass(cls)
            if spec.validate is not None:
                cls = _with_check(cls, spec)
            kwargs = dict(spec.presidio_kwargs)
            if spec.context:
                kwargs["context"] = list(spec.context)
            recognizer = cls(supported_entity=spec.entity, **kwargs)
            if isinstance(recognizer, PatternRecognizer) and spec.flags != FLAGS:
                recognizer.global_regex_flags = spec.flags
            recognizers.append(recognizer)
            continue
        patterns = [Pattern(name, regex, score) for name, regex, score in spec.patterns]
        recognizers.append(_SpecRecognizer(spec, PatternRecognizer, patterns))
    return recognizers


def _with_check(cls: type, spec: PatternSpec) -> type:
    """presidio's class with the spec's extra check after its own (the postcode's "not an
    ordinal" check on top of presidio's UK postcode pattern)."""

    class Checked(cls):
        def validate_result(self, pattern_text: str) -> bool | None:
            verdict = super().validate_result(pattern_text)
            if verdict is False:
                return False
            return False if spec.validate(pattern_text) is False else verdict

    Checked.__name__ = cls.__name__
    return Checked


def _SpecRecognizer(spec: PatternSpec, base: type, patterns: list):  # noqa: N802
    """A PatternRecognizer whose `validate_result` is the spec's check."""

    class SpecRecognizer(base):
        def validate_result(self, pattern_text: str) -> bool | None:
            return spec.validate(pattern_text) if spec.validate else None

    recognizer = SpecRecognizer(
        supported_entity=spec.entity,
        name=spec.name,
        patterns=patterns,
        context=list(spec.context) or None,
    )
    if spec.flags != FLAGS:
        recognizer.global_regex_flags = spec.flags
    return recognizer
