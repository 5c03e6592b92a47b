"""The detoxify path, offline: a tiny randomly initialised BERT saved in detoxify's exact
checkpoint layout, loaded through detoxify's own code by our loader. These tests check
structure and plumbing (columns, order, caching keys, errors), never score values."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from audit.core.config import AuditConfig  # noqa: E402
from audit.core.errors import ModelError  # noqa: E402
from audit.scoring.base import apply_scorers  # noqa: E402
from audit.scoring.store import (  # noqa: E402
    CHECKPOINT_FILE,
    MANIFEST_FILE,
    download_model,
    installed_models,
    locate_model,
)
from audit.scoring.toxicity import (  # noqa: E402
    COLUMNS,
    PROBES,
    DetoxifyScorer,
    ProfanityFallbackScorer,
    load_toxicity_scorer,
)
from frames import make_messages  # noqa: E402

CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
WORDS = (
    "you are an idiot the shift was long thanks everyone see all on monday this assignment is "
    "killing me hope die kill lecture notes placement ward group chat so tired lol"
).split()


def write_tiny_transformer(folder: Path, num_labels: int = 6):
    """A 2-layer BERT config and a word-level vocab, as `save_pretrained` would leave them."""
    folder.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(set(WORDS)), "##s", "##ing"]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        num_labels=num_labels,
    )
    config.save_pretrained(folder)
    tokenizer = transformers.BertTokenizer(str(folder / "vocab.txt"), model_max_length=128)
    tokenizer.save_pretrained(folder)
    return config


def write_tiny_checkpoint(path: Path, config, hub_id: str = "bert-base-uncased") -> None:
    """detoxify's checkpoint layout, with the hub id a real checkpoint carries."""
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    torch.save(
        {
            "config": {
                "dataset": {"args": {"classes": CLASSES}},
                "arch": {
                    "args": {
                        "model_type": hub_id,
                        "model_name": "BertForSequenceClassification",
                        "tokenizer_name": "BertTokenizer",
                        "num_classes": len(CLASSES),
                    }
                },
            },
            "state_dict": model.state_dict(),
        },
        path,
    )


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("models") / "original"
    config = write_tiny_transformer(folder)
    write_tiny_checkpoint(folder / CHECKPOINT_FILE, config)
    return folder


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def cpu_config(**changes) -> AuditConfig:
    return AuditConfig(device="cpu", progress=False, use_cache=False, **changes)


def test_tiny_checkpoint_loads_offline_through_detoxify_code(tiny_model):
    scorer = load_toxicity_scorer(cpu_config(toxicity_model=str(tiny_model)))
    assert isinstance(scorer, DetoxifyScorer)
    assert scorer.info.scorer == "toxicity" and not scorer.info.fallback
    assert "detoxify original" in scorer.info.name
    assert scorer.classes == [c.removeprefix("tox_") for c in COLUMNS]  # renamed like detoxify
    rows = scorer.score(["you are an idiot", "thanks everyone", "ok"])
    assert len(rows) == 3
    for row in rows:
        assert set(row) == set(COLUMNS)
        assert all(0.0 <= v <= 1.0 for v in row.values())


def test_scores_come_back_in_input_order_whatever_the_batching(tiny_model):
    texts = [" ".join(WORDS[: n % 17 + 1]) for n in range(40)]
    one_by_one = DetoxifyScorer(tiny_model, cpu_config(batch_size=1), quantize=False)
    batched = DetoxifyScorer(tiny_model, cpu_config(batch_size=7), quantize=False)
    single = [one_by_one.score([t])[0] for t in texts]
    together = batched.score(texts)
    for a, b in zip(single, together, strict=True):
        assert max(abs(a[c] - b[c]) for c in COLUMNS) < 1e-5


def test_quantised_path_stays_within_drift_of_fp32(tiny_model):
    fp32 = DetoxifyScorer(tiny_model, cpu_config(), quantize=False)
    int8 = DetoxifyScorer(tiny_model, cpu_config(), quantize=True)
    assert int8.quantized and not fp32.quantized
    assert int8.drift is not None and int8.drift <= 0.01
    assert int8.info.version != fp32.info.version  # cached scores never mix precisions
    texts = list(PROBES) + ["so tired lol", "hope the placement group see all on monday"]
    drift = max(
        abs(a[c] - b[c])
        for a, b in zip(fp32.score(texts), int8.score(texts), strict=True)
        for c in COLUMNS
    )
    assert drift <= 0.01


def test_training_checkpoint_with_module_prefix_loads(tiny_model, tmp_path):
    folder = tmp_path / "m"
    write_tiny_transformer(folder)
    loaded = torch.load(tiny_model / CHECKPOINT_FILE, weights_only=True)
    loaded["state_dict"] = {f"model.{k}": v for k, v in loaded["state_dict"].items()}
    torch.save(loaded, folder / CHECKPOINT_FILE)
    scorer = DetoxifyScorer(folder, cpu_config(), quantize=False)
    reference = DetoxifyScorer(tiny_model, cpu_config(), quantize=False)
    assert scorer.score(["so tired lol"]) == reference.score(["so tired lol"])


