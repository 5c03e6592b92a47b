"""Precision and recall of every detector on dev, the blind test set and the external sets.

    .venv/bin/python scripts/evaluate.py [--write] [--sets dev,test,hatecheck,presidio,davidson]

`make eval` runs it with --write (docs/evaluation.md, the README section, evaluation/results.json).
The code is the package scripts/evaluation/."""

import sys
from pathlib import Path

# Run as a file, Python puts scripts/ on the path, not the repository root the package needs.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.evaluation.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
