"""Local copies of the detoxify toxicity models: where they live, which are installed, and the
one explicit, user-requested download (`chat-audit models download NAME`).

Scanning never touches the network. A model folder (`~/.cache/chat-audit/models/<name>/`)
holds everything detoxify needs offline:

    checkpoint.ckpt         {"config": detoxify's training config, "state_dict": weights}
    config.json, tokenizer  the transformer's config and tokenizer, saved by transformers
    chat-audit-model.json   manifest: name, source URL, hub id, classes, checkpoint SHA-256

Detoxify itself always calls `from_pretrained(model_type)` with the checkpoint's hub id
(`bert-base-uncased`), which cannot work offline; the loader in audit.scoring.toxicity points
`model_type` at this folder instead. torch and transformers are imported only inside the
functions that need them, so `models list` and `chat-audit parse` stay light."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from audit.core.errors import ModelError
from audit.scoring.cache import default_cache_dir

CHECKPOINT_FILE = "checkpoint.ckpt"
MANIFEST_FILE = "chat-audit-model.json"

# The detoxify models chat-audit supports, and the transformer each was fine-tuned from (the
# hub id in the checkpoint's config). URLs are taken from detoxify's own MODEL_URLS at download
# time so they follow the installed detoxify version.
DETOXIFY_MODELS: dict[str, str] = {
    "original": "bert-base-uncased",
    "unbiased": "roberta-base",
    "multilingual": "xlm-roberta-base",
}
PREFERENCE = ("original", "unbiased", "multilingual")  # used when no model is named


@dataclass(frozen=True)
class InstalledModel:
    name: str
    path: Path
    hub_id: str
    size_mb: float
    sha256: str  # of checkpoint.ckpt ("" when the manifest is missing)


def models_dir(cache_dir: Path | None = None) -> Path:
    """Where downloaded models live: `<cache>/models`, beside the score cache."""
    return (cache_dir or default_cache_dir()) / "models"


def known_names() -> str:
    return ", ".join(DETOXIFY_MODELS)


def read_manifest(folder: Path) -> dict:
    try:
        return json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def is_model_folder(folder: Path) -> bool:
    return (folder / CHECKPOINT_FILE).is_file() and (folder / "config.json").is_file()


def installed_models(cache_dir: Path | None = None) -> list[InstalledModel]:
    """Every complete model folder in the models dir, in preference order."""
    root = models_dir(cache_dir)
    if not root.is_dir():
        return []
    found = []
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder.name.startswith(".") or not is_model_folder(folder):
            continue
        manifest = read_manifest(folder)
        found.append(
            InstalledModel(
                name=folder.name,
                path=folder,
                hub_id=manifest.get("hub_id", DETOXIFY_MODELS.get(folder.name, "?")),
                size_mb=round((folder / CHECKPOINT_FILE).stat().st_size / 1e6, 1),
                sha256=manifest.get("sha256", ""),
            )
        )
    order = {name: i for i, name in enumerate(PREFERENCE)}
    return sorted(found, key=lambda m: (order.get(m.name, len(order)), m.name))


def locate_model(spec: str, cache_dir: Path | None = None) -> Path:
    """The folder for a model NAME (downloaded into the models dir) or PATH (a model folder,
    or a .ckpt file whose folder holds the transformer's config and tokenizer). Raises
    ModelError with what to do when it is not there."""
    if spec in DETOXIFY_MODELS:
        folder = models_dir(cache_dir) / spec
        if not is_model_folder(folder):
            raise ModelError(
                f"detoxify model {spec!r} is not downloaded (looked in {folder})",
                f"run `chat-audit models download {spec}` once with internet, "
                "or scan with --no-models",
            )
        return folder
    path = Path(spec).expanduser()
    if path.exists():
        return path
    looks_like_name = os.sep not in spec and "/" not in spec and not Path(spec).suffix
    if looks_like_name:
        raise ModelError(
            f"unknown toxicity model {spec!r}",
            f"use one of {known_names()}, or the path of a model folder",
        )
    raise ModelError(
        f"toxicity model folder {path} does not exist",
        "check the path, or run `chat-audit models download original`",
    )


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- downloading (the only network use in chat-audit, and only when asked) ---

Fetch = Callable[[str, Path], None]
SaveTransformer = Callable[[dict, Path], None]


def fetch_url(url: str, destination: Path) -> None:
    """Download `url` to `destination`, checking the SHA-256 prefix detoxify's release file
    names carry (`toxic_original-c1212f89.ckpt`), as torch.hub does."""
    import torch.hub

    match = re.search(r"-([0-9a-f]{8,})\.", url.rsplit("/", 1)[-1])
    torch.hub.download_url_to_file(
        url, str(destination), hash_prefix=match.group(1) if match else None, progress=True
    )


def save_transformer_files(arch_args: dict, folder: Path) -> None:
    """Save the transformer's config (with detoxify's number of labels) and tokenizer."""
    model_class = _transformers_class(arch_args["model_name"], "ForSequenceClassification")
    tokenizer_class = _transformers_class(arch_args["tokenizer_name"], "Tokenizer")
    hub_id = arch_args["model_type"]
    config = model_class.config_class.from_pretrained(hub_id, num_labels=arch_args["num_classes"])
    config.save_pretrained(folder)
    tokenizer_class.from_pretrained(hub_id).save_pretrained(folder)


def _transformers_class(name: str, kind: str):
    """A class from transformers named by a checkpoint, refusing anything that is not a model
    or tokenizer class (a checkpoint must not make us call arbitrary attributes)."""
    import transformers

    if not isinstance(name, str) or kind not in name or not name.isidentifier():
        raise ModelError(f"checkpoint names an unexpected transformers class {name!r}")
    cls = getattr(transformers, name, None)
    if cls is None:
        raise ModelError(f"this transformers version has no class {name!r}")
    return cls


def download_model(
    name: str,
    cache_dir: Path | None = None,
    *,
    fetch: Fetch | None = None,
    save_transformer: SaveTransformer | None = None,
    url: str | None = None,
) -> Path:
    """Fetch detoxify model `name` into the models dir for offline use, replacing any earlier
    copy only once the new one is complete. The checkpoint is re-saved as plain tensors and
    dicts so scans can load it with `torch.load(weights_only=True)`."""
    if name not in DETOXIFY_MODELS:
        raise ModelError(f"unknown toxicity model {name!r}", f"use one of {known_names()}")
    fetch = fetch or fetch_url
    save_transformer = save_transformer or save_transformer_files
    if url is None:
        from detoxify.detoxify import MODEL_URLS

        url = MODEL_URLS[name]
    root = models_dir(cache_dir)
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        staging = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".partial", dir=root))
    except OSError as exc:
        raise ModelError(f"cannot create the models folder {root}: {exc.strerror}") from None
    try:
        raw = staging / "download.ckpt"
        try:
            fetch(url, raw)
        except Exception as exc:  # network errors come in many types (URLError, HTTPError...)
            raise ModelError(
                f"could not download detoxify model {name!r} from {url}: {_reason(exc)}",
                "check the internet connection and try again",
            ) from None
        checkpoint = _clean_checkpoint(raw, trusted=True)
        hub_id = checkpoint["config"]["arch"]["args"]["model_type"]
        import torch

        torch.save(checkpoint, staging / CHECKPOINT_FILE)
        raw.unlink()
        try:
            save_transformer(checkpoint["config"]["arch"]["args"], staging)
        except ModelError:
            raise
        except Exception as exc:
            raise ModelError(
                f"could not fetch the tokenizer and config of {hub_id!r}: {_reason(exc)}",
                "check the internet connection and try again",
            ) from None
        if not (staging / "config.json").is_file():
            raise ModelError(f"the transformer files for {hub_id!r} were not saved")
        manifest = {
            "name": name,
            "source": url,
            "hub_id": hub_id,
            "classes": checkpoint["config"]["dataset"]["args"]["classes"],
            "sha256": sha256_file(staging / CHECKPOINT_FILE),
            "downloaded": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        target = root / name
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
        return target
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "reason", "") or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _clean_checkpoint(path: Path, trusted: bool) -> dict:
    """Load a detoxify checkpoint and keep only what inference needs. `trusted` allows full
    unpickling (detoxify's release files hold training objects); it is used only for a file
    just downloaded from detoxify's release URL with its hash checked."""
    import torch

    try:
        loaded = torch.load(path, map_location="cpu", weights_only=not trusted)
    except Exception as exc:
        raise ModelError(
            f"{path.name} is not a readable PyTorch checkpoint ({_reason(exc)})",
            "download it again",
        ) from None
    validate_checkpoint(loaded, path)
    return {"config": loaded["config"], "state_dict": loaded["state_dict"]}


def validate_checkpoint(loaded: object, path: Path) -> None:
    """Raise ModelError unless `loaded` has detoxify's layout. Plain checks, not `assert`:
    `python -O` strips asserts, and a malformed checkpoint must never pass for a model."""
    problem = _checkpoint_problem(loaded)
    if problem:
        raise ModelError(
            f"{path} is not a detoxify checkpoint ({problem})",
            "point --toxicity-model at a folder made by `chat-audit models download`",
        )


def _checkpoint_problem(loaded: object) -> str | None:
    """What is wrong with a loaded checkpoint, in words, or None when it has detoxify's
    layout: a state_dict of weights and a config naming the classes and the transformer."""
    if not isinstance(loaded, dict):
        return "it is not a dictionary of config and weights"
    if not isinstance(loaded.get("state_dict"), dict):
        return "it has no state_dict of weights"
    config = loaded.get("config")
    try:
        args = config["arch"]["args"]
        classes = config["dataset"]["args"]["classes"]
    except (KeyError, TypeError):
        return "it lacks detoxify's config (arch.args and dataset.args.classes)"
    if not isinstance(args, dict):
        return "its config's arch.args is not a table"
    if not isinstance(classes, list) or not classes:
        return "its config names no classes"
    missing = [
        k for k in ("model_type", "model_name", "tokenizer_name", "num_classes") if k not in args
    ]
    if missing:
        return f"its config lacks {', '.join(missing)}"
    try:
        num_classes = int(args["num_classes"])
    except (TypeError, ValueError):
        return f"its num_classes {args['num_classes']!r} is not a number"
    if num_classes != len(classes):
        return f"it declares {num_classes} classes but names {len(classes)}"
    return None
