"""Scan speed on a realistic chat: a cold scan (empty score cache), the same scan again (every
text cached: no model is loaded), and a model-free scan, each as a child process with its wall
time and peak memory, on the corpus of benchmarks/corpus.py (real message lengths and
capitalisation, ~90% distinct texts, many findings). Prints the corpus statistics, the
findings per detector, whether the cached re-run found exactly the same, and its time as a
share of the cold scan's (goal <= 0.1x).

    .venv/bin/python benchmarks/bench_scan.py [--messages 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import DATA, Run, measure  # noqa: E402
from corpus import describe, write_chat  # noqa: E402


def scan(export: Path, out: Path, env: dict, *extra: str) -> Run:
    script = Path(sys.executable).with_name("chat-audit")
    command = [str(script), "scan", str(export), "-o", str(out), "--force", "-q", *extra]
    old = dict(os.environ)
    os.environ.update(env)
    try:
        return measure(command)
    finally:
        os.environ.clear()
        os.environ.update(old)


def findings(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["findings"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    export = DATA / f"scan-corpus-{args.messages}.txt"
    print(describe(write_chat(export, args.messages)))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {"XDG_CACHE_HOME": str(folder / "cache"), "XDG_CONFIG_HOME": str(folder / "cfg")}
        # One hash seed for all three runs, so "same findings" compares the cache's effect
        # only: a detector whose output follows set order would differ between any two runs.
        env["PYTHONHASHSEED"] = os.environ.get("PYTHONHASHSEED", "0")
        runs = {}
        for name, extra in (("cold", ()), ("cached", ()), ("no models", ("--no-models",))):
            out = folder / f"{name.replace(' ', '-')}.json"
            runs[name] = (scan(export, out, env, *extra), out)
            run = runs[name][0]
            if not run.ok:
                print(f"{name} scan failed: {run.output[-800:]}")
                return 1
            print(
                f"{name + ' scan':<16} {run.wall:7.2f} s wall, cpu {run.cpu:7.2f} s, "
                f"peak {run.peak_mb:6.0f} MB"
            )
        cold, cached = findings(runs["cold"][1]), findings(runs["cached"][1])
        by_detector: dict[str, int] = {}
        for finding in cold:
            by_detector[finding["detector"]] = by_detector.get(finding["detector"], 0) + 1
        print(f"findings: {len(cold):,} " + str(dict(sorted(by_detector.items()))))
        share = runs["cached"][0].wall / runs["cold"][0].wall
        print(
            f"cached re-run: {share:.2f}x the cold scan's time (goal <= 0.1x); "
            f"same findings: {'yes' if cold == cached else 'NO'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
