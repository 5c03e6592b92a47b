"""The rule registry and the guidance catalogue: codes unique, selectors strict, every cited
passage real and faithful to the source documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.core.errors import UsageError
from audit.core.guidance import load_catalogue
from audit.core.rules import Rule, RuleRegistry
from detectors import rule_registry

SOURCES = Path(__file__).resolve().parents[1].parent / "shared" / "guidance-sources"


def make_rule(code: str, severity: str = "low") -> Rule:
    return Rule(code, "name", severity, "summary", "why", ("hcpc-5.1",))


def test_registry_refuses_a_duplicate_code():
    with pytest.raises(ValueError, match="duplicate rule code OFF001"):
        RuleRegistry([make_rule("OFF001"), make_rule("OFF001")])


def test_rule_without_guidance_is_refused():
    with pytest.raises(ValueError, match="cite guidance"):
        Rule("X001", "n", "low", "s", "w", ())


def test_rule_with_unknown_severity_is_refused():
    with pytest.raises(ValueError, match="severity"):
        make_rule("X001", severity="critical")


def test_selectors_take_codes_and_prefixes_case_insensitively():
    registry = RuleRegistry([make_rule("TOX001"), make_rule("TOX002"), make_rule("OFF001")])
    assert registry.matching(["tox"]) == {"TOX001", "TOX002"}
    assert registry.enabled(select=["TOX"], ignore=["TOX002"]) == {"TOX001"}
    assert registry.enabled(select=[], ignore=["OFF"]) == {"TOX001", "TOX002"}


def test_unknown_selector_is_a_usage_error_naming_known_prefixes():
    registry = RuleRegistry([make_rule("TOX001")])
    with pytest.raises(UsageError) as caught:
        registry.matching(["NOPE9"])
    assert "NOPE9" in caught.value.message and "TOX" in caught.value.hint


def test_every_rule_cites_guidance_that_exists():
    catalogue = load_catalogue()
    for rule in rule_registry():
        assert rule.guidance, rule.code
        assert not catalogue.missing(rule.guidance), (rule.code, catalogue.missing(rule.guidance))


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("*", "").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.fixture(scope="module")
def source_text() -> str:
    if not SOURCES.is_dir():
        pytest.skip(f"guidance sources not found at {SOURCES}")
    return _normalise(" ".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.txt")))


def test_every_quoted_sentence_appears_verbatim_in_a_source(source_text):
    for entry in load_catalogue().entries.values():
        if entry.kind != "quote":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", entry.text):
            sentence = _normalise(sentence).rstrip(".")
            assert sentence in source_text, (entry.id, sentence)


def test_every_url_in_the_catalogue_is_given_by_a_source(source_text):
    catalogue = load_catalogue()
    urls = {e.url for e in catalogue.entries.values() if e.url}
    urls |= {e.source.url for e in catalogue.entries.values() if e.source.url}
    for url in urls:
        assert _normalise(url.removeprefix("https://")) in source_text, url


def test_every_standard_number_is_quoted_in_a_source(source_text):
    for entry in load_catalogue().entries.values():
        if entry.standard:
            number = entry.standard.removeprefix("HCPC ")
            assert re.search(
                rf"(\({re.escape(number)}\)|{re.escape(number)} you must)", source_text
            ), entry.id


def test_next_steps_cite_existing_guidance():
    catalogue = load_catalogue()
    assert catalogue.next_steps
    for step in catalogue.next_steps:
        assert step.guidance and not catalogue.missing(step.guidance), step.text


def test_guidance_file_extends_and_replaces_entries(tmp_path):
    extra = tmp_path / "pcps.toml"
    extra.write_text(
        '[[source]]\nid = "uni"\ntitle = "PCPS policy"\npublisher = "University"\n'
        'url = "https://example.ac.uk/pcps"\n\n'
        '[[guidance]]\nid = "hcpc-5.1"\nsource = "uni"\ntitle = "Confidentiality (local)"\n'
        'text = "Local wording."\n\n'
        '[[guidance]]\nid = "uni-3.2"\nsource = "uni"\ntitle = "Respect"\ntext = "Be kind."\n',
        encoding="utf-8",
    )
    catalogue = load_catalogue([extra])
    assert catalogue["hcpc-5.1"].title == "Confidentiality (local)"
    assert catalogue["uni-3.2"].link == "https://example.ac.uk/pcps"
    assert "su-be-nice" in catalogue
    extra.write_text("replace = true\n" + extra.read_text(encoding="utf-8"), encoding="utf-8")
    assert set(load_catalogue([extra]).entries) == {"hcpc-5.1", "uni-3.2"}


@pytest.mark.parametrize(
    "content, message",
    [
        ("not = [valid", "not valid TOML"),
        ('[[guidance]]\nid = "a"\nsource = "nowhere"\ntitle = "t"\ntext = "x"\n', "unknown source"),
        (
            '[[source]]\nid = "s"\ntitle = "t"\n[[guidance]]\nid = "a"\nsource = "s"\n',
            "lacks the field",
        ),
    ],
)
def test_bad_guidance_file_is_a_usage_error(tmp_path, content, message):
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        load_catalogue([bad])


def test_missing_guidance_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot read guidance file"):
        load_catalogue([tmp_path / "absent.toml"])
