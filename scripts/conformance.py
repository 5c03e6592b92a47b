"""Check the parser against a folder of WhatsApp exports and the facts each must yield.

    python scripts/conformance.py DIR [-v]

Every `*.txt` / `*.zip` in DIR is parsed and compared with its sibling `*.expected.json`
(for `x.txt`: `x.expected.json`; for `x.zip`: `x.zip.expected.json`). Prints one line per file
(PASS, or FAIL with the facts that differ) and a closing line `N passed, M failed`
(M counts native files; non-native failures are listed and tolerated). Exits 1 if
a native export fails; files marked `"native_whatsapp": false` (layouts WhatsApp itself does
not write) are reported but tolerated. The folder is read in place, never copied.

Fact fields (see the corpus README): messages (authored), system_messages, authors (as a set),
first/last (datetime, author, text_startswith), multiline_messages, date_order,
date_order_ambiguous, attachments, zip_member; unclassified_lines = header lines that may count
as either user or system messages.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit.core.errors import ChatAuditError  # noqa: E402
from audit.core.results import ParsedChat  # noqa: E402
from audit.parse.layouts import attachment_name  # noqa: E402
from audit.parse.parsing import parse_export  # noqa: E402


@dataclass
class Result:
    path: Path
    native: bool
    problems: list[str]

    @property
    def passed(self) -> bool:
        return not self.problems


def expected_path(export: Path) -> Path:
    if export.suffix.lower() == ".zip":
        return export.with_name(export.name + ".expected.json")
    return export.with_suffix(".expected.json")


def exports_in(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in (".txt", ".zip") and expected_path(p).exists()
    )


def check_file(export: Path) -> Result:
    facts = json.loads(expected_path(export).read_text(encoding="utf-8"))
    native = facts.get("native_whatsapp", True) is not False
    try:
        parsed = parse_export(export)
    except ChatAuditError as exc:
        return Result(export, native, [f"error: {exc.one_line()}"])
    return Result(export, native, compare(parsed, facts))


def compare(parsed: ParsedChat, facts: dict) -> list[str]:
    frame = parsed.messages
    problems: list[str] = []
    authored = frame["author"].notna()
    users, system = int(authored.sum()), int((~authored).sum())

    if "messages" in facts or "system_messages" in facts:
        want_users = facts.get("messages", users)
        want_system = facts.get("system_messages", system)
        loose = facts.get("unclassified_lines", 0)  # may count on either side
        fits = any(
            (users, system) == (want_users + k, want_system + loose - k) for k in range(loose + 1)
        )
        if not fits:
            problems.append(
                f"messages/system {users}/{system}, expected {want_users}/{want_system}"
                + (f" (+{loose} unclassified)" if loose else "")
            )
    if "authors" in facts:
        got = set(frame.loc[authored, "author"].unique())
        want = set(facts["authors"])
        if got != want:
            problems.append(f"authors: extra {sorted(got - want)}, missing {sorted(want - got)}")
    for end, row in (("first", 0), ("last", len(frame) - 1)):
        if end in facts and len(frame):
            problems += _compare_entry(end, frame.iloc[row], facts[end], facts.get("authors"))
    if "multiline_messages" in facts:
        got = int(frame["text"].str.contains("\n", regex=False).sum())
        if got != facts["multiline_messages"]:
            problems.append(f"multiline_messages {got}, expected {facts['multiline_messages']}")
    if "date_order" in facts and parsed.date_order != facts["date_order"]:
        problems.append(f"date_order {parsed.date_order}, expected {facts['date_order']}")
    if "date_order_ambiguous" in facts and parsed.ambiguous != facts["date_order_ambiguous"]:
        problems.append(
            f"date_order_ambiguous {parsed.ambiguous}, expected {facts['date_order_ambiguous']}"
        )
    if "zip_member" in facts and parsed.member != facts["zip_member"]:
        problems.append(f"zip_member {parsed.member!r}, expected {facts['zip_member']!r}")
    if "attachments" in facts:
        problems += _compare_attachments(frame, facts["attachments"])
    return problems


def _compare_entry(end: str, row, want: dict, authors: list[str] | None) -> list[str]:
    problems = []
    if "datetime" in want:
        stamp = row["timestamp"]
        fmt = "%Y-%m-%dT%H:%M:%S" if want["datetime"].count(":") == 2 else "%Y-%m-%dT%H:%M"
        got = "NaT" if pd.isna(stamp) else stamp.strftime(fmt)
        if got != want["datetime"]:
            problems.append(f"{end}.datetime {got}, expected {want['datetime']}")
    if "author" in want:
        got = None if pd.isna(row["author"]) else row["author"]
        expected = want["author"]
        # A system notice attributed to the group's name (a pseudo-author, not in `authors`)
        # is a system message here: author null.
        pseudo = expected is not None and authors is not None and expected not in authors
        if got != expected and not (pseudo and got is None and row["kind"] == "system"):
            problems.append(f"{end}.author {got!r}, expected {expected!r}")
    if "text_startswith" in want and not str(row["text"]).startswith(want["text_startswith"]):
        text = str(row["text"])[:40]
        problems.append(f"{end}.text {text!r}, expected {want['text_startswith']!r}...")
    return problems


def _compare_attachments(frame, want: list[str | None]) -> list[str]:
    found = [attachment_name(t) for t in frame.loc[frame["kind"] == "media", "text"]]
    found = [f for f in found if f]
    named = [w for w in want if w]
    if len(want) == len(frame) and None in want:  # per message, in order
        got = [attachment_name(t) for t in frame["text"]]
        if got != want:
            return [f"attachments {got}, expected {want}"]
        return []
    if found != named:
        return [f"attachments {found}, expected {named}"]
    return []


def run(folder: Path, verbose: bool = False) -> int:
    results = [check_file(p) for p in exports_in(folder)]
    for r in results:
        status = "PASS" if r.passed else ("FAIL" if r.native else "FAIL (non-native, tolerated)")
        line = f"{status}  {r.path.name}"
        if r.problems:
            line += ": " + "; ".join(r.problems)
        print(line)
    passed = sum(r.passed for r in results)
    failed = sum(r.native and not r.passed for r in results)
    tolerated = len(results) - passed - failed
    if tolerated:
        print(f"{tolerated} non-native file(s) not read: tolerated, see the FAIL lines above")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"conformance: {args.folder} is not a folder", file=sys.stderr)
        return 2
    return run(args.folder, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
