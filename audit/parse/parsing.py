"""Parse a WhatsApp export into the messages frame (audit/core/schema.py).

The parse is vectorised so a million-message export takes seconds, not minutes:
1. the UTF-8 bytes are split into lines once (numpy finds the '\\n's); the lines become an
   Arrow string array over the same buffer, without copying;
2. a sample of lines tells which header layout the file uses (audit/parse/layouts.py), and that
   layout's strict regex runs over every line in C (RE2 via pyarrow);
3. a message is a header line plus the lines after it up to the next header, so its text is one
   slice of the buffer: all slices are cut out of the buffer in one Arrow `filter` (an
   "edited" note is cut off by ending the slice before it);
4. dates come from whole columns: the day/month order is decided on the whole file
   (audit/parse/dateorder.py), then timestamps are computed with integer arithmetic.
Nothing of the export is dropped: every line belongs to exactly one message, and text before
the first header is kept as a system message and reported in `notes`.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit.core.errors import InputError, UsageError
from audit.core.results import ParsedChat
from audit.core.schema import KIND_DTYPE, KINDS
from audit.parse import dateorder, layouts
from audit.parse.sources import Source, normalise_line_ends, read_export

DATE_ORDERS = dateorder.ORDERS
SAMPLE_LINES = 2000  # from the start and from the middle, to find the layout
LEAN_FROM = 16 << 20  # bytes of text from which Arrow should hand freed memory back at once
PARALLEL_FROM = 100_000  # lines; below this two threads cost more than they save
# WhatsApp does not send a message longer than this many characters. A longer one is a pasted
# document glued into one line or a damaged or hostile export: scans analyse its first
# MAX_MESSAGE_CHARS characters only (audit.app), so it cannot stall them.
MAX_MESSAGE_CHARS = 65_536

_KIND = {kind: code for code, kind in enumerate(KINDS)}
_EDITED = re.compile(layouts.EDITED_REGEX)
_ANY_HEADER = "|".join(f"(?:{layouts._unnamed(p.pattern)})" for p in layouts._PERMISSIVE.values())


def parse_export(path: Path | str, date_order: str | None = None) -> ParsedChat:
    """Read a .txt or .zip export into a ParsedChat."""
    order = _check_order(date_order)
    return parse_source(read_export(path), order)


def read_messages(path: Path | str, date_order: str | None = None) -> pd.DataFrame:
    """The messages frame of an export."""
    return parse_export(path, date_order).messages


def parse_text(text: str, chat: str = "<text>", date_order: str | None = None) -> ParsedChat:
    """Parse chat text already in memory (tests, other tools)."""
    data, endings = normalise_line_ends(text.lstrip("\ufeff").encode("utf-8"))
    return parse_source(Source(chat, None, data, "utf-8", endings), _check_order(date_order))


def _check_order(date_order: str | None) -> str | None:
    if date_order is None:
        return None
    order = date_order.upper()
    if order not in DATE_ORDERS:
        raise UsageError(f"unknown date order {date_order!r}", "use DMY, MDY or YMD")
    return order


def parse_source(source: Source, date_order: str | None = None) -> ParsedChat:
    # Each step is its own function so its large temporaries are freed when it returns.
    data = source.data
    if len(data) > LEAN_FROM:
        _lean_memory_pool()
    where = f"{source.chat}:{source.member}" if source.member else source.chat
    starts, ends, variant, heads, header_lines, odd = _find_headers(data, where)
    notes: list[str] = []
    if source.replaced_lines:
        notes.append(
            f"{source.replaced_lines} line(s) held bytes that are not valid text (a stray byte, "
            "or an emoji cut off); each such byte is shown as \ufffd."
        )
    body_start, body_end, author, preamble = _text_bounds(data, starts, ends, header_lines, heads)
    edited = _cut_edit_markers(data, starts, ends, header_lines, body_start, body_end, preamble)
    if preamble:
        notes.append(
            f"{header_lines[0]} line(s) before the first message header were kept as a "
            "system message (no author, no time)."
        )
    stamps, decided, year_digits, impossible = _timestamps(heads, variant, date_order, where)
    del heads  # before the texts are copied out: the two together would set the peak memory
    texts = _slices(data, body_start, body_end)
    del body_start, body_end
    if impossible:
        notes.append(
            f"{impossible} message(s) have a date or time that does not exist when read "
            f"as {decided.order}; their timestamp is empty."
        )
    texts, author, kind = _kinds(texts, author, preamble)
    # Bytes bound characters from above: only texts this long in bytes need counting.
    long_bytes = _mask(pc.greater(pc.binary_length(texts), MAX_MESSAGE_CHARS))
    if long_bytes.any():
        lengths = pc.utf8_length(texts.filter(pa.array(long_bytes))).to_numpy()
        too_long = int(np.count_nonzero(lengths > MAX_MESSAGE_CHARS))
        if too_long:
            notes.append(
                f"{too_long} message(s) are longer than WhatsApp allows ({MAX_MESSAGE_CHARS:,} "
                f"characters; the longest has {int(lengths.max()):,}): scans analyse the first "
                f"{MAX_MESSAGE_CHARS:,} characters of each."
            )

    line = np.append(0, header_lines) if preamble else header_lines
    if preamble:
        stamps = np.append(np.datetime64("NaT", "s"), stamps)
    n = len(line)
    frame = pd.DataFrame(
        {
            "message_id": np.arange(n, dtype=np.int64),
            "chat": _repeated(source.chat, n),
            "line": (line + 1).astype(np.int32),
            "timestamp": stamps,
            "author": _strings(author),
            "kind": pd.Categorical.from_codes(kind, dtype=KIND_DTYPE),
            "edited": edited,
            "text": _strings(texts),
        }
    )

    skipped = 0 if preamble else int(header_lines[0])  # blank lines before the first header
    if skipped:
        notes.append(f"{skipped} blank line(s) before the first message were skipped.")
    continuation = len(starts) - len(header_lines) - int(header_lines[0])
    if continuation:
        notes.append(
            f"{continuation} line(s) without a header were joined to the message before "
            "them (multi-line messages)."
        )
    if odd:
        notes.append(
            f"{odd} line(s) look like a header in another layout than the file's "
            f"({variant.layout.name}); they were kept as message text."
        )
    if decided.ambiguous:
        other = next(o for o in decided.alternatives + DATE_ORDERS if o != decided.order)
        notes.append(
            f"Day/month order is ambiguous; read as {decided.order}. If the dates look wrong, "
            f"run again with --date-order {other}."
        )
    return ParsedChat(
        messages=frame,
        chat=source.chat,
        member=source.member,
        layout=variant.describe(decided.order, year_digits),
        date_order=decided.order,
        date_order_note=decided.note,
        ambiguous=decided.ambiguous,
        encoding=source.encoding,
        line_endings=source.line_endings,
        lines=len(starts),
        notes=notes,
    )


def _find_headers(data: bytes, where: str):
    """Line bounds, the file's header variant, the header lines' regex groups, their line
    numbers, and how many other lines look like a header of another layout."""
    starts, ends = _line_bounds(data)
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
    lines = _lines_array(data, starts, ends)
    heads, is_header = _extract_headers(lines, variant)
    header_lines = heads.line
    if len(header_lines) == 0:
        raise InputError(f"{where} has no message header lines", "is it a WhatsApp export?")
    odd = _count_odd_headers(lines, is_header)
    return starts, ends, variant, heads, header_lines, odd


def _text_bounds(data: bytes, starts, ends, header_lines, heads):
    """Where each message's text starts and ends in the buffer; the authors (emptied where
    the 'author' was really a quoted name in a system notice); whether a preamble exists."""
    author = heads.author
    before_author = heads.before_author
    author_length = _lengths(author)
    head_starts = starts[header_lines]
    after_colon = head_starts + before_author + author_length + 1
    space = np.frombuffer(data, dtype=np.uint8)[np.minimum(after_colon, len(data) - 1)] == 32
    colon = np.where(author_length > 0, 1 + (space & (after_colon < len(data))), 0)
    # 'Bob changed the subject to "Year 2: placements"' has no author: the colon is quoted.
    quoted = _mask(pc.match_substring_regex(author, layouts.SYSTEM_AUTHOR_REGEX))
    if quoted.any():
        author = pc.if_else(pa.array(quoted), "", author)
        author_length = np.where(quoted, 0, author_length)
        colon = np.where(quoted, 0, colon)
    body_start = np.minimum(head_starts + before_author + author_length + colon, ends[header_lines])
    body_end = ends[np.append(header_lines[1:] - 1, len(starts) - 1)]
    first = header_lines[0]
    preamble = bool(first > 0 and data[: ends[first - 1]].strip() != b"")
    if preamble:
        body_start = np.append(0, body_start)
        body_end = np.append(ends[first - 1], body_end)
    return body_start, body_end, author, preamble


def _timestamps(heads: Headers, variant: layouts.Variant, date_order: str | None, where: str):
    """Timestamps of the headers (NaT where the date cannot exist), the date order decided
    on the whole file, the year's digit count, and how many timestamps are impossible.
    A --date-order that makes dates impossible where the file's own order does not stops the
    parse: silently emptying those timestamps would drop their findings."""
    f1, f2, f3, hour, minute = (heads.fields[g] for g in ("f1", "f2", "f3", "H", "M"))
    second = heads.fields["S"] if variant.seconds else 0
    decided = dateorder.infer(*_runs(f1, f2, f3), date_order)
    year, month, day = dateorder.split(decided.order, f1, f2, f3)
    if date_order is not None:
        _check_forced_order(date_order, heads, f1, f2, f3, year, month, day, where)
    if heads.pm is not None:
        pm = heads.pm
        hour = np.where(pm & (hour < 12), hour + 12, np.where(~pm & (hour == 12), 0, hour))
    ok = dateorder.valid_dates(year, month, day) & (hour < 24) & (minute < 60) & (second < 60)
    days = _days_from_civil(year, month, day).astype(np.int64)
    seconds = days * 86400 + (hour * 3600 + minute * 60 + second)
    stamps = np.where(ok, seconds, np.iinfo(np.int64).min).view("datetime64[s]")
    year_digits = heads.widths[f"f{decided.order.index('Y') + 1}"]
    return stamps, decided, year_digits, int(np.count_nonzero(~ok))


def _check_forced_order(order: str, heads: Headers, f1, f2, f3, year, month, day, where: str):
    bad = np.flatnonzero(~dateorder.valid_dates(year, month, day))
    if len(bad) == 0:
        return
    inferred = dateorder.infer(*_runs(f1, f2, f3))
    if inferred.order == order:
        return  # the file's own order has the same impossible dates: not the option's fault
    first = bad[0]
    raise InputError(
        f"--date-order {order} makes {len(bad)} date(s) in {where} impossible (the first on "
        f"line {int(heads.line[first]) + 1}: day {int(day[first])} of month {int(month[first])})"
        f"; the file reads as {inferred.order}",
        f"run without --date-order, or with --date-order {inferred.order}",
    )


def _cut_edit_markers(data, starts, ends, header_lines, body_start, body_end, preamble):
    """Which messages end with WhatsApp's '<This message was edited>' note; their text end
    (body_end, changed in place) moves before the note, so the texts are cut without it and
    never copied twice. The note is on a message's last line: one regex pass over the lines."""
    lines = _lines_array(data, starts, ends)
    marked_lines = _mask(pc.match_substring_regex(lines, layouts.EDITED_LINE_REGEX))
    last_line = np.append(header_lines[1:] - 1, len(starts) - 1)
    edited = marked_lines[last_line]
    offset = int(preamble)
    for k in np.flatnonzero(edited):
        line = last_line[k]
        text = data[starts[line] : ends[line]].decode("utf-8")
        note = _EDITED.search(text)
        cut = ends[line] - len(text[note.start() :].encode("utf-8"))
        body_end[k + offset] = max(body_start[k + offset], cut)
    return np.append(False, edited) if preamble else edited


