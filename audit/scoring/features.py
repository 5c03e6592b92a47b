"""Hashed n-gram features for chat-audit's own classifier, in numpy only.

One function, `featurize`, turns texts into sparse features; the training script
(`training/train.py`) and the scorer (`audit/scoring/classifier.py`) both call it, so what the
model learnt from and what it reads at run time cannot drift apart. It is stateless (no
vocabulary): every n-gram is hashed into one of `2**bits` buckets, with a sign bit so that
colliding n-grams tend to cancel rather than add up (the "hashing trick", as in scikit-learn's
HashingVectorizer).

Two blocks of features, each scaled by 1/sqrt(its count in the message, or a floor for short
messages) so long messages do not score higher just for being long, nor short ones for being
short:
- words: unigrams and bigrams of the normalised tokens (emoji are tokens: 😂 after a jibe means
  something);
- chars: character 2- to 5-grams of the tokens joined by single spaces, which carry typos,
  "u"/"ur", dialect spellings and partial words ("scroungin", "fkn").
A third block (character n-grams with the spaces removed, against spacing tricks) was measured
and dropped: out-of-fold toxicity recall at 2% benign fell from 0.66 to 0.63 with it.

Normalisation before hashing: casefold; digits and symbols standing in for letters inside a
word ("1d1ot", "b@stard", "f*ck" keeps its star) become letters; runs of three or more of one
character shrink to two ("sooooo" -> "soo"). Hashes are a fixed polynomial over code points
followed by the splitmix64 finaliser: the same on every machine and Python, unlike `hash()`."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

BLOCKS = ("words", "chars")
CHAR_SIZES = (2, 3, 4, 5)
# A block is scaled by 1/sqrt(max(count, floor)), not 1/sqrt(count): with the plain scaling a
# two-word message gives each of its few n-grams the weight of a whole sentence, and "go on
# Sophie!" or "you'll be fine" scored as self-harm incitement and threat. With the floor a
# short message carries the evidence it has, no more.
WORDS_FLOOR = 16
CHARS_FLOOR = 160

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# a digit or symbol with a letter on at least one side ("wh0re", "1diot"), not "3 patients"
_LEET_RUN = re.compile(r"(?<=[^\W\d_])[013457@$]+|[013457@$]+(?=[^\W\d_])")
_REPEATS = re.compile(r"(.)\1{2,}")
_TOKEN = re.compile(
    r"[^\W_]+(?:['’*][^\W_]+)*|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
)
_PRIME = np.uint64(0x100000001B3)


@dataclass(frozen=True)
class Features:
    """Sparse features of `n` texts as parallel arrays: text index, bucket, value."""

    n: int
    rows: np.ndarray  # int64
    buckets: np.ndarray  # int64, in [0, 2**bits)
    values: np.ndarray  # float32, +-1/sqrt(block count)


def normalise(text: str) -> list[str]:
    """The tokens of one message, after the normalisation in the module docstring."""
    folded = text.casefold()
    folded = _LEET_RUN.sub(lambda m: m.group().translate(_LEET), folded)
    folded = _REPEATS.sub(r"\1\1", folded)
    return _TOKEN.findall(folded)


def _mix(h: np.ndarray, seed: int) -> np.ndarray:
    """splitmix64's finaliser over uint64 arrays (wrapping arithmetic), salted per n-gram kind."""
    z = h + np.uint64((seed * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def _char_ngrams(strings: list[str], sizes: Sequence[int], salt: int) -> tuple:
    """(row, hash) of every character n-gram of every string, n in `sizes`, vectorised over
    one array of code points with a NUL between strings (no n-gram crosses a NUL)."""
    lengths = np.fromiter((len(s) for s in strings), dtype=np.int64, count=len(strings))
    joined = "\x00".join(strings) + "\x00"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.repeat(np.arange(len(strings), dtype=np.int64), lengths + 1)
    breaks = np.concatenate(([0], np.cumsum(codes == 0)))
    rows, hashes = [], []
    rolling = codes.copy()
    for n in range(1, max(sizes) + 1):
        if n > 1:
            rolling = rolling[:-1] * _PRIME + codes[n - 1 :]
        if n in sizes:
            count = len(rolling)
            clean = breaks[n : n + count] == breaks[:count]
            rows.append(owner[:count][clean])
            hashes.append(_mix(rolling[clean], salt + n))
    return np.concatenate(rows), np.concatenate(hashes)


def _word_ngrams(tokens: list[list[str]], salt: int) -> tuple:
    ids: dict[str, int] = {}
    flat = [
        ids.setdefault(t, zlib.crc32(t.encode("utf-8", "surrogatepass"))) for d in tokens for t in d
    ]
    lengths = np.fromiter((len(d) for d in tokens), dtype=np.int64, count=len(tokens))
    owner = np.repeat(np.arange(len(tokens), dtype=np.int64), lengths)
    h = np.asarray(flat, dtype=np.uint64)
    unigrams = _mix(h, salt + 1)
    same = owner[1:] == owner[:-1] if len(owner) else np.zeros(0, dtype=bool)
    bigrams = _mix(h[:-1][same] * _PRIME + h[1:][same], salt + 2)
    return np.concatenate((owner, owner[:-1][same])), np.concatenate((unigrams, bigrams))


def featurize(texts: Sequence[str], bits: int) -> Features:
    """The hashed features of `texts` (see the module docstring)."""
    n = len(texts)
    tokens = [normalise(t) for t in texts]
    spaced = [" " + " ".join(d) + " " if d else "" for d in tokens]
    blocks = (
        _word_ngrams(tokens, salt=100),
        _char_ngrams(spaced, CHAR_SIZES, salt=200),
    )
    mask = np.uint64((1 << bits) - 1)
    all_rows, all_buckets, all_values = [], [], []
    for (rows, hashes), floor in zip(blocks, (WORDS_FLOOR, CHARS_FLOOR), strict=True):
        counts = np.bincount(rows, minlength=n).astype(np.float32)
        scale = (1.0 / np.sqrt(np.maximum(counts, floor))).astype(np.float32)
        sign = np.where((hashes >> np.uint64(63)) == 1, -1.0, 1.0).astype(np.float32)
        all_rows.append(rows)
        all_buckets.append((hashes & mask).astype(np.int64))
        all_values.append(sign * scale[rows])
    return Features(
        n=n,
        rows=np.concatenate(all_rows),
        buckets=np.concatenate(all_buckets),
        values=np.concatenate(all_values),
    )


def linear_scores(features: Features, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Logits (texts x labels) of a linear model over the features: `weights` is
    (labels x 2**bits), `bias` (labels,)."""
    out = np.empty((features.n, len(bias)), dtype=np.float64)
    for label in range(len(bias)):
        contributions = features.values * weights[label, features.buckets]
        out[:, label] = np.bincount(features.rows, contributions, minlength=features.n)
    return out + bias


# Messages whose features are hashed into the model's manifest at training time: a change to
# this module that would make the shipped weights read different features fails a test until
# the model is retrained (`make model`).
PROBES = (
    "you're a useless cow Megan",
    "I'll 5mash ur face in, watch your back",
    "sooooo tired after nights 😂😂",
    "the dementia lot on my ward are basically furniture",
    "",
    "ok",
)


def fingerprint(bits: int) -> str:
    """sha256 of the features of PROBES: equal means the same features as at training time."""
    import hashlib

    f = featurize(PROBES, bits)
    digest = hashlib.sha256()
    for array in (f.rows.astype("<i8"), f.buckets.astype("<i8"), f.values.astype("<f4")):
        digest.update(array.tobytes())
    return digest.hexdigest()
