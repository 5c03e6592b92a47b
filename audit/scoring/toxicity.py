"""The toxicity scorer: detoxify's six category scores per distinct message text.

Which model runs (`config.toxicity_model`):
- a NAME (`original`, `unbiased`, `multilingual`) or PATH: that detoxify model, from a local
  copy made by `chat-audit models download` (see audit.scoring.store); missing -> ModelError;
- `profanity`: the alt-profanity-check fallback, on purpose;
- unset: the first downloaded detoxify model (original, unbiased, multilingual), else the
  fallback.

The detoxify path loads through detoxify's own `get_model_and_tokenizer` (the function
`Detoxify`/`load_checkpoint` use), with the checkpoint's `model_type` rewritten in memory from
its hub id to the local model folder, because detoxify always calls
`from_pretrained(model_type)` and a hub id cannot load offline. Inference is ours, for speed:
texts are tokenized once, sorted by length and batched so padding is small; on CPU the Linear
layers are quantised to int8 (`quantize_dynamic`) after a check on probe sentences that no
score moves by more than 0.01 against fp32 (otherwise fp32 is kept); all cores; CUDA when torch
sees one (`--device`). Messages longer than MAX_TOKENS tokens are scored on their start.

The fallback, alt-profanity-check, is a calibrated linear model shipped inside its package. It
scores *profanity*, not toxicity ("that shift was shit" scores 0.999), so it fills only
`tox_obscene`; the other five columns stay NaN and the toxicity detector decides about insults,
threats and identity attacks from chat-audit's own classifier (audit/scoring/classifier.py, a
separate scorer that always runs with models on) and text cues. ModelInfo.notice says so in
every report.

torch, transformers, detoxify and scikit-learn are imported inside the loaders only."""

from __future__ import annotations

import math
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audit.core.config import AuditConfig
from audit.core.errors import ModelError
from audit.scoring.base import ModelInfo, Scorer
from audit.scoring.store import (
    CHECKPOINT_FILE,
    DETOXIFY_MODELS,
    installed_models,
    locate_model,
    read_manifest,
    validate_checkpoint,
)

CATEGORIES = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack")
COLUMNS: dict[str, Any] = {f"tox_{c}": "float64" for c in CATEGORIES}
FALLBACK_NAMES = ("profanity", "profanity-check", "alt-profanity-check")

MAX_TOKENS = 256  # chat messages rarely approach this; longer ones are scored on their start
MAX_DRIFT = 0.01  # largest score change int8 quantisation may cause
# The probe sentences underestimate the largest change over a whole chat: on the benchmark's
# 5,000 messages the maximum was 1.5-1.9x the probe maximum. So a scheme must stay within half
# the limit on the probes to be trusted with the limit on real chats.
PROBE_MARGIN = 0.5
PROGRESS_DELAY = 2.0  # seconds before a progress bar appears

# detoxify standardises these training label names (see detoxify.load_checkpoint)
_RENAMED = {
    "toxic": "toxicity",
    "identity_hate": "identity_attack",
    "severe_toxic": "severe_toxicity",
}

# Probe sentences for the quantisation drift check: ordinary, sweary, hostile and long.
PROBES = (
    "has anyone got the notes from today's lecture?",
    "that shift was absolutely shit, so tired",
    "you are such an idiot, nobody wants you in this group",
    "I swear I will hurt you if you do that again",
    "thanks so much everyone, see you all on monday!",
    "this assignment is killing me lol",
    "ok",
    "can someone remind me what time the placement briefing is tomorrow and which room it is "
    "in, I missed the email and the timetable on the portal still says tbc for our group",
    "go back to your own country",
    "fuck off Tom nobody asked you",
    "kys",
    "you're a useless cow and everyone knows it",
    "the printer is broken again, typical",
    "😂😂😂",
    "happy birthday Priya!! have the best day x",
    "my mentor signed off all my competencies today, so relieved",
    "I could murder a coffee",
    "typical of them, those people are all the same",
    "see you at 8",
    "does the deadline include the appendix or just the main essay?",
    "honestly the way she spoke to that patient was disgusting, I'm raising it with my PE",
    "lol you're so thick",
    "I'll smash your face in",
    "thanks for covering my shift, you're a legend",
)


