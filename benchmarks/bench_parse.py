"""Parse speed and memory: `chat-audit parse` against whatstk on the same 1,000,000-message
Android export, side by side in one run.

    .venv/bin/python benchmarks/bench_parse.py [--messages 1000000] [--repeat 3]
        [--whatstk-python /tmp/whatstk-venv/bin/python]

1. Writes a realistic export (about 117 MB: 40 members, short and long messages, 5 %
   multi-line with inner blank lines, media placeholders, deleted and edited messages, system
   notices, emoji) to bench-data/ in the repository (git-ignored); reused if already there.
2. Runs `chat-audit parse big.txt -o big.parquet` as a subprocess, `--repeat` times, and
   reports wall time and peak RSS (from os.wait4's rusage of that child alone).
3. Runs whatstk's `df_from_whatsapp` on the same file in whatstk's own environment (install
   it apart from chat-audit: `python -m venv /tmp/whatstk-venv &&
   /tmp/whatstk-venv/bin/pip install whatstk`); skipped with a message if that python is
   missing.
Goal: <= 2.5 s wall and <= 600 MB peak RSS on a 2-core machine, and >= 4x faster than whatstk.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench-data"
WHATSTK_HFORMAT = "%d/%m/%Y, %H:%M - %name:"

WORDS = (
    "placement ward shift mentor essay deadline rota handover lecture library coffee tomorrow "
    "sorry thanks anyone notes exam quiz bus late early patient care plan reflective log "
    "sign-off supervisor module assignment group meeting teams link room slides revision "
    "the a to and of is it you i we for on at this that with can be have just so lol"
).split()
EMOJI = ["😂", "🙈", "👍", "😭", "❤️", "🙏", "👩🏻\u200d⚕️", "🎉"]


def generate(path: Path, messages: int, seed: int = 2024) -> None:
    """Write an Android 'dd/mm/yyyy, HH:MM - Name: text' export of `messages` messages."""
    rng = random.Random(seed)
    people = [f"Student {i:02}" for i in range(36)] + [
        "\u202a+44 7700 900123\u202c",
        "Amira Khan",
        "Ben O'Neill",
        "Chloé",
    ]
    minute = 0
    day_seconds = 24 * 60
    import datetime as dt

    start = dt.datetime(2023, 9, 1, 7, 0)
    lines: list[str] = []
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(
            f"{start:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted. No one "
            "outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn "
            "more.\n"
        )
        for _ in range(messages - 1):
            minute += rng.choice((0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 40))
            when = start + dt.timedelta(minutes=minute % (day_seconds * 700))
            head = f"{when:%d/%m/%Y, %H:%M} - "
            roll = rng.random()
            if roll < 0.001:
                lines.append(head + f"{rng.choice(people)} added {rng.choice(people)}")
                continue
            author = rng.choice(people)
            if roll < 0.03:
                body = "<Media omitted>"
            elif roll < 0.04:
                body = "This message was deleted"
            else:
                body = " ".join(rng.choices(WORDS, k=int(rng.expovariate(1 / 13)) + 1))
                if rng.random() < 0.15:
                    body += " " + rng.choice(EMOJI)
                if rng.random() < 0.05:
                    extra = " ".join(rng.choices(WORDS, k=rng.randint(2, 15)))
                    body += rng.choice(("\n", "\n\n")) + extra
                if rng.random() < 0.01:
                    body += " <This message was edited>"
            lines.append(f"{head}{author}: {body}")
            if len(lines) >= 50_000:
                out.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            out.write("\n".join(lines) + "\n")


@dataclass
class Run:
    wall: float
    cpu: float  # user + system seconds of the child; less swayed by other load than wall time
    peak_mb: float
    ok: bool
    output: str


def measure(command: list[str]) -> Run:
    """Wall time and peak RSS of one child process (rusage of that child only)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode("utf-8", errors="replace")
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, cpu, usage.ru_maxrss / 1024, process.returncode == 0, output.strip())


def chat_audit_command(export: Path, output: Path) -> list[str]:
    script = Path(sys.executable).with_name("chat-audit")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "audit"]
    return base + ["parse", str(export), "-o", str(output), "--force"]


def whatstk_command(python: str, export: Path) -> list[str]:
    code = (
        "import time; t = time.perf_counter(); from whatstk import df_from_whatsapp; "
        f"df = df_from_whatsapp({str(export)!r}, hformat={WHATSTK_HFORMAT!r}, max_size=None); "
        "print(len(df), 'rows', round(time.perf_counter() - t, 2), 's inside')"
    )
    return [python, "-c", code]


def report(name: str, runs: list[Run]) -> Run:
    best = min(runs, key=lambda r: r.wall)
    walls = ", ".join(f"{r.wall:.2f}" for r in runs)
    median = statistics.median(r.wall for r in runs)
    peak = max(r.peak_mb for r in runs)
    cpu = min(r.cpu for r in runs)
    print(
        f"{name:<11} best {best.wall:6.2f} s  median {median:6.2f} s  cpu {cpu:6.2f} s  "
        f"peak RSS {peak:6.0f} MB  (runs: {walls})"
    )
    if not all(r.ok for r in runs):
        print(f"  {name} failed: {next(r.output for r in runs if not r.ok)[-500:]}")
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--whatstk-python", default="/tmp/whatstk-venv/bin/python")
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args(argv)

    DATA.mkdir(exist_ok=True)
    export = DATA / f"big-{args.messages}.txt"
    if args.regenerate or not export.exists():
        started = time.perf_counter()
        generate(export, args.messages)
        print(f"generated {export} in {time.perf_counter() - started:.1f} s")
    size = export.stat().st_size / 1e6
    print(
        f"export: {export.name}, {args.messages:,} messages, {size:.0f} MB; "
        f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}"
    )

    output = DATA / "big.parquet"
    ours = [measure(chat_audit_command(export, output)) for _ in range(args.repeat)]
    best = report("chat-audit", ours)
    print(f"  {ours[-1].output.splitlines()[-1] if ours[-1].output else ''}")

    python = args.whatstk_python
    if not (Path(python).exists() or shutil.which(python)):
        print(
            f"whatstk: {python} not found; install it in its own environment: "
            "python -m venv /tmp/whatstk-venv && /tmp/whatstk-venv/bin/pip install whatstk"
        )
        return 0 if best.ok else 1
    theirs = [measure(whatstk_command(python, export)) for _ in range(max(1, args.repeat // 2))]
    other = report("whatstk", theirs)
    if other.output:
        print(f"  {other.output.splitlines()[-1]}")
    if best.ok and other.ok:
        print(
            f"speed-up: {other.wall / best.wall:.1f}x faster than whatstk "
            f"(goal >= 4x); memory {best.peak_mb:.0f} MB vs {other.peak_mb:.0f} MB"
        )
    return 0 if best.ok else 1


if __name__ == "__main__":
    sys.exit(main())
