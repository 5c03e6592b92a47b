"""The one adapter over presidio's private methods: it refuses versions outside the range it
was written for, and builds the same artifacts presidio's own engine builds."""

from __future__ import annotations

import pytest

from audit.core.errors import ModelError
from audit.scoring.presidio_adapter import SUPPORTED, check_version, presidio_version


def test_installed_presidio_is_in_the_supported_range() -> None:
    assert check_version() == presidio_version()


@pytest.mark.parametrize("version", ["2.2.349", "2.3.0", "3.0.1", "unknown"])
def test_versions_outside_the_range_are_refused_with_a_hint(version) -> None:
    with pytest.raises(ModelError) as caught:
        check_version(version)
    assert "presidio-analyzer" in caught.value.one_line()


def test_the_range_matches_the_pyproject_bound() -> None:
    from pathlib import Path

    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    low = ".".join(map(str, SUPPORTED[0]))
    high = ".".join(map(str, SUPPORTED[1][:2]))  # (2, 3, 0) -> "2.3"
    assert f'"presidio-analyzer>={low},<{high}"' in pyproject


def test_artifacts_match_presidios_own_for_the_entities() -> None:
    from audit.core.config import AuditConfig
    from audit.scoring.entities import load_entity_scorer
    from audit.scoring.presidio_adapter import nlp_artifacts

    scorer = load_entity_scorer(AuditConfig(use_cache=False))
    engine = scorer.analyzer.nlp_engine
    text = "Sarah Jones from Leeds saw Mrs Patel on Tuesday"
    own = engine.process_text(text, "en")
    ours = nlp_artifacts(engine, scorer.nlp(text))
    assert [(e.start_char, e.end_char, e.label_) for e in ours.entities] == [
        (e.start_char, e.end_char, e.label_) for e in own.entities
    ]
    assert ours.tokens_indices == own.tokens_indices
