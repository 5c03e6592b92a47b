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


def _parse(data: dict, origin: str, sources: dict[str, Source]) -> tuple[dict, list[NextStep]]:
    try:
        for raw in data.get("source", []):
            sources[raw["id"]] = Source(
                id=raw["id"],
                title=raw["title"],
                publisher=raw.get("publisher", ""),
                url=raw.get("url"),
            )
        entries: dict[str, Guidance] = {}
        for raw in data.get("guidance", []):
            if raw["source"] not in sources:
                raise UsageError(
                    f"guidance file {origin}: entry {raw['id']!r} names unknown source "
                    f"{raw['source']!r}",
                    "declare it in a [[source]] table",
                )
            entries[raw["id"]] = Guidance(
                id=raw["id"],
                source=sources[raw["source"]],
                title=raw["title"],
                text=raw["text"],
                kind=raw.get("kind", "quote"),
                standard=raw.get("standard"),
                url=raw.get("url"),
            )
        steps = [
            NextStep(s["text"], tuple(s.get("guidance", ()))) for s in data.get("next_step", [])
        ]
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
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise UsageError(f"cannot read guidance file {path}: {reason}") from None
        data = _read_toml(text, str(path))
        if data.get("replace"):
            sources, entries, steps, origins = {}, {}, [], []
        more, more_steps = _parse(data, str(path), sources)
        entries.update(more)
        steps.extend(more_steps)
        origins.append(str(path))
    return Catalogue(entries=entries, next_steps=tuple(steps), origins=tuple(origins))
