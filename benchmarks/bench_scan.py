"""Model-free scan of a 100,000-message export (off-hours + bullying), the issue 3 target
(< 10 s). Generates the export with bench_parse's generator, then times
`chat-audit scan FILE -o out.json --no-models --select OFF,BUL` as a child process.

    python benchmarks/bench_scan.py [--messages 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import generate, measure  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "bench-data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    export = DATA / f"scan-{args.messages}.txt"
    if not export.exists():
        generate(export, args.messages)
    script = Path(sys.executable).with_name("chat-audit")
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            out = Path(tmp) / f"out{i}.json"
            command = [
                str(script),
                "scan",
                str(export),
                "-o",
                str(out),
                "--no-models",
                "--select",
                "OFF,BUL",
                "--quiet",
            ]
            run = measure(command)
            if not run.ok:
                print(run.output, file=sys.stderr)
                return 1
            runs.append(run)
    walls = [r.wall for r in runs]
    print(
        f"scan {args.messages} messages (off-hours + bullying, no models): "
        f"best {min(walls):.2f} s, median {statistics.median(walls):.2f} s wall, "
        f"cpu {min(r.cpu for r in runs):.2f} s, peak {max(r.peak_mb for r in runs):.0f} MB "
        f"(goal < 10 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
