"""Parse speed and memory: `chat-audit parse` against whatstk on the same 1,000,000-message
Android export, side by side in one run.

    .venv/bin/python benchmarks/bench_parse.py [--messages 1000000] [--repeat 3]
        [--whatstk-python /tmp/whatstk-venv/bin/python]

1. Writes the realistic corpus of benchmarks/corpus.py (about 100 MB: 40 members, messages
   from the sample and dev chats with real lengths and capitalisation, ~90% distinct) to
   bench-data/ in the repository (git-ignored), and prints its statistics.
2. Runs `chat-audit parse big.txt -o big.parquet` as a subprocess, `--repeat` times, and
   reports wall time and peak RSS (from os.wait4's rusage of that child alone).
3. Runs whatstk's `df_from_whatsapp` on the same file in whatstk's own environment (install
   it apart from chat-audit: `python -m venv /tmp/whatstk-venv &&
   /tmp/whatstk-venv/bin/pip install whatstk`); skipped with a message if that python is
   missing.
Goal: chat-audit's time <= 0.2x whatstk's in the same run (>= 5x faster), <= 600 MB peak RSS.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import describe, write_chat  # noqa: E402

DATA = ROOT / "bench-data"
WHATSTK_HFORMAT = "%d/%m/%Y, %H:%M - %name:"


def generate(path: Path, messages: int, seed: int = 2024) -> str:
    """Write the realistic corpus (benchmarks/corpus.py); returns its statistics line."""
    return describe(write_chat(path, messages, seed))


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
    export = DATA / f"corpus-{args.messages}.txt"
    stats = DATA / f"corpus-{args.messages}.stats"
    if args.regenerate or not export.exists() or not stats.exists():
        started = time.perf_counter()
        stats.write_text(generate(export, args.messages), encoding="utf-8")
        print(f"generated {export} in {time.perf_counter() - started:.1f} s")
    print(stats.read_text(encoding="utf-8"))
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
            f"chat-audit takes {best.wall / other.wall:.2f}x whatstk's time (goal <= 0.2x), "
            f"cpu {min(r.cpu for r in ours) / min(r.cpu for r in theirs):.2f}x; "
            f"memory {best.peak_mb:.0f} MB vs {other.peak_mb:.0f} MB"
        )
    return 0 if best.ok else 1


if __name__ == "__main__":
    sys.exit(main())
