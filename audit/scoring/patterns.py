"""Pattern recognizers as plain data, usable two ways with the same regexes:

- `to_presidio(specs)` builds presidio `PatternRecognizer`s (`Pattern(name, regex, score)`,
  context words, `validate_result`) for the entities scorer;
- `find_entities(specs, text)` runs the same patterns directly, without importing presidio
  (which pulls in spaCy and transformers, ~4 s), so the confidentiality detector still works
  when models are switched off.

Every regex here runs over untrusted text of any length. Each pattern starts with a
lookbehind or `\\b` that stops the engine from retrying a long run of the same characters at
every position (the classic quadratic email regex), and repetition is bounded."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

# presidio's PatternRecognizer default flags; the direct runner uses the same.
FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE

Entity = list  # [start, end, entity_type, score, recognizer]: JSON-friendly, cacheable


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
    # Use this presidio predefined recognizer class instead (same regex and check), e.g. the
    # UK NHS number recognizer with its mod-11 check digit.
    presidio_class: str | None = None
    compiled: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "compiled", tuple(re.compile(regex, FLAGS) for _, regex, _ in self.patterns)
        )

    def find(self, text: str) -> list[Entity]:
        found: list[Entity] = []
        for (_, _, score), regex in zip(self.patterns, self.compiled, strict=True):
            for match in regex.finditer(text):
                start, end = match.span()
                if start == end:
                    continue
                verdict = self.validate(match.group()) if self.validate else None
                if verdict is False:
                    continue
                found.append([start, end, self.entity, 1.0 if verdict else score, self.name])
        return found


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
            recognizers.append(cls(supported_entity=spec.entity, context=list(spec.context)))
            continue
        patterns = [Pattern(name, regex, score) for name, regex, score in spec.patterns]
        recognizers.append(_SpecRecognizer(spec, PatternRecognizer, patterns))
    return recognizers


def _SpecRecognizer(spec: PatternSpec, base: type, patterns: list):  # noqa: N802
    """A PatternRecognizer whose `validate_result` is the spec's check."""

    class SpecRecognizer(base):
        def validate_result(self, pattern_text: str) -> bool | None:
            return spec.validate(pattern_text) if spec.validate else None

    return SpecRecognizer(
        supported_entity=spec.entity,
        name=spec.name,
        patterns=patterns,
        context=list(spec.context) or None,
    )
