"""The bullying detector on a realistic 100,000-message chat, the issue 13 target (<= 10 s on
2 cores).

    .venv/bin/python benchmarks/bench_bullying.py [--messages 100000] [--repeat 3] [--no-models]

The chat is built from real chat texts: the team-written dev chats (evaluation/dev) and the
sample exports, parsed by chat-audit and laid end to end as one long group chat, one copy
after another a week apart. Each copy renames the members (a new cohort of names, so member
names in the texts change too) and gives half the messages a short everyday ending ("tbh",
"x", "!!", an emoji), so texts are not simply repeated and the detector's per-text memo
cannot do the work. Pile-ons, exclusion, persistence and staff grievances occur at the rate
they do in those chats, so there are many findings.

By default the classifier's columns (`cls_*`) are added, scored by chat-audit's own shipped
model once per distinct text (as the scorer layer does), before timing; `--no-models` times
the cues alone. Timed: `bullying.detect(messages, config)` only (parsing and scoring are
measured by their own benchmarks). Reports the share of messages the candidate prefilter lets
through, the findings per rule, and wall and CPU time (best of --repeat).

Measured 2026-12-01 on the 2-core build machine (see the run's output for the figures)."""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from audit.core.config import AuditConfig  # noqa: E402
from audit.core.people import authored  # noqa: E402
from audit.parse.parsing import parse_export  # noqa: E402
from detectors import bullying  # noqa: E402
from detectors.bullying.text import candidate_mask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ENDINGS = ["", "", "", " tbh", " x", "!!", " 😂", " lol", " 🙏", " haha", " ngl", "..."]
FIRST = (
    "Aisha Ben Chloe Dan Ellie Femi Grace Hannah Imran Jess Kieran Lucy Maya Nadia Owen Priya "
    "Rhys Sam Tom Zara Callum Amara Dev Orla Bilal Jade Ste Kez Lauren Niamh Olu Ffion Kwame "
    "Molly Aimee Gemma Harvey Sian Jordan Megan Liam Rebecca Chantelle Lucas Ruth Noah Iris"
).split()
LAST = "Reed Lowe Idowu Shah Cole Price Walsh Okoye Martin Rahman Byrne Parry Hughes Quinn".split()


def source_chats() -> list[pd.DataFrame]:
    paths = sorted((ROOT / "evaluation" / "dev").glob("*.txt"))
    paths += sorted((ROOT / "sample_exports").glob("*.txt"))
    return [parse_export(path).messages for path in paths]


def _copy(chat: pd.DataFrame, rng: random.Random, start: pd.Timestamp) -> pd.DataFrame:
    """One copy of a chat: a new cohort of names (in the texts too), everyday endings, and
    timestamps starting at `start`."""
    frame = chat.copy()
    people = sorted(frame["author"].dropna().unique())
    cohort = rng.sample([f"{f} {rng.choice(LAST)}" for f in FIRST], len(people))
    rename = dict(zip(people, cohort, strict=True))
    firsts = {p.split()[0]: c.split()[0] for p, c in rename.items() if " " in p}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, firsts)) + r")\b") if firsts else None

    def vary(text: object) -> object:
        if not isinstance(text, str):
            return text
        if pattern is not None:
            text = pattern.sub(lambda m: firsts[m.group()], text)
        return text + rng.choice(ENDINGS)

    frame["author"] = frame["author"].map(lambda a: rename.get(a, a))
    frame["text"] = frame["text"].astype(object).map(vary)
    frame["timestamp"] = frame["timestamp"] + (start - frame["timestamp"].min())
    return frame


def build(messages: int, seed: int = 13) -> pd.DataFrame:
    rng = random.Random(seed)
    chats = source_chats()
    frames, start, total = [], pd.Timestamp("2024-01-01 07:00"), 0
    while total < messages:
        for chat in chats:
            frame = _copy(chat, rng, start)
            start = frame["timestamp"].max() + pd.Timedelta(days=7)
            frames.append(frame)
            total += len(frame)
            if total >= messages:
                break
    out = pd.concat(frames, ignore_index=True).head(messages)
    out["chat"] = "bench-100k.txt"
    out["message_id"] = np.arange(len(out))
    out["line"] = np.arange(1, len(out) + 1, dtype="int32")
    return out.astype({c: chats[0][c].dtype for c in chats[0].columns})


def add_classifier(messages: pd.DataFrame) -> pd.DataFrame:
    from audit.scoring.classifier import COLUMNS, ClassifierScorer

    scorer = ClassifierScorer()
    mask = authored(messages) & (messages["kind"] == "text") & messages["text"].notna()
    distinct = pd.unique(messages.loc[mask, "text"].astype(object).to_numpy())
    scored = dict(zip(distinct, scorer.score(list(distinct)), strict=True))
    out = messages.copy()
    values = out.loc[mask, "text"].astype(object).map(scored)
    for column in COLUMNS:
        out[column] = values.map(lambda v, c=column: v[c]).reindex(out.index).astype("float32")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-models", action="store_true")
    args = parser.parse_args(argv)
    messages = build(args.messages)
    if not args.no_models:
        messages = add_classifier(messages)
    texts = messages.loc[authored(messages), "text"].astype(object).fillna("").tolist()
    passing = candidate_mask(texts).mean()
    config = AuditConfig(use_models=not args.no_models)
    walls, cpus, findings = [], [], None
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        findings = bullying.detect(messages, config)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    by_rule = findings["rule"].value_counts().sort_index().to_dict()
    print(
        f"bullying.detect on {len(messages):,} messages ({messages['text'].nunique():,} distinct "
        f"texts, {'classifier columns' if not args.no_models else 'cues only'}): "
        f"{passing:.1%} pass the prefilter; {len(findings):,} findings {by_rule}; "
        f"best {min(walls):.2f} s wall, cpu {min(cpus):.2f} s (goal <= 10 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
