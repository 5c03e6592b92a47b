"""Find the message headers of an export: a sample of lines tells which header layout the file
uses (audit/parse/layouts.py), then that layout's strict regex runs over every line in C (RE2
via pyarrow, on two threads for big files). The groups are kept as numbers (`Headers`)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from audit.core.errors import InputError
from audit.parse import arrays, layouts

SAMPLE_LINES = 2000  # from the start and from the middle, to find the layout
PARALLEL_FROM = 100_000  # lines; below this two threads cost more than they save

_ANY_HEADER = "|".join(f"(?:{layouts._unnamed(p.pattern)})" for p in layouts._PERMISSIVE.values())


@dataclass
class Headers:
    """What the parser keeps of the header lines' regex groups: numbers, not strings."""

    line: np.ndarray  # index of each header line
    before_author: np.ndarray  # byte length of the header up to the author
    fields: dict[str, np.ndarray]  # f1 f2 f3 H M [S]: int32
    widths: dict[str, int]  # most digits seen in f1, f2, f3 (a 4-digit year)
    pm: np.ndarray | None  # 12-hour clocks: afternoon
    author: pa.Array  # as written ('' for none)


def find_headers(data: bytes, where: str):
    """Line bounds, the file's header variant, the header lines' regex groups, their line
    numbers, and how many other lines look like a header of another layout."""
    starts, ends = arrays.line_bounds(data)
    if len(starts) == 0:
        raise InputError(f"{where} is empty", "export the chat again from WhatsApp")
    found = layouts.detect(_sample(data, starts, ends))
    if found is None:
        raise InputError(
            f"{where} does not look like a WhatsApp chat: no line starts with a message "
            "header (date, time, name)",
            "pass the .txt or .zip from WhatsApp's 'Export chat'; expected lines like "
            "'31/12/2024, 21:05 - Name: text' or '[31/12/2024, 21:05:09] Name: text'",
        )
    variant, _ = found
    lines = arrays.lines_array(data, starts, ends)
    heads, is_header = _extract_headers(lines, variant)
    header_lines = heads.line
    if len(header_lines) == 0:
        raise InputError(f"{where} has no message header lines", "is it a WhatsApp export?")
    odd = _count_odd_headers(lines, is_header)
    return starts, ends, variant, heads, header_lines, odd


def _sample(data: bytes, starts: np.ndarray, ends: np.ndarray) -> list[str]:
    n = len(starts)
    picks = [range(0, min(n, SAMPLE_LINES))]
    if n > 2 * SAMPLE_LINES:
        middle = n // 2
        picks.append(range(middle, min(n, middle + SAMPLE_LINES)))
    return [data[starts[i] : ends[i]].decode("utf-8", errors="replace") for r in picks for i in r]


def _extract_headers(lines: pa.Array, variant: layouts.Variant) -> tuple[Headers, np.ndarray]:
    """The header lines' groups and which lines are headers. Each group is turned into numbers
    as soon as it is extracted, so the regex's string results never pile up; big files run in
    two halves on two threads (RE2 in pyarrow releases the GIL)."""
    pattern = variant.regex()
    names = ["f1", "f2", "f3", "H", "M"] + (["S"] if variant.seconds else [])

    def one(start: int, part: pa.Array) -> tuple[Headers, np.ndarray]:
        matches = pc.extract_regex(part, pattern=pattern)
        is_header = matches.is_valid().to_numpy(zero_copy_only=False)
        keep = pa.array(is_header)

        def group(name: str) -> pa.Array:
            return matches.field(name).filter(keep)

        fields = {name: arrays.ints(group(name)) for name in names}
        widths = {f: int(pc.max(pc.binary_length(group(f))).as_py() or 0) for f in names[:3]}
        pm = None
        if variant.twelve_hour:
            pm = arrays.mask(pc.match_substring_regex(group("ap"), "^(?:[Pp]|nachm)"))
        found = Headers(
            line=np.flatnonzero(is_header) + start,
            before_author=arrays.lengths(group("hdr")),
            fields=fields,
            widths=widths,
            pm=pm,
            author=group("author"),
        )
        return found, is_header

    if len(lines) < PARALLEL_FROM:
        return one(0, lines)
    half = len(lines) // 2
    with ThreadPoolExecutor(2) as pool:
        (first, mask1), (second, mask2) = pool.map(one, [0, half], [lines[:half], lines[half:]])
    joined = Headers(
        line=np.concatenate([first.line, second.line]),
        before_author=np.concatenate([first.before_author, second.before_author]),
        fields={k: np.concatenate([first.fields[k], second.fields[k]]) for k in first.fields},
        widths={k: max(first.widths[k], second.widths[k]) for k in first.widths},
        pm=None if first.pm is None else np.concatenate([first.pm, second.pm]),
        author=pa.concat_arrays([first.author, second.author]),
    )
    return joined, np.concatenate([mask1, mask2])


def _count_odd_headers(lines: pa.Array, is_header: np.ndarray) -> int:
    others = lines.filter(pa.array(~is_header))  # continuation lines: few, so a small copy
    if len(others) == 0:
        return 0
    return int(np.count_nonzero(arrays.mask(pc.match_substring_regex(others, _ANY_HEADER))))
