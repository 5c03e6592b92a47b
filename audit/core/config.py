"""One frozen configuration object, built once by the CLI (defaults < `--config FILE` < flags)
and passed down explicitly. Nothing in chat-audit reads global settings.

Every setting is declared once, here, with its one command-line flag, its one settings-file key
(the field name with `-`, e.g. `quiet-hours`) and its one line of help: the CLI builds the
`scan` options from these declarations and the README's settings table is generated from them
(tests/cli checks both), so a setting cannot exist without a flag, a key and a line of docs."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from audit.core.errors import UsageError
from audit.core.files import read_small_text
from audit.core.schema import SEVERITIES

DATE_ORDERS = ("DMY", "MDY", "YMD")
DEVICES = ("auto", "cpu", "cuda")


@dataclass(frozen=True)
class QuietHours:
    start: time = time(22, 0)
    end: time = time(7, 0)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    @classmethod
    def parse(cls, value: str) -> QuietHours:
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", value or "")
        if not match:
            raise UsageError(
                f"malformed quiet hours {value!r}", "write them as HH:MM-HH:MM, e.g. 23:00-06:30"
            )
        h1, m1, h2, m2 = map(int, match.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise UsageError(f"quiet hours {value!r} are not clock times", "e.g. 23:00-06:30")
        if (h1, m1) == (h2, m2):
            raise UsageError(f"quiet hours {value!r} start and end at the same time")
        return cls(time(h1, m1), time(h2, m2))


@dataclass(frozen=True)
class Setting:
    """How a user sets one AuditConfig field: its flag, its kind of value, one line of help."""

    flag: str  # the one CLI flag; a switch is "--x/--no-x"
    help: str  # one line, shown by --help and in the README's settings table
    kind: str = "text"  # text | choice | switch | list | path | paths | int
    choices: tuple[str, ...] = ()
    metavar: str | None = None
    minimum: int = 0  # for int settings

    def key(self, name: str) -> str:
        """The settings-file key of the field `name`."""
        return name.replace("_", "-")


def setting(default: Any = dataclasses.MISSING, factory: Any = dataclasses.MISSING, **how):
    return field(default=default, default_factory=factory, metadata={"setting": Setting(**how)})


@dataclass(frozen=True)
class AuditConfig:
    # Parsing
    date_order: str | None = setting(
        None,
        flag="--date-order",
        kind="choice",
        choices=DATE_ORDERS,
        help="Day/month order of the export's dates (default: inferred from the whole file).",
    )
    # Rules
    select: tuple[str, ...] = setting(
        (),
        flag="--select",
        kind="list",
        metavar="CODES",
        help="Only these rule codes or prefixes, e.g. TOX,BUL001 (repeatable; default: all).",
    )
    ignore: tuple[str, ...] = setting(
        (), flag="--ignore", kind="list", metavar="CODES", help="Skip these rule codes or prefixes."
    )
    fail_on: str | None = setting(
        None,
        flag="--fail-on",
        kind="choice",
        choices=SEVERITIES,
        help="Exit 1 when a finding is at or above this severity.",
    )
    guidance_files: tuple[Path, ...] = setting(
        (),
        flag="--guidance",
        kind="paths",
        metavar="FILE",
        help="Extra guidance catalogue (TOML) that extends or replaces the built-in one.",
    )
    baseline: Path | None = setting(
        None,
        flag="--baseline",
        kind="path",
        metavar="FILE",
        help="Findings already seen (a JSON file of fingerprints): the others are marked new.",
    )
    # Off-hours
    quiet_hours: QuietHours = setting(
        factory=QuietHours,
        flag="--quiet-hours",
        metavar="HH:MM-HH:MM",
        help="Quiet hours for the off-hours rules (default 22:00-07:00).",
    )
    weekend_quiet: bool = setting(
        False,
        flag="--weekend-quiet/--no-weekend-quiet",
        kind="switch",
        help="Treat all of Saturday and Sunday as quiet too.",
    )
    # Models
    use_models: bool = setting(
        True,
        flag="--models/--no-models",
        kind="switch",
        help="Use the NLP models (default), or rules over the text alone (fast).",
    )
    toxicity_model: str | None = setting(
        None,
        flag="--toxicity-model",
        metavar="NAME|PATH",
        help="Detoxify model name or folder, or `profanity` (default: best downloaded).",
    )
    spacy_model: str | None = setting(
        None,
        flag="--spacy-model",
        metavar="NAME",
        help="spaCy model package for named entities (default: best installed English one).",
    )
    device: str = setting(
        "auto",
        flag="--device",
        metavar="auto|cpu|cuda[:N]",
        help="Where models run; cuda needs a GPU that torch can see.",
    )
    cache_dir: Path | None = setting(
        None,
        flag="--cache-dir",
        kind="path",
        metavar="DIR",
        help="Folder of the score cache and downloaded models (default ~/.cache/chat-audit).",
    )
    use_cache: bool = setting(
        True,
        flag="--cache/--no-cache",
        kind="switch",
        help="Reuse model scores from earlier runs and store new ones (keyed hashes, no text).",
    )
    batch_size: int = setting(
        64, flag="--batch-size", kind="int", minimum=1, help="Messages per model batch."
    )
    progress: bool = setting(
        True,
        flag="--progress/--no-progress",
        kind="switch",
        help="Progress on stderr (default: when stderr is a terminal and -q is not given).",
    )
    # Report
    reveal: bool = setting(
        False,
        flag="--reveal/--no-reveal",
        kind="switch",
        help="Show the identifying text of confidentiality findings (masked by default).",
    )
    me: str | None = setting(
        None,
        flag="--me",
        metavar="NAME",
        help="Self-review: this member's findings first, everyone else pseudonymised.",
    )
    pseudonymise: bool = setting(
        False,
        flag="--pseudonymise/--no-pseudonymise",
        kind="switch",
        help="Pseudonymise every member (an advisor's copy).",
    )
    context: int = setting(
        2, flag="--context", kind="int", help="Messages shown before and after each finding."
    )
    max_rendered: int = setting(
        200,
        flag="--max-rendered",
        kind="int",
        minimum=1,
        help="Findings rendered per section of the HTML report.",
    )

    def __post_init__(self) -> None:
        if self.date_order is not None and self.date_order not in DATE_ORDERS:
            raise UsageError(f"unknown date order {self.date_order!r}", "use DMY, MDY or YMD")
        if self.fail_on is not None and self.fail_on not in SEVERITIES:
            raise UsageError(f"unknown severity {self.fail_on!r}", "use low, medium or high")
        if self.device not in DEVICES and not re.fullmatch(r"cuda:\d+", self.device):
            raise UsageError(f"unknown device {self.device!r}", "use auto, cpu or cuda")

    def replace(self, **changes: Any) -> AuditConfig:
        return dataclasses.replace(self, **changes)


def settings() -> dict[str, Setting]:
    """Every AuditConfig field -> how a user sets it, in declaration order."""
    return {f.name: f.metadata["setting"] for f in dataclasses.fields(AuditConfig)}


_SETTINGS = settings()
_BY_KEY = {s.key(name): name for name, s in _SETTINGS.items()}


def _coerce(name: str, value: Any, origin: str, base: Path | None) -> Any:
    """A value from the settings file or a flag, checked against the setting's kind."""
    how = _SETTINGS[name]
    where = f"{how.key(name)} in {origin}" if origin else how.flag.split("/")[0]

    def bad(expected: str) -> UsageError:
        return UsageError(f"{where} must be {expected}, not {value!r}")

    def path(v: Any) -> Path:
        if not isinstance(v, str | Path):
            raise bad("a file name")
        p = Path(v).expanduser()
        return base / p if base is not None and not p.is_absolute() else p

    if value is None:
        return None
    if name == "quiet_hours":
        if isinstance(value, QuietHours):
            return value
        if not isinstance(value, str):
            raise bad('text such as "23:00-06:30"')
        return QuietHours.parse(value)
    if how.kind == "switch":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if how.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < how.minimum:
            raise bad(f"a whole number of at least {how.minimum}")
        return value
    if how.kind == "list":
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
            raise bad("a list of rule codes")
        return tuple(i.strip() for i in items if i.strip())
    if how.kind == "paths":
        items = [value] if isinstance(value, str | Path) else value
        if not isinstance(items, list | tuple):
            raise bad("a list of file names")
        return tuple(path(v) for v in items)
    if how.kind == "path":
        return path(value)
    if not isinstance(value, str):
        raise bad("text")
    if how.kind == "choice":
        matches = [c for c in how.choices if c.casefold() == value.strip().casefold()]
        if not matches:
            raise UsageError(f"{where} must be one of {', '.join(how.choices)}, not {value!r}")
        return matches[0]
    return value


def read_settings_file(config_file: Path) -> dict[str, Any]:
    """The settings in a chat-audit.toml (top level, or a [chat-audit] table), by field name.
    Relative file names in it are relative to the file's folder."""
    text = read_small_text(config_file, "config file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"config file {config_file} is not valid TOML: {exc}") from None
    data = data.get("chat-audit", data)
    base = Path(config_file).parent
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = _BY_KEY.get(key)
        if name is None:
            near = _BY_KEY.get(key.replace("_", "-"))
            hint = f"did you mean {_SETTINGS[near].key(near)!r}?" if near else "see README"
            raise UsageError(f"unknown setting {key!r} in {config_file}; {hint}")
        values[name] = _coerce(name, value, str(config_file), base)
    return values


def build_config(config_file: Path | None = None, **flags: Any) -> AuditConfig:
    """Defaults, then the TOML file (keys as in the README's settings table), then flags that
    were actually given (None or () means "not given")."""
    values = read_settings_file(config_file) if config_file is not None else {}
    for name, value in flags.items():
        if name not in _SETTINGS:
            raise TypeError(f"unknown config field {name}")
        if value is not None and value != ():
            values[name] = _coerce(name, value, "", None)
    return AuditConfig(**values)
