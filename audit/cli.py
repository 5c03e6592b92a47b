"""The command line: a thin click layer. Each command reads its options, builds one
AuditConfig, and calls one library function. Library errors (audit.core.errors) and click's
own usage errors become one line on stderr and exit code 2; findings at or above --fail-on
give exit code 1, with a line saying so; an unexpected error (a bug) is one line too, with exit
code 3 (CHAT_AUDIT_DEBUG=1 shows its traceback). The `scan` options are generated from the settings
declared on AuditConfig (audit/core/config.py), one flag each."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from audit import __version__
from audit.core.config import Setting, build_config, settings
from audit.core.errors import ChatAuditError, UsageError
from audit.core.output import is_stdout, terminal_safe

REPORT_FORMATS = ("html", "json", "csv", "parquet")
STDOUT_FORMATS = ("json", "csv")  # `-o -`: text formats a pipe or terminal can take
MAX_SKIPPED_SHOWN = 20
INTERNAL_ERROR = 3  # exit code of a bug in chat-audit (never of bad input)
DEBUG_VARIABLE = "CHAT_AUDIT_DEBUG"


def _error(text: str) -> None:
    click.echo(f"chat-audit: error: {terminal_safe(text, one_line=True)}", err=True)


class AuditGroup(click.Group):
    """Turns chat-audit's typed errors and click's usage errors into one line and exit 2,
    never a traceback or a usage screen."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:  # an unknown option, a missing argument, a bad value
            command = (
                " ".join(["chat-audit", *exc.ctx.command_path.split()[1:]])
                if exc.ctx
                else "chat-audit"
            )
            _error(f"{exc.format_message().rstrip('.')} (see `{command} --help`)")
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            _error(exc.format_message())
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("chat-audit: interrupted", err=True)
            sys.exit(130)
        except MemoryError:
            _error("ran out of memory (is the input a chat export?)")
            sys.exit(2)
        except BrokenPipeError:  # `chat-audit ... | head`: the reader has what it wanted
            sys.stderr.close()
            sys.exit(0)
        except Exception as exc:  # a bug: still one line, the traceback only when asked
            if os.environ.get(DEBUG_VARIABLE):
                raise
            _error(
                f"internal error ({type(exc).__name__}: {exc}); please report it "
                f"(run again with {DEBUG_VARIABLE}=1 for the details)"
            )
            sys.exit(INTERNAL_ERROR)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ChatAuditError as exc:
            _error(exc.one_line())
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("chat-audit: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=AuditGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chat-audit")
def main() -> None:
    """Audit exported WhatsApp group chats for messages that may breach professional codes of
    conduct. Everything runs on this computer; nothing is sent anywhere."""


def setting_option(name: str, how: Setting):
    """The click option for one AuditConfig setting: its flag, its kind, its help line.
    Every default is "not given" (None or ()), so the settings file's value stands."""
    kwargs: dict = {"default": None, "help": how.help}
    if how.metavar:
        kwargs["metavar"] = how.metavar
    if how.kind == "choice":
        kwargs["type"] = click.Choice(how.choices, case_sensitive=False)
    elif how.kind == "int":
        kwargs["type"] = click.IntRange(min=how.minimum)
    elif how.kind in ("path", "paths"):
        kwargs["type"] = click.Path(path_type=Path)
    if how.kind in ("list", "paths"):
        kwargs.update(multiple=True, default=())
    return click.option(how.flag, name, **kwargs)


def setting_options(command):
    for name, how in reversed(settings().items()):
        command = setting_option(name, how)(command)
    return command


@main.command()
@click.argument("export", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the messages to FILE (.parquet, .csv or .jsonl; - for JSON Lines on stdout). "
    "Without it, print a summary.",
)
@setting_option("date_order", settings()["date_order"])
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def parse(export: Path, output: Path | None, date_order: str | None, force: bool) -> None:
    """Read a WhatsApp export (.txt or .zip) into the messages table."""
    from audit.parse.messages_io import write_messages
    from audit.parse.parsing import describe, parse_export

    parsed = parse_export(export, date_order=date_order)
    if output is None:
        click.echo(terminal_safe(describe(parsed)))
        return
    write_messages(parsed.messages, output, force=force, inputs=[export])
    where = "standard output" if is_stdout(output) else output
    click.echo(terminal_safe(f"wrote {len(parsed.messages)} messages to {where}"), err=True)