def test_long_messages_are_truncated_not_rejected(tiny_model):
    scorer = DetoxifyScorer(tiny_model, cpu_config(), quantize=False, max_tokens=16)
    [row] = scorer.score([" ".join(WORDS * 20)])
    assert set(row) == set(COLUMNS)


def test_scorer_columns_reach_the_messages_frame(tiny_model):
    scorer = load_toxicity_scorer(cpu_config(toxicity_model=str(tiny_model)))
    messages = make_messages(
        [(0, "Sam", "you are an idiot"), (1, None, "Sam left"), (2, "Ann", "you are an idiot")]
    )
    scored = apply_scorers(messages, [scorer], cpu_config())
    for column in COLUMNS:
        assert str(scored[column].dtype) == "float64"
        assert math.isnan(scored.loc[1, column])  # system message: not scored
        assert scored.loc[0, column] == scored.loc[2, column]


def test_named_model_is_found_in_the_models_dir(tiny_model, tmp_path):
    (tmp_path / "models").mkdir()
    os.symlink(tiny_model, tmp_path / "models" / "original")
    assert locate_model("original", tmp_path) == tmp_path / "models" / "original"
    assert [m.name for m in installed_models(tmp_path)] == ["original"]
    scorer = load_toxicity_scorer(cpu_config(cache_dir=tmp_path))  # no name: best installed
    assert isinstance(scorer, DetoxifyScorer)


def test_no_downloaded_model_falls_back_to_profanity_check(tmp_path):
    scorer = load_toxicity_scorer(cpu_config(cache_dir=tmp_path))
    assert isinstance(scorer, ProfanityFallbackScorer)
    assert scorer.info.fallback
    assert "profanity" in scorer.info.notice and "models download" in scorer.info.notice


def test_fallback_fills_only_the_obscenity_column_honestly():
    scorer = load_toxicity_scorer(cpu_config(toxicity_model="profanity"))
    swearing, polite = scorer.score(["that shift was shit", "thanks everyone, see you monday"])
    assert swearing["tox_obscene"] > 0.9 > polite["tox_obscene"]  # profanity, not toxicity
    for row in (swearing, polite):
        others = [v for c, v in row.items() if c != "tox_obscene"]
        assert all(math.isnan(v) for v in others)
    assert "not toxicity" in scorer.info.notice and "asked for" in scorer.info.notice


def test_progress_bar_stays_quiet_when_stderr_is_not_a_terminal(tiny_model, capsys):
    scorer = DetoxifyScorer(tiny_model, cpu_config().replace(progress=True), quantize=False)
    scorer.score(["so tired lol"] * 50)
    assert capsys.readouterr().err == ""


def test_checkpoint_file_path_works_like_its_folder(tiny_model):
    scorer = load_toxicity_scorer(cpu_config(toxicity_model=str(tiny_model / CHECKPOINT_FILE)))
    assert isinstance(scorer, DetoxifyScorer)


# --- bad input: one clear ModelError saying what to do ---


def test_unknown_model_name_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="unknown toxicity model 'nasty'") as info:
        load_toxicity_scorer(cpu_config(toxicity_model="nasty", cache_dir=tmp_path))
    assert "original" in info.value.hint


def test_named_model_not_downloaded_says_to_download_it(tmp_path):
    with pytest.raises(ModelError, match="not downloaded") as info:
        load_toxicity_scorer(cpu_config(toxicity_model="unbiased", cache_dir=tmp_path))
    assert "chat-audit models download unbiased" in info.value.hint


def test_missing_model_folder_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        load_toxicity_scorer(cpu_config(toxicity_model=str(tmp_path / "nowhere" / "original")))


def test_folder_without_checkpoint_is_a_model_error(tmp_path):
    write_tiny_transformer(tmp_path / "m")
    with pytest.raises(ModelError, match="holds no detoxify checkpoint"):
        load_toxicity_scorer(cpu_config(toxicity_model=str(tmp_path / "m")))


def test_corrupt_checkpoint_is_a_model_error(tiny_model, tmp_path):
    folder = tmp_path / "m"
    write_tiny_transformer(folder)
    (folder / CHECKPOINT_FILE).write_bytes(b"PK\x03\x04 this is not a checkpoint" * 10)
    with pytest.raises(ModelError, match="corrupt") as info:
        load_toxicity_scorer(cpu_config(toxicity_model=str(folder)))
    assert "\n" not in info.value.one_line()


def test_checkpoint_without_detoxify_config_is_a_model_error(tmp_path):
    folder = tmp_path / "m"
    write_tiny_transformer(folder)
    torch.save({"weights": torch.zeros(2)}, folder / CHECKPOINT_FILE)
    with pytest.raises(ModelError, match="not a detoxify checkpoint"):
        load_toxicity_scorer(cpu_config(toxicity_model=str(folder)))


