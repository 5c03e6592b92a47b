"""Checkpoint validation in the model store raises real errors, also under `python -O`
(which strips `assert` statements)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from audit.core.errors import ModelError
from audit.scoring.store import validate_checkpoint

GOOD = {
    "state_dict": {},
    "config": {
        "arch": {
            "args": {
                "model_type": "bert-base-uncased",
                "model_name": "BertForSequenceClassification",
                "tokenizer_name": "BertTokenizer",
                "num_classes": 2,
            }
        },
        "dataset": {"args": {"classes": ["toxic", "insult"]}},
    },
}


def _with(path: tuple[str, ...], value):
    import copy

    broken = copy.deepcopy(GOOD)
    node = broken
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return broken


BROKEN = {
    "not a dict": ["weights"],
    "no weights": _with(("state_dict",), KeyError),
    "no classes": _with(("config", "dataset", "args", "classes"), []),
    "missing tokenizer": _with(("config", "arch", "args", "tokenizer_name"), KeyError),
    "class count mismatch": _with(("config", "arch", "args", "num_classes"), 3),
    "count not a number": _with(("config", "arch", "args", "num_classes"), "two"),
    "config not a table": _with(("config",), "bert"),
}


def test_a_detoxify_layout_passes():
    validate_checkpoint(GOOD, Path("model.ckpt"))


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_malformed_checkpoint_is_a_model_error(case):
    with pytest.raises(ModelError, match="is not a detoxify checkpoint"):
        validate_checkpoint(BROKEN[case], Path("model.ckpt"))


def test_validation_still_refuses_under_python_dash_O():
    code = (
        "from pathlib import Path\n"
        "from audit.core.errors import ModelError\n"
        "from audit.scoring.store import validate_checkpoint\n"
        "bad = {'state_dict': {}, 'config': {'arch': {'args': {'model_type': 'x', "
        "'model_name': 'x', 'tokenizer_name': 'x', 'num_classes': 5}}, "
        "'dataset': {'args': {'classes': []}}}}\n"
        "try:\n"
        "    validate_checkpoint(bad, Path('m.ckpt'))\n"
        "except ModelError:\n"
        "    print('refused')\n"
        "else:\n"
        "    print('accepted')\n"
    )
    out = subprocess.run([sys.executable, "-O", "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "refused"