@main.command()
@click.argument("exports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("chat-audit-report.html"),
    show_default=True,
    help="Report file; its extension picks the format. - writes JSON (or CSV) to stdout.",
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
    "--update-baseline", is_flag=True, help="After the scan, add its findings to --baseline."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
@setting_options
def scan(exports, output, fmt, force, config_file, update_baseline, quiet, **flags) -> None:
    """Scan one or more exports (or folders of them) and write a report."""
    from audit.app import collect_exports
    from audit.app import scan as run_scan
    from audit.core.baseline import read_baseline, write_baseline
    from audit.core.output import check_writable
    from audit.core.progress import Progress
    from reports.exports import write_report

    fmt = _report_format(output, fmt)
    flags["select"] = _split(flags["select"])
    flags["ignore"] = _split(flags["ignore"])
    if quiet:
        flags["progress"] = False
    elif flags["progress"] is None and not sys.stderr.isatty():
        flags["progress"] = False
    config = build_config(config_file, **flags)
    if update_baseline and config.baseline is None:
        raise UsageError("--update-baseline needs --baseline FILE")
    inputs = collect_exports(exports)
    given = [*inputs.exports, *config.guidance_files, *([config_file] if config_file else [])]
    if config.baseline is not None:
        given.append(config.baseline)
    check_writable(output, force, given)  # fail before the slow part, not after
    progress = Progress(config.progress)
    try:
        result = run_scan(inputs, config, progress)
        progress.stage("writing the report")
        write_report(result, output, fmt, force=force)
        if update_baseline:
            write_baseline(config.baseline, result.findings, read_baseline(config.baseline))
    finally:
        progress.close()
    _print_skipped(result.skipped)
    if not quiet:
        _print_replaced(result.chats)
        where = "standard output" if is_stdout(output) else output
        click.echo(terminal_safe(_one_line_summary(result, where)), err=True)
    if config.fail_on and result.at_or_above(config.fail_on):
        count = result.at_or_above(config.fail_on)
        click.echo(
            f"chat-audit: exit 1: {count} finding(s) at or above {config.fail_on} "
            f"(--fail-on {config.fail_on})",
            err=True,
        )
        sys.exit(1)


def _print_replaced(chats) -> None:
    for chat in chats:
        if chat.replaced_lines:
            name = f"{chat.chat}:{chat.member}" if chat.member else chat.chat
            click.echo(
                terminal_safe(
                    f"chat-audit: note: {name}: {chat.replaced_lines} line(s) held bytes that "
                    "are not valid text; they are shown as \ufffd and the rest was read",
                    one_line=True,
                ),
                err=True,
            )


def _print_skipped(skipped: list[tuple[str, str]]) -> None:
    for path, why in skipped[:MAX_SKIPPED_SHOWN]:
        click.echo(terminal_safe(f"chat-audit: skipped {path}: {why}", one_line=True), err=True)
    if len(skipped) > MAX_SKIPPED_SHOWN:
        click.echo(f"chat-audit: ... and {len(skipped) - MAX_SKIPPED_SHOWN} more", err=True)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _report_format(output: Path, fmt: str | None) -> str:
    if is_stdout(output):
        fmt = fmt or "json"
        if fmt not in STDOUT_FORMATS:
            raise UsageError(
                f"-o - writes JSON or CSV to standard output, not {fmt}",
                "use --format json or --format csv, or name a file",
            )
        return fmt
    return fmt or _format_from_suffix(output)


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
    for i, model in enumerate(found):
        default = "  (used by default)" if i == 0 else ""
        click.echo(
            f"{model.name:<13} {model.hub_id:<18} {model.size_mb:>7.1f} MB  {model.path}{default}"
        )
    click.echo(_cache_line(cache_dir))


@main.group()
def cache() -> None:
    """Show or clear the cache of model scores (keyed hashes and scores, never text)."""


cache_dir_option = click.option(
    "--cache-dir", type=click.Path(path_type=Path), help="Cache folder, as for scan."
)


def _cache_line(cache_dir: Path | None) -> str:
    from audit.scoring.cache import cache_stats

    stats = cache_stats(cache_dir)
    return terminal_safe(
        f"score cache: {stats.entries:,} entries, {stats.bytes / 1e6:.1f} MB "
        f"(capped at {stats.cap:,} entries) in {stats.path}"
    )


@cache.command("info")
@cache_dir_option
def cache_info(cache_dir: Path | None) -> None:
    """Show where the score cache is and how big it is."""
    click.echo(_cache_line(cache_dir))


@cache.command("clear")
@cache_dir_option
def cache_clear(cache_dir: Path | None) -> None:
    """Delete every cached score and the cache's key (downloaded models are kept)."""
    from audit.scoring.cache import clear_cache

    before = clear_cache(cache_dir)
    click.echo(
        terminal_safe(
            f"cleared the score cache: {before.entries:,} entries, {before.bytes / 1e6:.1f} MB "
            f"({before.path})"
        )
    )


# --- the README's command reference, generated so it cannot drift (tests/cli checks it) ---

README_START = "<!-- cli-reference:start (generated from audit/cli.py; do not edit) -->"
README_END = "<!-- cli-reference:end -->"


def _commands(group: click.Group, prefix: str = "chat-audit"):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}", command


def _usage(path: str, command: click.Command) -> str:
    args = " ".join(
        p.human_readable_name.upper() + ("..." if getattr(p, "nargs", 1) == -1 else "")
        for p in command.params
        if isinstance(p, click.Argument)
    )
    return f"{path} {args}".strip()


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def readme_reference() -> str:
    """The README's command table, `scan`'s own options and every setting (flag, settings-file
    key, help), from the click commands and AuditConfig's declarations."""
    lines = ["| command | what it does |", "| --- | --- |"]
    for path, command in _commands(main):
        summary = (command.help or "").strip().split("\n\n")[0]
        lines.append(f"| `{_usage(path, command)}` | {_cell(summary)} |")
    setting_names = set(settings())
    for command, title in ((parse, "`parse`"), (scan, "`scan` for this run only")):
        lines += ["", f"Options of {title}:", "", "| option | what it does |", "| --- | --- |"]
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in setting_names:
                flags = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
                lines.append(f"| {flags} | {_cell(param.help or '')} |")
    lines += [
        "",
        "Settings: each has one `scan` flag and one key in a settings file (`--config`); "
        "a flag overrides the file.",
        "",
        "| flag | settings-file key | what it does |",
        "| --- | --- | --- |",
    ]
    for name, how in settings().items():
        lines.append(f"| `{how.flag}` | `{how.key(name)}` | {_cell(how.help)} |")
    return "\n".join([README_START, *lines, README_END])
