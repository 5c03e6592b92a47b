"""The evaluation end to end on tiny labelled folders written here (never the real test set):
labels are read and checked, paraphrase variants are rescanned, the outputs hold aggregates
and no message text, and bad input is one line with exit code 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit.app import scan_parsed  # noqa: E402
from audit.core.config import AuditConfig  # noqa: E402
from audit.core.schema import empty_messages  # noqa: E402
from scripts.evaluation import cli, report  # noqa: E402
from scripts.evaluation.chats import SLOTS, reworded, synthetic_chat  # noqa: E402
from scripts.evaluation.labels import LabelError, load_folder  # noqa: E402

CHAT = """\
03/02/2025, 09:00 - Ana Lopes: morning all, lecture is in B12
03/02/2025, 09:02 - Ben Carter: you are such an idiot Ana
03/02/2025, 09:03 - Ana Lopes: wow ok
03/02/2025, 09:05 - Cara Diaz: this essay is killing me
03/02/2025, 23:40 - Ben Carter: anyone up?
"""
SECRET = "essay is killing me"  # a text that must never reach an output


def _write(folder: Path, name: str, labels: str, paraphrases: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(CHAT, encoding="utf-8")
    (folder / f"{name}.labels.csv").write_text(labels, encoding="utf-8")
    if paraphrases is not None:
        (folder / f"{name}.paraphrases.csv").write_text(paraphrases, encoding="utf-8")


@pytest.fixture
def folders(tmp_path):
    dev, test = tmp_path / "dev", tmp_path / "test"
    _write(dev, "cohort", "line,detector,note\n2,toxicity,insult\n")
    _write(
        test,
        "blind",
        "line,category,note\n2,toxicity,\n2,bullying,\n4,benign_tricky,\n5,off_hours,\n",
        "line,paraphrase\n2,ur such an idiot ana\n2,hello Ana how are you\n",
    )
    return dev, test


def _run(dev: Path, test: Path, *extra: str):
    args = cli._parser().parse_args(
        ["--dev", str(dev), "--test", str(test), "--sets", "dev,test", "--no-models", *extra]
    )
    return cli.evaluate(args)


def test_labelled_folders_are_scored_with_paraphrase_variants(folders):
    meta, runs = _run(*folders)
    dev, test = runs
    assert dev.score.row("toxicity").recall == 1.0
    assert test.score.row("off_hours").found == 1
    assert test.score.tricky == 1
    rounds = test.paraphrases["rounds"]
    assert list(rounds) == ["as written", "paraphrase 1", "paraphrase 2"]
    assert rounds["as written"].row("toxicity").positives == 1
    # The second paraphrase is friendly: it should lose the finding, and the scan must show it.
    assert rounds["paraphrase 2"].row("toxicity").found == 0
    assert meta["models"] == [] and "MANIFEST" in meta["test_set"]


def test_outputs_hold_aggregates_and_never_a_message_text(folders):
    meta, runs = _run(*folders)
    doc = report.full_report(meta, runs, [], [])
    payload = report.results_json(meta, runs, [], [])
    readme = report.readme_section(meta, runs, "docs/evaluation.md")
    for text in (doc, payload, readme):
        assert SECRET not in text and "idiot" not in text
    data = json.loads(payload)
    assert data["sets"]["test"]["scores"]["rows"][1]["name"] == "toxicity"
    assert "| toxicity |" in readme


def test_dev_paraphrases_kept_with_the_test_set_are_used(folders):
    dev, test = folders
    (test / "dev_paraphrases.csv").write_text(
        "chat,line,paraphrase\ncohort,2,ur an idiot\ncohort.txt,2,hi there\n", encoding="utf-8"
    )
    _, runs = _run(dev, test)
    assert runs[0].paraphrases["messages"] == 1


def test_a_label_on_a_line_inside_a_message_is_an_error(tmp_path):
    _write(tmp_path, "bad", "line,category,note\n3,toxicity,\n")
    (tmp_path / "bad.txt").write_text(CHAT.replace("wow ok", "wow\nok"), encoding="utf-8")
    _write(tmp_path, "bad2", "line,category,note\n99,toxicity,\n")
    with pytest.raises(LabelError, match="not the first line"):
        load_folder(tmp_path, "test")


def test_an_unknown_category_is_one_line_and_exit_2(folders, capsys):
    dev, test = folders
    (test / "blind.labels.csv").write_text("line,category,note\n2,rudeness,\n", encoding="utf-8")
    code = cli.main(["--dev", str(dev), "--test", str(test), "--sets", "test", "--no-models"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert err == [f"evaluate: {test / 'blind.labels.csv'}:2: unknown category 'rudeness'"]


def test_synthetic_chat_spaces_messages_in_daytime_and_keeps_texts_exactly():
    texts = ["first", "two\nlines", "  spaced  ", "x", "y"]
    chat = synthetic_chat("external:t", texts)
    frame = chat.messages
    assert frame.dtypes.to_dict() == empty_messages().dtypes.to_dict()
    assert frame["text"].tolist() == texts
    assert frame["line"].tolist() == [1, 2, 4, 5, 6]
    assert frame["author"].nunique() == 2
    assert set(frame["timestamp"].dt.hour) <= set(SLOTS)
    gaps = frame["timestamp"].diff().dropna()
    assert (gaps >= pd.Timedelta(hours=3)).all()
    result = scan_parsed([chat], AuditConfig(use_models=False, progress=False))
    assert not (result.findings["detector"] == "off_hours").any()


def test_reworded_chat_replaces_only_the_named_messages():
    chat = synthetic_chat("c", ["a", "b", "c"])
    variant = reworded(chat, {2: "B!"}, "p1")
    assert variant.chat == "c#p1"
    assert variant.messages["text"].tolist() == ["a", "B!", "c"]
    assert chat.messages["text"].tolist() == ["a", "b", "c"]


def test_readme_section_is_replaced_between_its_markers_only():
    text = "intro\n<!-- eval:start -->\nold\n<!-- eval:end -->\nrest\n"
    new = report.replace_between_markers(text, "new table")
    assert new == "intro\n<!-- eval:start -->\nnew table\n<!-- eval:end -->\nrest\n"
    with pytest.raises(ValueError, match="markers"):
        report.replace_between_markers("no markers", "x")