def test_checkpoint_for_another_architecture_is_a_model_error(tmp_path):
    folder = tmp_path / "m"
    config = write_tiny_transformer(folder)
    bigger = transformers.BertConfig(**{**config.to_dict(), "num_hidden_layers": 3})
    write_tiny_checkpoint(folder / CHECKPOINT_FILE, config)
    bigger.save_pretrained(folder)  # the config now asks for a layer the weights lack
    with pytest.raises(ModelError, match="different model"):
        load_toxicity_scorer(cpu_config(toxicity_model=str(folder)))


def test_folder_without_transformer_config_is_a_model_error(tiny_model, tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / CHECKPOINT_FILE).write_bytes((tiny_model / CHECKPOINT_FILE).read_bytes())
    with pytest.raises(ModelError, match="config.json"):
        load_toxicity_scorer(cpu_config(toxicity_model=str(folder)))


# --- `chat-audit models download`: plumbing with fake fetches (no internet here) ---


def fake_save_transformer(arch_args: dict, folder: Path) -> None:
    assert arch_args["model_type"] == "bert-base-uncased"  # the hub id, before rewriting
    write_tiny_transformer(folder, arch_args["num_classes"])


def test_download_builds_a_loadable_offline_model_folder(tiny_model, tmp_path):
    def fake_fetch(url: str, destination: Path) -> None:
        destination.write_bytes((tiny_model / CHECKPOINT_FILE).read_bytes())

    folder = download_model(
        "original", tmp_path, fetch=fake_fetch, save_transformer=fake_save_transformer
    )
    assert folder == tmp_path / "models" / "original"
    manifest = json.loads((folder / MANIFEST_FILE).read_text())
    assert manifest["hub_id"] == "bert-base-uncased" and len(manifest["sha256"]) == 64
    # re-saved as plain tensors: scans load it without unpickling arbitrary objects
    torch.load(folder / CHECKPOINT_FILE, weights_only=True)
    scorer = load_toxicity_scorer(cpu_config(toxicity_model="original", cache_dir=tmp_path))
    assert manifest["sha256"][:16] in scorer.info.version
    assert not list((tmp_path / "models").glob(".*partial"))


def test_download_through_a_url_uses_the_real_fetch(tiny_model, tmp_path):
    url = (tiny_model / CHECKPOINT_FILE).as_uri()  # urllib reads file:// like https://
    folder = download_model("original", tmp_path, url=url, save_transformer=fake_save_transformer)
    assert (folder / CHECKPOINT_FILE).is_file()


def test_failed_download_is_one_line_and_leaves_nothing_behind(tmp_path):
    def no_network(url: str, destination: Path) -> None:
        raise OSError("[Errno -3] Temporary failure in name resolution")

    with pytest.raises(ModelError, match="could not download detoxify model 'original'") as info:
        download_model("original", tmp_path, fetch=no_network, url="https://example.invalid/x")
    assert "\n" not in info.value.one_line()
    assert list((tmp_path / "models").iterdir()) == []


def test_download_with_wrong_hash_is_refused(tiny_model, tmp_path):
    renamed = tmp_path / "toxic_original-deadbeef.ckpt"
    renamed.write_bytes((tiny_model / CHECKPOINT_FILE).read_bytes())
    with pytest.raises(ModelError, match="could not download"):
        download_model(
            "original", tmp_path / "c", url=renamed.as_uri(), save_transformer=fake_save_transformer
        )


def test_download_of_unknown_name_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="unknown toxicity model"):
        download_model("huge", tmp_path)


# --- the `chat-audit models` commands ---


def test_models_commands_download_then_list(tiny_model, tmp_path, monkeypatch):
    from click.testing import CliRunner

    import audit.scoring.store
    from audit.cli import main

    def fake_fetch(url: str, destination: Path) -> None:
        destination.write_bytes((tiny_model / CHECKPOINT_FILE).read_bytes())

    monkeypatch.setattr(audit.scoring.store, "fetch_url", fake_fetch)
    monkeypatch.setattr(audit.scoring.store, "save_transformer_files", fake_save_transformer)
    runner = CliRunner()
    empty = runner.invoke(main, ["models", "list", "--cache-dir", str(tmp_path)])
    assert empty.exit_code == 0 and "fallback" in empty.output
    done = runner.invoke(main, ["models", "download", "--cache-dir", str(tmp_path)])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(main, ["models", "list", "--cache-dir", str(tmp_path)])
    assert listed.output.startswith("original") and "used by default" in listed.output


def test_models_download_failure_is_one_line_exit_2(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import audit.scoring.store
    from audit.cli import main

    def no_network(url: str, destination: Path) -> None:
        raise OSError("Name or service not known")

    monkeypatch.setattr(audit.scoring.store, "fetch_url", no_network)
    result = CliRunner().invoke(main, ["models", "download", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("chat-audit: error")]
    assert len(errors) == 1 and "could not download" in errors[0]
    assert "Traceback" not in result.output
