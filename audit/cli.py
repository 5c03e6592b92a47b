"""The command line: a thin click layer. Each command reads its options, builds one
AuditConfig, and calls one library function. Library errors (audit.core.errors) become one line on
stderr and exit code 2; findings at or above --fail-on give exit code 1."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from audit import __version__
from audit.core.config import DATE_ORDERS, build_config
from audit.core.errors import ChatAuditError, UsageError
from audit.core.schema import SEVERITIES

REPORT_FORMATS = ("html", "json", "csv", "parquet")


class AuditGroup(click.Group):
    """Turns chat-audit's typed errors into one line and exit 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ChatAuditError as exc:
            click.echo(f"chat-audit: error: {exc.one_line()}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("chat-audit: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=AuditGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chat-audit")
def main() -> None:
    """Audit exported WhatsApp group chats for messages that may breach professional codes of
    conduct. Everything runs on this computer; nothing is sent anywhere."""


date_order_option = click.option(
    "--date-order",
    type=click.Choice(DATE_ORDERS, case_sensitive=False),
    help="Day/month order of the export's dates (default: inferred from the whole file).",
)


@main.command()
@click.argument("export", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the messages to FILE (.parquet, .csv or .jsonl). Without it, print a summary.",
)
@date_order_option
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def parse(export: Path, output: Path | None, date_order: str | None, force: bool) -> None:
    """Read a WhatsApp export (.txt or .zip) into the messages table."""
    from audit.parse.messages_io import write_messages
    from audit.parse.parsing import describe, parse_export

    parsed = parse_export(export, date_order=date_order.upper() if date_order else None)
    if output is None:
        click.echo(describe(parsed))
        return
    write_messages(parsed.messages, output, force=force)
    click.echo(f"wrote {len(parsed.messages)} messages to {output}", err=True)


@main.command()
@click.argument("exports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("chat-audit-report.html"),
    show_default=True,
    help="Report file; its extension picks the format.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    help="Report format (default: from the extension of -o, else html).",
)
@click.option("--force", is_flag=True, help="Overwrite the report if it exists.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    help="A chat-audit.toml with settings (flags override it).",
)
@click.option(
    "--select",
    multiple=True,
    help="Only these rule codes or prefixes (repeatable, or comma-separated).",
)
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes.")
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option(
    "--guidance",
    "guidance_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Extra guidance catalogue (TOML) to extend or replace the built-in one.",
)
@click.option("--quiet-hours", help="Quiet hours as HH:MM-HH:MM (default 22:00-07:00).")
@click.option(
    "--weekend-quiet/--no-weekend-quiet", default=None, help="Treat weekends as quiet too."
)
@date_order_option
@click.option(
    "--models/--no-models",
    "use_models",
    default=None,
    help="Use the NLP models (default) or rules over the text alone (fast).",
)
@click.option(
    "--toxicity-model", help="Detoxify model name or local path (see `chat-audit models`)."
)
@click.option("--spacy-model", help="spaCy model package for named entities.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), help="Where to run models.")
@click.option("--no-cache", is_flag=True, default=None, help="Don't reuse or store model scores.")
@click.option(
    "--reveal",
    is_flag=True,
    default=None,
    help="Show the identifying text of confidentiality findings (masked by default).",
)
@click.option(
    "--me", help="Self-review: this member's findings first, everyone else pseudonymised."
)
@click.option(
    "--pseudonymise",
    is_flag=True,
    default=None,
    help="Pseudonymise every member (an advisor's copy).",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Findings already seen (a JSON file of fingerprints): mark the others as new.",
)
@click.option(
    "--update-baseline", is_flag=True, help="After the scan, add its findings to --baseline."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
def scan(
    exports,
    output,
    fmt,
    force,
    config_file,
    select,
    ignore,
    fail_on,
    guidance_files,
    quiet_hours,
    weekend_quiet,
    date_order,
    use_models,
    toxicity_model,
    spacy_model,
    device,
    no_cache,
    reveal,
    me,
    pseudonymise,
    baseline,
    update_baseline,
    quiet,
) -> None:
    """Scan one or more exports (or folders of them) and write a report."""
    from audit.app import scan as run_scan
    from audit.core.baseline import read_baseline, write_baseline
    from audit.core.output import check_writable
    from reports.exports import write_report

    fmt = fmt or _format_from_suffix(output)
    config = build_config(
        config_file,
        select=_split(select),
        ignore=_split(ignore),
        fail_on=fail_on,
        guidance_files=tuple(guidance_files),
        quiet_hours=quiet_hours,
        weekend_quiet=weekend_quiet,
        date_order=date_order.upper() if date_order else None,
        use_models=use_models,
        toxicity_model=toxicity_model,
        spacy_model=spacy_model,
        device=device,
        use_cache=False if no_cache else None,
        reveal=reveal,
        me=me,
        pseudonymise=pseudonymise,
        progress=False if quiet or not sys.stderr.isatty() else None,
        baseline=baseline,
    )
    if update_baseline and config.baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE")
    check_writable(output, force)  # fail before the slow part, not after
    result = run_scan(exports, config)
    write_report(result, output, fmt, force=force)
    if update_baseline:
        write_baseline(config.baseline, result.findings, read_baseline(config.baseline))
    if not quiet:
        click.echo(_one_line_summary(result, output), err=True)
    if config.fail_on and result.at_or_above(config.fail_on):
        sys.exit(1)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _format_from_suffix(output: Path) -> str:
    suffix = output.suffix.lower().lstrip(".")
    if suffix in ("htm", "html"):
        return "html"
    if suffix in REPORT_FORMATS:
        return suffix
    raise UsageError(
        f"cannot tell the report format from {output.name!r}",
        "end -o with .html, .json, .csv or .parquet, or pass --format",
    )


def _one_line_summary(result, output: Path) -> str:
    from reports.view import self_review_line  # with --me, the reviewer's own count leads

    mine = self_review_line(result)
    counts = result.summary["by_severity"]
    fallback = [m for m in result.models if m.fallback]
    note = f"; fallback model: {fallback[0].name}" if fallback else ""
    if "new" in result.summary:
        note += f"; {result.summary['new']} new since the baseline"
    return (f"{mine}; in all: " if mine else "") + (
        f"{result.summary['messages']} messages, {result.summary['findings']} findings "
        f"(high {counts['high']}, medium {counts['medium']}, low {counts['low']}){note}; "
        f"report: {output}"
    )


@main.command()
@click.option(
    "--guidance",
    "guidance_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Extra guidance catalogue (TOML), as for scan.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def rules(guidance_files, fmt) -> None:
    """List every rule with its code, severity, summary and guidance."""
    import json

    from audit.core.guidance import load_catalogue
    from detectors import DETECTORS

    catalogue = load_catalogue(guidance_files)
    records = []
    for detector in DETECTORS:
        for rule in detector.RULES:
            refs = [catalogue[g] for g in rule.guidance if g in catalogue]
            records.append((detector.NAME, rule, refs))
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "detector": d,
                        "severity": r.severity,
                        "summary": r.summary,
                        "why": r.why,
                        "guidance": [
                            {
                                "id": g.id,
                                "title": g.title,
                                "standard": g.standard,
                                "source": g.source.title,
                                "url": g.link,
                            }
                            for g in refs
                        ],
                    }
                    for d, r, refs in records
                ],
                indent=2,
            )
        )
        return
    for detector_name, rule, refs in records:
        click.echo(f"{rule.code}  {rule.severity:<6}  {rule.name}  [{detector_name}]")
        click.echo(f"    {rule.summary}")
        for g in refs:
            where = f" <{g.link}>" if g.link else ""
            label = f"{g.standard}: " if g.standard else ""
            click.echo(f"    - {label}{g.title} ({g.source.publisher}){where}")


