"""Big and hostile inputs: wall time and peak memory of `chat-audit` on inputs far beyond a
cohort's chat, each as a child process (peak RSS from that child's rusage).

    .venv/bin/python benchmarks/bench_big_inputs.py distinct [--messages 2000000] [--select OFF]
    .venv/bin/python benchmarks/bench_big_inputs.py long-message [--megabytes 200]
    .venv/bin/python benchmarks/bench_big_inputs.py zip [--megabytes 900] [--select OFF]

distinct      the realistic corpus (benchmarks/corpus.py, ~90% distinct texts) of --messages
              messages: `parse -o .parquet`, then `scan --no-models` (with --select, only
              those rules: the full rule set costs about a millisecond a message in the
              detectors, so 2M messages take the better part of an hour).
long-message  one message line of --megabytes of text between two ordinary messages: `scan`
              with and without models. A message longer than WhatsApp allows is analysed on
              its first 65,536 characters; the models see it in pieces of 5,000.
zip           a chat of about --megabytes inside a .zip (under the 1 GiB cap): `parse -o
              .parquet`, then `scan --no-models --select ...`.
Goals (issue 15): time linear in the input; peak memory bounded by the work in hand (<= 2 GB
for 2M distinct messages); a pasted document must not stall the scan.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import DATA, Run, measure  # noqa: E402
from corpus import describe, write_chat  # noqa: E402

CLI = str(Path(sys.executable).with_name("chat-audit"))


def show(name: str, run: Run) -> None:
    state = "ok" if run.ok else "FAILED: " + run.output[-300:]
    print(
        f"{name:<44} {run.wall:8.1f} s wall  cpu {run.cpu:8.1f} s  "
        f"peak {run.peak_mb:7.0f} MB  {state}"
    )


def corpus(messages: int) -> Path:
    path = DATA / f"corpus-{messages}.txt"
    stats = DATA / f"corpus-{messages}.stats"
    if not path.exists() or not stats.exists():
        stats.write_text(describe(write_chat(path, messages)), encoding="utf-8")
    print(stats.read_text(encoding="utf-8"))
    return path


def distinct(args, tmp: Path) -> None:
    export = corpus(args.messages)
    print(f"export: {export.stat().st_size / 1e6:.0f} MB")
    show("parse -o .parquet", measure([CLI, "parse", str(export), "-o", str(tmp / "m.parquet")]))
    select = ["--select", args.select] if args.select else []
    label = f"scan --no-models {' '.join(select)}".strip()
    show(
        label,
        measure(
            [CLI, "scan", str(export), "-o", str(tmp / "r.json"), "--no-models", *select, "-q"]
        ),
    )


def long_message(args, tmp: Path) -> None:
    export = DATA / f"long-message-{args.megabytes}mb.txt"
    if not export.exists():
        rng = random.Random(5)
        words = ("the patient on the ward said Megan was rude and honestly the placement is "
                 "awful so I am writing it all down here for the essay lol").split()  # fmt: skip
        with export.open("w", encoding="utf-8") as out:
            out.write("13/01/2024, 09:00 - Amira Khan: has anyone got the notes?\n")
            out.write("13/01/2024, 09:01 - Ben Carter: ")
            written, target = 0, args.megabytes * 1_000_000
            while written < target:
                chunk = " ".join(rng.choices(words, k=20_000)) + " "
                out.write(chunk)
                written += len(chunk)
            out.write("\n13/01/2024, 09:02 - Amira Khan: thanks!\n")
    print(f"export: one message of {export.stat().st_size / 1e6:.0f} MB")
    for extra in (["--no-models"], []):
        label = "scan " + (" ".join(extra) or "(models)")
        out = str(tmp / "r.json")
        show(label, measure([CLI, "scan", str(export), "-o", out, "--force", *extra, "-q"]))


def big_zip(args, tmp: Path) -> None:
    archive = DATA / f"chat-{args.megabytes}mb.zip"
    if not archive.exists():
        messages = int(args.megabytes * 1_000_000 / 112)  # the corpus averages ~112 bytes
        text = corpus(messages)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
            out.write(text, "_chat.txt")
    size = zipfile.ZipFile(archive).getinfo("_chat.txt").file_size
    print(
        f"export: {archive.name}, {archive.stat().st_size / 1e6:.0f} MB zip, "
        f"chat {size / 1e6:.0f} MB"
    )
    show("parse -o .parquet", measure([CLI, "parse", str(archive), "-o", str(tmp / "m.parquet")]))
    select = ["--select", args.select] if args.select else []
    label = f"scan --no-models {' '.join(select)}".strip()
    show(
        label,
        measure(
            [CLI, "scan", str(archive), "-o", str(tmp / "r.json"), "--no-models", *select, "-q"]
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=("distinct", "long-message", "zip"))
    parser.add_argument("--messages", type=int, default=2_000_000)
    parser.add_argument("--megabytes", type=int, default=None)
    parser.add_argument("--select", default=None, help="rule codes for the scan (default: all)")
    args = parser.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if args.case == "distinct":
            distinct(args, tmp)
        elif args.case == "long-message":
            args.megabytes = args.megabytes or 200
            long_message(args, tmp)
        else:
            args.megabytes = args.megabytes or 900
            big_zip(args, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
