"""`make eval`: score every detector on the dev chats, the blind test set and the external
sets; print the tables; with --write, publish docs/evaluation.md, the README section and
evaluation/results.json."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from audit.core.config import AuditConfig
from audit.core.errors import ChatAuditError
from detectors import all_cues

from . import provenance, report
from .cues import never_matched, suspects
from .external import LOADERS
from .labels import (
    DEV_PARAPHRASES,
    MANIFEST,
    LabelError,
    attach_dev_paraphrases,
    check_manifest,
    load_folder,
)
from .run import SetRun, run_external, run_labelled

ROOT = Path(__file__).resolve().parents[2]
DOC = Path("docs/evaluation.md")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="scripts/evaluate.py", description=__doc__.splitlines()[0])
    p.add_argument("--dev", type=Path, default=ROOT / "evaluation" / "dev")
    p.add_argument("--test", type=Path, default=ROOT / "evaluation" / "test")
    p.add_argument("--external", type=Path, default=ROOT.parent / "shared" / "eval")
    p.add_argument(
        "--sets",
        default="dev,test," + ",".join(LOADERS),
        help="comma-separated: dev, test, " + ", ".join(LOADERS),
    )
    p.add_argument("--davidson-per-class", type=int, default=600)
    p.add_argument("--seed", type=int, default=2024, help="the Davidson sample's seed")
    p.add_argument("--no-models", action="store_true", help="rules over the text alone")
    p.add_argument("--no-cache", action="store_true", help="score every text afresh")
    p.add_argument("--write", action="store_true", help="write the doc, README and JSON")
    p.add_argument("--verbose", "-v", action="store_true", help="list dev lines missed/flagged")
    return p


def _test_status(folder: Path) -> str:
    if not folder.is_dir():
        return f"{folder.name}/ is not there yet: no blind test figures"
    if not (folder / MANIFEST).exists():
        return f"{MANIFEST} is missing: the test set is not pinned"
    return check_manifest(folder).describe()


def evaluate(args: argparse.Namespace) -> tuple[dict, list[SetRun]]:
    wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = set(wanted) - {"dev", "test", *LOADERS}
    if unknown:
        raise LabelError(f"unknown set(s) {', '.join(sorted(unknown))}")
    config = AuditConfig(use_models=not args.no_models, use_cache=not args.no_cache, progress=False)
    cues = all_cues()
    models: list = []
    runs: list[SetRun] = []
    began = time.monotonic()
    if "dev" in wanted:
        dev = load_folder(args.dev, "dev")
        if not dev:
            raise LabelError(f"no labelled chats (NAME.txt + NAME.labels.csv) in {args.dev}")
        if (args.test / DEV_PARAPHRASES).exists():
            attach_dev_paraphrases(dev, args.test / DEV_PARAPHRASES)
        title = f"{len(dev)} chats written with the cues (tuning allowed)"
        runs.append(run_labelled("dev", title, dev, config, cues, models, itemise=args.verbose))
        _progress(runs[-1], began)
    test_status = _test_status(args.test)
    if "test" in wanted and args.test.is_dir():
        test = load_folder(args.test, "test")
        if test:
            title = f"{len(test)} chats written blind, frozen ({test_status})"
            runs.append(run_labelled("test", title, test, config, cues, models))
            _progress(runs[-1], began)
    for name, loader in LOADERS.items():
        if name not in wanted:
            continue
        if not args.external.is_dir():
            print(f"external sets not found at {args.external}: skipped", file=sys.stderr)
            break
        kwargs = {"per_class": args.davidson_per_class, "seed": args.seed}
        ext = loader(args.external, **kwargs) if name == "davidson" else loader(args.external)
        runs.append(run_external(ext, config, cues, models))
        _progress(runs[-1], began)
    meta = {
        "date": provenance.today(),
        "commit": provenance.git_commit(ROOT),
        "seconds": time.monotonic() - began,
        "models": provenance.models_used(models),
        "settings": provenance.settings(config),
        "thresholds": provenance.thresholds(),
        "test_set": test_status,
    }
    return meta, runs


def _progress(run: SetRun, began: float) -> None:
    print(f"[{time.monotonic() - began:5.0f} s] scored {run.name}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        meta, runs = evaluate(args)
    except (LabelError, ChatAuditError, OSError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    raw = {r.name: r.raw for r in runs}
    fired = {r.name: r.cues for r in runs}
    found_suspects = suspects(raw, fired) if "dev" in raw else []
    dead = never_matched(raw)
    text = report.full_report(meta, runs, found_suspects, dead)
    print(text)
    if args.write:
        report.write(ROOT / DOC, text)
        readme = ROOT / "README.md"
        body = report.readme_section(meta, runs, DOC.as_posix())
        try:
            readme.write_text(
                report.replace_between_markers(readme.read_text("utf-8"), body), "utf-8"
            )
        except ValueError as exc:
            print(f"evaluate: {exc}", file=sys.stderr)
            return 2
        report.write(
            ROOT / "evaluation" / "results.json",
            report.results_json(meta, runs, found_suspects, dead),
        )
        print(f"wrote {DOC}, README.md (How well it works), evaluation/results.json")
    return 0