@main.group()
def models() -> None:
    """Download and list the NLP models (the only command that uses the network)."""


@models.command("download")
@click.argument("name", default="original")
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path),
    help="Cache folder (default: ~/.cache/chat-audit); models go in its models/ folder.",
)
def models_download(name: str, cache_dir: Path | None) -> None:
    """Download detoxify model NAME (original, unbiased or multilingual) for offline use."""
    from audit.scoring.store import DETOXIFY_MODELS, download_model

    if name in DETOXIFY_MODELS:
        click.echo(f"downloading detoxify {name!r} (about 0.5-1 GB)...", err=True)
    folder = download_model(name, cache_dir)
    click.echo(f"saved {name} to {folder}; scans will use it without the network", err=True)


@models.command("list")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Cache folder, as for download.")
def models_list(cache_dir: Path | None) -> None:
    """List downloaded toxicity models, and which one a scan would use."""
    from audit.scoring.store import installed_models, known_names, models_dir

    found = installed_models(cache_dir)
    if not found:
        click.echo(
            f"no detoxify model in {models_dir(cache_dir)}: scans use the alt-profanity-check "
            f"fallback (profanity only). Get one with `chat-audit models download` "
            f"({known_names()})."
        )
        return
    for i, model in enumerate(found):
        default = "  (used by default)" if i == 0 else ""
        click.echo(
            f"{model.name:<13} {model.hub_id:<18} {model.size_mb:>7.1f} MB  {model.path}{default}"
        )
