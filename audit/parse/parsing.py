"""Parse a WhatsApp export into the messages frame (audit/core/schema.py).

The parse is vectorised so a million-message export takes seconds, not minutes:
1. the UTF-8 bytes (audit/parse/sources.py, decoding.py) are split into lines once (numpy
   finds the '\\n's); the lines become an Arrow string array over the same buffer, without
   copying (audit/parse/arrays.py);
2. a sample of lines tells which header layout the file uses (audit/parse/layouts.py), and that
   layout's strict regex runs over every line in C (RE2 via pyarrow; audit/parse/headers.py);
3. a message is a header line plus the lines after it up to the next header, so its text is one
   slice of the buffer: all slices are cut out of the buffer in one Arrow `filter` (an
   "edited" note is cut off by ending the slice before it);
4. dates come from whole columns: the day/month order is decided on the whole file
   (audit/parse/dateorder.py), then timestamps are computed with integer arithmetic
   (audit/parse/timestamps.py).
Nothing of the export is dropped: every line belongs to exactly one message, and text before
the first header is kept as a system message and reported in `notes`; so is a message longer
than WhatsApp allows (audit/parse/long_messages.py).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit.core.errors import UsageError
from audit.core.results import ParsedChat
from audit.core.schema import KIND_DTYPE, KINDS
from audit.parse import arrays, dateorder, headers, layouts, long_messages
from audit.parse.decoding import normalise_line_ends, replaced_note
from audit.parse.sources import Source, read_export
from audit.parse.timestamps import timestamps

DATE_ORDERS = dateorder.ORDERS
_KIND = {kind: code for code, kind in enumerate(KINDS)}
_EDITED = re.compile(layouts.EDITED_REGEX)


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
    if len(data) > arrays.LEAN_FROM:
        arrays.lean_memory_pool()
    where = f"{source.chat}:{source.member}" if source.member else source.chat
    starts, ends, variant, heads, header_lines, odd = headers.find_headers(data, where)
    notes: list[str] = []
    if source.replaced_lines:
        notes.append(replaced_note(source.replaced_lines))
    body_start, body_end, author, preamble = _text_bounds(data, starts, ends, header_lines, heads)
    edited = _cut_edit_markers(data, starts, ends, header_lines, body_start, body_end, preamble)
    if preamble:
        notes.append(
            f"{header_lines[0]} line(s) before the first message header were kept as a "
            "system message (no author, no time)."
        )
    stamps, decided, year_digits, impossible = timestamps(heads, variant, date_order, where)
    del heads  # before the texts are copied out: the two together would set the peak memory
    texts = arrays.slices(data, body_start, body_end)
    del body_start, body_end
    if impossible:
        notes.append(
            f"{impossible} message(s) have a date or time that does not exist when read "
            f"as {decided.order}; their timestamp is empty."
        )
    texts, author, kind = _kinds(texts, author, preamble)
    too_long = long_messages.note(texts)
    if too_long:
        notes.append(too_long)

    line = np.append(0, header_lines) if preamble else header_lines
    if preamble:
        stamps = np.append(np.datetime64("NaT", "s"), stamps)
    n = len(line)
    frame = pd.DataFrame(
        {
            "message_id": np.arange(n, dtype=np.int64),
            "chat": arrays.repeated(source.chat, n),
            "line": (line + 1).astype(np.int32),
            "timestamp": stamps,
            "author": arrays.strings(author),
            "kind": pd.Categorical.from_codes(kind, dtype=KIND_DTYPE),
            "edited": edited,
            "text": arrays.strings(texts),
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
        replaced_lines=source.replaced_lines,
    )


def _text_bounds(data: bytes, starts, ends, header_lines, heads):
    """Where each message's text starts and ends in the buffer; the authors (emptied where
    the 'author' was really a quoted name in a system notice); whether a preamble exists."""
    author = heads.author
    before_author = heads.before_author
    author_length = arrays.lengths(author)
    head_starts = starts[header_lines]
    after_colon = head_starts + before_author + author_length + 1
    space = np.frombuffer(data, dtype=np.uint8)[np.minimum(after_colon, len(data) - 1)] == 32
    colon = np.where(author_length > 0, 1 + (space & (after_colon < len(data))), 0)
    # 'Bob changed the subject to "Year 2: placements"' has no author: the colon is quoted.
    quoted = arrays.mask(pc.match_substring_regex(author, layouts.SYSTEM_AUTHOR_REGEX))
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


def _cut_edit_markers(data, starts, ends, header_lines, body_start, body_end, preamble):
    """Which messages end with WhatsApp's '<This message was edited>' note; their text end
    (body_end, changed in place) moves before the note, so the texts are cut without it and
    never copied twice. The note is on a message's last line: one regex pass over the lines."""
    lines = arrays.lines_array(data, starts, ends)
    marked_lines = arrays.mask(pc.match_substring_regex(lines, layouts.EDITED_LINE_REGEX))
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
    has_author = arrays.mask(pc.not_equal(author, ""))
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
            lambda job: arrays.mask(pc.match_substring_regex(job[0], job[1])), jobs
        )
    media = np.concatenate([first, second])
    offset = int(preamble)
    group = _group_pseudo_authors(texts, author, has_author, offset)
    system = ~has_author
    if group:
        system |= arrays.mask(pc.is_in(author, value_set=pa.array(sorted(group))))
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


def _group_pseudo_authors(texts, author, has_author, offset: int) -> set[str]:
    """Names that are the group itself (iOS attributes system notices to the group name)."""
    authored_texts = texts[offset:]
    notice = arrays.mask(pc.match_substring_regex(authored_texts, layouts.ENCRYPTION_REGEX))
    names = set(author.filter(pa.array(notice & has_author)).to_pylist())
    # Only where a notice can be: no author (Android), or a body starting with a mark (iOS).
    where = ~has_author | arrays.mask(pc.starts_with(authored_texts, layouts.INVISIBLE[0]))
    candidates = authored_texts.filter(pa.array(where))
    renamed = arrays.mask(pc.match_substring_regex(candidates, layouts.GROUP_NAME_REGEX))
    for text in candidates.filter(pa.array(renamed)).to_pylist():
        name = layouts.group_name(text)
        if name:
            names.add(name.strip(layouts.INVISIBLE))
    names.discard("")
    return names
