import sys

from scripts.evaluation.cli import main

sys.exit(main())
