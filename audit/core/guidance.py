"""The guidance catalogue: passages from the guidance documents that rules cite.

The default catalogue is `audit/core/data/guidance.toml`. `--guidance FILE` (same layout) extends
it, entry by entry (an entry with an existing id replaces it), or replaces it whole when the
file says `replace = true` at the top. Institutions use this for their own PCPS policy or
another regulator's code (NMC, Social Work England, teaching standards)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from audit.core.errors import UsageError
from audit.core.files import read_small_text


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    url: str | None = None


@dataclass(frozen=True)
class Guidance:
    id: str
    source: Source
    title: str
    text: str
    kind: str = "quote"  # "quote" (verbatim) or "paraphrase"
    standard: str | None = None  # e.g. "HCPC 5.1"
    url: str | None = None  # the passage's own address, else the source's

    @property
    def link(self) -> str | None:
        return self.url or self.source.url


@dataclass(frozen=True)
class NextStep:
    text: str
    guidance: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    entries: dict[str, Guidance]
    next_steps: tuple[NextStep, ...] = ()
    origins: tuple[str, ...] = field(default=())  # files it was read from, for the report

    def __getitem__(self, guidance_id: str) -> Guidance:
        return self.entries[guidance_id]

    def __contains__(self, guidance_id: object) -> bool:
        return guidance_id in self.entries

    def missing(self, ids: Iterable[str]) -> list[str]:
        return [i for i in ids if i not in self.entries]


_DEFAULT = "guidance.toml"


def _read_toml(text: str, origin: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"guidance file {origin} is not valid TOML: {exc}") from None


# What a guidance file may hold. Anything else is refused by name, so a misspelt field
# ("standrd") or table ([[entry]]) is reported instead of silently leaving the entry without it.
_TOP_LEVEL = ("replace", "source", "guidance", "next_step")
_FIELDS = {
    "source": ("id", "title", "publisher", "url"),
    "guidance": ("id", "source", "title", "text", "kind", "standard", "url"),
    "next_step": ("text", "guidance"),
}
_LAYOUT_HINT = "see audit/core/data/guidance.toml for the layout"


def _check_names(data: dict, origin: str) -> None:
    unknown = [key for key in data if key not in _TOP_LEVEL]
    if unknown:
        raise UsageError(
            f"guidance file {origin}: unknown key {unknown[0]!r} (a guidance file holds "
            f"{', '.join(_TOP_LEVEL)})",
            _LAYOUT_HINT,
        )


def _tables(data: dict, key: str, origin: str) -> list[dict]:
    """The [[key]] entries of a guidance file, each checked to be a table of known fields."""
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise UsageError(
            f"guidance file {origin}: '{key}' must be a list of [[{key}]] tables", _LAYOUT_HINT
        )
    for entry in entries:
        unknown = [name for name in entry if name not in _FIELDS[key]]
        if unknown:
            raise UsageError(
                f"guidance file {origin}: [[{key}]] {entry.get('id', '')!r} has an unknown "
                f"field {unknown[0]!r} (known: {', '.join(_FIELDS[key])})",
                _LAYOUT_HINT,
            )
    return entries


def _text(raw: dict, name: str, origin: str, required: bool = True) -> str | None:
    value = raw.get(name)
    if value is None and not required:
        return None
    if value is None:
        raise KeyError(name)
    if not isinstance(value, str) or not value.strip():
        raise UsageError(
            f"guidance file {origin}: the field {name!r} of entry {raw.get('id')!r} must be "
            f"non-empty text, not {value!r}",
            "see audit/core/data/guidance.toml for the layout",
        )
    return value


def _parse(data: dict, origin: str, sources: dict[str, Source]) -> tuple[dict, list[NextStep]]:
    _check_names(data, origin)
    try:
        for raw in _tables(data, "source", origin):
            source_id = _text(raw, "id", origin)
            sources[source_id] = Source(
                id=source_id,
                title=_text(raw, "title", origin),
                publisher=_text(raw, "publisher", origin, required=False) or "",
                url=_text(raw, "url", origin, required=False),
            )
        entries: dict[str, Guidance] = {}
        for raw in _tables(data, "guidance", origin):
            guidance_id = _text(raw, "id", origin)
            source = _text(raw, "source", origin)
            if source not in sources:
                raise UsageError(
                    f"guidance file {origin}: entry {guidance_id!r} names unknown source "
                    f"{source!r}",
                    "declare it in a [[source]] table",
                )
            kind = raw.get("kind", "quote")
            if kind not in ("quote", "paraphrase"):
                raise UsageError(
                    f"guidance file {origin}: entry {guidance_id!r} has kind {kind!r}",
                    "use kind = 'quote' or 'paraphrase'",
                )
            entries[guidance_id] = Guidance(
                id=guidance_id,
                source=sources[source],
                title=_text(raw, "title", origin),
                text=_text(raw, "text", origin),
                kind=kind,
                standard=_text(raw, "standard", origin, required=False),
                url=_text(raw, "url", origin, required=False),
            )
        steps = []
        for raw in _tables(data, "next_step", origin):
            refs = raw.get("guidance", [])
            if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
                raise UsageError(
                    f"guidance file {origin}: a next_step's 'guidance' must be a list of ids"
                )
            steps.append(NextStep(_text(raw, "text", origin), tuple(refs)))
    except KeyError as exc:
        raise UsageError(
            f"guidance file {origin}: an entry lacks the field {exc.args[0]!r}",
            "see audit/core/data/guidance.toml for the layout",
        ) from None
    return entries, steps


def load_catalogue(extra_files: Iterable[Path | str] = ()) -> Catalogue:
    default_text = resources.files("audit.core.data").joinpath(_DEFAULT).read_text(encoding="utf-8")
    sources: dict[str, Source] = {}
    entries, steps = _parse(_read_toml(default_text, _DEFAULT), _DEFAULT, sources)
    origins = [_DEFAULT]
    for path in extra_files:
        path = Path(path)
        data = _read_toml(read_small_text(path, "guidance file"), str(path))
        if not isinstance(data.get("replace", False), bool):
            raise UsageError(f"guidance file {path}: 'replace' must be true or false")
        if data.get("replace"):
            sources, entries, steps, origins = {}, {}, [], []
        more, more_steps = _parse(data, str(path), sources)
        entries.update(more)
        steps.extend(more_steps)
        origins.append(str(path))
    return Catalogue(entries=entries, next_steps=tuple(steps), origins=tuple(origins))
