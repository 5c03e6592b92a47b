"""Per rule and per cue: how many findings name each rule and each cue, how many messages each
cue's pattern matches at all, and the "suspects": cues that match exactly one dev message and
nothing in any other set (a cue written for one sentence, which will not generalise)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from audit.core.people import authored
from detectors.lexicon import Cue, fold


def rule_counts(findings: pd.DataFrame) -> dict[str, int]:
    return {str(k): int(v) for k, v in findings["rule"].value_counts().sort_index().items()}


def cue_counts(findings: pd.DataFrame) -> dict[str, int]:
    """Findings naming each cue (the `cue` column is "; "-joined names)."""
    counts: Counter[str] = Counter()
    for joined in findings["cue"].dropna().astype(str):
        counts.update(name for name in dict.fromkeys(joined.split("; ")) if name)
    return dict(sorted(counts.items()))


def authored_texts(messages: pd.DataFrame) -> list[str]:
    people = messages[authored(messages) & messages["text"].notna()]
    return people["text"].astype(str).tolist()


def raw_matches(texts: Sequence[str], cues: Iterable[Cue]) -> dict[str, int]:
    """Messages each cue's pattern matches anywhere, whether or not a detector used it. The
    cue's required literals skip texts it cannot match (sound: see detectors.lexicon)."""
    folded = [fold(t) for t in texts]
    counts = {}
    for cue in cues:
        literals = cue.literals()
        candidates = (
            range(len(texts))
            if not literals
            else [i for i, f in enumerate(folded) if any(lit in f for lit in literals)]
        )
        counts[cue.name] = sum(1 for i in candidates if cue.search(texts[i]))
    return counts


def suspects(
    raw: Mapping[str, Mapping[str, int]],
    fired: Mapping[str, Mapping[str, int]],
    dev: str = "dev",
) -> list[str]:
    """Cues matching exactly one dev message and no message of any other set, and named by no
    finding outside dev. `raw` and `fired`: set name -> cue name -> count."""
    out = []
    for name, count in raw.get(dev, {}).items():
        elsewhere = sum(r.get(name, 0) for s, r in raw.items() if s != dev)
        elsewhere += sum(f.get(name, 0) for s, f in fired.items() if s != dev)
        if count == 1 and not elsewhere:
            out.append(name)
    return sorted(out)


def never_matched(raw: Mapping[str, Mapping[str, int]]) -> list[str]:
    names = {n for counts in raw.values() for n in counts}
    return sorted(n for n in names if not any(r.get(n, 0) for r in raw.values()))
