"""The one place chat-audit reaches into presidio-analyzer's private methods.

The batched path runs spaCy itself (`nlp.pipe`, NER only) and hands presidio the resulting
`NlpArtifacts`, so it needs what presidio's `SpacyNlpEngine._doc_to_nlp_artifact` does with
a doc: `_get_entities`, `_get_scores_for_entities` and `_get_updated_entities` (which applies
the NER model configuration's label mapping and ignore list). Those are private and may change
in any release, so this module checks the installed version against the range it was written
and tested for (also the bound in pyproject.toml) and fails with a clear message outside it,
rather than producing silently different entities."""

from __future__ import annotations

from importlib import metadata
from typing import Any

from audit.core.errors import ModelError

# Tested with 2.2.366; the private methods above are unchanged across 2.2.35x-2.2.36x.
SUPPORTED = ((2, 2, 350), (2, 3, 0))  # [lowest, first unsupported)
HINT = "pip install 'presidio-analyzer>=2.2.350,<2.3', or scan with --no-models"


def presidio_version() -> str:
    try:
        return metadata.version("presidio-analyzer")
    except metadata.PackageNotFoundError:
        return "unknown"


def _parse(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split(".")[:3]:
        digits = "".join(c for c in piece if c.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def check_version(version: str | None = None) -> str:
    """The installed presidio-analyzer version, or ModelError if outside SUPPORTED."""
    version = version or presidio_version()
    low, high = SUPPORTED
    if version == "unknown" or not low <= _parse(version) < high:
        raise ModelError(
            f"presidio-analyzer {version} is not a version chat-audit supports "
            f"(>= {'.'.join(map(str, low))}, < {'.'.join(map(str, high))})",
            HINT,
        )
    return version


def nlp_artifacts(engine: Any, doc: Any) -> Any:
    """presidio's NlpArtifacts for a doc spaCy already made, as `process_text` would build it
    but with lower-cased tokens standing in for lemmas (the lemmatizer is not run; presidio
    uses lemmas only to raise scores near context words, which no finding depends on)."""
    from presidio_analyzer.nlp_engine import NlpArtifacts

    entities, scores = engine._get_updated_entities(
        list(engine._get_entities(doc)), engine._get_scores_for_entities(doc)
    )
    return NlpArtifacts(
        entities=entities,
        tokens=doc,
        tokens_indices=[t.idx for t in doc],
        lemmas=[t.lower_ for t in doc],
        nlp_engine=engine,
        language="en",
        scores=scores,
    )
