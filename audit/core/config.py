"""One frozen configuration object, built once by the CLI (defaults < `--config FILE` < flags)
and passed down explicitly. Nothing in chat-audit reads global settings."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from audit.core.errors import UsageError
from audit.core.schema import SEVERITIES

DATE_ORDERS = ("DMY", "MDY", "YMD")


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
class AuditConfig:
    # Parsing
    date_order: str | None = None  # DMY | MDY | YMD; None = infer from the whole file
    # Rules
    select: tuple[str, ...] = ()  # codes or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None  # low | medium | high: exit 1 when a finding reaches it
    guidance_files: tuple[Path, ...] = ()
    baseline: Path | None = None  # findings already seen; a re-run marks the rest as new
    # Off-hours
    quiet_hours: QuietHours = field(default_factory=QuietHours)
    weekend_quiet: bool = False  # also treat all of Saturday and Sunday as quiet
    # Models
    use_models: bool = True  # False: rules over the text alone (fast, no torch/spaCy)
    toxicity_model: str | None = None  # detoxify name or local path; None = best available
    spacy_model: str | None = None  # None = best installed English model
    device: str = "auto"  # auto | cpu | cuda
    cache_dir: Path | None = None  # None = the user cache dir; see audit.scoring.cache
    use_cache: bool = True
    batch_size: int = 64
    progress: bool = True
    # Report
    reveal: bool = False  # show masked confidentiality spans (a student's own self-review)
    me: str | None = None  # self-review: this member first, everyone else pseudonymised
    pseudonymise: bool = False  # everyone pseudonymised (an advisor's copy)
    context: int = 2  # messages shown before and after each finding
    max_rendered: int = 200  # findings rendered per section of the HTML report

    def __post_init__(self) -> None:
        if self.date_order is not None and self.date_order not in DATE_ORDERS:
            raise UsageError(f"unknown date order {self.date_order!r}", "use DMY, MDY or YMD")
        if self.fail_on is not None and self.fail_on not in SEVERITIES:
            raise UsageError(f"unknown severity {self.fail_on!r}", "use low, medium or high")
        if self.device not in ("auto", "cpu", "cuda") and not self.device.startswith("cuda:"):
            raise UsageError(f"unknown device {self.device!r}", "use auto, cpu or cuda")

    def replace(self, **changes: Any) -> AuditConfig:
        return dataclasses.replace(self, **changes)


_FIELDS = {f.name: f for f in dataclasses.fields(AuditConfig)}


def _coerce(name: str, value: Any) -> Any:
    if name == "quiet_hours":
        return value if isinstance(value, QuietHours) else QuietHours.parse(str(value))
    if name in ("select", "ignore"):
        return tuple(value.split(",")) if isinstance(value, str) else tuple(value)
    if name == "guidance_files":
        return tuple(Path(v) for v in ([value] if isinstance(value, str) else value))
    if name in ("cache_dir", "baseline"):
        return None if value is None else Path(value)
    return value


def build_config(config_file: Path | None = None, **flags: Any) -> AuditConfig:
    """Defaults, then the TOML file (keys as in AuditConfig, `-` or `_`), then flags that were
    actually given (None means "not given")."""
    values: dict[str, Any] = {}
    if config_file is not None:
        try:
            data = tomllib.loads(Path(config_file).read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"cannot read config file {config_file}: {exc.strerror}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"config file {config_file} is not valid TOML: {exc}") from None
        data = data.get("chat-audit", data)
        for key, value in data.items():
            name = key.replace("-", "_")
            if name not in _FIELDS:
                raise UsageError(f"unknown setting {key!r} in {config_file}")
            values[name] = value
    for name, value in flags.items():
        if name not in _FIELDS:
            raise TypeError(f"unknown config field {name}")
        if value is not None and value != ():
            values[name] = value
    return AuditConfig(**{n: _coerce(n, v) for n, v in values.items()})