def _kinds(texts: pa.Array, author: pa.Array, preamble: bool):
    """Texts without edit markers, authors (null for system messages), kind codes, edited."""
    author = pc.utf8_trim(author, characters=layouts.INVISIBLE)
    has_author = _mask(pc.not_equal(author, ""))
    # Independent regex passes in C on two threads; the media pattern costs several times the
    # deleted one, so its pass is split in two halves to keep both cores busy.
    half = len(texts) // 2
    jobs = (
        (texts[:half], layouts.MEDIA_REGEX),
        (texts[half:], layouts.MEDIA_REGEX),
        (texts, layouts.DELETED_REGEX),
    )
    with ThreadPoolExecutor(2) as pool:
        first, second, deleted = pool.map(
            lambda job: _mask(pc.match_substring_regex(job[0], job[1])), jobs
        )
    media = np.concatenate([first, second])
    offset = int(preamble)
    group = _group_pseudo_authors(texts, author, has_author, offset)
    system = ~has_author
    if group:
        system |= _mask(pc.is_in(author, value_set=pa.array(sorted(group))))
    author = pc.if_else(pa.array(system), pa.scalar(None, pa.string()), author)
    if preamble:
        system = np.append(True, system)
        author = pa.concat_arrays([pa.array([None], pa.string()), author])
    kind = np.where(
        system,
        _KIND["system"],
        np.where(deleted, _KIND["deleted"], np.where(media, _KIND["media"], _KIND["text"])),
    ).astype(np.int8)
    return texts, author, kind


