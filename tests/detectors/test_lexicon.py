"""The cue lexicon: every cue is named data whose example matches and whose counter-example
does not, and the prefilter derived from the cues never drops a text a cue matches."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors import all_cues
from detectors.lexicon import Cue, CueSet, Prefilter, required_literals

CUES = all_cues()
NBSP_SPACES = ("\u00a0", "\u202f", "\u2009", "\u3000")


def test_cue_names_are_unique_and_dotted():
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))
    assert all("." in n and n == n.lower() for n in names)


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_cue_matches_its_example_and_not_its_counter_example(cue: Cue):
    assert cue.search(cue.example), cue.example
    assert not cue.search(cue.counter_example), cue.counter_example


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_prefilter_passes_the_example_typed_with_any_unicode_space(cue: Cue):
    prefilter = Prefilter.of([cue])
    for space in (" ", *NBSP_SPACES):
        text = cue.example.replace(" ", space)
        if cue.search(text):
            assert prefilter.passes(text) and prefilter.mask([text])[0], repr(text)


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_prefilter_never_drops_a_match(cue: Cue):
    prefilter = Prefilter.of([cue])

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(cue.compiled), st.text(max_size=8), st.text(max_size=8))
    def check(match: str, before: str, after: str) -> None:
        text = before + match + after
        if cue.search(text):
            assert prefilter.passes(text), repr(text)
            assert prefilter.mask([text])[0], repr(text)

    check()


def test_literals_follow_the_regex_structure():
    assert required_literals(r"\bgo\s+(?:and\s+)?(?:die|jump)\b") == {"die", "jump"}
    assert required_literals(r"[a-z]+") is None
    assert required_literals(r"f[*.]ck", 0) == {"f*ck", "f.ck"}
    assert required_literals(r"\bkys\b", 2) == {"kys"}


def test_a_cue_set_says_which_cue_matched():
    cues = CueSet(
        "t",
        (
            Cue("t.kill", r"\bkill\s+you\b", "threat", "kill you", "kill me"),
            Cue("t.back", r"\bwatch\s+your\s+back\b", "threat", "watch your back", "watch it"),
        ),
    )
    spans = cues.spans("I will KILL\u00a0you, watch your back")
    assert [s[3] for s in spans] == ["t.kill", "t.back"]
    assert Prefilter.of(cues.cues).mask(["KİLL you", "hello", "watch your back"]).tolist() == [
        True,
        False,
        True,
    ]
