"""How a message's text is shown: cut into segments that a template escapes one by one.

Three things change what a reader sees of a message, and they are resolved here on the whole
text before it is cut, so no boundary can let part of a hidden value through:
- masks: confidentiality evidence, replaced whole by its entity type (`[PERSON]`);
- names: a member's name, replaced whole by their pseudonym ("Member 3");
- highlights: the evidence a rule matched, marked but shown (unless masked).
Nothing here builds markup: the template styles each segment by its flags."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from reports.privacy import Pseudonymiser


@dataclass(frozen=True)
class Segment:
    """A piece of a message. The template escapes `text` and styles it by the flags."""

    text: str
    highlight: bool = False  # evidence the rule matched
    masked: bool = False  # confidentiality evidence replaced by its entity type
    pseudonym: bool = False  # a member's name replaced by "Member N"
    label: str = ""  # the span's label (entity type, "insult"...)


def _clamp(spans: Iterable[tuple], length: int) -> list[tuple]:
    out = []
    for start, end, *rest in spans:
        start, end = max(0, int(start)), min(length, int(end))
        if start < end:
            out.append((start, end, *rest))
    return sorted(out, key=lambda s: (s[0], s[1]))


def name_spans(pseudo: Pseudonymiser, text: str) -> list[tuple[int, int, str]]:
    """Where members are named in `text`, with what replaces them. Found on the whole text
    before it is cut into segments, so a highlight boundary can never split a name and let
    half of it through."""
    return pseudo.spans(text) if pseudo.active else []


def segments(
    text: str,
    highlights: Sequence[tuple[int, int, str]] = (),
    masks: Sequence[tuple[int, int, str]] = (),
    names: Sequence[tuple[int, int, str]] = (),
) -> list[Segment]:
    """Cut `text` into segments. Masks and names are replaced whole (a mask wins where they
    overlap); highlights mark evidence and may cover either."""
    n = len(text)
    atoms: list[list] = []
    for start, end, kind, value in sorted(
        [(s, e, "mask", lbl) for s, e, lbl in _clamp(masks, n)]
        + [(s, e, "name", rep) for s, e, rep in _clamp(names, n)]
    ):
        if atoms and start < atoms[-1][1]:
            atoms[-1][1] = max(atoms[-1][1], end)
            if kind == "mask" and atoms[-1][2] != "mask":
                atoms[-1][2:] = ["mask", value]
        else:
            atoms.append([start, end, kind, value])
    marks = _clamp(highlights, n)

    def mark_label(start: int, end: int) -> str | None:
        hits = [lbl for s, e, lbl, *_ in marks if s < end and start < e]
        return (hits[0] or "evidence") if hits else None

    def plain(start: int, end: int) -> list[Segment]:
        cuts = sorted({start, end} | {p for s, e, *_ in marks for p in (s, e) if start < p < end})
        out = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            label = mark_label(a, b)
            out.append(Segment(text[a:b], highlight=label is not None, label=label or ""))
        return out

    out: list[Segment] = []
    cursor = 0
    for start, end, kind, value in atoms:
        out.extend(plain(cursor, start))
        label = mark_label(start, end)
        if kind == "mask":
            out.append(Segment(f"[{value}]", highlight=label is not None, masked=True, label=value))
        else:
            out.append(
                Segment(value, highlight=label is not None, pseudonym=True, label=label or "")
            )
        cursor = end
    out.extend(plain(cursor, n))
    return [s for s in out if s.text]


def scrub(text: str, hidden: Iterable[tuple[str, str]], pseudo: Pseudonymiser) -> str:
    """Free text written by a detector about a message (its explanation) may quote the
    evidence: hide what the masks hide, then pseudonymise names."""
    for value, label in sorted(hidden, key=lambda h: -len(h[0])):
        if len(value.strip()) >= 2:
            text = text.replace(value, f"[{label}]")
    return pseudo.text(text) or ""


def safe_link(url: str | None) -> str | None:
    """Only web links become links: a --guidance file could hold a `javascript:` URL."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None
