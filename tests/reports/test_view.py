"""The privacy view: summaries from columns, thresholds as the app passes them, and the
report layer reading nothing from the detector modules."""

from __future__ import annotations

import re
import types
from pathlib import Path

import pandas as pd

from report_scans import make_scan
from reports.html import build_report
from reports.view import privacy_view, threshold_rows

REPORTS = Path(__file__).resolve().parents[2] / "reports"


def test_reports_never_import_a_detector_module():
    for path in REPORTS.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) detectors\b", source, re.M), path


def test_thresholds_of_every_shape_and_only_of_scorers_that_ran():
    declared = {
        "toxicity": {
            "insult": {"value": 0.6, "source": "tuned on evaluation/dev", "scorer": "toxicity"},
            "profanity": (0.8, "alt-profanity-check's own cut-off"),
            "flag": True,  # not a number: not a threshold
        },
        "bullying": {
            "pile_on_gap_minutes": 20,
            "share": types.SimpleNamespace(value=0.6, source="x"),
        },
        "off_hours": {},
    }
    rows = threshold_rows(declared, scorers=set())
    assert [(r.detector, r.name, r.value, r.note) for r in rows] == [
        ("toxicity", "profanity", "0.8", "alt-profanity-check's own cut-off"),
        ("bullying", "pile_on_gap_minutes", "20", ""),
        ("bullying", "share", "0.6", "x"),
    ]
    assert "insult" in [r.name for r in threshold_rows(declared, scorers={"toxicity"})]


def test_the_report_lists_the_thresholds_the_app_passed():
    result = make_scan()
    result.thresholds = {"toxicity": {"insult": {"value": 0.6, "source": "tuned on dev"}}}
    report = build_report(privacy_view(result))
    assert report.thresholds == [("Offensive language", "insult", "0.6", "tuned on dev")]
    result.thresholds = {}
    assert build_report(privacy_view(result)).thresholds == []


def test_summary_is_built_from_columns_and_pseudonymised_throughout():
    result = make_scan(pseudonymise=True)
    # a detector's own summary naming members in keys and values
    result.summary["bullying"] = {"dominating": {"Tom Whitfield": 1}, "note": "Megan Doyle, again"}
    view = privacy_view(result)
    summary = view.summary
    megan = view.findings.loc[view.findings["rule"] == "BUL001", "target"].iloc[0]
    assert megan == "Member 1"  # the pile-on's target, pseudonymised in the table too
    assert summary["by_target"] == {"Member 1": 3}
    assert summary["episodes"] == 1
    assert all(k.startswith("Member ") for k in summary["by_author"])
    assert list(summary["bullying"]["dominating"]) == ["Member 2"]
    assert "Megan" not in summary["bullying"]["note"]
    assert summary["findings"] == len(result.findings)


def test_explanations_never_quote_what_the_masks_hide():
    result = make_scan()
    conf = result.findings["detector"] == "confidentiality"
    result.findings.loc[conf, "explanation"] = "Mr Okafor in bed 4 is named."
    view = privacy_view(result)
    shown = view.findings.loc[view.findings["detector"] == "confidentiality", "explanation"]
    assert shown.tolist() == ["[PERSON] in [BED] is named."]
    text = view.findings.loc[view.findings["detector"] == "confidentiality", "text"].iloc[0]
    assert "Okafor" not in text and "[PERSON]" in text


def test_two_exports_with_one_file_name_keep_distinct_chat_names():
    result = make_scan()
    other = result.messages.copy()
    other["chat"] = "elsewhere/WhatsApp Chat with Ward 7.txt"
    result.messages = pd.concat([result.messages, other], ignore_index=True)
    view = privacy_view(result)
    assert sorted(view.messages["chat"].unique()) == [
        "WhatsApp Chat with Ward 7.txt",
        "WhatsApp Chat with Ward 7.txt (2)",
    ]


def test_a_checks_own_report_lines_are_shown_made_safe():
    result = make_scan(pseudonymise=True)
    result.thresholds = {"conduct": {}, "off_hours": {}}
    result.summary["conduct"] = {"report": ["Tom Whitfield wrote most off-topic messages."]}
    report = build_report(privacy_view(result))
    assert report.extra == [("Professional conduct", ["Member 2 wrote most off-topic messages."])]


def test_the_terminal_summary_leads_with_the_reviewers_count(tmp_path):
    from click.testing import CliRunner

    from audit.cli import main

    sample = Path(__file__).resolve().parents[2] / "sample_exports" / "nursing_cohort_android.txt"
    for me, opening in [
        ("Chloe Bennett", r"Chloe Bennett: none of your messages was flagged; in all: \d+ "),
        ("Tom", r"Tom Whitfield: \d+ of your messages were flagged \(\d+ findings: high "),
    ]:
        out = tmp_path / f"{me}.json"
        result = CliRunner().invoke(
            main, ["scan", str(sample), "--no-models", "--me", me, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert re.match(opening, result.output), result.output