def load_toxicity_scorer(config: AuditConfig) -> Scorer:
    """The scorer for `config.toxicity_model` (see the module docstring)."""
    spec = config.toxicity_model
    if spec is not None and spec.strip().lower() in FALLBACK_NAMES:
        return ProfanityFallbackScorer(reason="The profanity fallback was asked for")
    if spec is None:
        installed = installed_models(config.cache_dir)
        if not installed:
            return ProfanityFallbackScorer(reason="No detoxify toxicity model is downloaded")
        folder = installed[0].path
    else:
        folder = locate_model(spec, config.cache_dir)
    return DetoxifyScorer(folder, config)


def _resolve_files(path: Path) -> tuple[Path, Path]:
    """(model folder, checkpoint file) for a model folder or a .ckpt file inside one."""
    if path.is_file():
        folder, checkpoint = path.parent, path
    else:
        folder = path
        checkpoint = path / CHECKPOINT_FILE
        if not checkpoint.is_file():
            candidates = sorted(path.glob("*.ckpt"))
            if len(candidates) != 1:
                raise ModelError(
                    f"{path} holds no detoxify checkpoint ({CHECKPOINT_FILE})",
                    "run `chat-audit models download original`, or point --toxicity-model at "
                    "a folder it made",
                )
            checkpoint = candidates[0]
    if not (folder / "config.json").is_file():
        raise ModelError(
            f"{folder} lacks the transformer's config and tokenizer (config.json)",
            "download the model with `chat-audit models download NAME`, which saves them",
        )
    return folder, checkpoint


def _torch_load(checkpoint: Path):
    import torch

    try:
        return torch.load(checkpoint, map_location="cpu", weights_only=True)
    except Exception as exc:
        if "weights_only" not in str(exc) and "Weights only load failed" not in str(exc):
            raise ModelError(
                f"{checkpoint} is corrupt or not a PyTorch checkpoint",
                "download it again: `chat-audit models download original`",
            ) from None
    # detoxify's own release files pickle training objects too; a file the user pointed at is
    # loaded as detoxify would load it (models we download are re-saved as plain tensors).
    try:
        return torch.load(checkpoint, map_location="cpu", weights_only=False)
    except Exception:
        raise ModelError(
            f"{checkpoint} is corrupt or not a PyTorch checkpoint",
            "download it again: `chat-audit models download original`",
        ) from None


def _pick_device(requested: str) -> str:
    import torch

    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if requested.startswith("cuda") and not torch.cuda.is_available():
        raise ModelError(
            "--device cuda was asked for but torch sees no CUDA GPU", "use --device cpu"
        )
    return requested


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def load_detoxify(folder: Path, checkpoint: Path, device: str = "cpu"):
    """(model, tokenizer, class names) through detoxify's own loading code, offline."""
    import torch  # noqa: F401  (fail here, clearly, if torch is broken)
    from detoxify.detoxify import get_model_and_tokenizer

    loaded = _torch_load(checkpoint)
    validate_checkpoint(loaded, checkpoint)
    args = dict(loaded["config"]["arch"]["args"])
    for key, kind in (("model_name", "ForSequenceClassification"), ("tokenizer_name", "Tokenizer")):
        if not isinstance(args[key], str) or kind not in args[key] or not args[key].isidentifier():
            raise ModelError(f"{checkpoint} names an unexpected transformers class {args[key]!r}")
    # The offline fix: detoxify calls from_pretrained(model_type); make that the local folder.
    args["model_type"] = str(folder)
    state_dict = loaded["state_dict"]
    if state_dict and all(k.startswith("model.") for k in state_dict):
        # a training checkpoint saved from detoxify's Lightning module, not a release file
        state_dict = {k[len("model.") :]: v for k, v in state_dict.items()}
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # transformers' "Loading weights" bar is noise here
    try:
        model, tokenizer = get_model_and_tokenizer(
            **args, state_dict=state_dict, huggingface_config_path=str(folder)
        )
    except Exception as exc:
        raise ModelError(
            f"{checkpoint} does not fit the model config in {folder} "
            f"({type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''})",
            "download the model again with `chat-audit models download NAME`",
        ) from None
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()
    _check_weights_loaded(model, state_dict, checkpoint)
    classes = [_RENAMED.get(c, c) for c in loaded["config"]["dataset"]["args"]["classes"]]
    model.eval()
    return model.to(device), tokenizer, classes


