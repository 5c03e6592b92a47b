"""The evaluation behind `make eval`: precision and recall of every detector on the dev chats,
the blind test set (evaluation/test, hash-pinned, never read while tuning) and the external
research sets in ../shared/eval, plus paraphrase robustness and per-rule/per-cue counts.

    labels.py      reading labelled folders, paraphrases, the test set's manifest
    categories.py  what each label category means in findings (the scoring table)
    scoring.py     recall, precision and benign false alarms from frames (pure)
    chats.py       synthetic chats (one message per external sentence), reworded variants
    external.py    HateCheck, presidio-research synthetic PII, Davidson, read in place
    cues.py        findings per rule and cue, raw cue matches, suspect cues
    run.py         scanning each set; provenance.py what ran; report.py the outputs
    cli.py         the command (`python scripts/evaluate.py`, `python -m scripts.evaluation`)
"""
