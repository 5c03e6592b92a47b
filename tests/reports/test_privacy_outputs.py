"""One privacy view for every output: over HTML, JSON, CSV and Parquet and every privacy mode
(--pseudonymise, --me, the masking default), nothing a mode hides appears anywhere in the
written file. The chat is a one-to-one export named after a member ("WhatsApp Chat with
Megan Doyle.txt"), the case where the file name itself names someone.

The whole output is searched: the raw bytes, and what a tool would decode from them (HTML
entities unescaped, every JSON string, every Parquet cell and its metadata), so neither
escaping ("O&#39;Brien") nor compression can hide a leak from the test."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from audit.app import scan
from audit.core.config import AuditConfig
from audit.core.people import is_phone_author, phone_digits, same_number
from reports.exports import write_report

SAMPLE = Path(__file__).resolve().parents[2] / "sample_exports" / "nursing_cohort_android.txt"
ONE_TO_ONE = "WhatsApp Chat with Megan Doyle.txt"
FORMATS = ("html", "json", "csv", "parquet")
PHONE_RUN = re.compile(r"(?<![\w+])\+?\d[\d ()-]{4,}\d(?![\w])")


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("chats")
    path = folder / ONE_TO_ONE
    shutil.copyfile(SAMPLE, path)
    return path


@pytest.fixture(scope="module")
def scans(export):
    """One scan per privacy mode (model-free, so quick), shared by every format."""
    modes = {
        "pseudonymise": AuditConfig(use_models=False, pseudonymise=True),
        "me": AuditConfig(use_models=False, me="Tom Whitfield"),
        "masking": AuditConfig(use_models=False),
    }
    return {mode: scan([export], config) for mode, config in modes.items()}


def output_text(path: Path, fmt: str) -> str:
    """Everything in the file, as written and as decoded."""
    raw = path.read_bytes()
    parts = [raw.decode("utf-8", errors="replace")]
    if fmt == "html":
        parts.append(html.unescape(parts[0]))
    elif fmt == "json":
        parts.append("\n".join(_strings(json.loads(raw))))
    elif fmt == "parquet":
        table = pq.read_table(path)
        parts.append(json.dumps(table.to_pylist(), default=str, ensure_ascii=False))
        meta = table.schema.metadata or {}
        parts += [v.decode("utf-8", errors="replace") for v in meta.values()]
    return "\n".join(parts)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I) is not None


def members(result) -> list[str]:
    return sorted(result.messages["author"].dropna().astype(str).unique())


def hidden_names(result, shown: set[str]) -> set[str]:
    """Full names, first names only one member has (as the pseudonymiser replaces them) and
    number-only members as written, for every member not in `shown`."""
    authors = members(result)
    firsts = [a.split()[0] for a in authors if not is_phone_author(a)]
    words = set()
    for author in authors:
        if author in shown:
            continue
        words.add(author)
        first = author.split()[0]
        if not is_phone_author(author) and len(first) >= 3 and firsts.count(first) == 1:
            words.add(first)
    return words


def leaked_numbers(text: str, numbers: list[str]) -> list[str]:
    return [
        m.group(0)
        for m in PHONE_RUN.finditer(text)
        if any(same_number(n, m.group(0)) for n in numbers)
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("mode", ["pseudonymise", "me"])
def test_hidden_members_appear_nowhere_in_the_output(scans, mode, fmt, tmp_path):
    result = scans[mode]
    keep = {"Tom Whitfield"} if mode == "me" else set()
    target = tmp_path / f"report.{fmt}"
    write_report(result, target, fmt)
    text = output_text(target, fmt)
    leaks = sorted(w for w in hidden_names(result, keep) if word_in(w, text))
    assert not leaks, f"{mode} {fmt}: {leaks}"
    numbers = [phone_digits(a) for a in members(result) if is_phone_author(a) and a not in keep]
    assert numbers, "the sample has a member shown by number"
    assert not leaked_numbers(text, numbers)
    assert "Member 1" in text
    assert not word_in(Path(ONE_TO_ONE).stem, text)  # the chat file's name
    if mode == "me":
        assert "Tom Whitfield" in text  # the reviewer is named


@pytest.mark.parametrize("fmt", FORMATS)
def test_masked_details_appear_nowhere_by_default(scans, fmt, tmp_path):
    result = scans["masking"]
    messages = result.messages.set_index("message_id")
    conf = result.findings[result.findings["detector"] == "confidentiality"]
    masked_ids = set(conf["message_id"].astype(int))
    hidden = set()
    for mid, spans in zip(conf["message_id"], conf["spans"], strict=True):
        text = messages.loc[int(mid), "text"]
        hidden |= {text[s:e] for s, e, *_ in spans if len(text[s:e].strip()) >= 3}
    assert hidden
    # Text the report may show anyway: other messages, and the report's own words.
    elsewhere = "\n".join(
        messages.loc[~messages.index.isin(masked_ids), "text"].dropna().tolist()
        + [g.text for g in result.catalogue.entries.values()]
        + [s.text for s in result.catalogue.next_steps]
        + [f"{r.summary} {r.why} {r.name}" for r in result.rules]
    )
    target = tmp_path / f"report.{fmt}"
    write_report(result, target, fmt)
    text = output_text(target, fmt)
    leaked = sorted(h for h in hidden if h in text and h not in elsewhere)
    assert not leaked, f"{fmt}: {leaked}"
    # members' names are shown in this mode: the one-to-one chat keeps its name
    assert "Megan Doyle" in text


def test_one_to_one_chat_name_is_pseudonymised_in_every_record(scans, tmp_path):
    target = tmp_path / "report.json"
    write_report(scans["pseudonymise"], target, "json")
    data = json.loads(target.read_text(encoding="utf-8"))
    names = {c["chat"] for c in data["chats"]} | {f["chat"] for f in data["findings"]}
    assert len(names) == 1
    (name,) = names
    assert name.startswith("WhatsApp Chat with Member ") and "/" not in name
    dominating = data["summary"].get("bullying", {}).get("dominating", {})
    assert all(k.startswith("Member ") for k in dominating)
