"""The fast first pass, derived from the cues themselves so it can never drop a match.

For each cue, `required_literals` reads the regular expression's parse tree and finds a set of
strings one of which every match must contain (e.g. `\\bgo\\s+(?:die|jump)` needs "die" or
"jump"). A text none of whose casefolded forms contains any of a detector's literals cannot
match any of its cues, so the cue regexes only run on the few texts that pass. Literals never
span a character class such as `\\s`, so Unicode spaces (U+00A0 from phones) cannot make the
prefilter and the cue disagree. Texts and literals are folded the way Python's `re` folds case
under IGNORECASE (simple case mapping), so the check is sound for every cue; a Hypothesis test
generates matches of every cue and checks that the prefilter passes them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

try:  # Python 3.11+: the parser behind `re`
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MIN_USEFUL = 2  # a literal shorter than this passes nearly every text


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    # Map every character to the representative `re` uses when ignoring case: upper then
    # lower, so "ı" and "I" and "i" agree, "ſ" is "s", "K" (Kelvin) is "k". U+0130 ("İ") lowers
    # to two characters, so it is mapped by hand, as `re` matches it with "i".
    table: dict[int, str] = {}
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        up = c.upper()
        folded = up.lower() if len(up) == 1 else c.lower()
        if len(folded) != 1:
            folded = c
        if folded != c:
            table[cp] = folded
    table[0x130] = "i"
    return table


def fold(text: str) -> str:
    return text.translate(_fold_table())


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest literal, then fewest literals."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


MAX_ALTERNATIVES = 16  # a run of literals may fork ("f[*.]ck" -> "f*ck", "f.ck") this far


def _chars(op, arg) -> set[str] | None:
    """The characters one item stands for, if it is a literal or a small set of literals."""
    if op is sre_c.LITERAL:
        return {fold(chr(arg))}
    if op is sre_c.IN and arg and all(o is sre_c.LITERAL for o, _ in arg) and len(arg) <= 4:
        return {fold(chr(a)) for _, a in arg}  # under IGNORECASE "k" parses as [kK\u212a]
    return None


def _required(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed items contains."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}  # the alternatives of the literal run being read

    def close_run() -> None:
        if run and min(map(len, run)) > 0:
            candidates.append(frozenset(run))

    for op, arg in items:
        chars = _chars(op, arg)
        if chars is not None and len(run) * len(chars) <= MAX_ALTERNATIVES:
            run = {r + c for r in run for c in chars}
            continue
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            low, _high, body = arg
            inner = _chars(*body[0]) if len(body) == 1 else None
            if low >= 1 and inner is not None and len(run) * len(inner) <= MAX_ALTERNATIVES:
                # "f+u" holds "fu": the repeat's last character touches what follows
                run = {r + c for r in run for c in inner}
                close_run()
                run = set(inner)
                continue
        close_run()
        run = {""}
        if op is sre_c.SUBPATTERN:
            found = _required(arg[-1])
        elif op is sre_c.ATOMIC_GROUP:
            found = _required(arg)
        elif op is sre_c.BRANCH:
            alternatives = [_required(alt) for alt in arg[1]]
            found = (
                None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
            )
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            found = _required(arg[2]) if arg[0] >= 1 else None
        else:  # classes, anchors, lookarounds, back-references: no literal is certain
            found = None
        if found:
            candidates.append(found)
    close_run()
    return _best(candidates)


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    found = _required(sre_parse.parse(pattern, flags))
    if found is None:
        return None
    return frozenset(fold(s) for s in found)


def _re2_literal(text: str) -> str:
    # RE2 takes UTF-8 literally; escape only ASCII punctuation (RE2 rejects some escapes of
    # letters and digits, and a space needs none).
    return "".join("\\" + c if c.isascii() and not c.isalnum() and c != " " else c for c in text)


@dataclass(frozen=True)
class Prefilter:
    """Literals one of which any match of any of some cues contains; None = cannot filter."""

    literals: frozenset[str] | None

    @classmethod
    def of(cls, cues: Iterable) -> Prefilter:
        found: set[str] = set()
        for cue in cues:
            mine = cue.literals()
            if mine is None or min(map(len, mine)) < MIN_USEFUL:
                return cls(None)
            found |= mine
        return cls(frozenset(found))

    def passes(self, text: str) -> bool:
        if self.literals is None:
            return True
        folded = fold(text)
        return any(lit in folded for lit in self.literals)

    def mask(self, texts: Sequence[str]) -> np.ndarray:
        """One bool per text: could any of the cues match it? (RE2 over all texts at once.)"""
        if self.literals is None:
            return np.ones(len(texts), dtype=bool)
        if not self.literals or not len(texts):
            return np.zeros(len(texts), dtype=bool)
        return self.mask_folded(fold_all(texts))

    def mask_folded(self, folded: pa.Array) -> np.ndarray:
        """`mask` for texts already folded by `fold_all`: fold many texts once, then test them
        against several prefilters."""
        if self.literals is None:
            return np.ones(len(folded), dtype=bool)
        if not self.literals or not len(folded):
            return np.zeros(len(folded), dtype=bool)
        pattern = "|".join(_re2_literal(s) for s in sorted(self.literals, key=len, reverse=True))
        return pc.match_substring_regex(folded, pattern).to_numpy(zero_copy_only=False)


def fold_all(texts: Sequence[str]) -> pa.Array:
    """Texts folded for `Prefilter.mask_folded`, as one Arrow array."""
    return pa.array([fold(t) for t in texts], type=pa.large_string())