def _check_weights_loaded(model, state_dict: dict, checkpoint: Path) -> None:
    """transformers fills missing weights with random ones and only logs it; a checkpoint for
    a different architecture must be an error, not a random classifier."""
    prefix = getattr(model, "base_model_prefix", "")

    def strip(key: str) -> str:
        return key[len(prefix) + 1 :] if prefix and key.startswith(prefix + ".") else key

    given = {strip(k) for k in state_dict}
    wanted = {strip(k) for k, _ in model.named_parameters()}
    missing = wanted - given
    if missing:
        raise ModelError(
            f"{checkpoint} lacks {len(missing)} of the model's weights "
            f"(e.g. {sorted(missing)[0]}): it is for a different model",
            "download the model again with `chat-audit models download NAME`",
        )


class DetoxifyScorer:
    """Scores with a local detoxify model; see the module docstring for the speed measures."""

    columns = COLUMNS

    def __init__(
        self,
        path: Path,
        config: AuditConfig,
        *,
        quantize: bool | None = None,
        max_tokens: int = MAX_TOKENS,
    ):
        import torch

        folder, checkpoint = _resolve_files(Path(path))
        self.device = _pick_device(config.device)
        if self.device == "cpu":
            torch.set_num_threads(_cpu_count())
        self.model, self.tokenizer, self.classes = load_detoxify(folder, checkpoint, self.device)
        self.batch_size = max(1, config.batch_size)
        self.max_tokens = min(max_tokens, _tokenizer_limit(self.tokenizer))
        self.progress = config.progress
        self.drift: float | None = None
        notice = ""
        want_int8 = self.device == "cpu" if quantize is None else quantize
        self.quantized = False
        self.quantized_layers = 0
        if want_int8 and self.device == "cpu":
            self.quantized, self.drift = self._quantize()
            if not self.quantized:
                notice = (
                    f"int8 quantisation changed probe scores by {self.drift:.3f} "
                    f"(> {MAX_DRIFT * PROBE_MARGIN}), "
                    "so the full-precision model ran (slower, same results)."
                )
        manifest = read_manifest(folder)
        name = manifest.get("name") or folder.name
        hub_id = manifest.get("hub_id") or DETOXIFY_MODELS.get(name, "local checkpoint")
        fingerprint = manifest.get("sha256") or _stat_fingerprint(checkpoint)
        precision = f"int8x{self.quantized_layers}" if self.quantized else "fp32"
        self.info = ModelInfo(
            scorer="toxicity",
            name=f"detoxify {name} ({hub_id}, {precision.split('x')[0]}, {self.device})",
            version=f"detoxify:{name}:{fingerprint[:16]}:{precision}:{self.max_tokens}",
            fallback=False,
            notice=notice,
        )

    def _quantize(self) -> tuple[bool, float]:
        """Try int8 schemes from fastest to most faithful and keep the first whose probe scores
        stay within MAX_DRIFT of fp32: every Linear layer of the transformer encoder (not the
        pooler or the classification head, which decide the score and cost nothing), then
        the feed-forward layers only (two thirds of the work). Neither -> fp32."""
        import copy

        import torch

        reference = self._predict(list(PROBES), self.model, show_progress=False)
        linear = [n for n, m in self.model.named_modules() if isinstance(m, torch.nn.Linear)]
        encoder = [n for n in linear if ".encoder." in f".{n}."]
        feed_forward = [
            n
            for n in encoder
            if n.endswith("intermediate.dense")
            or (n.endswith("output.dense") and "attention" not in n)
        ]
        drift = math.inf
        for chosen in (encoder or linear, feed_forward):
            if not chosen:
                continue
            qconfig = torch.ao.quantization.default_dynamic_qconfig
            with warnings.catch_warnings():
                # torch marks eager-mode quantisation deprecated in favour of torchao; it still
                # works and is the measured speed-up, so keep users' terminals free of it.
                warnings.simplefilter("ignore", DeprecationWarning)
                warnings.simplefilter("ignore", UserWarning)
                quantized = torch.ao.quantization.quantize_dynamic(
                    copy.deepcopy(self.model), {n: qconfig for n in chosen}, dtype=torch.qint8
                )
            candidate = self._predict(list(PROBES), quantized, show_progress=False)
            drift = max(
                abs(a - b)
                for ra, rb in zip(reference, candidate, strict=True)
                for a, b in zip(ra, rb, strict=True)
            )
            if drift <= MAX_DRIFT * PROBE_MARGIN:
                self.model = quantized
                self.quantized_layers = len(chosen)
                return True, drift
        return False, drift

    def score(self, texts: Sequence[str]) -> list[dict]:
        rows = self._predict(list(texts), self.model, show_progress=self.progress)
        out = []
        for row in rows:
            by_class = dict(zip(self.classes, row, strict=True))
            out.append({f"tox_{c}": float(by_class.get(c, math.nan)) for c in CATEGORIES})
        return out

    def _predict(self, texts: list[str], model, show_progress: bool) -> list[list[float]]:
        """Sigmoid scores per text, in input order: tokenized once, sorted by length, batched."""
        import torch

        if not texts:
            return []
        encoding = self.tokenizer(texts, truncation=True, max_length=self.max_tokens)
        encoded = encoding["input_ids"]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        pad_id = self.tokenizer.pad_token_id or 0
        results: list[list[float] | None] = [None] * len(texts)
        bar = _progress_bar(len(texts), show_progress)
        try:
            with torch.inference_mode():
                for start in range(0, len(order), self.batch_size):
                    batch = order[start : start + self.batch_size]
                    width = max(len(encoded[i]) for i in batch)
                    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
                    mask = torch.zeros((len(batch), width), dtype=torch.long)
                    for row, i in enumerate(batch):
                        tokens = encoded[i]
                        ids[row, : len(tokens)] = torch.tensor(tokens, dtype=torch.long)
                        mask[row, : len(tokens)] = 1
                    logits = model(
                        input_ids=ids.to(self.device), attention_mask=mask.to(self.device)
                    )[0]
                    scores = torch.sigmoid(logits.float()).cpu().tolist()
                    for i, value in zip(batch, scores, strict=True):
                        results[i] = value
                    if bar is not None:
                        bar.update(len(batch))
        finally:
            if bar is not None:
                bar.close()
        return results  # type: ignore[return-value]


