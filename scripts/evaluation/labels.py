"""Reading the labelled chats: dev (`line,detector,note`), the blind test set
(`line,category,note`, paraphrases, a sha256 manifest), and their checks.

Nothing here prints a message text: errors name a file and line numbers only, because the same
code reads the blind test set."""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from audit.core.people import authored
from audit.core.results import ParsedChat
from audit.parse.parsing import parse_export

from .categories import ALL_CATEGORIES, DEV_DETECTOR_CATEGORIES

MANIFEST = "MANIFEST.sha256"
DEV_PARAPHRASES = "dev_paraphrases.csv"  # kept with the test set: chat,line,paraphrase


class LabelError(ValueError):
    """A labelled folder is malformed; the message names the file and lines, never texts."""


@dataclass
class LabelledChat:
    name: str  # the file stem, e.g. "nursing_y2"
    parsed: ParsedChat
    categories: dict[int, frozenset[str]]  # first line of a message -> its categories
    scope: frozenset[str] | None  # categories it was labelled for; None = all of them
    paraphrases: dict[int, list[str]] = field(default_factory=dict)  # line -> rewordings

    @property
    def chat(self) -> str:
        """The `chat` column value of its messages and findings."""
        return self.parsed.chat


def _rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise LabelError(f"{path}: missing column(s) {', '.join(missing)}")
        rows = list(reader)
    for number, row in enumerate(rows, start=2):
        if not (row.get("line") or "").strip().isdigit():
            raise LabelError(f"{path}:{number}: 'line' is not a line number")
    return rows


def read_dev_labels(path: Path) -> dict[int, set[str]]:
    """`line,detector,note` -> line -> categories (a detector name stands for its category)."""
    found: dict[int, set[str]] = defaultdict(set)
    for number, row in enumerate(_rows(path, ("line", "detector")), start=2):
        detector = row["detector"].strip()
        category = DEV_DETECTOR_CATEGORIES.get(detector, detector)
        if category not in ALL_CATEGORIES and category not in DEV_DETECTOR_CATEGORIES.values():
            raise LabelError(f"{path}:{number}: unknown detector {detector!r}")
        found[int(row["line"])].add(category)
    return found


def read_test_labels(path: Path) -> dict[int, set[str]]:
    """`line,category,note` -> line -> categories; a message may have several rows."""
    found: dict[int, set[str]] = defaultdict(set)
    for number, row in enumerate(_rows(path, ("line", "category")), start=2):
        category = row["category"].strip()
        if category not in ALL_CATEGORIES:
            raise LabelError(f"{path}:{number}: unknown category {category!r}")
        found[int(row["line"])].add(category)
    return found


def read_paraphrases(path: Path) -> dict[int, list[str]]:
    """`line,paraphrase`, in file order: the first row of a line is its first paraphrase."""
    found: dict[int, list[str]] = defaultdict(list)
    for row in _rows(path, ("line", "paraphrase")):
        found[int(row["line"])].append(row["paraphrase"])
    return dict(found)


def read_dev_paraphrases(path: Path) -> dict[str, dict[int, list[str]]]:
    """`chat,line,paraphrase` -> chat stem -> line -> paraphrases (a `.txt` suffix is ignored)."""
    found: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(path, ("chat", "line", "paraphrase")):
        chat = row["chat"].strip().removesuffix(".txt")
        found[chat][int(row["line"])].append(row["paraphrase"])
    return {chat: dict(lines) for chat, lines in found.items()}


def _check_lines(chat: LabelledChat, source: Path) -> None:
    messages = chat.parsed.messages
    firsts = set(messages.loc[authored(messages), "line"].astype(int))
    for what, lines in (("labels", chat.categories), ("paraphrases", chat.paraphrases)):
        unknown = sorted(set(lines) - firsts)
        if unknown:
            raise LabelError(
                f"{source}: {what} name line(s) {unknown[:10]} that are not the first line "
                "of a message someone wrote"
            )


