"""Arrow and numpy views over an export's UTF-8 bytes, for the vectorised parse
(audit/parse/parsing.py): line bounds found by numpy, lines and message texts as Arrow string
arrays over the same buffer (one copy at most), masks and numbers out of Arrow arrays, and
pandas string columns that share their buffers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

LEAN_FROM = 16 << 20  # bytes of text from which Arrow should hand freed memory back at once


def line_bounds(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive, before '\\n') of every line; trailing empty lines dropped."""
    buffer = np.frombuffer(data, dtype=np.uint8)
    chunk = 1 << 24  # a whole-file boolean temporary would cost as much memory as the file
    newlines = np.concatenate(
        [np.flatnonzero(buffer[i : i + chunk] == 10) + i for i in range(0, len(buffer), chunk)]
        or [np.zeros(0, dtype=np.int64)]
    )
    starts = np.concatenate(([0], newlines + 1)).astype(np.int64)
    ends = np.concatenate((newlines, [len(data)])).astype(np.int64)
    nonempty = np.flatnonzero(ends > starts)
    if len(nonempty) == 0:
        return starts[:0], ends[:0]
    keep = nonempty[-1] + 1  # the export's final newline and blank lines end no message
    return starts[:keep], ends[:keep]


def _offsets(values: np.ndarray, size: int) -> tuple[pa.DataType, pa.Buffer]:
    large = size >= 2**31 - 1
    dtype = np.int64 if large else np.int32
    return (pa.large_string() if large else pa.string()), pa.py_buffer(values.astype(dtype))


def lines_array(data: bytes, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
    """Every line as one string (with its '\\n'), over the data buffer without copying."""
    kind, offsets = _offsets(np.append(starts, ends[-1]), len(data))
    return pa.Array.from_buffers(kind, len(starts), [None, offsets, pa.py_buffer(data)])


def slices(data: bytes, begin: np.ndarray, end: np.ndarray) -> pa.Array:
    """data[begin[i]:end[i]] for every i, as one string array (one copy, in C)."""
    bounds = np.empty(2 * len(begin) + 2, dtype=np.int64)
    bounds[0], bounds[-1] = 0, len(data)
    bounds[1:-1:2], bounds[2:-1:2] = begin, end
    if (np.diff(bounds) < 0).any():  # would make an invalid Arrow array; never expected
        raise RuntimeError("message bounds out of order; please report this export's layout")
    kind, offsets = _offsets(bounds, len(data))
    pieces = pa.Array.from_buffers(kind, len(bounds) - 1, [None, offsets, pa.py_buffer(data)])
    odd = np.zeros(len(bounds) - 1, dtype=bool)
    odd[1::2] = True
    texts = pieces.filter(pa.array(odd))  # filter copies strings faster than take
    return texts.cast(pa.string()) if kind == pa.large_string() else texts


def lean_memory_pool() -> None:
    """Make Arrow return freed memory to the system at once (jemalloc, no decay delay).

    The parse frees large intermediates (regex results, the line table) just before it
    allocates the next ones; Arrow's default allocator keeps freed pages around, which on a
    100 MB export adds about 50 MB to the peak. This changes Arrow's process-wide default
    pool, once; builds without jemalloc keep their pool."""
    global _LEAN
    if _LEAN:
        return
    _LEAN = True
    try:
        pa.set_memory_pool(pa.jemalloc_memory_pool())
        pa.jemalloc_set_decay_ms(0)
    except (NotImplementedError, pa.ArrowException):
        pass


_LEAN = False


def mask(array) -> np.ndarray:
    return np.asarray(array.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)


def lengths(strings: pa.Array) -> np.ndarray:
    return pc.binary_length(strings).to_numpy(zero_copy_only=False).astype(np.int64)


def ints(strings: pa.Array) -> np.ndarray:
    # int32 halves the temporaries of the date arithmetic; fields have at most four digits.
    return pc.cast(strings, pa.int32()).to_numpy(zero_copy_only=False)


def repeated(value: str, n: int, block: int = 1 << 16) -> pd.arrays.ArrowStringArray:
    """`value` n times, as chunks that all share one block's buffers (the path of a big chat
    repeated a million times would otherwise cost ~50 MB)."""
    chunk = pa.nulls(min(n, block), pa.string()).fill_null(value)
    chunks = [chunk] * (n // block) + ([chunk.slice(0, n % block)] if n % block else [])
    return pd.arrays.ArrowStringArray(pa.chunked_array(chunks or [chunk.slice(0, 0)], pa.string()))


def strings(array: pa.Array) -> pd.arrays.ArrowStringArray:
    return pd.arrays.ArrowStringArray(pa.chunked_array([array]))