def describe(parsed: ParsedChat) -> str:
    """A one-screen summary of a parsed chat, for `chat-audit parse` without -o."""
    frame = parsed.messages
    people = frame.loc[frame["author"].notna(), "author"]
    counts = frame["kind"].value_counts()
    stamps = frame["timestamp"].dropna()
    where = f"{parsed.chat} ({parsed.member})" if parsed.member else parsed.chat
    out = [
        f"chat:        {where}",
        f"messages:    {len(frame)} ("
        + ", ".join(f"{k} {int(counts.get(k, 0))}" for k in KINDS)
        + ")",
        f"authors:     {people.nunique()}",
    ]
    if len(stamps):
        out.append(f"date range:  {stamps.min():%Y-%m-%d %H:%M} to {stamps.max():%Y-%m-%d %H:%M}")
    out += [
        f"layout:      {parsed.layout}",
        f"date order:  {parsed.date_order}, {parsed.date_order_note}",
        f"encoding:    {parsed.encoding}, {parsed.line_endings} line ends, {parsed.lines} lines",
    ]
    top = people.value_counts().head(10)
    if len(top):
        out.append("most active: " + ", ".join(f"{name} ({n})" for name, n in top.items()))
    out += [f"note:        {note}" for note in parsed.notes]
    return "\n".join(out)