def load_folder(folder: Path, kind: str) -> list[LabelledChat]:
    """Every `NAME.txt` with a `NAME.labels.csv` in `folder`; kind is "dev" or "test".

    dev: labels say which detector should fire, so each chat is scored only for the detectors
    its labels name. test: labels are complete (every category was considered everywhere)."""
    chats = []
    for text in sorted(folder.glob("*.txt")):
        labels = text.with_name(text.stem + ".labels.csv")
        if not labels.exists():
            continue
        if kind == "dev":
            categories = read_dev_labels(labels)
            scope: frozenset[str] | None = frozenset(c for cs in categories.values() for c in cs)
        else:
            categories = read_test_labels(labels)
            scope = None
        wordings = text.with_name(text.stem + ".paraphrases.csv")
        chat = LabelledChat(
            name=text.stem,
            parsed=parse_export(text),
            categories={line: frozenset(cs) for line, cs in categories.items()},
            scope=scope,
            paraphrases=read_paraphrases(wordings) if wordings.exists() else {},
        )
        _check_lines(chat, labels)
        chats.append(chat)
    return chats


def attach_dev_paraphrases(chats: list[LabelledChat], path: Path) -> int:
    """Add `dev_paraphrases.csv` (kept with the test set) to the dev chats; returns how many
    messages got paraphrases. A chat it names that is not in dev is an error."""
    by_chat = read_dev_paraphrases(path)
    names = {c.name: c for c in chats}
    unknown = sorted(set(by_chat) - set(names))
    if unknown:
        raise LabelError(f"{path}: names chat(s) not in dev: {', '.join(unknown)}")
    for name, lines in by_chat.items():
        names[name].paraphrases = lines
        _check_lines(names[name], path)
    return sum(len(lines) for lines in by_chat.values())


@dataclass(frozen=True)
class ManifestCheck:
    listed: int
    changed: tuple[str, ...]  # listed files whose hash differs
    missing: tuple[str, ...]  # listed files that are not there
    unlisted: tuple[str, ...]  # files in the folder the manifest does not pin

    @property
    def ok(self) -> bool:
        return self.listed > 0 and not (self.changed or self.missing or self.unlisted)

    def describe(self) -> str:
        if self.ok:
            return f"all {self.listed} files match {MANIFEST}"
        parts = [f"{len(self.changed)} changed", f"{len(self.missing)} missing"]
        parts.append(f"{len(self.unlisted)} not listed")
        names = ", ".join((*self.changed, *self.missing, *self.unlisted)[:8])
        return f"{MANIFEST} does NOT match: " + ", ".join(parts) + (f" ({names})" if names else "")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest_path(folder: Path, name: str) -> Path:
    """`x.txt`, or `evaluation/test/x.txt` written from the repository root."""
    parts = Path(name).parts
    if not (folder / name).exists():
        ends = folder.resolve().parts
        for k in range(1, len(parts)):
            if ends[-k:] == parts[:k]:
                return folder.joinpath(*parts[k:])
    return folder / name


def check_manifest(folder: Path) -> ManifestCheck:
    """Compare `folder/MANIFEST.sha256` (sha256sum format: `HASH  NAME` or `HASH *NAME`) with
    the files. Names are relative to the folder, or to the repository root when they include
    the folder's path (`evaluation/test/x.txt`)."""
    manifest = folder / MANIFEST
    listed: dict[Path, str] = {}
    for number, raw in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        digest, sep, name = raw.partition(" ")
        name = name[1:] if name[:1] in (" ", "*") else name
        if not sep or len(digest) != 64 or not name:
            raise LabelError(f"{manifest}:{number}: not a sha256sum line")
        listed[_manifest_path(folder, name).resolve()] = digest.lower()
    changed, missing = [], []
    for path, digest in sorted(listed.items()):
        if not path.exists():
            missing.append(path.name)
        elif sha256_file(path) != digest:
            changed.append(path.name)
    present = {p.resolve() for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST}
    unlisted = sorted(p.relative_to(folder.resolve()).as_posix() for p in present - set(listed))
    return ManifestCheck(len(listed), tuple(changed), tuple(missing), tuple(unlisted))
