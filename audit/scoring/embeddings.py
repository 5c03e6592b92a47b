"""Static word embeddings from wordllama's package files (MIT licence; its wheel ships the
weights): 256 dimensions per token, averaged over a message and scaled to unit length.

Only wordllama's two data files are read: the embedding matrix straight from its safetensors
file (a JSON header and raw little-endian numbers; reading it directly takes milliseconds,
and no code in the file runs), the tokenizer with `tokenizers` (installed for transformers).
The `wordllama` module itself is never imported, because its loader looks the bundled
tokenizer up on the network unless told otherwise. Nothing here touches the network: a
missing or damaged file is a ModelError."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from audit.core.errors import ModelError

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
DIMENSIONS = 256
# Vectors of messages shorter than this many tokens are shrunk in proportion (a unit-length
# average of two tokens is not as much evidence as one of twenty); see features.WORDS_FLOOR.
TOKENS_FLOOR = 8


def package_folder() -> Path:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the wordllama package (word embeddings for chat-audit's classifier) is not installed",
            "reinstall chat-audit (`make install`), or scan with --no-models",
        )
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass(frozen=True)
class Embedder:
    matrix: np.ndarray  # float32, vocabulary x 256
    tokenizer: object
    source: str  # e.g. "wordllama 0.4.0.post1 l2_supercat_256"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(texts x 256) float32: the mean of the tokens' vectors at unit length, shrunk by
        tokens / TOKENS_FLOOR for shorter messages (0 if empty)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not len(texts):
            return out
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        ids = [e.ids for e in encodings]
        lengths = np.fromiter((len(i) for i in ids), dtype=np.int64, count=len(ids))
        if lengths.sum() == 0:
            return out
        flat = np.fromiter((t for i in ids for t in i), dtype=np.int64, count=int(lengths.sum()))
        vectors = self.matrix[flat]
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        filled = lengths > 0
        out[filled] = np.add.reduceat(vectors, starts[filled], axis=0) / lengths[filled, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        out *= np.minimum(lengths / TOKENS_FLOOR, 1.0).astype(np.float32)[:, None]
        return out


_DTYPES = {"F16": "<f2", "F32": "<f4"}


def weights_sha256() -> str:
    """sha256 of wordllama's embedding file: the model's manifest records the one it was
    trained with, and a different installed file is refused."""
    import hashlib

    return hashlib.sha256((package_folder() / WEIGHTS).read_bytes()).hexdigest()


def read_safetensors(path: Path, name: str) -> np.ndarray:
    """One tensor of a .safetensors file: 8 bytes of header length, a JSON header giving each
    tensor's dtype, shape and byte range, then the data."""
    with path.open("rb") as handle:
        size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(size))
        entry = header[name]
        start, end = entry["data_offsets"]
        handle.seek(8 + size + start)
        data = handle.read(end - start)
    array = np.frombuffer(data, dtype=_DTYPES[entry["dtype"]])
    return array.reshape(entry["shape"])


@lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    from importlib.metadata import version

    from tokenizers import Tokenizer

    folder = package_folder()
    try:
        matrix = read_safetensors(folder / WEIGHTS, "embedding.weight").astype(np.float32)
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
    except Exception as exc:  # a missing or damaged data file of the package
        raise ModelError(
            f"wordllama's embedding files in {folder} cannot be read ({type(exc).__name__})",
            "reinstall chat-audit (`make install`), or scan with --no-models",
        ) from None
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embedder(matrix, tokenizer, f"wordllama {version('wordllama')} l2_supercat_256")
