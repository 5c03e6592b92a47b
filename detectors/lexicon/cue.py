"""A cue: one named piece of linguistic evidence, as data.

Like a presidio `Pattern`, a cue is a name, a regular expression and what it is evidence of,
plus an example it must match and a counter-example (a near miss) it must not; the contract
test checks both for every cue. Findings carry the cue's name (`cue` column), so how often each
cue fires, and on what, can be counted.

Patterns are anchored on word boundaries and avoid nested quantifiers, so untrusted text cannot
make them backtrack badly. A `CueSet` runs several cues as one alternation (one pass over the
text) and still says which cue matched."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from detectors.lexicon.prefilter import Prefilter, required_literals

CueSpan = tuple[int, int, str, str]  # (start, end, label, cue name)


@dataclass(frozen=True)
class Cue:
    name: str  # stable, dotted: "<kind>.<what>", e.g. "threat.know_where_you_live"
    pattern: str  # Python regular expression
    kind: str  # what it is evidence of: insult, threat, figurative, reported_speech, ...
    example: str  # a message it must match
    counter_example: str  # a near miss it must not match
    flags: int = re.IGNORECASE
    unless: str = ""  # a pattern the matched text must not contain (a veto), "" for none
    note: str = ""  # why it exists, what it wrongly catches

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    @cached_property
    def _veto(self) -> re.Pattern[str] | None:
        return re.compile(self.unless, self.flags) if self.unless else None

    def _kept(self, match: re.Match[str]) -> bool:
        return self._veto is None or not self._veto.search(match.group())

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return (m for m in self.compiled.finditer(text, pos) if self._kept(m))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next(self.finditer(text, pos), None)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self.compiled.match(text, pos)
        return found if found and self._kept(found) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        found = self.compiled.fullmatch(text)
        return found if found and self._kept(found) else None

    def sub(self, repl, text: str) -> str:
        return self.compiled.sub(
            lambda m: (repl(m) if callable(repl) else repl) if self._kept(m) else m.group(), text
        )

    def spans(self, text: str, label: str | None = None) -> list[CueSpan]:
        return [(m.start(), m.end(), label or self.kind, self.name) for m in self.finditer(text)]

    def literals(self) -> frozenset[str] | None:
        """Strings one of which every match contains (casefolded), or None if there are none."""
        return required_literals(self.pattern, self.flags)


@dataclass(frozen=True)
class CueSet:
    """Several cues run as one alternation, in order: at each position the first cue that
    matches wins, exactly as in the single regex it replaces."""

    name: str
    cues: Sequence[Cue]
    _index: dict[str, Cue] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {f"c{i}": c for i, c in enumerate(self.cues)})
        names = [c.name for c in self.cues]
        if len(set(names)) != len(names):
            raise ValueError(f"cue set {self.name} repeats a cue name")

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        parts = []
        for key, cue in self._index.items():
            case = "i" if cue.flags & re.IGNORECASE else "-i"
            parts.append(f"(?P<{key}>(?{case}:{cue.pattern}))")
        return re.compile("|".join(parts))

    def cue_of(self, match: re.Match[str]) -> Cue:
        for key, cue in self._index.items():
            if match.group(key) is not None:
                return cue
        raise LookupError("match is not from this cue set")

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        for m in self.compiled.finditer(text, pos):
            if self.cue_of(m)._kept(m):
                yield m

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next(self.finditer(text, pos), None)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self.compiled.match(text, pos)
        return found if found and self.cue_of(found)._kept(found) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        found = self.compiled.fullmatch(text)
        return found if found and self.cue_of(found)._kept(found) else None

    def spans(self, text: str, label: str | None = None) -> list[CueSpan]:
        out = []
        for m in self.finditer(text):
            cue = self.cue_of(m)
            out.append((m.start(), m.end(), label or cue.kind, cue.name))
        return out

    def prefilter(self) -> Prefilter:
        return Prefilter.of(self.cues)


def cue_names(spans: Sequence[tuple]) -> str:
    """The "; "-joined names of the cues behind some spans, in order, once each."""
    return "; ".join(dict.fromkeys(s[3] for s in spans if len(s) > 3 and s[3]))


def near(a: Iterable[tuple], b: Iterable[tuple], gap: int = 20) -> bool:
    """True when a span of `a` lies within `gap` characters of a span of `b`."""
    b = list(b)
    return any(s1 - gap <= e2 and s2 - gap <= e1 for s1, e1, *_ in a for s2, e2, *_ in b)