def _tokenizer_limit(tokenizer) -> int:
    limit = getattr(tokenizer, "model_max_length", 512) or 512
    return int(limit) if limit < 100_000 else 512  # "unlimited" sentinel -> BERT's 512


def _stat_fingerprint(checkpoint: Path) -> str:
    stat = checkpoint.stat()
    return f"{stat.st_size:x}{int(stat.st_mtime):x}"


def _progress_bar(total: int, wanted: bool):
    """A tqdm bar with ETA that appears only when scoring takes more than a couple of seconds,
    and never when stderr is not a terminal (logs, CI, pipes)."""
    if not wanted or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(
        total=total, desc="toxicity", unit="msg", delay=PROGRESS_DELAY, file=sys.stderr, leave=False
    )


class ProfanityFallbackScorer:
    """alt-profanity-check: a profanity probability, reported as `tox_obscene` only."""

    columns = COLUMNS

    def __init__(self, reason: str = "No detoxify toxicity model was used"):
        try:
            from profanity_check import profanity_check as pc
        except Exception as exc:  # missing package or an incompatible scikit-learn pickle
            raise ModelError(
                f"no toxicity model is available: the alt-profanity-check fallback failed to "
                f"load ({type(exc).__name__})",
                "run `chat-audit models download original`, or scan with --no-models",
            ) from None
        self._vectorizer, self._model = pc.vectorizer, pc.model
        from importlib.metadata import PackageNotFoundError, version

        try:
            package_version = version("alt-profanity-check")
        except PackageNotFoundError:
            package_version = "unknown"
        self.info = ModelInfo(
            scorer="toxicity",
            name=f"alt-profanity-check {package_version}",
            version=f"profanity-check:{package_version}",
            fallback=True,
            notice=(
                f"{reason}, so toxicity was scored with the fallback, alt-profanity-check. "
                "It detects swear words, not toxicity, so only its obscenity score is used. "
                "Insults, threats, identity attacks, sexual remarks and the rest come from "
                "chat-audit's own classifier (shipped with it, trained on chat-audit's "
                "labelled corpus) and text cues; severe-toxicity findings need detoxify. For "
                "detoxify run `chat-audit models download original` once on a computer with "
                "internet."
            ),
        )

    def score(self, texts: Sequence[str]) -> list[dict]:
        if not len(texts):
            return []
        probabilities = self._model.predict_proba(self._vectorizer.transform(list(texts)))[:, 1]
        nan = math.nan
        return [
            {
                "tox_toxicity": nan,
                "tox_severe_toxicity": nan,
                "tox_obscene": float(p),
                "tox_threat": nan,
                "tox_insult": nan,
                "tox_identity_attack": nan,
            }
            for p in probabilities
        ]
