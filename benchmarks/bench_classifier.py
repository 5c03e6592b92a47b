"""chat-audit's own classifier: import + load time (in a fresh process) and scoring time for
10,000 distinct realistic messages (the issue 12 targets: <= 1 s and <= 3 s on 2 cores).

The messages are the real texts of the sample exports and the dev chats; to reach 10,000
distinct texts without inventing any, each further text joins two of them, as a member's
quick double message reads after the export joins continuation lines.

    python benchmarks/bench_classifier.py [--messages 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOAD = (
    "import time; t = time.perf_counter(); "
    "from audit.scoring.classifier import ClassifierScorer; ClassifierScorer().score(['hi']); "
    "print(time.perf_counter() - t)"
)


def realistic_texts(count: int) -> list[str]:
    from audit.parse.parsing import parse_export

    chats = sorted((ROOT / "sample_exports").glob("*.txt")) + sorted(
        (ROOT / "evaluation" / "dev").glob("*.txt")
    )
    texts: list[str] = []
    for chat in chats:
        frame = parse_export(chat).messages
        texts += [t for t in frame.loc[frame["kind"] == "text", "text"].astype(str) if t]
    base = list(dict.fromkeys(texts))
    out = list(base)
    step = 1
    while len(out) < count:
        out += [f"{a}\n{b}" for a, b in zip(base, base[step:], strict=False)]
        out = list(dict.fromkeys(out))
        step += 1
    return out[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    env = {**os.environ, "OMP_NUM_THREADS": "2", "OPENBLAS_NUM_THREADS": "2"}
    loads = [
        float(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True,
                             check=True, env=env, cwd=ROOT).stdout)
        for _ in range(args.repeat)
    ]  # fmt: skip
    from audit.scoring.classifier import ClassifierScorer

    texts = realistic_texts(args.messages)
    scorer = ClassifierScorer()
    runs = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        scorer.score(texts)
        runs.append(time.perf_counter() - start)
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"classifier: {scorer.info.name}")
    print(
        f"import + load: median {statistics.median(loads):.2f} s "
        f"(fresh process, {args.repeat} runs)"
    )
    print(
        f"scoring {len(texts):,} distinct messages (mean {mean_chars:.0f} characters): "
        f"median {statistics.median(runs):.2f} s, {len(texts) / statistics.median(runs):,.0f}/s "
        f"on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