# --- helpers ---------------------------------------------------------------------------------


def _line_bounds(data: bytes) -> tuple[np.ndarray, np.ndarray]:
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


def _lines_array(data: bytes, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
    """Every line as one string (with its '\\n'), over the data buffer without copying."""
    kind, offsets = _offsets(np.append(starts, ends[-1]), len(data))
    return pa.Array.from_buffers(kind, len(starts), [None, offsets, pa.py_buffer(data)])


def _slices(data: bytes, begin: np.ndarray, end: np.ndarray) -> pa.Array:
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


def _sample(data: bytes, starts: np.ndarray, ends: np.ndarray) -> list[str]:
    n = len(starts)
    picks = [range(0, min(n, SAMPLE_LINES))]
    if n > 2 * SAMPLE_LINES:
        middle = n // 2
        picks.append(range(middle, min(n, middle + SAMPLE_LINES)))
    return [data[starts[i] : ends[i]].decode("utf-8", errors="replace") for r in picks for i in r]


@dataclass
class Headers:
    """What the parser keeps of the header lines' regex groups: numbers, not strings."""

    line: np.ndarray  # index of each header line
    before_author: np.ndarray  # byte length of the header up to the author
    fields: dict[str, np.ndarray]  # f1 f2 f3 H M [S]: int32
    widths: dict[str, int]  # most digits seen in f1, f2, f3 (a 4-digit year)
    pm: np.ndarray | None  # 12-hour clocks: afternoon
    author: pa.Array  # as written ('' for none)


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

        fields = {name: _ints(group(name)) for name in names}
        widths = {f: int(pc.max(pc.binary_length(group(f))).as_py() or 0) for f in names[:3]}
        pm = None
        if variant.twelve_hour:
            pm = _mask(pc.match_substring_regex(group("ap"), "^(?:[Pp]|nachm)"))
        found = Headers(
            line=np.flatnonzero(is_header) + start,
            before_author=_lengths(group("hdr")),
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


def _lean_memory_pool() -> None:
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


def _mask(array) -> np.ndarray:
    return np.asarray(array.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)


def _lengths(strings: pa.Array) -> np.ndarray:
    return pc.binary_length(strings).to_numpy(zero_copy_only=False).astype(np.int64)


def _ints(strings: pa.Array) -> np.ndarray:
    # int32 halves the temporaries of the date arithmetic; fields have at most four digits.
    return pc.cast(strings, pa.int32()).to_numpy(zero_copy_only=False)


def _runs(*fields: np.ndarray) -> tuple[np.ndarray, ...]:
    """The fields with consecutive repeats dropped (messages of one day share a date): the
    date order only needs each distinct step, and this makes inferring it cheap."""
    changed = np.ones(len(fields[0]), dtype=bool)
    changed[1:] = np.logical_or.reduce([np.diff(f) != 0 for f in fields])
    return tuple(f[changed] for f in fields)


def _repeated(value: str, n: int, block: int = 1 << 16) -> pd.arrays.ArrowStringArray:
    """`value` n times, as chunks that all share one block's buffers (the path of a big chat
    repeated a million times would otherwise cost ~50 MB)."""
    chunk = pa.nulls(min(n, block), pa.string()).fill_null(value)
    chunks = [chunk] * (n // block) + ([chunk.slice(0, n % block)] if n % block else [])
    return pd.arrays.ArrowStringArray(pa.chunked_array(chunks or [chunk.slice(0, 0)], pa.string()))


def _strings(array: pa.Array) -> pd.arrays.ArrowStringArray:
    return pd.arrays.ArrowStringArray(pa.chunked_array([array]))


def _days_from_civil(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 (proleptic Gregorian), vectorised (H. Hinnant's algorithm)."""
    year = year - (month <= 2)
    era = np.floor_divide(year, 400)
    year_of_era = year - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _group_pseudo_authors(texts, author, has_author, offset: int) -> set[str]:
    """Names that are the group itself (iOS attributes system notices to the group name)."""
    authored_texts = texts[offset:]
    notice = _mask(pc.match_substring_regex(authored_texts, layouts.ENCRYPTION_REGEX))
    names = set(author.filter(pa.array(notice & has_author)).to_pylist())
    # Only where a notice can be: no author (Android), or a body starting with a mark (iOS).
    where = ~has_author | _mask(pc.starts_with(authored_texts, layouts.INVISIBLE[0]))
    candidates = authored_texts.filter(pa.array(where))
    renamed = _mask(pc.match_substring_regex(candidates, layouts.GROUP_NAME_REGEX))
    for text in candidates.filter(pa.array(renamed)).to_pylist():
        name = layouts.group_name(text)
        if name:
            names.add(name.strip(layouts.INVISIBLE))
    names.discard("")
    return names


def _count_odd_headers(lines: pa.Array, is_header: np.ndarray) -> int:
    others = lines.filter(pa.array(~is_header))  # continuation lines: few, so a small copy
    if len(others) == 0:
        return 0
    return int(np.count_nonzero(_mask(pc.match_substring_regex(others, _ANY_HEADER))))
